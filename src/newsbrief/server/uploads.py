"""Uploaded files and pasted text -> :class:`~newsbrief.model.Article` s.

Uploads go through the same readers as files on disk (:mod:`newsbrief.ingest`),
chosen by the file name's suffix, so a ``.txt``, ``.html``, ``.json`` or
``.jsonl`` (optionally ``.gz``) upload reads exactly like that file given to
``newsbrief brief``. A bad file among good ones becomes a warning on the brief;
when nothing can be read the request fails with the file's own error.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterable

from .. import ingest
from ..config import Settings
from ..errors import EmptyInputError, InputError, InputTooLargeError, NoArticlesError
from ..model import Article

log = logging.getLogger(__name__)

#: A line of three or more dashes separates pasted articles.
PASTE_SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)


def upload_name(filename: str | None, index: int) -> str:
    """A display name for an upload: the base name, printable, at most 120 characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()[:120]
    return name or f"upload-{index}"


def read_upload(name: str, data: bytes, settings: Settings) -> list[Article]:
    """Articles from one uploaded file, read by its suffix (sniffed when unknown)."""
    if not data.strip():
        raise EmptyInputError("file is empty", path=name)
    if name.lower().endswith(".gz"):
        data = _gunzip(data, name, settings.ingest.max_file_bytes)
        stem = name[:-3]
    else:
        stem = name
    suffix = "." + stem.rsplit(".", 1)[-1].lower() if "." in stem else ""
    try:
        if suffix in ingest.JSONL_SUFFIXES:
            return list(ingest.read_jsonl(io.BytesIO(data), name, settings))
        if len(data) > settings.ingest.max_file_bytes:
            raise InputTooLargeError("file is over the size limit for one article file", path=name)
        if suffix in ingest.JSON_SUFFIXES:
            return list(ingest.read_json(data, name, settings))
        if suffix in ingest.HTML_SUFFIXES:
            return [ingest.read_html(ingest.decode(data, name), name, settings)]
        if suffix in ingest.TEXT_SUFFIXES - {""}:
            return list(ingest.read_text(ingest.decode(data, name), name, settings))
        return list(ingest.read_stream(io.BytesIO(data), name, settings))
    except InputError:
        raise
    except Exception as err:  # a reader choking on hostile input is bad input, not a server error
        log.warning("upload %s: %s: %s", name, type(err).__name__, err)
        raise InputError(f"could not read the file ({type(err).__name__})", path=name) from None


def _gunzip(data: bytes, name: str, limit: int) -> bytes:
    """Decompress at most ``limit`` bytes (a small gzip bomb cannot fill memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"not a valid gzip file ({err})", path=name) from None
    if len(out) > limit:
        raise InputTooLargeError(f"decompressed file is over the {limit:,}-byte limit", path=name)
    return out


def split_paste(text: str) -> list[str]:
    """Pasted text -> one string per article (separated by a ``---`` line)."""
    return [part.strip() for part in PASTE_SEPARATOR.split(text) if part.strip()]


def read_inputs(
    files: Iterable[tuple[str, bytes]], pasted: str, settings: Settings, report: ingest.ReadReport
) -> list[Article]:
    """Articles from uploaded ``(name, bytes)`` files and pasted text.

    Unreadable files are skipped into ``report``; raises the single error, or
    :class:`NoArticlesError`, when nothing at all could be read.
    """
    out: list[Article] = []
    last: InputError | None = None
    sources: list[tuple[str, bytes | str]] = list(files)
    sources += [(f"pasted article {i}", part) for i, part in enumerate(split_paste(pasted), 1)]
    if not sources:
        raise NoArticlesError("no article given: paste text or choose files")
    for name, payload in sources:
        try:
            if isinstance(payload, bytes):
                out.extend(read_upload(name, payload, settings))
            else:
                out.extend(ingest.read_text(payload, name, settings))
        except InputError as err:
            if err.path is None:
                err.path = name
            last = err
            report.skip(err)
    if not out:
        if last is not None and len(report.skipped) == 1:
            raise last
        raise NoArticlesError("no article could be read (" + "; ".join(report.warnings[:5]) + ")")
    return out


__all__ = ["PASTE_SEPARATOR", "read_inputs", "read_upload", "split_paste", "upload_name"]
