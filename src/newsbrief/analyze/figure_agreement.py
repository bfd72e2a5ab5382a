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
  ("millions of dollars"), not one end of a range ("0.5 percent to 1 percent", "between 4 and 12 percent") and not
  a ratio's denominator ("14 out of every 100 Kenyans", "one wet-nurse for eight babies");
* from two different independent sources (two articles when the story has one source);
* sentences about the same thing: TF-IDF similarity at least ``analysis.conflict_similarity``, and a content word
  shared within :data:`~.figures.CONTEXT_CHARS` of both figures (``Figure.context``) other than the words of the
  figures themselves ("percent", "miles": every share has one), a share's word ("percent") beside a figure of another
  kind (:data:`SHARE_WORDS`) and the places their articles name, unless the quantity says what it counts (a toll,
  "136 nominees"; not "people", a share, an amount, a duration or a measure) or both place something from the
  same place in the same direction ("25 miles east of Atlanta");
* no sign of two things: different places named next to them (not a place "there" stands for), different qualifiers ("confirmed" /
  "suspected"), different measured nouns ("a two-bedroom apartment" / "a two-bedroom house" stay one), an amount
  per unit against a total.

Agreeing figures are linked into items (connected components); an item two or more sources give is shown, with
those sources only, in the words the parser gives a count ("13 death row inmates" where the figure reader stops at
"13 death"; :func:`shown_words`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import re

from ..config import AnalysisSettings
from ..features import content_terms, stem
from ._doc import Sent
from ._cues import FIGURE_EVENTS, PERCENT_WORDS
from .figures import Figure, Quantity, _linked, fig65_generic

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

    #: The words shown for the item (:func:`shown_words` of :attr:`shown`), set by :func:`agreed` when it is given a
    #: parser model; else the figure's words as read.
    words: str | None = None

    def to_dict(self) -> dict[str, Any]:
        srcs = sorted({f.sent.source.n: f.sent.source for f in self.figures}.items())
        shown = self.shown
        return {
            "quantity": self.quantity.label,
            "counts": self.quantity.category,
            "noun": self.quantity.noun,
            "text": self.words or shown.text,
            "figure": shown.text,
            "value": shown.to_dict()["value"],
            "sources": [n for n, _ in srcs],
            "outlets": [s.label for _, s in srcs],
            "families": list(dict.fromkeys(s.counted_family for _, s in srcs)),
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


#: A number after "out of", "per" or a ratio's "every" is its denominator ("14 out of every 100 Kenyans", "one in
#: every 10 adults", "a rate of 5.2 per 1,000 children"): no figure the story reports.
_DENOMINATOR_RE = re.compile(r"\b(?:out\s+of(?:\s+every)?|(?:in|of|for)\s+every|per)\s+$", re.I)


#: A count after "one <noun> for" is a ratio's denominator too ("one wet-nurse for eight babies", "one doctor for
#: 10,000 people", "a single teacher for 40 pupils"): the sentence says how many there are for each one, not that
#: the story's eight babies exist (DUC 2006 D0627I: "perhaps one wet-nurse for eight babies" of Cambodia's
#: orphanages was shown as agreeing with "The Holts adopted eight babies" of Korea in the 1950s).
#: ("no one waited for", "the one reason for": no ratio.)
_ONE_FOR_RE = re.compile(r"(?<!\bno\s)(?<!\bany\s)(?<!\bthe\s)(?<!\bsome\s)(?<!\bevery\s)"
                         r"\b(?:one|a\s+single|1)\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+for\s+(?:about\s+|some\s+|perhaps\s+|every\s+|each\s+)?$",
                         re.I)


def denominator(f: Figure) -> bool:
    """Is ``f`` a ratio's denominator ("100 Kenyans" of "14 out of every 100 Kenyans", "1,000 children" of "5.2 per
    1,000 children", "eight babies" of "one wet-nurse for eight babies"; :data:`_DENOMINATOR_RE`,
    :data:`_ONE_FOR_RE`)?"""
    return bool(_DENOMINATOR_RE.search(f.sent.text[max(0, f.start - 20):f.start])
                or ((f.category == "count" or f.category in FIGURE_EVENTS)  # (not "one man jailed for 10 years")
                    and _ONE_FOR_RE.search(f.sent.text[max(0, f.start - 50):f.start]) is not None))


def standalone(f: Figure) -> bool:
    """Is ``f`` a figure of its own, one a source can agree on: not a vague amount ("millions of dollars"), not a
    range's end (nor a value changed "from five years to six"), not a ratio's denominator (:func:`denominator`), not
    a generic statement's measure ("A magnitude 6 quake can cause severe damage": :func:`.figures.fig65_generic`)?"""
    return not f.vague and not range_end(f) and not denominator(f) and not fig65_generic(f)


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


#: The words of a share ("percent"; stems as :attr:`Figure.context` holds them) say nothing of what a figure of
#: another kind is about: "up 20 percent in two years" and "After two years ... up 30 percent" share only the
#: other figures' unit (D0611B's "two years", read62; fix63). Only here: figure conflicts keep reading them.
SHARE_WORDS = frozenset(stem(w) for w in PERCENT_WORDS)


def same_thing(a: Figure, b: Figure, similar: Callable[[Sent, Sent], float] | None,
               settings: AnalysisSettings = _DEFAULTS) -> bool:
    """Are ``a`` and ``b`` about the same thing, by the tests a conflict needs (module docstring)?"""
    if similar is not None and similar(a.sent, b.sent) < settings.conflict_similarity:
        return False
    # (the figures' own words say nothing, nor a place both articles name: the story's country is near everything)
    shared = a.context & b.context - set(content_terms(f"{a.text} {b.text}")) - {
        f"@{p}" for p in a.article_places | b.article_places} - SHARE_WORDS
    # a distance that says where something is, from the same place in the same direction ("25 miles east of
    # Atlanta"), is about that place whatever else its sentence says
    located = a.located and b.located and a.direction == b.direction and bool(a.reference & b.reference)
    if not shared and not located and not _names_its_thing(a):
        return False
    if (a.places and b.places and not a.places & b.places and not (a.place_meant or b.place_meant)
            and not located):  # (what a located distance places may be named two ways: a county, its town)
        return False
    return a.qualifier == b.qualifier and a.per_unit == b.per_unit and a.measured == b.measured


#: A count's words end where the figure reader stops, which can be inside the noun phrase ("13 death" of "13 death
#: row inmates", "14 out" of "14 out of 100 Kenyans", "26 Somali" of "26 Somali pirates") or on the verb after it
#: ("approximately 1,023 lost" of "approximately 1,023 lost their lives"): a reader of the view reads them as
#: cut. The parser (the model the quotes use) gives the noun the number counts: the words run to it when it is at
#: most this many tokens after the number, and stop at the number when a verb follows it.
SHOWN_NOUN_TOKENS = 5


#: The rest of a hyphenated word after its first part ("-workers" of "co-workers", "-wives" of "ex-wives").
_HYPHENATED_TAIL_RE = re.compile(r"(?:-[^\W\d_]+)+")


def shown_words(f: Figure, model: str) -> str:
    """The words a reader is shown for ``f``, a count or a toll (:data:`SHOWN_NOUN_TOKENS`): its words as read, run
    on to the noun its number counts ("13 death row inmates", "14 out of 100 Kenyans"), or cut at the number when a
    verb follows it ("approximately 1,023"). Other kinds (money, shares, measures, durations) are shown as read."""
    if f.category != "count" and f.category not in FIGURE_EVENTS:
        return f.text
    from ._ner import parse

    text = f.sent.text
    doc = parse(text, model)
    inside = [t for t in doc if f.start <= t.idx < f.end]
    nums = [t for t in inside if t.tag_ == "CD"]
    if not nums:
        return f.text
    num = nums[-1]
    head = num.head
    between = doc[num.i + 1 : head.i] if head.i > num.i else []
    if (num.dep_ in ("nummod", "quantmod") and num.i < head.i <= num.i + SHOWN_NOUN_TOKENS
            and head.tag_.startswith("NN") and head.idx + len(head) > f.end
            and not any(t.is_punct for t in between)):
        end = head.idx + len(head)
        # (a noun the tokenizer split at its hyphen, "two co-workers" parsed "co - workers": shown whole, not "two co")
        tail = _HYPHENATED_TAIL_RE.match(text, end)
        return text[f.start : tail.end() if tail else end]
    after = [t for t in inside if t.i > num.i]
    if after and after[0].tag_.startswith("VB"):
        return text[f.start : num.idx + len(num)]
    return f.text


def agreed(quantities: list[Quantity], similar: Callable[[Sent, Sent], float] | None = None,
           settings: AnalysisSettings = _DEFAULTS, one_source: bool = False,
           model: str | None = None) -> list[AgreedFigure]:
    """The figures of the quantities that are not conflicts which two or more independent sources (articles, when
    ``one_source``) give alike, most widely given first. ``similar(a, b)``: how similar two sentences are (0..1);
    ``model``: the spaCy model whose parser gives each item its words (:func:`shown_words`; without it, the
    figure's words as read)."""

    def who(f: Figure):
        return f.sent.source.n if one_source else f.sent.source.counted_family

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
    if model is not None:
        for a in out:
            a.words = shown_words(a.shown, model)
    return out
