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
    """(made up) Counter-cases: a description of a firm with two organizations named before and neither holding its
    head word is no reading (the rules' body stays), and a sentence opening on a person gives "it" no antecedent."""
    text = ('Acme Corp said it would buy a stake in Zenith Ltd. But the US firm has not said how much it will pay. '
            '"We are pleased with the progress of the talks so far," it said.')
    said = _speakers(_article_sents(text, orgs=("Acme Corp", "Zenith Ltd"), places=("US",)))
    assert said == [("We", "Acme Corp")]  # (the rules' reading: the body that spoke before)
    text = ('Acme Corp said it would buy a stake in the mill. Jane Roe has run the mill for ten years. '
            '"We are pleased with the progress of the talks so far," it said.')
    said = _speakers(_article_sents(text, people=("Jane Roe",), orgs=("Acme Corp",)))
    assert said == [("We", "Acme Corp")]
