"""bench/figure_model.py (issue 11, fig33): the learned pair scorer's features are the cascade's own tests."""

from __future__ import annotations

from conftest import load_bench
from test_analyze_units import _article_sents


def _pairs(*texts):
    """``(a.text, b.text, features)`` of every candidate pair of each key ``figures.compare`` compares, and the
    pairs ``figures._conflicts`` flags (as text pairs)."""
    from newsbrief.analyze import figures

    model = load_bench("figure_model")
    sents = [s for i, t in enumerate(texts, 1) for s in _article_sents(t, n=i)]
    real, got, flagged = figures._conflicts, [], set()

    def record(figs, similar, settings):
        out = real(figs, similar, settings)
        flagged.update(frozenset((a.text, b.text)) for a, b in out)
        got.extend((a.text, b.text, f) for a, b, f in model.pair_features(figs, similar, settings))
        return out

    figures._conflicts = record
    try:
        figures.compare(figures.extract(sents))
    finally:
        figures._conflicts = real
    return got, flagged


def test_a_pair_the_cascade_flags_has_no_veto_and_a_guard_s_pair_has_its_veto():
    got, flagged = _pairs("The state will pay the couple $3.4 million in compensation.",
                          "The state will pay the couple $4.1 million in compensation.")
    [(x, y, f)] = got
    assert frozenset((x, y)) in flagged and f["vetoes"] == 0 and f["over_ratio"] == 0 and f["kind_money"] == 1
    # "each will receive": an amount per person is never the couple's total (the per_unit test of _conflicts)
    got, flagged = _pairs("The state will pay the couple $3.4 million in compensation.",
                          "Each of the couple will receive $2.1 million in compensation from the state.")
    [(x, y, f)] = got
    assert not flagged and f["per_unit_apart"] == 1 and f["vetoes"] >= 1


def test_values_far_apart_are_no_candidates():
    got, _ = _pairs("The state will pay the couple $3.4 million in compensation.",
                    "The state will pay the couple $41 million in compensation.")
    assert got == []  # 12 times apart: past MAX_RATIO, never two versions of one amount
