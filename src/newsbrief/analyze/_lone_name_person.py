"""A person named by one word that NER typed an organization or a place (issue 11, spk133; docs/analysis-labels.md
"Speakers: "they" after two people named, a one-word name typed a body, and two curly singles closing a quote").

'Rosana, Jeff's wife, ... comes home a little after six.' ... 'Rosana gives me a helpless look, and she and I go into
another room to chat. "I don't know what happened to him," she whispers to me.': the small spaCy model types the lone
given name "Rosana" ORG, so "she" found no woman and her lines went to the man quoted last (blind-speakers79, 4
quotes). About one lone-name speaker in three over ../shared is typed ORG or GPE (spk79's count). The quote rules read
such a name as a person (:func:`people_typed_bodies`) when the text itself says it is one, by two shapes of news and
feature writing that an organization or a place never takes:

- a kin word in apposition right after it, owned by a name or a possessive pronoun ("Rosana, Jeff's wife,", "Marian,
  his mother,");
- the name opening its sentence as the subject, then "she"/"he" as a subject of the same sentence after ", and"
  ("Rosana gives me a helpless look, and she and I go ...") or opening the next sentence of its paragraph ("Rosana
  comes home. She ..."), no person named in that sentence.

Only a one-word name (never all capitals, never after "the" anywhere in the article, never a body's word such as
"Council") is read so; the entity keeps its id, so the view still links it."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

from ._cues import KIN_ROLES

#: The entity types a lone person's name is mistyped as.
_BODY_OR_PLACE = frozenset({"ORG", "GPE", "LOC", "NORP"})
#: A kin word in apposition right after a name: ", Jeff's wife,", ", his mother,", ", her younger sister,".
_KIN_APPOSITIVE_RE = re.compile(r"\s*,\s*(?:[A-Z][\w\-]*['’]s|his|her|their|my|our)\s+(?:[a-z][\w\-]*\s+){0,2}(?:"
                                + "|".join(sorted(KIN_ROLES, key=len, reverse=True)) + r")\s*[,.]")
#: What may open a sentence before its subject.
_OPENING_RE = re.compile(r"\W*(?:(?:But|And|Then|Now|Still|Later|Yet|Finally|Meanwhile),?\s+)?")
#: A lower-case word right after a subject's name (its verb), an adverb in "-ly" allowed before it.
_VERB_NEXT_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b")
#: "she"/"he" as a subject after ", and" in the same sentence.
_AND_PRONOUN_RE = re.compile(r",\s+and\s+(?:then\s+)?(she|he)\s+(?:and\s+I\s+)?[a-z]")
#: "She"/"He" opening the next sentence of the same paragraph.
_NEXT_PRONOUN_RE = re.compile(r"[ \t]*(She|He)\s+[a-z]")
#: Words that make a one-word name a body's ("Council", "Police") or no name ("The").
_NOT_PERSONAL = frozenset({"the", "police", "council", "congress", "parliament", "court", "army", "government",
                           "ministry", "senate", "house", "church", "party", "company", "university", "school",
                           "hospital", "union", "agency", "committee", "board", "city", "state", "county"})


def _lone_name(entity: Any) -> bool:
    name = entity.name
    return (entity.label in _BODY_OR_PLACE and " " not in name and len(name) >= 3 and name[:1].isupper()
            and not name.isupper() and name[1:].islower() and name.isalpha() and name.lower() not in _NOT_PERSONAL
            and all(m.text == name for m in entity.mentions))


def _said_person(entity: Any) -> bool:
    """Whether the text says the one-word name ``entity`` is a person, by one of the module's two shapes."""
    for m in entity.mentions:
        s = m.sent
        text = s.text
        if _KIN_APPOSITIVE_RE.match(text, m.end):
            return True
        if not _OPENING_RE.fullmatch(text[: m.start]) or not _VERB_NEXT_RE.match(text, m.end):
            continue  # not the subject opening its sentence ("Rosana's", "Rosana Street")
        if any(x.entity is not None and x.entity.label == "PERSON" for x in s.mentions):
            continue  # another person named there may be "she"
        if _AND_PRONOUN_RE.search(text, m.end):
            return True
        body = s.sentence.article.body
        if _NEXT_PRONOUN_RE.match(body, s.sentence.end, s.sentence.end + 12):
            return True
    return False


def _after_the(entity: Any) -> bool:
    """Whether some mention of ``entity`` follows "the" ("the Rosana": a ship, a firm, a place)."""
    return any(re.search(r"\b[Tt]he\s+$", m.sent.text[: m.start]) for m in entity.mentions)


def _with(obj: Any, **changes: Any) -> Any:
    """A copy of ``obj`` (a dataclass, or any object with attributes) with ``changes`` set."""
    if dataclasses.is_dataclass(obj):
        return dataclasses.replace(obj, **changes)
    new = copy.copy(obj)
    for k, v in changes.items():
        setattr(new, k, v)
    return new


def people_typed_bodies(sents: list[Any]) -> list[Any]:
    """``sents`` (Sents with merged entities) with every mention of a one-word name the text says is a person
    (:func:`_said_person`) typed PERSON, its entity a copy typed PERSON (same id, one copy per entity); a sentence
    holding none is the same object. A word of a person's name, or of any longer name, the cluster names ("Mason"
    after "Lark Mason", which NER may type ORG as well) is left to the surname rules, which name that person in full. The quote rules read these; the entities themselves are
    left as NER typed them."""
    retyped: dict[int, Any] = {}
    # ("Mason" after "Lark Mason": the surname rules name her in full; "Lark Mason" itself may be typed ORG too)
    named = {w for s in sents for m in s.mentions if m.entity is not None
             and (m.entity.label == "PERSON" or " " in m.entity.name) for w in m.entity.name.split()}
    for s in sents:
        for m in s.mentions:
            e = m.entity
            if e is None or id(e) in retyped or not _lone_name(e) or e.name in named:
                continue
            retyped[id(e)] = _with(e, label="PERSON") if _said_person(e) and not _after_the(e) else None
    retyped = {k: v for k, v in retyped.items() if v is not None}
    if not retyped:
        return sents
    out = []
    for s in sents:
        if not any(m.entity is not None and id(m.entity) in retyped for m in s.mentions):
            out.append(s)
            continue
        new = _with(s, mentions=[])
        new.mentions = [_with(m, sent=new, label="PERSON", entity=retyped[id(m.entity)])
                        if m.entity is not None and id(m.entity) in retyped else _with(m, sent=new)
                        for m in s.mentions]
        out.append(new)
    return out


# --- "they" after two people named as a subject (spk133) -------------------------------------------------------

#: A person's name, a courtesy or political title allowed before it ("Mr. Udall", "Harvey L. Cripps", "Ken").
_PERSON_NAME = (r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.?\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z]\.)*"
                r"(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][\w'’\-]+){0,2}")
#: A sentence whose subject is two people joined by "and" (after a connective and at most one fronted phrase set off
#: by a comma), then at most an affiliation ("at Catholic Charities") or an aside set off by commas, then a verb of
#: saying or of issuing words: 'Harvey L. Cripps and Toshie T. Cripps said "..."', 'On Friday, Mr. Udall and Mr.
#: Wyden released a joint statement', 'Ken and Brenda Barker, who have adopted a child ..., said "..."'.
_PAIR_SUBJECT_RE = re.compile(
    r"\W*(?:(?:But|And|However|Also|Still|Yet|So|Meanwhile|Now|Later|Then),?\s+)?(?:[^,\"“”;:]{1,60},\s+)?"
    r"(?P<a>" + _PERSON_NAME + r")\s+and\s+(?P<b>" + _PERSON_NAME + r")"
    r"(?:\s+(?:at|of|from)\s+(?:the\s+)?(?:[A-Z][\w.\-'’]*\s*){1,5}|\s*,[^,\"“”;:]{1,120},)?"
    r"\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:said|say|says|told|tell|wrote|write|writes|added|add|stated|announced|noted|explained|argued|warned|urged|"
    r"complained|insisted|released|issued|sent|signed|posted)\b")
#: A sentence "they" opens or attributes with a speech verb: the same "they", its referent named further back.
_SAME_THEY_RE = re.compile(r"^\W*(?:(?:But|And|However|Also|Still|Yet|So|Now),?\s+)?They\b"
                           r"|\bthey\s+(?:also\s+|then\s+)?(?:said|say|says|added|add|wrote|write|told|noted|"
                           r"explained|argued|warned)\b")


def pair_subject_before(art: Any, at: int) -> tuple[str, None] | None:
    """Whom "they" speaking the quote at ``at`` means when the nearest sentence before it (in its paragraph or the
    two before; a sentence "they" opens or attributes is the same "they" and is passed over, at most three back)
    has two people joined by "and" for its subject, saying or issuing words (:data:`_PAIR_SUBJECT_RE`): those two,
    as the text names them ("Harvey L. Cripps and Toshie T. Cripps said "..."" then '"...," they said'). Never a
    pair of places or bodies: a person NER found must be inside the pair and no place. None when the sentence before
    opens on anything else (left to the other rules)."""
    pos = art.sentence_at(at)
    if not pos:
        return None
    para = art.paragraph_at(at)
    for i in range(pos - 1, max(-1, pos - 4), -1):
        prev = art.sents[i]
        if para - art.paragraph_at(prev.sentence.start) > 2:
            return None
        if _SAME_THEY_RE.search(prev.text):
            continue
        m = _PAIR_SUBJECT_RE.match(prev.text)
        if m is None:
            return None
        inside = [x for x in prev.mentions
                  if x.entity is not None and m.start("a") <= x.start and x.end <= m.end("b")]
        if not any(x.entity.label == "PERSON" for x in inside) or any(
                x.entity.label in ("GPE", "LOC", "FAC", "NORP") for x in inside):
            return None
        return f"{m.group('a')} and {m.group('b')}", None
    return None
