"""Batch engines: the local process pool and Spark give the same briefs as the library."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief.engines import BriefJob, read_jobs
from newsbrief.engines.registry import get_engine
from newsbrief.errors import MalformedJSONError

from conftest import load_clusters

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def jobs(shared_dir):
    clusters = load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=3)
    return [BriefJob(id=c["id"], articles=c["articles"]) for c in clusters]


def expected(job: BriefJob) -> dict:
    b = newsbrief.brief(job.articles)
    b.story_id = job.id
    return b.to_dict()


@pytest.mark.slow
def test_local_pool_matches_library_in_order(jobs):
    out = list(get_engine("local", processes=2).run(jobs))
    assert [d["story_id"] for d in out] == [j.id for j in jobs]
    assert out == [expected(j) for j in jobs]


def test_job_errors_do_not_stop_the_batch():
    out = list(get_engine("local").run([BriefJob(id="bad", articles=[{"text": ""}]),
                                        BriefJob(id="ok", articles=[{"text": "The council approved the budget on Monday after a long debate."}])]))
    assert out[0]["code"] == "NB101" and "error" in out[0]
    assert out[1]["summary"]


def test_read_jobs_names_bad_line(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "articles": [{"text": "x"}]}\n{"id": "b"}\n')
    with pytest.raises(MalformedJSONError, match="s.jsonl:2:"):
        list(read_jobs(str(path)))
    errors = []
    assert [j.id for j in read_jobs(str(path), on_error=errors.append)] == ["a"]
    assert len(errors) == 1


def test_read_jobs_bad_bytes_and_files_are_input_errors(tmp_path):
    """A line that is not UTF-8 is skipped with its line named; a .gz that is not gzip is one clear error."""
    from newsbrief.errors import EncodingError, InputError

    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id": "a", "articles": [{"text": "x"}]}\n\xff\xfe not text\n[[[1]]]\n')
    errors = []
    assert [j.id for j in read_jobs(str(path), on_error=errors.append)] == ["a"]
    assert isinstance(errors[0], EncodingError) and "s.jsonl:2:" in str(errors[0])
    assert "s.jsonl:3: bad story line" in str(errors[1])
    fake = tmp_path / "s.jsonl.gz"
    fake.write_text("not gzip")
    with pytest.raises(InputError, match="s.jsonl.gz: not a valid gzip file"):
        list(read_jobs(str(fake)))


def test_lone_surrogate_in_a_story_is_briefed():
    """JSON may carry a lone surrogate ("\\ud800"): it is replaced at ingest, so every output encodes."""
    text = "The council approved the budget on Monday after a long debate \ud800 in the city hall, officials said."
    job = BriefJob(id="s", articles=[{"text": text}, {"text": "Officials said the council approved the budget on Monday."}])
    [doc] = list(get_engine("local").run([job]))
    assert "error" not in doc
    json.dumps(doc, ensure_ascii=False).encode("utf-8")  # would raise on a surrogate
    assert "\ufffd" in doc["summary"][0]["text"] or all("\ud800" not in s["text"] for s in doc["summary"])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime (java not on PATH)")
def test_spark_matches_local(jobs):
    pytest.importorskip("pyspark")
    out = list(get_engine("spark", master="local[2]").run(jobs))
    assert out == [expected(j) for j in jobs]


def test_batch_cli(tmp_path, shared_dir):
    src = tmp_path / "stories.jsonl"
    clusters = load_clusters(shared_dir / "data" / "multiling2011_en" / "test.jsonl.gz", limit=2)
    src.write_text("\n".join(json.dumps(c) for c in clusters) + "\n{broken\n")
    out = tmp_path / "briefs.jsonl"
    p = subprocess.run([sys.executable, "-m", "newsbrief", "batch", str(src), "-o", str(out)],
                       capture_output=True, cwd=REPO, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert "stories.jsonl:3: malformed JSON" in p.stderr.decode()
    docs = [json.loads(l) for l in out.read_text().splitlines()]
    assert [d["story_id"] for d in docs] == [c["id"] for c in clusters]
    assert all(s["citations"] for d in docs for s in d["summary"])
