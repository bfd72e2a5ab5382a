"""Articles into stories: a representation (:mod:`newsbrief.stream.vectorize`)
then a clusterer over its vectors (:class:`~newsbrief.stream.cluster.StoryClusterer`),
as a scikit-learn pipeline chains them, with one versioned state.

The state, :meth:`ArticleClusterer.get_state`::

    {"version": 1, "representation": "tfidf", "vectorizer": {...}, "clusterer": {...}}

holds plain values and numpy arrays; :func:`state_to_bytes` packs it into one
blob (how the store keeps it) and :func:`state_from_bytes` unpacks it, without
pickle. The store and the clusterer know nothing of the representation: a new
one is an entry in :data:`~newsbrief.stream.vectorize.REPRESENTATIONS`.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
import dataclasses
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ..config import ClusterSettings
from ..model import Article
from .cluster import StoryClusterer, follow
from .vectorize import REPRESENTATIONS, Vectorizer, make_vectorizer

#: Version of the state layout below; a state of another version is refused.
STATE_VERSION = 1
#: Articles per partial_fit in :meth:`ArticleClusterer.fit`.
BATCH_SIZE = 256


class ArticleClusterer:
    """Cluster a stream of articles into stories: ``vectorizer`` (a
    representation name or instance) learns and vectorizes each batch,
    ``clusterer`` groups the vectors.

    Examples
    --------
    >>> arts = [Article(id=f"a{i}", raw_text=t, title=h) for i, (h, t) in enumerate([
    ...     ("Quake hits Chile", "A magnitude 8.8 earthquake struck central Chile on Saturday."),
    ...     ("Chile earthquake kills hundreds", "The earthquake in Chile killed hundreds, officials said."),
    ...     ("Parliament passes budget", "Lawmakers in Oslo approved the budget after a long debate.")])]
    >>> c = ArticleClusterer(clusterer=StoryClusterer(threshold=0.2)).fit(arts)
    >>> c.labels_[0] == c.labels_[1] != c.labels_[2]
    True
    """

    def __init__(self, vectorizer: str | Vectorizer = "tfidf", clusterer: StoryClusterer | None = None):
        self.vectorizer: Vectorizer = make_vectorizer(vectorizer) if isinstance(vectorizer, str) else vectorizer
        self.clusterer = clusterer if clusterer is not None else StoryClusterer()
        #: story ids of the articles of the last fit (all) or partial_fit (that batch)
        self.labels_: list[str] = []
        #: the last partial_fit batch's vectors, one row per article
        self.vectors_: Any = None

    @classmethod
    def from_settings(cls, settings: ClusterSettings | None = None) -> "ArticleClusterer":
        """The representation ``settings.representation`` and a clusterer, each
        given the ``cluster`` settings its constructor takes."""
        settings = settings or ClusterSettings()
        values = dataclasses.asdict(settings)

        def params(factory: Any) -> dict[str, Any]:
            names = {f.name for f in dataclasses.fields(factory) if f.init} if dataclasses.is_dataclass(factory) else set()
            return {k: v for k, v in values.items() if k in names}

        factory = REPRESENTATIONS.get(settings.representation)
        if factory is None:
            make_vectorizer(settings.representation)  # raises, naming the known ones
        return cls(make_vectorizer(settings.representation, **params(factory)), StoryClusterer(**params(StoryClusterer)))

    def __repr__(self) -> str:
        return f"ArticleClusterer({self.vectorizer!r}, {self.clusterer!r})"

    def reset(self) -> None:
        """Forget everything learned."""
        self.vectorizer.reset()
        self.clusterer.reset()
        self.labels_, self.vectors_ = [], None

    def fit(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> "ArticleClusterer":
        """Forget everything, then learn the stream ``articles`` batch by batch.

        Afterwards :attr:`labels_` holds every article's story (in input order).
        """
        self.reset()
        ids: list[str] = []
        labels: list[str] = []
        batch: list[Article] = []

        def run() -> None:
            self.partial_fit(batch)
            follow(ids, labels, self.clusterer.changes_)
            ids.extend(a.id for a in batch)
            labels.extend(self.labels_)

        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                run()
                batch = []
        if batch:
            run()
        self.labels_ = labels
        return self

    def partial_fit(self, articles: Sequence[Article]) -> "ArticleClusterer":
        """Add the next batch of the stream: sets :attr:`labels_` and
        :attr:`vectors_`; the clusterer's ``changes_``, ``frozen_`` and
        ``touched_`` tell what happened to earlier stories."""
        articles = list(articles)
        self.vectors_ = self.vectorizer.partial_fit_transform(articles)
        self.clusterer.partial_fit(self.vectors_, [a.id for a in articles], [a.date for a in articles],
                                   [a.date_from_text for a in articles])
        self.labels_ = self.clusterer.labels_
        return self

    def predict(self, articles: Sequence[Article]) -> list[str | None]:
        """The active story each article would join now, or ``None`` (no learning)."""
        articles = list(articles)
        return self.clusterer.predict(self.vectorizer.transform(articles), [a.date for a in articles],
                                      [a.date_from_text for a in articles])

    def get_state(self, stories: bool = True) -> dict:
        """The versioned state (see the module docstring); ``stories=False``
        as in :meth:`StoryClusterer.get_state`."""
        return {"version": STATE_VERSION, "representation": self.vectorizer.name,
                "vectorizer": self.vectorizer.get_state(), "clusterer": self.clusterer.get_state(stories=stories)}

    def set_state(self, state: dict,
                  members: Iterable[tuple[str, str, dt.date | None, bool, bytes]] = ()) -> "ArticleClusterer":
        """Continue from :meth:`get_state`; for a state without stories,
        ``members`` are ``(story_id, article_id, date, date_from_text, vector
        bytes)`` of the active stories' articles in arrival order, the bytes as
        :meth:`vector_bytes` gave them. Raises ValueError for a state of
        another version or representation."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"clustering state version {state.get('version')!r}; this newsbrief reads {STATE_VERSION}")
        if state["representation"] != self.vectorizer.name:
            raise ValueError(f"the stories were clustered on {state['representation']!r} vectors, "
                             f"this clusterer uses {self.vectorizer.name!r}")
        rows = list(members)
        self.vectorizer.set_state(state["vectorizer"])
        X = self.vectorizer.from_bytes([r[4] for r in rows]) if rows else None
        self.clusterer.set_state(state["clusterer"], [r[:4] for r in rows], X)
        self.labels_, self.vectors_ = [], None
        return self

    def vector_bytes(self) -> list[bytes]:
        """The last batch's vectors, one blob per article (for :meth:`set_state`)."""
        return self.vectorizer.to_bytes(self.vectors_)


# --- the state as one blob -------------------------------------------------------------

_MAGIC = b"NBS1"


def state_to_bytes(state: dict, level: int = 1) -> bytes:
    """``state`` (nested dicts and lists of JSON values and numpy arrays) as
    one blob: a JSON header naming each array's dtype, shape and offset, then
    the arrays' bytes, zlib-compressed at ``level`` (1: the document
    frequencies alone are 1 MB, mostly zeros, and go out with every batch)."""
    arrays: list[np.ndarray] = []
    offset = 0

    def encode(value):
        nonlocal offset
        if isinstance(value, np.ndarray):
            if value.dtype.kind not in "biuf":
                raise TypeError(f"cannot store a {value.dtype} array")
            data = np.ascontiguousarray(value)
            ref = {"__array__": [value.dtype.str, list(value.shape), offset, data.nbytes]}
            arrays.append(data)
            offset += data.nbytes
            return ref
        if isinstance(value, dict):
            return {k: encode(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [encode(v) for v in value]
        if isinstance(value, np.generic):
            return value.item()
        return value

    header = json.dumps(encode(state), allow_nan=False).encode()
    packer = zlib.compressobj(level)
    parts = [_MAGIC, packer.compress(struct.pack("<I", len(header)) + header)]
    parts += [packer.compress(a.reshape(-1).view(np.uint8)) for a in arrays]
    return b"".join(parts + [packer.flush()])


def state_from_bytes(blob: bytes) -> dict:
    """The state :func:`state_to_bytes` packed; raises ValueError for other bytes."""
    if not blob.startswith(_MAGIC):
        raise ValueError("not a newsbrief clustering state")
    try:
        raw = zlib.decompress(blob[len(_MAGIC):])
    except zlib.error as err:
        raise ValueError(f"damaged clustering state: {err}") from None
    (n,) = struct.unpack_from("<I", raw)
    body = memoryview(raw)[4 + n:]

    def decode(value):
        if isinstance(value, dict):
            if "__array__" in value:
                dtype, shape, offset, size = value["__array__"]
                return np.frombuffer(body[offset:offset + size], dtype=np.dtype(dtype)).reshape(shape).copy()
            return {k: decode(v) for k, v in value.items()}
        if isinstance(value, list):
            return [decode(v) for v in value]
        return value

    return decode(json.loads(raw[4:4 + n]))


__all__ = ["STATE_VERSION", "ArticleClusterer", "state_from_bytes", "state_to_bytes"]
