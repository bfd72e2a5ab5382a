"""The data model every stage reads and writes.

One container, :class:`Brief`, passes through the pipeline (ingest -> clean ->
segment -> analyze -> select -> render). :class:`Sentence` objects are offset
views into their article's cleaned text, so every selected sentence and every
citation traces back to the exact characters of one source article.
Every stage derives from :class:`BriefStage`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import _patterns

#: Version of the JSON document written by :meth:`Brief.to_dict`.
SCHEMA = "newsbrief.brief/1"

#: What :attr:`Article.outlet` shows when nothing names the outlet (see :mod:`newsbrief.outlets`): the label of
#: the only such article of a brief, and of one with no place in a brief yet.
UNKNOWN_OUTLET = "unknown outlet"
#: The label of an article whose outlet nothing names when its brief holds several (:func:`label_unnamed`):
#: "unknown outlet [3]", ``n`` its number in the brief, the number its citations show ("[3]"), as the analysis
#: view tells apart two articles of one outlet ("Wikinews [3]"). Never a file name, hash or id (issue 10).
UNNAMED_LABEL = UNKNOWN_OUTLET + " [{n}]"
#: Longest opening shown as an untitled article's title (:attr:`Article.display_title`), in characters.
OPENING_CHARS = 120


def label_unnamed(articles: Iterable[Article]) -> None:
    """Give every article of ``articles`` (in the order a brief numbers them, from 1) whose outlet nothing names
    its label: :data:`UNKNOWN_OUTLET` when it is the only one, else :data:`UNNAMED_LABEL` of its number ("unknown
    outlet [3]"); clear it on the others."""
    articles = list(articles)
    several = sum(1 for a in articles if not a.source) > 1
    for n, a in enumerate(articles, 1):
        a.label = None if a.source else UNNAMED_LABEL.format(n=n) if several else UNKNOWN_OUTLET


#: The labels of unnamed outlets, and "Source 3", the label of stores written before this one.
_UNNAMED_RE = re.compile(r"^(?:Source \d+|" + re.escape(UNKNOWN_OUTLET) + r"(?: \[\d+\])?)$")


def is_unnamed(outlet: str | None) -> bool:
    """Is ``outlet`` the label of an article whose outlet nothing names ("unknown outlet", "unknown outlet [3]"),
    or no name at all?"""
    return not outlet or bool(_UNNAMED_RE.match(outlet))


def outlet_names(articles: Iterable[Article]) -> list[str]:
    """The outlets of the articles that are not near-duplicates, each once, in article order: what the story list
    and the story page count as outlets (an unnamed outlet counts once per article, under its label)."""
    return list(dict.fromkeys(a.outlet for a in articles if not a.duplicate_of))


@dataclass
class Article:
    """One news article, as read and then cleaned.

    ``raw_text`` is the body as read; ``text`` is the cleaned body the later
    stages work on (``None`` until the clean stage has run, in which case
    :attr:`body` falls back to ``raw_text``). Of a wire's digest (a page of
    several stories) ``text`` holds the one story the brief is about; the
    others are named on ``removed`` (:func:`newsbrief.clean.story_parts`).
    """

    id: str
    raw_text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    path: str | None = None
    #: the line of ``path`` the article was read from (JSON Lines), for messages that name it
    line: int | None = field(default=None, compare=False)
    text: str | None = None
    removed: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    duplicate_of: str | None = None
    #: ``date`` was found in the text (a dateline), not given as publication metadata
    date_from_text: bool = False
    #: ``date`` was read from the URL ("/2013/03/08/", ``ingest.url_date``): given neither as metadata nor in the text
    date_from_url: bool = False
    #: an undated article's time stamp: the latest full date on a short line at its head ("Monday, Sep 10, 2012 |
    #: Updated 9: 01 AM EDT", ``ingest.head_dates``), read by ingest when neither a date line nor the URL dates it; no
    #: publication date (it may be an update's, years on): the analysis reads the article as of it when it lies within
    #: the story's dates. The store reads it again from the text it keeps
    stamp_date: dt.date | None = None
    #: categories of the feeds that listed it (``newsbrief follow``); the store keeps them
    categories: list[str] = field(default_factory=list)
    #: the label shown when nothing names the outlet ("unknown outlet [3]", :func:`label_unnamed`)
    label: str | None = field(default=None, repr=False, compare=False)

    @property
    def body(self) -> str:
        return self.text if self.text is not None else self.raw_text

    @property
    def outlet(self) -> str:
        """The outlet's name (``source``, found by :mod:`newsbrief.outlets` at
        ingest), else its label in the brief ("unknown outlet [3]", :func:`label_unnamed`), else
        :data:`UNKNOWN_OUTLET`: never a file name or an id."""
        return self.source or self.label or UNKNOWN_OUTLET

    @property
    def display_title(self) -> str:
        """What names the article to a person: its title, else its opening words past a wire dateline (a
        sentence cut at a word boundary to at most :data:`OPENING_CHARS` characters, "…" added); never its id or
        file name. A title that is only a date or a time stamp ("8: 24am:", "11 November 2011 Last updated at
        12: 41 GMT") names nothing: the opening words instead."""
        if self.title and not _patterns.is_date_line(self.title):
            return self.title
        opening = next((s.text for s in self.sentences if not _patterns.is_date_line(s.text)), None)
        text = " ".join((opening or self.body).split())  # (a page's stamp opening the text names nothing either)
        m = _patterns.DATELINE_PREFIX_RE.match(text)  # "CARACAS, Venezuela (AP) _ A center-left party ..."
        if m and m.end() < len(text) - 20:
            text = text[m.end() :]
            text = text[0].upper() + text[1:]
        return text if len(text) <= OPENING_CHARS else text[:OPENING_CHARS].rsplit(" ", 1)[0] + " …"

    @staticmethod
    def make_id(text: str, title: str | None = None, url: str | None = None) -> str:
        """A stable id: the same article read twice gets the same id."""
        h = hashlib.blake2b(digest_size=8)
        h.update((url or "").encode())
        h.update(b"\0")
        h.update((title or "").encode())
        h.update(b"\0")
        h.update(" ".join(text.split()).encode())
        return h.hexdigest()

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "outlet": self.outlet,
            "url": self.url,
            "date": self.date.isoformat() if self.date else None,
            "path": self.path,
            "sentences": len(self.sentences),
        }
        if self.duplicate_of:
            d["duplicate_of"] = self.duplicate_of
        if self.removed:
            d["removed"] = list(self.removed)
        if with_text:
            d["text"] = self.body
        return d


@dataclass
class Sentence:
    """A sentence: a view ``[start, end)`` into its article's cleaned text."""

    article: Article = field(repr=False)
    index: int
    start: int
    end: int
    paragraph: int = 0

    @property
    def text(self) -> str:
        return self.article.body[self.start : self.end]

    @property
    def article_id(self) -> str:
        return self.article.id

    def __repr__(self) -> str:
        return f"Sentence({self.article.id}#{self.index}: {self.text[:50]!r})"


@dataclass(frozen=True)
class Citation:
    """Evidence that one article supports one summary sentence.

    Checkable: ``article_id`` + ``sentence_index`` name one sentence of one
    article, and ``text`` is that sentence verbatim.
    """

    article_id: str
    outlet: str
    sentence_index: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "sentence_index": self.sentence_index,
            "text": self.text,
            "score": round(self.score, 4),
        }


@dataclass
class DateGloss:
    """A relative date expression of a summary sentence ("on Tuesday", "last week") resolved against its
    article's date (:mod:`newsbrief.glosses`): characters ``start``..``end`` of the sentence's text, the dates it
    spans (one day, or a weekend, week, month or year) and how a reader is shown them ("Tue 14 Jan 2020")."""

    start: int
    end: int
    expression: str
    start_date: dt.date
    end_date: dt.date
    granularity: str  # day | weekend | week | month | year
    display: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "expression": self.expression,
                "start_date": self.start_date.isoformat(), "end_date": self.end_date.isoformat(),
                "granularity": self.granularity, "display": self.display}


@dataclass
class SummarySentence:
    """One sentence of the summary, with every article that supports it.

    ``text`` is the sentence as shown; ``source_text`` is its source sentence
    verbatim (whitespace normalized) and ``edits`` says what was changed to
    make it stand alone (a leading connective deleted, a pronoun replaced by
    the speaker's name); no edits means ``text`` is the source sentence (a
    wire dateline aside, and tokenized text's quote marks and spaced initials
    written as a reader writes them: "U. S." as "U.S.")."""

    text: str
    citations: list[Citation]
    source: Sentence | None = field(default=None, repr=False)
    source_text: str | None = None
    edits: list[str] = field(default_factory=list)
    #: its relative date expressions resolved against its article's date (:class:`~newsbrief.glosses.DateGlosser`)
    dates: list[DateGloss] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.citations:
            seen.setdefault(c.outlet, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "source_text": self.source_text if self.source_text is not None else self.text,
            "edits": list(self.edits),
            "dates": [d.to_dict() for d in self.dates],
            "outlets": self.outlets,
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass
class Brief:
    """A story's brief, filled in stage by stage."""

    articles: list[Article]
    headline: str = ""
    summary: list[SummarySentence] = field(default_factory=list)
    words: int = 100
    analysis: Any = None
    warnings: list[str] = field(default_factory=list)
    story_id: str | None = None

    @property
    def text(self) -> str:
        """The plain summary, one paragraph."""
        return " ".join(s.text for s in self.summary)

    @property
    def sources(self) -> list[Article]:
        """Articles counted as independent sources (near-duplicates removed)."""
        return [a for a in self.articles if not a.duplicate_of]

    def article_numbers(self) -> dict[str, int]:
        """Article id -> the number its citations show (``[1]`` is the first article)."""
        return {a.id: i for i, a in enumerate(self.articles, 1)}

    @property
    def outlets(self) -> list[str]:
        """The independent sources' outlets, each once, in article order (:func:`outlet_names`)."""
        return outlet_names(self.articles)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "story_id": self.story_id,
            "headline": self.headline,
            "words": self.words,
            "text": self.text,
            "summary": [s.to_dict() for s in self.summary],
            "articles": [a.to_dict() for a in self.articles],
            "warnings": list(self.warnings),
        }
        if self.analysis is not None:
            d["analysis"] = self.analysis.to_dict()
        return d


@dataclass
class Story:
    """A group of articles about one event, as kept by the store."""

    id: str
    title: str
    article_ids: list[str]
    outlets: list[str]
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    #: the union of its articles' categories, sorted
    categories: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "size": self.size,
            "article_ids": list(self.article_ids),
            "outlets": list(self.outlets),
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "categories": list(self.categories),
        }


class BriefStage(ABC):
    """Base of the pipeline stages: a stage is a callable ``Brief -> Brief``
    that declares the attributes it ``requires`` and ``assigns``; :meth:`pipe`
    runs it over a stream of briefs."""

    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    @abstractmethod
    def __call__(self, brief: Brief) -> Brief: ...

    def pipe(self, stream: Iterable[Brief]) -> Iterator[Brief]:
        """Each brief of ``stream`` through this stage, lazily."""
        for brief in stream:
            yield self(brief)


@dataclass
class Storyline:
    """Stories (events) linked into one long-running topic by the store
    (:mod:`newsbrief.stream.storyline`), oldest first (undated last)."""

    id: str
    stories: list[Story]

    @property
    def title(self) -> str:
        """The title of its biggest story (then the earliest)."""
        return max(self.stories, key=lambda s: s.size).title if self.stories else ""

    @property
    def first_seen(self) -> dt.date | None:
        return min((s.first_seen for s in self.stories if s.first_seen), default=None)

    @property
    def last_seen(self) -> dt.date | None:
        return max((s.last_seen for s in self.stories if s.last_seen), default=None)

    def around(self, story_id: str) -> tuple[list[Story], list[Story]]:
        """The other stories before and after ``story_id`` in the storyline's
        order (first date, then id; undated stories last). For an undated
        story, every other story is "after" (nothing places it)."""
        ids = [s.id for s in self.stories]
        if story_id not in ids or self.stories[ids.index(story_id)].first_seen is None:
            return [], [s for s in self.stories if s.id != story_id]
        i = ids.index(story_id)
        return self.stories[:i], self.stories[i + 1 :]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "stories": [s.to_dict() for s in self.stories],
        }
