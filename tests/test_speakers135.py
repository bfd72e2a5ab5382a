"""Speaker errors from a pronoun's referent and their neighbours (issue 11, spk135; docs/analysis-labels.md "Speakers:
"he"/"she" over names NER types wrongly, given names with a gender, "wrote the star" and a quote opened by a closing
mark"): blind-speakers81 class F, blind-speakers82 classes A and E, blind-speakers83 class B. Made-up texts in
Multi-News's shape, each failing on main 41bc439."""

import pytest
from test_analyze_units import _article_sents, _speakers

from newsbrief.analyze._given_names import listed_gender, listed_given_name_gender
from newsbrief.analyze._inverted_epithet import inverted_epithet
from newsbrief.analyze.quotes import gender

# -- a quote opened by a closing curly mark (blind-speakers81 F) ------------------------------------------------------


def test_a_closing_curly_mark_opening_a_paragraph_opens_its_quote():
    sents = _article_sents("Jane Roe said the whales were declining. \"We have lost too many whales this year,\" "
                           "Roe said.\n\n\u201dThe only thing that gives me hope is the ban on these chemicals in "
                           "Europe,\" said John Doe.\n\n\"It is an incredibly adaptive species but it cannot cope "
                           "with this,\" he said.", people=("Jane Roe", "John Doe"))
    assert _speakers(sents) == [("We", "Jane Roe"), ("The", "John Doe"), ("It", "John Doe")]


def test_a_closing_curly_mark_opening_a_sentence_opens_its_quote():
    sents = _article_sents("Jane Roe said the whales were declining. \"We have lost too many whales this year,\" "
                           "Roe said.\n\nWhales in the far north are less contaminated. \u201dThe only thing that "
                           "gives me hope is the ban on these chemicals in Europe,\" said John Doe.",
                           people=("Jane Roe", "John Doe"))
    assert _speakers(sents) == [("We", "Jane Roe"), ("The", "John Doe")]


def test_a_closing_mark_after_a_quote_left_open_still_closes_it():
    sents = _article_sents("\u201cWe will not sign this agreement today,\u201d Jane Roe said.\n\n"
                           "\u201cThe draft ignores all of our demands and all of our people\u201d she added.",
                           people=("Jane Roe",))
    assert _speakers(sents) == [("We", "Jane Roe"), ("The", "Jane Roe")]


# -- a given name the short gender lists miss (blind-speakers81 F) ----------------------------------------------------


def test_a_womans_given_name_outside_the_short_list_is_hers():
    assert listed_gender("Lucy Babey") == "f" and listed_gender("Priya Roe") == "f" and listed_gender("Liam Roe") == "m"
    # names both women and men bear ("Lindsey": Lindsey Graham), names another language gives the other gender
    # ("Jean", "Nicola"), and East Asian surnames set first, say nothing
    for name in ("Jordan Roe", "Kim Jong Un", "Robin Roe", "Lindsey Graham", "Jean Chretien", "Nicola Zingaretti"):
        assert listed_gender(name) is None, name
    assert listed_given_name_gender("wong") is None and listed_given_name_gender("lucy") == "f"
    assert gender("Lucy Babey") is None  # the titles-and-short-lists evidence the entity merges read is unchanged


def test_he_is_never_a_woman_whose_given_name_only_the_long_list_holds():
    sents = _article_sents("John Doe said the orcas were dying. Lucy Roe said the ban came too late. \"We have "
                           "lost too many whales this year,\" said Lucy Roe.\n\nHe said: \"It is an incredibly "
                           "adaptive species but it cannot cope with this.\"", people=("Lucy Roe", "John Doe"))
    assert _speakers(sents) == [("We", "Lucy Roe"), ("It", "John Doe")]


# -- a name NER types wrongly as "he"'s referent (blind-speakers82 A, blind-speakers83 B) -----------------------------


def test_a_person_typed_an_organization_is_he_when_who_follows_his_name():
    sents = _article_sents("Map Seabed Constructor turned off its transponder on 1 February.\n\nKS Roe, who had a "
                           "relative on the flight, called for greater transparency.\n\n\"I found the development "
                           "quite odd, and worrying to all of us,\" he said.",
                           orgs=("Map Seabed Constructor", "KS Roe"))
    assert _speakers(sents) == [("I", "KS Roe")]


def test_a_club_with_a_plural_who_is_still_no_he():
    from newsbrief.analyze._person_or_body import who_relative_person

    sents = _article_sents("Leeds United, who have won twice, lost. Jane Roe, who had a relative there, spoke.",
                           orgs=("Leeds United", "Jane Roe"))
    club, person = (next(m.entity for s in sents for m in s.mentions if m.text == n) for n in ("Leeds United",
                                                                                                "Jane Roe"))
    assert not who_relative_person(club) and who_relative_person(person)


def test_a_company_typed_a_person_is_never_he():
    sents = _article_sents("Greg Roe founded his company, Arx Dax, in 2013. It is a developer kit, Greg Roe says, "
                           "and he wants makers to use it. If they have an idea, Arx Dax will work with them.\n\n"
                           "\"The most important piece of it all for me is the community,\" he says.",
                           people=("Greg Roe", "Arx Dax"))
    assert _speakers(sents) == [("The", "Greg Roe")]


# -- an inverted epithet outside the role lists (blind-speakers82 E) --------------------------------------------------


@pytest.mark.parametrize("verb", ["wrote the star", "said the actor", "wrote the former singer"])
def test_an_inverted_epithet_after_the_quote_is_the_person_just_named(verb):
    sents = _article_sents("Roe, who shares two daughters with Jane Doe, first sought treatment in 2001.\n\nIn March "
                           "2017, Roe revealed in a Facebook post that he had again completed treatment. \u201cI want "
                           "to live life to the fullest and be the best father I can be. I want my kids to know there "
                           f"is no shame in getting help,\u201d {verb}.", people=("Roe", "Jane Doe"))
    assert _speakers(sents) == [("I", "Roe")]


def test_an_inverted_time_or_document_is_no_epithet():
    text = '"We will win," said the next day. "We will win," read the statement. "We will win," said the star.'
    first, second, third = (text.index("said the next"), text.index("read the"), text.index("said the star"))
    assert inverted_epithet(text, first + 4, len(text)) is None
    assert inverted_epithet(text, second + 4, len(text)) is None
    assert inverted_epithet(text, third + 4, len(text)) == ("the star", third + 5)


def test_given_names_without_faker_say_no_gender(monkeypatch):
    """Without the package (an install that lacks it) the listed gender is None for every name: the quote rules fall
    back to the titles, the short lists and the text's own pronouns, as before the list was read."""
    import builtins

    from newsbrief.analyze import _given_names

    real_import = builtins.__import__

    def no_faker(name, *args, **kwargs):
        if name == "faker" or name.startswith("faker."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    _given_names._listed.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_faker)
    monkeypatch.setattr("importlib.import_module", lambda name, *a: no_faker(name))
    try:
        assert _given_names._listed() == (frozenset(), frozenset())
        assert _given_names.listed_given_name_gender("Lucy") is None
        assert _given_names.listed_gender("Lucy Babey") is None
    finally:
        monkeypatch.undo()
        _given_names._listed.cache_clear()
    assert _given_names.listed_given_name_gender("Lucy") == "f"
