"""Speech verbs from a published lexicon, read by lemma (issue 11, spk84; docs/analysis-labels.md "Speech verbs
from VerbNet's verbs of communication, read by lemma"): ``_cues.SPEECH_VERBS`` is generated from the lemmas of
VerbNet 3.4's class-37 verbs of communication whose frames take a quote or a clause (less the members listed as no
attribution in news) and a news supplement; a parsed verb is read by its lemma; every past form after "be" is a
passive naming no speaker. The made-up cases need no data; the parsed ones skip without the spaCy model."""

import pytest

from test_analyze_units import _article_sents

from newsbrief.analyze import _speech_lexicon as lex
from newsbrief.analyze._cues import SPEECH_VERBS


def test_the_lexicons_members_are_read_in_their_past_forms():
    """(made up) Verbs of VerbNet's say-37.7, manner_speaking-37.3, complain-37.8 and confess-37.10 the list grown
    one form at a time never held."""
    for form in ("whispered", "mumbled", "retorted", "disclosed", "divulged", "mentioned", "asserted",
                 "bragged", "grumbled", "confessed", "admitted", "replied", "cried", "reiterated", "blurted"):
        assert form in SPEECH_VERBS, form


def test_every_form_of_the_grown_list_is_still_read():
    """(made up) A sample of forms the labelled quotes added one at a time, each now from a lemma or the news
    supplement (the whole old list was checked when the lexicon replaced it: none is lost)."""
    for form in ("said", "told", "quipped", "vented", "chimed in", "wanted to know", "according", "put it",
                 "careful to note", "preached", "summarised", "sang", "tweeted", "posted", "reads", "implored",
                 "characterises", "alleges", "maintained", "saying", "declare"):
        assert form in SPEECH_VERBS, form


def test_members_whose_frame_is_no_attribution_in_news_are_left_out():
    """(made up) Instruments of a message ("signed", "wired"), "go" / "be like", someone else's words as the object
    ("recited", "dictated"), a topic as the object ("discussed", "showed"), a thing's sound ("boomed", "roared")."""
    for form in ("signed", "signals", "wired", "broadcast", "went", "recited", "dictated", "relayed", "discussed",
                 "showed", "outlined", "boomed", "roared", "rumbled", "snapped", "raged", "was like"):
        assert form not in SPEECH_VERBS, form
    assert not lex.NOT_ATTRIBUTING & lex.SPEECH_LEMMAS - lex.NEWS_LEMMAS


def test_presents_and_participles_the_list_did_not_prove_are_not_read_in_text():
    """(made up) "the claims", "a warning", "the alleged ...", "broke their promises", "the remarks": a noun or an
    adjective in text; the parse reads the base form and the participles as verbs by the lemma table."""
    for form in ("claim", "note", "report", "state", "warning", "noting", "alleged", "whispering", "whispers",
                 "promises", "remarks", "boasts", "suggests"):
        assert form not in SPEECH_VERBS, form
    assert lex.FORM_LEMMAS["state"] == "state" and lex.FORM_LEMMAS["written"] == "write"
    assert lex.FORM_LEMMAS["bragging"] == "brag" and lex.FORM_LEMMAS["arguing"] == "argue"


def test_past_forms_after_be_are_passives_and_said_told_quoted_keep_their_own_readings():
    assert {"reminded", "informed", "warned", "posted", "called", "read"} <= lex.PASSIVE_FORMS
    assert not {"said", "told", "quoted"} & lex.PASSIVE_FORMS


def _surface_speakers(text, people=()):
    from newsbrief.analyze.quotes import extract

    return [(q.text.split()[0], q.speaker) for q in extract(_article_sents(text, people=people), None)]


def test_a_passive_of_a_lexicon_verb_names_no_speaker_by_the_surface_rules():
    """(made up) 'X was reminded that "..."': the words are said to X; before spk84 only nine passive forms were
    listed ("posted", "called", "asked" ...), so a new verb's passive would make its subject the speaker."""
    said = _surface_speakers('"The plant will close by the end of the year and nobody will be rehired," John Doe '
                             "was reminded.", people=("John Doe",))
    assert said == [("The", None)]


@pytest.fixture(scope="module")
def _parser():
    from newsbrief.analyze import _ner
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        _ner.load_parser(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    return model


def _token(model, text, word):
    from newsbrief.analyze import _ner

    return next(t for t in _ner.parse(text, model) if t.lower_ == word)


@pytest.mark.slow
def test_a_parsed_verb_is_read_by_its_lemma_in_the_active_voice_only(_parser):
    """(made up) The base form and a participle the text forms leave out are speech verbs when the parse tags
    them verbs; a present the text forms leave out, a passive and a verb of another class are not."""
    from newsbrief.analyze.quotes import _is_speech_verb

    assert _is_speech_verb(_token(_parser, "A teenager might wonder whether she should ever marry.", "wonder"))
    assert _is_speech_verb(_token(_parser, "The residents are whispering that the mayor will resign.",
                                  "whispering"))
    assert _is_speech_verb(_token(_parser, "The mayor has always insisted that the plant will stay open.",
                                  "insisted"))
    # a present the text forms leave out is no speech verb by its lemma either ("advises", a plural noun's shape)
    assert not _is_speech_verb(_token(_parser, "Her father gives lessons, her old professor advises, and others "
                                               "teach.", "advises"))
    assert not _is_speech_verb(_token(_parser, "The letter was written in prison by the former mayor.",
                                      "written"))
    assert not _is_speech_verb(_token(_parser, "John Doe heard the crowd chant that the mayor must go.", "heard"))
    assert not _is_speech_verb(_token(_parser, "Jane Roe discussed the plan with the council on Monday.",
                                      "discussed"))
