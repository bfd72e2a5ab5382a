"""The cross-source view's speed-ups of perf62 (issue 11) change no answer: each memo or short path gives what the
plain code gives. Speed itself is measured by ``bench/analysis.py``; the numbers are in docs/analysis-labels.md,
"... (issue 11, perf62)"; the view's JSON before and after by ``bench/view_same.py``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsbrief.analyze import entities

NAMES = ["Gen. Fayez al-Sarraj", "Joseph R. Biden Jr.", "ADA Fairman", "the U.N.", "Smith's", "smith@12",
         'Pacific "Ring of Fire', 'Mark "Deep Throat', "Filmmaker Zhang Yimou", "• Reuters", "U.S.", "  Mr.  Najib ",
         "Vincent Del Giudice", "", "A. B.", "Kim Jong-un’s", "Dr. Ken Griffey Sr"]


def test_memoized_name_functions_answer_as_made_afresh():
    for fn in (entities.clean_surface, entities.normalize, entities._name_words):
        fn.cache_clear()
    plain_words = entities._name_words.__wrapped__
    for _ in range(2):  # the first asking fills the memo, the second reads it
        for name in NAMES:
            assert entities.clean_surface(name) == entities.clean_surface.__wrapped__(name)
            assert entities.normalize(name) == entities.normalize.__wrapped__(name)
            assert entities._name_words(name) == plain_words(name)
            assert entities.name_tokens(name) == [t for t in plain_words(name) if t not in entities.NAME_PARTICLES] \
                or entities.name_tokens(name) == plain_words(name)


def test_memoized_name_words_are_fresh_lists():
    entities._name_words.cache_clear()
    first = entities._name_words("Gen. Fayez al-Sarraj")
    first.append("changed")
    assert entities._name_words("Gen. Fayez al-Sarraj") == ["fayez", "al", "sarraj"]


def _plain_kind(g) -> str:
    labels = g.labels + g.titled
    person = labels["PERSON"]
    place = sum(labels[lab] for lab in entities.PLACE_LABELS)
    other = sum(labels.values()) - person - place
    if person >= max(place, other) and person > 0:
        return "person"
    return "place" if place >= other else "org"


def test_group_kind_without_the_counter_sum():
    cases = [({"PERSON": 2}, {}), ({"GPE": 1, "PERSON": 1}, {}), ({"ORG": 3}, {"PERSON": 2}), ({}, {}),
             ({"PERSON": 0, "ORG": 1}, {}), ({"PERSON": -2, "GPE": 1}, {}), ({"ORG": 1, "GPE": 1}, {"GPE": -1}),
             ({"LOC": 2, "ORG": 2}, {}), ({"ORG": 2}, {"PERSON": 3, "GPE": 0})]
    for labels, titled in cases:
        g = entities._Group("k", labels=Counter(labels), titled=Counter(titled))
        assert g.kind == _plain_kind(g), (labels, titled)


LIBYA = Path(__file__).resolve().parents[2] / "shared" / "samples" / "libya-moscow-talks-2020"


def _plain_details(single, sources, per_outlet):
    """``agreement.details`` as it was before perf62: each sentence's key made for every outlet."""
    import re

    from newsbrief._patterns import is_caption_sentence
    from newsbrief.analyze.agreement import (WEB_ADDRESS_RE, budget_page, column_page, first_person_page,
                                             person_unnamed, reaction_quote, second_story_at, speaker_unnamed,
                                             unreadable_alone)

    out = {}
    for src in sources:
        if (not any(s.source.n == src.n for s in single) or first_person_page(src) or column_page(src)
                or budget_page(src)):
            out[src.n] = []
            continue
        seen, mine, second = set(), [], second_story_at(src)
        for s in single:
            key = " ".join(s.text.split()).lower()
            if (s.source.n == src.n and key not in seen and (second is None or s.index < second)
                    and not WEB_ADDRESS_RE.search(s.text) and any(w[:1].islower() for w in s.text.split())
                    and not is_caption_sentence(s.text) and not unreadable_alone(" ".join(s.text.split()))
                    and not person_unnamed(s) and not speaker_unnamed(s) and not reaction_quote(s)):
                seen.add(key)
                mine.append(s)
        scored = []
        for s in mine:
            ents = {m.entity.id for m in s.mentions if m.entity is not None and m.label != "NORP"}
            score = len(ents) + (1.5 if re.findall(r"\d", s.text) else 0)
            if score > 0:
                scored.append((score, -s.index, s))
        scored.sort(key=lambda t: (-t[0], -t[1]))
        out[src.n] = sorted((s for _, _, s in scored[:per_outlet]), key=lambda s: s.index)
    return out


@pytest.mark.skipif(not LIBYA.exists(), reason="the libya sample (../shared/samples) is absent")
def test_details_as_the_plain_loop_on_the_libya_sample():
    from newsbrief.analyze import agreement, make_sources
    from newsbrief.analyze._doc import Sent
    from newsbrief.ingest import read_articles
    from newsbrief.pipeline import prepare

    sources = make_sources(prepare(read_articles([LIBYA])))
    sents = [Sent(s, src) for src in sources for s in src.article.sentences]
    for per_outlet in (1, 3, 100):
        got = agreement.details(sents, sources, per_outlet)
        want = _plain_details(sents, sources, per_outlet)
        assert {n: [id(s) for s in v] for n, v in got.items()} == {n: [id(s) for s in v] for n, v in want.items()}
    assert any(got.values())


def test_memoized_text_predicates_answer_as_made_afresh():
    from test_analysis_speed_paths import CRAFTED

    from newsbrief import _patterns

    texts = [*CRAFTED, "10: 55 P. M. FEB. 2, 2009", "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 17: 00 GMT",
             "Monday, July 13, 2009", "Brian Kelley, center left, and his wife arrive.", "(AP Photo/John Smith)",
             "Zainab al-Khawaja (L) is greeted by supporters.", "Robin Vos (R) said the bill passed.",
             "I think we should go, he said.", "Think of them as platforms.", "World War I ended in 1918.", ""]
    for fn in (_patterns.is_date_line, _patterns.is_caption_sentence, _patterns.writer_voice):
        fn.cache_clear()
        for _ in range(2):
            assert [fn(t) for t in texts] == [fn.__wrapped__(t) for t in texts], fn.__name__
    assert _patterns.is_date_line("10: 55 P. M. FEB. 2, 2009") and _patterns.is_caption_sentence("(AP Photo/John Smith)")
