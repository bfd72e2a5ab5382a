"""Speakers of a general round on frames and documents (issue 11, spk70; docs/analysis-labels.md "Speakers: a
written thing's findings, a law that lays down, and the phrases quoted from a document named as the source"): a
quote a written thing's finding frames with no speech verb ('Two inquiries ... have found that ... "..."', 'Among
the findings was that "..."', 'Federal law makes it a crime for anyone "..."'), and a phrase quoted in narration
from a document the text has just named as its source ('"...," according to the document.' / 'Three months later,
"the base was ready ..."'). The real paragraphs need ../shared; the parse is en_core_web_sm's, as the analysis runs
(the tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_syntax import _cluster_paragraphs, _multinews


def test_a_written_things_finding_frames_its_quote(shared_dir):
    """MultiLing M002, article 6: 'Two inquiries into the seizure of Royal Navy personnel by Iran in March 2007
    have found that the capture was not a result of "a single failure ..."' (no speaker on main: "found" is no
    speech verb); Multi-News 0142, article 2: 'A comprehensive new study conducted by researchers at ... reveals
    that the PurePulse heart rate monitors ... are "highly inaccurate during elevated physical activity."';
    Multi-News 0134, article 2: 'The exercises identified several areas for improvement, including the problem
    that "..."' and 'Among the findings was that there were "differences of opinion" over ..., "which led to
    differences of opinion on courses of action."' (a copula after a noun of finding)."""
    text = _cluster_paragraphs(shared_dir, "multiling2011_en/test.jsonl.gz", "M002", 6, 0, 0)
    said = _speakers(_article_sents(text, orgs=("Royal Navy",), places=("Iran",)))
    assert said[0] == ("a", "Two inquiries")
    text = _multinews(shared_dir, "0142", 2, 1, 1)
    said = _speakers(_article_sents(text, orgs=("California State Polytechnic University", "Fitbit")))
    assert ("highly", "A comprehensive new study") in said
    text = _multinews(shared_dir, "0134", 2, 5, 5)
    assert _speakers(_article_sents(text, orgs=("BioWatch",))) == [("some", "The exercises")]
    text = _multinews(shared_dir, "0134", 2, 16, 16)
    assert ("which", "the findings") in _speakers(_article_sents(text))


def test_a_law_that_states_is_its_speaker_not_the_speaker_carried_on(shared_dir):
    """DUC 2003 d115f, article 6, paragraphs 3-4: '"...," said Robert Shapiro, ...' then 'Special three-judge panels
    ruled ... violated the Census Act of 1976. That act stated that ``except for the determination of population
    ...,'' the Secretary ...': "stated" has a written thing for its subject, which the rules read as no speaker, so
    Shapiro was carried on; the act speaks."""
    from test_quote_syntax import _duc2003

    text = _duc2003(shared_dir, "d115f", 6, 3, 4)
    said = _speakers(_article_sents(text, people=("Robert Shapiro",), orgs=("Census Bureau", "Commerce Department")))
    assert said[-1] == ("except", "That act")


def test_a_law_that_lays_down_or_bars_frames_its_quote(shared_dir):
    """BASIL 38f7cbb7, The New York Times, paragraph 5: 'Federal law makes it a crime for anyone "who directly or
    indirectly, promises any employment, ..." to someone else "as consideration, favor, or reward ..."' (no speaker
    on main); DUC 2003 d107c, article 2, paragraph 13: '... Michael Williams, ..., is challenging a portion of the
    1996 law that bars federal judges from conducting hearings if a state prisoner ``failed to develop the factual
    basis of a claim ...' (a relative "that" stands for the law)."""
    from test_quote_syntax import _duc2003
    from test_speaker_documents import _basil

    text = _basil(shared_dir, "38f7cbb7", "nyt", 5, 5)
    said = _speakers(_article_sents(text))
    assert said[:2] == [("who", "Federal law"), ("as", "Federal law")]
    text = _duc2003(shared_dir, "d107c", 2, 13, 13)
    said = _speakers(_article_sents(text, people=("Michael Williams",), places=("Virginia",)))
    assert said == [("failed", "the 1996 law")]


def test_it_after_a_sentence_naming_a_letter_is_the_letter_whose_warning_frames_the_quote(shared_dir):
    """Multi-News 0068, article 1, paragraphs 3-5: '... David L. Evans ...' then 'For instance, ..., a group called
    Citizens for Objective Public Education, ..., distributed a nine-page letter attacking them. It warned that the
    standards ignored evidence against evolution, promoted "secular humanism," and threatened to "take away the
    right of parents to direct the religious education of their children."': the quote was David L. Evans's,
    carried on; "it" that warns is the letter the sentence before names."""
    text = _multinews(shared_dir, "0068", 1, 3, 5)
    said = _speakers(_article_sents(text, people=("David L. Evans",),
                                    orgs=("Citizens for Objective Public Education",), places=("Florida", "Kansas")))
    assert said[-1] == ("take", "a nine-page letter")


def test_it_after_no_written_thing_is_not_read_as_one():
    # (made up) "it" after a sentence naming no written thing: the finding frame gives no speaker
    text = ('The company opened a new plant in the spring. It warned that the plan would "take away the jobs of '
            'half the people who work in the town."')
    assert _speakers(_article_sents(text))[0][1] != "a new plant"


def test_people_who_find_or_a_copula_after_no_finding_are_no_written_things_frame():
    # (made up) people who found something did not say it: no finding source, no speaker
    text = 'Two neighbours found that the door was "locked from the inside and nobody could have come in."'
    assert _speakers(_article_sents(text)) == [("locked", None)]
    # (made up) a copula after a noun that is no finding: no frame
    text = 'The trouble was that the plan "would cost the city far more than anyone had been told."'
    assert _speakers(_article_sents(text)) == [("would", None)]
    # (made up) a source's finding reported in a person's speech: the speech verb's frame, not the finding's
    text = 'Jane Roe said the study found that the door was "locked from the inside and nobody could have come in."'
    assert _speakers(_article_sents(text, people=("Jane Roe",))) == [("locked", "Jane Roe")]


def test_phrases_quoted_from_the_document_named_as_source_are_the_documents(shared_dir):
    """Multi-News 0138, article 2, paragraphs 5-8: '"To make the facility ... sound more attractive ...,"
    according to the document.' then 'Three months later, by July 1955, "the base was ready and Agency, Air Force
    and Lockheed personnel began moving in."', 'On July 25, the first prototype was delivered, wrapped in
    tarpaulins, "its long slender wings and tail assembly removed."' and 'Subsequent high-altitude testing ... led
    to an unexpected side effect, "a tremendous increase in reports of unidentified flying objects"': the three
    phrases had no speaker on main; the narration quotes them from the CIA history it names as its source."""
    text = _multinews(shared_dir, "0138", 2, 5, 8)
    said = _speakers(_article_sents(text, people=("Kelly Johnson",), orgs=("Skunk Works", "Lockheed", "Agency")))
    assert said == [("To", "the document"), ("the", "the document"), ("its", "the document"),
                    ("a", "the document")]


def test_a_phrase_after_a_person_a_body_or_a_distant_document_is_not_carried():
    doc = '"The old airstrip by the lake would make an ideal site for the tests," according to the document.\n\n'
    # (made up) a person named in the phrase's sentence: not the document's
    text = doc + 'Later, John Doe was "the first pilot to land on the old airstrip by the lake."'
    assert _speakers(_article_sents(text, people=("John Doe",)))[1][1] != "the document"
    # (made up) two paragraphs of narration between: not carried
    text = doc + ('The base grew.\n\nIt was closed in 1990.\n\n'
                  'Later, the base was "ready for the first flights of the new plane."')
    assert _speakers(_article_sents(text))[1][1] != "the document"
    # (made up) a body named as the source, not a written thing: not carried
    text = ('"The driver did not stop at the light before the crash," according to the police.\n\n'
            'Later that night, the car was "found abandoned on a dirt road outside the town."')
    assert _speakers(_article_sents(text))[1][1] != "the police"


def test_a_phrase_after_according_to_a_written_thing_in_the_sentence_before_is_its():
    # (made up, the shape of Multi-News 0089's 'However, according to the report, ... For example, coastal cities
    # such as Sidon and Tyre "show continuity ..."', where NER types "Sidon" a person and the rule declines)
    text = ('According to the report, the dam had not been inspected for years. Its gates "have not been opened '
            'since the flood of 1990 and may not open at all."')
    assert _speakers(_article_sents(text)) == [("have", "the report")]
    # (made up) "according to" a body, not a written thing: not read
    text = ('According to the police, the dam had not been inspected for years. Its gates "have not been opened '
            'since the flood of 1990 and may not open at all."')
    assert _speakers(_article_sents(text)) == [("have", None)]
