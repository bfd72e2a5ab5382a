"""A story's counts as its page and the digest show them ("12 articles · 3 independent sources · 4 outlets"), sources
counted as the cross-source view counts them: by family (:func:`newsbrief.outlets.independent_source`), an article
that copies another family's text under its own name counting in that family
(:func:`newsbrief.analyze._copy_family.copy_families`, the view's :attr:`Source.counted_family`). Apart from
:mod:`newsbrief.outlets`, which the analysis reads (issue 11, fix63: sample-0173's counts line said 2 sources where
the view's families say 1)."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Article
from .outlets import independent_source, is_named_source, plural, sources_phrase

__all__ = ["copies_counted", "count_sources", "counted_sources", "counts_line"]


def count_sources(articles: Iterable[Article]) -> tuple[int, int]:
    """``(named, unnamed)``: the known independent sources among ``articles`` that are not near-duplicates (wire
    families and named outlets, counted as the cross-source view counts them: :func:`counted_sources`) and the
    articles whose outlet nothing names."""
    return _named_unnamed(counted_sources(articles))


def _named_unnamed(groups: dict[str, list[Article]]) -> tuple[int, int]:
    """:func:`count_sources` of :func:`counted_sources`' ``groups``."""
    named = sum(is_named_source(k) for k in groups)
    return named, sum(len(v) for k, v in groups.items() if not is_named_source(k))


def counted_sources(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """The articles that are not near-duplicates grouped by the source family the cross-source view counts them in
    (:attr:`newsbrief.analyze._doc.Source.counted_family`): :func:`independent_source`, except that an article
    copying another family's text under its own name (an uncredited repost of a wire story:
    :func:`newsbrief.analyze._copy_family.copy_families`) counts in that family. Groups in first-article order."""
    from .analyze._copy_family import article_copy_families

    kept = [a for a in articles if not a.duplicate_of]
    copied = article_copy_families(kept)
    groups: dict[str, list[Article]] = {}
    for article in kept:
        groups.setdefault(copied.get(article.id) or independent_source(article), []).append(article)
    return groups


def copies_counted(groups: dict[str, list[Article]]) -> int:
    """How many articles of :func:`counted_sources`' ``groups`` count in another family than their own
    (:func:`independent_source`): the uncredited copies of another source's story."""
    return sum(independent_source(a) != k for k, v in groups.items() for a in v)


def counts_line(articles: Iterable[Article], sep: str = " · ",
                groups: dict[str, list[Article]] | None = None) -> str:
    """A story's counts as its page and the digest show them: ``"12 articles · 3 independent sources ·
    4 outlets"``, ``"+ · 2 articles name no outlet"``; ``"33 articles, sources not named"`` when no article
    names its outlet (never "33 independent sources" for 33 unnamed pages). Sources are counted as the
    cross-source view counts them (:func:`counted_sources`): an article that copies another outlet's story without
    crediting it counts with that story's source, and the line says so (``"3 articles · 1 independent source ·
    3 outlets · 2 articles copy another outlet's story, counted as its source"``). ``groups``: the articles'
    :func:`counted_sources` when the caller has them already (the copy check is not made twice)."""
    articles = list(articles)
    if groups is None:
        groups = counted_sources(articles)
    named, unnamed = _named_unnamed(groups)
    if not named:
        return sources_phrase(0, max(unnamed, len(articles)))
    outlets = len({a.source for a in articles if a.source and not a.duplicate_of})
    parts = [plural(len(articles), "article"), plural(named, "independent source")]
    if outlets:
        parts.append(plural(outlets, "outlet"))
    if unnamed:
        parts.append(f"{plural(unnamed, 'article')} {'names' if unnamed == 1 else 'name'} no outlet")
    copies = copies_counted(groups)
    if copies:
        parts.append(f"{plural(copies, 'article')} {'copies' if copies == 1 else 'copy'} another outlet's story, "
                     "counted as its source")
    return sep.join(parts)
