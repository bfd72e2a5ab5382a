"""Uploaded files and pasted text -> :class:`~newsbrief.model.Article` s.

Uploads go through the same walker and readers as files on disk
(:func:`newsbrief.ingest.read_inputs`), chosen by the file name's suffix, so a
``.txt``, ``.html``, ``.json``, ``.jsonl`` or feed upload (optionally
``.gz``) reads exactly like that file given to ``newsbrief brief``. A bad file
among good ones becomes a warning on the brief; when nothing can be read the
request fails with the file's own error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..config import Settings
from ..errors import NoArticlesError
from ..ingest import NamedInput, ReadReport, read_articles
from ..model import Article

#: A line of three or more dashes separates pasted articles.
PASTE_SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)


def upload_name(filename: str | None, index: int) -> str:
    """A display name for an upload: the base name, printable, at most 120 characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip()[:120]
    return name or f"upload-{index}"


def split_paste(text: str) -> list[str]:
    """Pasted text -> one string per article (separated by a ``---`` line)."""
    return [part.strip() for part in PASTE_SEPARATOR.split(text) if part.strip()]


def read_inputs(files: Iterable[tuple[str, bytes]], pasted: str, settings: Settings, report: ReadReport) -> list[Article]:
    """Articles from uploaded ``(name, bytes)`` files and pasted text (plain
    text, articles separated by a ``---`` line).

    Unreadable files are skipped into ``report``; raises the single error, or
    :class:`NoArticlesError`, when nothing at all could be read.
    """
    inputs = [NamedInput(name, data) for name, data in files]
    inputs += [NamedInput(f"pasted article {i}", part.encode("utf-8"), reader="text")
               for i, part in enumerate(split_paste(pasted), 1)]
    if not inputs:
        raise NoArticlesError("no article given: paste text or choose files")
    return read_articles(inputs, settings, report)


__all__ = ["PASTE_SEPARATOR", "read_inputs", "split_paste", "upload_name"]
