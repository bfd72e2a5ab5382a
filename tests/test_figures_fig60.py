"""Figure-conflict recall (issue 11, fig60; hand-made articles, no spaCy): an interval told as "N years later" is a
quantity of the story (blind-figures22's film plot, "Twenty-six years later, Quill is ..." / "Twenty years later and
Quill is a grown man"), compared only with other such offsets; and a number before a tweet's hashtag or handle ("2
#cutscost") counts no thing named by the hashtag. Each test switches its reading or rule off and shows what it
changes."""

from __future__ import annotations

from test_figures_units import _article_sents, _conflicts

A = "The boy is abducted by aliens in 1988. Twenty-six years later, he is a scavenger who steals an orb from a ruin."
B = "The boy is abducted by aliens in 1988. Twenty years later and he is a grown man who steals an orb from a ruin."


def _figures(*texts):
    from newsbrief.analyze.figures import extract

    return extract([s for i, t in enumerate(texts, 1) for s in _article_sents(t, n=i)])


def test_n_years_later_is_an_offset_compared_with_its_like(monkeypatch):
    from newsbrief.analyze import figures

    assert _conflicts(A, B) == [["Twenty years", "Twenty-six years"]]
    assert {f.key for f in _figures(A) if f.category == "duration"} == {("duration", "years of later")}
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"later_offset"}))
    assert not [f for f in _figures(A) if f.category == "duration"]  # dropped as an offset, as on main
    assert not _conflicts(A, B)
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset())
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"later"}))  # read, but the rule not compared
    assert not _conflicts(A, B)


def test_a_later_offset_is_not_a_span_and_a_named_anchor_stays_dropped():
    # "later" is compared only with "later": not with how long something lasted
    span = "The boy is abducted by aliens in 1988. He spent twenty years as a scavenger who steals an orb from a ruin."
    assert not _conflicts(A, span)
    # "later that day", "two days later than planned": not read as offsets of the story
    assert not [f for f in _figures("Two days later than planned, the ship docked at the port of Genoa.",
                                    "Three hours later that day, the ship docked at the port of Genoa.")
                if f.category == "duration"]


def test_a_number_before_a_hashtag_counts_nothing(monkeypatch):
    from newsbrief.analyze import figures

    tweet = "We would have had 8 fire engines from 4 stations responding instead of 2 #cutscost"
    assert "2 #cutscost" not in {f.text for f in _figures(tweet)}
    assert "8 fire engines" in {f.text for f in _figures(tweet)}
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"hashtag"}))
    assert "2 #cutscost" in {f.text for f in _figures(tweet)} or any(
        f.noun == "cutscost" for f in _figures(tweet))
