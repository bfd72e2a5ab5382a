"""A name inside a fronted subordinate clause is no subject the next "he" continues (issue 11, spk141;
docs/analysis-labels.md "Speakers: last stop's fourth draw as general rules").

'Now that Ricky Martin has come out as a proud gay man, Cardinal Luis Aponte Martinez of San Juan Puerto Rico, has
condemned the pop star ...' / 'He said:' (blind-speakers87): the clause "Now that ..." is fronted; the main clause's
subject, the first name right after its comma, is who acts, and whom the next "He" continues. The walk back for
"he"/"she" took the first name of the sentence. Read only in a sentence before the pronoun's, when such a clause
opens it (a subordinator, perhaps after a connective, and no comma before the name in it) and a name opens the main
clause after the clause's comma (capitalized words, a title, before it at most; a word after it, no comma: "After
the content from Mr. Jones and his website, Infowars, was removed, he ..." sets "Infowars" off as an appositive
inside the clause)"""

from __future__ import annotations

import re
from typing import Any

#: Words that open a fronted subordinate clause.
_SUBORDINATORS = ("now that", "ever since", "even though", "even as", "even after", "given that", "although",
                  "though", "because", "since", "after", "before", "once", "when", "whenever", "while", "whereas",
                  "until", "unless", "if", "as soon as", "as long as")
_CLAUSE_RE = re.compile(r"\W*(?:(?:But|And|Yet|So|Still|However),?\s+)?(?i:" + "|".join(
    sorted(_SUBORDINATORS, key=len, reverse=True)) + r")\s+[^,;:\"“”]{3,220}?,\s+")
#: What follows the main clause's subject name: a word, no comma or other mark ("... Martinez of San Juan", "...
#: Doe has condemned").
_NOT_APPOSED_RE = re.compile(r"\s+[A-Za-z]")
#: What may stand between the clause's comma and the main clause's subject name: capitalized words (a title).
_TITLES_RE = re.compile(r"(?:[A-Z][\w.\-'’]*\s+){0,4}")


def main_clause_first(text: str, opening: list[Any], mentions: list[Any]) -> list[Any]:
    """``opening`` (the mentions read as opening sentence ``text``) with the name that opens the main clause put
    first, when the first of them lies inside a fronted subordinate clause (:data:`_CLAUSE_RE`) and a name of
    ``mentions`` (the sentence's, in order) opens the main clause after the clause's comma; else ``opening``."""
    m = _CLAUSE_RE.match(text)
    if m is None or not opening or opening[0].start >= m.end():
        return opening
    after = [x for x in mentions if x.start >= m.end() and x.entity is not None]
    if not after or not _TITLES_RE.fullmatch(text[m.end() : after[0].start]) or not _NOT_APPOSED_RE.match(
            text, after[0].end):
        return opening  # ("After the content from Mr. Jones and his website, Infowars, was removed, he ...": the
        # name after the first comma is set off by another, an appositive inside the clause, no main clause's subject)
    return [after[0], *(x for x in opening if x is not after[0])]
