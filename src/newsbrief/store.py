"""The embedded story store: one SQLite file (WAL mode) holding articles,
their near-duplicate links, the stories they are grouped into, and the state
that lets another process continue the stream incrementally.

>>> from newsbrief.store import Store
>>> with Store("news.sqlite3") as store:                  # doctest: +SKIP
...     result = store.add(articles)                     # dedup + cluster
...     for story in store.stories(since=date(2020, 1, 14)):
...         print(story.title, story.size)

Durability
----------
Articles are added in batches; each batch is one transaction holding the
articles, their MinHash signatures and clustering vectors, their story
assignments and the clustering state (one versioned blob,
:meth:`newsbrief.stream.model.ArticleClusterer.get_state`). A process killed
mid-ingest therefore loses at most the batch in flight, never leaves half of
one behind, and a new process resumes from the last committed state. ``synchronous=NORMAL`` in WAL
mode survives process crashes; an OS crash or power loss may lose the last
committed batches (but never corrupts the file).

Schema versions
---------------
``PRAGMA user_version`` holds the schema version; :data:`MIGRATIONS` are
ordered functions, migration *n* taking a version *n-1* file to version *n*
inside one transaction. Version 1 kept articles and stories only; version 2
adds the signatures, vectors and clustering state, and marks the store for a
rebuild: the first open re-deduplicates and re-clusters the existing articles
in their arrival order. Version 3 stores each article's vector as one opaque
blob of its representation and the clustering state as one versioned blob
(state key ``model``), so neither the schema nor the clusterer changes with
the representation; a version 2 file is converted in place (stories kept).
Version 4 records whether an article's date was found in its text
(``date_from_text``: weaker evidence for the clusterer than a publication date).
Version 5 adds ``article_categories`` (the categories of the feeds an article
came from); a story's categories are the union of its articles', computed
when read, so merges and splits need no bookkeeping.
Version 6 adds storylines (:mod:`newsbrief.stream.storyline`): ``storylines``
(id, merge redirect, whether still matched) and ``story_storylines`` (each
story's storyline). A store of an older version gets its storylines on the
next ingest, from its stories in arrival order (stories and their ids kept).
A file newer than this code is refused (:class:`~newsbrief.errors.StoreError`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .config import Settings, default_store_path
from .dates import date_argument, parse_date
from .clean import page_note
from .errors import (
    NotFoundError,
    PageNoteError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreVersionError,
)
from .headline import HeadlineCache, story_titles
from .ingest import ArticleInput, ReadReport, content_key, given_id, head_dates, read_inputs, renamed_id
from .model import Article, Story, Storyline, label_unnamed, outlet_names

#: Articles per transaction: big enough to amortize commits and the batched
#: clustering (one sparse product per batch), small enough that a kill loses
#: little work (~0.3 s of ingest).
BATCH_SIZE = 256
#: Most recent signatures kept in memory for near-duplicate detection (besides
#: ``dedup.horizon_days`` and ``dedup.undated_horizon``). Reprints follow their
#: original within days; 20,000 articles is a few days of a large feed set and
#: ~30 MB.
DEDUP_WINDOW = 20_000


# --- schema and migrations ------------------------------------------------------------


def _v1(conn: sqlite3.Connection) -> None:
    """Version 1: articles and stories."""
    _script(
        conn,
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,            -- arrival order
            id TEXT NOT NULL UNIQUE,            -- content hash (Article.make_id)
            title TEXT,
            text TEXT NOT NULL,                 -- the body as read
            source TEXT,
            url TEXT,
            date TEXT,                          -- ISO day or NULL
            path TEXT,
            ingested_at TEXT NOT NULL,
            duplicate_of TEXT,
            story_id TEXT
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_date ON articles(date);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT,
            last_seen TEXT
        );
        """
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Version 2: dedup signatures, clustering vectors and state; story
    outlets, activity and merge redirects. Existing articles are re-clustered."""
    _script(
        conn,
        """
        ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE stories ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE stories ADD COLUMN merged_into TEXT;
        ALTER TABLE stories ADD COLUMN updated_at TEXT;
        CREATE INDEX stories_last ON stories(last_seen);
        CREATE INDEX articles_duplicate ON articles(duplicate_of);
        CREATE TABLE signatures (article_id TEXT PRIMARY KEY, minhash BLOB NOT NULL);
        CREATE TABLE vectors (article_id TEXT PRIMARY KEY, indices BLOB NOT NULL, vals BLOB NOT NULL);
        CREATE TABLE state (key TEXT PRIMARY KEY, value);
        """
    )
    has_articles = conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]
    if has_articles:
        conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('rebuild', 1)")


def _v3(conn: sqlite3.Connection) -> None:
    """Version 3: one opaque vector blob per article (the representation's
    bytes) and the clustering state as one versioned blob under ``model``,
    converted from version 2's sparse ``indices``/``vals`` columns and its
    ``df``, ``n_docs``, ``clock`` and ``seq`` keys (hashed TF-IDF, default
    parameters: version 2 could not record others)."""
    from .stream.model import STATE_VERSION, state_to_bytes
    from .stream.vectorize import HashedTfidfVectorizer

    _script(conn, "CREATE TABLE vectors_v3 (article_id TEXT PRIMARY KEY, vector BLOB NOT NULL)")
    rows = conn.execute("SELECT article_id, indices, vals FROM vectors")
    while chunk := rows.fetchmany(1000):
        conn.executemany("INSERT INTO vectors_v3(article_id, vector) VALUES (?, ?)",
                         [(aid, bytes(ib) + bytes(vb)) for aid, ib, vb in chunk])
    _script(conn, "DROP TABLE vectors; ALTER TABLE vectors_v3 RENAME TO vectors")
    old = dict(conn.execute("SELECT key, value FROM state WHERE key IN ('df', 'n_docs', 'clock', 'seq')").fetchall())
    if "df" in old:
        df = np.frombuffer(zlib.decompress(old["df"]), dtype="<i4").astype(np.int32)
        # version 2 weighed terms by the stream's counts alone: its vectors were made without a background
        vectorizer = HashedTfidfVectorizer(n_features=df.size, background_docs=0)
        vectorizer.df_, vectorizer.n_docs_ = df, int(old.get("n_docs") or 0)
        clock = old.get("clock")
        state = {"version": STATE_VERSION, "representation": vectorizer.name, "vectorizer": vectorizer.get_state(),
                 "clusterer": {"kind": "sparse", "dim": df.size, "clock": None if clock is None else float(clock),
                               "seq": int(old.get("seq") or 0)}}
        conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('model', ?)", (state_to_bytes(state),))
    conn.execute("DELETE FROM state WHERE key IN ('df', 'n_docs', 'clock', 'seq')")


def _v4(conn: sqlite3.Connection) -> None:
    """Version 4: whether an article's date was found in its text rather than
    given as publication metadata (the clusterer trusts it less). Existing
    articles count as dated by metadata, as version 3 treated them."""
    _script(conn, "ALTER TABLE articles ADD COLUMN date_from_text INTEGER NOT NULL DEFAULT 0")


def _v5(conn: sqlite3.Connection) -> None:
    """Version 5: article categories (from the feeds that listed the article)."""
    _script(conn, """
        CREATE TABLE article_categories (
            article_id TEXT NOT NULL,
            category TEXT NOT NULL,
            PRIMARY KEY (article_id, category)
        ) WITHOUT ROWID;
        CREATE INDEX article_categories_category ON article_categories(category, article_id)
        """)


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one (``executescript`` would commit the migration's transaction)."""
    for stmt in sql.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def _v6(conn: sqlite3.Connection) -> None:
    """Version 6: storylines (stories linked into long-running topics) and each story's storyline."""
    _script(conn, """
        CREATE TABLE storylines (
            id TEXT PRIMARY KEY,
            active INTEGER NOT NULL DEFAULT 1,  -- still matched against new stories
            merged_into TEXT,
            updated_at TEXT
        );
        CREATE TABLE story_storylines (
            story_id TEXT PRIMARY KEY,
            storyline_id TEXT NOT NULL
        );
        CREATE INDEX story_storylines_line ON story_storylines(storyline_id)
        """)


def _v7(conn: sqlite3.Connection) -> None:
    """Version 7: no schema change; each story's outlets recounted as its page counts them
    (:func:`~newsbrief.model.outlet_names`: an article whose outlet nothing names counts once, as "unknown outlet [N]")."""
    for (sid,) in conn.execute("SELECT id FROM stories").fetchall():
        conn.execute("UPDATE stories SET outlets = ? WHERE id = ?", (json.dumps(_story_outlets(conn, sid)), sid))


def _story_outlets(conn: sqlite3.Connection, sid: str, rows: list | None = None) -> list[str]:
    """A story's outlets as its page counts them: its articles in the page's order
    (:meth:`Store.story_articles`), unnamed ones labelled "unknown outlet [N]" (:func:`~newsbrief.model.outlet_names`).
    ``rows``: the story's article rows in ``seq`` order, when the caller has them."""
    if rows is None:
        rows = conn.execute(
            "SELECT id, title, text, source, url, date, path, duplicate_of, date_from_text FROM articles "
            "WHERE story_id = ? ORDER BY seq", (sid,)).fetchall()
    rows = sorted(rows, key=lambda r: (r[5] is None, r[5] or ""))  # the page's order; stable: seq within a date
    arts = [_article(r) for r in rows]
    label_unnamed(arts)
    return outlet_names(arts)


#: Ordered migrations: ``MIGRATIONS[n-1]`` takes a version n-1 file to version n.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the file to schema ``target``; return the version it had.

    Each step re-reads the version inside its write transaction, so processes
    opening one new file at once migrate it once: the others wait for the
    lock, then find the step done."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreVersionError(f"store schema version {version} is newer than this newsbrief ({SCHEMA_VERSION}); "
                                "upgrade newsbrief to read it")
    for n in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] >= n:  # another process did it meanwhile
                conn.execute("COMMIT")
                continue
            MIGRATIONS[n - 1](conn)
            conn.execute(f"PRAGMA user_version = {n}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                conn.execute("ROLLBACK")
            raise
    return version


# --- results ------------------------------------------------------------------------


@dataclass
class IngestResult:
    """What :meth:`Store.add` did."""

    ingested: int = 0
    #: already in the store (same id), or given twice
    already_stored: int = 0
    #: stored, but linked to an original as a near-duplicate
    near_duplicates: int = 0
    #: (file or input, reason) for inputs that could not be read
    skipped: list[tuple[str, str]] = field(default_factory=list)
    stories_created: int = 0
    merges: int = 0
    splits: int = 0

    @property
    def duplicates(self) -> int:
        return self.already_stored + self.near_duplicates

    def to_dict(self) -> dict:
        return {
            "ingested": self.ingested,
            "already_stored": self.already_stored,
            "near_duplicates": self.near_duplicates,
            "skipped": [{"input": w, "reason": r} for w, r in self.skipped],
            "stories_created": self.stories_created,
            "merges": self.merges,
            "splits": self.splits,
        }

    def summary(self) -> str:
        parts = [
            f"ingested {self.ingested} article{'s' if self.ingested != 1 else ''}"
            f" ({self.near_duplicates} near-duplicate{'s' if self.near_duplicates != 1 else ''} linked to their original)",
            f"{self.already_stored} already stored",
            f"{len(self.skipped)} skipped",
            f"{self.stories_created} new stor{'ies' if self.stories_created != 1 else 'y'}",
        ]
        line = ", ".join(parts)
        if self.skipped:
            reasons: dict[str, int] = {}
            for _w, r in self.skipped:
                kind = re.split(r" \(|; ", r, maxsplit=1)[0]  # "text does not look English (7% ...)" -> its kind
                reasons[kind] = reasons.get(kind, 0) + 1
            line += " (" + "; ".join(f"{r}: {n}" for r, n in sorted(reasons.items(), key=lambda x: -x[1])) + ")"
        return line


# --- the store ------------------------------------------------------------------------


def _dedup_day(d: dt.date | None) -> float | None:
    """The near-duplicate window's day number of a publication date (None: the article has none)."""
    return float(d.toordinal()) if d is not None else None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def sqlite_error(err: sqlite3.Error, path: str | os.PathLike[str]) -> StoreError:
    """A SQLite failure as the store error a user can act on (the file named, a stable code)."""
    text = str(err).lower()
    if "not a database" in text and not _has_sqlite_header(path):
        return StoreError("not a newsbrief store (not an SQLite file); newsbrief leaves it as it is: "
                          "give --store a new file name", path=str(path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreCorruptError(
            f"the store file is damaged ({err}); newsbrief leaves it as it is: `newsbrief store check --store {path}` "
            f"lists the damage, `newsbrief store repair --store {path}` copies what can be read to a new file beside it",
            path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreReadOnlyError(f"the store cannot be written ({err}): check the file's and its folder's "
                                  "permissions, or use --store with a writable file", path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return StoreFullError(f"the disk is full ({err}): the batch being written was rolled back; what was "
                              "committed before it is kept", path=str(path))
    if "locked" in text or "busy" in text:
        return StoreError(f"the store stayed locked by another process for too long ({err}); retry", path=str(path))
    return StoreError(f"store failure: {err}", path=str(path))


#: How long opening a store waits for another process that holds it while switching the file to write-ahead logging.
WAL_SWITCH_WAIT_SECONDS = 30.0


def _journal_wal(conn: sqlite3.Connection, wait: float = WAL_SWITCH_WAIT_SECONDS) -> None:
    """Put the store in write-ahead-log mode. Switching needs the file to itself, and SQLite answers "database is
    locked" at once, without its busy timeout, while another process opens or writes the same new file (two
    ``newsbrief ingest`` started together on one store: about 1 open in 30 failed so). So the switch is retried, a
    little later each time, for up to ``wait`` seconds; a file already in WAL mode (what the other process just did)
    answers at once."""
    deadline = time.monotonic() + wait
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            text = str(err).lower()
            if ("locked" not in text and "busy" not in text) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _has_sqlite_header(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _sqlite_errors(method):
    """Map SQLite errors raised by a Store method (or generator method) to :func:`sqlite_error`."""
    import functools
    import inspect

    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def gen(self, *args, **kwargs):
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.Error as err:
                raise sqlite_error(err, self.file) from None
        return gen

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as err:
            raise sqlite_error(err, self.file) from None
    return call


class Store:
    """A story store in one SQLite file.

    The constructor only records its arguments; the file is opened (and
    created or migrated) by :meth:`open`, on entering a ``with`` block, or
    on first use.

    Parameters
    ----------
    path
        The SQLite file; default :func:`newsbrief.config.default_store_path`
        (``$NEWSBRIEF_STORE`` or the user data directory).
    settings
        Thresholds; ``settings.store.path`` is used when ``path`` is None.
    model
        The :class:`~newsbrief.stream.model.ArticleClusterer` that groups
        articles into stories (hashed TF-IDF, clustered with
        ``settings.cluster``, when None). Its learned state is loaded from the
        file on open.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, settings: Settings | None = None,
                 model=None, batch_size: int = BATCH_SIZE, dedup_window: int = DEDUP_WINDOW):
        self.path = path
        self.settings = settings or Settings()
        self.model = model
        self.batch_size = batch_size
        self.dedup_window = dedup_window
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._dedup = None
        self._linker = None
        self._generation = -1  # state generation the in-memory indexes reflect
        self._headlines = HeadlineCache()  # per-article title features: a story's title refresh reads only its new articles

    # --- lifecycle ----------------------------------------------------------------

    @property
    def file(self) -> Path:
        if self.path is not None:
            return Path(self.path)
        s = self.settings
        return Path(s.store.path) if s.store.path else default_store_path()

    def open(self) -> "Store":
        """Open (creating or migrating) the file. Returns ``self``."""
        with self._lock:
            if self._conn is not None:
                return self
            path = self.file
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30.0)
            except (OSError, sqlite3.Error) as err:
                raise StoreError(f"cannot open store: {err}", path=str(path)) from None
            try:
                _journal_wal(conn)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA busy_timeout=30000")
                migrate(conn)
            except sqlite3.Error as err:
                conn.close()
                raise sqlite_error(err, path) from None
            except StoreVersionError as err:  # migrate() does not know the file's name
                conn.close()
                raise StoreVersionError(err.message, path=str(path)) from None
            except BaseException:
                conn.close()
                raise
            self._conn = conn
            if self._state("rebuild"):
                self.rebuild()
            return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
                self._dedup = None
                self._generation = -1

    def __enter__(self) -> "Store":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.file)!r})"

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.open()
        assert self._conn is not None
        return self._conn

    # --- state --------------------------------------------------------------------

    def _state(self, key: str, default=None):
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_state(self, key: str, value) -> None:
        self.conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))

    def _model(self):
        from .stream.model import ArticleClusterer

        if self.model is None:
            self.model = ArticleClusterer.from_settings(self.settings.cluster)
        return self.model

    def _load(self) -> None:
        """(Re)build the in-memory dedup index and active stories from the file."""
        from .stream.dedup import DuplicateIndex, Signature

        conn = self.conn
        d = self.settings.dedup
        dedup = DuplicateIndex(threshold=d.threshold, max_size=self.dedup_window, min_shingles=d.min_shingles,
                               max_shingles=d.max_shingles, min_content_share=d.min_content_share,
                               horizon_days=d.horizon_days or None, undated_horizon=d.undated_horizon or None)
        rows = conn.execute(
            "SELECT s.article_id, s.minhash, a.date, a.date_from_text FROM signatures s "
            "JOIN articles a ON a.id = s.article_id ORDER BY a.seq DESC LIMIT ?", (self.dedup_window,)
        ).fetchall()
        for aid, blob, date, from_text in reversed(rows):  # (undated ones counted from the restart)
            dedup.add_signature(aid, Signature.from_bytes(blob), check=False,
                                day=_dedup_day(None if from_text else parse_date(date)))
        self._dedup = dedup

        model = self._model()
        blob = self._state("model")
        if blob is None:
            model.reset()
        else:
            from .stream.model import state_from_bytes

            members = (
                (sid, aid, parse_date(date), bool(from_text), vector)
                for sid, aid, date, from_text, vector in conn.execute(
                    "SELECT a.story_id, a.id, a.date, a.date_from_text, v.vector FROM articles a "
                    "JOIN vectors v ON v.article_id = a.id JOIN stories s ON s.id = a.story_id "
                    "WHERE s.active = 1 ORDER BY a.seq"
                )
            )
            try:
                model.set_state(state_from_bytes(blob), members)
            except ValueError as err:
                raise StoreError(f"cannot continue the store's clustering: {err}", path=str(self.file)) from None
        self._load_storylines()
        self._generation = int(self._state("generation", 0))

    # --- adding articles --------------------------------------------------------------

    def add(self, articles: Iterable[Article | ArticleInput], report: ReadReport | None = None) -> IngestResult:
        """Add articles (idempotent), link near-duplicates, cluster into stories.

        ``articles`` may be :class:`Article` s or anything
        :func:`newsbrief.ingest.read_inputs` reads (paths, dicts, text); inputs
        that cannot be read are skipped and listed in ``result.skipped``
        (and in ``report`` when given).
        """
        result = IngestResult()
        for _ in self.add_iter(articles, report=report, result=result):
            pass
        return result

    @_sqlite_errors
    def add_iter(self, articles: Iterable[Article | ArticleInput], report: ReadReport | None = None,
                 result: IngestResult | None = None) -> Iterator[IngestResult]:
        """Like :meth:`add`, yielding the running result after each committed batch."""
        result = result if result is not None else IngestResult()
        report = report if report is not None else ReadReport()
        settings = self.settings
        n_skipped = len(report.skipped)
        batch: list[Article] = []

        for art in read_inputs(articles, settings, report):
            batch.append(art)
            if len(batch) >= self.batch_size:
                self._add_batch(batch, result, report)
                batch = []
                result.skipped = list(report.skipped[n_skipped:])
                yield result
        if batch:
            self._add_batch(batch, result, report)
        result.skipped = list(report.skipped[n_skipped:])
        yield result

    def _add_batch(self, batch: Sequence[Article], result: IngestResult, report: ReadReport | None = None) -> None:
        with self._lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._dedup is None or int(self._state("generation", 0)) != self._generation:
                    self._load()  # another process wrote since we loaded
                self._insert_batch(batch, result, report)
                conn.execute("COMMIT")
            except BaseException:
                try:
                    if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                        conn.execute("ROLLBACK")
                finally:
                    self._dedup = None  # in-memory indexes may be ahead of the file: reload
                    self._generation = -1
                raise

    def _select_in(self, sql: str, ids: Sequence[str]) -> Iterator[tuple]:
        """Rows of ``sql`` run over ``ids`` in chunks of 500 (SQLite's bound-parameter limit): ``{ids}`` in
        ``sql`` stands for the chunk's placeholders."""
        for k in range(0, len(ids), 500):
            chunk = list(ids[k : k + 500])
            yield from self.conn.execute(sql.format(ids=",".join("?" * len(chunk))), chunk)

    def _stories_from_rows(self, rows: Sequence[tuple]) -> list[Story]:
        """Stories of ``(id, title, first_seen, last_seen, outlets)`` rows, with their members and categories."""
        ids = [r[0] for r in rows]
        members, cats = self._members(ids), self._categories(ids)
        return [Story(id=r[0], title=r[1] or "", article_ids=members.get(r[0], []), outlets=json.loads(r[4] or "[]"),
                      first_seen=parse_date(r[2]), last_seen=parse_date(r[3]), categories=cats.get(r[0], []))
                for r in rows]

    def _stored_keys(self, ids: Sequence[str]) -> dict[str, str]:
        """Content key (:func:`~newsbrief.ingest.content_key`) of each of ``ids`` that is stored."""
        return {aid: Article.make_id(text, title, url) for aid, text, title, url in
                self._select_in("SELECT id, text, title, url FROM articles WHERE id IN ({ids})", ids)}

    def _insert_batch(self, batch: Sequence[Article], result: IngestResult, report: ReadReport | None = None) -> None:
        from .stream.dedup import signature, signature_words
        from .stream.model import state_to_bytes

        conn = self.conn
        # 1. already stored, or repeated within the batch; a stored id given to
        #    different content is the user's id reused: this article gets a new id
        known = self._stored_keys([i for a in batch for i in {a.id, given_id(a)}])
        for a in batch:
            key, given = content_key(a), given_id(a)
            if given in known:
                a.id = given if known[given] == key else renamed_id(a)
        known.update(self._stored_keys([a.id for a in batch if a.id not in known]))
        fresh: list[Article] = []
        seen: set[str] = set()
        for a in batch:
            if a.id in known or a.id in seen:
                result.already_stored += 1
                continue
            seen.add(a.id)
            fresh.append(a)
        # a page's note is no article (``ingest.skip_page_notes``): skipped; the content words found here are
        # the ones the near-duplicate signature below reads
        max_shingles = self.settings.dedup.max_shingles
        words = {a.id: signature_words(a.raw_text, max_shingles) for a in fresh}
        if self.settings.ingest.skip_page_notes:
            notes = {a.id: note for a in fresh if (note := page_note(a.raw_text, words[a.id][0]))}
            copies = [a for a in batch if a.id in notes and not any(a is b for b in fresh)]
            result.already_stored -= len(copies)  # a copy of a note within the batch is skipped too, not stored
            for a in [*fresh, *copies]:
                if a.id in notes:
                    err = PageNoteError(notes[a.id], path=a.path or a.url or a.id, line=a.line if a.path else None)
                    if report is not None:
                        report.skip(err)
                    else:
                        result.skipped.append((err.where or "<input>", err.message))
            if notes:
                fresh = [a for a in fresh if a.id not in notes]
                batch = [a for a in batch if a.id not in notes]
        # categories: of new articles, and new ones of an article read again (listed by another feed)
        conn.executemany("INSERT OR IGNORE INTO article_categories(article_id, category) VALUES (?, ?)",
                         [(a.id, c) for a in batch for c in a.categories])
        if not fresh:
            return
        # 2. near-duplicates: link to the earliest copy still in the window (the link says
        #    "not an independent source"; the story is the clusterer's call, as for any article)
        assert self._dedup is not None
        sigs = {}
        min_shingles = self.settings.dedup.min_shingles
        for a in fresh:
            sig = signature(a.raw_text, min_shingles=min_shingles, max_shingles=max_shingles,
                            min_content_share=self.settings.dedup.min_content_share, words=words[a.id])
            original = self._dedup.add_signature(a.id, sig, day=_dedup_day(None if a.date_from_text else a.date))
            if original is not None and original != a.id:
                a.duplicate_of = original
                result.near_duplicates += 1
            else:
                a.duplicate_of = None
                sigs[a.id] = sig
        # 3. cluster every new article
        model = self._model()
        model.partial_fit(fresh)
        clusterer = model.clusterer
        story_of = dict(zip((a.id for a in fresh), model.labels_))
        now = _now()
        conn.executemany(
            "INSERT INTO articles(id, title, text, source, url, date, date_from_text, path, ingested_at, duplicate_of, "
            "story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a.id, a.title, a.raw_text, a.source, a.url, _iso(a.date), int(a.date_from_text), a.path, now,
              a.duplicate_of, story_of.get(a.id)) for a in fresh],
        )
        conn.executemany("INSERT OR REPLACE INTO signatures(article_id, minhash) VALUES (?, ?)",
                         [(aid, s.to_bytes()) for aid, s in sigs.items()])
        conn.executemany(
            "INSERT OR REPLACE INTO vectors(article_id, vector) VALUES (?, ?)",
            [(a.id, blob) for a, blob in zip(fresh, model.vector_bytes())],
        )
        # 4. merges and splits move earlier articles
        touched = set(clusterer.touched_)
        for ch in clusterer.changes_:
            if ch.kind == "merge":
                conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (ch.target, ch.source))
                conn.execute("UPDATE stories SET merged_into = ?, active = 0, size = 0, updated_at = ? WHERE id = ?",
                             (ch.target, now, ch.source))
                conn.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (ch.target, ch.source))
                result.merges += 1
            else:
                moved = list(ch.article_ids)
                for k in range(0, len(moved), 400):
                    chunk = moved[k : k + 400]
                    q = ",".join("?" * len(chunk))
                    conn.execute(f"UPDATE articles SET story_id = ? WHERE id IN ({q})", [ch.target, *chunk])
                result.splits += 1
            touched.update((ch.source, ch.target))
        # 5. story rows
        # (only the touched ids: reading every story id made each batch's time and memory grow with the store)
        existing = {r[0] for r in self._select_in("SELECT id FROM stories WHERE id IN ({ids})", sorted(touched))}
        merged_away = {ch.source for ch in clusterer.changes_ if ch.kind == "merge"}
        active_ids = set(clusterer.stories_)
        def refreshed():  # each story's row written, then its articles for its title
            for sid in touched - merged_away:
                if sid not in existing:
                    result.stories_created += 1
                articles = self._refresh_story(sid, active=sid in active_ids, now=now)
                if articles:
                    yield sid, articles

        # (titles made together: the opening sentences they parse are parsed in batches, ~3x less CPU)
        titles = story_titles(refreshed(), self.settings, self._headlines)
        conn.executemany("UPDATE stories SET title = ? WHERE id = ?", [(t, sid) for sid, t in titles.items()])
        if clusterer.frozen_:
            conn.executemany("UPDATE stories SET active = 0 WHERE id = ?", [(s,) for s in clusterer.frozen_])
        # 6. storylines
        self._link_storylines(fresh, list(model.labels_), model.vectors_, clusterer.changes_, now)
        if clusterer.frozen_:  # a frozen story never changes again: its storyline need not know it
            self._linker.forget_stories(clusterer.frozen_)
        # 7. clustering state
        # (the active stories are the stored vectors of their articles: not repeated in the blob)
        self._set_state("model", state_to_bytes(model.get_state(stories=False)))
        self._generation = int(self._state("generation", 0)) + 1
        self._set_state("generation", self._generation)
        result.ingested += len(fresh)

    def _refresh_story(self, sid: str, active: bool, now: str) -> list[Article]:
        """Write story ``sid``'s row from its articles (deleted when it has none) and return them; its title is
        left as it is (None for a new story) for the caller to set: a batch's titles are made together
        (:func:`~newsbrief.headline.story_titles`), in the batch's transaction."""
        rows = self.conn.execute(
            "SELECT id, title, text, source, url, date, path, duplicate_of, date_from_text FROM articles "
            "WHERE story_id = ? ORDER BY seq",
            (sid,),
        ).fetchall()
        if not rows:
            self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            return []
        dates = [r[5] for r in rows if r[5]]
        outlets = _story_outlets(self.conn, sid, rows)
        self.conn.execute(
            "INSERT INTO stories(id, title, size, first_seen, last_seen, outlets, active, merged_into, updated_at) "
            "VALUES (?, NULL, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT(id) DO UPDATE SET "
            "size = excluded.size, first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
            "outlets = excluded.outlets, active = excluded.active, merged_into = NULL, updated_at = excluded.updated_at",
            (sid, len(rows), min(dates) if dates else None, max(dates) if dates else None,
             json.dumps(list(outlets)), int(active), now),
        )
        return [_article(r) for r in rows]

    @_sqlite_errors
    def add_categories(self, categories: dict[str, Iterable[str]]) -> None:
        """Add categories to stored articles (article id -> categories); unknown ids are ignored."""
        rows = [(aid, c) for aid, cats in categories.items() for c in cats]
        if not rows:
            return
        with self._lock:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("INSERT OR IGNORE INTO article_categories(article_id, category) SELECT ?, ? "
                                 "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)", rows)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @_sqlite_errors
    def categories(self) -> dict[str, int]:
        """Category -> number of stories carrying it, most stories first."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT c.category, count(DISTINCT a.story_id) AS n FROM article_categories c "
                "JOIN articles a ON a.id = c.article_id GROUP BY c.category ORDER BY n DESC, c.category").fetchall()
        return dict(rows)

    @_sqlite_errors
    def rebuild(self) -> IngestResult:
        """Re-deduplicate and re-cluster every stored article in arrival order
        (after a schema migration, or a change of clustering settings), in
        one transaction: interrupted, it leaves the store as it was."""
        with self._lock:
            conn = self.conn
            rows = conn.execute(
                "SELECT id, title, text, source, url, date, path, ingested_at, date_from_text FROM articles "
                "ORDER BY seq").fetchall()
            result = IngestResult()
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table in ("stories", "signatures", "vectors", "state", "articles", "storylines",
                              "story_storylines"):
                    conn.execute(f"DELETE FROM {table}")
                self._load()
                for k in range(0, len(rows), self.batch_size):
                    batch = [Article(id=r[0], raw_text=r[2], title=r[1], source=r[3], url=r[4], date=parse_date(r[5]),
                                     path=r[6], date_from_text=bool(r[8]), stamp_date=_stamp(r[2], r[5]))
                             for r in rows[k : k + self.batch_size]]
                    self._insert_batch(batch, result)
                conn.executemany("UPDATE articles SET ingested_at = ? WHERE id = ?", [(r[7], r[0]) for r in rows])
                conn.execute("COMMIT")
            except BaseException:
                try:
                    if conn.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                        conn.execute("ROLLBACK")
                finally:
                    self._dedup = None
                    self._generation = -1
                raise
            return result

    # --- reading --------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    @_sqlite_errors
    def stats(self) -> dict[str, int]:
        c = self.conn
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "near_duplicates": c.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "stories": c.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0],
            "active_stories": c.execute("SELECT count(*) FROM stories WHERE active = 1").fetchone()[0],
        }

    @_sqlite_errors
    def latest_day(self) -> dt.date | None:
        """The most recent day an article is dated (the digest's default day), or None."""
        row = self.conn.execute("SELECT max(date) FROM articles").fetchone()
        return parse_date(row[0]) if row and row[0] else None

    @_sqlite_errors
    def stories(self, since: dt.date | str | None = None, until: dt.date | str | None = None,
                limit: int | None = None, category: str | None = None) -> list[Story]:
        """Stories with at least one article dated within ``[since, until]``
        (all stories when both are None) and, with ``category``, carrying
        that category (any of its articles does), biggest first, then most recent."""
        since_d, until_d = date_argument(since, "since"), date_argument(until, "until")
        where, args = ["s.merged_into IS NULL"], []
        if since_d is not None or until_d is not None:
            where.append("s.id IN (SELECT DISTINCT story_id FROM articles WHERE date BETWEEN ? AND ?)")
            args += [_iso(since_d) or "0000-01-01", _iso(until_d) or "9999-12-31"]
        if category:
            where.append("s.id IN (SELECT a.story_id FROM article_categories c JOIN articles a ON a.id = c.article_id "
                         "WHERE c.category = ?)")
            args.append(category)
        with self._lock:
            rows = self.conn.execute(
                "SELECT s.id, s.title, s.first_seen, s.last_seen, s.outlets FROM stories s WHERE "
                + " AND ".join(where) + " ORDER BY s.size DESC, s.last_seen DESC, s.id"
                + (f" LIMIT {int(limit)}" if limit else ""), args).fetchall()
            return self._stories_from_rows(rows)

    def _categories(self, story_ids: list[str]) -> dict[str, list[str]]:
        """Story id -> the sorted union of its articles' categories."""
        out: dict[str, list[str]] = {}
        for sid, cat in self._select_in(
                "SELECT DISTINCT a.story_id, c.category FROM article_categories c JOIN articles a ON a.id = c.article_id "
                "WHERE a.story_id IN ({ids}) ORDER BY c.category", story_ids):
            out.setdefault(sid, []).append(cat)
        return out

    def _members(self, story_ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for sid, aid in self._select_in("SELECT story_id, id FROM articles WHERE story_id IN ({ids}) ORDER BY seq",
                                        story_ids):
            out.setdefault(sid, []).append(aid)
        return out

    @_sqlite_errors
    def resolve(self, story_id: str) -> str:
        """The current id of ``story_id`` (following merges); raises NotFoundError."""
        with self._lock:
            sid = story_id
            for _ in range(100):
                row = self.conn.execute("SELECT merged_into FROM stories WHERE id = ?", (sid,)).fetchone()
                if row is None:
                    raise NotFoundError(f"no story {story_id!r} in the store")
                if row[0] is None:
                    return sid
                sid = row[0]
            raise StoreError(f"merge chain of story {story_id!r} is too long")

    @_sqlite_errors
    def story(self, story_id: str) -> Story:
        """One story (a merged-away id leads to the story that absorbed it)."""
        with self._lock:
            sid = self.resolve(story_id)
            rows = self.conn.execute(
                "SELECT id, title, first_seen, last_seen, outlets FROM stories WHERE id = ?", (sid,)).fetchall()
            return self._stories_from_rows(rows)[0]

    @_sqlite_errors
    def story_centroids(self, story_ids: list[str]) -> tuple[list[str], object]:
        """``(ids, C)``: the stories of ``story_ids`` that have clustering vectors,
        and one row per story in ``C``, the L2-normalized sum of its articles'
        vectors (``C @ C.T`` holds the stories' cosines)."""
        import scipy.sparse as sp

        with self._lock:
            rows = list(self._select_in("SELECT a.story_id, v.vector FROM articles a JOIN vectors v "
                                        "ON v.article_id = a.id WHERE a.story_id IN ({ids})", story_ids))
            if not rows:
                return [], None
            X = self._model().vectorizer.from_bytes([r[1] for r in rows])
        ids = list(dict.fromkeys(sid for sid, _ in rows))
        index = {sid: i for i, sid in enumerate(ids)}
        member = sp.csr_matrix((np.ones(len(rows)), ([index[sid] for sid, _ in rows], np.arange(len(rows)))),
                               shape=(len(ids), len(rows)))
        C = member @ X
        norms = np.sqrt(np.asarray(C.multiply(C).sum(axis=1)).ravel()) if sp.issparse(C) else np.linalg.norm(C, axis=1)
        scale = sp.diags(1 / np.where(norms > 0, norms, 1))
        return ids, scale @ C

    @_sqlite_errors
    def story_articles(self, story_id: str, until: dt.date | None = None) -> list[Article]:
        """The story's articles (duplicates carry ``duplicate_of``), oldest first;
        with ``until``, only those dated up to that day (undated ones too)."""
        with self._lock:
            sid = self.resolve(story_id)
            rows = self.conn.execute(
                "SELECT id, title, text, source, url, date, path, duplicate_of, date_from_text FROM articles "
                "WHERE story_id = ? "
                "ORDER BY date IS NULL, date, seq", (sid,)).fetchall()
        arts = [_article(r) for r in rows]
        if until is not None:
            arts = [a for a in arts if a.date is None or a.date <= until]
        return arts

    @_sqlite_errors
    def article(self, article_id: str) -> Article:
        with self._lock:
            r = self.conn.execute(
                "SELECT id, title, text, source, url, date, path, duplicate_of, date_from_text FROM articles WHERE id = ?",
                (article_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no article {article_id!r} in the store")
        return _article(r)

    @_sqlite_errors
    def story_of(self, article_id: str) -> str | None:
        """The story an article belongs to."""
        with self._lock:
            r = self.conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no article {article_id!r} in the store")
        return r[0]

    @_sqlite_errors
    def check(self) -> list[str]:
        """Integrity problems (empty list when consistent): SQLite's own check,
        articles without a story, stories without articles, dangling links."""
        c = self.conn
        problems = [r[0] for r in c.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for name, sql in CONSISTENCY_CHECKS.items():
            n = c.execute(sql).fetchone()[0]
            if n:
                problems.append(f"{n} {name}")
        return problems

    # --- storylines -------------------------------------------------------------------------

    def _load_storylines(self) -> None:
        """(Re)build the storyline linker: its counters from the state, each live
        storyline's centroid from its articles' stored vectors; a store that has
        stories but no storylines yet (an older version) links them now."""
        from .stream.storyline import StorylineLinker

        conn = self.conn
        linker = StorylineLinker.from_settings(self.settings.storyline)
        self._linker = linker
        blob = self._state("storylines")
        if blob is None:
            if conn.execute("SELECT EXISTS (SELECT 1 FROM articles WHERE story_id IS NOT NULL)").fetchone()[0]:
                self._backfill_storylines()
                self._forget_frozen_stories()
            return
        try:
            linker.set_state(json.loads(blob))
        except (ValueError, KeyError, TypeError) as err:
            raise StoreError(f"cannot continue the store's storylines: {err}", path=str(self.file)) from None
        rows = conn.execute(
            "SELECT l.storyline_id, a.story_id, a.date, a.date_from_text, v.vector FROM storylines s "
            "JOIN story_storylines l ON l.storyline_id = s.id JOIN articles a ON a.story_id = l.story_id "
            "JOIN vectors v ON v.article_id = a.id WHERE s.active = 1 ORDER BY l.storyline_id, a.seq").fetchall()
        vectorizer = self._model().vectorizer
        k = 0
        while k < len(rows):
            j = k
            while j < len(rows) and rows[j][0] == rows[k][0]:
                j += 1
            part = rows[k:j]
            linker.load_line(rows[k][0], [r[1] for r in part], vectorizer.from_bytes([r[4] for r in part]),
                             [None if r[3] else parse_date(r[2]) for r in part])
            k = j
        self._forget_frozen_stories()

    def _forget_frozen_stories(self) -> None:
        """Keep in the linker only the stories the clusterer may still change (its active ones), so its
        memory is bounded by the clusterer's active set after a restart too."""
        assert self._linker is not None
        active = self._model().clusterer.stories_
        self._linker.forget_stories([sid for sid in self._linker.line_of_ if sid not in active])

    def _backfill_storylines(self) -> None:
        """Link every stored story into storylines, replaying its articles in arrival order."""
        conn, now = self.conn, _now()
        vectorizer = self._model().vectorizer
        rows = conn.execute(
            "SELECT a.story_id, a.date, a.date_from_text, v.vector FROM articles a JOIN vectors v "
            "ON v.article_id = a.id WHERE a.story_id IS NOT NULL ORDER BY a.seq")
        while chunk := rows.fetchmany(self.batch_size):
            self._link([r[0] for r in chunk], vectorizer.from_bytes([r[3] for r in chunk]),
                       [None if r[2] else parse_date(r[1]) for r in chunk], [], now)

    def _link_storylines(self, fresh: Sequence[Article], labels: list[str], X, changes, now: str) -> None:
        """Step 6 of a batch: link its stories into storylines (dates found in text do not count)."""
        self._link(labels, X, [None if a.date_from_text else a.date for a in fresh],
                   [(ch.kind, ch.source, ch.target) for ch in changes], now, self._split_members(changes))

    def _split_members(self, changes) -> tuple | None:
        """Every stored article (this batch's are stored already) of the stories the batch's splits cut or made,
        as the linker's ``split_members``: story ids, vectors, dates (None: undated or found in the text)."""
        split = sorted({sid for ch in changes if ch.kind == "split" for sid in (ch.source, ch.target)})
        if not split:
            return None
        rows = sorted(self._select_in("SELECT a.story_id, a.date, a.date_from_text, v.vector, a.seq FROM articles a "
                                      "JOIN vectors v ON v.article_id = a.id WHERE a.story_id IN ({ids})", split),
                      key=lambda r: r[4])
        return ([r[0] for r in rows], self._model().vectorizer.from_bytes([r[3] for r in rows]),
                [None if r[2] else parse_date(r[1]) for r in rows]) if rows else None

    def _link(self, story_ids: list[str], X, dates: list, changes: list[tuple[str, str, str]], now: str,
              split_members: tuple | None = None) -> None:
        conn, linker = self.conn, self._linker
        assert linker is not None
        unknown = [sid for sid in dict.fromkeys(story_ids) if sid not in linker.line_of_]
        linker.partial_fit(X, story_ids, dates, changes, self._storyline_ids(unknown), split_members)
        conn.executemany("INSERT OR IGNORE INTO storylines(id, active, updated_at) VALUES (?, 1, ?)",
                         [(line, now) for line in linker.created_])
        for gone, keep in linker.changes_:
            conn.execute("UPDATE story_storylines SET storyline_id = ? WHERE storyline_id = ?", (keep, gone))
            conn.execute("UPDATE storylines SET merged_into = ?, active = 0, updated_at = ? WHERE id = ?",
                         (keep, now, gone))
            conn.execute("UPDATE storylines SET merged_into = ? WHERE merged_into = ?", (keep, gone))
        conn.executemany("INSERT INTO story_storylines(story_id, storyline_id) VALUES (?, ?) "
                         "ON CONFLICT(story_id) DO UPDATE SET storyline_id = excluded.storyline_id",
                         list(linker.assigned_.items()))
        conn.executemany("DELETE FROM story_storylines WHERE story_id = ?",
                         [(source,) for kind, source, _t in changes if kind == "merge"])
        conn.executemany("UPDATE storylines SET active = 0, updated_at = ? WHERE id = ?",
                         [(now, line) for line in linker.frozen_])
        self._set_state("storylines", json.dumps(linker.get_state()))

    def _storyline_ids(self, story_ids: Sequence[str]) -> dict[str, str]:
        return dict(self._select_in("SELECT story_id, storyline_id FROM story_storylines WHERE story_id IN ({ids})",
                                    story_ids))

    @_sqlite_errors
    def storyline_ids(self, story_ids: Sequence[str]) -> dict[str, str]:
        """Story id -> the id of its storyline, for those of ``story_ids`` that have one."""
        with self._lock:
            return self._storyline_ids(story_ids)

    @_sqlite_errors
    def storyline_sizes(self, storyline_ids: Iterable[str]) -> dict[str, int]:
        """Storyline id -> how many live stories it holds, for those of ``storyline_ids`` in the store."""
        with self._lock:
            return dict(self._select_in(
                "SELECT l.storyline_id, count(*) FROM story_storylines l JOIN stories s ON s.id = l.story_id "
                "WHERE s.merged_into IS NULL AND l.storyline_id IN ({ids}) GROUP BY l.storyline_id",
                sorted(set(storyline_ids))))

    @_sqlite_errors
    def storyline(self, storyline_id: str) -> Storyline:
        """One storyline with its stories, oldest first (a merged-away id leads
        to the storyline that absorbed it); raises NotFoundError."""
        with self._lock:
            sid = storyline_id
            for _ in range(100):
                row = self.conn.execute("SELECT merged_into FROM storylines WHERE id = ?", (sid,)).fetchone()
                if row is None:
                    raise NotFoundError(f"no storyline {storyline_id!r} in the store")
                if row[0] is None:
                    break
                sid = row[0]
            else:
                raise StoreError(f"merge chain of storyline {storyline_id!r} is too long")
            rows = self.conn.execute(
                "SELECT s.id, s.title, s.first_seen, s.last_seen, s.outlets FROM story_storylines l "
                "JOIN stories s ON s.id = l.story_id WHERE l.storyline_id = ? AND s.merged_into IS NULL "
                "ORDER BY s.first_seen IS NULL, s.first_seen, s.last_seen, s.id", (sid,)).fetchall()
            return Storyline(id=sid, stories=self._stories_from_rows(rows))

    @_sqlite_errors
    def storyline_of(self, story_id: str) -> Storyline | None:
        """The storyline of a story (following merges of the story), or None when it has none yet."""
        with self._lock:
            sid = self.resolve(story_id)
            line = self._storyline_ids([sid]).get(sid)
            return self.storyline(line) if line is not None else None


#: Links between the store's tables that must hold (a count of rows breaking each), read by
#: :meth:`Store.check` and ``newsbrief store check``. All but the first need schema version 2 or later.
CONSISTENCY_CHECKS = {
    "articles without a story": "SELECT count(*) FROM articles WHERE story_id IS NULL",
    "articles in an unknown story": "SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id "
                                    "WHERE s.id IS NULL OR s.merged_into IS NOT NULL",
    "duplicates of unknown articles": "SELECT count(*) FROM articles a LEFT JOIN articles o ON o.id = a.duplicate_of "
                                      "WHERE a.duplicate_of IS NOT NULL AND o.id IS NULL",
    "originals without a vector": "SELECT count(*) FROM articles a LEFT JOIN vectors v ON v.article_id = a.id "
                                  "WHERE a.duplicate_of IS NULL AND v.article_id IS NULL",
    "stories of the wrong size": "SELECT count(*) FROM stories s WHERE s.merged_into IS NULL AND s.size != "
                                 "(SELECT count(*) FROM articles a WHERE a.story_id = s.id)",
}


def _article(r) -> Article:
    return Article(id=r[0], raw_text=r[2], title=r[1], source=r[3], url=r[4], date=parse_date(r[5]), path=r[6],
                   duplicate_of=r[7], date_from_text=bool(r[8]), stamp_date=_stamp(r[2], r[5]))


def _stamp(text: str, date: str | None) -> dt.date | None:
    """An undated stored article's time stamp, read again from its text as ingest read it (``Article.stamp_date``)."""
    return None if date else head_dates(text)[1]


__all__ = ["IngestResult", "MIGRATIONS", "SCHEMA_VERSION", "Store", "migrate"]
