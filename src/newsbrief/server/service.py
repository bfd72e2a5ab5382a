"""The server's own state, kept in the server process: the brief cache,
saved results (permalinks) and the store for quick lookups (story lists,
metadata), run on the :class:`~.limits.Runner`'s light threads. Briefing
itself runs in the worker processes (:mod:`.jobs`, :mod:`.workers`).

One :class:`~newsbrief.store.Store` is opened on first use and shared by the
light threads (the store serializes access itself; SQLite in WAL mode lets
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
from ..model import Story, Storyline
from .results import Results

T = TypeVar("T")

#: Word budgets a stored story's brief is made in (``?words=`` snaps to the
#: nearest): briefs are read at 50-300 words; the steps keep every cached
#: variant of a story distinct to a reader.
STORY_WORD_BUDGETS = (25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000)


class Service:
    """Briefs for the server, with the server's settings; one store, opened on first use and shared."""

    def __init__(self, settings: Settings, store_path: str | None = None):
        self.settings = settings
        self.store_path = store_path
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._store: Any = None
        self._results: Results | None = None
        # story id -> (its article ids, lead): LRU of server.lead_cache_size stories
        self._leads: OrderedDict[str, tuple[tuple[str, ...], str]] = OrderedDict()

    @property
    def results(self) -> Results:
        """Saved inputs of posted briefs, by permalink key: beside the store
        file (``<store>.briefs/``) when there is one, else in memory."""
        with self._lock:
            if self._results is None:
                self._results = Results(f"{self.store_path}.briefs" if self.store_path is not None else None)
            return self._results

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

    def storyline_of(self, story_id: str) -> Storyline | None:
        """The storyline of a story, or ``None`` when it has none yet."""
        with self.store() as store:
            return store.storyline_of(story_id)

    def storyline(self, storyline_id: str) -> Storyline:
        with self.store() as store:
            return store.storyline(storyline_id)

    def storyline_ids(self, story_ids: list[str]) -> dict[str, str]:
        """Story id -> its storyline's id (stories without one are left out)."""
        with self.store() as store:
            return store.storyline_ids(story_ids)

    def story_words(self, words: int | None) -> int:
        """The word budget a stored story is briefed in: ``words`` snapped to
        the nearest of :data:`STORY_WORD_BUDGETS` (or the server's
        ``selection.words``), so a client cycling through ``?words=`` values
        cannot force a fresh brief for each (at most a few dozen per story are
        ever cached); ``None`` is the server's ``selection.words``."""
        return snap_words(words, self.settings.selection.words)

    def digest_words(self, words: int | None) -> int:
        """A digest's word budget per story: ``words`` snapped like :meth:`story_words`; ``None`` is ``digest.words``."""
        return snap_words(words, self.settings.digest.words)

    def brief_key(self, story: Story, words: int | None, analyze: bool) -> tuple:
        """Cache key of a story's brief: changes when the story gains or loses articles."""
        return ("brief", story.id, tuple(story.article_ids), self.story_words(words), analyze)

    def peek(self, key: tuple) -> Any:
        """The cached value under ``key``, or ``None`` (cheap: safe on the event loop)."""
        with self._lock:
            return self._cache.get(key)

    def remember(self, key: tuple, value: T) -> T:
        """Keep ``value`` under ``key`` (LRU of ``server.story_cache_size`` entries); ``value``."""
        with self._lock:
            self._cache[key] = value
            self._cache.move_to_end(key)
            while len(self._cache) > self.settings.server.story_cache_size:
                self._cache.popitem(last=False)
        return value

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` (LRU of
        ``server.story_cache_size`` entries). Keys must change when their inputs do (hence the article ids)."""
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        return self.remember(key, compute())

    def leads(self, stories: list[Story]) -> dict[str, str]:
        """Story id -> the first sentence of its earliest original article, cached per
        story content (LRU of ``server.lead_cache_size`` stories, so a store that
        keeps growing cannot grow the cache without end)."""
        from .views import story_lead

        out = {}
        limit = self.settings.server.lead_cache_size
        with self.store() as store:
            for s in stories:
                members = tuple(s.article_ids)
                with self._lock:
                    known = self._leads.get(s.id)
                if known is None or known[0] != members:
                    known = (members, story_lead(store.story_articles(s.id)))
                with self._lock:
                    self._leads[s.id] = known
                    self._leads.move_to_end(s.id)
                    while len(self._leads) > limit:
                        self._leads.popitem(last=False)
                out[s.id] = known[1]
        return out

    def latest_date(self) -> dt.date | None:
        """The most recent day with a story (the digest page's default)."""
        with self.store() as store:
            return store.latest_day()


def snap_words(words: int | None, default: int) -> int:
    """``words`` as the nearest of :data:`STORY_WORD_BUDGETS` and ``default``
    (the lower on a tie); ``default`` when ``None``."""
    if words is None:
        return default
    return min((*STORY_WORD_BUDGETS, default), key=lambda b: (abs(b - words), b))


def story_days(stories: list[Story]) -> list[dt.date]:
    """Days on which one of ``stories`` starts or ends, sorted."""
    return sorted({d for s in stories for d in (s.first_seen, s.last_seen) if d is not None})


__all__ = ["STORY_WORD_BUDGETS", "Service", "snap_words", "story_days"]
