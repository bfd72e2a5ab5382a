"""Bounded work on over-long inputs and bounded server caches (issues 14 and 17):
near-duplicate signatures read at most ``dedup.max_shingles`` shingles; the
story list's first-line cache keeps at most ``server.lead_cache_size`` stories.
Inputs are generated here; bench/limits.py measures time and memory."""

from __future__ import annotations

import random

import numpy as np
import pytest

from conftest import load_clusters
from newsbrief.config import Settings
from newsbrief.stream.dedup import MAX_SHINGLES, SHINGLE_WORDS, content_words, signature

VOCAB = ("council budget harbour bridge mayor police station truck district spending schools roads "
         "officials lawmakers summer march repairs injured voted approve").split()


def words_text(n_words: int, seed: int) -> str:
    rng = random.Random(seed)
    lines, line = [], []
    for i in range(n_words):
        line.append(f"{rng.choice(VOCAB)}{i % 97}")
        if len(line) == 60:
            lines.append(" ".join(line) + ".")
            line = []
    lines.append(" ".join(line))
    return "\n\n".join(lines)


def test_signature_reads_only_the_first_max_shingles():
    long = words_text(200_000, seed=1)  # ten times the cap
    words = content_words(long)
    assert len(words) == 200_000
    assert content_words(long, 1_000) == words[:1_000]
    head = " ".join(words[: MAX_SHINGLES + SHINGLE_WORDS - 1])
    assert np.array_equal(signature(long).hashvalues, signature(head, max_shingles=None).hashvalues)
    # what lies past the cap changes nothing; a different opening does
    other_tail = long[: len(long) // 2] + words_text(100_000, seed=2)
    assert np.array_equal(signature(other_tail).hashvalues, signature(long).hashvalues)
    assert signature(words_text(200_000, seed=3)).jaccard(signature(long)) < 0.2
    small = signature(long, max_shingles=50)
    assert np.array_equal(small.hashvalues, signature(" ".join(words[:54]), max_shingles=None).hashvalues)


SENTENCES = ["The city council voted on Tuesday to approve the new budget for the coming year",
             "Officials said the plan would raise spending on schools and roads by five percent",
             "Police reported that two people were injured when a truck hit a bus near the station"]


def english(numbers: range) -> str:
    return "\n\n".join(" ".join(f"{SENTENCES[i % 3]} in district {i}." for i in range(start, start + 4))
                       for start in range(numbers.start, numbers.stop, 4))


def test_the_cap_is_a_setting_that_reaches_the_pipeline():
    import newsbrief

    a = "Budget vote\n\n" + english(range(0, 200))
    b = "Budget vote\n\n" + english(range(0, 100)) + "\n\n" + english(range(5_000, 5_100))  # same first half
    default = newsbrief.brief([a, b], words=40, analyze=False)
    assert sum(x.duplicate_of is not None for x in default.articles) == 0
    capped = newsbrief.brief([a, b], words=40, analyze=False,
                             settings=Settings().replace({"dedup.max_shingles": 500}))
    assert sum(x.duplicate_of is not None for x in capped.articles) == 1


@pytest.mark.slow
def test_ordinary_signatures_are_those_of_the_whole_text(shared_dir):
    for name in ("duc2006/test", "multinews_sample/validation"):
        for cluster in load_clusters(shared_dir / "data" / f"{name}.jsonl.gz"):
            for art in cluster["articles"]:
                text = art.get("text") or ""
                assert np.array_equal(signature(text).hashvalues, signature(text, max_shingles=None).hashvalues)


@pytest.mark.slow
def test_story_list_leads_are_an_lru_of_lead_cache_size(tmp_path):
    from newsbrief.server.service import Service
    from newsbrief.store import Store

    path = str(tmp_path / "store.sqlite3")
    topics = [("harbour bridge repairs", "engineers"), ("school lunch prices", "parents"),
              ("airport runway closure", "pilots"), ("river flood warning", "farmers")]
    with Store(path) as store:
        for i, (topic, who) in enumerate(topics):
            store.add([{"title": f"News about {topic}", "date": f"{2010 + 3 * i}-06-01", "text": f"The {topic} worried {who} in town {i}. " * 3
                        + f"Local {who} said the {topic} would be discussed again next week."}])
    service = Service(Settings().replace({"server.lead_cache_size": 2}), path)
    stories = service.stories()
    assert len(stories) == 4
    leads = service.leads(stories)
    assert set(leads) == {s.id for s in stories} and all(leads.values())  # every lead given, whatever the bound
    assert list(service._leads) == [s.id for s in stories[-2:]]  # only the two most recently shown kept
    assert service.leads(stories[:1]) == {stories[0].id: leads[stories[0].id]}
    assert list(service._leads) == [stories[-1].id, stories[0].id]


# --- reading budgets: an over-long article or "sentence" costs what an ordinary one does ---------------------


def test_an_article_over_max_article_chars_is_read_up_to_it_with_a_warning():
    import newsbrief
    from newsbrief.segment import sentence_spans

    long = "Budget vote\n\n" + english(range(0, 2_000))  # ~170,000 characters
    short = "Council news\n\n" + english(range(9_000, 9_020))
    settings = Settings().replace({"selection.max_article_chars": 20_000})
    b = newsbrief.brief([long, short], words=40, settings=settings)
    art = b.articles[0]
    assert art.sentences and all(s.end <= 20_000 for s in art.sentences)
    # the sentences read are those the whole text begins with: same offsets, same indexes
    whole = sentence_spans(art.body)
    assert [(s.start, s.end) for s in art.sentences] == [(a, c) for a, c, _ in whole[: len(art.sentences)]]
    assert len(art.sentences) >= len(whole) * 20_000 // len(art.body) - 2
    assert [w for w in b.warnings if "max_article_chars" in w] == [
        f"article 1 ({art.title or art.id}) has {len(art.body):,} characters: the brief reads its first 20,000 "
        f"({len(art.sentences):,} sentences; selection.max_article_chars)"]
    assert len(b.articles[1].sentences) == len(sentence_spans(b.articles[1].body))  # under the budget: whole
    for s in b.summary:  # every citation points at a sentence that was read
        for c in s.citations:
            article = next(a for a in b.articles if a.id == c.article_id)
            assert article.sentences[c.sentence_index].text == c.text


def test_the_view_leaves_out_sentences_over_max_sentence_chars_with_a_note():
    import newsbrief

    run_on = "Officials said " + ", ".join(f"district {i} voted for the budget" for i in range(150)) + "."
    text = "Budget vote\n\n" + english(range(0, 8)) + "\n\n" + run_on + "\n\n" + english(range(8, 16))
    other = "Council news\n\n" + english(range(0, 12))
    settings = Settings().replace({"analysis.max_sentence_chars": 2_000})
    b = newsbrief.brief([text, other], words=40, analyze=True, settings=settings)
    long = [s for a in b.articles for s in a.sentences if len(s.text) > 2_000]  # still the article's sentences
    assert len(long) == 1
    limit = b.analysis.to_dict()["limit"]
    assert limit["left_out_long"] == 1
    assert limit["note"] == "1 sentence over 2,000 characters left out of the view (analysis.max_sentence_chars)"
    assert all(len(m.sent.text) <= 2_000 for e in b.analysis.entities for m in e.mentions)


def test_no_article_of_the_summarization_sets_reaches_the_reading_budget(shared_dir):
    """The default budget cuts no real article, so summaries and ROUGE are those of the whole texts."""
    budget = Settings().selection.max_article_chars
    for name in ("duc2003_task3/test", "duc2006/test", "multiling2011_en/test", "multinews_sample/validation"):
        for cluster in load_clusters(shared_dir / "data" / f"{name}.jsonl.gz"):
            assert all(len(a.get("text") or "") < budget / 1.5 for a in cluster["articles"])
