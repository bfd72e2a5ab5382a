"""``newsbrief analyze`` end to end: every format, on two small articles (runs spaCy)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_analyze_cli_formats(tmp_path, fixtures_dir):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Bridge reopens\n\nOfficials said the <b>bridge</b> reopened on Monday after \"two weeks of careful repairs by the city,\" "
                 "Mayor Jane Doe said. About 3,000 people were evacuated.\n", encoding="utf-8")
    b.write_text("City bridge open again\n\nThe bridge reopened on Monday, officials said. \"Two weeks of careful repairs "
                 "by the city,\" said Mayor Jane Doe. Some 5,000 people were evacuated last week.\n", encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "newsbrief", "analyze", str(a), str(b), *args],
                                       capture_output=True, text=True, timeout=120)
    out = run("--format", "json")
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)["analysis"]
    assert d["schema"] == "newsbrief.analysis/1"
    assert any(q["speaker"] == "Jane Doe" and len(q["sources"]) == 2 for q in d["quotes"])
    html = run("--format", "html")
    assert html.returncode == 0 and "<b>bridge</b>" not in html.stdout and "&lt;b&gt;bridge&lt;/b&gt;" in html.stdout
    md = run("--format", "markdown")
    assert "### Quotes" in md.stdout and "Jane Doe" in md.stdout
    bad = run("--format", "pdf")
    assert bad.returncode == 2 and "unknown format" in bad.stderr


def test_a_failing_section_is_left_out_with_a_warning_not_a_traceback(monkeypatch, libya_dir):
    """Stop 55: the quote rules hit a RecursionError on a DUC 2004 story, and the reader got a traceback and no
    brief. A section whose reading fails is left empty, named in the JSON (``left_out``) and in a warning; the
    rest of the view and the brief stand."""
    from newsbrief.analyze import quotes
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(quotes, "extract", broken)
    b = brief([libya_dir], words=80, analyze=True)
    d = b.analysis.to_dict()
    assert d["quotes"] == [] and d["left_out"] == {"quotes": "RecursionError: maximum recursion depth exceeded"}
    assert d["entities"] and d["figures"] and d["timeline"] and b.summary
    assert any("shows no quotes" in w and "RecursionError" in w for w in b.warnings)
    assert "shows no quotes" in render(b, "markdown")
    monkeypatch.undo()
    assert "left_out" not in brief([libya_dir], words=80, analyze=True).analysis.to_dict()
