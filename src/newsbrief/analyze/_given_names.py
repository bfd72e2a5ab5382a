"""Given names with a gender, read from a list a package ships (issue 11, spk135).

:data:`._cues.FEMALE_NAMES` / :data:`._cues.MALE_NAMES` hold about 150 names each, those most common in news; a
woman whose given name is not among them ("Lucy Babey") reads as of unknown gender, so "he" may refer to her. The
English-language person providers of Faker (PyPI ``faker``, by joke2k, MIT licence; pinned by hash in
requirements/model.txt) list some 3,900 women's and 3,200 men's given names (US, British, Irish, New Zealand and
Indian ones). A name is read as a woman's or a man's only when every one of those lists that holds it agrees:
a name both lists hold ("Jordan", "Kim", "Jean", "Robin") says no gender, and neither does a common East Asian
surname (names set surname first: "Wong Kar-wai"). Without the package nothing changes (None)."""

from __future__ import annotations

from functools import lru_cache

from ._cues import EAST_ASIAN_SURNAMES, UNISEX_GIVEN_NAMES

#: Faker's English-language person providers read for given names
_LOCALES = ("en", "en_US", "en_GB", "en_IE", "en_NZ", "en_IN")


@lru_cache(maxsize=1)
def _listed() -> tuple[frozenset[str], frozenset[str]]:
    """(women's, men's) given names, lower case, each only in its own list; two empty sets without the package."""
    import importlib

    female: set[str] = set()
    male: set[str] = set()
    try:
        for loc in _LOCALES:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            female |= {n.lower() for n in getattr(provider, "first_names_female", ())}
            male |= {n.lower() for n in getattr(provider, "first_names_male", ())}
    except ImportError:
        return frozenset(), frozenset()
    drop = (female & male) | UNISEX_GIVEN_NAMES | EAST_ASIAN_SURNAMES
    return frozenset(female - drop), frozenset(male - drop)


def listed_given_name_gender(word: str) -> str | None:
    """"f" when ``word`` (a given name, any case) is only a woman's in the package's lists, "m" when only a man's,
    else None."""
    female, male = _listed()
    w = word.lower()
    return "f" if w in female else "m" if w in male else None
