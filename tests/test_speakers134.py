"""A document's words are its issuer's (issue 11, spk134): '"...," the statement said' after a sentence or a
paragraph that names who issued the statement ("In a statement, X said", "X said in a statement", "a statement from
X", "X's statement", "X issued a statement"). Hand-made text, entities given (no spaCy). Rules: docs/analysis-labels.md,
"Speakers: a statement's issuer"."""

import pytest

from test_analyze_units import _article_sents, _speakers


@pytest.mark.parametrize("intro", [
    "In a statement on its website, the Acme Relief Fund said it regrets the decision to end its funding.",
    "The Acme Relief Fund said in a statement on its website that it regrets the decision to end its funding.",
    "The Acme Relief Fund issued a statement on Monday regretting the decision to end its funding.",
    "According to a statement from the Acme Relief Fund, the decision to end its funding is regrettable.",
    "The Acme Relief Fund's statement on Monday called the decision to end its funding regrettable.",
])
def test_the_statement_two_paragraphs_after_its_issuer_is_named_is_the_issuers(intro):
    # mn:0132 2 (UNFPA), mnt0056 1 (Eon Productions): the issuer named a paragraph or two before "the statement said"
    text = (intro + "\n\nThe fund has worked in the region for thirty years.\n\n"
            '"The support we received over the years has saved tens of thousands of mothers," the statement said.')
    sents = _article_sents(text, orgs=("Acme Relief Fund",))
    assert _speakers(sents) == [("The", "Acme Relief Fund")]


def test_the_statement_said_colon_and_its_reopened_paragraph_are_the_issuers():
    # mnt0056 1: 'In a statement on the film's official website, Eon Productions said ...' / 'The statement said: "..."'
    text = ("In a statement on the film's official website, Acme Films said they were concerned the script may be "
            "published online.\n\nThe film is due out next year.\n\nThe statement said: \"Acme Films learned this "
            "morning that an early draft of the script is among the stolen material.\n\n\"Acme Films is concerned "
            "that third parties who received the script may seek to publish it.\"")
    sents = _article_sents(text, orgs=("Acme Films",))
    assert _speakers(sents) == [("Acme", "Acme Films"), ("Acme", "Acme Films")]


def test_the_statement_adds_in_the_sentence_glued_to_the_issuers_own_quote():
    # mnt0057 2: '"...," O'Neal says in a statement released by his rep exclusively to PEOPLE."Although ...," the
    # statement adds."I am ...' (no space after the closing marks)
    text = ('Jane Doe has been diagnosed with cancer. "Recently I was diagnosed with stage two cancer," Doe says in '
            'a statement released by her agent to reporters."Although I was shocked by the news, I feel fortunate '
            'that it was found early," the statement adds."I am deeply grateful for the support of my friends and '
            'family during this time."')
    sents = _article_sents(text, people=("Jane Doe", "Doe"))
    assert [s for _, s in _speakers(sents)] == ["Doe"] * 3


def test_the_statement_with_no_issuer_named_stays_the_statement():
    text = ("The decision was announced on Monday.\n\n"
            '"The support we received over the years has saved tens of thousands of mothers," the statement said.')
    sents = _article_sents(text, orgs=("Acme Relief Fund",))
    assert _speakers(sents) == [("The", "the statement")]


def test_a_place_is_never_a_statements_issuer():
    text = ("In a statement, Ruritania said it regrets the decision to end its funding.\n\n"
            '"The support we received over the years has saved tens of thousands of mothers," the statement said.')
    sents = _article_sents(text, places=("Ruritania",))
    assert _speakers(sents) == [("The", "the statement")]


def test_a_report_a_source_cites_is_not_the_cited_persons():
    # "according to a report in X" is where the words were read, not a document the sentence's speaker gave out
    text = ("Jane Doe spoke to the council on Monday, according to a report in the local press.\n\n"
            '"The council has failed the town on every count that matters to its people," the report said.')
    sents = _article_sents(text, people=("Jane Doe",))
    assert _speakers(sents) == [("The", "the report")]


def test_a_statement_by_a_body_in_the_quotes_own_attribution_and_the_next_statement_quotes_are_the_bodys():
    # duc04:d30011t 3: '``...,'' a statement by the 15 EU countries said. The EU ``hopes ...,'' the statement added.'
    # ... 'The EU statement welcomed the opening of this investigation. ... ``...,'' the statement said.'
    text = ("BRUSSELS (AP) - The union on Friday expressed its ``deep concern'' over the reports. ``The EU urges the "
            "authorities to ensure that similar incidents will not occur again,'' a statement by the 15 EU countries "
            "said. The bloc ``hopes that appropriate action will be taken against any individuals found "
            "responsible,'' the statement added. The prime minister called for a probe on Thursday. The EU statement "
            "welcomed the opening of this investigation. It also welcomed the release of seven youth leaders. ``The "
            "EU expresses hope that the other demonstrators still detained will also be released soon,'' the "
            "statement said.")
    sents = _article_sents(text, orgs=("EU",))
    assert [s for _, s in _speakers(sents)] == ["EU", "EU", "EU"]


def test_a_letter_a_group_sent_stays_the_letter_not_a_member_named_in_the_group():
    # basil:1e41e98b: 'Every former secretary of the Department ..., including former chief of staff X, sent a letter
    # ...' then '"...," the letter said.': no one member's words
    text = ("Every former secretary of the department, including former chief of staff John Roe, sent a letter to "
            "the president on Thursday asking him to restore its funding.\n\n"
            '"Employees who protect the traveling public should not have to rely on charity," the letter said.')
    sents = _article_sents(text, people=("John Roe",))
    assert _speakers(sents) == [("Employees", "the letter")]


def test_a_letter_from_a_described_group_stays_the_letter():
    # basil:e71d149d: 'In a joint letter from the chairs of six committees in the U.S. House of Representatives,
    # Democrats wrote ...': the letter's issuer is described, not named (never the House)
    text = ("In a joint letter from the chairs of six committees in the House of Representatives, Democrats wrote "
            "they expect the report to be made public.\n\n"
            '"After nearly two years of investigation the public is entitled to know what was found," the letter urged.')
    sents = _article_sents(text, orgs=("House of Representatives",))
    assert _speakers(sents) == [("After", "the letter")]


def test_a_joint_statement_two_people_released_in_a_second_clause_is_both_of_theirs():
    # basil:e71d149d: 'Sen. X said that the report should be released "without delay," and House Speaker Y (D-Calif.)
    # and Senate Minority Leader Z (D-N.Y.) released a joint statement in agreement.' then '"...," the joint statement
    # said.': Y and Z, not X (the first clause's speaker)
    text = ('Sen. Mary Major said that the report should be released "without delay," and House Speaker Jane Doe '
            "(D-Calif.) and Senate Minority Leader John Roe (D-N.Y.) released a joint statement in agreement.\n\n"
            "They did not want the White House to get early access to the documents.\n\n"
            '"The attorney general must not give the White House any sneak preview of the findings," the joint '
            "statement said.")
    sents = _article_sents(text, people=("Mary Major", "Jane Doe", "John Roe"), orgs=("House", "Senate"))
    assert _speakers(sents)[-1] == ("The", "Jane Doe and John Roe")



@pytest.mark.parametrize("text,owned", [
    ("John Roe's office quotes the letter as saying", False),  # mn:0023 2: gave "The letter was signed" to Rivlin
    ("Acme's statement on Monday", True),
    ("Acme's strongly worded statement", True),
    ("in a joint statement", True),
])
def test_a_possessive_name_owns_only_the_document_its_modifiers_reach(text, owned):
    from newsbrief.analyze._document_issuer import _intro_re

    assert bool(_intro_re("letter" if "letter" in text else "statement").search(text)) is owned


def test_a_letter_from_someones_lawyer_named_in_apposition_is_the_lawyers():
    # basil:84678e18: 'Lerner announced her plans ... in a letter from her lawyer, William Taylor III, to the committee.
    # "...," the letter addressed to Chairman X reads': the lawyer's letter, not Lerner's
    text = ("Jane Doe announced her plans to remain silent in a letter from her lawyer, John Roe, to the committee. "
            '"She has not committed any crime or made any misrepresentation at all," the letter reads.')
    sents = _article_sents(text, people=("Jane Doe", "John Roe"))
    assert _speakers(sents)[-1] == ("She", "John Roe")
