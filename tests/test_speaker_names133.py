"""Speakers stop 57 (issue 11, spk133; docs/analysis-labels.md "Speakers: "they" after two people named, a one-word
name typed a body, and two curly singles closing a quote"): a one-word name NER typed an organization that the text
says is a person (a kin word in apposition, "she"/"he" after it as a subject) is read as a person; "they" after a
sentence whose subject is two people joined by "and" is those two; "’’" closing a double quotation closes it. The
real paragraphs need ../shared and the spaCy model (skipped without them); the made-up counter-cases guard against
over-reach."""

from test_quote_parse import MODEL, _parser  # noqa: F401 (the autouse fixture skips without the model)
from test_speaker_names107 import _duc06, _made_up, _said, _speaker_of


def _said_typed(row: dict, name: str, label: str) -> list[tuple[str, str | None]]:
    """As :func:`_said`, with every entity named ``name`` typed ``label`` first: the small model's mistype of a lone
    given name ("Rosana" -> ORG, blind-speakers79), made the same whatever the model installed types it."""
    from conftest import view_sents
    from newsbrief.analyze.quotes import extract

    sents = view_sents(row)
    for s in sents:
        for m in s.mentions:
            if m.entity is not None and m.entity.name == name:
                m.entity.label = m.label = label
    return [(" ".join(q.text.split()[:3]), q.speaker) for q in extract(sents, MODEL)]


_SCENE = ('Ron, over the phone, refuses to predict the hour. "In all this time, I have always been blown away by the '
          'evidence pointing to the day," he says.\n\nRosana, Jeff\'s wife, comes home a little after six.\n\n'
          'Jeff buries his head in his Bible. Rosana gives me a helpless look, and she and I go into another room to '
          'chat. "I don\'t know what happened to him," she whispers to me. "He used to be normal. Now all he can '
          'talk about is the Bible and this stuff."')


def test_a_lone_name_typed_a_body_that_the_text_calls_a_wife_is_she():
    """blind-speakers79's shape (mnt0020 4, made up here): "Rosana" typed ORG; "Rosana, Jeff's wife," and
    "Rosana gives me a helpless look, and she and I go" say she is a person, so her whispered lines are hers. On
    main they went to Ron, the man quoted last."""
    said = _said_typed(_made_up(_SCENE), "Rosana", "ORG")
    assert _speaker_of(said, "He used to") == "Rosana", said


def test_a_lone_name_of_a_body_with_no_such_shape_stays_a_body():
    """(made up) A one-word body that speaks, no kin word after it and no "she" after it as a subject, is not read
    as a person: "she" later is the woman named before it."""
    from conftest import view_sents
    from newsbrief.analyze._lone_name_person import people_typed_bodies

    text = ('Mary Poe, a lawyer for the families, spoke first. Seacom said on Monday that the cable had been cut '
            'near the coast. "We are working to restore the service as soon as we can," she said.')
    sents = view_sents(_made_up(text))
    for s in sents:
        for m in s.mentions:
            if m.entity is not None and m.entity.name == "Seacom":
                m.entity.label = m.label = "ORG"
    out = people_typed_bodies(sents)
    assert all(m.entity.label != "PERSON" for s in out for m in s.mentions
               if m.entity is not None and m.entity.name == "Seacom")


def test_they_after_two_people_who_said_is_the_two(shared_dir):
    """DUC 2006 D0627I: 'Harvey L. Cripps and Toshie T. Cripps said "..."' then '"The mass media ...," they said.',
    and 'Donna Taylor and Belinda Durham at Catholic Charities said in their fax that "..."' then '"One person's
    report ...," they said.' On main both were listed with no speaker."""
    said = _said(_duc06(shared_dir, "D0627I", "Harvey L. Cripps and Toshie T. Cripps said"))
    assert _speaker_of(said, "The mass media") == "Harvey L. Cripps and Toshie T. Cripps", said
    said = _said(_duc06(shared_dir, "D0627I", "Donna Taylor and Belinda Durham"))
    assert _speaker_of(said, "One person's report,") == "Donna Taylor and Belinda Durham", said


def test_they_after_two_places_is_not_the_places():
    """(made up) Two places joined by "and" as a subject are no pair of speakers for "they"."""
    said = _said(_made_up('France and Germany said on Monday that the talks would go on. "We will not give up on '
                          'the agreement now," they said.'))
    assert _speaker_of(said, "We will not") != "France and Germany", said


def test_two_curly_singles_close_an_open_double_quotation():
    """blind-speakers78 (mnt0015 2, the Boston Globe's typography): '"... chemical weapons,’’ said Shin In-kyun'
    closes the quote; two curly singles with no double quotation open are left."""
    from newsbrief.clean import doubled_curly_closings

    assert doubled_curly_closings('"Gas masks are weaponry,’’ said Shin.') == '"Gas masks are weaponry," said Shin.'
    assert doubled_curly_closings("of “Evil Dead’’ all the way") == "of “Evil Dead” all the way"
    assert doubled_curly_closings("the ‘Evil’’ of it") == "the ‘Evil’’ of it"
    assert doubled_curly_closings("“Done,” he said’’ and") == "“Done,” he said’’ and"


def test_a_quote_closed_by_two_curly_singles_is_attributed():
    """(made up, mnt0015's shape) The quote closed by ’’ is listed with the name after it, not run on into the
    next quote."""
    said = _said(_made_up('"Gas masks and protective gear are considered weaponry because they are used for '
                          'chemical weapons,’’ said Shin In-kyun, a South Korean military expert. Another expert '
                          'disagreed. "There is a long-term relationship between the two countries on weapons," '
                          'said Park Syung-je.'))
    assert (_speaker_of(said, "Gas masks and") or "").startswith("Shin"), said
