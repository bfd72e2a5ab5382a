"""The date an undated article's relative dates are read as of (issue 11, tl47): in a story whose dated articles
carry several dates, the date of a time stamp at its head within the story's dates, else the date of the dated
article most like it (TF-IDF), not the story's latest date; the story's latest date when neither. Real stories from ../shared (ECB+), each with a made-up counter-case."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from functools import lru_cache
from pathlib import Path

import pytest

from newsbrief.analyze import make_sources
from newsbrief.analyze.timeline import find_dates
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict, make_article
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.render.analysis import source_dated

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


@lru_cache(maxsize=None)
def _sources(cluster: str) -> dict[str, object]:
    """The sources of an ECB+ subtopic, by article id."""
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        arts = [article_from_dict(r) for r in map(json.loads, fh) if r["cluster"] == cluster]
    return {s.article_id: s for s in make_sources(prepare(arts, Settings()))}


@needs_shared
def test_undated_game_report_is_read_as_of_the_game_reports_day():
    # T31_ecbplus: game reports of Friday 8 March 2013 and a profile of 25 April; gocreighton.com's report has no
    # date ingest reads ("Release: 03 / 08 / 2013"). On main it was read as of 25 April: "on Friday afternoon" ->
    # 19 April.
    srcs = _sources("T31_ecbplus")
    src = srcs["31_4ecbplus"]
    assert src.anchor == dt.date(2013, 3, 8) and src.anchor_from == "cluster"
    like = next(s for s in srcs.values() if s.n == src.anchor_like)
    assert like.article.date == dt.date(2013, 3, 8)
    text = "Creighton defeated Drake, 65-53, on Friday afternoon in the first quarterfinal."
    assert {e: w.label for _, _, e, w, _ in find_dates(text, src.anchor)}["on Friday afternoon"] == "2013-03-08"


@needs_shared
def test_undated_launch_report_keeps_the_launch_day():
    # T42_ecbplus: theberryfix.com's undated report of the 14 May launch ("posted at 10: 04 am on May 14, 2013")
    # stays at 14 May, the day of blackberryempire.com's report most like it, so the two articles' monthly payments
    # ("20 additional" / "24 equal") stay a day apart and are compared (a story-wide "date most articles carry",
    # 24 April, put them three weeks apart); the undated reports of the 24 April announcement are read as of 24
    # April (on main: 14 May, "T-Mobile today announced" dated 14 May).
    srcs = _sources("T42_ecbplus")
    launch = next(s for s in srcs.values() if s.article.outlet.endswith("theberryfix.com"))
    like = max((s for s in srcs.values() if s.article.date), key=lambda s: s.article.date)
    assert launch.anchor == like.anchor == dt.date(2013, 5, 14)
    announced = [s for s in srcs.values() if not s.article.date and s is not launch]
    assert len(announced) == 2 and all(s.anchor == dt.date(2013, 4, 24) for s in announced)
    assert any(s.anchor_like for s in announced)


@needs_shared
def test_time_stamp_keeps_a_follow_up_at_its_own_day():
    # T22_ecbplus: nbcphiladelphia.com's trial report (undated; "Monday, Sep 10, 2012 | Updated 9: 01 AM EDT" a
    # stamp line under its lead) is most like the 2010 shooting reports; its stamp keeps it at the trial's day
    # (its "two years ago" is 2010, not 2008). T16_ecbplus: lbreport.com's conviction report, stamped "(March 20,
    # 2007)", is most like a 2005 charge report; no dated article is of its day.
    srcs = _sources("T22_ecbplus")
    trial = srcs["22_10ecbplus"]
    assert trial.anchor == dt.date(2012, 9, 10) and trial.anchor_stamped and trial.anchor_like is None
    shooting = [s for s in srcs.values() if not s.article.date and s is not trial]
    assert shooting and all(s.anchor == dt.date(2010, 9, 10) for s in shooting)
    assert _sources("T16_ecbplus")["16_2ecbplus"].anchor == dt.date(2007, 3, 20)


def _story(*texts_dates) -> list:
    # read as ingest reads them (tl48: the time stamp at an undated article's head is ingest's reading, the
    # article's date with ``date_from_stamp``)
    arts = [make_article(t, date=d, source=f"outlet{i}.com", article_id=f"a{i}")
            for i, (t, d) in enumerate(texts_dates, 1)]
    return make_sources(prepare(arts, Settings()))


def test_undated_article_like_no_dated_one_takes_the_storys_latest_date():
    fire = "Fire crews fought a blaze at the old dairy warehouse on Tuesday. The warehouse burned to the ground."
    srcs = _story((fire, dt.date(2012, 8, 7)),
                  ("The city council approved a new budget for road repairs and parks. The mayor signed it.",
                   dt.date(2013, 8, 24)),
                  ("Voters in the county will choose a new sheriff and school board members next month.", None))
    assert (srcs[2].anchor, srcs[2].anchor_like, srcs[2].anchor_stamped) == (dt.date(2013, 8, 24), None, False)


def test_a_sentences_later_date_is_no_time_stamp():
    # a court date written in a sentence is no stamp line: the article stays at the date of the report most like it
    arrest = "Chargers tackle Jamal Doe was arrested on suspicion of drunk driving early Sunday, police said."
    srcs = _story((arrest, dt.date(2009, 2, 2)),
                  ("The team traded a draft pick to the Jets for a receiver.", dt.date(2009, 2, 20)),
                  (arrest + "\nHis court date is set for February 17, 2009.", None))
    assert (srcs[2].anchor, srcs[2].anchor_like, srcs[2].anchor_stamped) == (dt.date(2009, 2, 2), 1, False)


_RETOLD = "Police said the Chargers tackle Jamal Doe was arrested early Sunday on suspicion of drunk driving in town."


def test_a_stamp_after_the_storys_last_date_is_none_of_its_dates():
    # "Updated" years on: the article is read as of the report most like it, not as of the update (a byline's stamp
    # line: a line that is only "Updated March 3, 2015" is a date line, ingest's publication date, since tl48 reads
    # these articles through ingest)
    arrest = "Chargers tackle Jamal Doe was arrested on suspicion of drunk driving early Sunday, police said."
    srcs = _story((arrest, dt.date(2009, 2, 2)),
                  ("The team traded a draft pick to the Jets for a receiver.", dt.date(2009, 2, 20)),
                  ("Chargers tackle arrested\nBy Jo Roe | Updated March 3, 2015\n" + _RETOLD, None))
    assert (srcs[2].anchor, srcs[2].anchor_like, srcs[2].anchor_stamped) == (dt.date(2009, 2, 2), 1, False)
    srcs = _story((arrest, dt.date(2009, 2, 2)),
                  ("The team traded a draft pick to the Jets for a receiver.", dt.date(2009, 2, 20)),
                  ("Chargers tackle arrested\nBy Jo Roe | Updated February 3, 2009\n" + _RETOLD, None))
    assert (srcs[2].anchor, srcs[2].anchor_like, srcs[2].anchor_stamped) == (dt.date(2009, 2, 3), None, True)


def test_view_says_which_article_an_undated_one_is_read_as_of():
    s = {"date": None, "anchor_date": "2013-03-08", "anchor_from": "cluster", "anchor_like": 9}
    assert source_dated(s) == "undated; relative dates read as of 2013-03-08, the date of [9], the dated article most like it"
    s = {"date": None, "anchor_date": "2012-09-10", "anchor_from": "cluster", "anchor_like": None, "anchor_stamped": True}
    assert source_dated(s) == "undated; relative dates read as of 2012-09-10, the time stamp at its head"
    assert source_dated({"date": None, "anchor_date": "2013-04-25", "anchor_from": "cluster"}).endswith(
        "the date given for the story")
