"""The main event told in other words by the articles' leads (issue 11, helper agr53): when no two leads share the
event's words, another article's own lead is offered to support a lead beside its lexically closest sentence, and
pairs with it at the main event's bar of the sentence model (`agreement._main_event_by_support`); title lines (no
closing stop) are not offered so. Hand-made articles with a stand-in sentence representation (fast), and real
Multi-News clusters from ../shared with the sentence model (slow; skipped without them)."""

from __future__ import annotations

import pytest

from test_analyze_units import TUE, _article_sents
from test_agreement_main_event33 import _real_main as _real_main_and_coverage
from test_main_event import _fake_encoder

# the leads share no word; the second article's sentence lexically closest to the first lead is its third sentence
# (not a lead), which the sentence model puts apart from it
_CASTING = ("Actress Jane Roe has been lined up to play the queen in a new royal drama. "
            "She won two awards for her stage work last year. ",
            "Producers are said to be in talks with the star about the part. "
            "Casting agents have looked at several candidates since the summer. "
            "The new royal drama will be filmed in London next spring. ")
_SAME = {"Actress Jane Roe has been lined up": 1.0, "Producers are said to be in talks": 0.73}


def _main(texts, encode):
    from newsbrief.analyze.agreement import units

    sents = [s for n, text in enumerate(texts, 1) for s in _article_sents(text, n=n, date=TUE)]
    found, _ = units(sents, 0.35, encode=encode)
    main = [u for u in found if u.main]
    return (main[0].text, [s.n for s in main[0].sources]) if main else None


def test_two_leads_in_other_words_pair_though_another_sentence_is_lexically_closer():
    """The first lead's lexically closest sentence in the other article is its third (model 0, no support); the
    other article's lead shares no word with it (TF-IDF 0, under the citations' candidate bar) and lies at 0.73 by the
    sentence model: on main no main event, now the first lead with both outlets."""
    assert _main(_CASTING, _fake_encoder(_SAME)) == (
        "Actress Jane Roe has been lined up to play the queen in a new royal drama.", [1, 2])
    assert _main(_CASTING, None) is None


def test_title_lines_or_two_unrelated_stories_make_no_main_event():
    """Made-up counter-cases: the same two leads as title lines without a closing stop (reviews of one film share
    their titles' meaning), a topic-close 0.5, and two unrelated stories in one cluster (every sentence orthogonal)
    make no main event."""
    titles = ("Actress Jane Roe has been lined up to play the queen in a new royal drama\n\n"
              "She won two awards for her stage work last year. ",
              "Producers are said to be in talks with the star about the part\n\n"
              "Casting agents have looked at several candidates since the summer. "
              "The new royal drama will be filmed in London next spring. ")
    assert _main(titles, _fake_encoder(_SAME)) is None
    assert _main(_CASTING, _fake_encoder({**_SAME, "Producers are said to be in talks": 0.5})) is None
    unrelated = (_CASTING[0], "The city council voted to close the old harbour bridge for repairs. "
                              "Ferries will carry commuters across the river until the work is finished. ")
    assert _main(unrelated, _fake_encoder({})) is None


def _real_main(shared_dir, cluster: str):
    """The main-event unit of Multi-News ``cluster`` as the view shows it (test_agreement_main_event33's reader)."""
    return _real_main_and_coverage(shared_dir, cluster)[0]


@pytest.mark.slow
def test_multinews_a_casting_told_by_two_leads_in_other_words_is_the_main_event(shared_dir):
    """Multi-News 0135: "Now Meryl Streep has been lined up to play the leading role in Thatcher ..." and "Producers
    are said to be in talks with Streep ..." (each its article's second sentence; TF-IDF 0.11, sentence model 0.73;
    the first's lexically closest sentence in the other article is its fourth, at 0.44): on main no item stated the
    casting."""
    main = _real_main(shared_dir, "0135")
    assert main is not None and "Streep" in main["text"]
    assert main["sources"] == [1, 2]


@pytest.mark.slow
def test_multinews_three_reviews_of_one_film_still_have_no_main_event(shared_dir):
    """Multi-News 0046, three reviews of one film (labelled with no main event): the title "'Kong: Skull Island' a
    fun return to the ape's stomping ground" lies at 0.72 to the first review's second sentence; a title line is not
    paired by position, so still no main event."""
    assert _real_main(shared_dir, "0046") is None
