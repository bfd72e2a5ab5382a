"""Brief sentences that lean on what the brief does not show (brief48, docs/brief-sentence-labels.md): "here" (the
dateline's place, which a brief does not show), a their/them with nothing before it that it may stand for, a study or
report the sentence does not introduce. One detector (:func:`newsbrief.rewrite.inside_reference`) for the selector's
lean rule and the readability counter; the rewrite names "here" from the article's dateline where it has one.

Real sentences come from ../shared (DUC 2006 clusters outside the held-out half D0606F-D0615F); each failed on main
ab74768. The made-up counter-cases keep the referent in the sentence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbrief.config import Settings
from newsbrief.eval.readability import check_brief
from newsbrief.model import Brief, SummarySentence
from newsbrief.rewrite import dangling_reason, dateline_place, inside_reference, name_here, rewrite, strip_dateline

DUC2006 = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "duc2006" / "test.jsonl.gz"
needs_data = pytest.mark.skipif(not DUC2006.exists(), reason="needs ../shared/data/duc2006 (the evaluation data)")


def _sentence(cluster: str, prefix: str):
    """The prepared sentence of DUC 2006 ``cluster`` whose display form starts with ``prefix``."""
    from newsbrief.pipeline import prepare

    with gzip.open(DUC2006, "rt", encoding="utf-8") as fh:
        arts = next(json.loads(line)["articles"] for line in fh if json.loads(line)["id"] == cluster)
    for art in prepare([dict(a) for a in arts], Settings()).articles:
        for s in art.sentences:
            text = strip_dateline(" ".join(s.text.split()))
            if text.startswith(prefix):
                return s, text
    raise AssertionError(f"no sentence starting {prefix!r} in {cluster}")


@needs_data
def test_here_is_named_from_the_dateline():
    # D0632E, a Xinhua story datelined "ULAN BATOR, February 22 (Xinhua) --": main showed "... left here today ..."
    s, text = _sentence("D0632E", "Mongolian Prime Minister Mendsaikhan Enkhsaikhan left here today")
    shown = rewrite(s, text)
    assert shown.text.startswith("Mongolian Prime Minister Mendsaikhan Enkhsaikhan left Ulan Bator today")
    assert shown.edits == ["'here' -> 'Ulan Bator'"]
    assert dangling_reason(shown.text) is None


@needs_data
def test_here_at_the_united_nations():
    # D0618I, datelined "UNITED NATIONS, October 30 (Xinhua) --"
    s, text = _sentence("D0618I", "The United Nations system launched a campaign here Friday")
    assert rewrite(s, text).text.startswith("The United Nations system launched a campaign at the United Nations Friday")


def test_here_without_a_dateline_leans_and_inside_a_quotation_does_not():
    assert dangling_reason("The Action for Autism, a group based here, runs a workshop for parents.") == \
        "'here' with no place shown"
    assert inside_reference('"We are dealing here with a clever parasite," the director said.') is None
    assert inside_reference("From here on, the talks are closed.") is None
    assert inside_reference("Neither here nor there, the plan stands.") is None


def test_dateline_place_and_the_words_before_here():
    assert dateline_place("NEW DELHI, India (AP) _ The Action for Autism, a non-profit organization, said.") == "New Delhi"
    assert dateline_place("WASHINGTON(AP) -- Americans won a new drug Friday to prevent malaria when they travel.") == \
        "Washington"
    assert dateline_place("Jan. 14 (UPI) -- The company said on Monday that it would close two plants.") is None
    assert dateline_place("You may wonder why I would write a health column about malaria at all.") is None
    assert name_here("A group based here said.", "New Delhi") == "A group based in New Delhi said."
    assert name_here("He came here in 1990.", "New Delhi") == "He came to New Delhi in 1990."
    assert name_here("He flew from here to Paris.", "New Delhi") == "He flew from New Delhi to Paris."


@needs_data
def test_their_with_nothing_before_it_leans():
    # D0620B: "How many of their parents thought they'd see ...": whose parents?
    _, text = _sentence("D0620B", "How many of their parents thought")
    assert inside_reference(text) == ("pronoun", "their")
    assert dangling_reason(text) == "'their' with no one before it"


def test_their_with_a_referent_in_the_sentence_does_not_lean():
    for text in ("The brain disorder interferes with their ability to speak.",):
        assert inside_reference(text) == ("pronoun", "their")
    for text in ("Columbine students will return to their school on Aug. 16.",
                 "Vegetative patients emerge from a coma with their eyes open.",
                 "Three policemen were killed when their car came under fire.",
                 "The device notifies caregivers via their smartphones.",
                 "It is the first time a patient has given answers relevant to their care.",
                 "Amnesty International urged the authorities to repeal their laws.",
                 "The nurse described years of abuse by her former employer."):
        assert inside_reference(text) is None, text


@needs_data
def test_a_report_never_introduced_leans():
    # D0618I: "..., the study estimated."; D0620B: "..., the report said."
    _, text = _sentence("D0618I", "If malaria had been eliminated in 1965")
    assert dangling_reason(text) == "'the study' never introduced"
    _, text = _sentence("D0620B", "There were 40 shooting deaths in schools")
    assert inside_reference(text) == ("definite", "report")


def test_a_study_the_sentence_introduces_does_not_lean():
    for text in ("A new study of 103 men found that the study group was small.",
                 "The findings of the study released Monday surprised doctors.",
                 "Doctors cited the report by the World Health Organization on Monday.",
                 "The researchers said the survey of 2,000 adults was the largest."):
        assert inside_reference(text) is None, text


def test_the_counter_counts_them_unless_the_brief_resolves_them():
    lean = "David Amaral directs the institute, which provided part of the funding for the study."
    brief = Brief(articles=[], headline="Autism theories", summary=[SummarySentence("Autism is a brain disorder.", []),
                                                                    SummarySentence(lean, [])])
    assert check_brief(brief).unresolved == [lean]
    brief = Brief(articles=[], headline="Autism theories", summary=[
        SummarySentence("A new study of 200 children found autism is present at birth.", []), SummarySentence(lean, [])])
    assert check_brief(brief).unresolved == []
    their = "The brain disorder interferes with their ability to speak."
    brief = Brief(articles=[], headline="Autism", summary=[SummarySentence("Autism is a disorder.", []),
                                                           SummarySentence(their, [])])
    assert check_brief(brief).unresolved == [their]
    brief = Brief(articles=[], headline="Autism", summary=[
        SummarySentence("Many children with autism never speak.", []), SummarySentence(their, [])])
    assert check_brief(brief).unresolved == []
