"""Ingest: turn paths, raw strings, dicts, uploads and streams into :class:`Article` s.

One walker, :func:`read_inputs`, reads every kind of input: :class:`Article`
s and dicts as they are, raw text, files, directories (recursive, sorted),
``-`` for standard input, and :class:`NamedInput` (bytes in memory under a
file name: an upload, a pasted article). It yields articles and records each
input it could not read in a :class:`ReadReport`. The CLI, the store and the
server all read through it.

Formats are readers in a registry (:data:`READERS`, :func:`register_reader`),
chosen by the file name's suffix (``.gz`` is decompressed first), else by the
content (sniffed, in registry order):

1. ``jsonl``: ``.jsonl``/``.ndjson``, one article (or cluster) object per
   line, streamed, so the file may be larger than memory allows.
2. ``json``: ``.json``, one article object, a list of them, or a cluster
   object with ``articles``.
3. ``feed``: RSS/Atom (``.rss``, ``.atom``, ``.xml`` with a feed root) via
   feedparser, one article per entry.
4. ``html``: ``.html``/``.htm``/``.xhtml``, main text and metadata extracted
   with trafilatura.
5. ``text``: ``.txt``/``.text`` and anything else; the first non-empty line is
   the title.

Adding a format is one :class:`Reader` entry plus its reading function.

Input is validated here and only here: empty, binary, undecodable, malformed,
oversized or non-English input raises an :class:`~newsbrief.errors.InputError`
that names the file (and line). :func:`read_inputs` turns errors of single
inputs into warnings; :func:`read_articles` raises when nothing at all could
be read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import io
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from . import _patterns
from .config import Settings
from .dates import MONTH_PATTERN, latest_full_date, month_number, parse_date, safe_date
from .language import not_english_reason
from .errors import (
    BinaryInputError,
    DocumentationFileError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    MalformedFeedError,
    MalformedJSONError,
    NoArticlesError,
    UnsupportedLanguageError,
)
from .model import Article
from .outlets import looks_like_identifier, outlet_from_metadata, outlet_from_text, outlet_from_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NamedInput:
    """Bytes held in memory under a file name (an upload, a pasted article),
    read like a file of that name."""

    name: str
    data: bytes
    #: A reader's name (``"text"``); ``None`` chooses by the name's suffix, else by the content.
    reader: str | None = None


ArticleInput = str | os.PathLike[str] | dict[str, Any] | Article | NamedInput


@dataclass
class ReadReport:
    """What reading skipped and why (warn-and-skip).

    ``strict``: raise the first error instead of recording it."""

    warnings: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    strict: bool = False
    #: content key (:func:`content_key`) of each article id read so far
    ids: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """``(input, reason)`` of every input or line that was skipped; a line as ``path:line``."""
        return [(err.where or "<input>", err.message) for err in self.errors]

    def skip(self, err: InputError, *, by_design: bool = False) -> None:
        """Record ``err`` as a warning (or raise it when ``strict``, unless the input is skipped ``by_design``:
        a directory's README)."""
        if self.strict and not by_design:
            raise err
        self.errors.append(err)
        self.warnings.append(str(err))


# --- the reader registry ---------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """One input format.

    ``read(data, where, settings, report)`` yields the articles of one input
    named ``where``: ``data`` is all its bytes, or, for a ``streamed`` reader,
    a binary file object read line by line (no whole-input size limit).
    ``sniff(head, data)`` tells whether content with no telling suffix is in
    this format (``head``: the first 512 bytes after leading whitespace, lower
    case). ``check_content``: the suffix is shared with other formats
    (``.xml``), so content the sniff rejects is sniffed against every reader.
    """

    name: str
    suffixes: frozenset[str]
    read: Callable[..., Iterator[Article]]
    sniff: Callable[[bytes, bytes], bool]
    streamed: bool = False
    check_content: bool = False


#: Readers by name, in sniffing order (the last one accepts anything).
READERS: dict[str, Reader] = {}


def register_reader(reader: Reader) -> Reader:
    """Add ``reader`` to :data:`READERS` (before the catch-all ``text`` reader when that is there)."""
    fallback = READERS.pop("text", None)
    READERS[reader.name] = reader
    if fallback is not None and reader.name != "text":
        READERS["text"] = fallback
    return reader


def suffix_of(name: str | os.PathLike[str]) -> str:
    """The format suffix of a file name, lower case, ``.gz`` looked through (``a.JSONL.gz`` -> ``.jsonl``)."""
    lowered = str(name).lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return Path(lowered).suffix


def reader_for(name: str | os.PathLike[str]) -> Reader | None:
    """The reader a file name's suffix calls for, or ``None`` (then the content decides)."""
    suffix = suffix_of(name)
    return next((r for r in READERS.values() if suffix in r.suffixes), None)


def sniff_reader(data: bytes) -> Reader:
    """The first reader (in registry order) that recognizes ``data``."""
    head = data.lstrip()[:512].lower()
    return next(r for r in READERS.values() if r.sniff(head, data))


def readable_suffixes() -> frozenset[str]:
    """Suffixes a directory walk reads: every reader's, and none (files without one are sniffed)."""
    return frozenset({""}.union(*(r.suffixes for r in READERS.values())))


# --- walking inputs ----------------------------------------------------------------


def read_inputs(
    inputs: Iterable[ArticleInput], settings: Settings | None = None, report: ReadReport | None = None
) -> Iterator[Article]:
    """Articles from each input in turn: :class:`Article` s, dicts, paths of
    files or directories, ``-`` (standard input), :class:`NamedInput` s, or raw text.

    An input (or a line of a JSON Lines file, or a file in a directory) that
    cannot be read is recorded in ``report`` and skipped, or raised when the
    report is ``strict``.
    """
    settings = settings or Settings()
    report = report if report is not None else ReadReport()
    for item in inputs:
        try:
            for art in _read_input(item, settings, report):
                yield _distinct(art, report)
        except InputError as err:
            report.skip(err)


def content_key(art: Article) -> str:
    """What makes two articles the same article: their text, title and URL
    (the id :meth:`Article.make_id` derives from them)."""
    text, title, url = art.raw_text, art.title, art.url
    slot = (id(text), id(title), id(url))
    found = _CONTENT_KEYS.get(slot)
    if found is not None and found[0] is text and found[1] is title and found[2] is url:
        return found[3]
    if len(_CONTENT_KEYS) >= CONTENT_KEY_CACHE_SIZE:
        _CONTENT_KEYS.clear()
    key = Article.make_id(text, title, url)
    _CONTENT_KEYS[slot] = (text, title, url, key)
    return key


#: The last articles' content keys, by the identity of their text, title and URL strings (held, so an identity
#: is never reused while kept): the store asks again for each article it read (~0.04 ms per 500 words).
#: Twice a store's batch, then it starts again.
_CONTENT_KEYS: dict[tuple[int, int, int], tuple[str, str | None, str | None, str]] = {}
CONTENT_KEY_CACHE_SIZE = 512


def renamed_id(art: Article) -> str:
    """The id an article gets when its given id already names a different
    article: the given id and a hash of its content (stable, so reading the
    same input again gives the same id)."""
    return f"{given_id(art)}~{content_key(art)[:8]}"


def given_id(art: Article) -> str:
    """The id ``art`` was given before :func:`renamed_id` renamed it (its id when it was not renamed)."""
    base, sep, tail = art.id.rpartition("~")
    return base if sep and tail == content_key(art)[:8] else art.id


def _distinct(art: Article, report: ReadReport) -> Article:
    """``art``, renamed (with a warning) when its id was already read for a
    different article: two articles under one user-given id are both kept,
    never one silently dropped. The very same article read twice keeps its id."""
    key = content_key(art)
    seen = report.ids.setdefault(art.id, key)
    if seen != key:
        new_id = renamed_id(art)
        report.warnings.append(f"{art.path or '<input>'}: id {art.id!r} was already given to a different article; "
                               f"this one is read as {new_id!r}")
        art.id = new_id
        report.ids.setdefault(new_id, key)
    return art


def read_articles(
    inputs: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
) -> list[Article]:
    """Every article of ``inputs`` (see :func:`read_inputs`), as a list.

    A bad input among good ones is skipped with a warning in ``report`` (or
    raised when the report is ``strict``). When nothing at all could be read,
    raises the one error there was, else :class:`NoArticlesError` listing the
    first five.
    """
    report = report if report is not None else ReadReport()
    n_errors = len(report.errors)
    out = list(read_inputs(inputs, settings, report))
    if not out:
        errors = report.errors[n_errors:]
        if len(errors) == 1:
            raise errors[0]
        detail = "; ".join(str(err) for err in errors[:5])
        raise NoArticlesError("no article could be read" + (f" ({detail})" if detail else ""))
    return out


def input_files(paths: Iterable[str | os.PathLike[str]], report: ReadReport | None = None) -> list[str]:
    """``paths`` with each directory replaced by its readable files (see
    :func:`directory_files`); files and ``-`` are kept as they are. A directory's documentation files are
    recorded in ``report`` as skipped, when given."""
    out: list[str] = []
    for p in map(str, paths):
        if p != "-" and os.path.isdir(p):
            out.extend(map(str, directory_files(p, report)))
        else:
            out.append(p)
    return out


#: Names (before the first dot, any case) of the files that document a directory of articles, as a dataset or a
#: sample ships them ("README.md", "LICENSE.txt"): left out when the directory is read, read when named.
DOCUMENTATION_NAMES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "changes",
                                 "history", "contributing", "authors", "citation", "manifest"})


def is_documentation(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is named as a directory's documentation (:data:`DOCUMENTATION_NAMES`)."""
    return Path(path).name.split(".", 1)[0].lower() in DOCUMENTATION_NAMES


def directory_files(path: str | os.PathLike[str], report: ReadReport | None = None) -> list[Path]:
    """The files under ``path`` (recursive, sorted) with a readable suffix, hidden files and the directory's
    documentation (:func:`is_documentation`) left out; each documentation file is recorded in ``report`` as
    skipped by design (never raised), when given. One walk of the directory."""
    suffixes = readable_suffixes()
    files = sorted(p for p in Path(path).rglob("*")
                   if p.is_file() and not p.name.startswith(".") and suffix_of(p) in suffixes)
    for p in files:
        if report is not None and is_documentation(p):
            report.skip(DocumentationFileError("a directory's documentation, not an article (name the file to "
                                               "read it)", path=str(p)), by_design=True)
    return [p for p in files if not is_documentation(p)]


def _read_input(item: ArticleInput, settings: Settings, report: ReadReport) -> Iterator[Article]:
    """Articles from one input of any kind (see :func:`read_inputs`)."""
    if isinstance(item, Article):
        yield item
    elif isinstance(item, dict):
        yield article_from_dict(item, settings, where="<dict>")
    elif isinstance(item, NamedInput):
        yield from _guarded(_read_named(item, settings, report), item.name)
    elif isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
        path = str(item)
        if path == "-":
            yield from _guarded(read_stream(sys.stdin.buffer, "<stdin>", settings, report), "<stdin>")
        elif os.path.isdir(path):
            yield from _read_directory(path, settings, report)
        else:
            yield from _guarded(read_path(path, settings, report), path)
    elif isinstance(item, str):
        yield from read_text(item, "<text>", settings)
    else:
        raise InputError(f"cannot read an article from {type(item).__name__}")


def _guarded(articles: Iterator[Article], where: str) -> Iterator[Article]:
    """``articles``, with an error that is not an :class:`InputError` (a
    third-party parser choking on hostile input) turned into one that names
    ``where``: bad input, not a crash. The details go to the log, not into
    the message a server sends back."""
    try:
        yield from articles
    except InputError as err:
        if err.path is None:
            err.path = where
        raise
    except Exception as err:
        log.warning("%s: reader failed", where, exc_info=True)
        raise InputError(f"could not read the file ({type(err).__name__})", path=where) from err


def _looks_like_path(s: str) -> bool:
    if s == "-":
        return True
    if "\n" in s or len(s) > 4096:
        return False
    if os.path.exists(s):
        return True
    # a missing file is reported as one, not briefed as a one-word article
    return not any(c.isspace() for c in s) and ("/" in s or os.sep in s or suffix_of(s) in readable_suffixes() - {""})


def _read_directory(path: str, settings: Settings, report: ReadReport) -> Iterator[Article]:
    found = False
    for p in directory_files(path, report):
        try:
            for art in _guarded(read_path(str(p), settings, report), str(p)):
                found = True
                yield art
        except InputError as err:
            report.skip(err)
    if not found:
        raise NoArticlesError("directory holds no readable article", path=path)


def read_path(path: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """Read one file by its suffix (``.gz`` is decompressed transparently), else by its content.

    A bad line or article inside a JSON Lines file is recorded in ``report``
    and skipped (raised when there is no report)."""
    report = report if report is not None else ReadReport(strict=True)
    if not os.path.exists(path):
        if os.path.islink(path):
            raise InputError("a symbolic link that leads nowhere (a loop, or its target is gone)", path=path)
        raise InputError("no such file", path=path)
    if not os.path.isdir(path) and not os.path.isfile(path):
        raise InputError("not a regular file (a pipe, socket or device): give a file, or - for standard input",
                         path=path)
    compressed = path.lower().endswith(".gz")
    reader = reader_for(path)
    if reader is not None and reader.streamed:
        with _open(path) as fh:
            yield from _decompressing(reader.read(fh, path, settings, report), path, compressed)
        return
    size = os.path.getsize(path)
    if size == 0:
        raise EmptyInputError("file is empty", path=path)
    limit = settings.ingest.max_file_bytes
    if size > limit and not compressed:
        raise InputTooLargeError(
            f"file is {_size(size)}, over the {_size(limit)} limit for one article file; split it, "
            "or use JSON Lines (.jsonl), which is streamed",
            path=path,
        )
    with _open(path) as fh:
        data = fh.read(limit + 1) if not compressed else _read_compressed(fh, path, limit)
    if len(data) > limit:
        raise InputTooLargeError(f"decompressed file is over the {_size(limit)} limit", path=path)
    yield from _read_content(data, path, reader, settings, report)


def _read_named(item: NamedInput, settings: Settings, report: ReadReport) -> Iterator[Article]:
    """An input held in memory, read like a file of its name."""
    name, data = item.name, item.data
    if not data.strip():
        raise EmptyInputError("file is empty", path=name)
    limit = settings.ingest.max_file_bytes
    if name.lower().endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            data = _read_compressed(fh, name, limit)  # at most limit + 1 bytes: a small gzip bomb cannot fill memory
        if len(data) > limit:
            raise InputTooLargeError(f"decompressed file is over the {_size(limit)} limit", path=name)
    reader = READERS[item.reader] if item.reader else reader_for(name)
    if reader is not None and reader.streamed:
        yield from reader.read(io.BytesIO(data), name, settings, report)
        return
    if len(data) > limit:
        raise InputTooLargeError(f"file is {_size(len(data))}, over the {_size(limit)} limit for one article file",
                                 path=name)
    yield from _read_content(data, name, reader, settings, report)


def read_stream(fh: BinaryIO, where: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """A stream with no name to go by (standard input), read by its content."""
    data = fh.read(settings.ingest.max_file_bytes + 1)
    if len(data) > settings.ingest.max_file_bytes:
        raise InputTooLargeError("input is over the size limit", path=where)
    yield from _read_content(data, where, None, settings, report if report is not None else ReadReport(strict=True))


def _read_content(data: bytes, where: str, reader: Reader | None, settings: Settings,
                  report: ReadReport) -> Iterator[Article]:
    """``data`` read by ``reader`` (chosen by name), else by the reader its content calls for."""
    if reader is None or (reader.check_content and not reader.sniff(data.lstrip()[:512].lower(), data)):
        reader = sniff_reader(data)
    if reader.streamed:
        yield from reader.read(io.BytesIO(data), where, settings, report)
    else:
        yield from reader.read(data, where, settings, report)


def _open(path: str) -> BinaryIO:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")  # type: ignore[return-value]


#: What a gzip stream raises on data that is not gzip or is cut short.
_GZIP_ERRORS = (OSError, EOFError, zlib.error)


def gzip_error(err: BaseException, where: str) -> InputError:
    """A gzip stream's failure as bad input naming the file: cut short
    (truncated), not gzip at all, or damaged."""
    if isinstance(err, EOFError):
        detail = "it is cut short (truncated)"
    elif isinstance(err, gzip.BadGzipFile):
        detail = f"it is not gzip ({err})"
    elif isinstance(err, zlib.error):
        detail = f"its data is damaged ({err})"
    else:
        detail = f"it cannot be read ({getattr(err, 'strerror', None) or err})"
    return InputError(f"not a valid gzip file: {detail}", path=where)


def _read_compressed(fh: BinaryIO, where: str, limit: int) -> bytes:
    """At most ``limit + 1`` decompressed bytes of a gzip stream."""
    try:
        return fh.read(limit + 1)
    except _GZIP_ERRORS as err:
        raise gzip_error(err, where) from None


def _decompressing(articles: Iterator[Article], where: str, compressed: bool) -> Iterator[Article]:
    """``articles`` of a streamed reader, with a broken gzip stream reported as bad input."""
    if not compressed:
        yield from articles
        return
    try:
        yield from articles
    except _GZIP_ERRORS as err:
        raise gzip_error(err, where) from None


def _size(n: int) -> str:
    """A byte count for people: ``50 MB``, or ``1,000 bytes`` under a megabyte."""
    return f"{n / 1e6:.0f} MB" if n >= 1_000_000 else f"{n:,} bytes"


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
    """Raise :class:`UnsupportedLanguageError` for text that is not English
    (:func:`newsbrief.language.not_english_reason`: it works on tweets and
    stop-word-stripped snippets as well as on articles)."""
    reason = not_english_reason(text, settings.ingest.min_english_ratio, settings.ingest.language_check_min_words)
    if reason:
        raise UnsupportedLanguageError(f"{reason}; only English is supported", path=where, line=line)


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


def read_json(data: bytes, where: str, settings: Settings, report: ReadReport | None = None) -> Iterator[Article]:
    """JSON: one article object, a list of them, or a cluster object with
    ``articles``. A bad item of a list is recorded in ``report`` and skipped,
    like a bad line of JSON Lines; a list with no article at all fails with
    its first item's error."""
    report = report if report is not None else ReadReport(strict=True)
    text = decode(data, where)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedJSONError(f"malformed JSON: {err.msg} (column {err.colno})", path=where, line=err.lineno) from None
    except RecursionError:
        raise MalformedJSONError("malformed JSON: nested too deeply", path=where) from None
    check_json_depth(obj, settings.ingest.max_json_depth, where)
    if not isinstance(obj, list):
        yield from _articles_from_obj(obj, settings, where, None, report)
        return
    pending: list[InputError] = []  # errors of items, recorded once an article shows the file is a list of them
    found = False
    for i, item in enumerate(obj):
        try:
            for art in _articles_from_obj(item, settings, f"{where}[{i}]", None, report):
                found = True
                for err in pending:
                    report.skip(err)
                pending = []
                yield art
        except InputError as err:
            if found:
                report.skip(err)
            else:
                pending.append(err)
    if pending:
        raise pending[0]  # not one item is an article: the file is bad, named by its first item


def check_json_depth(obj: Any, limit: int, where: str, line: int | None = None) -> None:
    """Raise :class:`MalformedJSONError` when ``obj`` nests lists and objects
    more than ``limit`` deep (walked without recursion, so no depth can
    exhaust Python's stack here or in any later step)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            raise MalformedJSONError(f"JSON nested more than {limit} levels deep", path=where, line=line)
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def json_lines(fh: BinaryIO, where: str, max_line_bytes: int, on_error: Callable[[InputError], None],
               max_depth: int | None = None) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` of each non-blank line of a JSON Lines stream.

    A line is read up to ``max_line_bytes``: a longer one is skipped without
    being held in memory. A line that is too long, not UTF-8, not JSON or
    nested more than ``max_depth`` deep is passed to ``on_error`` (which may
    raise) and skipped. Raises :class:`EmptyInputError` when the stream has no
    non-blank line."""
    any_line = False
    lineno = 0
    while True:
        raw = fh.readline(max_line_bytes + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > max_line_bytes:
            size = len(raw) + (0 if raw.endswith(b"\n") else _skip_line(fh))
            any_line = True
            on_error(InputTooLargeError(f"line is {_size(size)}, over the {_size(max_line_bytes)} line limit",
                                        path=where, line=lineno))
            continue
        if not raw.strip():
            continue
        any_line = True
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            on_error(EncodingError("line is not UTF-8", path=where, line=lineno))
            continue
        except json.JSONDecodeError as err:
            on_error(MalformedJSONError(f"malformed JSON: {err.msg} (column {err.colno})", path=where, line=lineno))
            continue
        except RecursionError:
            on_error(MalformedJSONError("malformed JSON: nested too deeply", path=where, line=lineno))
            continue
        if max_depth is not None:
            try:
                check_json_depth(obj, max_depth, where, lineno)
            except MalformedJSONError as err:
                on_error(err)
                continue
        yield lineno, obj
    if not any_line:
        raise EmptyInputError("file is empty", path=where)


#: Bytes read at a time while skipping the rest of an over-long line.
_SKIP_CHUNK = 1 << 20


def _skip_line(fh: BinaryIO) -> int:
    """Read and drop the rest of the current line; return how many bytes that was."""
    n = 0
    while True:
        chunk = fh.readline(_SKIP_CHUNK)
        n += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return n


def read_jsonl(fh: BinaryIO, where: str, settings: Settings, report: ReadReport) -> Iterator[Article]:
    """JSON Lines, streamed: one article (or cluster) object per line; a bad
    line or article is recorded in ``report`` and skipped."""
    for lineno, obj in json_lines(fh, where, settings.ingest.max_line_bytes, report.skip,
                                  settings.ingest.max_json_depth):
        try:
            yield from _articles_from_obj(obj, settings, where, lineno, report)
        except InputError as err:
            report.skip(err)


def _articles_from_obj(obj: Any, settings: Settings, where: str, line: int | None,
                       report: ReadReport) -> Iterator[Article]:
    """The article of an object, or each article of a cluster object (``articles``:
    a bad one is recorded in ``report`` and skipped)."""
    if not isinstance(obj, dict):
        raise MalformedJSONError(f"expected a JSON object, got {type(obj).__name__}", path=where, line=line)
    if isinstance(obj.get("articles"), list):
        for art in obj["articles"]:
            try:
                yield article_from_dict(art, settings, where=where, line=line)
            except InputError as err:
                report.skip(err)
    else:
        yield article_from_dict(obj, settings, where=where, line=line)


#: Keys of an article object that name its outlet, in order (the first non-empty one is taken, then read as
#: :func:`~newsbrief.outlets.outlet_from_metadata` reads any source).
SOURCE_KEYS = ("source", "outlet", "site_name", "sitename", "publisher")
#: Keys of an article object that hold its address, in order.
URL_KEYS = ("url", "link")


def article_from_dict(d: dict[str, Any], settings: Settings | None = None, where: str = "<dict>", line: int | None = None) -> Article:
    """An article from a dict with ``text`` and optional title/source/url/date (the outlet also as ``outlet``,
    ``site_name``, ``sitename`` or ``publisher``; the URL also as ``link``)."""
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
        source=next((d[k] for k in SOURCE_KEYS if isinstance(d.get(k), str) and d[k].strip()), None),
        url=next((d[k] for k in URL_KEYS if isinstance(d.get(k), str) and d[k].strip()), None),
        date=parse_date(d.get("date")),
        path=None if where.startswith("<") else where,
        article_id=str(d["id"]) if d.get("id") is not None else None,
        line=line,
    )


def _is_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def feed_entry(entry) -> tuple[str, dt.date | None, str | None]:
    """A feedparser entry's text (its content, else its summary, as text), its
    date (published, else updated) and a problem to report (unparsable HTML,
    whose tags are then stripped), shared by feed files and followed feeds."""
    import lxml.etree

    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    problem = None
    try:
        text = html_to_text(html)
    except (lxml.etree.LxmlError, ValueError) as err:
        problem = f"unparsable HTML ({err}); its tags were stripped"
        text = re.sub(r"<[^>]+>", " ", html)
    date = None
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            date = dt.date(*entry[key][:3])
            break
    return text, date, problem


def read_feed(data: bytes, where: str, settings: Settings, report: ReadReport) -> Iterator[Article]:
    """RSS/Atom: one article per entry (content, else summary, as HTML).

    An entry whose HTML lxml cannot parse is read with its tags stripped, and
    says so in ``report``."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise MalformedFeedError(f"malformed feed: {feed.bozo_exception}", path=where)
    source = feed.feed.get("title") if hasattr(feed, "feed") else None
    n = 0
    for i, entry in enumerate(feed.entries, 1):
        text, date, problem = feed_entry(entry)
        if problem:
            report.warnings.append(f"{where}: entry {i}: {problem}")
        if not text.strip():
            continue
        n += 1
        # an aggregator's entry names its own outlet (RSS <source>, Atom source): that, before the feed's title
        entry_source = entry.get("source") or {}
        own = entry_source.get("title") if isinstance(entry_source, dict) else None
        yield make_article(
            text, title=entry.get("title"), source=own or source, url=entry.get("link"), date=date,
            path=None if where.startswith("<") else where,
        )
    if n == 0:
        raise EmptyInputError("feed has no entries with text", path=where)


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, a paragraph per block; raises what
    ``lxml.html.fromstring`` raises on markup it cannot parse."""
    if "<" not in html:
        return html
    import lxml.html

    root = lxml.html.fromstring(f"<div>{html}</div>")
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h1", "h2", "h3", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


def _read_text_bytes(data: bytes, where: str, settings: Settings, report: ReadReport) -> Iterator[Article]:
    return read_text(decode(data, where), where, settings)


def _read_html_bytes(data: bytes, where: str, settings: Settings, report: ReadReport) -> Iterator[Article]:
    yield read_html(decode(data, where), where, settings)


# In sniffing order; "text" reads whatever no other reader recognizes.
register_reader(Reader("jsonl", frozenset({".jsonl", ".ndjson"}), read_jsonl, streamed=True,
                       sniff=lambda head, data: head.startswith(b"{") and data.strip().count(b"\n") > 0))
register_reader(Reader("json", frozenset({".json"}), read_json, sniff=lambda head, data: head.startswith((b"{", b"["))))
register_reader(Reader("feed", frozenset({".rss", ".atom", ".xml"}), read_feed, check_content=True,
                       sniff=lambda head, data: _is_feed(data)))
register_reader(Reader("html", frozenset({".html", ".htm", ".xhtml"}), _read_html_bytes,
                       sniff=lambda head, data: head.startswith(b"<")))
register_reader(Reader("text", frozenset({".txt", ".text"}), _read_text_bytes, sniff=lambda head, data: True))


# --- article construction: source and date detection ----------------------------


def make_article(
    text: str,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    date: dt.date | None = None,
    path: str | None = None,
    article_id: str | None = None,
    line: int | None = None,
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, fixed = text_hygiene(text)
    # metadata too: a lone surrogate in a URL or id would fail in hashing, the store and every output
    title, url, source, article_id = (text_hygiene(v)[0] if v else v for v in (title, url, source, article_id))
    # metadata, then the URL's domain, then the text; never the file name (kept in ``path``)
    source = outlet_from_metadata(source) or outlet_from_url(url) or outlet_from_text(text)
    date_from_text = date_from_url = False
    stamp = None
    if date is None:
        date, stamp = head_dates(text)
        date_from_text = date is not None
    if date is None:
        date = url_date(url)
        date_from_url = date is not None
    title = clean_title(title) if title else None
    return Article(
        id=article_id or Article.make_id(text, title, url),
        raw_text=text,
        title=title,
        source=source,
        url=url,
        date=date,
        path=path,
        line=line,
        removed=[f"text hygiene: {fixed} lone surrogate or control character(s) replaced with U+FFFD"] if fixed else [],
        date_from_text=date_from_text,
        date_from_url=date_from_url,
        stamp_date=stamp if date is None else None,
    )


#: Characters no output can carry: lone UTF-16 surrogates (from JSON escapes
#: such as "\ud800") and C0/C1 control characters other than tab and newline.
_UNSAFE_CHARS_RE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text_hygiene(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate and control character replaced by
    U+FFFD (so nothing downstream fails to encode it), and how many were."""
    fixed, n = _UNSAFE_CHARS_RE.subn("\ufffd", text)
    return fixed, n


def clean_title(title: str) -> str | None:
    """A title as shown: HTML entities decoded ("&AMP;" -> "&") and undefined ones standing alone dropped
    ("&HT;"), whitespace collapsed, a label or date glued to its front
    cut off ("ImportanceA new study ..."), a separator or a desk code at its end
    cut off, a tokenizer's spaced initials joined ("U. S." -> "U.S."); ``None`` for a title that is a date line ("Saturday, August 24, 2013"),
    a separator, a number, a file name, an id, a wire photo's reference ("AP Photo NY303-304") or a piece of
    running text ("have moved separately."); a wire advance code before a slug is cut ("$ADV21 BEAT ...")."""
    title = " ".join(_UNDEFINED_ENTITY_RE.sub(" ", html.unescape(title)).split())
    title = _patterns.without_glued_prefixes(title)
    title = _patterns.join_initials(_patterns.TRAILING_MARK_RE.sub("", title))  # "Latin American Briefs /", "U. S. Surgeon"
    if title.upper() == title:  # a wire slug's desk code: "TINY TERRORIST BEETLES GOBBLE THE GREENS (DW)"
        title = _DESK_CODE_RE.sub("", title)
    if (not title or _patterns.boilerplate_reason(title) in _NOT_TITLES or looks_like_identifier(title)
            or _FRAGMENT_TITLE_RE.match(title) or _patterns.PHOTO_REFERENCE_TITLE_RE.match(title)):
        return None
    return title


#: An entity the source's markup left undefined, standing alone as a word ("&HT;" of the DUC wire slugs: "&HT;",
#: "ACUPUNCTURE FACELIFTS GAIN POPULARITY &HT;"); one glued to a word stays ("AT&T;").
_UNDEFINED_ENTITY_RE = re.compile(r"(?<!\S)&[A-Za-z]{1,8};(?!\S)")
#: An editor's or desk's initials closing an all-capitals wire slug ("... THE GREENS (DW)").
_DESK_CODE_RE = re.compile(r"\s+\([A-Z]{1,3}\)$")
#: A piece of running text in the title field: it opens in lower case and ends a sentence, or holds one's end
#: ("have moved separately.", "exercise. It is written by ..."); a lower-cased set's titles end on no full stop.
_FRAGMENT_TITLE_RE = re.compile(r"[a-z]+(?=[\s.,;:!?])[^.!?]*(?:[.!?]$|[.!?]\s+[A-Z])")


#: Boilerplate reasons a whole title may have and still be no title; a one-word
#: headline such as "Weather" or "Live" is a headline.
_NOT_TITLES = frozenset({"dateline-only", "separator", "counter"})


#: A full date in a URL's path or query: "/2013/03/08/", "/2013/3/8/", "2013-03-08", "/2013/may/03/" and the compact
#: "/20130425/", "-20130504", "ymd=20081216" (year 1990-2039, as htmldate's URL extractor reads; htmldate 1.11 reads
#: the separated forms only, 127 of ECB+'s 143 URLs with a date). A year and month alone ("/2013/03/") is no date,
#: nor is a blog archive page's ("2005_05_01_archive.html": the month's posts, dated by their first day).
_URL_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>199\d|20[0-3]\d)(?:[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)|"
    r"/(?P<mon>" + MONTH_PATTERN + r")/(?P<d2>[0-3]?\d)(?=/)|(?P<m3>0[1-9]|1[0-2])(?P<d3>[0-2]\d|3[01]))(?!\d)(?![_-]archive)", re.I)


def url_date(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """The full date (year, month and day) an article's URL carries in its path or query ("omaha.com/article/
    20130425/...", ".../2013/03/08/..."), the first one there; ``None`` when it has none, when it names no real day,
    or when it lies after ``today`` (default: the clock's), which no publication date can."""
    if not url:
        return None
    parts = urlsplit(url)
    for mo in _URL_DATE_RE.finditer(f"{parts.path}?{parts.query}"):
        y = int(mo["y"])
        if mo["m"]:
            d = safe_date(y, int(mo["m"]), int(mo["d"]))
        elif mo["mon"]:
            d = safe_date(y, month_number(mo["mon"]) or 0, int(mo["d2"]))
        else:
            d = safe_date(y, int(mo["m3"]), int(mo["d3"]))
        if d is not None:
            return d if d <= (today or dt.date.today()) else None
    return None


def detect_date(text: str) -> dt.date | None:
    """A publication date from the first lines ("14 January, 2020",
    "Published 14 January 2020", "Jan. 14, 2020"); ``None`` when absent (:func:`head_dates`' date line)."""
    return head_dates(text)[0]


#: A time stamp: a line of at most ``STAMP_LINE_CHARS`` characters without a sentence end, among an article's first
#: ``STAMP_HEAD_LINES`` lines, that writes a full date ("Monday, Sep 10, 2012 | Updated 9: 01 AM EDT", "Released
#: 2013-09-28 05: 08: 35 GMT", "(March 20, 2007)", "First Published: June 13, 2013 4: 59 PM EDT"); a sentence's date
#: ("court date is set for February 17, 2009.") is none.
STAMP_LINE_CHARS, STAMP_HEAD_LINES = 60, 8
#: The lines a date line is looked for in, and the most words it has ("Published 14 January 2020").
DATE_LINE_LINES, DATE_LINE_WORDS = 15, 8
#: How much of a text is split into lines to find its stamp lines (a 5 MB body is not split whole).
_HEAD_CHARS = 20_000


def head_dates(text: str) -> tuple[dt.date | None, dt.date | None]:
    """The dates an article's head writes, read once: its date line (the first of its first ``DATE_LINE_LINES``
    lines, of at most ``DATE_LINE_WORDS`` words, that is a date, after a "Published" prefix: "14 January, 2020",
    "Jan. 14, 2020"), and its time stamp (the latest full date on a stamp line: ``STAMP_LINE_CHARS``,
    ``STAMP_HEAD_LINES``); each ``None`` when absent. :func:`make_article` dates an article by its date line, else
    its URL; an article neither dates keeps its stamp as ``Article.stamp_date``, not as its date (a stamp may be an
    update's time, years on: the analysis reads an undated article as of it only within the story's dates)."""
    lines = [line.strip() for line in text.split("\n", DATE_LINE_LINES)[:DATE_LINE_LINES] if line.strip()]
    line_date = next((d for line in lines if len(line.split()) <= DATE_LINE_WORDS
                      and (d := parse_date(_patterns.PUBLISHED_PREFIX_RE.sub("", line)))), None)
    head = text if len(text) <= _HEAD_CHARS else text[: text.rfind("\n", 0, _HEAD_CHARS) + 1]  # whole lines
    heads = [line.strip() for line in head.splitlines() if line.strip()][:STAMP_HEAD_LINES]
    if len(heads) < STAMP_HEAD_LINES and len(head) < len(text):  # a head of long lines: read them all
        heads = [line.strip() for line in text.splitlines() if line.strip()][:STAMP_HEAD_LINES]
    stamps = [d for line in heads if len(line) <= STAMP_LINE_CHARS and not line.endswith((".", "!", "?", '"'))
              and (d := latest_full_date(line))]
    return line_date, max(stamps, default=None)
