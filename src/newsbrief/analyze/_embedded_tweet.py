"""Embedded tweets in a scraped page (issue 11, spk145): a tweet's words, then its signature line
"— George Takei (@GeorgeTakei) April 1, 2017". Neither the signature's name nor a name in the tweet's words is an
antecedent for a later "he" in the article's own text: '... Mike Levin tweeted that he was hopeful ... / No, I'm not
running for Congress. ... But Jon Ossoff is on 4/18. ... — George Takei (@GeorgeTakei) April 1, 2017 / "...," he
wrote.' is Levin's (Multi-News validation mn:0088, speakers-read61)."""

from __future__ import annotations

import functools
import re

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
#: A tweet's signature: a dash, the author's name, the handle in brackets and the date (group 1: the dash on).
SIGNATURE_RE = re.compile(r"(?:^|\s)([—–-]{1,2}[ \t]*[^\n()—–]{1,60}?[ \t]*\(@\w{1,15}\)[ \t]+(?:" + _MONTHS
                          + r")[ \t]+\d{1,2},[ \t]+\d{4})")
#: How far before its signature a tweet's words begin at most (280 characters, links not counted).
TWEET_CHARS = 280
_LINK_RE = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
#: A paragraph that introduces the tweet after it ("X tweeted that ...", "... announcing a bill:"): not its words.
_INTRODUCES_RE = re.compile(r":\s*$|\b(?:tweet(?:ed|s)?|wrote|writes|posted|posts|shared|retweeted|said|says)\b",
                            re.I)


@functools.lru_cache(maxsize=64)
def spk145_tweet_spans(body: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``body`` that embedded tweets take: from the tweet's first paragraph to its signature's end.
    The tweet's words are the signature's own paragraph and the paragraphs right before it that begin within
    :data:`TWEET_CHARS` characters (links not counted) of the signature, stopping at a paragraph that introduces
    the tweet (:data:`_INTRODUCES_RE`)."""
    spans = []
    for m in SIGNATURE_RE.finditer(body):
        dash = m.start(1)
        start = body.rfind("\n", 0, dash) + 1
        while start > 0:
            prev_end = body.rfind("\n", 0, start)
            prev_start = body.rfind("\n", 0, max(prev_end, 0)) + 1
            para = body[prev_start:prev_end].strip() if prev_end > 0 else ""
            if not para:  # (a run of blank lines)
                if prev_end <= 0:
                    break
                start = prev_end
                continue
            words = _LINK_RE.sub("", body[prev_start:dash])
            if len(" ".join(words.split())) > TWEET_CHARS or _INTRODUCES_RE.search(para):
                break
            start = prev_start
        spans.append((start, m.end(1)))
    return tuple(spans)


def spk145_in_tweet(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` (a sentence) lies inside an embedded tweet, its signature included."""
    return any(a <= lo and hi <= b + 1 for a, b in spk145_tweet_spans(body))
