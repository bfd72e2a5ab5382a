"""'he'/'she' resolved to the wrong person (issue 11, spk129; docs/analysis-labels.md, the blind-speakers73 and 74
class C errors): a title epithet that carries a person for several sentences ("the speaker") skipped for the last
named person; a possessive subject ("X's answer was ...") skipped for a name later in its sentence; an unnamed
nominal subject ("One conservative leader said that ...") given up for a name inside its clause; a bare surname
shared by two relatives given to the one the text calls dead. Made-up texts (DUC 2004 is not in CI), each failing
on main 065d7e6."""

import pytest

from test_analyze_units import _article_sents, _speakers

from newsbrief.config import Settings

_CLINTON = ("The anger grew when the speaker approved an advertising campaign that turned the vote into a "
            "referendum on Roe, who has never been as popular with the public as Bill Clinton has been. ")
_SPEAKER = ("As if only slowly absorbing the loss, the speaker seemed unable at a news conference to pinpoint why the "
            "party lost five seats. As late as Tuesday afternoon, he was predicting a gain of ten seats. ``Until we "
            "look at it better, I frankly don't understand all the things that happened,'' he said.")


def _one_entity(sents, name, *texts):
    """Make every mention whose text is one of ``texts`` a mention of the entity called ``name`` (what the
    cluster's entity merge does for "Roe" and "John Roe", across articles too)."""
    ent = next(m.entity for s in sents for m in s.mentions if m.entity is not None and m.entity.name == name)
    for s in sents:
        for m in s.mentions:
            if m.text in texts and m.entity is not ent:
                m.entity = ent
                ent.mentions.append(m)
    return ent


def test_he_after_the_speaker_is_the_person_the_article_titles_speaker():
    sents = _article_sents("Speaker John Roe met his party on Tuesday. " + _CLINTON + _SPEAKER,
                           people=("John Roe", "Roe", "Bill Clinton"))
    _one_entity(sents, "John Roe", "Roe")
    assert _speakers(sents)[-1] == ("Until", "John Roe")


def test_he_after_the_speaker_is_the_person_another_article_titles_speaker():
    first = _article_sents("House Speaker John Roe met his party on Tuesday.", n=1, people=("John Roe",))
    second = _article_sents(_CLINTON + _SPEAKER, n=2, people=("Roe", "Bill Clinton"))
    ent = first[0].mentions[0].entity
    for s in second:
        for m in s.mentions:
            if m.text == "Roe":
                m.entity = ent
                ent.mentions.append(m)
    assert _speakers(first + second)[-1] == ("Until", "John Roe")


def test_the_speaker_held_by_no_one_named_leaves_he_to_the_old_rules():
    # no one is titled speaker, so the description names no one: "he" stays what main reads
    sents = _article_sents(_CLINTON + _SPEAKER, people=("Roe", "Bill Clinton"))
    assert _speakers(sents)[-1] == ("Until", "Bill Clinton")


_ANSWER = ("Frederick Doe testified for the government. John Roe questioned the witness. ``Surely this combination,'' "
           "he asked, ``tells you something about the nature of competition?'' Doe's {noun} was probably not the "
           "one Roe had been after. ``To the extent that this merger is the result of those contracts,'' he said, "
           "``it is unfortunate to see a firm like this disappear.''")


def test_he_after_a_possessive_answer_is_its_owner_not_the_asker_named_after():
    # "Doe's" typed ORG, as NER typed "Warren-Boulton's" (DUC 2004 d30026t 6): the article's Frederick Doe answers
    sents = _article_sents(_ANSWER.format(noun="answer"), people=("Frederick Doe", "John Roe", "Roe"),
                           orgs=("Doe's",))
    _one_entity(sents, "John Roe", "Roe")
    assert _speakers(sents)[-2:] == [("To", "Frederick Doe"), ("it", "Frederick Doe")]


def test_a_possessed_person_or_thing_is_not_its_owner():
    # "Doe's lawyer" / "Doe's car": someone or something else, so the possessive rule leaves "he" alone
    for noun in ("lawyer", "car"):
        sents = _article_sents(_ANSWER.format(noun=noun), people=("Frederick Doe", "John Roe", "Roe"),
                               orgs=("Doe's",))
        _one_entity(sents, "John Roe", "Roe")
        assert _speakers(sents)[-1][1] != "Frederick Doe"


_EREKAT = ("Among those in attendance on this day was Saeb Erekat, the chief peace negotiator. The dead youth, Nasr "
           "Erekat, was a cousin of his. Erekat stayed for a time, sitting amid clan elders, then slipped away for a "
           "meeting. ``It's been very difficult,'' he said later. ``I have a great sense of sorrow and sadness, a "
           "feeling of such loss.'' The scene at the Erekat home drives home a central truth.")


def _erekat(text):
    """The paragraph's sentences, the later bare "Erekat" (of "the Erekat home") a mention of the cousin, as the
    cluster's entities gave it on DUC 2004 d30053t."""
    from newsbrief.analyze._doc import Mention

    sents = _article_sents(text, people=("Saeb Erekat", "Nasr Erekat"))
    nasr = next(m.entity for s in sents for m in s.mentions if m.entity.name == "Nasr Erekat")
    s = next(s for s in sents if "Erekat home" in s.text)
    at = s.text.index("Erekat home")
    m = Mention(s, at, at + len("Erekat"), "Erekat", "PERSON", nasr)
    s.mentions.append(m)
    nasr.mentions.append(m)
    return sents


def test_a_bare_surname_of_two_relatives_is_the_one_not_called_dead():
    assert _speakers(_erekat(_EREKAT)) == [("It's", "Saeb Erekat"), ("I", "Saeb Erekat")]


def test_a_bare_surname_of_two_living_relatives_keeps_main_reading():
    sents = _erekat(_EREKAT.replace("The dead youth", "The young man"))
    assert _speakers(sents)[-1][1] == "Nasr Erekat"  # no one called dead: the name's mention, as on main


MODEL = Settings().analysis.model


@pytest.mark.slow  # loads spaCy's tagger and parser
def test_he_after_an_unnamed_leader_is_the_leader_not_the_name_in_his_clause():
    # DUC 2004 d30024t 8's paragraph: the parse, asked when "he" resolved to no entity, gave Livingston
    from newsbrief.analyze import _ner
    from newsbrief.analyze.quotes import extract
    from newsbrief.errors import MissingExtraError

    try:
        _ner.load_parser(MODEL)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    sents = _article_sents(
        "The energy that many vented publicly on Wednesday as anger toward Gingrich seemed devoted on Thursday to "
        "intense internal political calculations about whether Livingston could succeed in toppling Gingrich and "
        "whether he should succeed. While many support him as a veteran who understands the House and has shown "
        "shrewd political skills in managing the massive federal budget, others are reviving images of the Louisianan "
        "as a hot-head who gave the party a bad name during the government shutdown two years ago. One conservative "
        "leader said that he and his allies had reservations about Livingston because he was ``obsessed'' about "
        "trying to keep social issues out of the budget process. The budget, he said, ``has been a vehicle for "
        "conservatives over the years to add restrictions on federal money for abortion and other things you can't "
        "get through the Senate or past a presidential veto.''", people=("Livingston", "Gingrich"))
    said = {q.text.split()[0]: q.speaker for q in extract(sents, MODEL)}
    assert said["has"] == "One conservative leader"


def test_he_after_a_sentence_naming_one_person_by_a_surname_ner_missed_is_that_person():
    # Multi-News 0020: "Plant" untyped; the quote runs over two sentences before "he laughs"
    sents = _article_sents("Guitarist Jimmy Page and singer Robert Plant remastered the albums. ``It's undeniable that "
                           "we're good,'' Page adds. But the inevitable passage of time has given Plant, who is now 65, "
                           "a different perspective. ``My enthusiasm sometimes got in the way of finesse. I listen to "
                           "it and go, wow, why didn't I shut up a bit?'' he laughs.",
                           people=("Jimmy Page", "Robert Plant", "Page"))
    _one_entity(sents, "Jimmy Page", "Page")
    assert _speakers(sents)[-1] == ("My", "Robert Plant")


def test_she_after_a_sentence_whose_subject_is_an_untyped_surname_before_is_is_that_person():
    # Multi-News 0146: 'Pelosi is facing pressure ...' ("Pelosi" untyped), then 'she implored Ryan ... to "..."'
    sents = _article_sents("House Minority Leader Nancy Pelosi opposed the deal. ``There's substantial support within "
                           "our caucus,'' said Rep. Hal Rogers. Pelosi is facing pressure from some rank-and-file "
                           "members to reject the agreement. After surveying her caucus, she implored Ryan on the House "
                           "floor to ``Let Congress work its will. What are you afraid of?''",
                           people=("Nancy Pelosi", "Hal Rogers", "Ryan"))
    assert _speakers(sents)[-1] == ("Let", "Nancy Pelosi")


def test_a_word_of_a_longer_name_is_no_missed_surname():
    # DUC 2006 D0643G: "La Nina" typed a person ("Will La Nina" from the quote); "If La Nina dissipates ..." names
    # no one, so the "he" after it is Patzert, who spoke before
    from newsbrief.analyze._doc import Mention

    sents = _article_sents("Despite predictions that La Nina would bring a dry winter, the phenomenon is losing "
                           "strength. The pool of cold water has shrunk, said Bill Patzert, a researcher. If La Nina "
                           "dissipates before it hits Los Angeles, the area could face a wet winter. ``It's really a "
                           "question at this point: Will La Nina wane as El Nino lingers?'' he said.",
                           people=("Bill Patzert", "Will La Nina"))
    nina = next(m.entity for s in sents for m in s.mentions if m.entity.name == "Will La Nina")
    m = Mention(sents[0], sents[0].text.index("La Nina"), sents[0].text.index("La Nina") + 7, "La Nina", "PERSON", nina)
    sents[0].mentions.insert(0, m)
    nina.mentions.append(m)
    assert _speakers(sents)[-1] == ("It's", "Bill Patzert")
