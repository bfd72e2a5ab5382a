"""``bench/ingest_stages.py`` replays the ingest's hot stages on their recorded inputs: its replays must give what
the ingest gave (else it would time something else), and it must say so when a stage's outputs change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import load_clusters

from newsbrief.ingest import article_from_dict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import ingest_stages  # noqa: E402

#: an ingest of 30 articles and the imports it pulls in (scikit-learn, the sentence splitter): over 3 s
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def recorded(shared_dir):
    # two sets' first clusters in one store: several stories, so the clusterer and the linker multiply matrices
    arts = []
    for name in ("duc2003_task3", "multinews_sample"):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        for c in load_clusters(path, 3):
            arts += [article_from_dict(a, where=name) for a in c["articles"][:5]]
    return ingest_stages.record(arts)


@pytest.mark.parametrize("stage", ingest_stages.STAGES)
def test_each_replayed_stage_gives_the_ingests_outputs(recorded, stage):
    assert recorded[stage], f"the ingest made no {stage} call"
    cpu, parts, same = ingest_stages.replay(stage, recorded[stage])
    assert same and cpu > 0
    if stage == "signatures":
        assert set(parts) == {"content lines and words", "word hashes and shingles", "MinHash products and the rest"}


def test_a_changed_stage_is_reported(recorded, monkeypatch):
    from newsbrief.stream import dedup

    # the MinHash of fewer shingles (the last word dropped): other signatures, which the replay must notice
    words = dedup._content_words
    monkeypatch.setattr(dedup, "_content_words", lambda text, limit=None: (words(text, limit)[0][:-1], 0))
    assert not ingest_stages.replay("signatures", recorded["signatures"])[2]
