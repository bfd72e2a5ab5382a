"""Speakers a quote's context names (issue 11, spk124; docs/analysis-labels.md "Speakers: the blind draw's context
errors"): a passive speech verb's "by" agent ('was summed up by Mandy Gilman, ...' then a quote); a person a
one-sentence paragraph introduces, an outlet and a role before the name, then a quote paragraph ('CNN iReporter
Chris Morrow of San Diego was staying ...'); "she" after an unnamed woman acting in the sentence before ('a woman was
sobbing ... "My love ..." she screamed'); a bare "Another said:" after 'One social media post read:'; "X put in:";
the one blamed "for saying" a quote; a person's "who told" inside a sentence whose subject is a document. The real
paragraphs (WikiRef220, blind-speakers67/68, tuning splits from spk124 on) need ../shared; the parse is
en_core_web_sm's, as the analysis runs (the tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_speaker_reference118 import _lines_of


def test_a_passive_speech_verbs_agent_speaks_the_quote_after(shared_dir):
    """Paris attacks, article 1 of blind-speakers67 (main: Lucille Simon, the speaker before, carried on)."""
    text = _lines_of(shared_dir, "ParisAttacks2015 (4)", "It is morose", 2)
    said = dict(_speakers(_article_sents(text, people=("Lucille Simon", "Mandy Gilman"))))
    assert said["It"] == "Mandy Gilman"


def test_a_person_the_paragraph_before_introduces_after_an_outlet_and_a_role(shared_dir):
    """Paris attacks, article 3 of blind-speakers67: a one-sentence paragraph 'CNN iReporter Chris Morrow of San
    Diego was staying ...' then a quote paragraph with no attribution (main: no speaker)."""
    text = _lines_of(shared_dir, "ParisAttacks2015 (6)", "I heard an explosion", 4)
    said = dict(_speakers(_article_sents(text, people=("Chris Morrow",), orgs=("CNN",))))
    assert said["I"] == "Chris Morrow"


def test_a_person_introduced_a_paragraph_before_never_takes_a_quote_a_speaker_near_has():
    text = ('"We will rebuild," Jane Doe said.\n\nJohn Smith of Ohio was staying nearby that night.\n\n'
            '"It was the worst night of my life and I will never forget it."')
    said = dict(_speakers(_article_sents(text, people=("Jane Doe", "John Smith"))))
    assert said["It"] == "Jane Doe"  # the speaker a paragraph up goes on (the introduction is only a fallback)


def test_she_after_an_unnamed_woman_acting_in_the_sentence_before(shared_dir):
    """Paris attacks, article 1 of blind-speakers67 (main: Philippe Juvin, the doctor quoted before)."""
    text = _lines_of(shared_dir, "ParisAttacks2015 (4)", "My love", 2)
    said = dict(_speakers(_article_sents(text, people=("Philippe Juvin", "Juvin"))))
    assert said["My"] == "a woman"
    text = text.replace("a woman was sobbing", "a man was sobbing")  # "she" is not the man
    said = dict(_speakers(_article_sents(text, people=("Philippe Juvin", "Juvin"))))
    assert said["My"] != "a man"


def test_another_is_another_of_the_kind_the_quote_before_names(shared_dir):
    """Paris attacks, article 1 of blind-speakers67: 'One social media post read: "..." Another said: "..."'
    (main: no speaker for the second)."""
    text = _lines_of(shared_dir, "ParisAttacks2015 (4)", "Another said", 1)
    said = dict(_speakers(_article_sents(text)))
    assert said["Waleed"] == "One social media post"
    assert said["I’ve"] == "Another social media post"


def test_put_in_before_a_colon_is_a_speech_verb(shared_dir):
    """Michelle Obama, article 4 of blind-speakers68: 'When she said she had "...," Mr. Stewart put in: "So, ..."'
    (main: Michelle Obama, the "she" of the clause before)."""
    text = _lines_of(shared_dir, "michelle.obama.86", "put in:", 3)
    said = dict(_speakers(_article_sents(text, people=("Mrs. Obama", "Mr. Stewart", "Sarah Palin"))))
    assert said["So,"] == "Mr. Stewart"


def test_the_one_blamed_for_saying_it_speaks(shared_dir):
    """Michelle Obama, article 4 of blind-speakers68: 'She told Mr. King that she harbored no ill will toward Ms.
    Palin for saying recently that Mr. Obama was "..."' (main: Michelle Obama, the sentence's subject)."""
    text = "Michelle Obama spoke to Mr. King on Wednesday.\n\n" + _lines_of(shared_dir, "michelle.obama.86",
                                                                          "for saying recently", 1)
    said = dict(_speakers(_article_sents(text, people=("Michelle Obama", "Mr. King", "Ms. Palin", "Mr. Obama",
                                                       "Bill Ayers"))))
    assert said["someone"] == "Ms. Palin"


def test_who_told_is_a_person_not_the_document_subject(shared_dir):
    """Michelle Obama, article 5 of blind-speakers68: 'The article pointed out ... and included a quote from Mr
    Obama, who told the magazine, "..."' (main: "The article")."""
    text = _lines_of(shared_dir, "michelle.obama.9", "who told the magazine", 1)
    said = dict(_speakers(_article_sents(text, people=("Mr Obama",), orgs=("Target",))))
    assert said["Nothing"] == "Mr Obama"
