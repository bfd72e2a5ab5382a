"""A speaker's own quote is no agreement item (issue 11, agr31): "Reported by most outlets" states facts; a unit each
of whose sentences is a direct quote of one speaker is shown in the quotes section instead, with its speaker and
every outlet that carries it (docs/analysis-labels.md, "Agreement items that are quotes")."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from newsbrief.analyze.agreement import Unit, direct_quote, quotes_apart
from newsbrief.analyze.quotes import Quote, QuoteGroup, joined
from newsbrief.features import content_terms

DAY = dt.date(2020, 1, 14)


@pytest.mark.parametrize("text", [
    '"I think it\'s time in our politics that we get rid of this mindset," Gibbs said.',
    'Hall said Friday that "no decision has been reached at this point whether further wreckage recovery will be '
    'needed."',
    # an opening quotation followed by who said it, whatever follows
    '"I was talking about the radical environmentalists," Santorum said, suggesting that they believe man should '
    'protect the earth, rather than "steward its resources."',
    '“It is time to go underwater,” said Air Chief Marshal Angus Houston, who is coordinating the search from Perth, '
    'Australia, on the search for the missing jet.',
    'MOSCOW (Reuters) - "We will pursue our efforts in this direction," the minister told reporters.',
])
def test_a_sentence_in_someone_s_own_words_is_a_direct_quote(text):
    assert direct_quote(text)


@pytest.mark.parametrize("text", [
    'DOB inspectors determined it could “safely remain in operation.”',
    'According to state troopers, Zirkle was about five miles downriver from Koyukuk headed for Nulato when her dog '
    'team was attacked by a man on a snowmachine, who "intentionally" rammed it.',
    # titles in quotation marks, no one speaking
    '“The Avengers,” “Avatar” and “Harry Potter” had all crossed $1 billion in 19 days, the studio counted.',
    '"Star Wars: Episode I -- The Phantom Menace" was screened Tuesday night in eight North American cities.',
    'The board voted 6-4 to remove evolution from the standards.',
    # a document quoted, no one speaking
    'The letter was signed and dated: “Adolf Eichmann Jerusalem, May 29, 1962.”',
])
def test_a_fact_with_a_quoted_phrase_or_a_title_is_no_direct_quote(text):
    assert not direct_quote(text)


def _sent(n: int, text: str):
    from newsbrief.analyze._doc import Sent, Source
    from newsbrief.model import Article, Sentence

    art = Article(id=f"a{n}", raw_text=text, text=text, date=DAY, source=f"outlet{n}")
    return Sent(Sentence(art, 0, 0, len(text)), Source(n, art, f"outlet{n}", anchor=DAY, anchor_from="article"))


def _quote(s, words: str, speaker: str | None) -> QuoteGroup:
    return QuoteGroup([Quote(s, words, speaker, how="after" if speaker else "", terms=frozenset(content_terms(words)))])


def test_one_speaker_s_quote_carried_by_two_outlets_leaves_the_agreement_items_for_the_quotes():
    a = _sent(1, '"We will rebuild the bridge by the spring," the mayor said, adding that the cost was not known.')
    b = _sent(2, '"We will rebuild the bridge before the spring," the mayor said.')
    fact = [_sent(1, "The bridge collapsed on Monday after a barge struck one of its piers."),
            _sent(2, "A barge struck a pier of the bridge on Monday, and the bridge collapsed.")]
    groups = [_quote(a, "We will rebuild the bridge by the spring,", "the mayor"),
              _quote(b, "We will rebuild the bridge before the spring,", "The Mayor")]
    main, quote = Unit(fact, [1.0, 0.5], main=True), Unit([a, b], [1.0, 0.6])
    kept, together = quotes_apart([main, quote], groups)
    assert kept == [main]
    assert together == [[0, 1]]
    shown = joined(groups, together)
    assert len(shown) == 1 and [s.n for s in shown[0].sources] == [1, 2]


def test_a_fact_with_a_short_quoted_phrase_stays_an_item():
    """Made-up counter-case: each outlet's sentence holds a quote of the same speaker, but the quote is a phrase
    inside the writer's statement of a fact."""
    a = _sent(1, 'City inspectors found on Monday that the elevator could "safely remain in operation" despite the '
                 'complaints tenants filed last year.')
    b = _sent(2, 'The elevator could "safely remain in operation," inspectors from the city decided after a visit on '
                 'Monday morning.')
    groups = [_quote(a, "safely remain in operation", "City inspectors"),
              _quote(b, "safely remain in operation,", "City inspectors")]
    unit = Unit([a, b], [1.0, 0.6])
    assert quotes_apart([unit], groups) == ([unit], [])


def test_a_quote_that_another_outlet_states_as_reported_speech_or_two_speakers_say_stays_an_item():
    a = _sent(1, '"We will rebuild the bridge by the spring," the mayor said.')
    b = _sent(2, "The mayor said the city would rebuild the bridge by the spring.")
    c = _sent(3, '"We will rebuild the bridge by the spring," the governor said.')
    groups = [_quote(a, "We will rebuild the bridge by the spring,", "the mayor"),
              _quote(c, "We will rebuild the bridge by the spring,", "the governor")]
    reported = Unit([a, b], [1.0, 0.6])
    two_speakers = Unit([a, c], [1.0, 0.9])
    unnamed = Unit([a, c], [1.0, 0.9])
    assert quotes_apart([reported, two_speakers], groups) == ([reported, two_speakers], [])
    nobody = [_quote(a, "We will rebuild the bridge by the spring,", None),
              _quote(c, "We will rebuild the bridge by the spring,", None)]
    assert quotes_apart([unnamed], nobody) == ([unnamed], [])


def test_only_the_quote_the_sentences_share_is_joined_not_another_quote_beside_it():
    a = _sent(1, '"It is not something to be decided by a show of hands," Cheney wrote, ending: "Please like and share."')
    b = _sent(2, '"It is not something to be decided by a show of hands," Cheney wrote on Facebook.')
    groups = [_quote(a, "It is not something to be decided by a show of hands,", "Mary Cheney"),
              _quote(a, "Please like and share.", "Mary Cheney"),
              _quote(b, "It is not something to be decided by a show of hands,", "Mary Cheney")]
    kept, together = quotes_apart([Unit([a, b], [1.0, 0.8])], groups)
    assert kept == [] and together == [[0, 2]]
    shown = joined(groups, together)
    assert sorted(len(g.sources) for g in shown) == [1, 2]


def test_two_different_lines_of_one_speaker_stay_an_item_and_two_quotes():
    """A unit held together by the words around the quotes ('..., said Gene Sperling, the president's economic
    adviser') whose quotes are different lines (DUC 2006 D0644H's kind): nothing tells that the quotes section
    would show one quote, so the unit stays as it was."""
    a = _sent(1, '"By wiping out the debt we increase national savings," said Gene Sperling, the economic adviser.')
    b = _sent(2, '"The recipe of fiscal discipline has been enormously successful," said Gene Sperling, the adviser.')
    groups = [_quote(a, "By wiping out the debt we increase national savings,", "Gene Sperling"),
              _quote(b, "The recipe of fiscal discipline has been enormously successful,", "Gene Sperling")]
    unit = Unit([a, b], [1.0, 0.5])
    assert quotes_apart([unit], groups) == ([unit], [])


def test_the_main_event_stays_even_when_told_in_quotes():
    a = _sent(1, '"I have long believed that the pope is playing an extraordinary role," Sanders said.')
    b = _sent(2, '"I have long believed the pope plays an extraordinary role on this earth," Sanders said.')
    groups = [_quote(a, "I have long believed that the pope is playing an extraordinary role,", "Sanders"),
              _quote(b, "I have long believed the pope plays an extraordinary role on this earth,", "Sanders")]
    main = Unit([a, b], [1.0, 0.7], main=True)
    assert quotes_apart([main], groups) == ([main], [])


# --- real data (spaCy and the sentence model: slow) ------------------------------------------------------------------


@pytest.mark.slow
def test_the_speaker_s_quotes_restating_the_event_are_quotes_carried_by_both_outlets(shared_dir):
    """BASIL 65cb14cb (Santorum's "phony theology"): the event's sentence reports his clarification; his own lines
    restating it ('"I was talking about the radical environmentalists," Santorum said, suggesting ...', '"He says
    he is a Christian. But I am talking about his world view ..."', each in two outlets) were two more items of
    "Reported by most outlets" (duplicates by the labels). They are now quotes only, each one group carried by
    both outlets (before, the second was two one-outlet groups)."""
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    articles = [article_from_dict(a) for a in rows if a["cluster"].startswith("65cb14cb")]
    settings = Settings()
    d = Analyzer(settings)(prepare(articles, settings)).analysis.to_dict()
    items = [u for k in ("consensus", "shared", "single_family") for u in d["agreement"][k]]
    assert items[0]["main_event"] and items[0]["text"].startswith("Rick Santorum said Sunday he wasn't questioning")
    openings = ['"I was talking about the radical environmentalist', '"He says he is a Christian.',
                "\"I've repeatedly said that I believe the president's Christian"]
    assert not [u["text"] for u in items for c in u["citations"] if any(c["text"].startswith(o) for o in openings)]
    for opening in openings[:2]:
        group = next(g for g in d["quotes"] if any(v["text"].startswith(opening) for v in g["versions"]))
        assert group["speaker"] == "Rick Santorum" and len(group["families"]) == 2, group
    # a fact the outlets report with a quoted phrase in it stays
    assert any(u["text"].startswith("Santorum appeared on CBS") for u in items)
