"""A definite epithet after an inverted speech verb, its noun outside the role lists (issue 11, spk135).

'In March 2017, Affleck revealed in a Facebook post that ... "I want to live life to the fullest ...," wrote the
star.': "the star" is no role of :data:`._cues.PERSON_ROLES`, so the inverted reading ('"...," said X') found no
speaker, though the uninverted '"...," the star wrote' is read as an epithet of the person just named. The phrase
after the verb is read the same way: the caller resolves it as an epithet (``quotes._epithet``: a person the text
ties to the noun or names in that sentence or the one before; never a body, a document, a plural of things)."""

from __future__ import annotations

import re

from ._cues import TIME_HEADS

#: "the" with up to two lower-case modifiers and a lower-case head, ending the clause (group 1 the phrase): "the
#: star.", "the former actress,"
_THE_NOUN_AFTER_RE = re.compile(r"\s+(the\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]{2,})(?=\s*(?:[.,;!?]|$))")


def inverted_epithet(body: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The definite noun phrase right after a speech verb ending at ``lo`` and closing its clause before ``hi``, and
    where it starts; None for none, a time ("said the next day") or an "-ment" thing ("read the statement")."""
    got = _THE_NOUN_AFTER_RE.match(body, lo, hi)
    if got is None:
        return None
    head = got.group(1).split()[-1]
    if head in TIME_HEADS or re.search(r"ments?$", head):
        return None
    return got.group(1), got.start(1)
