"""bench/speaker_consistency.py counts what it says on a small fixture: quote groups printed by two articles whose
versions name different speakers after entity merging ("Goelman" / "Aitan Goelman" agree), and quotes with no
speaker beside a person or body named as a verb's subject or before a colon (docs/analysis-labels.md, spk83)."""
from __future__ import annotations

from types import SimpleNamespace as NS

from conftest import load_bench


def _bench():
    return load_bench("speaker_consistency")


def _sent(n: int, index: int, text: str, mentions=()):
    s = NS(text=text, index=index, source=NS(n=n, label=f"Outlet{n}"), mentions=[])
    for name, label in mentions:
        at = text.index(name)
        s.mentions.append(NS(sent=s, start=at, end=at + len(name), text=name, label=label))
    return s


def _quote(sent, text, speaker=None, entity=None, how="after"):
    return NS(sent=sent, text=text, speaker=speaker, entity=entity, how=how)


def _view():
    goelman, aitan = NS(id="e1"), NS(id="e2")  # one man read as two entities by the merges
    words = "We will appeal the ruling"
    agree = NS(quotes=[_quote(_sent(1, 3, f'"{words}," Goelman said.'), words, "Goelman", goelman),
                       _quote(_sent(2, 5, f'"{words}," said Aitan Goelman.'), words, "Aitan Goelman", aitan)])
    line = "The repairs will cost more than anyone expected"
    disagree = NS(quotes=[_quote(_sent(1, 7, f'"{line}," said Ann Lee.'), line, "Ann Lee", NS(id="e3")),
                          _quote(_sent(2, 8, f'"{line}," said Tom Price.'), line, "Tom Price", NS(id="e4")),
                          _quote(_sent(3, 2, f'"{line}."'), line)])
    one_article = NS(quotes=[_quote(_sent(1, 9, '"Go," said Ann Lee.'), "Go", "Ann Lee", NS(id="e3")),
                             _quote(_sent(1, 11, '"Go," said Tom Price.'), "Go", "Tom Price", NS(id="e4"))])
    colon = _sent(4, 2, 'The ministry said in a statement: "No talks are planned."', [("ministry", "ORG")])
    subject_before = _sent(5, 1, "Maria Lopez spoke to reporters on Monday.", [("Maria Lopez", "PERSON")])
    after_subject = _sent(5, 2, '"We will not resign."')
    alone = _sent(6, 4, '"Never again," the banner read.')
    unattributed = [NS(quotes=[_quote(colon, "No talks are planned.")]),
                    NS(quotes=[_quote(after_subject, "We will not resign.")]),
                    NS(quotes=[_quote(alone, "Never again,")])]
    entities = [NS(mentions=[m for s in (subject_before,) for m in s.mentions])]
    return NS(quotes=[agree, disagree, one_article, *unattributed], entities=entities)


def test_one_name_inside_the_others_is_one_speaker_and_two_names_are_two():
    b = _bench()
    q = _view().quotes
    assert len(b.speakers_of(q[0])) == 1  # "Goelman" / "Aitan Goelman"
    assert len(b.speakers_of(q[1])) == 2  # Ann Lee / Tom Price (the unattributed version is no third)
    assert not b.one_speaker(NS(speaker="Ann Lee", entity=None), NS(speaker="Tom Lee", entity=None))


def test_the_counter_counts_groups_of_two_articles_that_disagree_and_quotes_unattributed_beside_a_name():
    got = _bench().consistency(_view())
    assert (got["quotes"], got["groups"], got["multi"], got["disagree"]) == (10, 6, 2, 1)
    assert got["unattributed"] == 4  # the disagreeing group's third version and the three lone quotes
    assert got["beside"] == 2  # "the ministry ... :" and Maria Lopez as the sentence before's subject
    assert sorted(name for _, name, _, _ in got["beside_items"]) == ["Maria Lopez", "ministry"]


# -- the rules the counter's groups and quotes led to (spk83) -------------------------------------------------------

import gzip  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import newsbrief  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared (the evaluation data) is not beside the repo")


def _article(path: str, cluster: str, needle: str) -> dict:
    """The one article of a cluster (a summarization set's cluster id, or a clustering set's gold cluster) whose
    text holds ``needle``."""
    with gzip.open(SHARED / path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if "articles" in rows[0]:
        arts = next(r for r in rows if r["id"] == cluster or r["id"].endswith(cluster))["articles"]
    else:
        arts = [r for r in rows if r["cluster"].startswith(cluster)]
    return next(a for a in arts if needle in a["text"])


def _speaker(articles: list[dict], start: str) -> tuple:
    """(the version's speaker, the group's shown speaker) of the quote starting with ``start``."""
    for g in newsbrief.brief(articles, analyze=True).analysis.quotes:
        for q in g.quotes:
            if q.text.lstrip("“\"` ").startswith(start):
                return q.speaker, g.speaker[0]
    raise AssertionError(f"no quote starts with {start!r}")


@needs_shared
def test_a_title_ner_typed_a_person_of_its_own_is_not_the_speaker_the_name_after_it_is():
    # (DUC 2006 D0620B: '``It had effects, ...,'' said Sgt. James Stewart of the Atlanta police department', NER
    # typing "Sgt" a person: shown as "Sgt" on main)
    art = _article("duc2006/test.jsonl.gz", "D0620B", "said Sgt. James Stewart")
    assert _speaker([art], "It had effects")[0] == "James Stewart"


@needs_shared
def test_a_name_closed_by_a_title_is_not_the_speaker_of_the_title_and_name_after_a_verb():
    # (ECB+ T21_ecb: '..." said Sgt. Marty Earley with the Bloomington Police Department', "Sgt" merged into the
    # entity "Bloomington Police Sgt" read off another sentence; the surname rule took "Sgt" before its stop)
    art = _article("ecbplus/test.jsonl.gz", "T21_ecb", "said Sgt. Marty Earley with the Bloomington")
    assert _speaker([art], "He tried to provide first aid")[0] == "Marty Earley"


@needs_shared
def test_a_titled_surname_alone_after_the_verb_is_the_person_the_article_names_in_full():
    # (Multi-News 0153: '“The family asked us to thank ...,” said Sgt. Riley.' after 'Indiana State Police Sergeant
    # Kim Riley told reporters'; main read "Sgt"; shown without the rank since ent55)
    art = _article("multinews_sample/validation.jsonl.gz", "0153", "said Sgt. Riley.")
    assert _speaker([art], "The family asked us to thank")[0] == "Kim Riley"


@needs_shared
def test_a_quote_paragraph_after_a_sentence_ending_in_a_colon_is_that_sentences_subjects():
    # (BASIL b7021938, Fox News: 'President Trump himself went even further ..., tweeting:' then the tweet as its
    # own paragraph; unattributed on main)
    art = _article("basil/test.jsonl.gz", "b7021938", "went even further than congressional Republicans")
    assert "Trump" in _speaker([art], "Congressman Adam Schiff, who spent")[0]


@needs_shared
def test_an_ad_quoted_after_a_sentence_ending_in_a_colon_is_its_subjects():
    # (BASIL 2ec04201: 'Two years prior, then-Senator Obama used virtually identical language to beat up on his
    # general election opponent, Sen. John McCain (R-Ariz.):' then the ad's words)
    art = _article("basil/test.jsonl.gz", "2ec04201", "used virtually identical language")
    assert "Obama" in _speaker([art], "How would your golden years")[0]


def test_a_surname_that_is_also_a_title_word_still_speaks():
    text = ('Adrienne Mayor, a historian of ancient science, studied the find.\n\n'
            '"These are the earliest recorded uses of such a weapon," Mayor said.')
    assert "Mayor" in _speaker([{"text": text, "source": "A"}], "These are the earliest")[0]


def test_a_colon_after_a_sentence_whose_subject_is_a_thing_names_no_speaker():
    text = ("The storm closed the shops on Main Street for two days.\n\n"
            "The sign on the bakery's door read:\n\n"
            '"We are closed until the power comes back on Thursday."')
    assert _speaker([{"text": text, "source": "A"}], "We are closed until")[0] is None


def test_a_group_shown_under_a_surname_is_shown_under_the_full_name_another_version_gives():
    from newsbrief.analyze.quotes import QuoteGroup, _fuller_person

    short = NS(id="e1", name="Goelman", label="PERSON")  # one man NER typed two entities in two articles
    full = NS(id="e2", name="Aitan Goelman", label="PERSON")
    group = QuoteGroup([NS(entity=short, speaker="Goelman"), NS(entity=short, speaker="Goelman"),
                        NS(entity=full, speaker="Aitan Goelman")])
    assert group.speaker == ("Aitan Goelman", full)
    assert _fuller_person(full, [short, full]) is None  # already the fuller one


def test_a_different_given_name_on_one_surname_is_no_fuller_name():
    hillary = NS(id="e1", name="Hillary Clinton", label="PERSON")
    bill = NS(id="e2", name="Bill Clinton", label="PERSON")
    clinton = NS(id="e3", name="Clinton", label="PERSON")
    body = NS(id="e4", name="Clinton Foundation", label="ORG")
    from newsbrief.analyze.quotes import _fuller_person

    assert _fuller_person(hillary, [hillary, bill]) is None
    assert _fuller_person(clinton, [clinton, body]) is None  # a body is no fuller name of a person
