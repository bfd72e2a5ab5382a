"""Figure readings of fig63 (issue 11; hand-made articles, no spaCy). Each test switches its reading off and shows
what it changes.

* "fig63_model": a count before a model's name ("seven AK-47 rifles", "12 AK 47 guns", "seven AK-47s") counts the
  model, whatever noun of its kind follows.
* "fig63_dozen_of": a bare "Dozen of warships" is a misspelt "dozens of", no twelve.
* "fig63_minus": "minus 17 degrees", "temperatures were minus 20" are temperatures below zero, the sign kept.
"""

from __future__ import annotations

from test_figures_units import _conflicts

RIFLES = "The cache of arms on the pirate ship included seven AK-47 rifles, grenades and three other rifles."
GUNS = "The commandos on the pirate ship also recovered 12 AK 47 guns, three rifles and two grenades."


def test_a_count_before_a_models_name_counts_the_model(monkeypatch):
    from newsbrief.analyze import figures

    assert _conflicts(RIFLES, GUNS) == [["12 AK 47 guns", "seven AK-47 rifles"]]
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig63_model"}))
    assert not _conflicts(RIFLES, GUNS)  # main read neither count: the 47 is a name's, and nothing else was counted


def test_a_models_plural_and_its_kind_are_one_model():
    from test_analyze_units import _article_sents

    from newsbrief.analyze.figures import extract

    text = "Seven AK-47s, two F-16 jets, seven AK-47 assault rifles and 23 AK-47-wielding men, with two F-16 pilots."
    figs = {f.text: f for f in extract(_article_sents(text))}
    assert figs["Seven AK-47s"].noun == figs["seven AK-47 assault rifles"].noun == "ak47"
    assert figs["two F-16 jets"].noun == "f16"
    assert "23 AK-47-wielding" not in figs and "two F-16 pilots" not in figs  # pilots are no F-16s, men no AK-47
    # the model's words are the counted thing, no context a second count shares
    assert not {"ak", "assault", "rifl"} & figs["seven AK-47 assault rifles"].context


def test_a_bare_dozen_of_is_dozens(monkeypatch):
    from newsbrief.analyze import figures

    dozen = "Dozen of warships of several countries are also patrolling the shipping lanes in the Gulf of Aden."
    over = "Over 20 warships of several countries are also patrolling the shipping lanes in the Gulf of Aden."
    assert not _conflicts(dozen, over)
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig63_dozen_of"}))
    assert _conflicts(dozen, over) == [["Dozen of warships", "Over 20 warships"]]


def test_a_dozen_with_an_article_or_a_number_is_still_twelve():
    over = "Over 20 warships of several countries are also patrolling the shipping lanes in the Gulf of Aden."
    assert _conflicts("A dozen of the warships of several countries are also patrolling the shipping lanes in the "
                      "Gulf of Aden.", over) == [["A dozen of the warships", "Over 20 warships"]]


def test_a_temperature_below_zero_keeps_its_sign(monkeypatch):
    from newsbrief.analyze import figures

    seventeen = "Firefighters battled the blaze in outside temperatures of minus 17 degrees, officials said."
    twenty = "Outside temperatures were minus 20 as firefighters battled the blaze, officials said."
    assert _conflicts(seventeen, twenty) == [["minus 17 degrees", "minus 20"]]
    assert _conflicts(seventeen, "Firefighters battled the blaze in outside temperatures of 20 degrees below zero, "
                                 "officials said.") == [["20 degrees below zero", "minus 17 degrees"]]
    # a temperature above zero is another quantity, not a value of this one
    assert not _conflicts(seventeen, "Firefighters battled the blaze in outside temperatures of 20 degrees, "
                                     "officials said.")
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig63_minus"}))
    assert not _conflicts(seventeen, twenty)  # main read "17 degrees" (the sign dropped) and no "minus 20"
    assert _conflicts(seventeen, "Firefighters battled the blaze in outside temperatures of 20 degrees, "
                                 "officials said.") == [["17 degrees", "20 degrees"]]


def test_minus_with_no_temperature_is_no_temperature():
    from test_analyze_units import _article_sents

    from newsbrief.analyze.figures import extract

    figs = [f.text for f in extract(_article_sents("The team finished on minus 3 points after the penalty."))]
    assert "minus 3" not in " ".join(figs)


def test_an_amount_pressed_for_is_asked_for(monkeypatch):
    from newsbrief.analyze import figures

    pressed = "Corker said Republicans should press for $2 trillion in spending cuts before the deadline."
    due = "With the deadline near, $1 trillion in spending cuts is set to kick in, Corker said."
    assert not _conflicts(pressed, due)  # a demand is not the cuts due
    insisting = "Trump is now insisting that Congress appropriate $5.7 billion for the wall."
    said = "Trump has said that $5 billion for the wall is the least he will take."
    assert not _conflicts(insisting, said)
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig63_demand"}))
    assert _conflicts(pressed, due) == [["$1 trillion", "$2 trillion"]]
    assert _conflicts(insisting, said) == [["$5 billion", "$5.7 billion"]]
