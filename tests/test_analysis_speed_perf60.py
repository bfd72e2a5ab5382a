"""The cross-source view's speed-ups of perf60 (issue 11) change no answer: each faster path gives what the plain
pattern gives, on crafted cases and on every sentence of real clusters of five sets (``_real_texts``). Speed itself
is measured by ``bench/analysis.py``; the numbers are in docs/analysis-labels.md, "The view's CPU time ... (perf60)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_analysis_speed_paths import CRAFTED, _real_texts

from newsbrief.analyze import _as_clause, timeline

#: Heads before a speech verb: comparative "as"-clauses and their near misses.
AS_HEADS = [
    "The talks will go on, as the Swiss official claimed earlier Sunday",
    "The plan failed – just as its critics had long predicted",
    "The plan failed -- exactly as the minister had warned",
    "The market fell sharply, as analysts widely",
    "The rebels advanced, as he",
    "Prices rose; it went, as the bank",
    "It went as planned and the bank",
    "Officials, as",
    "As the minister",
    "",
    "The vote passed, AS THE SPEAKER",
]


def _plain_comparative_as(body: str, lo: int, verb_at: int) -> bool:
    """:func:`_as_clause.comparative_as` without its cue: the pattern run on every head."""
    head = body[lo:verb_at]
    cut = max(head.rfind(";"), head.rfind(":"))
    m = _as_clause._COMPARATIVE_AS_RE.search(head, cut + 1)
    return m is not None and len(re.findall(r"\w+", m.group("main"))) >= 3


def _check_as(texts: list[str]) -> int:
    found = 0
    for text in texts:
        for w in re.finditer(r"\b\w", text):  # every word start as the speech verb's place
            got = _as_clause.comparative_as(text, 0, w.start())
            assert got == _plain_comparative_as(text, 0, w.start()), (text, w.start())
            found += got
    return found


def test_comparative_as_with_its_cue_is_the_plain_pattern_on_crafted_heads():
    for head in AS_HEADS:
        text = head + " said."
        assert _as_clause.comparative_as(text, 0, len(head) + 1) == _plain_comparative_as(text, 0, len(head) + 1)
    assert _check_as([h + " said." for h in AS_HEADS]) >= 3
    text = "The talks will go on, as the Swiss official claimed."
    assert _as_clause.comparative_as(text, 0, text.index("claimed"))
    text = "It went as planned and the bank said."
    assert not _as_clause.comparative_as(text, 0, text.index("said"))


def test_comparative_as_with_its_cue_is_the_plain_pattern_on_real_sentences(shared_dir):
    # each sentence, its speech verbs (and any word after "as") as the verb's place: the plain pattern is slow to try
    # at every word of every sentence
    texts = [t for t in _real_texts(shared_dir) if len(t) < 600]
    assert len(texts) > 1000
    cued = 0
    for text in texts:
        for w in re.finditer(r"\b(?:said|says|told|added|claimed|noted|wrote|predicted|warned|reported|put)\b|"
                             r"(?<=\bas\s)\w+", text, re.I):
            got = _as_clause.comparative_as(text, 0, w.start())
            assert got == _plain_comparative_as(text, 0, w.start()), (text, w.start())
            cued += bool(_as_clause._AS_AFTER_BREAK_RE.search(text, 0, w.start()))
    assert cued >= 20  # (heads the plain pattern is run on: the cue is no blanket skip)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in matches]


def test_date_matches_are_the_date_patterns_matches():
    for text in CRAFTED + ["Monday, Monday", "in 2003-2004", "2003-01-05x", "x2003", "on Tuesday, April 20, 2010"]:
        assert _spans(timeline.date_matches(text)) == _spans(timeline._DATE_RE.finditer(text)), text
    assert sum(bool(timeline.date_matches(t)) for t in CRAFTED) >= 16


def test_date_matches_are_the_date_patterns_matches_on_real_texts(shared_dir: Path):
    texts = _real_texts(shared_dir)  # sentences and whole articles
    found = 0
    for text in texts:
        fast = _spans(timeline.date_matches(text))
        assert fast == _spans(timeline._DATE_RE.finditer(text)), text[:200]
        found += len(fast)
    assert found > 500


def test_a_sents_text_read_once_gives_the_view_read_anew_each_time(libya_dir, monkeypatch):
    """``Sent.text`` is read from its sentence once, when the Sent is made: the whole view is the view of a Sent
    whose text is sliced from its article at every read (the plain property)."""
    import json

    from newsbrief.analyze import _doc, analyze_brief
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError
    from newsbrief.ingest import read_articles
    from newsbrief.pipeline import prepare

    settings = Settings()
    brief = prepare(read_articles([libya_dir]), settings)
    try:
        cached = analyze_brief(brief, settings)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    assert all(s.text == s.sentence.text for u in cached.units for s in u.sents)
    with monkeypatch.context() as m:
        m.setattr(_doc.Sent, "__post_init__", lambda self: None)
        m.setattr(_doc.Sent, "text", property(lambda self: self.sentence.text), raising=False)
        plain = analyze_brief(brief, settings)
        assert "text" not in vars(plain.units[0].sents[0])  # (the plain path ran)
        plain_view = json.dumps(plain.to_dict(), sort_keys=True, default=str)
    assert json.dumps(cached.to_dict(), sort_keys=True, default=str) == plain_view


def test_content_terms_asked_again_are_the_terms_made_afresh(shared_dir, monkeypatch):
    """``features.content_terms`` answers a text asked again from its memo (``_TEXT_TERMS``): the same terms as made
    token by token, a caller's change to its list reaches no later answer, and the memo starts again when full."""
    import newsbrief.features as features

    texts = ["U.S. officials' reports: Haftar's forces", "The the and of", ""] + _real_texts(shared_dir)[:3000]
    monkeypatch.setattr(features, "_TEXT_TERMS", {})
    fresh = [features._content_terms(t) for t in texts]
    assert [features.content_terms(t) for t in texts] == fresh  # made, then kept
    assert [features.content_terms(t) for t in texts] == fresh  # asked again: from the memo
    got = features.content_terms(texts[0])
    got.append("changed")
    assert features.content_terms(texts[0]) == fresh[0]
    monkeypatch.setattr(features, "_TEXT_TERMS", {})
    monkeypatch.setattr(features, "TEXT_TERMS_CACHE_SIZE", 7)
    assert [features.content_terms(t) for t in texts] == fresh
    assert len(features._TEXT_TERMS) <= 7
