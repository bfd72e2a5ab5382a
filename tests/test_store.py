"""The story store: idempotent and transactional ingest (a real process killed
with SIGKILL), near-duplicate linking across processes, schema migration, and
the store commands end to end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from newsbrief.config import Settings
from newsbrief.errors import InvalidDateError, NotFoundError, StoreError
from newsbrief.ingest import read_articles
from newsbrief.model import Article
from newsbrief.store import SCHEMA_VERSION, Store
from newsbrief.stream.model import state_from_bytes

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture()
def libya(libya_dir: Path) -> list[Article]:
    return read_articles([libya_dir])


def reprint(art: Article, outlet: str = "Reprint Daily") -> Article:
    """A wire reprint: new headline, last paragraph trimmed, another outlet."""
    paras = [p for p in art.raw_text.split("\n\n") if p.strip()]
    text = "\n\n".join(paras[:-1])
    title = "EXCLUSIVE: " + (art.title or "").upper()
    return dataclasses.replace(art, id=Article.make_id(text, title), raw_text=text, title=title, source=outlet,
                               path=None, duplicate_of=None)


# --- ingest --------------------------------------------------------------------------


def test_ingest_is_idempotent(tmp_path: Path, libya) -> None:
    with Store(tmp_path / "s.db") as st:
        first = st.add(libya)
        again = st.add(read_articles([a.path for a in libya]))
        assert first.ingested == len(libya) == 5
        assert again.ingested == 0 and again.already_stored == 5
        assert len(st) == 5
        assert st.check() == []
    # a new process (a new Store on the file) agrees
    with Store(tmp_path / "s.db") as st:
        assert st.add(libya).already_stored == 5
        assert len(st) == 5


def test_store_api_roundtrip(tmp_path: Path, libya) -> None:
    with Store(tmp_path / "s.db") as st:
        st.add(libya)
        stories = st.stories()
        assert len(stories) == 1 and stories[0].size == 5
        sid = stories[0].id
        assert st.story(sid).article_ids == stories[0].article_ids
        assert stories[0].first_seen.isoformat() == "2020-01-14"
        arts = st.story_articles(sid)
        assert {a.id for a in arts} == {a.id for a in libya}
        assert {a.raw_text for a in arts} == {a.raw_text for a in libya}  # text as read
        assert st.stories(since="2020-01-15") == []
        assert [s.id for s in st.stories(since="2020-01-14", until="2020-01-14")] == [sid]
        with pytest.raises(NotFoundError):
            st.story("nope")
        with pytest.raises(InvalidDateError, match="since: not a date: 'yesterday-ish'"):
            st.stories(since="yesterday-ish")


def test_constructor_is_cheap(tmp_path: Path) -> None:
    st = Store(tmp_path / "sub" / "s.db")
    assert not (tmp_path / "sub").exists()  # nothing opened yet
    with st:
        assert (tmp_path / "sub" / "s.db").exists()


def test_bad_inputs_are_skipped_with_reasons(tmp_path: Path, fixtures_dir: Path) -> None:
    with Store(tmp_path / "s.db") as st:
        result = st.add([fixtures_dir / "bridge.txt", fixtures_dir / "empty.txt", fixtures_dir / "binary.txt",
                         fixtures_dir / "feed.rss"])
    assert result.ingested == 3  # bridge.txt + two feed entries with text
    reasons = dict(result.skipped)
    assert reasons[str(fixtures_dir / "empty.txt")] == "file is empty"
    assert "binary" in reasons[str(fixtures_dir / "binary.txt")]
    assert "2 skipped" in result.summary()


def test_a_page_note_skipped_names_its_file_and_line(tmp_path: Path) -> None:
    """A JSON Lines article that is only a page's note is skipped with a warning naming the line it is on."""
    import json

    path = tmp_path / "feed.jsonl"
    story = ("The city council approved the harbour budget on Monday after a long debate, officials said. "
             "The plan adds two ferry routes and repairs the north pier before the summer season.")
    path.write_text("\n".join(json.dumps(d) for d in (
        {"title": "Council passes harbour budget", "text": story},
        {"title": "A HEALTHY JOLT", "text": "(Distributed by New York Times Special Features)"},
    )) + "\n")
    with Store(tmp_path / "s.db") as st:
        result = st.add([path])
    assert result.ingested == 1
    assert [(where, message.startswith("no article")) for where, message in result.skipped] == [(f"{path}:2", True)]


def _input_order(path: Path) -> list[str]:
    """Ids of the articles the store keeps from ``path``, in order: each once, no page's note (duc2006 holds 5
    syndicate sales notes, which the store skips: ``ingest.skip_page_notes``)."""
    from newsbrief.clean import page_note

    seen, out = set(), []
    for a in read_articles([path]):
        if a.id not in seen and not page_note(a.raw_text):
            seen.add(a.id)
            out.append(a.id)
    return out


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_no_committed_article(tmp_path: Path, shared_dir: Path) -> None:
    """Kill `newsbrief ingest` with SIGKILL between commits: what is stored is
    exactly a prefix of the input made of whole batches, consistent, and a
    second run completes it."""
    data = shared_dir / "data" / "duc2006" / "test.jsonl.gz"
    db = tmp_path / "s.db"
    batch = 20
    cmd = [sys.executable, "-m", "newsbrief", "ingest", str(data), "--store", str(db), "--batch-size", str(batch),
           "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            try:
                c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
                finally:
                    c.close()
            except sqlite3.Error:
                continue  # not created or not migrated yet
            if stored >= 5 * batch:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    order = _input_order(data)
    with Store(db) as st:
        assert st.check() == []
        ids = [r[0] for r in st.conn.execute("SELECT id FROM articles ORDER BY seq")]
        assert 5 * batch <= len(ids) < len(order)
        assert ids == order[: len(ids)]  # a prefix of the input: no gaps, no half batch
    # the file is not locked, and re-running completes the ingest
    p = subprocess.run(cmd, cwd=REPO, capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    assert f"ingested {len(order) - len(ids)} articles" in p.stderr.decode()
    with Store(db) as st:
        assert st.check() == []
        assert [r[0] for r in st.conn.execute("SELECT id FROM articles ORDER BY seq")] == order


def test_failed_batch_rolls_back_and_store_recovers(tmp_path: Path, libya) -> None:
    """An error inside a batch leaves nothing of it behind; the next add works."""

    class Boom(Exception):
        pass

    def articles():
        yield from libya[:2]
        raise Boom

    with Store(tmp_path / "s.db", batch_size=2) as st:
        with pytest.raises(Boom):
            st.add(articles())
        assert len(st) == 2 and st.check() == []
        st.add(libya)
        assert len(st) == 5 and st.check() == []
        assert len(st.stories()) == 1


# --- near-duplicates -----------------------------------------------------------------


def test_reprint_is_linked_to_its_original_across_processes(tmp_path: Path, libya) -> None:
    original = next(a for a in libya if a.source == "UPI")
    copy = reprint(original)
    assert copy.id != original.id
    with Store(tmp_path / "s.db") as st:
        st.add(libya)
    with Store(tmp_path / "s.db") as st:  # signatures come back from the file
        result = st.add([copy])
        assert result.near_duplicates == 1
        stored = st.article(copy.id)
        assert stored.duplicate_of == original.id
        story = st.story(st.story_of(original.id))
        assert copy.id in story.article_ids and story.size == 6
        assert "Reprint Daily" not in story.outlets  # not an independent source
        assert st.check() == []


def test_unrelated_articles_are_not_duplicates(tmp_path: Path, libya) -> None:
    with Store(tmp_path / "s.db") as st:
        result = st.add(libya)
    assert result.near_duplicates == 0


# --- schema migration ------------------------------------------------------------------

V1_SCHEMA = """
CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, text TEXT NOT NULL,
    source TEXT, url TEXT, date TEXT, path TEXT, ingested_at TEXT NOT NULL, duplicate_of TEXT, story_id TEXT);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, size INTEGER NOT NULL DEFAULT 0, first_seen TEXT,
    last_seen TEXT);
PRAGMA user_version = 1;
"""


def test_version_1_store_is_migrated_and_reclustered(tmp_path: Path, libya) -> None:
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as c:  # a file as version 1 wrote it
        c.executescript(V1_SCHEMA)
        c.executemany(
            "INSERT INTO articles(id, title, text, source, url, date, path, ingested_at, story_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '2020-01-15T00:00:00+00:00', 'old')",
            [(a.id, a.title, a.raw_text, a.source, a.url, a.date.isoformat() if a.date else None, a.path)
             for a in libya],
        )
        c.execute("INSERT INTO stories(id, title, size) VALUES ('old', 'Old story', 5)")
    with Store(db) as st:
        assert st.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(st) == 5 and st.check() == []
        stories = st.stories()
        assert len(stories) == 1 and stories[0].size == 5 and stories[0].id != "old"
        assert st.conn.execute("SELECT DISTINCT ingested_at FROM articles").fetchall() == [("2020-01-15T00:00:00+00:00",)]
        # and it goes on incrementally from there
        assert st.add([reprint(libya[0])]).near_duplicates == 1


#: The articles of tests/fixtures/store-v2.sql (two events and a reprint).
OLD_ARTICLES = [  # (title, text, outlet, date)
    ("Earthquake strikes central Chile",
     "A magnitude 8.8 earthquake struck central Chile early on Saturday, collapsing buildings in Concepcion and "
     "cutting power across the region. Officials in Santiago said at least 300 people were killed and rescuers were "
     "searching the rubble of apartment blocks. The quake triggered a tsunami warning across the Pacific.",
     "Daily Planet", "2010-02-27"),
    ("Chile quake death toll rises",
     "The death toll from the earthquake in Chile rose to more than 700 on Sunday as rescuers in Concepcion pulled "
     "survivors from collapsed buildings. President Michelle Bachelet declared a state of catastrophe in the worst "
     "hit regions and sent troops to stop looting in the streets of Concepcion.",
     "Morning Post", "2010-02-28"),
    ("Parliament in Oslo passes budget",
     "Lawmakers in Oslo approved the national budget on Friday after a long debate over oil fund spending. The "
     "minority government won the support of two smaller parties after agreeing to raise spending on rail lines "
     "and to cut the tax on electric cars, the finance minister told reporters in Oslo.",
     "Nordic Times", "2010-02-26"),
    ("Norway budget deal reached",
     "Norway's minority government reached a budget deal with two smaller parties, clearing the way for "
     "parliament in Oslo to pass the budget. The finance minister said the deal raises oil fund spending on rail "
     "lines and keeps the tax cut on electric cars that the parties demanded.",
     "Evening Star", "2010-02-26"),
    ("Aid arrives in Concepcion after Chile earthquake",
     "Aid flights landed in Santiago on Monday carrying water, tents and medical teams for the survivors of the "
     "earthquake in Chile. In Concepcion, where the quake collapsed buildings and bridges, troops handed out food "
     "while rescuers kept searching the rubble for people still missing.",
     "Daily Planet", "2010-03-01"),
    ("EXCLUSIVE: CHILE QUAKE DEATH TOLL RISES",
     "The death toll from the earthquake in Chile rose to more than 700 on Sunday as rescuers in Concepcion pulled "
     "survivors from collapsed buildings. President Michelle Bachelet declared a state of catastrophe in the worst "
     "hit regions and sent troops to stop looting in the streets of Concepcion.",
     "Reprint Daily", "2010-02-28"),
]


def _old_articles() -> list[Article]:
    return [Article(id=Article.make_id(text, title), raw_text=text, title=title, source=outlet,
                    date=dt.date.fromisoformat(day)) for title, text, outlet, day in OLD_ARTICLES]


def _memberships(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT id, story_id FROM articles ORDER BY seq").fetchall()


def _partition(memberships: list[tuple[str, str]]) -> set[frozenset[str]]:
    """Which articles share a story, whatever the stories' ids."""
    stories: dict[str, set[str]] = {}
    for aid, sid in memberships:
        stories.setdefault(sid, set()).add(aid)
    return {frozenset(m) for m in stories.values()}


def test_version_2_store_is_migrated_in_place(tmp_path: Path, fixtures_dir: Path) -> None:
    """A schema-2 file (sparse `vectors` columns, the clusterer's own state
    keys) opens as the current schema with its stories kept, holds what this
    version would have written for the same articles, and ingest goes on."""
    old = tmp_path / "v2.db"
    with sqlite3.connect(old) as c:
        c.executescript((fixtures_dir / "store-v2.sql").read_text())
        assert c.execute("PRAGMA user_version").fetchone()[0] == 2
        stories_before = c.execute("SELECT id, title, size FROM stories ORDER BY id").fetchall()
        members_before = _memberships(c)
    arts = _old_articles()
    fresh = tmp_path / "fresh.db"
    # the originals (this version gives a reprint a vector too), weighed as version 2 weighed them: without the
    # background document frequencies, which came later
    v2_weights = Settings().replace({"cluster.background_docs": 0})
    with Store(fresh, batch_size=4, settings=v2_weights) as st:
        st.add(arts[:4])
        st.add(arts[4:5])
    with Store(old) as st:
        c = st.conn
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert st.check() == []
        assert c.execute("SELECT id, title, size FROM stories ORDER BY id").fetchall() == stories_before
        assert _memberships(c) == members_before
        assert [r[1] for r in c.execute("PRAGMA table_info(vectors)")] == ["article_id", "vector"]
        assert {r[0] for r in c.execute("SELECT key FROM state")} == {"model", "generation"}
        # the same vectors and clustering state as this version writes for the same articles
        with sqlite3.connect(fresh) as f:
            originals = [m for m in members_before if m[0] != arts[5].id]
            assert _partition(_memberships(f)) == _partition(originals)  # story ids are this version's
            assert f.execute("SELECT * FROM vectors ORDER BY article_id").fetchall() == \
                c.execute("SELECT * FROM vectors ORDER BY article_id").fetchall()
            want = state_from_bytes(f.execute("SELECT value FROM state WHERE key = 'model'").fetchone()[0])
        got = state_from_bytes(st._state("model"))
        assert np.array_equal(got["vectorizer"].pop("df"), want["vectorizer"].pop("df"))
        assert got["clusterer"].pop("issued", None) is None and want["clusterer"].pop("issued") >= 1
        assert got == want and got["vectorizer"]["n_docs"] == 5
        # ingest goes on: a new report of the quake joins the quake story, a reprint links to its original
        quake = stories_before[0][0] if "Chile" in stories_before[0][1] else stories_before[1][0]
        aid = Article(id="new", raw_text="Rescuers in Concepcion searched collapsed buildings on Tuesday after the "
                      "earthquake in Chile, as aid flights reached Santiago.", title="Chile earthquake rescue goes on",
                      source="Morning Post", date=dt.date(2010, 3, 2))
        result = st.add([aid, dataclasses.replace(arts[4], id="reprint", source="Reprint Daily")])
        assert (result.ingested, result.near_duplicates, result.stories_created) == (2, 1, 0)
        assert st.story_of("new") == st.story_of("reprint") == quake
        assert st.check() == []


def test_cluster_and_dedup_settings_reach_the_store(tmp_path: Path) -> None:
    arts = _old_articles()[:5]
    arts.append(dataclasses.replace(arts[0], id="reprint", raw_text=arts[0].raw_text + " Reporting by Reprint Daily."))
    with Store(tmp_path / "default.db") as st:
        st.add(arts)
        assert (st.stats()["stories"], st.stats()["near_duplicates"]) == (2, 1)
    strict = Settings().replace({"cluster.threshold": 1.0, "cluster.merge_threshold": 1.0,
                                 "cluster.merge_average": 1.0, "dedup.threshold": 0.99})
    with Store(tmp_path / "strict.db", settings=strict) as st:
        st.add(arts)
        # every article its own story, the reprint no longer a near-duplicate
        assert (st.stats()["stories"], st.stats()["near_duplicates"]) == (6, 0)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    with sqlite3.connect(db) as c:
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(db).open()


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a newsbrief store"):
        Store(bad).open()


# --- CLI end to end ------------------------------------------------------------------------


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True, cwd=REPO, timeout=180,
                          env={**os.environ, **(env or {})})


@pytest.mark.slow
def test_cli_ingest_stories_story_digest(tmp_path: Path, libya_dir: Path, fixtures_dir: Path) -> None:
    db = str(tmp_path / "cli.db")
    p = run("ingest", str(libya_dir), str(fixtures_dir / "feed.rss"), str(fixtures_dir / "empty.txt"), "--store", db)
    assert p.returncode == 0, p.stderr.decode()
    err = p.stderr.decode()
    assert "ingested 7 articles" in err and "1 skipped" in err and "file is empty" in err
    assert "Traceback" not in err

    p = run("stories", "--store", db, "--format", "json")
    assert p.returncode == 0, p.stderr.decode()
    stories = json.loads(p.stdout)
    sizes = [s["size"] for s in stories]
    # biggest first; the feed's two local stories (bridge, cycle lanes): test_feed_local_stories_stay_apart
    assert sizes[0] == 5 and sum(sizes) == 7 and sizes == sorted(sizes, reverse=True)
    libya_story = stories[0]
    assert libya_story["first_seen"] == "2020-01-14" and "UPI" in libya_story["outlets"]

    # the default store comes from $NEWSBRIEF_STORE
    p = run("stories", env={"NEWSBRIEF_STORE": db, "COLUMNS": "200"})
    assert p.returncode == 0 and libya_story["id"] in p.stdout.decode()
    # the list counts the piece nothing names (teleSUR's) and never lists "unknown outlet [N]" as an outlet
    assert "unknown outlet" not in p.stdout.decode() and "not named" in p.stdout.decode()

    p = run("story", libya_story["id"], "--store", db, "--format", "json", "--words", "60")
    assert p.returncode == 0, p.stderr.decode()
    brief = json.loads(p.stdout)
    assert brief["story_id"] == libya_story["id"]
    assert sum(len(s["text"].split()) for s in brief["summary"]) <= 60
    assert all(c["article_id"] in libya_story["article_ids"] for s in brief["summary"] for c in s["citations"])

    out = tmp_path / "story.html"
    p = run("story", libya_story["id"], "--store", db, "--format", "html", "-o", str(out))
    assert p.returncode == 0 and "<!doctype html>" in out.read_text()

    p = run("story", "s-missing", "--store", db)
    assert p.returncode == 1 and "NB201" in p.stderr.decode() and "Traceback" not in p.stderr.decode()

    p = run("digest", "--date", "2020-01-14", "--store", db)
    assert p.returncode == 0, p.stderr.decode()
    md = p.stdout.decode()
    assert md.startswith("# News digest: Tuesday, 14 January 2020")
    # teleSUR's piece names no outlet: counted apart, not as a fifth independent source
    assert md.count("\n## ") == len(sizes) and "Sources (5 articles, 4 independent sources" in md

    out = tmp_path / "digest.html"
    p = run("digest", "--date", "2020-01-14", "--store", db, "--format", "html", "-o", str(out))
    assert p.returncode == 0, p.stderr.decode()
    html = out.read_text()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    p = run("digest", "--date", "not-a-day", "--store", db)
    assert p.returncode == 2 and "not a date" in p.stderr.decode()


def test_bad_line_in_json_lines_skips_only_that_line(tmp_path: Path, fixtures_dir: Path) -> None:
    good = json.loads((fixtures_dir / "bridge.jsonl").read_text().splitlines()[0])
    other = dict(good, text=good["text"] + " The mayor thanked the engineers.", title="Bridge reopens, mayor says")
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"title": "no text"}), json.dumps(other)]))
    with Store(tmp_path / "s.db") as st:
        result = st.add([path])
    assert result.ingested == 2
    assert [w for w, _ in result.skipped] == [f"{path}:2", f"{path}:3"]  # each names its line
    assert any("malformed JSON" in r for _, r in result.skipped)


# --- SQLite failures: a stable code, the file named, nothing overwritten ----------------------


def _small_store(path: Path, fixtures_dir: Path) -> None:
    with Store(path) as st:
        st.add(read_articles([fixtures_dir / "bridge.jsonl"]))


def test_damaged_store_is_named_with_recovery_and_left_alone(tmp_path: Path, fixtures_dir: Path) -> None:
    from newsbrief.errors import StoreCorruptError

    db = tmp_path / "s.sqlite3"
    _small_store(db, fixtures_dir)
    with open(db, "r+b") as fh:  # overwrite pages in the middle of the file
        fh.seek(4096 * 2)
        fh.write(b"\x5a" * 4096 * 3)
    damaged = db.read_bytes()
    with pytest.raises(StoreCorruptError, match=r"s.sqlite3: the store file is damaged .*`newsbrief store check --store .*"
                       r"`newsbrief store repair --store "):
        with Store(db) as st:
            st.stories()
    assert db.read_bytes() == damaged  # never overwritten
    p = subprocess.run([sys.executable, "-m", "newsbrief", "stories", "--store", str(db)], capture_output=True, text=True)
    assert p.returncode == 1 and "[NB202]" in p.stderr and "Traceback" not in p.stderr


def test_newer_schema_is_refused_with_its_code(tmp_path: Path, fixtures_dir: Path) -> None:
    import sqlite3

    from newsbrief.errors import StoreVersionError

    db = tmp_path / "s.sqlite3"
    _small_store(db, fixtures_dir)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreVersionError, match="schema version 99 is newer"):
        Store(db).open()


@pytest.mark.slow
def test_full_disk_rolls_back_the_batch_and_keeps_what_was_committed(tmp_path: Path, shared_dir: Path) -> None:
    """SQLITE_FULL (a page limit stands in for a full disk): a clear NB204, earlier batches kept."""
    from newsbrief.errors import StoreFullError

    arts = read_articles([shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"])[:120]
    db = tmp_path / "s.sqlite3"
    st = Store(db, batch_size=20).open()
    st.add(arts[:20])
    pages = st.conn.execute("PRAGMA page_count").fetchone()[0]
    st.conn.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(StoreFullError, match="disk is full .* rolled back"):
        st.add(arts[20:])
    st.close()
    from newsbrief.clean import page_note

    with Store(db) as again:  # the first batch: its 20 articles but a page's note (a crawl note the store skips)
        assert again.stats()["articles"] >= sum(1 for a in arts[:20] if not page_note(a.raw_text)) == 19
        assert again.check() == []


def test_read_only_and_locked_messages() -> None:
    import sqlite3

    from newsbrief.errors import StoreError, StoreReadOnlyError
    from newsbrief.store import sqlite_error

    err = sqlite_error(sqlite3.OperationalError("attempt to write a readonly database"), "x.sqlite3")
    assert isinstance(err, StoreReadOnlyError) and str(err).startswith("x.sqlite3: the store cannot be written")
    err = sqlite_error(sqlite3.OperationalError("database is locked"), "x.sqlite3")
    assert type(err) is StoreError and "locked by another process" in str(err)


def test_article_ids_do_not_shape_the_stories(tmp_path: Path, shared_dir: Path) -> None:
    """One site's URL ids and dataset ids that name the gold event share long
    prefixes: the stories are the ones the same articles form without ids,
    across batches and a restart, and every story keeps a distinct id."""
    import gzip

    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        dicts = [json.loads(line) for line in fh][:60]  # 20 events, 3 outlets each, in date order
    spellings = {
        "none": [{k: v for k, v in d.items() if k != "id"} for d in dicts],
        "url": [d | {"id": f"https://www.foxnews.com/politics/2019/03/28/article-{i}"} for i, d in enumerate(dicts)],
        "dataset": [d | {"id": f"basil-{d['cluster']}-{i}"} for i, d in enumerate(dicts)],
    }
    partitions = {}
    for name, items in spellings.items():
        path = tmp_path / f"{name}.db"
        for part in (items[:30], items[30:]):  # two processes: the second continues from the file
            with Store(path, batch_size=16) as st:
                st.add(part)
        with Store(path) as st:
            assert st.check() == []
            rows = st.conn.execute("SELECT seq, story_id FROM articles ORDER BY seq").fetchall()
            live = st.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
            assert live == len({sid for _, sid in rows})
        partitions[name] = _partition([(str(seq), sid) for seq, sid in rows])
    assert partitions["url"] == partitions["none"] == partitions["dataset"]
    assert 16 <= len(partitions["none"]) <= 26  # about one story per event


def test_short_copies_are_not_linked_as_near_duplicates(tmp_path: Path) -> None:
    """A snippet or a boilerplate page repeated under other headlines is too
    little shared text to be a copy (dedup.min_shingles); a reprint is one,
    and it sits in the story its own content picks."""
    snippet = "updated wednesday november video article browser support javascript flash player disabled setting"
    arts = [Article(id=f"snip{i}", raw_text=snippet, title=title) for i, title in
            enumerate(["Storm hits Texas", "Senate passes farm bill", "Hunger Games sequel opens"])]
    quake = _old_articles()[1]
    arts += [quake, dataclasses.replace(quake, id="reprint", title="EXCLUSIVE: " + quake.title, source="Reprint")]
    with Store(tmp_path / "s.db") as st:
        result = st.add(arts)
        assert result.near_duplicates == 1
        assert st.article("reprint").duplicate_of == quake.id and st.story_of("reprint") == st.story_of(quake.id)
        assert all(st.article(f"snip{i}").duplicate_of is None for i in range(3))
    lenient = Settings().replace({"dedup.min_shingles": 1})
    with Store(tmp_path / "lenient.db", settings=lenient) as st:
        assert st.add(arts).near_duplicates == 3


#: Full-text labelled sets whose articles the store links as copies: file in ../shared/data, whether it holds one
#: cluster per line (summarization layout) or one article per line, and the links inside one gold story that
#: bench/cluster.py measured on them (2026-12-03: the only links; none joined two gold stories).
_LINKED_SETS = {
    "duc2006": ("duc2006/test.jsonl.gz", True, 7),
    "multinews": ("multinews_sample/validation.jsonl.gz", True, 2),
    "duc2003_task3": ("duc2003_task3/test.jsonl.gz", True, 2),
    "ecbplus": ("ecbplus/test.jsonl.gz", False, 18),
}
# (ecbplus 19 -> 18 at stop 45: articles are dated from their URLs, and this test's feed order puts every undated
# article after every dated one, so an undated copy (T24_ecbplus ahametals.com) now arrives after its original's
# signature (nbcnews.com, dated 2013-09-09 by its URL) left the 7-day horizon behind the stream's latest date; in
# arrival order the two would meet)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_LINKED_SETS))
def test_near_duplicate_links_stay_inside_gold_stories(tmp_path: Path, shared_dir: Path, name: str) -> None:
    """Issue 16: at most 10% of the store's near-duplicate links join two
    different gold stories on a labelled set (duc2006 holds two NYT photo
    packages of different days whose only content is one template header:
    dedup.min_content_share), and the wire copies inside one story still link."""
    import gzip

    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    path, clusters, true_links = _LINKED_SETS[name]
    with gzip.open(shared_dir / "data" / path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    items = [(c["id"], a) for c in rows for a in c["articles"]] if clusters else [(a["cluster"], a) for a in rows]
    gold, arts = {}, []
    for label, d in items:
        try:
            art = article_from_dict({k: v for k, v in d.items() if k != "id"})
        except InputError:
            continue
        if art.id not in gold:
            gold[art.id] = label
            arts.append(art)
    arts.sort(key=lambda a: (a.date is None, a.date or 0))  # as a feed delivers them (stable: file order otherwise)
    with Store(tmp_path / "s.db") as st:
        st.add(arts)
        links = st.conn.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall()
    across = sum(gold[a] != gold[o] for a, o in links)
    assert across <= 0.1 * len(links), (name, across, len(links))
    assert len(links) - across >= true_links, (name, len(links) - across)


@pytest.mark.slow
def test_cli_ingest_counts_refused_articles_and_lists_them_with_verbose(tmp_path: Path) -> None:
    """Refused articles are never silently absent: the summary counts them by
    reason, a reason repeated more than ten times is one counted line, and
    --verbose lists every one."""
    feed = tmp_path / "tweets.jsonl"
    spanish = [{"text": f"Terremoto de magnitud {i} en la costa, hay daños y no hay víctimas"} for i in range(12)]
    english = [{"text": "Magnitude 7 earthquake hits the coast, no tsunami warning issued", "title": "Quake"}]
    feed.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in spanish + english) + "\n", encoding="utf-8")
    p = run("ingest", str(feed), "--store", str(tmp_path / "a.db"), "--no-progress")
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert "ingested 1 article" in err and "12 skipped" in err and "(text does not look English: 12)" in err
    assert err.count("only English is supported") == 0
    assert "12 articles skipped: text does not look English (--verbose lists them)" in err
    p = run("ingest", str(feed), "--store", str(tmp_path / "b.db"), "--no-progress", "--verbose")
    assert p.stderr.decode().count("only English is supported") == 12


@pytest.mark.slow
def test_feed_local_stories_stay_apart(tmp_path: Path, libya_dir: Path, fixtures_dir: Path) -> None:
    """The feed's two local stories of one day (a bridge reopening, new cycle lanes) share the headline word
    "harbour" and little else (cosine 0.179, two thirds of it from that word): under threshold, and their
    average link passes merge_average, but one word is not an event (cluster.one_term_share)."""
    db = str(tmp_path / "feed.db")
    assert run("ingest", str(libya_dir), str(fixtures_dir / "feed.rss"), "--store", db).returncode == 0
    stories = json.loads(run("stories", "--store", db, "--format", "json").stdout)
    assert [s["size"] for s in stories] == [5, 1, 1]


_CRAWL_NOTE = ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in "
               "every day, these data are added to the Wayback Machine after an embargo period.")
_SALES_NOTE = ("NEW AMERICA NEWS SERVICE\n\n(Distributed by New York Times Special Features)\n\nTo purchase this material "
               "contact New York Times Syndicate Sales Executive DEBORAH WEYDERT at 1-732-390-4480.)")


@pytest.mark.parametrize("skip", [True, False])
def test_a_page_note_is_skipped_not_made_a_story(tmp_path: Path, skip: bool) -> None:
    """A text of which every line is a page's note (the Internet Archive's note on its crawls, which Multi-News cites
    under 14 unrelated events; a syndicate's sales note) is skipped with its reason (NB109), copies too; a tweet of a
    link and a caption-like snippet are posts and are stored (``ingest.skip_page_notes``)."""
    from newsbrief.errors import PageNoteError

    settings = Settings().replace({"ingest.skip_page_notes": skip})
    texts = [_CRAWL_NOTE, _SALES_NOTE, _CRAWL_NOTE,
             "Watch: Strong earthquake strikes northern Italy http://t.co/qZBCA7B8",
             "image caption electron micrograph showing virus credit cdc",
             "The mayor of Springfield resigned on Tuesday after a long fight with the city council over the budget."]
    with Store(tmp_path / "s.db", settings=settings) as st:
        result = st.add([{"text": t} for t in texts])
        stored = st.stats()["articles"]
        assert st.check() == []
    if skip:
        assert stored == 3 and result.ingested == 3 and result.already_stored == 0
        assert [r for _w, r in result.skipped] == [
            "no article: every line is a page's note (crawler note)",
            "no article: every line is a page's note (syndication credit, syndication note)",
            "no article: every line is a page's note (crawler note)"]
        assert PageNoteError.code == "NB109"
    else:
        assert stored == 5 and result.skipped == [] and result.already_stored == 1
