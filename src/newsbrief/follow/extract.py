"""Articles from downloaded pages and from feed entries.

:func:`page_article` extracts a page's main text and metadata with
trafilatura (title, site name, date, author, canonical URL from
``<link rel=canonical>`` or ``og:url``), its language from the ``lang``
attribute of ``<html>`` or the Content-Language header, and decodes it by the
charset of the Content-Type header, else of its ``<meta>``, else as UTF-8 /
Windows-1252. :func:`entry_fields` keeps what a feed entry itself says, and
:func:`entry_article` makes the fallback article from it when the page
cannot be fetched or has no article text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from ..config import Settings
from ..dates import parse_date
from ..errors import EmptyInputError
from ..ingest import check_language, decode, feed_entry, make_article
from ..model import Article
from .fetch import normalize_url
from .sources import is_url

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_HTML_LANG_RE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)


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
            "date": a.date.isoformat() if a.date else None, "categories": list(a.categories)}


def article_from_state(d: dict) -> Article:
    """The article :func:`article_to_dict` wrote (same id)."""
    return Article(id=d["id"], raw_text=d["text"], title=d.get("title"), source=d.get("source"), url=d.get("url"),
                   date=parse_date(d.get("date")), categories=list(d.get("categories") or []))


__all__ = ["PageArticle", "article_from_state", "article_to_dict", "decode_page", "entry_article",
           "entry_fields", "page_article"]
