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
