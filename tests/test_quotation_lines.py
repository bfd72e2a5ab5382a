"""A statement printed one sentence a line (its middle lines with no quote mark) is someone's words, not the brief's
narration: ECB+ T39_ecbplus's Guardian page goes on Peter Capaldi's statement over unmarked lines, and the brief showed
"Being asked to play the Doctor is an amazing privilege." alone, with neither marks nor speaker. Real article from
../shared, and made-up counter-cases."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.model import Article
from newsbrief.pipeline import prepare
from newsbrief.segment import Segmenter
from newsbrief.selection import Selector, _continued_paragraphs

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _alone(articles) -> set[str]:
    """Texts the selector may show alone (a candidate of one sentence)."""
    selector = Selector(Settings())
    return {" ".join(c.parts[0].sentence.text.split())
            for c in selector._candidates(articles, selector.settings) if len(c.parts) == 1}


def _article(text: str) -> Article:
    return Segmenter.segment_article(Article(id=Article.make_id(text), raw_text=text, text=text))


@needs_shared
def test_a_line_of_a_statement_printed_a_sentence_a_line_is_not_shown_alone():
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh)
                if r["cluster"] == "T39_ecbplus" and "theguardian.com" in (r.get("url") or "")]
    assert len(rows) == 1
    arts = prepare([article_from_dict(rows[0])], Settings()).articles
    texts = [" ".join(s.text.split()) for s in arts[0].sentences]
    middle = "Being asked to play the Doctor is an amazing privilege."
    assert middle in texts  # the line, with no mark of its own ...
    assert middle not in _alone(arts)  # ... is never the brief's own statement


def test_a_statement_printed_a_sentence_a_line_continues_until_its_close():
    a = _article('The actor spoke on Sunday night.\n\n"For a while I could not even tell my daughter.\n\n'
                 'Playing the part is a privilege for any actor.\n\nI cannot wait to get started," he said.\n\n'
                 'Filming starts in the spring in the capital.')
    alone = _alone([a])
    assert "Playing the part is a privilege for any actor." not in alone
    assert "Filming starts in the spring in the capital." in alone  # after the close: narration again
    assert len(_continued_paragraphs(a.sentences)) == 2  # the unmarked line and the closing one


def test_an_open_mark_never_closed_carries_nothing():
    # a stray mark (an inch sign, a typo) leaves a paragraph "open" and no later line closes it: nothing carries
    a = _article('The board measured 6 feet 2" across and was painted red.\n\nThe council approved the new budget on '
                 'Tuesday.\n\nThe mayor signed it the same day in the city hall.')
    alone = _alone([a])
    assert "The council approved the new budget on Tuesday." in alone
    assert not _continued_paragraphs(a.sentences)


def test_the_common_way_to_go_on_a_quotation_needs_no_carrying():
    # the next paragraph opens on a mark: a new quotation or the common continuation, read as before
    a = _article('"We will go on with the talks next week.\n\n"Nobody wants a war in the region," the minister said.\n\n'
                 'The talks resume on Monday in Geneva.')
    assert not _continued_paragraphs(a.sentences)
    assert "The talks resume on Monday in Geneva." in _alone([a])


def test_seconds_signs_and_mixed_marks_carry_nothing():
    # a race's times ("3h 51' 03\"") are no quotation; '"Thanks,” she said' opens no straight quotation that a later
    # '“You know ..."' closes (MultiLing M003's stage times, Multi-News' mixed marks)
    a = _article('Bennati won the final stage in a time of 3h 51\' 03".\n\nRasmussen kept his overall lead over '
                 'Contador of Spain.\n\nThe two extend their lead on Evans by 1\' 37", and more on the rest.')
    assert not _continued_paragraphs(a.sentences)
    b = _article('"Thanks, pal,” she quipped in her book.\n\nMary Jones also recounted the time a labor leader advised her.\n\n'
                 'A congressman told her, “You know, you are even pretty when you are fat," in the aisle.')
    assert not _continued_paragraphs(b.sentences)
    assert "Mary Jones also recounted the time a labor leader advised her." in _alone([b])
