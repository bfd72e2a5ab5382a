"""Feed sources: the feeds ``newsbrief follow`` polls, from command-line arguments.

A source argument is one of:

- a feed URL (``http://`` or ``https://``);
- an OPML file (``.opml``, or any file whose root element is ``<opml>``):
  every ``<outline>`` with an ``xmlUrl``; its categories are the
  ``category`` attribute (comma-separated, ``/``-paths split) and the text of
  the folders (outlines without ``xmlUrl``) that enclose it;
- a TOML file (``.toml``) of ``[[feeds]]`` tables with ``url`` and optional
  ``title``, ``categories`` (a list or one string) and ``interval``
  (seconds between polls)::

      [[feeds]]
      url = "https://example.org/world/rss.xml"
      categories = ["world"]
      interval = 600
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import FeedSourceError


@dataclass(frozen=True)
class FeedSource:
    """One feed to poll. ``interval`` (seconds) of ``None`` means the
    ``follow.default_interval_seconds`` setting."""

    url: str
    title: str | None = None
    categories: tuple[str, ...] = ()
    interval: int | None = None


def is_url(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL with a host."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def load_sources(arguments: Iterable[str]) -> list[FeedSource]:
    """The feeds named by ``arguments`` (URLs, OPML and TOML files), each URL
    once (the first mention wins, later mentions add their categories)."""
    found: dict[str, FeedSource] = {}
    for arg in arguments:
        for src in _sources_of(arg):
            old = found.get(src.url)
            if old is None:
                found[src.url] = src
            else:
                cats = tuple(dict.fromkeys(old.categories + src.categories))
                found[src.url] = FeedSource(old.url, old.title or src.title, cats, old.interval or src.interval)
    return list(found.values())


def _sources_of(arg: str) -> list[FeedSource]:
    if is_url(arg):
        return [FeedSource(arg)]
    path = Path(arg)
    if not path.is_file():
        raise FeedSourceError("not a feed URL (http:// or https://) nor an OPML or TOML file of feeds", path=arg)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise FeedSourceError(f"cannot read: {err.strerror}", path=arg) from None
    if path.suffix.lower() == ".toml":
        return read_toml(data, arg)
    if path.suffix.lower() == ".opml" or b"<opml" in data[:1024].lower():
        return read_opml(data, arg)
    raise FeedSourceError("not an OPML (.opml) or TOML (.toml) file of feeds", path=arg)


def read_opml(data: bytes, where: str) -> list[FeedSource]:
    """The feeds of an OPML document (see the module docstring)."""
    import lxml.etree

    try:
        root = lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except lxml.etree.XMLSyntaxError as err:
        raise FeedSourceError(f"malformed OPML: {err}", path=where) from None
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise FeedSourceError("not an OPML document (no <opml><body>)", path=where)
    out: list[FeedSource] = []

    def walk(node, folders: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = (outline.get("xmlUrl") or "").strip()
            text = (outline.get("title") or outline.get("text") or "").strip()
            if not url:
                walk(outline, folders + ((text,) if text else ()))
                continue
            if not is_url(url):
                raise FeedSourceError(f"outline {text or url!r}: xmlUrl {url!r} is not an http(s) URL", path=where)
            cats = [c.strip() for attr in (outline.get("category") or "").split(",")
                    for c in attr.strip().strip("/").split("/") if c.strip()]
            out.append(FeedSource(url, text or None, tuple(dict.fromkeys([*folders, *cats]))))
            walk(outline, folders)

    walk(body, ())
    if not out:
        raise FeedSourceError("OPML file lists no feeds (no outline with an xmlUrl)", path=where)
    return out


def read_toml(data: bytes, where: str) -> list[FeedSource]:
    """The feeds of a TOML file of ``[[feeds]]`` tables (see the module docstring)."""
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise FeedSourceError(f"not valid TOML: {err}", path=where) from None
    feeds = doc.get("feeds")
    if not isinstance(feeds, list) or not feeds:
        raise FeedSourceError("no [[feeds]] tables", path=where)
    out = []
    for i, feed in enumerate(feeds, 1):
        name = f"[[feeds]] #{i}"
        if not isinstance(feed, dict):
            raise FeedSourceError(f"{name} is not a table", path=where)
        unknown = set(feed) - {"url", "title", "categories", "interval"}
        if unknown:
            raise FeedSourceError(f"{name}: unknown key {sorted(unknown)[0]!r} (url, title, categories, interval)",
                                  path=where)
        url = feed.get("url")
        if not isinstance(url, str) or not is_url(url):
            raise FeedSourceError(f"{name}: url must be an http(s) URL, not {url!r}", path=where)
        cats = feed.get("categories", [])
        cats = [cats] if isinstance(cats, str) else cats
        if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
            raise FeedSourceError(f"{name}: categories must be a string or a list of strings", path=where)
        interval = feed.get("interval")
        if interval is not None and (isinstance(interval, bool) or not isinstance(interval, int) or interval < 10):
            raise FeedSourceError(f"{name}: interval must be a whole number of seconds >= 10, not {interval!r}",
                                  path=where)
        title = feed.get("title")
        out.append(FeedSource(url, title if isinstance(title, str) else None, tuple(cats), interval))
    return out


__all__ = ["FeedSource", "is_url", "load_sources", "read_opml", "read_toml"]
