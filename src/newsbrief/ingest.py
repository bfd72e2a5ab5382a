"""Ingest: turn paths, raw strings, dicts and streams into :class:`Article` s.

Readers by input kind:

1. ``.txt`` (and files with no known suffix): first non-empty line is the title.
2. ``.html`` / ``.htm``: main text and metadata extracted with trafilatura.
3. ``.json``: one article object, a list of them, or a cluster object with
   ``articles``; ``.jsonl`` (optionally ``.gz``): one such object per line,
   streamed, so the file may be larger than memory allows.
4. RSS/Atom feeds (``.rss``, ``.atom``, ``.xml`` with a feed root) via feedparser.
5. Directories (recursive, sorted), and ``-`` for standard input.

Input is validated here and only here: empty, binary, undecodable, malformed,
oversized or non-English input raises an :class:`~newsbrief.errors.InputError`
that names the file (and line). :func:`read_articles` turns errors of single
files into warnings when other files could be read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from . import _patterns
from .config import Settings
from .errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    MalformedJSONError,
    NoArticlesError,
    UnsupportedLanguageError,
)
from .model import Article

ArticleInput = str | os.PathLike[str] | dict[str, Any] | Article

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES


@dataclass
class ReadReport:
    """What :func:`read_articles` skipped and why (warn-and-skip)."""

    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def skip(self, err: InputError) -> None:
        self.skipped.append((err.path or "<input>", err.message))
        self.warnings.append(str(err))


def read_articles(
    inputs: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
    strict: bool = False,
) -> list[Article]:
    """Read every input into articles.

    A bad input among good ones is skipped with a warning in ``report``
    (or raised when ``strict``). Raises :class:`NoArticlesError` when nothing
    at all could be read.
    """
    settings = settings or Settings()
    report = report if report is not None else ReadReport()
    out: list[Article] = []
    last_error: InputError | None = None
    for item in inputs:
        try:
            for art in iter_input(item, settings, None if strict else report):
                out.append(art)
        except InputError as err:
            if strict:
                raise
            last_error = err
            report.skip(err)
    if not out:
        if last_error is not None and len(report.skipped) == 1:
            raise last_error
        detail = "; ".join(report.warnings[:5])
        raise NoArticlesError("no article could be read" + (f" ({detail})" if detail else ""))
    return out


def iter_input(item: ArticleInput, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """Articles from one input: an Article, a dict, a path, ``-``, or raw text."""
    if isinstance(item, Article):
        yield item
    elif isinstance(item, dict):
        yield article_from_dict(item, settings, where="<dict>")
    elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        path = str(item)
        if path == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", settings)
        elif os.path.isdir(path):
            yield from read_directory(path, settings, report)
        else:
            yield from read_path(path, settings, report)
    elif isinstance(item, str):
        yield from read_text(item, "<text>", settings)
    else:
        raise InputError(f"cannot read an article from {type(item).__name__}")


def _looks_like_path(s: str) -> bool:
    if s == "-":
        return True
    if "\n" in s or len(s) > 4096:
        return False
    if os.path.exists(s):
        return True
    # a missing file is reported as one, not briefed as a one-word article
    return not any(c.isspace() for c in s) and ("/" in s or os.sep in s or _suffix(s) in ALL_SUFFIXES - {""})


def read_directory(path: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    files = sorted(
        p for p in Path(path).rglob("*")
        if p.is_file() and not p.name.startswith(".") and _suffix(p) in ALL_SUFFIXES
    )
    found = False
    for p in files:
        try:
            for art in read_path(str(p), settings, report):
                found = True
                yield art
        except InputError as err:
            if report is None:
                raise
            report.skip(err)
    if not found:
        raise NoArticlesError("directory holds no readable article", path=path)


def _suffix(p: Path | str) -> str:
    name = str(p).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix


def read_path(path: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """Read one file by its suffix (``.gz`` is decompressed transparently).

    With ``report``, a bad line or article inside a JSON Lines file is
    recorded there and skipped instead of ending the file."""
    if not os.path.exists(path):
        raise InputError("no such file", path=path)
    suffix = _suffix(path)
    opener: Callable[[], BinaryIO] = (
        (lambda: gzip.open(path, "rb")) if path.lower().endswith(".gz") else (lambda: open(path, "rb"))  # type: ignore[return-value]
    )
    if suffix in JSONL_SUFFIXES:
        with opener() as fh:
            yield from read_jsonl(fh, path, settings, report)
        return
    size = os.path.getsize(path)
    if size == 0:
        raise EmptyInputError("file is empty", path=path)
    if size > settings.ingest.max_file_bytes and not path.lower().endswith(".gz"):
        raise InputTooLargeError(
            f"file is {size / 1e6:.0f} MB, over the {settings.ingest.max_file_bytes / 1e6:.0f} MB limit for one "
            "article file; split it, or use JSON Lines (.jsonl), which is streamed",
            path=path,
        )
    with opener() as fh:
        data = fh.read(settings.ingest.max_file_bytes + 1)
    if len(data) > settings.ingest.max_file_bytes:
        raise InputTooLargeError("decompressed file is over the size limit", path=path)
    if suffix in JSON_SUFFIXES:
        yield from read_json(data, path, settings)
    elif suffix in HTML_SUFFIXES:
        yield read_html(decode(data, path), path, settings)
    elif suffix in FEED_SUFFIXES and _is_feed(data):
        yield from read_feed(data, path, settings)
    elif suffix in FEED_SUFFIXES and b"<html" in data[:2048].lower():
        yield read_html(decode(data, path), path, settings)
    else:
        yield from read_text(decode(data, path), path, settings)


def read_stream(fh: BinaryIO, where: str, settings: Settings) -> Iterator[Article]:
    """Standard input: sniff JSON Lines, HTML, a feed, or plain text."""
    data = fh.read(settings.ingest.max_file_bytes + 1)
    if len(data) > settings.ingest.max_file_bytes:
        raise InputTooLargeError("input is over the size limit", path=where)
    head = data.lstrip()[:512].lower()
    if head.startswith(b"{") or head.startswith(b"["):
        if head.startswith(b"[") or data.strip().count(b"\n") == 0:
            yield from read_json(data, where, settings)
        else:
            yield from read_jsonl(io.BytesIO(data), where, settings)
    elif _is_feed(data):
        yield from read_feed(data, where, settings)
    elif head.startswith(b"<"):
        yield read_html(decode(data, where), where, settings)
    else:
        yield from read_text(decode(data, where), where, settings)


# --- decoding and validation -------------------------------------------------


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Binary data (NUL bytes, many control characters) raises
    :class:`BinaryInputError`; bytes no encoding accepts raise
    :class:`EncodingError` with the line and byte offset of the first one.
    """
    if not data.strip():
        raise EmptyInputError("file is empty", path=where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:8192]
    if b"\x00" in sample or _control_ratio(sample) > 0.05:
        raise BinaryInputError("file looks binary, not text (NUL or control bytes)", path=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pos = utf8_error.start
        line = data.count(b"\n", 0, pos) + 1
        raise EncodingError(
            f"undecodable byte 0x{data[pos]:02x} at offset {pos}: not UTF-8 or Windows-1252 text", path=where, line=line
        ) from None


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample)


def check_language(text: str, where: str, settings: Settings, line: int | None = None) -> None:
    """Raise :class:`UnsupportedLanguageError` for text that is not English."""
    words = _patterns.WORD_RE.findall(text[:20000].lower())
    if len(words) < settings.ingest.language_check_min_words:
        return
    ratio = sum(1 for w in words if w in _patterns.ENGLISH_FUNCTION_WORDS) / len(words)
    if ratio < settings.ingest.min_english_ratio:
        raise UnsupportedLanguageError(
            f"text does not look English ({ratio:.0%} English function words); only English is supported",
            path=where,
            line=line,
        )


# --- readers ------------------------------------------------------------------


def read_text(text: str, where: str, settings: Settings) -> Iterator[Article]:
    """Plain text: the first non-empty line is the title, the rest the body."""
    if not text.strip():
        raise EmptyInputError("file is empty", path=where)
    if "\x00" in text:
        raise BinaryInputError("text holds NUL characters", path=where)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    # the title is the first non-empty line that is not scraping debris
    # ("Advertisement", a share bar); the debris stays in the body for clean
    first = next((i for i in nonempty[:30] if not _patterns.boilerplate_reason(lines[i].strip())), nonempty[0])
    title = lines[first].strip()
    body = "\n".join(lines[:first] + lines[first + 1 :]).strip("\n")
    if not body.strip():
        # a one-line file: the line is the text, not a title
        body, title = title, None
    check_language(body, where, settings)
    path = where if not where.startswith("<") else None
    yield make_article(body, title=title, path=path)


def read_html(html: str, where: str, settings: Settings) -> Article:
    """HTML page: main text and metadata via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise EmptyInputError("no article text found in the HTML page", path=where)
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML page", path=where)
    check_language(text, where, settings)
    path = where if not where.startswith("<") else None
    return make_article(
        text,
        title=get("title"),
        source=get("sitename") or get("hostname"),
        url=get("url"),
        date=parse_date(get("date")),
        path=path,
    )


def read_json(data: bytes, where: str, settings: Settings) -> Iterator[Article]:
    text = decode(data, where)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedJSONError(f"malformed JSON: {err.msg} (column {err.colno})", path=where, line=err.lineno) from None
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        yield from _articles_from_obj(item, settings, f"{where}[{i}]" if isinstance(obj, list) else where, None)


def read_jsonl(fh: BinaryIO, where: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """JSON Lines, streamed: one article (or cluster) object per line."""
    any_line = False
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        any_line = True
        try:
            if len(raw) > settings.ingest.max_line_bytes:
                raise InputTooLargeError(f"line is {len(raw) / 1e6:.0f} MB, over the line limit", path=where, line=lineno)
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise EncodingError("line is not UTF-8", path=where, line=lineno) from None
            except json.JSONDecodeError as err:
                raise MalformedJSONError(f"malformed JSON: {err.msg} (column {err.colno})", path=where, line=lineno) from None
            yield from _articles_from_obj(obj, settings, where, lineno, report)
        except InputError as err:
            if report is None:
                raise
            report.skip(err)
    if not any_line:
        raise EmptyInputError("file is empty", path=where)


def _articles_from_obj(obj: Any, settings: Settings, where: str, line: int | None,
                       report: ReadReport | None = None) -> Iterator[Article]:
    if not isinstance(obj, dict):
        raise MalformedJSONError(f"expected a JSON object, got {type(obj).__name__}", path=where, line=line)
    if isinstance(obj.get("articles"), list):
        for art in obj["articles"]:
            try:
                yield article_from_dict(art, settings, where=where, line=line)
            except InputError as err:
                if report is None:
                    raise
                report.skip(err)
    else:
        yield article_from_dict(obj, settings, where=where, line=line)


def article_from_dict(d: dict[str, Any], settings: Settings | None = None, where: str = "<dict>", line: int | None = None) -> Article:
    """An article from a dict with ``text`` and optional title/source/url/date."""
    settings = settings or Settings()
    if not isinstance(d, dict):
        raise MalformedJSONError(f"expected an article object, got {type(d).__name__}", path=where, line=line)
    text = d.get("text") or d.get("body") or d.get("content")
    if not isinstance(text, str) or not text.strip():
        raise EmptyInputError("article has no 'text'", path=where, line=line)
    check_language(text, where, settings, line=line)
    title = d.get("title")
    return make_article(
        text,
        title=title if isinstance(title, str) and title.strip() else None,
        source=d.get("source") if isinstance(d.get("source"), str) else None,
        url=d.get("url") if isinstance(d.get("url"), str) else None,
        date=parse_date(d.get("date")),
        path=None if where.startswith("<") else where,
        article_id=str(d["id"]) if d.get("id") is not None else None,
    )


def _is_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(data: bytes, where: str, settings: Settings) -> Iterator[Article]:
    """RSS/Atom: one article per entry (content, else summary, as HTML)."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise MalformedJSONError(f"malformed feed: {feed.bozo_exception}", path=where)
    source = feed.feed.get("title") if hasattr(feed, "feed") else None
    n = 0
    for entry in feed.entries:
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        html = html or entry.get("summary", "")
        text = _html_to_text(html)
        if not text.strip():
            continue
        n += 1
        date = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                date = dt.date(*entry[key][:3])
                break
        yield make_article(
            text, title=entry.get("title"), source=source, url=entry.get("link"), date=date,
            path=None if where.startswith("<") else where,
        )
    if n == 0:
        raise EmptyInputError("feed has no entries with text", path=where)


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


# --- article construction: source and date detection ----------------------------


def make_article(
    text: str,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    date: dt.date | None = None,
    path: str | None = None,
    article_id: str | None = None,
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not source:
        source = detect_source(text)
    if not source and url:
        source = _host(url)
    if not source and path:
        source = Path(path).stem
    if date is None:
        date = detect_date(text)
    return Article(
        id=article_id or Article.make_id(text, title, url),
        raw_text=text,
        title=title.strip() if title else None,
        source=source,
        url=url,
        date=date,
        path=path,
    )


def detect_source(text: str) -> str | None:
    """Outlet from wire markers: "Jan. 14 (UPI) --", "LONDON (AP) _", "rs/rt (AFP, Reuters)".

    A dateline marker names the writing outlet; a closing sign-off
    ("rs/rt (AFP, Reuters, dpa, AP)", DW's style) names the agencies credited.
    """
    head = text[:2000]
    m = _patterns.DATELINE_AGENCY_RE.search(head)
    if m:
        return _patterns.AGENCY_NAMES.get(m.group("agency").upper(), m.group("agency"))
    tail = text[-1500:]
    m = _patterns.SIGNOFF_RE.search(tail)
    if m:
        return f"{_patterns.SIGNOFF_OUTLET} ({m.group('agencies').strip()})"
    return None


def _host(url: str) -> str | None:
    m = re.match(r"[a-z]+://(?:www\.)?([^/:]+)", url)
    return m.group(1) if m else None


def detect_date(text: str) -> dt.date | None:
    """A publication date from the first lines ("14 January, 2020",
    "Published 14 January 2020", "Jan. 14, 2020"); ``None`` when absent."""
    lines = [l.strip() for l in text.split("\n")[:15] if l.strip()]
    for line in lines:
        if len(line.split()) > 8:
            continue
        d = parse_date(_patterns.PUBLISHED_PREFIX_RE.sub("", line))
        if d:
            return d
    return None


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def parse_date(value: Any) -> dt.date | None:
    """Parse ISO dates and common English date forms; ``None`` if it is not one."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s) or re.match(r"^(\d{4})/(\d{2})/(\d{2})$", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    s = re.sub(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+", "", s, flags=re.I)
    m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", s)
    if m and m[2][:3].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    m = re.match(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", s)
    if m and m[1][:3].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
