"""A particle name NER typed a body (issue 11, spk113; docs/analysis-labels.md "Speakers: a state's abbreviation is
never a relative's one-word name"): "Rodrigo Abarca del Rio" typed an organization by most mentions is still who
"he" names when NER typed one of its mentions a person. The real paragraphs need ../shared and the spaCy model (the
tests skip without them); the made-up cases guard against over-reach."""

from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)
from test_speaker_names107 import _duc06, _said, _speaker_of
from test_speaker_place_abbreviation113 import _typed


def test_he_after_a_particle_name_typed_a_body_is_that_person(shared_dir):
    """DUC 2006 D0641E, article 9 (blind-speakers58): 'Now Rodrigo Abarca del Rio of the French space agency's
    Toulouse Space Center has looked ...', 'Abarca del Rio calculated ... He found ...', then '"There has also been
    a net loss in angular momentum by the solid Earth," he says.' NER types the name an organization there and a
    person in "says Abarca del Rio."; on main "he says" had no speaker."""
    said = _said(_duc06(shared_dir, "D0641E", "Abarca del Rio calculated", 0, 12))
    assert _speaker_of(said, "There has also") == "Abarca del Rio", said
    assert _speaker_of(said, "The data suggest") == "Abarca del Rio", said


def test_a_body_with_a_particle_is_no_person_unless_ner_typed_it_one():
    """(made up) "Banco del Estado" typed an organization in every mention is a body: "he" is not it."""
    text = ('Banco del Estado raised its rates on Monday.\n\n'
            '"We will build the bridge before the winter comes," he said.')
    assert _typed(text, orgs=("Banco del Estado",)) != [("We will build", "Banco del Estado")]
