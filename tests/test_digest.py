"""Story briefs and the daily digest from a store of real articles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from newsbrief.digest import brief_story, digest, render_digest
from newsbrief.errors import NotFoundError
from newsbrief.ingest import read_articles
from newsbrief.store import Store


@pytest.fixture()
def store(tmp_path: Path, libya_dir: Path, fixtures_dir: Path):
    arts = read_articles([libya_dir])
    # one Libya report a day later: the story goes on, the digest of the 14th must not show it
    later = dataclasses.replace(arts[1], id="later-report", date=dt.date(2020, 1, 15), path=None,
                                raw_text=arts[1].raw_text + "\n\nTalks are expected to resume in Berlin on Sunday.")
    with Store(tmp_path / "s.db") as st:
        st.add(arts + read_articles([fixtures_dir / "feed.rss"]) + [later])
        yield st


def test_brief_story(store: Store) -> None:
    story = store.stories()[0]
    b = brief_story(store, story.id, words=80)
    assert b.story_id == story.id
    assert {a.id for a in b.articles} == set(story.article_ids)
    assert 0 < sum(len(s.text.split()) for s in b.summary) <= 80
    for s in b.summary:
        for c in s.citations:
            assert c.text in b.article(c.article_id).body
    with pytest.raises(NotFoundError):
        brief_story(store, "s-unknown")


def test_digest_of_a_day(store: Store) -> None:
    d = digest(store, "2020-01-14", words=50)
    assert d.date == dt.date(2020, 1, 14)
    sizes = [len(b.articles) for _, b in d.entries]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 5  # biggest first; as of that day
    assert all("later-report" not in {a.id for a in b.articles} for _, b in d.entries)
    md = render_digest(d, "markdown")
    assert md.startswith("# News digest: Tuesday, 14 January 2020")
    # the Libya story and the Harbour Gazette's two local reports of that day (one story or two: how alike two
    # reports of one outlet's harbour must be is the clusterer's business, not the digest's)
    assert md.count("\n## ") == len(d.entries) >= 2
    doc = json.loads(render_digest(d, "json"))
    assert doc["date"] == "2020-01-14" and len(doc["stories"]) == len(d.entries)


def test_digest_html_is_escaped(store: Store) -> None:
    d = digest(store, dt.date(2020, 1, 14))
    html = render_digest(d, "html")
    assert html.startswith("<!doctype html>")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('class="brief digest-entry"') == len(d.entries) >= 2


def test_digest_of_an_empty_day(store: Store) -> None:
    d = digest(store, "2020-02-01")
    assert d.entries == []
    assert "No stories on this day." in render_digest(d, "markdown")
    assert "No stories on this day." in render_digest(d, "html")


def test_next_day_digest_has_the_continuing_story(store: Store) -> None:
    d = digest(store, "2020-01-15")
    assert len(d.entries) == 1
    story, b = d.entries[0]
    assert "later-report" in story.article_ids and len(b.articles) == 6


def test_digest_markdown_entries_are_the_brief_markdown(store: Store) -> None:
    """A digest entry lists the summary and the sources as a brief's Markdown does."""
    from newsbrief.render import to_markdown

    d = digest(store, "2020-01-14", words=50)
    md = render_digest(d, "markdown")
    for _, b in d.entries:
        brief_lines = to_markdown(b).splitlines()
        summary = [line for line in brief_lines if line.startswith("- ")][: len(b.summary)]
        listed = brief_lines[brief_lines.index("## Sources") + 1 : brief_lines.index("## Evidence")]
        sources = [line for line in listed if line[:1].isdigit()]  # (no article ids: the same lines as the digest's)
        assert len(summary) == len(b.summary) >= 1 and len(sources) == len(b.articles)
        assert all(line in md for line in summary + sources)


def test_latest_day_is_the_digest_default(store: Store, tmp_path: Path) -> None:
    import subprocess
    import sys

    assert store.latest_day() == dt.date(2020, 1, 15)  # the later Libya report
    p = subprocess.run([sys.executable, "-m", "newsbrief", "digest", "--store", str(store.file), "-f", "json"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["date"] == "2020-01-15"
    empty = subprocess.run([sys.executable, "-m", "newsbrief", "digest", "--store", str(tmp_path / "new.sqlite3")],
                           capture_output=True, text=True)
    assert empty.returncode == 1 and "no dated article" in empty.stderr and "Traceback" not in empty.stderr


def test_ingest_summary_plurals() -> None:
    from newsbrief.store import IngestResult

    assert "1 article (0 near-duplicates" in IngestResult(ingested=1, stories_created=1).summary()
    assert "1 new story" in IngestResult(ingested=1, stories_created=1).summary()
    assert "2 new stories" in IngestResult(ingested=2, stories_created=2).summary()


def test_digest_counts_an_unnamed_outlet_and_never_lists_its_label(store: Store) -> None:
    """teleSUR's Libya piece names no outlet: the digest entry said "5 outlets" and "Sources: The New Arab, unknown
    outlet, ..." and its source line "unknown outlet" (stop 40); it counts it as not named, as the story list does."""
    d = digest(store, dt.date(2020, 1, 14))
    for fmt in ("html", "markdown"):
        out = render_digest(d, fmt)
        assert "unknown outlet" not in out, fmt
        assert "not named" in out, fmt
    assert "5 articles · 4 outlets, 1 more not named" in render_digest(d, "html")
