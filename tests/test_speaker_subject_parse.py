"""A speech verb's subject by the dependency parse where the surface rules took a name inside a fronted phrase, an
appositive or an object (issue 11, spk53; docs/analysis-labels.md "Speakers: the speech verb's subject by the
parse, past fronted phrases, appositives and objects"). The parser is en_core_web_sm's (the analysis model), so
these tests skip when it is not installed; the real paragraphs need ../shared."""

import pytest

from test_analyze_units import _article_sents
from test_quote_parse import _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_quote_syntax import _multinews

pytestmark = pytest.mark.slow  # loads spaCy's tagger and parser (~2 s CPU, once per module)


def test_a_participles_subject_is_the_clauses_not_an_appositive_name_in_its_object(shared_dir):
    """Multi-News 0051, article 2 (blind-speakers27): '... the Post is referring to the guy who did this, Ukranian
    Vitalii Sediuk, as a journalist, saying "a reputation for putting celebrities in comprising positions ..."'.
    "saying" has no subject of its own; the verb it hangs from, "is referring", has the Post; the name in
    apposition with the object of "to" is no speaker (before spk53: Vitalii Sediuk)."""
    text = _multinews(shared_dir, "0051", 2, 0, 0)
    sents = _article_sents(text, people=("Vitalii Sediuk", "America Ferrera"), orgs=("Post",))
    assert _speakers(sents) == [("a", "Post")]



def test_a_name_in_a_fronted_prepositional_phrase_is_not_the_subject(shared_dir):
    """Multi-News 0019, article 2: 'In a reference to former president Barack Obama, Trump rhetorically wondered how
    the news media would have reacted if "'O' was president and had these numbers." It would have been the
    "biggest story on Earth!" he concluded.' The object of the fronted "to" is no speaker; "wondered" has Trump (and
    the "he" after it continues him; before spk53 both were Barack Obama's)."""
    text = _multinews(shared_dir, "0019", 2, 32, 32)
    sents = _article_sents(text, people=("Barack Obama", "Trump"))
    assert [who for _, who in _speakers(sents)] == ["Trump", "Trump"]
    # (made up) a role subject the epithet rules would tie to the fronted phrase's name is its own speaker
    sents = _article_sents('After a meeting with Mary Poe, the mayor told reporters that the bridge "will stay closed '
                           'until the spring."', people=("Mary Poe",))
    assert _speakers(sents) == [("will", "the mayor")]
    assert _speakers(sents, None) == [("will", "Mary Poe")]  # the surface rules alone


def test_a_name_in_a_fronted_participle_clause_is_not_the_subject(shared_dir):
    """Multi-News 0167, article 1: '... Rep. Greg Walden of Oregon, a senior House Republican. Asked if Trump was
    doing that, Walden pivoted toward a door and said, "I'll leave it at that."' The subject inside the fronted
    clause is no speaker; "said" shares Walden, the subject of "pivoted" (before spk53: Trump)."""
    text = _multinews(shared_dir, "0167", 1, 5, 5)
    sents = _article_sents(text, people=("Greg Walden", "Walden", "Trump"))
    assert _speakers(sents)[-1] == ("I'll", "Walden")

def test_the_subject_after_a_fronted_phrase_keeps_its_name():
    # (made up) the rules' name is the verb's subject after a fronted phrase, or an appositive name of it: unchanged
    sents = _article_sents('In an interview on Monday with reporters, Jane Roe said the bridge "will stay closed '
                           'until the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]
    sents = _article_sents('A worker at the plant, Jane Roe, said the bridge "will stay closed until the spring."',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]



def test_a_name_the_parse_puts_in_a_reported_clause_or_under_a_role_keeps_its_speaker():
    # (made up) the parser coordinates "said" with "alleges", so the indictment would be its subject: a name that
    # is the subject of a reported or coordinated clause is left to the rules
    sents = _article_sents('The indictment alleges Jane Roe called the mayor in April and said the bridge "will stay '
                           'closed until the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]
    # (made up) a title or role the parser heads the name's phrase with is no speaker in the name's place
    sents = _article_sents('Brand Manager at Acme Jane Roe said: "The bridge will stay closed until the spring."',
                           people=("Jane Roe",), orgs=("Acme",))
    assert _speakers(sents) == [("The", "Jane Roe")]
    sents = _article_sents('A Libyan diplomat in China, Jane Roe, told reporters, "The bridge will stay closed until '
                           'the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("The", "Jane Roe")]


def test_a_relayed_speaker_an_object_controller_and_a_titled_name_keep_their_speaker():
    # (made up, the shapes of three labelled DUC quotes the first version of the rule lost) the object of another
    # speech verb ("quoting X") is the relayed speaker; the object of "prompting X to conclude" is the subject of
    # "conclude"; a person titled by a body the parser makes the subject ("said state Department of Public Health
    # spokesperson X") is no name inside the subject's phrase
    sents = _article_sents('"The river section is facing the worst flood in its history," the newspaper said, quoting '
                           'Jane Roe, a chief engineer.', people=("Jane Roe",))
    assert _speakers(sents) == [("The", "Jane Roe")]
    sents = _article_sents('Then the mayor closed the bridge, prompting radio host Jane Roe to conclude that the city '
                           'had "lost the trust of its people."', people=("Jane Roe",))
    assert _speakers(sents) == [("lost", "Jane Roe")]
    sents = _article_sents('"The birds are local and the virus is here," said state Department of Public Health '
                           'spokesperson Jane Roe.', people=("Jane Roe",), orgs=("Department of Public Health",))
    assert _speakers(sents) == [("The", "Jane Roe")]
