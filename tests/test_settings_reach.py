"""A setting reaches every entry point: brief, analyze, ingest, stories, story,
digest, batch (local and Spark), eval and serve, from the environment, a
settings file or an option, and an option left out does not override them."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.config import Settings
from newsbrief.ingest import read_articles
from newsbrief.store import Store

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEWSBRIEF_")}
    p = subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True, text=True, cwd=REPO,
                       env={**clean, **(env or {})})
    assert "Traceback" not in p.stderr, p.stderr
    if check:
        assert p.returncode == 0, p.stderr
    return p


def summary_words(doc: dict) -> int:
    return sum(len(s["text"].split()) for s in doc["summary"])


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, shared_dir) -> Path:
    path = tmp_path_factory.mktemp("store") / "s.sqlite3"
    with Store(path) as st:
        st.add(read_articles([shared_dir / "samples" / "libya-moscow-talks-2020"]))
    return path


@pytest.fixture(scope="module")
def story_id(store_path) -> str:
    with Store(store_path) as st:
        return st.stories()[0].id


@pytest.mark.slow
def test_brief_takes_env_file_and_option(libya_dir, tmp_path):
    args = ["brief", str(libya_dir), "-f", "json", "--no-analyze"]
    default = summary_words(json.loads(run(*args).stdout))
    assert default > 60
    assert summary_words(json.loads(run(*args, env={"NEWSBRIEF_WORDS": "30"}).stdout)) <= 30
    config = tmp_path / "nb.toml"
    config.write_text("[selection]\nwords = 30\n")
    assert summary_words(json.loads(run(*args, "--config", str(config)).stdout)) <= 30
    # an explicit option wins over both
    assert summary_words(json.loads(run(*args, "--config", str(config), "--words", "150",
                                        env={"NEWSBRIEF_WORDS": "30"}).stdout)) > 100


def test_bad_setting_is_one_clear_error(libya_dir, tmp_path):
    config = tmp_path / "nb.toml"
    config.write_text('words = "many"\n')
    p = run("brief", str(libya_dir), "--config", str(config), check=False)
    assert p.returncode == 1
    assert "selection.words must be a whole number, not 'many' (settings file" in p.stderr and "[NB001]" in p.stderr
    p = run("brief", str(libya_dir), env={"NEWSBRIEF_CITATIONS_MIN_SIMILARITY": "high"}, check=False)
    assert p.returncode == 1 and "environment variable NEWSBRIEF_CITATIONS_MIN_SIMILARITY" in p.stderr


@pytest.mark.slow
def test_analyze_and_ingest_take_settings(libya_dir, tmp_path):
    small = {"NEWSBRIEF_INGEST_MAX_FILE_BYTES": "1000"}  # every Libya article is larger
    p = run("analyze", str(libya_dir), "-f", "json", env=small, check=False)
    assert p.returncode == 1 and "over the" in p.stderr
    assert run("analyze", str(libya_dir), "-f", "json").returncode == 0
    store = tmp_path / "s.sqlite3"
    p = run("ingest", str(libya_dir), "--no-progress", env={**small, "NEWSBRIEF_STORE": str(store)}, check=False)
    assert p.returncode == 1 and "no article could be read" in p.stderr
    config = tmp_path / "nb.toml"
    config.write_text(f"[store]\npath = {json.dumps(str(store))}\n")
    p = run("ingest", str(libya_dir), "--no-progress", "--config", str(config))
    assert "ingested 5 articles" in p.stderr
    # stories reads the store the settings file names
    listed = json.loads(run("stories", "-f", "json", "--config", str(config)).stdout)
    assert sum(s["size"] for s in listed) == 5


@pytest.mark.slow
def test_story_and_digest_take_settings(store_path, story_id, tmp_path):
    args = ["story", story_id, "--store", str(store_path), "-f", "json"]
    assert summary_words(json.loads(run(*args).stdout)) > 60
    assert summary_words(json.loads(run(*args, env={"NEWSBRIEF_WORDS": "30"}).stdout)) <= 30
    dargs = ["digest", "--date", "2020-01-14", "--store", str(store_path), "-f", "json"]
    default = json.loads(run(*dargs).stdout)["stories"][0]["brief"]
    short = json.loads(run(*dargs, env={"NEWSBRIEF_DIGEST_WORDS": "20"}).stdout)["stories"][0]["brief"]
    assert summary_words(short) <= 20 < summary_words(default) <= 60


def _jobs_file(tmp_path: Path, libya_dir: Path) -> Path:
    arts = [{"text": a.raw_text, "title": a.title, "source": a.source} for a in read_articles([libya_dir])]
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps({"id": "libya", "articles": arts}) + "\n")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "spark"])
def test_batch_settings_travel_with_the_jobs(engine, tmp_path, libya_dir):
    jobs = _jobs_file(tmp_path, libya_dir)
    out = tmp_path / "out.jsonl"
    extra = ["--processes", "2"] if engine == "local" else []
    run("batch", str(jobs), "-o", str(out), "--engine", engine, *extra, env={"NEWSBRIEF_WORDS": "30"})
    assert summary_words(json.loads(out.read_text())) <= 30
    run("batch", str(jobs), "-o", str(out), "--engine", engine, *extra)
    assert summary_words(json.loads(out.read_text())) > 60


@pytest.mark.slow
def test_eval_takes_settings(tmp_path, libya_dir):
    arts = [{"text": a.raw_text, "title": a.title, "source": a.source} for a in read_articles([libya_dir])]
    data = tmp_path / "one.jsonl.gz"
    with gzip.open(data, "wt") as fh:
        fh.write(json.dumps({"id": "libya", "articles": arts,
                             "summaries": ["Haftar left Moscow without signing a ceasefire agreement."]}) + "\n")

    def recall(env=None):
        out = tmp_path / "scores.json"
        run("eval", str(data), "--systems", "newsbrief", "--no-progress", "--json", str(out), env=env)
        doc = json.loads(out.read_text())
        return json.dumps(doc["clusters"] if "clusters" in doc else doc, sort_keys=True)

    assert recall() != recall({"NEWSBRIEF_SELECTION_MIN_SENTENCE_WORDS": "40"})


def test_server_routes_use_the_servers_settings(store_path, story_id, libya_dir):
    from fastapi.testclient import TestClient

    from newsbrief.server import create_app

    settings = Settings().replace({"selection.words": 30, "digest.words": 20})
    arts = [{"text": a.raw_text, "title": a.title, "source": a.source} for a in read_articles([libya_dir])]
    with TestClient(create_app(store_path=store_path, settings=settings)) as client:
        assert summary_words(client.get(f"/api/stories/{story_id}/brief").json()) <= 30
        assert summary_words(client.get(f"/api/stories/{story_id}/brief?words=150").json()) > 100
        assert summary_words(client.post("/api/brief", json=arts).json()) <= 30
        day = client.get("/api/digest/2020-01-14").json()
        assert summary_words(day["stories"][0]["brief"]) <= 20
    strict = Settings().replace({"citations.min_similarity": 0.99})
    with TestClient(create_app(store_path=store_path, settings=strict)) as client:
        posted = client.post("/api/brief", json=arts).json()
        stored = client.get(f"/api/stories/{story_id}/brief").json()
    n = lambda d: sum(len(s["citations"]) for s in d["summary"])  # noqa: E731
    assert n(posted) == n(stored)  # the same settings for posted and stored articles


@pytest.mark.slow
def test_serve_command_reads_env_settings(store_path, story_id):
    from test_server import start_serve

    import httpx

    clean_env = {"NEWSBRIEF_WORDS": "30"}
    proc, port, _ = start_serve("--store", str(store_path), env=clean_env)
    try:
        doc = httpx.get(f"http://127.0.0.1:{port}/api/stories/{story_id}/brief", timeout=60).json()
        assert summary_words(doc) <= 30
    finally:
        proc.terminate()
        proc.wait(timeout=20)
