"""Figure-conflict rules of fig62 (issue 11; hand-made articles, no spaCy). Each test switches its rule off and shows
what it changes.

* "activity_span" (recall): a span told by its verb ("the panel deliberated Nichols' fate for 40 hours") is a span of
  the noun another outlet names ("after 30 hours of deliberation") when the verb's stem is the noun's, in one unit.
"""

from __future__ import annotations

from test_figures_units import _conflicts

DELIBERATED = "The jurors said the panel deliberated the killer's fate for 40 hours before the judge stepped in."
DELIBERATION = "The jury was unable to come to a decision after 30 hours of deliberation, the judge said."


def test_a_span_told_by_its_verb_is_a_span_of_its_noun(monkeypatch):
    from newsbrief.analyze import figures

    assert _conflicts(DELIBERATED, DELIBERATION) == [["30 hours", "40 hours"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"activity_span"}))
    assert not _conflicts(DELIBERATED, DELIBERATION)  # main kept "hours" and "hours of deliberation" apart


def test_a_span_of_another_verb_keeps_its_own_key():
    # "waited for 40 hours" is no deliberation; a span with no other outlet's noun of its verb is left as it was
    assert not _conflicts("The families waited outside the court for 40 hours before the judge stepped in.",
                          DELIBERATION)
    assert not _conflicts(DELIBERATED, "The trial lasted 30 hours, the judge said.")


def _dated_conflicts(*texts_dates):
    from test_analyze_units import _article_sents

    from newsbrief.analyze.figures import compare, extract

    sents = [s for i, (t, d) in enumerate(texts_dates, 1) for s in _article_sents(t, n=i, date=d)]
    return [sorted(f.text for f in q.figures) for q in compare(extract(sents)) if q.conflict]


FOUR = "The government was reeling from four days of riots sparked by the police shooting of a teenager in Athens."
EIGHT = "The government was reeling from eight days of riots sparked by the police shooting of a teenager in Athens."


def test_days_of_an_activity_counted_on_two_days_are_no_conflict(monkeypatch):
    import datetime as dt

    from newsbrief.analyze import figures

    assert not _dated_conflicts((FOUR, None), (EIGHT, None))  # not known to be of one day: a running count
    d = dt.date(2008, 12, 10)
    assert not _dated_conflicts((FOUR, d), (EIGHT, d + dt.timedelta(days=4)))  # it ran on four more days
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"running_span"}))
    assert _dated_conflicts((FOUR, None), (EIGHT, None)) == [["eight days", "four days"]]


def test_days_of_an_activity_of_one_day_or_too_far_apart_still_conflict():
    import datetime as dt

    d = dt.date(2008, 12, 10)
    assert _dated_conflicts((FOUR, d), (EIGHT, d)) == [["eight days", "four days"]]  # one day's two counts
    assert _dated_conflicts((FOUR, d), (EIGHT, d + dt.timedelta(days=1))) == [["eight days", "four days"]]
    assert _dated_conflicts((EIGHT, d), (FOUR, d + dt.timedelta(days=4))) == [["eight days", "four days"]]  # fell


def test_plain_counts_of_different_groups_of_people_are_kept_apart(monkeypatch):
    from newsbrief.analyze import figures

    men = "A receptionist died and two men, believed to be managers at the firm, underwent surgery at the hospital."
    victims = "A spokeswoman said the three victims, managers at the firm, were taken to the hospital for surgery."
    assert not _conflicts(men, victims)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"people_apart"}))
    assert _conflicts(men, victims) == [["three victims", "two men"]]


def test_plain_counts_of_one_group_still_conflict():
    assert _conflicts("Police said four people were found in the break room of the plant on the third floor.",
                      "Police said five persons were found in the break room of the plant on the third floor.") == [
        ["five persons", "four people"]]


def test_the_rest_of_a_group_is_not_the_whole(monkeypatch):
    from newsbrief.analyze import figures

    rest = "The two other victims were taken to Beaumont Hospital in Royal Oak, police said."
    whole = "Police said the three victims were taken to Beaumont Hospital in Royal Oak."
    assert not _conflicts(rest, whole)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"definite_rest"}))
    assert _conflicts(rest, whole) == [["three victims", "two other victims"]]


def test_twice_after_its_verb_counts_times(monkeypatch):
    from newsbrief.analyze import figures

    twice = "Page married twice and had no children, her agent Mark Roesler said."
    three = "Page was married three times and had no children, her agent Mark Roesler said."
    assert _conflicts(twice, three) == [["three times", "twice"]]
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"twice"}))
    assert not _conflicts(twice, three)  # main read no figure in "twice"


def test_twice_as_a_ratio_or_a_rate_is_no_count():
    from newsbrief.analyze.figures import _TWICE_RE

    for text in ("twice as many people", "twice a day", "twice the size", "twice more", "twice larger"):
        assert not _TWICE_RE.search(text), text
    assert _TWICE_RE.search("Page married twice; the first marriage")
    assert not _conflicts("Prices rose twice as fast as wages, Page said.",
                          "Prices rose three times as fast as wages, Page said.")


def test_a_name_before_who_is_its_relative_clause_subject(monkeypatch):
    from newsbrief.analyze import figures

    garrard = "Garrard, who completed 28 passes for 329 yards, ran for two yards in the second quarter."
    manning = "Manning completed 29 passes for 364 yards and three touchdowns in the second quarter."
    people = ("Garrard", "Manning")
    assert not _conflicts(garrard, manning, people=people)  # two quarterbacks' passes
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"relative_subject"}))
    assert ["28 passes", "29 passes"] in _conflicts(garrard, manning, people=people)


def test_parts_of_totals_far_apart_are_parts_of_two_wholes(monkeypatch):
    from newsbrief.analyze import figures

    round_ = "In the round, the champion landed 28 of his 68 punches thrown against the challenger, the statistics showed."
    fight = "In the fight, the challenger landed 30 of 207 punches thrown against the champion, the statistics showed."
    assert not _conflicts(round_, fight)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"totals_apart"}))
    assert _conflicts(round_, fight) == [["28 of his 68 punches", "30 of 207 punches"]]


def test_parts_of_one_total_still_conflict():
    assert _conflicts("The party won 75 of the 125 seats in the provincial assembly, officials said.",
                      "The party won 79 of the 125 seats in the provincial assembly, officials said.") == [
        ["75 of the 125 seats", "79 of the 125 seats"]]


def test_counts_of_times_of_one_verb_pass_the_similarity_bar(monkeypatch):
    from test_analyze_units import _article_sents

    from newsbrief.analyze import figures
    from newsbrief.analyze.figures import compare, extract

    one = "Page married twice; the first marriage to a Navy man lasted from 1943 to 1947, her agent Roesler said."
    two = "Page was married three times but had no children, her agent Roesler said."
    figs = extract([s for i, t in enumerate((one, two), 1) for s in _article_sents(t, n=i)])

    def flagged():  # sentences told as unlike (the similarity bar), as TF-IDF reads these two
        return [sorted(f.text for f in q.figures) for q in compare(figs, lambda x, y: 0.0) if q.conflict]

    assert flagged() == [["three times", "twice"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"times_verb"}))
    assert not flagged()
