"""A state's abbreviation between commas is no relative's name (issue 11, spk113; docs/analysis-labels.md "Speakers:
a state's abbreviation is never a relative's one-word name"): spk107's rule reads a one-word name NER typed a place,
set off by commas next to "my/our/his/her/their/your" and up to three words, as a person; "in her Overland Park,
Kan., office" read "Kan." so. A US state's AP abbreviation written with its dot, initials with dots, or a word right
after a place and a comma is a place. The real paragraph needs ../shared and the spaCy model (the tests skip without
them); the made-up cases guard against over-reach."""

import dataclasses

from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)
from test_speaker_names107 import _duc06, _made_up, _said, _speaker_of


def test_a_states_abbreviation_after_a_town_is_no_relatives_name(shared_dir):
    """DUC 2006 D0648C, article 20 (blind-speakers10): 'Lark Mason, a social worker who counsels patients in her
    Overland Park, Kan., office, say that ...' then '"Part of what I do ...," she says.' With spk107's rule alone the
    three quotes after it went to "Kan" (and three later ones of Mason's to Lora Manny)."""
    said = _said(_duc06(shared_dir, "D0648C", "Merriam, Kan.", 0, 21))
    assert "Kan" not in [s for _, s in said] and "Kan." not in [s for _, s in said], said
    assert _speaker_of(said, "Part of what") == "Lark Mason", said
    assert _speaker_of(said, "I think if") == "Lark Mason", said


@dataclasses.dataclass
class _Entity:
    """A merged entity as the view's (a dataclass: the quote rules retype one with ``dataclasses.replace``)."""

    id: str
    name: str
    label: str
    mentions: list
    variants: list


def _typed(text: str, orgs=(), places=()) -> list[tuple[str, str | None]]:
    """Each quote's first words and speaker, with NER's types given (``orgs``, ``places``), the parse used."""
    from test_analyze_units import _article_sents
    from newsbrief.analyze.quotes import extract

    sents = _article_sents(text, orgs=orgs, places=places)
    entities = {}
    for s in sents:
        for m in s.mentions:
            m.entity = entities.setdefault(m.entity.id, _Entity(**vars(m.entity)))
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in extract(sents, MODEL)]


def _nurse(town: str, state: str) -> str:
    return (f"Sue Poe, a nurse who works in her {town}, {state}, office, says the ward is full.\n\n"
            '"We have had no spare bed since the spring," she says.')


def test_a_states_abbreviation_or_a_region_after_a_town_never_speaks():
    """(made up) D0648C's shape with its types given (the speaker typed an organization): a state's abbreviation
    with its dot or dotted initials, the town untyped ("in her Tulsa, Okla., office", "Albany, N.Y."), and a
    province's abbreviation that is in no list right after a place-typed town ("Hamilton, Ont.") name no relative,
    so "she" is still the nurse."""
    for town, state, places in (("Tulsa", "Okla.", ("Okla.",)), ("Albany", "N.Y.", ("N.Y.",)),
                                ("Hamilton", "Ont.", ("Hamilton", "Ont."))):
        said = _typed(_nurse(town, state), orgs=("Sue Poe",), places=places)
        assert said == [("We have had", "Sue Poe")], (state, said)


def test_a_relatives_one_word_name_still_speaks_beside_the_guard():
    """(made up) The guard reads only a dotted abbreviation or a word right after a place and a comma: a relative's
    one-word name NER typed a place still speaks, one spelled like a state's abbreviation but without the dot
    ("Del", Delaware's "Del.") too."""
    for name in ("Karim", "Del"):
        text = f'"We will build the bridge before the winter comes," her brother, {name}, said.'
        assert _typed(text, places=(name,)) == [("We will build", name)], name
