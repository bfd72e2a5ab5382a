"""Property-based fuzzing (hypothesis) of the readers, cleaning, segmentation,
dates, the cross-source view (figures, timeline) and the whole ``brief()``.

Properties: no exception but a :class:`~newsbrief.errors.NewsbriefError`, and
on every brief: each summary sentence is cited, each citation names a real
sentence of a real article (verbatim), the word budget holds, every format
renders. CI runs a bounded number of examples per test (``NEWSBRIEF_FUZZ_EXAMPLES``,
default 30); a longer run, e.g. before a release::

    NEWSBRIEF_FUZZ_EXAMPLES=3000 pytest -q -m "slow or not slow" tests/test_fuzz.py

Inputs are generated, never committed; a failure prints the shrunk example to
turn into a regression test.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsbrief import brief  # noqa: E402
from newsbrief.dates import parse_date  # noqa: E402
from newsbrief.errors import NewsbriefError  # noqa: E402
from newsbrief.ingest import NamedInput, ReadReport, read_articles  # noqa: E402
from newsbrief.render import FORMATS, render  # noqa: E402
from newsbrief.segment import sentence_spans  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSBRIEF_FUZZ_EXAMPLES", "30"))
#: Shrinking a failure of the whole brief can take many minutes: it is on
#: only when asked (``NEWSBRIEF_FUZZ_SHRINK=1``); the failing input is printed either way.
PHASES = tuple(Phase) if os.environ.get("NEWSBRIEF_FUZZ_SHRINK") == "1" else (Phase.explicit, Phase.generate)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True, phases=PHASES,
                report_multiple_bugs=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Pieces of news English and of what breaks it: abbreviations, quotes,
#: brackets, numbers, dates, punctuation runs, markup, other scripts, control characters.
TOKENS = (
    "the council said on Monday that it would approve the budget for schools and roads after a long debate "
    "officials police minister reported killed people percent million year week in of and to a by from"
).split() + [
    "Lt.", "Col.", "Gen.", "U.S.", "Jan.", "3 p.m.", "Mr.", "Dr.", "St.", "Inc.", "e.g.", "No.",
    '"', "“", "”", "'", "(", ")", "[", "]", "...", "?!", "—", "-", ";", ":", ",", ".", "!", "?",
    "12", "3.5", "$1.2 billion", "40%", "1,200", "two", "dozens", "2020", "March 3, 2021", "14 January 2020",
    "2020-01-14", "yesterday", "last week", "9999-12-31", "0001-01-01",
    "<script>", "</p>", "[x](javascript:alert(1))", "*", "_", "`", "|", "#",
    "مرحبا", "新闻", "Привет", "\ud800", "\x00", "\x1b", "\u202e", "\ufeff", "\u00ad",
    "Advertisement", "Share this", "Image caption", "(AP)", "LONDON (Reuters) -",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "", "\t", "\r\n"])


@st.composite
def news_text(draw, max_tokens: int = 120) -> str:
    """Text from news words, hostile pieces and arbitrary Unicode, in any order."""
    n = draw(st.integers(0, max_tokens))
    parts = []
    for _ in range(n):
        token = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)) if draw(st.integers(0, 9)) == 0
                     else st.sampled_from(TOKENS))
        parts.append(token + draw(SEPARATORS))
    return "".join(parts)


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=20)
ARTICLE_KEYS = st.sampled_from(["text", "title", "url", "date", "source", "id", "articles", "body"])


@st.composite
def article_objects(draw):
    """JSON objects shaped like articles (or clusters), with values of any type."""
    obj = draw(st.dictionaries(ARTICLE_KEYS, st.one_of(JSON_VALUES, news_text(40)), max_size=6))
    if draw(st.booleans()):
        obj["text"] = draw(news_text())
    if draw(st.integers(0, 4)) == 0:
        obj["articles"] = draw(st.lists(st.one_of(JSON_VALUES, st.fixed_dictionaries({"text": news_text()})),
                                        max_size=4))
    return obj


def check_brief(b) -> None:
    """The invariants every brief keeps."""
    articles = {a.id: a for a in b.articles}
    assert len(articles) == len(b.articles), "article ids are unique"
    total = 0
    for s in b.summary:
        assert s.citations, f"uncited summary sentence: {s.text!r}"
        for c in s.citations:
            a = articles[c.article_id]
            assert 0 <= c.sentence_index < len(a.sentences)
            source = a.sentences[c.sentence_index].text
            assert c.text in (source, " ".join(source.split())), "a citation quotes its sentence"
        total += len(s.text.split())
    assert total <= b.words
    for fmt in FORMATS:
        render(b, fmt)


def brief_or_error(inputs, **kwargs):
    """``brief(inputs)`` checked, or ``None`` when it refused with a NewsbriefError."""
    try:
        b = brief(inputs, **kwargs)
    except NewsbriefError:
        return None
    check_brief(b)
    return b


@FUZZ
@given(st.lists(news_text(), min_size=1, max_size=4), st.integers(10, 300))
def test_brief_on_arbitrary_text(texts, words):
    brief_or_error(texts, words=words)


@FUZZ
@given(st.lists(article_objects(), min_size=1, max_size=4))
def test_brief_on_arbitrary_article_objects(objs):
    brief_or_error(objs, words=60)


@pytest.mark.slow
@settings(FUZZ, max_examples=max(5, EXAMPLES // 3))
@given(st.lists(news_text(80), min_size=2, max_size=3))
def test_brief_with_the_cross_source_view(texts):
    """Entities, quotes, figures, agreement and the timeline on arbitrary text."""
    brief_or_error(texts, words=60, analyze=True)


@FUZZ
@given(st.one_of(JSON_VALUES, st.lists(article_objects(), max_size=4), article_objects()),
       st.sampled_from(["x.json", "x.jsonl", "x.json.gz", "x.jsonl.gz", "x"]))
def test_json_readers_on_arbitrary_json(value, name):
    data = (json.dumps(value) if not name.startswith("x.jsonl") or not isinstance(value, list)
            else "\n".join(json.dumps(v) for v in value)).encode()
    if name.endswith(".gz"):
        data = gzip.compress(data)
    report = ReadReport()
    try:
        arts = read_articles([NamedInput(name, data)], report=report)
    except NewsbriefError:
        return
    assert all(a.raw_text.strip() for a in arts)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a.txt.gz",
                                                  "a.jsonl.gz", "a"]))
def test_readers_on_arbitrary_bytes(data, name):
    try:
        arts = read_articles([NamedInput(name, data)])
    except NewsbriefError:
        return
    for a in arts:
        a.raw_text.encode("utf-8")  # text hygiene: everything read can be written


@FUZZ
@given(news_text(200))
def test_segmentation_spans_are_ordered_trimmed_views(text):
    spans = sentence_spans(text)
    last = 0
    for start, end, _para in spans:
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end


@FUZZ
@given(st.one_of(news_text(12), st.text(max_size=40), st.integers(), st.floats(allow_nan=False), st.none()))
def test_dates_parse_or_give_none(value):
    d = parse_date(value)
    assert d is None or isinstance(d, dt.date)


@FUZZ
@given(news_text(150), st.one_of(st.none(), news_text(8)))
def test_cleaning_keeps_lines_of_the_text(text, title):
    from newsbrief.clean import clean_text

    cleaned, removed = clean_text(text, title)
    for paragraph in cleaned.split("\n\n"):
        assert paragraph in text  # a kept line, or its end after a glued label was cut off
    assert all(r.reason for r in removed)
