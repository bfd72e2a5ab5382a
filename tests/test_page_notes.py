"""The story page's notes about one input, read as a reader reads them (issue 11, rd52; docs/analysis-labels.md, "Read
as a reader: pictures' captions in the view, and notes that name files"): the page names an article by the number it
shows for it ("source 2 is a digest of 3 stories: ..."), and a text left out as "A text given", never by the path of
the file it was read from ("/tmp/x/D0648C.jsonl:3: ..."). The terminal's and the JSON's warnings keep the path: their
reader named the files. Real clusters from ../shared written to a temporary feed (skipped without it); made-up
counter-cases guard the rule's reach."""

from __future__ import annotations

import json

from conftest import load_clusters

from newsbrief.config import Settings
from newsbrief.model import Article, Brief
from newsbrief.pipeline import prepare
from newsbrief.render.story_page import reader_note, story_view


def _feed(shared_dir, tmp_path, path: str, cid: str):
    rows = next(c for c in load_clusters(shared_dir / path) if c["id"] == cid)["articles"]
    feed = tmp_path / f"{cid}.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in rows))
    return feed


def test_a_digest_page_is_named_by_its_source_number(shared_dir, tmp_path):
    # DUC 2006 D0648C: article 2 is a wire digest of three stories; main's page said "article 2 (/tmp/.../D0648C.jsonl)"
    feed = _feed(shared_dir, tmp_path, "data/duc2006/test.jsonl.gz", "D0648C")
    b = prepare([feed], Settings())
    assert any(str(feed) in w for w in b.warnings)  # the terminal's warning keeps the path
    notes = story_view(b)["notes"]
    assert notes and notes[0].startswith("source 2 is a digest of 3 stories: the brief reads the one about its story")
    assert not any(str(tmp_path) in n or ".jsonl" in n for n in notes)


def test_a_text_left_out_is_a_text_given(shared_dir, tmp_path):
    # Multi-News 0016: article 3 is a crawler's note, left out (NB109); main's page opened the note on the file's path
    feed = _feed(shared_dir, tmp_path, "data/multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0016")
    b = prepare([feed], Settings())
    notes = story_view(b)["notes"]
    assert notes == ["A text given: no article: every line is a page's note (crawler note); left out of the brief "
                     "[NB109]"]


def test_notes_without_a_file_are_as_written():
    b = Brief(articles=[Article(id="a1", raw_text="x", path=None, title="Bridge reopens")])
    for note in ["pasted article 3: no text", "article 1 (Bridge reopens) has no date", "f61cef74: kept once"]:
        assert reader_note(note, b) == note
    # the title the stage names a digest by when there is no path: the page's number all the same
    assert reader_note("article 1 (Bridge reopens) is a digest of 2 stories: ...", b) == (
        "source 1 is a digest of 2 stories: ...")


def test_a_feeds_articles_are_told_apart_by_their_line():
    b = Brief(articles=[Article(id="a1", raw_text="x", path="/in/feed.jsonl", line=1),
                        Article(id="a2", raw_text="y", path="/in/feed.jsonl", line=4)])
    assert reader_note("/in/feed.jsonl:4: the same article was given twice; kept once", b) == (
        "source 2: the same article was given twice; kept once")
    assert reader_note("/in/feed.jsonl: entry 7: no text", b) == "A text given: entry 7: no text"
