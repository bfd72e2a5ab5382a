"""The cross-source view's speed-ups (issue 11, helper "speed47") change no answer: each pattern skipped on a
sentence that lacks its cue would have found nothing there, on crafted cases and on every sentence of real
clusters of four sets. (Speed itself is measured by ``bench/analysis.py``; the byte-identical view of 45 clusters
is in docs/analysis-labels.md, "The view's speed, same output".)"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import numpy as np
import pytest

from conftest import load_clusters

from newsbrief import _patterns
from newsbrief.analyze import agreement, figures, timeline
from newsbrief.analyze._cues import PAGE_FURNITURE_RE
from newsbrief.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare

#: The day relative dates are read from.
ANCHOR = dt.date(2003, 1, 15)

#: Sentences reaching each branch of the patterns with a cue, and their near misses.
CRAFTED = [
    # dates: each branch of timeline._DATE_RE, and sentences with no cue at all
    "The deal was signed on 2011-03-04 in Geneva.", "It closed Sept. 12, 2003, after a vote.", "On 4 of July 1990 it fell.",
    "Talks resume March 3.", "They met on 3 March.", "Prices fell in early March 2008.", "It happened two days ago.",
    "It happened Two Weeks Ago, she said.", "Last week the rebels advanced.", "They rested over the weekend.",
    "He will speak TODAY.", "Tonight the polls close.", "Late Monday evening the vote passed.",
    "The vote is due in mid-April.", "an April shower fell.", "The rules date from 1998.", "Fighting went on.",
    "The rebels advanced on the capital and the government fled.", "Yesteryear's rules were kinder.",
    # non-ASCII: a case-blind pattern may read the Kelvin sign as "k", a long s as "s"
    "It happened two wee\u212as ago.", "The \u017fame thing happened la\u017ft week.", "Café owners met on Monday.",
    "Café owners met.",
    # spaced numbers (a tokenizer's "27. 5", "1, 200", "9, 000", "13: 41", "p. m.") and their near misses
    "Shares rose 3. 5 percent.", "It cost $1, 200, 000.", "About 20, 000 refugees fled.", "More than 22, 500 people.",
    "The clock read 13: 41 to play.", "It began at 5 p. m. sharp.", "A magnitude 4. 6 quake hit.", "He is 2 1/2 years.",
    "Nov. 12, 300 protesters marched.", "It rose 3.5 percent.", "One, two, three.", "He said: 5 more.",
    # page furniture: each branch of _cues.PAGE_FURNITURE_RE
    "• Troops moved in.", "  - a list line", "> a quoted line", "FILE PHOTO: the minister speaks.",
    "Image caption The crowd gathered.", "Click Here to read more.", "Correction: an earlier version misspelled it.",
    "An earlier version of this article said so.", "We regret the error.", "Jane Doe writes for the Daily Planet.",
    "John Smith is a staff writer at the paper.", "Copyright 2003 The Times.", "The editors met on Monday.",
    "Clic\u212a here to read more.", "The reporter asked a question.", "The minister spoke.",
    "", " ", "(", "2003",
]


def _real_texts(shared_dir: Path) -> list[str]:
    """The sentences (and each article's whole raw text) of clusters of DUC 2003, Multi-News, MultiLing, DUC 2006
    and ECB+, prepared as the view reads them."""
    briefs = []
    for name, n in (("duc2003_task3", 2), ("multinews_sample", 4), ("multiling2011_en", 1), ("duc2006", 1)):
        path = next((shared_dir / "data" / name).glob("*.jsonl.gz"))
        briefs += [prepare([article_from_dict(a, where=name) for a in c["articles"]]) for c in load_clusters(path, n)]
    with gzip.open(shared_dir / "data" / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:20]
    briefs.append(prepare([article_from_dict(a, where="ecbplus") for a in rows]))
    texts = [s.text for b in briefs for a in b.articles for s in a.sentences]
    return texts + [getattr(a, "raw_text", "") or "" for b in briefs for a in b.articles]


def _check(texts: list[str], monkeypatch) -> None:
    for text in texts:
        # dates: no cue, no match; find_dates then says nothing either way
        assert timeline.may_hold_date(text) or not timeline._DATE_RE.search(text), text
        # the tokenizer-spaced article test and the joined numbers: the plain pattern's answer
        assert figures._spaced_text(text) == bool(figures._SPACED_ARTICLE_RE.search(text)), text
        assert "/" in text or not figures._MIXED_FRACTION_RE.search(text), text
        # page furniture and reader prompts, as is_fact reads them
        assert agreement.page_furniture(text) == bool(PAGE_FURNITURE_RE.search(text)), text
        fast = _patterns.cued_search(_patterns.PROMPT_SENTENCE_RE, _patterns.PROMPT_SENTENCE_CUES, text)
        assert bool(fast) == bool(_patterns.PROMPT_SENTENCE_RE.search(text)), text
    fast_joined = [figures._joined_numbers(t, spaced) for t in texts for spaced in (False, True)]
    fast_dates = [timeline.find_dates(t, anchor) for t in texts for anchor in (None, ANCHOR)]
    with monkeypatch.context() as m:  # every pattern run on every text
        m.setattr(figures, "_SPACED_NUMBER_CUE_RE", re.compile(""))
        m.setattr(timeline, "may_hold_date", lambda text: True)
        assert [figures._joined_numbers(t, spaced) for t in texts for spaced in (False, True)] == fast_joined
        assert [timeline.find_dates(t, anchor) for t in texts for anchor in (None, ANCHOR)] == fast_dates
    assert sum(map(bool, fast_dates)) >= min(12, len(texts) // 10)


def test_the_cues_are_the_patterns_words():
    # the month and weekday names the date cue looks for are the patterns' own forms, plain words
    assert timeline._DATE_NAMES == tuple(MONTH_PATTERN[3:-1].split("|")) + tuple(WEEKDAY_PATTERN[3:-1].split("|"))
    assert all(name.isalpha() for name in timeline._DATE_NAMES) and "Sept" in timeline._DATE_NAMES
    assert all(w.isascii() and w.islower() for w in timeline._DATE_WORDS)


def test_cued_patterns_agree_with_the_plain_ones_on_crafted_sentences(monkeypatch):
    _check(CRAFTED, monkeypatch)
    # each cue's branch is reached (the crafted cases match), and a sentence with no cue skips the pattern
    assert sum(bool(timeline._DATE_RE.search(t)) for t in CRAFTED) >= 16
    assert timeline.find_dates("It happened two wee\u212as ago.", ANCHOR)  # (the Kelvin sign read as "k")
    assert not timeline.may_hold_date("The rebels advanced on the capital and the government fled.")
    assert sum(figures._joined_numbers(t) != t for t in CRAFTED) >= 5
    assert sum(figures._spaced_text(t) for t in CRAFTED) >= 4
    assert sum(agreement.page_furniture(t) for t in CRAFTED) >= 11
    assert agreement.page_furniture("Clic\u212a here to read more.")  # (non-ASCII: the pattern runs)
    assert not agreement.page_furniture("The reporter asked a question.")  # a cue, no match


def test_cued_patterns_agree_with_the_plain_ones_on_real_sentences(shared_dir, monkeypatch):
    texts = _real_texts(shared_dir)
    assert len(texts) > 1000
    _check(texts, monkeypatch)
    assert sum(not timeline.may_hold_date(t) for t in texts) > len(texts) // 3  # (the skip is taken)


# -- the quotes' parses made in one batch (quotes.extract -> _ner.prefetch) ----------------------------------------


def _model() -> str:
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        from newsbrief.analyze import _ner

        _ner.load_parser(model)
    except (MissingExtraError, ImportError):
        pytest.skip("spaCy's English model is not installed: the quotes' parse needs its parser")
    return model


def _columns(doc) -> tuple:
    return tuple(getattr(doc, k) for k in ("text", "_idx", "_text", "_ws", "_tag", "_dep", "_punct", "_lower",
                                           "_head", "_left", "_children", "_sents"))


@pytest.fixture()
def fresh_parses():
    from newsbrief.analyze import _ner

    _ner.parse.cache_clear()
    yield _ner
    _ner.parse.cache_clear()


def test_prefetch_fills_the_parse_cache_once_and_keeps_it_bounded(fresh_parses, monkeypatch):
    _ner, model = fresh_parses, _model()
    texts = ['"We will rebuild," the mayor said on Monday.', 'The minister said: "Talks go on."', "The river rose."]
    batches: list[list[str]] = []
    real_batch = _ner.parse_batch
    monkeypatch.setattr(_ner, "parse_batch", lambda ts, m: batches.append(list(ts)) or real_batch(ts, m))
    assert _ner.prefetch(texts + texts[:1], model) == 3 and batches == [texts]  # each text once, in one batch
    assert _ner.prefetch(texts, model) == 0 and len(batches) == 1  # cached: nothing parsed again
    prefetched = [_ner.parse(t, model) for t in texts]
    assert len(batches) == 1  # parse asked nothing more of the model
    _ner.parse.cache_clear()
    assert [_columns(d) for d in prefetched] == [_columns(_ner.parse(t, model)) for t in texts]  # one at a time
    # the cache keeps the last PARSE_CACHE_SIZE asked; one prefetch fills at most half of it
    monkeypatch.setattr(_ner, "PARSE_CACHE_SIZE", 4)
    _ner.parse.cache_clear()
    more = [f"The council met on day {i}." for i in range(6)]
    assert _ner.prefetch(more, model) == 2
    for t in more:
        _ner.parse(t, model)
    assert list(_ner._PARSES) == [(t, model) for t in more[-4:]]


def test_prefetch_without_a_parser_leaves_the_error_to_the_parse_a_rule_asks_for(fresh_parses, monkeypatch):
    from newsbrief.errors import MissingExtraError

    _ner = fresh_parses

    def no_parser(model):
        raise MissingExtraError(f"spaCy model {model!r} has no 'parser' component")

    monkeypatch.setattr(_ner, "load_parser", no_parser)
    assert _ner.prefetch(['"We will rebuild," the mayor said.'], "some_model") == 0 and not _ner._PARSES
    with pytest.raises(MissingExtraError):
        _ner.parse('"We will rebuild," the mayor said.', "some_model")


def test_quotes_with_their_parses_prefetched_are_the_quotes_parsed_one_by_one(shared_dir, fresh_parses,
                                                                              monkeypatch):
    from newsbrief.analyze import analyze_brief
    from newsbrief.config import Settings

    _ner, model = fresh_parses, _model()
    path = shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz"
    brief = prepare([article_from_dict(a, where="duc2003_task3") for a in load_clusters(path, 1)[0]["articles"]])
    settings = Settings()
    model_calls: list[int] = []  # the parser asked for a parse: one call per sentence or per batch
    real_load = _ner.load_parser
    monkeypatch.setattr(_ner, "load_parser", lambda m: model_calls.append(1) or real_load(m))
    with monkeypatch.context() as m:  # every parse made one at a time, as asked
        m.setattr(_ner, "prefetch", lambda texts, model: 0)
        plain = analyze_brief(brief, settings).to_dict()
    one_by_one = len(model_calls)
    _ner.parse.cache_clear()
    model_calls.clear()
    prefetched: list[int] = []
    real_prefetch = _ner.prefetch
    monkeypatch.setattr(_ner, "prefetch", lambda texts, model: prefetched.append(real_prefetch(texts, model)))
    assert analyze_brief(brief, settings).to_dict() == plain  # the same view, quotes, speakers and all
    assert len(prefetched) == 1 and prefetched[0] >= 20  # the quotes' sentences, parsed in one batch
    assert one_by_one >= 20 and len(model_calls) <= 4  # (the batch, and hardly any sentence left to parse alone)


# -- a fact's members: the sentence model reads only those whose words do not state its centre -------------------


def _plain_stating_members(groups, centres, main, cands, encode, similarity, words=None, word_similarity=1.0):
    """What agreement._stating_members gave before speed47, when every member of every fact but the main event
    was embedded."""
    from newsbrief.rewrite import strip_dateline

    rows = sorted({m for gi, g in enumerate(groups) if gi != main for m in g})
    if not rows:
        return groups, centres, main
    vec = dict(zip(rows, np.asarray(encode([strip_dateline(cands[i].text) for i in rows]), dtype=np.float32)))

    def stating(g, c):
        return [m for m in g if m == c or float(vec[m] @ vec[c]) >= similarity
                or (words is not None and words(c, m) >= word_similarity)]

    facts = [(g if gi == main else stating(g, c), c, gi == main) for gi, (g, c) in enumerate(zip(groups, centres))]
    facts = [f for f in facts if f[2] or len(f[0]) >= 2]
    return [f[0] for f in facts], [f[1] for f in facts], next((k for k, f in enumerate(facts) if f[2]), None)


class _Encoder:
    """A made-up sentence model: a unit vector per text from its words (the same text, the same vector), which
    logs the texts it embeds."""

    def __init__(self):
        self.embedded: list[str] = []

    def __call__(self, texts):
        self.embedded.extend(texts)
        out = []
        for t in texts:
            v = np.zeros(16, dtype=np.float32)
            for w in t.lower().split():
                v[sum(map(ord, w)) % 16] += 1.0
            out.append(v / (np.linalg.norm(v) or 1.0))
        return np.array(out, dtype=np.float32).reshape(len(texts), 16)


def test_stating_members_embeds_only_the_members_its_words_test_leaves_open():
    from types import SimpleNamespace

    texts = ["The storm killed 12 people on the coast.", "Twelve people died when the storm hit the coast.",
             "The storm killed 12 people on the coast, officials said.", "Markets fell on Monday.",
             "Stocks dropped sharply on Monday.", "Shares slid as markets fell on Monday.", "The mayor resigned.",
             "The mayor quit his post.", "Rain is expected tomorrow.", "Forecasters expect rain tomorrow."]
    undated = SimpleNamespace(anchor=None, article=SimpleNamespace(date=None))  # no year: agr52's time test is idle
    cands = [SimpleNamespace(text=t, source=undated) for t in texts]
    shared = {(0, 2), (3, 5), (8, 9)}  # pairs whose words state each other (TF-IDF at or over the bar)

    def words(c, m):
        return 0.9 if (c, m) in shared or (m, c) in shared else 0.1

    for main in (None, 0, 1):
        for groups, centres in (([[0, 1, 2], [3, 4, 5], [6, 7], [8, 9]], [0, 3, 6, 8]),
                                ([[0, 2], [3, 5], [8, 9]], [0, 3, 8]), ([[0, 1], []], [0, 0]), ([], [])):
            for similarity in (0.0, 0.5, 0.99):
                plain_enc, fast_enc = _Encoder(), _Encoder()
                plain = _plain_stating_members([list(g) for g in groups], list(centres), main, cands, plain_enc,
                                               similarity, words, 0.55)
                fast = agreement._stating_members([list(g) for g in groups], list(centres), main, cands, fast_enc,
                                                  similarity, words, 0.55)
                assert fast == plain, (groups, main, similarity)
                assert set(fast_enc.embedded) <= set(plain_enc.embedded)
    # facts whose members all share the centre's words need no model at all
    enc = _Encoder()
    assert agreement._stating_members([[0, 2], [3, 5]], [0, 3], None, cands, enc, 0.5, words, 0.55) == (
        [[0, 2], [3, 5]], [0, 3], None) and enc.embedded == []
    # without a words test every member is read by the model, as before
    enc = _Encoder()
    agreement._stating_members([[0, 1, 2], [6, 7]], [0, 6], None, cands, enc, 0.5)
    assert sorted(enc.embedded) == sorted(texts[i] for i in (0, 1, 2, 6, 7))
