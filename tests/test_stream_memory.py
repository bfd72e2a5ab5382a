"""Bounded stream state: what a long-running follower keeps in memory stays
within the clusterer's active set while stories and storylines come out the
same (docs/follow-soak.md)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import load_clusters
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.store import Store
from newsbrief.stream.model import ArticleClusterer
from newsbrief.stream.storyline import StorylineLinker

#: Small horizons and caps, so a short stream freezes stories by date and by count.
SMALL = {"cluster.horizon_days": 7, "cluster.max_active": 12, "storyline.horizon_days": 90,
         "storyline.max_active": 25}


def duc_stream(shared_dir: Path, topics: int = 12) -> list:
    """Articles of the first DUC 2003 topics (dated newswire spread over years), in date order."""
    arts = [article_from_dict({k: v for k, v in a.items() if k != "id"}, where=c["id"])
            for c in load_clusters(shared_dir / "data" / "duc2003_task3" / "test.jsonl.gz", limit=topics)
            for a in c["articles"]]
    return sorted(arts, key=lambda a: a.date or dt.date.min)


def replay(shared_dir: Path, settings: Settings):
    """The DUC stream in batches of 8 through one clusterer and two linkers, the first told to forget the
    stories the clusterer froze: yields (clusterer, that linker, the other) after each batch."""
    model = ArticleClusterer.from_settings(settings.cluster)
    bounded, unbounded = (StorylineLinker.from_settings(settings.storyline) for _ in range(2))
    arts = duc_stream(shared_dir)
    for k in range(0, len(arts), 8):
        batch = arts[k : k + 8]
        model.partial_fit(batch)
        changes = [(c.kind, c.source, c.target) for c in model.clusterer.changes_]
        dates = [None if a.date_from_text else a.date for a in batch]
        for linker in (bounded, unbounded):
            linker.partial_fit(model.vectors_, list(model.labels_), dates, changes)
        bounded.forget_stories(model.clusterer.frozen_)
        yield model, bounded, unbounded


def test_linker_forgets_frozen_stories_and_links_the_same(shared_dir: Path) -> None:
    """(Without storyline.relink_size, whose small frozen stories are kept for relink_days: see the next test.)"""
    settings = Settings().replace(SMALL | {"storyline.relink_size": 0})
    frozen = 0
    for model, bounded, unbounded in replay(shared_dir, settings):
        frozen += len(model.clusterer.frozen_)
        # the same links, storylines created, merged and frozen, batch by batch
        assert bounded.assigned_ == unbounded.assigned_
        assert bounded.changes_ == unbounded.changes_
        assert bounded.created_ == unbounded.created_
        assert bounded.frozen_ == unbounded.frozen_
        # only stories the clusterer may still change are kept: at most its max_active
        assert set(bounded.line_of_) <= set(model.clusterer.stories_)
        assert len(bounded.line_of_) <= settings.cluster.max_active
        assert sum(len(line.stories) for line in bounded.lines_.values()) == len(bounded.line_of_)
    assert frozen > 50  # the stream froze many stories (by date and by count) ...
    assert len(unbounded.line_of_) > 2 * len(bounded.line_of_)  # ... which an unbounded linker keeps
    assert bounded.lines_.keys() == unbounded.lines_.keys()
    for k, line in bounded.lines_.items():
        other = unbounded.lines_[k]
        assert (line.total != other.total).nnz == 0
        assert (line.first, line.last, line.articles) == (other.first, other.last, other.articles)


def test_linker_keeps_only_small_recent_frozen_stories_besides_the_active_ones(shared_dir: Path) -> None:
    """With small stories weighed again (storyline.relink_size), the linker keeps, besides the clusterer's active
    stories, only the small dated ones it froze within relink_days of the clock; an unbounded linker keeps far
    more."""
    settings = Settings().replace(SMALL | {"storyline.relink_days": 30})
    kept = 0
    for model, bounded, unbounded in replay(shared_dir, settings):
        assert set(bounded.line_of_) <= set(model.clusterer.stories_) | bounded.kept_
        for sid in bounded.kept_:
            st = bounded.stories_[sid]
            assert st.articles < 6 and (bounded.clock_ - st.last).days <= 30
        assert sum(len(line.stories) for line in bounded.lines_.values()) == len(bounded.line_of_)
        kept = max(kept, len(bounded.kept_))
    assert kept > 0
    assert len(unbounded.line_of_) > 2 * len(bounded.line_of_)


@pytest.mark.slow
def test_store_keeps_only_active_stories_in_its_linker_also_after_a_restart(tmp_path: Path,
                                                                             shared_dir: Path) -> None:
    settings = Settings().replace(SMALL)
    arts = duc_stream(shared_dir)
    half = len(arts) // 16 * 8  # on a batch boundary (8 articles a batch): a restart changes no batch

    def links(path: Path) -> dict:
        with Store(path, settings=settings, batch_size=8) as st:
            return dict(st.conn.execute("SELECT story_id, storyline_id FROM story_storylines"))

    with Store(tmp_path / "one.sqlite3", settings=settings, batch_size=8) as st:
        st.add(arts)
    with Store(tmp_path / "two.sqlite3", settings=settings, batch_size=8) as st:
        st.add(arts[:half])
    with Store(tmp_path / "two.sqlite3", settings=settings, batch_size=8) as st:  # a new process continues the stream
        st.add(arts[half:])
        active = set(st.model.clusterer.stories_)
        assert set(st._linker.line_of_) <= active | st._linker.kept_  # kept_: small recent ones (relink_days)
        stored = st.conn.execute("SELECT count(*) FROM story_storylines").fetchone()[0]
        assert stored > 3 * len(active)  # the store keeps every link; memory only the active stories'
    assert links(tmp_path / "one.sqlite3") == links(tmp_path / "two.sqlite3")


def test_follower_holds_at_most_max_queued_pages_and_fetches_the_rest_from_the_store(tmp_path: Path) -> None:
    from newsroom import MULTINEWS, RSS_HEADERS, Newsroom, Reply, article_page, load_articles, rss

    from newsbrief.follow import FeedSource, Follower

    if not MULTINEWS.is_file():
        pytest.skip(f"needs ../shared data ({MULTINEWS})")
    arts = load_articles(30)
    settings = Settings().replace({"follow.host_delay_seconds": 0.0, "follow.max_per_host": 2,
                                   "follow.max_queued_pages": 4, "follow.extract_processes": 0})
    queued: list[int] = []
    with Newsroom() as site:
        items = []
        for i, art in enumerate(arts):
            site.route(f"/n/{i}.html", Reply(body=article_page(art, canonical=site.url(f"/n/{i}.html"))))
            items.append({"title": art["title"], "link": site.url(f"/n/{i}.html"), "date": art["date"],
                          "summary": " ".join(art["text"].split()[:40])})
        site.route("/feed.xml", Reply(headers=RSS_HEADERS, body=rss(items)))
        with Store(tmp_path / "s.sqlite3", settings=settings) as store, \
                Follower(store, settings, [FeedSource(site.url("/feed.xml"))], status_seconds=0.0,
                         on_status=lambda line: queued.append(int(re.search(r"queue (\d+)", line)[1]))) as follower:
            report = follower.run(once=True)
            stored = store.conn.execute("SELECT url FROM articles").fetchall()
    assert report.pages == len(arts) and report.ingest.ingested == len(arts)  # every link fetched once
    assert sorted(u for (u,) in stored) == sorted(i["link"] for i in items)
    assert queued and max(queued) <= 4  # the rest waited in the store, not in memory


@pytest.mark.slow
def test_small_stories_are_weighed_in_blocks_of_relink_block_pairs_with_the_same_moves(shared_dir: Path,
                                                                                       monkeypatch) -> None:
    """storyline.relink_block bounds the (story, storyline) pairs the linker's relink step weighs at once (its
    transient arrays: at 16x the full-text stream, 5,000 small stories x 5,000 storylines, a dozen 200 MB arrays);
    the moves, links and storylines are those of weighing every pair at once. 30 DUC 2003 topics in batches of 16:
    10 small stories move."""
    from newsbrief.stream import storyline

    largest: dict[int, int] = {}
    weighing: list[int] = []
    def counting(dots):
        def counted(A, B):
            out = dots(A, B)
            if weighing:
                largest[weighing[-1]] = max(largest.get(weighing[-1], 0), out.size)
            return out
        return counted

    relink = storyline.StorylineLinker._relink

    def watched(self):
        weighing.append(self.relink_block)
        try:
            return relink(self)
        finally:
            weighing.pop()

    for name in ("_dots", "_dots_t"):  # (products with a matrix, or with one transposed once for several)
        monkeypatch.setattr(storyline, name, counting(getattr(storyline, name)))
    monkeypatch.setattr(storyline.StorylineLinker, "_relink", watched)
    settings = Settings().replace({"storyline.relink_block": 60})
    assert StorylineLinker.from_settings(settings.storyline).relink_block == 60
    model = ArticleClusterer.from_settings(settings.cluster)
    blocked = StorylineLinker.from_settings(settings.storyline)
    whole = StorylineLinker.from_settings(Settings().storyline)
    arts = duc_stream(shared_dir, topics=30)
    moves = 0
    for k in range(0, len(arts), 16):
        batch = arts[k : k + 16]
        model.partial_fit(batch)
        changes = [(c.kind, c.source, c.target) for c in model.clusterer.changes_]
        dates = [None if a.date_from_text else a.date for a in batch]
        for linker in (blocked, whole):
            linker.partial_fit(model.vectors_, list(model.labels_), dates, changes)
        assert blocked.moves_ == whole.moves_ and blocked.assigned_ == whole.assigned_
        assert blocked.changes_ == whole.changes_ and blocked.frozen_ == whole.frozen_
        moves += len(blocked.moves_)
    assert moves > 0  # small stories moved, in blocks as at once
    assert blocked.line_of_ == whole.line_of_
    for key, line in blocked.lines_.items():
        assert (line.total != whole.lines_[key].total).nnz == 0
    # at most relink_block pairs at once (a story's row is never cut: one row may be wider, up to a storyline each)
    assert largest[60] <= max(60, len(whole.lines_) + 25)
    assert largest[whole.relink_block] > 3 * 60  # all at once, the same stream weighed more pairs


def _title_parser_and_respelled(shared_dir: Path):
    """The clause-title parser and ``respelled(r)``: the first sentences of 40 DUC 2003 articles with the words of
    five letters or more respelled, new words for each ``r`` (as a stream's names and respelled words are)."""
    from newsbrief.analyze import _ner

    model = Settings().analysis.model
    try:
        nlp = _ner.load_parser(model)
    except Exception as err:  # noqa: BLE001 (spaCy or the model not installed)
        pytest.skip(f"needs the spaCy model: {err}")
    base = [a.raw_text.split(". ")[0][:300] for a in duc_stream(shared_dir, topics=4)][:40]

    def respelled(r: int) -> list[str]:
        return [re.sub(r"[A-Za-z]{5,}", lambda m: m.group(0) + "zq" + "bcdfg"[r % 5] * (1 + r // 5), s) for s in base]

    return model, nlp, base, respelled


def test_the_title_parser_vocabulary_does_not_grow_across_batches_of_new_words(
        shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy keeps every new word its pipeline meets: the clause-title parser's string store and lexeme table grew
    without end on a follower (~5,300 strings per 3,865 new articles). Parsed in the pipeline's memory zone, a
    batch's new words are freed after it, in batches (the store's titles) and one sentence at a time (quotes), and
    the parses are those of a pipeline that keeps them. (No words kept for good here: ``KEEP_LEXEMES`` 0.)"""
    from newsbrief.analyze import _ner

    model, nlp, base, respelled = _title_parser_and_respelled(shared_dir)
    monkeypatch.setattr(_ner, "KEEP_LEXEMES", 0)

    def shape(doc) -> list:
        return [(t.i, t.idx, t.text, t.lower_, t.whitespace_, t.is_punct, t.tag_, t.dep_, t.head.i, t.left_edge.i,
                 [c.i for c in t.children]) for t in doc], [(s.start, s.end, s.root.i) for s in doc.sents]

    _ner.parse(base[0], model)
    _ner.parse_batch(base[:4], model)  # (the words of the stream itself may be new once)
    strings, lexemes = len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)
    for r in range(1, 9):
        got = _ner.parse_batch(respelled(r), model)
        one = _ner.parse(respelled(r)[r], model)
        assert (len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)) == (strings, lexemes), r
    kept = _ner._loaded(model, _ner._PARSE_UNNEEDED)  # a pipeline of its own, no memory zone
    fresh = len(kept.vocab.strings)  # (not the shared parser's count: earlier tests in the process may have given it
    # words for good, up to KEEP_LEXEMES)
    with _ner.one_blas_thread():
        want = [shape(d) for d in kept.pipe([_ner._split_long_tokens(t) for t in respelled(8)], batch_size=64)]
    assert [shape(d) for d in got] == want
    assert shape(one) == want[8]
    assert len(kept.vocab.strings) > fresh + 8 * 20  # that pipeline kept the new words


def test_the_title_parser_keeps_its_first_words_up_to_a_bound_then_none(
        shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipeline's first ``KEEP_LEXEMES`` new lexemes are kept for good (the common words a stream meets in every
    batch are made once, not once per call), the words of later calls are freed after them: the vocabulary grows
    by at most the bound and one call's words, then not at all; the parses are the same either way."""
    from newsbrief.analyze import _ner

    model, nlp, base, respelled = _title_parser_and_respelled(shared_dir)
    monkeypatch.setattr(_ner, "KEEP_LEXEMES", 50)
    monkeypatch.setitem(_ner._LOADED_LEXEMES, id(nlp), len(nlp.vocab))  # counted from here
    start = sum(1 for _ in nlp.vocab)
    first = _ner.parse_batch(respelled(11), model)
    kept = sum(1 for _ in nlp.vocab)
    assert kept >= start + 50  # the first call's new words stay (without the bound: freed, kept == start)
    sizes = set()
    for r in range(12, 16):
        _ner.parse_batch(respelled(r), model)
        sizes.add((len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)))
    assert len(sizes) == 1 and sizes.pop()[1] == kept  # past the bound: nothing more kept
    monkeypatch.setattr(_ner, "KEEP_LEXEMES", 0)
    assert [[(t.text, t.tag_, t.dep_, t.head.i) for t in d] for d in _ner.parse_batch(respelled(11), model)] == \
        [[(t.text, t.tag_, t.dep_, t.head.i) for t in d] for d in first]


def _unit_rows(dims: list[int], width: int = 64):
    """One unit row per entry of ``dims``: article i is the basis vector ``dims[i]`` (same dim, same event)."""
    import numpy as np
    import scipy.sparse as sp

    return sp.csr_matrix((np.ones(len(dims), dtype=np.float32), np.array(dims), np.arange(len(dims) + 1)),
                         shape=(len(dims), width))


def test_clusterer_freezes_undated_stories_idle_for_undated_horizon_articles() -> None:
    """An undated story that no article joined in the last ``undated_horizon`` articles is frozen (arrival order
    is its only clock); before the horizon it is still joined. Without the rule (0), it stays active until
    max_active, so the active set grew with an undated stream."""
    from newsbrief.stream.cluster import StoryClusterer

    def run(horizon: int, gap: int):
        c = StoryClusterer(undated_horizon=horizon)
        c.partial_fit(_unit_rows([0, 0]), ["a1", "a2"], [None, None])
        first = c.labels_[0]
        frozen = []
        for k in range(gap):  # lone undated reports of other events, one a batch
            c.partial_fit(_unit_rows([1 + k]), [f"o{k}"], [None])
            frozen += c.frozen_
        c.partial_fit(_unit_rows([0]), ["a3"], [None])
        return c, first, frozen

    c, first, frozen = run(horizon=10, gap=8)
    assert c.labels_ == [first] and first not in frozen  # joined within the horizon
    c, first, frozen = run(horizon=10, gap=12)
    assert first in frozen and c.labels_ != [first]  # idle past the horizon: frozen, the report starts a story
    assert len(c.stories_) <= 11  # only the last 10 articles' stories and the new one are active
    c, first, frozen = run(horizon=0, gap=12)
    assert c.labels_ == [first] and not frozen and len(c.stories_) == 13
    # a story with a publication date is frozen by the clock, not by arrival order
    c = StoryClusterer(undated_horizon=3)
    c.partial_fit(_unit_rows([0]), ["d1"], [dt.date(2020, 1, 1)])
    for k in range(6):
        c.partial_fit(_unit_rows([1 + k]), [f"o{k}"], [None])
    assert c.labels_ and "d1" not in c.frozen_ and len(c.stories_) == 4


def test_linker_freezes_undated_storylines_idle_for_undated_horizon_articles() -> None:
    """A storyline without a dated article that nothing changed in the last ``undated_horizon`` articles is frozen;
    a dated one is not (its clock is the date); 0 keeps the old rule (max_active only)."""
    def run(horizon: int, dated: bool):
        linker = StorylineLinker(undated_horizon=horizon)
        date = dt.date(2020, 1, 1) if dated else None
        linker.partial_fit(_unit_rows([0, 0]), ["s0", "s0"], [date, date])
        line = linker.line_of_["s0"]
        frozen = []
        for k in range(12):  # undated stories of other topics, two articles a batch
            linker.partial_fit(_unit_rows([1 + k, 1 + k]), [f"t{k}", f"t{k}"], [None, None])
            frozen += linker.frozen_
        return linker, line, frozen

    linker, line, frozen = run(10, dated=False)
    assert line in frozen and line not in linker.lines_
    assert len(linker.lines_) <= 6  # the last 10 articles' storylines (two articles each), and this batch's
    linker, line, frozen = run(30, dated=False)
    assert not frozen and len(linker.lines_) == 13
    linker, line, frozen = run(0, dated=False)
    assert not frozen and len(linker.lines_) == 13
    linker, line, frozen = run(10, dated=True)
    assert line not in frozen and line in linker.lines_


def test_dedup_window_forgets_signatures_by_stream_time_and_undated_ones_by_arrival(shared_dir: Path) -> None:
    """The near-duplicate window keeps the signatures of articles dated within horizon_days of the stream clock,
    and undated ones for undated_horizon arrivals: a copy of an article forgotten so is no longer linked, a copy
    of a recent one still is; without the horizons the window keeps them all (up to max_size)."""
    from newsbrief.stream.dedup import DuplicateIndex, signature

    arts = [a for a in duc_stream(shared_dir, topics=6) if a.date is not None and not a.date_from_text]
    sigs = [signature(a.raw_text, min_shingles=40) for a in arts]
    days = [float(a.date.toordinal()) for a in arts]
    assert days[-1] - days[0] > 60 and not sigs[0].is_empty  # a stream over months

    def window(**horizons) -> DuplicateIndex:
        index = DuplicateIndex(max_size=20_000, **horizons)
        for k, (sig, day) in enumerate(zip(sigs, days)):
            index.add_signature(f"a{k}", sig, day=day)
        return index

    dated, kept_all = window(horizon_days=7), window()
    clock = days[-1]
    assert dated.clock_ == clock
    assert {f"a{k}" for k, d in enumerate(days) if d >= clock - 7} <= set(dated._hashes)
    assert all(days[int(key[1:])] >= clock - 7 for key in dated._hashes)
    assert len(dated) < len(arts) // 4 and len(kept_all) > len(arts) * 0.9
    # a copy of the first article, dated today: forgotten by the dated window, linked by the one without it
    assert dated.add_signature("copy-old", sigs[0], day=clock) is None
    assert kept_all.add_signature("copy-old", sigs[0], day=clock) == "a0"
    # a copy of the last one is linked by both
    last = len(arts) - 1
    assert dated.add_signature("copy-new", sigs[last], day=clock) == kept_all.add_signature(
        "copy-new", sigs[last], day=clock) == f"a{last}"

    # undated: arrival order is their clock (a signature too short to keep is no arrival)
    undated = DuplicateIndex(max_size=20_000, undated_horizon=10)
    for k, sig in enumerate(sigs[:30]):
        undated.add_signature(f"u{k}", sig)
        undated.add_signature(f"empty{k}", signature("too short", min_shingles=40))
    assert len(undated) <= 10 and "u29" in undated and "u0" not in undated
    assert undated.add_signature("copy-u0", sigs[0]) is None
    assert undated.add_signature("copy-u29", sigs[29]) == "u29"


def test_store_dedup_window_is_dated_also_after_a_restart(tmp_path: Path, shared_dir: Path) -> None:
    """The store's window (dedup.horizon_days) keeps only recent dated signatures, also when a new process
    rebuilds it from the file: a late copy of an old article is stored as its own, one of a recent article is
    linked to it."""
    import dataclasses

    arts = [a for a in duc_stream(shared_dir, topics=4) if a.date is not None and not a.date_from_text]
    settings = Settings().replace({"dedup.horizon_days": 7})
    path = tmp_path / "s.sqlite3"
    with Store(path, settings=settings, batch_size=8) as st:
        st.add(arts)
        live = set(st._dedup._hashes)
    with Store(path, settings=settings, batch_size=8) as st:
        st._load()  # (what its first batch does: the window rebuilt from the file)
        assert set(st._dedup._hashes) == live
        clock = max(a.date for a in arts)
        assert len(live) < len(arts) // 3
        old, new = arts[0], max(arts, key=lambda a: a.date)
        copies = [dataclasses.replace(a, id=f"copy-{k}", title=f"Copy {k}: {a.title}", url=f"https://copy.example/{k}",
                                      date=clock, sentences=[], duplicate_of=None) for k, a in enumerate((old, new))]
        result = st.add(copies)
        links = dict(st.conn.execute("SELECT id, duplicate_of FROM articles WHERE id LIKE 'copy-%'"))
    assert result.near_duplicates == 1
    assert list(links.values()).count(None) == 1 and new.id in links.values()
