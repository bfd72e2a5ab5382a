"""Briefs a reader can read: self-contained sentences, no repeats, event order, real headlines (issue 10)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsbrief
from newsbrief.eval.readability import check_brief, headline_copies, is_bad_outlet, unresolved_reason
from newsbrief.headline import choose_headline, compress, is_cut_off, is_date_line, story_title
from newsbrief.model import Article
from newsbrief.redundancy import LexicalFacts, agree
from newsbrief.rewrite import dangling_reason, delete_connective
from newsbrief.segment import Segmenter


def _article(text: str, **kw) -> Article:
    a = Article(id=kw.pop("id", Article.make_id(text)), raw_text=text, text=text, **kw)
    return Segmenter.segment_article(a)


# -- self-contained sentences -------------------------------------------------------------

def test_leading_connective_is_deleted_and_the_json_keeps_the_source_sentence():
    b = newsbrief.brief([
        {"text": "Rescuers searched the collapsed building all night. But officials said nobody was trapped "
                 "under the rubble of the old mill.", "source": "A"},
    ], words=30)
    texts = [s.text for s in b.summary]
    assert "Officials said nobody was trapped under the rubble of the old mill." in texts
    d = b.to_dict()["summary"]
    shown = next(s for s in d if s["text"].startswith("Officials said"))
    assert shown["source_text"] == "But officials said nobody was trapped under the rubble of the old mill."
    assert shown["edits"] == ["deleted leading connective 'But'"]
    assert shown["citations"][0]["text"] == shown["source_text"]
    from newsbrief.render import render

    assert "edited to stand alone (deleted leading connective 'But')" in render(b, "markdown")


def test_pronoun_speaker_is_named_from_the_sentences_before():
    text = ("Gen. Khalifa Haftar left Moscow on Tuesday without signing the ceasefire agreement. "
            "The commander asked for two more days to study the text. "
            "\"We will not sign a document that ignores our demands,\" he said.")
    b = newsbrief.brief([{"text": text, "source": "A"}], words=60)
    quote = [s for s in b.summary if s.text.startswith('"We will not sign')]
    assert quote and quote[0].text.endswith('" Haftar said.')
    assert quote[0].source_text.endswith('" he said.')


def test_a_sentence_that_leans_on_another_comes_right_after_it():
    b = newsbrief.brief([{"text": (
        "The city council approved the new stadium budget on Monday after a long debate. "
        "They also voted to close two libraries in the northern district next year. "
        "\"There is nothing more to say about the stadium budget now.\" "
        "Council members approved the stadium budget by a vote of seven to two."), "source": "A"}], words=200)
    texts = [s.text for s in b.summary]
    assert texts[0].startswith("The city council approved")
    for prev, s in zip([None, *b.summary], b.summary):
        if dangling_reason(s.text):
            assert prev is not None and prev.source.index == s.source.index - 1
    assert check_brief(b).unresolved == []
    short = newsbrief.brief([{"text": (
        "The city council approved the new stadium budget on Monday after a long debate. "
        "They also voted to close two libraries in the northern district next year."), "source": "A"}], words=14)
    assert [s.text for s in short.summary] == ["The city council approved the new stadium budget on Monday after a "
                                               "long debate."]


@pytest.mark.parametrize("text,reason", [
    ("They said the plan would fail within a month.", "pronoun or demonstrative"),
    ("But he does have a solution to the problem.", "connective"),
    ("\"I take responsibility for what happened,\" she said.", "pronoun speaker"),
    ("\"Nothing is agreed until everything is agreed.\"", "quotation with no speaker"),
    ("It is unclear whether the talks will resume next week.", None),
    ("This year's floods have killed more than 3,000 people.", None),
    ("In addition to Texas governor George W. Bush, three others are running.", None),
    ("\"We will go on,\" Lavrov said.", None),
])
def test_unresolved_reference_detector(text, reason):
    assert unresolved_reason(text) == reason


def test_connective_deletion_keeps_non_connective_openings():
    assert delete_connective("So far, nine people have died in the floods.")[1] is None
    assert delete_connective("In addition to the army, police were deployed.")[1] is None
    assert delete_connective("However, the talks failed in Moscow today.") == ("The talks failed in Moscow today.",
                                                                                "However")


# -- no repeats ---------------------------------------------------------------------------

def test_same_fact_appears_once_and_cites_every_article_that_reports_it():
    b = newsbrief.brief([
        {"text": "Haftar left Moscow on Tuesday without signing the ceasefire deal. Fighting resumed near "
                 "Tripoli airport the next morning, residents said.", "source": "A"},
        {"text": "Libyan commander Haftar left Moscow without signing a ceasefire deal. The United Nations "
                 "called on both sides to return to the talks in Berlin.", "source": "B"},
        {"text": "Haftar has left Moscow without signing the ceasefire deal, officials said. Turkey said it "
                 "would send more troops to support the government in Tripoli.", "source": "C"},
    ], words=200)
    left = [s for s in b.summary if "left Moscow" in s.text]
    assert len(left) == 1
    assert {c.outlet for c in left[0].citations} == {"A", "B", "C"}


def test_different_numbers_are_different_facts():
    assert not agree("More than 3,000 people died in the floods.", "30,000 people died in the floods that year.")
    assert agree("Five people died in the floods.", "The floods killed 5 people.")
    facts = LexicalFacts(["More than 3,000 people died in the floods this summer.",
                          "More than 30,000 people died in the floods that summer."])
    assert not facts.same_fact(0, 1)


# -- order --------------------------------------------------------------------------------

def test_summary_follows_the_events_dates():
    b = newsbrief.brief([
        {"text": "Election officials counted the last ballots on Sunday and declared the mayor the winner. "
                 "Turnout reached a record 71 percent across the city districts.",
         "source": "A", "date": "2020-03-09"},
        {"text": "Voters lined up at polling stations across the city on Saturday to choose a new mayor. "
                 "First official results are not expected until Sunday evening, officials said.",
         "source": "B", "date": "2020-03-07"},
    ], words=200)
    texts = [s.text for s in b.summary]
    first_b = min(i for i, t in enumerate(texts) if "Voters lined up" in t or "First official" in t)
    counted = next(i for i, t in enumerate(texts) if "counted the last ballots" in t)
    assert first_b < counted


# -- headline -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["DECEMBER 16, 2008", "Saturday, August 24, 2013", "JUNE 11, 2012 AT 10: 33 AM PT",
                                  "Updated 3:15 p.m. ET", "2020-01-14"])
def test_date_lines(line):
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["May Day marchers fill the streets", "Haftar leaves Moscow without a deal"])
def test_not_date_lines(line):
    assert not is_date_line(line)


@pytest.mark.parametrize("text,cut", [
    ("Even as Oscar organizers on Friday unveiled Hugh Jackman as the host of their gala film …", True),
    ("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the", True),
    ("Perry ad says he can defend faith from Obama's \"war on religion", True),
    ("Federal prosecutors plan to charge Rep. Grimm, attorney says", False),
])
def test_cut_off(text, cut):
    assert is_cut_off(text) is cut


def test_compression_never_repeats_its_sentence_and_fits():
    s = ("Flood control experts warned today that the flood situation along the Yangtze River remains grim "
         "despite a favorable turn in the weather, officials said.")
    h, _ = compress(s)
    assert len(h.split()) <= 15 and not is_cut_off(h)
    assert not headline_copies(h, [s])
    assert compress("Storms killed 12 people in Texas.") is None  # nothing to drop: it would repeat the sentence
    assert compress("He said the storm killed 12 people in Texas on Monday.") is None  # leans on another


def test_headline_is_the_most_central_title_and_the_same_in_any_order():
    arts = [
        _article("Fighting resumed near Tripoli. Haftar left Moscow without signing the ceasefire deal.",
                 title="Haftar leaves Moscow without signing ceasefire", date=dt.date(2020, 1, 14)),
        _article("Haftar left the talks in Moscow without signing. Russia said it would keep trying.",
                 title="Libya: Haftar quits Moscow talks without signing ceasefire", date=dt.date(2020, 1, 14)),
        _article("Weather in the region stays mild.", title="JANUARY 14, 2020", date=dt.date(2020, 1, 13)),
        _article("Turkey sent troops to Tripoli. Haftar refused to sign the ceasefire in Moscow.",
                 title="Sports results of the weekend", date=dt.date(2020, 1, 15)),
    ]
    h = choose_headline(arts)
    assert "Haftar" in h and not is_date_line(h)
    assert choose_headline(list(reversed(arts))) == h


def test_untitled_articles_get_a_compressed_headline_that_is_no_summary_sentence():
    b = newsbrief.brief([
        {"text": "Flood control experts warned on Tuesday that the flood situation along the Yangtze River "
                 "remains grim despite a favorable turn in the weather, which has brought sunshine to the region. "
                 "More than 3,000 people have died in this year's floods, officials said.", "source": "A"},
        {"text": "Water levels on the Yangtze River started to recede on Tuesday after the largest flood peak "
                 "of the year passed Wuhan, the capital of Hubei Province.", "source": "B"},
    ], words=100)
    assert 4 <= len(b.headline.split()) <= 15
    assert not headline_copies(b.headline, [s.text for s in b.summary])
    assert not is_cut_off(b.headline)


def test_store_title_is_the_brief_headline(tmp_path: Path, libya_dir: Path) -> None:
    from newsbrief.digest import brief_story
    from newsbrief.ingest import read_articles
    from newsbrief.store import Store

    with Store(tmp_path / "s.db") as st:
        st.add(read_articles([libya_dir]))
        story = st.stories()[0]
        b = brief_story(st, story.id, words=100)
        assert story.title == b.headline
        assert len(story.title.split()) <= 15 and not is_cut_off(story.title)
        assert story_title(st.story_articles(story.id)) == story.title


# -- the counters -------------------------------------------------------------------------

def test_check_brief_counts_what_a_reader_sees():
    b = newsbrief.brief([{"text": "The bridge reopened on Monday after two weeks of repairs, officials said. "
                                  "Traffic returned to normal by the evening rush hour.", "source": "a.txt"}],
                        words=50)
    b.headline = b.summary[0].text
    b.articles[0].source = "a.txt"  # as a reader that kept the file name would show it
    check = check_brief(b)
    assert check.headline_copy and check.bad_outlets == ["a.txt"] and check.headline_words > 10
    assert is_bad_outlet("000_9ee825b776147cdb") and is_bad_outlet("12_1ecbplus") and is_bad_outlet("test.jsonl")
    assert not is_bad_outlet("Associated Press") and not is_bad_outlet("BBC")


def test_eval_readability_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsbrief.cli import app

    data = tmp_path / "d.jsonl"
    data.write_text(json.dumps({"id": "c1", "articles": [
        {"text": "The bridge reopened on Monday after two weeks of repairs, officials said. But traffic stayed "
                 "light all day on the new deck.", "title": "Bridge reopens after repairs"},
        {"text": "The Harbour Bridge reopened to traffic on Monday after two weeks of repairs. Drivers said the "
                 "detours had doubled their commute."}], "summaries": ["The bridge reopened."]}) + "\n")
    out = tmp_path / "r.json"
    res = CliRunner().invoke(app, ["eval", str(data), "--readability", "--words", "40", "--json", str(out)])
    assert res.exit_code == 0, res.output
    row = json.loads(out.read_text())[0]
    assert row["briefs"] == 1 and row["redundant_pairs"] == 0 and row["unresolved"] == 0
    assert row["headline_copies"] == 0 and row["headlines_over"] == 0
