"""Speakers a description gives a name, bodies set off by a relative clause, "offered" as a speech verb, a body
word before "member", and two given names that are a name and its diminutive (issue 11, spk56;
docs/analysis-labels.md "Speakers: names given, bodies before a clause, "offered" ..."). Real paragraphs from
../shared (skipped when it is absent) plus made-up counter-cases."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # noqa: F401 (the parse's model, as the analysis runs)
from test_quote_syntax import _multinews


def test_a_man_who_identified_himself_as_a_name_is_that_name(shared_dir):
    """Multi-News 0050, article 1 (blind-speakers38): '"He'd just eat his food and took off," said a man who
    identified himself as Angelo L. "(He would) go outside ..."': the name he gave (before spk56: "a man", twice)."""
    text = _multinews(shared_dir, "0050", 1, 25, 25)
    said = _speakers(_article_sents(text, people=("Angelo L.",)))
    assert [who for _, who in said][:2] == ["Angelo L.", "Angelo L."]
    # (made up) a description that gives no name stays the description
    said = _speakers(_article_sents('"He would just eat his food and leave again," said a man who identified himself '
                                    'as a veteran of the war.'))
    assert said == [("He", "a man")]
    said = _speakers(_article_sents('"We never saw him again after that night at all," said a woman who gave her '
                                    'name only as Maria.'))
    assert said == [("We", "Maria")]


def test_a_body_before_a_where_clause_naming_a_person_is_the_subject(shared_dir):
    """Multi-News 0050, article 2 (blind-speakers38): 'The New Baltimore Police Department, where Rose worked as a
    cadet in 2010, released the following statement:' then two quoted paragraphs: the department's (before spk56:
    Collin Rose, the officer the clause names)."""
    text = _multinews(shared_dir, "0050", 2, 3, 5)
    orgs = ("The New Baltimore Police Department",)
    said = _speakers(_article_sents(text, people=("Rose", "Collin Rose"), orgs=orgs))
    assert [who for _, who in said][:2] == ["The New Baltimore Police Department"] * 2
    # (made up) "offered this message:" gives out a statement, as "released the following statement:" does
    said = _speakers(_article_sents('Jane Roe was shot on Tuesday.\n\nSpringfield University offered this message to '
                                    'students:\n\n"(Roe) is a member of our canine unit, and has been with us for five '
                                    'years."', people=("Jane Roe", "Roe"), orgs=("Springfield University",)))
    assert said == [("(Roe)", "Springfield University")]
    # (made up) a person before the clause speaks
    said = _speakers(_article_sents('Jane Roe, whose brother John Roe worked at the plant, said: "We will keep '
                                    'fighting for the workers until the end."', people=("Jane Roe", "John Roe")))
    assert said == [("We", "Jane Roe")]


def test_offered_with_a_quote_is_speech_and_with_a_sum_is_not(shared_dir):
    """Multi-News 0044, article 1 (blind-speakers39): '"I have a feeling this will come out just right," offered
    Mickey Hart. "Can't wait ..."' (before spk56: Lesh, carried from a quote before) and 'But when it comes to the
    players, offers Weir, "The comparison is just apples and oranges ..."' (before: no one)."""
    people = ("Mickey Hart", "Weir", "Lesh", "Phil Lesh")
    said = _speakers(_article_sents(_multinews(shared_dir, "0044", 1, 17, 17), people=people))
    assert [who for _, who in said] == ["Mickey Hart", "Mickey Hart"]
    said = dict(_speakers(_article_sents(_multinews(shared_dir, "0044", 1, 12, 12), people=people)))
    assert said["The"] == "Weir"
    # (made up) a sum offered is no speech: the quote after it is not given to the one who offered it
    said = _speakers(_article_sents('Jane Roe offered $3,000 cash to the witness. Her lawyer later called the claim '
                                    '"a complete fabrication from start to finish."', people=("Jane Roe",)))
    assert said == [("a", "Jane Roe's lawyer")]


def test_a_body_word_before_member_is_part_of_the_role(shared_dir):
    """Multi-News 0094, article 2 (blind-speakers39): '"That went right through the door," another council member
    said.': the whole role (before spk56: "another council", the body word read as the speaker)."""
    said = _speakers(_article_sents(_multinews(shared_dir, "0094", 2, 5, 5)))
    assert said == [("That", "another council member")]  # ("Somebody got shot.": too short a quote)
    # (made up) the body itself still speaks
    said = _speakers(_article_sents('"We will vote on the plan again in the spring," the council said.'))
    assert said == [("We", "the council")]


def test_a_given_name_and_its_diminutive_are_two_people_a_shortened_name_one():
    """Multi-News 0208 (blind-speakers38): Rep. Bob Goodlatte and his son Bobby Goodlatte were merged by the
    prefix rule (Bob is the start of Bobby), so the father's quotes showed the son's name (spk56)."""
    from newsbrief.analyze.entities import _given_compatible

    assert not _given_compatible(["Bob"], ["Bobby"])
    assert not _given_compatible(["Jim"], ["Jimmy"])
    assert _given_compatible(["Steve"], ["Steven"])  # a name cut short is the same person
    assert _given_compatible(["Jenni"], ["Jennifer"])
    assert _given_compatible(["Ed"], ["Edward"])
