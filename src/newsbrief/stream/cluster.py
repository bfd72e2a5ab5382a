"""Story clustering: group a stream of article vectors into events, incrementally.

:class:`StoryClusterer` speaks scikit-learn's vocabulary over vectors:
``partial_fit`` (extend the state with the next batch of the stream) and
``predict`` (nearest active story, or ``None``, without learning), with
``get_state``/``set_state`` to continue in another process. Rows are
L2-normalized vectors, scipy sparse (CSR) or dense numpy, whatever the
representation (:mod:`newsbrief.stream.vectorize`) gives; articles are
clustered by :class:`newsbrief.stream.model.ArticleClusterer`, which
chains a representation and this clusterer.

How an article joins a story
----------------------------
1. **Assignment.** A story's centroid is the sum of its members' vectors; the
   article joins the active story with the highest *time-weighted* cosine
   similarity if that is at least ``threshold``, else it seeds a new story.
   Dates are evidence, not a gate: an article dated more than ``window_days``
   outside the story's first..last date loses up to ``date_penalty`` of its
   cosine, linearly until ``horizon_days`` out. The loss is scaled by how far
   each date is trusted: 1 for a publication date from metadata,
   ``text_date_weight`` for a date found in the text (it may be an anniversary
   or a misread), 0 for none (an undated article or story loses nothing).
2. **Merge.** After each batch, the stories it touched are compared with all
   active stories; two time-compatible stories whose centroids reach
   ``merge_threshold`` merge, and so does a story of at most ``absorb_size``
   articles with a bigger one whose centroid reaches ``threshold`` against it;
   so do two stories whose members are on average similar enough
   (average link, ``centroid_a . centroid_b / (n_a n_b)`` >= ``merge_average``:
   one event told from two angles). Two stories of full texts (members of
   at least ``tight_min_terms`` terms on average) merge, by any of these
   rules, only if their average link also reaches ``merge_tightness`` of
   the mean cosine *within* them (stories of at least ``tight_min_size``
   members): two tight stories of one kind of event, two earthquakes, are
   as alike across as the members of a loose story are within, but less
   alike than their own members. Two *settled* stories (both of at least
   ``settled_size`` members, whose within-similarity is measured well) must
   reach ``settled_tightness`` instead: small stories joining a big one are
   mostly its own late reports, two settled ones mostly two events. Short texts' fragments (tweets, snippets:
   alike within, thin across) merge without it. Two stories of full texts of at
   least ``tight_min_size`` members also merge when their average link reaches
   ``merge_relative`` of the link within them (and ``merge_relative_floor``):
   one loosely told event is as alike across its halves as within them. An
   average-link merge of full texts is refused when more than
   ``one_term_share`` of the link comes from one term (a rare headline word
   shared by two local reports of one day). The gap between their date ranges costs
   them as in assignment, up to ``merge_date_penalty`` (two stories' date
   ranges are firmer evidence than one article's date), and a dated story
   and an undated one lose ``merge_undated_cost`` (times the trust in the
   dated one's dates): nothing says they are of one time, and undated
   stories otherwise bridge dated events of the same topic. The bigger story
   (then the older) keeps its id;
   the other is reported in :attr:`StoryClusterer.changes_` so links to it can be redirected.
   A merge changes the merged story's centroid and size, so its pairs are
   tested again (stories of full texts), up to ``merge_rounds`` passes per batch.
   Within a pass, pairs merge best first on their scores at the start of the
   pass; a pair one of whose stories has since taken in another is scored
   again (full texts), or merges only if what was taken in is linked to the
   other at ``chain_floor`` (short texts): no chain through a changed story.
3. **Split.** A touched story of at least ``split_min_size`` members whose
   coherence (mean member-to-centroid cosine, which equals ``|c| / n`` for a
   sum-of-unit-vectors centroid, so it costs nothing to watch) falls under
   ``split_coherence`` is cut in two by spherical 2-means; the cut is kept when
   the halves' centroids are less similar than ``split_separation``. A
   touched story of full texts with at least twice ``settled_size`` kept
   members is also cut when both halves are settled and their average link
   is under ``settled_tightness`` of the link within them: the settled merge
   rule read backwards, which undoes look-alike events that grew together
   one report at a time (in a mixed stream each batch brings few). A
   smaller touched story of full texts (all members kept) is cut when its
   halves of at least ``unsettled_split_half`` members, each of full texts,
   link under ``merge_tightness`` of the link within them and under
   ``threshold``: the rule of every merge read backwards, which assignment
   (by the cosine to a centroid) does not ask. The
   bigger half keeps the id; the other half gets a new one.
4. **Freezing.** The stream clock is the latest publication date seen (dates
   found in text do not move it). Stories with a publication date whose last
   date is more than ``horizon_days`` behind the clock are frozen: evicted
   from the active set for good (a second "earthquake" story two months later
   seeds a new story). A story without a publication date has no such
   clock but the stream's arrival order: one that no article joined in the
   last ``undated_horizon`` articles is frozen. Past ``max_active`` stories,
   the least recently touched ones are frozen too.

Memory is bounded by the active set: the most recent ``max_members`` member
vectors and the centroid of each active story, and nothing that grows with
the whole stream. A process continues another's work from
:meth:`StoryClusterer.get_state`, or, when it keeps every article's vector
and story itself (:class:`newsbrief.store.Store`), from the small state
without stories plus those members: vectors are computed once, when the
article arrives, and centroids are exact sums of them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from ..config import ClusterSettings

#: Defaults of the clusterer's parameters: the ``cluster`` settings, where each
#: value's reason is given (:class:`~newsbrief.config.ClusterSettings`).
_DEFAULTS = ClusterSettings()


def story_id_for(number: int, article_id: str) -> str:
    """The id of the ``number``-th story a clusterer issues, seeded by
    ``article_id``: unique as long as the clusterer never reuses a number (it
    counts them in its state), the same in every process that replays the
    stream, and independent of how article ids are spelled (a hash, not a
    prefix: articles whose ids share a prefix are not thereby related)."""
    return "s" + hashlib.blake2b(f"{number}\0{article_id}".encode(), digest_size=8).hexdigest()


# --- rows: sparse or dense -------------------------------------------------------------


class SparseRow(NamedTuple):
    """One sparse vector: int32 feature ids and their float32 weights."""

    indices: np.ndarray
    values: np.ndarray


class _SparseRows:
    """Vector arithmetic on :class:`SparseRow` s; matrices are CSR float32."""

    kind = "sparse"

    def __init__(self, dim: int):
        self.dim = dim

    def prepare(self, X):
        import scipy.sparse as sp

        if not sp.issparse(X):
            raise ValueError("this clusterer holds sparse vectors; got a dense matrix")
        X = X.tocsr()
        if X.dtype != np.float32:
            X = X.astype(np.float32)
        if not X.has_canonical_format:
            X = X.copy()
            X.sum_duplicates()
        return X

    def split(self, X) -> list[SparseRow]:
        return [SparseRow(X.indices[a:b].astype(np.int32), X.data[a:b].astype(np.float32))
                for a, b in zip(X.indptr[:-1], X.indptr[1:])]

    def stack(self, rows: Sequence[SparseRow]):
        import scipy.sparse as sp

        lengths = np.array([r.indices.size for r in rows], dtype=np.int64)
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.concatenate([r.indices for r in rows]) if rows else np.zeros(0, np.int32)
        data = np.concatenate([r.values for r in rows]) if rows else np.zeros(0, np.float32)
        return sp.csr_matrix((data, indices, indptr), shape=(len(rows), self.dim))

    @staticmethod
    def total(rows: Sequence[SparseRow]) -> SparseRow:
        """The sum of ``rows`` (accumulated in float64)."""
        idx = np.concatenate([r.indices for r in rows])
        val = np.concatenate([r.values for r in rows]).astype(np.float64)
        if idx.size == 0:
            return SparseRow(idx.astype(np.int32), val.astype(np.float32))
        uniq, inv = np.unique(idx, return_inverse=True)
        sums = np.bincount(inv, weights=val, minlength=uniq.size)
        return SparseRow(uniq.astype(np.int32), sums.astype(np.float32))

    def minus(self, row: SparseRow, rows: Sequence[SparseRow]) -> SparseRow:
        """``row`` minus ``rows``; weights that cancel (|w| <= 1e-6) are dropped."""
        out = self.total([row, *(SparseRow(r.indices, -r.values) for r in rows)])
        keep = np.abs(out.values) > 1e-6
        return SparseRow(out.indices[keep], out.values[keep])

    @staticmethod
    def values(row: SparseRow) -> np.ndarray:
        return row.values

    @staticmethod
    def dot(a: SparseRow, b: SparseRow) -> float:
        """The dot product of two rows (indices sorted, unique)."""
        _common, ia, ib = np.intersect1d(a.indices, b.indices, assume_unique=True, return_indices=True)
        return float(np.dot(a.values[ia].astype(np.float64), b.values[ib]))

    @staticmethod
    def product(A, B) -> np.ndarray:
        """``A @ B.T`` as a dense array."""
        return (A @ B.T).toarray()

    def pack(self, rows: Sequence[SparseRow]) -> dict[str, np.ndarray]:
        M = self.stack(rows)
        return {"indptr": M.indptr.astype(np.int64), "indices": M.indices.astype(np.int32), "values": M.data}

    def unpack(self, packed: dict[str, np.ndarray]) -> list[SparseRow]:
        import scipy.sparse as sp

        n = len(packed["indptr"]) - 1
        return self.split(sp.csr_matrix((packed["values"], packed["indices"], packed["indptr"]), shape=(n, self.dim)))


class _DenseRows:
    """Vector arithmetic on dense float32 rows (embeddings)."""

    kind = "dense"

    def __init__(self, dim: int):
        self.dim = dim

    def prepare(self, X):
        import scipy.sparse as sp

        if sp.issparse(X):
            raise ValueError("this clusterer holds dense vectors; got a sparse matrix")
        return np.asarray(X, dtype=np.float32)

    @staticmethod
    def split(X) -> list[np.ndarray]:
        return [row.copy() for row in X]

    def stack(self, rows: Sequence[np.ndarray]) -> np.ndarray:
        return np.vstack(rows) if len(rows) else np.zeros((0, self.dim), dtype=np.float32)

    def total(self, rows: Sequence[np.ndarray]) -> np.ndarray:
        return self.stack(rows).sum(axis=0, dtype=np.float64).astype(np.float32)

    def minus(self, row: np.ndarray, rows: Sequence[np.ndarray]) -> np.ndarray:
        out = row.astype(np.float64) - self.stack(rows).sum(axis=0, dtype=np.float64)
        out[np.abs(out) <= 1e-6] = 0.0
        return out.astype(np.float32)

    @staticmethod
    def values(row: np.ndarray) -> np.ndarray:
        return row

    @staticmethod
    def dot(a: np.ndarray, b: np.ndarray) -> float:
        return float(np.dot(a.astype(np.float64), b))

    @staticmethod
    def product(A, B) -> np.ndarray:
        return A @ B.T

    def pack(self, rows: Sequence[np.ndarray]) -> dict[str, np.ndarray]:
        return {"values": self.stack(rows)}

    def unpack(self, packed: dict[str, np.ndarray]) -> list[np.ndarray]:
        return self.split(np.asarray(packed["values"], dtype=np.float32).reshape(-1, self.dim))


_ROWS = {"sparse": _SparseRows, "dense": _DenseRows}


def _rows_for(X) -> _SparseRows | _DenseRows:
    import scipy.sparse as sp

    return (_SparseRows if sp.issparse(X) else _DenseRows)(X.shape[1])


def _sqnorm(values: np.ndarray) -> float:
    v = values.astype(np.float64)
    return float(np.dot(v, v))


# --- stories -----------------------------------------------------------------------------


@dataclass
class Member:
    """One article inside an active story: id, day ordinal and its vector."""

    article_id: str
    day: float  # date ordinal, NaN when undated
    vector: Any  # a SparseRow or a dense float32 row (unit length)
    seq: int = 0  # arrival order
    trust: float = 1.0  # how far its date is trusted (1 metadata, text_date_weight found in text)


@dataclass
class StoryState:
    """An active story: its most recent members, the exact centroid (sum of
    all member vectors, also of members no longer kept in memory), dates."""

    id: str
    members: list[Member]
    centroid: Any
    norm2: float
    first: float
    last: float
    touched: int = 0  # arrival seq of the last change (for LRU eviction)
    created: int = 0
    n: int = 1  # all members, kept or not
    trust: float = 0.0  # the most trusted member date (0: undated)
    tried: int = 0  # size at its last settled split test (saved: a restart tests when the old process would)

    @property
    def size(self) -> int:
        return self.n

    @property
    def coherence(self) -> float:
        """Mean cosine of members to the centroid: ``|c| / n``."""
        return math.sqrt(max(self.norm2, 0.0)) / max(self.n, 1)


@dataclass(frozen=True)
class Change:
    """A merge or a split, as reported in :attr:`StoryClusterer.changes_`.

    ``kind`` is ``"merge"`` (``source`` absorbed into ``target``: every
    article of ``source`` now belongs to ``target``) or ``"split"``
    (``article_ids`` moved from ``source`` to the new story ``target``).
    """

    kind: str
    source: str
    target: str
    article_ids: tuple[str, ...] = ()


def follow(ids: list[str], labels: list[str], changes: Iterable[Change]) -> None:
    """Apply merges and splits to earlier articles' ``labels`` (parallel to ``ids``), in place."""
    for ch in changes:
        if ch.kind == "merge":
            labels[:] = [ch.target if s == ch.source else s for s in labels]
        else:
            moved = set(ch.article_ids)
            labels[:] = [ch.target if a in moved else s for s, a in zip(labels, ids)]


def _day(d: dt.date | None) -> float:
    return float(d.toordinal()) if d is not None else math.nan


@dataclass
class StoryClusterer:
    """Incremental, time-window-aware event clustering of vectors.

    Parameters are stored as given (cheap constructor); learned state ends in
    ``_`` and exists after the first :meth:`partial_fit` or :meth:`set_state`.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1, 0, 0], [0.9, 0.436, 0], [0, 0, 1]], dtype=np.float32)
    >>> c = StoryClusterer(threshold=0.5).partial_fit(X, ["a", "b", "c"], [None] * 3)
    >>> c.labels_[0] == c.labels_[1] != c.labels_[2]
    True
    """

    threshold: float = _DEFAULTS.threshold
    merge_threshold: float = _DEFAULTS.merge_threshold
    window_days: int = _DEFAULTS.window_days
    horizon_days: int = _DEFAULTS.horizon_days
    date_penalty: float = _DEFAULTS.date_penalty
    text_date_weight: float = _DEFAULTS.text_date_weight
    max_active: int = _DEFAULTS.max_active
    undated_horizon: int = _DEFAULTS.undated_horizon
    split_min_size: int = _DEFAULTS.split_min_size
    split_coherence: float = _DEFAULTS.split_coherence
    split_separation: float = _DEFAULTS.split_separation
    absorb_size: int = _DEFAULTS.absorb_size
    max_members: int = _DEFAULTS.max_members
    merge_average: float = _DEFAULTS.merge_average
    merge_date_penalty: float = _DEFAULTS.merge_date_penalty
    merge_undated_cost: float = _DEFAULTS.merge_undated_cost
    merge_tightness: float = _DEFAULTS.merge_tightness
    tight_min_size: int = _DEFAULTS.tight_min_size
    tight_min_terms: int = _DEFAULTS.tight_min_terms
    settled_tightness: float = _DEFAULTS.settled_tightness
    settled_size: int = _DEFAULTS.settled_size
    one_term_share: float = _DEFAULTS.one_term_share
    merge_relative: float = _DEFAULTS.merge_relative
    merge_relative_floor: float = _DEFAULTS.merge_relative_floor
    merge_rounds: int = _DEFAULTS.merge_rounds
    chain_floor: float = _DEFAULTS.chain_floor
    split_principal: bool = _DEFAULTS.split_principal
    settled_union_terms: bool = _DEFAULTS.settled_union_terms
    unsettled_split_half: int = _DEFAULTS.unsettled_split_half
    _merged_last: Any = field(default=None, init=False, repr=False)
    one_term_min_terms: int = _DEFAULTS.one_term_min_terms

    # learned state (set by partial_fit / set_state)
    stories_: dict[str, StoryState] = field(default=None, init=False, repr=False)  # type: ignore[assignment]
    clock_: float = field(default=math.nan, init=False, repr=False)
    seq_: int = field(default=0, init=False, repr=False)
    issued_: int = field(default=0, init=False, repr=False)  # story ids issued so far
    labels_: list[str] = field(default_factory=list, init=False, repr=False)
    changes_: list[Change] = field(default_factory=list, init=False, repr=False)
    frozen_: list[str] = field(default_factory=list, init=False, repr=False)
    touched_: set[str] = field(default_factory=set, init=False, repr=False)
    _rows: Any = field(default=None, init=False, repr=False)

    # --- public API -------------------------------------------------------------

    def reset(self) -> None:
        """Forget every story and the stream clock."""
        self.stories_ = {}
        self.clock_ = math.nan
        self.seq_ = 0
        self.issued_ = 0
        self.labels_, self.changes_, self.frozen_ = [], [], []
        self.touched_ = set()
        self._rows = None

    def partial_fit(self, X, article_ids: Sequence[str], dates: Sequence[dt.date | None],
                    dates_from_text: Sequence[bool] | None = None) -> "StoryClusterer":
        """Add the next batch of the stream: ``X`` holds one unit vector per
        article (rows; scipy sparse or dense, the same kind every batch),
        ``article_ids`` and ``dates`` (``None`` when undated) go with them;
        ``dates_from_text`` marks dates found in the text rather than given
        as publication metadata (trusted ``text_date_weight``).

        Sets :attr:`labels_` (story id per article of this batch, after this
        batch's merges and splits), :attr:`changes_` (merges and splits
        that moved earlier articles), :attr:`frozen_` (stories evicted from the
        active set) and :attr:`touched_` (stories created or changed).
        """
        if self.stories_ is None:
            self.reset()
        if self._rows is None:
            self._rows = _rows_for(X)
        X = self._rows.prepare(X)
        self.changes_, self.frozen_, self.touched_ = [], [], set()
        ids = list(article_ids)
        if len(ids) != X.shape[0] or len(dates) != X.shape[0]:
            raise ValueError(f"{X.shape[0]} vectors, {len(ids)} article ids and {len(dates)} dates")
        if not ids:
            self.labels_ = []
            return self
        days = np.array([_day(d) for d in dates], dtype=np.float64)
        trust = self._trust(days, dates_from_text)
        published = days[trust >= 1.0]
        if published.size:
            top = float(published.max())
            self.clock_ = top if math.isnan(self.clock_) else max(self.clock_, top)
        self._freeze_old()
        labels = self._assign(ids, X, days, trust)
        self._merged_last = None
        for _ in range(self.merge_rounds):
            if not self._merge():
                break
        self._split()
        self._freeze_old()
        self._freeze_idle()
        self._evict_lru()
        self.labels_ = labels  # final: this batch's merges and splits are applied
        return self

    def predict(self, X, dates: Sequence[dt.date | None],
                dates_from_text: Sequence[bool] | None = None) -> list[str | None]:
        """The active story each vector would join now, or ``None`` (no learning)."""
        self._check_fitted()
        if X.shape[0] == 0 or not self.stories_:
            return [None] * X.shape[0]
        X = self._rows.prepare(X)
        ids, C, norms, first, last, trust = self._matrix()
        S = self._rows.product(X, C)
        days = np.array([_day(d) for d in dates], dtype=np.float64)
        weights = self._trust(days, dates_from_text)
        out: list[str | None] = []
        for i in range(len(days)):
            sims = S[i] / norms - self._time_penalty(days[i], weights[i], first, last, trust)
            j = int(np.argmax(sims))
            out.append(ids[j] if sims[j] >= self.threshold else None)
        return out

    def get_state(self, stories: bool = True) -> dict:
        """What was learned, as plain values and numpy arrays: the vector
        kind and size, the stream clock and arrival count, and (unless
        ``stories=False``) every active story with its kept members' vectors.

        ``stories=False`` is for a caller that keeps every article's vector
        and story anyway (the store): it passes them back to :meth:`set_state`.
        """
        self._check_fitted()
        if self._rows is None:
            raise ValueError("no vector seen yet: the state has no vector kind")
        state: dict[str, Any] = {"kind": self._rows.kind, "dim": self._rows.dim,
                                 "clock": None if math.isnan(self.clock_) else self.clock_, "seq": self.seq_,
                                 "issued": self.issued_}
        # each active story's size at its last settled split test, so a process that continues tests a story
        # when this one would have (a few entries; none: no key, as states were before it was kept)
        if tried := {s.id: s.tried for s in self.stories_.values() if s.tried}:
            state["tried"] = tried
        if stories:
            sts = list(self.stories_.values())
            members = [m for s in sts for m in s.members]
            state["stories"] = {
                "ids": [s.id for s in sts],
                "first": np.array([s.first for s in sts], dtype=np.float64),
                "last": np.array([s.last for s in sts], dtype=np.float64),
                "norm2": np.array([s.norm2 for s in sts], dtype=np.float64),
                "touched": np.array([s.touched for s in sts], dtype=np.int64),
                "created": np.array([s.created for s in sts], dtype=np.int64),
                "n": np.array([s.n for s in sts], dtype=np.int64),
                "centroids": self._rows.pack([s.centroid for s in sts]),
                "kept": np.array([len(s.members) for s in sts], dtype=np.int64),
                "article_ids": [m.article_id for m in members],
                "days": np.array([m.day for m in members], dtype=np.float64),
                "seqs": np.array([m.seq for m in members], dtype=np.int64),
                "trusts": np.array([m.trust for m in members], dtype=np.float64),
                "trust": np.array([s.trust for s in sts], dtype=np.float64),
                "vectors": self._rows.pack([m.vector for m in members]),
            }
        return state

    def set_state(self, state: dict, members: Iterable[tuple[str, str, dt.date | None, bool]] = (),
                  X=None) -> "StoryClusterer":
        """Continue from :meth:`get_state`. A state taken with
        ``stories=False`` gets its active stories back from ``members``
        (``(story_id, article_id, date, date_from_text)`` of every article of
        an active story, in arrival order) and their vectors ``X`` (one row
        each); centroids are their sums."""
        self.reset()
        self._rows = _ROWS[state["kind"]](int(state["dim"]))
        self.clock_ = math.nan if state["clock"] is None else float(state["clock"])
        self.seq_ = int(state["seq"])
        # states written before ids were numbered: any count will do, their ids were prefixes, not hashes
        self.issued_ = int(state.get("issued", self.seq_))
        if "stories" in state:
            self._set_stories(state["stories"])
            self._set_tried(state)
            return self
        members = list(members)
        if not members:
            return self
        vectors = self._rows.split(self._rows.prepare(X))
        if len(vectors) != len(members):
            raise ValueError(f"{len(members)} members but {len(vectors)} vectors")
        groups: dict[str, list[Member]] = {}
        days = np.array([_day(m[2]) for m in members], dtype=np.float64)
        trust = self._trust(days, [m[3] for m in members])
        for k, ((sid, aid, _date, _from_text), vec) in enumerate(zip(members, vectors)):
            groups.setdefault(sid, []).append(Member(aid, float(days[k]), vec, k, float(trust[k])))
        for sid, mem in groups.items():
            st = self._new_story(sid, mem[0], created=mem[0].seq)
            st.members = mem
            self._recompute(st)
            st.touched = mem[-1].seq
            self._trim(st)
        self._set_tried(state)
        return self

    def _set_tried(self, state: dict) -> None:
        """Each story's size at its last settled split test (states written before it was saved: 0, so a story
        is tested once more)."""
        for sid, n in (state.get("tried") or {}).items():
            if sid in self.stories_:
                self.stories_[sid].tried = int(n)

    # --- state ------------------------------------------------------------------

    def _set_stories(self, s: dict) -> None:
        centroids = self._rows.unpack(s["centroids"])
        vectors = self._rows.unpack(s["vectors"])
        k = 0
        for i, sid in enumerate(s["ids"]):
            kept = int(s["kept"][i])
            members = [Member(s["article_ids"][j], float(s["days"][j]), vectors[j], int(s["seqs"][j]),
                              float(s["trusts"][j])) for j in range(k, k + kept)]
            k += kept
            self.stories_[sid] = StoryState(sid, members, centroids[i], float(s["norm2"][i]), float(s["first"][i]),
                                            float(s["last"][i]), touched=int(s["touched"][i]),
                                            created=int(s["created"][i]), n=int(s["n"][i]),
                                            trust=float(s["trust"][i]))

    def _check_fitted(self) -> None:
        if self.stories_ is None:
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("StoryClusterer is not fitted yet; call partial_fit or set_state first")

    # --- assignment -----------------------------------------------------------------

    def _matrix(self):
        ids = list(self.stories_)
        sts = [self.stories_[i] for i in ids]
        C = self._rows.stack([s.centroid for s in sts])
        norms = np.sqrt(np.maximum(np.array([s.norm2 for s in sts], dtype=np.float64), 1e-12))
        first = np.array([s.first for s in sts], dtype=np.float64)
        last = np.array([s.last for s in sts], dtype=np.float64)
        trust = np.array([s.trust for s in sts], dtype=np.float64)
        return ids, C, norms, first, last, trust

    def _trust(self, days: np.ndarray, from_text: Sequence[bool] | None) -> np.ndarray:
        """How far each date is trusted: 0 undated, 1 published, ``text_date_weight`` found in the text."""
        trust = np.where(np.isnan(days), 0.0, 1.0)
        if from_text is not None:
            trust[np.asarray(from_text, dtype=bool) & (trust > 0)] = self.text_date_weight
        return trust

    def _time_penalty(self, day: float, trust: float, first: np.ndarray, last: np.ndarray,
                      story_trust: np.ndarray) -> np.ndarray:
        """What the gap between an article's date and each story's first..last
        range costs their cosine (see :meth:`_gap_cost`)."""
        if math.isnan(day) or trust == 0.0 or self.date_penalty == 0.0:
            return np.zeros(first.shape)
        return self._gap_cost(day, day, trust, first, last, story_trust)

    def _gap_cost(self, first_a, last_a, trust_a, first_b, last_b, trust_b,
                  penalty: float | None = None, undated: float = 0.0) -> np.ndarray:
        """What the gap between date ranges a and b costs a cosine: 0 within
        ``window_days``, rising linearly to ``penalty`` (default
        ``date_penalty``) at ``horizon_days``, times the trust in both; 0
        when both are undated. When only one is dated, the cost is
        ``undated`` times the trust in that one's date (0 in assignment,
        ``merge_undated_cost`` in a merge)."""
        penalty = self.date_penalty if penalty is None else penalty
        with np.errstate(invalid="ignore"):
            gap = np.maximum(np.maximum(first_b - last_a, first_a - last_b), 0.0)
        ramp = np.clip((gap - self.window_days) / max(self.horizon_days - self.window_days, 1), 0.0, 1.0)
        cost = np.nan_to_num(ramp * (penalty * trust_a * trust_b))
        if undated:
            # trust is 0 exactly when undated, so |trust_a - trust_b| is the dated one's trust
            one_dated = (np.asarray(trust_a) == 0) != (np.asarray(trust_b) == 0)
            cost = cost + undated * one_dated * np.abs(np.asarray(trust_a, dtype=np.float64) - trust_b)
        return cost

    def _assign(self, article_ids: list[str], X, days: np.ndarray, trust: np.ndarray) -> list[str]:
        """Best-first assignment of one batch: of all (article, node) pairs,
        where a node is an active story or another article of the batch
        (alone or already joined by others), the one with the highest score
        (cosine to the node's centroid minus the date cost) joins first, and
        so on until no pair reaches ``threshold``. An article joined by
        another stays put from then on. Nodes of the batch become new
        stories, ids issued in the arrival order of their first article;
        stories are not merged with each other here (see :meth:`_merge`)."""
        B = len(article_ids)
        ids, C, _norms, first0, last0, trust0 = self._matrix()
        n0 = len(ids)
        # D[i, j]: dot product of article i with node j (the n0 stories, then the B articles or groups)
        D = np.zeros((B, n0 + B), dtype=np.float64)
        if n0:
            D[:, :n0] = self._rows.product(X, C)
        D[:, n0:] = self._rows.product(X, X)
        norm2 = np.concatenate([np.array([self.stories_[i].norm2 for i in ids], dtype=np.float64),
                                np.diag(D[:, n0:]).copy()])
        first = np.concatenate([first0, days])
        last = np.concatenate([last0, days])
        node_trust = np.concatenate([trust0, np.where(np.isnan(days), 0.0, trust)])
        single = np.ones(B, dtype=bool)  # articles not yet in a group or story: the only ones that move
        owner = np.arange(n0, n0 + B)  # batch article -> the node it went to

        # S[i, j]: what article i scores against node j (cosine to its centroid minus the date cost)
        S = D / np.sqrt(np.maximum(norm2, 1e-24))[None, :]
        if self.date_penalty:
            S -= self._gap_cost(days[:, None], days[:, None], node_trust[n0:, None], first[None, :], last[None, :],
                                node_trust[None, :])
        S[:, n0:][np.diag_indices(B)] = -np.inf
        best_col = np.argmax(S, axis=1)
        best_val = S[np.arange(B), best_col]
        while True:
            i = int(np.argmax(best_val))
            if best_val[i] < self.threshold:
                break
            j, g = int(best_col[i]), n0 + i
            # article i joins node j (a story, an article or a group of this batch)
            norm2[j] += 2.0 * D[i, j] + 1.0
            D[:, j] += D[:, g]
            self._widen_node(first, last, node_trust, j, g)
            single[i], owner[i] = False, j
            S[:, g] = -np.inf
            best_val[i] = -np.inf
            if j >= n0 and single[j - n0]:  # an article joined by another is a group now: it no longer moves
                single[j - n0] = False
                best_val[j - n0] = -np.inf
            rows = np.nonzero(single)[0]
            if not rows.size:
                break
            col = D[rows, j] / math.sqrt(max(norm2[j], 1e-24))
            if self.date_penalty and not math.isnan(first[j]):
                col -= self._gap_cost(days[rows], days[rows], node_trust[n0 + rows], first[j], last[j], node_trust[j])
            S[rows, j] = col
            for r in rows[(best_col[rows] == j) | (best_col[rows] == g)]:
                best_col[r] = int(np.argmax(S[r]))
                best_val[r] = S[r, best_col[r]]
            up = col > best_val[rows]
            best_val[rows[up]], best_col[rows[up]] = col[up], j
        # groups left over: new stories, ids in arrival order of their first article
        col_ids = list(ids) + [""] * B
        node_of = [int(o) for o in owner]
        members_new: dict[int, list[int]] = {}
        for i in range(B):
            members_new.setdefault(node_of[i], []).append(i)
        for j, rows in sorted(members_new.items(), key=lambda kv: kv[1][0]):
            if j >= n0:
                col_ids[j] = self._issue_id(article_ids[rows[0]])
        vectors = self._rows.split(X)
        for j, rows in members_new.items():
            sid = col_ids[j]
            mem = [Member(article_ids[i], float(days[i]), vectors[i], self.seq_ + i, float(trust[i])) for i in rows]
            st = self.stories_.get(sid)
            if st is None:
                st = self._new_story(sid, mem[0], created=self.seq_ + rows[0])
                mem = mem[1:]
            self._add_members(st, mem)
            st.touched = self.seq_ + rows[-1]
            self.touched_.add(sid)
        self.seq_ += B
        self._batch_labels = [col_ids[node_of[i]] for i in range(B)]
        self._batch_ids = article_ids
        return self._batch_labels

    @staticmethod
    def _widen_node(first: np.ndarray, last: np.ndarray, node_trust: np.ndarray, j: int, g: int) -> None:
        """Node ``j`` takes in node ``g``'s date range and trust."""
        if not math.isnan(first[g]):
            first[j] = first[g] if math.isnan(first[j]) else min(first[j], first[g])
            last[j] = last[g] if math.isnan(last[j]) else max(last[j], last[g])
            node_trust[j] = max(node_trust[j], node_trust[g])

    def _issue_id(self, article_id: str) -> str:
        self.issued_ += 1
        return story_id_for(self.issued_, article_id)

    def _new_story(self, sid: str, m: Member, created: int) -> StoryState:
        values = self._rows.values(m.vector)
        st = StoryState(sid, [m], m.vector, float(np.dot(values, values)), m.day, m.day, touched=created,
                        created=created, trust=0.0 if math.isnan(m.day) else m.trust)
        self.stories_[sid] = st
        return st

    def _add_members(self, st: StoryState, mem: list[Member]) -> None:
        if not mem:
            return
        st.members.extend(mem)
        st.n += len(mem)
        st.centroid = self._rows.total([st.centroid] + [m.vector for m in mem])
        st.norm2 = _sqnorm(self._rows.values(st.centroid))
        for m in mem:
            self._widen(st, m.day, m.day)
            if not math.isnan(m.day):
                st.trust = max(st.trust, m.trust)
        self._trim(st)

    def _absorb(self, keep: StoryState, other: StoryState) -> None:
        """Merge ``other`` into ``keep``: centroids add, members interleave by arrival."""
        keep.centroid = self._rows.total([keep.centroid, other.centroid])
        keep.norm2 = _sqnorm(self._rows.values(keep.centroid))
        keep.n += other.n
        keep.members = sorted(keep.members + other.members, key=lambda m: m.seq)
        self._widen(keep, other.first, other.last)
        keep.trust = max(keep.trust, other.trust)
        keep.touched = max(keep.touched, other.touched)
        self._trim(keep)

    @staticmethod
    def _widen(st: StoryState, first: float, last: float) -> None:
        if not math.isnan(first):
            st.first = first if math.isnan(st.first) else min(st.first, first)
        if not math.isnan(last):
            st.last = last if math.isnan(st.last) else max(st.last, last)

    def _trim(self, st: StoryState) -> None:
        if len(st.members) > self.max_members:
            st.members = st.members[-self.max_members :]

    def _recompute(self, st: StoryState) -> None:
        """Centroid, size and dates from the members (all of them must be kept)."""
        st.centroid = self._rows.total([m.vector for m in st.members])
        st.norm2 = _sqnorm(self._rows.values(st.centroid))
        st.n = len(st.members)
        dated = [m for m in st.members if not math.isnan(m.day)]
        st.first = min(m.day for m in dated) if dated else math.nan
        st.last = max(m.day for m in dated) if dated else math.nan
        st.trust = max((m.trust for m in dated), default=0.0)

    # --- merge, split, freeze ------------------------------------------------------------

    def _redirect(self, old: str, new: str) -> None:
        self._batch_labels[:] = [new if s == old else s for s in self._batch_labels]

    def _merge(self) -> None:
        # in creation order (a set's order would differ between processes, and with it tie-breaks and ids)
        touched = sorted((s for s in self.touched_ if s in self.stories_), key=lambda s: self.stories_[s].created)
        if self._merged_last is not None:
            # a later pass: the stories just merged, of full texts (short texts' merges chain fragments)
            touched = [s for s in touched if s in self._merged_last
                       and self._terms(self.stories_[s]) >= self.tight_min_terms]
        if not touched or len(self.stories_) < 2:
            return False
        ids = list(self.stories_)
        sts = [self.stories_[i] for i in ids]
        pos = {s: k for k, s in enumerate(ids)}
        rows = [pos[s] for s in touched]
        sims, by_link = self._merge_scores([sts[k] for k in rows], sts)
        pairs = []
        for r, k in enumerate(rows):
            sims[r, k] = -1.0
            for j in np.nonzero(sims[r] >= min(self.merge_threshold, self.threshold))[0]:
                if self._merges(sts[k], sts[j], float(sims[r, j]), bool(by_link[r, j])):
                    pairs.append((float(sims[r, j]), ids[k], ids[j]))
        pairs.sort(key=lambda p: -p[0])  # best first; ties keep creation order, never the ids' spelling
        gone: set[str] = set()
        merged: set[str] = set()
        start = {st.id: (st.centroid, st.n) for st in sts}  # what each story was when the pairs were scored
        for _sim, x, y in pairs:
            if x in gone or y in gone:
                continue
            a, b = self.stories_[x], self.stories_[y]
            if (x in merged or y in merged) and not self._still_merges(a, b, merged, start):
                continue
            keep, absorb = (a, b) if (a.size, -a.created) >= (b.size, -b.created) else (b, a)
            self._absorb(keep, absorb)
            del self.stories_[absorb.id]
            gone.add(absorb.id)
            self.touched_.discard(absorb.id)
            self.touched_.add(keep.id)
            self.changes_.append(Change("merge", absorb.id, keep.id))
            self._redirect(absorb.id, keep.id)
            merged.add(keep.id)
        self._merged_last = merged
        return bool(merged)

    def _still_merges(self, a: StoryState, b: StoryState, merged: set[str], start: dict) -> bool:
        """Whether a pair scored at the start of a merge pass still merges
        after one of them (in ``merged``) has taken in another story in the
        pass: merging on the old score would chain (A+B, then C that matched
        A alone, however unlike B). Stories of full texts are scored again.
        Short texts' fragments chain as before (their chains gather one
        event's tweets; scored again, trec_microblog_tweet89 mixed lost 0.03),
        unless the part taken in is unlinked to the other story: its average
        link to it is under ``chain_floor`` (a hub of tweets that mention
        both the anthem and the commercials of one Super Bowl joined each)."""
        if min(self._terms(a), self._terms(b)) >= self.tight_min_terms:
            sim, link = self._merge_scores([a], [b])
            return self._merges(a, b, float(sim[0, 0]), bool(link[0, 0]))
        if not self.chain_floor:
            return True
        for p, q in ((a, b), (b, a)):
            if p.id in merged:
                c0, n0 = start[p.id]
                # what p has taken in is its centroid now minus then
                dot = self._rows.dot(p.centroid, q.centroid) - self._rows.dot(c0, q.centroid)
                if dot / max(p.n - n0, 1) / q.n < self.chain_floor:
                    return False
        return True

    def _merges(self, a: StoryState, b: StoryState, sim: float, by_link: bool) -> bool:
        """Whether two stories of score ``sim`` (from :meth:`_merge_scores`) merge."""
        if sim < min(self.merge_threshold, self.threshold):
            return False
        small, big = sorted((a.size, b.size))
        if sim < self.merge_threshold and not (small <= self.absorb_size < big):
            return False
        return not (by_link and self._one_term(a, b))

    def _merge_scores(self, R: list[StoryState], K: list[StoryState]) -> tuple[np.ndarray, np.ndarray]:
        """Merge scores of stories ``R`` (rows) against stories ``K``
        (columns): centroid cosine minus the date cost, raised above
        ``merge_threshold`` for pairs that merge by average link (alone:
        the second array) or by ``merge_relative``; -1 for pairs too loose
        for ``merge_tightness``."""
        C_r = self._rows.stack([s.centroid for s in R])
        C_k = self._rows.stack([s.centroid for s in K])

        def arrays(sts):
            return tuple(np.array([getattr(s, k) for s in sts], dtype=np.float64)
                         for k in ("norm2", "n", "first", "last", "trust"))

        norm2_r, size_r, first_r, last_r, trust_r = arrays(R)
        norm2_k, size_k, first_k, last_k, trust_k = arrays(K)
        dots = self._rows.product(C_r, C_k)
        cost = self._gap_cost(first_r[:, None], last_r[:, None], trust_r[:, None], first_k[None, :], last_k[None, :],
                              trust_k[None, :], self.merge_date_penalty, self.merge_undated_cost)
        norms_r, norms_k = np.sqrt(np.maximum(norm2_r, 1e-12)), np.sqrt(np.maximum(norm2_k, 1e-12))
        sims = dots / norms_r[:, None] / norms_k[None, :] - cost
        # average link: the mean cosine between the two stories' members
        # (centroids are sums of unit vectors, so it is dot / (n_a n_b))
        cross = dots / size_r[:, None] / size_k[None, :]
        inner = self._inner_link(size_r, norm2_r, size_k, norm2_k)
        terms_r = np.array([self._terms(st) for st in R])
        terms_k = terms_r if K is R else np.array([self._terms(st) for st in K])
        full = (terms_r[:, None] >= self.tight_min_terms) & (terms_k[None, :] >= self.tight_min_terms)
        loose = np.zeros(cross.shape, dtype=bool)
        if self.merge_tightness:
            # between stories of full texts, every merge (average link, centroid, absorption) asks for
            # it; short texts' fragments (tweets, snippets: alike within, thin across) merge as before
            need = np.full(cross.shape, self.merge_tightness)
            if self.settled_tightness:
                # two settled stories: the mean cosine within each is measured well enough to ask more of
                settled = (size_r[:, None] >= self.settled_size) & (size_k[None, :] >= self.settled_size)
                need[settled] = max(self.settled_tightness, self.merge_tightness)
            tested = full
            if self.settled_tightness and self.settled_union_terms:
                # the settled split tests a story of full texts by the mean length of all its kept members;
                # two settled stories are tested here as the story they would make, or a merge undoes the
                # split it answers (one side of short reports, the other of long: split, merged, split again)
                kept_r = np.array([len(st.members) for st in R], dtype=np.float64)
                kept_k = kept_r if K is R else np.array([len(st.members) for st in K], dtype=np.float64)
                with np.errstate(invalid="ignore"):
                    union = ((np.nan_to_num(terms_r) * kept_r)[:, None] + (np.nan_to_num(terms_k) * kept_k)[None, :]) \
                        / np.maximum(kept_r[:, None] + kept_k[None, :], 1.0)
                tested = full | (settled & (union >= self.tight_min_terms))
            loose = tested & (cross < need * inner)
        by_link = np.zeros(cross.shape, dtype=bool)  # pairs that merge by their average link alone
        if self.merge_average:
            avg = cross - cost
            by_link = (avg >= self.merge_average) & ~loose & (sims < self.merge_threshold)
            # such a pair counts as a merge, ranked (best pairs merge first) by its average link
            sims = np.where((avg >= self.merge_average) & ~loose, np.maximum(sims, self.merge_threshold + avg), sims)
        if self.merge_relative:
            # two measured stories (tight_min_size members each) alike across at merge_relative of the link
            # within them, and at least merge_relative_floor: halves of one loosely told event
            measured = (size_r[:, None] >= self.tight_min_size) & (size_k[None, :] >= self.tight_min_size)
            avg = cross - cost
            # of full texts only: short texts' stories are alike within, thin across (as for merge_tightness)
            measured &= full
            rel = measured & (avg >= self.merge_relative_floor) & (cross >= self.merge_relative * inner) & ~loose
            by_link |= rel & (sims < self.merge_threshold)
            sims = np.where(rel, np.maximum(sims, self.merge_threshold + avg), sims)
        sims[loose] = -1.0
        return sims, by_link

    def _one_term(self, a: StoryState, b: StoryState) -> bool:
        """Whether more than ``one_term_share`` of the average link of two
        stories of full texts (members of at least ``one_term_min_terms``
        terms on average) comes from one term: two local reports of one
        outlet and day that share a rare headline word ("harbour", counted
        ``title_weight`` times) and little else are two events; reports of
        one event share many terms. Short texts (tweets, snippets) often
        match on the one word, a hashtag or a name, that is the event."""
        if not self.one_term_share or self._rows.kind != "sparse":
            return False
        if min(self._terms(a), self._terms(b)) < self.one_term_min_terms:
            return False
        common, ia, ib = np.intersect1d(a.centroid.indices, b.centroid.indices, assume_unique=True,
                                        return_indices=True)
        if not common.size:
            return False
        parts = a.centroid.values[ia].astype(np.float64) * b.centroid.values[ib]
        total = float(parts.sum())
        return total > 0 and float(parts.max()) > self.one_term_share * total

    def _terms(self, st: StoryState) -> float:
        """Mean number of terms (nonzero features) of a story's kept members: how long its texts are."""
        if self._rows.kind == "sparse":  # np.mean's value (an exact integer sum, one division), without numpy
            members = st.members
            return sum([m.vector.indices.size for m in members]) / len(members) if members else float("nan")
        return float(np.mean([np.count_nonzero(m.vector) for m in st.members]))

    def _inner_link(self, size_r: np.ndarray, norm2_r: np.ndarray, size_k: np.ndarray,
                    norm2_k: np.ndarray) -> np.ndarray:
        """For each pair of a row story (``size_r``, ``norm2_r``) and a column
        story: the mean cosine between members *within* them, which an
        average-link merge must reach ``merge_tightness`` of across them.
        Within one story it is ``(|c|^2 - n) / (n (n - 1))`` (a centroid is a
        sum of unit vectors); for two stories the geometric mean of theirs; a
        story under ``tight_min_size`` members says too little and is left out
        (0 when both are)."""
        def inner(norm2, size):
            return np.maximum((norm2 - size) / np.maximum(size * (size - 1.0), 1.0), 0.0)

        a, b = inner(norm2_r, size_r)[:, None], inner(norm2_k, size_k)[None, :]
        big_a, big_b = (size_r >= self.tight_min_size)[:, None], (size_k >= self.tight_min_size)[None, :]
        return np.where(big_a & big_b, np.sqrt(a * b), np.where(big_a, a, 0.0) + np.where(big_b, b, 0.0))

    def _split(self) -> None:
        for sid in sorted(self.touched_, key=lambda s: self.stories_[s].created if s in self.stories_ else -1):
            st = self.stories_.get(sid)
            if st is None or st.size < self.split_min_size:
                continue
            # a story of full texts with room for two settled halves is also tried against
            # settled_tightness: two events of one kind (a second earthquake whose reports joined
            # the first one's story as they came) stay coherent
            # (again only once it has grown by settled_size members: fewer 2-means runs, and a story is not
            # cut on the noise of one batch: harness, wikiref220 mixed 0.920 -> 0.941, ecbplus 0.905 -> 0.909)
            two_events = (self.settled_tightness > 0 and len(st.members) >= 2 * self.settled_size
                          and st.n - st.tried >= self.settled_size and self._terms(st) >= self.tight_min_terms)
            if two_events:
                st.tried = st.n
            # a story of full texts too small for that test, with room for two halves of unsettled_split_half
            # members, is tried against merge_tightness each time it is touched: the rule of merges read
            # backwards, which assignment does not ask (an article joins a group by its centroid); halves
            # alike across at threshold or more are kept whole
            two_small = (not two_events and self.unsettled_split_half > 0 and self.merge_tightness > 0
                         and 2 * self.unsettled_split_half <= st.n < 2 * self.settled_size
                         and st.n == len(st.members) and self._terms(st) >= self.tight_min_terms)
            if st.coherence >= self.split_coherence and not two_events and not two_small:
                continue
            if two_events:
                parts = self._two_means(st, tightness=self.settled_tightness)
            elif two_small:
                parts = self._two_means(st, tightness=self.merge_tightness, min_half=self.unsettled_split_half)
            else:
                parts = self._two_means(st)
            if parts is None:
                continue
            a, b = parts
            # members no longer kept in memory are old: they stay with the first half
            dropped = st.n - len(st.members)
            keep_m, move_m = (a, b) if (len(a) + dropped, -min(m.seq for m in a)) >= (len(b), -min(m.seq for m in b)) else (b, a)
            seed = min(move_m, key=lambda m: m.seq)
            new_id = self._issue_id(seed.article_id)
            moved = sorted(move_m, key=lambda m: m.seq)
            if dropped:
                st.centroid = self._rows.minus(st.centroid, [m.vector for m in moved])
                st.norm2 = _sqnorm(self._rows.values(st.centroid))
                st.n -= len(moved)
                st.members = sorted(keep_m, key=lambda m: m.seq)
            else:
                st.members = sorted(keep_m, key=lambda m: m.seq)
                self._recompute(st)
            ns = self._new_story(new_id, moved[0], created=moved[0].seq)
            ns.members = moved
            self._recompute(ns)
            ns.touched = st.touched
            self.touched_.add(new_id)
            moved_ids = {m.article_id for m in moved}
            self.changes_.append(Change("split", sid, new_id, tuple(m.article_id for m in moved)))
            self._batch_labels[:] = [new_id if (s == sid and aid in moved_ids) else s
                                     for s, aid in zip(self._batch_labels, self._batch_ids)]

    def _two_means(self, st: StoryState, iters: int = 8, tightness: float = 0.0, min_half: int | None = None):
        """Two halves of ``st``'s kept members by spherical 2-means, or None
        when they are not apart: their centroids' cosine reaches
        ``split_separation`` and, with ``tightness``, both halves of at least
        ``settled_size`` members have an average link across them of at least
        ``tightness`` times the mean cosine within them (the settled merge
        rule read backwards).

        2-means starts from two seeds (the member least like the centroid, and
        the member least like that one); when that cut is not apart and the
        settled test is asked for (``tightness``), it starts again from the
        sign of the members' leading principal direction (the
        Gram matrix centered: Boley's principal direction divisive
        partitioning). The seeds often both lie in one loose event (an outlier
        of it, and its farthest member), and 2-means then cuts that event
        instead of the two events the story holds (ECB+'s look-alike pairs that
        grew together a report at a time in the mixed stream: halves linked at
        0.43-0.68 of their own cohesion, left whole).

        ``min_half`` (the unsettled test): halves of at least that many
        members, each of full texts (``tight_min_terms``), instead of
        ``settled_size`` members, and alike across (average link) under
        ``threshold``."""
        mem = st.members
        n = len(mem)
        M = self._rows.stack([m.vector for m in mem])
        G = self._rows.product(M, M)
        # seeds: the member least like the centroid, and the member least like that one
        to_c = G.sum(axis=1)
        s1 = int(np.argmin(to_c))
        s2 = int(np.argmin(G[s1]))
        starts = [(G[:, s2] > G[:, s1]).astype(int)] if s1 != s2 else []
        if self.split_principal and tightness and n >= 4:  # the settled test only (a loose story's plain
            # coherence test runs each time it is touched: a second start there cost ~0.3 ms per article)
            Gc = G - G.mean(axis=0)[None, :] - G.mean(axis=1)[:, None] + G.mean()
            _w, vecs = np.linalg.eigh(Gc)
            lead = vecs[:, -1]
            starts.append((lead > 0).astype(int))
        for assign in starts:
            parts = self._two_means_from(mem, G, assign, iters, tightness, min_half)
            if parts is not None:
                return parts
        return None

    def _two_means_from(self, mem: list[Member], G: np.ndarray, assign: np.ndarray, iters: int, tightness: float,
                        min_half: int | None = None):
        """2-means over the Gram matrix ``G`` of ``mem`` from the halves ``assign``; the halves if they are apart
        (see :meth:`_two_means`), else None."""
        n = len(mem)
        for _ in range(iters):
            if assign.sum() in (0, n):
                return None
            cents = [G[:, assign == k].sum(axis=1) / math.sqrt(max(G[np.ix_(assign == k, assign == k)].sum(), 1e-12))
                     for k in (0, 1)]
            new = (cents[1] > cents[0]).astype(int)
            if np.array_equal(new, assign):
                break
            assign = new
        na, nb = int((assign == 0).sum()), int((assign == 1).sum())
        if min(na, nb) < 2:
            return None
        A, Bm = assign == 0, assign == 1
        in_a, in_b, across = G[np.ix_(A, A)].sum(), G[np.ix_(Bm, Bm)].sum(), G[np.ix_(A, Bm)].sum()
        if across / math.sqrt(in_a * in_b) >= self.split_separation:
            if not tightness or min(na, nb) < (self.settled_size if min_half is None else min_half):
                return None
            if min_half is not None:
                if across / (na * nb) >= self.threshold:
                    # alike across as an article is to a story it joins: a tight half (wire copies, within
                    # 0.8-0.98) makes the link within high, not the halves two events
                    return None
                terms = np.array([m.vector.indices.size if self._rows.kind == "sparse" else np.count_nonzero(m.vector)
                                  for m in mem], dtype=np.float64)
                if min(terms[A].mean(), terms[Bm].mean()) < self.tight_min_terms:
                    return None  # a half of short texts: the merge rule would not ask it for merge_tightness
            within = math.sqrt(max(in_a - na, 0.0) / (na * (na - 1)) * max(in_b - nb, 0.0) / (nb * (nb - 1)))
            if across / (na * nb) >= tightness * within:
                return None
        return [m for m, k in zip(mem, assign) if k == 0], [m for m, k in zip(mem, assign) if k == 1]

    def _freeze_old(self) -> None:
        if math.isnan(self.clock_):
            return
        horizon = self.clock_ - self.horizon_days
        # only stories with a publication date: the clock says nothing about dates found in text
        for sid in [s for s, st in self.stories_.items() if st.trust >= 1.0 and st.last < horizon]:
            del self.stories_[sid]
            self.frozen_.append(sid)

    def _freeze_idle(self) -> None:
        """Freeze the stories without a publication date that no article joined in the last
        ``undated_horizon`` articles: arrival order is the only clock they have."""
        if not self.undated_horizon:
            return
        cut = self.seq_ - self.undated_horizon
        for sid in [s for s, st in self.stories_.items() if st.trust < 1.0 and st.touched < cut]:
            del self.stories_[sid]
            self.frozen_.append(sid)

    def _evict_lru(self) -> None:
        extra = len(self.stories_) - self.max_active
        if extra <= 0:
            return
        for sid in sorted(self.stories_, key=lambda s: self.stories_[s].touched)[:extra]:
            del self.stories_[sid]
            self.frozen_.append(sid)


__all__ = ["Change", "SparseRow", "StoryClusterer", "follow", "story_id_for"]
