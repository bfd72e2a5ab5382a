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
