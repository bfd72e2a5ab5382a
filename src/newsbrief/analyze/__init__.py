"""The cross-source view: who is named, who said what, which figures and
dates the outlets give, where they agree and where they differ.

:class:`Analyzer` is a pipeline stage (``Brief -> Brief``, assigns
``brief.analysis``); :func:`analyze_brief` computes the view of a segmented
brief. This package never imports the pipeline that assembles it. Steps, in
order:

1. Sources: one per independent article, numbered as in the brief, each
   with an anchor date for relative expressions (publication date, else a
   wire dateline, else the cluster's latest known date, else the latest full
   date written in the article).
2. Entities (:mod:`.entities`): spaCy NER, variants merged.
3. Quotes (:mod:`.quotes`), figures (:mod:`.figures`), dates (:mod:`.timeline`).
4. Agreement (:mod:`.agreement`): content units, single-outlet details,
   differing claims; then the timeline's merged events and date
   disagreements, and per-source coverage of the brief's facts.

Agreement, "most outlets" and coverage count independent sources, not
articles: a source family (:attr:`Source.counted_family`: its
:attr:`Source.family`, from :func:`newsbrief.outlets.independent_source`, or
the family of a text it copies under another name, :mod:`._copy_family`) is
a wire agency's copies and rewrites, else one outlet's articles ("3
independent sources, 9 articles").

spaCy is imported only when a view is computed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from .._patterns import DOUBLE_QUOTE_MARK_RE, QUOTED_RE, outside_quotes, writer_voice
from ..clean import tex_quotes
from ..config import Settings
from ..embed import brief_memo
from ..model import Brief, BriefStage
from ..outlets import is_named_source
from ..rewrite import (CONNECTIVE_RE, INVERTED_PRONOUN_RE, PRONOUN_SPEAKER_RE, close_quotation, dangling_reason,
                       delete_connective, name_in_full, rewrite, strip_dateline)
from ..similarity import TfidfCosine
from . import agreement, entities, figure_agreement, figures, quotes, timeline
from ._copy_family import mark_copy_families
from ._season import fix63_undated
from ._doc import Mention, Sent, Source, families_of
from ._neighbours import Neighbours

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: Version of the analysis part of the JSON document.
SCHEMA = "newsbrief.analysis/1"


@dataclass
class Analysis:
    """The cross-source view of one brief (see :meth:`to_dict` for the JSON shape)."""

    sources: list[Source]
    entities: list[entities.Entity] = field(default_factory=list)
    quotes: list[quotes.QuoteGroup] = field(default_factory=list)
    figures: list[figures.Quantity] = field(default_factory=list)
    #: The figures two or more independent sources give alike (:mod:`.figure_agreement`).
    agreed_figures: list[figure_agreement.AgreedFigure] = field(default_factory=list)
    units: list[agreement.Unit] = field(default_factory=list)
    details: dict[int, list[Sent]] = field(default_factory=dict)
    differences: list[agreement.Difference] = field(default_factory=list)
    timeline: list[timeline.Event] = field(default_factory=list)
    date_disagreements: list[timeline.DateDisagreement] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    #: Set when the story was larger than ``analysis.max_sentences``: what the view read (:func:`within_budget`).
    limit: dict[str, Any] | None = None
    #: Sentences before an item searched for the person its leading "He" or its "he said" names
    #: (``analysis.item_pronoun_lookback``; :func:`_item_text`).
    pronoun_lookback: int = 1
    #: Sections left empty because their reading failed on this story (section -> the error, :func:`_guarded`):
    #: the rest of the view and the brief stand.
    left_out: dict[str, str] = field(default_factory=dict)

    @property
    def families(self) -> dict[str, list[Source]]:
        """The independent sources: family -> its articles' sources (:func:`~._doc.families_of`)."""
        return families_of(self.sources)

    @property
    def majority(self) -> int:
        """Independent sources needed for "most outlets": more than half (both of two)."""
        n = len(self.families)
        return max(2, n // 2 + 1) if n > 1 else 1

    def family_label(self, family: str) -> str:
        """How a family is named: its one article's label, else the family (agency or outlet)."""
        members = self.families[family]
        return members[0].label if len(members) == 1 else family

    @property
    def conflicts(self) -> list[figures.Quantity]:
        return [q for q in self.figures if q.conflict]

    def entity(self, name: str) -> entities.Entity | None:
        """The entity with ``name`` among its canonical name, acronym or variants."""
        key = entities.normalize(name)
        for e in self.entities:
            if key in {entities.normalize(v) for v in [e.name, e.acronym or "", *e.variants]}:
                return e
        return None

    def coverage(self) -> list[dict[str, Any]]:
        """Per independent source, the facts it reports and the ones it omits: a family covers a fact when
        any of its articles reports it. ``source`` is its first article's number, ``sources`` all of them."""
        out = []
        for family, members in self.families.items():
            ns = {m.n for m in members}
            covers = [f["id"] for f in self.facts if ns & set(f["sources"])]
            omits = [f["id"] for f in self.facts if not ns & set(f["sources"])]
            out.append({"source": members[0].n, "sources": sorted(ns), "outlet": self.family_label(family),
                        "covers": covers, "omits": omits})
        return out

    def _said_by(self) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]]]:
        """Who the quote analysis says speaks in each sentence holding a quote, by (source number, sentence
        index): the speaker's entity name, else the speaker as the text describes them, else the speaker its quote
        group is listed with; and the sentences with no quote mark of their own that are a quote whole
        (:func:`_wholly_quoted`: a line of a statement printed one sentence a line, "Like the Doctor himself I find
        myself in a state of utter terror and delight.")."""
        out: dict[tuple[int, int], str] = {}
        whole: set[tuple[int, int]] = set()
        for g in self.quotes:
            for q in g.quotes:
                who = q.entity.name if q.entity is not None else q.speaker and quotes.as_description(q.speaker)
                # (a version whose own sentence names no speaker is the group's, as the quotes are listed)
                who = who or g.speaker[0]
                if not who:
                    continue
                key = (q.sent.source.n, q.sent.index)
                out.setdefault(key, who)
                # (the quote's sentence, and the lines after it its words go on over: a statement printed a line
                # a sentence, listed as one quote from the line that opens it)
                sentences = q.sent.sentence.article.sentences
                for k in range(q.sent.index, min(len(sentences), q.sent.index + QUOTE_LINES)):
                    if not _wholly_quoted(q.text, sentences[k].text):
                        if k > q.sent.index:
                            break
                        continue
                    line = (q.sent.source.n, k)
                    if out.setdefault(line, who) == who:
                        whole.add(line)
        return out, whole

    def _item(self, s: Sent, said: dict[tuple[int, int], str], whole: set[tuple[int, int]]) -> str:
        """Sentence ``s`` as an item of the view (:func:`_item_text`; ``said``, ``whole``: :meth:`_said_by`)."""
        text = strip_dateline(" ".join(s.text.split()))
        if (s.source.n, s.index) in whole:
            text = f'"{text}"'  # someone's words with no mark of their own: shown as a quote, with its speaker
        return _item_text(text, said.get((s.source.n, s.index)), s, self.pronoun_lookback)

    def member_items(self, u: agreement.Unit) -> list[str]:
        """Each member of ``u`` (centre first) as an item of the view: what :func:`shown_member` chooses among
        (``bench/agreement_readable.py`` reads them)."""
        said, whole = self._said_by()
        return [self._item(s, said, whole) for s in u.sents]

    def to_dict(self) -> dict[str, Any]:
        """The view as JSON data; its texts show tokenized text's ``quote marks'' as a reader writes them
        (“quote marks”: :func:`~newsbrief.clean.tex_quotes`), the article's sentence being unchanged."""
        return _shown(self._to_dict())

    def _to_dict(self) -> dict[str, Any]:
        by_n = {s.n: s for s in self.sources}
        agreed = [u for u in self.units if len(u.families) >= 2]  # one family's copies agree with nobody
        consensus = [u for u in agreed if len(u.families) >= self.majority]
        shared = [u for u in agreed if len(u.families) < self.majority]
        said, whole = self._said_by()

        def item(s: Sent) -> str:
            return self._item(s, said, whole)

        def reading_alone(sents: list[Sent], shown=item) -> tuple[str, Sent]:
            # a fact in the words of its first sentence that reads alone (the first one's when none does): "Those
            # details have yet to be worked out." leans on a sentence the view does not show, while another
            # outlet's sentence of the same fact may name what it is about; the others are read only when it leans
            # (past the first, "I" or "we" printed without marks is passed over for another's words, yet shown
            # before a sentence that leans: "we are extremely fortunate that she ..." / "She also completed ...")
            first = shown(sents[0])
            if _reads_alone(first):
                return first, sents[0]
            rest = [(shown(s), s) for s in sents[1:]]
            return next(((t, s) for t, s in rest if _reads_alone(t)), None) or next(
                ((t, s) for t, s in [(first, sents[0]), *rest] if not dangling_reason(t)), (first, sents[0]))

        def unit(u: agreement.Unit, earlier: list[dict[str, Any]]) -> dict[str, Any]:
            # the member that reads alone; a person it calls by surname alone named in full unless an item listed
            # before it (``earlier``) or the sentences it leans on introduce them ("Lewis has received ..." ->
            # "John Lewis has received ...", as the brief's sentences are); what it leans on, when it does
            d = u.to_dict()
            text, s = shown_member(u.sents, lambda s: _connectives_deleted(item(s)))
            before = _leaned_on(text, s, _item_leans)
            shown = [e["text"] for e in earlier] + ([before] if before else [])
            d["text"] = name_in_full(text, s.sentence.article.body, shown, _same_person(s)).text
            if before:
                d["context"] = before
            return d

        def units(us: list[agreement.Unit]) -> list[dict[str, Any]]:
            out: list[dict[str, Any]] = []
            for u in us:
                out.append(unit(u, out))
            return out

        agreed_items = units(agreed)  # (the main event first, then by independent sources: as listed)
        shown_as = {id(u): d for u, d in zip(agreed, agreed_items)}

        def timeline_event(e: timeline.Event) -> dict[str, Any]:
            d = e.to_dict()
            dated: dict[tuple[int, int], list[str]] = {}
            for m in e.mentions:
                dated.setdefault((m.sent.source.n, m.sent.index), []).append(m.expression)

            def row(s: Sent) -> str:
                return _row_text(item(s), s, dated[s.source.n, s.index], self.pronoun_lookback)

            d["text"], s = reading_alone([m.sent for m in e.mentions], row)
            before = _leaned_on(d["text"], s)
            if before:
                d["context"] = before
            return d

        facts = self.facts
        if facts and facts[0]["from"] == "units":  # the shared units, in ``agreed``'s order: shown as those items are
            facts = [{**f, "text": d["text"]} for f, d in zip(facts, agreed_items)]
        return {
            "schema": SCHEMA,
            "sources": [s.to_dict() for s in self.sources],
            "families": [{"family": f, "label": self.family_label(f), "sources": [m.n for m in ms],
                          "named": is_named_source(f)}
                         for f, ms in self.families.items()],
            "majority": self.majority,
            "entities": [e.to_dict(by_n) for e in entities.shown(self.entities)],
            "quotes": [g.to_dict() for g in self.quotes],
            "figures": [q.to_dict() for q in self.figures],
            "conflicts": [q.to_dict() for q in self.conflicts],
            "agreed_figures": [a.to_dict() for a in self.agreed_figures],
            "agreement": {
                "consensus": [shown_as[id(u)] for u in consensus],
                "shared": [shown_as[id(u)] for u in shared],
                "single_family": units([u for u in self.units if len(u.families) < 2]),
                "single_source": [
                    {"source": n, "outlet": by_n[n].label,
                     "details": [{"text": item(s),
                                  "sentence_index": s.index}
                                 for s in sents]}
                    for n, sents in sorted(self.details.items()) if sents
                ],
                "differences": [d.to_dict() for d in self.differences],
            },
            "timeline": [timeline_event(e) for e in self.timeline],
            "date_disagreements": [d.to_dict() for d in self.date_disagreements],
            "facts": facts,
            "coverage": self.coverage(),
            "limit": self.limit,
            **({"left_out": dict(self.left_out)} if self.left_out else {}),
        }


def _reads_alone(text: str) -> bool:
    """Does an item's ``text`` read alone: nothing it leans on unshown (:func:`~newsbrief.rewrite.dangling_reason`),
    and no "I" or "we" outside its quotations (:func:`~newsbrief._patterns.writer_voice`: someone's words printed
    without marks, "I have the greatest respect for the talented engineers ...", read as the outlets' own)?"""
    return not dangling_reason(text) and not writer_voice(text)


#: A double quotation mark as an item shows it, after :func:`~newsbrief.clean.tex_quotes` (straight or curly).
_DOUBLE_MARK_RE = re.compile(r'["“”]')


def _item_leans(text: str) -> str | None:
    """Why an agreement item's shown ``text`` leans on a sentence the view does not show, or None: what
    :func:`_reads_alone` reads (:func:`~newsbrief.rewrite.dangling_reason`, a quotation's tail among it; the
    writer's "I" or "we"), and an odd count of double quotation marks (a quotation opened or closed in a sentence
    not shown, that the closing of :func:`~newsbrief.rewrite.close_quotation` left open: '"Her friends and family
    are supportive of her decision, "a friend of the actress said…"', its marks tokenized apart)."""
    why = dangling_reason(text)
    if why:
        return why
    if writer_voice(text):
        return "writer's voice"
    if len(_DOUBLE_MARK_RE.findall(tex_quotes(text))) % 2:
        return "odd quotation marks"
    return None


def _connectives_deleted(text: str) -> str:
    """An item's ``text`` with the leading discourse connective the summary's rewrite left deleted too: the rewrite
    deletes one (:func:`~newsbrief.rewrite.delete_connective`), and a sentence may open on two ("Yet now, across
    the world there are people left behind ..." reads "Now, across the world ..." after it; in the counter's
    draws of seeds 48 and 51 one item so)."""
    rest, connective = delete_connective(text)
    return rest if connective and not CONNECTIVE_RE.match(rest) else text


def _same_person(s: Sent):
    """Whether a surname as ``s`` writes it ("Kercher", "Ms Kercher") is the person a full name names ("Lyle
    Kercher"): the entity of its mention in ``s`` is a person (:mod:`.entities`, which reads every article) whose
    names hold every word of the full name ("Marie Johnson" of "LuAnn Marie Johnson"). "Ms Kercher" is an entity
    of its own, not her brother "Lyle Kercher"; "said Facebook founder" names no "Insider Facebook". For
    :func:`~newsbrief.rewrite.name_in_full`'s ``accept``."""

    def accept(form: str, full: str) -> bool:
        surname = form.split()[-1].lower()
        for m in s.mentions:
            e = m.entity
            if e is None or e.label != "PERSON" or m.text.split()[-1:] != [form.split()[-1]]:
                continue
            words = {w.lower() for name in (e.name, *e.variants) for w in name.split()}
            if surname in words and all(w.lower() in words for w in full.split()):
                return True
        return False

    return accept


def shown_member(sents: list[Sent], shown) -> tuple[str, Sent]:
    """The member of an agreement unit shown for it, as ``(text, sentence)``: ``sents`` are the unit's members,
    centre first (:attr:`~.agreement.Unit.sents`), ``shown`` makes one an item of the view. The most central member
    that reads alone by both tests a reader's eye makes: nothing it leans on unshown (:func:`_item_leans`) and none
    of the single-outlet details' reasons a sentence out of its article does not read
    (:func:`~.agreement.unreadable_alone`: a definite phrase that stands for something named before it, a line
    ending in a colon, a writer's comment); else the most central that reads by the first; else, as before, the
    most central with no :func:`~newsbrief.rewrite.dangling_reason` (someone's "I" with no marks is shown before a
    sentence that leans: "we are extremely fortunate that she ..." / "She also completed ..."), else the centre.
    Which outlets report the unit is the unit's, whichever member is shown. A member is made an item only when the
    ones before it lean (most units show their centre: it reads alone)."""
    items: list[tuple[str, Sent]] = []
    for s in sents:
        items.append((shown(s), s))
        t = items[-1][0]
        if not _item_leans(t) and not agreement.unreadable_alone(t):
            return items[-1]
    return next(((t, s) for t, s in items if not _item_leans(t)), None) or next(
        ((t, s) for t, s in items if not dangling_reason(t)), items[0])


#: Sentences after a quote's first one read for lines its words go on over (:meth:`Analysis._said_by`).
QUOTE_LINES = 8
#: Share of a sentence's words a quote must hold for the sentence to be that quote whole (:func:`_wholly_quoted`).
WHOLLY_QUOTED_SHARE = 0.9


def _wholly_quoted(quote: str, sentence: str) -> bool:
    """Is ``sentence``, holding no quote mark, the words of ``quote`` (a quote the analysis found in it), all but a
    word or two: a line of a statement printed one sentence a line, whose marks stand on the first and last lines
    only? Such a sentence shown alone as a fact reads as the outlet's own statement."""
    if DOUBLE_QUOTE_MARK_RE.search(sentence):
        return False
    words = re.findall(r"\w+", sentence.lower())
    said = set(re.findall(r"\w+", quote.lower()))
    return bool(words) and sum(w in said for w in words) >= WHOLLY_QUOTED_SHARE * len(words)


def _item_text(text: str, speaker: str | None, sent: Sent, lookback: int) -> str:
    """An item of the view as a reader reads it alone, made to stand alone as a summary sentence is: its quotation
    closed (:func:`~newsbrief.rewrite.close_quotation`), its quote's speaker named (:func:`_speaker_named`), then the
    summary's :func:`~newsbrief.rewrite.rewrite` of its sentence ``sent``: a discourse connective deleted ("But the poverty
    rate ... climbed ...", "Republicans, meanwhile, are ..."), a leading "He" named from the sentences before it
    (``lookback`` of them). The item's citation keeps the article's sentence."""
    return rewrite(sent.sentence, _speaker_named(close_quotation(text), speaker), lookback).text


#: A leading time adverbial that places a row's event against an event the row does not show: "Before that, eBay
#: suffered a major breakdown in May ...", "Then in December, the company's new flat-rate pricing ...", "Since then,
#: ...", "Two days later, ...". On the timeline the row's date stands beside it and says when, so the adverbial goes
#: (:func:`_row_text`); "Then" and "Now" without a comma only before a preposition, an article or a capitalized
#: word ("Then came ..." stays), "Later" and "Earlier" only with their comma ("Later this month" points at no
#: unshown event).
BACK_IN_TIME_RE = re.compile(
    r"^(?:(?:(?:Shortly|Soon|Just|Not long|Long|Right)\s+)?(?:Before|After|before|after)(?:wards?)?\s+(?:that|this|then)"
    r"|(?:Since|By|Until|Till|Even) then|(?:By|Since|Around|Until|About) (?:that|this|the same) time|At (?:that|this|the) "
    r"(?:time|point|stage|moment)|Prior to (?:that|this)|Before then|Afterwards?|Eventually|Later|Earlier|Previously"
    r"|Subsequently|Soon after(?:wards?)?|Shortly after(?:wards?)?|Then|Now|That (?:same )?(?:day|night|morning|"
    r"afternoon|evening|week|weekend|month|year)|The (?:next|following|previous|same) (?:day|morning|afternoon|evening|"
    r"night|week|weekend|month|year)|(?i:(?:(?:just|only|some|about|nearly|almost|barely)\s+)?(?:a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a few|few|several|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?)\s+(?:later|earlier|afterwards?|before|after)))\b(?P<comma>,\s*)?")
_BARE_LEAD_RE = re.compile(r"(?:Then|Now)\s+(?=(?:in|on|at|during|after|before|by|the|a|an)\b|[A-Z])")


def _row_text(text: str, sent: Sent, expressions: list[str], lookback: int) -> str:
    """A timeline row's ``text`` (an item of the view, :func:`_item_text`, of ``sent``) with a leading time
    adverbial that points back (:data:`BACK_IN_TIME_RE`) cut, when one of the row's date ``expressions`` stands
    in the rest of the sentence (the row's date, shown beside it, then says when the sentence says; an adverbial
    that is itself what dates the row stays), and a "He" it then opens on named as an item's is
    (:func:`~newsbrief.rewrite.rewrite`); other texts as they are."""
    m = BACK_IN_TIME_RE.match(text)
    if not m or not (m.group("comma") or _BARE_LEAD_RE.match(text)):
        return text
    rest = text[m.end() :].lstrip()
    if len(rest.split()) < 4 or not any(" ".join(x.split()) in rest for x in expressions) or rest[:1] in "\"“‘'`(":
        return text
    word = rest.split()[0]
    if word == word.lower():  # ("eBay", "iPhone" keep their case)
        rest = rest[0].upper() + rest[1:]
    return rewrite(sent.sentence, rest, lookback).text


#: Sentences before a leaning timeline row given as its ``context`` at most (:func:`_leaned_on`).
CONTEXT_SENTENCES = 3


def _leaned_on(text: str, sent: Sent, leans=dangling_reason) -> str | None:
    """What a timeline row's or an agreement item's ``text`` leans on (``leans``: a row's
    :func:`~newsbrief.rewrite.dangling_reason`, an item's :func:`_item_leans`), for the renderers to show on demand:
    the sentence before ``sent`` in its article and, while the earliest of them leans too ("She will testify under a
    grant of immunity."; a leading connective alone does not count; for an item, "I" too), the one before that, at most
    :data:`CONTEXT_SENTENCES`; None when the text reads alone or ``sent`` opens its article."""
    if not leans(text) or sent.index == 0:
        return None
    sentences = sent.sentence.article.sentences
    shown: list[str] = []
    for before in reversed(sentences[max(0, sent.index - CONTEXT_SENTENCES) : sent.index]):
        shown.insert(0, " ".join(strip_dateline(before.text).split()))
        if not leans(delete_connective(shown[0])[0]):
            break  # (one opening on "But" or "However," reads alone past it: it names what it says; an item's "I"
            # goes back to a sentence that is not in the first person, the one that may say who speaks)
    return " ".join(t for t in shown if t) or None


def _speaker_named(text: str, speaker: str | None) -> str:
    """``text`` with the pronoun that attributes its quote ('"Salmon are a totem of this part of the world," he
    said.') replaced by the quote's ``speaker``: an item of the view stands alone, without the sentence before it
    that named "he". A text that is a quotation and nothing else ('"It's about some phony ideal, some phony
    theology."', its speaker named in the paragraph before) gets the speaker after it in brackets, as the quotes
    are listed. A pronoun inside a quotation is the speaker's own ('declared: "Vino denies it. He says ..."'):
    unchanged, as is a text without a speaker."""
    if not speaker:
        return text
    quoted = [m.span() for m in QUOTED_RE.finditer(text)]
    for rx in (PRONOUN_SPEAKER_RE, INVERTED_PRONOUN_RE):
        m = next((m for m in rx.finditer(text) if not any(a <= m.start("pro") < b for a, b in quoted)), None)
        if m:
            if rx is PRONOUN_SPEAKER_RE and m.start("pro") == 0:
                speaker = speaker[0].upper() + speaker[1:]
            return text[: m.start("pro")] + speaker + text[m.end("pro") :]
    if quoted and not any(c.isalnum() for c in outside_quotes(text)):
        return f"{text.rstrip()} ({speaker})"
    return text


def _shown(value: Any) -> Any:
    """``value`` with every text :func:`~newsbrief.clean.tex_quotes` read (keys, numbers and texts without a
    backtick or two apostrophes as they were)."""
    if isinstance(value, str):
        return tex_quotes(value) if "`" in value or "''" in value else value
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shown(v) for v in value]
    return value


class Analyzer(BriefStage):
    """Pipeline stage: articles' sentences -> ``brief.analysis``.

    Runs before selection in the default pipeline; coverage then refers to
    the content units shared by several outlets. Run after selection, it
    refers to the summary sentences instead.
    """

    requires = ("article.sentences", "brief.sources")
    #: Read when an earlier stage set it (the Selector, in a pipeline that
    #: selects first): coverage then refers to the summary sentences.
    optional = ("brief.summary",)
    assigns = ("brief.analysis",)

    def __init__(self, settings: Settings | None = None):
        self.settings = settings

    def __call__(self, brief: Brief) -> Brief:
        brief.analysis = analyze_brief(brief, self.settings or Settings())
        for section, error in brief.analysis.left_out.items():
            brief.warnings.append(f"the cross-source view shows no {section}: reading them failed on this story "
                                  f"({error}); the rest of the brief is whole")
        return brief


def _guarded(analysis: Analysis, section: str, read, default):
    """``read()``, or ``default`` when it raises: the quote and figure readers are thousands of lines of rules over
    scraped text, and a failure on one odd story (a RecursionError on DUC 2004 d30011t, stop 55) left the reader
    with a traceback and no brief at all. The failure is logged whole and named in ``analysis.left_out``."""
    try:
        return read()
    except Exception as err:  # noqa: BLE001 (any failure of the section's rules; logged, then shown as a warning)
        logger.exception("%s of the cross-source view failed", section)
        analysis.left_out[section] = f"{type(err).__name__}: {err}"[:200]
        return default


def make_sources(brief: Brief, dateline_lag_days: int = Settings().analysis.dateline_lag_days,
                 max_chars: int = Settings().selection.max_article_chars) -> list[Source]:
    """One :class:`Source` per independent article, each with the date its relative dates are
    resolved against: a wire dateline ("NAKURU, Kenya, February 8 (Xinhua) --") up to
    ``dateline_lag_days`` before the publication date is that date. An undated article takes the dated
    articles' date when they share one; when they carry several, the time stamp ingest read at its head
    (``Article.stamp_date``) when it lies within the story's dates, else the date of the dated article most like it
    (:func:`_nearest_dated`), else the latest. With no dated article, its latest written date is looked for in its
    first ``max_chars`` characters (the part the brief reads); when no article writes a full date, undated ones take
    the latest month-year written ("in March 2007")."""
    numbers = {a.id: i for i, a in enumerate(brief.articles, 1)}
    arts = brief.sources or brief.articles
    counts: dict[str, int] = {}
    for a in arts:
        counts[a.outlet] = counts.get(a.outlet, 0) + 1
    known = [a.date for a in arts if a.date]
    cluster = max(known) if known else None
    nearest = _nearest_dated(arts, max_chars) if cluster and len(set(known)) > 1 else {}
    out = []
    for a in arts:
        n = numbers[a.id]
        label = a.outlet if counts[a.outlet] == 1 else f"{a.outlet} [{n}]"
        src = Source(n, a, label)
        first = a.sentences[0].text if a.sentences else a.body[:200]
        if a.date:
            src.anchor, src.anchor_from = a.date, "article"
            d = timeline.dateline_date(first, a.date)
            if d and 0 < (a.date - d).days <= dateline_lag_days:  # filed the day before it was published
                src.anchor, src.anchor_from = d, "dateline"
        else:
            written = None if cluster else timeline.latest_explicit(a.body[:max_chars])
            d = timeline.dateline_date(first, cluster or written)
            if d:
                src.anchor, src.anchor_from = d, "dateline"
            elif cluster:
                src.anchor, src.anchor_from = cluster, "cluster"
            else:
                d = written
                if d:
                    src.anchor, src.anchor_from = d, "text"
        out.append(src)
    by_id = {s.article_id: s for s in out}
    for s in out:
        if s.anchor_from != "cluster" or len(set(known)) < 2:
            continue
        # an undated article in a story of several dates is read as of a time stamp at its head, within the
        # story's dates ("Monday, Sep 10, 2012 | Updated 9: 01 AM EDT": a trial report most like the 2010
        # shooting's reports), else as of the dated article most like it, else the story's latest date
        stamp = s.article.stamp_date  # ingest's reading of the text as read (cleaning drops stamp lines)
        if stamp is not None and min(known) - dt.timedelta(days=STAMP_EARLIER_DAYS) <= stamp <= max(known):
            s.anchor, s.anchor_stamped = stamp, True
            continue
        like = by_id.get(nearest.get(s.article_id, ""))
        if like is not None and like.anchor is not None:
            s.anchor, s.anchor_like = like.anchor, like.n
    # articles with no date at all borrow the latest date written anywhere in the cluster
    fallback = max((s.anchor for s in out if s.anchor), default=None)
    if fallback is None:  # no full date anywhere: the latest month-year written ("seized ... in March 2007")
        fallback = max((d for a in arts if (d := timeline.latest_month_year(a.body[:max_chars]))), default=None)
        if fallback is not None and any(y > fallback.year for a in arts
                                        for y in timeline.years_written(a.body[:max_chars])):
            fallback = None  # "sanctions since July 2014" beside "the 2016 presidential election": no anchor
    for s in out:
        if s.anchor is None and fallback is not None:
            s.anchor, s.anchor_from = fallback, "cluster-text"
    return out


#: How many days before the story's first date a stamp may be and still be read as the article's date ("updated
#: ... Tue March 3, 2009" over a story first dated 4 March); a later stamp than the story's last date is no date of
#: it (an "Updated" of years on).
STAMP_EARLIER_DAYS = 7


#: Least TF-IDF cosine between an undated article and a dated one for the undated article to be read as of the
#: dated one's date (:func:`_nearest_dated`); below it, as of the story's latest date.
LIKE_ARTICLE_SIMILARITY = 0.2


def _nearest_dated(arts: list, max_chars: int, floor: float = LIKE_ARTICLE_SIMILARITY) -> dict[str, str]:
    """Each undated article's id -> the id of the dated article most like it (TF-IDF cosine of their first ``max_chars``
    characters, the part the brief reads), when that one is at least ``floor`` like it; the undated articles
    none is like are left out."""
    dated = [a for a in arts if a.date]
    undated = [a for a in arts if not a.date]
    if not dated or not undated:
        return {}
    sims = TfidfCosine([a.body[:max_chars] for a in arts]).pairwise()
    at = {a.id: i for i, a in enumerate(arts)}
    out = {}
    for u in undated:
        best = max(dated, key=lambda d: sims[at[u.id], at[d.id]])
        if sims[at[u.id], at[best.id]] >= floor:
            out[u.id] = best.id
    return out


def analyze_brief(brief: Brief, settings: Settings) -> Analysis:
    """The cross-source view of a segmented brief."""
    from . import _ner

    sources = mark_copy_families(make_sources(brief, settings.analysis.dateline_lag_days,
                                              settings.selection.max_article_chars))
    sents = [Sent(s, src) for src in sources for s in src.article.sentences]
    sents, too_long = without_long_sentences(sents, settings.analysis.max_sentence_chars)
    sents, limit = within_budget(sents, settings.analysis.max_sentences)
    if too_long:
        limit = {**(limit or {"sentences": len(sents) + too_long["left_out"], "read": len(sents),
                               "budget": settings.analysis.max_sentences}),
                 "left_out_long": too_long["left_out"],
                 "note": "; ".join(n for n in ((limit or {}).get("note"), too_long["note"]) if n)}
    analysis = Analysis(sources, limit=limit, pronoun_lookback=settings.analysis.item_pronoun_lookback)
    if not sents:
        return analysis
    texts = [s.text for s in sents]
    spans = _ner.joined_cut_names(texts, _ner.recognize(texts, settings.analysis.model))
    for s, sp in zip(sents, spans):
        s.mentions = [Mention(s, a, b, s.text[a:b], label) for a, b, label in sp]
    analysis.entities = entities.merge(sents)
    analysis.quotes = _guarded(analysis, "quotes", lambda: quotes.group(quotes.extract(sents, settings.analysis.model)),
                               [])
    found_dates: dict[tuple, list] = {}  # find_dates' arguments -> its dates: each sentence's are found once
    dates = timeline.date_mentions(sents, found_dates)
    dates = fix63_undated(dates, settings.analysis.model)  # a season that recurs, "today" as nowadays: no date
    date_spans: dict[int, list[tuple[int, int, timeline.When]]] = {}
    for s in sents:  # dates inside figures' reach, including ones not on the timeline
        key = (s.text, s.source.anchor, False, False)
        got = found_dates[key] if key in found_dates else timeline.find_dates(*key)
        found = [(a, b, when) for a, b, _, when, _ in got]
        if found:
            date_spans[id(s)] = found
    sim = _Similarity(sents, min(settings.analysis.conflict_similarity, settings.analysis.event_similarity))
    analysis.figures = _guarded(analysis, "figures", lambda: figures.compare(
        figures.extract(sents, date_spans), sim, settings.analysis), [])
    analysis.agreed_figures = _guarded(analysis, "figures", lambda: figure_agreement.agreed(
        analysis.figures, sim, settings.analysis, one_source=len({s.family for s in sources}) <= 1,
        model=settings.analysis.model), []) if "figures" not in analysis.left_out else []
    analysis.units, single = agreement.units(sents, settings.analysis.unit_similarity, settings.analysis,
                                             brief_memo(brief, settings.citations.model))
    # a unit that is one speaker's quote is shown among the quotes, carried by all its outlets, not as a fact
    analysis.units, together = agreement.quotes_apart(analysis.units, analysis.quotes)
    analysis.quotes = quotes.joined(analysis.quotes, together)
    analysis.details = agreement.details(single, sources, settings.analysis.details_per_outlet)
    analysis.differences = agreement.differences(agreement.claims(sents), settings.analysis.same_point_overlap)
    analysis.timeline = _events(dates, sim, settings.analysis.event_similarity)
    known = [src.article.date for src in sources if src.article.date]
    analysis.date_disagreements = timeline.disagreements(
        dates, guessed_ok=bool(known) and (max(known) - min(known)).days <= timeline.TIGHT_CLUSTER_DAYS)
    analysis.facts = _facts(brief, analysis, sources)
    return analysis


def without_long_sentences(sents: list[Sent], max_chars: int) -> tuple[list[Sent], dict[str, Any] | None]:
    """The sentences of at most ``max_chars`` characters, and a note when some were left out (``None`` when
    none were): a longer "sentence" is a list, a table or text without sentence ends, and entity recognition,
    quotes, figures and dates would spend time in proportion to its length for nothing a reader needs."""
    kept = [s for s in sents if len(s.text) <= max_chars]
    if len(kept) == len(sents):
        return sents, None
    n = len(sents) - len(kept)
    note = (f"{n:,} sentence{'s' if n != 1 else ''} over {max_chars:,} characters left out of the view "
            "(analysis.max_sentence_chars)")
    return kept, {"left_out": n, "note": note}


def within_budget(sents: list[Sent], budget: int) -> tuple[list[Sent], dict[str, Any] | None]:
    """At most ``budget`` sentences, and a note saying what was left out (``None`` when nothing was).

    Above the budget articles give their leading sentences in turns (every article's first sentence, then every
    article's second, ...): the lead states an article's main facts, and each outlet keeps as many sentences as
    the others. The cost of the view is then bounded whatever the size of the story."""
    if len(sents) <= budget:
        return sents, None
    position: dict[int, int] = {}
    rank = []
    for i, s in enumerate(sents):
        k = position.get(s.source.n, 0)
        position[s.source.n] = k + 1
        rank.append((k, s.source.n, i))
    kept = sorted(i for _, _, i in sorted(rank)[:budget])
    read = [sents[i] for i in kept]
    most = max(rank[i][0] for i in kept) + 1
    note = (f"large story: the view read {len(read):,} of {len(sents):,} sentences (analysis.max_sentences = "
            f"{budget:,}), up to the first {most} of each article")
    return read, {"sentences": len(sents), "read": len(read), "budget": budget, "note": note}


class _Similarity:
    """TF-IDF cosine between two sentences of the analysis, kept only for pairs at least ``floor`` similar
    (the lowest threshold it is compared with): 0 below it."""

    def __init__(self, sents: list[Sent], floor: float):
        self.index = {id(s): i for i, s in enumerate(sents)}
        self.near = Neighbours(TfidfCosine([s.text for s in sents]).matrix, floor)

    def __call__(self, a: Sent, b: Sent) -> float:
        return self.near(self.index[id(a)], self.index[id(b)])


def _events(dates: list[timeline.DateMention], sim: _Similarity, threshold: float):
    # one row per sentence: a sentence's other dates are the row's ``also``, not rows showing its words again
    dates, others = timeline.one_row_per_sentence(dates)
    also: dict[int, list[timeline.DateMention]] = {}
    for m in others:
        also.setdefault(id(m.sent), []).append(m)
    by_label: dict[str, list[timeline.DateMention]] = {}
    for m in dates:
        by_label.setdefault(m.when.label, []).append(m)
    events: list[timeline.Event] = []
    for ms in by_label.values():
        groups: list[list[timeline.DateMention]] = []
        for m in ms:
            for g in groups:
                if any(x.sent is m.sent or sim(x.sent, m.sent) >= (threshold if x.sent.source.n != m.sent.source.n else 0.9)
                       for x in g):
                    g.append(m)
                    break
            else:
                groups.append([m])
        events.extend(timeline.Event(g[0].when, g, [x for k in dict.fromkeys(id(m.sent) for m in g)
                                                     for x in also.get(k, [])]) for g in groups)
    events.sort(key=lambda e: (e.when.start, e.when.end, e.sources[0].n, e.mentions[0].sent.index))
    return events


def _facts(brief: Brief, analysis: Analysis, sources: list[Source]) -> list[dict[str, Any]]:
    """The brief's facts for coverage: its summary sentences when there are
    any, else the content units several independent sources share (one
    family's copies of a sentence are no shared fact)."""
    numbers = {s.article_id: s.n for s in sources}
    out = []
    if brief.summary:
        for i, s in enumerate(brief.summary, 1):
            srcs = sorted({numbers[c.article_id] for c in s.citations if c.article_id in numbers})
            out.append({"id": f"F{i}", "text": s.text, "sources": srcs, "from": "summary"})
        return out
    for i, u in enumerate((u for u in analysis.units if len(u.families) >= 2), 1):
        out.append({"id": f"F{i}", "text": u.text, "sources": [s.n for s in u.sources], "from": "units"})
    return out


__all__ = ["Analysis", "Analyzer", "analyze_brief", "SCHEMA"]
