"""Agreement: what most outlets report, what only one reports, and where
outlets make differing claims about the same point.

Content units are clusters of similar sentences from different outlets
(TF-IDF cosine over stemmed content words, the features the summarizer uses).
Clustering is a star clustering: the sentence with the most cross-outlet
neighbours is a centre and takes, from every other outlet, its most similar
unassigned sentence above ``analysis_unit_similarity``; repeat. Then each
unit is read as the fact its sentences share (the normalized sum of their
vectors, which holds every paraphrase's words): units whose facts are
similar are one fact (merged, so a fact is listed once), and an outlet whose
best sentence is that similar to the fact reports it too, even when that
sentence also states another unit's fact (so the main event counts every
outlet that reports it, and coverage says "omits" only when no sentence of
the outlet states the fact). Similarities are kept sparse (pairs at least as
similar as the lowest threshold), never as a sentences x sentences matrix.

With the brief's sentence representation (``citations.model``, the vectors
the citations use, one :class:`~newsbrief.embed.Memo` per brief), an outlet
that states a shared fact in other words reports it too
(:func:`_paraphrase_support`: its lexically closest sentences checked at the
citations' paraphrase threshold; for the main event every sentence over a
lexical floor, at a looser one); without
the model (``"tfidf"``, not installed) TF-IDF alone decides.

Counting is by independent source (:attr:`Source.counted_family`: a wire agency's
copies and rewrites, one outlet's articles, or a text copied under another name, are one source): a unit needs
sentences from two families to be agreement, and the main event needs more
than half the families' leads. A unit that tells the main event again (the
sentence next to it in most outlets, or the event in other words) joins it, so
the event is listed once; so does a unit whose shown sentence asserts what the
event's shown sentence asserts (the dependency parse's verb and object, whoever
the subject or speaker: "The House voted ... to override the veto" beside the
Senate's vote). Clustering itself still takes one sentence per article, so a
unit cites every article that states the fact. A unit that is one speaker's
direct quote in every outlet (:func:`quotes_apart`) is no fact: the quotes
section shows it, with its speaker and every outlet carrying it.

Differences come from entity lists with a relation cue ("backed by Egypt,
the UAE, France and Russia"): claims with the same relation about the same
target (or listing mostly the same entities) are compared across outlets,
and entities only some outlets list are shown, never merged away.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..config import AnalysisSettings
from ..dates import MONTH_PATTERN, WEEKDAY_PATTERN, month_number, safe_date
from ..features import content_terms, stem, word_count
from ..similarity import TfidfCosine, components
from .._patterns import (DATELINE_AGENCY_RE, LIST_ITEM_RE, PROMPT_SENTENCE_CUES, PROMPT_SENTENCE_RE, QUOTED_RE,
                         WEB_ADDRESS_RE, cued_search, is_caption_sentence, is_date_line, outside_quotes, writer_voice)
from ._cues import (LIST_MARK_RE, LIST_RELATION_CUES, PAGE_FURNITURE_CUES, PAGE_FURNITURE_RE, PAST_CUES_RE,
                    RELATION_LABELS, RELATION_SYNONYMS, SPEECH_VERBS)
from ._doc import Mention, Sent, Source, cite_dict
from ._neighbours import Neighbours
from ._non_speakers import untitled_headline
from .quotes import QuoteGroup, loosely_same_quote, speaker_key

#: Defaults of the thresholds below: the ``analysis`` settings, where each
#: value's reason is given (:class:`~newsbrief.config.AnalysisSettings`).
_DEFAULTS = AnalysisSettings()

_LIST_SEP_RE = re.compile(r"^\s*(?:\([A-Z]{2,6}\))?\s*(?:,|,?\s+and|,?\s+&|,?\s+as well as)?\s*(?:the\s+)?$")


@dataclass
class Unit:
    """One fact: similar sentences from several outlets (one per outlet). ``main`` marks the main event: the
    fact most outlets open with (listed first)."""

    sents: list[Sent]
    scores: list[float]
    main: bool = False

    @property
    def sources(self) -> list[Source]:
        return sorted({s.source.n: s.source for s in self.sents}.values(), key=lambda s: s.n)

    @property
    def families(self) -> list[str]:
        """The independent sources (:attr:`Source.counted_family`) reporting it, in source order: wire copies and
        rewrites of one agency's story, one outlet's articles, or a text and its uncredited copy, count once."""
        return list(dict.fromkeys(s.counted_family for s in self.sources))

    @property
    def text(self) -> str:
        """The fact in its centre's words: its first sentence past a wire dateline ("MOSCOW, October 19 (Xinhua) --
        Russian federal troops ..." reads "Russian federal troops ..."). The view shows the member that reads alone
        (:func:`newsbrief.analyze.shown_member`)."""
        from ..rewrite import strip_dateline

        return strip_dateline(" ".join(self.sents[0].text.split()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "main_event": self.main,
            "families": self.families,
            "sources": [s.n for s in self.sources],
            "outlets": [s.label for s in self.sources],
            "citations": [cite_dict(s.cite(sc), s.source.n) for s, sc in zip(self.sents, self.scores)],
        }


@dataclass
class Claim:
    relation: str
    target: Any  # Entity or None
    items: list[Any]  # Entities
    sent: Sent = field(repr=False)


@dataclass
class Difference:
    """Outlets listing different entities for the same relation and target."""

    relation: str
    targets: list[str]
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        by_src: dict[int, tuple[Source, list[Any], list[Sent]]] = {}
        for c in self.claims:
            src = c.sent.source
            entry = by_src.setdefault(src.n, (src, [], []))
            for it in c.items:
                if it not in entry[1]:
                    entry[1].append(it)
            if c.sent not in entry[2]:
                entry[2].append(c.sent)
        sets = [set(e.id for e in v[1]) for v in by_src.values()]
        common = set.intersection(*sets) if sets else set()
        versions = []
        for n in sorted(by_src):
            src, items, sents = by_src[n]
            versions.append({
                "source": n,
                "outlet": src.label,
                "items": [e.name for e in items],
                "only_here": [e.name for e in items if sum(e.id in s for s in sets) == 1 and len(sets) > 1],
                "citations": [cite_dict(s.cite(), n) for s in sents],
            })
        names = {e.id: e.name for c in self.claims for e in c.items}
        return {
            "relation": RELATION_LABELS.get(self.relation, self.relation),
            "targets": self.targets,
            "common": sorted(names[i] for i in common),
            "versions": versions,
        }


def page_furniture(text: str) -> bool:
    """``PAGE_FURNITURE_RE.search(text)``, as a truth value: a list line's mark (:data:`LIST_MARK_RE`), else the
    pattern run only when ``text`` holds one of :data:`PAGE_FURNITURE_CUES` (``_patterns.cued_search``)."""
    return bool(LIST_MARK_RE.match(text)) or bool(cued_search(PAGE_FURNITURE_RE, PAGE_FURNITURE_CUES, text))


def is_fact(s: Sent, min_words: int = _DEFAULTS.min_unit_words, min_terms: int = _DEFAULTS.min_unit_terms) -> bool:
    text = s.text.strip()
    return (word_count(text) >= min_words and len(set(content_terms(text))) >= min_terms
            and not page_furniture(text)
            and not cued_search(PROMPT_SENTENCE_RE, PROMPT_SENTENCE_CUES, text)
            and not text.endswith("?") and not text.startswith("•"))


def units(sents: list[Sent], threshold: float, settings: AnalysisSettings = _DEFAULTS,
          encode=None) -> tuple[list[Unit], list[Sent]]:
    """Content units across outlets, and sentences no other outlet comes close to. ``encode``: the brief's
    sentence representation (:class:`~newsbrief.embed.Memo`, ``citations.model``), or None (TF-IDF alone): with
    it, an outlet reports a fact also when it states it in other words (:func:`_paraphrase_support`)."""
    cands = [s for s in sents if is_fact(s, settings.min_unit_words, settings.min_unit_terms)]
    if len(cands) < 2:
        return _without_page_lines([], cands, threshold)
    similarity = TfidfCosine([s.text for s in cands])
    if similarity.empty:
        return [], []
    near = Neighbours(similarity.matrix, min(threshold, settings.single_max_similarity))
    src = np.array([s.source.n for s in cands])
    family_ids: dict[str, int] = {}
    fam = np.array([family_ids.setdefault(s.source.counted_family, len(family_ids)) for s in cands])
    cross = [near.cross(i, src) for i in range(len(cands))]
    strong = [{j: v for j, v in row.items() if v >= threshold} for row in cross]
    order = sorted(range(len(cands)), key=lambda i: (-len({src[j] for j in strong[i]}), -sum(strong[i].values()), i))
    assigned = np.zeros(len(cands), dtype=bool)
    groups: list[list[int]] = []
    for c in order:
        if assigned[c]:
            continue
        best: dict[int, int] = {}  # outlet -> its most similar unassigned sentence
        for j, v in strong[c].items():
            if not assigned[j] and (src[j] not in best or (v, -j) > (strong[c][best[src[j]]], -best[src[j]])):
                best[src[j]] = j
        members = [c] + [best[n] for n in sorted(best)]
        if len(members) < 2:
            continue
        for j in members:
            assigned[j] = True
        groups.append(members)
    groups = _as_facts(groups, similarity.matrix, src, assigned, threshold, settings.fact_merge_share)
    main = _main_event(groups, similarity.matrix, src, fam, assigned, settings.lead_sentences, settings.lead_similarity)
    if main is None and encode is not None:
        main = _main_event_by_support(groups, cands, similarity.matrix, src, fam, assigned, encode,
                                      settings.lead_sentences, settings.event_support_paraphrase)
    leads_of_event = set(groups[main]) if main is not None else set()
    _support(groups, similarity.matrix, src, threshold)
    if encode is not None:
        _paraphrase_support(groups, cands, similarity.matrix, src, fam, encode, settings.support_paraphrase,
                            settings.support_candidate_similarity, main, settings.event_support_paraphrase,
                            leads=settings.lead_sentences, first_reported=_first_reported(leads_of_event, cands))
    if main is not None:
        event = groups[main]
        restating: list[list[int]] = []
        groups = _without_restatements(groups, main, similarity.matrix, src, fam, settings.lead_similarity,
                                       restating=restating)
        main = next(gi for gi, g in enumerate(groups) if g is event)
        states = None
        if encode is not None and settings.member_paraphrase > 0:
            states = _states_centre(cands, encode, settings.member_paraphrase,
                                    lambda c, j: near(c, j) or near.exact(c, j), settings.member_words)
        told = _told_in_the_body(event, leads_of_event, restating, cands, src, fam, states)
        if told is not None:
            groups[main] = event = told[0]
            leads_of_event = set(told[1])
        groups[main] = _not_ahead(_shown_from_its_days(_not_before(groups[main], leads_of_event, cands),
                                                       leads_of_event, cands), cands)
    centres = [_undisputed(members, cands, fam) for members in groups]
    if encode is not None and settings.member_paraphrase > 0:
        groups, centres, main = _stating_members(groups, centres, main, cands, encode, settings.member_paraphrase,
                                                 lambda c, j: near(c, j) or near.exact(c, j), settings.member_words)
    if main is not None and settings.model:
        groups, centres, main = _without_event_predicates(groups, centres, main, cands, settings.model)
        groups[main], centres[main] = _told_before_the_quote(groups[main], centres[main], cands, src,
                                                             similarity.matrix, encode, settings.model)
    out = []
    for gi, (members, c) in enumerate(zip(groups, centres)):
        scores = [1.0 if j == c else near(c, j) or near.exact(c, j) for j in members]
        ordered = sorted(zip(members, scores), key=lambda t: (t[0] != c, cands[t[0]].source.n))
        out.append(Unit([cands[j] for j, _ in ordered], [sc for _, sc in ordered], main=gi == main))
    out.sort(key=lambda u: (not u.main, -len(u.families), -len(u.sources), u.sents[0].source.n, u.sents[0].index))
    single = [cands[i] for i in range(len(cands))
              if not assigned[i] and max(cross[i].values(), default=0.0) < settings.single_max_similarity]
    return _without_page_lines(out, single, threshold)


#: A fact box's heading inside a line: "MH370 - Facts at a glance 8 March - Malaysia Airlines ... disappears" (a
#: sidebar's list glued into one sentence, shown by main as a fact 3 of 4 sources share), "AT A GLANCE: 1999 Volvo
#: S80 sedan". Of the 9 lines of the six sets holding "at a glance", "what we know", "key facts" or "fast facts", read
#: one by one, these 4 were a box's; "here's what we know for sure", "what we know will later be" are prose (rd53).
FACT_BOX_RE = re.compile(r"\bfacts?\s+at\s+a\s+glance\b|^\W*(?-i:AT\s+A\s+GLANCE)\b|^\W*at\s+a\s+glance\s*[:_–—-]",
                         re.I)  # (a heading: "Facts at a glance", in capitals or before a colon; "At a glance, the plan ..." is prose)


def _without_page_lines(units: list[Unit], single: list[Sent], same_fact: float = _DEFAULTS.unit_similarity
                        ) -> tuple[list[Unit], list[Sent]]:
    """``units`` and ``single`` without a page's time stamp (:func:`~newsbrief._patterns.is_date_line`: "PUBLISHED:
    16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013", "10: 55 P. M. FEB. 2, 2009") or a fact box's line
    (:data:`FACT_BOX_RE`) or the headline an untitled article opens on (:func:`~newsbrief.analyze._non_speakers.
    untitled_headline`, ECB+: tl54): no shared fact, no coverage-grid row, no one outlet's detail; a main event shown
    by a headline is shown by its closest member that is a sentence and states the same fact (its similarity at least
    ``same_fact``, the units' threshold), when it has one. Over the six sets 90 stamps
    passed :func:`is_fact`, all ECB+ pages' (rd53), 19 of them shown; they stay in the pool the similarities are read
    over (leaving them out there shifts every term's weight and with it other units' members), and go only here."""
    def stamp(s: Sent) -> bool:
        text = s.text.strip()
        return is_date_line(text) or bool(FACT_BOX_RE.search(text)) or untitled_headline(s)

    for u in units:  # the main event is shown by its closest member that is a sentence, when one is (tl54)
        rest = [i for i, s in enumerate(u.sents) if not stamp(s) and u.scores[i] >= same_fact]
        if u.main and untitled_headline(u.sents[0]) and rest:
            k = max(rest, key=lambda i: u.scores[i])
            u.sents.insert(0, u.sents.pop(k))
            u.scores.insert(0, u.scores.pop(k))
    return ([u for u in units if u.main or not stamp(u.sents[0])],  # (the unit's centre: the text it is shown by)
            [s for s in single if not stamp(s)])


def _as_facts(groups: list[list[int]], x, src: np.ndarray, assigned: np.ndarray, threshold: float,
              share: float) -> list[list[int]]:
    """Units merged when their facts (normalized vector sums) are at least
    ``threshold`` x ``share`` (``analysis.fact_merge_share``) similar, then extended with every other outlet's most
    similar unassigned sentence at least that similar to the fact. Each unit
    keeps one sentence per outlet, its centre first.

    Fact similarities are computed once and updated for the merged unit only
    (units x units, never sentences x sentences)."""
    from scipy.sparse import csr_matrix, vstack

    def fact(members: list[int]):
        v = np.asarray(x[members].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        return csr_matrix(v / n if n else v)

    if len(groups) > 1:
        facts = [fact(g) for g in groups]
        sims = (vstack(facts) @ vstack(facts).T).toarray().astype(np.float32)
        np.fill_diagonal(sims, -1.0)
        alive = np.ones(len(groups), dtype=bool)
        while alive.sum() > 1:
            i, j = np.unravel_index(int(np.argmax(sims)), sims.shape)
            if sims[i, j] < threshold * share:
                break
            a, b = (i, j) if len(groups[i]) >= len(groups[j]) else (j, i)
            have = {int(src[m]) for m in groups[a]}
            for m in groups[b]:
                if int(src[m]) not in have:
                    groups[a].append(m)
                    have.add(int(src[m]))
                else:
                    assigned[m] = False  # a second sentence of that outlet: free again
            alive[b] = False
            sims[b, :] = sims[:, b] = -1.0
            facts[a] = fact(groups[a])
            row = (vstack(facts) @ facts[a].T).toarray().ravel().astype(np.float32)
            row[~alive] = -1.0
            row[a] = -1.0
            sims[a, :] = sims[:, a] = row
        groups = [g for g, keep in zip(groups, alive) if keep]
    free = np.nonzero(~assigned)[0]
    if not len(free) or not groups:
        return groups
    to_free = (vstack([fact(g) for g in groups]) @ x[free].T).tocsr()  # facts as they stand before extension
    for gi, g in enumerate(groups):
        lo, hi = to_free.indptr[gi], to_free.indptr[gi + 1]
        best: dict[int, tuple[float, int]] = {}  # outlet -> (similarity, sentence)
        have = {int(src[m]) for m in g}
        for k, v in zip(to_free.indices[lo:hi].tolist(), to_free.data[lo:hi].tolist()):
            m = int(free[k])
            n = int(src[m])
            if v >= threshold and n not in have and not assigned[m] and (n not in best or v > best[n][0]):
                best[n] = (v, m)
        for n in sorted(best):
            g.append(best[n][1])
            assigned[best[n][1]] = True
    return groups


#: Share of the articles whose leads must state the main event, besides more than half the independent sources: in
#: a collection of 25 articles from three wire services, two services opening with one story (5 articles) is not its
#: main event (DUC 2006 D0634G, a collection about salmon). Every labelled main event of the DUC 2003 and 2006
#: clusters is stated by the leads of half its articles or more.
MAIN_EVENT_MIN_SHARE = 1 / 3


def _main_event(groups: list[list[int]], x, src: np.ndarray, fam: np.ndarray, assigned: np.ndarray, lead: int,
                threshold: float, min_share: float | None = None) -> int | None:
    """The main event as a unit (its index in ``groups``, which it may extend or join), or None.

    The first ``lead`` fact sentences of each article are its lead. The lead sentence that the most other
    outlets' leads state (TF-IDF cosine at least ``threshold``, then the highest sum) is the event's centre; it
    is the main event when leads of more than half the independent sources (``fam``: source families) state
    it (both of two) and the leads of at least ``min_share`` (:data:`MAIN_EVENT_MIN_SHARE`) of the articles state it (two wire services opening
    with one story of a 25-article collection is not the collection's main event). Each such outlet joins with
    its closest lead sentence; every unit holding one of those sentences is the same fact and is merged into
    it (one sentence per outlet: the lead's), so the event is listed once and counts every outlet that opens
    with it. Outlets that report it further down join later through :func:`_support`."""
    min_share = MAIN_EVENT_MIN_SHARE if min_share is None else min_share
    leads: dict[int, list[int]] = {}
    for i, n in enumerate(src.tolist()):
        mine = leads.setdefault(n, [])
        if len(mine) < lead:
            mine.append(i)
    if len(leads) < 2 or lead == 0:
        return None
    rows = sorted(i for mine in leads.values() for i in mine)
    at = {i: k for k, i in enumerate(rows)}
    sims = (x[rows] @ x[rows].T).toarray()
    best, best_key, best_per = None, (0, 0.0), {}
    for i in rows:
        per: dict[int, tuple[float, int]] = {}  # outlet -> (similarity, its closest lead sentence)
        for j in rows:
            n = int(src[j])
            v = float(sims[at[i], at[j]])
            if n != src[i] and v >= threshold and (n not in per or v > per[n][0]):
                per[n] = (v, j)
        key = (len(per), sum(v for v, _ in per.values()))
        if key > best_key:
            best, best_key, best_per = i, key, per
    stating = {int(fam[best])} | {int(fam[j]) for _, j in best_per.values()} if best is not None else set()
    n_families = len({int(fam[i]) for i in rows})
    if best is None or len(stating) < max(2, n_families // 2 + 1) or 1 + len(best_per) < min_share * len(leads):
        return None
    event = [best] + [j for _, j in sorted(best_per.values(), key=lambda t: int(src[t[1]]))]
    mine = set(event)
    have = {int(src[m]) for m in event}
    keep = []
    for gi, g in enumerate(groups):
        if mine & set(g):
            for m in g:
                # a sentence of the merged unit joins only when it states the event as a lead must (similar to its
                # centre): a unit can hold a lead through a shared name alone ("HQ Trivia Co-Founder and CEO Colin
                # Kroll Dead at 34" / "Yusupov was out as CEO and Kroll was in"), and that outlet does not report it
                if int(src[m]) not in have and _cosine(x, m, best) >= threshold:
                    event.append(m)
                    have.add(int(src[m]))
                elif m not in mine:
                    assigned[m] = False
        else:
            keep.append(g)
    for m in event:
        assigned[m] = True
    groups[:] = [event] + keep
    return 0


#: TF-IDF cosine at which an article's lexically closest sentence to a lead supports it whatever the sentence model
#: says: the citations' lexical bar (``citations.min_similarity``), as the brief cites a sentence.
SUPPORT_WORDS = 0.5

#: TF-IDF cosine an article's closest sentence needs before the sentence model checks it: the citations' own
#: (``citations.candidate_similarity``), which keeps the model off unrelated articles. With
#: ``analysis.support_candidate_similarity`` (0.1) the same events were found and the view cost 0.08 s more CPU per
#: DUC 2003 cluster (the leads of collections with no main event, each against every other article).
SUPPORT_CANDIDATE = 0.15

#: Fact sentences of an article that open it: a lead found by support alone is the main event only when another
#: independent source supports it among its first this many (the position is the evidence, as for the leads
#: :func:`_main_event` pairs); sources that support it further down are counted too. On 120 Multi-News, 30 DUC 2003
#: and 7 BASIL clusters without a main event, the leads supported only further down (a review's title against
#: another review's 13th sentence, "Shares fell less than 1% in recent after-hours trading." against a 25th, a tweet
#: quoted 27th) were other facts than the story.
SUPPORT_OPENING = 5


def _main_event_by_support(groups: list[list[int]], cands: list[Sent], x, src: np.ndarray, fam: np.ndarray,
                           assigned: np.ndarray, encode, lead: int, similarity: float,
                           candidate: float = SUPPORT_CANDIDATE, words: float = SUPPORT_WORDS,
                           opening: int = SUPPORT_OPENING) -> int | None:
    """The main event when no two leads share its words (:func:`_main_event` found none): the lead sentence (one
    of an article's first ``lead`` fact sentences) that the most independent sources (``fam``) support as the brief
    supports a sentence it cites. Each other article's lexically closest sentence (TF-IDF cosine at least
    ``candidate``, :data:`SUPPORT_CANDIDATE`), and its own lead sentences when both are sentences
    (:func:`_ends_sentence`: not a title line), support it when its TF-IDF cosine is at least ``words``
    (:data:`SUPPORT_WORDS`) or its sentence-representation cosine (``encode``) at least ``similarity``
    (``analysis.event_support_paraphrase``, the main event's bar), and its numbers agree. The lead is the main event
    when more than half the independent sources (both of two) and more than half the articles support it (a main
    event found by its leads needs a third of the articles, :data:`MAIN_EVENT_MIN_SHARE`; without a lead pair the
    evidence is weaker: in DUC 2003 d124i, a collection about one aid group over three years, 4 of the 10 articles
    describe the group alike), another source supports it among its first ``opening`` fact sentences
    (:data:`SUPPORT_OPENING`), and the articles whose date is known are of one news cycle (within
    :data:`EARLIER_THAN_EVENT_DAYS`: a collection of follow-ups opens each article on its own development). The
    outlets tell the event in their own words, wherever in their articles ("Polish President Andrzej Duda ratified
    a law making it illegal to blame his country ..." / "President Andrzej Duda said on Tuesday that he would sign
    into law a bill ...": TF-IDF 0.20, model 0.72). The event's sentences leave the units they were in (a unit left
    with one sentence goes); the event is put first in ``groups`` and its index (0) returned, or None."""
    from ..rewrite import strip_dateline
    from ..support import numbers_disagree

    rank = np.zeros(len(src), dtype=int)
    seen: dict[int, int] = {}
    for i, n in enumerate(src.tolist()):
        rank[i] = seen.get(n, 0)
        seen[n] = rank[i] + 1
    articles = sorted(seen)
    n_families = len(set(fam.tolist()))
    if lead == 0 or n_families < 2:
        return None
    need_families = max(2, n_families // 2 + 1)
    leads = [i for i in range(len(src)) if rank[i] < lead]
    sims = (x[leads] @ x.T).toarray()
    closest: dict[int, dict[int, list[int]]] = {}  # lead -> other article -> the sentences offered to support it
    for k, i in enumerate(leads):
        row = sims[k]
        per: dict[int, list[int]] = {}
        for j in np.nonzero(row >= candidate)[0].tolist():
            n = int(src[j])
            if fam[j] != fam[i] and (n not in per or row[j] > row[per[n][0]]):
                per[n] = [j]
        # another article's own lead is offered whatever its words: the position is the evidence, as for the lead
        # pairs of _main_event ("Now Meryl Streep has been lined up to play the leading role in Thatcher" / "Producers
        # are said to be in talks with Streep ...": TF-IDF 0.11, model 0.73). Only sentences pair so: a title line
        # (no closing stop) names the page's topic, and reviews of one film share it ("'Kong: Skull Island' a fun
        # return to the ape's stomping ground" / the next review's second sentence: model 0.72)
        if _ends_sentence(cands[i].text):
            for j in leads:
                if fam[j] != fam[i] and j not in per.get(int(src[j]), ()) and _ends_sentence(cands[j].text):
                    per.setdefault(int(src[j]), []).append(j)
        # only a lead whose offered sentences reach enough sources can be the event
        if len({int(fam[js[0]]) for js in per.values()}) + 1 >= need_families:
            closest[i] = per
    if not closest:
        return None
    texts = sorted(set(closest) | {j for per in closest.values() for js in per.values() for j in js})
    at = {i: k for k, i in enumerate(texts)}
    vecs = np.asarray(encode([strip_dateline(cands[i].text) for i in texts]), dtype=np.float32)
    best, best_key = None, (0, 0, 0.0)
    for i, per in closest.items():
        k = leads.index(i)
        got = []
        for n, js in per.items():
            scored = []
            for j in js:
                v = float(sims[k, j])
                score = v if v >= words else float(vecs[at[j]] @ vecs[at[i]])
                if (v >= words or score >= similarity) and not numbers_disagree(cands[i].text, cands[j].text):
                    scored.append((score, j))
            if scored:
                got.append(max(scored))
        families = {int(fam[i])} | {int(fam[j]) for _, j in got}
        key = (len(families), 1 + len(got), sum(sc for sc, _ in got))
        if (key > best_key and any(rank[j] < opening for _, j in got)
                and _dated_together([i] + [j for _, j in got], cands)):
            best, best_key = (i, got), key
    if best is None or best_key[0] < need_families or 2 * best_key[1] <= len(articles):
        return None
    event = [best[0]] + [j for _, j in sorted(best[1], key=lambda t: int(src[t[1]]))]
    mine = set(event)
    keep = []
    for g in groups:
        rest = [m for m in g if m not in mine]
        if len({int(src[m]) for m in rest}) >= 2:
            keep.append(rest)
        else:
            for m in rest:
                assigned[m] = False
    for m in event:
        assigned[m] = True
    groups[:] = [event] + keep
    return 0


_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends on a sentence's stop (a closing quotation mark or bracket may follow): a page's title
    line does not."""
    return bool(_SENTENCE_END_RE.search(text))


def _dated_together(members: list[int], cands: list[Sent]) -> bool:
    """Whether the articles of ``members`` that carry their own date (a publication date or their dateline's) are
    dated within :data:`EARLIER_THAN_EVENT_DAYS` of one another (undated ones, as Multi-News pages are, are no
    evidence either way)."""
    dates = [cands[m].source.anchor for m in members if cands[m].source.anchor_from in ("article", "dateline")]
    return not dates or (max(dates) - min(dates)).days <= EARLIER_THAN_EVENT_DAYS


#: A report of the main event dated more than this many days before the event's first corroborated date was written
#: before the event: a sentence of it like the event's (the proposal a board votes on two months later) is no report.
EARLIER_THAN_EVENT_DAYS = 7


def _publication_date(s: Sent) -> dt.date | None:
    """``s``'s article's publication date (None for a date read in the text: it may be anything the article
    mentions)."""
    return None if s.source.anchor is None or s.source.weak_anchor else s.source.anchor


def _first_reported(leads: set[int], cands: list[Sent]) -> dt.date | None:
    """The earliest publication date of an article whose lead states the main event that another independent
    source's lead confirms within :data:`EARLIER_THAN_EVENT_DAYS` (None: no such pair)."""
    dated = sorted((_publication_date(cands[m]), cands[m].source.counted_family) for m in leads
                   if _publication_date(cands[m]) is not None)
    return next((d for d, fam in dated if any(f != fam and 0 <= (e - d).days <= EARLIER_THAN_EVENT_DAYS
                                              for e, f in dated)), None)


def _not_before(members: list[int], leads: set[int], cands: list[Sent]) -> list[int]:
    """The main event's ``members`` without the sentences of articles dated more than
    :data:`EARLIER_THAN_EVENT_DAYS` before the event's date: the date :func:`_first_reported` gives, or the date
    of the event's centre (``members[0]``) when earlier (DUC 2003 d116f: NYT's June article on the proposed
    standards, a lead like the August vote's, is no report of the vote)."""
    date = lambda m: _publication_date(cands[m])  # noqa: E731
    first = _first_reported(leads, cands)
    if first is None:
        return members
    if members and date(members[0]) is not None:  # never before the event's centre: the story it tells
        first = min(first, date(members[0]))
    return [m for m in members if date(m) is None or (first - date(m)).days <= EARLIER_THAN_EVENT_DAYS]


def _shown_from_its_days(members: list[int], leads: set[int], cands: list[Sent]) -> list[int]:
    """The main event's ``members`` with, first (its shown sentence), a sentence of an article published within
    :data:`EARLIER_THAN_EVENT_DAYS` of the event's first report (:func:`_first_reported`) when its centre's article
    was published later: a later article's lead restates the event with its own news, which the event's first
    reports cannot state (ECB+ T22: December's "The woman who allegedly shot and killed two co-workers in September
    ... will face trial ..." shown as the shooting that September's articles report). The first such member that
    ends as a sentence does (a page's title line does not). Only when most of the dated members were published in
    those days: in a collection of follow-ups over months (DUC 2006 D0647B, Elian Gonzalez from January to April
    2000) the first reports are one development of many."""
    date = lambda m: _publication_date(cands[m])  # noqa: E731
    first = _first_reported(leads, cands)
    if first is None or not members or date(members[0]) is None or (
            date(members[0]) - first).days <= EARLIER_THAN_EVENT_DAYS:
        return members
    dated = [date(m) for m in members if date(m) is not None]
    if 2 * sum(0 <= (d - first).days <= EARLIER_THAN_EVENT_DAYS for d in dated) <= len(dated):
        return members  # a collection of follow-ups over months: its first reports are one development of many
    told = next((m for m in members[1:] if date(m) is not None
                 and 0 <= (date(m) - first).days <= EARLIER_THAN_EVENT_DAYS and _ends_sentence(cands[m].text)), None)
    return members if told is None else [told] + [m for m in members if m != told]


#: A sentence telling news of its own article's days: "today", "yesterday", "tonight", "this week", "on Wednesday",
#: or a month and day with no year after it ("in New Delhi June 16"): the day it names is within a week of its
#: article's date (a month and day: the last such day on or before it).
_NEWS_DAY_RE = re.compile(
    r"\b(?:(?P<rel>today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|(?:on|last)\s+"
    + WEEKDAY_PATTERN + r")|(?P<month>" + MONTH_PATTERN + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d{4}))",
    re.I)


def _news_day(s: Sent) -> dt.date | None:
    """The earliest day sentence ``s`` may tell as its article's news (:data:`_NEWS_DAY_RE`), from its article's
    publication date (not a date read in the text); None when it names no such day or its article has no date."""
    src = s.source
    if src.anchor is None or src.weak_anchor:
        return None
    m = _NEWS_DAY_RE.search(s.text)
    if m is None:
        return None
    if m.group("rel"):
        return src.anchor - dt.timedelta(days=EARLIER_THAN_EVENT_DAYS)
    month = month_number(m.group("month"))
    for year in (src.anchor.year, src.anchor.year - 1):
        day = safe_date(year, month, int(m.group("day"))) if month else None
        if day is not None and day <= src.anchor:
            return day
    return None


def _reported_before(centre: Sent, member: Sent) -> bool:
    """Whether ``member``'s article was published more than :data:`EARLIER_THAN_EVENT_DAYS` before the day
    ``centre`` tells as its news (:func:`_news_day`): it cannot report it (DUC 2003 d119g: a December 1996 article
    on the Ganges treaty under "Prime Minister Sheikh Hasina met with her Indian counterpart Atal Bihari Vajpayee
    in New Delhi June 16." of June 1998; an April 1996 article under the December signing "today")."""
    day = _news_day(centre)
    src = member.source
    return (day is not None and src.anchor is not None and not src.weak_anchor
            and (day - src.anchor).days > EARLIER_THAN_EVENT_DAYS)


def _one_news_cycle(members: list[int], cands: list[Sent]) -> bool:
    """Whether the articles of ``members`` are all dated (a publication date, not a weak one) within
    :data:`EARLIER_THAN_EVENT_DAYS` of one another: reports of the same news, whose leads open on the same story. In
    a collection of follow-ups over weeks each article opens with its own development (:func:`_told_in_the_body`),
    which is close to the event in words without reporting it."""
    dates = [cands[m].source.anchor for m in members]
    if any(d is None for d in dates) or any(cands[m].source.weak_anchor for m in members):
        return False
    return (max(dates) - min(dates)).days <= EARLIER_THAN_EVENT_DAYS


def _in_first_reports_week(s: Sent, first: dt.date | None) -> bool:
    """Whether ``s``'s article was published (:func:`_publication_date`) within :data:`EARLIER_THAN_EVENT_DAYS` after
    the main event's first report (``first``, :func:`_first_reported`: a lead date another independent source's lead
    confirms within that week): a report of the same news as the event's first reports, also in a collection whose
    other articles follow the story for months, where :func:`_one_news_cycle` (every member within a week) fails
    (issue 11, agr58: a New York Times article published four days after a school board's vote opens "The state Board
    of Education has removed evolution from the list ...", model 0.62, in a collection running to the next year's
    election)."""
    day = _publication_date(s)
    return first is not None and day is not None and 0 <= (day - first).days <= EARLIER_THAN_EVENT_DAYS


def _first_of_each(restating: list[list[int]], src: np.ndarray) -> list[int]:
    """The sentences of the largest unit in ``restating`` (the one :func:`_told_in_the_body` shows)."""
    return max(restating, key=lambda g: (len({int(src[m]) for m in g}), -restating.index(g))) if restating else []


def _states_centre(cands: list[Sent], encode, similarity: float, words, word_similarity: float):
    """A function of a unit's members (centre first) giving those that state the centre, by the rule of
    :func:`_stating_members` (``analysis.member_paraphrase`` / ``analysis.member_words``)."""
    from ..rewrite import strip_dateline

    def states(g: list[int]) -> list[int]:
        vecs = np.asarray(encode([strip_dateline(cands[i].text) for i in g]), dtype=np.float32)
        return [m for k, m in enumerate(g) if k == 0 or float(vecs[k] @ vecs[0]) >= similarity
                or words(g[0], m) >= word_similarity]
    return states


def _told_in_the_body(event: list[int], leads: set[int], restating: list[list[int]], cands: list[Sent],
                      src: np.ndarray, fam: np.ndarray, states=None) -> tuple[list[int], list[int]] | None:
    """The main event's members led by the unit that states it in the articles' bodies, or None.

    In a collection of follow-up reports (dated further apart than :data:`EARLIER_THAN_EVENT_DAYS`) each article
    opens with its own development (the search, the inquiry, the black box found, the FBI taking over) and states
    the event itself lower down, in nearly the same words in every outlet ("EgyptAir Flight 990 crashed into the
    Atlantic ... killing all 217 people on board"). The leads then meet on the event's name alone, and the lead
    most others resemble is a development (DUC 2006 D0617H: "The Federal Bureau of Investigation ... is taking
    over the investigation of the crash of EgyptAir 990"). When the largest unit restating the event
    (:func:`_without_restatements`) is stated by more articles than the event's leads were found in, and by every
    independent source they come from, that unit is the event as the outlets state it: its centre is shown, each
    of its articles is cited with its sentence of it, and it dates the event. (In reports of one day or week, and
    in a story of three outlets, each lead states the event and a unit telling it again is a detail or a quote of
    it: on the DUC 2003, DUC 2006, MultiLing, BASIL and Multi-News clusters, without the date and the "more" the
    rule took 12 units, among them BASIL quotes and Multi-News 0004's arraignment for its accusation; with them,
    D0617H's alone.) Its members are those that state its centre (``states``: the rule every shared fact's members
    follow, :func:`_stating_members`): a unit gathered by its words also holds sentences that share only its names
    ("EgyptAir Boeing 767, leaves Cairo ..." in a timeline). Returns the members and the unit's sentences among
    them."""
    gathered = _first_of_each(restating, src)
    core = states(gathered) if gathered and states is not None else gathered
    if not core:
        return None
    lead_articles = {int(src[m]) for m in leads}
    core_articles = {int(src[m]) for m in core}
    if len(core_articles) <= max(2, len(lead_articles)) or not {int(fam[m]) for m in leads} <= {int(fam[m]) for m in core}:
        return None
    dates = [cands[m].source.anchor for m in core if cands[m].source.anchor and not cands[m].source.weak_anchor]
    if len(dates) < 2 or (max(dates) - min(dates)).days <= EARLIER_THAN_EVENT_DAYS:
        return None  # reports of one day or week lead with the event: a unit telling it again is a detail of it
    return core + [m for m in event if int(src[m]) not in core_articles and m not in gathered], core


#: A sentence that tells something as scheduled, outside quotation marks, and the verb it schedules: "Congress is set
#: to vote to override President Obama's veto" is the vote announced, not the vote. Left out: "would" ("Duda said
#: ... that he would sign" reports a decision taken) and a person's intention ("Lois Lerner plans to invoke the Fifth
#: Amendment", tests/test_main_event.py: the story is her refusal, which that outlet tells).
_AHEAD_RE = re.compile(r"\b(?:will|(?:is|are)\s+(?:set|expected|scheduled|slated|due|poised|about)\s+to"
                       r"|(?:is|are)\s+to)\s+(?:be\s+|have\s+)?([a-z]+)\b", re.I)


def _not_ahead(members: list[int], cands: list[Sent]) -> list[int]:
    """The main event's ``members`` without the sentences that schedule what its shown sentence (``members[0]``)
    tells as done: the sentence's first verb looks ahead (:data:`_AHEAD_RE`, no past-tense cue of
    ``_cues.PAST_CUES_RE`` before it) to the verb the shown sentence has in the past ("is set to vote" / "voted").
    An article written before the event announces it and does not report it (BASIL 1b96a5db: The New York Times'
    "Congress is set to vote to override President Obama's veto" the morning the Senate "voted Wednesday to override
    his veto"). Only the same verb counts: on the DUC 2003, DUC 2006, MultiLing, BASIL and Multi-News clusters, any
    scheduling cue also dropped an outlet that reports the event ("The House Intelligence Committee will issue
    subpoenas" beside "is preparing to issue subpoenas"; "warning him that they will bring matters to a standstill"
    in a report of the letter)."""
    if not members:
        return members
    shown = QUOTED_RE.sub(" ", cands[members[0]].text)
    done = {stem(m.group(0).lower()) for m in PAST_CUES_RE.finditer(shown)}

    def ahead(m: int) -> bool:
        text = QUOTED_RE.sub(" ", cands[m].text)
        cue = _AHEAD_RE.search(text)
        past = PAST_CUES_RE.search(text)
        # the first verb tells the sentence's news: "Two weeks after the state board threw science education ...
        # into turmoil, teachers ... will" reports the vote
        return (cue is not None and (past is None or cue.start() < past.start())
                and stem(cue.group(1).lower()) in done)

    return [m for m in members if m == members[0] or not ahead(m)]


#: A unit restates the main event when the sentences of at least two of its independent sources are the next (or
#: the previous) fact sentence to where their articles state the event, and none stands further than this many
#: fact sentences from it: the story's next sentence, told so by most outlets that tell it ("A former teacher is
#: accused of being obsessed with one of her students" / "Alcorn was arraigned Wednesday on charges of child
#: luring", the lead and the next sentence of two of three outlets). On 92 clusters (30 DUC 2003, 62 Multi-News)
#: it took two units, both the event restated (mn:0004's above, mn:0023's "Israel has made public a decades-old
#: plea for clemency" beside "Eichmann requested a pardon ..., documents released Wednesday show"); a unit one
#: outlet tells right after the event and another two sentences on (mn:0073's police visit after the death) stays.
#: The limit does not bind a unit that is the next sentence in most of its independent sources (thirteenth round:
#: "Two former staff members ... were charged" / "One former aide, X, was charged with two counts of ...", the next
#: sentence of two of three outlets, the 16th of the third): on 276 clusters (30 DUC 2003, 246 Multi-News) that
#: took this unit alone.
RESTATED_WITHIN = 2

#: A unit also restates the main event when its sentences are, on average, as similar to the event's fact as a lead
#: must be (``analysis.lead_similarity``) and at least this share as similar to it as to the unit's other sentences
#: (each sentence against the fact of the others): its outlets tell the event in other words, more loosely than
#: they tell one another anything else ("Kansas last year rekindled the issue ... when the state board of
#: education ... approved" beside "The Kansas Board of Education has approved new standards"; 0.25 to the event,
#: 0.38 to one another). Such a unit joins the event (its outlets that the event lacks report it). On the labelled
#: tuning clusters it took d116f's and mn:0023's duplicates and one unit labelled another fact (mn:0244: "the
#: destroyer USS Dewey joined ... the search for the missing sailors", the search, not the collision). Read on about 200 unlabelled DUC 2003 and Multi-News clusters, the two kinds together took 9 units: 6 the event
#: told again, 3 another fact (a bill's next reading, investigators' view of a witness, a caveat on a fossil's size).
RESTATES_SHARE = 0.5


def _without_restatements(groups: list[list[int]], main: int, x, src: np.ndarray, fam: np.ndarray,
                          similarity: float, within: int = RESTATED_WITHIN,
                          share: float = RESTATES_SHARE, restating: list[list[int]] | None = None) -> list[list[int]]:
    """``groups`` without the units that restate the main event (``groups[main]``), which is listed once, as facts
    merged by :func:`_as_facts` are. A unit restates it when (1) every sentence of it comes from an article in the
    event, in the articles of at least two independent sources (``fam``) it is the next or the previous fact
    sentence, and either so in most of its sources or no sentence of it stands more than ``within`` fact sentences
    away (:data:`RESTATED_WITHIN`); or (2) its
    sentences are on average at least ``similarity`` similar to the event's fact and at least ``share``
    (:data:`RESTATES_SHARE`) as similar as to the fact of the unit's other sentences. A unit of kind (2) brings
    the outlets the event lacks, with their sentence. ``restating``, when given, receives the units that restate
    it (as they were before joining)."""
    from scipy.sparse import csr_matrix

    rank = np.zeros(len(src), dtype=int)  # position among its article's fact sentences
    seen: dict[int, int] = {}
    for i, n in enumerate(src.tolist()):
        rank[i] = seen.get(n, 0)
        seen[n] = rank[i] + 1
    event = groups[main]
    at = {int(src[m]): int(rank[m]) for m in event}

    def next_to_event(g: list[int]) -> bool:
        if not all(int(src[m]) in at for m in g):
            return False
        gap = {m: abs(int(rank[m]) - at[int(src[m])]) for m in g}
        adjacent = {int(fam[m]) for m in g if gap[m] <= 1}
        return len(adjacent) >= 2 and (max(gap.values()) <= within or 2 * len(adjacent) > len({int(fam[m]) for m in g}))

    def fact(members: list[int]):
        v = np.asarray(x[members].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        return csr_matrix(v / n if n else v)

    told = fact(list(event))  # the event as its outlets state it, before any unit joins

    def tells_event(g: list[int]) -> bool:
        to_event = (x[g] @ told.T).toarray().ravel()
        if to_event.mean() < similarity:
            return False
        to_others = [float((x[m] @ fact([k for k in g if k != m]).T).toarray()[0, 0]) for m in g]
        return to_event.mean() >= share * float(np.mean(to_others))

    keep = []
    for gi, g in enumerate(groups):
        if gi == main or not (next_to_event(g) or tells_event(g)):
            keep.append(g)
            continue
        if restating is not None:
            restating.append(list(g))
        have = {int(src[m]) for m in event}
        for m in g:  # kind (1) has no outlet the event lacks
            if int(src[m]) not in have:
                event.append(m)
                have.add(int(src[m]))
    return keep


def _undisputed(members: list[int], cands: list[Sent], fam: np.ndarray) -> int:
    """The unit's sentence to show: its centre (``members[0]``), unless another independent source in it gives
    another number for something the centre counts (:func:`~newsbrief.support.numbers_disagree`: "A 5.6 magnitude
    earthquake ..." in a unit that holds "The 5.9-magnitude quake ..."; numbers in words too: "killing at least
    three people" against "killing 10 people"): then the member that the fewest others
    disagree with, so that "reported by most outlets" never shows a figure they dispute (the figures section says
    where they do)."""
    from ..support import numbers_disagree

    pairs: dict[tuple[int, int], bool] = {}  # each pair read once, whichever member asks

    def disagree(i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        if key not in pairs:
            a, b = cands[i].text, cands[j].text
            pairs[key] = numbers_disagree(a, b, True) or numbers_disagree(b, a, True)
        return pairs[key]

    def disputes(i: int) -> int:
        return sum(1 for j in members if fam[j] != fam[i] and disagree(i, j))

    first = disputes(members[0])
    if not first:
        return members[0]
    return min(members, key=lambda i: (disputes(i), i != members[0], members.index(i)))


def _stating_members(groups: list[list[int]], centres: list[int], main: int | None, cands: list[Sent], encode,
                     similarity: float, words=None, word_similarity: float = 1.0
                     ) -> tuple[list[list[int]], list[int], int | None]:
    """Each fact but the main event keeps the sentences that state what it shows: sentence-representation cosine
    (``encode``) to its shown sentence (``centres``) at least ``similarity`` (``analysis.member_paraphrase``), or
    TF-IDF cosine to it (``words(centre, member)``) at least ``word_similarity`` (``analysis.member_words``: "His
    forces launched an offensive against the capital in April 2019 but ..." restates "Haftar's forces launched an
    offensive last April ...", 0.55, where the sentence model, reading the whole longer sentence, says 0.5). A
    fact's sentences are gathered by TF-IDF closeness to the fact's summed words, and its most common words draw in
    sentences that only share its topic ("In all, 16,000 foreign-born children were adopted in the United States
    last year." under "More than 15,000 international adoptions are expected to take place this year."), which
    then counted as outlets reporting it. A member that puts its claim in another year does not state it either
    (:func:`another_time`: "expected to take place this year" / "adopted ... last year"), nor does a quotation whose
    words are another line than the centre's quotation (:func:`another_line`). A fact left with one sentence is dropped.
    Returns the groups, their centres and the main event's new index."""
    from ..rewrite import strip_dateline

    if not any(gi != main and g for gi, g in enumerate(groups)):
        return groups, centres, main
    # a member whose words state its centre keeps its place whatever the sentence model says: only the others and
    # their centres are embedded (the same vectors: a text's vector is its own, whatever else is embedded with it;
    # 62 of the 752 texts 10 DUC 2003 clusters embed)
    by_words = {(c, m): words is not None and words(c, m) >= word_similarity
                for gi, (g, c) in enumerate(zip(groups, centres)) if gi != main for m in g if m != c}
    need: set[int] = set()
    for gi, (g, c) in enumerate(zip(groups, centres)):
        if gi != main and (others := [m for m in g if m != c and not by_words[c, m]]):
            need.update(others, (c,))
    rows = sorted(need)
    at = {i: k for k, i in enumerate(rows)}
    vecs = np.asarray(encode([strip_dateline(cands[i].text) for i in rows]), dtype=np.float32) if rows else None
    kept_groups, kept_centres, new_main = [], [], None
    for gi, (g, c) in enumerate(zip(groups, centres)):
        if gi != main:
            g = [m for m in g if m == c or (
                (by_words[c, m] or float(vecs[at[m]] @ vecs[at[c]]) >= similarity)
                and not another_time(cands[c].text, cands[m].text, _year(cands[c]), _year(cands[m]))
                and not another_line(cands[c].text, cands[m].text)
                and not _reported_before(cands[c], cands[m]))]
            if len(g) < 2:
                continue
        else:
            new_main = len(kept_groups)
        kept_groups.append(g)
        kept_centres.append(c)
    return kept_groups, kept_centres, new_main


#: A year named relative to the article's date or as a rate: "this year", "last year", "next year", "every year",
#: "a year" (not "a year ago" or "a year earlier"), "annually". "The past year" is left out: the twelve months up
#: to now, which "this year" or "last year" may both be.
_RELATIVE_YEAR_RE = re.compile(
    r"\b(this|last|next|every|each|per)\s+year\b|\ba\s+year\b(?!\s+(?:ago|earlier|later|before|after|from|or))"
    r"|\b(?:annually|yearly)\b", re.IGNORECASE)


def _relative_years(text: str, year: int | None) -> set[str]:
    """The years ``text`` names by :data:`_RELATIVE_YEAR_RE`: "every" for a rate, else the year itself when the
    article's ``year`` is known ("this year" in 1998 and "last year" in 1999 are one year), else "this", "last" or
    "next"."""
    out: set[str] = set()
    for m in _RELATIVE_YEAR_RE.finditer(text):
        which = (m.group(1) or "every").lower()
        if which in ("every", "each", "per"):
            out.add("every")
        elif year is None:
            out.add(which)
        else:
            out.add(str(year + {"this": 0, "last": -1, "next": 1}[which]))
    return out


def _year(s: Sent) -> int | None:
    """The year ``s``'s article is read as of (its anchor, else its publication date), or None."""
    d = s.source.anchor or s.source.article.date
    return d.year if d else None


def another_time(claim: str, member: str, claim_year: int | None = None, member_year: int | None = None) -> bool:
    """Does ``member`` put its figure or event in another year than ``claim`` does: both name a year relative to
    their article's date or a yearly rate (:func:`_relative_years`; ``claim_year`` / ``member_year``: the articles'
    years, used only when both are known) and none is named by both? "More than 15,000 international adoptions are
    expected to take place this year." is not stated by "In all, 16,000 foreign-born children were adopted in the
    United States last year." nor by "... approximately 20,000 intercountry adoptions around the world every year":
    the sentence model scores such members 0.63 to 0.72 to it, as close as restatements (DUC 2006 D0627I; 5 members
    of agreement_members.tsv, all judged N). A sentence naming no such year says nothing here."""
    both = claim_year is not None and member_year is not None
    a = _relative_years(claim, claim_year if both else None)
    b = _relative_years(member, member_year if both else None)
    return bool(a and b and not a & b)


#: A sentence that opens on a quotation mark (after a wire dateline): someone's words come first.
_OPENS_QUOTED_RE = re.compile(r"^\s*(?:``|“|\"|'(?=\w))")


def _line_terms(text: str) -> set[str] | None:
    """The content words inside the quotation marks of ``text`` when it is a quote (it opens on a quotation, or it
    is a :func:`direct_quote`) of three quoted words or more; None for any other sentence."""
    from ..rewrite import strip_dateline

    text = strip_dateline(" ".join(text.split()))
    quoted = [m.group() for m in QUOTED_RE.finditer(text)]
    if sum(len(q.split()) for q in quoted) < 3 or not (_OPENS_QUOTED_RE.match(text) or direct_quote(text)):
        return None
    return set(content_terms(" ".join(quoted)))


def another_line(claim: str, member: str) -> bool:
    """Are ``claim`` and ``member`` two quotations whose quoted words share less than half the content words of the
    shorter one (:func:`_line_terms`)? Then the member is another line, often of the same speaker on the same
    subject ('"We have a lot of products," said Wendy Dixon' / '"Our marketing success with Vioxx will depend on
    the awareness of the brand," said Wendy Dixon'), not a restatement: one statement printed by two outlets
    keeps its words (3 members of agreement_members.tsv, all N; no quoted member judged Y shares less). A member
    that tells the quote in reported speech is no quotation and is not judged here."""
    a = _line_terms(claim)
    b = _line_terms(member) if a else None
    if not a or not b:
        return False
    return len(a & b) < 0.5 * min(len(a), len(b))


#: Verbs that report speech (``_cues.SPEECH_VERBS``, one word) or a finding ("suggests", "shows"): what such a verb
#: asserts is its clausal complement ("The THC did not make the rats less intelligent – just lazier, said the study's
#: lead author": the assertion is "make ... rats"). Also the copula and "have", "do", "get", which assert nothing a
#: reader tells apart ("is", "has").
_REPORTING_VERBS = frozenset(v for v in SPEECH_VERBS if " " not in v) | frozenset(
    ("show", "shows", "showed", "shown", "suggest", "suggests", "found", "find", "finds", "believe", "believes",
     "believed", "think", "thinks", "thought"))
_EMPTY_VERBS = frozenset(stem(v) for v in (
    "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did", "get", "gets", "got"))


def _past_perfect(v) -> bool:
    """Is verb token ``v`` in the past perfect ("had released", "had been deployed")? It tells what came before
    the story's news ("On Thursday, the FBI had released an initial videotape" beside "The FBI released a new
    videotape Friday"), not the news."""
    return v.tag_ == "VBN" and any(t.dep_ == "aux" and t.lower_ in ("had", "'d") for t in v.children)


def _noun_words(o) -> list:
    """The object ``o`` (a noun token) and the words that name it with it: its compounds and adjectives, theirs too
    ("the Bluefin-21 underwater search vessel": vessel, search, underwater), words only."""
    out, todo = [o], [o]
    while todo:
        t = todo.pop()
        for k in t.children:
            if k.dep_ in ("compound", "amod", "nmod") and k.text.isalpha():
                out.append(k)
                todo.append(k)
    return out


def asserted(doc) -> set[tuple[str, str]]:
    """What a parsed sentence (``doc``: :class:`~newsbrief.analyze._ner.Parse`) asserts: pairs (verb, object) of
    stems, the main verb of each parsed sentence (under a reporting verb, :data:`_REPORTING_VERBS`, the verb of its
    clausal complement; under a root that is no word, a dateline's dash, the verbs it governs), the verbs its
    ``xcomp`` and ``conj`` chain adds ("voted to override"), each with its object: the direct object, the subject of
    a passive ("a vehicle will be deployed"), or the subject of a small clause it governs ("makes lab rats lazy").
    Verbs that assert nothing a reader tells apart (:data:`_EMPTY_VERBS`) give no pair, nor a verb in the past
    perfect (:func:`_past_perfect`: what came before the news) outside reported speech (under "said" the past
    perfect is the reported past shifted back: "Mr. Strzok's lawyer said the deputy director ... had overruled the
    Office of Professional Responsibility and fired Mr. Strzok" reports the firing)."""
    out: set[tuple[str, str]] = set()
    for sent in doc.sents:
        root = sent.root
        reported = False
        for _ in range(3):  # "X said that Y told reporters that ...": at most three reports deep
            if root.lower_ not in _REPORTING_VERBS:
                break
            inner = next((t for t in root.children if t.dep_ == "ccomp"), None)
            if inner is None:
                break
            root, reported = inner, True
        if root.tag_.startswith("VB") and root.text.isalpha():
            verbs = [root]
        else:
            verbs = [t for t in root.children if t.dep_ in ("ccomp", "conj") and t.tag_.startswith("VB")]
        k = 0
        while k < len(verbs) and len(verbs) < 12:  # the chain: "will cease using the locator and deploy the vessel"
            verbs.extend(t for t in verbs[k].children if t.dep_ in ("xcomp", "conj") and t.tag_.startswith("VB")
                         and all(t.i != u.i for u in verbs))
            k += 1
        for v in verbs:
            vs = stem(v.lower_)
            if vs in _EMPTY_VERBS or v.lower_ in _REPORTING_VERBS or (_past_perfect(v) and not reported):
                continue
            for t in v.children:
                if t.dep_ in ("dobj", "nsubjpass"):
                    objects = [t]
                elif t.dep_ in ("ccomp", "oprd"):
                    objects = ([] if t.tag_.startswith("VB") else [t]) + [k for k in t.children if k.dep_ == "nsubj"]
                else:
                    continue
                out.update((vs, stem(w.lower_)) for o in objects if o.tag_.startswith("NN") for w in _noun_words(o))
    return out


def _without_event_predicates(groups: list[list[int]], centres: list[int], main: int, cands: list[Sent],
                              model: str) -> tuple[list[list[int]], list[int], int]:
    """``groups`` without the facts whose shown sentence (``centres``) asserts what the main event's shown sentence
    asserts (:func:`asserted`: the same verb with the same object, whoever the subject): the event's next step
    told by another actor ("The House voted later on Wednesday to override the veto" beside "the Senate voted
    Wednesday to override his veto"), or a speaker's line restating the event's reported speech ("The THC did not
    make the rats less intelligent – just lazier, said the study's lead author" beside "The main psychoactive
    ingredient in marijuana makes lab rats lazy, according to ... researchers"). Such a fact is the event listed a
    second time; its shown sentence's outlet joins the event when the event lacks it. Only the event's shown
    sentence counts, not every member: members join the event by looser paraphrase, and a member that also tells
    another fact ("... killed 224 people" in a collection's event) took that fact, a collection's most reported one
    (DUC 2006 D0626H), in a first version. Only facts whose shown sentence shares two or more content words with the
    event's shown sentence are parsed (a verb and its object are
    both words of it). Without the parser (:class:`~newsbrief.errors.MissingExtraError`) nothing changes.
    Returns the groups, their centres and the main event's new index."""
    from ..errors import MissingExtraError
    from ..rewrite import strip_dateline
    from ._ner import parse_batch

    event = groups[main]
    event_words = set(content_terms(cands[centres[main]].text))
    ask = [gi for gi, c in enumerate(centres)
           if gi != main and len(set(content_terms(cands[c].text)) & event_words) >= 2]
    if not ask:
        return groups, centres, main
    texts = [strip_dateline(cands[centres[gi]].text) for gi in [main] + ask]
    try:
        docs = parse_batch(texts, model)
    except MissingExtraError:
        return groups, centres, main
    told = asserted(docs[0])
    restating = {gi for gi, d in zip(ask, docs[1:]) if asserted(d) & told} if told else set()
    if not restating:
        return groups, centres, main
    have = {cands[m].source.n for m in event}
    for gi in sorted(restating):
        c = centres[gi]
        if cands[c].source.n not in have:
            event.append(c)
            have.add(cands[c].source.n)
    kept = [(g, c) for gi, (g, c) in enumerate(zip(groups, centres)) if gi not in restating]
    new_main = next(k for k, (g, _) in enumerate(kept) if g is event)
    return [g for g, _ in kept], [c for _, c in kept], new_main


def _reported_clause(doc) -> str | None:
    """The clause a parsed sentence (``doc``: :class:`~newsbrief.analyze._ner.Parse`) reports when it tells what
    someone said: its first sentence's root is a speech verb (``_cues.SPEECH_VERBS``, one word) with a subject and a
    clausal complement ("Sylvester Stallone suggested on Sunday that he was not interested in taking a top arts
    leadership role ...": "that he was not interested in taking ..."), else None."""
    sent = next(iter(doc.sents), None)
    if sent is None:
        return None
    root = sent.root
    if root.lower_ not in _SPEECH_ONE_WORD or not any(t.dep_ in ("nsubj", "nsubjpass") for t in root.children):
        return None
    inner = next((t for t in root.children if t.dep_ == "ccomp"), None)
    if inner is None:
        return None
    last, todo = inner.i, [inner]
    while todo:
        t = todo.pop()
        last = max(last, t.i)
        todo.extend(t.children)
    return "".join(t.text + t.whitespace_ for t in doc[inner.left_edge.i : last + 1]).strip()


_SPEECH_ONE_WORD = frozenset(v for v in SPEECH_VERBS if " " not in v)

#: Subject pronouns an attribution outside a quote's marks may name its speaker by ("... ," he said in a statement):
#: the speaker is the one the sentence before names.
_SPEAKER_PRONOUN_RE = re.compile(r"\b(?:he|she|they)\b", re.I)
_NAME_WORD_RE = re.compile(r"\b[A-Z][a-z]+\b")


def _told_before_the_quote(members: list[int], centre: int, cands: list[Sent], src: np.ndarray, x, encode,
                           model: str, candidate: float = SUPPORT_CANDIDATE) -> tuple[list[int], int]:
    """The main event's members and shown sentence, the writer's telling of a statement shown rather than a piece
    of its quotation. When the shown sentence (``centre``) is a direct quote (:func:`direct_quote`), the event is
    what someone said, and its quotation's sentence is one part of the statement, which reads as something else
    alone ("'I am incredibly flattered to have been suggested to be involved with the National Endowment of the
    Arts,' Stallone said", a refusal whose "However I believe I could be more effective ..." follows). A news story
    tells the statement whole in the sentence before its quote: the sentence right before a member that is a direct
    quote in the same article, itself no quote and a whole sentence, that reports what someone said
    (:func:`_reported_clause`: "Sylvester Stallone suggested on Sunday that he was not interested in taking a top
    arts leadership role ...") of the quote's speaker (the quote's attribution names him by a pronoun, "he said",
    or by a name the sentence holds) and that shares the quote's words at least as a citation's candidate must
    (TF-IDF ``candidate``, :data:`SUPPORT_CANDIDATE`: 0.26 there; the sentence model, reading half the statement,
    puts them at 0.54, under any support bar). That sentence is shown and cited for its article in place of the
    quote; among several, the one the sentence representation (``encode``) puts closest to the quote. The parser
    (``model``) reads only those sentences; without it nothing changes."""
    from ..errors import MissingExtraError
    from ..rewrite import strip_dateline
    from ._ner import parse_batch

    if not direct_quote(cands[centre].text):
        return members, centre
    offered: dict[int, int] = {}  # the sentence before a member -> that member
    for m in members:
        p = m - 1
        if (p < 0 or int(src[p]) != int(src[m]) or not direct_quote(cands[m].text) or direct_quote(cands[p].text)
                or not _ends_sentence(cands[p].text) or _cosine(x, p, m) < candidate):
            continue
        outside = QUOTED_RE.sub(" ", strip_dateline(cands[m].text))
        if _SPEAKER_PRONOUN_RE.search(outside) or set(_NAME_WORD_RE.findall(outside)) & set(
                _NAME_WORD_RE.findall(cands[p].text)):
            offered[p] = m
    if not offered:
        return members, centre
    try:
        docs = parse_batch([strip_dateline(cands[p].text) for p in offered], model)
    except MissingExtraError:
        return members, centre
    told = [p for p, d in zip(offered, docs) if _reported_clause(d) is not None]
    if not told:
        return members, centre
    best = told[0]
    if len(told) > 1 and encode is not None:
        vecs = np.asarray(encode([strip_dateline(cands[i].text) for i in [centre] + told]), dtype=np.float32)
        best = told[int(np.argmax(vecs[1:] @ vecs[0]))]
    return [best if m == offered[best] else m for m in members], best


def _cosine(x, i: int, j: int) -> float:
    """The cosine of rows ``i`` and ``j`` of the L2-normalized sparse matrix ``x``."""
    return float(x[i].multiply(x[j]).sum())


def _support(groups: list[list[int]], x, src: np.ndarray, threshold: float) -> None:
    """Every other outlet that states a unit's fact joins the unit with its closest sentence (TF-IDF cosine to
    the fact at least ``threshold``), even a sentence already in another unit: a sentence can state two facts,
    and an outlet that reports a fact does not "omit" it.

    Paraphrases that share too few words are :func:`_paraphrase_support`'s (the brief's sentence representation;
    the main event's paraphrases score 0.6-0.8 there, under the citations' 0.795, hence its own threshold)."""
    from scipy.sparse import csr_matrix, vstack

    if not groups:
        return
    facts = []
    for g in groups:
        v = np.asarray(x[g].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        facts.append(csr_matrix(v / n if n else v))
    to_all = (vstack(facts) @ x.T).tocsr()
    for gi, g in enumerate(groups):
        lo, hi = to_all.indptr[gi], to_all.indptr[gi + 1]
        have = {int(src[m]) for m in g}
        best: dict[int, tuple[float, int]] = {}  # outlet -> (similarity, sentence)
        for k, v in zip(to_all.indices[lo:hi].tolist(), to_all.data[lo:hi].tolist()):
            n = int(src[k])
            if v >= threshold and n not in have and (n not in best or (v, -k) > (best[n][0], -best[n][1])):
                best[n] = (v, k)
        g.extend(best[n][1] for n in sorted(best))


#: Sentences of an outlet checked by the sentence representation for each fact it lacks: its lexically closest ones.
#: The main event checks every sentence over ``analysis.support_candidate_similarity`` instead (None: all): the story
#: every outlet tells may be told anywhere, in words that share little with its leads (issue 11, agreement recall,
#: helper agr19: Multi-News 0196's "ORIGINAL STORY: Iditarod frontrunners Jeff King and Aliy Zirkle were attacked by
#: a snowmachiner", its fifth lexically closest sentence, 0.66; DUC 2003 d116f's "Two weeks after the state board
#: threw science education in this state into turmoil", its fourth, 0.77). On the 35 labelled main events it found
#: 1 more (22 of 35) and counted 2 more reporting outlets, none that does not report.
PARAPHRASE_CANDIDATES = 2
EVENT_PARAPHRASE_CANDIDATES = None

#: Sentence-representation cosine to the main event's fact at which one of an outlet's leads (its first
#: ``analysis.lead_sentences`` fact sentences) reports the event, under ``analysis.event_support_paraphrase`` (0.65)
#: for a sentence anywhere, when the event's articles and that one are reports of the same news (dated within
#: :data:`EARLIER_THAN_EVENT_DAYS` of one another, :func:`_one_news_cycle`): an article that opens on the story states
#: it in its own words there, as the event's leads are matched more loosely than other sentences
#: (``analysis.lead_similarity``; the position is the evidence). BASIL 85475456: "Democratic Attorney General Richard
#: Blumenthal ... finds himself on the political ropes after a newspaper exposed a past incorrect statement regarding
#: his service in Vietnam" (0.60) was listed as omitting the event. Read on the outlets main events lacked (issue 11,
#: agr32): reporting outlets' leads 0.60-0.62; the lead of an outlet that does not report the event at most 0.50
#: (DUC 2006 D0617H's timeline "EgyptAir Boeing 767, leaves Cairo ..."). Without the news-cycle condition the rule
#: also counted the leads of follow-ups written weeks or months apart in 4 of 105 unlabelled clusters (DUC 2003
#: d105b, d106c, d112e, d115f: 0.55-0.64, three of them another story) for 2 right (DUC 2003 d116f's article 8, the
#: BASIL lead above).
EVENT_LEAD_PARAPHRASE = 0.55


def _paraphrase_support(groups: list[list[int]], cands: list[Sent], x, src: np.ndarray, fam: np.ndarray, encode,
                        similarity: float, candidate: float, main: int | None = None,
                        event_similarity: float | None = None, per_outlet: int = PARAPHRASE_CANDIDATES,
                        event_per_outlet: int | None = EVENT_PARAPHRASE_CANDIDATES, leads: int = 0,
                        lead_similarity: float = EVENT_LEAD_PARAPHRASE,
                        first_reported: dt.date | None = None) -> None:
    """Every outlet that states a shared fact in other words joins its unit: for a unit of at least two independent
    sources (``fam``), each outlet it lacks offers its ``per_outlet`` sentences lexically closest to the unit's fact
    (TF-IDF cosine at least ``candidate``: ``analysis.support_candidate_similarity``; for the main event
    ``event_per_outlet``, None: every such sentence), and the one whose
    sentence-representation cosine (``encode``, the brief's :class:`~newsbrief.embed.Memo`) to the fact -- the
    normalized sum of the unit's sentences' vectors -- is highest joins when it is at least ``similarity``
    (``analysis.support_paraphrase``; for the main event, ``groups[main]``, ``event_similarity``:
    ``analysis.event_support_paraphrase``) and its numbers agree with the unit's centre (the citations' rule,
    :func:`~newsbrief.support.numbers_disagree`). The main event is the story every outlet tells, so a looser
    match stands for it, as its leads need less lexical overlap (``analysis.lead_similarity``): "Donald J. Trump
    has dropped plans to moderate a presidential debate" reports "Donald Trump announced Tuesday that he is
    bowing out as the moderator for a Republican presidential debate" (0.66). Only the units' sentences and those
    candidates are embedded, each once (datelines left out, as the citations do). A threshold of 1 turns its
    units off. For the main event an outlet also joins with one of its ``leads`` first fact sentences (among its
    candidates) at ``lead_similarity`` (:data:`EVENT_LEAD_PARAPHRASE`), when under the bar and the articles are
    reports of the same news (:func:`_one_news_cycle`), or its article was published in the week after the event's
    first report (``first_reported``, :func:`_first_reported`; :func:`_in_first_reports_week`): an article that
    opens on the story states it there in its own words (0 leads: off)."""
    from scipy.sparse import csr_matrix, vstack

    from ..rewrite import strip_dateline
    from ..support import numbers_disagree

    def bar(gi: int) -> float:
        return event_similarity if gi == main and event_similarity is not None else similarity

    shared = [gi for gi, g in enumerate(groups) if len({int(fam[m]) for m in g}) >= 2 and bar(gi) < 1.0]
    if not shared:
        return
    outlets = sorted(set(src.tolist()))
    facts = []
    for gi in shared:
        v = np.asarray(x[groups[gi]].sum(axis=0)).ravel()
        n = np.linalg.norm(v)
        facts.append(csr_matrix(v / n if n else v))
    to_all = (vstack(facts) @ x.T).toarray()
    offers: dict[int, dict[int, list[int]]] = {}  # unit -> outlet -> its candidate sentences, closest first
    need: set[int] = set()
    for k, gi in enumerate(shared):
        have = {int(src[m]) for m in groups[gi]}
        row = to_all[k]
        for n in outlets:
            if n in have:
                continue
            mine = np.nonzero((src == n) & (row >= candidate))[0]
            if not len(mine):
                continue
            best = sorted(mine.tolist(), key=lambda i: (-row[i], i))[:event_per_outlet if gi == main else per_outlet]
            offers.setdefault(gi, {})[n] = best
            need.update(best)
        if gi in offers:
            need.update(groups[gi])
    if not need:
        return
    rows = sorted(need)
    at = {i: k for k, i in enumerate(rows)}
    vecs = np.asarray(encode([strip_dateline(cands[i].text) for i in rows]), dtype=np.float32)
    rank: dict[int, int] = {}  # a sentence's position among its article's fact sentences
    seen: dict[int, int] = {}
    for i, n in enumerate(src.tolist()):
        rank[i] = seen.get(n, 0)
        seen[n] = rank[i] + 1
    for gi, per in offers.items():
        g = groups[gi]
        v = vecs[[at[m] for m in g]].sum(axis=0)
        v /= np.linalg.norm(v) or 1.0
        joined = []
        for n in sorted(per):
            scores = [(float(vecs[at[i]] @ v), i) for i in per[n]]
            best = max(scores, key=lambda t: (t[0], -t[1]))
            join = best[0] >= bar(gi) and not numbers_disagree(cands[g[0]].text, cands[best[1]].text)
            if not join and gi == main and leads:
                opening = [t for t in scores if rank[t[1]] < leads and t[0] >= lead_similarity
                           and not numbers_disagree(cands[g[0]].text, cands[t[1]].text)
                           and (_one_news_cycle(g + [t[1]], cands)
                                or _in_first_reports_week(cands[t[1]], first_reported))]
                if opening:
                    best, join = max(opening, key=lambda t: (t[0], -t[1])), True
            if join:
                joined.append(best[1])
        g.extend(joined)


#: Openings that lean on the sentence before: a part of a group it named ("Of those, 230,000 had already been
#: moved", "The fourth asks whether ...", "The remainder of the 520,000 people ..."), or a connective that draws a
#: consequence or gives an example of it ("So, the government relies on ...", "For example, if Congress ...").
_LEADING_PART_OF_RE = re.compile(
    r"^\W{0,2}(?:(?:Of|Among|Besides|Apart from|Other than)\s+(?:those|these|them|whom|which)\b"
    r"|The (?:(?:first|second|third|fourth|fifth|sixth|seventh|latter|former)(?=\s+(?:is|was|are|were|asks|asked|"
    r"says|said|has|had|will|would|involves|concerns|of)\b)|(?:remainder|rest)\b)"
    r"|(?:For (?:example|instance)|In other words|That is|So(?!\s+(?:far|much|many|called|long)\b)|Thus|Hence|Still|"
    r"Yet|Then),?\s)")


#: The writer's comment opening a sentence ("Of course, the denials are loud ...", "Arguably, it was Ronald Reagan
#: ...", "There can be no doubt ...", "Come to think of it, ..."): the writer's opinion in the third person, which
#: :func:`~newsbrief._patterns.writer_voice` (first and second person) does not see. On the pools of
#: ``tests/labels/single_details.tsv`` the three candidates that open so are all wrong (two opinions, a reaction).
_WRITER_COMMENT_RE = re.compile(
    r"^\W{0,2}(?:(?:Arguably|Certainly|Clearly|Obviously|Of course|Surely|Undoubtedly|Admittedly|Thankfully|Sadly|"
    r"Unfortunately|Fortunately|Mercifully|Happily|Luckily|Ironically|Predictably|Not surprisingly|Needless to say|"
    r"To be sure|No doubt|Come to think of it),|There (?:can be|is) no doubt\b)")


def unreadable_alone(text: str) -> str | None:
    """Why a single-outlet detail would not read on its own in the view, or None. The section lists sentences
    out of their articles, so (read as a reader on the labelled clusters of ``tests/labels/single_details.tsv``,
    docs/analysis-labels.md, "Single-outlet details read as a reader (det24)"):

    * a list item ("– Company ...: From €839,000 loan, €237,000 forgiven") or a line ending in a colon ("the
      following loans were written off:") leans on a heading or a list the reader does not see;
    * the writer's own voice ("we are sure the government-selected 'independent' committee will be as thorough
      as ...", a charity's "our donations") is a column's or a page's aside, not a report
      (:func:`~newsbrief._patterns.writer_voice`);
    * a sentence that leans on an unshown one ("He said they were waiting ...", "Of those, 230,000 ...", a
      quotation with no speaker) is the summary's :func:`~newsbrief.rewrite.dangling_reason`, read after a
      leading connective is deleted ("Meanwhile, a man who ..." stands alone), or opens on a part of a group
      named before it ("Of those, 230,000 had already been moved", "The fourth asks whether ..."), or on a
      consequence or an example of it ("So, the government relies on ..."), or on a definite phrase with nothing
      in it that says what it is (:func:`bare_definite_subject`: "The committee is meeting today in Salina.").

    Each is read after the wire's dateline ("CHICAGO (AP) -- Its street names include ..." opens on "Its")."""
    from ..rewrite import dangling_reason, delete_connective, delete_interjected_connective, strip_dateline

    if LIST_ITEM_RE.match(text):
        return "list item"
    text = strip_dateline(text)  # (after the list item's test: it takes a leading dash for a dateline's)
    if _LEADING_PART_OF_RE.match(text):
        return "opens on the sentence before"
    if text.rstrip().endswith(":"):
        return "line ending in a colon"
    if writer_voice(text):
        return "writer's voice"
    if _WRITER_COMMENT_RE.match(text):
        return "writer's comment"
    text = delete_connective(delete_interjected_connective(text)[0])[0]  # ("Within a year, however, they moved ...")
    why = dangling_reason(text)
    if why is None and bare_definite_subject(text):
        return "a definite phrase that leans on the sentence before"
    if why is None and (said := said_before(text)):
        return f"{said!r}: what was said or decided, told in a sentence before"
    return why


#: Nouns for something said, decided or felt that "such" names only when an earlier sentence told it ("problems
#: remain to temper such optimism", "Sen. John Cornyn (R-Texas) dismissed such concerns."): rd54's reading of ten
#: stories nobody tuned on. (The same nouns after "the" were read on 40 of the 378 sentences of the six sets they
#: newly caught: about 4 leaned; in a story about one deal, "the deal" is the story's. "such" before any noun: about
#: 20 of 40 ("the largest such seizure", "such big-ticket items as"); dropped.)
_SAID_NOUNS = ("remarks|comments|statement|statements|decision|ruling|regulation|regulations|proposal|proposals|"
               "measure|move|announcement|allegations?|accusations?|claims?|criticism|request|demands|warning|"
               "optimism|pessimism|concerns?|fears?|plan|plans|deal|offer|incident|verdict|order|orders")
#: "such optimism" / "such concerns", with no complement after it that says which or what kind ("such concerns as
#: ...", "such a move that ..."), outside quotations (:func:`~newsbrief._patterns.outside_quotes` blanks those).
_SAID_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?P<det>such|Such)\s+(?P<noun>" + _SAID_NOUNS + r")\b(?![-\w])(?!\s*(?:as|that)\b)")


#: An ordinal or a superlative right before "such" ("the first such", "the longest such deal since the 1950s").
_RANKED_BEFORE_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|latest|[a-z]{2,}est)\s+$",
                               re.IGNORECASE)


def said_before(text: str) -> str | None:
    """The phrase of ``text`` (outside its quotations) naming by "such" something said, decided or felt that
    only a sentence before it told (:data:`_SAID_BEFORE_RE`), or None; not when the noun was written before it in
    the sentence ("He voiced concerns ... and dismissed such concerns"), nor after an ordinal or a superlative.
    Over every sentence of the six sets (83,627) it reads 11: 9 lean ("such optimism", "such concerns", "such
    remarks", "such claims", "such criticism", "any such move", ...); "in such demand they've started ..." ("such
    ... that" without "that") and "the longest such deal" did not, the second now left out, the first gone with
    the singular "demand"."""
    outside = outside_quotes(text)
    for m in _SAID_BEFORE_RE.finditer(outside):
        noun = m.group("noun")
        if re.search(r"\b" + re.escape(noun.rstrip("s")[:6]), outside[: m.start()], re.IGNORECASE):
            continue
        if _RANKED_BEFORE_RE.search(outside[: m.start()]):
            continue  # "the longest such deal since the 1950s": a kind, ranked, not a thing told before
        return m.group(0)
    return None


#: Nouns a reader resolves from the story alone after "The" ("The government, meanwhile, announced ...", "The police
#: conducted a raid ..."): the story's institutions, as the summary's test for a leading description of a person
#: leaves out "The president", "The company", "The police" (:data:`~newsbrief.rewrite.PERSON_NOUNS`).
_STORY_INSTITUTIONS = ("government|administration|army|military|police|authorities|president|company|economy|"
                       "country|world|public")
#: A verb (or an adverb before one) right after a leading definite noun phrase: the phrase is the subject, with
#: nothing after it that makes it specific (no "of ...", "whether ...", "that ...").
#: (A word in -ed right after the noun and before a preposition is a participle that makes the phrase specific: "The
#: man accused of spreading ...", "The information provided by Jim Hall ..."; after an adverb it is the verb: "The
#: protesters eventually backtracked to ...".)
_SUBJECT_VERB = (r"(?:(?:also|still|now|then|already|just|never|only|actually|eventually|[a-z]+ly)\s+[a-z]{2,}ed|"
                 r"(?:(?:also|still|now|then|already|just|never|only|actually|[a-z]+ly)\s+)?"
                 r"(?:was|is|were|are|has|had|have|will|would|could|can|may|might|must|should|did|does|do|"
                 r"[a-z]{2,}ed(?!\s+(?:by|of|in|on|at|for|from|with|to|as)\b)|[a-z]+n['’]t|said|says|came|comes|"
                 r"made|makes|took|takes|began|found|left|won|lost|went|goes|got|held|holds|gave|gives|saw|ran|told|"
                 r"met|shows|remains|seems|appears|includes|increases|represents|stands|lies|looks|means|becomes|"
                 r"became|needs|wants|calls|runs|sees|keeps|kept|brought|sent|led|spent|stood|fell|rose|grew))")
#: "The legislative scrutiny, however, doesn't appear to ...", "The club issued a statement ...", "The slogans are
#: against the politicians ...", "The ministers added that ...": a sentence opening on "The", up to three words in
#: lower case and their verb (or a comma): what the phrase stands for was named in a sentence the view does not
#: show. The summary's own tests read this shape for a closed list of nouns (an act, a document, a finding:
#: :data:`~newsbrief.rewrite.LEADING_DEFINITE_RE`; a person: :data:`~newsbrief.rewrite.LEADING_PERSON_DESCRIPTION_RE`),
#: because a summary sentence follows others that may name it; a detail stands alone, so any noun counts. A name in
#: the phrase ("The Nebraska moratorium drive"), a superlative, "average", "maximum" or "minimum" ("The deadliest
#: attack", "The average car", "The maximum individual donation") or what follows the noun ("The death toll from the
#: attacks", "The decision whether to ...") makes it specific. On the tuning half's pool of
#: ``tests/labels/single_details.tsv`` (candidates the other tests leave): 11 such sentences, 10 wrong (5 leaning on an unshown sentence, 4 off the story, one reported elsewhere) and one
#: right ("The deferments allowed Mr. Blumenthal to ..."); on 14 unlabelled clusters it took 19 shown items, 18 of
#: them wrong (docs/analysis-labels.md, "Single-outlet details a reader trusts (issue 11, det48)").
_BARE_FUNCTION = (r"(?!(?:the|a|an|of|to|in|on|at|for|with|by|from|whether|that|which|who|whom|whose|and|or|but|as|"
                  r"than|after|before|about|over|under|into|its|their|his|her|most|average|maximum|minimum|typical|"
                  r"first|last|only|next|whole|entire|same|other|" + _STORY_INSTITUTIONS + r")\b)")
_LEADING_BARE_DEFINITE_RE = re.compile(
    r"^The\s+(?P<mods>(?:" + _BARE_FUNCTION + r"[a-z][\w-]*\s+){0,3}?)(?P<head>" + _BARE_FUNCTION + r"[a-z][\w-]*)"
    r"(?=\s*,|\s+" + _SUBJECT_VERB + r"\b)")


def bare_definite_subject(text: str) -> str | None:
    """The leading definite phrase of ``text`` that stands for something named in an unshown sentence
    (:data:`_LEADING_BARE_DEFINITE_RE`), or None."""
    m = _LEADING_BARE_DEFINITE_RE.match(text)
    if not m or any(re.fullmatch(r"[a-z]+est", w) for w in m.group("mods").split()):
        return None  # ("The deadliest attack was on the Bataclan")
    if text[m.end():].lstrip().startswith(","):
        aside = text[m.end():].lstrip()[1:].split(",")[0]
        if re.search(r"\b[A-Z]", aside):
            return None  # an aside that names it: "The third attacker, identified as Bilal Hadfi, ..."
    return m.group(0)


#: A pronoun that stands for a person.
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)


def person_unnamed(s: Sent) -> bool:
    """Does ``s`` speak of a person by pronoun, outside quotations, before naming anyone (``s.mentions``: its
    entities)? "At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the
    audience", "One is now sterile because her hormonal balance was disrupted": who it is was in a sentence the view
    does not show (the summary's :func:`~newsbrief.rewrite.dangling_reason` takes a capitalized word before the
    pronoun for a name)."""
    quoted = [(m.start(), m.end()) for m in QUOTED_RE.finditer(s.text)]
    first_person = min((m.start for m in s.mentions if m.label == "PERSON"), default=len(s.text))
    return any(not any(a <= m.start() < b for a, b in quoted)
               for m in _PERSON_PRONOUN_RE.finditer(s.text, 0, first_person))


#: A page of which at least this share of the sentences (and :data:`FIRST_PERSON_PAGE_MIN` or more) speaks in the
#: writer's first or second person outside quotations (:func:`~newsbrief._patterns.writer_voice`) is a letter, a
#: column or a page of quotes, not a report: its third-person lines are the letter's too (a charity's appeal beside
#: a climber's story: "Board member ... Steve Mock and his wife Jan are headed over to Phortse"), so none is shown
#: as a detail. On the 24 scored clusters of ``tests/labels/single_details.tsv`` (222 outlets) four pages reach it:
#: two of the 48 labelled outlets (45% and 31% of their sentences; that charity's appeal and a page of Emmy winners'
#: quotes, 92 candidates, none right), and two gardening columns of readers' letters in DUC 2006 D0611B (36%, 28%).
#: The next highest share is 25% of 4 or 8 sentences (short ECB+ articles: "We've got an Oscar host!", a quotation
#: split from its marks; under the minimum), then 22% (17 of 76: a writer's memoir of the Boulevard Voltaire beside
#: reports of the Paris attacks, left to the per-sentence test).
FIRST_PERSON_PAGE_SHARE = 0.25
FIRST_PERSON_PAGE_MIN = 3


def first_person_page(src: Source) -> bool:
    """Is ``src``'s page a letter, column or page of quotes (:data:`FIRST_PERSON_PAGE_SHARE`)?"""
    sents = src.article.sentences
    voiced = sum(1 for s in sents if writer_voice(s.text))
    return voiced >= FIRST_PERSON_PAGE_MIN and voiced >= FIRST_PERSON_PAGE_SHARE * len(sents)


#: The line a signed column, essay or review ends on, giving its writer's post: "(Bill Thompson is a columnist for
#: the Fort Worth Star-Telegram. ...", "Tom Teepen is national correspondent for Cox Newspapers.", "(Carl Zimmer is
#: a senior editor of Discover.)", "John Young is opinion page editor of the Waco Tribune-Herald." A report names its
#: reporter in a byline, not so. Read over the four summarization sets, WikiRef220, BASIL and ECB+ (det27): 17 such
#: lines, all on columns, essays, reviews or a digest of columns; none on a report.
COLUMN_TAGLINE_RE = re.compile(
    r"^\W{0,2}[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},?\s+is\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:columnist|correspondent|commentator|contributor|writer|editor)\s+(?:for|of|with|at)\s+(?:[Tt]he\s+)?[A-Z]")
#: The tagline is one of the page's last sentences (or its first: a magazine's note above the text).
COLUMN_TAGLINE_LAST = 4


def column_page(src: Source) -> bool:
    """Is ``src``'s page a signed column, essay or review (:data:`COLUMN_TAGLINE_RE` in its first sentence, in one of
    its last :data:`COLUMN_TAGLINE_LAST`, or in a line cleaning removed)? Its lines are the writer's argument, in the third person as often as
    not ("Students in Kansas are left with little to learn in biology but the names of plants and animals _
    toddler stuff.", "Monica and Bill: two self-deluding, self-absorbed, self-indulgent brats ..."): none is shown
    as a detail, as a page in the writer's first person (:func:`first_person_page`)."""
    sents = src.article.sentences
    ends = [s.text for s in sents[:1] + sents[-COLUMN_TAGLINE_LAST:]]
    # (cleaning takes most taglines off as page text, "... You can contact him at (817) 390-7787": they are read
    # among the removed lines)
    return any(COLUMN_TAGLINE_RE.match(t) for t in ends + list(src.article.removed))


def budget_page(src: Source) -> bool:
    """Is ``src``'s page a news service's budget (:func:`newsbrief.clean.budget_note`, the reader's one test)? Its
    lines are other stories' summaries, its header the service's ("The Seattle Post-Intelligencer plans to move the
    following for clients of ..."): none is a detail of the story, even the one of its items the cluster is about (a
    teaser of a story told elsewhere). Read pages leave budgets out already; this holds for a budget given with
    ``ingest.skip_page_notes`` off."""
    from ..clean import budget_note

    return budget_note(src.article.raw_text or src.article.text) is not None


def second_story_at(src: Source) -> int | None:
    """The index of the sentence where a second story starts on ``src``'s page, or None: an article that opens on
    a wire dateline ("BOSTON (AP) -- Who knew sex could be ...") and has another one further on ("HAYS, Kan. (AP) --
    A smaller wheat crop ...") carries two stories, a wire's digest; what follows the second dateline is not the
    story the cluster is about. Read on the unlabelled DUC 2006 collection (1,250 articles): 5 articles open on a
    dateline and hold another, and in all 5 what follows is another story (Kansas wheat after cranberry pests, a
    Guatemalan court after Venezuela's politics, a stegosaurus after Prozac). A page that opens on a caption and
    then the wire's dateline (16 Multi-News pages) is one story: no dateline opens it."""
    sents = src.article.sentences
    if not sents or not DATELINE_AGENCY_RE.match(sents[0].text):
        return None
    return next((s.index for s in sents[1:] if DATELINE_AGENCY_RE.match(s.text)), None)


#: Kinds of names that make a quotation's speaker known: a person, an organization, a place's government, a group.
_SPEAKER_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))


def speaker_unnamed(s: Sent) -> bool:
    """Is ``s`` mostly a quotation (half its characters or more inside quotation marks, :data:`QUOTED_RE`) whose
    speaker it does not name outside them (no person, organization, place or group among ``s.mentions`` there)?
    "``It stinks,'' said a customer", "'This is the only way for the country to move forward,' he said": a
    reaction, or a statement whose speaker was named in a sentence the view does not show. On the tuning half of
    ``tests/labels/single_details.tsv`` 18 candidates are such quotations, 17 wrong (15 leaning on an unshown
    sentence, one reaction, one reported elsewhere) and one right (a crowd's slogan: 'People demand "Give the
    Stolen Money Back"'); 10 of the 12 mostly-quoted candidates whose speaker is named are right."""
    text = s.text
    quoted = [(m.start(), m.end()) for m in QUOTED_RE.finditer(text)]
    if 2 * sum(b - a for a, b in quoted) < len(text):
        return False
    return not any(m.label in _SPEAKER_LABELS and not any(a <= m.start < b for a, b in quoted) for m in s.mentions)


#: A quotation opening a sentence with at most this many words, and no name or figure in them, is a reaction.
REACTION_QUOTE_WORDS = 10


def reaction_quote(s: Sent, max_words: int = REACTION_QUOTE_WORDS) -> bool:
    """Does ``s`` open on a short quotation (:data:`REACTION_QUOTE_WORDS` words or fewer in quotation marks) with no
    name and no figure in it? "'It stinks,' said Fleet customer Mirna Nevas", "'I believed that,' he said in
    testimony": a feeling or a line that leans on the story around it, no fact of its own. On the tuning half's
    pool of ``tests/labels/single_details.tsv``: 8 such candidates, 7 wrong (6 leaning on an unshown sentence, one
    reaction) and one right (an economist's "It looks like we've avoided the worst-case scenario")."""
    text = s.text.lstrip()
    if not (text[:1] in "\"“‘`" or text.startswith("''")):
        return False
    offset = len(s.text) - len(text)
    quoted = [(m.start() + offset, m.end() + offset) for m in QUOTED_RE.finditer(text)]
    inside = " ".join(s.text[a:b] for a, b in quoted)
    return (len(inside.split()) <= max_words and not re.search(r"\d", inside)
            and not any(a <= m.start < b for a, b in quoted for m in s.mentions))


#: A quotation of at least this many words that opens a sentence and is followed by who said it makes the sentence a
#: direct quote whatever the rest of it says.
DIRECT_QUOTE_OPENING_WORDS = 3

_SPEECH_VERB = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len, reverse=True))
#: What follows a quotation opening a sentence when it says who said it: at most six words, then a speech verb
#: ('," Santorum said, suggesting ...', '," said Air Chief Marshal ...', '," the study's lead author, X, said').
_SPEECH_VERB_RE = re.compile(r"\b(?:" + _SPEECH_VERB + r")\b")
_ATTRIBUTION_AFTER_RE = re.compile(r"^[\s,:;—–-]*(?:[^\s.!?;:\"“”]+\s+){0,6}?(?:" + _SPEECH_VERB + r")\b")


def direct_quote(text: str) -> bool:
    """Is ``text`` (a sentence) a direct quote, someone's own words rather than the writer's statement of a fact?
    Either half its words or more are inside quotation marks (:data:`QUOTED_RE`) and what is outside them is
    nothing or has a speech verb ('"I think it's time in our politics that we get rid of this mindset ...," Gibbs
    said.', 'Hall said Friday that "no decision has been reached ..."'), or it opens on a quotation of
    :data:`DIRECT_QUOTE_OPENING_WORDS` words or more followed by who said it ('"I was talking about the radical
    environmentalists," Santorum said, suggesting that they believe man should protect the earth ...'). A fact with
    a quoted phrase in it ('DOB inspectors determined it could "safely remain in operation."', 4 of 10 words) is
    not, nor is a fact that quotes a document without anyone speaking ('The letter was signed and dated: "Adolf
    Eichmann Jerusalem, May 29, 1962."'); a wire dateline is not counted."""
    from ..rewrite import strip_dateline

    text = strip_dateline(" ".join(text.split()))
    quoted = [m.group() for m in QUOTED_RE.finditer(text)]
    if not quoted:
        return False
    if 2 * sum(len(q.split()) for q in quoted) >= len(text.split()):
        outside = QUOTED_RE.sub(" ", text)
        return not re.search(r"[^\W\d_]", outside) or _SPEECH_VERB_RE.search(outside) is not None
    first = QUOTED_RE.match(text)
    return (first is not None and len(first.group().split()) >= DIRECT_QUOTE_OPENING_WORDS
            and _ATTRIBUTION_AFTER_RE.match(text[first.end():]) is not None)


def quotes_apart(units: list[Unit], groups: list[QuoteGroup]) -> tuple[list[Unit], list[list[int]]]:
    """The units that state facts, and the quote groups (indices in ``groups``) that carry one quote: a unit other
    than the main event is one speaker's quote when each of its sentences is a direct quote (:func:`direct_quote`)
    holding a quote that the quote analysis gives to that one speaker (:func:`~.quotes.speaker_key`) and that is
    the quote its first sentence holds (one group, or :func:`~.quotes.loosely_same_quote`). The quotes section
    shows it with its speaker and, those groups joined (:func:`~.quotes.joined`), every outlet that carries it; as
    an item of "Reported by most outlets" it was a second telling of what the event's sentence reports ('"I was
    talking about the radical environmentalists," Santorum said' beside "Rick Santorum said Sunday he wasn't
    questioning whether President Obama is a Christian ...", a duplicate by the labels) or a reaction. A unit stays
    when one of its sentences is not such a quote (another outlet's reported speech, a title in quotation marks)
    or holds another line of the speaker than the first's. On the 61 clusters with an agreement label it takes 33
    of 347 items, 2 of them labelled duplicates and none a labelled event (precision 33/38 -> 33/36); over 420
    clusters of five datasets 292 of 2,507, of which 62 read: 59 a speaker's quote, 3 a document's words."""
    said: dict[int, list[tuple[int, Quote]]] = {}  # sentence -> (group, quote) of the quotes that start in it
    for gi, g in enumerate(groups):
        for q in g.quotes:
            said.setdefault(id(q.sent), []).append((gi, q))
    kept: list[Unit] = []
    together: list[list[int]] = []
    for u in units:
        if u.main or not all(said.get(id(s)) and direct_quote(s.text) for s in u.sents):
            kept.append(u)
            continue
        first = said[id(u.sents[0])]
        join: set[int] = set()
        for s in u.sents[1:]:
            same = [(g0, gi) for g0, q0 in first for gi, q in said[id(s)] if g0 == gi or loosely_same_quote(q0, q)]
            if not same:
                break
            join.update(g for pair in same for g in pair)
        else:
            speakers = {speaker_key(groups[gi]) for gi in join}
            if len(speakers) == 1 and None not in speakers:
                together.append(sorted(join))
                continue
        kept.append(u)
    return kept, together


def details(single: list[Sent], sources: list[Source],
            per_outlet: int = _DEFAULTS.details_per_outlet) -> dict[int, list[Sent]]:
    """The most specific single-outlet sentences of each outlet: one of each wording (a page that prints a
    sentence twice, as a teaser and in its text, shows it once), none that holds a web address (a player's or
    tracker's links glued to a caption read as a sentence of many names and numbers) or has no word in lower case
    (a photo credit over a gallery's heading: "Bauer-Griffin Bauer-Griffin PopScene: Weeks Hottest Pics") or is a
    picture's caption (:func:`~newsbrief._patterns.is_caption_sentence`: "Brian Kelley, center left, and ..."), and
    none that does not read on its own (:func:`unreadable_alone`, :func:`person_unnamed`, :func:`speaker_unnamed`,
    :func:`reaction_quote`); none of a page in the writer's first person (:func:`first_person_page`), of a signed
    column (:func:`column_page`) or of a news service's budget (:func:`budget_page`), and none of a second story on
    the page (:func:`second_story_at`)."""
    out: dict[int, list[Sent]] = {}
    for src in sources:
        if (not any(s.source.n == src.n for s in single) or first_person_page(src) or column_page(src)
                or budget_page(src)):
            out[src.n] = []
            continue
        seen: set[str] = set()
        mine = []
        second = second_story_at(src)
        for s in single:
            if s.source.n != src.n:
                continue  # (another outlet's: its key is not made for each outlet, perf62)
            key = " ".join(s.text.split()).lower()
            if (key not in seen and (second is None or s.index < second) and not WEB_ADDRESS_RE.search(s.text)
                    and any(w[:1].islower() for w in s.text.split())  # (all capitalized: a caption or heading)
                    and not is_caption_sentence(s.text)  # (a picture's caption: the reader sees no picture)
                    and not unreadable_alone(" ".join(s.text.split())) and not person_unnamed(s)
                    and not speaker_unnamed(s) and not reaction_quote(s)):
                seen.add(key)
                mine.append(s)
        scored = []
        for s in mine:
            ents = {m.entity.id for m in s.mentions if m.entity is not None and m.label != "NORP"}
            nums = len(re.findall(r"\d", s.text)) > 0
            score = len(ents) + (1.5 if nums else 0)
            if score > 0:
                scored.append((score, -s.index, s))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        out[src.n] = sorted((s for _, _, s in scored[:per_outlet]), key=lambda s: s.index)
    return out


# -- differing claims -----------------------------------------------------------------


def _runs(s: Sent) -> list[list[Mention]]:
    """Runs of entity mentions forming a list ("Egypt, the UAE, France and Russia")."""
    ms = [m for m in s.mentions if m.entity is not None and m.entity.label not in ("NORP",)]
    runs: list[list[Mention]] = []
    for m in ms:
        if runs:
            last = runs[-1][-1]
            gap = s.text[last.end : m.start]
            if last.end <= m.start and _LIST_SEP_RE.match(gap) and _kind(last) == _kind(m):
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _kind(m: Mention) -> str:
    return "person" if m.entity.label == "PERSON" else "other"


def _cue(text: str) -> str | None:
    for w in re.findall(r"[A-Za-z]+", text):
        st = stem(w.lower())
        for cue in LIST_RELATION_CUES:
            if st == cue or (len(cue) >= 4 and st.startswith(cue)):
                return RELATION_SYNONYMS.get(cue, cue)
    return None


#: A preposition of place right before a list: the list says where something is or happened, not who did it.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|across|throughout|inside|outside|within)\s+(?:the\s+)?$", re.I)


def claims(sents: list[Sent]) -> list[Claim]:
    out = []
    for s in sents:
        if not s.mentions:
            continue
        text = s.text
        for run in _runs(s):
            items = []
            for m in run:
                if m.entity not in items:
                    items.append(m.entity)
            a, b = run[0].start, run[-1].end
            pre = text[max(0, a - 40) : a]
            if _PLACE_BEFORE_RE.search(pre):
                continue  # where, not who: "the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed"
            post = text[b : b + 40]
            pre_clause = re.split(r"[;:]|,\s*(?:while|but|whereas)\b", pre)[-1]
            passive = re.search(r"\b(?:by|from)\s*(?:the\s+)?$", pre_clause)
            rel, target = None, None
            if passive:
                last = re.findall(r"[A-Za-z]+", pre_clause)
                rel = _cue(last[-2]) if len(last) >= 2 else None  # the word before "by"
                if rel:
                    cue_at = a - len(pre_clause)
                    before = [m for m in s.mentions if m.entity is not None and m.end <= cue_at + len(pre_clause) - 1
                              and m.end <= a and m not in run and m.entity not in items]
                    target = before[-1].entity if before else None
            if rel is None and not post.startswith("-"):  # "UN-backed" describes, it lists nothing
                post_rel = re.sub(r"^\s*,?\s*(?:which|that|who)?\s*(?:(?:has|have|had)\s+)?(?:also\s+)?", "", post)
                first = re.match(r"^([A-Za-z]+)(?:\s+(by|from))?", post_rel)
                if first and not first.group(2):  # "X, which is backed by ...": X is another list's target
                    rel = _cue(first.group(1))
                    if rel:
                        after = [m for m in s.mentions if m.entity is not None and b <= m.start <= b + 40
                                 and m.entity not in items]
                        target = after[0].entity if after else None
            if rel is None:
                continue
            if target is not None and (target.label not in ("PERSON", "ORG", "GPE") or target in items):
                target = None
            if target is None and len(items) < 2:
                continue
            out.append(Claim(rel, target, items, s))
    return out


def _lists_that_meet(per: dict[int, set[str]], family: dict[int, str]) -> bool:
    """Do two sources of different wire families each list two or more entities, sharing one? Only then do their
    lists answer one question differently ("backed by Russia, the UAE and Egypt" / "by Egypt, the UAE, France and
    Russia"). One name each is no list: two IOC members "from Cameroon" and "from the Republic of Congo", the
    Marine Corps named twice over, a PAC and a donor who "backed Trump" (read on the four summarization sets: all
    six differences shown were of these kinds)."""
    lists = [(n, items) for n, items in per.items() if len(items) >= 2]
    return any(family[a] != family[b] and items_a & items_b
               for k, (a, items_a) in enumerate(lists) for b, items_b in lists[k + 1:])


def differences(all_claims: list[Claim], same_point_overlap: float = _DEFAULTS.same_point_overlap) -> list[Difference]:
    """Claims about the same point grouped; kept when outlets list different entities and two of them list two or
    more that meet (:func:`_lists_that_meet`)."""
    n = len(all_claims)
    same_point = []
    for i in range(n):
        for j in range(i + 1, n):
            a, b = all_claims[i], all_claims[j]
            if a.relation != b.relation:
                continue
            sa, sb = {e.id for e in a.items}, {e.id for e in b.items}
            same_target = a.target is not None and b.target is not None and a.target.id == b.target.id
            overlap = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
            if (same_target and not (a.target.id in sb or b.target.id in sa)) or (
                    min(len(sa), len(sb)) >= 2 and overlap >= same_point_overlap):
                same_point.append((i, j))
    out = []
    for comp in components(n, same_point):
        cs = [all_claims[i] for i in comp]
        srcs = {c.sent.source.n for c in cs}
        if len(srcs) < 2:
            continue
        per: dict[int, set[str]] = {}
        family: dict[int, str] = {}
        for c in cs:
            per.setdefault(c.sent.source.n, set()).update(e.id for e in c.items)
            family[c.sent.source.n] = c.sent.source.counted_family
        if len({frozenset(v) for v in per.values()}) < 2 or not _lists_that_meet(per, family):
            continue
        targets = []
        for c in cs:
            if c.target is not None and c.target.name not in targets:
                targets.append(c.target.name)
        out.append(Difference(cs[0].relation, targets, sorted(cs, key=lambda c: (c.sent.source.n, c.sent.index))))
    out.sort(key=lambda d: -len({c.sent.source.n for c in d.claims}))
    return out
