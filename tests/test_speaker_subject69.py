"""The speech verb's subject read past what follows it (issue 11, spk69; docs/analysis-labels.md "Speakers: the speech
verb's subject past an appositive, an object or a preposition (issue 11, spk69)"): a name set off by a comma before
an appositive or relative clause is the verb's subject, in the inverted ('"...," said X, one of the groups that
endorsed Y') and plain ('X, which sued Y, said') orders, never a person named inside that clause; a participle's
subject is its clause's subject, not a name coordinated in its object, and a subject noun the nominal lists do not
know speaks as its noun phrase ("A wrathful Cuban delegation derided the Czechs and Poles, saying ..."); a participle
of speech under a preposition takes the subject of the clause the phrase modifies ("A day after telling reporters
that he's "...," Congressman X broke his silence"). Real paragraphs from ../shared (skipped when it is absent), each
failing on main 17afd79, plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # the parse's model, as the analysis runs
from test_quote_syntax import _cluster_paragraphs, _real_paragraphs


def test_a_participles_subject_is_its_clauses_not_a_name_coordinated_in_its_object(shared_dir):
    """DUC 2006 D0642F, article 7: 'A wrathful Cuban delegation derided the Czechs and Poles, saying they were
    ``doing the dirty work of the United States.''': the delegation, the subject of "derided" that "saying" hangs
    from (on main: Poles, the object's second noun, whose coordination the parse check read as a clause's)."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0642F", 7, 8, 8)
    said = _speakers(_article_sents(text, people=("Carlos Lage", "Fidel Castro")))
    assert said[0] == ("doing", "A wrathful Cuban delegation")
    # (made up) a named subject keeps its name; a person coordinated in the object never speaks
    said = _speakers(_article_sents('Jane Roe thanked John Doe and Mary Poe, saying they had "saved the whole '
                                    'town from the flood last spring."', people=("Jane Roe", "John Doe", "Mary Poe")))
    assert said == [("saved", "Jane Roe")]


def test_a_participle_of_speech_under_a_preposition_takes_the_main_clauses_subject(shared_dir):
    """BASIL c21cb217, article 2: 'A day after telling reporters that he's "not going to talk about this anymore,"
    Congressman Anthony Weiner (D-N.Y.) broke his silence Wednesday ...': Weiner, the subject of the clause the
    phrase "after telling ..." modifies (on main: no speaker; the parse found no subject for "telling")."""
    text = _real_paragraphs(shared_dir, "basil", "c21cb217", 2, 0, 0)
    said = _speakers(_article_sents(text, people=("Anthony Weiner",)))
    assert said == [("not", "Anthony Weiner")]
    # (made up) the same under "after" opening the sentence, and a subject noun phrase
    said = _speakers(_article_sents('After telling the crowd that the plan "will never pass this chamber in any '
                                    'form," Jane Roe left the stage.', people=("Jane Roe",)))
    assert said == [("will", "Jane Roe")]


def test_a_name_set_off_before_an_appositive_after_said_is_the_speaker():
    """(made up, the shape of a blind BASIL error) '"...," said Moms Demand Action, one of the groups that endorsed
    Mark Kelly': the body right after the verb, not the person inside its appositive, whom "first person, else
    organization" took on main; the same for a relative clause and for words NER typed nothing."""
    quote = '"This is a betrayal of every family that trusted him and voted for him,"'
    said = _speakers(_article_sents(quote + ' said Moms Demand Action, one of the groups that endorsed Mark Kelly.',
                                    people=("Mark Kelly",), orgs=("Moms Demand Action",)))
    assert said == [("This", "Moms Demand Action")]
    said = _speakers(_article_sents(quote + ' said MoveOn, which has campaigned against Brett Kavanaugh for months.',
                                    people=("Brett Kavanaugh",)))
    assert said == [("This", "MoveOn")]
    said = _speakers(_article_sents(quote + ' said Anderson, a lawyer for John Doe.', people=("John Doe",)))
    assert said == [("This", "Anderson")]  # (main: "a lawyer for John Doe", the appositive)


def test_a_name_set_off_before_an_appositive_before_said_is_the_speaker():
    """(made up) The plain order: 'In a statement, Earthjustice, which sued Scott Pruitt twice last year, said the
    rule "..."' and '"...," Moms Demand Action, one of the groups that endorsed Mark Kelly, said.'."""
    said = _speakers(_article_sents('In a statement, Earthjustice, which sued Scott Pruitt twice last year, said the '
                                    'rule "will poison the air of millions of children in the valley."',
                                    people=("Scott Pruitt",), orgs=("Earthjustice",)))
    assert said == [("will", "Earthjustice")]
    said = _speakers(_article_sents('"This is a betrayal of every family that trusted him," Moms Demand Action, one '
                                    'of the groups that endorsed Mark Kelly, said.', people=("Mark Kelly",),
                                    orgs=("Moms Demand Action",)))
    assert said == [("This", "Moms Demand Action")]


def test_a_person_after_said_or_a_title_before_the_name_keeps_the_old_reading():
    """(made up) Counter-cases: a person right after the verb speaks as before, whoever the clause after the comma
    names; a role phrase with the person's name in apposition gives the person ('said the group's director, Jane
    Roe')."""
    quote = '"This is a betrayal of every family that trusted him and voted for him,"'
    said = _speakers(_article_sents(quote + ' said Jane Roe, a lawyer who has sued Acme Corp twice.',
                                    people=("Jane Roe",), orgs=("Acme Corp",)))
    assert said == [("This", "Jane Roe")]
    said = _speakers(_article_sents(quote + " said the group's director, Jane Roe, on Monday.", people=("Jane Roe",)))
    assert said == [("This", "Jane Roe")]


def test_quoted_as_saying_a_parenthetical_speaker_and_a_possessed_nouns_gender(shared_dir):
    """Counter-cases of the participle and noun-phrase readings: "quoted X as saying" is X's words, never the
    relaying body's ('The newspaper quoted Jane Roe as saying during her trial that "..."'); a parenthetical speech
    verb's subject keeps a quote the parse hangs under a later verb that it does not introduce (DUC 2006 D0607G,
    article 15: 'In the March interview, Southerland said, journalists called Zhang to verify reports of the farmer
    protests and ``he didn't say anything ...''': Southerland, not "journalists"), while a speech verb right before
    the quote gives its own subject ('Every once in a while, Rosalynn said, her husband will say, ``Look at that
    beautiful sunset. ...''': her husband, D0650E article 9); a possessed noun is read for gender by the noun
    ("Rosalynn Carter's husband" is no "she")."""
    from newsbrief.analyze.quotes import gender

    said = _speakers(_article_sents('The newspaper quoted Jane Roe as saying during her trial that "no court in this '
                                    'country could ever have convicted me."', people=("Jane Roe",),
                                    orgs=("The newspaper",)))
    assert said == [("no", "Jane Roe")]
    said = _speakers(_article_sents('"No court in this country could ever have convicted me," the presidency quoted '
                                    "Jane Roe's letter as saying.", people=("Jane Roe",)))
    assert said == [("No", "Jane Roe")]  # (not "the presidency", the relay)
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0607G", 15, 0, 200)
    start = text.index("In the March interview")
    said = _speakers(_article_sents(text[start : text.index("\n", start) if "\n" in text[start:] else None],
                                    people=("Southerland", "Zhang")))
    assert said[0][1] == "Southerland"
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0650E", 9, 40, 41)
    said = _speakers(_article_sents(text, people=("Rosalynn",)))
    assert said[0] == ("Look", "Rosalynn's husband")
    assert said[-1] == ("He", "Rosalynn")
    assert gender("Rosalynn Carter's husband") == "m" and gender("the mayor's wife") == "f"


def test_the_subject_of_a_clause_coordinated_after_but_is_its_speech_verbs(shared_dir):
    """DUC 2006 D0608H, article 17: 'Volvo has become a name synonymous with safe vehicles, but other makers are
    saying, ``Hey, Volvo's not the only company making safe vehicles.''': "other makers", the subject of the clause
    after "but" that holds the speech verb (on main: Volvo, the first clause's subject opening the sentence, which the
    parse check never read); made up: a pronoun or a person after "but" keeps the old reading."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0608H", 17, 0, 400)
    start = text.index("Now some manufacturers")
    said = _speakers(_article_sents(text[start : text.index("\n", start)], orgs=("Volvo",)))
    assert said == [("Hey,", "other makers")]
    said = _speakers(_article_sents('Jane Roe has led the campaign for years, but she said, "We will not stop until '
                                    'every school in the valley is open again."', people=("Jane Roe",)))
    assert said == [("We", "Jane Roe")]
