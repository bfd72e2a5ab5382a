"""Figures the outlets agree on: the same value of the same thing, given by two or more independent sources.

:func:`~.figures.compare` groups the figures of one kind (a toll, an amount in euros, a share) into quantities
and flags the conflicts; the values it lists are consistent within rounding ("nearly 30 percent" beside "27.8%"),
and a quantity keyed only by its kind holds every amount of a story ("€2.81m" written off beside "3 million euros"
of a citizenship rule). Shown as "what the outlets agree on", such a value credited sources that never gave it:
read on 60 items drawn from the 340 clusters of the four summarization sets, 25 were right (stop 40; rule and
counts in docs/analysis-labels.md, "Figures the outlets agree on, read as a reader").

Here two figures agree when they are the same figure about the same thing, by the tests a conflict needs for
"the same thing", with equal values in place of different ones:

* the same value (within :data:`SAME_VALUE` of each other), each a figure of its own: not a vague amount
  ("millions of dollars") and not one end of a range ("0.5 percent to 1 percent", "between 4 and 12 percent");
* from two different independent sources (two articles when the story has one source);
* sentences about the same thing: TF-IDF similarity at least ``analysis.conflict_similarity``, and a content word
  shared within :data:`~.figures.CONTEXT_CHARS` of both figures (``Figure.context``) other than the words of the
  figures themselves ("percent", "miles": every share has one) and the places their articles name, unless the quantity says what it counts (a toll,
  "136 nominees"; not "people", a share, an amount, a duration or a measure) or both place something from the
  same place in the same direction ("25 miles east of Atlanta");
* no sign of two things: different places named next to them (not a place "there" stands for), different qualifiers ("confirmed" /
  "suspected"), different measured nouns ("a two-bedroom apartment" / "a two-bedroom house" stay one), an amount
  per unit against a total.

Agreeing figures are linked into items (connected components); an item two or more sources give is shown, with
those sources only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import re

from ..config import AnalysisSettings
from ..features import content_terms
from ._doc import Sent
from ._cues import FIGURE_EVENTS
from .figures import Figure, Quantity, _linked

#: Two values are one figure when they differ by at most this share of the larger ("10 billion euros" /
#: "10bn euros"; "$177 million" / "180 million USD" are two figures).
SAME_VALUE = 0.005

_DEFAULTS = AnalysisSettings()


@dataclass
class AgreedFigure:
    """One figure two or more independent sources give alike, with the quantity it was read as."""

    quantity: Quantity
    figures: list[Figure]

    @property
    def shown(self) -> Figure:
        """The figure whose words stand for the item: the words most of its sources use, then the first source's."""
        counts: dict[str, int] = {}
        for f in self.figures:
            counts[f.text.lower()] = counts.get(f.text.lower(), 0) + 1
        return min(self.figures, key=lambda f: (-counts[f.text.lower()], f.loose, f.sent.source.n, f.start))

    def to_dict(self) -> dict[str, Any]:
        srcs = sorted({f.sent.source.n: f.sent.source for f in self.figures}.items())
        shown = self.shown
        return {
            "quantity": self.quantity.label,
            "counts": self.quantity.category,
            "noun": self.quantity.noun,
            "text": shown.text,
            "value": shown.to_dict()["value"],
            "sources": [n for n, _ in srcs],
            "outlets": [s.label for _, s in srcs],
            "families": list(dict.fromkeys(s.family for _, s in srcs)),
            "citations": [f.to_dict() for f in self.figures],
        }


#: A number right after a figure, joined by "to" or a dash (the figure opens a range: "0.5 percent to 1 percent",
#: "$500 to $1,000", "from five years to six"), or right before it (the figure closes one: "3 to 5 percent",
#: "between 4 and 12").
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                r"fifty|hundred)\b")
_RANGE_AFTER_RE = re.compile(r"\s*(?:to|-|–|—)\s*(?:about\s+|nearly\s+)?(?:[$€£]?\d|" + _NUMBER_WORD + ")", re.I)
#: "between" right before a figure: it opens a range closed by "and" ("between 4 percent and 12 percent"); "and"
#: alone joins two counts ("26 points, 13 assists and 11 rebounds", "1.9 million adults and 100,000 children").
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_RANGE_BEFORE_RE = re.compile(r"(?:\d[\d.,]*|" + _NUMBER_WORD + r")\s*(?:%|percent|per\s+cent|[a-z]+)?\s*(?:to|-|–|—)\s*"
                              r"(?:about\s+)?[$€£]?$|"
                              r"\bbetween\s+[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s*and\s*[$€£]?$", re.I)


def range_end(f: Figure) -> bool:
    """Is ``f`` one end of a range its sentence gives ("0.5 percent to 1 percent", "3 to 5 percent")?"""
    text = f.sent.text
    before = text[max(0, f.start - 40):f.start]
    return bool(_RANGE_AFTER_RE.match(text, max(f.end, f.noun_end)) or _RANGE_AFTER_RE.match(text, f.end)
                or _RANGE_BEFORE_RE.search(before) or _BETWEEN_RE.search(before))


def standalone(f: Figure) -> bool:
    """Is ``f`` a figure of its own, one a source can agree on: not a vague amount ("millions of dollars") and not a
    range's end (nor a value changed "from five years to six")?"""
    return not f.vague and not range_end(f)


def same_value(a: Figure, b: Figure) -> bool:
    """One figure's value: equal within :data:`SAME_VALUE` and the same kind of bound ("more than 60 percent" is not
    "around 60 percent"). Only :func:`standalone` figures are compared."""
    return a.bound == b.bound and abs(a.value - b.value) <= SAME_VALUE * max(abs(a.value), abs(b.value))


#: Counted nouns that say what is counted too loosely to make two counts one ("two people" detained / "two people"
#: arrested elsewhere): these need a shared context word as every measure does.
_LOOSE_NOUNS = frozenset({"people", "person", "peopl", "others", "other", "times", "time", "one", "ones"})


def _names_its_thing(f: Figure) -> bool:
    """Does ``f``'s quantity say what it counts (a toll, "136 nominees"), so that the same value in similar sentences
    is one figure without a shared word around it? A share, an amount, a duration or a measure does not."""
    return f.category in FIGURE_EVENTS or (f.category == "count" and bool(f.noun) and f.noun not in _LOOSE_NOUNS)


def same_thing(a: Figure, b: Figure, similar: Callable[[Sent, Sent], float] | None,
               settings: AnalysisSettings = _DEFAULTS) -> bool:
    """Are ``a`` and ``b`` about the same thing, by the tests a conflict needs (module docstring)?"""
    if similar is not None and similar(a.sent, b.sent) < settings.conflict_similarity:
        return False
    # (the figures' own words say nothing, nor a place both articles name: the story's country is near everything)
    shared = a.context & b.context - set(content_terms(f"{a.text} {b.text}")) - {
        f"@{p}" for p in a.article_places | b.article_places}
    # a distance that says where something is, from the same place in the same direction ("25 miles east of
    # Atlanta"), is about that place whatever else its sentence says
    located = a.located and b.located and a.direction == b.direction and bool(a.reference & b.reference)
    if not shared and not located and not _names_its_thing(a):
        return False
    if (a.places and b.places and not a.places & b.places and not (a.place_meant or b.place_meant)
            and not located):  # (what a located distance places may be named two ways: a county, its town)
        return False
    return a.qualifier == b.qualifier and a.per_unit == b.per_unit and a.measured == b.measured


def agreed(quantities: list[Quantity], similar: Callable[[Sent, Sent], float] | None = None,
           settings: AnalysisSettings = _DEFAULTS, one_source: bool = False) -> list[AgreedFigure]:
    """The figures of the quantities that are not conflicts which two or more independent sources (articles, when
    ``one_source``) give alike, most widely given first. ``similar(a, b)``: how similar two sentences are (0..1)."""

    def who(f: Figure):
        return f.sent.source.n if one_source else f.sent.source.family

    out: list[AgreedFigure] = []
    for q in quantities:
        if q.conflict:
            continue
        # (each figure's own tests once, not in every pair: a range's end is read from its sentence)
        figs = [f for f in q.figures if f.restates != "restatement" and standalone(f)]
        pairs = [(a, b) for i, a in enumerate(figs) for b in figs[i + 1:]
                 if who(a) != who(b) and same_value(a, b) and same_thing(a, b, similar, settings)]
        for component in _linked(pairs):
            members = list({id(f): f for pair in component for f in pair}.values())
            if len({who(f) for f in members}) >= 2:
                out.append(AgreedFigure(q, sorted(members, key=lambda f: (f.sent.source.n, f.start))))
    out.sort(key=lambda a: (-len({who(f) for f in a.figures}), a.figures[0].sent.source.n, a.figures[0].start))
    return out
