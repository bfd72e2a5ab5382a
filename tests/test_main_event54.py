"""The main event shown by the writer's telling of a statement, not by a piece of its quotation (issue 11, helper
agr54): when the main event's shown sentence is a direct quote, the sentence right before a quoting member in its
article that reports what the quote's speaker said (`agreement._told_before_the_quote`, `_reported_clause`) is
shown instead. Hand-made articles (fast; the parser reads the reporting sentence), and a real Multi-News cluster from
../shared with the sentence model (slow; skipped without them)."""

from __future__ import annotations

import pytest

from test_analyze_units import TUE, _article_sents
from test_agreement_main_event33 import _real_main as _real_main_and_coverage

_QUOTE = '"I am honoured to be asked to lead the city orchestra," Jane Roe said in a statement on Sunday. '
_QUOTE_AGAIN = '"I am honoured to be asked to lead the city orchestra," she said in a statement. '
_TOLD = "Jane Roe said on Sunday that she would not take the job of leading the city orchestra. "


def _main(texts):
    from newsbrief.analyze.agreement import units

    sents = [s for n, text in enumerate(texts, 1) for s in _article_sents(text, n=n, date=TUE)]
    found, _ = units(sents, 0.35)
    main = [u for u in found if u.main]
    return (main[0].text, [s.n for s in main[0].sources]) if main else None


def _parser_or_skip():
    from newsbrief.analyze._ner import parse_batch
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    try:
        parse_batch(["The board said on Monday that it would meet."], Settings().analysis.model)
    except MissingExtraError:
        pytest.skip("spaCy parser not installed")


def test_a_quote_shown_as_the_event_gives_way_to_the_sentence_that_reports_the_statement():
    """Two articles carry one quotation; the second tells the statement whole in the sentence before it ("Jane Roe
    said on Sunday that she would not take the job ..."), the quote names her by "she": that sentence is shown, both
    outlets counted. On main the first article's quotation ("I am honoured to be asked ...", half of a refusal) was
    shown."""
    _parser_or_skip()
    texts = (_QUOTE + '"But I believe I can do more good by staying with the youth choir for now."',
             _TOLD + _QUOTE_AGAIN + "Council members had approached her about the post last week.")
    assert _main(texts) == (_TOLD.strip(), [1, 2])


def test_a_quote_stays_when_the_sentence_before_it_is_no_report_of_its_speaker():
    """Made-up counter-cases: the sentence before the quote reports another speaker (the attribution names Jane Roe,
    whom it does not name), narrates without reporting speech, or reports her saying something that shares no word
    with the quote (TF-IDF under the citations' candidate bar): the quotation stays shown."""
    _parser_or_skip()
    second = ('"But I believe I can do more good by staying with the youth choir for now."',)
    other_speaker = ("The mayor said on Sunday that the city orchestra would soon find a new leader. "
                     '"I am honoured to be asked to lead the city orchestra," Jane Roe said in a statement. ')
    narration = "Council members approached the conductor about the orchestra post last week. " + _QUOTE_AGAIN
    off_topic = "Jane Roe said on Sunday that the weather in Vienna was fine. " + _QUOTE_AGAIN
    for before in (other_speaker, narration, off_topic):
        shown, sources = _main((_QUOTE + second[0], before + "Tickets for the spring season go on sale in May."))
        assert shown.startswith('"I am honoured to be asked'), before
        assert sources == [1, 2]


@pytest.mark.slow
def test_multinews_a_refusal_is_shown_by_the_sentence_that_tells_it(shared_dir):
    """Multi-News 0011: both pages carry Stallone's "I am incredibly flattered to have been suggested to be involved
    with the National Endowment of the Arts," (the first half of his refusal; "However I believe I could be more
    effective ..." follows); the second page opens "Sylvester Stallone suggested on Sunday that he was not
    interested in taking a top arts leadership role ..." right before the quote ("he said in a statement"). On main
    the half quotation was shown and no item stated the refusal."""
    main = _real_main_and_coverage(shared_dir, "0011")[0]
    assert main is not None
    assert main["text"].startswith("Sylvester Stallone suggested on Sunday that he was not interested")
    assert main["sources"] == [1, 2]
