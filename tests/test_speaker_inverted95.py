"""Inverted attributions and fronted phrases (issue 11, spk95; docs/analysis-labels.md "Speakers: inverted
attributions and fronted phrases (issue 11, spk95)"): a quote after the appositive of a parenthetical inverted
attribution, "she" after an inverted subject with an age, and the main clause's subject past a fronted clause the
parser made the quote's governing verb. Real paragraphs from ../shared (DUC 2006 D0627I, WikiRef220 michelle.obama,
BASIL e71d149d: tuning clusters; skipped when ../shared is absent), each failing on main 60bc658, plus made-up
counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # the parse's model, as the analysis runs
from test_quote_syntax import _cluster_paragraphs, _real_paragraphs


def test_a_quote_after_the_appositive_of_a_parenthetical_inverted_attribution(shared_dir):
    """DUC 2006 D0627I, article 16: 'The final product, said William Pierce, the former president of the National
    Council for Adoption and ..., ``clearly shows a lot of subtle, nuanced negotiations ...''' (on main: no
    speaker)."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0627I", 16, 13, 13)
    said = _speakers(_article_sents(text, people=("William Pierce", "Smith", "Delahunt"),
                                    orgs=("National Council for Adoption",)))
    assert said[0] == ("clearly", "William Pierce")


def test_an_inverted_appositive_needs_the_aside_and_nothing_else_before_the_quote():
    """(made up) the same shape in a made-up sentence speaks; "he said Doe, ..." (no comma setting the verb off)
    and an appositive followed by more of the clause before the quote do not match the rule's shape."""
    said = _speakers(_article_sents('The new plan, said Jane Doe, the director of the city agency, "will change how '
                                    'every family in the county gets help."', people=("Jane Doe",)))
    assert said == [("will", "Jane Doe")]
    from newsbrief.analyze.quotes import _INVERTED_APPOSITIVE_QUOTE_RE

    assert _INVERTED_APPOSITIVE_QUOTE_RE.fullmatch(" Jane Doe, the director of the agency, ")
    assert not _INVERTED_APPOSITIVE_QUOTE_RE.fullmatch(" Jane Doe, the director, was told the plan ")


def test_she_after_an_inverted_subject_with_an_age_is_that_person(shared_dir):
    """WikiRef220 michelle.obama, article 11: '..., which was reserved for hymns, remembered Bobbie Holt, 73, who was
    raised by Mr. Shields and his fourth wife, Lucy.' then 'She said the family went to church "every night of the
    week, it seemed like."' (NER typed the name a body; on main: Helen Heath, the last woman quoted before)."""
    text = _real_paragraphs(shared_dir, "wikiref220", "michelle.obama", 11, 26, 27)
    said = _speakers(_article_sents(text, people=("Helen Heath", "Shields", "Lucy"), orgs=("Bobbie Holt",)))
    assert said[-1] == ("every", "Bobbie Holt")


def test_an_aged_object_in_a_coordination_is_no_inverted_subject():
    """(made up) '..., married Kayla Doe, 24, from Hobe Sound and applied to ...' is the verb's object: the next
    "he" stays with the man who married her."""
    text = ('John Roe, who trained in missions at the college, married Kayla Doe, 24, from Hobe Sound and applied '
            'to a school in the north.\n\nHe said the plan was "to serve wherever the church sends us next year."')
    said = _speakers(_article_sents(text, people=("John Roe", "Kayla Doe")))
    assert said == [("to", "John Roe")]


def test_the_main_subject_past_a_fronted_clause_the_parser_made_the_root(shared_dir):
    """BASIL e71d149d, article 3: 'And on Saturday, one day before Attorney General William Barr released a short
    summary of Mueller's findings, former Texas Rep. Beto O'Rourke charged on the campaign trail ... that you "have a
    president, who ..."' and 'He did not comment at length on Sunday, but did say ... that Trump is "one of the most
    racist ..."' (on main: William Barr, the subject of the fronted clause, for both)."""
    text = _real_paragraphs(shared_dir, "basil", "e71d149d", 3, 2, 3)
    said = _speakers(_article_sents(text, people=("William Barr", "Mueller", "Beto O’Rourke", "Trump"),
                                    places=("Texas", "South Carolina", "Las Vegas")))
    assert [w for _, w in said] == ["Beto O’Rourke", "Beto O’Rourke"]


def test_a_subject_inside_a_fronted_clause_with_no_person_after_it_keeps_the_old_reading():
    """(made up) a fronted clause whose comma is followed by a common noun, not a person: the rule gives nothing
    (whatever the old readings give, never the person after the comma, since none is there)."""
    from newsbrief.analyze.quotes import _TITLE_WORDS_RE

    assert _TITLE_WORDS_RE.fullmatch(" former Texas Rep. ")
    assert not _TITLE_WORDS_RE.fullmatch(" the committee said on Monday that the ")
