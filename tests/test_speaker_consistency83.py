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
