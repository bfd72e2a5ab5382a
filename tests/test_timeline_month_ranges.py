"""A yearless month that opens a range whose last month carries the year ("From January to November 1998") is in
that year (the year before when the range runs over a new year), not the occurrence nearest the article's day."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from newsbrief.analyze.timeline import find_dates

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _dates(text: str, anchor: dt.date) -> dict[str, dt.date]:
    return {expr: when.start for _s, _e, expr, when, *_ in find_dates(text, anchor) if when is not None}


def _sentence(path: str, cluster: str, start: str) -> str:
    with gzip.open(SHARED / path, "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"].rsplit("-", 1)[-1] != cluster:
                continue
            for art in row["articles"]:
                i = art["text"].find(start)
                if i >= 0:
                    return art["text"][i : art["text"].find(".", i) + 1]
    raise AssertionError(f"{start!r} not in {cluster}")


@needs_shared
def test_a_month_opening_a_range_takes_the_year_written_after_its_last_month():
    # DUC 2003 d117f, an AP report of 5 January 1999: the tickets were issued in 1998, January included.
    text = _sentence("duc2003_task3/test.jsonl.gz", "d117f", "From January to November 1998")
    assert _dates(text, dt.date(1999, 1, 5))["From January"] == dt.date(1998, 1, 1)


@needs_shared
def test_a_month_day_opening_a_range_takes_the_year_after_its_last_day():
    # Multi-News 0018, read as of 31 December 2014: brides married between January 1 and December 31, 2014.
    text = _sentence("multinews_sample/validation.jsonl.gz", "0018", "The 2014 Real Weddings Survey")
    assert _dates(text, dt.date(2014, 12, 31))["January 1"] == dt.date(2014, 1, 1)


def test_a_range_over_a_new_year_starts_in_the_year_before():
    assert _dates("The survey ran from December to February 2010.", dt.date(2011, 1, 5))["from December"] == dt.date(2009, 12, 1)
    assert _dates("Prices fell in January-March 2010.", dt.date(2011, 1, 5))["in January"] == dt.date(2010, 1, 1)


def test_a_month_followed_by_another_clause_keeps_its_own_reading():
    # no range: "March" and a later year in another phrase
    assert _dates("In March and in 2009 it rose.", dt.date(2011, 1, 5))["In March"] == dt.date(2010, 3, 1)
