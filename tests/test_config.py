"""Settings: defaults, then a TOML file, then NEWSBRIEF_* environment variables, then explicit overrides."""

from __future__ import annotations

import pytest

from newsbrief.config import Settings
from newsbrief.errors import ConfigError


def test_layers_in_order(tmp_path, monkeypatch):
    path = tmp_path / "nb.toml"
    path.write_text("[selection]\nwords = 150\n[citations]\nmin_similarity = 0.6\n")
    monkeypatch.delenv("NEWSBRIEF_WORDS", raising=False)
    assert Settings.load().selection.words == 100
    s = Settings.load(path)
    assert (s.selection.words, s.citations.min_similarity) == (150, 0.6)
    monkeypatch.setenv("NEWSBRIEF_WORDS", "200")
    assert Settings.load(path).selection.words == 200
    monkeypatch.setenv("NEWSBRIEF_CITATIONS_MIN_SIMILARITY", "0.7")
    assert Settings.load(path).citations.min_similarity == 0.7
    assert Settings.load(path, {"selection.words": 300}).selection.words == 300
    assert Settings.load(path, {"selection.words": None}).selection.words == 200  # None means "not given"


def test_flat_names_of_older_files_still_read(tmp_path):
    path = tmp_path / "nb.toml"
    path.write_text("[newsbrief]\nwords = 150\ncitation_min_similarity = 0.6\nserver_timeout_seconds = 5\n")
    s = Settings.load(path, environ={})
    assert (s.selection.words, s.citations.min_similarity, s.server.timeout_seconds) == (150, 0.6, 5.0)


def test_unknown_key_is_named(tmp_path):
    path = tmp_path / "nb.toml"
    path.write_text("wordz = 3\n")
    with pytest.raises(ConfigError, match="nb.toml: unknown setting 'wordz'"):
        Settings.load(path)
    path.write_text("[selection]\nwordz = 3\n")
    with pytest.raises(ConfigError, match=r"unknown setting 'wordz' in \[selection\]"):
        Settings.load(path)


@pytest.mark.parametrize("text, message", [
    ('words = "many"', r"selection.words must be a whole number, not 'many' \(settings file .*nb.toml\)"),
    ("[selection]\nwords = 3", r"selection.words must be between 10 and 5000, not 3 \(settings file"),
    ("[citations]\nmin_similarity = 1.5", r"citations.min_similarity must be between 0.0 and 1.0, not 1.5"),
    ("[server]\nworkers = true", r"server.workers must be a whole number, not True"),
    ("[analysis]\nmodel = 3", r"analysis.model must be a string, not 3"),
])
def test_bad_values_name_key_and_file(tmp_path, text, message):
    path = tmp_path / "nb.toml"
    path.write_text(text + "\n")
    with pytest.raises(ConfigError, match=message):
        Settings.load(path, environ={})


def test_bad_values_name_the_environment_variable_and_the_option():
    with pytest.raises(ConfigError, match=r"selection.words must be a whole number, not 'many' \(environment variable NEWSBRIEF_WORDS\)"):
        Settings.load(environ={"NEWSBRIEF_WORDS": "many"})
    with pytest.raises(ConfigError, match=r"between 0.0 and 1.0, not 2.0 \(environment variable NEWSBRIEF_DEDUP_THRESHOLD\)"):
        Settings.load(environ={"NEWSBRIEF_DEDUP_THRESHOLD": "2"})
    with pytest.raises(ConfigError, match=r"selection.words must be between 10 and 5000, not 5 \(--words\)"):
        Settings().replace({"selection.words": 5}, source="--words")


def test_settings_round_trip_through_plain_values():
    s = Settings().replace({"selection.words": 42, "store.path": "x.sqlite3", "dedup.threshold": 0.8})
    assert Settings.from_dict(s.to_dict()) == s
    import pickle

    assert pickle.loads(pickle.dumps(s)) == s


def test_every_setting_is_documented_and_in_range():
    from newsbrief.config import fields

    for key, f, _ in fields():
        assert len(f.metadata["doc"]) > 20, key
        lo, hi = f.metadata["ge"], f.metadata["le"]
        if f.default is not None and not isinstance(f.default, str):
            assert (lo is None or f.default >= lo) and (hi is None or f.default <= hi), key


def test_readme_settings_table_is_generated_from_the_settings():
    """README.md's settings table is settings_table()'s output (regenerate with newsbrief.config.settings_table())."""
    from pathlib import Path

    from newsbrief.config import settings_table

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- settings-table:start -->\n", "<!-- settings-table:end -->"
    assert start in readme and end in readme
    assert readme.split(start, 1)[1].split(end, 1)[0] == settings_table()


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
    # a setting that cannot be met by these ~20-word sentences: the file must reach the selector
    path.write_text("[selection]\nmin_sentence_words = 40\n")
    args = [sys.executable, "-m", "newsbrief", "brief", str(fixtures_dir / "bridge.jsonl"), "-f", "json", "--no-analyze"]
    default = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
    strict = json.loads(subprocess.run([*args, "--config", str(path)], capture_output=True, check=True).stdout)
    assert default["summary"] and not strict["summary"]
    assert "no sentence long enough to summarize" in strict["warnings"]
