"""Money the text calls "the equivalent of" an amount is a conversion at the outlet's rate (issue 11, fig58;
hand-made articles after DUC 2004 d30036t's, no spaCy): two outlets' dollars for one prize paid in kronor differ by
their rates, not by what the prize is worth (the tenth round's reading of ECB+ T08's two conversions of EUR 110
billion), so the pair is no conflict; the same dollars with no "equivalent" still conflict."""

from __future__ import annotations

from test_figures_units import _conflicts


def test_the_equivalent_of_an_amount_is_no_value_of_a_conflict(monkeypatch):
    from newsbrief.analyze import figures

    ap = "Saramago will receive the $978,000 prize on Dec. 10 in Stockholm, the academy said."
    nyt = "Saramago will receive his Nobel Prize, worth the equivalent of $967,500 this year, on Dec. 10."
    assert not _conflicts(ap, nyt)
    assert not _conflicts(ap, nyt.replace("the equivalent of", "the equivalent of about"))
    monkeypatch.setattr(figures, "GUARDS_OFF", frozenset({"equivalent"}))
    assert _conflicts(ap, nyt) == [["$967,500", "$978,000"]]


def test_the_same_dollars_without_equivalent_still_conflict():
    ap = "Saramago will receive the $978,000 prize on Dec. 10 in Stockholm, the academy said."
    nyt = "Saramago will receive his Nobel Prize, worth $967,500 this year, on Dec. 10."
    assert _conflicts(ap, nyt) == [["$967,500", "$978,000"]]
