"""Article representations for story clustering: incremental vectorizers.

A vectorizer turns articles into rows of a matrix (scipy sparse or dense
numpy) that :class:`~newsbrief.stream.cluster.StoryClusterer` groups by cosine.
It learns from the stream (``partial_fit``), maps articles to vectors
(``transform``; ``partial_fit_transform`` does both and reads each article
once), saves what it learned (``get_state``/``set_state``: numpy arrays and
plain values) and turns its rows into bytes and back (``to_bytes`` /
``from_bytes``, one blob per article, for the store). :class:`Vectorizer` is
that contract; :data:`REPRESENTATIONS` maps a name to a factory, so a second
representation (dense embeddings, say) is one entry plus its class.

``"tfidf"``: :class:`HashedTfidfVectorizer`
------------------------------------------
Stemmed content terms (:func:`newsbrief.features.content_terms`) of the title
(counted ``title_weight`` times) and of the first ``body_words`` words of the
body, plus capitalized phrases as cheap "entities" (``"e:white house"``,
counted ``entity_weight`` times). Terms are hashed (scikit-learn's stateless
``HashingVectorizer``: no vocabulary to grow or store), weighted
``(1 + log tf) * idf`` with document frequencies counted over the stream so
far (a fixed-size array), and L2-normalized.

Trade-off: hashing collisions (2**18 buckets) merge a few unrelated terms; at
news vocabulary sizes (~50k stems per million articles) they change cosines
by well under 0.01.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Protocol

import numpy as np

from .._patterns import STOPWORDS
from ..features import content_terms, tokens
from ..config import ClusterSettings
from ..model import Article

#: Defaults of the vectorizer's parameters: the ``cluster`` settings, where
#: each value's reason is given (:class:`~newsbrief.config.ClusterSettings`).
_DEFAULTS = ClusterSettings()


class Vectorizer(Protocol):
    """What a representation provides (see the module docstring)."""

    #: its key in :data:`REPRESENTATIONS`, recorded in saved states
    name: ClassVar[str]

    def reset(self) -> None: ...

    def partial_fit(self, articles: Sequence[Article]) -> "Vectorizer": ...

    def transform(self, articles: Sequence[Article]) -> Any: ...

    def partial_fit_transform(self, articles: Sequence[Article]) -> Any: ...

    def get_state(self) -> dict: ...

    def set_state(self, state: dict) -> "Vectorizer": ...

    def to_bytes(self, X) -> list[bytes]: ...

    def from_bytes(self, blobs: Sequence[bytes]) -> Any: ...


#: "Tara Reid", "White House", "U.N.", "AIDS": runs of capitalized words.
_ENTITY_RE = re.compile(r"\b[A-Z][\w.'&-]*(?:\s+(?:of|de|la|al|van|von|der|[A-Z][\w.'&-]*))*")


def entity_phrases(text: str) -> list[str]:
    """Capitalized phrases, lowercased, leading function words dropped
    (a cheap stand-in for named entities: no model, ~1 µs per phrase)."""
    out = []
    for m in _ENTITY_RE.finditer(text):
        words = [w.strip(".'&-").lower() for w in m.group(0).split()]
        while words and words[0] in STOPWORDS:
            words.pop(0)
        while words and words[-1] in STOPWORDS:
            words.pop()
        if words and not (len(words) == 1 and len(words[0]) < 2):
            out.append("e:" + " ".join(words))
    return out


@dataclass
class HashedTfidfVectorizer:
    """Hashed, stream-weighted TF-IDF of an article's title, lead and
    capitalized phrases (see the module docstring); rows are CSR float32,
    L2-normalized, with sorted indices.

    Parameters are stored as given; the learned document frequencies end in
    ``_`` (``df_`` per hashed term, ``n_docs_`` articles seen).
    """

    name: ClassVar[str] = "tfidf"

    n_features: int = _DEFAULTS.n_features
    title_weight: int = _DEFAULTS.title_weight
    entity_weight: int = _DEFAULTS.entity_weight
    body_words: int = _DEFAULTS.body_words

    df_: np.ndarray = field(default=None, init=False, repr=False)  # type: ignore[assignment]
    n_docs_: int = field(default=0, init=False, repr=False)
    _hasher: object = field(default=None, init=False, repr=False)

    def reset(self) -> None:
        """Forget the document frequencies."""
        self.df_ = np.zeros(self.n_features, dtype=np.int32)
        self.n_docs_ = 0

    def partial_fit(self, articles: Sequence[Article]) -> "HashedTfidfVectorizer":
        """Count the articles' terms into the document frequencies."""
        self._learn(self._counts(articles))
        return self

    def transform(self, articles: Sequence[Article]):
        """The articles' vectors under the document frequencies learned so far."""
        if self.df_ is None:
            self.reset()
        return self._weigh(self._counts(articles))

    def partial_fit_transform(self, articles: Sequence[Article]):
        """:meth:`partial_fit` then :meth:`transform`, reading each article once."""
        X = self._counts(articles)
        self._learn(X)
        return self._weigh(X)

    def get_state(self) -> dict:
        return {"params": self._params(), "df": self.df_, "n_docs": self.n_docs_}

    def set_state(self, state: dict) -> "HashedTfidfVectorizer":
        """Take over learned document frequencies; raises ValueError when they
        were learned with other parameters (the vectors would not compare)."""
        if state["params"] != self._params():
            raise ValueError(f"the {self.name} state was learned with {state['params']}, "
                             f"this vectorizer has {self._params()}")
        self.df_ = np.asarray(state["df"], dtype=np.int32).copy()
        self.n_docs_ = int(state["n_docs"])
        return self

    def to_bytes(self, X) -> list[bytes]:
        """One blob per row: its int32 indices, then its float32 values (little-endian)."""
        return [X.indices[a:b].astype("<i4").tobytes() + X.data[a:b].astype("<f4").tobytes()
                for a, b in zip(X.indptr[:-1], X.indptr[1:])]

    def from_bytes(self, blobs: Sequence[bytes]):
        """The CSR matrix of rows written by :meth:`to_bytes`."""
        import scipy.sparse as sp

        half = [len(b) // 2 for b in blobs]
        indptr = np.zeros(len(blobs) + 1, dtype=np.int64)
        np.cumsum([h // 4 for h in half], out=indptr[1:])
        indices = np.concatenate([np.frombuffer(b[:h], dtype="<i4") for b, h in zip(blobs, half)] or
                                 [np.zeros(0, np.int32)]).astype(np.int32)
        values = np.concatenate([np.frombuffer(b[h:], dtype="<f4") for b, h in zip(blobs, half)] or
                                [np.zeros(0, np.float32)]).astype(np.float32)
        return sp.csr_matrix((values, indices, indptr), shape=(len(blobs), self.n_features))

    # --- internals ---------------------------------------------------------------

    def _params(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}

    def _tokens(self, art: Article) -> list[str]:
        title = art.title or ""
        body = art.body
        words = body.split(None, self.body_words)  # the first body_words words and the rest (not split further)
        if len(words) > self.body_words:
            body = " ".join(words[: self.body_words])
        toks = content_terms(body)
        if title:
            toks += content_terms(title) * self.title_weight
        if self.entity_weight:
            ents = entity_phrases(title + "\n" + body)
            toks += ents * self.entity_weight
        return toks

    def _counts(self, articles: Sequence[Article]):
        """Term counts per article: CSR float32, duplicates summed, indices sorted."""
        if not articles:
            import scipy.sparse as sp

            return sp.csr_matrix((0, self.n_features), dtype=np.float32)
        if self._hasher is None:
            from sklearn.feature_extraction.text import HashingVectorizer

            self._hasher = HashingVectorizer(
                n_features=self.n_features, analyzer=lambda toks: toks, alternate_sign=False, norm=None,
                dtype=np.float32,
            )
        X = self._hasher.transform([self._tokens(a) for a in articles]).tocsr()
        X.sum_duplicates()
        X.sort_indices()
        return X

    def _learn(self, X) -> None:
        if self.df_ is None:
            self.reset()
        np.add.at(self.df_, X.indices, 1)
        self.n_docs_ += X.shape[0]

    def _weigh(self, X):
        """``(1 + log tf) * idf``, rows L2-normalized, in place."""
        n = max(self.n_docs_, 1)
        X.data = (1.0 + np.log(X.data)) * (np.log((1.0 + n) / (1.0 + self.df_[X.indices])) + 1.0)
        row_nnz = np.diff(X.indptr)
        filled = row_nnz > 0  # an article without a single term keeps an all-zero row
        sq = np.ones(X.shape[0])
        if X.nnz:
            sq[filled] = np.add.reduceat(X.data.astype(np.float64) ** 2, X.indptr[:-1][filled])
        X.data = (X.data / np.repeat(np.sqrt(sq), row_nnz)).astype(np.float32)
        return X


#: Representation name -> factory (keyword arguments are its parameters).
REPRESENTATIONS: dict[str, Callable[..., Vectorizer]] = {
    HashedTfidfVectorizer.name: HashedTfidfVectorizer,
}


def make_vectorizer(name: str, **params) -> Vectorizer:
    """The registered representation ``name``; an unknown name is a
    :class:`~newsbrief.errors.ConfigError` (it comes from ``cluster.representation``)."""
    try:
        factory = REPRESENTATIONS[name]
    except KeyError:
        from ..errors import ConfigError

        raise ConfigError(f"cluster.representation: unknown representation {name!r}; "
                          f"choose from {', '.join(sorted(REPRESENTATIONS))}") from None
    return factory(**params)


__all__ = ["REPRESENTATIONS", "HashedTfidfVectorizer", "Vectorizer", "entity_phrases", "make_vectorizer"]
