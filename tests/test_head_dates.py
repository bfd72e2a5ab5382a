"""One reader of the dates an article's head writes (issue 11, tl48): ``ingest.head_dates`` reads the date line (the
article's date, as ``detect_date`` did) and the time stamp (``Article.stamp_date``, which ``analyze.make_sources``
read itself from the text until tl48 as ``_head_stamp``). Real articles from ../shared (ECB+), with made-up
counter-cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsbrief.dates import latest_full_date
from newsbrief.ingest import article_from_dict, detect_date, head_dates, make_article
from newsbrief.store import Store

from test_timeline_dates_stories import _ecb, needs_shared  # ECB+ articles by id, and the skip without ../shared


@needs_shared
def test_ingest_keeps_an_undated_articles_time_stamp():
    # nbcphiladelphia.com's trial report: "Monday, Sep 10, 2012 | Updated 9: 01 AM EDT" under its lead (9 words: no
    # date line); lbreport.com's "(March 20, 2007)". Neither URL carries a date. On main: no such field.
    trial = article_from_dict(_ecb()["22_10ecbplus"])
    assert (trial.date, trial.stamp_date) == (None, dt.date(2012, 9, 10))
    conviction = article_from_dict(_ecb()["16_2ecbplus"])
    assert (conviction.date, conviction.stamp_date) == (None, dt.date(2007, 3, 20))


def test_a_date_line_or_a_url_date_is_the_date_and_no_stamp_is_kept():
    a = make_article("Published 14 January 2020\nThe bridge reopened on Monday after repairs.")
    assert (a.date, a.date_from_text, a.stamp_date) == (dt.date(2020, 1, 14), True, None)
    b = make_article("Bridge reopens\nBy Jo Roe | Updated January 15, 2020 9: 01 AM\nThe bridge reopened on Monday.",
                     url="https://example.com/2020/01/14/bridge")
    assert (b.date, b.date_from_url, b.stamp_date) == (dt.date(2020, 1, 14), True, None)
    c = make_article("Bridge reopens\nBy Jo Roe | Updated January 15, 2020 9: 01 AM\nThe bridge reopened on Monday.")
    assert (c.date, c.date_from_text, c.stamp_date) == (None, False, dt.date(2020, 1, 15))


def test_a_sentences_date_is_no_stamp_and_detect_date_reads_the_date_line():
    text = "Bridge reopens\nThe bridge, shut since March 3, 2019, reopened on Monday.\nIt cost $2 million."
    assert head_dates(text) == (None, None)
    assert detect_date("Jan. 14, 2020\nThe bridge reopened.") == head_dates("Jan. 14, 2020\nThe bridge reopened.")[0]
    assert latest_full_date("from 2019-03-03 to 14 January 2020 and Jan. 2, 2020") == dt.date(2020, 1, 14)


def test_the_store_reads_a_stored_articles_stamp_again(tmp_path: Path):
    a = make_article("Bridge reopens\nBy Jo Roe | Updated January 15, 2020 9: 01 AM\nThe old bridge over the river "
                     "reopened on Monday after two years of repairs, officials said.", source="example.com")
    with Store(tmp_path / "s.db") as st:
        st.add([a])
        assert st.article(a.id).stamp_date == dt.date(2020, 1, 15)


def test_the_servers_and_the_followers_copies_keep_the_stamp():
    from newsbrief.follow.extract import article_from_state, article_to_dict
    from newsbrief.server.results import Result

    a = make_article("Bridge reopens\nBy Jo Roe | Updated January 15, 2020 9: 01 AM\nThe bridge reopened on Monday.")
    assert Result.of([a], 100, True, []).fresh_articles()[0].stamp_date == dt.date(2020, 1, 15)
    assert article_from_state(article_to_dict(a)).stamp_date == dt.date(2020, 1, 15)
    b = make_article("Published 14 January 2020\nThe bridge reopened on Monday after repairs.")
    assert "stamp_date" not in Result.of([b], 100, True, []).articles[0]  # no stamp: the same dict as before
