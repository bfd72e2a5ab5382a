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
