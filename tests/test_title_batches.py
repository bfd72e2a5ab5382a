"""Story titles made together (issue 13, throughput): :func:`newsbrief.headline.story_titles` parses the opening
sentences a batch's titles need in one batch (``_ner.parse_batch``) and gives the titles :func:`story_title` gives
one at a time; the store's ingest titles its touched stories that way."""

from __future__ import annotations

import pytest

from conftest import load_clusters
from newsbrief import headline
from newsbrief.analyze import _ner
from newsbrief.config import Settings
from newsbrief.errors import MissingExtraError
from newsbrief.headline import HeadlineCache, story_title, story_titles
from newsbrief.model import Article


def _parser_installed() -> bool:
    try:
        _ner.load_parser(Settings().analysis.model)
    except (MissingExtraError, ImportError):
        return False
    return True


def _groups(shared_dir) -> dict[str, list[Article]]:
    """Stories of DUC 2003 articles as the store holds them (not yet cleaned): each cluster's first three
    articles, and each article alone untitled (an untitled lone article is titled from its opening sentences,
    which is where the parse comes in)."""
    out: dict[str, list[Article]] = {}
    for c in load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=8):
        arts = c["articles"]
        out[c["id"]] = [Article(id=f"{c['id']}-{k}", raw_text=a["text"], title=a.get("title")) for k, a in
                        enumerate(arts[:3])]
        for k, a in enumerate(arts[:6]):
            out[f"{c['id']}/{k}"] = [Article(id=f"{c['id']}/{k}", raw_text=a["text"], title=None)]
    return out


def _fresh(groups: dict[str, list[Article]]) -> list[tuple[str, list[Article]]]:
    return [(k, [Article(id=a.id, raw_text=a.raw_text, title=a.title) for a in arts]) for k, arts in groups.items()]


#: the one-sentence parse (tests swap ``_ner.parse``)
_PARSE = _ner.parse


@pytest.fixture()
def clean_parses(monkeypatch):
    monkeypatch.setattr(headline, "_TITLE_DOCS", {})
    _PARSE.cache_clear()
    yield
    _PARSE.cache_clear()


@pytest.mark.slow
def test_titles_made_together_are_those_made_one_at_a_time_and_parse_in_batches(shared_dir, monkeypatch,
                                                                                 clean_parses):
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    groups = _groups(shared_dir)
    one_by_one = {k: story_title(arts) for k, arts in _fresh(groups)}
    _PARSE.cache_clear()

    batches: list[list[str]] = []
    batch = _ner.parse_batch

    def counted(texts, model):
        batches.append(list(texts))
        return batch(texts, model)

    def single(text, model):
        raise AssertionError(f"parsed alone: {text!r}")

    monkeypatch.setattr(_ner, "parse_batch", counted)
    monkeypatch.setattr(_ner, "parse", single)
    together = story_titles(_fresh(groups), Settings(), HeadlineCache())
    assert together == one_by_one
    assert batches and sum(map(len, batches)) >= 5  # some titles needed a parse, and got it in a batch
    assert len(batches) <= headline.TITLE_PARSE_ROUNDS
    # a later call asking for the same sentences finds them parsed
    batches.clear()
    assert story_titles(_fresh(groups), Settings(), HeadlineCache()) == one_by_one
    assert not batches


@pytest.mark.slow
def test_the_batch_parse_is_the_one_sentence_parse(shared_dir):
    """``parse_batch`` gives each sentence the tags, dependencies and heads ``parse`` gives it alone."""
    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    model = Settings().analysis.model
    texts = []
    for c in load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=4):
        for a in c["articles"]:
            texts += [s.strip() for s in a["text"].split(". ") if len(s.split()) > 4][:4]

    def shape(doc):
        return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i) for t in doc], [s.start for s in doc.sents]

    _PARSE.cache_clear()
    assert len(texts) > 100
    assert [shape(d) for d in _ner.parse_batch(texts, model)] == [shape(_ner.parse(t, model)) for t in texts]


def test_titles_made_together_without_a_parser_or_rounds_left(shared_dir, monkeypatch, clean_parses):
    """No parser (the batch parse raises as ``parse`` does), or the rounds run out: the titles are still
    those made one at a time."""
    groups = _groups(shared_dir)
    monkeypatch.setattr(headline, "TITLE_PARSE_ROUNDS", 1)
    one_by_one = {k: story_title(arts) for k, arts in _fresh(groups)}
    assert story_titles(_fresh(groups), Settings(), HeadlineCache()) == one_by_one

    def missing(*_a):
        raise MissingExtraError("spaCy model 'x' is not installed")

    monkeypatch.setattr(_ner, "parse", missing)
    monkeypatch.setattr(_ner, "parse_batch", missing)
    monkeypatch.setattr(headline, "_TITLE_DOCS", {})
    monkeypatch.setattr(headline, "TITLE_PARSE_ROUNDS", 8)
    without = {k: story_title(arts) for k, arts in _fresh(groups)}
    assert story_titles(_fresh(groups), Settings(), HeadlineCache()) == without
    off = Settings().replace({"selection.headline_parse": False})
    assert story_titles(_fresh(groups), off, HeadlineCache()) == {k: story_title(a, off) for k, a in _fresh(groups)}


@pytest.mark.slow
def test_the_store_titles_a_batch_together_as_one_at_a_time(shared_dir, monkeypatch, tmp_path, clean_parses):
    """The store's stories get the titles :func:`story_title` gives their stored articles, and its ingest
    parses no sentence alone."""
    from newsbrief.store import Store, _article

    if not _parser_installed():
        pytest.skip("spaCy's English model is not installed: clause titles need its parser")
    arts = [dict(text=a["text"], title=a.get("title") if k % 2 else None, source=a.get("source"))
            for c in load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=6)
            for k, a in enumerate(c["articles"][:5])]

    def single(text, model):
        raise AssertionError(f"parsed alone: {text!r}")

    monkeypatch.setattr(_ner, "parse", single)
    with Store(tmp_path / "s.sqlite3", batch_size=8) as st:
        st.add(arts)
        stored = dict(st.conn.execute("SELECT id, title FROM stories WHERE size > 0"))
        rows = {sid: st.conn.execute(
            "SELECT id, title, text, source, url, date, path, duplicate_of, date_from_text FROM articles "
            "WHERE story_id = ? ORDER BY seq", (sid,)).fetchall() for sid in stored}
    monkeypatch.undo()
    assert len(stored) >= 6 and all(stored.values())
    assert stored == {sid: story_title([_article(r) for r in rs]) for sid, rs in rows.items()}
