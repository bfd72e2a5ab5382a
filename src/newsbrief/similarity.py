"""Similarity, one home: TF-IDF cosine between texts (the sentence similarity
behind citations, cross-source units and timeline events) and connected
components of a "same thing" graph.

TF-IDF here is scikit-learn's ``TfidfVectorizer`` over stemmed content terms
(:func:`newsbrief.features.content_terms`) with sublinear tf, smoothed idf and
L2-normalized rows, so a dot product of two rows is their cosine.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from itertools import chain, repeat

import numpy as np

from .features import content_terms


def cosine(X, Y=None) -> np.ndarray:
    """Dot products of the L2-normalized rows of ``X`` with those of ``Y``
    (default ``X``): their cosine similarities, as a dense array.
    Rows may be scipy sparse or numpy arrays."""
    product = X @ (X if Y is None else Y).T
    return product.toarray() if hasattr(product, "toarray") else np.asarray(product)


class SublinearTfidf:
    """scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (smoothed idf, L2-normalized rows) over texts given
    as term lists, the same matrices bit for bit (values, and each row's entries in scikit-learn's order, which
    the sparse products downstream sum in), at a fraction of its cost: scikit-learn checks and copies its
    matrices several times a fit, which is most of a brief's ~260-sentence fit (tests/test_speed_paths.py
    compares the two on real briefs). :meth:`fit_transform` raises ``ValueError`` on an empty vocabulary, as
    scikit-learn does."""

    def __init__(self):
        self.vocabulary_: dict[str, int] = {}
        self.idf_: np.ndarray | None = None

    @staticmethod
    def _counts(term_lists: Sequence[Sequence[str]], ids: dict[str, int]):
        """Per text, its distinct terms' ``ids`` (ascending, as scikit-learn's ``sort_indices``) and counts, as
        flat arrays and row pointers; terms not in ``ids`` left out."""
        n = len(term_lists)
        flat = list(map(ids.get, chain.from_iterable(term_lists), repeat(-1)))
        rows = np.repeat(np.arange(n, dtype=np.int64), [len(t) for t in term_lists])
        col = np.array(flat, dtype=np.int64)
        keep = col >= 0
        width = max(1, len(ids))
        keys, counts = np.unique(rows[keep] * width + col[keep], return_counts=True)
        indptr = np.searchsorted(keys // width, np.arange(n + 1)).astype(np.int32)
        return keys % width, counts.astype(np.float64), indptr

    def _weigh(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, n_cols: int):
        from scipy.sparse import csr_matrix

        np.log(data, data)
        data += 1.0
        data *= self.idf_[indices]
        # L2 row norms summed entry by entry in row order (scikit-learn's inplace_csr_row_normalize_l2): a row's
        # squares padded with zeros after it and accumulated along the row (exactly a sequential sum)
        n = len(indptr) - 1
        sizes = np.diff(indptr)
        if data.size:
            square = np.zeros((n, int(sizes.max())))
            square[np.repeat(np.arange(n), sizes), np.arange(data.size) - np.repeat(indptr[:-1], sizes)] = data * data
            sums = np.cumsum(square, axis=1)[:, -1]
            norms = np.sqrt(sums)
            norms[sums == 0.0] = 1.0
            data /= np.repeat(norms, sizes)
        return csr_matrix((data, indices.astype(np.int32), indptr), shape=(n, n_cols))

    def _fit(self, term_lists: Sequence[Sequence[str]]):
        """Learn the vocabulary and idf of ``term_lists``; their counts (``cols`` numbered in the learned
        vocabulary, in scikit-learn's order within each row), counts and row pointers."""
        first = {t: k for k, t in enumerate(dict.fromkeys(chain.from_iterable(term_lists)))}
        if not first:
            raise ValueError("empty vocabulary")
        # scikit-learn numbers terms as first seen, sorts each row by that number, then renumbers the terms
        # alphabetically (each row keeping its order)
        ordered = sorted(first)
        self.vocabulary_ = {t: k for k, t in enumerate(ordered)}
        remap = np.empty(len(first), dtype=np.int64)
        remap[[first[t] for t in ordered]] = np.arange(len(ordered))
        cols, data, indptr = self._counts(term_lists, first)
        indices = remap[cols]
        df = np.bincount(indices, minlength=len(ordered)).astype(np.float64)
        df += 1.0
        self.idf_ = np.full_like(df, fill_value=len(term_lists) + 1, dtype=np.float64)
        self.idf_ /= df
        np.log(self.idf_, out=self.idf_)
        self.idf_ += 1.0
        return indices, data, indptr

    def fit(self, term_lists: Sequence[Sequence[str]]) -> SublinearTfidf:
        """Learn the vocabulary and idf of ``term_lists`` (scikit-learn's ``fit``); :meth:`transform` weighs texts
        with them."""
        self._fit(term_lists)
        return self

    def fit_transform(self, term_lists: Sequence[Sequence[str]]):
        """The TF-IDF matrix of ``term_lists`` (each text's terms), the idf and vocabulary learned from them."""
        indices, data, indptr = self._fit(term_lists)
        return self._weigh(data, indices, indptr, len(self.vocabulary_))

    def transform(self, term_lists: Sequence[Sequence[str]]):
        """TF-IDF rows of other texts, weighted by the fitted idf (terms never seen count for nothing)."""
        cols, data, indptr = self._counts(term_lists, self.vocabulary_)
        return self._weigh(data, cols, indptr, len(self.vocabulary_))


class TfidfCosine:
    """TF-IDF vectors of ``texts`` (the idf learned from them), and the cosine
    between them or from them to other texts.

    Texts without any content word (or no texts) give all-zero similarities.
    """

    def __init__(self, texts: Sequence[str]):
        self.n = len(texts)
        self._vectorizer = SublinearTfidf()  # (scikit-learn's TfidfVectorizer over content_terms, bit for bit)
        self.matrix = None
        if texts:
            try:
                self.matrix = self._vectorizer.fit_transform([content_terms(t) for t in texts])
            except ValueError:  # no content words at all: an empty vocabulary
                self.matrix = None

    @property
    def empty(self) -> bool:
        """True when there is no vocabulary (no texts, or no content word in them)."""
        return self.matrix is None

    def pairwise(self) -> np.ndarray:
        """``n x n`` cosines between the fitted texts."""
        if self.matrix is None:
            return np.zeros((self.n, self.n))
        return cosine(self.matrix)

    def to(self, texts: Sequence[str]) -> np.ndarray:
        """``n x len(texts)`` cosines from the fitted texts to ``texts``
        (weighted by the fitted idf; words never seen count for nothing)."""
        if self.matrix is None:
            return np.zeros((self.n, len(texts)))
        return cosine(self.matrix, self._vectorizer.transform([content_terms(t) for t in texts]))


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the undirected graph on nodes ``0..n-1``:
    each a list of nodes in ascending order, components ordered by their
    smallest node (scipy's ``connected_components`` does the work)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    pairs = np.array(list(edges), dtype=np.int64).reshape(-1, 2)
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _count, labels = connected_components(graph, directed=False)
    out: dict[int, list[int]] = {}
    for node, label in enumerate(labels.tolist()):
        out.setdefault(label, []).append(node)
    return list(out.values())


def group(items: Sequence[Hashable], links: Iterable[tuple[Hashable, Hashable]]) -> list[list[Hashable]]:
    """``items`` grouped by ``links`` (pairs of items that belong together,
    transitively): :func:`components` over items instead of node numbers."""
    index = {item: i for i, item in enumerate(items)}
    return [[items[i] for i in comp] for comp in components(len(items), ((index[a], index[b]) for a, b in links))]


__all__ = ["TfidfCosine", "components", "cosine", "group"]
