"""Near-duplicate detection: exact copies and reprints (wire copy with a new
headline, a trimmed reprint) found with MinHash LSH (datasketch) over word
5-shingles of the article body, and linked to their original.

The original is the earliest article (by date, then by arrival order); a
duplicate gets ``article.duplicate_of = original.id`` and is not counted as an
independent source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Article

#: Estimated Jaccard similarity of 5-shingle sets above which two articles are
#: copies of one text. Reprints with a changed headline and a trimmed last
#: paragraph score 0.8-0.95; two outlets' own reports of one event < 0.2.
DUPLICATE_THRESHOLD = 0.7
#: MinHash permutations: 128 keeps the Jaccard estimate within ~±0.05.
NUM_PERM = 128
SHINGLE_WORDS = 5


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM):
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


@dataclass
class DuplicateIndex:
    """Incremental near-duplicate index (used by :func:`mark_duplicates` and the store).

    ``add(key, text)`` returns the key of the original that ``text`` copies,
    or ``None`` when it is new (and then indexes it).
    """

    threshold: float = DUPLICATE_THRESHOLD
    num_perm: int = NUM_PERM
    _lsh: object = field(default=None, init=False, repr=False)
    _hashes: dict = field(default_factory=dict, init=False, repr=False)

    def _index(self):
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        return self._lsh

    def query(self, text: str) -> str | None:
        m = minhash(text, self.num_perm)
        return self._best(m)

    def _best(self, m) -> str | None:
        best, best_sim = None, 0.0
        for key in self._index().query(m):
            sim = m.jaccard(self._hashes[key])
            if sim >= self.threshold and sim > best_sim:
                best, best_sim = key, sim
        return best

    def add(self, key: str, text: str) -> str | None:
        m = minhash(text, self.num_perm)
        original = self._best(m)
        if original is None and key not in self._hashes:
            self._index().insert(key, m)
            self._hashes[key] = m
        return original

    def remove(self, key: str) -> None:
        if key in self._hashes:
            self._index().remove(key)
            del self._hashes[key]

    def __len__(self) -> int:
        return len(self._hashes)


def mark_duplicates(articles: Sequence[Article], threshold: float = DUPLICATE_THRESHOLD) -> list[tuple[str, str]]:
    """Link near-duplicate articles to their original, in place.

    Returns the ``(duplicate_id, original_id)`` pairs.
    """
    order = sorted(range(len(articles)), key=lambda i: (articles[i].date is None, articles[i].date or 0, i))
    index = DuplicateIndex(threshold=threshold)
    pairs = []
    seen_ids: dict[str, Article] = {}
    for i in order:
        art = articles[i]
        if art.id in seen_ids:  # the very same article object given twice
            continue
        seen_ids[art.id] = art
        original = index.add(art.id, art.body)
        if original is not None:
            art.duplicate_of = original
            pairs.append((art.id, original))
    return pairs


def unique(articles: Iterable[Article]) -> list[Article]:
    return [a for a in articles if not a.duplicate_of]
