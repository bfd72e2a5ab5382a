"""A follower running in a background thread of another program (``newsbrief
serve --follow``), and the follow status any process can read from the store.

:class:`BackgroundFollower` opens its own :class:`~newsbrief.store.Store`
(its own SQLite connection; the web app reads through another one, and WAL
mode lets readers see each committed batch at once) and runs
:meth:`Follower.run` until :meth:`~BackgroundFollower.stop`.

:func:`follow_status` reads what the follower keeps in the store file (the
``feeds`` and ``fetched_urls`` tables of :mod:`.state`) through a read-only
connection of its own, so a web server shows the same status whether it runs
the follower itself or ``newsbrief follow`` runs beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from os import PathLike
from pathlib import Path

import httpx

from ..config import Settings
from ..store import Store
from .sources import FeedSource

log = logging.getLogger(__name__)

#: Seconds :meth:`BackgroundFollower.stop` waits for the loop to store what it
#: fetched (a request under way is not waited for).
STOP_TIMEOUT = 30.0


class BackgroundFollower:
    """Follows ``sources`` into the store at ``store_path`` in a daemon thread.

    :meth:`start` opens (creates or migrates) the store in the caller's thread,
    so a bad store file fails there, then starts the loop; warnings go to the
    ``newsbrief.follow`` log. ``transport`` replaces httpx's network transport."""

    def __init__(self, store_path: str | PathLike[str], settings: Settings, sources: Iterable[FeedSource], *,
                 transport: httpx.BaseTransport | None = None):
        self.store_path = store_path
        self.settings = settings
        self.sources = list(sources)
        self.transport = transport
        self.error: str | None = None  # why the loop stopped, when it failed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> "BackgroundFollower":
        store = Store(self.store_path, settings=self.settings).open()
        self._thread = threading.Thread(target=self._run, args=(store,), name="newsbrief-follower", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop the loop (what was fetched is stored first) and wait for it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, store: Store) -> None:
        from .follower import Follower

        try:
            with store, Follower(store, self.settings, self.sources, transport=self.transport,
                                 on_warning=log.warning) as follower:
                report = follower.run(stop=self._stop)
            log.info("follower stopped: %s", report.summary())
        except Exception as err:  # the web app keeps serving; /status shows why the follower stopped
            self.error = f"{type(err).__name__}: {err}"
            log.exception("the follower stopped")


@dataclass
class FeedStatus:
    """One followed feed, as the status page shows it."""

    url: str
    title: str | None
    categories: list[str]
    last_poll: str | None
    last_success: str | None
    last_error: str | None
    failures: int
    paused: bool
    next_poll: str | None
    articles: int  # stored from this feed, ever
    articles_last_hour: int


@dataclass
class FollowStatus:
    """What the follower keeps in a store file: its feeds, the links waiting
    (``queue``: found but not fetched, plus fetched but not yet stored), the
    articles stored in the last hour, and the links by status."""

    feeds: list[FeedStatus] = field(default_factory=list)
    queue: int = 0
    articles_per_hour: int = 0
    links: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def follow_status(store_path: str | PathLike[str], now: dt.datetime | None = None) -> FollowStatus:
    """The follow status of the store at ``store_path`` (empty when nothing
    was ever followed into it, or there is no file yet)."""
    path = Path(store_path)
    now = now or dt.datetime.now(dt.timezone.utc)
    hour_ago = (now - dt.timedelta(hours=1)).isoformat(timespec="seconds")
    if not path.exists():
        return FollowStatus()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "feeds" not in tables or "fetched_urls" not in tables:
            return FollowStatus()
        per_feed = {feed: (total, recent) for feed, total, recent in conn.execute(
            "SELECT feed, count(*), sum(updated_at >= ?) FROM fetched_urls WHERE status = 'stored' GROUP BY feed",
            (hour_ago,))}
        feeds = []
        for url, title, cats, last_poll, last_success, last_error, failures, paused, next_poll in conn.execute(
                "SELECT url, title, categories, last_poll, last_success, last_error, failures, paused, next_poll "
                "FROM feeds ORDER BY url"):
            total, recent = per_feed.get(url, (0, 0))
            due = dt.datetime.fromtimestamp(next_poll, dt.timezone.utc).isoformat(timespec="seconds") if next_poll else None
            feeds.append(FeedStatus(url, title, json.loads(cats or "[]"), last_poll, last_success, last_error, failures,
                                    bool(paused), due, total, recent or 0))
        links = dict(conn.execute("SELECT status, count(*) FROM fetched_urls GROUP BY status").fetchall())
        last_hour = conn.execute("SELECT count(*) FROM fetched_urls WHERE status = 'stored' AND updated_at >= ?",
                                 (hour_ago,)).fetchone()[0]
    finally:
        conn.close()
    return FollowStatus(feeds, links.get("pending", 0) + links.get("fetched", 0), last_hour, links)


__all__ = ["BackgroundFollower", "FeedStatus", "FollowStatus", "follow_status"]
