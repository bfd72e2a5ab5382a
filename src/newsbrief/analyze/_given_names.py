"""Given names with a gender, read from a list a package ships (issue 11, spk135).

:data:`._cues.FEMALE_NAMES` / :data:`._cues.MALE_NAMES` hold about 150 names each, those most common in news; a
woman whose given name is not among them ("Lucy Babey") reads as of unknown gender, so "he" may refer to her. The
English-language person providers of Faker (PyPI ``faker``, by joke2k, MIT licence; pinned by hash in
requirements/model.txt) list the common given names of the US (by the Social Security Administration's counts), Britain,
Ireland, New Zealand and India: about 1,000 women's and 900 men's, each only in its own list. Faker's generic "en"
list (3,900 and 3,200 names, many rare) gives no gender of its own: it files "Lark" as a man's (DUC 2006 D0648C's
Lark Mason is a woman). A name is read as a woman's or a man's only when no list gives it the other gender: a name
both national lists hold ("Jordan", "Kim", "Robin") says none, nor does one that the generic English list gives both
("Lindsey": Lindsey Graham; "Devon") or that Faker's lists of another language in the news give the other gender
(French "Jean", Italian "Nicola", Dutch "Jan": women's names in the US lists), nor a common East Asian surname (names
set surname first: "Wong Kar-wai"). Without the package nothing changes (None).

The quote rules read this gender last (:func:`listed_gender`, from ``quotes._agrees``): after the titles and the short
lists (``quotes.gender``, which the entity merges read too and which this module leaves alone) and after the text's
own "she"/"he" for the person."""

from __future__ import annotations

from functools import lru_cache

from ._cues import EAST_ASIAN_SURNAMES, UNISEX_GIVEN_NAMES

#: Faker's English-language person providers read for given names
_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_IN")
#: Faker's generic English list (many rare names) and other languages' providers: a name one of them gives the other
#: gender says none
_CROSS_LOCALES = ("en", "fr_FR", "it_IT", "es_ES", "de_DE", "pt_BR", "ru_RU", "nl_NL", "pl_PL", "sv_SE")


@lru_cache(maxsize=1)
def _listed() -> tuple[frozenset[str], frozenset[str]]:
    """(women's, men's) given names, lower case, each only in its own list; two empty sets without the package."""
    import importlib

    def names(locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
        female: set[str] = set()
        male: set[str] = set()
        for loc in locales:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            female |= {n.lower() for n in getattr(provider, "first_names_female", ())}
            male |= {n.lower() for n in getattr(provider, "first_names_male", ())}
        return female, male

    try:
        female, male = names(_LOCALES)
        other_female, other_male = names(_CROSS_LOCALES)
    except ImportError:
        return frozenset(), frozenset()
    drop = (female & male) | UNISEX_GIVEN_NAMES | EAST_ASIAN_SURNAMES
    return frozenset(female - drop - other_male), frozenset(male - drop - other_female)


def listed_given_name_gender(word: str) -> str | None:
    """"f" when ``word`` (a given name, any case) is only a woman's in the package's lists, "m" when only a man's,
    else None."""
    female, male = _listed()
    w = word.lower()
    return "f" if w in female else "m" if w in male else None


def listed_gender(name: str, entity: object = None) -> str | None:
    """"f" or "m" by the given names (every word but the last of a capitalized spelling) of ``name`` and the
    entity's variants that :func:`listed_given_name_gender` knows, when they agree; else None."""
    import re

    votes = {"f": 0, "m": 0}
    for n in [name, *(getattr(entity, "variants", None) or ())]:
        if not n[:1].isupper():
            continue
        for w in [w for w in re.split(r"[\s\-]+", n.replace(".", "")) if w][:-1]:
            g = listed_given_name_gender(w)
            if g is not None:
                votes[g] += 1
    if votes["f"] == votes["m"]:
        return None
    return "f" if votes["f"] > votes["m"] else "m"
