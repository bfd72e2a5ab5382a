"""The view's "Only one outlet reports" (``agreement.details``) as a reader reads it, third round (det48): no line of a
news service's budget (other stories' summaries), no sentence that opens on a definite phrase with nothing in it
that says what it is ("The committee is meeting today in Salina."), no pronoun hidden behind a wire's dateline
("CHICAGO (AP) -- Its street names include ..."). Rule and labels: docs/analysis-labels.md, "Single-outlet details
read as a reader (det24)" and "Single-outlet details a reader trusts (issue 11, det48)"; bench/single_details.py."""

from __future__ import annotations

import pytest

from test_single_details import _page  # a page of ../shared read as a view's source
from test_single_details import _sents as _made_up  # made-up sentences as one outlet's page


# -- a news service's budget ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("k", [7, 16])
def test_a_news_service_budget_shows_no_detail(shared_dir, k):
    """DUC 2006 D0612C (autism) holds two budgets of the New York Times News Service: the Seattle Post-Intelligencer's
    ("DAM-FISH (Undated) _ A panel of scientists ... the best way to help endangered salmon there.",
    "FBN-VECSEY-COLUMN _ Laura Vecsey column on Seahawks defensive star Cortez Kennedy.") and the Arizona
    Republic's ("MONUMENT (Phoenix) _ Interior Secretary Bruce Babbitt ..."); main showed four and three of their
    lines as details of the autism story. The cluster's AP report of an autism cluster in Brick, N.J. (article 1) is no
    budget and keeps its details."""
    from newsbrief.analyze.agreement import budget_page, details

    bud, bsents = _page(shared_dir, "duc2006/test.jsonl.gz", "D0612C", k)
    rep, rsents = _page(shared_dir, "duc2006/test.jsonl.gz", "D0612C", 1)
    assert budget_page(bud) and not budget_page(rep)
    for s in bsents + rsents:  # (details rank sentences by their names and figures)
        s.mentions = []
    got = details([s for s in bsents + rsents if any(ch.isdigit() for ch in s.text) or " _ " in s.text],
                  [bud, rep], per_outlet=4)
    assert got[bud.n] == [] and got[rep.n]


def test_a_page_with_one_dateline_or_two_wire_datelines_is_no_budget():
    """A report in the NYT service's style opens on one "WASHINGTON _" (212 pages of the sets do, once each); two
    wire datelines ("(AP) _") are a digest whose first story :func:`second_story_at` keeps."""
    from newsbrief.analyze.agreement import budget_page, second_story_at

    one, _ = _made_up(1, ["WASHINGTON _ The Senate voted 52-48 on Tuesday to keep the rule.",
                          "SENATE-VOTE followers said the count was close.", "The clerk read the 12 names."])
    two, _ = _made_up(2, ["GUATEMALA CITY (AP) _ A court sentenced one man to 25 years in prison.",
                          "The two men were convicted of the 1998 killing.",
                          "FORT-DE-FRANCE, Martinique (AP) _ Angry growers dumped tons of green bananas."])
    assert not budget_page(one) and not budget_page(two)
    assert second_story_at(two) == 2


# -- a leading definite phrase that says nothing of what it is ----------------------------------------------------


@pytest.mark.parametrize("path, cid, start", [
    ("duc2003_task3/test.jsonl.gz", "d107c", "The legislative scrutiny, however, doesn't appear"),
    ("duc2003_task3/test.jsonl.gz", "d116f", "The committee is meeting today in Salina."),
    ("multinews_sample/validation.jsonl.gz", "0001", "The club issued a statement apologizing"),
    ("duc2006/test.jsonl.gz", "D0614E", "The party, which appeals to many young voters"),
    ("duc2006/test.jsonl.gz", "D0617H", "The disclosure comes just a couple days after"),
])
def test_a_leading_definite_phrase_with_nothing_that_says_what_it_is_does_not_read_alone(shared_dir, path, cid,
                                                                                            start):
    """Which legislative scrutiny, which club, committee, party, disclosure? The phrase stands for something a
    sentence the view does not show named (main showed d116f's, D0614E's and D0617H's; d107c's and Multi-News
    0001's are labelled wrong, "dang", in tests/labels/single_details.tsv)."""
    from conftest import load_clusters
    from newsbrief.analyze.agreement import unreadable_alone

    arts = next(c for c in load_clusters(shared_dir / "data" / path) if c["id"].endswith(cid))["articles"]
    text = next(a["text"] for a in arts if start in a["text"])
    sentence = text[text.index(start):].split(". ")[0].split("\n")[0]
    assert unreadable_alone(sentence)


@pytest.mark.parametrize("text", [
    "The deadliest attack was on the Bataclan, a concert venue where 89 people died.",  # a superlative
    "The average car is about 9 years old, Hall said.",  # generic
    "The death toll from the attacks in Paris last Friday has risen to 130.",  # made specific after the noun
    "The decision whether to flood the towns would require the approval of the State Council.",
    "The Nebraska moratorium drive was led in part by state Sen. Kermit Brashear.",  # a name in the phrase
    "The police conducted a simultaneous raid on the nearby Boulevard Carnot.",  # the story's institution
    "The third attacker, identified as Bilal Hadfi, detonated his explosives at 9:53 p.m.",  # an aside names him
    "The information provided by Jim Hall indicated the plane plummeted 4,000 meters in 36 seconds.",  # a participle
])
def test_a_definite_phrase_made_specific_reads_alone(text):
    from newsbrief.analyze.agreement import bare_definite_subject, unreadable_alone

    assert bare_definite_subject(text) is None
    assert unreadable_alone(text) is None


def test_a_participle_after_the_noun_is_no_verb():
    """"The man accused of spreading ..." is made specific by what follows ("accused of"), not a subject and its
    verb (the summary's test of a person's description reads it on its own)."""
    from newsbrief.analyze.agreement import bare_definite_subject

    assert bare_definite_subject("The man accused of spreading the Melissa virus appeared in court Thursday.") is None


def test_details_show_the_outlets_next_sentence_in_place_of_a_bare_definite_one():
    from newsbrief.analyze.agreement import details

    src, sents = _made_up(1, [
        "The committee is meeting on 12 May in Salina.",
        "The Kansas Board of Education voted 6-4 on Wednesday to drop evolution from the state's 1999 standards.",
    ])
    got = details(sents, [src], per_outlet=1)
    assert [s.text for s in got[1]] == [sents[1].text]


# -- a pronoun behind a wire's dateline ----------------------------------------------------------------------------


def test_a_pronoun_after_a_wire_dateline_does_not_read_alone(shared_dir):
    """DUC 2006 D0628A: "CHICAGO (AP) -- Its street names include ''Vitamin R'' and ''R-Ball,'' ..." opens on "Its"
    (Ritalin, named in the headline); the summary's test read the dateline's first word."""
    from conftest import load_clusters
    from newsbrief.analyze.agreement import unreadable_alone

    arts = next(c for c in load_clusters(shared_dir / "data/duc2006/test.jsonl.gz") if c["id"] == "D0628A")["articles"]
    text = next(a["text"] for a in arts if "CHICAGO (AP) -- Its street names" in a["text"])
    sentence = text[text.index("CHICAGO (AP) -- Its"):].split("\n")[0]
    assert unreadable_alone(sentence)


@pytest.mark.parametrize("text", [
    "CHICAGO (AP) -- Federal drug enforcers list Ritalin among the 10 most stolen drugs.",
    # a list item keeps its own reason after the dateline is read (its leading dash is no dateline)
    "– Company of person related to a member of board of directors of Bank of Cyprus: From €839,000 loan",
])
def test_a_named_subject_after_a_wire_dateline_reads_alone_and_a_list_item_stays_one(text):
    from newsbrief.analyze.agreement import unreadable_alone

    why = unreadable_alone(text)
    assert why is None if text.startswith("CHICAGO") else why == "list item"
