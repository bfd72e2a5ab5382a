"""A definite description whose head is a named body's head word refers to that body (issue 11, spk118;
docs/analysis-labels.md "Speakers: a description or a pronoun resolved to the wrong person").

'... the Australian Maritime Safety Authority said, calling the new information "..."' then '"...," the authority
said in a statement.': "the authority" is the body the text named just before. The body epithets
(``quotes.BODY_EPITHETS``: "the agency", "the group" ...) are tied to the nearest non-person speaker; a head that is
part of the body's own name ("authority", "commission", "ministry", "council") was left as the bare phrase. Here the
phrase's head is matched against the head word of the organizations named in the text before it, the nearest one
first: the name's last word ("Safety Authority"), or the word before its "of" ("Ministry of Defence"). Every
capitalized or lower-case modifier of the phrase must occur in the name too ("the safety authority"; never "the
port authority" for the Maritime Safety Authority). Reads the entities the text carries (ORG mentions); no parse."""

from __future__ import annotations

import re
from typing import Any

#: How far back (characters) a named body is looked for: about two paragraphs.
BODY_REACH = 1200
#: Determiners and words of a description that are no modifier a body's name must hold.
_FREE_WORDS = frozenset({"the", "same", "former", "local", "national", "federal", "state"})


def _name_head(name: str) -> str | None:
    """The head word of an organization's name, lower-cased: the word before its first "of" ("Ministry of
    Defence"), else its last word ("Australian Maritime Safety Authority"); None for a one-word name (an acronym
    or a brand: "Amsa" has no head a description could repeat)."""
    words = re.findall(r"[\w\-'’]+", name)
    if len(words) < 2:
        return None
    low = [w.lower() for w in words]
    if "of" in low[1:]:
        return low[low.index("of", 1) - 1]
    return low[-1]


def named_body_for_description(art: Any, words: list[str], at: int) -> tuple[str, Any] | None:
    """The organization a definite description ``words`` ("the", modifiers ..., head), starting at ``at`` in
    ``art.body``, refers back to: the nearest ORG mention ending before ``at`` (at most :data:`BODY_REACH` back)
    whose name's head is the description's head and holds each of its modifiers; its entity's name and the entity,
    else None."""
    if len(words) < 2 or words[0].lower() != "the" or any(re.search(r"['’]s?$", w) for w in words):
        return None
    head = words[-1].lower()
    mods = [w.lower() for w in words[1:-1] if w.lower() not in _FREE_WORDS]
    best = None
    for s in art.sents:
        if s.sentence.start >= at:
            break
        if s.sentence.end < at - BODY_REACH:
            continue
        for m in s.mentions:
            end = s.sentence.start + m.end
            if m.entity is None or m.entity.label != "ORG" or end > at or end < at - BODY_REACH:
                continue
            if art.quoted(s.sentence.start + m.start, end):
                continue  # (a body a quote speaks of is not the one the narration names)
            for name in (m.text, m.entity.name):
                low = [w.lower() for w in re.findall(r"[\w\-'’]+", name)]
                if _name_head(name) == head and all(w in low for w in mods):
                    best = (m.entity.name, m.entity)
                    break
    return best
