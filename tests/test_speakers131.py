"""Speaker shapes of DUC 2004 newswire from blind-speakers75 and 76 (issue 11, spk131): a publication or document
named by its kind after a quote, "It said" after an outlet's relative clause, a question's own frame, a kin
possessive and a "who" clause before the verb, a wife shown by her honorific. Hand-made text, entities given (no
spaCy but the one parse test). Rules: docs/analysis-labels.md, "Speakers: a paper, a citation, its "It", a
question's own frame, a wife's honorific"."""

import pytest

from test_analyze_units import _article_sents, _speakers
from test_quote_duc04_spk72 import _merged

_TISHRIN = ("``Sharon's appointment as foreign minister is a bullet of mercy to the (peace) process, which has "
            "stopped on all tracks,'' said Tishrin, which often speaks for the Syrian government. Peace talks broke "
            "off more than two years ago. But Netanyahu's government rejected that agreement, saying it was never "
            "completed. Netanyahu has sent ``a clear message to all those who are deluding themselves _ and betting "
            "on Israel (to) change its anti-peace stand _ to give up their illusions,'' the paper said.")


def test_the_paper_after_a_quote_is_the_outlet_named_before_not_the_name_opening_the_sentence():
    # d30037t 3, 4, 6: "the paper" was read as an epithet of Netanyahu, named just before it (NER types Tishrin a
    # person)
    sents = _article_sents(_TISHRIN, people=("Netanyahu", "Sharon", "Tishrin"))
    assert _speakers(sents) == [("Sharon's", "Tishrin"), ("a", "Tishrin")]


def test_the_paper_with_no_outlet_named_before_is_the_paper():
    sents = _article_sents("Jane Doe won the vote. Doe has sent ``a clear message to all those who doubted her "
                           "campaign from the start,'' the paper said.", people=("Jane Doe", "Doe"))
    assert _speakers(sents) == [("a", "the paper")]


def test_the_citation_after_a_quote_is_the_citation_not_the_person_whose_findings_it_names():
    # d30036t 10
    sents = _article_sents("Robert F. Furchgott won the prize. Furchgott's findings ``led to a quest to identify "
                           "the factor,'' the citation said.", people=("Robert F. Furchgott", "Furchgott"))
    assert _speakers(sents) == [("led", "the citation")]


_HARIRI = ("The independent An-Nahar newspaper quoted Lebanese Prime Minister Rafik Hariri as {frame} ``Does the "
           "Israeli government really want peace as it is trying to delude the world?'' {next} ``The mere "
           "announcement that he (Sharon) will lead negotiations is tantamount to disaster.''")


@pytest.mark.parametrize("frame,nxt", [
    ("saying: Sharon's appointment makes Lebanon and most world states ask:",
     "An-Nahar's columnist, Sahar Baasiri, said in a front-page comment:"),
    ("asking,", "In a front page comment, Sahar Baasiri, said"),
])
def test_a_question_its_own_sentence_introduces_keeps_that_speaker_when_the_next_sentence_quotes_its_own(frame, nxt):
    # d30037t 5, 6: the question went to the next sentence's speaker, Baasiri, who introduces a quote of her own
    sents = _article_sents(_HARIRI.format(frame=frame, next=nxt), people=("Rafik Hariri", "Sahar Baasiri", "Sharon"),
                           orgs=("An-Nahar",))
    assert _speakers(sents) == [("Does", "Rafik Hariri"), ("The", "Sahar Baasiri")]


def test_a_question_answered_by_the_next_sentences_speaker_still_takes_it():
    sents = _article_sents("The crowd grew quiet. ``Where did you get the nerve to come back here after all "
                           "this?'' Jane Doe wanted to know.", people=("Jane Doe",))
    assert _speakers(sents) == [("Where", "Jane Doe")]


def test_a_kin_possessive_name_and_who_clause_before_the_verb_after_a_quote_attribute_it():
    # d31032t 6: '``Don't panic, Dad is OK,'' Yeltsin's daughter Tatiana Dyachenko, who is his official image
    # adviser, told the Kommersant business newspaper' was the last speaker's (the verb past the reach)
    sents = _article_sents("``This week was extremely tense,'' Yeltsin's chief spokesman, Dmitry Yakushkin, told a "
                           "news conference. The Kremlin said he was fine. ``Don't panic, Dad is OK and he is "
                           "working hard,'' Yeltsin's daughter Tatiana Dyachenko, who is his official image adviser, "
                           "told the Kommersant business newspaper.",
                           people=("Yeltsin", "Dmitry Yakushkin", "Tatiana Dyachenko"), orgs=("Kremlin", "Kommersant"))
    assert _speakers(sents)[-1] == ("Don't", "Tatiana Dyachenko")


def test_a_wife_named_only_by_her_honorific_and_her_husbands_surname_keeps_the_honorific():
    from newsbrief.analyze.quotes import extract

    # d31032t 2: her row was shown as "Yeltsin", which reads as the president
    text = ("President Boris Yeltsin's doctors have pronounced his health fine, his wife Naina said on Wednesday. "
            "Mrs. Yeltsin told the weekly that she hesitated to speak. ``The doctors say now: Everything is more or "
            "less normal,'' Mrs. Yeltsin declared. Yeltsin had a heart attack in 1996.")
    sents, ents = _merged(text, [("Boris Yeltsin", "PERSON"), ("Yeltsin", "PERSON"), ("Naina", "PERSON")])
    assert "Mrs. Yeltsin" in {e.name for e in ents}
    assert [q.speaker for q in extract(sents)] == ["Mrs. Yeltsin"]


def test_a_surname_with_an_honorific_no_one_else_holds_is_shown_as_the_surname():
    text = ("Mrs. Yeltsin told the weekly that she hesitated to speak. ``The doctors say now: Everything is more or "
            "less normal,'' Mrs. Yeltsin declared.")
    sents, ents = _merged(text, [("Yeltsin", "PERSON")])
    assert [e.name for e in ents] == ["Yeltsin"]


@pytest.mark.slow
def test_it_said_after_an_outlets_relative_clause_is_the_outlet():
    from test_quote_parse import MODEL
    from test_quote_parse import _speakers as _parsed_speakers

    from newsbrief.analyze import _ner
    from newsbrief.errors import MissingExtraError

    try:
        _ner.load_parser(MODEL)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")

    # d30037t 5: "It" was resolved by the parse to the body in Tishrin's relative clause
    text = ("The appointment ``is a bullet of mercy to the (peace) process, which has stopped on all tracks,'' said "
            "Tishrin newspaper, which often speaks for the Syrian government. It said Netanyahu has sent ``a clear "
            "message to all those who are deluding themselves'' into thinking that Israel will change its stand.")
    sents = _article_sents(text, people=("Netanyahu", "Tishrin"), orgs=("Syrian government",))
    assert _parsed_speakers(sents) == [("is", "Tishrin"), ("a", "Tishrin")]


def test_a_white_paper_is_a_document_not_the_outlet_named_before():
    sents = _article_sents(_TISHRIN.replace("the paper said", "the white paper said"),
                           people=("Netanyahu", "Sharon", "Tishrin"))
    assert _speakers(sents)[-1] == ("a", "the white paper")


def test_a_quote_in_a_relative_clause_with_its_own_subject_is_that_subjects():
    # d30037t 9: the relative clause's epithet subject, not the "he" of the main clause
    sents = _article_sents("Prime Minister Benjamin Netanyahu named Ariel Sharon foreign minister on Friday. At the "
                           "most recent party convention, Sharon said that Netanyahu didn't know his right hand from "
                           "his left, which the prime minister dismissed Friday as a comment made ``in the height of "
                           "political arguments.''",
                           people=("Benjamin Netanyahu", "Netanyahu", "Ariel Sharon", "Sharon"))
    [(word, speaker)] = _speakers(sents)
    assert word == "in" and speaker.endswith("Netanyahu")


def test_a_relative_clause_whose_subject_is_a_pronoun_is_left_to_the_pronoun_rules():
    sents = _article_sents("Chavez spoke out against privatizing health care, which he called ``the right of all "
                           "Venezuelans and of their children,'' and said more.", people=("Chavez",))
    assert _speakers(sents) == [("the", "Chavez")]


def test_a_document_opening_the_sentence_with_a_verb_of_praise_speaks_the_quote():
    # d30036t 4: no speaker was read ("praised" is no speech verb)
    sents = _article_sents("The Nobel citation praised his work that ``with parables sustained by imagination, "
                           "compassion and irony continually enables us once again to apprehend an elusory reality.''")
    assert _speakers(sents) == [("with", "The Nobel citation")]
