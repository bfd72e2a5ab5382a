"""A weekday or month-day in a present-tense clause, and after a schedule word, read as a reader reads it (issue 11,
tl48): "New Orleans plays at Seattle on Saturday" in a Wednesday story is the coming Saturday, "Beginning April 29th,
... can register" in a story of 24 April is the 29th of that April. Real sentences from ../shared (each fails on
main 5fde9fe), with made-up counter-cases: a past clause, a noun's modifier, a headline, a chronology, a habit,
"since", a reporting clause after the date. A weekday written with its date is that date."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from functools import lru_cache
from pathlib import Path

import pytest

from newsbrief.analyze.timeline import find_dates

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")
_FILES = {"ecb": "ecbplus/test.jsonl.gz", "duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
          "ml": "multiling2011_en/test.jsonl.gz"}


@lru_cache(maxsize=None)
def _texts(dataset: str) -> str:
    """Every article text of a dataset of ../shared, whitespace collapsed, one blob to look sentences up in."""
    with gzip.open(SHARED / _FILES[dataset], "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    texts = [r["text"] for r in rows] if dataset == "ecb" else [a["text"] for c in rows for a in c["articles"]]
    return "\n".join(" ".join(t.split()) for t in texts)


def _real(dataset: str, sentence: str) -> str:
    """``sentence`` as ../shared's ``dataset`` holds it (the test fails when it is not there)."""
    assert sentence in _texts(dataset), sentence
    return sentence


def _dates(text: str, anchor: dt.date) -> dict[str, str]:
    return {e: w.label for _, _, e, w, _ in find_dates(text, anchor)}


# -- a present-tense clause: the coming day ---------------------------------------------------------------------


@needs_shared
def test_present_tense_after_a_past_conjunct_looks_ahead():
    # ECB+ T31, an AP-style report of Friday 8 March 2013 (read as of it): the clause of "Saturday" is "advances to
    # play"; "improved" is the other conjunct's. On main: 2 March.
    s = _real("ecb", "Creighton improved to 25-7 on the season and advances to play Saturday in a 1: 35 pm semifinal "
                     "against Indiana State.")
    assert _dates(s, dt.date(2013, 3, 8))["Saturday"] == "2013-03-09"


@needs_shared
def test_third_person_present_of_a_scheduled_event_looks_ahead():
    # ECB+ T25 (Wednesday 5 January 2011), DUC 2006 D0602B (AP, Thursday 28 September 2000), D0628A (Thursday 14
    # January 1999). On main: the Saturday, Sunday and Friday before.
    s = _real("ecb", "New Orleans plays at Seattle on Saturday at 3: 30 p. m. in the Wild Card round of the NFC playoffs.")
    assert _dates(s, dt.date(2011, 1, 5))["on Saturday"] == "2011-01-08"
    s = _real("duc06", "The IOC Executive Board meets on Sunday.")
    assert _dates(s, dt.date(2000, 9, 28))["on Sunday"] == "2000-10-01"
    s = _real("duc06", "A study appears Friday in the journal Science.")
    assert _dates(s, dt.date(1999, 1, 14))["Friday"] == "1999-01-15"


@needs_shared
def test_a_date_opening_its_clause_takes_the_tense_after_it():
    # DUC 2003 d108c, Saturday 4 March 2000, Super Tuesday the 7th; DUC 2006 D0615F, Tuesday 11 May 1999 ("he'll")
    s = _real("duc", "On Tuesday, 33 delegates are at stake in the Hawaii Democratic caucuses.")
    assert _dates(s, dt.date(2000, 3, 4))["On Tuesday"] == "2000-03-07"
    s = _real("duc06", "But Abrams didn't agree, and on Wednesday he'll present his revision to the other board members.")
    assert _dates(s, dt.date(1999, 5, 11))["on Wednesday"] == "1999-05-12"


@needs_shared
def test_present_tense_month_day_after_the_articles_date_is_this_years():
    # ECB+ T39 (Sunday 4 August 2013), T44 (12 November 2007): on main 2012-11-23 and 2007-01-31
    s = _real("ecb", "Doctor Who returns to screens on November 23 for its 50th anniversary special")
    assert _dates(s, dt.date(2013, 8, 4))["November 23"] == "2013-11-23"
    s = _real("ecb", "HP says it expects the deal to close by its first fiscal 2008 quarter, which ends January 31.")
    assert _dates(s, dt.date(2007, 11, 12))["January 31"] == "2008-01-31"


@needs_shared
def test_a_schedule_word_reads_the_nearest_occurrence():
    # ECB+ T42 (24 April 2013): "interested" is an adjective, not a past tense; on main 2012-04-29. DUC 2006 D0638B
    # (Monday 31 January 2000): on main 25 January.
    s = _real("ecb", "Beginning April 29th, business customers interested in registering for the BlackBerry Q10 can "
                     "visit")
    assert _dates(s, dt.date(2013, 4, 24))["April 29th"] == "2013-04-29"
    s = _real("duc06", "It has now been given another lease on life, beginning Tuesday.")
    assert _dates(s, dt.date(2000, 1, 31))["Tuesday"] == "2000-02-01"


# -- counter-cases: what stays in the past ----------------------------------------------------------------------

FRI, SUN, WED = dt.date(2024, 5, 10), dt.date(2024, 5, 12), dt.date(2024, 5, 15)


def test_a_past_clause_stays_past():
    assert _dates("The man who died Friday is believed to be a tourist.", SUN)["Friday"] == "2024-05-10"
    assert _dates("The outage began at 8: 30 am on Tuesday and ended at noon.", FRI)["on Tuesday"] == "2024-05-07"


def test_a_weekday_modifying_a_noun_names_a_past_event():
    s = "Jo Doe is now the main suspect in the Friday afternoon slaying of a clerk."
    assert _dates(s, SUN)["Friday afternoon"] == "2024-05-10"


def test_headline_chronology_and_habit_are_no_present_of_a_coming_day():
    assert _dates("Pop Star Checks Into Rehab Thursday", FRI)["Thursday"] == "2024-05-09"
    assert _dates("April 12 -- Reno meets with the relatives and orders them to leave.", dt.date(2000, 6, 28))[
        "April 12"] == "2000-04-12"
    s = "Normally the short rainy season ends in December, but this year was different."
    assert _dates(s, dt.date(1999, 2, 2))["in December"] == "1998-12"


def test_since_and_plural_nouns_are_no_present_cue():
    assert _dates("He is in hospital since Monday.", WED)["since Monday"] == "2024-05-13"
    assert _dates("Two runs on Saturday sealed the series.", WED)["on Saturday"] == "2024-05-11"


def test_reporting_after_and_a_schedule_word_with_a_future_cue():
    # a present clause before the date keeps its tense over ", officials said" after it
    assert _dates("The board meets on Sunday, officials said.", dt.date(2024, 5, 9))["on Sunday"] == "2024-05-12"
    # "said" after the date opening the sentence is its clause's verb: the Monday before
    assert _dates("On Monday, a spokesman said that heads of state receive visas.", WED)["On Monday"] == "2024-05-13"
    # "will ... starting Friday" on a Monday: ahead (4 days), not the nearer Friday before (3 days)
    assert _dates("The theater will show the film starting Friday.", dt.date(2024, 5, 13))["Friday"] == "2024-05-17"


# -- a weekday written with its date ----------------------------------------------------------------------------


@needs_shared
def test_a_weekday_written_with_its_date_is_that_date():
    # DUC 2003 d129j (Monday 12 April 1999): on main "Tuesday" 6 April; ECB+ T34 (read as of 29 July 2009): on main
    # "Monday" 27 July; MultiLing M000 (8 January 2005): on main "On Sunday" 2 January and "January 16" 2004 (a
    # Friday): the year in which 16 January is a Sunday.
    s = _real("duc", "Then there's Lalor's church, which is holding a Y2K day-long seminar Tuesday, April 20, to talk "
                     "about generators")
    assert _dates(s, dt.date(1999, 4, 12)) == {"Tuesday": "1999-04-20", "April 20": "1999-04-20"}
    s = _real("ecb", "during an announcement in the White House Rose Garden Monday, July 13, 2009.")
    assert _dates(s, dt.date(2009, 7, 29))["Monday"] == "2009-07-13"
    s = _real("ml", "On Sunday, January 16, the Romanian public raised")
    assert _dates(s, dt.date(2005, 1, 8)) == {"On Sunday": "2005-01-16", "January 16": "2005-01-16"}


def test_a_weekday_apart_from_a_date_keeps_its_own_reading():
    d = _dates("The talks opened on Monday; on April 20 the delegates will vote.", WED)
    assert d["on Monday"] == "2024-05-13" and d["April 20"] == "2025-04-20"


def test_a_weekday_with_a_date_no_near_year_fits_reads_as_the_date():
    # no year near the anchor has 22 August on a Thursday: both read as the month-day is
    d = _dates("She turns 40 on Thursday, Aug. 22, and will celebrate.", dt.date(2015, 4, 29))
    assert d["on Thursday"] == d["Aug. 22"]


# -- "won't" -----------------------------------------------------------------------------------------------------


@needs_shared
def test_wont_is_a_future_not_the_past_of_win():
    # DUC 2006 D0604D (3 June 1999), DUC 2003 d108c (8 February 2000): "won't" was read as "won"; on main 1998-07-10
    # and 1999-02-19
    s = _real("duc06", "Even so, audiences here won't get a look at the film until opening day, July 10.")
    assert _dates(s, dt.date(1999, 6, 3))["July 10"] == "1999-07-10"
    s = _real("duc", "won't be held until Feb. 19 in South Carolina.")
    assert _dates(s, dt.date(2000, 2, 8))["Feb. 19"] == "2000-02-19"


def test_won_is_still_a_past():
    assert _dates("The Lakers won the title on Sunday.", WED)["on Sunday"] == "2024-05-12"


# -- a deadline's month-day ----------------------------------------------------------------------------------------


@needs_shared
def test_a_deadline_read_past_by_another_verb_is_the_nearest():
    # DUC 2006 D0648C (22 February 1999), D0647B (8 January 2000): on main 1998-03-07 and 1999-01-14
    s = _real("duc06", "He pleaded no contest to the Maryland charges, but has until March 7 to appeal the sentence.")
    assert _dates(s, dt.date(1999, 2, 22))["March 7"] == "1999-03-07"
    s = _real("duc06", "said last week the boy should be sent back to Cuba by Jan. 14.")
    assert _dates(s, dt.date(2000, 1, 8))["Jan. 14"] == "2000-01-14"


def test_a_recent_deadline_stays_past():
    assert _dates("By Feb. 26, most people thought the worst was over.", dt.date(2000, 3, 4))["Feb. 26"] == "2000-02-26"
    assert _dates("He was at large until Dec. 7, when he was found.", dt.date(2010, 1, 12))["Dec. 7"] == "2009-12-07"
