"""The follower: poll feeds on their schedules, fetch new entries' pages,
extract them and ingest them into the store.

One scheduling thread (the caller's) owns the store and the state; a pool of
``follow.max_concurrency`` threads downloads, and extracts in
``follow.extract_processes`` worker processes once pages queue up (in the
thread itself before that, or with 0 processes), so extraction runs on
another core than fetching and ingest. Each host has a
queue; a job for a host starts only when fewer than ``follow.max_per_host``
are in flight to it and ``follow.host_delay_seconds`` (or the host's
robots.txt ``Crawl-delay``, when longer) has passed since the last one
started (the fetcher holds every single request to that spacing too). Feed
polls go ahead of page fetches in their host's queue.

A poll is a conditional GET (ETag / Last-Modified). After it the feed is due
again in its interval times a random factor in ``1 +- follow.jitter``; after
a failure, in ``interval x 2**(failures - 1)`` (at most
``follow.max_backoff_seconds``), and after ``follow.max_failures_before_pause``
consecutive failures it is paused and reported.

Each link keeps the categories of the feeds that list it (in the state, so a
restart keeps them too: a feed listing a link that is still pending or being
fetched adds its own); its article is stored with them. A link already
stored, or a page whose canonical URL was stored from another feed, adds that
feed's categories to the stored article.

A page that cannot be fetched (error status, timeout, too large, robots.txt)
or holds no English article text is replaced by the feed entry's own text,
with a warning. A page whose canonical URL was stored already (from another
link or feed) is a duplicate and is not stored again; the store itself links
near-duplicate texts. Articles are ingested in batches (the store clusters
each batch incrementally).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from ..config import Settings
from ..errors import FeedSourceError, FetchError, InputError
from ..model import Article
from ..store import IngestResult, Store
from .extract import (ExtractorPool, article_from_state, article_to_dict, entry_article, entry_fields,
                      extract_outcome, extractor_pool)
from .fetch import Fetcher, host_of, normalize_url
from .sources import FeedSource, is_url
from .state import FeedState, FollowState, PollOutcome

log = logging.getLogger(__name__)

#: Ingest once this many fetched articles wait (the store's own batch size
#: bounds a transaction; this bounds the delay before articles are stored).
INGEST_BATCH = 128
#: ... or once the oldest waiting article has waited this long (seconds).
INGEST_SECONDS = 2.0
#: Pages queued or being fetched at which the extraction worker processes
#: (``follow.extract_processes``) start: a single page (``newsbrief add``) or a
#: quiet feed is extracted in its fetcher thread, without starting a process.
POOL_BACKLOG = 3
#: Longest the scheduler sleeps between checks (seconds): the reaction time to a stop.
TICK_SECONDS = 0.25


@dataclass
class _Job:
    kind: str  # "feed" or "page"
    url: str
    entry: dict | None = None


@dataclass
class _PollResult:
    feed: str
    response_url: str | None = None
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    entries: list[tuple[str, dict]] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None


@dataclass
class _PageResult:
    url: str
    article: Article | None = None
    canonical: str | None = None
    author: str | None = None
    language: str | None = None
    note: str | None = None  # why the feed entry's text was used, or why nothing was
    fetch_error: bool = False


@dataclass
class FollowReport:
    """What a follower did (running totals)."""

    feeds: int = 0
    polls: int = 0
    not_modified: int = 0
    poll_errors: int = 0
    paused: list[str] = field(default_factory=list)
    new_links: int = 0
    pages: int = 0
    page_errors: int = 0
    fallbacks: int = 0
    failed: int = 0
    duplicates: int = 0
    ingest: IngestResult = field(default_factory=IngestResult)
    warnings: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def errors(self) -> int:
        return self.poll_errors + self.page_errors

    def articles_per_minute(self) -> float:
        minutes = max(time.monotonic() - self.started, 1e-9) / 60
        return self.ingest.ingested / minutes

    def status_line(self, queued: int, in_flight: int) -> str:
        paused = f" ({len(self.paused)} paused)" if self.paused else ""
        return (f"feeds {self.feeds}{paused} · polls {self.polls} · queue {queued} · fetching {in_flight} · "
                f"stored {self.ingest.ingested} · {self.articles_per_minute():.1f} articles/min · "
                f"errors {self.errors}")

    def summary(self) -> str:
        parts = [f"polled {self.polls} time{'s' if self.polls != 1 else ''} ({self.not_modified} not modified, "
                 f"{self.poll_errors} failed)" if self.feeds else None,
                 f"{self.new_links} new link{'s' if self.new_links != 1 else ''}" if self.feeds else None,
                 f"fetched {self.pages} page{'s' if self.pages != 1 else ''} ({self.fallbacks} kept the feed's text, "
                 f"{self.failed} failed, {self.duplicates} duplicate URL{'s' if self.duplicates != 1 else ''})",
                 self.ingest.summary()]
        line = "; ".join(p for p in parts if p)
        if self.paused:
            line += f"; paused: {', '.join(self.paused)}"
        return line


class Follower:
    """Follows ``sources`` into ``store`` (opened by the caller).

    ``transport`` replaces httpx's network transport (tests); ``on_status``
    receives a status line every ``status_seconds`` while :meth:`run` runs;
    ``on_warning`` receives each warning as it happens (default: they are
    collected in ``report.warnings``); ``rng`` draws the poll jitter."""

    def __init__(self, store: Store, settings: Settings | None = None, sources: Iterable[FeedSource] = (), *,
                 transport: httpx.BaseTransport | None = None, on_status: Callable[[str], None] | None = None,
                 status_seconds: float = 1.0, on_warning: Callable[[str], None] | None = None,
                 rng: random.Random | None = None):
        self.store = store
        self.settings = settings or store.settings
        self.sources = list(sources)
        self.on_status = on_status
        self.status_seconds = status_seconds
        self.on_warning = on_warning
        self.rng = rng or random.Random()
        self.fetcher = Fetcher(self.settings.follow, transport=transport)
        self.store.open()
        self.state = FollowState(self.store.file)
        self.state.add_feeds(self.sources)
        self.report = FollowReport(feeds=len(self.sources))
        self._queues: dict[str, deque[_Job]] = {}
        self._in_flight: dict[str, int] = {}
        self._next_slot: dict[str, float] = {}
        self._futures: dict[Future, _Job] = {}
        self._feeds_busy: set[str] = set()
        self._waiting: list[tuple[str, Article]] = []  # fetched, not yet ingested
        self._waiting_since = 0.0
        self._canonicals: dict[str, Article] = {}  # the articles in _waiting by canonical URL
        self._extractors: ExtractorPool | None = None  # set once pages queue up (POOL_BACKLOG)
        self._held: set[str] = set()  # page links queued or in flight (at most follow.max_queued_pages)
        self._overflow = False  # pending links left in the store, beyond the queue's bound

    def close(self) -> None:
        self.fetcher.close()
        self.state.close()

    def __enter__(self) -> "Follower":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- inputs -----------------------------------------------------------------------

    def add_urls(self, urls: Iterable[str]) -> list[str]:
        """Queue single article URLs (``newsbrief add``) and return them; a
        URL already stored (itself or as another page's canonical URL) is
        not queued but reported, one that failed before is tried again."""
        urls = list(urls)
        bad = [u for u in urls if not is_url(u)]
        if bad:
            raise FeedSourceError("not an http(s) URL", path=bad[0])
        queued = []
        for url in dict.fromkeys(normalize_url(u) for u in urls):
            if self.state.is_stored(url) or self.state.status(url) == "duplicate":
                self._warn(f"{url}: already stored")
            else:
                queued.append(url)
        self.state.add_pending(queued)
        return queued

    def resume_feeds(self) -> None:
        """Unpause the followed feeds."""
        self.state.resume(s.url for s in self.sources)

    # --- the loop ---------------------------------------------------------------------

    def run(self, once: bool = False, stop: threading.Event | None = None) -> FollowReport:
        """Follow until ``stop`` is set, or, with ``once``, until every feed
        was polled once and every link found was fetched and stored.
        Links pending from an earlier run are fetched first."""
        stop = stop or threading.Event()
        report = self.report
        for url, art in self.state.fetched():  # fetched before a crash: ingest, do not download again
            self._wait_for_ingest(url, article_from_state(art))
        self._overflow = True
        self._refill()
        feeds = {f.url: f for f in self.state.feeds([s.url for s in self.sources])}
        for f in feeds.values():
            if f.paused:
                report.paused.append(f.url)
                self._warn(f"{f.url}: paused after {f.failures} failed polls (last: {f.last_error}); "
                                       f"`newsbrief follow --resume` polls it again")
        polled_once: set[str] = set()
        last_status = 0.0
        pool = ThreadPoolExecutor(max_workers=self.settings.follow.max_concurrency, thread_name_prefix="newsbrief-follow")
        try:
            while not stop.is_set():
                now = time.time()
                for f in feeds.values():
                    due = f.url not in polled_once if once else f.next_poll <= now
                    if due and not f.paused and f.url not in self._feeds_busy:
                        self._feeds_busy.add(f.url)
                        polled_once.add(f.url)
                        self._enqueue(_Job("feed", f.url), first=True)
                self._dispatch(pool, feeds)
                if self._futures:
                    done, _ = wait(list(self._futures), timeout=self._sleep_time(feeds, once),
                                   return_when=FIRST_COMPLETED)
                else:
                    done = set()
                    if not (once and not self._queued()):
                        stop.wait(self._sleep_time(feeds, once))
                fetched = []
                for fut in done:
                    job = self._futures.pop(fut)
                    host = host_of(job.url)
                    self._in_flight[host] -= 1
                    if job.kind == "feed":
                        self._feeds_busy.discard(job.url)
                        feeds[job.url] = self._record_poll(feeds[job.url], fut.result())
                    else:
                        self._held.discard(job.url)
                        fetched.extend(self._record_page(fut.result()))
                if fetched:
                    self.state.mark_fetched(fetched)
                if self._overflow and len(self._held) <= self.settings.follow.max_queued_pages // 2:
                    self._refill()
                idle = not self._futures and not self._queued()
                if self._waiting and (idle or len(self._waiting) >= INGEST_BATCH
                                      or time.monotonic() - self._waiting_since >= INGEST_SECONDS):
                    self._ingest()
                if self.on_status and time.monotonic() - last_status >= self.status_seconds:
                    last_status = time.monotonic()
                    self.on_status(report.status_line(self._queued(), len(self._futures)))
                if once and idle and not self._waiting:
                    break
        finally:
            # links not fetched stay pending for the next run; requests under way finish unheeded
            pool.shutdown(wait=False, cancel_futures=True)
            self._ingest()
        return report

    def _enqueue(self, job: _Job, first: bool = False) -> None:
        if job.kind == "page":
            self._held.add(job.url)
        q = self._queues.setdefault(host_of(job.url), deque())
        if first:
            q.appendleft(job)
        else:
            q.append(job)

    def _refill(self) -> None:
        """Queue the oldest pending links of the store up to ``follow.max_queued_pages``
        (those not queued or in flight already)."""
        room = self.settings.follow.max_queued_pages - len(self._held)
        if room <= 0:
            return
        rows = self.state.pending(limit=room + len(self._held))
        for url, entry in rows:
            if room <= 0:
                break
            if url not in self._held:
                self._enqueue(_Job("page", url, entry))
                room -= 1
        self._overflow = room <= 0 and len(rows) > 0

    def _queued(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def _dispatch(self, pool: ThreadPoolExecutor, feeds: dict[str, FeedState]) -> None:
        """Start queued requests, round-robin over hosts, within the limits."""
        limit, per_host = self.settings.follow.max_concurrency, self.settings.follow.max_per_host
        progressed = True
        while progressed and len(self._futures) < limit:
            progressed = False
            now = time.monotonic()
            for host in list(self._queues):
                queue = self._queues[host]
                if not queue:
                    del self._queues[host]
                    continue
                if len(self._futures) >= limit:
                    break
                if self._in_flight.get(host, 0) >= per_host or self._next_slot.get(host, 0.0) > now:
                    continue
                job = queue.popleft()
                if job.kind == "page" and self._extractors is None and self.settings.follow.extract_processes:
                    pages = sum(j.kind == "page" for j in self._futures.values()) + self._queued()
                    if pages + 1 >= POOL_BACKLOG:
                        self._extractors = extractor_pool(self.settings.follow.extract_processes)
                if job.kind == "feed":
                    fut = pool.submit(self._poll, feeds[job.url])
                else:
                    fut = pool.submit(self._fetch_page, job)
                self._futures[fut] = job
                self._in_flight[host] = self._in_flight.get(host, 0) + 1
                self._next_slot[host] = now + self.fetcher.host_delay(job.url)
                progressed = True

    def _sleep_time(self, feeds: dict[str, FeedState], once: bool) -> float:
        """Until the next thing can happen: a host's next slot, a feed's next poll, an ingest."""
        now_mono, now = time.monotonic(), time.time()
        times = [TICK_SECONDS]
        per_host = self.settings.follow.max_per_host
        times += [self._next_slot.get(h, 0.0) - now_mono for h, q in self._queues.items()
                  if q and self._in_flight.get(h, 0) < per_host]
        if not once:
            times += [f.next_poll - now for f in feeds.values() if not f.paused and f.url not in self._feeds_busy]
        if self._waiting:
            times.append(self._waiting_since + INGEST_SECONDS - now_mono)
        return max(min(times), 0.005)

    # --- work done in the pool ----------------------------------------------------------

    def _poll(self, feed: FeedState) -> _PollResult:
        import feedparser

        result = _PollResult(feed.url)
        try:
            resp = self.fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified, robots=False)
        except FetchError as err:
            result.error, result.status = err.message, err.status
            return result
        result.response_url, result.status = resp.url, resp.status
        result.etag, result.last_modified = resp.headers.get("etag"), resp.headers.get("last-modified")
        if resp.status == 304:
            return result
        parsed = feedparser.parse(resp.content, response_headers={
            "content-type": resp.headers.get("content-type", "application/xml"), "content-location": resp.url})
        if not parsed.entries and (parsed.bozo or parsed.version == ""):
            result.error = f"not a feed: {parsed.get('bozo_exception') or 'no RSS/Atom root element'}"
            return result
        if parsed.bozo:
            result.warning = f"{feed.url}: malformed feed ({parsed.bozo_exception}); read {len(parsed.entries)} entries"
        source = parsed.feed.get("title") or feed.title
        result.title = parsed.feed.get("title")
        seen: set[str] = set()
        for entry in parsed.entries:
            link = entry.get("link") or (entry.get("id") if is_url(entry.get("id") or "") else None)
            if not link:
                continue
            link = normalize_url(urljoin(resp.url, link))
            if not is_url(link) or link in seen:
                continue
            seen.add(link)
            result.entries.append((link, entry_fields(entry, source)))
        return result

    def _fetch_page(self, job: _Job) -> _PageResult:
        result = _PageResult(job.url)
        try:
            resp = self.fetcher.get(job.url)
        except FetchError as err:
            reason, result.fetch_error = f"page not fetched: {err.message}", True
        except Exception as err:  # an HTTP library failing on a hostile response: that page's problem only
            log.warning("fetching %s failed", job.url, exc_info=True)
            reason, result.fetch_error = f"page not fetched: {type(err).__name__}", True
        else:
            args = (resp.content, resp.url, self.settings, resp.headers.get("content-type"),
                    resp.headers.get("content-language"))
            pool = self._extractors
            page, reason, trace = pool.extract(*args) if pool is not None else extract_outcome(*args)
            if trace:
                log.warning("extracting %s failed\n%s", job.url, trace.rstrip())
            if page is not None:
                result.article, result.canonical = page.article, page.canonical
                result.author, result.language = page.author, page.language
                return result
        try:
            result.article = entry_article(job.entry, job.url, self.settings)
            result.canonical = job.url
            result.note = f"{reason}; kept the feed entry's text"
        except InputError as err:
            result.note = f"{reason}; {err.message}" if job.entry else reason
        return result

    # --- results (scheduler thread: the only one touching the store and the state) -----

    def _record_poll(self, feed: FeedState, result: _PollResult) -> FeedState:
        cfg = self.settings.follow
        report = self.report
        report.polls += 1
        interval = feed.interval or cfg.default_interval_seconds
        jitter = 1 + self.rng.uniform(-cfg.jitter, cfg.jitter)
        if result.error is None:
            outcome = PollOutcome(True, result.etag, result.last_modified, next_poll=time.time() + interval * jitter,
                                  title=result.title)
            report.not_modified += result.status == 304
            if result.warning:
                self._warn(result.warning)
        else:
            failures = feed.failures + 1
            paused = failures >= cfg.max_failures_before_pause
            wait_s = min(interval * 2 ** (failures - 1), cfg.max_backoff_seconds) * jitter
            outcome = PollOutcome(False, error=result.error, next_poll=time.time() + wait_s, paused=paused)
            report.poll_errors += 1
            self._warn(f"{feed.url}: poll failed ({result.error})")
            if paused:
                report.paused.append(feed.url)
                self._warn(f"{feed.url}: paused after {failures} failed polls in a row; "
                                       f"`newsbrief follow --resume` polls it again")
        new = self.state.record_poll(feed.url, outcome, result.entries, feed.categories)
        report.new_links += len(new)
        entries = dict(result.entries)
        for link in new:
            if len(self._held) < cfg.max_queued_pages:
                self._enqueue(_Job("page", link, entries[link]))
            else:  # pending in the store: queued as the queue drains (_refill)
                self._overflow = True
        if feed.categories:  # links this feed shares with another, stored or waiting: they gain its categories
            fresh = set(new)
            self._categorize([link for link in entries if link not in fresh], feed.categories)
        return self.state.feed(feed.url)

    def _categorize(self, urls: list[str], categories: list[str]) -> None:
        """Add ``categories`` to the articles stored from (or under the canonical URL) ``urls``,
        and to those fetched and waiting to be stored."""
        waiting = {a.id: a for _, a in self._waiting}
        ids = self.state.stored_article_ids(urls) + [self._canonicals[u].id for u in urls if u in self._canonicals]
        for aid in ids:
            if aid in waiting:
                waiting[aid].categories = list(dict.fromkeys([*waiting[aid].categories, *categories]))
        self.store.add_categories({aid: categories for aid in ids if aid not in waiting})

    def _record_page(self, result: _PageResult) -> list[tuple]:
        """Count a page result; return its row for ``state.mark_fetched`` when it is to be stored."""
        report = self.report
        report.pages += 1
        report.page_errors += result.fetch_error
        if result.article is None:
            report.failed += 1
            self._warn(f"{result.url}: {result.note}")
            self.state.mark_done(result.url, "failed", result.note)
            return []
        if result.note:
            report.fallbacks += 1
            self._warn(f"{result.url}: {result.note}")
        # read now, not when the fetch started: a feed polled meanwhile may have added its own
        result.article.categories = self.state.link_categories(result.url)
        canonical = result.canonical or result.url
        if canonical in self._canonicals or self.state.is_stored(canonical):
            report.duplicates += 1
            self.state.mark_done(result.url, "duplicate", f"same article as {canonical}", canonical)
            if result.article.categories:
                self._categorize([canonical], result.article.categories)
            return []
        self._wait_for_ingest(result.url, result.article)
        self._canonicals[canonical] = result.article
        return [(result.url, canonical, article_to_dict(result.article), result.author, result.language, result.note)]

    def _warn(self, message: str) -> None:
        if self.on_warning is not None:
            self.on_warning(message)
        else:
            self.report.warnings.append(message)

    def _wait_for_ingest(self, url: str, article: Article) -> None:
        if not self._waiting:
            self._waiting_since = time.monotonic()
        self._waiting.append((url, article))

    def _ingest(self) -> None:
        if not self._waiting:
            return
        batch, self._waiting = self._waiting, []
        result = self.store.add([a for _, a in batch])
        total = self.report.ingest
        for name in ("ingested", "already_stored", "near_duplicates", "stories_created", "merges", "splits"):
            setattr(total, name, getattr(total, name) + getattr(result, name))
        total.skipped.extend(result.skipped)
        self.state.mark_stored(u for u, _ in batch)
        self._canonicals.clear()


__all__ = ["FollowReport", "Follower", "INGEST_BATCH", "INGEST_SECONDS", "POOL_BACKLOG"]
