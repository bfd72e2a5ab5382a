"""The `newsbrief brief` command as a user runs it: real subprocesses, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief", *args], input=stdin, capture_output=True, cwd=REPO, timeout=120)


@pytest.mark.slow
def test_bundled_sample_runs():
    p = run("brief", "examples/air-france-447.jsonl", "--no-analyze")
    assert p.returncode == 0, p.stderr.decode()
    assert "Air France" in p.stdout.decode()


@pytest.mark.slow
def test_sample_json_done_when(libya_dir):
    p = run("brief", str(libya_dir), "--format", "json", "--words", "100")
    assert p.returncode == 0, p.stderr.decode()
    d = json.loads(p.stdout)
    assert sum(len(s["text"].split()) for s in d["summary"]) <= 100
    assert all(s["citations"] for s in d["summary"])


@pytest.mark.slow
@pytest.mark.parametrize("fmt, marker", [("markdown", "## Sources"), ("html", "<!doctype html>"), ("terminal", "Sources")])
def test_output_file(tmp_path, fixtures_dir, fmt, marker):
    out = tmp_path / "sub" / f"brief.{fmt}"
    p = run("brief", str(fixtures_dir / "bridge.jsonl"), "-f", fmt, "-o", str(out), "--no-analyze")
    assert p.returncode == 0, p.stderr.decode()
    assert marker in out.read_text()


def test_stdin():
    p = run("brief", "-", "--no-analyze", "-f", "json",
            stdin=b"Bridge reopens\n\nThe Harbour Bridge reopened on Monday after two weeks of repairs to its northern span.")
    assert p.returncode == 0, p.stderr.decode()
    assert json.loads(p.stdout)["summary"]


@pytest.mark.parametrize(
    "name, message",
    [
        ("empty.txt", "empty.txt: file is empty [NB101]"),
        ("binary.txt", "binary.txt: file looks binary"),
        ("undecodable.txt", "undecodable.txt:1: undecodable byte 0x81"),
        ("french.txt", "only English is supported"),
        ("missing.txt", "missing.txt: no such file"),
    ],
)
def test_bad_input_clear_message_no_traceback(fixtures_dir, name, message):
    p = run("brief", str(fixtures_dir / name))
    err = p.stderr.decode()
    assert p.returncode == 1
    assert message in err
    assert "Traceback" not in err


@pytest.mark.slow
def test_malformed_line_warns_and_keeps_the_good_lines(fixtures_dir):
    p = run("brief", str(fixtures_dir / "malformed.jsonl"), "-f", "json", "--no-analyze")
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert "malformed.jsonl:3: malformed JSON" in err
    assert "Traceback" not in err
    d = json.loads(p.stdout)
    assert [(a["title"], a["source"]) for a in d["articles"]] == [
        ("Bridge reopens", "Coastal Herald"), ("Traffic returns to Harbour Bridge", "Portville Post")]
    assert d["summary"] and all(s["citations"] for s in d["summary"])


@pytest.mark.slow
def test_one_bad_file_among_good_ones_warns_and_continues(fixtures_dir):
    p = run("brief", str(fixtures_dir / "bridge.jsonl"), str(fixtures_dir / "binary.txt"), "-f", "json", "--no-analyze")
    assert p.returncode == 0
    assert "warning:" in p.stderr.decode() and "binary.txt" in p.stderr.decode()
    assert len(json.loads(p.stdout)["articles"]) == 3


def test_empty_directory(tmp_path):
    p = run("brief", str(tmp_path))
    assert p.returncode == 1 and "no readable article" in p.stderr.decode()


def test_unknown_format_is_usage_error(fixtures_dir):
    p = run("brief", str(fixtures_dir / "bridge.jsonl"), "-f", "pdf")
    assert p.returncode == 2 and "unknown format" in p.stderr.decode()


@pytest.mark.slow
def test_explain_lists_removals(libya_dir):
    p = run("brief", str(libya_dir), "-f", "markdown", "--explain", "--no-analyze")
    assert "## Removed boilerplate" in p.stdout.decode()
    assert "comment prompt: 'Please enter your comment!'" in p.stdout.decode()


@pytest.mark.slow
def test_fast_brief_runs_without_the_model(libya_dir):
    """``--fast`` is the model-free path (citations.model=tfidf): the same brief as that setting, not the default's
    (the default scores a paraphrase by the model's cosine, 0.81 where the lexical path gives 0.38)."""
    import os

    def brief_json(*extra: str, env: dict | None = None) -> dict:
        p = subprocess.run([sys.executable, "-m", "newsbrief", "brief", str(libya_dir), "--format", "json",
                            "--no-analyze", *extra], capture_output=True, cwd=REPO, timeout=120,
                           env={**os.environ, **(env or {})})
        assert p.returncode == 0, p.stderr.decode()
        return json.loads(p.stdout)

    def cited(d: dict) -> list:
        return [[(c["article_id"], round(c["score"], 3)) for c in s["citations"]] for s in d["summary"]]

    fast = brief_json("--fast")
    assert fast["summary"] == brief_json(env={"NEWSBRIEF_CITATIONS_MODEL": "tfidf"})["summary"]
    assert cited(fast) != cited(brief_json())


def test_a_page_note_only_input_is_a_clear_warning_no_traceback(tmp_path):
    f = tmp_path / "notice.txt"
    f.write_text("JavaScript is disabled\n\nYou need to enable JavaScript to use SoundCloud\n", encoding="utf-8")
    p = run("brief", str(f), "--no-analyze")
    err = p.stderr.decode()
    assert "Traceback" not in err
    assert "warning: no article to brief: every text given is a page's note, not an article (site notice)" in err
    assert "SoundCloud" not in p.stdout.decode()


def test_a_warning_reaches_the_screen_once(tmp_path):
    """Read in stop 55: "warning: ...: the same article was given twice; kept once" was printed on stderr and
    again inside the terminal brief on stdout, so a reader saw it twice. On stdout the brief leaves it out; a
    brief written to a file keeps it (stderr is not there when the file is read)."""
    line = json.dumps({"title": "Bridge", "text": "Officials said the bridge opened on Monday after years of work "
                                                  "by crews from three states and the city."})
    f = tmp_path / "dup.jsonl"
    f.write_text(line + "\n" + line + "\n", encoding="utf-8")
    p = run("brief", str(f), "--no-analyze")
    assert p.returncode == 0, p.stderr.decode()
    assert p.stderr.decode().count("given twice") == 1 and "given twice" not in p.stdout.decode()
    out = tmp_path / "brief.txt"
    p = run("brief", str(f), "--no-analyze", "-o", str(out))
    assert p.returncode == 0 and "given twice" in out.read_text(encoding="utf-8")
