"""Names the quote rules read after repairing what the cluster's entities say of them (issue 11, spk140;
docs/analysis-labels.md "Speakers: blind-speakers89's classes ...").

- :func:`given_name_relinked`: two people of an article share a surname (a wife and her husband, a mother and her
  son), and the article, as news style asks, calls one of them by the given name alone ("Diane Rehm and her husband
  John ...", "John was very frail", "beside John's bed") and the other by the bare surname ("Rehm said"). The
  cluster's entities may still link the bare surname to the relative's entity (its mentions are more), so every rule
  reading "Rehm" as a person read the husband. The bare surname's mentions are given to the bearer the article never
  calls by the given name alone.

- :func:`unseen_people`: a person the small NER model never types in any sentence of the cluster (blind-speakers89's
  Amber Sherlock: none of her 30 mentions, "Amber Sherlock", "Sherlock", "Amber", was an entity), though the text
  names her in full ("news reader Amber Sherlock") and has her speak by a word of that name ("Amber said",
  "continued Amber", "snapped back Sherlock"): she is read as a person, her full name and each of its words alone
  as her mentions, so the rules that read a speaker's name, "she" and the carried turns see her.

The quote rules alone read these repaired sentences; the entities themselves are left as the cluster merged them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from ._cues import FEMALE_NAMES, MALE_NAMES, SPEECH_VERBS
from ._doc import Entity
from ._given_names import listed_given_name_gender
from ._lone_name_person import _with


def _in_spans(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` of the body lies inside one of ``spans`` (start-sorted quote spans)."""
    i = bisect.bisect_right(spans, (lo, 1 << 60)) - 1
    return i >= 0 and spans[i][0] <= lo and hi <= spans[i][1]


#: A courtesy title right before a word, or "the" and a modifier ("the younger Goodlatte"): who the word names is
#: the title's business ("Mr. Rehm").
_TITLE_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Prof|Rev|Judge|Sir|Lady|Lord)\.?\s+$"
                             # "the younger Goodlatte": the text says which bearer itself
                             r"|\b[Tt]he\s+(?:[a-z]+\s+)?$")


def given_name_relinked(art_sents: list[Any], body: str, spans: list[tuple[int, int]]
                        ) -> tuple[list[Any], dict[str, Any]]:
    """``art_sents`` (one article's Sents) with the bare-surname mentions of a relative the article calls by the
    given name moved to the other bearer of the surname: exactly two PERSON entities the article names in full
    (outside quotes) with the same last word, one of them (the relative) written in the narration by the given name
    alone (the name's first word, no capitalized word after it, outside every quote span ``spans``) and the other
    never so written; each one-word mention of the surname (a possessive "Rehm's" too) that the relative's entity
    holds, outside quotes and with no courtesy title or "the younger" before it, is given to the other bearer. A
    sentence holding none is the same object. Anything else (one bearer, three, both or neither called by the given
    name, a given name both bear) leaves the sentences as they are. Also returned: each relative's entity id -> the
    other bearer (the bare surname is never the relative's in this article)."""
    full: dict[str, dict[str, Any]] = {}  # surname -> entity id -> entity, named in full outside quotes
    for s in art_sents:
        for m in s.mentions:
            e = m.entity
            words = m.text.split()
            if e is None or e.label != "PERSON" or len(words) < 2 or len(e.name.split()) < 2:
                continue
            at = s.sentence.start + m.start
            if _in_spans(spans, at, at + len(m.text)) or words[-1].strip(".,") != e.name.split()[-1]:
                continue
            full.setdefault(words[-1].strip(".,"), {})[e.id] = e
    moves: dict[int, Any] = {}  # id(relative entity) -> the other bearer, with its surname
    surname_of: dict[int, str] = {}
    for word, bearers in full.items():
        if len(bearers) != 2:
            continue
        a, b = bearers.values()
        given = {e.id: e.name.split()[0] for e in (a, b)}
        if given[a.id] == given[b.id] or not all(re.fullmatch(r"[A-Z][a-z]+", g) for g in given.values()):
            continue
        called = {eid for eid, g in given.items() if any(
            not _in_spans(spans, x.start(), x.end())
            for x in re.finditer(r"\b" + g + r"\b(?!['’]?s?\s+[A-Z])", body))}
        if len(called) != 1:
            continue
        relative = a if a.id in called else b
        other = b if relative is a else a
        moves[id(relative)], surname_of[id(relative)] = other, word
    relatives = {rel_id: other for rel_id, other in ((e.id, moves[id(e)]) for b in full.values()
                                                     for e in b.values() if id(e) in moves)}
    if not moves:
        return art_sents, relatives
    out = []
    for s in art_sents:
        hits = []
        for k, m in enumerate(s.mentions):
            if m.entity is None or id(m.entity) not in moves:
                continue
            at = s.sentence.start + m.start
            if (re.sub(r"['’]s?$", "", m.text) == surname_of[id(m.entity)]
                    and not _in_spans(spans, at, at + len(m.text))
                    and not _TITLE_BEFORE_RE.search(s.text[: m.start])):
                hits.append(k)
        if not hits:
            out.append(s)
            continue
        new = _with(s, mentions=[])
        new.mentions = [_with(m, sent=new, entity=moves[id(m.entity)]) if k in hits else _with(m, sent=new)
                        for k, m in enumerate(s.mentions)]
        out.append(new)
    return out, relatives


#: A given name then a capitalized word: a full name whether NER typed it or not ("Amber Sherlock").
_FULL_NAME_RE = re.compile(r"(?<![\w.\-'’])([A-Z][a-z]+)\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w\-])")
_SPEECH = "|".join(sorted(SPEECH_VERBS - {"according"}, key=len, reverse=True))


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of the short lists or of the package's lists."""
    w = word.lower()
    return w in FEMALE_NAMES or w in MALE_NAMES or listed_given_name_gender(w) is not None


def _speaks(sents: list[Any], forms: tuple[str, ...]) -> bool:
    """Whether some sentence has one of ``forms`` (a name or a word of it) as a speech verb's subject right before it
    ("Amber said", "Sherlock interjected") or right after it, a particle allowed ("continued Amber", "snapped back
    Sherlock" with "snapped" no listed verb is not read; "said Julie" is)."""
    name = "(?:" + "|".join(map(re.escape, forms)) + ")"
    before = re.compile(r"(?<![\w\-])" + name + r"\s+(?:[a-z]+ly\s+)?(?:" + _SPEECH + r")\b")
    after = re.compile(r"\b(?:" + _SPEECH + r")(?:\s+(?:back|on|up|out))?\s+" + name + r"(?![\w\-]|\s+[A-Z])")
    return any(before.search(s.text) or after.search(s.text) for s in sents)


def unseen_people(sents: list[Any]) -> list[Any]:
    """``sents`` (the cluster's Sents, merged entities) with a PERSON entity of its own for each person NER never
    typed: a given name (:func:`_given_name`) then a capitalized word, written so in some sentence with no mention
    over any of its occurrences, neither word a word of any entity's name or mention of the cluster (nor the second
    a given name), and the full name or one of its words alone standing as a speech verb's subject
    (:func:`_speaks`). Its mentions: every occurrence of the full name, and of each of its words alone (a possessive
    too; no capitalized word after it) where no mention lies. A sentence holding none is the same object; the
    merged entities are left as they are."""
    known = {w.strip(".,") for s in sents for m in s.mentions
             for w in [*m.text.split(), *(m.entity.name.split() if m.entity is not None else ())]}
    found: dict[tuple[str, str], bool] = {}
    for s in sents:
        for x in _FULL_NAME_RE.finditer(s.text):
            pair = x.group(1), x.group(2)
            ok = (given_name(pair[0]) and not given_name(pair[1]) and not (set(pair) & known)
                  and not any(m.start < x.end() and x.start() < m.end for m in s.mentions))
            found[pair] = found.get(pair, True) and ok
    people = [pair for pair, ok in found.items() if ok and _speaks(sents, (" ".join(pair), pair[1], pair[0]))]
    if not people:
        return sents

    given = {g for g, _ in people}
    people = [p for p in people if sum(g == p[0] for g in given) == 1]
    adds: dict[int, list[tuple[int, int, str, Any]]] = {}
    for k, (g, w) in enumerate(people):
        ent = Entity(id=f"unseen{k}:{g} {w}", name=f"{g} {w}", label="PERSON", variants=[f"{g} {w}", w, g])
        form = re.compile(r"(?<![\w\-])(?:" + re.escape(g) + r"\s+" + re.escape(w) + "|" + re.escape(w) + "|"
                          + re.escape(g) + r")(?![\w\-])(?!\s+[A-Z])")
        for i, s in enumerate(sents):
            for x in form.finditer(s.text):
                if not any(m.start < x.end() and x.start() < m.end for m in s.mentions) and not any(
                        a < x.end() and x.start() < b for a, b, _, _ in adds.get(i, ())):
                    adds.setdefault(i, []).append((x.start(), x.end(), x.group(0), ent))
    out = []
    for i, s in enumerate(sents):
        if i not in adds:
            out.append(s)
            continue
        from ._doc import Mention

        new = _with(s, mentions=[])
        new.mentions = sorted([*(_with(m, sent=new) for m in s.mentions),
                               *(Mention(new, a, b, text, "PERSON", ent) for a, b, text, ent in adds[i])],
                              key=lambda m: m.start)
        for m in new.mentions:
            if m.entity is not None and m.entity.id.startswith("unseen"):
                m.entity.mentions.append(m)
        out.append(new)
    return out
