"""Reader-found defects left by stop 62 (issue 11, helper fix63), each with a hand-made case that fails without its
fix: the story's counts line counts an uncredited copy of a wire story with the wire's family, as the cross-source
view does."""

from __future__ import annotations

import datetime as dt

from newsbrief.ingest import article_from_dict

#: An AP story (credited in its dateline), its copy on a paper's site that drops the credit, edits a few words and
#: adds its own paragraph, and an outlet's own report (the shapes of tests/test_copy_family62.py).
_AP = ("WASHINGTON (AP) — The Senate voted on Tuesday to extend the highway funding program for another six months.\n\n"
       "The measure passed by a vote of 68 to 31 after two weeks of debate over how to pay for it.\n\n"
       "The program pays for road and bridge repairs in every state and was due to run out at the end of the month.\n\n"
       "Several governors had warned that construction projects would stop without the money.\n\n"
       "The House is expected to take up the bill next week before lawmakers leave for the summer recess.")
_COPY = ("The Senate voted on Tuesday to extend the highway funding program for another six months.\n\n"
         "The measure passed by a vote of 68-31 after two weeks of debate over how to pay for it.\n\n"
         "The program pays for road and bridge repairs in every state and was set to run out at the end of the month.\n\n"
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
    from newsbrief.outlets import count_sources, counted_sources, counts_line
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
    from newsbrief.outlets import counts_line
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
