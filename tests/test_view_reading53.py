"""What a reader tripped on in the cross-source view of real multi-outlet stories (issue 11, rd53; docs/analysis-labels.md,
"Read as a reader: real multi-outlet stories of the clustering sets"): a page's time stamp shown as a fact or a
detail (:func:`newsbrief.analyze.agreement.units` now leaves out what :func:`newsbrief._patterns.is_date_line` reads
as one, and that reads a few more stamp forms), and a recurring
weekday ("every Sunday") dated as a day (:func:`newsbrief.analyze.timeline.find_dates`). Real lines from ../shared
(skipped without it), each mis-shown by main; made-up counter-cases guard the rules' reach.
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from conftest import load_clusters, load_story

from newsbrief._patterns import is_date_line
from newsbrief.analyze.agreement import FACT_BOX_RE, _without_page_lines
from newsbrief.analyze.timeline import find_dates

ECB = "data/ecbplus/test.jsonl.gz"
MN = "data/multinews_sample/validation.jsonl.gz"
BASIL = "data/basil/test.jsonl.gz"


def _line(shared_dir, path: str, story: str, article: str | None, opening: str) -> str:
    """The line of ``article`` (of ``story``; any of its articles when None) that opens on ``opening``."""
    return next(line.strip() for a in load_story(shared_dir / path, story) if article in (None, a["id"])
                for line in a["text"].splitlines() if line.strip().startswith(opening))


@pytest.mark.parametrize("story, article, opening", [
    # main showed it as "reported by one source only, in several of its articles" (U-T San Diego's two pages)
    ("T35_ecbplus", "35_2ecbplus", "10: 55 P. M. FEB. 2"),
    # main listed it in the coverage grid as a fact two outlets share
    ("T32_ecbplus", "32_2ecbplus", "PUBLISHED: 16: 05 GMT"),
    # stamps main's is_date_line did not read: shown as a detail by main (T13), or once another stamp left (T26, T07)
    ("T13_ecbplus", "13_7ecbplus", "Story Created:"),
    ("T26_ecbplus", "26_8ecbplus", "Edited on Mon"),
    ("T07_ecbplus", None, "Article posted on 08. 07. 2012"),
    ("T07_ecbplus", None, "on Jul 7 2012, 5: 55p"),
])
def test_a_pages_time_stamp_is_no_fact_nor_detail(shared_dir, story, article, opening):
    line = _line(shared_dir, ECB, story, article, opening)
    assert is_date_line(line), line
    assert _without_page_lines([], [SimpleNamespace(text=line)]) == ([], [])


@pytest.mark.parametrize("text", [
    "Williams was pulled over at 1:30 a.m. on Sunday, Feb. 1, 2009, on a freeway outside downtown.",  # a dated event
    "The hearing was set for Tuesday, 16 December 2008, at Preston Crown Court.",
    "On Tuesday the court heard that the victims were found at 8:40am on June 8, 2013.",
    "The story was edited on Monday, 3 May 2010.",
    "Story 3 of 10",  # a count, no date
    "Created by 3 people",
    "Article 50 on 29 March 2017",  # a treaty's article, then its date
    "He scored 5p on 3 May 2012",
])
def test_a_story_sentence_with_a_date_and_time_stays(text):
    assert not is_date_line(text)
    assert _without_page_lines([], [SimpleNamespace(text=text)]) == ([], [SimpleNamespace(text=text)])


@pytest.mark.parametrize("cid", ["0209", "0218"])
def test_a_fact_boxs_line_is_no_fact(shared_dir, cid):
    # main showed "MH370 - Facts at a glance 8 March - ... disappears" as a fact most outlets report
    arts = next(c for c in load_clusters(shared_dir / MN) if c["id"] == f"multinews-validation-sample-{cid}")["articles"]
    at = next((a["text"], a["text"].find("Facts at a glance")) for a in arts if "Facts at a glance" in a["text"])
    line = at[0][max(0, at[1] - 10) : at[1] + 60]
    assert FACT_BOX_RE.search(line)
    assert _without_page_lines([], [SimpleNamespace(text=line)]) == ([], [])


@pytest.mark.parametrize("text", [
    "Here's what we know for sure: we will not be discouraged.",
    "At a glance, the plan looks simple, officials said.",
    "Voters who glanced at the facts at a distance were unconvinced.",
])
def test_prose_about_knowing_or_glancing_is_no_fact_box(text):
    assert _without_page_lines([], [SimpleNamespace(text=text)]) == ([], [SimpleNamespace(text=text)])


def _weekdays(text: str, anchor: dt.date) -> list[str]:
    return [expr for _s, _e, expr, _when, _since in find_dates(text, anchor)
            if re.search(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day", expr)]


@pytest.mark.parametrize("article, opening", [
    # main dated "every Sunday" 4 Dec 2011: a timeline row of all three outlets and a "(4 Dec 2011)" gloss in the brief
    ("275aec12-0952-46f4-84d1-64815517fb93", "“but you don’t need to be in the pew every Sunday"),
    ("7003147b-4a87-41d8-8643-c410d2befd61", "But you don't need to be in the pews every Sunday"),
])
def test_a_recurring_weekday_is_no_date(shared_dir, article, opening):
    a = next(a for a in load_story(shared_dir / BASIL, "3db93526") if a["id"] == article)
    at = a["text"].find(opening)
    assert at >= 0
    text = a["text"][at : a["text"].find(".", at + len(opening)) + 1]
    assert _weekdays(text, dt.date(2011, 12, 7)) == [], text


@pytest.mark.parametrize("text, expected", [
    ("Every Tuesday and Thursday since late November, he has come here.", []),  # the listed weekdays recur too
    ("The show airs each Monday night.", []),
    ("He met her on Sunday.", ["on Sunday"]),
    ("The vote came Sunday, and every voter went home.", ["Sunday"]),  # "every" before another noun
    ("Each week he came, on Tuesday and Friday.", ["on Tuesday", "Friday"]),
])
def test_only_the_weekday_after_every_or_each_loses_its_date(text, expected):
    assert _weekdays(text, dt.date(2011, 12, 7)) == expected


@pytest.mark.slow
def test_the_view_shows_no_page_stamp_and_no_recurring_weekday(shared_dir):
    # ECB+ T35: main showed U-T San Diego's stamp as "reported by one source only, in several of its articles";
    # BASIL 3db93526: main dated "every Sunday" 4 Dec 2011 in the timeline. The rest of each view stays.
    from newsbrief.pipeline import analyze

    d = analyze(load_story(shared_dir / ECB, "T35_ecbplus")).analysis.to_dict()
    ag = d["agreement"]
    items = [u["text"] for k in ("consensus", "shared", "single_family") for u in ag[k]]
    items += [x["text"] for s in ag["single_source"] for x in s["details"]]
    assert not any(is_date_line(t.strip()) for t in items)
    assert any("booked into county jail" in t for t in items)
    d = analyze(load_story(shared_dir / BASIL, "3db93526")).analysis.to_dict()
    assert not any("every Sunday" in t["text"] for t in d["timeline"])
    assert any("Politico reported Tuesday" in t["text"] for t in d["timeline"])
