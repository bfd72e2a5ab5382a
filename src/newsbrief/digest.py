"""Story briefs and the daily digest, from the store.

:func:`brief_story` briefs one stored story; :func:`digest` gathers the day's
stories, biggest first, each with its brief, like the Wikipedia Current
Events Portal where every entry is a cited summary; :func:`render_digest`
writes it as Markdown, HTML (one self-contained, escaped page) or JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .config import Settings
from .dates import date_argument
from .errors import UnknownFormatError
from .model import Brief, Story
from .store import Store

def brief_story(store: Store, story_id: str, words: int | None = None, analyze: bool = False,
                settings: Settings | None = None, until: dt.date | None = None) -> Brief:
    """The brief of one stored story (``brief.story_id`` set), with
    ``settings`` (default: the store's); ``words`` defaults to
    ``settings.selection.words``.

    ``until`` limits it to the articles dated up to that day (plus undated
    ones): the story as it stood then. Raises
    :class:`~newsbrief.errors.NotFoundError` for an unknown story.
    """
    from .pipeline import brief

    settings = settings or store.settings
    sid = store.resolve(story_id)
    articles = store.story_articles(sid, until=until)
    b = brief(articles, words=words, analyze=analyze, settings=settings)
    b.story_id = sid
    return b


@dataclass
class Digest:
    """The stories of one day, biggest first, each with its brief."""

    date: dt.date
    entries: list[tuple[Story, Brief]] = field(default_factory=list)
    #: only the stories of this category, when given
    category: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "newsbrief.digest/1",
            "date": self.date.isoformat(),
            "category": self.category,
            "stories": [{"story": s.to_dict(), "brief": b.to_dict()} for s, b in self.entries],
        }


def digest(store: Store, date: dt.date | str, words: int | None = None, limit: int | None = None,
           settings: Settings | None = None, category: str | None = None) -> Digest:
    """The digest of ``date``: every story with an article dated that day
    (of ``category`` only, when given: see :meth:`Store.stories`),
    biggest first (articles up to that day, then outlets), each briefed from
    its articles up to that day with ``settings`` (default: the store's) in
    ``words`` (default ``settings.digest.words``: a digest is read as a list,
    so each story gets a short paragraph)."""
    settings = settings or store.settings
    words = words or settings.digest.words
    day = date_argument(date, "date")
    stories = store.stories(since=day, until=day, category=category)
    entries = []
    for story in stories:
        b = brief_story(store, story.id, words=words, settings=settings, until=day)
        entries.append((story, b))
    entries.sort(key=lambda e: (-len(e[1].articles), -len(e[1].sources), e[0].id))
    if limit is not None:
        entries = entries[:limit]
    return Digest(date=day, entries=entries, category=category)


def render_digest(d: Digest, fmt: str = "markdown") -> str:
    """The digest as a string in ``fmt`` (one of :data:`DIGEST_FORMATS`)."""
    if fmt not in DIGEST_FORMATS:
        raise UnknownFormatError(f"unknown format {fmt!r}; choose one of {', '.join(DIGEST_FORMATS)}")
    return DIGEST_FORMATS[fmt](d)


def _html(d: Digest) -> str:
    from .render import jinja_env

    return jinja_env().get_template("digest.html").render(digest=d, entries=digest_entries(d))


def _json(d: Digest) -> str:
    return json.dumps(d.to_dict(), ensure_ascii=False, indent=2)


def digest_entries(d: Digest) -> list[dict[str, Any]]:
    """Template context of each entry (this file's HTML and the web server's
    page): the story, its brief and the brief's article numbers."""
    return [{"story": story, "brief": b, "numbers": b.article_numbers()} for story, b in d.entries]


def _long_date(day: dt.date) -> str:
    return f"{day.strftime('%A')}, {day.day} {day.strftime('%B %Y')}"


def _markdown(d: Digest) -> str:
    from .source_counts import counts_line
    from .render import markdown_sources, markdown_summary, md_escape

    lines = [f"# News digest: {_long_date(d.date)}" + (f" ({d.category})" if d.category else ""), ""]
    if not d.entries:
        lines.append("No stories on this day" + (f" in {d.category}." if d.category else "."))
    for k, (story, b) in enumerate(d.entries, 1):
        lines += [f"## {k}. {md_escape(b.headline)}", "", *markdown_summary(b, b.article_numbers())]
        lines += ["", f"Sources ({counts_line(b.articles, sep=', ')}):", "",
                  *markdown_sources(b)]
        span = " to ".join(dict.fromkeys(x.isoformat() for x in (story.first_seen, story.last_seen) if x))
        lines += ["", f"*Story `{story.id}`: {story.size} article{'s' if story.size != 1 else ''}{', ' + span if span else ''}.*", ""]
    return "\n".join(lines).rstrip() + "\n"


#: Digest formats: name -> renderer. Adding a format is one entry plus its
#: renderer; ``newsbrief digest --format`` lists and checks these.
DIGEST_FORMATS: dict[str, Callable[[Digest], str]] = {"markdown": _markdown, "html": _html, "json": _json}


__all__ = ["DIGEST_FORMATS", "Digest", "brief_story", "digest", "digest_entries", "render_digest"]
