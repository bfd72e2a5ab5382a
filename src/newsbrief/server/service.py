"""What the routes call: briefing, the store and the digest, as plain blocking
functions run on the :class:`~.limits.Runner`'s worker threads.

One :class:`~newsbrief.store.Store` is opened on first use and shared by the
workers (the store serializes access itself; SQLite in WAL mode lets
``newsbrief store add`` write while the server reads). Story briefs are cached
by story id, the story's article ids and the options, so a page view of an
unchanged story does not re-brief it; a new article in the story changes the key.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from ..config import Settings
from ..errors import NoStoreError
from ..ingest import ReadReport
from ..model import Article, Brief, Story
from .results import Result, Results

T = TypeVar("T")


class Service:
    """Briefs for the server, with the server's settings; one store, opened on first use and shared."""

    def __init__(self, settings: Settings, store_path: str | None = None):
        self.settings = settings
        self.store_path = store_path
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._store: Any = None
        self._results: Results | None = None
        self._leads: dict[str, tuple[tuple[str, ...], str]] = {}  # story id -> (its article ids, lead); one per story

    # --- briefs of posted articles ------------------------------------------

    def brief(self, inputs: list[Any], words: int | None, analyze: bool, report: ReadReport | None = None) -> Brief:
        """Brief posted articles (dicts or already-read :class:`Article` s);
        ``words=None`` is the server's ``selection.words``."""
        from ..pipeline import brief

        return brief(inputs, words=words, analyze=analyze, settings=self.settings, report=report)

    @property
    def results(self) -> Results:
        """Saved inputs of posted briefs, by permalink key: beside the store
        file (``<store>.briefs/``) when there is one, else in memory."""
        with self._lock:
            if self._results is None:
                self._results = Results(f"{self.store_path}.briefs" if self.store_path is not None else None)
            return self._results

    def brief_saved(self, articles: list[Article], words: int | None, analyze: bool,
                    warnings: list[str]) -> tuple[str, Brief]:
        """Keep ``articles`` (with the options and reading ``warnings``) under a
        permalink key and brief them: ``(key, brief)``; the brief is cached under the key."""
        result = Result.of(articles, words or self.settings.selection.words, analyze, warnings)
        key = self.results.save(result)
        return key, self.cached(("result", key), lambda: self.brief_result(result))

    def brief_result(self, result: Result) -> Brief:
        """Brief a saved result (its reading warnings first, as when it was posted)."""
        report = ReadReport()
        report.warnings.extend(result.warnings)
        return self.brief(result.fresh_articles(), result.words, result.analyze, report=report)

    # --- the store ------------------------------------------------------------

    @property
    def has_store(self) -> bool:
        return self.store_path is not None

    @contextmanager
    def store(self) -> Iterator[Any]:
        """The shared, open store (:class:`NoStoreError` on a server without one)."""
        if self.store_path is None:
            raise NoStoreError("this server has no story store; start it with `newsbrief serve --store PATH`")
        with self._lock:
            if self._store is None:
                from ..store import Store

                self._store = Store(self.store_path, settings=self.settings).open()
            store = self._store
        yield store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def stories(self, since: dt.date | None = None, until: dt.date | None = None,
                category: str | None = None) -> list[Story]:
        with self.store() as store:
            return store.stories(since=since, until=until, category=category)

    def categories(self) -> dict[str, int]:
        """Category -> number of stories (the story list's filter)."""
        with self.store() as store:
            return store.categories()

    def story(self, story_id: str) -> Story:
        with self.store() as store:
            return store.story(story_id)

    def story_brief(self, story_id: str, words: int | None, analyze: bool) -> tuple[Story, Brief]:
        """A stored story and its brief (cached while the story's articles stay
        the same); ``words=None`` is the server's ``selection.words``."""
        from ..digest import brief_story

        with self.store() as store:
            story = store.story(story_id)
            words = words or self.settings.selection.words
            key = self.brief_key(story, words, analyze)
            return story, self.cached(key, lambda: brief_story(store, story.id, words=words, analyze=analyze))

    def brief_key(self, story: Story, words: int | None, analyze: bool) -> tuple:
        """Cache key of a story's brief: changes when the story gains or loses articles."""
        words = words or self.settings.selection.words
        return ("brief", story.id, tuple(story.article_ids), words, analyze)

    def peek(self, key: tuple) -> Any:
        """The cached value under ``key``, or ``None`` (cheap: safe on the event loop)."""
        with self._lock:
            return self._cache.get(key)

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` (LRU of
        ``server.story_cache_size`` entries). Keys must change when their inputs do (hence the article ids)."""
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > self.settings.server.story_cache_size:
                self._cache.popitem(last=False)
        return value

    def digest(self, date: dt.date, words: int | None, category: str | None = None) -> Any:
        """The digest of ``date`` (of ``category`` only, when given); ``words=None`` is the server's ``digest.words``."""
        from ..digest import digest

        with self.store() as store:
            return digest(store, date, words=words, category=category)

    def leads(self, stories: list[Story]) -> dict[str, str]:
        """Story id -> the first sentence of its earliest original article (cached per story content)."""
        from .views import story_lead

        out = {}
        with self.store() as store:
            for s in stories:
                members = tuple(s.article_ids)
                known = self._leads.get(s.id)
                if known is None or known[0] != members:
                    known = self._leads[s.id] = (members, story_lead(store.story_articles(s.id)))
                out[s.id] = known[1]
        return out

    def story_days(self) -> list[dt.date]:
        """Days on which a story starts or ends, sorted: the digest's previous
        and next links (a day inside a story's span with no story starting or
        ending there is skipped; the date field still reaches it)."""
        days = {d for s in self.stories() for d in (s.first_seen, s.last_seen) if d is not None}
        return sorted(days)

    def latest_date(self) -> dt.date | None:
        """The most recent day with a story (the digest page's default)."""
        with self.store() as store:
            return store.latest_day()


__all__ = ["Service"]
