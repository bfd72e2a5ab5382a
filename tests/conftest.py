"""Shared fixtures: paths to ../shared data (skipped with a reason when absent)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared is not beside the checkout ({SHARED}); real-data tests need it")
    return SHARED


@pytest.fixture(scope="session")
def libya_dir(shared_dir: Path) -> Path:
    path = shared_dir / "samples" / "libya-moscow-talks-2020"
    if not path.is_dir():
        pytest.skip(f"sample cluster missing: {path}")
    return path


def load_clusters(path: Path, limit: int | None = None) -> list[dict]:
    """Clusters from a ../shared/data/*/*.jsonl.gz file."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit and len(out) >= limit:
                break
    return out


def load_story(path: Path, story: str) -> list[dict]:
    """The articles of one story of a clustering set (../shared/data/*/test.jsonl.gz, one article a line): those
    whose "cluster" is ``story`` or, for BASIL's long ids, starts with it."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if r["cluster"] == story or r["cluster"].startswith(story)]


def view_sents(row: dict) -> list:
    """The Sents of one article row (a dict as ../shared's files hold it) read as the view reads them: ingest, the
    pipeline's cleaning, NER with the tests' model (``test_quote_parse.MODEL``) and the entity merge."""
    from newsbrief.analyze import _ner, entities
    from newsbrief.analyze._doc import Mention, Sent, Source
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare
    from test_quote_parse import MODEL

    art = prepare([article_from_dict(row)], Settings()).articles[0]
    src = Source(1, art, art.outlet)
    sents = [Sent(s, src) for s in art.sentences]
    for s, spans in zip(sents, _ner.recognize([s.text for s in sents], MODEL)):
        s.mentions = [Mention(s, a, b, s.text[a:b], label) for a, b, label in spans]
    entities.merge(sents)
    return sents


@pytest.fixture(scope="session")
def parser() -> str:
    """The configured spaCy model's name, its parser loaded (quote attribution reads the parse); the test is skipped
    with the reason when the model is not installed."""
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        _ner.load_parser(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    return model


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def load_bench(name: str):
    """A script of ``bench/`` (``name`` without ".py") loaded as a module, for the tests of its scorers and keys."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
