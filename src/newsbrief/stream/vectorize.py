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
counted ``entity_weight`` times). Terms are hashed as scikit-learn's stateless
``HashingVectorizer`` hashes them (its ``FeatureHasher``: no vocabulary to grow or store), weighted
``(1 + log tf) * idf`` with document frequencies counted over the stream so
far (a fixed-size array), and L2-normalized.

The idf does not start from nothing: the stream is taken to follow
``background_docs`` ordinary English documents of ``background_doc_words``
words, whose document frequencies come from a shipped table of how common
each term is (``data/background_terms.tsv.gz``, built by
``scripts/build_background_df.py`` from wordfreq's English list; a term's
chance to be in such a document is ``1 - exp(-words * frequency)``). So
"police", "officials" or "Tuesday" weigh little from the first article on, where
a young stream's own counts know only its few topics; as the stream grows its
own counts outweigh the background. Capitalized phrases get no background
(they count as rare until the stream has seen them): a prior from their
words' frequencies cost multiling2011_en and wikiref220 0.03 each alone.

Trade-off: hashing collisions (2**18 buckets) merge a few unrelated terms; at
news vocabulary sizes (~50k stems per million articles) they change cosines
by well under 0.01.
"""

from __future__ import annotations

import functools
import gzip
import re
from itertools import repeat
from collections.abc import Callable, Sequence
from importlib import resources
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
    cache = _PHRASES
    if len(cache) > PHRASE_CACHE_SIZE:
        cache.clear()
    out = []
    for run in _ENTITY_RE.findall(text):
        phrase = cache.get(run)
        if phrase is None:
            phrase = cache[run] = _entity_phrase(run)
        if phrase:
            out.append(phrase)
    return out


#: capitalized run -> its phrase ("" for none), as :func:`_entity_phrase` makes it: a stream repeats its names
#: and sentence openings ("The", "He said"); 20,000 runs (~2 MB), then it starts again (memory stays flat).
_PHRASES: dict[str, str] = {}
PHRASE_CACHE_SIZE = 20_000


def _entity_phrase(run: str) -> str:
    """The phrase of one capitalized run, "" when nothing is left of it."""
    words = [w.strip(".'&-").lower() for w in run.split()]
    while words and words[0] in STOPWORDS:
        words.pop(0)
    while words and words[-1] in STOPWORDS:
        words.pop()
    if words and not (len(words) == 1 and len(words[0]) < 2):
        return "e:" + " ".join(words)
    return ""


#: The shipped background table: content term -> zipf frequency (see the module docstring).
BACKGROUND_TABLE = "background_terms.tsv.gz"


@functools.lru_cache(maxsize=1)
def background_terms() -> tuple[tuple[str, ...], np.ndarray]:
    """The background table's terms and their frequencies (occurrences per
    token), read once per process."""
    raw = resources.files("newsbrief").joinpath("data", BACKGROUND_TABLE).read_bytes()
    terms, zipf = [], []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            term, _, z = line.partition("\t")
            terms.append(term)
            zipf.append(float(z))
    return tuple(terms), np.power(10.0, np.asarray(zipf, dtype=np.float64) - 9.0)


@functools.lru_cache(maxsize=4)
def _background_df(n_features: int, doc_words: int) -> np.ndarray:
    """Per hashed feature: the chance that a background document of
    ``doc_words`` words holds it (terms sharing a bucket add up, capped at 1)."""
    from sklearn.utils import murmurhash3_32

    terms, freq = background_terms()
    # HashingVectorizer's bucket of a term (alternate_sign=False): |signed murmurhash3| mod n_features
    buckets = np.abs(np.fromiter((murmurhash3_32(t, 0) for t in terms), dtype=np.int64, count=len(terms))) % n_features
    share = np.zeros(n_features, dtype=np.float64)
    np.add.at(share, buckets, -np.expm1(-doc_words * freq))
    np.minimum(share, 1.0, out=share)
    share.flags.writeable = False
    return share


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
    background_docs: float = _DEFAULTS.background_docs
    background_doc_words: int = _DEFAULTS.background_doc_words

    df_: np.ndarray = field(default=None, init=False, repr=False)  # type: ignore[assignment]
    n_docs_: int = field(default=0, init=False, repr=False)
    _hasher: object = field(default=None, init=False, repr=False)
    _prior: np.ndarray | None = field(default=None, init=False, repr=False)

    #: Parameters a saved state may differ in: they weigh terms, not which
    #: terms there are, so vectors still compare (as the idf drifts anyway).
    _SOFT_PARAMS: ClassVar[frozenset[str]] = frozenset({"background_docs", "background_doc_words"})

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
        were learned with other parameters (the vectors would not compare).
        The background weight may differ (a store built before it had one
        goes on with it): only the weights of new vectors change."""
        def hard(params: dict) -> dict:
            return {k: v for k, v in params.items() if k not in self._SOFT_PARAMS}

        if hard(state["params"]) != hard(self._params()):
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
            from sklearn.feature_extraction import FeatureHasher

            # scikit-learn's HashingVectorizer with norm=None is this hasher over each article's terms as
            # (term, 1) pairs, which it makes in a generator, a Python step per term (~0.1 CPU s per 4,000
            # articles); zip makes the same pairs in C: the same matrix
            self._hasher = FeatureHasher(n_features=self.n_features, input_type="pair", alternate_sign=False,
                                         dtype=np.float32)
        X = self._hasher.transform([zip(self._tokens(a), repeat(1)) for a in articles]).tocsr()
        X.sum_duplicates()
        X.sort_indices()
        return X

    def _learn(self, X) -> None:
        if self.df_ is None:
            self.reset()
        np.add.at(self.df_, X.indices, 1)
        self.n_docs_ += X.shape[0]

    def _background(self) -> np.ndarray | None:
        """``background_docs`` times each feature's background document
        frequency (None without a background)."""
        if not self.background_docs:
            return None
        if self._prior is None:
            self._prior = self.background_docs * _background_df(self.n_features, self.background_doc_words)
        return self._prior

    def _weigh(self, X):
        """``(1 + log tf) * idf``, rows L2-normalized, in place; the idf
        counts the background documents with the stream's."""
        prior = self._background()
        if prior is None:
            n, df = max(self.n_docs_, 1), self.df_[X.indices]
        else:
            n, df = self.n_docs_ + self.background_docs, self.df_[X.indices] + prior[X.indices]
        X.data = (1.0 + np.log(X.data)) * (np.log((1.0 + n) / (1.0 + df)) + 1.0)
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


__all__ = ["REPRESENTATIONS", "HashedTfidfVectorizer", "Vectorizer", "background_terms", "entity_phrases",
           "make_vectorizer"]
