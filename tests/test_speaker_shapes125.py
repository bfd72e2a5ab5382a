"""Four speaker shapes of blind-speakers69 (issue 11, spk125; docs/analysis-labels.md "Speakers: blind-speakers69's
shapes"): "he" after a sentence whose thing subject left a person in a state ('Watson's miss ... left Roberto
Martinez understandably disconsolate. "...," he said'); an unsigned pull quote with no closing punctuation (the Verge
review's display line after 'Samsung claims ...'); an "as"-clause after a quote ('"..." – as their defender Alan Tate
remembered'); a main-clause subject written with a dotless honorific NER left untagged ('Mr Millichip acknowledged
... and that Uefa ... would have imposed it anyway. "...," he said'). The real paragraphs (WikiRef220) need
../shared; the parse is en_core_web_sm's, as the analysis runs (the tests skip without it)."""

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)
from test_speaker_reference118 import _lines_of


def test_he_is_the_person_a_things_subject_left_in_a_state(shared_dir):
    """Premier League, article 6 of blind-speakers69 (main: Ben Watson, the possessor of "Watson's miss", for both
    quotes)."""
    text = _lines_of(shared_dir, "premier.league.92", "When you miss the penalty", 1)
    said = _speakers(_article_sents(text, people=("Michel Vorm", "Ben Watson", "Watson", "Jordi Gomez", "Victor Moses",
                                                  "Roberto Martinez")))
    assert said == [("When", "Roberto Martinez"), ("If", "Roberto Martinez")]


def test_caused_state_reads_a_thing_subject_and_a_state_after_the_person():
    """(made up) :func:`caused_state_person`: a person subject or a person noun head is no thing; "left X to ..." is
    no state; a possessive or a determiner opens the subject."""
    from newsbrief.analyze._caused_state import caused_state_person

    text = 'Smith\'s late goal left Jane Roe visibly upset.\n\n"We should have held on to the lead today," she said.'
    sents = _article_sents(text, people=("Smith", "Jane Roe"))
    assert caused_state_person(sents[0].text, sents[0].mentions).entity.name == "Jane Roe"
    assert _speakers(sents) == [("We", "Jane Roe")]
    for text in ("The coach left Jane Roe visibly upset.", "Smith left Jane Roe visibly upset.",
                 "The defeat left Jane Roe to pick up the pieces."):
        s = _article_sents(text, people=("Smith", "Jane Roe"))[0]
        assert caused_state_person(s.text, s.mentions) is None, text


def test_an_unpunctuated_pull_quote_takes_no_carried_speaker(shared_dir):
    """Samsung Galaxy S5, article 35 (the Verge review) of blind-speakers69: the camera paragraph ('Samsung tells me
    ...', 'Samsung claims ...') then the display line '"The GS5 can take very good pictures, but it doesn't always
    deliver"' (main: Samsung)."""
    text = _lines_of(shared_dir, "samsung.galaxy.s5.7", "The GS5 can take very good pictures", 3)
    said = dict(_speakers(_article_sents(text, orgs=("Samsung",))))
    assert said["The"] is None


def test_the_pull_quote_layout():
    """(made up) :func:`unpunctuated_pull_quote`: a quote ending its sentence, one sharing its line, or one a colon
    introduces is no pull quote."""
    from newsbrief.analyze._pull_quote import unpunctuated_pull_quote

    def pulled(body):
        qs = body.index('"')
        return unpunctuated_pull_quote(body, qs, body.index('"', qs + 1) + 1)

    assert pulled('The camera is good.\n"The phone can take very good pictures but not always"\n\nLow light.')
    assert not pulled('The camera is good.\n"The phone can take very good pictures but not always."\n\nLow light.')
    assert not pulled('He said:\n"The phone can take very good pictures but not always"\n\nLow light.')
    assert not pulled('The camera is good. "The phone can take very good pictures but not always"\n\nLow light.')


def test_an_as_clause_after_the_quote_names_its_speaker(shared_dir):
    """Premier League, article 6 of blind-speakers69: 'Martinez, the man who took over a shambolic ... Swansea
    whose routine was "to train and then go over to Tesco for an all-day breakfast" – as their defender Alan Tate
    remembered his arrival ...' (main: Swansea, which NER typed a person, by the parse)."""
    text = _lines_of(shared_dir, "premier.league.92", "as their defender Alan Tate", 1)
    said = dict(_speakers(_article_sents(text, people=("Martinez", "Alan Tate", "Swansea"))))
    assert said["to"] == "Alan Tate"
    from newsbrief.analyze._as_clause import as_clause_speaker

    body = '"We will win the league this season," as he said, and "...'
    assert as_clause_speaker(body, body.index('"', 1), len(body)) is None  # a pronoun: the old rules read it


def test_he_after_a_dotless_honorific_subject_is_that_person(shared_dir):
    """Premier League, article 5 of blind-speakers69: 'Mr Millichip acknowledged the ban was a pre-emptive move and
    that Uefa (...) would have imposed it anyway.' then '"It was very important ...," he said' (NER left "Mr
    Millichip" untagged and typed Uefa a person; main: Uefa)."""
    text = _lines_of(shared_dir, "premier.league.9", "It was very important that the FA", 4)
    said = dict(_speakers(_article_sents(text, people=("Bert Millichip", "Ted Croker", "Uefa"))))
    assert said["It"] == "Bert Millichip"
    from newsbrief.analyze._titled_surname import titled_surname

    assert titled_surname("Mr Millichip") == "Millichip" and titled_surname("Millichip") is None


def test_a_quote_left_open_is_no_pull_quote():
    """(made up) a lone last line opened and never closed ('"The linguist in me noticed ...' ending the article) is
    a quote left open, read by the old rules, not a display line."""
    from newsbrief.analyze._pull_quote import unpunctuated_pull_quote

    body = 'He told Fox News about the letter.\n\n"The linguist in me noticed that they did not know how to spell names'
    assert not unpunctuated_pull_quote(body, body.index('"'), len(body))
