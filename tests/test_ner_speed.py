"""The view's fast paths give what the plain computation gives (issue 11, speed): NER and the dependency parse on
numpy's BLAS (one thread) instead of thinc's BLIS, the capital-letter test of ``may_name`` in C, the dates a
sentence's figures reuse from the timeline's pass, and spaCy's greedy transition loop run with the GIL held on the NER's batches."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from test_analyze_units import _article_sents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_has_upper_is_any_isupper_on_every_character_and_on_mixed_text():
    from newsbrief.analyze._ner import _has_upper

    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert _has_upper(c) == c.isupper(), hex(cp)
    for text in ["", "the storm hit", "ǅemal", "the ǅ", "ϒ", "x Ⓐ", "Ⓐ", "ⓐ", "İstanbul", "123 - !", "the IMF",
                 "storm ϒ hit", "ﬁre ǆ", "the Storm", "THE"]:
        assert _has_upper(text) == any(c.isupper() for c in text), text


def test_date_mentions_hand_back_each_find_dates_result_under_its_arguments():
    from newsbrief.analyze.timeline import date_mentions, find_dates

    sents = _article_sents(
        "The council met on Monday. It will vote next Friday on the plan. The mayor resigned on March 3, 2024.\n\n"
        "Residents said last week that the bridge closed in 2019.", date=dt.date(2024, 3, 12))
    found: dict = {}
    mentions = date_mentions(sents, found)
    assert mentions and len(found) == len(sents)
    for key, got in found.items():
        assert got == find_dates(*key)
    for s in sents:  # what analyze_brief looks up for the figures: the plain call's arguments
        assert (s.text, s.source.anchor, False, False) in found
    assert date_mentions(sents) == mentions  # the same mentions with or without the dict


def _real_sentences(limit: int = 400) -> list[str]:
    """Sentences of the Libya sample and the first DUC 2003 clusters (hand-made ones when the data is absent)."""
    import gzip
    import json

    texts: list[str] = []
    duc = SHARED / "data" / "duc2003_task3" / "test.jsonl.gz"
    if duc.exists():
        with gzip.open(duc, "rt", encoding="utf-8") as fh:
            for line in fh:
                for a in json.loads(line)["articles"]:
                    texts += [p for p in a.get("text", a.get("body", "")).split("\n") if p.strip()]
                if len(texts) >= limit:
                    break
    texts += ["Jane Doe met officials of the United Nations in Nairobi on Monday, the ministry said.",
              '"We will rebuild every house," Prime Minister Sheikh Hasina told reporters in Dhaka.',
              "The Kremlin said Vladimir Putin would meet Fayez al-Sarraj and Khalifa Haftar in Moscow."]
    return texts[:limit] + texts[-3:]


@pytest.mark.slow  # loads the NER model and the parser twice (~6 s CPU)
def test_numpy_blas_gives_the_entities_and_parses_blis_gives():
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        fast = _ner.load(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    assert _ner.USE_BLIS is False
    assert all(not n.ops.use_blis for n in fast.get_pipe("ner").model.walk())  # every layer, the output one too
    plain = _ner._loaded(model, _ner._UNNEEDED, use_blis=True)
    assert all(n.ops.use_blis for n in plain.get_pipe("ner").model.walk())
    texts = _real_sentences()
    with _ner.one_blas_thread():
        got = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in fast.pipe(texts, batch_size=256)]
    want = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in plain.pipe(texts, batch_size=256)]
    assert got == want
    assert sum(map(len, got)) > 100  # the comparison saw entities

    plain_parser = _ner._loaded(model, _ner._PARSE_UNNEEDED, use_blis=True)
    for text in texts[:60] + texts[-3:]:
        doc, ref = _ner.parse(text, model), plain_parser(_ner._split_long_tokens(text[: _ner.MAX_NER_CHARS]))
        assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in ref], text


@pytest.mark.slow  # loads the NER model and the parser (~5 s CPU)
def test_greedy_parse_with_the_gil_gives_spacys_entities_and_parses():
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        nlp = _ner.load(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    parser = _ner.load_parser(model)
    assert _ner.FAST_GREEDY and _ner._greedy_ready(nlp.get_pipe("ner")) and _ner._greedy_ready(parser.get_pipe("parser"))
    texts = _real_sentences() + ["", "   ", "Hello", "x" * 30]
    with _ner.one_blas_thread():
        for batch_size in (256, 7):  # sub-batches of docs of mixed lengths, some finished long before the others
            got = list(_ner._pipe(nlp, texts, batch_size))
            want = list(nlp.pipe(texts, batch_size=batch_size))  # spaCy's own decoding
            assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in got] == \
                [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in want]
            assert [[t.ent_iob_ + t.ent_type_ for t in d] for d in got] == [[t.ent_iob_ + t.ent_type_ for t in d] for d in want]
        assert sum(len(d.ents) for d in got) > 100  # the comparison saw entities
        # the dependency parser's batches decode the same too (the view parses one sentence at a time, with spaCy's
        # loop: greedy_parse pays on batches only)
        got = list(_ner._pipe(parser, texts[:80] + texts[-7:], 16))
        want = list(parser.pipe(texts[:80] + texts[-7:], batch_size=16))
        assert [[(t.tag_, t.dep_, t.head.i) for t in d] for d in got] == [[(t.tag_, t.dep_, t.head.i) for t in d] for d in want]


@pytest.mark.slow  # loads the parser (~3 s CPU)
def test_parse_batch_decodes_with_greedy_parse_and_gives_spacys_parses(monkeypatch):
    """``parse_batch`` (the quotes' prefetch, the agreement's and the titles' batches) decodes its sentences with
    ``greedy_parse`` (perf61: ~30% less CPU than ``nlp.pipe``'s own loop), and its parses are those of spaCy's
    ``nlp.pipe`` and of one sentence at a time."""
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        parser = _ner.load_parser(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    texts = _real_sentences()[:150] + ["", "Hello", "x" * 30]
    calls = []
    greedy = _ner.greedy_parse
    monkeypatch.setattr(_ner, "greedy_parse", lambda pipe, docs: calls.append(len(docs)) or greedy(pipe, docs))
    got = _ner.parse_batch(texts, model)
    assert calls and sum(calls) == len(texts)  # every sentence decoded by greedy_parse
    monkeypatch.setattr(_ner, "greedy_parse", greedy)
    with _ner.one_blas_thread():
        want = list(parser.pipe([_ner._split_long_tokens(t) for t in texts], batch_size=_ner.PARSE_BATCH_SIZE))
    rows = [[(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.left_edge.i) for t in d] for d in want]
    assert [[(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.left_edge.i) for t in p] for p in got] == rows
    assert [[(s.start, s.end, s.root.i) for s in p.sents] for p in got] == [[(s.start, s.end, s.root.i) for s in d.sents]
                                                                           for d in want]
    _ner.parse.cache_clear()
    for text, p in list(zip(texts, got))[:20]:
        assert [(t.tag_, t.dep_, t.head.i) for t in _ner.parse(text, model)] == [(t.tag_, t.dep_, t.head.i) for t in p]


@pytest.mark.slow  # loads the NER model and the parser (~5 s CPU)
def test_the_fed_text_stands_for_doc_text():
    """``recognize`` and ``Parse`` take the text they fed spaCy for ``doc.text`` (which joins it again from a Token
    made per word, ~6% of the NER's CPU; perf61): the tokenizer gives back exactly the text it was fed, and a
    ``Parse`` made with its text is the one made without."""
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        nlp, parser = _ner.load(model), _ner.load_parser(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    texts = [_ner._split_long_tokens(t) for t in _real_sentences(150)] + ["", "  two  spaces ", "tab\there\n"]
    assert all(nlp.make_doc(t).text == t for t in texts)
    for text, doc in zip(texts[:40] + texts[-3:], parser.pipe(texts[:40] + texts[-3:])):
        given, read = _ner.Parse(doc, text), _ner.Parse(doc)
        assert [getattr(given, k) for k in given.__slots__ if k != "_views"] == \
            [getattr(read, k) for k in read.__slots__ if k != "_views"]


@pytest.mark.slow  # loads the NER model (~2 s CPU)
def test_ensure_labels_reads_one_fresh_doc_and_every_annotated_one():
    """``greedy_parse`` adds the labels docs carry as spaCy's ``predict`` does (``_ensure_labels``, perf61): docs with
    no entity type nor dependency label add none (the first doc is read for the transition system's own), and a doc
    that carries a new entity type anywhere in the batch adds it, as ``_ensure_labels_are_added`` over all does."""
    from spacy.tokens import Span

    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        _ner.load(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    nlp = _ner._loaded(model, _ner._UNNEEDED)  # (its own copy: a label is added to it below)
    ner = nlp.get_pipe("ner")
    docs = [nlp.make_doc(t) for t in ["Jane Doe met officials in Nairobi.", "", "The storm hit the coast."]]
    moves = ner.moves.n_moves
    _ner._ensure_labels(ner, docs)
    assert ner.moves.n_moves == moves
    tagged = nlp.make_doc("Acme Widgets said so.")
    tagged.ents = [Span(tagged, 0, 2, label="PERF61_LABEL")]
    _ner._ensure_labels(ner, docs + [tagged])  # (the annotated doc last: the first alone would miss it)
    assert ner.moves.n_moves > moves and "PERF61_LABEL" in ner.labels
