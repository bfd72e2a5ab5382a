"""Nouns that name a person by their shape or by a short list, read by the speaker rules (:mod:`.quotes`) and the
indefinite-clause reader (:mod:`._indefinite_clause`) alike: one home, so neither imports the other."""

from __future__ import annotations

import re

from ._cues import KIN_ROLES, PERSON_ROLES

#: A lower-case noun of a person by its ending (a trade or a follower: "veterinarian", "physician", "technician",
#: "dentist", "pharmacist", "cyclist"), seven letters or more ("list", "wrist" are none).
_PERSON_NOUN_RE = re.compile(r"[a-z][a-z\-]{3,}(?:ian|ist)")

#: The head of a noun phrase shaped as a person by its ending: an agent or person noun ("designer", "rancher",
#: "nominee", "actress", "historian", "detective", "chairman"; "the 26-year-old"). A definite epithet so shaped may
#: refer to the person speaking nearby; any other head ("the school district", "the memorandum", "the tribe") does
#: only when the text ties it to that person (:func:`_tied`).
_AGENT_NOUN_RE = re.compile(r"[a-z](?:er|or|ist|ian|ess|ee|ant|ent|ive|man|woman|men|women)s?$|\d-year-old$")

#: A noun naming a thing or an act, not a person, whatever :data:`_AGENT_NOUN_RE` says of its ending: -ment
#: ("amendment", "statement", "indictment", "document", "agreement").
_THING_NOUN_RE = re.compile(r"[a-z]ments?$")

#: Nouns for a person the text leaves unnamed that no role list holds ("a mourner said", "one colleague said"): a
#: short hand list (no lexicon of person nouns is installed: WordNet's data is not, spaCy's vocabulary has no
#: hypernyms), beside :data:`_cues.PERSON_ROLES`, :data:`_cues.KIN_ROLES` and the "-ian"/"-ist" nouns (spk91).
UNNAMED_PERSON_NOUNS = frozenset({"mourner", "bystander", "onlooker", "shopper", "fan", "parent", "colleague",
                                  "acquaintance", "employee", "staffer", "member", "customer", "guest", "local",
                                  "person"})


def _unnamed_person_noun(word: str) -> bool:
    """Whether a singular common noun names a person the text leaves unnamed: a role or kin word, an "-ian" /
    "-ist" noun, or one of :data:`UNNAMED_PERSON_NOUNS`."""
    w = word.lower()
    return w in PERSON_ROLES or w in KIN_ROLES or w in UNNAMED_PERSON_NOUNS or bool(_PERSON_NOUN_RE.fullmatch(w))
