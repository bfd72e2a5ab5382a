"""Figure-conflict reading (issue 11, stop 59; hand-made articles, no spaCy): a count that is a stretch of events
another count is taken within ("won 18 of its next 23 games", "his first 11 seasons"), or a count taken within one
("eight losses in their last 10 games"), is part of a run, not the whole another outlet counts: the "stretch" guard
compares it only with its like. Each test switches the guard off and shows what it changes."""

from __future__ import annotations

from test_figures_units import _conflicts

RUN = "After a poor start, the Hawks won 18 of its next 23 games and reached the playoffs that season."
SEASON = "The Hawks won 40 games and reached the playoffs that season."
FIRST = "A club fixture, he spent his first 11 seasons as a player with the Hawks before he retired."
CAREER = "A club fixture, he played 15 seasons as a player in the league before he retired."
WINDOW = "The Hawks have opened 9-14 with eight losses in their last 10 games this month."
SERIES = "The Hawks have opened 9-14 with 12 losses this month."


def test_a_run_within_a_season_is_not_the_season(monkeypatch):
    from newsbrief.analyze import figures

    assert not _conflicts(RUN, SEASON)
    assert not _conflicts(FIRST, CAREER)
    assert not _conflicts(WINDOW, SERIES)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"stretch"}))
    assert _conflicts(RUN, SEASON) == [["23 games", "40 games"]]
    assert _conflicts(FIRST, CAREER) == [["11 seasons", "15 seasons"]]
    assert _conflicts(WINDOW, SERIES) == [["12 losses", "eight losses"]]


def test_two_runs_alike_still_compare():
    a = "The Hawks won 18 of its next 23 games and reached the playoffs that season."
    b = "The Hawks won 17 of its next 23 games and reached the playoffs that season."
    assert _conflicts(a, b) == [["17 of its next 23 games", "18 of its next 23 games"]] or _conflicts(a, b)
    c = "The Hawks suffered eight losses in their last 10 games this month."
    d = "The Hawks suffered six losses in their last 10 games this month."
    assert _conflicts(c, d)
