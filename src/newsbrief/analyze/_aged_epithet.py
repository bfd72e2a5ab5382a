"""A definite description that gives a person's age ("the 72-year-old guitar great", "the 72-year old guitarist")
as the subject of a speech verb (issue 11, spk146): it refers back to a person the text named before the sentence,
whatever its head noun ("great", "legend"), never to a name inside a phrase fronted before it ('During an interview
with BBC Radio 2's Steve Wright on Tuesday, the 72-year-old guitar great admitted ...' then '"...," he says': Eric
Clapton, named in the lead, not the interviewer; blind-speakers94, mnt0314)."""

from __future__ import annotations

import re

#: An aged description right before a speech verb, opening its clause or after the comma closing a fronted phrase:
#: "During an interview with X's Y on Tuesday, the 72-year-old guitar great admitted" (group 1 the description).
_AGED_SUBJECT_RE = re.compile(r"(?:^|,\s+)((?i:the)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?[\s\-]old"
                              r"(?:\s+[a-z][a-z\-]*){0,3})\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$")


def spk146_aged_subject(body: str, lo: int, vpos: int) -> tuple[int, int] | None:
    """(start, end) of an aged description that is the subject of the verb at ``vpos`` (its clause starting at
    ``lo``): right before the verb, opening the clause or after a comma ("..., the 72-year-old guitar great
    admitted"); None otherwise."""
    m = _AGED_SUBJECT_RE.search(body, lo, vpos)
    return m.span(1) if m is not None else None
