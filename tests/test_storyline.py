"""Storylines: stories linked into long-running topics by the store, on real
topic-level data (DUC 2003 topics, MultiLing), with stable ids, on the story
page (escaped) and in the API and CLI."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from fastapi.testclient import TestClient

from conftest import load_clusters
from newsbrief.errors import NotFoundError
from newsbrief.eval.clustering import bcubed
from newsbrief.ingest import article_from_dict
from newsbrief.server import create_app
from newsbrief.server.schemas import StorylineOut, StoryOut
from newsbrief.store import Store
from newsbrief.stream.storyline import StorylineLinker


def topic_stream(path: Path, topics: int) -> list[tuple[str, object]]:
    """(gold topic, Article) of the first ``topics`` clusters of a summarization set, dated ones in date order."""
    items = [(c["id"], article_from_dict({k: v for k, v in a.items() if k != "id"}, where=c["id"]))
             for c in load_clusters(path, limit=topics) for a in c["articles"]]
    return sorted(items, key=lambda x: x[1].date or dt.date.min)


def storyline_labels(store: Store, arts) -> tuple[list, list]:
    story_of = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())
    stories = [story_of[a.id] for a in arts]
    lines = store.storyline_ids(list(set(stories)))
    return stories, [lines[s] for s in stories]


@pytest.fixture(scope="module")
def duc_store(tmp_path_factory, shared_dir):
    """A store of the first 12 DUC 2003 topics (dated newswire, months to years each), ingested in date order."""
    items = topic_stream(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", 12)
    path = tmp_path_factory.mktemp("storylines") / "duc.sqlite3"
    with Store(path) as st:
        st.add([a for _g, a in items])
    return path, items


# --- the linker on its own -----------------------------------------------------------------


def test_linker_links_similar_stories_and_keeps_others_apart() -> None:
    X = sp.csr_matrix(np.array([[1, 0, 0], [0.9, 0.44, 0], [0, 0, 1]], dtype=np.float32))
    linker = StorylineLinker(threshold=0.5).partial_fit(X, ["s1", "s2", "s3"], [dt.date(2020, 1, 1)] * 3)
    assert linker.line_of_["s1"] == linker.line_of_["s2"] != linker.line_of_["s3"]
    assert sorted(linker.created_) == sorted(set(linker.line_of_.values()))


def test_linker_storyline_is_kept_as_its_story_grows_and_merges_are_recorded() -> None:
    linker = StorylineLinker(threshold=0.5, merge_threshold=0.5, horizon_days=30)
    d = dt.date(2020, 1, 1)
    linker.partial_fit(sp.csr_matrix(np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)), ["a", "b"], [d, d])
    la, lb = linker.line_of_["a"], linker.line_of_["b"]
    assert la != lb
    # story a grows (stays in its storyline); the clusterer then merges story b into a: one storyline
    linker.partial_fit(sp.csr_matrix(np.array([[0.8, 0.6, 0]], dtype=np.float32)), ["a"], [d],
                       story_changes=[("merge", "b", "a")])
    assert linker.line_of_["a"] in (la, lb) and "b" not in linker.line_of_
    assert linker.changes_ and set(linker.changes_[0]) == {la, lb}
    # 40 days later a storyline over the horizon is frozen, and an unrelated story starts its own
    linker.partial_fit(sp.csr_matrix(np.array([[0, 0, 1]], dtype=np.float32)), ["c"], [d + dt.timedelta(days=40)])
    assert linker.frozen_ == [linker.changes_[0][1]] if linker.changes_ else True
    assert "a" not in linker.line_of_ and linker.line_of_["c"] not in (la, lb)


def _unit(*rows) -> sp.csr_matrix:
    X = np.array(rows, dtype=np.float64)
    return sp.csr_matrix(X / np.linalg.norm(X, axis=1, keepdims=True))


@pytest.mark.parametrize("cohesion, joins_tight, joins_loose", [(0.0, True, True), (0.5, False, True)])
def test_cohesion_raises_the_bar_for_a_tight_event_not_for_a_loose_topic(cohesion, joins_tight, joins_loose) -> None:
    """A story at average link 0.4 to a storyline: a tight event (its articles alike, cohesion 1.0) keeps it
    out at cohesion 0.5 (bar 0.5), a loose topic (cohesion 0.5, bar 0.25) takes it in; with cohesion 0 both
    take it (bar = threshold 0.1)."""
    d = dt.date(2020, 1, 1)
    tight = (_unit([1, 0, 0, 0], [1, 0, 0, 0]), _unit([0.4, 0, 0, np.sqrt(0.84)]))
    loose = (_unit([1, 1, 0, 0], [1, 0, 1, 0]), _unit([0.4 * np.sqrt(2), 0, 0, np.sqrt(0.68)]))
    for (line, x), joins in ((tight, joins_tight), (loose, joins_loose)):
        assert np.allclose((line @ x.T).toarray(), 0.4)  # average link 0.4 either way
        linker = StorylineLinker(threshold=0.1, merge_threshold=0.1, cohesion=cohesion)
        linker.partial_fit(line, ["e", "e"], [d, d])
        linker.partial_fit(x, ["x"], [d])
        assert (linker.line_of_["x"] == linker.line_of_["e"]) is joins


@pytest.mark.parametrize("lone, joins", [(0.0, True), (0.2, False)])
def test_two_lone_articles_need_the_lone_cohesion_bar(lone, joins) -> None:
    """Two one-article stories at cosine 0.08: over the bare threshold 0.06, under cohesion 0.5 x lone 0.2 = 0.1."""
    d = dt.date(2020, 1, 1)
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.06, cohesion=0.5, lone_cohesion=lone)
    linker.partial_fit(_unit([1, 0]), ["a"], [d])
    linker.partial_fit(_unit([0.08, np.sqrt(1 - 0.0064)]), ["b"], [d])
    assert (linker.line_of_["a"] == linker.line_of_["b"]) is joins


def test_cohesion_keeps_lookalike_storylines_from_merging() -> None:
    """Two tight storylines (each two alike articles) at average link 0.3: merged at cohesion 0,
    kept apart at 0.5 (bar 0.5 x their cohesion ~1)."""
    d = dt.date(2020, 1, 1)
    a = [1.0, 0, 0]
    b = [0.3, np.sqrt(1 - 0.09), 0]
    for cohesion, merged in ((0.0, True), (0.5, False)):
        linker = StorylineLinker(threshold=0.9, merge_threshold=0.1, cohesion=cohesion)
        linker.partial_fit(_unit(a, a), ["s1", "s1"], [d, d])
        linker.partial_fit(_unit(b, b), ["s2", "s2"], [d, d])  # starts its own (0.3 < 0.9), then the merge step
        assert (linker.line_of_["s1"] == linker.line_of_["s2"]) is merged


def _lookalike_batch():
    """A tight storyline S (two identical articles) and a batch of two new one-article stories of another topic:
    x1 at average link 0.55 to S (over its bar 0.5 alone), x2 at 0.3, and x1, x2 at cosine 0.96."""
    d = dt.date(2020, 1, 1)
    s = _unit([1, 0], [1, 0])
    x = _unit([0.55, np.sqrt(1 - 0.55 ** 2)], [0.3, np.sqrt(1 - 0.09)])
    return s, x, d


@pytest.mark.parametrize("order", [("x1", "x2"), ("x2", "x1")])
def test_new_stories_pair_up_before_a_lookalike_storyline_draws_one_in(order) -> None:
    """Best pair first: x1 and x2 (link 0.96) join each other before x1 could join S (link 0.55, bar 0.5); the
    pair then links to S at 0.425, under its bar 0.49: two storylines, whatever the order in the batch. Taken in
    arrival order, x1 joined S and then drew x2 in (average link 0.52 over a bar of 0.35)."""
    s, x, d = _lookalike_batch()
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, cohesion=0.5, lone_cohesion=0.2)
    linker.partial_fit(s, ["s", "s"], [d, d])
    rows = [0, 1] if order == ("x1", "x2") else [1, 0]
    linker.partial_fit(x[rows], list(order), [d, d])
    assert linker.line_of_["x1"] == linker.line_of_["x2"] != linker.line_of_["s"]
    assert linker.created_ == [linker.line_of_["x1"]]


def test_a_lone_new_story_still_joins_the_storyline_it_links_to() -> None:
    """x1 alone in its batch (nothing to pair with) joins S: its link 0.55 clears the bar 0.5."""
    s, x, d = _lookalike_batch()
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, cohesion=0.5, lone_cohesion=0.2)
    linker.partial_fit(s, ["s", "s"], [d, d])
    linker.partial_fit(x[[0]], ["x1"], [d])
    assert linker.line_of_["x1"] == linker.line_of_["s"] and not linker.created_


def test_new_stories_of_one_batch_beyond_the_horizon_stay_apart() -> None:
    """Two alike new stories dated 1,000 days apart in one batch: not paired (horizon 730 days)."""
    x = _unit([1, 0.1], [1, 0.12])
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, horizon_days=730)
    linker.partial_fit(x, ["a", "b"], [dt.date(2020, 1, 1), dt.date(2022, 9, 27)])
    assert linker.assigned_["a"] != linker.assigned_["b"]  # (a's storyline is then frozen: the clock moved on)
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, horizon_days=730)
    linker.partial_fit(x, ["a", "b"], [dt.date(2020, 1, 1), dt.date(2020, 3, 1)])
    assert linker.line_of_["a"] == linker.line_of_["b"]


def test_several_new_stories_joining_one_storyline_see_its_exact_average_link() -> None:
    """Three new stories joined into a live storyline in one batch: the storyline's sum and size are those of
    all its articles (the running dot products add up), and a fourth unrelated story starts its own."""
    d = dt.date(2020, 1, 1)
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, cohesion=0.5)
    linker.partial_fit(_unit([1, 0.2, 0, 0], [1, 0, 0.2, 0]), ["s", "s"], [d, d])
    batch = _unit([1, 0.1, 0.1, 0], [1, 0.3, 0, 0], [1, 0, 0.3, 0], [0, 0, 0, 1])
    linker.partial_fit(batch, ["a", "b", "c", "z"], [d] * 4)
    line = linker.line_of_["s"]
    assert [linker.line_of_[k] == line for k in "abcz"] == [True, True, True, False]
    total = linker.lines_[line].total.toarray().ravel()
    want = np.asarray(_unit([1, 0.2, 0, 0], [1, 0, 0.2, 0]).sum(axis=0)).ravel() + np.asarray(batch[:3].sum(axis=0)).ravel()
    assert np.allclose(total, want) and linker.lines_[line].articles == 5



@pytest.mark.parametrize("size, settled_cohesion, apart", [(6, 0.7, True), (6, 0.0, False), (3, 0.7, False)])
def test_settled_storylines_need_the_settled_cohesion_share(size, settled_cohesion, apart) -> None:
    """Two tight groups (cohesion 1) at average link 0.6: over the bar of cohesion 0.5, under settled_cohesion 0.7.
    Both grown (6 articles each, settled_size 6): kept apart, as two sibling topics are (neither the join of the
    new story nor the merge step takes it); with settled_cohesion 0 they are one, and small groups (3 articles,
    cohesions too noisy to ask more of) still join."""
    d = dt.date(2020, 1, 1)
    a, b = [1.0, 0, 0], [0.6, 0.8, 0]
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.1, cohesion=0.5, settled_cohesion=settled_cohesion,
                             settled_size=6)
    linker.partial_fit(_unit(*[a] * size), ["s1"] * size, [d] * size)
    linker.partial_fit(_unit(*[b] * size), ["s2"] * size, [d] * size)
    assert (linker.line_of_["s1"] != linker.line_of_["s2"]) is apart
    # the merge step asks the same of two settled storylines that grew apart
    linker = StorylineLinker(threshold=0.9, merge_threshold=0.1, cohesion=0.5, settled_cohesion=settled_cohesion,
                             settled_size=6)
    linker.partial_fit(_unit(*[a] * size), ["s1"] * size, [d] * size)
    linker.partial_fit(_unit(*[b] * size), ["s2"] * size, [d] * size)  # over 0.9 no join: a storyline, then merge
    assert (linker.line_of_["s1"] != linker.line_of_["s2"]) is apart


def test_settled_storyline_settings_reach_the_linker() -> None:
    from newsbrief.config import Settings

    s = Settings().replace({"storyline.settled_cohesion": 0.65, "storyline.settled_size": 9,
                            "storyline.settled_split": False, "storyline.lone_article_cohesion": 0.3}, source="test")
    linker = StorylineLinker.from_settings(s.storyline)
    assert (linker.settled_cohesion, linker.settled_size, linker.settled_split) == (0.65, 9, False)
    assert linker.lone_article_cohesion == 0.3
    assert StorylineLinker.from_settings(Settings().storyline).settled_split
    assert StorylineLinker.from_settings(Settings().storyline).dated_link
    assert StorylineLinker.from_settings(
        Settings().replace({"storyline.rank_link_weight": 0.0}, source="test").storyline).rank_link_weight == 0.0
    assert not StorylineLinker.from_settings(
        Settings().replace({"storyline.dated_link": False}, source="test").storyline).dated_link


def _hub_and_dated_event(dated_link: bool) -> StorylineLinker:
    """A storyline of an undated story h (two articles, e1) and a dated event a (two articles at cosine 0.6 to
    h), linked at the bare threshold 0.45 (cohesion 0)."""
    linker = StorylineLinker(threshold=0.45, merge_threshold=0.45, cohesion=0.0, dated_link=dated_link)
    hub, a = [1.0, 0, 0, 0], [0.6, 0.8, 0, 0]
    linker.partial_fit(_unit(hub, hub, a, a), ["h", "h", "a", "a"], [None, None] + [dt.date(2018, 1, 1)] * 2)
    assert linker.line_of_["h"] == linker.line_of_["a"]
    return linker


@pytest.mark.parametrize("dated_link, joins", [(False, True), (True, False)])
def test_an_undated_story_does_not_bridge_two_dated_events(dated_link, joins) -> None:
    """A dated event b at cosine 0.6 to the undated story h and 0.36 to the dated event a: its average link to
    the storyline is (2 x 0.6 + 2 x 0.36) / 4 = 0.48, over the bar 0.45; its link to the storyline's dated
    articles (a's) is 0.36, under it: with dated_link it is not joined (nor merged) into the storyline."""
    linker = _hub_and_dated_event(dated_link)
    b = [0.6, 0, 0.8, 0]
    linker.partial_fit(_unit(b, b), ["b", "b"], [dt.date(2018, 6, 1)] * 2)
    assert (linker.line_of_["b"] == linker.line_of_["a"]) is joins
    assert linker.lines_[linker.line_of_["a"]].dated_n == (4 if joins else 2)


def test_an_undated_story_still_joins_a_dated_storyline_on_its_whole_link() -> None:
    """The rule weighs dated articles only when both sides have some: an undated story (cosine 0.6 to the
    dated event a, nothing dated to compare) joins on its whole average link, and so does a dated story whose
    dated link is high (0.6 to a)."""
    linker = _hub_and_dated_event(True)
    linker.partial_fit(_unit([0.6, 0, 0, 0.8]), ["u"], [None])
    assert linker.line_of_["u"] == linker.line_of_["a"]
    c = [0.36, 0.48, 0, 0.8]  # cosine 0.6 to a, 0.36 to h and u
    linker.partial_fit(_unit(c, c), ["c", "c"], [dt.date(2018, 3, 1)] * 2)
    assert linker.line_of_["c"] == linker.line_of_["a"]


# --- real data through the store --------------------------------------------------------------


@pytest.mark.slow
def test_storylines_join_the_events_of_duc_topics(duc_store) -> None:
    """DUC 2003 topics are several events over months: stories split them, storylines join them."""
    path, items = duc_store
    with Store(path) as st:
        stories, lines = storyline_labels(st, [a for _g, a in items])
        assert st.check() == []
    gold = [g for g, _a in items]
    story_f1, (line_p, line_r, line_f1) = bcubed(gold, stories)[2], bcubed(gold, lines)
    assert len(set(lines)) < len(set(stories))
    assert line_f1 >= 0.85 and line_f1 > story_f1 + 0.2, (story_f1, line_p, line_r, line_f1)
    assert line_p >= 0.9  # topics are not thrown together


@pytest.mark.slow
def test_storylines_of_undated_multiling_topics(tmp_path: Path, shared_dir: Path) -> None:
    items = topic_stream(shared_dir / "data" / "multiling2011_en" / "test.jsonl.gz", 10)
    with Store(tmp_path / "m.sqlite3") as st:
        st.add([a for _g, a in items])
        _stories, lines = storyline_labels(st, [a for _g, a in items])
    assert bcubed([g for g, _a in items], lines)[2] >= 0.9


@pytest.mark.slow
def test_storyline_ids_are_stable_as_stories_grow(tmp_path: Path, shared_dir: Path) -> None:
    """Half of each topic, then the rest: every storyline id given out after the first half
    still leads to the storyline of the same stories (itself, or the one it was merged into)."""
    items = topic_stream(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", 6)
    half = len(items) // 2
    with Store(tmp_path / "grow.sqlite3") as st:
        st.add([a for _g, a in items[:half]])
        before = dict(st.conn.execute("SELECT story_id, storyline_id FROM story_storylines").fetchall())
        st.add([a for _g, a in items[half:]])
        for story_id, line_id in before.items():
            now = st.storyline_of(story_id)
            assert now is not None and st.storyline(line_id).id == now.id
            assert st.resolve(story_id) in {s.id for s in now.stories}
        kept = sum(st.storyline(line).id == line for line in set(before.values()))
        assert kept >= 0.8 * len(set(before.values()))  # most ids are simply kept
        with pytest.raises(NotFoundError):
            st.storyline("lnosuchline")


def test_older_store_gets_storylines_on_next_ingest(tmp_path: Path, shared_dir: Path) -> None:
    """A version 5 store (no storylines) keeps its stories and gets storylines for all of them."""
    items = topic_stream(shared_dir / "data" / "multiling2011_en" / "test.jsonl.gz", 4)
    db = tmp_path / "old.sqlite3"
    with Store(db) as st:
        st.add([a for _g, a in items[:-1]])
        stories = {s.id for s in st.stories()}
    c = sqlite3.connect(db)
    c.executescript("DROP TABLE storylines; DROP TABLE story_storylines; DELETE FROM state WHERE key = 'storylines'; "
                    "PRAGMA user_version = 5;")
    c.close()
    with Store(db) as st:
        st.add([items[-1][1]])
        assert stories <= {s.id for s in st.stories()}
        assert set(st.storyline_ids(sorted(stories))) == stories


# --- shown: page, API, CLI -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def duc_app(duc_store):
    """The server on the DUC store, a storyline of at least three dated stories, and its
    smallest story that has both an earlier and a later one (quick to brief)."""
    path, _items = duc_store
    with Store(path) as st:
        lines = [st.storyline(l) for l in sorted({r[0] for r in st.conn.execute("SELECT storyline_id FROM story_storylines")})]
    lines = [line for line in lines if sum(s.first_seen is not None for s in line.stories) >= 3]
    assert lines
    line = lines[0]
    middle = min(line.stories[1:-1], key=lambda s: s.size)
    with TestClient(create_app(store_path=path)) as c:
        yield c, path, line, middle


@pytest.mark.slow
def test_story_page_links_earlier_and_later_stories_escaped(duc_app) -> None:
    c, path, line, middle = duc_app
    first, last = line.stories[0], line.stories[-1]
    with sqlite3.connect(path) as db:  # a hostile headline on an earlier story
        db.execute("UPDATE stories SET title = ? WHERE id = ?", ('<script>alert("x")</script> & Co', first.id))
    r = c.get(f"/stories/{middle.id}")
    assert r.status_code == 200
    html = r.text
    assert "Earlier in this storyline" in html and "Later in this storyline" in html
    assert f'href="/stories/{first.id}"' in html and f'href="/stories/{last.id}"' in html
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in html
    assert html.index(f'href="/stories/{first.id}"') < html.index("Later in this storyline") < \
        html.index(f'href="/stories/{last.id}"')
    assert first.first_seen.isoformat() in html


@pytest.mark.slow
def test_api_story_carries_its_storyline(duc_app) -> None:
    c, _path, line, middle = duc_app
    d = StoryOut.model_validate(c.get(f"/api/stories/{middle.id}").json())
    assert d.storyline_id == line.id
    assert [s.id for s in d.storyline] == [s.id for s in line.stories if s.id != middle.id]
    assert d.storyline[0].position == "earlier" and d.storyline[-1].position == "later"
    listed = c.get("/api/stories", params={"limit": 10000}).json()["stories"]
    assert next(s for s in listed if s["id"] == middle.id)["storyline_id"] == line.id
    assert all(s["storyline"] is None for s in listed)


@pytest.mark.slow
def test_api_storyline(duc_app) -> None:
    c, _path, line, _middle = duc_app
    r = c.get(f"/api/storylines/{line.id}")
    assert r.status_code == 200
    d = StorylineOut.model_validate(r.json())
    assert d.id == line.id and [s.id for s in d.stories] == [s.id for s in line.stories]
    assert d.first_seen == line.first_seen.isoformat() and all(s.storyline_id == line.id for s in d.stories)
    dates = [s.first_seen for s in d.stories if s.first_seen]
    assert dates == sorted(dates)
    missing = c.get("/api/storylines/lnosuchline")
    assert missing.status_code == 404 and missing.json()["error"]["code"]


@pytest.mark.slow
def test_cli_storyline_and_story_output(duc_app) -> None:
    from typer.testing import CliRunner

    from newsbrief.cli import app

    _c, path, line, middle = duc_app
    runner = CliRunner()
    r = runner.invoke(app, ["storyline", line.id, "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert all(s.id in r.output for s in line.stories)
    r = runner.invoke(app, ["storyline", line.id, "--store", str(path), "--format", "json"])
    assert json.loads(r.output)["id"] == line.id
    r = runner.invoke(app, ["stories", "--store", str(path), "--format", "json"])
    assert {s["storyline_id"] for s in json.loads(r.output) if s["id"] == middle.id} == {line.id}
    # The terminal list at 80 columns: the storyline id beside the stories that share one; titles stay readable
    # (no column of one-letter fragments).
    r = runner.invoke(app, ["stories", "--store", str(path)], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    out = r.output.splitlines()
    k = next(k for k, l in enumerate(out) if middle.id in l)
    assert line.id in out[k + 1]
    assert middle.title.split()[0] in out[k] and max(map(len, out)) <= 80
    with Store(path) as st:
        sizes = st.storyline_sizes(st.storyline_ids([s.id for s in st.stories()]).values())
    assert sizes[line.id] == len(line.stories) and all(n >= 1 for n in sizes.values())
    r = runner.invoke(app, ["story", middle.id, "--store", str(path), "--words", "30"])
    assert r.exit_code == 0, r.output
    assert "Earlier in this storyline" in r.output and line.stories[0].id in r.output


def test_bench_counts_the_storyline_links_a_reader_sees() -> None:
    """bench/storylines.py's link count: ordered pairs of distinct stories sharing a storyline, right
    when both stories' majority gold label agrees (s1, s2 of one event; s3 a look-alike; s4 alone)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "storylines.py"
    spec = importlib.util.spec_from_file_location("bench_storylines", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    gold = ["a", "a", "a", "b", "b"]
    stories = ["s1", "s1", "s2", "s3", "s4"]
    lines = ["L", "L", "L", "L", "M"]
    assert bench.story_links(gold, stories, lines) == (6, 2)
    assert bench.story_links(gold, stories, ["L", "L", "L", "N", "M"]) == (2, 2)



def test_bench_replay_gives_the_linkers_storylines_and_keeps_only_the_chosen_sets() -> None:
    """bench/storyline_replay.py feeds recorded batches to a linker: the same storylines as the linker fed
    directly (a story merge of batch 2 followed), and with ``keep`` the other set's rows never reach it
    (story x of set B would have bridged a and b of set A)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "storyline_replay.py"
    spec = importlib.util.spec_from_file_location("bench_storyline_replay", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    d = dt.date(2020, 1, 1)
    b1 = (["1", "2", "3"], ["a", "b", "x"], _unit([1, 0, 0], [0, 1, 0], [1, 1, 0]), [d] * 3, [])
    b2 = (["4"], ["a"], _unit([1, 0.1, 0]), [d], [("merge", "c", "a")])
    rec = {"names": ["A", "B"], "calls": [b1, b2], "story_of": {"1": "a", "2": "b", "3": "x", "4": "a"},
           "meta": [("A", "g1", "1"), ("A", "g2", "2"), ("B", "h", "3"), ("A", "g1", "4")]}
    direct = StorylineLinker(threshold=0.3, cohesion=0.0)
    for _ids, labels, X, dates, changes in rec["calls"]:
        direct.partial_fit(X, labels, dates, changes)
    got = bench.replay(rec, StorylineLinker(threshold=0.3, cohesion=0.0))
    assert got == {s: direct.line_of_[s] for s in "abx"}
    assert got["a"] == got["b"] == got["x"]  # x (cosine 0.71 to each) joins a and b into one storyline
    kept = bench.replay(rec, StorylineLinker(threshold=0.3, cohesion=0.0), keep={"A"})
    assert kept["a"] != kept["b"] and "x" not in kept
    assert bench.score(rec, kept)["A"][0] == 1.0 and bench.score(rec, got)["A"][0] < 1.0


def test_bench_replay_lists_the_gold_topics_split_and_joined(capsys) -> None:
    """bench/storyline_replay.py --errors: a gold topic over two storylines is listed with its articles in each,
    and a storyline holding two topics with both (marked ``*`` in the topic's line)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "storyline_replay.py"
    spec = importlib.util.spec_from_file_location("bench_storyline_replay", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rec = {"story_of": {"1": "a", "2": "b", "3": "c", "4": "c"},
           "meta": [("A", "g1", "1"), ("A", "g1", "2"), ("A", "g2", "3"), ("A", "g1", "4"), ("B", "h", "5")]}
    bench.print_errors(rec, "A", {"a": "L-one", "b": "L-one", "c": "L-two"})
    out = capsys.readouterr().out
    assert "g1 (3): L0 2, L1 1*" in out  # g1: two articles in one storyline, one in the mixed one
    assert "L1: g1 1, g2 1" in out or "L1: g2 1, g1 1" in out
    assert "g2 (1)" not in out  # whole, in one storyline


@pytest.mark.slow
def test_storyline_page_lists_its_stories_oldest_first(duc_app) -> None:
    """The story page's "all N stories" opens a page (not the JSON) listing the storyline's stories, each linked."""
    c, _path, line, middle = duc_app
    story = c.get(f"/stories/{middle.id}").text
    assert f'href="/storylines/{line.id}">all {len(line.stories)} stories</a>' in story
    assert "/api/storylines/" not in story
    r = c.get(f"/storylines/{line.id}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Storyline: " in html and f"{len(line.stories)} stories of one long-running topic, oldest first" in html
    positions = [html.index(f'href="/stories/{s.id}"') for s in line.stories]
    assert positions == sorted(positions)
    missing = c.get("/storylines/lnosuchline", headers={"accept": "text/html"})  # as a browser asks
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")


# --- settled members re-tested (storyline.settled_split) ---------------------------------------


def _settled_linker(split: bool) -> StorylineLinker:
    return StorylineLinker(threshold=0.06, merge_threshold=0.1, cohesion=0.5, settled_cohesion=0.7, settled_size=6,
                           settled_split=split)


def _event_joined_small(linker: StorylineLinker, cos: float) -> None:
    """Storyline of story s (6 identical articles); story x arrives with 2 articles at cosine ``cos`` to s (joins
    at cohesion 0.5: x is small), then grows by 4 more in a later batch (x and s both settled now)."""
    d = dt.date(2020, 1, 1)
    a, b = [1.0, 0, 0], [cos, np.sqrt(1 - cos ** 2), 0]
    linker.partial_fit(_unit(*[a] * 6), ["s"] * 6, [d] * 6)
    linker.partial_fit(_unit(b, b), ["x", "x"], [d, d])
    assert linker.line_of_["x"] == linker.line_of_["s"]  # small: held to cohesion 0.5 only
    linker.partial_fit(_unit(*[b] * 4), ["x"] * 4, [d] * 4)


@pytest.mark.parametrize("split", [True, False])
def test_a_story_joined_small_leaves_a_lookalike_storyline_once_both_have_settled(split) -> None:
    """x (average link 0.6 to s, both of cohesion 1) joined s's storyline while it had 2 articles; grown to 6 it
    is under the settled bar 0.7 and leaves for a storyline of its own (the merge step keeps them apart too),
    with settled_split; without it, how the stream was cut into batches decided."""
    linker = _settled_linker(split)
    _event_joined_small(linker, 0.6)
    line_s = linker.line_of_["s"]
    assert (linker.line_of_["x"] != line_s) is split
    if split:
        new = linker.line_of_["x"]
        assert linker.splits_ == [("x", line_s, new)] and linker.created_ == [new] and linker.assigned_ == {"x": new}
        assert (linker.lines_[line_s].articles, linker.lines_[new].articles) == (6, 6)
        assert np.allclose(linker.lines_[line_s].total.toarray(), _unit(*[[1.0, 0, 0]] * 6).sum(axis=0))
    else:
        assert linker.splits_ == [] and linker.lines_[line_s].articles == 12


def test_a_story_of_the_same_topic_stays_when_settled() -> None:
    """The same, x at cosine 0.8 to s (over the settled bar 0.7): it stays."""
    linker = _settled_linker(True)
    _event_joined_small(linker, 0.8)
    assert linker.line_of_["x"] == linker.line_of_["s"] and linker.splits_ == []


def test_a_continued_linker_weighs_its_stories_as_the_uninterrupted_one() -> None:
    """A linker rebuilt from the stored rows (load_line with each row's story, as the store does) after the
    first two batches splits x off in the third, as the uninterrupted one does."""
    d = dt.date(2020, 1, 1)
    a, b = [1.0, 0, 0], [0.6, 0.8, 0]
    first = _settled_linker(True)
    first.partial_fit(_unit(*[a] * 6), ["s"] * 6, [d] * 6)
    first.partial_fit(_unit(b, b), ["x", "x"], [d, d])
    line = first.line_of_["s"]
    again = _settled_linker(True).set_state(first.get_state())
    again.load_line(line, ["s"] * 6 + ["x", "x"], _unit(*[a] * 6, b, b), [d] * 8)
    assert again.stories_["x"].articles == 2 and again.stories_["s"].articles == 6
    for linker in (first, again):
        linker.partial_fit(_unit(*[b] * 4), ["x"] * 4, [d] * 4)
    assert first.splits_ == again.splits_ and len(first.splits_) == 1


def test_stories_the_clusterer_split_are_not_weighed_until_reloaded() -> None:
    """After the clusterer splits x (x2 takes some of its articles, which ones the linker is not told), neither
    half is weighed: x stays in the storyline though it grows settled and alone it would fail the bar."""
    linker = _settled_linker(True)
    d = dt.date(2020, 1, 1)
    b = [0.6, 0.8, 0]
    linker.partial_fit(_unit(*[[1.0, 0, 0]] * 6), ["s"] * 6, [d] * 6)
    linker.partial_fit(_unit(b, b), ["x", "x"], [d, d])
    linker.partial_fit(_unit(*[b] * 4), ["x"] * 4, [d] * 4, [("split", "x", "x2")])
    assert "x" not in linker.stories_ and "x2" not in linker.stories_
    assert linker.line_of_["x"] == linker.line_of_["x2"] == linker.line_of_["s"] and linker.splits_ == []


@pytest.mark.parametrize("given", [True, False])
def test_halves_of_a_story_the_clusterer_split_are_weighed_when_their_articles_are_given(given) -> None:
    """The clusterer merged two look-alike events into story x (6 articles of each, at cosine 0.6 to each other),
    then splits the second event off as x2. Given every article of both halves (as the store reads them back),
    the linker weighs them at once as settled members: x2 links to the rest at 0.6 of their cohesion, under the
    settled bar 0.7, and leaves for a storyline of its own; not given, x2 keeps x's storyline."""
    linker = _settled_linker(True)
    d = dt.date(2020, 1, 1)
    a, b = [1.0, 0, 0], [0.6, 0.8, 0]
    linker.partial_fit(_unit(*[a] * 6, *[b] * 5), ["x"] * 11, [d] * 11)
    line = linker.line_of_["x"]
    members = (["x"] * 6 + ["x2"] * 6, _unit(*[a] * 6, *[b] * 6), [d] * 12) if given else None
    linker.partial_fit(_unit(b), ["x2"], [d], [("split", "x", "x2")], split_members=members)
    assert linker.line_of_["x"] == line
    assert (linker.line_of_["x2"] != line) is given
    if given:
        assert linker.splits_ == [("x2", line, linker.line_of_["x2"])]
        assert (linker.lines_[line].articles, linker.lines_[linker.line_of_["x2"]].articles) == (6, 6)
        assert np.allclose(linker.lines_[line].total.toarray(), _unit(*[a] * 6).sum(axis=0))
    else:
        assert linker.lines_[line].articles == 12 and linker.splits_ == []


@pytest.mark.parametrize("least, joins", [(0.0, True), (0.15, False)])
def test_a_loose_storyline_does_not_take_a_lone_article_over_the_bare_floor(least, joins) -> None:
    """A storyline of two articles at cosine 0.1 (cohesion 0.1, as a mixture of topics is) and a lone article at
    average link 0.055: given the storyline's cohesion the bar is 0.5 x 0.1 = 0.05 and it joins; given at least
    lone_article_cohesion 0.15 it is 0.5 x sqrt(0.15 x 0.1) = 0.061 and it starts its own storyline."""
    d = dt.date(2020, 1, 1)
    linker = StorylineLinker(threshold=0.0, merge_threshold=0.9, cohesion=0.5, lone_article_cohesion=least)
    linker.partial_fit(_unit([1, 0, 0], [0.1, np.sqrt(0.99), 0]), ["s1", "s2"], [d, d])
    assert linker.line_of_["s1"] == linker.line_of_["s2"]
    linker.partial_fit(_unit([0.1, 0, np.sqrt(0.99)]), ["x"], [d])
    assert (linker.line_of_["x"] == linker.line_of_["s1"]) is joins


def test_bench_replay_cuts_batches_in_order_and_keeps_story_changes_with_the_first_part() -> None:
    """bench/storyline_replay.py --cut: a batch of 4 rows cut in 2 (or where the mixed stream's batches end) keeps
    every row once, in order, and the batch's story merges go with the first part only."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "storyline_replay.py"
    spec = importlib.util.spec_from_file_location("bench_storyline_replay_cut", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    d = dt.date(2020, 1, 1)
    X = _unit([1, 0], [0, 1], [1, 1], [1, 0.5])
    rec = {"calls": [(["1", "2", "3", "4"], ["a", "b", "a", "c"], X, [d] * 4, [("merge", "z", "a")])]}
    for got in (bench.cut(rec, 2), bench.cut(rec, batch_of={"1": 0, "2": 0, "3": 5, "4": 5})):
        assert [c[0] for c in got["calls"]] == [["1", "2"], ["3", "4"]]
        assert [c[1] for c in got["calls"]] == [["a", "b"], ["a", "c"]]
        assert [c[4] for c in got["calls"]] == [[("merge", "z", "a")], []]
        assert (got["calls"][1][2] != X[[2, 3]]).nnz == 0


def test_a_continued_linker_keeps_the_dated_articles_apart() -> None:
    """load_line (a process continuing the store) rebuilds each storyline's dated articles' sum and count, so
    the continued linker keeps a dated event out of a storyline bridged by an undated story, as the
    uninterrupted one does."""
    first = _hub_and_dated_event(True)
    line = first.line_of_["a"]
    hub, a = [1.0, 0, 0, 0], [0.6, 0.8, 0, 0]
    again = StorylineLinker(threshold=0.45, merge_threshold=0.45, cohesion=0.0).set_state(first.get_state())
    again.load_line(line, ["h", "h", "a", "a"], _unit(hub, hub, a, a), [None, None] + [dt.date(2018, 1, 1)] * 2)
    assert again.lines_[line].dated_n == first.lines_[line].dated_n == 2
    assert np.allclose(again.lines_[line].dated.toarray(), first.lines_[line].dated.toarray())
    b = [0.6, 0, 0.8, 0]
    for linker in (first, again):
        linker.partial_fit(_unit(b, b), ["b", "b"], [dt.date(2018, 6, 1)] * 2)
        assert linker.line_of_["b"] != linker.line_of_["a"]


@pytest.mark.parametrize("weight, tight", [(0.0, False), (0.4, True)])
def test_a_story_goes_to_the_storyline_it_links_to_most_not_only_the_loosest(weight, tight) -> None:
    """A lone article clears two bars: a tight storyline's (two identical articles, bar 0.5) at average link 0.6
    (ratio 1.2) and a loose one's (two articles at cosine 0.2, bar 0.1) at 0.15 (ratio 1.5). Ranked by the ratio
    alone it goes to the loose storyline; with rank_link_weight 0.4 (0.6^0.4 x 1.2^0.6 = 0.91 against
    0.15^0.4 x 1.5^0.6 = 0.60) to the tight one it links to four times as much."""
    d = dt.date(2020, 1, 1)
    linker = StorylineLinker(threshold=0.06, merge_threshold=0.9, cohesion=0.5, lone_article_cohesion=0.15,
                             rank_link_weight=weight)
    linker.partial_fit(_unit([1, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0.2, np.sqrt(0.96), 0]),
                       ["a", "a", "b", "b"], [d] * 4)
    assert linker.line_of_["a"] != linker.line_of_["b"]
    linker.partial_fit(_unit([0.6, 0.25, 0, np.sqrt(1 - 0.36 - 0.0625)]), ["x"], [d])
    assert linker.line_of_["x"] == linker.line_of_["a" if tight else "b"]


def test_dated_sums_stay_exact_as_storylines_grow_merge_and_split() -> None:
    """Each live storyline's dated articles' sum and count (kept only while it is partly dated) equal those
    recomputed from its stories' articles, after batches of dated and undated articles that join, merge and
    split storylines."""
    from newsbrief.stream.storyline import _dated_of

    rng = np.random.default_rng(3)
    centres = rng.normal(size=(3, 12))
    linker = StorylineLinker(threshold=0.05, merge_threshold=0.05, cohesion=0.5, settled_size=3,
                             settled_cohesion=0.9)
    rows_of: dict[str, list[tuple[np.ndarray, bool]]] = {}
    for batch in range(8):
        ids, vecs, dates = [], [], []
        for _ in range(12):
            topic = int(rng.integers(3))
            sid = f"s{topic}-{int(rng.integers(4))}"
            v = centres[topic] + rng.normal(scale=1.2, size=12)
            dated = bool(rng.random() < 0.5)
            ids.append(sid)
            vecs.append(v / np.linalg.norm(v))
            dates.append(dt.date(2020, 1, 1 + batch) if dated else None)
            rows_of.setdefault(sid, []).append((vecs[-1], dated))
        linker.partial_fit(sp.csr_matrix(np.array(vecs)), ids, dates)
    assert linker.changes_ or linker.splits_ or len(linker.lines_) < 12  # storylines did join
    for line in linker.lines_.values():
        members = [r for sid in line.stories for r in rows_of[sid]]
        dated = [v for v, d in members if d]
        assert line.articles == len(members) and line.dated_n == len(dated)
        got = _dated_of(line.total, line.articles, line.dated, line.dated_n)
        want = np.sum(dated, axis=0) if dated else None
        assert (got is None) == (want is None)
        if want is not None:
            assert np.allclose(np.asarray(got.todense()).ravel(), want)


def _joined_before_its_topic(linker: StorylineLinker, forget: bool = False) -> tuple[str, str]:
    """Storyline of story s (two articles at cosine 0.3); a lone report x (average link 0.33 to s, bar 0.15) joins
    it; then x's own topic arrives, story y (3 articles at cosine 0.73 to x, 0 to s: average link 0.25 to the
    storyline, under its bar 0.28, so y starts its own). Returns the storylines of s and y."""
    d = dt.date(2020, 1, 1)
    linker.partial_fit(_unit([1, 0, 0, 0], [0.3, np.sqrt(0.91), 0, 0]), ["s", "s"], [d, d])
    linker.partial_fit(_unit([0.6, 0, 1, 0]), ["x"], [d])
    assert linker.line_of_["x"] == linker.line_of_["s"]
    if forget:  # the clusterer froze x (a lone report that got no follow-up)
        linker.forget_stories(["x"])
    linker.partial_fit(_unit(*[[0, 0, 1, 0.6]] * 3), ["y"] * 3, [d] * 3)
    assert linker.line_of_["y"] != linker.line_of_["s"]
    return linker.line_of_["s"], linker.line_of_["y"]


@pytest.mark.parametrize("relink_size", [0, 6])
def test_a_small_story_moves_to_the_storyline_of_its_topic_once_that_forms(relink_size) -> None:
    """Which storyline a lone report joins depended on which were there when it came (where the stream was cut):
    weighed again once y's storyline exists, x ranks higher there (link 0.73, bar 0.5) than with the rest of its
    own (0.33, bar 0.15) and moves; the storylines keep their ids and exact sums, the move is recorded."""
    linker = StorylineLinker(relink_size=relink_size)
    line_s, line_y = _joined_before_its_topic(linker)
    if not relink_size:
        assert linker.line_of_["x"] == line_s and linker.moves_ == []
        return
    assert linker.line_of_["x"] == line_y and linker.assigned_["x"] == line_y
    assert linker.moves_ == [("x", line_s, line_y)] and linker.changes_ == [] and linker.created_ == [line_y]
    assert (linker.lines_[line_s].articles, linker.lines_[line_y].articles) == (2, 4)
    assert linker.lines_[line_s].stories == {"s"} and linker.lines_[line_y].stories == {"x", "y"}
    want = _unit([1, 0, 0, 0], [0.3, np.sqrt(0.91), 0, 0]).sum(axis=0)
    assert np.allclose(linker.lines_[line_s].total.toarray(), want)


@pytest.mark.parametrize("relink_days, moves", [(0, False), (30, True)])
def test_a_small_story_the_clusterer_froze_is_weighed_again_within_relink_days(relink_days, moves) -> None:
    """A lone report the clusterer froze stays weighable for relink_days of stream time (0: forgotten at once,
    as before), and is forgotten once the clock is further on (its storyline still live): the linker's memory
    stays bounded."""
    linker = StorylineLinker(relink_size=6, relink_days=relink_days)
    line_s, line_y = _joined_before_its_topic(linker, forget=True)
    assert (linker.line_of_.get("x") == line_y) is moves
    assert ("x" in linker.kept_) is moves
    later = dt.date(2020, 1, 1) + dt.timedelta(days=relink_days + 1)
    linker.partial_fit(_unit([0, 1, 0, 0]), ["z"], [later])
    assert "x" not in linker.stories_ and "x" not in linker.line_of_ and not linker.kept_
    assert line_y in linker.lines_ and linker.lines_[line_y].articles == 3 + moves


def test_a_continued_linker_moves_small_stories_as_the_uninterrupted_one() -> None:
    """A linker rebuilt as the store does (its state, each live storyline's rows, then the stories the clusterer
    froze forgotten) keeps the frozen lone report weighable and moves it as the uninterrupted linker does."""
    d = dt.date(2020, 1, 1)
    first = StorylineLinker()
    first.partial_fit(_unit([1, 0, 0, 0], [0.3, np.sqrt(0.91), 0, 0]), ["s", "s"], [d, d])
    first.partial_fit(_unit([0.6, 0, 1, 0]), ["x"], [d])
    first.forget_stories(["x"])
    line = first.line_of_["s"]
    again = StorylineLinker().set_state(first.get_state())
    again.load_line(line, ["s", "s", "x"], _unit([1, 0, 0, 0], [0.3, np.sqrt(0.91), 0, 0], [0.6, 0, 1, 0]), [d] * 3)
    again.forget_stories(["x"])
    assert again.kept_ == first.kept_ == {"x"}
    for linker in (first, again):
        linker.partial_fit(_unit(*[[0, 0, 1, 0.6]] * 3), ["y"] * 3, [d] * 3)
    assert first.moves_ == again.moves_ and len(first.moves_) == 1
    assert first.line_of_ == again.line_of_


def test_relink_settings_reach_the_linker() -> None:
    from newsbrief.config import Settings

    linker = StorylineLinker.from_settings(
        Settings().replace({"storyline.relink_size": 3, "storyline.relink_days": 90}, source="test").storyline)
    assert (linker.relink_size, linker.relink_days) == (3, 90)
    assert StorylineLinker.from_settings(Settings().storyline).relink_size == 6


def test_at_most_relink_max_small_frozen_stories_are_kept_the_latest_first() -> None:
    """Two lone dated reports the clusterer froze, days apart: with relink_max 1 only the later one is kept."""
    linker = StorylineLinker(relink_max=1)
    d = dt.date(2020, 1, 1)
    linker.partial_fit(_unit([1, 0, 0], [1, 0.1, 0], [1, 0, 0.1]), ["a", "b", "c"], [d, d + dt.timedelta(days=2), d])
    linker.forget_stories(["a", "b"])
    assert linker.kept_ == {"b"} and "a" not in linker.stories_ and "a" not in linker.line_of_
    assert linker.lines_[linker.line_of_["c"]].articles == 3  # its storyline keeps a's articles


@pytest.mark.parametrize("power, dated, merges", [(-0.5, True, True), (0.0, True, False), (-0.5, False, False)])
def test_a_tight_thread_merges_into_a_loose_topic_at_the_looser_cohesion(power, dated, merges) -> None:
    """Storyline t: two articles at cosine 0.2 (a loose topic); then story a, two identical articles (a tight
    thread, cohesion 1.0), at average link 0.41 to t. It does not join t as a new story (bar: cohesion 1.0 x the
    geometric mean sqrt(0.2 x 1.0) = 0.447), so it starts a storyline; the two storylines merge at the power mean
    with exponent -0.5 of the cohesions, ((0.2^-0.5 + 1^-0.5) / 2)^-2 = 0.382, when both are dated
    (``merge_cohesion_power``); undated, or at exponent 0 (the geometric mean), they stay apart."""
    d = dt.date(2020, 1, 1) if dated else None
    linker = StorylineLinker(threshold=0.0, merge_threshold=0.0, cohesion=1.0, relink_size=0,
                             merge_cohesion_power=power)
    linker.partial_fit(_unit([1, 0, 0], [0.2, np.sqrt(0.96), 0]), ["t", "t"], [d, d])
    c2 = (0.32 - 0.1) / np.sqrt(0.96)  # a . t1 = 0.5, a . t2 = 0.32: average link 0.41
    a = [0.5, c2, np.sqrt(1 - 0.25 - c2 ** 2)]
    linker.partial_fit(_unit(a, a), ["a", "a"], [d, d])
    assert linker.assigned_["a"] != "" and (linker.line_of_["a"] == linker.line_of_["t"]) is merges
    assert bool(linker.changes_) is merges


def test_merge_cohesion_power_reaches_the_linker() -> None:
    from newsbrief.config import Settings

    s = Settings().replace({"storyline.merge_cohesion_power": -1.0}, source="test").storyline
    assert StorylineLinker.from_settings(s).merge_cohesion_power == -1.0
    assert StorylineLinker.from_settings(Settings().storyline).merge_cohesion_power == -0.5


def _siblings(n: int, shared: float = 0.2) -> list[tuple]:
    """``n`` batches of two sibling topics A and B, a one-article story of each per batch (a_i, b_i): articles of
    one topic at cosine 0.6, of two at ``shared`` (a shared part, a part of their own topic and a part of their
    own). The first two link as two lone articles do (0.2 over their bar 0.1); every later report links at 0.4 to
    their storyline, the only one of its kind, over its bar (0.2 at its cohesion 0.4) and ranked over the other
    new report (0.2), so it joins it, and no other storyline is there for a small story to move to."""
    d = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        rows = []
        for k, topic in ((2 * i, 1), (2 * i + 1, 2)):
            v = np.zeros(3 + 2 * n)
            v[0], v[topic], v[3 + k] = np.sqrt(shared), np.sqrt(0.6 - shared), np.sqrt(0.4)
            rows.append(v)
        out.append((_unit(*rows), [f"a{i}", f"b{i}"], [d, d]))
    return out


@pytest.mark.parametrize("line_split", [True, False])
def test_two_sibling_topics_joined_while_small_are_cut_apart_when_grown(line_split) -> None:
    """Two lone reports of sibling topics (cosine 0.2) start one storyline; each topic's later reports (11 each,
    at cosine 0.6 among themselves, one of each a batch) follow into it (see :func:`_siblings`). Grown to 12 +
    12 (the batch that brings it past 1.25^14 = 22 articles), the two parts link at 0.2, under 0.9 of the bar
    two storylines of cohesion 0.6 need to merge (0.7 x 0.6 = 0.42): with ``line_split`` the storyline is cut
    into the two topics, the new one listed in ``splits_`` and ``created_``; without, it holds both."""
    linker = StorylineLinker(line_split=line_split)
    for X, ids, dates in _siblings(12):
        linker.partial_fit(X, ids, dates)
    line_of = linker.line_of_
    assert all(line_of[f"a{i}"] == line_of["a0"] for i in range(12))
    assert all(line_of[f"b{i}"] == line_of["b0"] for i in range(12))
    assert (line_of["a0"] != line_of["b0"]) is line_split
    if line_split:
        assert len(linker.splits_) == 12 and {new for _s, _old, new in linker.splits_} <= set(linker.created_)
        assert sorted(linker.lines_[k].articles for k in {line_of["a0"], line_of["b0"]}) == [12, 12]


def test_a_storyline_is_not_cut_into_parts_under_twice_the_settled_size_nor_one_topic_in_two() -> None:
    """The same siblings at 9 + 9 reports (parts under 2 x settled_size) stay one storyline; so do 24 reports of
    one topic (every pair at cosine 0.6: any two parts link at their own cohesion, over the bar)."""
    linker = StorylineLinker()
    for X, ids, dates in _siblings(9):
        linker.partial_fit(X, ids, dates)
    assert linker.line_of_["a0"] == linker.line_of_["b0"] and linker.splits_ == []
    linker = StorylineLinker()
    for X, ids, dates in _siblings(12, shared=0.6):
        linker.partial_fit(X, ids, dates)
    assert len(set(linker.line_of_.values())) == 1 and linker.splits_ == []


def test_line_split_settings_reach_the_linker() -> None:
    from newsbrief.config import Settings

    s = Settings().replace({"storyline.line_split": False, "storyline.line_split_share": 0.8}, source="test")
    linker = StorylineLinker.from_settings(s.storyline)
    assert (linker.line_split, linker.line_split_share) == (False, 0.8)
    assert StorylineLinker.from_settings(Settings().storyline).line_split is True


def test_a_continued_linker_cuts_a_storyline_as_the_uninterrupted_one() -> None:
    """A linker rebuilt from the stored rows after 11 of the sibling batches (its state, then load_line with each
    row's story, as the store does) cuts the storyline in the twelfth batch as the uninterrupted one does: the same
    stories leave, for a storyline of the same id."""
    batches = _siblings(12)
    first = StorylineLinker()
    for X, ids, dates in batches[:-1]:
        first.partial_fit(X, ids, dates)
    (line,) = set(first.line_of_.values())
    again = StorylineLinker().set_state(first.get_state())
    again.load_line(line, [s for _X, ids, _d in batches[:-1] for s in ids],
                    sp.vstack([X for X, _ids, _d in batches[:-1]]).tocsr(), [d for *_r, ds in batches[:-1] for d in ds])
    for linker in (first, again):
        linker.partial_fit(*batches[-1])
    assert first.splits_ == again.splits_ and len(first.splits_) == 12
    assert first.line_of_ == again.line_of_


def _topic_and_piece(size: int, when: dt.date | None, one_day: bool = False, **kw) -> StorylineLinker:
    """Story t: 8 reports of a loose topic (cosine 0.2 among them: a shared part and a part of each report's own),
    dated over most of 2020 (all on ``when`` if ``one_day``); then story p of ``size`` reports dated ``when`` (all
    of t's undated when None), at
    cosine 0.2 among themselves and at average link 0.09 to t: under the bar a new story needs (0.5 x 0.2 = 0.1),
    so p starts a storyline, at 0.9 of the bar two storylines need to merge (the same 0.1)."""
    linker = StorylineLinker(**kw)
    t = [np.r_[np.sqrt(0.2), 0.0, np.eye(8 + size)[i] * np.sqrt(0.8)] for i in range(8)]
    a = 0.09 / np.sqrt(0.2)
    p = [np.r_[a, np.sqrt(0.2 - a * a) if size > 1 else np.sqrt(0.2), np.eye(8 + size)[8 + i] * np.sqrt(0.8)]
         for i in range(size)]
    if size == 1:
        p = [np.r_[a, np.sqrt(1 - a * a), np.zeros(8 + size)]]
    days = [when if one_day else dt.date(2020, 1, 1) + dt.timedelta(days=45 * i) for i in range(8)]
    linker.partial_fit(_unit(*t), ["t"] * 8, days if when else [None] * 8)
    linker.partial_fit(_unit(*p), ["p"] * size, [when] * size)
    return linker


@pytest.mark.parametrize("size, when, kw, merges", [
    (1, dt.date(2020, 6, 1), {}, True),  # a lone report inside the topic's dates: each other's best, at 0.9
    (2, dt.date(2020, 6, 1), {}, True),
    (1, dt.date(2020, 6, 1), {"mutual_merge_share": 1.0}, False),  # only at the bar
    (1, dt.date(2021, 3, 1), {}, False),  # after the topic's last report (an event that follows: BASIL's)
    (1, None, {}, False),  # undated: no dates to interleave
    (1, dt.date(2020, 6, 1), {"one_day": True}, False),  # a storyline of one day is one event, not a long topic
    (4, dt.date(2020, 6, 1), {}, False),  # the smaller side has mutual_merge_size articles
    (4, dt.date(2020, 6, 1), {"mutual_merge_size": 5}, True),
])
def test_a_small_piece_inside_a_topics_dates_merges_with_it_as_each_others_best(size, when, kw, merges) -> None:
    """A piece of a long-running topic (a lone report, a pair) dated inside the topic's storyline's dates, which
    links to it at 0.9 of the merge bar, merges with it when the two are each other's best partner
    (``mutual_merge_share`` 0.8, the smaller side under ``mutual_merge_size`` 4 articles); not dated inside its
    range, nor undated, nor into a storyline of one day, nor at the bar's own share, nor when the smaller side has
    grown to 4 articles."""
    linker = _topic_and_piece(size, when, **kw)
    assert linker.lines_[linker.line_of_["t"]].articles == (8 + size if merges else 8)
    assert (linker.line_of_["p"] == linker.line_of_["t"]) is merges
    assert bool(linker.changes_) is merges


def test_a_piece_merges_only_with_a_storyline_whose_best_partner_it_is() -> None:
    """The topic t of :func:`_topic_and_piece`; then a story u of 4 reports at 0.95 of the bar (too big for the
    mutual-best merge, so it stays apart), then a lone report p at 0.9: p's best partner is t, but t's is u, so
    p stays apart (without the mutual check it would merge)."""
    linker = StorylineLinker()
    n = 8 + 4
    t = [np.r_[np.sqrt(0.2), 0.0, 0.0, np.eye(n)[i] * np.sqrt(0.8)] for i in range(8)]
    a, b = 0.09 / np.sqrt(0.2), 0.095 / np.sqrt(0.2)
    u = [np.r_[b, np.sqrt(0.2 - b * b), 0.0, np.eye(n)[8 + i] * np.sqrt(0.8)] for i in range(4)]
    p = np.r_[a, 0.0, np.sqrt(1 - a * a), np.zeros(n)]
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=45 * i) for i in range(8)]
    linker.partial_fit(_unit(*t), ["t"] * 8, days)
    linker.partial_fit(_unit(*u), ["u"] * 4, [dt.date(2020, 5, 1)] * 4)
    assert linker.line_of_["u"] != linker.line_of_["t"]
    linker.partial_fit(_unit(p), ["p"], [dt.date(2020, 6, 1)])
    assert len({linker.line_of_[k] for k in "tup"}) == 3


def test_mutual_merge_settings_reach_the_linker() -> None:
    from newsbrief.config import Settings

    s = Settings().replace({"storyline.mutual_merge_share": 0.9, "storyline.mutual_merge_size": 2}, source="test")
    linker = StorylineLinker.from_settings(s.storyline)
    assert (linker.mutual_merge_share, linker.mutual_merge_size) == (0.9, 2)
    default = StorylineLinker.from_settings(Settings().storyline)
    assert (default.mutual_merge_share, default.mutual_merge_size) == (0.8, 4)
