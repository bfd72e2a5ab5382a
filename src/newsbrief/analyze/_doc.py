"""Internal records shared by the analysis modules: sources, sentences with
their entity mentions, and the evidence that points back to one sentence."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..model import Article, Citation, Sentence
from ..outlets import independent_source


@dataclass
class Source:
    """One independent article, numbered as in the brief (``[n]``)."""

    n: int
    article: Article
    label: str
    #: Date relative expressions are resolved against, and where it came from:
    #: "article" (publication date), "dateline", "cluster" (a date of the
    #: other articles: ``anchor_like``, ``anchor_stamped``, else their latest),
    #: "text" (latest full date in the text) or None.
    anchor: dt.date | None = None
    anchor_from: str | None = None
    #: For an undated article read as of another's date ("cluster"): the number of the dated article most like it,
    #: whose anchor it took (None: not that one's).
    anchor_like: int | None = None
    #: For an undated article of a story of several dates ("cluster"): it was read as of a time stamp at its head
    #: ("Monday, Sep 10, 2012 | Updated 9: 01 AM EDT"), a date within the story's.
    anchor_stamped: bool = False
    #: The family of the text this article copies under another name (a wire story reposted uncredited, a rewrite
    #: keeping most of another source's sentences: :mod:`._copy_family`), or None.
    copy_family: str | None = None

    @property
    def article_id(self) -> str:
        return self.article.id

    @cached_property
    def family(self) -> str:
        """The independent source this article counts as: its wire family,
        else its outlet, else the article itself
        (:func:`newsbrief.outlets.independent_source`). Two sources of one
        family never conflict or disagree with each other."""
        return independent_source(self.article)

    @property
    def counted_family(self) -> str:
        """The independent source this article counts as where outlets are counted as reporting one fact (the
        agreement section: its units, "most outlets", coverage, agreed figures): its :attr:`family`, or the family
        of the text it copies under another name (:attr:`copy_family`, :mod:`._copy_family`)."""
        return self.copy_family or self.family

    @property
    def weak_anchor(self) -> bool:
        """The anchor is a date written in the text, not a publication date."""
        return self.anchor_from in ("text", "cluster-text")

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "n": self.n,
            "article_id": a.id,
            "outlet": a.outlet,
            "label": self.label,
            "title": a.title,
            "display_title": a.display_title,
            "date": a.date.isoformat() if a.date else None,
            "date_from_url": a.date_from_url,
            "anchor_date": self.anchor.isoformat() if self.anchor else None,
            "anchor_from": self.anchor_from,
            "anchor_like": self.anchor_like,
            "anchor_stamped": self.anchor_stamped,
            "family": self.counted_family,
        }


@dataclass
class Mention:
    """One entity mention: ``[start, end)`` inside its sentence's text."""

    sent: "Sent" = field(repr=False)
    start: int
    end: int
    text: str
    label: str
    entity: Any = None  # the merged Entity, set by entities.merge


@dataclass
class Sent:
    """A sentence of a source, with its NER mentions."""

    sentence: Sentence
    source: Source
    mentions: list[Mention] = field(default_factory=list)
    #: ``sentence.text``, read once when the Sent is made (the rules read it ~70 times a sentence; a Sentence's text
    #: is a slice of its article's body made anew at each read; perf60)
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.sentence.text

    @property
    def index(self) -> int:
        return self.sentence.index

    def cite(self, score: float = 1.0) -> Citation:
        s = self.sentence
        return Citation(s.article_id, self.source.label, s.index, " ".join(s.text.split()), score)


def cite_dict(c: Citation, n: int) -> dict[str, Any]:
    d = c.to_dict()
    d["n"] = n
    return d


def families_of(sources: list[Source]) -> dict[str, list[Source]]:
    """``sources`` grouped by :attr:`Source.counted_family`, groups in first-source order: the
    independent sources that agreement, "most outlets" and coverage count."""
    groups: dict[str, list[Source]] = {}
    for s in sources:
        groups.setdefault(s.counted_family, []).append(s)
    return groups


def outlets_of(sents: list[Sent]) -> list[Source]:
    """Distinct sources of ``sents``, in source order."""
    seen: dict[int, Source] = {}
    for s in sents:
        seen.setdefault(s.source.n, s.source)
    return [seen[k] for k in sorted(seen)]


@dataclass
class Entity:
    """One real-world entity with every spelling the articles use."""

    id: str
    name: str
    label: str
    variants: list[str]
    acronym: str | None = None
    mentions: list[Mention] = field(default_factory=list, repr=False)

    @property
    def display(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym != self.name else self.name

    def by_source(self) -> dict[int, int]:
        c = Counter(m.sent.source.n for m in self.mentions)
        return dict(sorted(c.items()))

    @property
    def families(self) -> list[str]:
        """The independent sources (:attr:`Source.family`: a wire agency's copies, else one outlet's articles)
        that mention it, in source order."""
        firsts = {}
        for m in self.mentions:
            firsts.setdefault(m.sent.source.family, m.sent.source.n)
        return sorted(firsts, key=firsts.__getitem__)

    def to_dict(self, sources: dict[int, Source]) -> dict[str, Any]:
        """``mentions``: every mention; ``sources``: the articles (``[n]``) mentioning it, ``by_outlet`` their
        counts per article label; ``families``: the independent sources among them and ``by_family`` the
        mentions per independent source (what "mentioned by N sources" counts)."""
        by = self.by_source()
        fams = Counter(m.sent.source.family for m in self.mentions)
        return {
            "id": self.id,
            "name": self.name,
            "acronym": self.acronym,
            "label": self.label,
            "variants": list(self.variants),
            "mentions": len(self.mentions),
            "sources": list(by),
            "by_outlet": {sources[n].label: k for n, k in by.items()},
            "families": self.families,
            "by_family": {f: fams[f] for f in self.families},
        }
