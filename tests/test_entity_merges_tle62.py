"""Entity merges of tle62 (issue 11, stop 62): no spaCy, mentions typed as given (tests/test_entity_rows.py)."""

from __future__ import annotations

import pytest

from newsbrief.analyze.entities import NEAREST_NAMESAKE


def _entity_rows(texts, names):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_entity_rows import _merged, _row

    ents = _merged(texts, names)
    return ents, _row


@pytest.mark.xfail(not NEAREST_NAMESAKE, reason="the nearest-namesake rule is off (blind-speakers68), tle62", strict=True)
def test_a_bare_surname_is_the_namesake_named_in_full_just_before_it():
    """Made up, after DUC 2006 D0629B (Richard Smith, who hunted the Melissa virus's author, and David L. Smith,
    charged with writing it, in one article): "If convicted, Smith could receive up to 40 years" came after "David
    Smith was released" but joined Richard, the Smith more mentioned. Each bare "Smith" is the one named last."""
    texts = ["Richard Smith, a researcher, hunted the author. Smith read the files. Police arrested David Smith. "
             "David Smith was released. If convicted, Smith could receive 40 years. Richard Smith had hoped to help. Smith said he was tired.",
             "Richard Smith spoke. Smith left."]
    ents, row = _entity_rows(texts, [("Richard Smith", "PERSON"), ("David Smith", "PERSON"), ("Smith", "PERSON")])
    richard, david = row(ents, "Richard Smith"), row(ents, "David Smith")
    assert richard is not david
    said = {m.sent.text.split(",")[-1].strip()[:11] for m in david.mentions if m.text == "Smith"}
    assert said == {"Smith could"}, said
    assert sum(m.text == "Smith" for m in richard.mentions) == 3


def test_a_bare_surname_before_any_namesake_keeps_the_story_rule():
    """Made up, counter-case: a "Smith" before either full name of its article still goes by step 1's rule (the
    Smith most mentioned), and an article naming one namesake keeps its bare "Smith" with them."""
    texts = ["Smith said the case was closed. Richard Smith agreed. David Smith did not.",
             "Richard Smith spoke. Smith left. Richard Smith returned.", "David Smith was charged. Smith denied it."]
    ents, row = _entity_rows(texts, [("Richard Smith", "PERSON"), ("David Smith", "PERSON"), ("Smith", "PERSON")])
    richard, david = row(ents, "Richard Smith"), row(ents, "David Smith")
    assert {m.sent.source.n for m in david.mentions if m.text == "Smith"} == {3}
    assert {m.sent.source.n for m in richard.mentions if m.text == "Smith"} == {1, 2}


def test_a_name_the_text_says_a_person_also_used_is_theirs():
    """Multi-News 0027 (BBC): "One of the attackers has been named by police as Rachid Radouane, 30, from Barking.
    He was a chef who also used the name Rachid Elkhdar": one man, two rows on main. "X, also known as Y" and "X
    (a.k.a. Y)" too; the previous sentence must name one person only."""
    texts = ["One of the attackers has been named by police as Rachid Radouane, 30, from Barking. He was a chef who "
             "also used the name Rachid Elkhdar and police said he claimed to be Moroccan-Libyan.",
             "Mohammed Emwazi, also known as John Doe, was killed.",
             "Police named Ann Lee and Bob Kay. He also used the name Carl Tee.",
             "Tom Fox said the suspect, known as Dan Roe, fled."]
    names = [(n, "PERSON") for n in ("Rachid Radouane", "Rachid Elkhdar", "Mohammed Emwazi", "John Doe", "Ann Lee",
                                     "Bob Kay", "Carl Tee", "Tom Fox", "Dan Roe")]
    ents, row = _entity_rows(texts, names)
    assert row(ents, "Rachid Radouane") is row(ents, "Rachid Elkhdar")
    assert row(ents, "Mohammed Emwazi") is row(ents, "John Doe")
    # two people named before "He": whose other name is not told; "the suspect" is no one named
    assert row(ents, "Carl Tee") not in (row(ents, "Ann Lee"), row(ents, "Bob Kay"))
    assert row(ents, "Dan Roe") is not row(ents, "Tom Fox")


def test_a_contest_and_a_body_by_their_first_word():
    """Multi-News 0196 and 0027: "the Iditarod" beside "the Iditarod Trail Sled Dog Race", "The Met have set up a
    casualty bureau" beside "The Metropolitan Police": two rows each on main. A known place is no contest's name
    ("Boston" / "Boston Marathon"), a place's word no body's clipped name ("Cal" / "California Highway Patrol")."""
    texts = ["A man drove into teams near the front of the Iditarod Trail Sled Dog Race. The Iditarod said it would "
             "review safety. Jeff King watched the Iditarod Insider feed.",
             "The Metropolitan Police defended a decision. The Met have set up a casualty bureau.",
             "Runners in the Boston Marathon left Boston early. Cal won; the California Highway Patrol closed roads."]
    names = [("Iditarod Trail Sled Dog Race", "EVENT"), ("Iditarod Insider", "ORG"), ("Iditarod", "ORG"),
             ("Jeff King", "PERSON"), ("Metropolitan Police", "ORG"), ("Met", "ORG"), ("Boston Marathon", "EVENT"),
             ("Boston", "GPE"), ("California Highway Patrol", "ORG"), ("Cal", "ORG")]
    ents, row = _entity_rows(texts, names)
    assert row(ents, "Iditarod") is row(ents, "Iditarod Trail Sled Dog Race")
    assert row(ents, "Iditarod Insider") is not row(ents, "Iditarod")
    assert row(ents, "Met") is row(ents, "Metropolitan Police")
    assert row(ents, "Boston") is not row(ents, "Boston Marathon")
    assert row(ents, "Cal") is not row(ents, "California Highway Patrol")


def test_a_namesake_named_once_in_passing_is_no_antecedent():
    """Made up, after Wikinews ParisAttacks2015 (the Guardian): "Abdelhamid Abaaoud" named twice, then "Their father,
    Omar Abaaoud, filed a complaint ... Abaaoud's older sister ... Abaaoud was described as a happy-go-lucky student":
    the bare "Abaaoud" after the father's one mention is still the son the article is about."""
    texts = ["Officials said Abdelhamid Abaaoud organised it. Abdelhamid Abaaoud fled. Their father, Omar Abaaoud, "
             "filed a complaint. Abaaoud was described as a happy student.",
             "Abdelhamid Abaaoud was killed in a raid."]
    ents, row = _entity_rows(texts, [("Abdelhamid Abaaoud", "PERSON"), ("Omar Abaaoud", "PERSON"),
                                     ("Abaaoud", "PERSON")])
    assert any(m.text == "Abaaoud" for m in row(ents, "Abdelhamid Abaaoud").mentions)
    assert not any(m.text == "Abaaoud" for m in row(ents, "Omar Abaaoud").mentions)
