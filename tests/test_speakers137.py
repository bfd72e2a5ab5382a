"""A document's words are its issuer's, continued (issue 11, spk137): a speaker phrase that names its issuer in a
capitalized modifier ("a Harbor Watch statement") shows the issuer; "A statement from X said" opening a sentence,
"a statement on Friday from X", "issued by X's office", "from X's attorney, Y", "from an X representative" name it;
"a statement" / "the statement" after a sentence whose subject X said something is X's. Hand-made text, entities
given (no spaCy). Rules: docs/analysis-labels.md, "Speakers: ... (issue 11, spk137)"."""

import pytest

from test_analyze_units import _article_sents, _speakers

_QUOTE = '"The government is spitting in the face of its allies,"'


@pytest.mark.parametrize("attribution", ["a Harbor Watch statement said", "said the Harbor Watch statement"])
def test_a_statement_phrase_naming_its_issuer_shows_the_issuer(attribution):
    # duc06:D0609I 'A Peace Now statement', wiki:premier.league 'a Liverpool statement', ecb:T44 'the EDS statement'
    text = "The group condemned the plan.\n\n" + _QUOTE + " " + attribution + "."
    assert _speakers(_article_sents(text, orgs=("Harbor Watch",))) == [("The", "Harbor Watch")]


def test_a_statement_phrase_naming_a_place_is_left_as_written():
    text = "The group condemned the plan.\n\n" + _QUOTE + " a Ruritania statement said."
    assert _speakers(_article_sents(text, places=("Ruritania",))) == [("The", "a Ruritania statement")]


def test_a_statement_from_x_opening_the_sentence_is_xs():
    # ecb:T14 'A statement from Waitrose said: "..."', ParisAttacks2015 'A statement from Air France said: "..."'
    text = 'Fire destroyed the store on Friday.\n\nA statement from Acme Foods said: "Damage to the building is extensive."'
    assert _speakers(_article_sents(text, orgs=("Acme Foods",))) == [("Damage", "Acme Foods")]


def test_it_added_after_a_statement_from_x_is_xs():
    # ecb:T14 '"...," it added.' after 'A statement from Waitrose said damage ... was extensive'
    text = ("Fire destroyed the store on Friday.\n\nA statement from Acme Foods said damage to the building was "
            'extensive but the store would be rebuilt.\n"We have made available a fund for local residents and staff," '
            "it added.")
    assert _speakers(_article_sents(text, orgs=("Acme Foods",))) == [("We", "Acme Foods")]


def test_a_statement_issued_by_xs_office_is_the_office():
    # duc06:D0609I 'A statement issued by Netanyahu's office said ...' then '"...," the statement said'
    text = ("The minister met the envoy on Friday.\n\nA statement issued by Doe's office said the envoy was assured of "
            'support.\n\n"The government remains committed to the peace process," the statement said.')
    assert _speakers(_article_sents(text, people=("John Doe", "Doe"))) == [("The", "Doe's office")]


def test_the_statement_from_xs_attorney_y_is_ys():
    # basil:33521e65 '"...," said the statement from Grimm's attorney, William McGinley.'
    text = ('Prosecutors plan to charge the congressman.\n\n"We are disappointed by the decision, but hardly '
            "surprised,\" said the statement from Doe's attorney, Richard Roe.\n\nThe plan was first reported in "
            'March.\n\n"Until then, he will continue to serve his constituents," the statement said.')
    got = _speakers(_article_sents(text, people=("John Doe", "Doe", "Richard Roe")))
    assert got == [("We", "Richard Roe"), ("Until", "Richard Roe")]


def test_a_statement_on_friday_from_x_then_the_statement_added_is_xs():
    # mn:0042 'A statement on Friday from the Austrian athletics federation ... revealed' / 'The statement added: "..."'
    text = ("The skier was badly hurt.\n\nA statement on Friday from the Acme Clinic said the injury was serious. "
            'The statement added: "The patient received emergency surgery to stabilize her spine."')
    assert _speakers(_article_sents(text, orgs=("Acme Clinic",))) == [("The", "Acme Clinic")]


def test_a_statement_from_an_x_representative_is_xs():
    # mn:0142 'According to a statement from a Fitbit representative, "..."' / 'The statement goes on to say, "..."'
    text = ('Acme objects to the study.\n\nAccording to a statement from an Acme representative, "It was paid for by '
            'lawyers who are suing the company."\n\nThe statement goes on to say, "Our research team rigorously '
            'developed the technology over three years."')
    assert _speakers(_article_sents(text, orgs=("Acme",)))[-1] == ("Our", "Acme")


@pytest.mark.parametrize("sep,attribution", [(" ", 'The statement added: "The store will be rebuilt."'),
                                             ("\n\n", '"The store will be rebuilt," a statement said.')])
def test_a_statement_after_x_said_is_xs(sep, attribution):
    # ecb:T14 'Waitrose said it had ... The statement added'
    text = ("Fire destroyed the store on Friday.\n\nAcme Foods said it had set up a fund for residents and staff "
            "affected by the fire." + sep + attribution)
    assert _speakers(_article_sents(text, orgs=("Acme Foods",))) == [("The", "Acme Foods")]


@pytest.mark.parametrize("subject,kw", [("The mayor", {}), ("Ruritania", {"places": ("Ruritania",)})])
def test_a_statement_after_an_unnamed_or_place_subject_stays(subject, kw):
    text = ("Fire destroyed the store on Friday.\n\n" + subject + " said it had set up a fund for residents affected "
            'by the fire.\n\n"The store will be rebuilt," the statement said.')
    assert _speakers(_article_sents(text, **kw)) == [("The", "the statement")]


def test_a_report_after_x_said_stays_the_reports():
    # a report or a letter is often a third party's: no "X said" fallback for them (test_quote_syntax's intake report)
    text = ("Acme Foods said it had set up a fund for residents affected by the fire.\n\n"
            '"The store will be rebuilt," the report said.')
    assert _speakers(_article_sents(text, orgs=("Acme Foods",))) == [("The", "the report")]


def test_a_letter_by_xs_brothers_next_to_ys_letter_is_the_brothers():
    # mn:0023 'A letter by Eichmann's five brothers was attached to Adolf's letter, which argued ... "..."'
    text = ("The family also wrote to the president. A letter by Doe's five brothers was attached to Adam Doe's "
            'letter, which argued that the trial had exposed the past. "If people thus attain tolerance, the purpose '
            'of the trial was achieved."')
    got = _speakers(_article_sents(text, people=("Adam Doe", "Doe")))
    assert got in ([("If", "Doe's five brothers")], [("If", "a letter")], [("If", "A letter")])


def test_a_described_subject_before_the_statement_names_no_issuer():
    # duc:d107c 'The cardinal said the bishops remained concerned ... The statement urged Catholics ... ``...'''
    text = ("Cardinal John Doe spoke on Friday.\n\nThe cardinal said the bishops remained concerned about the victims "
            'of crime. The statement urged Catholics to support the families of victims "as they struggle to overcome '
            'their terrible loss."')
    got = _speakers(_article_sents(text, people=("John Doe", "Doe")))
    assert got[-1][1] != "John Doe"
