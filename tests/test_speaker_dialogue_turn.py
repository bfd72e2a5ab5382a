"""A dialogue's next turn after a quote (issue 11, spk122; docs/analysis-labels.md "Speakers: a dialogue's next turn
is no attribution of the quote before it"): 'She asked, "Dad, how will you feel if you don't win?" He said, "I'll be
fine."' is one segment, and "He said," was read as the question's attribution (the father's). The question keeps
its own "She asked,"."""

import gzip
import json

from test_analyze_units import _article_sents, _speakers


def test_a_question_keeps_its_own_she_asked_before_the_next_turn(shared_dir):
    """WikiRef220 michelle.obama, the WSJ interview (blind-speakers66, article 2): on main the question took "He
    said," after it (the bench: Barack Obama); it keeps "She asked,", the "she" of the quote before (the bench:
    Malia, named in the label NER glued to "Michelle Obama:")."""
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = next(r["text"] for r in map(json.loads, fh)
                    if r["cluster"] == "michelle.obama" and "how will you feel if you" in r["text"])
    para = next(p for p in text.split("\n") if "how will you feel if you" in p)
    said = dict(_speakers(_article_sents(para, people=("Michelle Obama", "Malia", "Barack"))))
    assert said["Dad,"] == said["I"], said  # the "she" of 'She said, "I want Daddy to win ..."' just before
    assert said["Dad,"] != "Barack", said


def test_a_next_turn_needs_its_own_opening_mark():
    """(made up) The next turn is read only where a capitalised speech clause opens another quote; a quote closed by
    a comma and split by its speaker, or a lower-case "he asked." closing a question, stays attributed after it."""
    from newsbrief.analyze._dialogue_turn import introduces_next_quote

    def turn(text):
        q = text.index('"', 1)
        return introduces_next_quote(text, q, q + 1, len(text))

    assert turn('"Are you coming home tonight?" He said, "I will be there by nine."')
    assert turn('"We will win this race." Jane Doe replied: "Not this year, you will not."')
    assert not turn('"Are you coming home tonight?" he asked.')  # lower case, no next quote
    assert not turn('"We will win this race," Jane Doe said, "and then the next one."')  # a comma: a split quote
    assert not turn('"Are you coming home tonight?" He said nothing for a long while.')  # no quote opens


def test_the_question_keeps_its_speaker_in_a_made_up_dialogue():
    """(made up) 'Jane Doe asked, "...?" He said, "..."' -> the question is Jane Doe's, the answer the man's."""
    sents = _article_sents('John Roe met his daughter Jane Doe at the station. Jane Doe asked, "Will you come to the '
                           'school play on Friday night?" He said, "I will sit in the very first row."',
                           people=("John Roe", "Jane Doe"))
    said = dict(_speakers(sents))
    assert said["Will"] == "Jane Doe", said
