"""The attribution clause read by its position, whatever its verb or its subject's head noun (issue 11, spk60;
docs/analysis-labels.md "Speakers: the attribution clause read by its position ..."). spk48's classes D (a nominal
speaker not read) and E (a speech verb not read) were fixed one word at a time; these rules read the clause's
shape instead. Real paragraphs from ../shared (skipped when it is absent) plus made-up counter-cases: a time, a
place and a thing as the clause's subject, and a quote inside its sentence's clause."""

from test_analyze_units import _article_sents
from test_quote_parse import _speakers  # noqa: F401 (the parse's model, as the analysis runs)
from test_quote_syntax import _cluster_paragraphs

_BEFORE = "Jane Roe spoke first at the rally on Monday. Then a storm hit the town. "
_QUOTE = '"We will not go away from this place, not now and not ever,"'


def test_a_clause_after_a_quote_attributes_it_whatever_its_verb(shared_dir):
    """DUC 2003 d117f, article 8: '``They are bookends,'' Cuomo agreed. ``You have a pent up need for affordable
    housing ...''' after a paragraph naming Martha Burt: Cuomo's (before spk60: "agreed" is no listed speech verb, so
    the long second quote went to Burt); DUC 2006 D0613D, article 22: '``We have about 100 Young Democrats ...,''
    Whaley sniffed.' (before: "Joining Whaley", a span of the paragraph above)."""
    text = _cluster_paragraphs(shared_dir, "duc2003_task3/test.jsonl.gz", "d117f", 8, 6, 7)
    said = _speakers(_article_sents(text, people=("Martha Burt", "Cuomo")))
    assert said[-1] == ("You", "Cuomo")
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0613D", 22, 5, 6)
    said = _speakers(_article_sents(text, people=("Whaley",)))
    assert [who for _, who in said] == ["Whaley", "Whaley"]
    # (made up) the verb before its subject, and a noun phrase whatever its head
    people = ("Jane Roe", "John Doe")
    assert _speakers(_article_sents(_BEFORE + _QUOTE + " shot back John Doe.", people=people)) == [("We", "John Doe")]
    assert _speakers(_article_sents(_BEFORE + _QUOTE + " the fire service offered on Twitter.", people=people)) == [
        ("We", "the fire service")]


def test_a_time_a_place_or_a_clause_with_a_complement_after_a_quote_names_no_speaker():
    """(made up) a time as the subject ('that night ended badly'), a place NER knows ('Springfield braced'), a
    clause whose verb takes a complement ('the room fell silent') and a quote inside its sentence's clause: none is
    read as an attribution by its position."""
    people, places = ("Jane Roe",), ("Springfield",)
    for tail in (" that night ended badly.", " the room fell silent.", " Springfield braced for the storm."):
        said = _speakers(_article_sents(_BEFORE + _QUOTE + tail, people=people, places=places))
        assert said[0][1] != tail.split()[0] and said[0][1] not in ("that night", "the room"), tail
    said = _speakers(_article_sents(_BEFORE + 'The mayor called the plan "a bad deal for the town and its people," '
                                    'the paper sniffed.', people=people))
    assert said[0][1] != "the paper"


def test_a_noun_phrase_before_a_speech_verb_speaks_whatever_its_head(shared_dir):
    """DUC 2006 D0601A, article 25: 'The sign marking the way reads, ``Trespassers will be arrested.``' (before
    spk60: no speaker, "sign" in no list); Multi-News 0034, article 5: 'The nondisclosure agreement said any further
    dispute would be resolved by binding arbitration "to the greatest extent permitted by law."' (before: "the suit",
    carried from the paragraph before). A person noun is left to the rules after it: Multi-News 0151, article 1:
    'The 67-year-old added: "I want her to sit anywhere in the bus ..."' after a sentence naming Rosa Parks stays
    Bundy's (a first version read the epithet to the person the sentence before names)."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0601A", 25, 0, 0)
    said = _speakers(_article_sents(text))
    assert said[-1] == ("Trespassers", "the sign marking the way")
    text = _cluster_paragraphs(shared_dir, "multinews_sample/validation.jsonl.gz", "0034", 5, 27, 28)
    said = _speakers(_article_sents(text, people=("Clifford", "Trump")))
    assert said[-1][1].lower() == "the nondisclosure agreement"
    text = _cluster_paragraphs(shared_dir, "multinews_sample/validation.jsonl.gz", "0151", 1, 3, 5)
    said = _speakers(_article_sents(text, people=("Bundy", "Rosa Parks", "Parks", "Martin Luther King Jr.")))
    assert said[-1] == ("I", "Bundy")


def test_a_clause_before_a_quote_attributes_it_whatever_its_verb(shared_dir):
    """DUC 2006 D0614E, article 9: 'And the crowd roared back, ``We want a country!``' after a paragraph naming
    Jessica (Vigneault): the crowd's (before spk60: no speaker; a first version read "the crowd" as an epithet of
    Jessica, named in the sentence before, and carried her on)."""
    text = _cluster_paragraphs(shared_dir, "duc2006/test.jsonl.gz", "D0614E", 9, 2, 3)
    said = _speakers(_article_sents(text, people=("Gilles Vigneault", "Jessica")))
    assert said[-1] == ("We", "the crowd")
    # (made up) the clause before a quote, whatever its verb; not a subordinate clause nor a time
    people = ("Jane Roe", "John Doe")
    said = _speakers(_article_sents(_BEFORE + 'Later, John Doe shot back, "We will not go away from this place, not '
                                    'now and not ever."', people=people))
    assert said == [("We", "John Doe")]
    said = _speakers(_article_sents(_BEFORE + 'After the game ended, "We all went home and cried for a long time '
                                    'that night."', people=people))
    assert said[0][1] != "the game"
    said = _speakers(_article_sents(_BEFORE + 'The next morning dawned, "We all went home and cried for a long time '
                                    'that night."', people=people))
    assert said[0][1] != "the next morning"


def test_a_plural_noun_phrase_is_a_group_never_one_person_named_before(shared_dir):
    """DUC 2006 D0619A: once "The 12 groups said ..." is read (this file's clause rules), '"...," the groups told
    Bush' went to Bush, the person the sentence before names (the epithet rule's "just named" reading): a plural
    is a group, not one person."""
    from test_quote_syntax import _duc2006

    text = _duc2006(shared_dir, "D0619A", 20, 10, 11)
    said = dict(_speakers(_article_sents(text, people=("Bush",))))
    assert said["the"] == "the 12 groups" and said["Homosexual"] == "the groups"
