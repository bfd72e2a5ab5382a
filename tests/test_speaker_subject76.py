"""The speech verb's subject, nominal speakers and junk spans read by their grammatical shape (issue 11, spk76;
docs/analysis-labels.md "Speakers: the speech verb's subject past asides, possessives and compounds (issue 11,
spk76)"): a body's name joined by "for"/"of" before an appositive; a name before a hyphened role noun titling the
person after it; a speech clause set off by commas inside the quote's clause; a participle right after a quote's
comma; a sentence adverb set off by commas between a subject and its verb; a name's possessive and any noun as the
subject; a relative clause between a subject after the quote and its verb; a listed noun modifying an agent noun.
Real paragraphs from ../shared (BASIL, tuning splits 44-46; skipped when it is absent), each failing on main
e33adaf, plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # the parse's model, as the analysis runs
from test_quote_syntax import _cluster_paragraphs, _real_paragraphs


def test_a_body_name_joined_by_for_before_an_appositive_is_the_speaker(shared_dir):
    """BASIL 1ed4f378, article 3: 'said Democracy for America, just one of several such groups bashing Schumer' and
    'Democracy for America, the political action committee founded by ... Howard Dean, also said: "..."': the body,
    whose name "for" joins (on main: Chuck Schumer and Howard Dean, the people inside the appositives)."""
    text = _real_paragraphs(shared_dir, "basil", "1ed4f378", 3, 2, 2)
    said = _speakers(_article_sents(text, people=("Chuck Schumer", "Schumer", "Donald Trump"),
                                    orgs=("Democracy for America",)))
    assert said[0] == ("Today’s", "Democracy for America")
    text = _real_paragraphs(shared_dir, "basil", "1ed4f378", 3, 8, 8)
    said = _speakers(_article_sents(text, people=("Howard Dean",), orgs=("Democracy for America",)))
    assert said == [("If", "Democracy for America")]
    # (made up) a person right after the verb keeps the old reading, whatever "for" follows
    said = _speakers(_article_sents('"We will keep fighting this plan in every court of the land," said Jane Roe for '
                                    'the coalition, a group that has sued John Doe twice.',
                                    people=("Jane Roe", "John Doe")))
    assert said == [("We", "Jane Roe")]


def test_a_hyphened_role_between_a_name_and_a_person_titles_the_person(shared_dir):
    """BASIL 1ed4f378, article 3: '"...," said Indivisible co-founder Ezra Levin.' (NER typed "Indivisible" a person):
    Levin, whom "co-founder" titles (on main: Indivisible, the role no list held)."""
    text = _real_paragraphs(shared_dir, "basil", "1ed4f378", 3, 7, 7)
    said = _speakers(_article_sents(text, people=("Indivisible", "Ezra Levin", "Schumer")))
    assert said[0] == ("This", "Ezra Levin")
    # (made up) two people joined by "and" are not a title and its holder
    said = _speakers(_article_sents('"We will keep fighting this plan in every court of the land," said Jane Roe and '
                                    'co-founder John Doe.', people=("Jane Roe", "John Doe")))
    assert said == [("We", "Jane Roe")]


def test_a_speech_clause_set_off_by_commas_inside_the_quotes_clause_speaks(shared_dir):
    """BASIL c9e4d35f, article 1: 'Mueller's office, the report said, learned of Trump's orders to Cohen "through
    interviews ..."': the report (on main: Donald Trump, the possessive in the object, read as an appeal's owner)."""
    text = _real_paragraphs(shared_dir, "basil", "c9e4d35f", 1, 5, 5)
    said = _speakers(_article_sents(text, people=("Trump", "Cohen", "Mueller")))
    assert said == [("through", "the report")]
    # (made up) another speech verb in the clause keeps its subject
    said = _speakers(_article_sents('John Doe, the report said, told Jane Roe that the plan "would cost far more than '
                                    'anyone in this building expected."', people=("Jane Roe", "John Doe")))
    assert said == [("would", "John Doe")]


def test_a_participle_right_after_a_quote_is_no_inverted_attribution(shared_dir):
    """BASIL ad409798, article 3: 'Mr. Trump urged social media companies to "let everybody participate, good &
    bad," saying that while networks like CNN and MSNBC might be "fake news," ...': Trump (on main: CNN, read as if
    '"...," said CNN')."""
    text = _real_paragraphs(shared_dir, "basil", "ad409798", 3, 11, 11)
    said = _speakers(_article_sents(text, people=("Trump",), orgs=("CNN", "MSNBC")))
    assert said[0] == ("let", "Trump")
    # (made up) an inverted "said" after the quote still names its speaker
    said = _speakers(_article_sents('Jane Roe spoke first.\n\n"We will keep fighting this plan in every court," said '
                                    'John Doe, adding that the plan was unfair.', people=("Jane Roe", "John Doe")))
    assert said == [("We", "John Doe")]


def test_a_subject_before_an_adverb_set_off_by_commas_speaks(shared_dir):
    """BASIL 2a3fde8a, article 1: "Strzok's attorney, meanwhile, blasted the bureau on Monday, saying the deputy
    director "reversed ..."" after "Strzok attorney Aitan Goelman said ...": Goelman, the one person introduced as
    Strzok's attorney (on main: Mark Meadows, carried from the quote before)."""
    text = "\n\n".join([_real_paragraphs(shared_dir, "basil", "2a3fde8a", 1, 1, 1),
                        _real_paragraphs(shared_dir, "basil", "2a3fde8a", 1, 15, 16)])
    said = _speakers(_article_sents(text, people=("Aitan Goelman", "Peter Strzok", "Strzok", "Mark Meadows",
                                                  "Meadows", "Trump")))
    assert ("reversed", "Aitan Goelman") in said
    # (made up) a name before the adverb speaks as it did without it
    said = _speakers(_article_sents('Jane Roe spoke first.\n\nJohn Doe, meanwhile, blasted the board on Monday, saying '
                                    'the plan "would cost far more than anyone in this building expected."',
                                    people=("Jane Roe", "John Doe")))
    assert said == [("would", "John Doe")]


def test_a_names_possessive_and_any_noun_before_the_verb_speaks(shared_dir):
    """BASIL 0c78e748, article 1: 'This was after Trump's account tweeted Saturday: "I had to fire General Flynn
    ...': "Trump's account" (on main: Lindsey Graham, the speaker before, carried, when "Trump" there is typed a
    person: the possessive hid him from the subject readings)."""
    text = _real_paragraphs(shared_dir, "basil", "0c78e748", 1, 9, 11)
    said = _speakers(_article_sents(text, people=("Lindsey Graham", "Trump")))
    assert said[-1] == ("I", "Trump’s account")
    # (made up) a day's possessive is no speaker
    said = _speakers(_article_sents('Jane Roe spoke first.\n\nThis was after Monday\'s meeting ended: "We will keep '
                                    'fighting this plan in every court of the land."', people=("Jane Roe",)))
    assert said[-1][1] != "Monday's meeting"


def test_a_subject_after_the_quote_past_its_relative_clause_speaks(shared_dir):
    """BASIL 1ed4f378, article 1: '"I believe Sen. McConnell will follow through," independent Sen. Angus King of
    Maine, who caucuses with the Democrats, told reporters on Monday.': King (on main: the verb was beyond the
    after-quote reach, and the quote and the next went to Mitch McConnell)."""
    text = _real_paragraphs(shared_dir, "basil", "1ed4f378", 1, 7, 8)
    said = _speakers(_article_sents(text, people=("Mitch McConnell", "McConnell", "Angus King")))
    assert said[-2:] == [("I", "Angus King"), ("I", "Angus King")]
    # (made up) a relative clause inside the quote's own clause is no subject after it
    said = _speakers(_article_sents('Jane Roe spoke first. "We will keep fighting this plan in every court of the '
                                    'land," which is a promise, she added.', people=("Jane Roe",)))
    assert said == [("We", "Jane Roe")]


def test_a_listed_noun_modifying_an_agent_noun_is_the_compounds(shared_dir):
    """BASIL 542cd22c, article 1: 'California Rep. Ed Royce on Friday questioned the action ...' then '"...," the
    committee chairman said in a statement.': Royce, the one person the sentence before names (on main: "the
    committee", the nominal cut before "chairman")."""
    text = _real_paragraphs(shared_dir, "basil", "542cd22c", 1, 4, 5)
    said = _speakers(_article_sents(text, people=("Ed Royce",)))
    assert said[0] == ("The", "Ed Royce")
    # (made up) with two people named before, the compound itself
    said = _speakers(_article_sents('Jane Roe met John Doe on Friday.\n\n"We will keep fighting this plan in every '
                                    'court of the land," the committee chairman said.',
                                    people=("Jane Roe", "John Doe")))
    assert said == [("We", "the committee chairman")]


def test_a_noun_a_relative_who_describes_after_said_is_the_speaker(shared_dir):
    """Multi-News 0130, article 2: '"He said to me, 'It wasn't my decision,'" said the colleague who spoke to
    Oppenheim after Farrow's story was published': the colleague, a person by its "who" whatever the noun (on main:
    Noah Oppenheim, named inside the relative clause)."""
    text = _cluster_paragraphs(shared_dir, "multinews_sample/validation.jsonl.gz", "0130", 2, 34, 34)
    said = _speakers(_article_sents(text, people=("Oppenheim", "Farrow", "Mark Kornblau", "Andy Lack")))
    assert said[0] == ("He", "the colleague")
    # (made up) a person right after the verb keeps the old reading
    said = _speakers(_article_sents('"We will keep fighting this plan in every court of the land," said Jane Roe, who '
                                    'spoke to John Doe.', people=("Jane Roe", "John Doe")))
    assert said == [("We", "Jane Roe")]


def test_a_full_name_after_the_quote_past_its_affiliation_and_relative_clause_speaks(shared_dir):
    """Multi-News 0085, article 2: '"We said from the beginning ...," Kathy Fairbanks with the No on 37 campaign, which
    didn't hold a public party, told us last night ... "The more voters learned about 37, ..."' (NER typed nothing
    there): Fairbanks, both (on main: none, the verb beyond the after-quote reach and no name typed)."""
    text = _cluster_paragraphs(shared_dir, "multinews_sample/validation.jsonl.gz", "0085", 2, 7, 7)
    said = _speakers(_article_sents(text))
    assert said[:2] == [("We", "Kathy Fairbanks"), ("The", "Kathy Fairbanks")]
    # (made up) a body's name the old readings find keeps its reading; a noun phrase there is not made a person
    said = _speakers(_article_sents('"We said from the beginning that people should take a close look at it," Human '
                                    'Rights Watch, which monitored the vote, told reporters.'))
    assert said == [("We", "Human Rights Watch")]
    said = _speakers(_article_sents('"We said from the beginning that people should take a close look at it," the No '
                                    'on 37 campaign, which did not hold a public party last night, told reporters.'))
    assert said[0][1] != "No"
