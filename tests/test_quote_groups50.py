"""Two people's words in one article are never one quote group: BASIL dd1e6e3b's Fox article quotes WikiLeaks's
message ("... one or more of your father's tax returns.") and Assange's tweet ("WikiLeaks has such chutzpah that it
allegedly tried to convince Trump Jr to leak his father's tax returns ..."); the short line's few content words all
stand in the long one, so both were one group, listed under Trump Jr. Real cluster from ../shared, and made-up
counter-cases."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from conftest import load_story

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


@needs_shared
@pytest.mark.slow
def test_two_speakers_quotes_in_one_article_are_two_groups():
    rows = load_story(SHARED / "basil" / "test.jsonl.gz", "dd1e6e3b")
    analysis = newsbrief.brief(rows, analyze=True).analysis
    chutzpah = next(g for g in analysis.quotes if "such chutzpah" in g.text)
    assert chutzpah.speaker[0] == "Julian Assange"
    assert all("such chutzpah" in q.text for q in chutzpah.quotes)


def _groups(articles):
    return newsbrief.brief(articles, analyze=True).analysis.quotes


def test_one_speakers_quote_repeated_in_an_article_and_carried_by_another_is_one_group():
    line = '"We will never accept a deal that leaves our farmers and our workers behind," Maria Lopez said.'
    a = ("Trade minister Maria Lopez spoke in the capital on Monday about the talks with the union.\n\n" + line +
         "\n\nThe talks resume next week in Geneva.\n\nLopez repeated it twice: " + line)
    b = "Trade minister Maria Lopez rejected the proposal on Monday.\n\n" + line
    groups = [g for g in _groups([{"text": a, "source": "A"}, {"text": b, "source": "B"}]) if "farmers" in g.text]
    assert len(groups) == 1 and groups[0].speaker[0] == "Maria Lopez"
