"""What the briefing workers run (see :mod:`.workers`): reading posted
articles and uploads, briefing them, briefing a stored story, a day's digest.

Each job is a module-level function of picklable arguments and result; the
worker's settings and store are set once by :func:`init` when the worker
starts. The server's limits that only the worker can check (decompressed
upload sizes, the cross-source view's size budget) are applied here.
"""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from ..config import Settings
from ..errors import InputTooLargeError, NoStoreError
from ..ingest import ReadReport, read_articles
from ..model import Article, Brief, Story
from .results import Result

_settings = Settings()
_store_path: str | None = None
_store: Any = None


def init(settings: Settings, store_path: str | None) -> None:
    """Set this worker's settings and store file (opened on first use)."""
    global _settings, _store_path, _store
    _settings, _store_path, _store = settings, store_path, None


def _open_store() -> Any:
    global _store
    if _store_path is None:
        raise NoStoreError("this server has no story store; start it with `newsbrief serve --store PATH`")
    if _store is None:
        from ..store import Store

        _store = Store(_store_path, settings=_settings).open()
    return _store


# --- posted articles ------------------------------------------------------------------


def brief_posted(dicts: list[dict[str, Any]], uploads: list[tuple[str, bytes]], pasted: str, words: int,
                 analyze: bool) -> tuple[Result, Brief]:
    """Read posted article dicts, uploaded ``(name, bytes)`` files and pasted
    text, warn when they look like several stories (or like several pasted
    articles without separators), and brief them: ``(result, brief)``, the
    result being what a permalink keeps."""
    from .uploads import check_count, paste_warning, read_inputs, several_stories_warning

    report = ReadReport()
    if dicts:
        articles = read_articles(dicts, _settings, report)
    else:
        check_upload_sizes(uploads, _settings)
        articles = read_inputs(uploads, pasted, upload_settings(_settings), report)
    check_count(len(articles), _settings.server.max_articles)
    warnings = report.warnings + [w for w in (paste_warning(pasted), several_stories_warning(articles)) if w]
    result = Result.of(articles, words, analyze, warnings)
    return result, brief_result(result)


def brief_result(result: Result) -> Brief:
    """Brief a saved result (its reading warnings first, as when it was posted)."""
    report = ReadReport()
    report.warnings.extend(result.warnings)
    return _brief(result.fresh_articles(), result.words, result.analyze, report)


def _brief(articles: list[Article], words: int, analyze: bool, report: ReadReport | None = None) -> Brief:
    """Brief ``articles``; the cross-source view is left out, with a warning
    saying so, when they hold more than ``server.max_analyze_words`` words."""
    from ..pipeline import brief

    limit = _settings.server.max_analyze_words
    size = sum(len(a.raw_text.split()) for a in articles) if analyze else 0
    skipped = analyze and size > limit
    b = brief(articles, words=words, analyze=analyze and not skipped, settings=_settings, report=report)
    if skipped:
        b.warnings.append(f"the cross-source view was left out: these articles hold {size:,} words, over the "
                          f"{limit:,}-word limit of this server for it; brief fewer articles to see it")
    return b


# --- uploads -------------------------------------------------------------------------


def upload_settings(settings: Settings) -> Settings:
    """``settings`` with the per-file read limits lowered to the server's
    ``max_upload_file_bytes`` (applied after decompression by the readers)."""
    cap = settings.server.max_upload_file_bytes
    return settings.replace({"ingest.max_file_bytes": min(cap, settings.ingest.max_file_bytes),
                             "ingest.max_line_bytes": min(cap, settings.ingest.max_line_bytes)})


def check_upload_sizes(uploads: list[tuple[str, bytes]], settings: Settings) -> None:
    """:class:`InputTooLargeError` when the uploads hold more than
    ``server.max_upload_total_bytes`` after decompression. Each ``.gz`` is
    measured as a stream, never held whole, and counted at most to just past
    the per-file limit (a bigger file is refused by the reader anyway)."""
    server = settings.server
    total = 0
    for name, data in uploads:
        size = len(data)
        if name.lower().endswith(".gz"):
            size = decompressed_size(data, server.max_upload_file_bytes + 1)
        total += min(size, server.max_upload_file_bytes + 1)
        if total > server.max_upload_total_bytes:
            raise InputTooLargeError(
                f"the {len(uploads)} uploaded files hold over {server.max_upload_total_bytes / 1e6:g} MB after "
                f"decompression, the limit of this server for one request; send fewer or smaller files")


def decompressed_size(data: bytes, cap: int) -> int:
    """Bytes of gzip ``data`` once decompressed (members in turn), counting
    stops at ``cap``; data that is not gzip counts as itself (its reader
    reports it)."""
    total = 0
    chunk = 1 << 20
    while data and total < cap:
        inflate = zlib.decompressobj(wbits=31)
        pending = data
        try:
            while pending and total < cap and not inflate.eof:
                total += len(inflate.decompress(pending, chunk))
                pending = inflate.unconsumed_tail
        except zlib.error:
            return max(total, len(data))
        if not inflate.eof:
            break
        data = inflate.unused_data
    return total


# --- the store ------------------------------------------------------------------------


def story_brief(story_id: str, words: int, analyze: bool) -> tuple[Story, Brief]:
    """A stored story and its brief."""
    store = _open_store()
    story = store.story(story_id)
    b = _brief(store.story_articles(story.id), words, analyze)
    b.story_id = story.id
    return story, b


def digest(day: dt.date, words: int | None, category: str | None = None) -> tuple[Any, list[dt.date]]:
    """The digest of ``day`` (of ``category``'s stories only, when given) and the days on which a story starts or
    ends (its page's previous and next links)."""
    from ..digest import digest as make_digest
    from .service import story_days

    store = _open_store()
    return make_digest(store, day, words=words, category=category), story_days(store.stories())


__all__ = ["brief_posted", "brief_result", "check_upload_sizes", "decompressed_size", "digest", "init",
           "story_brief", "upload_settings"]
