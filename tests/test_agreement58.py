"""Agreement recall (issue 11, helper agr58): the main event counts an outlet whose lead tells it in its own words in
the week of the event's first reports, also in a collection whose other articles follow the story for months.
Hand-made articles with a stand-in sentence representation (fast)."""

from __future__ import annotations

import datetime as dt

from test_analyze_units import TUE, _article_sents
from test_main_event import _fake_encoder

_EVENT = ("The city council approved the new stadium budget on Monday after a long debate. "
          "Residents filled the public gallery to watch the vote. ",
          "The city council approved the stadium budget on Monday evening. "
          "Opponents said the project would raise property taxes. ")

def _main_sources(texts, encode, dates=None) -> list[int]:
    from newsbrief.analyze.agreement import units

    dates = dates or [TUE] * len(texts)
    sents = [s for n, (text, date) in enumerate(zip(texts, dates), 1) for s in _article_sents(text, n=n, date=date)]
    found, _ = units(sents, 0.35, encode=encode)
    return [s.n for s in next(u for u in found if u.main).sources]


#: A follow-up published months after the vote that opens on it again (one of the event's leads), so the event's
#: articles are no longer all of one week (``_one_news_cycle``).
_FOLLOW_UP = ("Crews broke ground on Monday, months after the city council approved the stadium budget. "
              "The mayor cut a ribbon in front of the crowd. ")
_LEAD = ("Lawmakers gave the green light to the stadium, ending months of wrangling. "
         "The mayor thanked the builders for their patience. ")


def test_a_lead_in_the_week_of_the_event_s_first_reports_reports_it_in_a_collection_of_follow_ups():
    """Articles 1 and 2 report the vote (Tuesday and Wednesday), article 4 opens on it again eight months on. Article 3,
    published four days after the first report, opens on the vote in its own words (0.6: under the event's 0.65,
    over agreement.EVENT_LEAD_PARAPHRASE, 0.55). Main required every article of the event within a week
    (``_one_news_cycle``) and left article 3 out; it is counted now (``_in_first_reports_week``)."""
    from newsbrief.analyze import agreement

    texts = (*_EVENT, _LEAD, _FOLLOW_UP)
    encode = _fake_encoder({"city council approved": 1.0, "green light": 0.6})
    dates = [TUE, TUE + dt.timedelta(days=1), TUE + dt.timedelta(days=4), TUE + dt.timedelta(days=240)]
    assert _main_sources(texts, encode, dates) == [1, 2, 3, 4]
    base = agreement._in_first_reports_week
    agreement._in_first_reports_week = lambda s, first: False
    try:
        assert _main_sources(texts, encode, dates) == [1, 2, 4]
    finally:
        agreement._in_first_reports_week = base


def test_a_lead_weeks_after_or_before_the_first_reports_is_no_report_of_the_event():
    """Counter-cases: the same lead published three weeks after the first report (a follow-up's own development), or
    ten days before it (written before the event), is not counted."""
    texts = (*_EVENT, _LEAD, _FOLLOW_UP)
    encode = _fake_encoder({"city council approved": 1.0, "green light": 0.6})
    for third in (TUE + dt.timedelta(days=21), TUE - dt.timedelta(days=10)):
        dates = [TUE, TUE + dt.timedelta(days=1), third, TUE + dt.timedelta(days=240)]
        assert _main_sources(texts, encode, dates) == [1, 2, 4], third
