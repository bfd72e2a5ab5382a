"""Held-out classes of the third draw (issue 11, spk138; docs/analysis-labels.md "Speakers: held-out classes of the
third draw"). Blind-speakers84-86's classes, in made-up texts of their shapes (entities given, no spaCy), each
failing on main 03de03e but two counter-cases (the last one titled when no holder spoke before; "wrote one
reviewer." unmarked):

- 84 A: a place-modified party epithet ('"...," the Ohio Republican told reporters') is the person speaking in the
  sentence before, never the subject of a speech verb inside the quote's own words;
- 84 B: "the Ohio senator said" with two senators named is the one speaking in the sentence before, not the last
  one titled;
- 84 C: a role word opening a body's name ("a statement by the Republican National Committee") is no nominal head;
- 85 A: "Students at the X University have said ... and pledged to" is the students, not the university;
- 85 B/C: '"...," reads one of the song's ratings' and '"...," wrote one "reviewer."': an indefinite phrase after an
  inverted verb speaks, whatever its noun, in scare marks or not;
- 86 B: "he" never refers to a body after "into" ("walked into the White Castle");
- 86 C: 'The preschool offered an explanation ..., saying "..."': the description the participle's clause opens on."""

import pytest

from test_analyze_units import _article_sents, _speakers


def _said(text, **names):
    return _speakers(_article_sents(text, **names))


def test_a_party_epithet_is_the_person_speaking_before_not_a_name_said_inside_the_quote():
    """(made up, blind-speakers84 class A) main: "the Ohio Republican", the walk stopping at "Gen. Roe said" inside
    the quote."""
    text = ('Sen. John Doe also said he wants an investigation into the calls.\n\n"I think Congress needs to be '
            'informed of what Gen. Roe said to the ambassador about the sanctions," the Ohio Republican told '
            'reporters on Monday.\n\n"And I want to know, did he do this by himself?"')
    assert _said(text, people=("John Doe", "Gen. Roe")) == [("I", "John Doe"), ("And", "John Doe")]


_SENATORS = ('Sen. John Doe was asked about the calls on Monday.\n\nSen. Mary Poe said the issue must be resolved '
             'soon. "We need answers about this whole affair right now," Mary Poe said.\n\nJohn Doe said that he had '
             'not been briefed on the transcripts, but expects the issue to come up. "I think there is an orderly '
             'process for looking into this," the Ohio senator said.')


@pytest.mark.parametrize("name", ["John Doe", "Doe"])
def test_a_role_epithet_with_two_holders_is_the_one_speaking_in_the_sentence_before(name):
    """(made up, blind-speakers84 class B) main: Mary Poe, the last one titled "Sen."; also when the surname alone
    speaks there, NER leaving it unlinked."""
    text = _SENATORS.replace("John Doe said that", name + " said that")
    assert _said(text, people=("John Doe", "Mary Poe")) == [("We", "Mary Poe"), ("I", "John Doe")]


def test_a_role_epithet_with_two_holders_and_no_speaker_before_is_the_last_one_titled():
    text = _SENATORS.replace("John Doe said that he had not been briefed on the transcripts, but expects the issue "
                             "to come up.", "The transcripts were not released.")
    assert _said(text, people=("John Doe", "Mary Poe")) == [("We", "Mary Poe"), ("I", "Mary Poe")]


@pytest.mark.parametrize("text", [
    'On Monday, a statement by the Republican National Committee said: "Jane Roe, who was recently named a deputy '
    'press secretary, will not be joining us."',
    '"Jane Roe, who was recently named a deputy press secretary, will not be joining us," a statement from the '
    'Republican National Committee said.'])
def test_a_role_word_opening_a_bodys_name_is_no_nominal_head(text):
    """(made up, blind-speakers84 class C) main: "a statement by the Republican"."""
    said = _said("The campaign hired her last week. " + text, orgs=("Republican National Committee",),
                 people=("Jane Roe",))
    assert said == [("Jane", "Republican National Committee")]


@pytest.mark.parametrize("clause", ["have said they will continue protesting against the general and pledged to",
                                    "said they would"])
def test_a_plural_group_at_a_body_speaks_not_the_body(clause):
    """(made up, blind-speakers85 class A) main: "State University of Ohio"."""
    text = (f'Students at the State University of Ohio {clause} "make his time in the city a living hell" after a '
            'video emerged.')
    assert _said(text, orgs=("State University of Ohio",)) == [("make", "Students at the State University of Ohio")]


@pytest.mark.parametrize("after, speaker", [
    ("reads one of the song's nearly 200 ratings.", "one of the song's nearly 200 ratings"),
    ("reads one rating.", "one rating"),
    ('wrote one "reviewer."', "one reviewer"),
    ("wrote one reviewer.", "one reviewer")])
def test_an_indefinite_phrase_after_an_inverted_verb_speaks(after, speaker):
    """(made up, blind-speakers85 classes B and C) main: no speaker, or the song's creator carried on."""
    text = ('The song\'s creator, John Doe, confirmed on his page that the song was his. "His debut is an objective '
            f'masterpiece, an absolute tour de force and a joy," {after}')
    assert _said(text, people=("John Doe",)) == [("His", speaker)]


def test_an_indefinite_phrase_after_an_inverted_verb_speaks_in_sentences_run_together():
    """(made up, blind-speakers85 class C: the page runs its sentences together, so the phrase ends no sentence)"""
    text = ('It costs 99 cents.The song\'s creator, John Doe, confirmed on his page that the song was his.While many '
            'are grateful, others are having fun."His debut is an objective masterpiece, an absolute tour de force '
            'and a joy," wrote one "reviewer."The song, which was released last week, is on the chart.')
    assert _said(text, people=("John Doe",)) == [("His", "one reviewer")]


def test_an_inverted_verb_then_a_time_is_no_speaker():
    from newsbrief.analyze._inverted_indefinite import inverted_indefinite

    text = '"We will be back," she said one day.'
    assert inverted_indefinite(text, text.index(" one"), len(text)) is None
    text = '"We will be back," wrote one "reviewer."'
    assert inverted_indefinite(text, text.index(" one"), len(text)) == ("one reviewer", text.index("one"))


def test_he_is_never_a_body_after_into():
    """(made up, blind-speakers86 class B) NER's span "the White Castle" opens under 40 characters into its sentence;
    main: "White Castle"."""
    from newsbrief.analyze._doc import Mention

    text = ('A devoted White Castle fan is steaming mad at the fast-food chain, which he says broke promises to make '
            'the booths bigger.\n\nAll stockbroker John Doe wants is a place at the table. But when the 64-year-old '
            'walked into the White Castle in Nanuet back in April for his usual meal, he got an unpleasant surprise.'
            '\n\n"They are stationary booths," he told The Post. "I am not humongous, but I am a big guy. I could not '
            'wedge myself in."')
    sents = _article_sents(text, people=("John Doe",), orgs=("White Castle", "The Post"))
    for s in sents:
        for i, m in enumerate(s.mentions):
            if m.text == "White Castle" and s.text[m.start - 4 : m.start] == "the ":
                s.mentions[i] = Mention(s, m.start - 4, m.end, "the White Castle", m.label, m.entity)
    assert _speakers(sents) == [("They", "John Doe"), ("I", "John Doe")]


@pytest.mark.parametrize("subject", ["The preschool", "The hospital"])
def test_a_participle_after_a_described_body_is_the_bodys(subject):
    """(made up, blind-speakers86 class C) main: Jane Doe, carried on."""
    text = ('"I think it is ridiculous and the children are only four years old," said Jane Doe.\n\n'
            f'{subject} offered an explanation to the parents, saying "the term can lead other children to feel '
            'excluded from the group."')
    assert _said(text, people=("Jane Doe",)) == [("I", "Jane Doe"), ("the", subject)]


def test_a_participle_after_a_described_body_is_the_body_the_text_named_so():
    text = ('The Maple Street Preschool sent a letter home on Friday.\n\n"I think it is ridiculous and the children '
            'are only four years old," said Jane Doe.\n\nThe preschool offered an explanation to the parents, saying '
            '"the term can lead other children to feel excluded from the group."')
    said = _said(text, people=("Jane Doe",), orgs=("Maple Street Preschool",))
    assert said == [("I", "Jane Doe"), ("the", "Maple Street Preschool")]
