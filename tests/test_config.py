"""Settings: defaults, then a TOML file, then NEWSBRIEF_* environment variables, then explicit overrides."""

from __future__ import annotations

import pytest

from newsbrief.config import Settings
from newsbrief.errors import ConfigError


def test_layers_in_order(tmp_path, monkeypatch):
    path = tmp_path / "nb.toml"
    path.write_text("[newsbrief]\nwords = 150\ncitation_min_similarity = 0.6\n")
    assert Settings.load().words == 100
    s = Settings.load(path)
    assert (s.words, s.citation_min_similarity) == (150, 0.6)
    monkeypatch.setenv("NEWSBRIEF_WORDS", "200")
    assert Settings.load(path).words == 200
    assert Settings.load(path, words=300).words == 300
    assert Settings.load(path, words=None).words == 200  # None means "not given"


def test_unknown_key_is_named(tmp_path):
    path = tmp_path / "nb.toml"
    path.write_text("wordz = 3\n")
    with pytest.raises(ConfigError, match="nb.toml: unknown setting 'wordz'"):
        Settings.load(path)


def test_bad_settings_file_is_a_clear_cli_error(tmp_path, fixtures_dir):
    import subprocess
    import sys

    path = tmp_path / "nb.toml"
    path.write_text("words = [unclosed\n")
    p = subprocess.run([sys.executable, "-m", "newsbrief", "brief", str(fixtures_dir / "bridge.jsonl"), "--config", str(path)],
                       capture_output=True)
    assert p.returncode == 1
    assert "nb.toml: not valid TOML" in p.stderr.decode() and "Traceback" not in p.stderr.decode()


@pytest.mark.slow
def test_config_changes_what_the_cli_does(tmp_path, fixtures_dir):
    import json
    import subprocess
    import sys

    path = tmp_path / "nb.toml"
    path.write_text("[newsbrief]\ncitation_min_similarity = 0.99\n")
    args = [sys.executable, "-m", "newsbrief", "brief", str(fixtures_dir / "bridge.jsonl"), "-f", "json", "--no-analyze"]
    loose = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
    strict = json.loads(subprocess.run([*args, "--config", str(path)], capture_output=True, check=True).stdout)
    n = lambda d: sum(len(s["citations"]) for s in d["summary"])  # noqa: E731
    assert n(strict) < n(loose)
