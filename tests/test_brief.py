"""The core brief: budget, citations, redundancy, headline, formats, Python API."""

from __future__ import annotations

import html
import json
import re

import pytest

import newsbrief
from newsbrief.clean import Cleaner
from newsbrief.errors import PipelineError
from newsbrief.pipeline import Pipeline, check_pipeline, make_pipeline
from newsbrief.segment import Segmenter
from newsbrief.selection import Selector
from newsbrief.config import Settings
from newsbrief.render import render
from newsbrief.selection import CitationIndex

from conftest import load_clusters


@pytest.fixture(scope="module")
def libya(libya_dir):
    return newsbrief.brief([libya_dir], words=100)


def test_budget_and_citations_on_sample(libya):
    words = sum(len(s.text.split()) for s in libya.summary)
    assert 60 <= words <= 100
    assert libya.summary
    for s in libya.summary:
        assert s.citations, s.text  # a summary sentence with no citation is a bug
        for c in s.citations:
            art = libya.article(c.article_id)
            # checkable: the cited sentence is that article's sentence, verbatim
            assert art.sentences[c.sentence_index].text == c.text
            assert 0 < c.score <= 1


QUOTE = "ignores many of the Libyan army's demands"


def test_shared_quote_cites_every_outlet_that_carries_it(libya):
    carriers = {a.id for a in libya.sources for s in a.sentences if QUOTE in s.text}
    assert len(carriers) == 3
    # whichever carrier's sentence is cited, the other two support it
    for sentence in (s for a in libya.sources for s in a.sentences if QUOTE in s.text):
        cited = {c.article_id for c in CitationIndex(libya, Settings()).cite(sentence)}
        assert cited == carriers, sentence.text
    # and the 100-word summary picks the quote, cited to all three
    chosen = [s for s in libya.summary if QUOTE in s.text]
    assert len(chosen) == 1 and {c.article_id for c in chosen[0].citations} == carriers


def test_no_boilerplate_in_brief(libya):
    text = libya.text + libya.headline
    for debris in ("Advertisement", "Please enter", "Media playback", "Image caption", "Follow us", "min read",
                   "FILE PHOTO", "Photo:", "•"):
        assert debris not in text


def test_headline_is_one_short_sentence(libya):
    assert 5 <= len(libya.headline.split()) <= 40
    assert "Haftar" in libya.headline


def test_sentences_not_repeated(libya):
    texts = [s.text for s in libya.summary]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("words", [30, 100, 250])
def test_budget_respected_on_real_cluster(shared_dir, words):
    cluster = load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=1)[0]
    b = newsbrief.brief(cluster["articles"], words=words)
    n = sum(len(s.text.split()) for s in b.summary)
    assert 0 < n <= words
    assert n >= words * 0.6  # fills most of the budget with whole sentences


def test_reprint_counts_once_and_is_marked(libya_dir):
    arts = newsbrief.ingest.read_articles([libya_dir])
    reprint = dict(text=arts[1].raw_text.replace("Libya", "Libya ", 1), title="A new headline for the reprint",
                   source="Reprint Daily")
    b = newsbrief.brief([*arts, reprint], words=100)
    dup = [a for a in b.articles if a.source == "Reprint Daily"][0]
    assert dup.duplicate_of == arts[1].id
    assert all(c.article_id != dup.id for s in b.summary for c in s.citations)


def test_python_api_accepts_dicts_and_strings():
    b = newsbrief.brief([
        "The Harbour Bridge reopened on Monday after two weeks of repairs, officials said.",
        {"text": "Officials said the Harbour Bridge reopened on Monday after two weeks of repairs.",
         "source": "Post", "date": "2024-03-05"},
    ], words=30)
    assert b.text and b.headline
    assert len(b.summary[0].citations) == 2
    d = b.to_dict()
    assert d["schema"] == "newsbrief.brief/1"
    assert d["summary"][0]["citations"][0]["sentence_index"] == 0


def test_single_article_cluster_warns(fixtures_dir):
    b = newsbrief.brief([fixtures_dir / "bridge.txt"], words=50)
    assert b.summary and any("only one article" in w for w in b.warnings)


def test_pipeline_requirements_have_producers():
    for analyze in (False, True):
        check_pipeline(make_pipeline(Settings(), analyze=analyze).stages)

    class Needy:
        requires = ("brief.analysis",)
        assigns = ()

    with pytest.raises(PipelineError, match="Needy requires"):
        Pipeline([Needy(), *make_pipeline(Settings()).stages])
    with pytest.raises(PipelineError, match="Selector requires .*brief.sources"):
        Pipeline([Cleaner(), Segmenter(), Selector(Settings())])  # no de-duplication stage


def test_brief_runs_exactly_the_declared_pipeline(fixtures_dir, monkeypatch):
    """brief() is make_pipeline() on read_brief(): every stage it runs is listed, de-duplication included."""
    import newsbrief.pipeline as pipeline

    assert make_pipeline(Settings(), analyze=True).names == ["Cleaner", "ReadingBudget", "Segmenter", "Deduplicator", "Analyzer", "Selector",
                                                                "DateGlosser"]
    ran: list[str] = []
    real_call = Pipeline.__call__

    def spy(self, b):
        ran.extend(self.names)
        return real_call(self, b)

    monkeypatch.setattr(Pipeline, "__call__", spy)
    b = newsbrief.brief([fixtures_dir / "bridge.jsonl"], words=40)
    assert ran == ["Cleaner", "ReadingBudget", "Segmenter", "Deduplicator", "Selector", "DateGlosser"]
    ran.clear()
    pipeline.prepare([fixtures_dir / "bridge.jsonl"])
    assert ran == ["Cleaner", "ReadingBudget", "Segmenter", "Deduplicator"]
    assert b.summary


def test_wire_copy_is_linked_by_the_dedup_stage():
    text = ("The city council approved the new harbour budget on Monday after a debate that lasted six hours, "
            "officials said. The plan funds repairs to the north pier and a new ferry terminal by 2026.")
    b = newsbrief.brief([{"text": text, "source": "Wire"}, {"text": text + " Reporting by staff.", "source": "Daily"},
                         {"text": "Officials said the harbour budget passed on Monday and funds pier repairs.",
                          "source": "Post"}], words=30)
    assert [a.duplicate_of is not None for a in b.articles] == [False, True, False]
    assert len(b.sources) == 2


# --- formats -------------------------------------------------------------------


def test_json_format_schema(libya):
    d = json.loads(render(libya, "json"))
    assert d["schema"] == "newsbrief.brief/1"
    assert d["headline"] == libya.headline
    assert len(d["summary"]) == len(libya.summary)
    assert {"article_id", "outlet", "sentence_index", "text", "score"} <= set(d["summary"][0]["citations"][0])
    assert len(d["articles"]) == 5
    assert "removed" not in d["articles"][0]
    assert "removed" in json.loads(render(libya, "json", explain=True))["articles"][0]


def test_markdown_format(libya):
    md = render(libya, "markdown")
    assert md.startswith("# " + libya.headline)
    assert "## Sources" in md and "## Evidence" in md
    assert re.search(r"^- .+\[\d\]", md, re.M)


def test_terminal_format(libya):
    from newsbrief.glosses import glossed

    out = render(libya, "terminal")
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", out).split())  # unwrapped, without the panel's border
    assert libya.headline in flat and "Sources" in flat
    numbers = {a.id: n for n, a in enumerate(libya.articles, 1)}
    for s in libya.summary:
        markers = "".join(f"[{numbers[c.article_id]}]" for c in s.citations)
        shown = "".join(piece + (f" ({d.display})" if d else "") for piece, d in glossed(s.text, s.dates))
        assert f"• {shown} {markers}" in flat
    assert "signed the agreement on Monday (13 Jan 2020). [4][2]" in flat  # its relative date resolved
    assert f"{QUOTE},\" Haftar said, according to Al Arabiya. [1][2][4]" in flat  # "he" named (issue 10)


def test_html_format_is_self_contained_and_escaped():
    evil = "<script>alert('x')</script> The council approved the budget on Monday after a long debate, officials said."
    b = newsbrief.brief([evil, "Officials said the council approved the budget on Monday after a long debate."], words=40)
    page = render(b, "html")
    assert "<script>alert" not in page
    assert html.escape("<script>alert('x')</script>", quote=False) in page or "&lt;script&gt;" in page
    assert "<link " not in page and "src=\"http" not in page  # no external resources
    # nor a link into a site the file is not part of (the story page's "Brief other articles", /static/brief.js)
    assert 'href="/' not in page and 'src="/' not in page and "<script src" not in page
    # the page is the site's story page (stop 40: the file had an older layout, a data dump of the view)
    assert '<h2 id="kp-h">Key points</h2>' in page and '<aside class="sources"' in page
    assert page.count('class="cite"') >= 1  # one chip per sentence, naming its outlets
    assert page.count('class="evidence-item"') >= 2  # the chip's box shows each supporting sentence


def test_sentence_numbers_count_from_one_for_people_and_from_zero_in_json(libya):
    """Terminal (--explain), Markdown and HTML say "sentence 1" for an article's first sentence; the JSON's
    ``sentence_index`` stays 0-based (issue 10)."""
    first = [(s, c) for s in libya.summary for c in s.citations if c.sentence_index == 0]
    assert first, "the Libya brief cites some article's first sentence"
    s, c = first[0]
    d = json.loads(render(libya, "json"))
    assert any(x["sentence_index"] == 0 and x["article_id"] == c.article_id for y in d["summary"] for x in y["citations"])
    md = render(libya, "markdown")
    assert f"{c.outlet}, sentence 1 (similarity" in md and "sentence 0 " not in md
    for x in (y for t in libya.summary for y in t.citations):
        assert f"sentence {x.sentence_index + 1} (similarity {x.score:.2f})" in md
    term = " ".join(render(libya, "terminal", explain=True).split())
    assert "Evidence:" in term and f"{c.outlet}, sentence 1 (similarity" in term and "sentence 0 " not in term
    assert "Evidence:" not in render(libya, "terminal")
    page = render(libya, "html")
    numbers = re.findall(r'class="sentence-no">sentence (\d+)<', page)
    assert numbers and "0" not in numbers
    assert sorted(map(int, numbers)) == sorted(x.sentence_index + 1 for t in libya.summary for x in t.citations)


_LOCATION_NOTICE = ("Tweet with a location\n\nYou can add location information to your Tweets, such as your city or "
                    "precise location, from the web and via third-party applications. You always have the option to "
                    "delete your Tweet location history. Learn more")
_QUAKE = [
    {"text": "A strong earthquake struck northern Chile on Monday, killing at least five people and damaging hundreds "
             "of homes, officials said. The quake had a magnitude of 7.1, the US Geological Survey said.",
     "source": "Reuters"},
    {"text": "Rescuers searched for survivors on Tuesday after a magnitude 7.1 earthquake hit northern Chile, killing "
             "five people. Hundreds of homes were damaged in the quake, officials said.", "source": "AP"},
]


def test_a_page_note_is_left_out_of_a_brief_with_a_warning():
    """Issue 10: a cited tweet scraped as Twitter's location notice (8 Multi-News pages) was an "unknown outlet"
    source with nothing to say; it is left out, named in a warning (NB109), and is no source."""
    b = newsbrief.brief([{"text": _LOCATION_NOTICE}, *_QUAKE], words=60)
    assert [a.source for a in b.articles] == ["Reuters", "AP"]
    assert b.warnings[0] == ("article 1: no article: every line is a page's note (site notice); left out of the brief "
                             "[NB109]")
    d = b.to_dict()
    assert len(d["articles"]) == 2 and "unknown outlet" not in json.dumps(d)
    kept = newsbrief.brief([{"text": _LOCATION_NOTICE}, *_QUAKE], words=60,
                           settings=Settings().replace({"ingest.skip_page_notes": False}))
    assert len(kept.articles) == 3


def test_a_brief_of_page_notes_only_says_so_and_shows_nothing():
    """Nothing else given (or a story of such pages, stored before the store skipped them): one warning, no
    summary, no sentence of the notices."""
    b = newsbrief.brief([{"text": _LOCATION_NOTICE}, {"text": "JavaScript is disabled\n\nYou need to enable JavaScript"}])
    assert b.warnings[0] == "no article to brief: every text given is a page's note, not an article (site notice)"
    assert b.summary == []
