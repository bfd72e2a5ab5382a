"""The brief pipeline: ingest -> clean -> segment -> [analyze] -> select.

A pipeline is a list of stages; each stage is a callable ``Brief -> Brief``
that declares what it ``requires`` and ``assigns``. :func:`check_pipeline`
verifies every requirement has an earlier producer, and :class:`Pipeline`
names the stage that broke the contract when one does not return a Brief.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Protocol

from .clean import Cleaner
from .config import Settings
from .ingest import ArticleInput, ReadReport, read_articles
from .model import Article, Brief
from .segment import Segmenter
from .selection import Selector

#: Attributes present on a Brief before any stage runs (set by ingest).
INPUT_ATTRIBUTES = ("article.raw_text", "article.title", "article.source", "article.date", "brief.articles")


class Stage(Protocol):
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, brief: Brief) -> Brief: ...


def check_pipeline(stages: Sequence[Stage]) -> None:
    """Raise ``ValueError`` when a stage requires what no earlier stage assigns."""
    available = set(INPUT_ATTRIBUTES)
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ValueError(f"stage {type(stage).__name__} requires {missing}, which no earlier stage assigns")
        available.update(stage.assigns)


class Pipeline:
    def __init__(self, stages: Sequence[Stage]):
        self.stages = list(stages)

    def __call__(self, brief: Brief) -> Brief:
        for stage in self.stages:
            out = stage(brief)
            if not isinstance(out, Brief):
                raise TypeError(f"stage {type(stage).__name__} returned {type(out).__name__}, not Brief")
            brief = out
        return brief

    def pipe(self, stream: Iterable[Brief]):
        for brief in stream:
            yield self(brief)


def default_stages(settings: Settings, analyze: bool = False, overflow: bool = False) -> list[Stage]:
    stages: list[Stage] = [Cleaner(), Segmenter()]
    if analyze:
        from .analyze import Analyzer

        stages.append(Analyzer(settings))
    stages.append(Selector(settings, overflow=overflow))
    return stages


def prepare(
    articles: Iterable[ArticleInput],
    settings: Settings | None = None,
    report: ReadReport | None = None,
    *,
    words: int | None = None,
    dedup: bool = True,
) -> Brief:
    """Read, clean and segment articles, and link near-duplicates: a Brief
    ready for the analysis and selection stages (shared by :func:`brief`,
    :func:`newsbrief.analyze.analyze` and the evaluation).

    The same article given twice is kept once; input errors of single files
    become warnings on the brief (see :func:`~newsbrief.ingest.read_articles`).
    """
    settings = settings or Settings()
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
    b = Brief(articles=arts, words=words or settings.words)
    b.warnings.extend(report.warnings)
    if len(arts) == 1:
        b.warnings.append("only one article: the brief has a single source and no cross-source comparison")
    b = Pipeline([Cleaner(), Segmenter()])(b)
    if dedup and len(arts) > 1:
        from .stream import mark_duplicates

        mark_duplicates(b.articles)
    return b


def brief(
    articles: Iterable[ArticleInput],
    words: int | None = None,
    *,
    analyze: bool = False,
    settings: Settings | None = None,
    report: ReadReport | None = None,
    dedup: bool = True,
) -> Brief:
    """Brief one story from its articles.

    Parameters
    ----------
    articles
        Paths (files or directories), raw article strings, dicts with keys
        ``text``/``title``/``source``/``url``/``date``, or :class:`Article` s.
    words
        Summary budget in words (default ``settings.words``, 100).
    analyze
        Also compute the cross-source view (``brief.analysis``). The plain
        summary does not pay for it when not asked.

    Examples
    --------
    >>> b = brief(["Officials said the bridge reopened on Monday after repairs.",
    ...            "The bridge reopened on Monday after two weeks of repairs, officials said."], words=30)
    >>> len(b.summary[0].citations)
    2
    """
    settings = settings or Settings()
    b = prepare(articles, settings, report, words=words, dedup=dedup)
    rest = default_stages(settings, analyze=analyze)[2:]
    return Pipeline(rest)(b)


__all__ = ["brief", "Pipeline", "check_pipeline", "default_stages", "prepare"]
