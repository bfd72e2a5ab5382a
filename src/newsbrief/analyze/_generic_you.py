"""A quote a generic "you" can say (issue 11, spk149; docs/analysis-labels.md "Speakers: blind-speakers96-98's
classes"): 'With Assistant, you can say to your iPhone, "Please find me a Chinese restaurant within a mile of my
location."' (Multi-News train mnt0341, blind-speakers96). The words are anyone's, a user the text imagines: no one
speaks them, and the name in the phrase fronted before "you" ("With Assistant") is no speaker. Only "you" with a
modal of possibility ("can", "could", "might", "would" ...) before a verb of saying, right before the quote:
"you said" (an interviewer addressing someone) is left to the other rules."""

from __future__ import annotations

import re

#: '..., you can say to your iPhone, "' up to the quote's opening mark (the clause opening the sentence or after a
#: comma).
_GENERIC_YOU_RE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=[.?!]\s))(?i:you)\s+(?:(?:can|could|might|may|would|will|should|'d|’d)\s+)(?:just\s+|simply\s+)?"
    r"(?:say|tell|ask|type|write|shout|yell)\b(?:\s+(?:to\s+)?(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?\s*[,:]?\s*[\"“‘']?$",
    re.M)


def spk149_generic_you(body: str, lo: int, qs: int) -> bool:
    """Whether the words before the quote opening at ``qs`` (its sentence starting at ``lo``) end on a generic
    "you can say [to X]," that the quote completes."""
    return _GENERIC_YOU_RE.search(body, lo, qs) is not None
