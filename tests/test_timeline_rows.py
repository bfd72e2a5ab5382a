"""Timeline rows a reader understands alone: a row is a dated sentence shown without the sentence before it.

A leading time adverbial that points back ("Before that, eBay suffered a major breakdown in May ...") is cut where
the row's own words hold its date (the date stands beside the row); a row that still leans on the sentence before it
("That would have happened in 1990, when ...") carries that sentence as its ``context``, which the renderers show on
demand (docs/readability.md, "Timeline rows a reader understands alone").
"""

from __future__ import annotations

import gzip
import json

import pytest

from newsbrief.analyze import Analyzer
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare


def _view(shared_dir, cluster_id: str, key: str) -> dict:
    """The view of the one article of DUC 2003 ``cluster_id`` that holds ``key``."""
    with gzip.open(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        cluster = next(c for c in map(json.loads, fh) if c["id"] == cluster_id)
    article = next(a for a in cluster["articles"] if key in a["text"])
    settings = Settings()
    return Analyzer(settings)(prepare([article_from_dict(article)], settings)).analysis.to_dict()


@pytest.mark.slow  # spaCy loads (~4 s)
def test_a_leading_before_that_is_cut_where_the_row_holds_its_date(shared_dir):
    """DUC 2003 d103b (New York Times, 1999-06-11): "... The Thursday outage follows a similar incident on Wednesday.
    Before that, eBay suffered a major breakdown in May ..." was a row dated May 1999 that opened on "Before that,"
    (before what?). The row's date is shown beside it, and "in May" is in the row: the adverbial goes."""
    view = _view(shared_dir, "d103b", "Before that, eBay suffered")
    rows = [e for e in view["timeline"] if "eBay suffered a major breakdown in May" in e["text"]]
    assert rows, [e["text"] for e in view["timeline"]]
    assert all(e["text"].startswith("eBay suffered a major breakdown in May") for e in rows), rows
    assert all(e["citations"][0]["text"].startswith("Before that, eBay") for e in rows)  # the citation is verbatim
    assert all("context" not in e for e in rows)  # it reads alone now: no sentence before it is offered


@pytest.mark.slow
def test_a_row_that_still_leans_carries_the_sentence_before_it(shared_dir):
    """DUC 2003 d106c: "That would have happened in 1990, when Colorado was ranked first, ..." leans on "There could
    be a scenario in which the same two teams are ranked Nos. 1 and 2 ...", the sentence before it, which nothing
    can cut or name: the row keeps its words and carries that sentence, and the renderers show it on demand."""
    from newsbrief.render.analysis import CONTEXT_LABEL, analysis_html, analysis_markdown

    view = _view(shared_dir, "d106c", "That would have happened in 1990")
    rows = [e for e in view["timeline"] if e["text"].startswith("That would have happened in 1990")]
    assert rows, [e["text"] for e in view["timeline"]]
    assert all(e.get("context", "").startswith("There could be a scenario in which") for e in rows), rows
    md = analysis_markdown(view)
    assert f"  - {CONTEXT_LABEL}: There could be a scenario" in md
    html = analysis_html(view)
    assert '<details class="leans"><summary>' in html and "There could be a scenario" in html


def test_a_time_adverbial_that_is_the_rows_only_date_stays():
    """Made up: "Two days later, the plant closed." is dated by "Two days later" alone: cut, the row would keep a
    date its words no longer give. "Then came the storm in May." is no adverbial before a subject: it stays. A
    "Before that," with the date in the rest of the sentence goes."""
    from types import SimpleNamespace

    from newsbrief.analyze import _row_text

    sent = None  # never reached for the kept texts: nothing is rewritten
    assert _row_text("Two days later, the plant closed for good.", sent, ["Two days later"], 1) == (
        "Two days later, the plant closed for good.")
    assert _row_text("Then came the storm in May and the floods.", sent, ["May"], 1) == (
        "Then came the storm in May and the floods.")
    assert _row_text("Later this month, the agency will publish figures.", sent, ["this month"], 1) == (
        "Later this month, the agency will publish figures.")
    article = SimpleNamespace(sentences=[], body="")
    cut = _row_text("Before that, the plant closed in May for repairs.",
                    SimpleNamespace(sentence=SimpleNamespace(article=article, index=0)), ["May"], 1)
    assert cut == "The plant closed in May for repairs."


@pytest.mark.slow
def test_the_context_reaches_back_past_a_sentence_that_leans_too(shared_dir):
    """DUC 2003 d113e: "News reports quoted unidentified sources as saying her testimony ... was "99 percent" sure
    to be on that date." leans on "She will testify under a grant of immunity from prosecution.", which leans in its
    turn: the context goes back to "Lewinsky, who has been preparing for her testimony ...", which names her."""
    view = _view(shared_dir, "d113e", 'was "99 percent" sure')
    rows = [e for e in view["timeline"] if e["text"].startswith("News reports quoted unidentified sources")]
    assert rows, [e["text"] for e in view["timeline"]]
    assert all(e.get("context", "").startswith("Lewinsky, who has been preparing for her testimony") for e in rows)
    assert all(e["context"].endswith("She will testify under a grant of immunity from prosecution.") for e in rows)


def test_the_context_stops_at_a_sentence_that_reads_alone_and_at_three():
    """Made up: the context stops at the first sentence back that reads alone (a leading "But" aside), and never
    takes more than three; a row that reads alone, or opens its article, gets none."""
    from types import SimpleNamespace

    from newsbrief.analyze import CONTEXT_SENTENCES, _leaned_on

    def row(texts: list[str]) -> SimpleNamespace:
        article = SimpleNamespace(sentences=[SimpleNamespace(text=t) for t in texts])
        return SimpleNamespace(index=len(texts) - 1, sentence=SimpleNamespace(article=article, index=len(texts) - 1))

    texts = ["The mayor opened the bridge.", "But the council voted against the plan.", "It closed in May."]
    assert _leaned_on(texts[-1], row(texts)) == "But the council voted against the plan."
    texts = ["Smith came home.", "He slept.", "He woke.", "He ate.", "He left in May."]
    assert CONTEXT_SENTENCES == 3 and _leaned_on(texts[-1], row(texts)) == "He slept. He woke. He ate."
    assert _leaned_on("The council closed the bridge in May.", row(["A.", "The council closed the bridge in May."])) is None
    assert _leaned_on("It closed in May.", row(["It closed in May."])) is None


def test_the_story_page_passes_a_rows_context_to_its_template():
    """Made up: the story page's timeline gives a row's context to its template (shown under a <details>, except for
    a row whose sentence was listed under an earlier date), and None for a row that reads alone."""
    from newsbrief.render.story_page import _timeline

    row = {"start": "1990-01-01", "display": "1990", "since": False, "sources": [1], "expressions": ["1990"],
           "text": "That would have happened in 1990.", "context": "There could be a scenario."}
    out = _timeline({"timeline": [row]}, lambda ns: ns)
    assert out[0]["context"] == "There could be a scenario." and out[0]["context_label"]
    assert _timeline({"timeline": [{k: v for k, v in row.items() if k != "context"}]}, lambda ns: ns)[0]["context"] is None
