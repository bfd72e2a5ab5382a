"""Storylines: stories (events) linked into long-running topics, incrementally.

A story is one event (:mod:`newsbrief.stream.cluster`); a storyline is the
coarser level above it: a trial's hearings, an election's campaign events, a
war's battles, weeks or months apart. :class:`StorylineLinker` keeps, for each
live storyline, the sum of its articles' vectors (the same vectors the story
clusterer uses, whatever the representation) and links stories as the stream
grows them:

1. **Story changes first.** Two stories the clusterer merged are one event, so
   their storylines are one storyline (merged, see 5). A story split off
   another keeps the storyline of the story it came from; given the halves'
   articles (the store reads them back), the half split off is weighed in
   step 4 in the same batch, as a settled member that grew: split off a
   look-alike event (two events of one kind that grew into one story a report
   at a time), it leaves when it links to the rest under the settled bar.
2. **Growth.** A batch's articles in stories that already have a storyline add
   their vectors to it; the story keeps its storyline (its id is stable).
3. **New stories.** The batch's stories without a storyline are joined best
   pair first: of every pair of a new story with a live storyline or with
   another new story, the one furthest over its *bar* joins (a new story
   joined to another is one group from then on), its links are updated, and
   so on until no pair clears its bar; each group left starts a storyline.
   A pair's link is the *average link* (mean cosine between the two sides'
   articles: ``v . t / (n_v n_t)`` for the sums ``v``, ``t`` of unit vectors;
   sums of dot products, so it stays exact as groups grow), and its dates
   must be within ``horizon_days`` of each other. The bar is ``threshold``
   raised to ``cohesion`` times the geometric mean of the two sides' own
   cohesion (the mean cosine among each side's articles,
   ``(|t|^2 - n) / (n (n - 1))``; a lone article's side takes the other's,
   but at least ``lone_article_cohesion``, and two lone articles take
   ``lone_cohesion``): a tight event (Tara Reid's
   rehab) needs a close match, so a look-alike event (Lindsay Lohan's rehab)
   stays apart, while a loose topic (a decade of a country's politics) admits
   a loose one. Average link, not the cosine with the summed centroid: a big
   storyline's centroid grows generic and draws unrelated stories in. Best
   pair first, not arrival order: two new stories of an unseen topic pair up
   before either is drawn into a look-alike storyline (DUC 2006, whose
   topics come in sibling pairs such as autism / ADHD: storyline F1 0.793 ->
   0.824 at the same settings, bench/storylines.py). When both sides have
   settled (``settled_size`` articles each) the share is ``settled_cohesion``
   instead: grown, two sibling topics (autism / ADHD, Kenya's diseases /
   malaria) link at 0.44-0.62 of their cohesion, while two halves of one
   topic link at 0.76 or more; small groups' cohesions say too little to
   ask that of them. The pairs that clear their bar are ranked by
   ``link^w (link / bar)^(1 - w)`` (``rank_link_weight`` w): by the ratio
   alone a loose storyline, whose bar is low, drew a story away from the
   storyline it links to most (DUC 2003 stories into DUC 2006's looser
   look-alike storylines in the mixed stream). Where both sides have dated
   articles and one also has undated ones, the link is the average link of
   the dated articles only (``dated_link``; in step 5 too): an undated story
   cannot bridge two dated events (Multi-News's undated US-politics stories
   drew BASIL's 2017-2019 events into one storyline).
4. **Settled members re-tested.** A story joined while it or its storyline
   was small was judged at ``cohesion``; once both the story and the rest of
   its storyline have ``settled_size`` articles, each time the story grows
   it must link to the rest as two settled storylines must
   merge (``merge_threshold`` raised by ``settled_cohesion``), or it leaves
   and starts a storyline of its own (``settled_split``; that storyline then
   goes through step 5 like any touched one). Why: which stories are small
   when they meet depends on how the stream is cut into batches; an event
   that arrived a few reports at a time joined a look-alike event's
   storyline that a whole-grown one would not have joined (ECB+ cut into 16
   batches: storyline F1 0.891 -> 0.932, bench/storyline_replay.py). Only a
   story that grew is weighed: one the clusterer froze never is again.
   **Small stories re-weighed** (``relink_size``): every batch, each story of
   fewer articles that shares a live storyline with other articles is weighed
   against every live storyline again, its own as the rest of it (bars and
   ranking as in 3); where another ranks higher, the story moves there
   (:attr:`StorylineLinker.moves_`; both storylines keep their ids). Which
   storylines a lone report could join depended on which were there when it
   came, so on where the stream was cut into batches: a DUC 2003 report went
   to a DUC 2006 storyline of a related subject that was there first, though
   its own topic's storyline formed a batch later. A small dated story the
   clusterer froze stays weighable for ``relink_days`` of stream time (median
   over the store's cuts into batches of 128-384, mixed stream: duc2003
   0.936 -> 0.965, duc2006 0.808 -> 0.837; bench/storyline_replay.py
   --batch-sizes).
   **Storylines cut in two** (``line_split``): each time a storyline grows
   past a power of 1.25 articles, its stories are cut in two (the leading
   principal direction of their means, then each to the part it links to
   more); when both parts have 2 x ``settled_size`` articles and link under
   ``line_split_share`` of the bar step 5 asks of two storylines to merge,
   one part leaves for a storyline of its own. Two sibling topics (DUC
   2006's civil unrest / crime in China, ADHD / obsessive-compulsive
   disorder) joined while a few reports each, and every later report of
   either followed into the only storyline of its kind, where no small
   story's re-weighing could take it out again.
5. **Merge.** Each storyline the batch touched is compared with every live
   storyline; pairs whose average link clears the bar of ``merge_threshold``
   (raised by ``cohesion`` as in 3) and whose
   date ranges are within ``horizon_days`` of each other merge, best first
   (two settled storylines at ``settled_cohesion``, as in 3; for two wholly
   dated storylines the bar takes the power mean of their cohesions with
   exponent ``merge_cohesion_power``, which leans to the looser side, not
   their geometric mean: a tight thread of a loose topic links to the rest at
   about the topic's own cohesion, however tight the thread is),
   each storyline at most once per batch: the bigger (then the older) keeps
   its id, the other is reported in :attr:`changes_` so links to it can be
   redirected. **Mutual best** (``mutual_merge_share``, ``mutual_merge_size``):
   two wholly dated storylines, one of them under ``mutual_merge_size``
   articles, whose date ranges overlap (the bigger's spanning more than a
   day: a storyline of one day is one event, and a tight one keeps a
   look-alike report out as in step 3) and which are each other's best partner
   (the highest link over bar of each, among all live storylines) merge at
   ``mutual_merge_share`` of that bar. A long-running topic's lone reports and
   pairs of reports (DUC topics run years; their stories are 1-3 reports) come
   inside its storyline's dates and link to it at 0.6-0.95 of the bar; two
   events of one subject (BASIL's) follow each other in time, and undated
   storylines (Multi-News's, ECB+'s) have no dates to interleave (duc2006
   mixed 0.850 -> 0.863 at the store's cut, median over its cuts 0.853 ->
   0.863; bench/storyline_replay.py --batch-sizes).
6. **Freezing.** The clock is the latest date seen; a dated storyline whose
   last date is more than ``horizon_days`` behind it is frozen (kept, never
   matched again). A storyline without a dated article has only the stream's
   arrival order for a clock: one unchanged for the last ``undated_horizon``
   articles is frozen too. Past ``max_active`` the least recently touched
   ones are too.

Memory is the live storylines' centroids and the ids and vector sums of their
stories that can still change (:meth:`StorylineLinker.forget_stories` drops the ones the
story clusterer froze, so that part is bounded by the clusterer's own
``horizon_days`` and ``max_active``), plus the small dated stories it froze in
the last ``relink_days``, at most ``relink_max`` of them (step 4). The store
(:class:`newsbrief.store.Store`) keeps the membership and rebuilds the
centroids and the stories' sums from the stored vectors when a process
continues the stream (:meth:`StorylineLinker.load_line`), so the state blob
(:meth:`StorylineLinker.get_state`) is two numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..config import StorylineSettings

#: Version of :meth:`StorylineLinker.get_state`'s layout.
STATE_VERSION = 1
_DEFAULTS = StorylineSettings()


def storyline_id_for(number: int, story_id: str) -> str:
    """The id of the ``number``-th storyline a linker issues, seeded by the
    story that started it: the same in every process that replays the stream."""
    return "l" + hashlib.blake2b(f"{number}\0{story_id}".encode(), digest_size=8).hexdigest()


@dataclass
class _Line:
    """A live storyline: the sum of its articles' vectors and its dates."""

    total: Any  # 1 x dim CSR row, or a dense float64 vector
    first: dt.date | None
    last: dt.date | None
    articles: int
    tick: int  # the linker's article count at the last change (least recently touched freeze first)
    stories: set[str] = field(default_factory=set)
    dated: Any = None  # the sum of its dated articles' vectors if only some are dated (see :func:`_dated_of`)
    dated_n: int = 0


@dataclass
class _Story:
    """A story of a live storyline that can still change: the sum of its articles' vectors and its dates
    (step 4 of the module docstring weighs it against the rest of its storyline)."""

    total: Any
    articles: int
    first: dt.date | None
    last: dt.date | None
    dated: Any = None
    dated_n: int = 0


def _row_sum(X, rows: Sequence[int]):
    """The sum of rows ``rows`` of ``X`` as one row (CSR, or dense float64)."""
    import scipy.sparse as sp

    if sp.issparse(X):
        # summed over the stored entries only: a dense row of the whole vocabulary (2**18 wide) per call cost
        # 2.7 of 13.5 CPU s of an ingest (bench/speed.py --ingest), this 0.8, with the same sums
        # (the rows' entries sliced straight from the CSR arrays, added per distinct column in row order: the
        # same float32 sums as adding them into a vocabulary-wide array, without scipy's row indexing)
        X = X if X.format == "csr" else sp.csr_matrix(X)
        ptr = X.indptr
        parts = [slice(ptr[r], ptr[r + 1]) for r in rows]
        idx = np.concatenate([X.indices[p] for p in parts]) if parts else np.zeros(0, dtype=np.int32)
        data = np.concatenate([X.data[p] for p in parts]) if parts else np.zeros(0, dtype=X.dtype)
        cols, where = np.unique(idx, return_inverse=True)
        acc = np.zeros(len(cols), dtype=X.dtype)
        np.add.at(acc, where, data)
        return sp.csr_matrix((acc.astype(np.float64), cols, np.array([0, len(cols)])), shape=(1, X.shape[1]))
    return np.asarray(X[list(rows)], dtype=np.float64).sum(axis=0)


def _dated_sum(X, rows: Sequence[int], dates: Sequence[dt.date | None]):
    """The sum of the dated ones of rows ``rows`` of ``X`` (as :func:`_row_sum`), None when all or none of them
    are dated (the sum is then the rows' whole sum, or nothing: see :func:`_dated_of`), and how many they are."""
    kept = [r for r in rows if dates[r] is not None]
    return (_row_sum(X, kept) if 0 < len(kept) < len(rows) else None), len(kept)


def _dated_of(total, n: int, dated, dated_n: int):
    """The sum of a group's dated articles, kept as ``dated`` only while some but not all of its ``n`` articles
    are dated: ``total`` when all are, None when none is."""
    return total if dated_n == n else dated if dated_n else None


def _dated_join(total, n: int, dated, dated_n: int, v, k: int, vd, kd: int):
    """The ``dated`` field (see :func:`_dated_of`) of a group after ``k`` articles of sum ``v`` join it."""
    if dated_n + kd in (0, n + k):
        return None
    a, b = _dated_of(total, n, dated, dated_n), _dated_of(v, k, vd, kd)
    return a if b is None else b if a is None else a + b


def _total(rows: list):
    """The sum of ``rows`` (1 x dim CSR rows, or dense vectors; at least one)."""
    out = rows[0]
    for r in rows[1:]:
        out = out + r
    return out


def _two_parts(G: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Two parts of groups whose sums have dot products ``G`` and sizes ``n`` (True / False per group): the sign
    of each group's mean on the leading principal direction of the means (weighted by size), then each group to
    the part its average link is higher with (itself left out), twice."""
    k = len(n)
    M = G / np.outer(n, n)  # dot products of the groups' means
    w = n / n.sum()
    mw = M @ w
    Mc = M - mw[:, None] - mw[None, :] + w @ mw  # centered on the weighted mean
    sw = np.sqrt(w)
    _vals, vecs = np.linalg.eigh(sw[:, None] * Mc * sw[None, :])
    side = Mc @ (sw * vecs[:, -1]) > 0
    for _ in range(2):
        if side.all() or not side.any():
            break
        H = np.array([G[:, side].sum(axis=1), G[:, ~side].sum(axis=1)])  # each group's dots with the two parts
        hn = np.tile(np.array([n[side].sum(), n[~side].sum()])[:, None], (1, k))
        own = np.where(side, 0, 1)
        H[own, np.arange(k)] -= np.diag(G)
        hn[own, np.arange(k)] -= n
        with np.errstate(divide="ignore", invalid="ignore"):
            link = np.nan_to_num(H / (hn * n[None, :]), nan=-1.0)
        side = link[0] >= link[1]
    return side


def _dots(A, B) -> np.ndarray:
    """``A @ B.T`` as a dense array. Divided by the two groups' sizes, a dot of two sums of
    unit vectors is their average link: the mean cosine over all cross pairs."""
    import scipy.sparse as sp

    P = A @ B.T
    return P.toarray() if sp.issparse(P) else np.asarray(P)


def _transposed(B):
    """``B.T`` in the format ``A @ B.T`` converts it to (CSR for a sparse ``B``), made once for several products:
    ``_dots(A, B)`` is ``_dots_t(A, _transposed(B))``, the same arrays multiplied the same way."""
    import scipy.sparse as sp

    return B.T.tocsr() if sp.issparse(B) else B.T


def _dots_t(A, BT) -> np.ndarray:
    """:func:`_dots` of ``A`` and a matrix whose :func:`_transposed` is ``BT``."""
    import scipy.sparse as sp

    P = A @ BT
    return P.toarray() if sp.issparse(P) else np.asarray(P)


def _dot(a, b) -> float:
    """The dot product of two sums (1 x dim CSR rows, or dense vectors)."""
    import scipy.sparse as sp

    if sp.issparse(a):
        return float(a.multiply(b).sum())
    return float(np.dot(np.ravel(a), np.ravel(b)))


def _stack(rows: list):
    """One matrix of ``rows`` (1 x dim CSR rows, or dense vectors), as ``vstack`` makes it."""
    import scipy.sparse as sp

    if not sp.issparse(rows[0]):
        return np.vstack(rows)
    if all(r.format == "csr" and r.shape[0] == 1 for r in rows):
        # CSR rows: their entries concatenated (scipy's vstack costs ~60 us per row checking and converting each
        # block; a batch stacks every live storyline's sum): the same entries, indices and dtype as vstack
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([r.indptr[1] - r.indptr[0] for r in rows], out=indptr[1:])
        indices = np.concatenate([r.indices[r.indptr[0]:r.indptr[1]] for r in rows])
        data = np.concatenate([r.data[r.indptr[0]:r.indptr[1]] for r in rows])
        idx = sp._sputils.get_index_dtype((indices, indptr), maxval=max(rows[0].shape[1], indptr[-1]))
        return sp.csr_matrix((data, indices.astype(idx, copy=False), indptr.astype(idx, copy=False)),
                             shape=(len(rows), rows[0].shape[1]))
    return sp.vstack(rows).tocsr()


def _intra(sq, n):
    """Mean cosine among a group's own articles (NaN for one article), from the squared norm ``sq``
    of the sum of its ``n`` unit vectors: ``(sq - n) / (n (n - 1))``."""
    sq, n = np.asarray(sq, dtype=np.float64), np.asarray(n, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 1, (sq - n) / np.maximum(n * (n - 1), 1e-9), np.nan)


def _self_dots(A) -> np.ndarray:
    import scipy.sparse as sp

    if sp.issparse(A):
        return np.asarray(A.multiply(A).sum(axis=1), dtype=np.float64).ravel()
    A = np.atleast_2d(np.asarray(A, dtype=np.float64))
    return (A * A).sum(axis=1)


def _bar(floor: float, cohesion: float, ia, ib, lone: float, least: float = 0.0, power: float = 0.0,
         where=True) -> np.ndarray:
    """The average link two groups need to be linked: ``floor``, raised to ``cohesion`` times
    the geometric mean of their own cohesions (a lone article's side is given the other's, but
    at least ``least``; ``lone`` when both are lone articles); where ``where`` holds and ``power``
    is negative, their power mean with that exponent instead (``merge_cohesion_power``)."""
    ia, ib = np.asarray(ia, dtype=np.float64), np.asarray(ib, dtype=np.float64)
    ca = np.abs(np.where(np.isnan(ia), np.maximum(ib, least), ia))
    cb = np.abs(np.where(np.isnan(ib), np.maximum(ia, least), ib))
    mean = np.sqrt(ca * cb)
    if power < 0:
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            # a zero cohesion gives a zero mean (x ** power is inf there), as the geometric mean does
            pm = np.where((ca > 0) & (cb > 0), ((np.maximum(ca, 1e-12) ** power + np.maximum(cb, 1e-12) ** power)
                                                / 2) ** (1 / power), 0.0)
        mean = np.where(where, np.where(np.isnan(mean), np.nan, pm), mean)
    return np.maximum(floor, cohesion * np.nan_to_num(mean, nan=lone))


def _dated_only(link, dated_dots, na, nb, da, db) -> np.ndarray:
    """``link`` (groups of ``na`` x ``nb`` articles) where the average link of the two groups' dated articles
    (``dated_dots``: dot products of their sums; ``da`` x ``db`` of them) replaces it: where both groups have
    dated articles and one of them also has undated ones (``dated_link``)."""
    na, nb, da, db = (np.asarray(x, dtype=np.float64) for x in (na, nb, da, db))
    da2, db2 = (da[:, None], db[None, :]) if np.ndim(link) == 2 and da.ndim == 1 else (da, db)
    na2, nb2 = (na[:, None], nb[None, :]) if np.ndim(link) == 2 and na.ndim == 1 else (na, nb)
    use = (da2 > 0) & (db2 > 0) & ((da2 < na2) | (db2 < nb2))
    return np.where(use, dated_dots / np.maximum(da2 * db2, 1e-9), link)


def _dated_dots(C, Vd, nd, n, M, lines: Sequence[_Line], MT=None, dated_t=None) -> np.ndarray:
    """Dot products of the dated sums of groups (``Vd``; ``nd`` of their ``n`` articles dated) with those of
    ``lines`` (stacked totals ``M``), given the dot products of the whole sums ``C``: where both sides are
    wholly dated the two are the same, so only the rows and columns of partly dated sides are multiplied
    (0 where a side has no dated article). ``MT`` and ``dated_t``, when given: :func:`_transposed` of ``M`` and
    ``(cols, transposed stack of their dated sums)`` (:func:`_dated_columns`), made once for several calls."""
    D = np.array(C, dtype=np.float64)
    part = np.flatnonzero((nd > 0) & (nd < n))
    if len(part):
        D[part] = _dots(Vd[part], M) if MT is None else _dots_t(Vd[part], MT)
    cols, DT = dated_t if dated_t is not None else _dated_columns(lines)
    if cols:
        D[:, cols] = _dots_t(Vd, DT)
    D[nd == 0] = 0.0
    D[:, [j for j, line in enumerate(lines) if line.dated_n == 0]] = 0.0
    return D


def _dated_columns(lines: Sequence[_Line]) -> tuple[list[int], Any]:
    """The columns of ``lines`` partly dated, and :func:`_transposed` of their dated sums stacked (None if none)."""
    cols = [j for j, line in enumerate(lines) if 0 < line.dated_n < line.articles]
    return cols, (_transposed(_stack([lines[j].dated for j in cols])) if cols else None)


def _near(a: tuple, b: tuple, horizon_days: int) -> bool:
    """Whether two (first, last) date ranges are within ``horizon_days`` of each other (undated: always)."""
    if a[0] is None or b[0] is None:
        return True
    return max((a[0] - b[1]).days, (b[0] - a[1]).days, 0) <= horizon_days


def _span(dates: Iterable[dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    ds = [d for d in dates if d is not None]
    return (min(ds), max(ds)) if ds else (None, None)


class StorylineLinker:
    """Link stories into storylines as a stream grows them (see the module docstring).

    Parameters
    ----------
    threshold, merge_threshold, horizon_days, max_active, cohesion, lone_cohesion, settled_cohesion, settled_size, \
settled_split, lone_article_cohesion, dated_link, rank_link_weight, relink_size, relink_days, \
relink_max, merge_cohesion_power, line_split, line_split_share, mutual_merge_share, mutual_merge_size, relink_block, \
undated_horizon
        As in :class:`~newsbrief.config.StorylineSettings`, where each value's reason is given.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> X = sp.csr_matrix(np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 0, 1]], dtype=np.float32))
    >>> linker = StorylineLinker(threshold=0.5, cohesion=0.0).partial_fit(X, ["s1", "s2", "s3"], [None] * 3)
    >>> linker.line_of_["s1"] == linker.line_of_["s2"] != linker.line_of_["s3"]
    True
    """

    def __init__(self, threshold: float = _DEFAULTS.threshold, merge_threshold: float = _DEFAULTS.merge_threshold,
                 horizon_days: int = _DEFAULTS.horizon_days, max_active: int = _DEFAULTS.max_active,
                 cohesion: float = _DEFAULTS.cohesion, lone_cohesion: float = _DEFAULTS.lone_cohesion,
                 settled_cohesion: float = _DEFAULTS.settled_cohesion, settled_size: int = _DEFAULTS.settled_size,
                 settled_split: bool = _DEFAULTS.settled_split,
                 lone_article_cohesion: float = _DEFAULTS.lone_article_cohesion,
                 dated_link: bool = _DEFAULTS.dated_link, rank_link_weight: float = _DEFAULTS.rank_link_weight,
                 relink_size: int = _DEFAULTS.relink_size, relink_days: int = _DEFAULTS.relink_days,
                 relink_max: int = _DEFAULTS.relink_max,
                 merge_cohesion_power: float = _DEFAULTS.merge_cohesion_power,
                 line_split: bool = _DEFAULTS.line_split, line_split_share: float = _DEFAULTS.line_split_share,
                 mutual_merge_share: float = _DEFAULTS.mutual_merge_share,
                 mutual_merge_size: int = _DEFAULTS.mutual_merge_size,
                 relink_block: int = _DEFAULTS.relink_block,
                 undated_horizon: int = _DEFAULTS.undated_horizon):
        self.undated_horizon = undated_horizon
        self.relink_block = relink_block
        self.mutual_merge_share = mutual_merge_share
        self.mutual_merge_size = mutual_merge_size
        self.line_split = line_split
        self.line_split_share = line_split_share
        self.merge_cohesion_power = merge_cohesion_power
        self.relink_max = relink_max
        self.relink_days = relink_days
        self.relink_size = relink_size
        self.rank_link_weight = rank_link_weight
        self.dated_link = dated_link
        self.lone_article_cohesion = lone_article_cohesion
        self.settled_split = settled_split
        self.settled_cohesion = settled_cohesion
        self.settled_size = settled_size
        self.cohesion = cohesion
        self.lone_cohesion = lone_cohesion
        self.threshold = threshold
        self.merge_threshold = merge_threshold
        self.horizon_days = horizon_days
        self.max_active = max_active
        self.reset()

    @classmethod
    def from_settings(cls, settings: StorylineSettings | None = None) -> "StorylineLinker":
        s = settings or StorylineSettings()
        return cls(s.threshold, s.merge_threshold, s.horizon_days, s.max_active, s.cohesion, s.lone_cohesion,
                   s.settled_cohesion, s.settled_size, s.settled_split, s.lone_article_cohesion, s.dated_link,
                   s.rank_link_weight, s.relink_size, s.relink_days, s.relink_max, s.merge_cohesion_power,
                   s.line_split, s.line_split_share, s.mutual_merge_share, s.mutual_merge_size, s.relink_block,
                   s.undated_horizon)

    def __repr__(self) -> str:
        return (f"StorylineLinker(threshold={self.threshold}, merge_threshold={self.merge_threshold}, "
                f"horizon_days={self.horizon_days}, max_active={self.max_active}, cohesion={self.cohesion}, "
                f"lone_cohesion={self.lone_cohesion}, settled_cohesion={self.settled_cohesion}, "
                f"settled_size={self.settled_size}, settled_split={self.settled_split}, "
                f"lone_article_cohesion={self.lone_article_cohesion}, dated_link={self.dated_link}, "
                f"rank_link_weight={self.rank_link_weight}, relink_size={self.relink_size}, "
                f"relink_days={self.relink_days}, relink_max={self.relink_max}, "
                f"merge_cohesion_power={self.merge_cohesion_power}, line_split={self.line_split}, "
                f"line_split_share={self.line_split_share}, mutual_merge_share={self.mutual_merge_share}, "
                f"mutual_merge_size={self.mutual_merge_size}, relink_block={self.relink_block}, "
                f"undated_horizon={self.undated_horizon})")

    def reset(self) -> None:
        """Forget every storyline (an empty stream)."""
        #: live storyline id -> its centroid, dates and stories
        self.lines_: dict[str, _Line] = {}
        #: story id -> storyline id, for the stories of live storylines
        self.line_of_: dict[str, str] = {}
        #: story id -> its vector sum and dates, for the stories of :attr:`line_of_` whose articles are known
        #: (a story split by the clusterer is not, until a process rebuilds it with :meth:`load_line`)
        self.stories_: dict[str, _Story] = {}
        #: stories of :attr:`stories_` the clusterer froze, kept for step 4 while small and recent (``relink_days``)
        self.kept_: set[str] = set()
        #: storylines issued so far (seeds the next id)
        self.seq_ = 0
        #: latest date seen
        self.clock_: dt.date | None = None
        self._tick = 0
        self._begin()

    def _begin(self) -> None:
        #: the last batch's story -> storyline links that are new or changed
        self.assigned_: dict[str, str] = {}
        #: the last batch's storylines merged away: (merged-away id, id that absorbed it), in order
        self.changes_: list[tuple[str, str]] = []
        #: the last batch's storylines that were created
        self.created_: list[str] = []
        #: the last batch's storylines frozen (no longer matched)
        self.frozen_: list[str] = []
        #: the last batch's stories that left their storyline for one of their own: (story, left, new storyline)
        self.splits_: list[tuple[str, str, str]] = []
        #: the last batch's small stories that moved to a storyline they link to more: (story, left, joined)
        self.moves_: list[tuple[str, str, str]] = []

    # --- state ----------------------------------------------------------------------

    def get_state(self) -> dict:
        """The counters that continue the stream elsewhere (the storylines themselves are
        rebuilt from their members by :meth:`load_line`)."""
        return {"version": STATE_VERSION, "seq": self.seq_,
                "clock": self.clock_.isoformat() if self.clock_ else None}

    def set_state(self, state: Mapping[str, Any]) -> "StorylineLinker":
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"storyline state version {state.get('version')!r} is not {STATE_VERSION}")
        self.reset()
        self.seq_ = int(state["seq"])
        self.clock_ = dt.date.fromisoformat(state["clock"]) if state.get("clock") else None
        return self

    def load_line(self, line_id: str, story_ids: Sequence[str], X, dates: Sequence[dt.date | None]) -> None:
        """Restore one live storyline from its articles: row ``i`` of ``X`` is an article of story
        ``story_ids[i]``, dated ``dates[i]``."""
        first, last = _span(dates)
        rows: dict[str, list[int]] = {}
        for i, sid in enumerate(story_ids):
            rows.setdefault(sid, []).append(i)
        self._tick += 1
        self.lines_[line_id] = _Line(_row_sum(X, range(X.shape[0])), first, last, X.shape[0], self._tick, set(rows),
                                     *_dated_sum(X, range(X.shape[0]), dates))
        for sid, members in rows.items():
            self.line_of_[sid] = line_id
            self._story_add(sid, _row_sum(X, members), len(members), *_span(dates[i] for i in members),
                            *_dated_sum(X, members, dates))

    def forget_stories(self, story_ids: Iterable[str]) -> None:
        """Drop stories that can never change again (frozen by the story clusterer, which
        never matches, merges or splits them after) from :attr:`line_of_` and their
        storylines' story sets. Their storylines keep their vectors, dates and links
        (the store has the story -> storyline rows), so linking gives the same results;
        without it the two grew with every story of a storyline still live, for up to
        ``horizon_days`` of article time (docs/follow-soak.md). A small dated story
        (under ``relink_size`` articles) within ``relink_days`` of the clock is kept
        (:attr:`kept_`) so step 4 can still move it, and dropped once it is further
        behind (checked every batch); past ``relink_max`` such stories the oldest (by
        last date) are dropped."""
        for sid in story_ids:
            if self._kept(sid):
                self.kept_.add(sid)
                continue
            self._drop(sid)
        if len(self.kept_) > self.relink_max:
            oldest = sorted(self.kept_, key=lambda k: (self.stories_[k].last, k))
            for sid in oldest[:len(self.kept_) - self.relink_max]:
                self._drop(sid)

    def _drop(self, sid: str) -> None:
        """Forget one story (see :meth:`forget_stories`)."""
        self.kept_.discard(sid)
        line_id = self.line_of_.pop(sid, None)
        self.stories_.pop(sid, None)
        if line_id is not None and line_id in self.lines_:
            self.lines_[line_id].stories.discard(sid)

    def _kept(self, sid: str) -> bool:
        """Whether a story the clusterer froze stays weighable by step 4 (small stories): a small dated one (under
        ``relink_size`` articles) whose last date is within ``relink_days`` of the clock."""
        st = self.stories_.get(sid)
        return (st is not None and st.articles < self.relink_size and st.last is not None and self.relink_days > 0
                and self.clock_ is not None and (self.clock_ - st.last).days <= self.relink_days)

    # --- the stream -------------------------------------------------------------------

    def partial_fit(self, X, story_ids: Sequence[str], dates: Sequence[dt.date | None],
                    story_changes: Iterable[tuple[str, str, str]] = (),
                    known: Mapping[str, str] | None = None, split_members=None) -> "StorylineLinker":
        """Extend the storylines with one batch: row ``i`` of ``X`` is an article of
        story ``story_ids[i]`` (its id after the batch's merges and splits), dated
        ``dates[i]``. ``story_changes`` are the clusterer's ``(kind, source, target)``
        merges and splits of the batch; ``known`` maps stories whose storyline is
        frozen (kept by the store) to it, so they keep it. ``split_members``, if
        given, is ``(story_ids, X, dates)`` of every article (this batch's too) of
        the stories the batch's splits cut or made: each half's sum is rebuilt from
        them and the half split off is weighed as a settled member (step 4) in this
        batch, as if it had grown (else neither is weighed until a process reloads
        them, and a half split off a look-alike event keeps its storyline for good)."""
        self._begin()
        # the clock of undated storylines (``undated_horizon``) counts articles; a batch moves it at least one
        self._tick += max(len(story_ids), 1)
        known = known or {}
        split_off = set()
        for kind, source, target in story_changes:
            self._story_change(kind, source, target)
            if kind == "split":
                split_off.add(target)
        by_story: dict[str, list[int]] = {}
        for i, sid in enumerate(story_ids):
            by_story.setdefault(sid, []).append(i)
        touched: dict[str, None] = {}
        fresh: list[tuple[str, list[int]]] = []
        sizes = {k: line.articles for k, line in self.lines_.items()}  # before the batch (``line_split``)
        for sid, rows in by_story.items():
            line_id = self.line_of_.get(sid)
            if line_id is None:
                if sid not in known:  # else its storyline is frozen: the story stays in it, which no longer grows
                    fresh.append((sid, rows))
                continue
            v = _row_sum(X, rows)
            vd, nd = _dated_sum(X, rows, dates)
            self._grow(line_id, v, rows, dates, vd, nd)
            if sid in self.stories_:
                self._story_add(sid, v, len(rows), *_span(dates[i] for i in rows), vd, nd)
            touched[line_id] = None
        grown: dict[str, Any] = dict(by_story)
        if split_members is not None:
            for sid, line_id in self._split_halves(*split_members).items():
                if sid in split_off:  # the half split off is weighed (the other keeps the story's id and storyline)
                    grown[sid] = None
                    touched[line_id] = None
        if fresh:
            for line_id in self._assign(X, fresh, dates):
                touched[line_id] = None
        if self.settled_split:
            for line_id in self._split_settled(list(touched), grown):
                touched[line_id] = None
        if self.line_split:
            for line_id in self._split_lines(list(touched), sizes):
                touched[line_id] = None
        if self.relink_size:
            for line_id in self._relink():
                touched[line_id] = None
        self._merge_similar(list(touched))
        self._freeze()
        return self

    def _split_halves(self, story_ids: Sequence[str], X, dates: Sequence[dt.date | None]) -> dict[str, str]:
        """The sums of split stories, rebuilt from all their articles (rows of ``X``, story ``story_ids[i]``):
        story id -> its storyline, for those in a live storyline."""
        rows: dict[str, list[int]] = {}
        for i, sid in enumerate(story_ids):
            rows.setdefault(sid, []).append(i)
        out = {}
        for sid, members in rows.items():
            line_id = self.line_of_.get(sid)
            if line_id is None or line_id not in self.lines_:
                continue
            self.stories_.pop(sid, None)
            self._story_add(sid, _row_sum(X, members), len(members), *_span(dates[i] for i in members),
                            *_dated_sum(X, members, dates))
            out[sid] = line_id
        return out

    def _grow(self, line_id: str, v, rows: Sequence[int], dates: Sequence[dt.date | None], vd, nd: int) -> None:
        first, last = _span(dates[i] for i in rows)
        line = self.lines_[line_id]
        line.dated = _dated_join(line.total, line.articles, line.dated, line.dated_n, v, len(rows), vd, nd)
        line.dated_n += nd
        line.total = line.total + v
        line.articles += len(rows)
        line.first = min(d for d in (line.first, first) if d) if (line.first or first) else None
        line.last = max(d for d in (line.last, last) if d) if (line.last or last) else None
        line.tick = self._tick
        if last and (self.clock_ is None or last > self.clock_):
            self.clock_ = last

    def _assign(self, X, fresh: list[tuple[str, list[int]]], dates: Sequence[dt.date | None]) -> list[str]:
        """Step 3 for the batch's new stories, best pair first: of all pairs of a new story (or a group of
        new stories joined so far) with a live storyline or with another new group, the one furthest over
        its bar (see :func:`_bar`) is joined first, then the links of what changed are updated (dot products
        of sums add up, so every average link stays exact); groups left start storylines. Two new stories of
        an unseen topic so pair up before either is drawn into a look-alike storyline, which taking the new
        stories in arrival order allowed."""
        vs = [_row_sum(X, rows) for _sid, rows in fresh]
        vds = [_dated_sum(X, rows, dates) for _sid, rows in fresh]
        nf = len(fresh)
        ids = [k for k, line in self.lines_.items() if line.articles]
        L = len(ids)
        V = _stack(vs)
        # dot products of group sums: rows the new groups; columns 0..L-1 the live storylines, then the new groups
        C = np.empty((nf, L + nf))
        C[:, L:] = _dots(V, V)
        size = np.array([self.lines_[k].articles for k in ids] + [len(rows) for _sid, rows in fresh], dtype=np.float64)
        sq = np.empty(L + nf)
        sq[L:] = np.diag(C[:, L:])
        if L:
            M = _stack([self.lines_[k].total for k in ids])
            C[:, :L] = _dots(V, M)
            sq[:L] = _self_dots(M)
        # the same for the groups' dated articles (see ``dated_link``)
        dsize = np.array([self.lines_[k].dated_n for k in ids] + [nd for _v, nd in vds], dtype=np.float64)
        Cd = np.zeros((nf, L + nf))
        if self.dated_link and dsize.any():
            Vd = _stack([_dated_of(v, len(rows), vd, nd) if nd else v for v, (_s, rows), (vd, nd)
                         in zip(vs, fresh, vds)])
            Cd[:, L:] = _dots(Vd, Vd)
            none = np.flatnonzero(dsize[L:] == 0)
            Cd[none], Cd[:, L + none] = 0.0, 0.0
            if L:
                Cd[:, :L] = _dated_dots(C[:, :L], Vd, dsize[L:], size[L:], M, [self.lines_[k] for k in ids])
        spans = [(self.lines_[k].first, self.lines_[k].last) for k in ids]
        spans += [_span(dates[r] for r in rows) for _sid, rows in fresh]
        alive = np.ones(L + nf, dtype=bool)
        into = np.arange(L + nf)  # the column each new group was joined into (itself while it stands)
        # a new group is paired with the storylines and with the new groups after it (each pair once)
        later = np.zeros((nf, L + nf), dtype=bool)
        later[:, :L] = True
        later[:, L:] = np.triu(np.ones((nf, nf), dtype=bool), 1)
        intra = _intra(sq, size)

        def over(rows, cols):
            """Link over bar of new groups ``rows`` (indices) with columns ``cols``; -1 where not a pair."""
            link = C[np.ix_(rows, cols)] / np.maximum(np.outer(size[L + rows], size[cols]), 1e-9)
            if self.dated_link:
                link = _dated_only(link, Cd[np.ix_(rows, cols)], size[L + rows], size[cols], dsize[L + rows],
                                   dsize[cols])
            R = link / _bar(self.threshold, self._share(size[L + rows][:, None], size[cols][None, :]),
                            intra[L + rows][:, None], intra[cols][None, :], self.lone_cohesion,
                            self.lone_article_cohesion)
            ok = later[np.ix_(rows, cols)] & alive[L + rows][:, None] & alive[cols][None, :]
            # pairs that clear their bar rank by link^w (link / bar)^(1 - w), kept over 1 (``rank_link_weight``)
            w = self.rank_link_weight
            R = np.where(R >= 1.0, 1.0 + np.maximum(link, 1e-12) ** w * np.maximum(R, 1e-12) ** (1 - w), R)
            return np.where(ok, R, -1.0)

        R = over(np.arange(nf), np.arange(L + nf))
        while nf:
            a, b = np.unravel_index(int(np.argmax(R)), R.shape)
            if R[a, b] < 1.0:
                break
            ca = L + a
            if not _near(spans[ca], spans[b], self.horizon_days):
                R[a, b] = -1.0
                later[a, b] = False
                continue
            # group a joins column b
            sq[b] += sq[ca] + 2 * C[a, b]
            size[b] += size[ca]
            C[:, b] += C[:, ca]
            dsq = Cd[b - L, b] + Cd[a, ca] + 2 * Cd[a, b] if b >= L else 0.0
            dsize[b] += dsize[ca]
            Cd[:, b] += Cd[:, ca]
            if b >= L:
                C[b - L] += C[a]
                C[b - L, b] = sq[b]
                Cd[b - L] += Cd[a]
                Cd[b - L, b] = dsq
            intra[b] = _intra(sq[b], size[b])
            spans[b] = _span(spans[b] + spans[ca])
            alive[ca] = False
            into[ca] = b
            R[a] = -1.0
            R[:, ca] = -1.0
            R[:, b] = over(np.arange(nf), np.array([b]))[:, 0]
            if b >= L:
                R[b - L] = over(np.array([b - L]), np.arange(L + nf))[0]
        made: dict[int, str] = {}
        out = []
        for i, (sid, rows) in enumerate(fresh):
            col = L + i
            while into[col] != col:
                col = int(into[col])
            if col < L:
                best = ids[col]
            elif col in made:
                best = made[col]
            else:
                best = made[col] = storyline_id_for(self.seq_, sid)
                self.seq_ += 1
                self.lines_[best] = _Line(vs[i] * 0, None, None, 0, self._tick)
                self.created_.append(best)
            self._link(sid, best)
            self._grow(best, vs[i], rows, dates, *vds[i])
            self._story_add(sid, vs[i], len(rows), *_span(dates[r] for r in rows), *vds[i])
            out.append(best)
        return out

    def _story_change(self, kind: str, source: str, target: str) -> None:
        """Apply one merge or split of stories (see step 1)."""
        src, tgt = self.line_of_.get(source), self.line_of_.get(target)
        # the stories' sums (step 4): a merge adds them up; after a split which articles moved is not known
        # here, so neither half is weighed until a process reloads them (nor a merge with such a half)
        gone = self.stories_.pop(source, None)
        if kind == "merge" and gone is not None and target in self.stories_:
            self._story_add(target, gone.total, gone.articles, gone.first, gone.last, gone.dated, gone.dated_n)
        elif kind == "merge" and gone is not None and tgt is None:
            self.stories_[target] = gone
        else:
            self.stories_.pop(target, None)
        if kind == "merge":
            if src is not None and tgt is not None and src != tgt:
                tgt = self._merge(src, tgt)
            elif src is not None and tgt is None:
                self._link(target, src)
            keep = self.line_of_.pop(source, None)
            if keep is not None and keep in self.lines_:
                self.lines_[keep].stories.discard(source)
        elif src is not None and tgt is None:  # split: the new half stays in the storyline
            self._link(target, src)

    def _story_add(self, story_id: str, v, n: int, first: dt.date | None, last: dt.date | None, vd=None,
                   nd: int = 0) -> None:
        st = self.stories_.get(story_id)
        if st is None:
            self.stories_[story_id] = _Story(v, n, first, last, vd, nd)
        else:
            st.dated = _dated_join(st.total, st.articles, st.dated, st.dated_n, v, n, vd, nd)
            st.dated_n += nd
            st.total, st.articles = st.total + v, st.articles + n
            st.first, st.last = _span([st.first, st.last, first, last])

    def _split_settled(self, touched: list[str], grown: Mapping[str, Any]) -> list[str]:
        """Step 4: in each touched storyline, a story of the batch (``grown``) of ``settled_size`` articles or
        more whose link to the rest (also settled) is under the bar two settled storylines need to merge
        leaves for a storyline of its own (listed in :attr:`splits_`; its id is seeded like any new
        storyline's). Only stories that grew are weighed: one the clusterer froze never is, whether or not
        the linker was told to forget it. Returns the new ids."""
        made = []
        for line_id in touched:
            line = self.lines_.get(line_id)
            if line is None or len(line.stories) < 2 or line.articles < 2 * self.settled_size:
                continue
            for sid in sorted(line.stories.intersection(grown)):
                st = self.stories_.get(sid)
                rest_n = line.articles - (st.articles if st else 0)
                if st is None or st.articles < self.settled_size or rest_n < self.settled_size:
                    continue
                rest = line.total - st.total
                link = _dot(st.total, rest) / (st.articles * rest_n)
                bar = _bar(self.merge_threshold, max(self.cohesion, self.settled_cohesion),
                           _intra(_dot(st.total, st.total), st.articles), _intra(_dot(rest, rest), rest_n),
                           self.lone_cohesion, self.lone_article_cohesion)
                if link >= float(bar):
                    continue
                self._leave(line, st)  # (the storyline keeps its date range: the other stories' dates are not all kept here)
                line.stories.discard(sid)
                line.tick = self._tick
                new = storyline_id_for(self.seq_, sid)
                self.seq_ += 1
                self.lines_[new] = _Line(st.total, st.first, st.last, st.articles, self._tick, set(), st.dated,
                                         st.dated_n)
                self.created_.append(new)
                self._link(sid, new)
                self.splits_.append((sid, line_id, new))
                made.append(new)
        return made

    def _split_lines(self, touched: list[str], sizes: Mapping[str, int]) -> list[str]:
        """Step 4, storylines (``line_split``): a touched storyline that grew past a power of 1.25 articles in this
        batch (``sizes``: before it) is cut in two over its known stories (see :func:`_two_parts`; the articles of
        the stories the linker forgot are one more group, which stays); when both parts have 2 x
        ``settled_size`` articles and link under ``line_split_share`` of the bar step 5 asks of two storylines to
        merge, the part without the forgotten stories (else the smaller) leaves for a storyline of its own (its
        stories listed in :attr:`splits_`, its id seeded by its first story). Returns the storylines changed."""
        made: list[str] = []
        step = np.log(1.25)
        least = 2 * self.settled_size
        for line_id in touched:
            line = self.lines_.get(line_id)
            if line is None or line.articles < 2 * least or len(line.stories) < 2:
                continue
            if np.floor(np.log(line.articles) / step) <= np.floor(np.log(max(sizes.get(line_id, 1), 1)) / step):
                continue
            sids = sorted(sid for sid in line.stories if sid in self.stories_)
            if len(sids) < 2:
                continue
            sts = [self.stories_[sid] for sid in sids]
            n = np.array([st.articles for st in sts], dtype=np.float64)
            G = _dots(_stack([st.total for st in sts]), _stack([st.total for st in sts]))
            rest_n = line.articles - n.sum()
            if rest_n > 0:  # the forgotten stories' articles: one more group, which cannot move
                rest = line.total - _total([st.total for st in sts])
                g = _dots(_stack([st.total for st in sts]), _stack([rest]))[:, 0]
                G = np.block([[G, g[:, None]], [g[None, :], np.array([[_dot(rest, rest)]])]])
                side = _two_parts(G, np.append(n, rest_n))
                stay = (side == side[-1])[:-1]
            else:
                side = _two_parts(G, n)
                stay = side if n[side].sum() >= n[~side].sum() else ~side
            go = np.flatnonzero(~stay)
            ng = float(n[go].sum())
            ns = line.articles - ng
            if ng < least or ns < least:
                continue
            B = _total([sts[i].total for i in go])
            A = line.total - B
            link = _dot(A, B) / (ns * ng)
            bd = sum(sts[i].dated_n for i in go)
            ad = line.dated_n - bd
            if self.dated_link and bd > 0 and ad > 0 and (bd < ng or ad < ns):  # as step 5 weighs them
                Bd = _total([_dated_of(sts[i].total, sts[i].articles, sts[i].dated, sts[i].dated_n) for i in go
                             if sts[i].dated_n])
                link = _dot(_dated_of(line.total, line.articles, line.dated, line.dated_n) - Bd, Bd) / (ad * bd)
            bar = _bar(self.merge_threshold, float(self._share(ns, ng)), _intra(_dot(A, A), ns),
                       _intra(_dot(B, B), ng), self.lone_cohesion, self.lone_article_cohesion,
                       self.merge_cohesion_power, bd == ng and ad == ns)
            if link >= self.line_split_share * float(bar):
                continue
            new = storyline_id_for(self.seq_, sids[go[0]])
            self.seq_ += 1
            self.lines_[new] = part = _Line(B * 0, *_span([d for i in go for d in (sts[i].first, sts[i].last)]), 0,
                                            self._tick)
            for i in go:
                st = sts[i]
                self._leave(line, st)  # (the storyline keeps its date range, as in :meth:`_split_settled`)
                line.stories.discard(sids[i])
                part.dated = _dated_join(part.total, part.articles, part.dated, part.dated_n, st.total, st.articles,
                                         st.dated, st.dated_n)
                part.dated_n += st.dated_n
                part.total = part.total + st.total
                part.articles += st.articles
                self._link(sids[i], new)
                self.splits_.append((sids[i], line_id, new))
            line.tick = self._tick
            self.created_.append(new)
            made += [line_id, new]
        return made

    def _relink(self) -> list[str]:
        """Step 4, small stories: each story under ``relink_size`` articles that shares a live storyline with
        other articles is weighed again against every live storyline, its own as the rest of it (bars, dated
        links and ranking as in :meth:`_assign`): when another ranks over its bar and higher than the rest, the
        story moves there (listed in :attr:`moves_`), best gains first. Returns the storylines changed.
        The stories are weighed in blocks of at most ``relink_block`` (story, storyline) pairs: each story's row
        is its own, so the moves are those of one pass over all of them, and the transient arrays stay bounded
        (one pass made a dozen stories x storylines arrays, 200 MB each at 5,000 x 5,000)."""
        pool = [(sid, st) for sid, st in self.stories_.items() if st.articles < self.relink_size
                and sid in self.line_of_ and self.line_of_[sid] in self.lines_
                and self.lines_[self.line_of_[sid]].articles > st.articles]
        ids = [k for k, line in self.lines_.items() if line.articles]
        if not pool or len(ids) < 2:
            return []
        col = {k: j for j, k in enumerate(ids)}
        lines = [self.lines_[k] for k in ids]
        M = _stack([line.total for line in lines])
        sqm = _self_dots(M)
        line_dn = np.array([line.dated_n for line in lines], dtype=np.float64)
        line_n = np.array([line.articles for line in lines], dtype=np.float64)
        nan = float("nan")
        lf, ll = (np.array([d.toordinal() if d else nan for d in ds], dtype=np.float64)
                  for ds in zip(*[(line.first, line.last) for line in lines]))
        step = max(1, self.relink_block // len(ids))
        MT = _transposed(M)  # (once for every block's products)
        dated_t = _dated_columns(lines) if self.dated_link else None
        best, gain, over = [], [], []
        for k in range(0, len(pool), step):
            b, g, o = self._relink_rows(pool[k : k + step], col, lines, M, sqm, line_dn, line_n, lf, ll, MT,
                                        dated_t)
            best.append(b)
            gain.append(g)
            over.append(o)
        best, gain, over = np.concatenate(best), np.concatenate(gain), np.concatenate(over)
        changed: dict[str, None] = {}
        for i in sorted(np.flatnonzero(over & (gain > 0)), key=lambda i: (-gain[i], pool[i][0])):
            sid, st = pool[i]
            old, new = self.line_of_[sid], ids[best[i]]
            lo, ln = self.lines_.get(old), self.lines_.get(new)
            if lo is None or ln is None or lo.articles <= st.articles:
                continue
            self._leave(lo, st)
            lo.stories.discard(sid)
            ln.dated = _dated_join(ln.total, ln.articles, ln.dated, ln.dated_n, st.total, st.articles, st.dated,
                                   st.dated_n)
            ln.dated_n += st.dated_n
            ln.total = ln.total + st.total
            ln.articles += st.articles
            ln.first, ln.last = _span([ln.first, ln.last, st.first, st.last])
            ln.tick = lo.tick = self._tick
            self._link(sid, new)
            self.moves_.append((sid, old, new))
            changed[old] = changed[new] = None
        return list(changed)

    def _relink_rows(self, pool, col, lines, M, sqm, line_dn, line_n, lf, ll, MT, dated_t):
        """:meth:`_relink`'s weighing of the stories ``pool`` against the live storylines ``lines`` (stacked sums
        ``M``, their squared norms ``sqm``, dated and all articles, first and last ordinal dates; ``MT`` and
        ``dated_t`` as :func:`_dated_dots` takes them): per story, the column of its best other storyline, the gain
        over its own, and whether the best clears its bar."""
        P = np.arange(len(pool))
        own = np.array([col[self.line_of_[sid]] for sid, _st in pool])
        n = np.array([st.articles for _sid, st in pool], dtype=np.float64)
        V = _stack([st.total for _sid, st in pool])
        C = _dots_t(V, MT)
        dn = np.array([st.dated_n for _sid, st in pool], dtype=np.float64)
        dm = np.tile(line_dn, (len(pool), 1))
        use_dated = self.dated_link and dn.any() and dm.any()
        if use_dated:  # the dated articles' dot products, multiplied only where a side is partly dated
            Vd = _stack([_dated_of(st.total, st.articles, st.dated, st.dated_n) if st.dated_n else st.total
                         for _sid, st in pool])
            Cd = _dated_dots(C, Vd, dn, n, M, lines, MT, dated_t)
            Cd[P, own] -= np.where(dn > 0, _self_dots(Vd), 0.0)
            dm[P, own] -= dn
        sqs = _self_dots(V)
        size = np.tile(line_n, (len(pool), 1))
        sq = np.tile(sqm, (len(pool), 1))
        rest = C[P, own] - sqs  # the story's dot product with the rest of its storyline
        sq[P, own] = sqm[own] - sqs - 2 * rest
        C[P, own] = rest
        size[P, own] -= n
        link = C / np.maximum(n[:, None] * size, 1e-9)
        if use_dated:
            link = _dated_only(link, Cd, n[:, None], size, dn[:, None], dm)
        intra_s = _intra(sqs, n)
        bar = _bar(self.threshold, self._share(n[:, None], size), intra_s[:, None], _intra(sq, size),
                   self.lone_cohesion, self.lone_article_cohesion)
        R = link / bar
        w = self.rank_link_weight
        R = np.where(R >= 1.0, 1.0 + np.maximum(link, 1e-12) ** w * np.maximum(R, 1e-12) ** (1 - w), R)
        # dates within horizon_days of each other (undated: always), as :func:`_near` for every pair
        nan = float("nan")
        sf, sl = (np.array([d.toordinal() if d else nan for d in ds], dtype=np.float64)
                  for ds in zip(*[(st.first, st.last) for _sid, st in pool]))
        with np.errstate(invalid="ignore"):
            gap = np.maximum(sf[:, None] - ll[None, :], lf[None, :] - sl[:, None])
        R[gap > self.horizon_days] = -1.0
        R_own = R[P, own].copy()
        R[P, own] = -1.0
        best = np.argmax(R, axis=1)
        return best, R[P, best] - np.maximum(R_own, 1.0), R[P, best] >= 1.0

    @staticmethod
    def _leave(line: _Line, st: _Story) -> None:
        """Take a story's articles out of a storyline's sums (its date range is kept)."""
        rest_n, rest_dn = line.articles - st.articles, line.dated_n - st.dated_n
        if 0 < rest_dn < rest_n:
            gone = _dated_of(st.total, st.articles, st.dated, st.dated_n)
            whole = _dated_of(line.total, line.articles, line.dated, line.dated_n)
            line.dated = whole if gone is None else whole - gone
        else:
            line.dated = None
        line.total, line.articles, line.dated_n = line.total - st.total, rest_n, rest_dn

    def _link(self, story_id: str, line_id: str) -> None:
        self.line_of_[story_id] = line_id
        self.lines_[line_id].stories.add(story_id)
        self.assigned_[story_id] = line_id

    def _share(self, na, nb) -> np.ndarray:
        """The cohesion share a pair of groups of ``na`` and ``nb`` articles must reach (see :func:`_bar`):
        ``settled_cohesion`` when both have at least ``settled_size`` articles, else ``cohesion``."""
        settled = np.minimum(na, nb) >= self.settled_size
        return np.where(settled, max(self.cohesion, self.settled_cohesion), self.cohesion)

    def _compatible(self, line: _Line, first: dt.date | None, last: dt.date | None) -> bool:
        if first is None or line.first is None:
            return True
        gap = max((first - line.last).days, (line.first - last).days, 0)
        return gap <= self.horizon_days

    def _merge_similar(self, touched: list[str]) -> None:
        """Step 5: merge each touched storyline with its most similar live one when their average link
        reaches ``merge_threshold``, best pairs first (one product; a storyline merges once per batch); two
        wholly dated storylines whose date ranges overlap (the bigger's over more than a day), one of them under
        ``mutual_merge_size`` articles, which are each other's best partner merge at ``mutual_merge_share`` of
        that bar."""
        touched = [k for k in touched if k in self.lines_]
        ids = [k for k, line in self.lines_.items() if line.articles]
        if not touched or len(ids) < 2:
            return
        M = _stack([self.lines_[k].total for k in ids])
        weight = np.array([self.lines_[k].articles for k in ids], dtype=np.float64)
        column = {k: j for j, k in enumerate(ids)}
        intra = _intra(_self_dots(M), weight)
        dated = np.array([0 < self.lines_[k].dated_n == self.lines_[k].articles for k in ids])
        nan = float("nan")
        first = np.array([line.first.toordinal() if line.first else nan for line in (self.lines_[k] for k in ids)])
        last = np.array([line.last.toordinal() if line.last else nan for line in (self.lines_[k] for k in ids)])

        def ratios(rows: list[int]) -> np.ndarray:
            """Average link over bar of storylines ``rows`` (columns of ``ids``) with every live one; -1 with
            itself and where their dates are over ``horizon_days`` apart."""
            S = _dots(M[rows], M) / np.maximum(np.outer(weight[rows], weight), 1e-9)
            if self.dated_link:
                dn = np.array([self.lines_[k].dated_n for k in ids], dtype=np.float64)
                if dn.any():
                    lines = [self.lines_[k] for k in ids]
                    Vd = _stack([lines[r].total if lines[r].dated is None else lines[r].dated for r in rows])
                    Sd = _dated_dots(S * np.outer(weight[rows], weight), Vd, dn[rows], weight[rows], M, lines)
                    S = _dated_only(S, Sd, weight[rows], weight, dn[rows], dn)
            # wholly dated pairs: the power mean of the two cohesions (``merge_cohesion_power``)
            S = S / _bar(self.merge_threshold, self._share(weight[rows][:, None], weight[None, :]),
                         intra[rows][:, None], intra[None, :], self.lone_cohesion, self.lone_article_cohesion,
                         self.merge_cohesion_power, dated[rows][:, None] & dated[None, :])
            S[np.arange(len(rows)), rows] = -1.0
            with np.errstate(invalid="ignore"):
                gap = np.maximum(first[rows][:, None] - last[None, :], first[None, :] - last[rows][:, None])
            S[gap > self.horizon_days] = -1.0
            return S

        rows = [column[k] for k in touched]
        S = ratios(rows)
        pairs = [(S[a, b], touched[a], ids[b]) for a, b in zip(*np.nonzero(S >= 1.0))]
        share = self.mutual_merge_share
        if share < 1.0 and self.mutual_merge_size > 1:
            # mutual best: a touched storyline's best partner (one side under mutual_merge_size articles), over
            # share of the bar, whose own best it is
            best = np.argmax(S, axis=1)
            near = [a for a in range(len(rows)) if share <= S[a, best[a]] < 1.0 and dated[rows[a]]
                    and dated[best[a]] and min(weight[rows[a]], weight[best[a]]) < self.mutual_merge_size]
            if near:
                partners = sorted({int(best[a]) for a in near})
                back = dict(zip(partners, np.argmax(ratios(partners), axis=1)))
                for a in near:
                    b = int(best[a])
                    # overlapping date ranges, the bigger's over more than a day: pieces of one long-running topic
                    # interleave in time; two events of one subject (BASIL's) follow each other, and a storyline of
                    # one day is one event (a tight one keeps a look-alike report out, as in step 3)
                    big = b if weight[b] >= weight[rows[a]] else rows[a]
                    ok = max(first[rows[a]], first[b]) <= min(last[rows[a]], last[b]) and last[big] > first[big]
                    if back[b] == rows[a] and ok:
                        pairs.append((S[a, b], touched[a], ids[b]))
        done: set[str] = set()
        for _sim, a, b in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            if a in done or b in done or not self._compatible(self.lines_[b], self.lines_[a].first, self.lines_[a].last):
                continue
            done.update((a, b))
            self._merge(a, b)

    def _merge(self, a: str, b: str) -> str:
        """Merge storylines ``a`` and ``b``; the id kept (the bigger's, then the older's)."""
        la, lb = self.lines_[a], self.lines_[b]
        keep, gone = (a, b) if (la.articles, -la.tick) >= (lb.articles, -lb.tick) else (b, a)
        if la.articles == lb.articles:
            keep, gone = (a, b) if a < b else (b, a)
        lk, lg = self.lines_[keep], self.lines_.pop(gone)
        lk.dated = _dated_join(lk.total, lk.articles, lk.dated, lk.dated_n, lg.total, lg.articles, lg.dated,
                               lg.dated_n)
        lk.dated_n += lg.dated_n
        lk.total = lk.total + lg.total
        lk.articles += lg.articles
        lk.first = min(d for d in (lk.first, lg.first) if d) if (lk.first or lg.first) else None
        lk.last = max(d for d in (lk.last, lg.last) if d) if (lk.last or lg.last) else None
        lk.tick = self._tick
        for sid in lg.stories:
            self.line_of_[sid] = keep
            lk.stories.add(sid)
        self.changes_.append((gone, keep))
        self.assigned_ = {s: (keep if line == gone else line) for s, line in self.assigned_.items()}
        if gone in self.created_:
            self.created_.remove(gone)
        return keep

    def _freeze(self) -> None:
        frozen = []
        if self.clock_ is not None:
            cutoff = self.clock_ - dt.timedelta(days=self.horizon_days)
            frozen = [k for k, line in self.lines_.items() if line.last is not None and line.last < cutoff]
        if self.undated_horizon:
            # no dated article, so no date to freeze by: arrival order is the clock
            cut = self._tick - self.undated_horizon
            frozen += [k for k, line in self.lines_.items() if line.last is None and line.tick < cut]
        excess = len(self.lines_) - len(frozen) - self.max_active
        if excess > 0:
            rest = sorted((line.tick, k) for k, line in self.lines_.items() if k not in set(frozen))
            frozen += [k for _t, k in rest[:excess]]
        for k in frozen:
            for sid in self.lines_.pop(k).stories:
                self.line_of_.pop(sid, None)
                self.stories_.pop(sid, None)
                self.kept_.discard(sid)
        self.frozen_ = frozen
        if self.kept_:  # frozen stories past relink_days behind the clock are forgotten now
            self.forget_stories(sorted(sid for sid in self.kept_ if not self._kept(sid)))


__all__ = ["StorylineLinker", "storyline_id_for"]
