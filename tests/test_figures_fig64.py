"""Figure readings and rules of fig64 (issue 11; hand-made articles, no spaCy), from blind-figures28 (ECB+
T20_ecbplus's quake, a tokenizer-spaced wire text). Each test switches its reading, guard or rule off and shows what
it changes.

* "fig64_spaced": a spaced magnitude where its words say it is one ("a magnitude of at least 5. 9", "measured
  magnitude-5. 9,", "registering 6. 1 on the Richter scale") and a spaced thousands group a sentence's comma follows
  ("injured more than 1, 400, leveling") are one number.
* "fig64_magnitude": "magnitude-6.1" and a quake "registering 6.1" / "6.1 on the Richter scale" are magnitudes.
* "fig64_clock": "at 09: 10 hours" is a clock, no span of ten hours.
* "fig64_sibling_ing": "killing 10 people and injuring 80": 80 injured.
* "fig64_generic" (guard): "A magnitude 6 quake can cause severe damage" is no reading.
* "fig64_two_sayers" (rule): "X said 5.9, but Y said 6.1" gives two versions of one value, not two things.
"""

from __future__ import annotations

from test_analyze_units import _article_sents
from test_figures_units import _conflicts


def _read(text: str) -> dict:
    from newsbrief.analyze.figures import extract

    return {f.text: (f.key, f.low) for f in extract(_article_sents(text))}


#: a clock "2: 53 p. m." marks the article as tokenizer-spaced, as ECB+'s are
SPACED = "It hit at 2: 53 p. m. local time. "


def test_a_spaced_magnitude_and_a_thousands_group_before_a_comma_are_one_number(monkeypatch):
    from newsbrief.analyze import figures

    toll = SPACED + "It killed 612 people and injured more than 1, 400, leveling several villages."
    quake = SPACED + "An earthquake with a magnitude of at least 5. 9 hit southern Iran on Sunday."
    said = SPACED + "The center said the quake measured magnitude 5. 9, the agency reported."
    assert _read(toll)["injured more than 1,400"] == (("injured", "people"), 1400)
    assert _read(quake)["at least 5.9"] == (("measure", "magnitude"), 5.9) and "9 hit" not in _read(quake)
    assert _read(said)["5.9"] == (("measure", "magnitude"), 5.9)
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig64_spaced"}))
    assert _read(toll)["injured more than 1"][1] == 1  # main: "1, 400," read as "more than 1"
    assert "9 hit" in _read(quake) and "5.9" not in _read(said)


def test_a_hyphened_magnitude_and_one_on_the_richter_scale_are_magnitudes(monkeypatch):
    from newsbrief.analyze import figures

    texts = ("A magnitude-6.1 temblor hit the island on Sunday.",
             "Tremors from an earthquake registering 6.1 were felt in Dubai.",
             "The tremor measured 6.1 on the Richter scale, officials said.")
    for t in texts:
        assert ("measure", "magnitude") in {k for k, _ in _read(t).values()}, t
    assert ("measure", "ft") in {k for k, _ in _read("A fish measuring 3.5 feet was caught.").values()}
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig64_magnitude"}))
    for t in texts:
        assert ("measure", "magnitude") not in {k for k, _ in _read(t).values()}, t


def test_a_clocks_minutes_are_no_span(monkeypatch):
    from newsbrief.analyze import figures

    text = "The university registered a quake measuring 3.8 on the Richter scale at 09: 10 hours (0440 GMT) on Monday."
    assert "10 hours" not in _read(text)
    assert "10 hours" in _read("The talks lasted 10 hours: 10 hours of shouting.")  # no clock
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig64_clock"}))
    assert "10 hours" in _read(text)


def test_a_bare_number_after_an_events_participle_counts_people_of_that_event(monkeypatch):
    from newsbrief.analyze import figures

    eighty = "A powerful earthquake hit the villages of southern Iran on Sunday, killing 10 people and injuring 80."
    fifty = "A powerful earthquake hit the villages of southern Iran on Sunday, killing 10 people and injuring 50 people."
    assert _read(eighty)["injuring 80"] == (("injured", "people"), 80)
    assert _conflicts(eighty, fifty) == [["50 people", "injuring 80"]]
    assert "hiring 30" not in _read("The firm laid off 20 people and is hiring 30.")  # no event's participle
    monkeypatch.setattr(figures, "READINGS_OFF", frozenset({"fig64_sibling_ing"}))
    assert "injuring 80" not in _read(eighty) and not _conflicts(eighty, fifty)


QUAKE = "The earthquake that struck Qeshm island on Sunday measured magnitude {}, the {} said."


def test_a_generic_quake_is_no_reading(monkeypatch):
    from newsbrief.analyze import figures

    generic = "A magnitude 5.9 quake can cause severe damage, the survey said."
    assert not _conflicts(QUAKE.format("6.1", "survey"), generic)
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"fig64_generic"}))
    assert _conflicts(QUAKE.format("6.1", "survey"), generic) == [["5.9 quake", "6.1"]]


def test_two_sayers_in_one_sentence_give_two_versions_of_one_value(monkeypatch):
    from newsbrief.analyze import figures

    both = ("Iran's center said the earthquake that struck Qeshm island on Sunday measured magnitude 5.9, but the "
            "survey said it was a magnitude 6.1 temblor.")
    texts = (QUAKE.format("5.9", "agency"), QUAKE.format("6.1", "survey"), both)
    assert _conflicts(*texts) == [["5.9", "5.9", "6.1", "6.1 temblor"]]
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"fig64_two_sayers"}))
    assert not _conflicts(*texts)  # main: the sentence told 5.9 and 6.1 apart as two things

