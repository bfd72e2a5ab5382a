"""Speaker constructions read in two clusters no rule was tuned on (issue 11, read63: DUC 2006 D0602B, Multi-News
validation mn:0230; split speakers-read63). Rules: docs/analysis-labels.md, "A reader's two clusters, again"."""

from __future__ import annotations

import re
from typing import Any, Iterable

#: Words that may stand between a possessive and a kin word: "her second husband", "his late wife", "their
#: 13-year-old son", "her ex-husband" (the hyphen joins "ex" to the kin word).
_KIN_MODIFIERS = (r"(?:late|own|elder|older|younger|former|first|second|third|fourth|new|estranged|then|current"
                  r"|\d+-year-old)")


def read63_kin_phrase_re(kin_words: Iterable[str]) -> re.Pattern:
    """A possessive kin phrase right before a name ("her second husband ", "his ex-wife, "), as a search that must
    end at the name."""
    words = "|".join(sorted(set(kin_words), key=len, reverse=True))
    return re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:" + _KIN_MODIFIERS + r"[\s\-]+){0,2}(?:ex-)?(?:" + words
                      + r")\s*,?\s+$")


def read63_kin_in_bare_sentence(s: Any, start: int, word: str, kin_re: re.Pattern) -> bool:
    """Whether the full name at ``start`` of sentence ``s`` (a bearer of the surname ``word``) is introduced by a
    possessive kin phrase ``kin_re`` in a sentence that already used ``word`` alone, before that phrase, for someone
    else: 'Davis revealed that she was not always interested in politics, finding such conversations boring when
    out with her second husband Jeff Davis, a lawyer ...' (Multi-News mn:0230): the sentence is about the bare
    "Davis" and names the husband as hers, so a later bare "Davis" is still her, not the husband named last."""
    kin = kin_re.search(s.text, 0, start)
    if kin is None:
        return False
    # the surname alone before the phrase: no capitalized word (a given name, "Sen.") right before it, none after it
    bare = re.compile(r"(?<![\w\-])" + re.escape(word) + r"(?![\w\-])(?!\s+[A-Z])")
    return any(not re.search(r"[A-Z][\w.\-]*\s+$", s.text[: b.start()]) for b in bare.finditer(s.text[: kin.start()]))


#: A work's title introduced as one: "titled", "entitled", "headlined", "under the headline", or a headline's words
#: as a verb's object in a clause on it ("a blog that promised in its headline to explain"), then its quote mark. Not
#: "The headline: "..."" (a headline set out on its own, which the labels read as the words of whoever wrote it).
_TITLED_RE = re.compile(r"(?<![\w\-])(?:(?:[Ee]n)?[Tt]itled|[Hh]eadlined|under\s+the\s+(?:title|headline)|"
                        r"(?:[Ii]ts|[Tt]he|[Aa]|[Tt]heir|[Hh]is|[Hh]er)\s+headline(?:\s+[a-z]+){1,3})\s*[,:]?\s*[\"“‘'`]*$")


def read63_titled_quote(body: str, qs: int) -> bool:
    """Whether the quote starting at ``qs`` is a title the text introduces as one ('her Vogue spread, titled "Stand
    and Deliver: After Her 12-Hour Filibuster, How Far Will Texas Senator Wendy Davis Run."'; a report "entitled
    ..."; a column "headlined ..."; 'a conservative Texas blog that promised in its headline to explain "why Wendy
    Davis is too Stupid to be Governor."', the blog's headline, not the man who tweeted it): a work's name, no one's
    words, whatever its casing (mn:0230)."""
    return _TITLED_RE.search(body, max(0, qs - 50), qs) is not None


#: A finding's verb closing its sentence after a body or office that finds or rules: '..., the court found.', '...,
#: the jury ruled.', '..., the report found.' ("found" and "ruled" are no speech verbs elsewhere: "police found
#: the body", "ruled out").
_FINDING_CLOSE_RE = re.compile(r",\s+(the\s+(?:[a-z][\w\-]*\s+){0,2}(?:court|judge|judges|jury|panel|tribunal|"
                               r"inquiry|investigation|commission|committee|report|study|review|audit|coroner|"
                               r"ombudsman|regulator))\s+(?:found|ruled)\s*[.!]?\s*$")


def read63_finding_close(body: str, qe: int, end: int) -> str | None:
    """The body whose finding a quote is when its sentence closes '..., the court found.' after it, no other quote
    mark between: 'Both shared responsibility for the ''systematic and overall doping in (East German) competitive
    sports,'' from 1974 until the Berlin Wall came down in 1989, the court found.' (DUC 2006 D0602B): the court's
    words, quoted from its verdict. None otherwise."""
    rest = body[qe:end]
    m = _FINDING_CLOSE_RE.search(rest)
    if m is None or re.search(r"[\"“”`]|''", rest[2 : m.start()]):
        return None
    return " ".join(m.group(1).split())
