"""Similarity, one home: TF-IDF cosine between texts (the sentence similarity
behind citations, cross-source units and timeline events) and connected
components of a "same thing" graph.

TF-IDF here is scikit-learn's ``TfidfVectorizer`` over stemmed content terms
(:func:`newsbrief.features.content_terms`) with sublinear tf, smoothed idf and
L2-normalized rows, so a dot product of two rows is their cosine.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import numpy as np

from .features import content_terms


def cosine(X, Y=None) -> np.ndarray:
    """Dot products of the L2-normalized rows of ``X`` with those of ``Y``
    (default ``X``): their cosine similarities, as a dense array.
    Rows may be scipy sparse or numpy arrays."""
    product = X @ (X if Y is None else Y).T
    return product.toarray() if hasattr(product, "toarray") else np.asarray(product)


class TfidfCosine:
    """TF-IDF vectors of ``texts`` (the idf learned from them), and the cosine
    between them or from them to other texts.

    Texts without any content word (or no texts) give all-zero similarities.
    """

    def __init__(self, texts: Sequence[str]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.n = len(texts)
        self._vectorizer = TfidfVectorizer(analyzer=content_terms, sublinear_tf=True)
        self.matrix = None
        if texts:
            try:
                self.matrix = self._vectorizer.fit_transform(texts)
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
        return cosine(self.matrix, self._vectorizer.transform(texts))


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
