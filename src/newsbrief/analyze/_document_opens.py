"""A document that "begins" (opens, ends, concludes) with a quote (issue 11, spk149; docs/analysis-labels.md
"Speakers: blind-speakers96-98's classes"): 'Twitter's blog post announcing its new profile designs begins, "Moment by
moment, your Twitter profile shows the world who you are."' (Multi-News train mnt0338, blind-speakers96). The
verb of where in the text the words stand is no speech verb, but the document it has for subject speaks them, as
'"...," reads the blog post' does (:mod:`._document_reads`)."""

from __future__ import annotations

import re

from ._document_reads import DOCUMENT_HEADS

#: A document phrase opening its clause ("Twitter's blog post", "the company's statement", "the letter"), up to
#: eight lower-case words after it ("announcing its new profile designs"), and a verb of where the words stand, up
#: to the quote's opening mark; group ``doc`` the document phrase.
_OPENS_RE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\.\s))(?P<doc>(?:[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3}['’]s?|[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?:" + "|".join(sorted(map(re.escape, DOCUMENT_HEADS), key=len, reverse=True))
    + r"))\s+(?:[a-z][\w\-'’]*\s+){0,8}?(?:begins|began|opens|opened|starts|started|ends|ended|concludes|concluded|"
    r"closes|closed)(?:\s+(?:with|by\s+saying))?\s*[,:]?\s*[\"“]?$", re.M)


def spk149_document_opens(body: str, lo: int, qs: int) -> str | None:
    """The document phrase of '<document> ... begins, "' right before the quote opening at ``qs`` (its sentence
    starting at ``lo``), as the text words it ("Twitter's blog post"); None when the words before the quote are not
    so."""
    m = _OPENS_RE.search(body, lo, qs)
    return " ".join(m.group("doc").split()) if m else None
