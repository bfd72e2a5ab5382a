"""A year-only "since" whose clause measures a record against it ("the fourth largest in the world since 1900", "the
biggest crisis since 1945", "just seven earthquakes over magnitude eight since 1891", "the first time since 1989") is
where a count starts, not an event of the story: it gives the timeline no row (issue 11, rd56; docs/analysis-labels.md,
"Read as a reader, stop 56"). WikiRef220's Tohoku articles (../shared) showed four such rows at the top of the
timeline; each sentence below fails on main 4a34e9c8. A "since" with no record cue in its clause, a "since" day, and
"ever since 1970 when India constructed a dam" keep their rows."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.analyze import make_sources
from newsbrief.analyze._doc import Sent
from newsbrief.analyze.timeline import date_mentions
from newsbrief.config import Settings
from newsbrief.ingest import make_article
from newsbrief.pipeline import prepare


def _expressions(sentence: str) -> list[str]:
    text = "Tokyo officials spoke on Friday. " + sentence
    art = make_article(text, source="outlet.com", article_id="a1", date=dt.date(2011, 3, 11))
    src = make_sources(prepare([art], Settings()))[0]
    return [m.expression for m in date_mentions([Sent(s, src) for s in src.article.sentences])
            if m.sent.text.startswith(sentence[:20])]


@pytest.mark.parametrize("sentence", [
    "There have been just seven earthquakes in Japan over magnitude eight since 1891.",
    "The Japan quake is now the fourth largest in the world since 1900.",
    "The quake was the fifth-largest in the world since 1900, said scientists.",
    "The prime minister warned of the biggest crisis since 1945.",
    "The union gained more workers than it lost, the first time that has happened since 1989.",
    "The overall violent crime rate dropped to its lowest level since 1985, according to the report.",
])
def test_a_record_since_a_year_is_no_event(sentence):
    assert _expressions(sentence) == []


@pytest.mark.parametrize("sentence, expression", [
    ("The two countries had argued over the water ever since 1970 when India constructed a dam.", "since 1970"),
    ("The company has been listed in Tokyo since 1999, its filings show.", "since 1999"),
    # another clause's cue: the record is not measured against this year
    ("He was first an adviser and since 1995 the finance minister.", "since 1995"),
    ("The plant has been closed since March 3, the largest in the region.", "March 3"),
])
def test_other_sinces_keep_their_rows(sentence, expression):
    assert expression in _expressions(sentence)
