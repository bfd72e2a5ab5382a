"""An unnamed person in the clause at the quote, two shapes spk114's clause reader missed (issue 11, spk116;
docs/analysis-labels.md "Speakers: a proper modifier and a speech-act frame in the unnamed person's clause"): a
capitalised modifier in the indefinite phrase ('as one Obama booster enthuses: "..."', 'One senior European
intelligence official ...'), and a colon frame whose head is a speech-act noun given by the phrase ('... offered a
mea culpa: "..."'); and a verbless colon heading that is a possessed speech noun ('His remarks:' then the quoted
paragraph), read by the colon reader of quotes.py. On main all three quotes showed no speaker. The real paragraphs need ../shared; the parse is
en_core_web_sm's, as the analysis runs (the tests skip without it)."""

import gzip
import json

from test_analyze_units import _article_sents
from test_quote_parse import MODEL, _parser, _speakers  # noqa: F401 (the autouse fixture skips without the model)


def _wiki_lines(shared_dir, topic, last, k):
    """The ``k`` lines of the WikiRef220 article of ``topic`` that holds ``last``, ending with that line."""
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = next(r["text"] for r in map(json.loads, fh) if r["cluster"] == topic and last in r["text"])
    lines = [ln for ln in text.split("\n") if ln.strip()]
    at = next(i for i, ln in enumerate(lines) if last in ln)
    return "\n\n".join(lines[max(0, at - k + 1) : at + 1])


def test_a_proper_modifier_in_the_unnamed_persons_phrase(shared_dir):
    """WikiRef220 michelle.obama, file article 30 (blind-speakers66, article 5): 'And as one Obama booster
    enthuses: "Michelle's story is ..."' (main: no speaker; "Obama" upper-case was no modifier, "enthuses" no
    listed verb)."""
    text = _wiki_lines(shared_dir, "michelle.obama", "one Obama booster enthuses", 2)
    said = dict(_speakers(_article_sents(text, people=("Michelle", "Cindy McCain"))))
    assert said["Michelle’s"] == "one Obama booster", said


def test_a_mea_culpa_offered_by_an_unnamed_official(shared_dir):
    """WikiRef220 ParisAttacks2015, file article 25 (blind-speakers64, article 6): 'One senior European intelligence
    official offered a mea culpa: "That so many people, ..."' (main: no speaker)."""
    text = _wiki_lines(shared_dir, "ParisAttacks2015", "offered a mea culpa", 2)
    said = dict(_speakers(_article_sents(text, people=("Bilal Hadfi",))))
    assert said["That"] == "One senior European intelligence official", said


def test_proper_modifiers_and_frames_read_people_only():
    """(made up) :func:`indefinite_clause_speaker` on its own: a capitalised modifier ("an NBC reporter") is read,
    but the head stays a lower-case person noun; a speech-act frame needs a speech-act noun and a colon; the
    subject "I", a name, a thing or a list's colon stay unread."""
    from newsbrief.analyze._indefinite_clause import indefinite_clause_speaker

    def read(text):
        qs = text.index('"') + 1
        return indefinite_clause_speaker(text, 0, len(text), qs, len(text) - 1)

    assert read('Then an NBC reporter asked, "What will you do about the budget now?"') == ("an NBC reporter",
                                                                                           "before")
    assert read('A White House official offered a warning: "This will not end well for anyone here."') == (
        "A White House official", "before")
    assert read('One day I said: "What will you do about the budget now, my friend?"') is None
    assert read('A report offered a warning: "This will not end well for anyone involved."') is None  # a thing
    assert read('One senior official offered a plan: "Cut the budget and raise the tax on fuel."') is None  # no speech act
    assert read('One senior official offered a mea culpa. "That was a failure of the services."') is None  # no colon
    assert read('The plan includes one Obama booster: "Cut the budget and raise the tax on fuel."') is None  # a list
    assert read('Obama offered a mea culpa: "That was a failure of the services and of mine."') is None  # a name


def test_a_possessed_remarks_heading_gives_the_next_paragraph_to_the_possessor(shared_dir):
    """WikiRef220 ParisAttacks2015, file article 29 (blind-speakers64, article 10): 'Hollande then visited the
    Bataclan music hall, ... His remarks:' then the paragraph '"To all those who have seen these awful things, ..."'
    (main: no speaker; the verbless heading has no subject for the colon reader, and "remarks" was no possessor's
    word)."""
    text = _wiki_lines(shared_dir, "ParisAttacks2015", "His remarks:", 2)
    lines = text.split("\n\n")
    with gzip.open(shared_dir / "data" / "wikiref220" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        full = next(r["text"] for r in map(json.loads, fh) if r["cluster"] == "ParisAttacks2015"
                    and "His remarks:" in r["text"])
    after = [ln for ln in full.split("\n") if ln.strip()]
    nxt = after[next(i for i, ln in enumerate(after) if "His remarks:" in ln) + 1]
    said = dict(_speakers(_article_sents("\n\n".join([*lines, nxt]), people=("Hollande", "François Hollande"))))
    assert said["To"] == "Hollande", said


def test_a_heading_without_a_possessed_speech_noun_gives_no_speaker():
    """(made up) Only a possessed speech noun heads a verbless colon heading: 'His hometown:', 'The remarks:' (no
    possessor) and 'Their remarks:' (a group, not "he"/"she" or a name) give the next paragraph's quote to no one."""
    for heading in ("His hometown:", "The remarks:", "Their remarks:"):
        text = ('Mayor John Doe visited the flooded district on Sunday morning.' + " " + heading
                + '\n\n"To all those who have lost their homes, we will rebuild every street of this town."')
        said = dict(_speakers(_article_sents(text, people=("John Doe",))))
        assert said["To"] is None, (heading, said)
    text = ('Mayor John Doe visited the flooded district on Sunday morning. His remarks:'
            '\n\n"To all those who have lost their homes, we will rebuild every street of this town."')
    assert dict(_speakers(_article_sents(text, people=("John Doe",))))["To"] == "John Doe"
