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
