"""What a reader tripped on in the timeline and the shared facts (issue 11, tl54; rd53's and tl53's reading): a span
shown as one date "also" the other, a weekday dating a statement already made read a week ahead, an untitled
article's headline line shown as a fact most outlets agree on."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsbrief.analyze.agreement import Unit, _without_page_lines
from newsbrief.analyze.timeline import DateMention, Event, find_dates, one_row_per_sentence
from newsbrief.analyze._non_speakers import untitled_headline
from newsbrief.render.analysis import event_when

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _row(text: str, anchor: dt.date) -> Event:
    sent = SimpleNamespace(text=text, index=0, source=SimpleNamespace(n=1, label="outlet"),
                           cite=lambda: SimpleNamespace(to_dict=dict))
    ms = [DateMention(sent, a, b, expr, when, since) for a, b, expr, when, since in find_dates(text, anchor)]
    kept, also = one_row_per_sentence(ms)
    return Event(kept[0].when, kept, also)


def _line(path: str, key: str, start: str) -> tuple[str, dict]:
    """The text of a clustering set's article (``key``: its cluster) from ``start`` to its line's end, and the
    article."""
    with gzip.open(SHARED / path, "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["cluster"].startswith(key):
                i = row["text"].find(start)
                if i >= 0:
                    return row["text"][i:].split("\n")[0], row
    raise AssertionError(f"{start!r} not in {key}")


@needs_shared
def test_a_charge_sheet_span_is_shown_as_a_range():
    # MultiLing M007: "from November 15, 2003, to January 15, 2004": one row, read as the range it tells (main: the
    # start "also" the end)
    with gzip.open(SHARED / "multiling2011_en/test.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = next(a["text"] for c in map(json.loads, fh) if c["id"].endswith("M007") for a in c["articles"]
                    if "Army charge sheets accuse" in a["text"])
    text = text[text.index("Army charge sheets accuse"):].split("\n")[0]
    e = _row(text, dt.date(2005, 3, 1))
    d = e.to_dict()
    assert d["date"] == "2003-11-15" and [x["date"] for x in d["also"]] == ["2004-01-15"]  # "also" as before
    assert d["until"]["date"] == "2004-01-15" and d["until"]["end"] == "2004-01-15"
    assert event_when(d) == "Sat 15 Nov 2003 to Thu 15 Jan 2004"


def test_only_a_span_reads_as_a_range():
    anchor = dt.date(2016, 5, 20)
    assert event_when(_row("The talks ran from Monday to Thursday.", anchor).to_dict()) == "Mon 16 May 2016 to Thu 19 May 2016"
    # a move of a date, two dates told apart, a date before the start: no range, the other date "also"
    for text in ("The vote was postponed from Monday to Friday.", "He lived in Paris from 1990, and in Rome in 1995.",
                 "He met her on Monday and again on Thursday."):
        d = _row(text, anchor).to_dict()
        assert d["until"] is None and ", also " in event_when(d), text


@needs_shared
def test_a_statement_on_tuesday_is_the_tuesday_before_the_article():
    # BASIL 3db93526 (NYT, 7 December 2011): "The new ad follows Mr. Perry's statement on Tuesday ..." was read by
    # the present "follows" as Tue 13 Dec, a week after the article
    text, row = _line("basil/test.jsonl.gz", "3db93526", "The new ad follows")
    assert row["date"] == "2011-12-07"
    assert [w.label for *_, w, _ in find_dates(text, dt.date(2011, 12, 7))] == ["2011-12-06"]


@needs_shared
def test_a_scheduled_interview_cancelled_is_the_monday_before():
    # BASIL 08bb9bee (21 August 2012, a Tuesday): "scheduled" inside the noun's phrase read the Monday after
    text, row = _line("basil/test.jsonl.gz", "08bb9bee", "The video was released after Akin canceled")
    anchor = dt.date.fromisoformat(row["date"])
    assert anchor == dt.date(2012, 8, 21)
    assert [w.label for *_, w, _ in find_dates(text, anchor)] == ["2012-08-20"]


def test_a_speech_act_weekday_reads_back_but_a_planned_one_ahead():
    anchor = dt.date(2011, 12, 7)  # a Wednesday
    back = ("The new ad follows his remarks on Monday that taxes would rise.",
            "The ad answers the senator's statement Tuesday that spending would be cut.")
    ahead = ("The study, to be released Friday in a journal, challenges the view.",
             "He will make an announcement on Friday.", "The results will be announced Friday.",
             "The board meets on Friday.")
    assert [find_dates(t, anchor)[0][3].label for t in back] == ["2011-12-05", "2011-12-06"]  # main: a week on
    assert [find_dates(t, anchor)[0][3].start > anchor for t in ahead] == [True] * 4


def _sent(body: str, line: int = 0, title: str | None = None) -> SimpleNamespace:
    lines = body.split("\n")
    start = sum(len(x) + 1 for x in lines[:line])
    article = SimpleNamespace(body=body, title=title)
    return SimpleNamespace(text=lines[line], sentence=SimpleNamespace(article=article, start=start))


@needs_shared
def test_an_untitled_articles_headline_line_is_no_shared_fact():
    # ECB+ T32_ecbplus (no title field; the text opens on its headline): rd53 read "Millom double murder: Man charged
    # with killing mother and sister" shown as a fact 11 sources share
    _, row = _line("ecbplus/test.jsonl.gz", "T32_ecbplus", "Millom double murder")
    head, body = _sent(row["text"]), _sent(row["text"], 2)
    assert row["title"] is None and untitled_headline(head) and not untitled_headline(body)
    # a headline ending on its own quotation mark (article 11)
    _, row11 = _line("ecbplus/test.jsonl.gz", "T32_ecbplus", "Cumbria double murder: Son suspected")
    assert untitled_headline(_sent(row11["text"]))
    other = _sent("Cumbria double murder: Man charged\nA MAN has been charged with the murder.")
    fact = Unit([head, other], [1.0, 0.8])
    main = Unit([head, _sent(row["text"], 2)], [1.0, 0.7], main=True)
    units, single = _without_page_lines([main, fact], [head, body])
    assert units == [main] and main.sents[0] is not head and single == [body]
    # a main event whose only sentence member states another fact (under the units' similarity) keeps its headline
    weak = Unit([head, _sent(row["text"], 2)], [1.0, 0.2], main=True)
    assert _without_page_lines([weak], [], 0.35)[0][0].sents[0] is head


def test_a_first_line_that_is_a_sentence_or_under_a_title_stays():
    assert not untitled_headline(_sent("An Atlanta judge sentenced Brian Nichols to life in prison Saturday.\nMore."))
    assert not untitled_headline(_sent("Millom double murder: Man charged\nBody.", title="Millom double murder"))
    assert not untitled_headline(_sent("Body first.\nMillom double murder: Man charged", 1))
    assert not untitled_headline(_sent("Breaking news\nBody."))  # two words
    assert not untitled_headline(_sent('He said the plan "will work."\nBody.'))  # a stop inside the closing mark
