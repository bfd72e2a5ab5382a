"""Quotes: direct quotes, who said them, and which outlets carry each one.

Quotes are paired per paragraph (straight or curly marks), so a quote may span
sentences. The speaker comes from the text around the quote, in this order:

1. after it: ``"...," X said`` / ``"...," said X`` / ``"..." X was quoted as
   saying`` / ``"...," he said`` (pronoun) / ``"...," LANA reported``;
2. before it: ``X said: "..."`` / ``He said Russia ... "are working ..."``;
3. ``according to X`` when no speech verb names anyone.

"he"/"she" resolve to the nearest person mentioned before the quote in the
same article. Speakers are canonical entities when the name is one.
The same quote in several outlets is matched on content stems (containment,
so "[agreement]" insertions, quote styles and punctuation do not matter).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..features import content_terms, tokens
from ._cues import (
    BRACKET_RE,
    CLOSING_QUOTES,
    MIN_QUOTE_WORDS,
    NOMINAL_SPEAKER_RE,
    OPENING_QUOTES,
    PRONOUNS,
    SPEECH_VERBS,
    WIRE_QUOTES,
)
from ._doc import Mention, Sent, Source, cite_dict, outlets_of

#: Share of the shorter quote's content stems found in the longer one for
#: two quotes to be the same quote (partial quotes of a longer one match).
SAME_QUOTE_CONTAINMENT = 0.8
#: Quotes with fewer content stems are not matched across outlets (too generic).
MIN_MATCH_TERMS = 3
#: How far after/before a quote an attribution is looked for, in characters.
AFTER_WINDOW = 120
BEFORE_WINDOW = 160

_QUOTE_MARK_RE = re.compile("|".join([*map(re.escape, WIRE_QUOTES),
                                     "[" + re.escape('"' + OPENING_QUOTES + CLOSING_QUOTES) + "]"]))
_VERB_RE = re.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b", re.I)
_ACCORDING_RE = re.compile(r"\baccording to\b", re.I)
_BARE_NAME_RE = re.compile(r"^[\s,]*([A-Z][\w.\-']+(?:\s+[A-Z][\w.\-']+){0,3})\s*(?:was\s+|has\s+|had\s+)?$")
_PRONOUN_RE = re.compile(r"\b(" + "|".join(sorted(PRONOUNS)) + r")\b", re.I)


@dataclass
class Quote:
    """One direct quote in one article."""

    sent: Sent = field(repr=False)
    text: str
    speaker: str | None
    entity: Any = None
    how: str = ""  # "after", "before", "according to", "pronoun"
    terms: frozenset = frozenset()


@dataclass
class QuoteGroup:
    """The same quote as carried by one or more outlets."""

    quotes: list[Quote]

    @property
    def text(self) -> str:
        return max((q.text for q in self.quotes), key=len)

    @property
    def speaker(self) -> tuple[str | None, Any]:
        ents = Counter(q.entity.id for q in self.quotes if q.entity is not None)
        if ents:
            eid = ents.most_common(1)[0][0]
            ent = next(q.entity for q in self.quotes if q.entity is not None and q.entity.id == eid)
            return ent.name, ent
        names = Counter(q.speaker for q in self.quotes if q.speaker)
        return (names.most_common(1)[0][0] if names else None), None

    @property
    def sources(self) -> list[Source]:
        return outlets_of([q.sent for q in self.quotes])

    def to_dict(self) -> dict[str, Any]:
        name, ent = self.speaker
        return {
            "text": self.text,
            "speaker": name,
            "speaker_id": ent.id if ent is not None else None,
            "sources": [s.n for s in self.sources],
            "outlets": [s.label for s in self.sources],
            "versions": [
                {"text": q.text, "speaker": q.speaker, "attribution": q.how, **cite_dict(q.sent.cite(), q.sent.source.n)}
                for q in self.quotes
            ],
        }


def _quote_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of quoted text (without the marks), paired per paragraph.
    Marks: straight, curly, guillemets, and the ``...'' of wire copy."""
    spans = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", body):
        open_at = None
        for m in _QUOTE_MARK_RE.finditer(para.group(0)):
            ch, pos = m.group(0), para.start() + m.start()
            ch = WIRE_QUOTES.get(ch, ch)
            if open_at is None:
                if ch in CLOSING_QUOTES and ch != "»":
                    continue
                open_at = pos + len(m.group(0))
            elif ch in OPENING_QUOTES:
                open_at = pos + len(m.group(0))  # a new opener: the previous one was stray
            else:
                spans.append((open_at, pos))
                open_at = None
    return spans


def _nearest_person(sents_by_article: list[Sent], before: int, sent_pos: int, art_sents: list[Sent]) -> Mention | None:
    """The last person mentioned before body offset ``before`` in the article."""
    for s in reversed(art_sents[: sent_pos + 1]):
        base = s.sentence.start
        for m in reversed(s.mentions):
            if base + m.end <= before and m.entity is not None and m.entity.label == "PERSON":
                return m
    return None


def _mentions_in(s: Sent, lo: int, hi: int) -> list[Mention]:
    base = s.sentence.start
    return [m for m in s.mentions if m.entity is not None and lo <= base + m.start and base + m.end <= hi]


def _pick(ms: list[Mention], last: bool = False) -> Mention | None:
    people = [m for m in ms if m.entity.label == "PERSON"]
    pool = people or [m for m in ms if m.entity.label in ("ORG", "GPE")]
    if not pool:
        return None
    return pool[-1] if last else pool[0]


def extract(sents: list[Sent]) -> list[Quote]:
    """Every direct quote of at least :data:`MIN_QUOTE_WORDS` words, with its speaker."""
    by_article: dict[str, list[Sent]] = {}
    for s in sents:
        by_article.setdefault(s.sentence.article_id, []).append(s)
    out: list[Quote] = []
    for art_sents in by_article.values():
        body = art_sents[0].sentence.article.body
        starts = [s.sentence.start for s in art_sents]
        for qs, qe in _quote_spans(body):
            text = " ".join(body[qs:qe].split()).strip()
            if len(tokens(BRACKET_RE.sub(" ", text))) < MIN_QUOTE_WORDS:
                continue
            pos = _index(starts, qs)
            end_pos = _index(starts, qe)
            if pos is None or end_pos is None:
                continue
            s, se = art_sents[pos], art_sents[end_pos]
            speaker, ent, how = _attribute(body, qs, qe, s, se, art_sents, pos, end_pos)
            out.append(Quote(s, text.strip(" ,"), speaker, ent, how, frozenset(_match_terms(text))))
    return out


def _index(starts: list[int], offset: int) -> int | None:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def _attribute(body, qs, qe, s, se, art_sents, pos, end_pos):
    # 1. after the quote, within its sentence
    send = se.sentence.end
    close_len = 2 if body.startswith("''", qe) else 1
    after_lo, after_hi = qe + close_len, min(send, qe + close_len + AFTER_WINDOW)
    after = body[after_lo:after_hi]
    v = _VERB_RE.search(after)
    if v and v.group(1).lower() != "according" and v.start() < 70:
        between_hi = after_lo + v.start()
        ms = _mentions_in(se, after_lo, between_hi)
        m = _pick(ms)
        if m is not None:
            return m.entity.name, m.entity, "after"
        between = body[after_lo:between_hi]
        if _PRONOUN_RE.search(between):
            p = _nearest_person(art_sents, qs - 1, pos, art_sents)
            if p is not None:
                return p.entity.name, p.entity, "pronoun"
        if not re.search(r"[A-Za-z]", between):  # "...," said X
            ms = _mentions_in(se, after_lo + v.end(), min(after_hi, after_lo + v.end() + 60))
            m = _pick(ms)
            if m is not None:
                return m.entity.name, m.entity, "after"
            nom = NOMINAL_SPEAKER_RE.search(body[after_lo + v.end() : after_hi])
            if nom:
                return nom.group(0), None, "after"
        nom = NOMINAL_SPEAKER_RE.search(between)
        if nom:
            return nom.group(0), None, "after"
        bare = _BARE_NAME_RE.match(between)
        if bare:  # a name NER missed: '"...," LANA reported.'
            return bare.group(1), None, "after"
    # 2. before the quote, within its sentence
    sstart = s.sentence.start
    open_len = 2 if body[max(0, qs - 2) : qs] == "``" else 1
    before_lo = max(sstart, qs - open_len - BEFORE_WINDOW)
    before = body[before_lo : qs - open_len]
    verbs = [m for m in _VERB_RE.finditer(before) if m.group(1).lower() != "according"]
    if verbs:
        v = verbs[-1]
        vpos = before_lo + v.start()
        clause_lo = before_lo + max((x.end() for x in re.finditer(r"[;:.]\s|\bbut\b|\bwhile\b", body[before_lo:vpos])),
                                    default=0)
        ms = _mentions_in(s, clause_lo, vpos)
        m = _pick(ms)  # the clause's subject: its first person
        if m is not None:
            return m.entity.name, m.entity, "before"
        if _PRONOUN_RE.search(body[max(before_lo, vpos - 12) : vpos]):
            p = _nearest_person(art_sents, qs - 1, pos, art_sents)
            if p is not None:
                return p.entity.name, p.entity, "pronoun"
        nom = NOMINAL_SPEAKER_RE.search(body[before_lo:vpos])
        if nom:
            return nom.group(0), None, "before"
    # 3. according to X
    for lo, hi, sent in ((after_lo, min(send, after_lo + AFTER_WINDOW), se), (before_lo, qs - 1, s)):
        acc = _ACCORDING_RE.search(body, lo, hi)
        if acc:
            m = _pick(_mentions_in(sent, acc.end(), min(hi, acc.end() + 60)))
            if m is not None:
                return m.entity.name, m.entity, "according to"
    return None, None, ""


def _match_terms(text: str) -> list[str]:
    return content_terms(BRACKET_RE.sub(" ", text))


def same_quote(a: Quote, b: Quote) -> bool:
    small, big = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    if len(small) < MIN_MATCH_TERMS:
        return False
    return len(small & big) / len(small) >= SAME_QUOTE_CONTAINMENT


def group(quotes: list[Quote]) -> list[QuoteGroup]:
    """Quotes grouped across outlets; most widely carried first."""
    groups: list[list[Quote]] = []
    for q in quotes:
        for g in groups:
            if any(same_quote(q, x) for x in g):
                g.append(q)
                break
        else:
            groups.append([q])
    out = [QuoteGroup(g) for g in groups]
    out.sort(key=lambda g: (-len(g.sources), g.quotes[0].sent.source.n, g.quotes[0].sent.index))
    return out
