"""The brief pipeline: read -> clean -> segment -> de-duplicate -> [analyze] -> select -> date glosses.

Reading turns inputs into a :class:`~newsbrief.model.Brief` (:func:`read_brief`);
every step after that is a *stage*: a callable ``Brief -> Brief`` that declares
what it ``requires`` and ``assigns``. :func:`make_pipeline` lists the stages for
a job and :class:`Pipeline` checks their contracts when it is built (every
requirement has an earlier producer) and names the stage that broke one when it
runs. :func:`brief`, :func:`prepare` and :func:`analyze` run exactly the
pipeline :func:`make_pipeline` returns; nothing runs beside it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Protocol

from .clean import Cleaner, page_note
from .config import Settings
from .errors import ConfigError, PageNoteError, PipelineError, UsageError
from .ingest import ArticleInput, ReadReport, read_articles
from .model import Article, Brief, BriefStage, label_unnamed
from .segment import Segmenter
from .selection import Selector
from .stream.dedup import Deduplicator

#: Attributes present on a Brief before any stage runs (set by reading).
INPUT_ATTRIBUTES = ("article.raw_text", "article.title", "article.source", "article.date", "brief.articles",
                    "brief.words")


class Stage(Protocol):
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, brief: Brief) -> Brief: ...


def check_pipeline(stages: Sequence[Stage]) -> None:
    """Raise :class:`~newsbrief.errors.PipelineError` when a stage requires
    what no earlier stage assigns."""
    available = set(INPUT_ATTRIBUTES)
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(f"stage {type(stage).__name__} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


class Pipeline(BriefStage):
    """Stages run in order on one Brief; contracts checked at construction.
    A pipeline is itself a stage (it requires what reading provides and
    assigns what its stages assign), so :meth:`pipe` streams briefs through it."""

    requires = INPUT_ATTRIBUTES

    def __init__(self, stages: Sequence[Stage]):
        check_pipeline(stages)
        self.stages = list(stages)
        self.assigns = tuple(a for stage in self.stages for a in stage.assigns)

    @property
    def names(self) -> list[str]:
        return [type(s).__name__ for s in self.stages]

    def __call__(self, brief: Brief) -> Brief:
        for stage in self.stages:
            out = stage(brief)
            if not isinstance(out, Brief):
                raise PipelineError(f"stage {type(stage).__name__} returned {type(out).__name__}, not Brief")
            brief = out
        return brief


class ReadingBudget(BriefStage):
    """Pipeline stage, before the :class:`~newsbrief.segment.Segmenter`: an article longer than ``max_chars``
    characters (``selection.max_article_chars``) is segmented only as far as its first ``max_chars`` (the
    sentence cut there dropped), with a warning naming it; the Segmenter leaves an article that has its
    sentences alone. Everything after it (segmentation, summary, citations, the cross-source view) then costs
    what an article of that size costs, however long the input. Punkt reads at most 10,000 characters at
    once, so the sentences kept are (but for the last) those the whole text would begin with."""

    requires = ("article.text",)
    assigns = ("article.sentences",)

    def __init__(self, max_chars: int):
        self.max_chars = max_chars

    def __call__(self, brief: Brief) -> Brief:
        from .model import Sentence
        from .segment import sentence_spans

        for i, art in enumerate(brief.articles, 1):
            body = art.body
            if len(body) <= self.max_chars or art.sentences:
                continue
            spans = sentence_spans(body[: self.max_chars])
            if spans and spans[-1][1] >= self.max_chars - 1:
                spans.pop()  # cut by the budget, not a sentence end
            art.sentences = [Sentence(art, k, a, b, para) for k, (a, b, para) in enumerate(spans)]
            brief.warnings.append(
                f"article {i} ({art.path or art.title or art.id}) has {len(body):,} characters: the brief reads "
                f"its first {self.max_chars:,} ({len(spans):,} sentences; selection.max_article_chars)")
        return brief


def make_pipeline(
    settings: Settings | None = None,
    *,
    analyze: bool = False,
    select: bool = True,
    overflow: bool = False,
) -> Pipeline:
    """The stages for one job: Cleaner, ReadingBudget, Segmenter, Deduplicator, Analyzer (with ``analyze``), Selector
    and DateGlosser (unless ``select=False``; the glosser unless ``selection.date_glosses`` is off; ``overflow``
    lets the last sentence run past the budget for the evaluation's cut-to-N-words rule)."""
    settings = settings or Settings()
    stages: list[Stage] = [Cleaner(settings.clean), ReadingBudget(settings.selection.max_article_chars), Segmenter(),
                           Deduplicator(settings.dedup.threshold, settings.dedup.max_shingles)]
    if analyze:
        from .analyze import Analyzer

        stages.append(Analyzer(settings))
    if select:
        stages.append(Selector(settings, overflow=overflow))
        if settings.selection.date_glosses:
            from .glosses import DateGlosser

            stages.append(DateGlosser(settings))
    return Pipeline(stages)


def read_brief(
    articles: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
    *,
    words: int | None = None,
) -> Brief:
    """Read inputs into a Brief (no stage run yet). The same article given
    twice is kept once; input errors of single files become warnings on the
    brief (see :func:`~newsbrief.ingest.read_articles`). A text that is no article but a page's note (a crawler's
    note, Twitter's location notice, a sign-in wall, an error page: :func:`~newsbrief.clean.page_note`) is left
    out with a warning (NB109, ``ingest.skip_page_notes``), as the story store skips it: it has nothing to say
    and is no source; when nothing else is left, they are kept with one warning saying so (the brief has no
    text to show). ``words`` outside
    ``selection.words``'s range (10-5000) is a :class:`~newsbrief.errors.UsageError`."""
    settings = settings or Settings()
    if words is not None:
        try:
            settings = settings.replace({"selection.words": words}, source="argument words")
        except ConfigError as err:
            raise UsageError(err.message) from None
    report = report if report is not None else ReadReport()
    if isinstance(articles, (str, os.PathLike, dict, Article)):
        articles = [articles]
    arts = []
    seen: set[str] = set()
    for art in read_articles(articles, settings, report):
        if art.id in seen:
            report.warnings.append(f"{art.path or art.id}: the same article was given twice; kept once")
            continue
        seen.add(art.id)
        arts.append(art)
    if settings.ingest.skip_page_notes:
        notes = [(n, art, note) for n, art in enumerate(arts, 1) if (note := page_note(art.raw_text))]
        if notes and len(notes) == len(arts):
            # nothing else: kept (a story of such pages shows "no readable text"), said once
            kinds = sorted({k for _n, _a, note in notes for k in note.rpartition("(")[2].rstrip(")").split(", ")})
            report.warnings.append("no article to brief: every text given is a page's note, not an article ("
                                   + ", ".join(kinds) + ")")
        elif notes:
            for n, art, note in notes:
                report.skip(PageNoteError(f"{note}; left out of the brief", path=art.path or art.url or f"article {n}",
                                          line=art.line if art.path else None))
            dropped = {id(art) for _n, art, _note in notes}
            arts = [art for art in arts if id(art) not in dropped]
    label_unnamed(arts)  # "unknown outlet [3]" for an article whose outlet nothing names, as its citations show [3]
    b = Brief(articles=arts, words=settings.selection.words)
    b.warnings.extend(report.warnings)
    if len(arts) == 1:
        b.warnings.append("only one article: the brief has a single source and no cross-source comparison")
    return b


def prepare(
    articles: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
    *,
    words: int | None = None,
) -> Brief:
    """Read, clean, segment and de-duplicate: a Brief ready for analysis and
    selection (the evaluation runs every system on it)."""
    settings = settings or Settings()
    b = read_brief(articles, settings, report, words=words)
    return make_pipeline(settings, select=False)(b)


def brief(
    articles: Iterable[ArticleInput],
    words: int | None = None,
    *,
    analyze: bool = False,
    settings: Settings | None = None,
    report: ReadReport | None = None,
) -> Brief:
    """Brief one story from its articles.

    Parameters
    ----------
    articles
        Paths (files or directories), raw article strings, dicts with keys
        ``text``/``title``/``source``/``url``/``date``, or :class:`Article` s.
    words
        Summary budget in words (default ``settings.selection.words``, 100).
    analyze
        Also compute the cross-source view (``brief.analysis``). The plain
        summary does not pay for it when not asked.
    settings
        Every other knob (:class:`~newsbrief.config.Settings`).

    Examples
    --------
    >>> b = brief(["Officials said the bridge reopened on Monday after repairs.",
    ...            "The bridge reopened on Monday after two weeks of repairs, officials said."], words=30)
    >>> len(b.summary[0].citations)
    2
    """
    settings = settings or Settings()
    b = read_brief(articles, settings, report, words=words)
    return make_pipeline(settings, analyze=analyze)(b)


def analyze(
    articles: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
) -> Brief:
    """Read articles and compute only the cross-source view (no summary):
    the Brief with ``analysis`` set."""
    settings = settings or Settings()
    b = read_brief(articles, settings, report)
    return make_pipeline(settings, analyze=True, select=False)(b)


__all__ = ["INPUT_ATTRIBUTES", "Pipeline", "Stage", "analyze", "brief", "check_pipeline", "make_pipeline",
           "prepare", "read_brief"]
