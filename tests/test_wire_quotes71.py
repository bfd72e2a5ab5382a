"""Wire copy's quote marks in paragraphs run together (issue 11, spk71; docs/analysis-labels.md "Blind-speakers71").
DUC 2004's texts join an article's paragraphs into one, so AP's way of running a quote over paragraphs (each new
paragraph reopens it with "``", no closing mark before) stands inside one paragraph: '``But I don't think ... the
lockout. ``It only means ...'. A second opening mark inside an open quote was taken for a stray one and the first
part dropped. Now, in wire copy's marks only, the open part ends after its last sentence when only spaces or a short
attribution ('He added,') lie before the new mark, or at an attribution after a comma inside it (its closing mark
lost). The cleaner writes one backtick standing for two ("`There's a perception ...''") as "``", and a quote closed
by an apostrophe and a stray backtick (",'`") is closed there. A quote coordinated after a passive characterization
('described as cordial by the league and ``...'' by the players association') speaks for its agent. Real articles
of ../shared (DUC 2003 and 2006; skipped when it is absent), each failing on main 9288e2e, and made-up texts."""

import gzip
import json

from newsbrief.analyze.quotes import _quote_spans
from test_analyze_units import _article_sents, _speakers


def _duc_body(shared_dir, path: str, cluster: str, phrase: str) -> str:
    """The body, as the pipeline cleans it, of the article of a DUC cluster (../shared/data/``path``) that holds
    ``phrase``."""
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    with gzip.open(shared_dir / "data" / path, "rt", encoding="utf-8") as fh:
        row = next(c for c in map(json.loads, fh) if c["id"] == cluster or c["id"].endswith("-" + cluster))
    art = next(a for a in row["articles"] if phrase in a["text"])
    return prepare([article_from_dict(art)], Settings()).articles[0].body


def _quotes(body: str) -> list[str]:
    return [" ".join(body[a:b].split()) for a, b in _quote_spans(body)]


def test_a_wire_quote_reopened_in_its_paragraph_keeps_each_part(shared_dir):
    """DUC 2006 D0605E: '``I feel like I'm brighter,'' says Sandy Ridout. ``It gives me a better feeling just to know
    I don't have wrinkles. ``I'm a preventive type person, ...''': the middle part was dropped."""
    body = _duc_body(shared_dir, "duc2006/test.jsonl.gz", "D0605E", "a better feeling just to know")
    got = _quotes(body)
    assert "It gives me a better feeling just to know I don't have wrinkles." in got
    assert any(q.startswith("I'm a preventive type person") for q in got)


def test_a_wire_quote_whose_closing_mark_was_lost_before_its_attribution_ends_there(shared_dir):
    """DUC 2006 D0636I: '``I don't see any change from general trends that affect the U.S. auto industry, said Steve
    Dandaneau, a labor expert at the University of Dayton. ``It remains a bleak outlook ...'''."""
    body = _duc_body(shared_dir, "duc2006/test.jsonl.gz", "D0636I", "I don't see any change from general trends")
    got = _quotes(body)
    assert "I don't see any change from general trends that affect the U.S. auto industry," in got
    assert not any("Dandaneau" in q for q in got)


def test_a_mark_that_closed_a_quote_opens_no_part(shared_dir):
    """DUC 2003 d126i: '``They didn't build us a railroad,`` he said, referring to ... the west. ``Economic
    development ...''': the "``" after the comma closes the quote; the narration after it is no quote."""
    body = _duc_body(shared_dir, "duc2003_task3/test.jsonl.gz", "d126i", "They didn't build us a railroad")
    got = _quotes(body)
    assert not any("referring to the government support" in q for q in got)
    assert "Economic development in this part of the world is an ongoing challenge." in got


def test_one_backtick_for_two_opens_a_wire_quote(shared_dir):
    """DUC 2006 D0648C: '... of the phenomenon. `Hoarding behavior of any kind is not well understood,'' Patronek
    said': the backtick stayed in the body and the quote was not found."""
    from newsbrief.clean import tex_quotes

    body = _duc_body(shared_dir, "duc2006/test.jsonl.gz", "D0648C", "Hoarding behavior of any kind")
    assert "Hoarding behavior of any kind is not well understood," in _quotes(body)
    line = "Ewing said. `There's a perception that we're on strike. We've been locked out.'' Besides"
    assert tex_quotes(line, False) == line.replace("`", "``")
    assert tex_quotes(line, True) == line.replace("`", "\u201c").replace("''", "\u201d")
    # a backtick-opened single quotation is still read as one
    assert tex_quotes("I told him, `I'm not even dressed.' then", False) == "I told him, \u2018I'm not even dressed.\u2019 then"


def test_made_up_wire_quotes_in_one_paragraph():
    body = ("``If we win, I think it just emboldens the players,'' union director Jane Doe said. ``But I don't think "
            "there will be anybody celebrating here. ``It only means they have to pay some players. ``So even if he "
            "rules in our favor, it's a hollow victory,'' Doe said. ``I don't think they're too concerned about making "
            "a deal. He added, ``We're about as far apart as the Grand Canyon right now.'' ``Prejudice against them "
            "is just as bad as any other bias,'` The Star-Tribune wrote in its editorial on Sunday.")
    got = _quotes(body)
    for q in ("But I don't think there will be anybody celebrating here.", "It only means they have to pay some players.",
              "I don't think they're too concerned about making a deal.",
              "We're about as far apart as the Grand Canyon right now.",
              "Prejudice against them is just as bad as any other bias,"):
        assert q in got, q
    # a curly mark inside an open curly quote stays a stray one (web pages' typos)
    assert _quotes("He told the FBI \u201cObama expressed concern about it. \u201cHe suggested a list.\u201d") == [
        "He suggested a list."]


def test_the_reopened_parts_carry_the_speaker():
    sents = _article_sents("``If we win, I think it just emboldens the players,'' union director Jane Doe said. ``But I "
                           "don't think there will be anybody celebrating here. ``So even if he rules in our favor, it's "
                           "a hollow victory,'' Jane Doe said.", people=("Jane Doe",))
    assert _speakers(sents) == [("If", "Jane Doe"), ("But", "Jane Doe"), ("So", "Jane Doe")]


def test_a_quote_coordinated_after_a_passive_characterization_speaks_for_its_agent():
    """DUC 2004 d30006t (blind-speakers71): 'a five-hour meeting that was described as cordial by the league and
    ``almost like two bulls letting off a little steam'' by the players association produced ...' had no speaker."""
    sents = _article_sents("Still, a five-hour meeting that was described as cordial by the league and ``almost like two "
                           "bulls letting off a little steam'' by the Players Association produced another round of "
                           "talks.", orgs=("Players Association",))
    assert _speakers(sents) == [("almost", "the Players Association")]
