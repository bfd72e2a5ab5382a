"""A speaker named in an "as"-clause right after a quote inside narration (issue 11, spk125; docs/analysis-labels.md
"Speakers: ... an as-clause after the quote").

'... a shambolic Swansea whose routine was "to train and then go over to Tesco for an all-day breakfast" – as their
defender Alan Tate remembered his arrival as manager yesterday – was not ...': the clause set off by a dash, a comma
or a parenthesis right after the closing mark, "as" then a name, perhaps after a possessive and up to three
describing words ("their defender", "the club's former captain"), then a verb of telling or remembering, gives the
quote's speaker: the name past the descriptor, not a body the sentence names before the quote."""

from __future__ import annotations

import re

#: The clause: group "name", capitalized words (a person's name), before the verb.
_AS_CLAUSE_AFTER_RE = re.compile(
    r",?[\"”’]?\s*(?:[–—,(]\s*(?:-\s*)?)?as\s+(?:(?:their|his|her|its|our|the|[A-Z][\w\-]*['’]s?)\s+(?:[a-z][\w\-]*\s+){0,3})?"
    r"(?P<name>[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})\s+(?:later\s+|once\s+|also\s+|has\s+|had\s+)?"
    r"(?:remembered|remembers|recalled|recalls|said|says|put\s+it|puts\s+it|noted|notes|told|tells|wrote|writes|"
    r"explained|explains|described\s+it|describes\s+it)\b")


def as_clause_speaker(body: str, qe: int, hi: int) -> tuple[int, int] | None:
    """The span in ``body`` of the name an "as"-clause right after the quote ending at ``qe`` (within its sentence,
    ending by ``hi``) gives as the one who said it (:data:`_AS_CLAUSE_AFTER_RE`), else None."""
    m = _AS_CLAUSE_AFTER_RE.match(body, qe, hi)
    return m.span("name") if m else None
