"""A work's title in quote marks inside a speaker's description (issue 11, spk145): '"...," wrote TV producer and
"Lucifer" showrunner Joe Henderson.' The name NER finds in the title ("Lucifer", typed a person) is no speaker when
a person is named after it (Multi-News validation mn:0088, speakers-read61)."""

from __future__ import annotations

import re

_OPEN = "\"“‘'"
_CLOSE = "\"”’'"


def spk145_quoted_title(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` (a name) is the whole of a short title in quote marks, in a description: the
    marks right around it, and a lower-case word right after the closing mark ('"Lucifer" showrunner')."""
    if start < 1 or end >= len(body) or body[start - 1] not in _OPEN or body[end] not in _CLOSE:
        return False
    return re.match(r"\s+[a-z]", body[end + 1 : end + 4]) is not None


def spk145_past_title(mentions: list, base: int, m: object, hi: int, body: str) -> object:
    """``m`` (a mention of the sentence starting at ``base``), or the first person named after it before ``hi`` when
    ``m`` is a quoted title (:func:`spk145_quoted_title`)."""
    if m is None or not spk145_quoted_title(body, base + m.start, base + m.end):
        return m
    return next((p for p in mentions if p.entity is not None and p.entity.label == "PERSON"
                 and p.start >= m.end and base + p.end <= hi), m)
