"""Story clustering on real articles: mixed events come apart, time windows
split same-topic events, state survives a restart (through get_state and
set_state, whole or rebuilt from kept vectors), memory stays bounded, and
the clusterer works on dense vectors as on sparse ones."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import math
import random
from pathlib import Path

import numpy as np
import pytest

from newsbrief.config import ClusterSettings
from newsbrief.errors import ConfigError

from newsbrief.eval.clustering import bcubed
from newsbrief.ingest import article_from_dict
from newsbrief.model import Article
from newsbrief.stream.cluster import StoryClusterer, follow, story_id_for
from newsbrief.stream.model import ArticleClusterer, state_from_bytes, state_to_bytes
from newsbrief.stream.vectorize import REPRESENTATIONS, HashedTfidfVectorizer, entity_phrases, make_vectorizer


def bcubed_f1(gold: list[str], pred: list[str]) -> float:
    return bcubed(gold, pred)[2]


def _articles(path: Path) -> list[tuple[str, Article]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if "articles" in d:
                for a in d["articles"]:
                    out.append((d["id"], article_from_dict(a)))
            else:
                out.append((d["cluster"], article_from_dict({k: v for k, v in d.items() if k != "id"})))
    return out


@pytest.fixture(scope="module")
def basil(shared_dir: Path) -> list[tuple[str, Article]]:
    return _articles(shared_dir / "data" / "basil" / "test.jsonl.gz")


@pytest.fixture(scope="module")
def multiling(shared_dir: Path) -> list[tuple[str, Article]]:
    return _articles(shared_dir / "data" / "multiling2011_en" / "test.jsonl.gz")


def _stream(items, seed=0):
    items = list(items)
    random.Random(seed).shuffle(items)
    return [g for g, _ in items], [a for _, a in items]


def test_mixed_real_events_are_separated(basil, multiling) -> None:
    """30 BASIL events (NYT, Fox, HuffPost) + 10 MultiLing topics, shuffled, undated."""
    events = sorted({g for g, _ in basil})[:30]
    items = [(g, dataclasses.replace(a, date=None)) for g, a in basil if g in events] + multiling
    gold, arts = _stream(items)
    c = ArticleClusterer().fit(arts)
    assert len(c.labels_) == len(arts)
    f1 = bcubed_f1(gold, c.labels_)
    assert f1 >= 0.85, f1
    basil_idx = [i for i, g in enumerate(gold) if g in events]
    assert bcubed_f1([gold[i] for i in basil_idx], [c.labels_[i] for i in basil_idx]) >= 0.9


def test_dated_basil_stream_in_batches(basil) -> None:
    """All 100 BASIL events in date order, fed in small batches as a stream."""
    items = sorted(basil, key=lambda x: x[1].date)
    gold = [g for g, _ in items]
    c = ArticleClusterer().fit([a for _, a in items], batch_size=16)
    assert bcubed_f1(gold, c.labels_) >= 0.93
    # the stream clock froze old events: only recent stories stay active
    assert len(c.clusterer.stories_) < 20


def test_same_topic_a_month_apart_are_different_stories(basil) -> None:
    event = sorted({g for g, _ in basil})[0]
    arts = [a for g, a in basil if g == event]
    day = arts[0].date
    close = [dataclasses.replace(a, date=day + dt.timedelta(days=i)) for i, a in enumerate(arts)]
    c = ArticleClusterer().fit(close)
    assert len(set(c.labels_)) == 1
    # the same reports, the last one re-dated 40 days later (a new event), arriving as a stream brings it:
    # in a later batch, once the clock has frozen the old story (in one batch nothing is frozen yet, and
    # dates only cost a report this alike date_penalty)
    late = close[:2] + [dataclasses.replace(close[2], id="late", date=day + dt.timedelta(days=40))]
    c = ArticleClusterer().fit(late, batch_size=2)
    assert c.labels_[0] == c.labels_[1] != c.labels_[2]
    assert c.labels_[0] in c.clusterer.frozen_ or c.labels_[0] not in c.clusterer.stories_  # the old story was frozen


def _first_part(arts: list[Article], end: int, batch: int = 32):
    """Cluster ``arts[:end]`` batch by batch, keeping what a store keeps:
    each article's vector bytes and current story."""
    model = ArticleClusterer()
    kept: dict[str, bytes] = {}
    ids: list[str] = []
    labels: list[str] = []
    for k in range(0, end, batch):
        part = arts[k : k + batch]
        model.partial_fit(part)
        follow(ids, labels, model.clusterer.changes_)
        ids += [a.id for a in part]
        labels += model.labels_
        kept.update(zip((a.id for a in part), model.vector_bytes()))
    return model, dict(zip(ids, labels)), kept


def test_state_round_trip_continues_exactly(basil) -> None:
    """A new process given get_state() (through its bytes) assigns the next
    articles as the old process would have."""
    _gold, arts = _stream([(g, dataclasses.replace(a, date=None)) for g, a in basil], seed=3)
    whole = ArticleClusterer().fit(arts[:192], batch_size=32)  # its last batch: labels as that batch left them
    first, _label, _kept = _first_part(arts, 160)
    blob = state_to_bytes(first.get_state())
    second = ArticleClusterer().set_state(state_from_bytes(blob))
    assert set(second.clusterer.stories_) == set(first.clusterer.stories_)
    for sid, st in first.clusterer.stories_.items():
        other = second.clusterer.stories_[sid]
        assert (other.norm2, other.n, other.touched, [m.article_id for m in other.members]) == (
            st.norm2, st.n, st.touched, [m.article_id for m in st.members])
    assert np.array_equal(second.vectorizer.df_, first.vectorizer.df_)
    second.partial_fit(arts[160:192])
    first.partial_fit(arts[160:192])
    assert second.labels_ == first.labels_ == whole.labels_[160:192]
    # a fresh clusterer is not the same: the test can tell
    assert ArticleClusterer().partial_fit(arts[160:192]).labels_ != whole.labels_[160:192]


def test_state_without_stories_rebuilds_from_kept_vectors(basil) -> None:
    """The store's way: the small state plus each active story's articles
    and their vector bytes gives the same next assignments."""
    _gold, arts = _stream([(g, dataclasses.replace(a, date=None)) for g, a in basil], seed=3)
    whole = ArticleClusterer().fit(arts[:192], batch_size=32)  # its last batch: labels as that batch left them
    first, label, kept = _first_part(arts, 160)
    state = first.get_state(stories=False)
    assert "stories" not in state["clusterer"]
    active = set(first.clusterer.stories_)
    members = [(label[a.id], a.id, a.date, a.date_from_text, kept[a.id]) for a in arts[:160] if label[a.id] in active]
    second = ArticleClusterer().set_state(state_from_bytes(state_to_bytes(state)), members)
    assert set(second.clusterer.stories_) == active
    for sid in active:
        assert second.clusterer.stories_[sid].norm2 == pytest.approx(first.clusterer.stories_[sid].norm2, rel=1e-5)
    second.partial_fit(arts[160:192])
    assert second.labels_ == whole.labels_[160:192]


def test_state_of_another_representation_or_version_is_refused(basil) -> None:
    arts = [a for _, a in basil[:10]]
    state = ArticleClusterer().fit(arts).get_state()
    with pytest.raises(ValueError, match="version"):
        ArticleClusterer().set_state({**state, "version": 99})
    with pytest.raises(ValueError, match="'embedding'"):
        ArticleClusterer().set_state({**state, "representation": "embedding"})
    with pytest.raises(ValueError, match="learned with"):
        ArticleClusterer(HashedTfidfVectorizer(title_weight=1)).set_state(state)


def test_vectorizer_learns_then_transforms(basil) -> None:
    """partial_fit then transform is partial_fit_transform; rows survive their bytes."""
    arts = [a for _, a in basil[:20]]
    a, b = HashedTfidfVectorizer(), HashedTfidfVectorizer()
    a.partial_fit(arts[:10])
    X = a.partial_fit(arts[10:]).transform(arts[10:])
    b.partial_fit_transform(arts[:10])
    Y = b.partial_fit_transform(arts[10:])
    assert a.n_docs_ == 20 and (X != Y).nnz == 0
    assert np.allclose(np.asarray(X.multiply(X).sum(axis=1)).ravel(), 1.0)
    assert (a.from_bytes(a.to_bytes(X)) != X).nnz == 0
    # an article without a single content word gets an all-zero row, also last in its batch
    Z = a.partial_fit_transform([arts[0], Article(id="empty", raw_text="and then there were the others")])
    assert Z[0].nnz > 0 and Z[1].nnz == 0


def test_background_idf_weighs_common_words_down_from_the_first_article() -> None:
    """The first article of a stream: its own counts make every term equally
    rare; with the shipped background table 'police' and 'Tuesday' (common
    English) weigh less than 'Haftar' (rare), and without it they weigh the same."""
    art = Article(id="a", raw_text="Police met Haftar on Tuesday.", title="")

    def weights(**params) -> dict[str, float]:
        vec = HashedTfidfVectorizer(entity_weight=0, **params)
        X = vec.partial_fit_transform([art])
        hasher = vec._hasher
        return {t: float(X[0, hasher.transform([[(t, 1)]]).indices[0]]) for t in ("polic", "haftar", "tuesdai")}

    on, off = weights(), weights(background_docs=0)
    assert on["polic"] < on["haftar"] and on["tuesdai"] < on["haftar"], on
    assert off["polic"] == pytest.approx(off["haftar"]) == pytest.approx(off["tuesdai"])
    # the stream's own counts outweigh the background as it grows: after 50,000 articles with 'haftar'
    # and without 'police', 'haftar' is the common one
    vec = HashedTfidfVectorizer(entity_weight=0)
    vec.reset()
    vec.transform([art])  # makes its hasher
    b_haftar, b_police = (vec._hasher.transform([[(t, 1)]]).indices[0] for t in ("haftar", "polic"))
    vec.df_[b_haftar], vec.n_docs_ = 50_000, 50_000
    X = vec.transform([art])
    assert X[0, b_haftar] < X[0, b_police]


def test_background_table_is_hashed_as_the_vectorizer_hashes() -> None:
    from sklearn.feature_extraction.text import HashingVectorizer

    from newsbrief.stream.vectorize import _background_df, background_terms

    terms, freq = background_terms()
    assert len(terms) > 50_000 and freq.max() < 0.01 and terms[:1] != ("the",)  # function words are not terms
    hasher = HashingVectorizer(n_features=2**10, analyzer=lambda toks: toks, alternate_sign=False, norm=None)
    share = _background_df(2**10, 100)
    for t in ("polic", "tuesdai", "elect", "2016"):
        assert t in terms
        assert share[hasher.transform([[t]]).indices[0]] > 0.01, t


def test_a_state_saved_before_the_background_is_continued(basil) -> None:
    """A store built before the background weight existed opens and goes on
    (only the weight of new vectors changes); a state of other hashing is refused."""
    arts = [a for _, a in basil[:20]]
    state = ArticleClusterer().fit(arts[:10]).get_state()
    for key in ("background_docs", "background_doc_words"):
        del state["vectorizer"]["params"][key]
    c = ArticleClusterer().set_state(state_from_bytes(state_to_bytes(state)))
    c.partial_fit(arts[10:])
    assert len(c.labels_) == 10
    with pytest.raises(ValueError, match="learned with"):
        ArticleClusterer(HashedTfidfVectorizer(body_words=100)).set_state(state)


def test_representations_registry() -> None:
    assert isinstance(make_vectorizer("tfidf"), HashedTfidfVectorizer)
    assert set(REPRESENTATIONS) == {"tfidf"}
    with pytest.raises(ConfigError, match="cluster.representation: unknown representation 'word2vec'"):
        make_vectorizer("word2vec")


def test_cluster_settings_reach_the_vectorizer_and_the_clusterer():
    from newsbrief.config import ClusterSettings

    c = ArticleClusterer.from_settings(ClusterSettings(title_weight=1, threshold=0.3, max_members=7))
    assert (c.vectorizer.title_weight, c.clusterer.threshold, c.clusterer.max_members) == (1, 0.3, 7)
    default = ArticleClusterer.from_settings()
    assert (default.vectorizer.title_weight, default.clusterer.threshold) == (3, ClusterSettings().threshold)


def test_dense_vectors_cluster_like_sparse_ones(basil) -> None:
    """The clusterer does not care how vectors are stored: dense rows of
    the same TF-IDF vectors give the same stories, and their state round-trips."""
    _gold, arts = _stream([(g, dataclasses.replace(a, date=None)) for g, a in basil if g in sorted({g for g, _ in basil})[:12]])
    vec = HashedTfidfVectorizer(n_features=2**12)
    sparse, dense = StoryClusterer(), StoryClusterer()
    batches = [arts[k : k + 8] for k in range(0, len(arts), 8)]
    for part in batches[:-1]:
        X = vec.partial_fit_transform(part)
        ids, dates = [a.id for a in part], [a.date for a in part]
        sparse.partial_fit(X, ids, dates)
        dense.partial_fit(X.toarray(), ids, dates)
        assert dense.labels_ == sparse.labels_
    assert len(set(dense.stories_)) > 5
    restored = StoryClusterer().set_state(dense.get_state())
    X = vec.partial_fit_transform(batches[-1]).toarray()
    ids, dates = [a.id for a in batches[-1]], [a.date for a in batches[-1]]
    assert restored.partial_fit(X, ids, dates).labels_ == dense.partial_fit(X, ids, dates).labels_
    with pytest.raises(ValueError, match="dense"):
        sparse.partial_fit(X, ids, dates)


def test_predict_does_not_learn(basil) -> None:
    events = sorted({g for g, _ in basil})[:5]
    items = [(g, dataclasses.replace(a, date=None)) for g, a in basil if g in events]
    held_out = items[-1]
    gold, arts = [g for g, _ in items[:-1]], [a for _, a in items[:-1]]
    c = ArticleClusterer().fit(arts)
    before = {s: st.size for s, st in c.clusterer.stories_.items()}
    [pred] = c.predict([held_out[1]])
    assert pred is not None
    assert gold[c.labels_.index(pred)] == held_out[0]
    unrelated = Article(id="x", raw_text="Tomato seedlings need warm soil and plenty of light in early spring.")
    assert c.predict([unrelated]) == [None]
    assert {s: st.size for s, st in c.clusterer.stories_.items()} == before


def test_predict_before_fit_raises() -> None:
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        ArticleClusterer().predict([Article(id="x", raw_text="text")])


def test_active_set_is_bounded(multiling) -> None:
    arts = [a for _, a in multiling]
    c = ArticleClusterer(clusterer=StoryClusterer(max_active=5)).fit(arts, batch_size=10)
    assert len(c.clusterer.stories_) <= 5
    assert len(c.labels_) == len(arts)


def test_split_separates_two_events_forced_together(basil) -> None:
    """With threshold 0 and one article per batch everything joins one story;
    the split step cuts it back into the two events, and the bigger, older
    part keeps the id."""
    a, b = sorted({g for g, _ in basil})[3:5]
    items = [(g, dataclasses.replace(x, date=None)) for g, x in basil if g in (a, b)]
    items += [(a, dataclasses.replace(items[0][1], id="copy-a", raw_text=items[0][1].raw_text + " Update."))]
    gold, arts = [g for g, _ in items], [x for _, x in items]
    c = ArticleClusterer(clusterer=StoryClusterer(threshold=0.0, merge_threshold=1.1, split_min_size=4,
                                                  split_coherence=1.0, split_separation=0.5))
    c.reset()
    ids, labels, splits = [], [], []
    for art in arts:
        c.partial_fit([art])
        follow(ids, labels, c.clusterer.changes_)
        splits += [ch for ch in c.clusterer.changes_ if ch.kind == "split"]
        ids.append(art.id)
        labels += c.labels_
    assert len(set(labels)) == 2
    assert bcubed_f1(gold, labels) == 1.0
    assert len(splits) == 1
    kept = splits[0].source
    assert sum(lbl == kept for lbl in labels) == 4  # the bigger half (event a) kept the id
    assert kept == labels[0]


def test_merge_keeps_the_bigger_story_id() -> None:
    """Two stories that turn out to be one event merge; the bigger keeps its id."""
    quake = ("A strong earthquake struck the coast of Chile near Concepcion on Saturday, "
             "collapsing buildings and bridges. Chilean officials said hundreds died in the Concepcion earthquake.")
    arts = [
        Article(id="a1", raw_text=quake, title="Earthquake hits Chile"),
        Article(id="a2", raw_text=quake.replace("Saturday", "Saturday morning"), title="Chile quake kills hundreds"),
        Article(id="b1", raw_text="Rescuers in Concepcion searched collapsed buildings after the earthquake in Chile.",
                title="Rescue work in Concepcion"),
    ]
    c = ArticleClusterer(clusterer=StoryClusterer(threshold=0.9, merge_threshold=0.3, absorb_size=0)).fit(arts, batch_size=1)
    assert len(set(c.labels_)) == 1
    assert c.labels_[0] == story_id_for(1, "a1")  # the first story, seeded by a1 (bigger, older), kept its id


def test_entity_phrases() -> None:
    got = entity_phrases("The White House said Khalifa Haftar left Moscow. He said so.")
    assert "e:white house" in got and "e:khalifa haftar" in got and "e:moscow" in got
    assert "e:the" not in got and "e:he" not in got


def test_average_link_merges_one_topic_told_from_two_angles(multiling) -> None:
    """MultiLing topics (a tsunami's toll and its aid drive, a quake and its
    rescue) split into several centroid-tight stories; the average-link merge
    brings them together without mixing topics."""
    with_avg, without = [], []
    for seed in range(4):
        gold, arts = _stream(multiling, seed)
        with_avg.append(bcubed_f1(gold, ArticleClusterer().fit(arts, batch_size=16).labels_))
        without.append(bcubed_f1(gold, ArticleClusterer(clusterer=StoryClusterer(merge_average=0)).fit(
            arts, batch_size=16).labels_))
    assert sum(with_avg) / 4 >= 0.85
    # measured 0.912 vs 0.907 at threshold 0.18 (0.889 vs 0.865 at 0.2): the lower
    # threshold and best-first assignment already join most of what the merge used to
    assert sum(with_avg) / 4 >= sum(without) / 4


def test_minhash_in_blocks_equals_the_whole_outer_product(monkeypatch):
    """signature() permutes shingles in blocks (bounded memory for a 10 MB article) with the same result."""
    import numpy as np

    from newsbrief.stream import dedup

    text = "A b c d e f g h i j k l m n o p q r s t u v w x y z " * 400
    h = dedup.shingle_hashes(text)
    a, b = dedup._permutations(dedup.NUM_PERM)
    with np.errstate(over="ignore"):
        ph = np.multiply.outer(a, h) + b[:, None]
    whole = (ph.min(axis=1) >> np.uint64(32)).astype(np.uint32)
    monkeypatch.setattr(dedup, "_BLOCK", 7)  # many blocks, a ragged last one
    assert (dedup.signature(text).hashvalues == whole).all()


def test_story_ids_are_unique_across_batches_and_restarts() -> None:
    """Article ids that share long prefixes (one site's URLs) never give two
    stories one id: not within a batch, not against frozen stories, not
    after a restart from the saved state."""
    rng = np.random.default_rng(0)
    dim, n = 16, 160
    X = np.zeros((n, dim), dtype=np.float32)
    event = rng.integers(0, dim, n)
    X[np.arange(n), event] = 1.0  # one-hot: equal rows are one event
    ids = [f"https://www.example.com/news/2020/01/story-{i}" for i in range(n)]
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=i // 10) for i in range(n)]
    events_of: dict[str, set[int]] = {}
    frozen: set[str] = set()
    clusterer = StoryClusterer(threshold=0.5, window_days=2, horizon_days=3)
    for k in range(0, n, 8):
        if k and k % 40 == 0:  # a restart: a new process continues from the saved state
            clusterer = StoryClusterer(threshold=0.5, window_days=2, horizon_days=3).set_state(clusterer.get_state())
        clusterer.partial_fit(X[k : k + 8], ids[k : k + 8], days[k : k + 8])
        for sid, e in zip(clusterer.labels_, event[k : k + 8]):
            assert sid not in frozen, "a frozen story's id was issued again"
            events_of.setdefault(sid, set()).add(int(e))
        frozen.update(clusterer.frozen_)
    assert all(len(e) == 1 for e in events_of.values()), "two events got one story id"
    assert len(events_of) > dim  # events recur after their stories froze: each recurrence is a new story


def test_dates_are_evidence_weighted_by_where_they_come_from() -> None:
    """A date found in the text far from its event costs the article little
    and does not move the stream clock; a publication date that far away
    freezes the old story; within the horizon a gap costs gradually."""
    day = dt.date(2020, 1, 1)
    event = np.array([[1.0, 0.0, 0.0]] * 4, dtype=np.float32)
    close = np.array([[0.9, 0.436, 0.0]], dtype=np.float32)  # cosine 0.9 to the event
    weak = np.array([[0.3, 0.954, 0.0]], dtype=np.float32)  # cosine 0.3: joins only without a date gap

    def story(dates, from_text=None, X=None):
        c = StoryClusterer(threshold=0.25, window_days=7, horizon_days=30, date_penalty=0.3, text_date_weight=0.5)
        c.partial_fit(event[:3], ["a", "b", "c"], [day] * 3)
        c.partial_fit(close if X is None else X, ["d"], dates, from_text)
        return c

    later = [day + dt.timedelta(days=60)]
    c = story(later, [True])  # a dateline two months off: still the event, and the clock stays
    assert c.labels_[0] in c.stories_ and len(c.stories_) == 1 and c.clock_ == day.toordinal()
    c = story(later, [False])  # published two months later: a new story; the old one froze
    assert len(c.stories_) == 1 and c.clock_ == later[0].toordinal() and c.frozen_
    c = story([day + dt.timedelta(days=20)])  # three weeks on: a close report joins, a weak one does not
    assert len(c.stories_) == 1
    assert len(story([day + dt.timedelta(days=20)], X=weak).stories_) == 2
    assert len(story([day + dt.timedelta(days=5)], X=weak).stories_) == 1


def test_batch_joins_best_pairs_first_not_in_arrival_order() -> None:
    """Within a batch the most similar pair joins first: an article that
    arrives before its true partner is not taken by a weaker match that
    happened to come first (one article per batch, arrival order, chains
    it into the first story)."""
    X = np.array([[1.0, 0.0, 0.0],     # a
                  [0.28, 0.96, 0.0],   # c: 0.28 to a, 0.96 to b
                  [0.0, 1.0, 0.0],     # b, arriving after c
                  [0.0, 0.8, 0.6]],    # d: close to b
                 dtype=np.float32)
    ids = ["a", "c", "b", "d"]
    params = dict(threshold=0.25, merge_threshold=1.1, merge_average=0.0, absorb_size=0)
    batch = StoryClusterer(**params).partial_fit(X, ids, [None] * 4)
    a, c, b, d = batch.labels_
    assert c == b == d != a
    one_by_one = StoryClusterer(**params)
    labels = []
    for i in range(4):
        labels += one_by_one.partial_fit(X[i : i + 1], ids[i : i + 1], [None]).labels_
    assert labels[1] == labels[0]  # c went with a: b was not there yet


def test_stories_weeks_apart_need_more_to_merge() -> None:
    """A merge pays merge_date_penalty for the gap between two stories' date
    ranges: the same cosine merges stories two days apart, not ones whose
    published dates are almost three weeks apart (still active, not frozen)."""
    X = np.array([[1.0, 0.0], [0.5, 0.866]], dtype=np.float32)  # cosine 0.5: under threshold, over merge_threshold

    def merged(gap_days: int, penalty: float) -> bool:
        c = StoryClusterer(threshold=0.9, merge_threshold=0.4, merge_average=0.0, merge_date_penalty=penalty)
        first = c.partial_fit(X[:1], ["a"], [dt.date(2020, 1, 1)]).labels_[0]
        second = c.partial_fit(X[1:], ["b"], [dt.date(2020, 1, 1) + dt.timedelta(days=gap_days)]).labels_[0]
        assert first in c.stories_
        return first == second

    assert merged(2, 0.3)
    assert not merged(20, 0.3)
    assert merged(20, 0.0)


def test_a_dated_and_an_undated_story_need_more_to_merge() -> None:
    """A merge of a dated story with an undated one pays merge_undated_cost
    (times the trust in the dated one's date): nothing says they are of one
    time. Two undated stories, or two dated the same day, merge at the same cosine."""
    X = np.array([[1.0, 0.0], [0.45, 0.893]], dtype=np.float32)  # cosine 0.45: over merge_threshold by 0.05
    day = dt.date(2020, 1, 1)

    def merged(dates, cost: float, from_text=(False, False)) -> bool:
        c = StoryClusterer(threshold=0.9, merge_threshold=0.4, merge_average=0.0, merge_undated_cost=cost,
                           text_date_weight=0.5)
        first = c.partial_fit(X[:1], ["a"], dates[:1], from_text[:1]).labels_[0]
        return first == c.partial_fit(X[1:], ["b"], dates[1:], from_text[1:]).labels_[0]

    assert not merged([day, None], 0.1)
    assert not merged([None, day], 0.1)
    assert merged([day, None], 0.0)
    assert merged([day, None], 0.1, from_text=(True, False))  # a date found in the text: half the cost
    assert merged([None, None], 0.1) and merged([day, day], 0.1)


def test_mostly_boilerplate_texts_are_not_linked_as_copies() -> None:
    """Two wire photo packages (one template header, then caption lines that
    read as photo credits, about different events) share little beyond the
    template: no near-duplicate link (dedup.min_content_share). A reprint of
    an ordinary article still links, and so does a wire story run with its
    photo captions."""
    from newsbrief.config import DedupSettings
    from newsbrief.stream.dedup import DuplicateIndex

    # (the real header opens "ATTENTION EDITORS:", a syndication note the cleaner drops: without it the template
    # is content words, which only min_content_share keeps from linking the two)
    header = ("The following photos are part of tonight's New York Times Photo Package, moving "
              "{day}. Photo clients will automatically receive these photos via the photo service or may download "
              "them from the photo database in Dallas or from the picture desk at the usual numbers. Non-clients "
              "can make individual purchases by calling the sales desk.\n\n")
    rng = random.Random(3)
    vocab = [f"word{i}" for i in range(400)]

    def captions(n: int) -> str:
        return "\n\n".join(f"(NYT{k}) CITY -- " + " ".join(rng.choices(vocab, k=40)) + " (Staff/New York Times Photo)"
                           for k in range(n))

    first = header.format(day="10/28/98") + captions(20)
    second = header.format(day="Wednesday, 10/20/99") + captions(20)
    settings = DedupSettings()
    index = DuplicateIndex(threshold=settings.threshold, min_shingles=settings.min_shingles,
                           min_content_share=settings.min_content_share)
    assert index.add("first", first) is None and index.add("second", second) is None
    lenient = DuplicateIndex(threshold=settings.threshold, min_shingles=settings.min_shingles)
    assert lenient.add("first", first) is None and lenient.add("second", second) == "first"
    story = " ".join(rng.choices(vocab, k=300))
    assert index.add("story", story) is None and index.add("reprint", "EXCLUSIVE\n\n" + story) == "story"
    # a wire story run with its photo captions (caption lines as long as the story) is still the story's copy
    wire = " ".join(rng.choices(vocab, k=200))
    captioned = wire + "\n\n" + "\n\n".join(
        "FILE - " + " ".join(rng.choices(vocab, k=45)) + " (AP Photo/Staff, File)" for _ in range(5))
    assert index.add("wire", captioned) is None and index.add("wire reprint", wire) == "wire"


def _two_stories(spread: float, cos: float) -> np.ndarray:
    """Three unit vectors around an axis, then three around a second axis at
    cosine ``cos`` to the first; each member leans ``spread`` into a direction
    of its own (the bigger, the less alike the members of a story)."""
    rows = []
    for k, axis in enumerate((np.eye(10)[0], cos * np.eye(10)[0] + math.sqrt(1 - cos**2) * np.eye(10)[1])):
        for m in range(3):
            v = axis + spread * np.eye(10)[2 + 3 * k + m]
            rows.append(v / np.linalg.norm(v))
    return np.array(rows, dtype=np.float32)


def test_average_link_merge_asks_for_the_stories_own_tightness() -> None:
    """(Members of 2 terms, counted as full texts here.) Two tight stories of one kind of event (members alike at 0.92, alike
    across at 0.30: two rehab stays) stay apart although their average link
    passes merge_average; with merge_tightness off they merge. Two loose
    stories alike across at 0.18 (members alike within at 0.31: one topic
    told from many angles) still merge."""
    def stories(X: np.ndarray, **params) -> int:
        c = StoryClusterer(**(dict(threshold=0.6, merge_threshold=0.99, absorb_size=0, tight_min_terms=2) | params))
        c.partial_fit(X[:3], ["a1", "a2", "a3"], [None] * 3)
        c.partial_fit(X[3:], ["b1", "b2", "b3"], [None] * 3)
        return len(c.stories_)

    tight = _two_stories(0.3, 0.33)
    assert abs(float(tight[0] @ tight[1]) - 0.917) < 0.01 and abs(float(tight[0] @ tight[3]) - 0.30) < 0.01
    assert StoryClusterer().merge_tightness == 0.5 and StoryClusterer().merge_average == 0.15
    assert stories(tight) == 2
    assert stories(tight, merge_tightness=0.0) == 1
    loose = _two_stories(1.5, 0.585)
    assert abs(float(loose[0] @ loose[1]) - 0.308) < 0.01 and abs(float(loose[0] @ loose[3]) - 0.18) < 0.01
    assert stories(loose, threshold=0.3, merge_tightness=0.0) == 1
    assert stories(loose, threshold=0.3) == 1  # 0.18 across >= 0.5 x 0.31 within
    assert stories(loose, threshold=0.3, merge_tightness=0.7) == 2
    # three members: too few to judge, the plain average link decides (the unsettled split, which weighs a half
    # of two or more by its own link within, cuts the story it makes again: 0.30 across < 0.5 x 0.92 within)
    assert stories(tight, tight_min_size=4, unsettled_split_half=0) == 1
    assert stories(tight, tight_min_size=4) == 2


def _two_events(m: int, cos: float, spread: float = 0.3) -> np.ndarray:
    """``m`` unit vectors around an axis, then ``m`` around a second axis at
    cosine ``cos`` to the first, each leaning ``spread`` into a direction of
    its own: members alike at 1 / (1 + spread^2) within, about
    cos / (1 + spread^2) across."""
    dim = 2 + 2 * m
    axes = (np.eye(dim)[0], cos * np.eye(dim)[0] + math.sqrt(1 - cos**2) * np.eye(dim)[1])
    rows = []
    for k, axis in enumerate(axes):
        for j in range(m):
            v = axis + spread * np.eye(dim)[2 + k * m + j]
            rows.append(v / np.linalg.norm(v))
    return np.array(rows, dtype=np.float32)


def test_two_settled_stories_ask_for_settled_tightness() -> None:
    """(Members of 2 terms, counted as full texts here.) Two stories of five
    members, alike at 0.92 within and 0.55 across (0.6 of within: two injured
    players of one team), pass merge_tightness (0.5) but not
    settled_tightness (0.7): they stay apart; with it off they merge. Stories
    of three members (not settled: settled_size 5) at the same likeness merge,
    as a story's late reports join it."""
    def stories(m: int, **params) -> int:
        X = _two_events(m, 0.6)
        c = StoryClusterer(**(dict(threshold=0.7, tight_min_terms=2) | params))
        c.partial_fit(X[:m], [f"a{k}" for k in range(m)], [None] * m)
        c.partial_fit(X[m:], [f"b{k}" for k in range(m)], [None] * m)
        return len(c.stories_)

    X = _two_events(5, 0.6)
    assert abs(float(X[0] @ X[1]) - 0.917) < 0.01 and abs(float(X[0] @ X[5]) - 0.55) < 0.01
    assert StoryClusterer().settled_tightness == 0.7 and StoryClusterer().settled_size == 5
    assert stories(5) == 2
    assert stories(5, settled_tightness=0.0) == 1
    assert stories(3) == 1
    assert stories(5, settled_size=6) == 1  # five members: not settled yet


def test_a_story_grown_from_two_settled_events_splits_back() -> None:
    """Reports of two look-alike events arriving one at a time (as in a
    mixed stream) join one story (each passes threshold against the other
    event's first reports). Once both halves are settled, five members each,
    alike across at 0.6 of the link within them, the story is cut in two
    (its coherence 0.86 and the halves' centroid cosine 0.6 never trigger the
    plain split rule); the older half keeps the id, the split is reported,
    and the two do not merge back."""
    X = _two_events(5, 0.6)
    order = [k for pair in zip(range(5), range(5, 10)) for k in pair]  # a0 b0 a1 b1 ...
    ids = [("a" if k < 5 else "b") + str(k % 5) for k in range(10)]

    def run(**params) -> tuple[StoryClusterer, list[str], list]:
        c = StoryClusterer(**(dict(threshold=0.3, tight_min_terms=2) | params))
        seen, labels, changes = [], [], []
        for k in order:
            c.partial_fit(X[k : k + 1], [ids[k]], [None])
            follow(seen, labels, c.changes_)
            changes += c.changes_
            seen.append(ids[k])
            labels.extend(c.labels_)
        return c, labels, changes

    c, labels, changes = run(settled_tightness=0.0)
    assert len(set(labels)) == 1 and len(c.stories_) == 1
    c, labels, changes = run()
    assert len(c.stories_) == 2
    by_event = {e: {lab for aid, lab in zip([ids[k] for k in order], labels) if aid[0] == e} for e in "ab"}
    assert all(len(v) == 1 for v in by_event.values()) and by_event["a"] != by_event["b"]
    assert [ch.kind for ch in changes] == ["split"]
    assert changes[0].source == by_event["a"].pop()  # the first report's story keeps its id
    assert sorted(changes[0].article_ids) == [f"b{k}" for k in range(5)]


def test_stories_of_full_texts_ask_for_tightness_in_every_merge() -> None:
    """Two tight stories whose centroids pass merge_threshold (0.32 >= 0.3)
    merge when their texts are short (members of 2 terms, under
    tight_min_terms: tweets' fragments), and stay apart when such texts count
    as full (tight_min_terms 2): alike across at 0.30, within at 0.92."""
    tight = _two_stories(0.3, 0.33)

    def stories(**params) -> int:
        c = StoryClusterer(threshold=0.6, merge_threshold=0.3, absorb_size=0, **params)
        c.partial_fit(tight[:3], ["a1", "a2", "a3"], [None] * 3)
        c.partial_fit(tight[3:], ["b1", "b2", "b3"], [None] * 3)
        return len(c.stories_)

    assert StoryClusterer().tight_min_terms == 40
    assert stories() == 1
    assert stories(tight_min_terms=2) == 2
    assert stories(tight_min_terms=2, merge_tightness=0.0) == 1


@pytest.mark.slow
def test_look_alike_real_events_stay_apart(shared_dir: Path) -> None:
    """ECB+ (43 kinds of event, two events of each kind: two rehab stays, two
    earthquakes), in file order, undated unless the text gives a date: the
    settled rule keeps look-alike events apart (BCubed F1 0.904 without it,
    0.926 with it, here with the dataset's ids; 0.889 and 0.924 in
    bench/cluster.py, which drops them)."""
    items = _articles(shared_dir / "data" / "ecbplus" / "test.jsonl.gz")
    gold, arts = [g for g, _ in items], [a for _, a in items]

    def f1(**params) -> float:
        settings = dataclasses.replace(ClusterSettings(), **params)
        return bcubed_f1(gold, ArticleClusterer.from_settings(settings).fit(arts).labels_)

    with_rule = f1()
    assert with_rule >= 0.915, with_rule
    assert f1(settled_tightness=0.0) <= with_rule - 0.015


@pytest.mark.slow
def test_a_small_stream_alone_clusters_with_the_background_idf(multiling) -> None:
    """MultiLing 2011 (10 Wikinews topics x 10 articles) alone, in file
    order: a 100-article stream's own counts make its topic words look
    common; with the background document frequencies it splits fewer
    topics (BCubed F1 0.915 without, 0.951 with)."""
    gold, arts = [g for g, _ in multiling], [a for _, a in multiling]

    def f1(background_docs: float) -> float:
        settings = dataclasses.replace(ClusterSettings(), background_docs=background_docs)
        return bcubed_f1(gold, ArticleClusterer.from_settings(settings).fit(arts).labels_)

    with_background = f1(ClusterSettings().background_docs)
    assert with_background >= 0.94, with_background
    assert f1(0.0) <= with_background - 0.02


def _text_vectors(shared: dict[int, float], own: int, n: int = 40) -> np.ndarray:
    """Two unit rows of ``n`` terms each (full texts): the ``shared`` terms
    (feature -> weight, in both), the rest terms of their own (``own`` offsets them)."""
    rows = np.zeros((2, 400), dtype=np.float64)
    for r in range(2):
        rest = n - len(shared)
        rows[r, 100 + own + r * 100 : 100 + own + r * 100 + rest] = 1.0
        for f, w in shared.items():
            rows[r, f] = w
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_two_articles_alike_by_one_word_stay_apart() -> None:
    """Two full texts alike at cosine ~0.17 (under threshold 0.18, over merge_average 0.15) merge by their
    average link when many terms make it, not when one heavy shared term (a rare headline word counted three
    times) makes most of it; with one_term_share off they merge. Short texts (a hashtag is the event) merge
    either way."""
    import scipy.sparse as sp

    def merged(X: np.ndarray, **params) -> bool:
        c = StoryClusterer(**params)
        a, b = c.partial_fit(sp.csr_matrix(X), ["a", "b"], [dt.date(2020, 1, 14)] * 2).labels_
        return a == b

    one_word = _text_vectors({0: 2.8}, own=0)  # one shared term of weight 2.8 against 39 of weight 1
    many = _text_vectors({k: 1.0 for k in range(7)}, own=0)  # seven shared terms of weight 1
    for X in (one_word, many):
        assert 0.15 < float(X[0] @ X[1]) < 0.18
    assert not merged(one_word) and merged(one_word, one_term_share=0.0)
    assert merged(many)
    tweet = _text_vectors({0: 1.0}, own=0, n=6)  # six terms, one shared
    assert 0.15 < float(tweet[0] @ tweet[1]) < 0.18
    assert merged(tweet)


def test_a_merge_is_followed_by_another_pass() -> None:
    """Two stories that merge make a centroid a third story reaches, though it
    reaches neither alone: the next merge pass (merge_rounds) takes it in
    (stories of full texts: here members of one to three terms count as such)."""
    k = 0.53  # in the plane of a and b, along a + b, then out of it
    X = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0],
                  [k * 0.894, k * 0.447, math.sqrt(1 - k * k)]], dtype=np.float32)
    assert float(X[2] @ X[0]) < 0.5 and float(X[2] @ X[1]) < 0.5

    def stories(rounds: int, min_terms: int = 1) -> int:
        c = StoryClusterer(threshold=0.9, merge_threshold=0.5, merge_average=0.0, merge_relative=0.0, absorb_size=0,
                           merge_rounds=rounds, tight_min_terms=min_terms)
        return len(set(c.partial_fit(X, ["a", "b", "c"], [None] * 3).labels_))

    assert stories(1) == 2 and stories(2) == 1
    assert stories(2, min_terms=40) == 2  # short texts: one pass


def test_loose_halves_of_one_event_merge_by_their_own_spread() -> None:
    """Two stories of three members alike within at 0.2 (one event told
    loosely) and across at 0.124: under merge_average (0.15) and far under
    merge_threshold by centroid (0.27), but 0.62 of the link within them:
    they merge (merge_relative 0.6); with it off they stay apart, and so do
    short texts (here: members of a few terms, under tight_min_terms)."""
    X = _two_stories(2.0, 0.62)
    assert abs(float(X[0] @ X[1]) - 0.2) < 0.01 and abs(float(X[0] @ X[3]) - 0.124) < 0.002

    def stories(**params) -> int:
        c = StoryClusterer(**(dict(threshold=0.19, tight_min_terms=2) | params))
        c.partial_fit(X[:3], ["a1", "a2", "a3"], [None] * 3)
        c.partial_fit(X[3:], ["b1", "b2", "b3"], [None] * 3)
        return len(c.stories_)

    assert StoryClusterer().merge_relative == 0.6
    assert stories(merge_relative=0.0) == 2
    assert stories() == 1
    assert stories(tight_min_terms=40) == 2


def test_a_merge_pass_does_not_chain_on_a_story_it_has_changed() -> None:
    """a and b merge (cosine 0.8); c is alike a (0.45, over merge_threshold)
    but not b (0): once a has taken in b, the pair a-c scored before is scored
    again on what a is now (0.24) and c stays apart. Short texts' stories
    (members under tight_min_terms terms) are not scored again but need what a
    took in (b) linked to c at chain_floor: b-c is 0, so c stays apart too;
    with the floor off they chain as before."""
    X = np.array([[1.0, 0.0, 0.0], [0.8, 0.6, 0.0], [0.45, -0.6, math.sqrt(1 - 0.45**2 - 0.36)]], dtype=np.float32)
    assert abs(float(X[0] @ X[1]) - 0.8) < 1e-6 and abs(float(X[0] @ X[2]) - 0.45) < 1e-6
    assert abs(float(X[1] @ X[2])) < 1e-6

    def labels(min_terms: int, **params) -> list[str]:
        c = StoryClusterer(**(dict(threshold=0.9, merge_threshold=0.4, merge_average=0.0, merge_relative=0.0,
                                   absorb_size=0, merge_tightness=0.0, tight_min_terms=min_terms) | params))
        return c.partial_fit(X, ["a", "b", "c"], [None] * 3).labels_

    assert StoryClusterer().chain_floor == 0.01
    a, b, c = labels(min_terms=1)
    assert a == b != c
    a, b, c = labels(min_terms=40)  # short texts
    assert a == b != c
    assert len(set(labels(min_terms=40, chain_floor=0.0))) == 1


def _uneven_events(m: int, cos: float, spread_a: float, spread_b: float, terms_a: int = 1,
                   terms_b: int = 1) -> np.ndarray:
    """``m`` unit vectors around an axis, then ``m`` around a second axis at cosine ``cos`` to it; each member of
    the first event leans ``spread_a`` into ``terms_a`` directions of its own (the second: ``spread_b``,
    ``terms_b``): two events of different looseness, and members of different lengths (nonzero terms)."""
    dim = 2 + m * (terms_a + terms_b)
    axes = (np.eye(dim)[0], cos * np.eye(dim)[0] + math.sqrt(1 - cos**2) * np.eye(dim)[1])
    rows, off = [], 2
    for axis, spread, terms in zip(axes, (spread_a, spread_b), (terms_a, terms_b)):
        for _ in range(m):
            v = axis.copy()
            v[off : off + terms] = spread / math.sqrt(terms)
            off += terms
            rows.append(v / np.linalg.norm(v))
    return np.array(rows, dtype=np.float32)


def _one_report_at_a_time(X: np.ndarray, m: int, sparse: bool = False, **params) -> list[list[str]]:
    """Feed the two events of ``X`` alternately, one report a batch (a0 b0 a1 b1 ...): each story's members."""
    import scipy.sparse as sp

    c = StoryClusterer(**(dict(threshold=0.3) | params))
    for k in [k for pair in zip(range(m), range(m, 2 * m)) for k in pair]:
        c.partial_fit(sp.csr_matrix(X[k : k + 1]) if sparse else X[k : k + 1], [("a" if k < m else "b") + str(k % m)],
                      [None])
    return sorted(sorted(mm.article_id for mm in st.members) for st in c.stories_.values())


def test_a_split_starts_again_from_the_principal_direction() -> None:
    """(Members of 2 terms, counted as full texts here.) A loose event (members alike at 0.31) and a tight one
    (0.96), alike across at 0.33, grow into one story a report at a time. 2-means from its seeds (the member least
    like the centroid, then the member least like that one: both of the loose event) finds no halves apart, and
    the story stays whole; started again from the sign of the leading principal direction it finds the two
    events (across 0.33 < 0.7 of the link within them) and cuts them apart."""
    X = _uneven_events(6, 0.6, 1.5, 0.2)
    G = X @ X.T
    assert abs((G[:6, :6].sum() - 6) / 30 - 0.31) < 0.01 and abs(G[:6, 6:].mean() - 0.33) < 0.01
    assert StoryClusterer().split_principal
    two = [[f"a{k}" for k in range(6)], [f"b{k}" for k in range(6)]]
    assert _one_report_at_a_time(X, 6, tight_min_terms=2) == two
    assert _one_report_at_a_time(X, 6, tight_min_terms=2, split_principal=False) == [two[0] + two[1]]


def _from_gram(G: np.ndarray, dim: int = 48, seed: int = 0) -> np.ndarray:
    """Unit vectors whose cosines are ``G``, each with ``dim`` nonzero terms (a full text's length)."""
    X = np.zeros((G.shape[0], dim))
    X[:, : G.shape[0]] = np.linalg.cholesky(G)
    Q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(dim, dim)))
    return (X @ Q).astype(np.float32)


def test_a_small_story_is_cut_where_a_merge_would_not_have_joined_it() -> None:
    """Four reports of one event, loosely told (alike at 0.3), then two reports of another (alike at 0.5 with
    each other, 0.15 with the first four) one batch each. The first of them joins the story by its centroid
    (0.15 average link is 0.22 to the centroid, over threshold 0.18), and the second the story it then is. As two
    stories they would not merge (0.15 across is under merge_tightness 0.5 of the 0.39 within them), and the
    story, too small for the settled test (6 members), is cut where that rule says; without the test it stays
    whole (coherent at 0.58, over split_coherence). Halves alike across at threshold or more stay whole."""
    G = np.full((6, 6), 0.15)
    G[:4, :4], G[4:, 4:] = 0.3, 0.5
    np.fill_diagonal(G, 1.0)
    X = _from_gram(G)
    assert np.allclose(X @ X.T, G, atol=1e-5) and StoryClusterer().unsettled_split_half == 2

    def stories(**params) -> list[list[str]]:
        c = StoryClusterer(**params)
        for rows in ([0, 1, 2, 3], [4], [5]):
            c.partial_fit(X[rows], [("a" if k < 4 else "b") + str(k) for k in rows], [None] * len(rows))
        return sorted(sorted(m.article_id for m in st.members) for st in c.stories_.values())

    assert stories() == [["a0", "a1", "a2", "a3"], ["b4", "b5"]]
    assert stories(unsettled_split_half=0) == [["a0", "a1", "a2", "a3", "b4", "b5"]]
    # halves of short texts are not cut: the merge rule asks merge_tightness of full texts only
    assert stories(tight_min_terms=49) == [["a0", "a1", "a2", "a3", "b4", "b5"]]
    # nor are halves alike across at threshold: two wire copies (0.95) make the link within high, not two events
    G[4:, :4], G[:4, 4:], G[4, 5], G[5, 4] = 0.19, 0.19, 0.95, 0.95
    X = _from_gram(G)
    assert 0.19 < 0.5 * math.sqrt(0.3 * 0.95) and stories() == [["a0", "a1", "a2", "a3", "b4", "b5"]]
    assert stories(threshold=0.2) == [["a0", "a1", "a2", "a3"], ["b4", "b5"]]


def test_two_settled_stories_are_tested_as_the_story_they_would_make() -> None:
    """Two look-alike events (members alike at 0.92 within, 0.46 across) of short reports (3 terms) and long
    ones (92 terms), fed a report at a time: once both have six members the settled split cuts the story (its
    members' mean length, 47.5 terms, is a full text's); the merge test, which asked for settled_tightness only
    when both sides were full texts, let the short side merge back at once. Tested as the story they would
    make, they stay apart."""
    X = _uneven_events(6, 0.5, 0.3, 0.3, terms_a=2, terms_b=90)
    assert [(X[k] != 0).sum() for k in (0, 6)] == [3, 92]
    assert StoryClusterer().settled_union_terms and StoryClusterer().tight_min_terms == 40
    two = [[f"a{k}" for k in range(6)], [f"b{k}" for k in range(6)]]
    assert _one_report_at_a_time(X, 6, sparse=True) == two
    assert _one_report_at_a_time(X, 6, sparse=True, settled_union_terms=False) == [two[0] + two[1]]
