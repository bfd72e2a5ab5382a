"""Pronoun speakers read generally: "it" for an organization the sentence before opens on, by its name or by a
definite description of a firm (issue 11, spk59; docs/analysis-labels.md "Speakers: "it" ... (issue 11, spk59)").
Real paragraphs from ../shared (skipped when it is absent) plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # noqa: F401 (the parse's model, as the analysis runs)
from test_quote_syntax import _multinews


def test_it_after_a_sentence_opening_on_a_description_of_a_firm_is_that_firm(shared_dir):
    """Multi-News 0217, article 3 (blind-speakers39): '... Qatar Airways also has designs on a stake as large as
    10%, American said. That would make the airline one of American's largest shareholders ... But the US airline
    hasn't changed its stance on the subsidies dispute.' then '"American Airlines continues to believe ...," it said
    in a filing.': the airline the description stands for, American Airlines (before spk59: Qatar Airways, the body
    the rules read as the subject of the last speech verb)."""
    text = _multinews(shared_dir, "0217", 3, 7, 8)
    orgs = ("American Airlines", "Qatar Airways")
    said = _speakers(_article_sents(text, orgs=orgs, places=("US", "Qatar")))
    assert said == [("American", "American Airlines")]
    # (made up) an organization opening the sentence before is what "it" means
    said = _speakers(_article_sents('The ministry said Acme Corp had broken the rules. Acme Corp denied the charge on '
                                    'Monday. "We have followed every rule and will prove it in court," it said.',
                                    orgs=("Acme Corp",)))
    assert said == [("We", "Acme Corp")]


def test_it_after_a_sentence_opening_on_a_person_or_an_unclear_description_keeps_the_old_reading():
    """(made up) Counter-cases: a description of a firm whose head word no organization named before holds is no
    reading (the rules' body stays), and a sentence opening on a person gives "it" no antecedent."""
    text = ('Acme Corp said it would buy a stake in Zenith Ltd. But the US firm has not said how much it will pay. '
            '"We are pleased with the progress of the talks so far," it said.')
    said = _speakers(_article_sents(text, orgs=("Acme Corp", "Zenith Ltd"), places=("US",)))
    assert said == [("We", "Acme Corp")]  # (the rules' reading: the body that spoke before)
    text = ('Acme Corp said it would buy a stake in the mill. Jane Roe has run the mill for ten years. '
            '"We are pleased with the progress of the talks so far," it said.')
    said = _speakers(_article_sents(text, people=("Jane Roe",), orgs=("Acme Corp",)))
    assert said == [("We", "Acme Corp")]
    # a description whose head no organization named before holds is no reading: the rules' speaker stays (the one
    # organization named before, Acme Corp, is not what "the magazine" means)
    text = ('Rumors are swirling about Jane Roe and Acme Corp. The magazine claims that Jane Roe is fed up with the '
            'firm. "She has had enough of the whole affair by now," it said.')
    said = _speakers(_article_sents(text, people=("Jane Roe",), orgs=("Acme Corp",)))
    assert said == [("She", "the magazine")]


def test_i_in_a_first_person_text_printed_without_marks_is_its_introduced_writer(shared_dir):
    """Multi-News 0225, article 3 (blind-speakers39): 'In a statement to CBS12, McDowell explained her side of the
    story, which read in part:' then three paragraphs of her statement printed without quote marks, the last holding
    '... and I said, "I am here because Darby and Crystal were together, ..."': the statement's writer (before
    spk59: no one)."""
    text = _multinews(shared_dir, "0225", 3, 5, 9)
    people = ("Shelby McDowell", "McDowell", "Darby Johns", "Darby", "Crystal Munoz", "Crystal")
    said = _speakers(_article_sents(text, people=people, orgs=("CBS12",)))
    assert ("I", "McDowell") in said or ("I", "Shelby McDowell") in said


def test_i_with_no_introduced_text_or_a_quote_between_stays_no_one():
    """(made up) A reporter's own "I" (no introduction ending on a colon) and an introduced text broken by a quoted
    paragraph: "I" is no one the article names."""
    said = _speakers(_article_sents('Jane Roe was at the wedding on Sunday.\n\nI walked to the hall at noon, and I '
                                    'said, "We should all go home before the storm reaches the town."',
                                    people=("Jane Roe",)))
    assert said == [("We", None)]
    said = _speakers(_article_sents('Jane Roe explained her side of the story, which read in part:\n\nI went to the '
                                    'wedding because I was invited.\n\n"This is a separate quote from somebody else '
                                    'entirely," a guest said.\n\nI walked to the hall at noon, and I said, "We should '
                                    'all go home before the storm reaches the town."', people=("Jane Roe",)))
    assert said[-1][1] != "Jane Roe"  # (the rules' carry from the quoted paragraph, whatever it gives)
