"""A summary sentence that opens a quotation its article goes on with in the next sentence, shown without that
sentence, closes it with an ellipsis, as the view's items do: ECB+ T39_ecbplus's brief ended on 'In a statement, the
55-year-old said: "Being asked to play The Doctor is an amazing privilege.' with the mark left open. Real cluster from
../shared, and made-up counter-cases."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from conftest import load_story
from newsbrief.rewrite import close_quotation

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


@needs_shared
@pytest.mark.slow
def test_a_quotation_going_on_in_an_unshown_sentence_is_closed():
    rows = load_story(SHARED / "ecbplus" / "test.jsonl.gz", "T39_ecbplus")
    brief = newsbrief.brief(rows)
    line = next(s for s in brief.summary if "amazing privilege" in s.text)
    assert line.text.endswith('privilege…"')
    assert "closed the quotation its next sentence goes on with" in line.edits
    assert line.source_text.endswith("privilege.")  # the citation keeps the article's sentence


def test_a_quotation_the_next_summary_sentence_goes_on_with_stays_open():
    # (a statement printed a sentence a line: its lines are sentences of their own)
    text = ('The mayor spoke to reporters at the city hall on Monday morning about the budget.\nShe said: "We have '
            'balanced the budget of the city for the first time in ten years.\nEvery department shared the cuts '
            'with the others and nobody was laid off."')
    brief = newsbrief.brief([{"text": text, "source": "A"}], words=200)
    shown = [s.text for s in brief.summary]
    assert any(t.endswith('ten years.') for t in shown)  # the next sentence, shown right after, closes it
    assert not any("…" in t for t in shown)


def test_mixed_marks_are_left_as_written():
    # which mark opens is not read when straight and curly marks mix ("... this evening.”" opened by a straight one)
    assert close_quotation('"We are grateful that Mr. Hackett was reunited with his family this evening.”') == (
        '"We are grateful that Mr. Hackett was reunited with his family this evening.”')
    assert close_quotation('He said: "We will go on with the talks.') == 'He said: "We will go on with the talks…"'
