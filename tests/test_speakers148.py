"""Speakers: one resolution step for "he"/"she" read from the parse (issue 11, spk148): a person the rules find
named as a side clause's subject ("after TMZ reported his arrest"), an owner or an object in an earlier sentence is
not whom "he" continues when that sentence's main subject is a person of the pronoun's sex. Hand-made text, entities
given, shaped on Multi-News train mnt0358 (blind-speakers98, tuning since stop 63); the parser is en_core_web_sm's,
so these tests skip without it. Rules: docs/analysis-labels.md, "One resolution step for pronoun speakers"."""

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)

from newsbrief.analyze.quotes import extract


def _speakers(sents, model=MODEL):
    return [(q.text.split()[0], q.speaker) for q in extract(sents, model)]


TWEETS = ('"Hey guys. I was arrested. I am fine and I will be out of here soon," he wrote on Twitter, adding that '
          "he loved his fans.")


def test_he_after_a_side_clauses_subject_is_the_main_subject():
    # mnt0358 2: 'Lange, who plays himself in the HBO series, posted a series of tweets after TMZ reported his
    # arrest. "Hey guys. I was arrested. ..." he wrote on Twitter'
    sents = _article_sents("Jon Lange, who plays himself in the series, posted a series of tweets after Jane Doe "
                           "reported his arrest.\n\n" + TWEETS, people=("Jon Lange", "Jane Doe"))
    assert _speakers(sents) == [("Hey", "Jon Lange")]


def test_he_after_a_side_clause_is_the_main_clauses_man():
    sents = _article_sents("John Roe reported the arrest after Jon Lange posted a series of tweets.\n\n" + TWEETS,
                           people=("Jon Lange", "John Roe"))
    assert _speakers(sents) == [("Hey", "John Roe")]


def test_she_after_a_side_clauses_subject_of_her_sex_is_kept_without_a_woman_in_the_main_clause():
    sents = _article_sents("John Roe reported the arrest after Jane Doe posted a series of tweets.\n\n"
                           + TWEETS.replace("he ", "she ").replace("his ", "her "), people=("Jane Doe", "John Roe"))
    assert _speakers(sents) == [("Hey", "Jane Doe")]



def test_the_real_after_tmz_reported_is_langes():
    # mnt0358 2 (blind-speakers98 A, its real text as the view reads it): the parse fallback read "TMZ", the last
    # subject of the sentence before, a side clause's; Lange is the main clause's subject
    import sys
    from pathlib import Path

    import pytest

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from analysis import labelled_articles, missing_data

    if (why := missing_data("mnt:mnt0358")) is not None:
        pytest.skip(why)
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    brief = prepare(labelled_articles("mnt:mnt0358"), Settings())
    d = Analyzer(Settings())(brief).analysis.to_dict()
    said = [v["speaker"] for q in d["quotes"] for v in q["versions"] if "Hey guys" in v.get("quote", "")]
    assert said and all("Lange" in (s or "") for s in said)
