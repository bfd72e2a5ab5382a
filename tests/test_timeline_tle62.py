"""Timeline fixes of tle62 (issue 11, stop 62)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from newsbrief.analyze.timeline import DateMention, Event, find_dates, vague_display


def _event(text: str, anchor: dt.date, anchor_from: str = "article") -> Event:
    sent = SimpleNamespace(text=text, source=SimpleNamespace(anchor=anchor, anchor_from=anchor_from))
    [m] = [DateMention(sent, a, b, expr, when, since) for a, b, expr, when, since in find_dates(text, anchor)]
    return Event(m.when, [m])


def test_a_vague_count_row_is_shown_about_its_year_as_of_the_article_date():
    # a reader saw "1995" for "a few years ago" in a 1998 article: a year no article gave; the row stays placed
    # (a few = 3, as the summary's glosses keep it) and says how it was reckoned
    e = _event("The plant closed a few years ago.", dt.date(1998, 11, 15))
    assert e.when.label == "1995"
    assert vague_display(e) == "about 1995, 'few years ago' as of 15 Nov 1998"
    # an anchor read in the article's text is a year, as the glosses show it
    assert vague_display(_event("It began several months ago.", dt.date(1998, 11, 15), "text")).endswith("as of 1998")
    # a counted one is a date
    assert vague_display(_event("The plant closed three years ago.", dt.date(1998, 11, 15))) == "1995"



def _labels(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(expr, when.label) for _, _, expr, when, _ in find_dates(text, anchor)]


def test_a_weekday_deadline_after_a_verb_of_intention_is_the_coming_one():
    # ECB+ T08 (AP, Wednesday 5 May 2010): Merkel "told lawmakers ..., urging them to quickly pass the country's
    # share of the bailout ... over three years by Friday": the coming Friday (main: 30 April, the one before)
    text = ("Merkel told lawmakers in Berlin, urging them to quickly pass the country's share of the bailout over "
            "three years by Friday.")
    assert _labels(text, dt.date(2010, 5, 5)) == [("by Friday", "2010-05-07")]
    assert _labels("The leaders agreed to finish the deal by Friday.", dt.date(2010, 5, 5)) == [
        ("by Friday", "2010-05-07")]
    # a weekday that is no deadline still dates the act: the pledge or the agreement was made that day
    assert _labels("He agreed on Monday to hold talks.", dt.date(2010, 5, 5)) == [("on Monday", "2010-05-03")]
    assert _labels("He pledged to join forces Tuesday.", dt.date(2010, 5, 5)) == [("Tuesday", "2010-05-04")]
