"""An item of the cross-source view that is someone's words with no quote mark of its own (a line of a statement
printed one sentence a line) is shown as a quote with its speaker: ECB+ T39_ecbplus's "Like the Doctor himself I find
myself in a state of utter terror and delight." was listed among the facts five outlets report, as if the outlets said
it. Real cluster from ../shared, and made-up counter-cases."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from conftest import load_story
from newsbrief.analyze import _wholly_quoted

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


@needs_shared
@pytest.mark.slow
def test_a_line_of_a_statement_is_listed_as_its_speakers_quote():
    rows = load_story(SHARED / "ecbplus" / "test.jsonl.gz", "T39_ecbplus")
    view = newsbrief.brief(rows, analyze=True).analysis.to_dict()["agreement"]
    texts = [u["text"] for u in view["consensus"] + view["shared"]]
    line = "Like the Doctor himself I find myself in a state of utter terror and delight."
    assert f'"{line}" (Peter Capaldi)' in texts
    assert line not in texts
    # a line no version names a speaker for in its own sentence takes the one its quote is listed with
    assert any(t.startswith('"If I had to pick someone') and t.endswith("(Matt Smith)") for t in texts)


def test_a_sentence_is_a_quote_whole_only_with_no_mark_and_all_its_words_quoted():
    quote = "Being asked to play the Doctor is an amazing privilege. Like the Doctor himself I find myself in a state"
    assert _wholly_quoted(quote, "Being asked to play the Doctor is an amazing privilege.")
    # the sentence that carries its own marks is shown as it is written
    assert not _wholly_quoted(quote, '"Being asked to play the Doctor is an amazing privilege," he said.')
    # narration about the quote shares words with it, not all of them
    assert not _wholly_quoted(quote, "The actor said playing the Doctor was a privilege for him and his family.")
