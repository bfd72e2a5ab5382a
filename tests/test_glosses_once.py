"""A day the text names twice in a row is shown one date: ECB+ T39_ecbplus's digitalspy sentence "Capaldi was unveiled
on tonight's (August 4) special show ..." was shown "tonight's (4 Aug 2013) (August 4 (4 Aug 2013))". Real
sentence from ../shared, and made-up counter-cases."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from newsbrief.glosses import date_glosses, glossed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _shown(text: str, anchor: dt.date) -> str:
    return "".join(p + (f" ({d.display})" if d else "") for p, d in glossed(text, date_glosses(text, anchor)))


@needs_shared
def test_a_relative_day_and_its_month_day_in_parentheses_are_shown_one_date():
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh)
                   if r["cluster"] == "T39_ecbplus" and "digitalspy" in (r.get("url") or ""))
    sentence = next(line for line in row["text"].split("\n") if "tonight's (August 4)" in line)
    shown = _shown(sentence, dt.date(2013, 8, 4))  # (the page's date as the brief reads it: its sources list)
    assert "tonight's (August 4) (4 Aug 2013) special show" in shown
    assert shown.count("2013") == 1


def test_a_weekday_and_its_month_day_keep_the_month_days_date():
    assert _shown("The talks, held on Monday, June 3, ended.", dt.date(2013, 6, 5)) == (
        "The talks, held on Monday, June 3 (3 Jun 2013), ended.")


def test_two_days_apart_keep_both_dates():
    # a weekday and a month-day that are two expressions, not one day named twice
    shown = _shown("He left on Monday and returned on June 9.", dt.date(2013, 6, 12))
    assert "on Monday (10 Jun 2013)" in shown and "June 9 (9 Jun 2013)" in shown


def test_a_month_before_a_parenthesized_day_keeps_both_dates():
    # DUC 2006: "... in May (September 13)": the month the test was taken and the day of the ban
    shown = _shown("Swimmer barred for testing positive for a masking agent in May (September 13)", dt.date(2000, 9, 20))
    assert "in May (May 2000)" in shown and "(September 13) (13 Sep 2000)" in shown
