"""Articles from downloaded pages and from feed entries.

:func:`page_article` extracts a page's main text and metadata with
trafilatura (title, site name, date, author, canonical URL from
``<link rel=canonical>`` or ``og:url``), its language from the ``lang``
attribute of ``<html>`` or the Content-Language header, and decodes it by the
charset of the Content-Type header, else of its ``<meta>``, else as UTF-8 /
Windows-1252. :func:`entry_fields` keeps what a feed entry itself says, and
:func:`entry_article` makes the fallback article from it when the page
cannot be fetched or has no article text.

:func:`extract_outcome` is :func:`page_article` as a value (the article, or
why there is none), and :class:`ExtractorPool` runs it in worker processes
(``follow.extract_processes``), so extraction uses another core than the
fetcher threads and the ingest (Python threads share one).
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import multiprocessing
import os
import re
import threading
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from urllib.parse import urljoin

from ..config import Settings
from ..dates import parse_date
from ..errors import EmptyInputError, InputError
from ..ingest import check_language, decode, feed_entry, make_article
from ..model import Article
from .fetch import normalize_url
from .sources import is_url

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_HTML_LANG_RE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)

log = logging.getLogger(__name__)


@dataclass
class PageArticle:
    """An article extracted from a page, with what the :class:`Article` has no field for."""

    article: Article
    canonical: str
    author: str | None
    language: str | None


def decode_page(content: bytes, content_type: str | None, where: str) -> str:
    """A page's text: the header's charset, else the ``<meta>`` charset, else
    :func:`newsbrief.ingest.decode` (UTF-8, UTF-16 with BOM, Windows-1252)."""
    declared = []
    m = _CHARSET_RE.search(content_type or "")
    if m:
        declared.append(m.group(1))
    m = _META_CHARSET_RE.search(content[:4096])
    if m:
        declared.append(m.group(1).decode("ascii"))
    for name in declared:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in ("utf-8", "ascii"):  # a BOM, or a page that lies about UTF-8: let decode choose
            break
        try:
            return content.decode(codec)
        except UnicodeDecodeError:
            continue
    return decode(content, where)


def page_article(content: bytes, url: str, settings: Settings, *, content_type: str | None = None,
                 content_language: str | None = None) -> PageArticle:
    """The article on a page downloaded from ``url`` (after redirects).

    Raises an :class:`~newsbrief.errors.InputError` when the page is not
    text, has no article text, or is not English."""
    import trafilatura

    html = decode_page(content, content_type, url)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise EmptyInputError("no article text found on the page", path=url)
    title = doc.title.strip() if doc.title else None
    first, _, rest = text.strip().partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest  # the page's headline, repeated at the top of the body
    check_language(text, url, settings)
    canonical = normalize_url(url)
    if doc.url:
        candidate = urljoin(url, doc.url)
        if is_url(candidate):
            canonical = normalize_url(candidate)
    m = _HTML_LANG_RE.search(html[:4096])
    language = m.group(1) if m else (content_language or "").split(",")[0].strip() or None
    article = make_article(text, title=title, source=doc.sitename or doc.hostname, url=canonical,
                           date=parse_date(doc.date))
    return PageArticle(article, canonical, doc.author or None, language)


def extract_outcome(content: bytes, url: str, settings: Settings, content_type: str | None = None,
                    content_language: str | None = None) -> tuple[PageArticle | None, str | None, str | None]:
    """:func:`page_article` as a value: ``(page, None, None)``, or ``(None,
    why not, traceback)`` when the page holds no usable article (the
    traceback only when the extractor itself failed: a hostile page, not
    the follower's problem). Plain values, so a worker process can return it."""
    try:
        return page_article(content, url, settings, content_type=content_type,
                            content_language=content_language), None, None
    except InputError as err:
        return None, f"page not used: {err.message}", None
    except Exception as err:  # a third-party parser choking on a hostile page: that page's problem only
        return None, f"page not used: extraction failed ({type(err).__name__})", traceback.format_exc()


#: Seconds between a worker process's checks that the follower that started it still runs.
PARENT_CHECK_SECONDS = 1.0


def _watch_parent(parent: int) -> None:
    """In a worker: exit once the process that started it is gone (a follower killed with SIGKILL
    leaves no extractor behind)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="newsbrief-parent-watch", daemon=True).start()


class ExtractorPool:
    """:func:`extract_outcome` in ``processes`` worker processes (started
    with ``spawn``: the follower has threads, so it does not fork; a script
    that runs a follower at import time therefore needs the usual
    ``if __name__ == "__main__":`` guard, or ``follow.extract_processes = 0``). A page
    that kills its worker (a crash in a C parser) is tried once more in a
    fresh pool, then given up as "extraction crashed"; other pages go on."""

    def __init__(self, processes: int):
        self.processes = processes
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))

    def extract(self, content: bytes, url: str, settings: Settings, content_type: str | None = None,
                content_language: str | None = None) -> tuple[PageArticle | None, str | None, str | None]:
        """:func:`extract_outcome` of the page, computed in a worker process."""
        for _attempt in range(2):
            executor = self._executor
            try:
                return executor.submit(extract_outcome, content, url, settings, content_type,
                                       content_language).result()
            except BrokenProcessPool:
                with self._lock:
                    if self._executor is executor:  # the first thread to see it replaces the pool
                        log.warning("an extraction worker process died (while extracting %s); starting another",
                                    url)
                        executor.shutdown(wait=False, cancel_futures=True)
                        self._executor = self._start()
        return None, "page not used: extraction crashed its worker process twice", None

    def pids(self) -> list[int]:
        """Process ids of the running workers."""
        return list((self._executor._processes or {}).keys())

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


_POOLS: dict[int, ExtractorPool] = {}
_POOLS_LOCK = threading.Lock()


def extractor_pool(processes: int) -> ExtractorPool:
    """The pool of ``processes`` extraction workers shared by the followers of this process (started on
    first use, stopped at exit)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(processes)
        if pool is None:
            pool = _POOLS[processes] = ExtractorPool(processes)
        return pool


def entry_fields(entry, source: str | None) -> dict:
    """What a feedparser entry says of its article, as plain JSON values:
    ``title``, ``text`` (its content, else its summary, as text), ``date``
    (ISO day or None) and ``source`` (the feed's title)."""
    text, date, _ = feed_entry(entry)
    day = date.isoformat() if date else None
    return {"title": entry.get("title"), "text": text.strip(), "date": day, "source": source}


def entry_article(fields: dict | None, url: str, settings: Settings) -> Article:
    """The fallback article of a feed entry (see :func:`entry_fields`).
    Raises an :class:`~newsbrief.errors.InputError` when it has no usable text."""
    text = (fields or {}).get("text") or ""
    if not text.strip():
        raise EmptyInputError("the feed entry has no text of its own", path=url)
    check_language(text, url, settings)
    return make_article(text, title=fields.get("title"), source=fields.get("source"), url=url,
                        date=parse_date(fields.get("date")))


def article_to_dict(a: Article) -> dict:
    """An article as JSON values, to be rebuilt with :func:`article_from_state`."""
    return {"id": a.id, "title": a.title, "text": a.raw_text, "source": a.source, "url": a.url,
            "date": a.date.isoformat() if a.date else None, "categories": list(a.categories),
            **({"stamp_date": a.stamp_date.isoformat()} if a.stamp_date else {})}


def article_from_state(d: dict) -> Article:
    """The article :func:`article_to_dict` wrote (same id)."""
    return Article(id=d["id"], raw_text=d["text"], title=d.get("title"), source=d.get("source"), url=d.get("url"),
                   date=parse_date(d.get("date")), categories=list(d.get("categories") or []),
                   stamp_date=parse_date(d.get("stamp_date")))


__all__ = ["ExtractorPool", "PageArticle", "article_from_state", "article_to_dict", "decode_page", "entry_article",
           "entry_fields", "extract_outcome", "extractor_pool", "page_article"]
