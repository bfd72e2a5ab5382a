"""A question put to someone, told in a passive of asking (issue 11, spk147): '"... Do you believe President Obama
is behind it ...?" Trump was asked.' The subject of "was asked" is the one the question is put to, never its
speaker: the question is the asker's, named by "by" ("Trump was asked by a reporter") or, failing that, the
interview the text names in the quote's sentence or the one or two before ("Trump was asked in an interview on Fox
News' "Fox and Friends" if ..."), else no one's (Multi-News train mnt0321, blind-speakers95; blind-speakers31 keyed
'Obama was asked: "..."' to the paper that asked, as this does)."""

from __future__ import annotations

import re

#: Right after a quote's closing mark: its attribution is a passive of asking whose subject is a name (one to four
#: capitalized words) or a pronoun, then what follows it in the sentence ("rest"); not a new sentence's subordinate
#: clause ('... accountable for.'' When Williams was asked what ..., the 30-year-old was stumped.').
_ASKED_AFTER_RE = re.compile(
    r"[\s,]*(?!(?:When|While|After|Before|If|As|Since|Because|Although|Though|Once|Until|Where|And|But|Then|So|"
    r"Later|Yet)\s)(?:(?:[A-Z][\w.'’\-]*\s+){1,4}|(?:he|she|they|He|She|They)\s+)(?:was|were|is|are|had\s+been|has\s+been)"
    r"\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:asked|questioned)\b(?P<rest>[^\"“”.!?]*)")
#: "by" and its agent right after the verb ("Trump was asked by a reporter").
_BY_RE = re.compile(r"\s+by\s+(?=[A-Z]|(?:the|a|an|one)\s)")
#: An interview and the outlet or interviewer that held it: "in an interview on Fox News' ...", "an interview with
#: NBC's Lester Holt".
_INTERVIEW_RE = re.compile(r"\binterview\s+(?:on|with)\s+(?=[A-Z])")


def asked_after_quote(body: str, after_lo: int, sent_end: int) -> int | None:
    """Where the asker's name starts (after "by"), -1 when no one is named by "by", when the quote closing right
    before ``after_lo`` is attributed by a passive of asking ('"...?" Trump was asked.'); None otherwise."""
    m = _ASKED_AFTER_RE.match(body, after_lo, sent_end)
    if m is None:
        return None
    by = _BY_RE.match(body, m.start("rest"), sent_end)
    return by.end() if by else -1


def interview_named(body: str, lo: int, hi: int) -> int | None:
    """Where the outlet or interviewer of the last interview named in ``body[lo:hi]`` starts ("in an interview on
    Fox News"), or None."""
    hits = list(_INTERVIEW_RE.finditer(body, lo, hi))
    return hits[-1].end() if hits else None
