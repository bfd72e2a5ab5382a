"""Relative dates in the summary resolved against their article's date (newsbrief.glosses)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsbrief.glosses import date_glosses, glossed


def test_a_weekday_and_a_relative_week_are_resolved_against_the_article_date():
    text = "The board voted on Wednesday to drop the rule and will meet again next week."
    found = date_glosses(text, dt.date(1999, 1, 14))
    assert [(d.expression, d.start_date, d.granularity) for d in found] == [
        ("on Wednesday", dt.date(1999, 1, 13), "day"), ("next week", dt.date(1999, 1, 18), "week")]
    assert found[0].display == "13 Jan 1999"
    assert all(text[d.start : d.end] == d.expression for d in found)


def test_a_future_clause_looks_ahead_and_a_dated_expression_is_left_alone():
    found = date_glosses("Talks will resume on Sunday, after the vote of June 1, 2009.", dt.date(2020, 1, 14))
    assert [(d.expression, d.start_date) for d in found] == [("on Sunday", dt.date(2020, 1, 19))]


def test_no_date_no_gloss_and_a_date_read_in_the_text_dates_only_a_year():
    assert date_glosses("He resigned on Monday.", None) == []
    weak = date_glosses("He resigned on Monday and left on June 1.", dt.date(2009, 8, 3), weak=True)
    assert [(d.expression, d.start_date) for d in weak] == [("June 1", dt.date(2009, 6, 1))]


def test_a_vague_count_is_shown_against_the_date_it_counts_from():
    # DUC 2006 D0612C (NYT, 15 Nov 1999): "a few months ago" was shown as "(August 1999)", a month no article gave
    text = ("When news broke a few months ago that Seattle would become one of two places in the country doing "
            "federally funded research on an experimental treatment for autism, the researchers were deluged with calls.")
    [d] = date_glosses(text, dt.date(1999, 11, 15))
    assert d.expression == "few months ago" and d.display == "as of 15 Nov 1999"
    assert d.start_date.month == 8  # the timeline still places it (a few = 3)
    [d] = date_glosses("The plant closed several years ago.", dt.date(1999, 11, 15))
    assert d.display == "as of 15 Nov 1999"
    # a counted one is a date
    [d] = date_glosses("The plant closed three years ago.", dt.date(1999, 11, 15))
    assert d.display == "1996"


def test_a_date_ending_the_sentence_is_shown_before_its_full_stop():
    [d] = date_glosses("She was charged back in late July.", dt.date(2016, 10, 3))
    assert d.expression == "late July" and d.display == "July 2016"
    assert glossed("She was charged back in late July.", [d])[-1] == (".", None)


def test_a_possessive_date_is_shown_after_its_possessive():
    # (DUC 2006: "today *(10 Nov 1998)*'s over-the-counter ... drugs")
    text = "They avoid the side effects of today’s drugs and yesterday's pills."
    found = date_glosses(text, dt.date(1998, 11, 10))
    assert [d.expression for d in found] == ["today’s", "yesterday's"]
    assert glossed(text, found)[0][0].endswith("today’s")


def test_glossed_pieces_put_each_date_after_its_expression():
    [d] = date_glosses("It happened yesterday in Rome.", dt.date(2020, 3, 2))
    assert glossed("It happened yesterday in Rome.", [d]) == [("It happened yesterday", d), (" in Rome.", None)]
    # a text edited after the dates were found shows no date rather than a misplaced one
    assert glossed("It happened in Rome yesterday.", [d]) == [("It happened in Rome yesterday.", None)]


def test_the_libya_brief_dates_the_monday_signature(libya_dir):
    import newsbrief
    from newsbrief.render import render

    b = newsbrief.brief([str(libya_dir)])
    [s] = [s for s in b.summary if "signed the agreement on Monday" in s.text]
    assert [(d.expression, d.start_date) for d in s.dates] == [("on Monday", dt.date(2020, 1, 13))]
    assert "on Monday *(13 Jan 2020)*" in render(b, "markdown")
    assert '<time class="gloss" datetime="2020-01-13"' in render(b, "html")
    [row] = [r for r in json.loads(render(b, "json"))["summary"] if "on Monday" in r["text"]]
    assert row["dates"][0]["start_date"] == "2020-01-13" and row["text"] == s.text  # the text itself unchanged


def test_glosses_can_be_turned_off():
    import newsbrief
    from newsbrief.config import Settings
    from newsbrief.pipeline import make_pipeline

    articles = [{"id": "a", "date": "2020-01-14", "text": "The minister resigned on Monday after the vote in "
                 "parliament. The opposition had asked for it for weeks."},
                {"id": "b", "date": "2020-01-14", "text": "The minister resigned on Monday, a day after the vote "
                 "in parliament. Her party named no successor."}]
    on = newsbrief.brief(articles, words=40)
    assert any(d.start_date == dt.date(2020, 1, 13) for s in on.summary for d in s.dates)
    off_settings = Settings().replace({"selection.date_glosses": False})
    assert "DateGlosser" not in make_pipeline(off_settings).names
    off = newsbrief.brief(articles, words=40, settings=off_settings)
    assert [s.text for s in off.summary] == [s.text for s in on.summary]
    assert all(not s.dates for s in off.summary)


def test_article_text_around_a_date_is_escaped_in_html():
    import newsbrief
    from newsbrief.render import render

    articles = [{"id": "a", "date": "2020-01-14", "text": "The <b>minister</b> resigned on Monday after the vote "
                 "in parliament, aides said."},
                {"id": "b", "date": "2020-01-14", "text": "The <b>minister</b> resigned on Monday after the vote "
                 "in parliament, officials said."}]
    html = render(newsbrief.brief(articles, words=40), "html")
    assert "<b>minister" not in html and "&lt;b&gt;minister" in html
    assert 'datetime="2020-01-13"' in html


@pytest.mark.parametrize("fmt", ["markdown", "terminal"])
def test_a_brief_with_no_relative_date_renders_as_before(fmt):
    import newsbrief
    from newsbrief.render import render

    articles = [{"id": "a", "text": "Floods closed the main road into the valley. Crews worked through the night."},
                {"id": "b", "text": "Floods closed the main road into the valley, police said."}]
    b = newsbrief.brief(articles, words=40)
    assert all(not s.dates for s in b.summary)
    assert "(" not in render(b, fmt).split("Sources")[0].replace("newsbrief", "")


def test_the_readability_counter_counts_a_day_left_undated():
    """The counter (written apart from the glosser) sees "on Monday" of a dated article dated, and undated when
    the glosses are off."""
    import newsbrief
    from newsbrief.config import Settings
    from newsbrief.eval.readability import check_brief

    articles = [{"id": "a", "date": "2020-01-14", "text": "The minister resigned on Monday after the vote in "
                 "parliament. The opposition had asked for it for weeks."},
                {"id": "b", "date": "2020-01-14", "text": "The minister resigned on Monday, a day after the vote "
                 "in parliament. Her party named no successor."}]
    assert check_brief(newsbrief.brief(articles, words=40)).undated_days == []
    off = newsbrief.brief(articles, words=40, settings=Settings().replace({"selection.date_glosses": False}))
    assert [t for t in check_brief(off).undated_days if "on Monday" in t]


@pytest.mark.slow
def test_the_readability_harness_briefs_as_a_user_gets_them(shared_dir):
    """``newsbrief eval readability`` runs the glosser after the selector: DUC 2003's dated days are shown."""
    from newsbrief.config import Settings
    from newsbrief.eval.readability import readability

    path = shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz"
    assert readability(path, 100, limit=4).undated_days == 0
    off = Settings().replace({"selection.date_glosses": False})
    assert readability(path, 100, limit=4, settings=off).undated_days > 0
