"""Speakers: blind-speakers95's classes as general rules (issue 11, spk147): a question told in a passive of asking
('"...?" Trump was asked.') is the asker's, never the one asked; "They" opening a clause whose speech verb is
coordinated with its first verb ('They held up signs calling X a criminal and chanted "..."') is the subject, not the
first verb's object; "she" after "the woman's" in its own sentence is the woman, not a name further back. Hand-made
text, entities given (no spaCy), shaped on Multi-News train mnt0321 / mnt0316 / mnt0315 (blind-speakers95, tuning
since stop 62). Rules: docs/analysis-labels.md, "Speakers: blind-speakers95's classes"."""

from test_analyze_units import _article_sents, _speakers

PEOPLE = ("Donald Trump", "Trump", "Barack Obama", "Obama", "Jane Roe")
QUESTION = '"It turns out his group organizes a lot of these protests. Do you believe Obama is behind it?"'


def test_a_question_told_in_a_passive_of_asking_is_the_interviews():
    # mnt0321 1: 'Trump was asked in an interview on Fox News' "Fox and Friends" if ...' / '"...?" Trump was asked.'
    for lead, who in (("Trump was asked in an interview on Fox News if he believed Obama was behind the protests.\n\n",
                       "Fox News"),
                      ("Trump spoke about the protests on Tuesday.\n\n", None)):
        said = _speakers(_article_sents(lead + QUESTION + " Trump was asked.", people=PEOPLE, orgs=("Fox News",)))
        assert said[0] == ("It", who), lead


def test_a_question_told_in_a_passive_of_asking_by_someone_is_theirs():
    said = _speakers(_article_sents(QUESTION + " Trump was asked by Jane Roe.", people=PEOPLE))
    assert said == [("It", "Jane Roe")]


def test_a_quote_the_one_asked_answers_stays_his():
    said = _speakers(_article_sents(QUESTION + " Trump was asked. \"No, I think he is behind it. I also think it "
                                    'is politics, that is the way it is," Trump replied.', people=PEOPLE))
    assert said[-1] == ("No,", "Trump")


KISSINGER = ("John Roe", "Roe", "Henry Kissinger", "Kissinger")
GROUP = "Protesters from the group CodePink swarmed behind Kissinger as he arrived for a hearing.\n\n"


def test_they_opening_a_clause_coordinated_with_the_speech_verb_is_the_group():
    # mnt0316 1: 'They held up signs calling Kissinger a criminal and chanted "arrest Henry Kissinger for war crimes"'
    said = _speakers(_article_sents(GROUP + 'They held up signs calling Kissinger a criminal and chanted "arrest '
                                    'Henry Kissinger for war crimes" during the hearing.', people=KISSINGER,
                                    orgs=("CodePink",)))
    assert said == [("arrest", "Protesters from the group CodePink")]


def test_the_speech_verbs_own_subject_after_they_still_speaks():
    said = _speakers(_article_sents(GROUP + 'They held up signs and Roe shouted "arrest Henry Kissinger for war '
                                    'crimes" during the hearing.', people=KISSINGER, orgs=("CodePink",)))
    assert said == [("arrest", "Roe")]


WOMAN = ("A Seattle woman upset about being woken up by runners threw garbage at them from her apartment.\n\n"
         "The woman threw a trash bag at people who were in the Susan G. Komen Race for the Cure on Sunday.\n\n"
         "The unidentified woman also threw a green drink that hit a man in his 60s.\n\n")


def test_she_after_the_womans_in_her_own_sentence_is_the_woman():
    # mnt0315 3: 'When police went to the woman's apartment, she said she'd "worked a long shift and ..."'
    said = _speakers(_article_sents(WOMAN + "When police went to the woman's apartment, she said she had \"worked "
                                    'a long shift and was angry that the runners had woken her."',
                                    people=("Susan G. Komen Race",)))
    assert said == [("worked", "the woman")]


def test_she_after_a_man_in_her_own_sentence_is_not_him():
    said = _speakers(_article_sents("Jane Roe ran the race on Sunday.\n\nWhen police went to the man's apartment, "
                                    'she said she had "worked a long shift and was angry that the runners had woken '
                                    'her."', people=("Jane Roe",)))
    assert said == [("worked", "Jane Roe")]


def test_his_assurance_or_her_vow_that_runs_into_a_quote_is_theirs():
    # the folded rule (spk143_pronoun_appeal with spk144's nouns): "his assurance that", "her vow to" as "his pledge"
    for lead, people, who in (("Mr. Roe spoke to the allies. But his assurance that", ("Roe",), "Roe"),
                              ("Ms. Doe spoke to the allies. But her vow to", ("Doe",), "Doe")):
        text = lead + ' "the United States is going to continue to lead efforts to calm the region" was at odds.'
        assert _speakers(_article_sents(text, people=people)) == [("the", who)], lead


def test_a_new_sentences_when_clause_of_asking_after_a_quote_is_no_attribution():
    # duc04:d31026t 7: '... the people I'm accountable for.'' When Williams was asked what better situation ...'
    said = _speakers(_article_sents('"I have to make a decision really thinking about all the people I am accountable '
                                    'for," Trump said. "I will decide soon enough, I promise you all." When Trump was '
                                    'asked what better situation a player could have, he was stumped.', people=PEOPLE))
    assert said == [("I", "Trump"), ("I", "Trump")]
