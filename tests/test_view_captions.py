"""Pictures' captions in the cross-source view (issue 11, rd52; docs/analysis-labels.md, "Read as a reader: pictures'
captions in the view, and notes that name files"): a reader of the view sees no picture, so a caption is no event of
the timeline and no detail of one outlet. :func:`newsbrief._patterns.is_caption_sentence` reads a caption by the words
the selector already read (:func:`~newsbrief._patterns.is_media_caption`,
:data:`~newsbrief._patterns.CAPTION_SENTENCE_RE`) and by where a person stands in the picture
(:func:`~newsbrief._patterns.picture_position`: "Brian Kelley, center left, and ..."). Real sentences from ../shared
(skipped without it), each shown by main; made-up counter-cases guard the rule's reach.
"""

from __future__ import annotations

import re

import pytest
from conftest import load_clusters

from newsbrief._patterns import is_caption_sentence, picture_position

MN = "data/multinews_sample/validation.jsonl.gz"


def _articles(shared_dir, cid: str) -> list[dict]:
    name = f"multinews-validation-sample-{cid}"
    return next(c for c in load_clusters(shared_dir / MN) if c["id"] == name)["articles"]


def _sentence(shared_dir, cid: str, opening: str) -> str:
    """The sentence of cluster ``cid`` that opens on ``opening``, up to its full stop before a capital or the end."""
    for a in _articles(shared_dir, cid):
        at = a["text"].find(opening)
        if at >= 0:
            m = re.compile(r".+?[.!?](?=\s+[A-Z(]|\s*$)", re.S).match(a["text"], at)
            return " ".join(m.group(0).split())
    pytest.fail(f"{cid}: no sentence opens on {opening!r}")


@pytest.mark.parametrize("cid, opening", [
    # main showed it twice: a timeline event of 8 Nov 2013 and one outlet's detail
    ("0061", "Green Mountain Roasters President and CEO Brian Kelley, center left,"),
    # the same, a wire photo's caption with its day and credit
    ("0204", "Broward Supervisor of Elections Brenda Snipes, left, and judge Betsy Benson"),
    # a family photo's caption shown as a detail: the place in brackets as a word
    ("0209", "Ahmad Seth Zaharie, 26, with his sister Aishah Zaharie (left)"),
    # a tabloid's short mark: main dated it as an event of 1978
    ("0096", "Lane also represented Martin Luther King, Jr.'s killer James Earl Ray (r.)"),
])
def test_a_persons_place_in_the_picture_marks_a_caption(shared_dir, cid, opening):
    text = _sentence(shared_dir, cid, opening)
    assert picture_position(text) is not None, text
    assert is_caption_sentence(text), text


def test_a_picture_pointed_at_or_credited_is_a_caption(shared_dir):
    # main showed it as a timeline event and a detail: "in this March 24, 2014 ... photo" (the selector's words)
    text = _sentence(shared_dir, "0209", "Lieutenant Clayton Hunt and Lieutenant (junior grade) Nicholas Horton")
    assert picture_position(text) is None and is_caption_sentence(text)


@pytest.mark.parametrize("text", [
    "The parties of the right, left, and center agreed on a budget.",   # sides listed, no picture
    "Oh, right, this also settles the bet.",                           # an interjection
    "With ten seconds left, Smith scored the winning basket.",          # time left
    "He turned left, then right, and drove off.",
    "The study found no link between AI, left, or right hand length.",  # a side before "or"
    "Rick Perry (R), a veteran of several campaigns, has not been vetted.",  # a party's letter
    "State Assembly Speaker Robin Vos (R) said in a TV interview that the budget was maxed out.",
    "Senator Jane Roe (R) has said she will run again.",
    "Senator Jane Roe (R) is running for a third term.",
    "A photo of the suspect was released by police on Tuesday.",         # news about a photo
    "He paid (approx.) ten dollars for the ticket.",                     # an abbreviation in brackets
    "Smith (Rep.) voted against the bill.",
])
def test_no_caption_without_a_picture(text):
    assert not is_caption_sentence(text), text


def test_a_letter_in_brackets_before_the_pictures_verb_is_a_place():
    assert is_caption_sentence("Bahraini activist Zainab al-Khawaja (L) is greeted by a friend after her release.")
    assert is_caption_sentence("Paris prosecutor Francois Molins (R) and Christian Flaesch attend a news conference.")


@pytest.mark.slow
def test_the_view_shows_no_caption_as_an_event_or_a_detail(shared_dir):
    # Multi-News 0061 (Keurig): main dated the ribbon-cutting photo as an event of 8 Nov 2013 and listed it as
    # source 3's detail; the story's own dated sentence stays
    from newsbrief.pipeline import analyze

    d = analyze(_articles(shared_dir, "0061")).analysis.to_dict()
    timeline = [t["text"] for t in d["timeline"]]
    details = [x["text"] for s in d["agreement"]["single_source"] for x in s["details"]]
    assert not any("center left" in t for t in timeline + details)
    assert any(t.startswith("In August 2014, when Keurig introduced") for t in timeline)
