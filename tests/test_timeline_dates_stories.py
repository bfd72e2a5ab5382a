"""Timeline dates on stories of the clustering sets (issue 11, tl46): a capitalized cue before a name ("Will
Artino") is no tense, a future weekday naming the article's own day is that day, "heading into" looks ahead, a
deadline "by Friday" looks ahead, and an undated article's date is read from its URL. Real sentences from
../shared (ECB+, DUC 2006), each with a made-up counter-case."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from functools import lru_cache
from pathlib import Path

import pytest

from newsbrief.analyze.timeline import find_dates
from newsbrief.ingest import article_from_dict, url_date
from newsbrief.render.analysis import source_dated

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


@lru_cache(maxsize=None)
def _ecb() -> dict[str, dict]:
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _line(text: str, start: str) -> str:
    """The line (ECB+ keeps one sentence a line) of ``text`` opening with ``start``."""
    return next(line for line in text.split("\n") if line.startswith(start))


def _dates(text: str, anchor: dt.date) -> dict[str, str]:
    return {expr: w.label for _, _, expr, w, _ in find_dates(text, anchor)}


# -- "Will" before a name is no modal ---------------------------------------------------------------------------

@needs_shared
def test_will_before_a_name_is_no_future_cue():
    # omaha.com, 8 March 2013, read as of Saturday 9 March: "Will Artino" is a player, "got" is the tense
    text = _line(_ecb()["31_10ecbplus"]["text"], "Doug McDermott got a scoring record Friday")
    assert _dates(text, dt.date(2013, 3, 9))["Friday"] == "2013-03-08"  # main: 2013-03-15, a week ahead


def test_will_as_a_modal_stays_a_future_cue():
    sat = dt.date(2013, 3, 9)
    assert _dates("Will the Fed raise rates on Friday?", sat)["on Friday"] == "2013-03-15"
    assert _dates("Creighton Will Play Indiana State Next Friday", sat)["Next Friday"] == "2013-03-15"
    # a headline in title case capitalizes its verbs: "Will Play" is the modal there
    assert _dates("Creighton Will Play Wichita State Friday In The Final", sat)["Friday"] == "2013-03-15"
    # "Last Friday" at a sentence's start is the cue's own date, not a name
    assert _dates("Last Friday the team lost; it will play again Saturday.", sat)["Last Friday"] == "2013-03-08"


def test_past_cue_in_a_name_is_no_past_cue():
    mon = dt.date(2013, 3, 4)
    # "United" ([a-z]ed) and "Rose" are names here: "will" sets the tense
    assert _dates("The United States will host the talks on Thursday.", mon)["on Thursday"] == "2013-03-07"
    assert _dates("Obama will speak in the Rose Garden on Thursday.", mon)["on Thursday"] == "2013-03-07"
    # in lower case the past cue stays
    assert _dates("The team rose to third on Thursday after a win, and the coach will stay on.", mon)["on Thursday"] == "2013-02-28"


# -- a future weekday naming the article's own day ----------------------------------------------------------------

@needs_shared
def test_future_weekday_of_the_articles_own_day_is_that_day():
    # AP, Wednesday 7 October 1998: the ceremony is that day, not a week on
    with gzip.open(SHARED / "duc2006" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"].endswith("D0609I"))
    article = next(a for a in cluster["articles"] if "is to attend a ceremony Wednesday" in a["text"])
    assert article["date"].startswith("1998-10-07")
    text = next(s for s in article["text"].split("\n") if "is to attend a ceremony Wednesday" in s)
    assert _dates(text, dt.date(1998, 10, 7))["Wednesday"] == "1998-10-07"  # main: 1998-10-14


def test_next_weekday_of_the_articles_own_day_is_a_week_on():
    wed = dt.date(1998, 10, 7)
    assert _dates("The board will meet next Wednesday.", wed)["next Wednesday"] == "1998-10-14"
    assert _dates("The board will meet on Friday.", wed)["on Friday"] == "1998-10-09"


# -- "heading into" looks ahead -----------------------------------------------------------------------------------

@needs_shared
def test_heading_into_looks_ahead():
    # starherald.com, Friday 8 March 2013
    text = _line(_ecb()["31_7ecbplus"]["text"], "McDermott now has")
    assert _dates(text, dt.date(2013, 3, 8))["Saturday"] == "2013-03-09"  # main: 2013-03-02


def test_heading_into_puts_only_a_later_date_ahead():
    fri = dt.date(2013, 3, 8)
    assert _dates("He scored 30 points Thursday heading into Saturday's final.", fri)["Thursday"] == "2013-03-07"
    assert _dates("The car was heading into the tunnel on Wednesday when it crashed.", fri)["on Wednesday"] == "2013-03-06"


# -- a deadline with no tense cue looks ahead ---------------------------------------------------------------------

@needs_shared
def test_deadline_weekday_without_tense_looks_ahead():
    # foxnews.com, Wednesday 5 May 2010: the bill's passage is due that Friday
    text = _line(_ecb()["8_9ecbplus"]["text"], "The goal is passage by Friday")
    assert _dates(text, dt.date(2010, 5, 5))["by Friday"] == "2010-05-07"  # main: 2010-04-30


def test_deadline_weekday_in_the_past_stays_past():
    thu = dt.date(1999, 9, 9)
    assert _dates("By Thursday, 497 people had been treated at hospitals.", thu)["By Thursday"] == "1999-09-09"
    assert _dates("Until Tuesday, the agency said it lacked the money.", thu)["Until Tuesday"] == "1999-09-07"


# -- an undated article's date from its URL -----------------------------------------------------------------------

@needs_shared
def test_undated_article_takes_its_urls_date():
    row = _ecb()["31_3ecbplus"]  # omaha.com/article/20130425/...: an April story in a March cluster
    assert row["date"] is None
    a = article_from_dict(row)
    assert (a.date, a.date_from_url, a.date_from_text) == (dt.date(2013, 4, 25), True, False)
    assert url_date(_ecb()["31_8ecbplus"]["url"]) == dt.date(2013, 3, 8)  # sbnation's /2013/3/8/
    assert url_date(_ecb()["1_10ecbplus"]["url"]) == dt.date(2013, 5, 3)  # latimes' /2013/may/03/


def test_url_date_only_a_full_past_date():
    today = dt.date(2026, 12, 5)
    assert url_date("https://example.com/2013/03/", today) is None  # a month is no day
    assert url_date("https://example.com/2030/01/01/story", today) is None  # after today: no publication date
    assert url_date("https://example.blogspot.com/2005_05_01_archive.html", today) is None  # a month's archive
    assert url_date("https://example.com/news/20131345/story", today) is None  # no such day
    assert url_date("https://example.com/story?id=12345678", today) is None
    assert url_date("https://example.com/2013-03-08/story", today) == dt.date(2013, 3, 8)


def test_url_date_never_overrides_a_given_or_written_date():
    a = article_from_dict({"text": "Saturday, September 14, 2013\n\nThe council met on Friday to vote on the plan "
                                   "for the new bridge over the river.", "url": "https://example.com/2013/09/15/story"})
    assert (a.date, a.date_from_text, a.date_from_url) == (dt.date(2013, 9, 14), True, False)
    b = article_from_dict({"text": "The council met on Friday to vote on the plan for the new bridge over the river.",
                           "url": "https://example.com/2013/09/15/story", "date": "2013-09-16"})
    assert (b.date, b.date_from_url) == (dt.date(2013, 9, 16), False)


def test_view_says_the_date_comes_from_the_url():
    assert source_dated({"date": "2013-04-25", "date_from_url": True}) == "2013-04-25, from its URL"
    assert source_dated({"date": "2013-04-25"}) == "2013-04-25"
