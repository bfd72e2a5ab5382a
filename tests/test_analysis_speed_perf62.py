"""The cross-source view's speed-ups of perf62 (issue 11) change no answer: each memo or short path gives what the
plain code gives. Speed itself is measured by ``bench/analysis.py``; the numbers are in docs/analysis-labels.md,
"... (issue 11, perf62)"; the view's JSON before and after by ``bench/view_same.py``."""

from __future__ import annotations

from collections import Counter

from newsbrief.analyze import entities

NAMES = ["Gen. Fayez al-Sarraj", "Joseph R. Biden Jr.", "ADA Fairman", "the U.N.", "Smith's", "smith@12",
         'Pacific "Ring of Fire', 'Mark "Deep Throat', "Filmmaker Zhang Yimou", "• Reuters", "U.S.", "  Mr.  Najib ",
         "Vincent Del Giudice", "", "A. B.", "Kim Jong-un’s", "Dr. Ken Griffey Sr"]


def test_memoized_name_functions_answer_as_made_afresh():
    for fn in (entities.clean_surface, entities.normalize, entities._name_words):
        fn.cache_clear()
    plain_words = entities._name_words.__wrapped__
    for _ in range(2):  # the first asking fills the memo, the second reads it
        for name in NAMES:
            assert entities.clean_surface(name) == entities.clean_surface.__wrapped__(name)
            assert entities.normalize(name) == entities.normalize.__wrapped__(name)
            assert entities._name_words(name) == plain_words(name)
            assert entities.name_tokens(name) == [t for t in plain_words(name) if t not in entities.NAME_PARTICLES] \
                or entities.name_tokens(name) == plain_words(name)


def test_memoized_name_words_are_fresh_lists():
    entities._name_words.cache_clear()
    first = entities._name_words("Gen. Fayez al-Sarraj")
    first.append("changed")
    assert entities._name_words("Gen. Fayez al-Sarraj") == ["fayez", "al", "sarraj"]


def _plain_kind(g) -> str:
    labels = g.labels + g.titled
    person = labels["PERSON"]
    place = sum(labels[lab] for lab in entities.PLACE_LABELS)
    other = sum(labels.values()) - person - place
    if person >= max(place, other) and person > 0:
        return "person"
    return "place" if place >= other else "org"


def test_group_kind_without_the_counter_sum():
    cases = [({"PERSON": 2}, {}), ({"GPE": 1, "PERSON": 1}, {}), ({"ORG": 3}, {"PERSON": 2}), ({}, {}),
             ({"PERSON": 0, "ORG": 1}, {}), ({"PERSON": -2, "GPE": 1}, {}), ({"ORG": 1, "GPE": 1}, {"GPE": -1}),
             ({"LOC": 2, "ORG": 2}, {}), ({"ORG": 2}, {"PERSON": 3, "GPE": 0})]
    for labels, titled in cases:
        g = entities._Group("k", labels=Counter(labels), titled=Counter(titled))
        assert g.kind == _plain_kind(g), (labels, titled)
