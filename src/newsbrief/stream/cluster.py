"""Story clustering: group a stream of articles into events, incrementally.

:class:`StoryClusterer` speaks scikit-learn's vocabulary: ``fit`` (reset, then
learn), ``partial_fit`` (extend the state with the next batch of the stream)
and ``predict`` (nearest active story, or ``None``, without learning).

How an article joins a story
----------------------------
1. **Evidence.** Each article becomes a sparse vector: stemmed content terms
   (:func:`newsbrief.features.content_terms`) of the title (counted
   ``title_weight`` times) and of the first ``body_words`` words of the body,
   plus capitalized phrases as cheap "entities" (``"e:white house"``, counted
   ``entity_weight`` times). Terms are hashed (scikit-learn's stateless
   ``HashingVectorizer``: no vocabulary to grow or store), weighted
   ``(1 + log tf) * idf`` with document frequencies counted over the stream so
   far (a fixed-size array), and L2-normalized.
2. **Assignment.** A story's centroid is the sum of its members' vectors; the
   article joins the active story with the highest cosine similarity if that
   is at least ``threshold`` and the story is *time compatible* (the article's
   date lies within ``window_days`` of the story's first..last date; undated
   articles or stories are compatible with anything). Otherwise it seeds a new
   story.
3. **Merge.** After each batch, the stories it touched are compared with all
   active stories; two time-compatible stories whose centroids reach
   ``merge_threshold`` merge, and so does a story of at most ``absorb_size``
   articles with a bigger one whose centroid reaches ``threshold`` against it;
   so do two stories whose members are on average similar enough
   (average link, ``centroid_a . centroid_b / (n_a n_b)`` >= ``merge_average``:
   one event told from two angles). The bigger story (then the older) keeps its id;
   the other is recorded in :attr:`merged_` so links to it can be redirected.
4. **Split.** A touched story of at least ``split_min_size`` members whose
   coherence (mean member-to-centroid cosine, which equals ``|c| / n`` for a
   sum-of-unit-vectors centroid, so it costs nothing to watch) falls under
   ``split_coherence`` is cut in two by spherical 2-means; the cut is kept when
   the halves' centroids are less similar than ``split_separation``. The
   bigger half keeps the id; the other half gets a new one.
5. **Freezing.** The stream clock is the latest date seen. Stories whose last
   date is more than ``window_days`` behind the clock are frozen: evicted from
   the active set for good (a second "earthquake" story a month later seeds a
   new story). Past ``max_active`` stories, the least recently touched ones
   are frozen too, which bounds memory for undated streams.

Memory is bounded by the active set: member vectors and centroids of active
stories, the document-frequency array (``n_features`` int32) and nothing that
grows with the whole stream. A process can continue another's work by
:meth:`StoryClusterer.restore` from the vectors it kept (see
:class:`newsbrief.store.Store`), because vectors are computed once, when the
article arrives, and centroids are exact sums of them.

Trade-off: hashing collisions (2**18 buckets) merge a few unrelated terms; at
news vocabulary sizes (~50k stems per million articles) they change cosines
by well under 0.01.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .._patterns import STOPWORDS
from ..features import content_terms, tokens
from ..model import Article

# --- defaults, each with its reason ------------------------------------------------

#: Cosine similarity (article to story centroid) needed to join a story.
#: Reports of one event by different outlets score 0.25-0.6 against each
#: other's centroid; same-kind different events (two earthquakes, two
#: rehab stays) mostly 0.1-0.25 once idf has seen a few hundred articles.
THRESHOLD = 0.22
#: Centroid-to-centroid cosine at which two stories are one event. Centroids
#: average away each article's own wording: two halves of one event's
#: coverage score 0.45-0.75, different events mostly under 0.35.
MERGE_THRESHOLD = 0.4
#: Mean member-to-member cosine (average link) at which two stories merge
#: even when their centroids stay under ``merge_threshold``. Centroid cosine
#: favours stories of like size and tight wording; two halves of a story
#: told from different angles (a disaster's toll and its aid appeal, a trial's
#: verdict and its reactions) have loose centroids, yet their members are
#: on average as similar as an event's articles are to each other (0.15-0.3),
#: while different events of one kind mostly average under 0.1. Measured on
#: the bench (3 seeds): multinews +0.009, multiling2011_en +0.031 BCubed F1,
#: basil -0.008, ecbplus -0.014 (its topics pair two look-alike events).
MERGE_AVERAGE = 0.15
#: A story this small (a lone article that seeded a story because nothing
#: was similar enough *yet*) joins a bigger story once that story's centroid
#: reaches ``threshold`` against it: the second chance that keeps arrival
#: order from splitting an event whose first articles differ most.
ABSORB_SIZE = 1
#: Days an event stays open after its last article. News events are
#: reported within days; a week bridges weekends and follow-ups while
#: keeping two "earthquake" stories a month apart apart.
WINDOW_DAYS = 7
#: Active stories kept for undated streams (least recently touched frozen
#: first). 5,000 stories with their members use ~50-100 MB.
MAX_ACTIVE = 5000
#: Hashed feature space (HashingVectorizer n_features).
N_FEATURES = 2**18
#: Title terms count this many times: the headline names the event.
TITLE_WEIGHT = 3
#: Capitalized phrases (names, places, organisations) count this many times.
ENTITY_WEIGHT = 1
#: Only the lead of the body is read: the event is in the first paragraphs,
#: background and boilerplate in the tail.
BODY_WORDS = 300
#: Smallest story that may be split, and the coherence under which it is tried.
SPLIT_MIN_SIZE = 4
SPLIT_COHERENCE = 0.4
#: Two halves are kept apart only when their centroids are less similar than this.
SPLIT_SEPARATION = 0.2
#: Member vectors kept in memory per active story (the most recent ones;
#: the centroid still sums them all). A split looks at these only: 30 recent
#: reports show a story drifting into two, and a long-running story's memory
#: stays flat.
MAX_MEMBERS = 30

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


#: token -> its content term ("" for a function word): content_terms() token
#: by token, cached, since stemming each token is the slow part of features
_TERMS: dict[str, str] = {}
_TERMS_MAX = 100_000


def _content_terms(text: str) -> list[str]:
    """Same as :func:`newsbrief.features.content_terms`, ~2x faster on a stream."""
    cache = _TERMS
    if len(cache) > _TERMS_MAX:
        cache.clear()
    out = []
    for t in tokens(text):
        term = cache.get(t)
        if term is None:
            found = content_terms(t)
            term = cache[t] = found[0] if len(found) == 1 else ""
        if term:
            out.append(term)
    return out


def story_id_for(article_id: str, salt: str = "") -> str:
    """A story id derived from its seed article (stable across processes)."""
    if not salt:
        return "s" + article_id[:16]
    return "s" + hashlib.blake2b(f"{article_id}\0{salt}".encode(), digest_size=8).hexdigest()


@dataclass
class Member:
    """One article inside an active story: id, day ordinal and its vector."""

    article_id: str
    day: float  # date ordinal, NaN when undated
    indices: np.ndarray  # int32 hashed feature ids, sorted
    values: np.ndarray  # float32 weights (unit vector)
    seq: int = 0  # arrival order


@dataclass
class StoryState:
    """An active story: its most recent members, the exact centroid (sum of
    all member vectors, also of members no longer kept in memory), dates."""

    id: str
    members: list[Member]
    c_idx: np.ndarray
    c_val: np.ndarray
    norm2: float
    first: float
    last: float
    touched: int = 0  # arrival seq of the last change (for LRU eviction)
    created: int = 0
    n: int = 1  # all members, kept or not

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


def _sum_sparse(parts_idx: Sequence[np.ndarray], parts_val: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    idx = np.concatenate(parts_idx)
    val = np.concatenate(parts_val).astype(np.float64)
    if idx.size == 0:
        return idx.astype(np.int32), val.astype(np.float32)
    uniq, inv = np.unique(idx, return_inverse=True)
    sums = np.bincount(inv, weights=val, minlength=uniq.size)
    return uniq.astype(np.int32), sums.astype(np.float32)


def _sparse_dot(ai: np.ndarray, av: np.ndarray, bi: np.ndarray, bv: np.ndarray) -> float:
    common, ia, ib = np.intersect1d(ai, bi, assume_unique=True, return_indices=True)
    if common.size == 0:
        return 0.0
    return float(np.dot(av[ia].astype(np.float64), bv[ib].astype(np.float64)))


def _day(d: dt.date | None) -> float:
    return float(d.toordinal()) if d is not None else math.nan


@dataclass
class StoryClusterer:
    """Incremental, time-window-aware event clustering of articles.

    Parameters are stored as given (cheap constructor); learned state ends in
    ``_`` and exists after the first :meth:`partial_fit`.

    Examples
    --------
    >>> from newsbrief.model import Article
    >>> arts = [Article(id=f"a{i}", raw_text=t, title=h) for i, (h, t) in enumerate([
    ...     ("Quake hits Chile", "A magnitude 8.8 earthquake struck central Chile on Saturday."),
    ...     ("Chile earthquake kills hundreds", "The earthquake in Chile killed hundreds, officials said."),
    ...     ("Parliament passes budget", "Lawmakers in Oslo approved the budget after a long debate.")])]
    >>> c = StoryClusterer(threshold=0.2).fit(arts)
    >>> c.labels_[0] == c.labels_[1] != c.labels_[2]
    True
    """

    threshold: float = THRESHOLD
    merge_threshold: float = MERGE_THRESHOLD
    window_days: int = WINDOW_DAYS
    max_active: int = MAX_ACTIVE
    n_features: int = N_FEATURES
    title_weight: int = TITLE_WEIGHT
    entity_weight: int = ENTITY_WEIGHT
    body_words: int = BODY_WORDS
    split_min_size: int = SPLIT_MIN_SIZE
    split_coherence: float = SPLIT_COHERENCE
    split_separation: float = SPLIT_SEPARATION
    absorb_size: int = ABSORB_SIZE
    max_members: int = MAX_MEMBERS
    merge_average: float = MERGE_AVERAGE

    # learned state (set by partial_fit / restore)
    stories_: dict[str, StoryState] = field(default=None, init=False, repr=False)  # type: ignore[assignment]
    df_: np.ndarray = field(default=None, init=False, repr=False)  # type: ignore[assignment]
    n_docs_: int = field(default=0, init=False, repr=False)
    clock_: float = field(default=math.nan, init=False, repr=False)
    seq_: int = field(default=0, init=False, repr=False)
    labels_: list[str] = field(default_factory=list, init=False, repr=False)
    vectors_: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list, init=False, repr=False)
    changes_: list[Change] = field(default_factory=list, init=False, repr=False)
    frozen_: list[str] = field(default_factory=list, init=False, repr=False)
    touched_: set[str] = field(default_factory=set, init=False, repr=False)
    _hasher: object = field(default=None, init=False, repr=False)

    # --- public API -------------------------------------------------------------

    def fit(self, articles: Iterable[Article], batch_size: int = 256) -> "StoryClusterer":
        """Forget everything, then learn the stream ``articles`` batch by batch.

        Afterwards :attr:`labels_` holds every article's story (in input order).
        """
        self._reset()
        ids: list[str] = []
        labels: list[str] = []
        batch: list[Article] = []

        def run() -> None:
            self.partial_fit(batch)
            for ch in self.changes_:
                if ch.kind == "merge":
                    labels[:] = [ch.target if s == ch.source else s for s in labels]
                else:
                    moved = set(ch.article_ids)
                    labels[:] = [ch.target if a in moved else s for s, a in zip(labels, ids)]
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

    def partial_fit(self, articles: Sequence[Article]) -> "StoryClusterer":
        """Add the next batch of the stream.

        Sets :attr:`labels_` (story id per article of this batch, after this
        batch's merges and splits), :attr:`vectors_` (each article's sparse
        vector, for the caller to keep), :attr:`changes_` (merges and splits
        that moved earlier articles), :attr:`frozen_` (stories evicted from the
        active set) and :attr:`touched_` (stories created or changed).
        """
        if self.stories_ is None:
            self._reset()
        self.changes_, self.frozen_, self.touched_ = [], [], set()
        articles = list(articles)
        if not articles:
            self.labels_, self.vectors_ = [], []
            return self
        X = self._vectorize(articles, learn=True)
        days = np.array([_day(a.date) for a in articles], dtype=np.float64)
        dated = days[~np.isnan(days)]
        if dated.size:
            top = float(dated.max())
            self.clock_ = top if math.isnan(self.clock_) else max(self.clock_, top)
        self._freeze_old()
        labels = self._assign(articles, X, days)
        self._merge()
        self._split()
        self._freeze_old()
        self._evict_lru()
        self.labels_ = labels  # final: this batch's merges and splits are applied
        self.vectors_ = [(X.indices[X.indptr[i]:X.indptr[i + 1]].astype(np.int32),
                          X.data[X.indptr[i]:X.indptr[i + 1]].astype(np.float32)) for i in range(X.shape[0])]
        return self

    def predict(self, articles: Sequence[Article]) -> list[str | None]:
        """The active story each article would join now, or ``None`` (no learning)."""
        self._check_fitted()
        articles = list(articles)
        if not articles or not self.stories_:
            return [None] * len(articles)
        X = self._vectorize(articles, learn=False)
        ids, C, norms, first, last = self._matrix()
        S = (X @ C.T).toarray()
        out: list[str | None] = []
        for i, art in enumerate(articles):
            sims = S[i] / norms
            sims[~self._compatible(_day(art.date), first, last)] = -1.0
            j = int(np.argmax(sims))
            out.append(ids[j] if sims[j] >= self.threshold else None)
        return out

    def restore(self, members: Iterable[tuple[str, str, dt.date | None, np.ndarray, np.ndarray]],
                df: np.ndarray | None, n_docs: int, clock: float, seq: int) -> "StoryClusterer":
        """Rebuild the active state from kept vectors:
        ``(story_id, article_id, date, indices, values)`` in arrival order."""
        self._reset()
        if df is not None:
            self.df_ = df.astype(np.int32, copy=True)
        self.n_docs_, self.clock_, self.seq_ = n_docs, clock, seq
        groups: dict[str, list[Member]] = {}
        for k, (sid, aid, date, idx, val) in enumerate(members):
            groups.setdefault(sid, []).append(Member(aid, _day(date), idx, val, k))
        for sid, mem in groups.items():
            st = self._new_story(sid, mem[0], created=mem[0].seq)
            st.members = mem
            self._recompute(st)
            st.touched = mem[-1].seq
            self._trim(st)
        return self

    # --- state ------------------------------------------------------------------

    def _reset(self) -> None:
        self.stories_ = {}
        self.df_ = np.zeros(self.n_features, dtype=np.int32)
        self.n_docs_ = 0
        self.clock_ = math.nan
        self.seq_ = 0
        self.labels_, self.vectors_, self.changes_, self.frozen_ = [], [], [], []
        self.touched_ = set()

    def _check_fitted(self) -> None:
        if self.stories_ is None:
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("StoryClusterer is not fitted yet; call fit or partial_fit first")

    # --- features -----------------------------------------------------------------

    def _tokens(self, art: Article) -> list[str]:
        title = art.title or ""
        body = art.body
        words = body.split()
        if len(words) > self.body_words:
            body = " ".join(words[: self.body_words])
        toks = _content_terms(body)
        if title:
            toks += _content_terms(title) * self.title_weight
        if self.entity_weight:
            ents = entity_phrases(title + "\n" + body)
            toks += ents * self.entity_weight
        return toks

    def _vectorize(self, articles: Sequence[Article], learn: bool):
        if self._hasher is None:
            from sklearn.feature_extraction.text import HashingVectorizer

            self._hasher = HashingVectorizer(
                n_features=self.n_features, analyzer=lambda toks: toks, alternate_sign=False, norm=None,
                dtype=np.float32,
            )
        X = self._hasher.transform([self._tokens(a) for a in articles]).tocsr()
        X.sum_duplicates()
        X.sort_indices()
        if learn:
            np.add.at(self.df_, X.indices, 1)
            self.n_docs_ += X.shape[0]
        n = max(self.n_docs_, 1)
        X.data = (1.0 + np.log(X.data)) * (np.log((1.0 + n) / (1.0 + self.df_[X.indices])) + 1.0)
        # L2-normalize rows
        sq = np.add.reduceat(X.data.astype(np.float64) ** 2, X.indptr[:-1]) if X.nnz else np.zeros(X.shape[0])
        row_nnz = np.diff(X.indptr)
        sq = np.where(row_nnz > 0, sq, 1.0)
        X.data = (X.data / np.repeat(np.sqrt(sq), row_nnz)).astype(np.float32)
        return X

    # --- assignment -----------------------------------------------------------------

    def _matrix(self):
        import scipy.sparse as sp

        ids = list(self.stories_)
        sts = [self.stories_[i] for i in ids]
        lengths = np.array([s.c_idx.size for s in sts], dtype=np.int64)
        indptr = np.zeros(len(sts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.concatenate([s.c_idx for s in sts]) if sts else np.zeros(0, np.int32)
        data = np.concatenate([s.c_val for s in sts]) if sts else np.zeros(0, np.float32)
        C = sp.csr_matrix((data, indices, indptr), shape=(len(sts), self.n_features))
        norms = np.sqrt(np.maximum(np.array([s.norm2 for s in sts], dtype=np.float64), 1e-12))
        first = np.array([s.first for s in sts], dtype=np.float64)
        last = np.array([s.last for s in sts], dtype=np.float64)
        return ids, C, norms, first, last

    def _compatible(self, day: float, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        if math.isnan(day):
            return np.ones(first.shape, dtype=bool)
        w = self.window_days
        with np.errstate(invalid="ignore"):
            ok = (day <= last + w) & (day >= first - w)
        return ok | np.isnan(first)

    def _assign(self, articles: Sequence[Article], X, days: np.ndarray) -> list[str]:
        B = len(articles)
        ids, C, _norms, first0, last0 = self._matrix()
        n0 = len(ids)
        # columns: the n0 active stories, then up to B new ones
        S = np.zeros((B, n0 + B), dtype=np.float64)
        if n0:
            S[:, :n0] = (X @ C.T).toarray()
        G = (X @ X.T).toarray().astype(np.float64)
        norm2 = np.concatenate([np.array([self.stories_[i].norm2 for i in ids], dtype=np.float64), np.zeros(B)])
        first = np.concatenate([first0, np.full(B, np.nan)])
        last = np.concatenate([last0, np.full(B, np.nan)])
        col_ids = list(ids)
        members_new: dict[int, list[int]] = {}
        labels_col = []
        for i, art in enumerate(articles):
            n = len(col_ids)
            sims = S[i, :n] / np.sqrt(np.maximum(norm2[:n], 1e-12))
            sims[~self._compatible(days[i], first[:n], last[:n])] = -1.0
            j = int(np.argmax(sims)) if n else -1
            if j < 0 or sims[j] < self.threshold:
                j = n
                col_ids.append(story_id_for(art.id) if story_id_for(art.id) not in self.stories_ else
                               story_id_for(art.id, str(self.seq_ + i)))
                norm2[j] = 0.0
            norm2[j] += 2.0 * S[i, j] + G[i, i]
            S[:, j] += G[:, i]
            d = days[i]
            if not math.isnan(d):
                first[j] = d if math.isnan(first[j]) else min(first[j], d)
                last[j] = d if math.isnan(last[j]) else max(last[j], d)
            members_new.setdefault(j, []).append(i)
            labels_col.append(j)
        # apply to the stories
        for j, rows in members_new.items():
            sid = col_ids[j]
            mem = [Member(articles[i].id, float(days[i]),
                          X.indices[X.indptr[i]:X.indptr[i + 1]].astype(np.int32),
                          X.data[X.indptr[i]:X.indptr[i + 1]].astype(np.float32), self.seq_ + i) for i in rows]
            st = self.stories_.get(sid)
            if st is None:
                st = self._new_story(sid, mem[0], created=self.seq_ + rows[0])
                mem = mem[1:]
            self._add_members(st, mem)
            st.touched = self.seq_ + rows[-1]
            self.touched_.add(sid)
        self.seq_ += B
        self._batch_labels = [col_ids[j] for j in labels_col]
        self._batch_ids = [a.id for a in articles]
        return self._batch_labels

    def _new_story(self, sid: str, m: Member, created: int) -> StoryState:
        st = StoryState(sid, [m], m.indices.copy(), m.values.copy(), float(np.dot(m.values, m.values)),
                        m.day, m.day, touched=created, created=created)
        self.stories_[sid] = st
        return st

    def _add_members(self, st: StoryState, mem: list[Member]) -> None:
        if not mem:
            return
        st.members.extend(mem)
        st.n += len(mem)
        st.c_idx, st.c_val = _sum_sparse([st.c_idx] + [m.indices for m in mem], [st.c_val] + [m.values for m in mem])
        st.norm2 = float(np.dot(st.c_val.astype(np.float64), st.c_val.astype(np.float64)))
        for m in mem:
            self._widen(st, m.day, m.day)
        self._trim(st)

    def _absorb(self, keep: StoryState, other: StoryState) -> None:
        """Merge ``other`` into ``keep``: centroids add, members interleave by arrival."""
        keep.c_idx, keep.c_val = _sum_sparse([keep.c_idx, other.c_idx], [keep.c_val, other.c_val])
        keep.norm2 = float(np.dot(keep.c_val.astype(np.float64), keep.c_val.astype(np.float64)))
        keep.n += other.n
        keep.members = sorted(keep.members + other.members, key=lambda m: m.seq)
        self._widen(keep, other.first, other.last)
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
        st.c_idx, st.c_val = _sum_sparse([m.indices for m in st.members], [m.values for m in st.members])
        st.norm2 = float(np.dot(st.c_val.astype(np.float64), st.c_val.astype(np.float64)))
        st.n = len(st.members)
        ds = [m.day for m in st.members if not math.isnan(m.day)]
        st.first = min(ds) if ds else math.nan
        st.last = max(ds) if ds else math.nan

    # --- merge, split, freeze ------------------------------------------------------------

    def _redirect(self, old: str, new: str) -> None:
        self._batch_labels[:] = [new if s == old else s for s in self._batch_labels]

    def _merge(self) -> None:
        touched = [s for s in self.touched_ if s in self.stories_]
        if not touched or len(self.stories_) < 2:
            return
        ids, C, norms, first, last = self._matrix()
        pos = {s: k for k, s in enumerate(ids)}
        rows = [pos[s] for s in touched]
        dots = (C[rows] @ C.T).toarray()
        sims = dots / norms[rows][:, None] / norms[None, :]
        if self.merge_average:
            # average-link: the mean cosine between the two stories' members
            # (centroids are sums of unit vectors, so it is dot / (n_a n_b))
            size = np.array([self.stories_[i].n for i in ids], dtype=np.float64)
            avg = dots / size[rows][:, None] / size[None, :]
            # such a pair counts as a merge, ranked (best pairs merge first) by its average link
            sims = np.where(avg >= self.merge_average, np.maximum(sims, self.merge_threshold + avg), sims)
        pairs = []
        for r, k in enumerate(rows):
            sims[r, k] = -1.0
            for j in np.nonzero(sims[r] >= min(self.merge_threshold, self.threshold))[0]:
                a, b = self.stories_[ids[k]], self.stories_[ids[j]]
                small, big = sorted((a.size, b.size))
                if sims[r, j] < self.merge_threshold and not (small <= self.absorb_size < big):
                    continue
                if self._intervals_compatible(a, b):
                    pairs.append((float(sims[r, j]), ids[k], ids[j]))
        pairs.sort(reverse=True)
        gone: set[str] = set()
        for _sim, x, y in pairs:
            if x in gone or y in gone:
                continue
            a, b = self.stories_[x], self.stories_[y]
            keep, absorb = (a, b) if (a.size, -a.created) >= (b.size, -b.created) else (b, a)
            self._absorb(keep, absorb)
            del self.stories_[absorb.id]
            gone.add(absorb.id)
            self.touched_.discard(absorb.id)
            self.touched_.add(keep.id)
            self.changes_.append(Change("merge", absorb.id, keep.id))
            self._redirect(absorb.id, keep.id)

    def _intervals_compatible(self, a: StoryState, b: StoryState) -> bool:
        if math.isnan(a.first) or math.isnan(b.first):
            return True
        w = self.window_days
        return a.first - w <= b.last and b.first - w <= a.last

    def _split(self) -> None:
        for sid in list(self.touched_):
            st = self.stories_.get(sid)
            if st is None or st.size < self.split_min_size or st.coherence >= self.split_coherence:
                continue
            parts = self._two_means(st)
            if parts is None:
                continue
            a, b = parts
            # members no longer kept in memory are old: they stay with the first half
            dropped = st.n - len(st.members)
            keep_m, move_m = (a, b) if (len(a) + dropped, -min(m.seq for m in a)) >= (len(b), -min(m.seq for m in b)) else (b, a)
            seed = min(move_m, key=lambda m: m.seq)
            new_id = story_id_for(seed.article_id, salt=f"split:{sid}")
            if new_id in self.stories_:
                continue
            moved = sorted(move_m, key=lambda m: m.seq)
            if dropped:
                neg = [-m.values for m in moved]
                st.c_idx, st.c_val = _sum_sparse([st.c_idx] + [m.indices for m in moved], [st.c_val] + neg)
                keep = np.abs(st.c_val) > 1e-6
                st.c_idx, st.c_val = st.c_idx[keep], st.c_val[keep]
                st.norm2 = float(np.dot(st.c_val.astype(np.float64), st.c_val.astype(np.float64)))
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

    def _two_means(self, st: StoryState, iters: int = 8):
        import scipy.sparse as sp

        mem = st.members
        n = len(mem)
        lengths = np.array([m.indices.size for m in mem])
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        M = sp.csr_matrix((np.concatenate([m.values for m in mem]), np.concatenate([m.indices for m in mem]), indptr),
                          shape=(n, self.n_features))
        G = (M @ M.T).toarray()
        # seeds: the member least like the centroid, and the member least like that one
        to_c = G.sum(axis=1)
        s1 = int(np.argmin(to_c))
        s2 = int(np.argmin(G[s1]))
        if s1 == s2:
            return None
        assign = (G[:, s2] > G[:, s1]).astype(int)
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
        cross = G[np.ix_(A, Bm)].sum() / math.sqrt(G[np.ix_(A, A)].sum() * G[np.ix_(Bm, Bm)].sum())
        if cross >= self.split_separation:
            return None
        return [m for m, k in zip(mem, assign) if k == 0], [m for m, k in zip(mem, assign) if k == 1]

    def _freeze_old(self) -> None:
        if math.isnan(self.clock_):
            return
        horizon = self.clock_ - self.window_days
        for sid in [s for s, st in self.stories_.items() if not math.isnan(st.last) and st.last < horizon]:
            del self.stories_[sid]
            self.frozen_.append(sid)

    def _evict_lru(self) -> None:
        extra = len(self.stories_) - self.max_active
        if extra <= 0:
            return
        for sid in sorted(self.stories_, key=lambda s: self.stories_[s].touched)[:extra]:
            del self.stories_[sid]
            self.frozen_.append(sid)


__all__ = ["Change", "StoryClusterer", "entity_phrases", "story_id_for"]
