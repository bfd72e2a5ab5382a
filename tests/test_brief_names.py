"""Brief sentences that lean on a name, a place or a thing the brief does not give (brief49,
docs/brief-sentence-labels.md): a surname in a possessive or a clause ("Hammerman's book", "When Hall recommended
..."), named in full from the article where the article calls it a person; "this country" / "this city" (the
dateline's place: a city is named from the dateline, a country never); a leading definite with a capitalized modifier
or a present tense ("The Arizona study raises questions."). The selector's lean rule, the rewrite and the readability
counter read them with the same detectors (:func:`newsbrief.rewrite.bare_surname`,
:func:`newsbrief.rewrite.inside_reference`, :data:`newsbrief.rewrite.LEADING_DEFINITE_RE`).

Real sentences come from ../shared (DUC 2006 clusters outside brief49's held-out half D0616G-D0625G); each failed on
main ed154ec. The made-up counter-cases keep what the sentence leans on in the sentence or the article."""

from __future__ import annotations

import pytest
from test_brief_leans import _sentence, needs_data  # the prepared DUC 2006 sentence reader

from newsbrief.eval.readability import check_brief
from newsbrief.model import Brief, SummarySentence
from newsbrief.rewrite import bare_surname, dangling_reason, inside_reference, name_in_full, name_this_place, rewrite


@needs_data
@pytest.mark.parametrize("cluster, prefix, named", [
    # main showed these with the surname alone: a reader has not met Hall, Hammerman, Cervantes or Powless
    ("D0608H", "When Hall recommended the fitting stations", "When Jim Hall recommended the fitting stations"),
    ("D0613D", "Hammerman's book explores", "Joshua Hammerman's book explores"),
    ("D0602B", "If Cervantes' positive test is confirmed", "If Dana Cervantes' positive test is confirmed"),
    # (the rewrite cuts "Rather," as a leading connective since brief50: the subject after it is named all the same)
    ("D0601A", "Rather, Powless, whose tribe opposes gambling", "Irving Powless, whose tribe opposes gambling"),
])
def test_a_surname_in_a_possessive_or_a_clause_is_named_in_full(cluster, prefix, named):
    s, text = _sentence(cluster, prefix)
    shown = rewrite(s, text).text
    done = name_in_full(shown, s.article.body, [])
    assert done.text.startswith(named)
    # a brief whose headline or earlier bullet introduces the person keeps the surname alone
    full = done.edits[0].split(" -> ")[1].strip("'")
    assert name_in_full(shown, s.article.body, [f"{full} spoke on Monday."]).text == shown


@needs_data
def test_the_counter_counts_a_surname_in_a_possessive_unless_a_bullet_before_introduces_it():
    s, text = _sentence("D0613D", "Hammerman's book explores")
    lean = SummarySentence(text, [], source=s)
    assert check_brief(Brief(articles=[], headline="Faith online", summary=[lean])).unresolved == [text]
    before = SummarySentence("Rabbi Joshua Hammerman searched for God on the Internet.", [], source=s)
    assert check_brief(Brief(articles=[], headline="Faith online", summary=[before, lean])).unresolved == []


def test_a_possessive_the_article_never_calls_a_person_is_not_named():
    """A company, a place or a team in a possessive is no one's surname: the article must call it a person (an
    attribution, a title, an age, a role before the whole name)."""
    article = ("Henry Ford built the first plant in 1913. Ford's profits rose last year. Under Florida law the count "
               "is automatic. Florida's officials met.")
    for text in ("Ford's profits rose by a third last year.", "Florida's officials met on Monday to count."):
        assert bare_surname(text, article) is None
        assert name_in_full(text, article, []).text == text
    # a place the article calls a party's or a group's name ("Project Venezuela") is still a place
    party = "Voters in Venezuela backed the party Project Venezuela. Venezuela said the vote was fair."
    congress = "Venezuela's new Congress met on Monday."
    assert name_in_full(congress, party, []).text == congress
    # the same possessive where the article calls him a person
    said = article + " Ford said the plant would grow."
    assert name_in_full("Ford's plant opened in 1913 near Detroit.", said, []).text == \
        "Henry Ford's plant opened in 1913 near Detroit."


def test_a_surname_after_a_first_name_or_a_title_is_no_bare_surname():
    article = "Jim Hall, chairman of the board, said seats matter. Hall said more."
    for text in ("When Jim Hall recommended the fitting stations, he meant it.",
                 "When Chairman Hall recommended the fitting stations, he meant it.",
                 "Jim Hall's speech named six automakers."):
        assert bare_surname(text, article) is None


@needs_data
def test_this_country_after_an_unshown_dateline_leans():
    # D0612C, a Washington story: main showed it as the brief's own claim about a country it never names
    s, text = _sentence("D0612C", "An estimated 400,000 people in this country")
    shown = rewrite(s, text).text
    assert dangling_reason(shown) == "'this country' with no place shown"
    assert inside_reference(shown) == ("this", "country")


@needs_data
def test_this_city_is_named_from_the_dateline():
    # D0602B, datelined "BOSTON _"
    s, text = _sentence("D0602B", "Since the day she sailed her way into this city's heart")
    shown = rewrite(s, text)
    assert "into Boston's heart" in shown.text
    assert shown.edits[-1] == "'this city' -> 'Boston'"
    assert dangling_reason(shown.text) is None


def test_this_city_stays_where_the_place_cannot_take_what_follows_or_inside_a_quotation():
    assert name_this_place("Experts converged on the crash site in this town of factories.", "Gonesse") == \
        "Experts converged on the crash site in this town of factories."
    assert name_this_place("Parents wanted the schools in this city reopened.", "Port Huron") == \
        "Parents wanted the schools in Port Huron reopened."
    quoted = '"It is a shattering blow for this city," the mayor said.'
    assert name_this_place(quoted, "London") == quoted
    assert inside_reference(quoted) is None
    # "this year" is no place; a place the sentence names before "this country" is the country
    assert inside_reference("Arthritis costs the economy $65 billion this year, the foundation said.") is None
    assert inside_reference("Carter will be in Mexico on July 2 to observe this country's election.") is None
    assert inside_reference("Mexico's ruling party has controlled this country's presidency for 71 years.") is None


def test_a_clause_opener_or_a_second_first_name_gives_no_full_name():
    """Dev clusters' possessives: "Since Bush's position ..." gave Bush the first name "Since"; an article naming
    a father and a daughter ("Charles Schulz", "Jill Schulz") does not say whose "Schulz's" is."""
    article = "Since Bush took office, aides said little. Bush said he would act. George Bush spoke on Monday."
    assert name_in_full("Aides doubted Bush's position on taxes.", article, []).text == \
        "Aides doubted George Bush's position on taxes."
    for opener in ("Turning", "Besides", "Meanwhile"):
        assert name_in_full("Aides doubted Bush's position on taxes.", f"{opener} Bush, they left. Bush said no.",
                            []).text == "Aides doubted Bush's position on taxes."
    family = "Charles Schulz drew Peanuts. Jill Schulz, 45, skated. Schulz said he drew every day."
    assert name_in_full("The hurts of Schulz's early years fed the strip.", family, []).text == \
        "The hurts of Schulz's early years fed the strip."


@needs_data
def test_a_leading_definite_with_a_modifier_leans():
    # D0605E: "However, the Arizona study raises questions." (the connective deleted) and D0615F's label
    s, text = _sentence("D0605E", "However, the Arizona study raises questions.")
    shown = rewrite(s, text).text
    assert shown == "The Arizona study raises questions."
    assert dangling_reason(shown) == "leading definite description 'The Arizona study'"
    s, text = _sentence("D0615F", "The Alabama label explains")
    assert dangling_reason(rewrite(s, text).text).startswith("leading definite description")


def test_a_definite_made_specific_or_a_name_does_not_lean():
    for text in ("The New York Times reported the findings on Monday.",
                 "The Arizona study of 300 rabbits raises questions about the dose.",
                 "The Supreme Court ruling was unanimous, the clerk said."):
        assert not (dangling_reason(text) or "").startswith("leading definite"), text


def test_the_counter_counts_a_leading_definite_unless_the_brief_names_it():
    lean = "The Arizona study raises questions."
    brief = Brief(articles=[], headline="Arthritis remedies", summary=[SummarySentence("Glucosamine is sold widely.", []),
                                                                        SummarySentence(lean, [])])
    assert check_brief(brief).unresolved == [lean]
    brief = Brief(articles=[], headline="Arthritis remedies", summary=[
        SummarySentence("A study in Phoenix gave rabbits glucosamine.", []), SummarySentence(lean, [])])
    assert check_brief(brief).unresolved == []
