"""Quotes in single marks in a headline-like line of an article that quotes in double marks (issue 11, qsp59;
docs/analysis-labels.md "Quotes: single marks in a headline line (issue 11, qsp59)"). A headline quotes in single
marks whatever its body uses ("Coalition of student groups at CUNY say protest 'is to let the administration know
that war criminals cannot be hired'" over a body quoting in double marks: blind-speakers85's class D); the view read
single marks only in an article quoting in single marks, so such a quote was never found. Now a single-marked pair
of 6+ words in one of the body's first two lines, each short and ending on no full stop, is a quote. Made-up
fixtures, each failing without the rule, and counter-cases: apostrophes, a plural's possessive, a body line, a line
ending on a full stop, a title, a phrase under six words, a single-marked stretch nested in double marks. Also a
collective noun's "of" before a plural group at a body ("Coalition of student groups at X say") read as the speaker,
not the body."""

import gzip
import json

from newsbrief.analyze.quotes import _quote_spans

BODY = ('\n\nResidents said they would "keep marching every week until the council listens" to them.'
        '\n\nThe mayor said the plan was "the best we can do for the city right now," and left.')


def _quotes(body: str) -> list[str]:
    """The quoted texts of ``body``, whitespace collapsed."""
    return [" ".join(body[a:b].split()) for a, b in _quote_spans(body)]


def _said(text: str) -> dict[str, str | None]:
    """Quote (its first six words) -> speaker, as the view reads a made-up untitled article alone."""
    from conftest import view_sents
    from newsbrief.analyze.quotes import extract
    from test_quote_parse import MODEL

    sents = view_sents({"title": "", "text": text})
    return {" ".join(q.text.split()[:6]): q.speaker for q in extract(sents, MODEL)}


# --- found: single marks in a headline-like line --------------------------------------------------------------------

def test_a_single_marked_quote_in_the_headline_of_a_double_marked_article_is_found():
    """The class's shape: 'X say protest '...'' as the body's first line, the body quoting in double marks."""
    head = "Coalition of tenant groups in Leeds say rally 'is to show the council that evictions cannot go on'"
    assert _quotes(head + BODY)[0] == "is to show the council that evictions cannot go on"
    assert len(_quotes(head + BODY)) == 3


def test_curly_single_marks_and_a_quote_opening_the_headline_are_found():
    """Curly marks after 'Name:', and a quote opening the line before a colon."""
    head = "Jane Roe: ‘I was never told the bridge would close for a whole year’"
    assert _quotes(head + BODY)[0] == "I was never told the bridge would close for a whole year"
    head = "'We will keep marching until the mayor listens to us': residents rally in Leeds"
    assert _quotes(head + BODY)[0] == "We will keep marching until the mayor listens to us"


def test_a_standfirst_under_the_headline_is_read_too():
    """The second line, under a headline-like first line, when it ends on no full stop either."""
    text = ("Tenants rally in Leeds over evictions\n\nCouncil leader says the city 'cannot house everyone who asks "
            "for help this winter'" + BODY)
    assert _quotes(text)[0] == "cannot house everyone who asks for help this winter"


def test_a_plural_possessive_inside_the_quote_does_not_close_it():
    """'the residents' anger': a plural's possessive before a word of no sentence frame stays inside the quote."""
    head = "Mayor says 'the residents' anger is something we have to hear every day'"
    assert _quotes(head + BODY)[0] == "the residents' anger is something we have to hear every day"


def test_the_headline_quote_gets_the_speaker_of_its_line(parser):
    """The speaker follows the existing rules: 'X say '...'' -> X; 'Jane Roe: '...'' -> Jane Roe."""
    head = "Jane Roe: ‘I was never told the bridge would close for a whole year’"
    assert _said(head + BODY).get("I was never told the bridge") in ("Jane Roe", "Roe")
    head = "Council leader Jane Roe says 'we cannot house everyone who asks for help this winter'"
    assert _said(head + BODY).get("we cannot house everyone who asks") in ("Jane Roe", "Roe")


def test_a_collective_of_groups_at_a_body_speaks_not_the_body(parser):
    """'Coalition of student groups at X say '...'': the coalition speaks, not the body its "at" phrase names (as
    spk138's 'Students at X said'); main showed the university (blind-speakers85 mnt0137 1 showed "CUNY")."""
    head = ("Coalition of student groups at Cardiff University say protest 'is to let the board know that fees "
            "cannot rise'")
    assert _said(head + BODY).get("is to let the board know") == "Coalition of student groups at Cardiff University"


# --- counter-cases: no quote ------------------------------------------------------------------------------------------

def test_apostrophes_and_possessives_in_a_headline_are_no_quote():
    """Elisions and possessives, singular and plural, pair nothing ("don't", "the students' protest")."""
    for head in ("Residents' union says it won't stop the rally over the mayor's new housing plan",
                 "The students' protest goes on as the governors' meeting ends without a deal on fees",
                 "Don't let 'em build it: the tenants' fight over the city's last green space goes on"):
        assert _quotes(head + BODY) == ["keep marching every week until the council listens",
                                        "the best we can do for the city right now,"], head


def test_a_short_phrase_and_a_title_in_single_marks_are_no_quote():
    """A scare quote under six words, and a title-cased work's name, stay unquoted."""
    for head in ("Mayor calls the tenants' rally 'a total waste of time' as evictions go on",
                 "Review: 'The Return of the King and the Fall of the Dark Tower' dazzles in Leeds"):
        assert len(_quotes(head + BODY)) == 2, head


def test_a_body_line_or_a_line_ending_on_a_full_stop_is_no_headline():
    """The single marks of a body's sentence (a line ending on a full stop), of a third line, or of a line after a
    sentence, stay unread in an article quoting in double marks."""
    head = "The mayor said 'we will keep the bridge open for as long as we possibly can'."
    assert len(_quotes(head + BODY)) == 2
    text = ("Tenants rally in Leeds\n\nEvictions rise in the city\n\nCouncil leader says the city 'cannot house "
            "everyone who asks for help this winter'" + BODY)
    assert len(_quotes(text)) == 2
    text = ("The council met on Monday.\n\nCouncil leader says the city 'cannot house everyone who asks for help "
            "this winter'" + BODY)
    assert len(_quotes(text)) == 2


def test_single_marks_nested_in_a_double_marked_headline_quote_stay_inside_it():
    """'"We read 'the whole of the report from start to end' twice," says mayor': one quote, the double one."""
    head = "\"We read 'the whole of the report from start to the very end' twice,\" says mayor"
    assert _quotes(head + BODY)[0] == "We read 'the whole of the report from start to the very end' twice,"
    assert len(_quotes(head + BODY)) == 3


# --- real data: ../shared, skipped when absent ------------------------------------------------------------------------

def _mn_body(shared_dir, cid: str, n: int) -> str:
    """The body of article ``n`` (1-based) of a Multi-News sample cluster as the pipeline cleans it."""
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    with gzip.open(shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz", "rt", encoding="utf-8") as fh:
        row = next(c for c in map(json.loads, fh) if c["id"].endswith("-" + cid))
    return prepare([article_from_dict(row["articles"][n - 1])], Settings()).articles[0].body


def test_real_headline_quotes_are_found(shared_dir):
    """mn:0196 1 ('I don't know how I can make it right' Snowmachiner talks before arrest: blind-speakers27, missed on
    main f3c6abc) and mn:0205 1 (Emma Stone: ‘I was holding my best actress card the whole time’)."""
    assert "I don't know how I can make it right" in _quotes(_mn_body(shared_dir, "0196", 1))
    assert "I was holding my best actress card the whole time" in _quotes(_mn_body(shared_dir, "0205", 1))
