"""Speakers a reader sees in two clusters no rule was tuned on (issue 11, read62; split speakers-read62): "the judge
said" is not the name beside those words, "she" after a sentence whose subject is "he" and that names one woman is
that woman, and a "said <Name>" missing its comma still names who spoke. Hand-made text, entities given (no
spaCy), shaped on DUC 2006 D0611B and Multi-News validation mn:0202. Rules: docs/analysis-labels.md, "A reader's
two clusters"."""

from test_analyze_units import _article_sents, _speakers


def test_the_judge_said_is_not_the_name_beside_the_words():
    # mn:0202 2: 'In the Bederev case, the judge said, the fundamental choice ... "is which ..."': the judge named
    # before (Mr Justice Gerard Hogan), not Bederev, whose name stands within 40 characters of "the judge"
    text = ("On behalf of the Court of Appeal, Mr Justice Gerard Hogan said it might also be asked whether the "
            "Government could ban alcohol.\n\n"
            "In the Bederev case, the judge said, the fundamental choice which remains with the Government \u201cis "
            "which dangerous or harmful drugs are liable to misuse such that they should be declared\u201d.")
    said = _speakers(_article_sents(text, people=("Gerard Hogan", "Bederev"), orgs=("Court of Appeal", "Government")))
    assert said == [("is", "Gerard Hogan")]


def test_she_after_a_he_sentence_naming_one_woman_is_that_woman():
    # D0611B 7: 'But 14 years ago he was persuaded to work at the ranch by Sarah Livia Brightwood, the daughter of its
    # founders. She wanted to restore ... ``...,'' she said.': Brightwood, not Ceballos (the "he")
    text = ("Ceballos, 44, a biologist from Tecate, intended to be a wildlife manager. But 14 years ago he was "
            "persuaded to work at the ranch by Sarah Livia Brightwood, the daughter of its founders. She wanted to "
            "restore the organic garden her father had planted 50 years earlier.\n\n"
            "``If you talk about healthy living at the ranch, you should be eating healthy food,'' she said.")
    assert _speakers(_article_sents(text, people=("Ceballos", "Sarah Livia Brightwood"))) == [
        ("If", "Sarah Livia Brightwood")]
    # a name the text does not give as a woman's is no more "she" than before: the walk goes on as it did
    other = text.replace("Sarah Livia Brightwood", "Kim Brightwood")
    assert _speakers(_article_sents(other, people=("Ceballos", "Kim Brightwood"))) == [("If", "Ceballos")]


def test_said_name_without_its_comma_names_the_speaker():
    # D0611B 3: '... annual sales now total more than $6 billion said Sarah Johnston, executive director of ...
    # ''...,'' she said.': Johnston, not Gail Thorpe quoted two paragraphs before
    text = ("''It's been like learning to farm all over again,'' said Gail Thorpe.\n\n"
            "Although less than 2 percent of all food produced in the U.S. is certified organic, annual sales now "
            "total more than $6 billion said Sarah Johnston, executive director of the New York branch of the "
            "organic farming association.\n\n"
            "''Our farmers are still the little guys, but we're seeing a steady growth trend,'' she said.")
    assert _speakers(_article_sents(text, people=("Gail Thorpe", "Sarah Johnston")))[-1] == ("Our", "Sarah Johnston")
    # "Police said Jane Smith, 34, was arrested": Smith is what was said, not who said it
    other = text.replace("annual sales now total more than $6 billion said Sarah Johnston, executive director of "
                         "the New York branch of the organic farming association.",
                         "Police said Sarah Johnston, 34, was arrested on Monday.")
    assert _speakers(_article_sents(other, people=("Gail Thorpe", "Sarah Johnston")))[-1] == ("Our", "Gail Thorpe")


_MEMO = ("An explanatory memorandum issued by the Department of Health said that as a result of the judgment, \u201call "
         "substances controlled by means of Government Orders cease to be controlled with immediate effect, and their "
         "possession ceases to be an offence. These include ecstasy, benzodiazepines and new psychoactive substances, "
         "so-called \u2018headshop drugs\u2019.\n\n"
         "It said the judgment had \u201cno implications\u201d for approximately 125 substances, including cannabis.")


def test_a_quote_left_open_ending_on_a_term_in_single_marks_runs_to_its_paragraphs_end():
    # mn:0202 2: the closing double mark is lost after "so-called 'headshop drugs'." (the single mark before the
    # full stop): the quote runs to the paragraph's end, as one ending on its full stop does
    said = _speakers(_article_sents(_MEMO, orgs=("Department of Health",)))
    assert [w for w, _ in said] == ["all"]
    plain = _MEMO.replace("\u2018headshop drugs\u2019.", "headshop drugs.")
    assert [w for w, _ in _speakers(_article_sents(plain, orgs=("Department of Health",)))] == ["all"]


def test_a_memorandum_issued_by_a_body_is_the_bodys():
    # mn:0202 2: 'An explanatory memorandum issued by the Department of Health said that ... "..."': the department,
    # as "a statement issued by X" is X's (spk134's issuer rules, now with the memorandum among the documents)
    plain = _MEMO.replace("\u2018headshop drugs\u2019.", "headshop drugs.")
    assert _speakers(_article_sents(plain, orgs=("Department of Health",))) == [("all", "Department of Health")]
    # NER's mention holding the article ("the Department of Health"), as spaCy reads the real sentence
    assert _speakers(_article_sents(plain, orgs=("the Department of Health",))) == [("all", "the Department of Health")]


def test_a_question_columns_call_for_letters_is_page_furniture():
    # D0611B 12 and 21 (NYT "Gardening Questions and Answers"): the column's closing call for letters was shown as a
    # fact its two articles agree on ("Those of general interest will be published.")
    from newsbrief.clean import clean_text

    page = ("Q: What should I do about the magnolia leaves?\n\n"
            "A: Magnolias must drop old leaves to make room for new.\n\n"
            "Address questions to Garden Q A, The New York Times, 229 West 43d St., New York 10036, or by e-mail to "
            "gardening(AT)nytimes.com. Those of general interest will be published. Unpublished questions cannot be "
            "answered individually.")
    text, removed = clean_text(page)
    assert "general interest" not in text and [r.reason for r in removed] == ["contact"]
    # a sentence of reporting that tells people to send questions somewhere stays
    kept = "The ministry said parents should send questions to their schools. It opened a hotline on Monday."
    assert clean_text(kept)[0] == kept
