"""A speech verb's subject by the dependency parse where the surface rules took a name inside a fronted phrase, an
appositive or an object (issue 11, spk53; docs/analysis-labels.md "Speakers: the speech verb's subject by the
parse, past fronted phrases, appositives and objects"). The parser is en_core_web_sm's (the analysis model), so
these tests skip when it is not installed; the real paragraphs need ../shared."""

import pytest

from test_analyze_units import _article_sents
from test_quote_syntax import _multinews

from newsbrief.config import Settings

MODEL = Settings().analysis.model
pytestmark = pytest.mark.slow  # loads spaCy's tagger and parser (~2 s CPU, once per module)


@pytest.fixture(scope="module", autouse=True)
def _parser():
    from newsbrief.analyze import _ner
    from newsbrief.errors import MissingExtraError

    try:
        _ner.load_parser(MODEL)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")


def _speakers(sents, model=MODEL):
    from newsbrief.analyze.quotes import extract

    return [(q.text.split()[0], q.speaker) for q in extract(sents, model)]


def test_a_participles_subject_is_the_clauses_not_an_appositive_name_in_its_object(shared_dir):
    """Multi-News 0051, article 2 (blind-speakers27): '... the Post is referring to the guy who did this, Ukranian
    Vitalii Sediuk, as a journalist, saying "a reputation for putting celebrities in comprising positions ..."'.
    "saying" has no subject of its own; the verb it hangs from, "is referring", has the Post; the name in
    apposition with the object of "to" is no speaker (before spk53: Vitalii Sediuk)."""
    text = _multinews(shared_dir, "0051", 2, 0, 0)
    sents = _article_sents(text, people=("Vitalii Sediuk", "America Ferrera"), orgs=("Post",))
    assert _speakers(sents) == [("a", "Post")]


def test_the_subject_after_a_fronted_phrase_keeps_its_name():
    # (made up) the rules' name is the verb's subject after a fronted phrase, or an appositive name of it: unchanged
    sents = _article_sents('In an interview on Monday with reporters, Jane Roe said the bridge "will stay closed '
                           'until the spring."', people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]
    sents = _article_sents('A worker at the plant, Jane Roe, said the bridge "will stay closed until the spring."',
                           people=("Jane Roe",))
    assert _speakers(sents) == [("will", "Jane Roe")]

