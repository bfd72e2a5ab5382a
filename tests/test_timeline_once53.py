"""A sentence naming several dates is shown in one timeline row, under the date of what it reports, its other dates
left in its words and listed as the row's ``also`` (issue 11, tl53): rd52 read one charge-sheet sentence ("from
November 15, 2003, to January 15, 2004") under both dates, and a life told in one sentence under 1927 and 1951.
Different sentences keep their own rows."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsbrief.analyze.timeline import DateMention, find_dates, one_row_per_sentence
from newsbrief.render.analysis import event_when

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _sentence(path: str, cluster: str, start: str) -> str:
    with gzip.open(SHARED / path, "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["id"].rsplit("-", 1)[-1] != cluster:
                continue
            for art in row["articles"]:
                i = art["text"].find(start)
                if i >= 0:
                    end = re.compile(r"\.(?=\s+[A-Z“\"]|\s*$)").search(art["text"], i)
                    return art["text"][i : end.end() if end else None]
    raise AssertionError(f"{start!r} not in {cluster}")


def _mentions(*texts: str, anchor: dt.date = dt.date(2016, 5, 20)) -> list[DateMention]:
    out = []
    for text in texts:
        sent = SimpleNamespace(text=text)
        out += [DateMention(sent, a, b, expr, when, since) for a, b, expr, when, since in find_dates(text, anchor)]
    return out


def _rows(*texts: str, anchor: dt.date = dt.date(2016, 5, 20)) -> tuple[list[str], list[str]]:
    """The dates kept as rows and the dates left in the words (``also``), by label."""
    kept, also = one_row_per_sentence(_mentions(*texts, anchor=anchor))
    return [m.when.label for m in kept], [m.when.label for m in also]


@needs_shared
def test_a_charge_sheet_span_is_one_row_under_its_start():
    # MultiLing M007 (Abu Ghraib): one row under 15 Nov 2003, the span's end left in the words (main: two rows)
    text = _sentence("multiling2011_en/test.jsonl.gz", "M007", "Army charge sheets accuse")
    assert _rows(text, anchor=dt.date(2005, 3, 1)) == (["2003-11-15"], ["2004-01-15"])


@needs_shared
def test_a_life_told_in_one_sentence_is_one_row_under_its_first_date():
    # Multi-News 0096 (Mark Lane): born 1927, law degree 1951; a documentary in 1967, a film in 1973
    born = _sentence("multinews_sample/validation.jsonl.gz", "0096", "Lane was born in Brooklyn")
    book = _sentence("multinews_sample/validation.jsonl.gz", "0096", "The pivotal conspiracy book")
    assert _rows(born) == (["1927-02-24"], ["1951"])
    assert _rows(book) == (["1967"], ["1973"])


def test_a_date_in_a_relative_clause_or_a_since_date_is_background():
    # the sentence reports what was said on Tuesday, not the store's opening; the meetings' absence since Monday
    assert _rows("The company, which will open its store on Friday, said on Tuesday it had hired 40 people.",
                 anchor=dt.date(2016, 5, 20)) == (["2016-05-17"], ["2016-05-20"])
    assert _rows("There have been no talks since Monday, the mediator said Wednesday.",
                 anchor=dt.date(2016, 5, 20)) == (["2016-05-18"], ["2016-05-16"])


def test_a_date_naming_a_noun_is_background():
    # made up, as DUC 2006 D0602B's "analyze the 1997 female-adolescent data in December of that year": the row is the
    # analysis's, not the data's year; and "the 1998 games" names the games
    assert _rows("He analyzed the 1997 survey data in March 1999.") == (["1999-03"], ["1997"])
    assert _rows("The city was bidding for the 1998 games on Tuesday.") == (["2016-05-17"], ["1998"])


def test_a_that_clause_after_a_noun_and_a_dropped_plan_are_background():
    # made up, as labelled DUC sentences: "a factory ... that American cruise missiles destroyed last week, ... officials
    # said Monday", a flight "originally scheduled for mid-October but delayed ... tentatively set for ... Dec. 6"
    kept, also = _rows("The plant that the army shelled last week made medicine, officials said on Tuesday.")
    assert kept == ["2016-05-17"] and len(also) == 1
    assert _rows("The vote, originally set for May 2, 2016, but delayed, will be held on June 7, 2016.") == (
        ["2016-06-07"], ["2016-05-02"])
    # counter-cases: a complement "that" after a noun or "including that of" opens no relative clause
    assert _rows("The panel asked the agency that new cars be tested beginning in 2018, and old ones by 2020.") == (
        ["2018"], ["2020"])
    kept, also = _rows("Two trials are set before the May 30 presidential vote, including that of the mayor on June 2.")
    assert [k[5:] for k in kept] == ["06-02"] and [a[5:] for a in also] == ["05-30"]
    # "said that" opens what was said, whose date is the report's
    assert set(_rows("He said that the plant was shelled on Friday, 13 May 2016, and reopened in June.")[0]) == {"2016-05-13"}


def test_a_relative_clause_date_beats_a_noun_modifier_when_every_date_is_background():
    # made up, as DUC 2006 D0645I's "housing budget for the 1999 fiscal year was one of the few appropriation requests
    # that met with little opposition in the Republican-led Congress this year"
    assert _rows("The budget for the 2017 fiscal year was one of the requests that met no opposition this year.") == (
        ["2016"], ["2017"])


def test_a_wire_dateline_inside_a_sentence_is_background():
    # made up, as DUC 2006 D0618I's "HANOI, January 28 (xinhua) -- The number of malaria deaths in Vietnam last year
    # dropped by 70 percent ...": the dateline is the day the story was filed
    assert _rows("LIMA, May 18 (Xinhua) -- Floods killed 12 people in 2015, officials said.") == (["2015"], ["2016-05-18"])


def test_different_sentences_keep_their_own_rows():
    # made up: two sentences, two dates: both stay rows; one sentence's other date is no row, another's is
    kept, also = _rows("Talks ran from March 3, 2015, to March 9, 2015.", "On March 9, 2015, the deal was signed.")
    assert kept == ["2015-03-03", "2015-03-09"] and also == ["2015-03-09"]
    assert _rows("The plant closed in 2009.", "It reopened in 2012.") == (["2009", "2012"], [])


def test_a_sentence_naming_its_date_twice_keeps_both_expressions():
    # "on Sunday, January 23" is one date: both words date the row
    kept, also = one_row_per_sentence(_mentions("Artists will gather on Sunday, January 23, to raise money.",
                                                anchor=dt.date(2005, 1, 8)))
    assert {m.when.label for m in kept} == {"2005-01-23"} and not also


def test_the_row_shows_its_other_dates():
    row = {"since": False, "display": "Sat 15 Nov 2003", "also": [{"display": "Thu 15 Jan 2004"}]}
    assert event_when(row) == "Sat 15 Nov 2003, also Thu 15 Jan 2004"
    assert event_when({"since": True, "display": "1998"}) == "since 1998"


@needs_shared
@pytest.mark.slow
def test_the_m007_view_shows_the_charge_sheet_once():
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare
    from newsbrief.render.story_page import _timeline

    with gzip.open(SHARED / "multiling2011_en/test.jsonl.gz", "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"].endswith("M007"))
    settings = Settings()
    view = Analyzer(settings)(prepare([article_from_dict(a) for a in cluster["articles"]], settings)).analysis.to_dict()
    rows = [e for e in view["timeline"] if "Army charge sheets accuse" in e["text"]]
    assert [(e["date"], [x["date"] for x in e["also"]]) for e in rows] == [("2003-11-15", ["2004-01-15"])]
    page = [r for r in _timeline(view, lambda ns: ns) if "Army charge sheets accuse" in r["text"]]
    assert [r["display"] for r in page] == ["Sat 15 Nov 2003 to Thu 15 Jan 2004"]  # a range since tl54
