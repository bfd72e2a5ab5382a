"""Clean: remove scraping boilerplate from article text, conservatively.

Works line by line on the raw text. A label or date glued to a line's first
sentence ("ImportanceCardiovascular disease ...", "RESULTS: Of ...") is cut
off. A line is removed only when it matches a general boilerplate pattern (see
:mod:`newsbrief._patterns`; the rule is written in docs/debris.md), repeats the
title or an earlier line, is a caption following an "Image caption" label, or
is a bullet menu item. Every removal is recorded on ``article.removed`` with its
reason and line number, so ``--explain`` can show exactly what went. A closing
quote mark mis-decoded upstream (U+FFFD then "?", see
:data:`newsbrief._patterns.MISDECODED_CLOSING_QUOTE_RE`) is read as the mark it
was, and recorded there too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import _patterns
from .config import CleanSettings
from .model import Article, Brief, BriefStage



@dataclass(frozen=True)
class Removal:
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text!r}"


def _norm(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


classify_line = _patterns.boilerplate_reason


def clean_text(text: str, title: str | None = None,
               settings: CleanSettings | None = None) -> tuple[str, list[Removal]]:
    """Cleaned text (paragraphs separated by blank lines) and what was removed."""
    removed: list[Removal] = []
    kept = list(kept_lines(text, title, settings, removed))
    body = "\n".join(kept).strip()
    # one paragraph per line: lines of scraped text are paragraphs
    body = re.sub(r"\n(?!\n)", "\n\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body, removed


def kept_lines(text: str, title: str | None = None, settings: CleanSettings | None = None,
               removed: list[Removal] | None = None) -> Iterator[str]:
    """The lines :func:`clean_text` keeps, stripped, in order, with ``""``
    where a blank line separated them; what it removes is appended to
    ``removed``. A line's fate depends only on the lines before it, so a
    caller that needs only the opening of the cleaned text (a story title's
    first sentences) can stop early: each kept line is a paragraph of its own."""
    settings = settings or CleanSettings()
    removed = removed if removed is not None else []
    seen: set[str] = set()
    title_norm = _norm(title) if title else None
    caption_next = False
    last = None  # the last line yielded
    for lineno, raw in enumerate(text.split("\n"), 1):
        line, repaired = _patterns.MISDECODED_CLOSING_QUOTE_RE.subn(_patterns.MISDECODED_CLOSING_QUOTE, raw.strip())
        if "’ " in line or "' " in line:
            line = _patterns.SPLIT_CONTRACTION_RE.sub(r"\1\2", line)
        if repaired:
            removed.append(Removal(lineno, "\ufffd?" * repaired, "mis-decoded closing quote mark read as \u201d"))
        if not line:
            if last:
                last = ""
                yield ""
            continue
        for prefix_reason, prefix in _patterns.GLUED_PREFIXES:
            m = prefix.match(line)
            if m and line[m.end():].strip():
                removed.append(Removal(lineno, m.group(0).strip(), prefix_reason))
                line = line[m.end():].strip()
        norm = _norm(line)
        reason = classify_line(line)
        if reason is None and caption_next and len(line.split()) <= settings.max_caption_words:
            reason = "image caption"
        caption_next = reason == "image caption" and line.lower() in {"image caption", "image copyright"}
        if reason is None and title_norm and norm == title_norm:
            reason = "repeated headline"
        if reason is None and norm in seen and len(norm.split()) >= settings.min_repeated_line_words:
            reason = "repeated line"
        if reason is not None:
            removed.append(Removal(lineno, line, reason))
            continue
        seen.add(norm)
        last = line
        yield line


class Cleaner(BriefStage):
    """Pipeline stage: ``article.raw_text`` -> ``article.text`` + ``article.removed``."""

    requires = ("article.raw_text",)
    assigns = ("article.text", "article.removed")

    def __init__(self, settings: CleanSettings | None = None):
        self.settings = settings or CleanSettings()

    def __call__(self, brief: Brief) -> Brief:
        for art in brief.articles:
            self.clean_article(art)
        return brief

    def clean_article(self, art: Article) -> Article:
        if art.text is None:
            text, removed = clean_text(art.raw_text, art.title, self.settings)
            art.text = text
            art.removed = [*art.removed, *(str(r) for r in removed)]  # after ingest's text hygiene notes
        return art
