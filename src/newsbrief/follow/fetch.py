"""Polite HTTP downloads of feeds and article pages (httpx).

:class:`Fetcher` sends every request with the ``follow.user_agent``
User-Agent, follows at most ``follow.max_redirects`` redirects itself (a
loop fails at once), streams the body and stops at ``follow.max_page_bytes``,
gives up after ``follow.timeout_seconds`` (for connecting, for each read,
and for the whole download), and retries a timeout, connection failure, 5xx
or 429 up to ``follow.retries`` times with a doubling wait. Article pages
are checked against the host's robots.txt (fetched once per host, read with
:mod:`urllib.robotparser`); feeds are not, since a user subscribed to them by
name. Conditional requests send ``If-None-Match`` / ``If-Modified-Since``.

The fetcher is thread-safe and spaces the requests it sends to one host
(robots.txt, redirects and retries included) by ``follow.host_delay_seconds``,
or the host's robots.txt ``Crawl-delay`` when longer. Scheduling (which
request goes next, concurrency per host) is the caller's: see
:mod:`newsbrief.follow.follower`.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..config import FollowSettings
from ..errors import FetchError

_REDIRECTS = (301, 302, 303, 307, 308)
#: robots.txt files larger than this are cut off (Google reads 500 KiB).
ROBOTS_MAX_BYTES = 512 * 1024


@dataclass
class Response:
    """A downloaded resource: ``url`` after redirects; ``status`` 304 has no content."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes


def normalize_url(url: str) -> str:
    """``url`` without its fragment, with scheme and host in lower case and an
    empty path as ``/`` (so the same page is one key)."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    """The host (with port) requests to ``url`` go to: the unit of politeness."""
    return urlsplit(url).netloc.lower()


class Fetcher:
    """Downloads with the limits of ``settings`` (a :class:`FollowSettings`).

    ``transport`` replaces httpx's network transport (tests)."""

    def __init__(self, settings: FollowSettings, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.agent = settings.user_agent
        t = settings.timeout_seconds
        self.client = httpx.Client(
            headers={"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(t, connect=t, read=t, write=t, pool=t),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=settings.max_concurrency + 4,
                                max_keepalive_connections=settings.max_concurrency),
            transport=transport,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._next_start: dict[str, float] = {}  # host -> earliest start of its next request (monotonic)
        self._pace_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- requests -------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            robots: bool = True) -> Response:
        """Download ``url`` (retrying transient failures); ``robots``: check
        robots.txt for it and every redirect target. Raises :class:`FetchError`."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._follow(url, headers, robots, self.settings.max_page_bytes)
            except FetchError as err:
                if not err.retryable or attempt >= self.settings.retries:
                    raise
                time.sleep(self.settings.retry_backoff_seconds * 2 ** attempt)
                attempt += 1

    def _follow(self, url: str, headers: dict[str, str], robots: bool, limit: int) -> Response:
        seen = {url}
        for _hop in range(self.settings.max_redirects + 1):
            if robots and not self.allowed(url):
                raise FetchError("robots.txt disallows fetching it", url=url)
            resp = self._get_once(url, headers, limit)
            if resp.status not in _REDIRECTS:
                return resp
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {resp.status} redirect without a Location", url=url, status=resp.status)
            target = normalize_url(urljoin(url, location))
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"redirect to a non-HTTP URL {target!r}", url=url, status=resp.status)
            if target in seen:
                raise FetchError(f"redirect loop (back to {target})", url=url, status=resp.status)
            seen.add(target)
            url = target
        raise FetchError(f"more than {self.settings.max_redirects} redirects", url=url)

    def host_delay(self, url: str) -> float:
        """Least time between two requests to ``url``'s host."""
        return max(self.settings.host_delay_seconds, self.crawl_delay(url) or 0.0)

    def _pace(self, url: str) -> None:
        """Wait for ``url``'s host's turn (see :meth:`host_delay`); requests to
        one host pass here one at a time."""
        host, delay = host_of(url), self.host_delay(url)
        with self._lock:
            turn = self._pace_locks.setdefault(host, threading.Lock())
        with turn:
            wait = self._next_start.get(host, 0.0) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._next_start[host] = time.monotonic() + delay

    def _get_once(self, url: str, headers: dict[str, str], limit: int) -> Response:
        """One request, no redirects followed; the body is read for 2xx only."""
        self._pace(url)
        deadline = time.monotonic() + self.settings.timeout_seconds
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                if status in _REDIRECTS or status == 304:
                    return Response(url, status, r.headers, b"")
                if status == 429 or status >= 500:
                    raise FetchError(f"HTTP {status}", url=url, status=status, retryable=True)
                if status >= 400:
                    raise FetchError(f"HTTP {status}", url=url, status=status)
                if not 200 <= status < 300:
                    raise FetchError(f"unexpected HTTP {status}", url=url, status=status)
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"too large ({int(declared):,} bytes, limit {limit:,})", url=url, status=status)
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"too large (over the {limit:,}-byte limit)", url=url, status=status)
                    if time.monotonic() > deadline:
                        raise FetchError(f"timed out after {self.settings.timeout_seconds:g} s", url=url,
                                         retryable=True)
                    chunks.append(chunk)
                return Response(str(r.url), status, r.headers, b"".join(chunks))
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.settings.timeout_seconds:g} s", url=url, retryable=True) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise FetchError(f"cannot request it: {err}", url=url) from None
        except httpx.DecodingError as err:
            raise FetchError(f"undecodable response: {err}", url=url) from None
        except httpx.TransportError as err:
            raise FetchError(f"network error: {err or type(err).__name__}", url=url, retryable=True) from None

    # --- robots.txt ---------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets this User-Agent fetch ``url``."""
        parser = self._robots_for(url)
        return parser.can_fetch(self.agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The host's robots.txt ``Crawl-delay`` for this User-Agent, when it was read and has one."""
        parser = self._robots.get(host_of(url))
        delay = parser.crawl_delay(self.agent) if parser is not None else None
        return float(delay) if delay is not None else None

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        host = host_of(url)
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:  # one robots.txt download per host, however many threads ask
            parser = self._robots.get(host)
            if parser is None:
                parser = self._read_robots(url)
                self._robots[host] = parser
            return parser

    def _read_robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The host's rules, as :mod:`urllib.robotparser` reads them: 401/403
        disallow everything, other 4xx allow everything. A 5xx or network
        failure raises a retryable :class:`FetchError` (nothing is cached)."""
        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            resp = self._follow(robots_url, {}, False, ROBOTS_MAX_BYTES)
            parser.parse(resp.content.decode("utf-8", errors="replace").splitlines())
        except FetchError as err:
            if err.status in (401, 403):
                parser.disallow_all = True
            elif err.status is not None and 400 <= err.status < 500:
                parser.allow_all = True
            elif err.status is not None and err.status < 400:  # a robots.txt over ROBOTS_MAX_BYTES: not rules
                parser.allow_all = True
            else:
                raise FetchError(f"robots.txt unavailable ({err.message})", url=url, retryable=True) from None
        return parser


__all__ = ["Fetcher", "Response", "host_of", "normalize_url"]
