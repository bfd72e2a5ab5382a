"""Where one attribution ends and the next begins (issue 11, spk130; docs/analysis-labels.md "Speakers: where one
attribution ends and the next begins"). Blind-speakers73 and 74's classes, in made-up texts of their shapes (DUC 2004
is not in CI), each failing on main 065d7e6:

- A: the words after a quote closed by its own stop open the next quote ('... like I am.'' Paul O'Neill echoed the
  sentiments ... by saying, ``Everything ...'''), so they are no attribution of it;
- K: the next sentence's 'Name said <object clause>' ('``...?'' Salmon said his refusal ... was based on ...';
  'Torre recalled being the underdog') reports speech of its own, no attribution of the quote before it; the
  speaker before the colon then speaks ('Bruce Bochy, the manager, a reserve on ..., has said: ``...''');
- D/E: a nominal speaker after an inverted verb ('Said one top House aide: ``...''') or in a parenthetical (', one
  person noted,');
- F: a phrase commenting on the quote ('``...,'' an understatement to those who recalled ...') is no speaker;
- E74: 'this uniformed member of the team said' is the member, not the team the text named before."""

import re

import pytest

from test_analyze_units import _article_sents, _speakers


def _said(text, **names):
    return _speakers(_article_sents(text, **names))


def test_a_clause_opening_the_next_quote_is_no_attribution_of_the_one_before():
    """(made up, blind-speakers74 class A) The second quote is the first speaker's, carried on; main gave it to the
    man whose "by saying," opens the third."""
    said = _said("``My heart is with the team tonight,'' said Jane Doe, who spoke to several players. ``I'm just going "
                 "to relax at home and watch the game. I may not be there, but it'll feel like I am.'' Paul Roe echoed "
                 "the sentiments of many players by saying, ``Everything we're going through is a game.''",
                 people=("Jane Doe", "Paul Roe"))
    assert said == [("My", "Jane Doe"), ("I'm", "Jane Doe"), ("Everything", "Paul Roe")]


def test_the_next_clause_opening_a_quote_read_by_its_shape():
    from newsbrief.analyze._dialogue_turn import introduces_next_quote

    def turn(text):
        q = text.index("''")
        return introduces_next_quote(text, q, q + 2, len(text))

    assert turn("``We won.'' Paul Roe echoed the sentiments of many by saying, ``Everything is a game.''")
    assert turn("``We won.'' Jane Doe said in an interview on Friday: ``It was a long season.''")
    assert not turn("``We won.'' Jane Doe said in an interview, ``and we will win again.''")  # a split sentence
    assert not turn("``We won,'' Jane Doe said in an interview, ``It was a long season.''")  # a comma: split
    assert not turn("``We won.'' Jane Doe said the season was long.")  # no quote opens


_SALMON = ("``Billy has been loyal to both of them,'' Jane Doe said. ``Everyone is asking the same question: can we "
           "refocus the message?'' John Roe said his refusal to support the speaker was based on the record.")


def test_the_next_sentences_speech_verb_with_its_own_object_clause_attributes_nothing():
    """(made up, blind-speakers73 class K) The question is Jane Doe's, carried on; main: John Roe's."""
    assert _said(_SALMON, people=("Jane Doe", "John Roe")) == [("Billy", "Jane Doe"), ("Everyone", "Jane Doe")]


def test_the_speaker_before_the_colon_past_two_appositives():
    """(made up, blind-speakers74 class A (b)) "Torre recalled being ..." has its own object: the run-on quote is
    the manager's, named before the colon behind two appositives; main: Torre's."""
    said = _said("That leaves the Padres. Bruce Bochy, the manager, a reserve on the 1984 San Diego team, has said: "
                 "``A lot of the players on that team said we wish we would have had a different attitude. And this "
                 "year, I think you will see the players out there playing to win.'' Joe Torre recalled being the "
                 "underdog in 1996, but he said his Yankees felt they could beat the Braves.",
                 people=("Bruce Bochy", "Joe Torre"))
    assert said == [("A", "Bruce Bochy")]


@pytest.mark.parametrize("after, own", [
    (" John Roe said his refusal to support the speaker was based on the record.", True),
    (" John Roe recalled being the underdog in 1996.", True),
    (" John Roe told reporters that he would stay.", True),
    (" John Roe asked.", False),
    (" John Roe said Friday in an interview.", False),
    (" John Roe wrote in a letter delivered Tuesday.", False),
    (" John Roe said during the hearing.", False),
])
def test_an_object_clause_of_the_speech_verb_read_by_its_shape(after, own):
    from newsbrief.analyze._dialogue_turn import reports_own_clause

    text = "``Can we win this?''" + after
    q = text.index("''")
    verb = re.search(r"(?<=Roe )[a-z]+", text)
    assert reports_own_clause(text, q, q + 2, verb.start(), verb.end()) is own


@pytest.mark.slow  # loads spaCy's tagger and parser
def test_the_parse_does_not_take_the_next_clauses_verb_either():
    """With the parse (as the analysis runs), the next sentence's verb is no governing verb of the quote before it
    either: main gave the run-on quote to Paul Roe and the question to John Roe ("parsed")."""
    from newsbrief.analyze import _ner
    from newsbrief.analyze.quotes import extract
    from newsbrief.config import Settings
    from newsbrief.errors import MissingExtraError

    model = Settings().analysis.model
    try:
        _ner.load_parser(model)
    except MissingExtraError as err:
        pytest.skip(f"no spaCy model: {err}")
    oneill = ("``My heart is with the team tonight,'' said Jane Doe, who spoke to several players. ``I'm just going to "
              "relax at home and watch the game. I may not be there, but it'll feel like I am.'' Paul Roe echoed the "
              "sentiments of many players by saying, ``Everything we're going through is a game.''")
    for text, people, want in ((oneill, ("Jane Doe", "Paul Roe"), [("My", "Jane Doe"), ("I'm", "Jane Doe"),
                                                                   ("Everything", "Paul Roe")]),
                               (_SALMON, ("Jane Doe", "John Roe"), [("Billy", "Jane Doe"), ("Everyone", "Jane Doe")])):
        got = [(q.text.split()[0], q.speaker) for q in extract(_article_sents(text, people=people), model)]
        assert got == want


def test_a_nominal_after_an_inverted_verb_before_a_colon_speaks():
    """(made up, blind-speakers73 class D/E) main: the man named in the sentence before (continued)."""
    said = _said("John Roe is also making strong personal appeals to members. Said one top House aide: ``He'll get "
                 "support. How much? Only his own vote-counters know.''", people=("John Roe",))
    assert said == [("He'll", "one top House aide")]


def test_a_thing_after_an_inverted_verb_is_no_speaker():
    from newsbrief.analyze.quotes import _INVERTED_NOMINAL_RE
    from newsbrief.analyze._indefinite_clause import indefinite_person

    m = _INVERTED_NOMINAL_RE.fullmatch(" a book about the killings, ")  # 'Wrote a book about the killings, ``'
    assert m is not None and indefinite_person(m.group(1)) is None
    assert indefinite_person("one top House aide") == "one top House aide"


def test_an_unnamed_person_in_a_parenthetical_speech_clause_speaks():
    """(made up, blind-speakers73 class D/E) main: no speaker here (the lawyer of the paragraph before in the
    article: continued)."""
    said = _said("Jane Doe, the government's lawyer, spoke for an hour. The deal was meant to help the browser maker. "
                 "Nor should it, one person noted, be regarded as ``a single-minded attempt to circle the wagons "
                 "against the software giant.''", people=("Jane Doe",))
    assert said == [("a", "one person")]


@pytest.mark.parametrize("frame", [
    "We may, for example, says population biologist Joel Cohen, ",  # a title's lower-case words before the name
    "We may, for example, says [population biologist Joel] Cohen, ",  # an editor's brackets (Multi-News 0045)
    "The change, writes Joel Cohen, could ",  # an inverted speech clause set off by commas
])
def test_an_inverted_speech_clause_before_the_quote_names_its_speaker(frame):
    """(made up, of Multi-News 0045's shape) main: the author of the sentence before (continued)."""
    said = _said("Robert Kunzig wrote the book on population. " + frame + "``see to it that all children are "
                 "nourished well enough to learn in school.''", people=("Robert Kunzig", "Joel Cohen"))
    assert said == [("see", "Joel Cohen")]


def test_a_phrase_commenting_on_the_quote_is_no_speaker():
    """(made up, blind-speakers73 class F) main: "an understatement to those who"."""
    said = _said("Jane Doe spoke to the caucus on Friday. ``If I stay,'' she told her colleagues Friday night, ``my "
                 "controversial nature would overshadow any successes we might have,'' an understatement to those "
                 "who recalled her remark last year that she was tired.", people=("Jane Doe",))
    assert said == [("my", "Jane Doe")]


def test_this_member_of_the_team_is_the_member_not_the_team():
    """(made up, blind-speakers74 class E) main: the team named before ("Yankees", continued), both parts."""
    said = _said("Members of the Yankees indicated Friday that they thought the call was wrong. Another member of the "
                 "Yankees said he had no doubt that Williams was out. ``I wasn't sure at first about it,'' this "
                 "uniformed member of the team said, ``but when I saw it was Hendry, I said uh-oh.''",
                 people=("Williams", "Hendry"), orgs=("Yankees",))
    assert said == [("I", "this uniformed member of the team"), ("but", "this uniformed member of the team")]
