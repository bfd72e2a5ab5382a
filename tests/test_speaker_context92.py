"""A wrong named person taken from context (issue 11, spk92; docs/analysis-labels.md "Speakers: a wrong named person
from context ... (issue 11, spk92)"): a quote's "he" after a sentence whose speech verb's subject was not read takes
the speaker quoted before. Real paragraphs from ../shared (skipped when it is absent), each failing on main 83cf86f,
plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers
from test_speaker_pronouns66 import _ecb_article_sents


def test_a_name_ner_typed_a_place_after_a_lowercase_role_is_the_speech_verbs_subject(shared_dir):
    """ECB+ T20_ecbplus (the Qeshm earthquake), AP's article: '"...," the head of the provincial natural disaster
    service, Massoud Dalman, told the television.' / 'Qeshm island governor Heydar Alishbandi told AFP that a total
    of 10 people had been killed ...' / '"Around 1, 000 people are housed temporarily in tents ...," he said': NER
    types "Heydar Alishbandi" a facility, so the subject of "told" was passed over as a place and "he" went back to
    Massoud Dalman (main). The name in close apposition with the role "governor" is a person."""
    sents = _ecb_article_sents(shared_dir, "T20_ecbplus", "Qeshm island governor Heydar Alishbandi told AFP")
    said = dict(_speakers(sents))
    assert said["Around"] == "Heydar Alishbandi"
    assert said["Most"] == "Massoud Dalman"  # the quote before keeps its own speaker


def test_a_place_after_a_role_or_a_one_word_name_stays_a_place():
    """(made up) Counter-cases: a one-word place after a role word ("the governor Texas elected") and a place
    name holding a body's word after a role ("the police chief Main Street Bank hired") are no person; a place
    named in the subject's prepositional phrase still keeps the place out of the subject ("officials in Ottawa
    said")."""
    from newsbrief.analyze.quotes import _named_after_role

    sents = _article_sents("The first governor Texas elected said the plant would close. The police chief Main "
                           "Street Bank hired said nothing.", places=("Texas", "Main Street Bank"))
    for s in sents:
        for m in s.mentions:
            assert not _named_after_role(s, m)  # one word, or a body's word ("Bank"): no person's name
    sents = _article_sents('Officials in Ottawa said the talks would resume. "We expect a deal by Friday," they '
                           'said.', places=("Ottawa",))
    assert _speakers(sents)[0][1] != "Ottawa"


def test_an_open_part_carried_from_the_quote_before_takes_its_short_closing_parts_speaker(shared_dir):
    """ECB+ T38_ecbplus (the Cobb quake), the Press Democrat's article: '... lasted longer and proved stronger than
    usual, residents said.' / '"It lasted a really long time.' / 'You could tell" it was larger, said Hardester's
    Market clerk Alicia Mullin.': the open part took the residents, carried over from the sentence before, and its
    closing part (three words, too short to list) names Mullin after its mark; an open part with no speaker took the
    closing part's already (spk30's rule), one only carried now does too (on main: "residents")."""
    sents = _ecb_article_sents(shared_dir, "T38_ecbplus", "Hardester's Market clerk Alicia Mullin")
    said = _speakers(sents)
    assert ("It", "Alicia Mullin") in said and ("It", "residents") not in said


def test_a_carried_open_part_keeps_its_speaker_when_its_closing_part_names_no_one():
    """(made up) Counter-cases: the short part on the next line is attributed by no one ('"...' / 'Not again."'):
    the open part keeps the speaker it was carried from, Jane Roe; an open part its own clause attributes ('Jane
    Roe said: "...') keeps that speaker whoever the short closing part names."""
    text = ('"The water came up to the second step before midnight," Jane Roe said.\n\n"We moved the children to the '
            'attic and waited there for the boats to come.\n\nNot again."\n\nThe river crested on Tuesday.')
    said = _speakers(_article_sents(text, people=("Jane Roe",)))
    assert said == [("The", "Jane Roe"), ("We", "Jane Roe")]
    text = ('The river crested on Tuesday.\n\nJane Roe said: "We moved the children to the attic and waited there '
            'for the boats to come.\n\nNot again," John Doe said.')
    said = _speakers(_article_sents(text, people=("Jane Roe", "John Doe")))
    assert said == [("We", "Jane Roe")]
