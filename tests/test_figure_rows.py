"""One disagreement, one row: conflicts of one quantity that set the same values against each other are listed
once, with every outlet on its side (issue 11, stop 47's reading of ECB+ T33_ecbplus: "mother of 12" / "mother of 13"
shown in two rows, the Daily Mail on one side in the first and the other side in the second). Real articles from
../shared, and a made-up counter-case: two conflicts of one key over other values stay two."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import newsbrief
from newsbrief.analyze.figures import _same_values_joined

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _conflict(*values: float, kind: str = "contradiction") -> tuple[dict, str]:
    figs = [SimpleNamespace(value=v) for v in values]
    return {id(f): f for f in figs}, kind


def test_conflicts_over_the_same_values_are_one():
    a, b = _conflict(12, 13, 12), _conflict(13, 12, kind="precision")
    joined = _same_values_joined([a, b])
    assert len(joined) == 1
    members, kind = joined[0]
    assert len(members) == 5 and kind == "contradiction"


def test_conflicts_over_other_values_stay_apart():
    # two disagreements of one key about different things: 10 vs 12 dead, then 40 vs 45 (made up)
    joined = _same_values_joined([_conflict(10, 12), _conflict(40, 45), _conflict(10, 12, 14)])
    assert len(joined) == 3


@needs_shared
@pytest.mark.slow
def test_mother_of_12_or_13_is_one_row():
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        arts = [r for r in map(json.loads, fh) if r["cluster"] == "T33_ecbplus"]
    b = newsbrief.brief([{k: a[k] for k in ("title", "text", "source", "url", "date")} for a in arts], words=100,
                        analyze=True)
    rows = [q.to_dict() for q in b.analysis.figures if q.conflict and q.noun == "child"]
    assert len(rows) == 1, rows
    sides = {v["value"]: set(v["outlets"]) for v in rows[0]["values"]}
    assert set(sides) == {12, 13}
    assert "Daily Mail" in sides[12] and "Daily Mail" in sides[13]  # it writes both
