"""The follower's state, kept in the story store's SQLite file.

Two tables beside the store's own (created with ``CREATE TABLE IF NOT
EXISTS`` on first use, so any store file gains them without a schema
version of its own):

``feeds``
    one row per feed: its validators (ETag, Last-Modified), when it was last
    polled and last polled successfully, the last error, consecutive
    failures, whether it is paused, and when it is due next.
``fetched_urls``
    one row per entry link or added URL, with its ``status``:

    - ``pending``: known from a feed (``entry`` holds the entry's title,
      text and date, the fallback when the page cannot be used), not fetched;
    - ``fetched``: downloaded and extracted; ``article`` holds the article
      until the store has it;
    - ``stored``: in the store (``article_id``; ``canonical`` is the URL it
      was stored under);
    - ``duplicate``: its canonical URL was already stored from another link;
    - ``failed``: neither the page nor the entry had usable text (``note``).

    ``categories`` holds the categories of every feed that listed the link
    (a second feed listing it while it is pending or fetched adds its own),
    until it is stored: the article is stored with them.

Every change is one transaction, written only after the work it records,
so a follower killed at any point resumes from the last commit: pending
links are fetched, fetched articles are ingested without another download,
and nothing stored is fetched again.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from .sources import FeedSource

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    categories TEXT NOT NULL DEFAULT '[]',  -- JSON list
    interval INTEGER,                       -- seconds (NULL: the default)
    etag TEXT,
    last_modified TEXT,
    last_poll TEXT,                         -- ISO time (UTC)
    last_success TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,    -- consecutive
    paused INTEGER NOT NULL DEFAULT 0,
    next_poll REAL NOT NULL DEFAULT 0,      -- Unix time
    entries INTEGER NOT NULL DEFAULT 0      -- new entry links found, all polls
);
CREATE TABLE IF NOT EXISTS fetched_urls (
    url TEXT PRIMARY KEY,
    canonical TEXT,
    status TEXT NOT NULL,                   -- pending, fetched, stored, duplicate, failed
    feed TEXT,
    entry TEXT,                             -- JSON: the feed entry (fallback text)
    article TEXT,                           -- JSON: the extracted article, until stored
    article_id TEXT,
    author TEXT,
    language TEXT,
    note TEXT,                              -- why a fallback was used, or why it failed
    updated_at TEXT NOT NULL,
    categories TEXT                         -- JSON list: of the feeds that listed it (NULL: none)
);
CREATE INDEX IF NOT EXISTS fetched_urls_canonical ON fetched_urls(canonical);
CREATE INDEX IF NOT EXISTS fetched_urls_status ON fetched_urls(status);
"""
# articles(url) lets a restart tell that a link was stored (store.py's schema
# has no such index; it only speeds up lookups, any version of the table has url)
_ARTICLES_URL_INDEX = "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class FeedState:
    """One row of ``feeds``."""

    url: str
    title: str | None
    categories: list[str]
    interval: int | None
    etag: str | None
    last_modified: str | None
    last_poll: str | None
    last_success: str | None
    last_error: str | None
    failures: int
    paused: bool
    next_poll: float
    entries: int


@dataclass
class PollOutcome:
    """What one poll of a feed changes in its row."""

    ok: bool
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    next_poll: float = 0.0
    paused: bool = False
    title: str | None = None


class FollowState:
    """The ``feeds`` and ``fetched_urls`` tables of the store file at ``path``.

    Its own connection (the store's stays with the store): the store must
    have been opened (created or migrated) first. Use from one thread."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30.0)
            self.conn.execute("PRAGMA busy_timeout=30000")
            with self.transaction():
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        self.conn.execute(stmt)
                self.conn.execute(_ARTICLES_URL_INDEX)
                columns = {r[1] for r in self.conn.execute("PRAGMA table_info(fetched_urls)")}
                if "categories" not in columns:  # a file written before links kept their feeds' categories
                    self.conn.execute("ALTER TABLE fetched_urls ADD COLUMN categories TEXT")
        except sqlite3.Error as err:
            raise StoreError(f"cannot keep follow state: {err}", path=str(self.path)) from None

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # --- feeds -------------------------------------------------------------------

    def add_feeds(self, sources: Iterable[FeedSource]) -> None:
        """Insert or update the feeds' title, categories and interval (their state is kept)."""
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO feeds(url, title, categories, interval) VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE "
                "SET title = coalesce(excluded.title, feeds.title), categories = excluded.categories, "
                "interval = excluded.interval",
                [(s.url, s.title, json.dumps(list(s.categories)), s.interval) for s in sources],
            )

    def feed(self, url: str) -> FeedState:
        row = self.conn.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            raise KeyError(url)
        return _feed_state(row)

    def feeds(self, urls: Iterable[str] | None = None) -> list[FeedState]:
        """The rows of ``urls`` (in that order), or every feed."""
        if urls is None:
            return [_feed_state(r) for r in self.conn.execute(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY url")]
        return [self.feed(u) for u in urls]

    def resume(self, urls: Iterable[str]) -> None:
        """Unpause feeds and clear their failure count."""
        with self.transaction() as c:
            c.executemany("UPDATE feeds SET paused = 0, failures = 0, next_poll = 0 WHERE url = ?", [(u,) for u in urls])

    def record_poll(self, url: str, outcome: PollOutcome, entries: list[tuple[str, dict]],
                    categories: Iterable[str] = ()) -> list[str]:
        """Record a poll and the entry links it found, with the feed's
        ``categories``, in one transaction; return the links that were new
        (now ``pending``). A link already pending or fetched gains the
        categories (stored links: :meth:`stored_article_ids`)."""
        now = _now()
        categories = list(categories)
        cats = json.dumps(categories, ensure_ascii=False) if categories else None
        with self.transaction() as c:
            new = []
            for link, entry in entries:
                cur = c.execute(
                    "INSERT OR IGNORE INTO fetched_urls(url, status, feed, entry, updated_at, categories) "
                    "VALUES (?, 'pending', ?, ?, ?, ?)", (link, url, json.dumps(entry, ensure_ascii=False), now, cats))
                if cur.rowcount:
                    new.append(link)
                elif categories:
                    self._add_link_categories(link, categories)
            if outcome.ok:
                c.execute(
                    "UPDATE feeds SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
                    "last_poll = ?, last_success = ?, failures = 0, paused = 0, next_poll = ?, "
                    "entries = entries + ?, title = coalesce(title, ?) WHERE url = ?",
                    (outcome.etag, outcome.last_modified, now, now, outcome.next_poll, len(new), outcome.title, url))
            else:
                c.execute(
                    "UPDATE feeds SET last_poll = ?, last_error = ?, failures = failures + 1, paused = ?, "
                    "next_poll = ? WHERE url = ?",
                    (now, outcome.error, int(outcome.paused), outcome.next_poll, url))
        return new

    # --- fetched URLs ------------------------------------------------------------

    def status(self, url: str) -> str | None:
        row = self.conn.execute("SELECT status FROM fetched_urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def is_stored(self, url: str) -> bool:
        """Whether an article was stored from ``url``, or under it as its canonical URL."""
        c = self.conn
        return bool(
            c.execute("SELECT 1 FROM fetched_urls WHERE (url = ? OR canonical = ?) AND status IN ('stored', 'fetched') "
                      "LIMIT 1", (url, url)).fetchone()
            or c.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone())

    def stored_article_ids(self, urls: Iterable[str]) -> list[str]:
        """Ids of the articles stored or fetched from ``urls``, or under them as canonical URL."""
        out: dict[str, None] = {}
        for url in urls:
            for (aid,) in self.conn.execute(
                    "SELECT article_id FROM fetched_urls WHERE (url = ? OR canonical = ?) AND status IN ('stored', "
                    "'fetched') AND article_id IS NOT NULL UNION SELECT id FROM articles WHERE url = ?", (url, url, url)):
                out[aid] = None
        return list(out)

    def _add_link_categories(self, url: str, categories: list[str]) -> None:
        row = self.conn.execute("SELECT categories, entry FROM fetched_urls WHERE url = ? AND status IN "
                                "('pending', 'fetched')", (url,)).fetchone()
        if row is None:
            return
        merged = list(dict.fromkeys([*_row_categories(*row), *categories]))
        self.conn.execute("UPDATE fetched_urls SET categories = ? WHERE url = ?",
                          (json.dumps(merged, ensure_ascii=False), url))

    def link_categories(self, url: str) -> list[str]:
        """The categories of the feeds that listed ``url`` (while it is not stored yet)."""
        row = self.conn.execute("SELECT categories, entry FROM fetched_urls WHERE url = ?", (url,)).fetchone()
        return _row_categories(*row) if row else []

    def add_pending(self, urls: Iterable[str]) -> None:
        """Record single URLs (``newsbrief add``) as pending; one that failed before becomes pending again."""
        now = _now()
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO fetched_urls(url, status, updated_at) VALUES (?, 'pending', ?) ON CONFLICT(url) DO "
                "UPDATE SET status = 'pending', note = NULL, updated_at = excluded.updated_at "
                "WHERE fetched_urls.status = 'failed'", [(u, now) for u in urls])

    def pending(self, limit: int | None = None) -> list[tuple[str, dict | None]]:
        """``(url, feed entry or None)`` of every link not fetched yet (the ``limit`` oldest), oldest first."""
        return [(u, json.loads(e) if e else None) for u, e in self.conn.execute(
            "SELECT url, entry FROM fetched_urls WHERE status = 'pending' ORDER BY rowid LIMIT ?",
            (-1 if limit is None else limit,))]

    def fetched(self) -> list[tuple[str, dict]]:
        """``(url, article dict)`` of every link fetched but not yet stored
        (its ``categories`` include those added since it was fetched)."""
        out = []
        for u, a, cats in self.conn.execute(
                "SELECT url, article, categories FROM fetched_urls WHERE status = 'fetched' ORDER BY rowid"):
            art = json.loads(a)
            art["categories"] = list(dict.fromkeys([*(art.get("categories") or []), *json.loads(cats or "[]")]))
            out.append((u, art))
        return out

    def mark_fetched(self, rows: Iterable[tuple[str, str | None, dict, str | None, str | None, str | None]]) -> None:
        """``(url, canonical, article dict, author, language, note)``: fetched, to be ingested."""
        now = _now()
        with self.transaction() as c:
            c.executemany(
                "UPDATE fetched_urls SET status = 'fetched', canonical = ?, article = ?, article_id = ?, author = ?, "
                "language = ?, note = ?, updated_at = ? WHERE url = ?",
                [(canon, json.dumps(art, ensure_ascii=False), art["id"], author, lang, note, now, url)
                 for url, canon, art, author, lang, note in rows])

    def mark_stored(self, urls: Iterable[str]) -> None:
        """The articles of ``urls`` are in the store: drop their payloads."""
        now = _now()
        with self.transaction() as c:
            c.executemany("UPDATE fetched_urls SET status = 'stored', article = NULL, entry = NULL, "
                          "categories = NULL, updated_at = ? WHERE url = ?", [(now, u) for u in urls])

    def mark_done(self, url: str, status: str, note: str | None, canonical: str | None = None) -> None:
        """A final status other than stored (``duplicate`` or ``failed``), with why."""
        with self.transaction() as c:
            c.execute("UPDATE fetched_urls SET status = ?, note = ?, canonical = coalesce(?, canonical), "
                      "article = NULL, categories = NULL, updated_at = ? WHERE url = ?", (status, note, canonical, _now(), url))

    def counts(self) -> dict[str, int]:
        """Links by status."""
        return dict(self.conn.execute("SELECT status, count(*) FROM fetched_urls GROUP BY status").fetchall())


_FEED_COLUMNS = ("url, title, categories, interval, etag, last_modified, last_poll, last_success, last_error, failures, "
                 "paused, next_poll, entries")


def _row_categories(categories: str | None, entry: str | None) -> list[str]:
    """A link's categories: its column, and (files written before it existed) its entry's."""
    old = (json.loads(entry).get("categories") or []) if entry else []
    return list(dict.fromkeys([*old, *json.loads(categories or "[]")]))


def _feed_state(row) -> FeedState:
    return FeedState(row[0], row[1], json.loads(row[2] or "[]"), row[3], row[4], row[5], row[6], row[7], row[8],
                     row[9], bool(row[10]), row[11], row[12])


__all__ = ["FeedState", "FollowState", "PollOutcome"]
