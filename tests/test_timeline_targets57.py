"""A year that bounds a target, a forecast or a term ("cut emissions by 25 percent by 2020", "the Kyoto Protocol, which
expires in 2012", "a target date of 2009", "in force until 2001") dates no event: the timeline row shows the bound
with the year ("by 2020", "until 2012"), and a sentence that also dates an event is shown under that event's date. A
baseline year ("from 1990 levels") gives no row. A past bound ("By 1953, the cartoon was a hit"), "not ... until 2002"
(when it happens) and a plain future year ("will be held in London in 2012") keep their rows as they were (issue 11,
rd57; docs/analysis-labels.md, "Read as a reader, stop 57"). Each bound below is a plain year on main 62bafa5."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.analyze import make_sources
from newsbrief.analyze._doc import Sent
from newsbrief.analyze.timeline import Event, date_mentions, one_row_per_sentence
from newsbrief.config import Settings
from newsbrief.ingest import make_article
from newsbrief.pipeline import prepare
from newsbrief.render.analysis import event_when


def _mentions(sentence: str, date: dt.date | None = dt.date(2007, 12, 10)):
    text = "Delegates met in the city on Friday. " + sentence
    art = make_article(text, source="outlet.com", article_id="a1", date=date)
    src = make_sources(prepare([art], Settings()))[0]
    return [m for m in date_mentions([Sent(s, src) for s in src.article.sentences])
            if m.sent.text.startswith(sentence[:20])]


@pytest.mark.parametrize("sentence, expression, bound", [
    ("They refused to approve a new treaty designed to cut emissions by 25 percent by 2020.", "by 2020", "by"),
    ("Analysts expect sales to reach $3 billion by 2010.", "by 2010", "by"),
    ("The rates are in force until 2009 and apply only to machines in the state.", "until 2009", "until"),
    ("The court granted the tribe the right to hunt up to 20 whales through 2012.", "through 2012", "until"),
    ("Republicans want to hold down spending increases after 2012.", "after 2012", "after"),
    ("The deal could keep two factories from being closed before 2010.", "before 2010", "before"),
    ("A replacement is sought for the Kyoto Protocol, which expires in 2012.", "in 2012", "until"),
    ("The Roadmap establishes the target year of 2009 for a new agreement.", "of 2009", "by"),
])
def test_a_target_year_is_shown_as_its_bound(sentence, expression, bound):
    ms = [m for m in _mentions(sentence) if m.expression == expression]
    assert len(ms) == 1 and ms[0].bound == bound
    row = Event(ms[0].when, ms).to_dict()
    assert event_when(row) == f"{bound} {ms[0].when.display}"


def test_a_target_in_an_undated_article_needs_its_clause_to_say_so():
    # no article date to compare the year with: an infinitive or a modal in its clause tells a target ...
    assert [m.bound for m in _mentions("The plan is to balance the budget by 2013.", None)] == ["by"]
    # ... a past clause with none does not ("unearthed ... after 1986 by French-Syrian teams")
    assert [m.bound for m in _mentions("The remains were unearthed after 1986 by French teams.", None)] == [""]


def test_a_sentence_dating_an_event_too_is_shown_under_the_event():
    ms = _mentions("Emissions must fall by a quarter by 2020, the ministers agreed in 2007.")
    rows, also = one_row_per_sentence(ms)
    assert [m.expression for m in rows] == ["in 2007"] and [m.expression for m in also] == ["by 2020"]


def test_a_baseline_year_gives_no_row():
    assert [m.expression for m in _mentions("The proposed cuts are 25-40% from 1990 levels, officials said.")] == []


@pytest.mark.parametrize("sentence, expression", [
    ("But by 1953, the cartoon was a hit.", "by 1953"),
    ("Portugal was the colonial ruler of Mozambique until 1975.", "until 1975"),
    ("The new euros will not actually be in people's pockets until 2009.", "until 2009"),
    ("Owners are unlikely to get the update until 2009.", "until 2009"),
    ("The next Summer Olympic Games will be held in London in 2012.", "in 2012"),
    ("The last agreement expired in 1988 after two renewals.", "in 1988"),
])
def test_events_keep_their_year(sentence, expression):
    ms = [m for m in _mentions(sentence) if m.expression == expression]
    assert len(ms) == 1 and ms[0].bound == ""
    assert event_when(Event(ms[0].when, ms).to_dict()) == ms[0].when.display
