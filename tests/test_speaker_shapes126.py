"""Speaker shapes left from stop 54's blind draw, and the one gendered word list (issue 11, spk126;
docs/analysis-labels.md "## Speakers: ... (issue 11, spk126)"). The parse is en_core_web_sm's, as the analysis runs
(the tests that parse skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def test_one_gendered_word_list():
    """``_cues``' gendered nouns are the one list: the titles' words (:data:`FEMALE_WORDS`), the unnamed person's
    heads (``quotes._SEXED_PERSON_HEADS``) and the unnamed relative's kin (``_unnamed_relative``) all read it."""
    from newsbrief.analyze import _cues, _unnamed_relative, quotes

    assert _unnamed_relative._SHE_KIN is _cues.FEMALE_KIN and _unnamed_relative._HE_KIN is _cues.MALE_KIN
    assert quotes._SEXED_PERSON_HEADS == {"she": _cues.FEMALE_NOUNS, "he": _cues.MALE_NOUNS}
    assert _cues.FEMALE_KIN <= _cues.FEMALE_NOUNS <= _cues.FEMALE_WORDS
    assert _cues.MALE_KIN <= _cues.MALE_NOUNS <= _cues.MALE_WORDS
    assert not (_cues.FEMALE_WORDS & _cues.MALE_WORDS)


def test_a_kin_word_says_the_gender_wherever_it_is_read():
    """A kin word the relative rule knew ("girlfriend", "stepmother") says a woman to the gender and title readers
    too (main: no gender), and heads an unnamed person's description ("A daughter ... she said")."""
    from newsbrief.analyze.quotes import gender, title_gender

    assert gender("the girlfriend") == "f" and gender("his fiance") == "m"
    assert title_gender("his stepmother ") == "f"
    text = ('The hearing ended late on Monday.\n\nOutside, a daughter stood on the steps of the court. '
            '"We waited three years for this day and it was worth every hour," she said.')
    said = dict(_speakers(_article_sents(text)))
    assert said["We"] == "a daughter"


def _answers(text, **names):
    return _speakers(_article_sents(text, **names))


def test_a_question_and_answer_interviews_answers_are_the_interviewees(shared_dir):
    """Michelle Obama, article 3 of blind-speakers66 ('How Michelle Obama Does It'): the profile's head names her,
    then a dozen questions, each followed by her answer in quote marks with no attribution (main: no speaker for
    any); the question 'How do you and Barack stay connected?' names her husband, so he is not the interviewee."""
    from test_speaker_reference118 import _lines_of

    text = _lines_of(shared_dir, "michelle.obama.67", "We're very good about it", 20)
    said = _answers(text, people=("Michelle", "Barack", "Malia", "Sasha"))
    answers = [w for w, _ in said]
    assert {"My", "The", "They'd", "I", "We're"} <= set(answers)
    assert all(who == "Michelle" for _, who in said)


def test_one_question_before_a_quote_is_no_interview():
    """A rhetorical question before a quote paragraph, once, names no interviewee; nor does a person whom a
    question names, nor anyone when the quote has its own attribution."""
    head = "Jane Doe runs the shelter on Main Street.\n\n"
    one = head + 'Why does it matter?\n\n"We have seen a hundred families come through this winter alone."'
    assert _answers(one, people=("Jane Doe",)) == [("We", None)]
    two = (head + 'Why does it matter?\n\n"We have seen a hundred families come through this winter alone."\n\n'
           'What comes next?\n\n"A second house on the same street, if the council agrees to it."')
    assert _answers(two, people=("Jane Doe",)) == [("We", "Jane Doe"), ("A", "Jane Doe")]
    asked = two.replace("Why does it matter?", "Why does Jane Doe care?")
    assert [w for _, w in _answers(asked, people=("Jane Doe",))] == [None, None]
    own = two.replace('alone."', 'alone," said John Smith.')
    assert _answers(own, people=("Jane Doe", "John Smith"))[0] == ("We", "John Smith")


def test_each_lead_in_names_the_interviewee_of_the_questions_after_it():
    """A story that puts questions to two people in turn (Multi-News 0037's shape: Rapinoe's answers, then 'Reign
    Coach Laura Harvey also addressed the issue.' and hers): each answer is the person its nearest lead-in names
    (a first version took the article's first person for all: Harvey's two answers went to Rapinoe)."""
    text = ("Jane Doe spoke to reporters after the match.\n\nWhat was your reaction to the delay?\n\n"
            '"I did not hear it and I was not sure why it was not played at all."\n\nHow are your teammates?\n\n'
            '"They wanted to show their support in some way, and many of them told me so."\n\n'
            "Coach Mary Roe also addressed the issue.\n\nDid it cause a distraction?\n\n"
            '"I do not think it changed the game, we were told just before we left the room."\n\n'
            "Are you disappointed?\n\n"
            '"Disappointed in the sense that we tried to prepare for every eventuality before today."')
    said = _answers(text, people=("Jane Doe", "Mary Roe"))
    assert [who for _, who in said] == ["Jane Doe", "Jane Doe", "Mary Roe", "Mary Roe"]
