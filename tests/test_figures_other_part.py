"""A count of "N other" things is the rest of a group, never its whole (issue 11, fig56; hand-made articles, no
spaCy). DUC 2004 d30047t (blind-figures20): NYT's "The United States and 15 other nations" against AP's "16 nations"
was a false flag; the shape "NAME and N other Xs" occurs 16 times in the ../shared data ("Dalian, Guangzhou and 28
other cities", "Cheung and 35 other defendants", "Horton and two other moms")."""

from __future__ import annotations

from test_figures_units import _conflicts

PEOPLE = ("Cheung",)
PLACES = ("United States", "Russia")


def test_the_rest_of_a_group_is_not_set_against_the_whole():
    assert not _conflicts("The United States and 15 other nations plan to begin building the new space station.",
                          "The space station, involving 16 nations with the United States and Russia, will cost more.",
                          places=PLACES)
    assert not _conflicts("The trial of Cheung and 35 other defendants opened in Guangzhou on Tuesday.",
                          "The trial of 36 defendants opened in Guangzhou on Tuesday.", people=PEOPLE)


def test_two_rests_or_two_wholes_are_still_compared():
    assert _conflicts("The United States and 15 other nations plan to begin building the new space station.",
                      "The United States and 12 other nations plan to begin building the new space station.",
                      places=PLACES)
    assert _conflicts("The space station, involving 16 nations with the United States and Russia, will cost more.",
                      "The space station, involving 13 nations with the United States and Russia, will cost more.",
                      places=PLACES)


def test_others_of_their_own_event_are_still_its_whole():
    # no "and" right before the number: "Three other dogs were injured" is every injured dog, as "five others" is
    from newsbrief.analyze.figures import _other_part, extract
    from test_analyze_units import _article_sents

    figs = {f.text: f for f in extract(_article_sents(
        "The gunmen killed Smith and five others. Three other dogs were injured. The crash injured seven others."))}
    assert _other_part(figs["five others"])
    assert not _other_part(figs["Three other dogs"]) and not _other_part(figs["seven others"])
