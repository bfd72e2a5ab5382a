"""Copies of one text under two names: a wire story reposted by a paper or a blog that does not credit the agency,
or one outlet's story rewritten by another that keeps most of its sentences, is one source (issue 11: "wire copies and
rewrites count as one source family"), though :func:`newsbrief.outlets.independent_source` names two.

The brief's de-duplication (:mod:`newsbrief.stream.dedup`) drops a copy whose 5-word shingles are 0.7 alike or more
(the whole text reprinted); a rewrite that keeps the wire's sentences and adds its own paragraphs, or trims the
wire's, stays in the brief as a second source. Here two sources are copies of one text when most sentences of the
shorter one are in the other nearly word for word (:func:`copied_pairs`), and a group of such copies counts as one
family (:func:`copy_families`, :attr:`Source.counted_family`): the agreement section's "reported by N sources",
"most outlets", coverage and agreed figures count it once, as they count an agency's credited copies once. Figure
conflicts, quotes, the timeline and entities still read :attr:`Source.family` (a copy's later figure may be an
update the conflicts section shows; on ECB+ T37 the merged families let "at least three" and "five" killed be
flagged, labelled no conflict)."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from ..similarity import components
from ._doc import Source

#: A sentence is compared when it has at least this many words: short lines ("He was 75.", "All have denied it.")
#: are said alike by independent writers. A sentence with a quotation mark is not compared: outlets that each report
#: a statement or a tweet quote it word for word (Fox News and The Guardian on the Academy's and DeGeneres's
#: statements, ECB+ T02).
COPY_SENTENCE_WORDS = 8

_QUOTE_MARK_RE = re.compile(r"[\"“”]|``|''")
#: Two sentences are one sentence copied when the sets of their words are this alike (Jaccard): a copy's edits
#: ("80 percent" / "80%", "today" / "on Monday", a name's spelling) leave most words.
COPY_SENTENCE_OVERLAP = 0.7
#: Two sources are copies of one text when at least this many of the shorter one's compared sentences are copied in
#: the other ...
COPY_MIN_SENTENCES = 3
#: ... and they are at least this share of them.
COPY_MIN_SHARE = 0.5

_WORD_RE = re.compile(r"[^\W_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD_RE.findall(text))


def copied_pairs(sources: list[Source], min_words: int = COPY_SENTENCE_WORDS,
                 overlap: float = COPY_SENTENCE_OVERLAP, min_sentences: int = COPY_MIN_SENTENCES,
                 min_share: float = COPY_MIN_SHARE) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` (indices in ``sources``, ``i < j``) of sources of different families (:attr:`Source.family`)
    that are copies of one text: of the sentences of ``min_words`` words or more and no quotation mark of the one
    with fewer of them, at
    least ``min_sentences`` and at least ``min_share`` have a sentence in the other whose words are ``overlap`` alike
    (Jaccard of word sets). An AP story and its copy on a paper's site that adds local paragraphs (13 of the AP's 18
    sentences in it), an AFP story on two sites with the currency and "today" changed."""
    from scipy.sparse import csr_matrix

    sets: list[frozenset[str]] = []
    owner: list[int] = []
    for k, src in enumerate(sources):
        for s in src.article.sentences:
            ws = _words(s.text)
            if len(s.text.split()) >= min_words and ws and not _QUOTE_MARK_RE.search(s.text):
                sets.append(ws)
                owner.append(k)
    if not sets:
        return []
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, ws in enumerate(sets):
        for w in ws:
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
    m = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(sets), len(vocab)))
    inter = (m @ m.T).tocoo()
    size = np.array([len(ws) for ws in sets], dtype=np.float32)
    own = np.array(owner)
    counts = np.bincount(own, minlength=len(sources))
    v = inter.data
    keep = (own[inter.row] != own[inter.col]) & (v >= overlap * (size[inter.row] + size[inter.col] - v))
    matched: dict[tuple[int, int], set[int]] = {}  # (source, other source) -> its sentences copied in the other
    for a, b in zip(inter.row[keep], inter.col[keep]):
        matched.setdefault((int(own[a]), int(own[b])), set()).add(int(a))
    out = []
    fams = [s.family for s in sources]
    for i in range(len(sources)):
        for j in range(i + 1, len(sources)):
            if fams[i] == fams[j]:
                continue
            short = i if (counts[i], i) <= (counts[j], j) else j
            other = j if short == i else i
            got = len(matched.get((short, other), ()))
            if counts[short] and got >= min_sentences and got >= min_share * counts[short]:
                out.append((i, j))
    return out


def copy_families(sources: list[Source], **bars) -> dict[int, str]:
    """Source number -> the family it counts in, for the sources that are copies of another family's text
    (:func:`copied_pairs`, joined transitively): the group's wire agency when one of them is credited to one (an
    uncredited repost of an AP story counts in "Associated Press"; the earliest one's when several are), else the
    family of its earliest source (by publication date, then brief order). Sources that copy no one are left out."""
    pairs = copied_pairs(sources, **bars)
    if not pairs:
        return {}
    from ..outlets import wire_family

    out: dict[int, str] = {}
    for members in components(len(sources), pairs):
        if len({sources[k].family for k in members}) < 2:
            continue
        members.sort(key=lambda k: (sources[k].article.date or dt.date.max, sources[k].n))
        wired = [sources[k].family for k in members if wire_family(sources[k].article)]
        family = wired[0] if wired else sources[members[0]].family
        for k in members:
            out[sources[k].n] = family
    return out


def mark_copy_families(sources: list[Source], **bars) -> list[Source]:
    """``sources`` with the copies of one text counted in one family (:func:`copy_families`:
    :attr:`Source.copy_family`, read by :attr:`Source.counted_family`)."""
    copied = copy_families(sources, **bars)
    for src in sources:
        src.copy_family = copied.get(src.n)
    return sources


def article_copy_families(articles: list) -> dict[str, str]:
    """Article id -> the family it counts in, for the articles (of a brief, near-duplicates already left out, in
    brief order) that are copies of another family's text: :func:`copy_families` over them, as the cross-source
    view counts them (the same sources in the same order), for the story's counts line
    (:func:`newsbrief.source_counts.counted_sources`), which reads articles, not the view's sources."""
    sources = [Source(n, a, "") for n, a in enumerate(articles, 1)]
    return {sources[n - 1].article.id: family for n, family in copy_families(sources).items()}
