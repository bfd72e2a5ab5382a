"""Copies of one text under two names count as one source (issue 11, helper agr62): a blog that reposts an AP story
without crediting it, keeping most of its sentences and adding its own, is in the AP's family, so the facts the two
share are not shown as two outlets agreeing. Hand-made articles (fast)."""

from __future__ import annotations

from test_analyze_units import _article_sents

#: An AP story (credited in its dateline) ...
_AP = ("WASHINGTON (AP) — The Senate voted on Tuesday to extend the highway funding program for another six months. "
       "The measure passed by a vote of 68 to 31 after two weeks of debate over how to pay for it. "
       "The program pays for road and bridge repairs in every state and was due to run out at the end of the month. "
       "Several governors had warned that construction projects would stop without the money. "
       "The House is expected to take up the bill next week before lawmakers leave for the summer recess. ")
#: ... its copy on a blog that drops the credit, edits a few words and adds a paragraph of its own ...
_BLOG = ("The Senate voted on Tuesday to extend the highway funding program for another six months. "
         "The measure passed by a vote of 68-31 after two weeks of debate over how to pay for it. "
         "The program pays for road and bridge repairs in every state and was set to run out at the end of the month. "
         "Several governors had warned that construction projects would stop without the money. "
         "Our readers have written to us for months about the potholes on the county's main roads. ")
#: ... and an outlet's own report of the vote.
_OWN = ("Senators agreed to keep highway money flowing for half a year, sending the stopgap bill to the House. "
        "The vote came after days of wrangling over a gas tax increase that neither party wanted to own. "
        "Road builders in the state said they would resume bidding on summer projects. ")


def _sources(texts, outlets):
    sents = [_article_sents(t, n=n, outlet=o) for n, (t, o) in enumerate(zip(texts, outlets), 1)]
    return [ss[0].source for ss in sents], [s for ss in sents for s in ss]


def test_an_uncredited_copy_of_a_wire_story_is_in_the_wire_s_family():
    """The blog's article keeps 4 of the AP's 5 sentences (two of them edited: "68-31", "was set to"): it counts in
    the Associated Press's family where outlets are counted (``counted_family``); the outlet's own report stays its
    own. Its ``family`` (read by figure conflicts, quotes, the timeline) is unchanged."""
    from newsbrief.analyze._copy_family import copy_families, mark_copy_families

    sources, _ = _sources((_AP, _BLOG, _OWN), ("Associated Press", "roadsblog.example", "The Daily Courier"))
    assert [s.family for s in sources] == ["Associated Press", "roadsblog.example", "The Daily Courier"]
    assert copy_families(sources) == {1: "Associated Press", 2: "Associated Press"}
    mark_copy_families(sources)
    assert [s.counted_family for s in sources] == ["Associated Press", "Associated Press", "The Daily Courier"]
    assert [s.family for s in sources] == ["Associated Press", "roadsblog.example", "The Daily Courier"]


def test_a_fact_the_wire_and_its_copy_share_is_one_source_s_not_agreement():
    """In the agreement units, the governors' warning (a sentence the AP and the blog share, the outlet's own
    report does not tell) is one source's fact once the copy is in the AP's family: it has one family, so the view
    lists it under one source's facts, not as two outlets agreeing. Before, it counted two families."""
    from newsbrief.analyze._copy_family import mark_copy_families
    from newsbrief.analyze.agreement import units

    def repairs_families(mark: bool) -> list[str]:
        sources, sents = _sources((_AP, _BLOG, _OWN), ("Associated Press", "roadsblog.example", "The Daily Courier"))
        if mark:
            mark_copy_families(sources)
        found, _ = units(sents, 0.35)
        unit = next(u for u in found if "governors had warned" in u.text)
        assert [s.n for s in unit.sources] == [1, 2]
        return unit.families

    assert repairs_families(False) == ["Associated Press", "roadsblog.example"]
    assert repairs_families(True) == ["Associated Press"]


def test_outlets_quoting_one_statement_are_no_copies():
    """Counter-case: two outlets that each report a statement quote it word for word (three quoted sentences alike),
    with their own prose around it: sentences with quotation marks are not compared, so they stay two sources."""
    from newsbrief.analyze._copy_family import copy_families

    said = ('"We are thrilled to welcome the new director to the museum after a long international search," the board '
            'said in a statement. "She brings decades of experience running collections on three continents to the '
            'job," the statement said. "Her first task will be to reopen the east wing to visitors next spring," '
            'the chairman of the board added in the statement. ')
    a = "The city museum named a new director on Friday, ending a year without a permanent head. " + said
    b = said + "The appointment ends a turbulent year for the museum, which lost two directors in quick succession. "
    sources, _ = _sources((a, b), ("The Daily Courier", "Arts Weekly"))
    assert copy_families(sources) == {}


def test_the_analysis_counts_a_copy_in_its_original_s_family():
    """The view's sources (``analyze_brief``): the blog's copy carries the AP's family, so "most outlets" and the
    coverage count two independent sources, not three."""
    import datetime as dt

    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.model import Article
    from newsbrief.pipeline import prepare

    day = dt.date(2024, 7, 9)
    arts = [Article(id=f"a{n}", raw_text=t, text=t, date=day, source=o) for n, (t, o) in enumerate(
        zip((_AP, _BLOG, _OWN), ("Associated Press", "roadsblog.example", "The Daily Courier")), 1)]
    settings = Settings()
    d = Analyzer(settings)(prepare(arts, settings)).analysis.to_dict()
    assert [s["family"] for s in d["sources"]] == ["Associated Press", "Associated Press", "The Daily Courier"]
    assert [f["family"] for f in d["families"]] == ["Associated Press", "The Daily Courier"]
