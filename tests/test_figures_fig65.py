"""Figure readings and rules of fig65 (issue 11; hand-made articles, no spaCy). Fig64's readings re-landed (their
tests: tests/test_figures_fig64.py) without its rule setting any two widely reported magnitudes half a point apart
against each other, which lumped two quakes' magnitudes ("5.2; 5.4; 5.6; 5.9; 6.1") into one conflict row on ECB+
T20 (tests/test_outlets.py's Qeshm view). Each test switches its rule off and shows what it changes.

* :data:`figures.MAX_MAGNITUDE_GAP` 0.4: two magnitudes further apart are two quakes (the labelled magnitude
  conflicts are 0.1 or 0.2 apart; a quake's "magnitude-5.2" against another's 5.9 is no conflict).
* "fig65_two_versions" (rule): two values each widely reported are still two versions of one value when a sentence
  gives them as two sayers' ("Tehran's center said 5.9, but the USGS said 6.1"): that sentence keeps it to one event.
* "fig64_generic" in agreement too: "A magnitude 6 quake can cause severe damage" in two articles is no agreed
  magnitude of the story's quake.
"""

from __future__ import annotations

from test_analyze_units import _article_sents
from test_figures_units import _conflicts

QUAKE = "The earthquake that struck Qeshm island on Sunday measured magnitude {}, the {} said."


def test_magnitudes_more_than_a_few_tenths_apart_are_two_quakes(monkeypatch):
    from newsbrief.analyze import figures

    texts = (QUAKE.format("5.2", "television"), QUAKE.format("5.9", "agency"))
    assert not _conflicts(*texts)
    assert _conflicts(QUAKE.format("5.7", "television"), QUAKE.format("5.9", "agency")) == [["5.7", "5.9"]]
    monkeypatch.setattr(figures, "MAX_MAGNITUDE_GAP", 1.0)
    assert _conflicts(*texts) == [["5.2", "5.9"]]  # main: a point apart was still one quake


def test_a_sentence_giving_two_sayers_versions_keeps_two_widely_reported_values_one_things(monkeypatch):
    from newsbrief.analyze import figures

    both = ("Iran's center said the earthquake that struck Qeshm island on Sunday measured magnitude 5.9, but the "
            "survey said it was a magnitude 6.1 temblor.")
    texts = [QUAKE.format(v, who) for v in ("5.9", "6.1") for who in ("agency", "center", "survey")]
    assert not _conflicts(*texts)  # each value told by three outlets: nothing ties them to one quake
    assert _conflicts(*texts, both) == [["5.9", "5.9", "5.9", "5.9", "6.1", "6.1", "6.1", "6.1 temblor"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"fig65_two_versions"}))
    assert not _conflicts(*texts, both)


def test_a_generic_statements_measure_is_no_agreed_figure(monkeypatch):
    from newsbrief.analyze import figure_agreement, figures
    from newsbrief.analyze.figures import extract

    [f] = [f for f in extract(_article_sents("A magnitude 6.0 quake can cause severe damage."))
           if f.unit == "magnitude"]
    [g] = [f for f in extract(_article_sents("The quake measured magnitude 6.0, the survey said."))
           if f.unit == "magnitude"]
    assert not figure_agreement.standalone(f) and figure_agreement.standalone(g)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"fig64_generic"}))
    assert figure_agreement.standalone(f)


def _read(text: str) -> dict:
    from newsbrief.analyze.figures import extract

    return {f.text: f.key for f in extract(_article_sents(text))}


def test_the_emergency_line_and_the_attacks_name_are_no_counts(monkeypatch):
    from newsbrief.analyze import figures

    calls = "Officers responded to 911 calls from other employees inside the building."
    attacks = "It is unclear if the shooting had anything to do with the anniversary of the 9-11 attacks."
    assert not _read(calls) and not _read(attacks)
    assert _read("The county got 911 new residents.")  # a count of residents
    assert _read("The storm killed 9-11 people.")  # a range of the dead
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_named_number"}))
    assert _read(calls) == {"911 calls": ("count", "call")} and "9-11 attacks" in _read(attacks)


def test_the_kin_a_dead_person_leaves_are_no_toll(monkeypatch):
    from newsbrief.analyze import figures

    text = "Chohan, who leaves behind a husband, son and two grandchildren, died later that night."
    assert _read(text) == {"two grandchildren": ("count", "grandchildren")}
    assert _read("The crash killed two grandchildren of the mayor.")["two grandchildren"][0] == "killed"
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_left_behind"}))
    assert _read(text) == {"two grandchildren": ("killed", "grandchildren")}


def test_the_time_between_two_moments_is_an_offset_compared_with_its_like(monkeypatch):
    from newsbrief.analyze import figures

    later = "After being escorted from the plant, she re-entered 10 minutes later with a handgun."
    texts = (later,
             "Ten minutes after being taken off the job, Hiller drove her car to the gate.",
             "About 10 minutes after Hiller was escorted out, she returned in a car.",
             "She was escorted out of the plant and was outside for nine minutes before coming back.")
    for t in texts:
        assert ("duration", "minutes of later") in _read(t).values(), t
    assert not _read("One day after a storm grounded flights, it rained.")  # when, no span
    assert _read("The talks lasted for 10 hours before ending.") == {"10 hours": ("duration", "hours")}
    assert _conflicts(later, "She was escorted out of the plant and was outside for nine minutes before coming "
                      "back with a handgun.") == [["10 minutes", "nine minutes"]]
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_offset"}))
    assert not _read(later) and _read(texts[3]) == {"nine minutes": ("duration", "minutes")}


def test_one_more_person_of_another_event_is_a_count_of_one(monkeypatch):
    from newsbrief.analyze import figures

    third = "The woman accused of killing two co-workers and critically injuring a third is a good person."
    another = "Police say two people have been killed and another wounded in a shooting."
    assert _read(third)["critically injuring a third"] == ("injured", "worker")
    assert _read(another)["another wounded"] == ("injured", "people")
    assert list(_read("The storm killed two people and injured another 30.")) == ["two people"]  # no "another 30"
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_one_more"}))
    assert list(_read(third)) == ["two co-workers"] and list(_read(another)) == ["two people"]


def test_co_workers_are_workers(monkeypatch):
    from newsbrief.analyze import figures

    text = "Hiller admitted killing two coworkers at the plant."
    assert _read(text) == {"two coworkers": ("killed", "worker")}
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_co_noun"}))
    assert _read(text) == {"two coworkers": ("killed", "cowork")}


def test_one_person_between_a_count_and_its_event_word_takes_the_event(monkeypatch):
    from newsbrief.analyze import figures

    text = "Hiller returned on Thursday, gunned down two women and leaving a man wounded with shots to the neck."
    assert _read(text) == {"two women": ("count", "people")}
    assert _read("Five people were wounded.") == {"Five people": ("injured", "people")}
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig65_one_person"}))
    assert _read(text) == {"two women": ("injured", "people")}


def test_two_tolls_told_side_by_side_make_the_second_counts_one_things(monkeypatch):
    from newsbrief.analyze import figures
    from newsbrief.analyze.figures import compare, extract

    texts = ("In a sad reversal of roles, a disgruntled woman opened fire at a Kraft factory last night, killing two "
             "workers and wounding two others.",
             "Kenneth Dorsey says the woman accused of killing two co-workers and critically injuring a third at the "
             "Kraft plant is a good person.")
    sents = [s for i, t in enumerate(texts, 1) for s in _article_sents(t, n=i, orgs=("Kraft",))]

    def flagged():  # sentences never similar enough: only a rule past the similarity bar flags the pair
        return [sorted(f.text for f in q.figures) for q in compare(extract(sents), lambda x, y: 0.0) if q.conflict]

    assert flagged() == [["critically injuring a third", "two others"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"fig65_toll_pair"}))
    assert not flagged()
