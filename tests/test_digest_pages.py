"""A page of several stories read as the one story a brief is about, in cleaning (digest49): a wire's digest
(stories of different events under their own datelines, between separator lines) keeps the story the brief's other
articles tell and leaves the others out of ``article.text``, so the summary, the sentences and every section of the
cross-source view read the same story; a news service's photo package (captions of the day's photos) is a budget, no
article. Labels and rule: ``tests/labels/digest_pages.tsv``; docs/analysis-labels.md, "Digest pages read as one story
(issue 11, digest49)"."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parent / "labels" / "digest_pages.tsv"


@functools.lru_cache(maxsize=4)
def _cluster(shared: Path, path: str, cid: str) -> tuple:
    from conftest import load_clusters

    return tuple(next(c for c in load_clusters(shared / "data" / path) if c["id"] == cid)["articles"])


def _cleaned(shared_dir, path: str, cid: str):
    """The cluster's articles read and cleaned as a brief cleans them (the whole cluster: the story a digest keeps
    is the one the others tell)."""
    from newsbrief.clean import Cleaner
    from newsbrief.pipeline import read_brief

    return Cleaner()(read_brief([dict(a) for a in _cluster(shared_dir, path, cid)]))


def _labels() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cluster, article, _found_by, label, part, _kind = line.split("\t")
            rows.append((cluster, article, label, part))
    return rows


# -- a wire's digest ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cid, title, kept, dropped", [
    # AP's digest: Prozac for panic disorder, then a stegosaurus in Denver and the CDC on walking (OCD cluster)
    ("D0648C", "Study: Prozac can reduce symptoms of panic disorder", "panic disorder",
     ("stegosaurus", "Killingsworth")),
    # the digest's second story is the cluster's (ADHD): a satellite before it and concussions after it go
    ("D0628A", "Satellite to monitor Earth's climate", "Ritalin", ("Triana", "Concussions")),
    # Xinhua's economic summary: "CARACAS --" entries between "- - - -" lines (Hugo Chavez cluster)
    ("D0642F", "Xinhua World Economic News Summary at GMT 0530, July 25", "Chavez", ("Imacec", "jute")),
])
def test_a_wire_digest_is_read_as_the_story_the_brief_is_about(shared_dir, cid, title, kept, dropped):
    """DUC 2006 digests (AP's pages of two or three stories under "___", Xinhua's summary under "- - - -"): main
    read the whole page as one article, so the stegosaurus, the CDC's walking figures, Chile's economy reached the
    OCD, ADHD and Chavez briefs' sentences, quotes, figures and timeline. The brief now reads the story its other
    articles tell; the others are named on ``article.removed`` and in one warning."""
    b = _cleaned(shared_dir, "duc2006/test.jsonl.gz", cid)
    page = next(a for a in b.articles if a.title == title)
    assert kept in page.text
    for word in dropped:
        assert word not in page.text
    assert sum("another story of a digest page" in r for r in page.removed) >= 1
    assert any("is a digest of" in w for w in b.warnings)


def test_every_label_digest_and_only_those_read_as_digests(shared_dir):
    """``tests/labels/digest_pages.tsv`` over DUC 2003, DUC 2006, MultiLing, Multi-News and ECB+: the 7 digests
    are read as digests (:func:`newsbrief.clean.story_parts`) and the story kept is the labelled one in each; none
    of the 105 pages labelled one story is (pages with separator lines or several datelines: the wire's links and
    notes, a column's quiz, a live page's updates, a timeline)."""
    from newsbrief.clean import other_stories, story_parts
    from newsbrief.model import Article

    files = {"duc03": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
             "mn": "multinews_sample/validation.jsonl.gz"}
    rows = _labels()
    assert sum(r[2] == "digest" for r in rows) == 7
    for cluster, article, label, part in rows:
        if label == "budget":
            continue
        ds, cid = cluster.split(":", 1)
        arts = _cluster(shared_dir, files[ds], cid)
        text = arts[int(article) - 1]["text"]
        parts = story_parts(text)
        assert (parts is not None) == (label == "digest"), (cluster, article, label)
        if parts:
            objs = [Article(id=str(k), raw_text=a["text"]) for k, a in enumerate(arts, 1)]
            dropped = other_stories(objs)[id(objs[int(article) - 1])]
            assert [k for k, r in enumerate(parts, 1) if r not in dropped] == [int(part)], (cluster, article)


def test_a_story_with_two_datelines_is_one_story():
    """Made up: one story under a second dateline with no separator (a report filed from two places), and one
    whose separator is followed by the wire's links and an editor's note in a dateline's shape ("EDITOR'S NOTE --
    ..."), are one story each: no stretch after a separator opens a story of 40 words."""
    from newsbrief.clean import story_parts

    body = " ".join(["The council met again on Monday to discuss the harbour repairs and their cost."] * 4)
    two_places = f"BOSTON (AP) -- {body}\n\nNEW YORK (AP) -- {body}"
    assert story_parts(two_places) is None
    notes = (f"BOSTON (AP) -- {body}\n\n___\n\nEDITOR'S NOTE -- Jane Roe covers the harbour for The Associated "
             "Press.\n\n___\n\nOn the Net: http://www.example.org")
    assert story_parts(notes) is None


def test_a_digest_keeps_the_story_its_brief_tells_and_a_page_alone_stays_whole():
    """Made up: a digest of a harbour story and a museum story, briefed with two reports on the museum, keeps the
    museum story (the second part); briefed alone it is kept whole (nothing says which story the brief is about)."""
    from newsbrief.clean import Cleaner
    from newsbrief.model import Article, Brief

    harbour = " ".join(["The harbour council approved pier repairs costing 4 million dollars on Monday."] * 4)
    museum = " ".join(["The natural history museum unveiled a stegosaurus skeleton found in Colorado quarries."] * 4)
    page = f"BOSTON (AP) _ {harbour}\n\n___\n\nDinosaur goes on show\n\nDENVER (AP) _ {museum}"
    reports = ["Visitors lined up as the museum showed the stegosaurus skeleton dug from a Colorado quarry.",
               "The stegosaurus skeleton, the most complete found in Colorado, is on show at the Denver museum."]
    b = Cleaner()(Brief(articles=[Article(id="p", raw_text=page)]
                        + [Article(id=str(k), raw_text=t) for k, t in enumerate(reports)]))
    assert "stegosaurus" in b.articles[0].text and "harbour" not in b.articles[0].text
    alone = Cleaner()(Brief(articles=[Article(id="p", raw_text=page)]))
    assert "stegosaurus" in alone.articles[0].text and "harbour" in alone.articles[0].text


# -- a photo package ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cid, k", [("D0610A", 16), ("D0611B", 17)])
def test_a_photo_package_is_a_budget_no_article(shared_dir, cid, k):
    """The New York Times Photo Package ("ATTENTION EDITORS: The following photos are part of tonight's New York
    Times Photo Package ..." then 35 or 42 captions: "(NYT34) WASHINGTON -- Oct. 28, 1998 -- NBA-LABOR-2, 10-28 --
    A group of disgruntled fans ..."): main left it out of the home-schooling and organic-gardening briefs already,
    but as "every line is a page's note" (each caption read as a wire's note); it is now read as what it is, a news
    service's budget (:func:`newsbrief.clean.budget_note`), which the view's details read too with
    ``ingest.skip_page_notes`` off."""
    from newsbrief.clean import budget_note, page_note

    text = _cluster(shared_dir, "duc2006/test.jsonl.gz", cid)[k - 1]["text"]
    assert "photo package" in (budget_note(text) or "")
    assert page_note(text)


def test_a_story_about_photos_is_no_photo_package():
    """Made up: a story that mentions a photo package, with one dateline, is no budget."""
    from newsbrief.clean import budget_note

    text = ("NEW YORK -- The following photos are part of an exhibition that opened on Monday, the museum said.\n\n"
            "The show runs until March.")
    assert budget_note(text) is None
