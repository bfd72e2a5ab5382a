"""Follow live sources: poll RSS/Atom feeds, fetch and extract new articles,
ingest them into the story store.

>>> from newsbrief.follow import Follower, load_sources
>>> from newsbrief.store import Store
>>> with Store("news.sqlite3") as store, Follower(store, sources=load_sources(["feeds.opml"])) as follower:  # doctest: +SKIP
...     report = follower.run(once=True)                  # poll every feed once (cron)
...     print(report.summary())

Modules: :mod:`.sources` (feed URLs, OPML and TOML files of feeds),
:mod:`.fetch` (polite HTTP: robots.txt, limits, retries), :mod:`.extract`
(trafilatura; the feed entry's text as fallback), :mod:`.state` (feeds and
fetched URLs in the store file), :mod:`.follower` (the scheduling loop) and
:mod:`.background` (the loop in a thread beside the web app; the follow
status read from a store file).
"""

from __future__ import annotations

from .fetch import Fetcher, Response, normalize_url
from .follower import Follower, FollowReport
from .sources import FeedSource, load_sources
from .state import FollowState

__all__ = ["FeedSource", "Fetcher", "FollowReport", "FollowState", "Follower", "Response", "load_sources",
           "normalize_url"]
