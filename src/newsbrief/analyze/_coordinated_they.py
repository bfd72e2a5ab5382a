"""A plural pronoun opening a clause whose speech verb is coordinated with the clause's first verb (issue 11, spk147):
'They held up signs calling Kissinger a criminal and chanted "arrest Henry Kissinger for war crimes"'. "They" is the
subject of "chanted" as of "held"; a name inside the first verb's phrase ("calling Kissinger a criminal") is its
object, never the speaker (Multi-News train mnt0316, blind-speakers95; "he"/"she" were read so already)."""

from __future__ import annotations

import re

#: "They" (after a connective) opening the clause, its own verb (a lowercase word), at most 160 characters with no
#: quote mark, semicolon, colon or bracket, then "and"/"but" right before the speech verb.
_OPENING_THEY_RE = re.compile(r"\s*(?:(?:And|But|Then|Later|Now|So|Still|Yet)\s*,?\s+)?([Tt]hey)\s+"
                              r"(?:also\s+|then\s+|later\s+|had\s+|have\s+)?[a-z]{2,}(?:ed|s)?\b[^\"“”;:()]{0,160}?\s"
                              r"(?:and|but)\s+(?:also\s+|then\s+)?$")


def spk147_opening_they(body: str, clause_lo: int, vpos: int) -> int | None:
    """Where the "They" that opens the clause ``body[clause_lo:vpos]`` ends, when the speech verb at ``vpos`` is
    coordinated with the clause's first verb by "and"/"but" ("They held up signs calling X a criminal and chanted");
    None otherwise."""
    m = _OPENING_THEY_RE.fullmatch(body, clause_lo, vpos)
    return m.end(1) if m else None
