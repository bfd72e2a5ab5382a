"""A headline is never the reporting clause that introduces a text after a colon ("The New York Times said in an
editorial on Saturday, Oct. 10: Just days before ..."): DUC 2004 newswire, read as a reader (issue 11, rd55;
docs/analysis-labels.md, "Read as a reader: DUC 2004 newswire")."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.headline import _introduced, _introduction_only, story_title
from newsbrief.ingest import article_from_dict

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def test_the_text_after_an_introducing_clause_is_the_lead():
    s = ("The New York Times said in an editorial on Saturday, Oct. 10: Just days before heading to the United States "
         "for critical negotiations, Prime Minister Benjamin Netanyahu jolted the Middle East peace effort.")
    assert _introduced(s).startswith("Just days before heading")
    assert _introduced("Police said Tuesday: The bomb that killed five people was made of fertilizer.").startswith(
        "The bomb")
    assert _introduced("Prime Minister John Howard told reporters in Canberra: Australia will send troops "
                       "within a week.").startswith("Australia will")
    assert _introduction_only("New York Times said in an editorial, Oct. 10", s)


def test_a_colon_inside_what_was_said_introduces_nothing():
    # the verb has its own clause before the colon: what follows explains it, no text is introduced
    for s in ("Officials said the death toll had risen to 45: 30 in the city and 15 in the suburbs.",
              "Officials said the plan had three parts: Taxes, spending and debt would all be cut sharply.",
              "Netanyahu's aide said: \"We will not shake his hand.\""):
        assert _introduced(s) == s
    assert not _introduction_only("Officials said the plan had three parts",
                                  "Officials said the plan had three parts: Taxes, spending and debt would all be cut.")


def _article(doc_id: str, one_paragraph: bool):
    with gzip.open(SHARED / "duc2006" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            for a in json.loads(line)["articles"]:
                if a["doc_id"] == doc_id:
                    a = dict(a, title=None)  # DUC 2004's articles have no headline
                    if one_paragraph:  # nor paragraphs: the credit line runs on into the editorial's text
                        a["text"] = " ".join(a["text"].split())
                    return article_from_dict(a)
    raise AssertionError(doc_id)


@pytest.mark.shared
@pytest.mark.parametrize("doc_id, one_paragraph, words", [
    ("NYT19980827.0554", False, "Americans of both parties rallied"),  # D0639C (main: "New York Times said in an
    # editorial, Aug. 28")
    ("NYT20000406.0556", True, None),  # D0607G (main: "New York Times said in an editorial for Friday, April 7")
    ("NYT19990811.0457", False, "Gay men and lesbians"),  # D0619A (main: "The New York Times said in an editorial")
])
def test_an_editorials_credit_line_is_not_its_headline(doc_id, one_paragraph, words):
    if not (SHARED / "duc2006" / "test.jsonl.gz").exists():
        pytest.skip("../shared data is not beside the checkout")
    title = story_title([_article(doc_id, one_paragraph)])
    assert "said in an editorial" not in title
    if words:
        assert title.startswith(words)
