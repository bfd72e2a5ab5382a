"""The speaker a quote group shows: two people's different words are never one group. A short line of one speaker
whose few content stems all stand in another speaker's longer quote, in another outlet, was joined to it, and the
group was shown under one of the two names (DUC 2003 d110d: Stacy Mitchell's '"They are attempting to scare off
other cities," said Stacy Mitchell' shown as Jon Golinger's, who called the cutoff '"a desperate act by
fee-addicted bankers attempting to scare off ATM laws in other cities."'). Two outlets crediting the same words to
two people stay one group. Real clusters from ../shared, and made-up counter-cases."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from conftest import load_clusters

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _cluster(path: str, cid: str) -> list[dict]:
    return next(c for c in load_clusters(SHARED / path) if c["id"] == cid)["articles"]


def _groups(articles):
    return newsbrief.brief(articles, analyze=True).analysis.quotes


@needs_shared
@pytest.mark.slow
def test_a_short_line_standing_in_another_speakers_longer_quote_is_its_own_group():
    groups = _groups(_cluster("duc2003_task3/test.jsonl.gz", "d110d"))
    scare = next(g for g in groups if any(q.text.startswith("They are attempting to scare off") for q in g.quotes))
    assert scare.speaker[0] == "Stacy Mitchell"
    assert all(q.text.startswith("They are attempting") for q in scare.quotes)


@needs_shared
@pytest.mark.slow
def test_a_sites_partial_quote_and_an_officials_words_on_one_scandal_are_two_groups():
    # (MultiLing M007: Salon's 'confirmed that they possess "files and other electronic documents from an internal
    # Army investigation into the Abu Ghraib prisoner-abuse scandal"' and a Pentagon spokesman's '"The abuses at Abu
    # Ghraib have been fully investigated,"' in another article)
    groups = _groups(_cluster("multiling2011_en/test.jsonl.gz", "M007"))
    files = next(g for g in groups if any(q.text.startswith("files and other electronic") for q in g.quotes))
    assert files.speaker[0] == "Salon"
    assert not any("fully investigated" in q.text for q in files.quotes)


def test_a_short_line_of_one_person_and_a_longer_quote_of_another_in_two_outlets_are_two_groups():
    a = ("Health official Barbara Kline spoke on Monday.\n\n"
         '"We still have some work to do to determine if it is a variation on the strain of the river virus or a '
         'new virus," Barbara Kline said.')
    b = 'Residents of the town were worried.\n\n"The river virus is so new," said Cindy Marsh, 34.'
    groups = [g for g in _groups([{"text": a, "source": "A"}, {"text": b, "source": "B"}]) if "virus" in g.text]
    assert sorted(g.speaker[0] for g in groups) == ["Barbara Kline", "Cindy Marsh"]


def test_two_outlets_crediting_the_same_words_to_two_people_stay_one_group():
    line = "you know how things are with the new laws now; someone goes to court, and they get taken away"
    a = f'Prosecutors said the lawyer Peter Vance told the husband "{line}."'
    b = f'"{line.capitalize()}," Mark Dorsey told the husband, according to the indictment.'
    groups = [g for g in _groups([{"text": a, "source": "A"}, {"text": b, "source": "B"}]) if "taken away" in g.text]
    assert len(groups) == 1 and len(groups[0].quotes) == 2


def test_a_version_with_a_sentence_cut_out_credited_to_another_person_stays_one_group():
    a = ('Governor Alan Price spoke to the crowd on Monday.\n\n"The state is not a circus show. The state is a promise '
         'that keeps people free," Alan Price said.')
    b = ('Senator Ruth Okafor was in the crowd.\n\nRuth Okafor said: "The state is not a circus show. The state is not '
         'a stage. The state is a promise that keeps people free."')
    groups = [g for g in _groups([{"text": a, "source": "A"}, {"text": b, "source": "B"}]) if "circus show" in g.text]
    assert len(groups) == 1 and len(groups[0].quotes) == 2

