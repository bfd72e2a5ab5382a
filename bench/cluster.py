"""Story clustering benchmark: every labelled set in ../shared/data, each
alone and all together in one mixed stream, through newsbrief's store and
through four peers fed the same stream; BCubed per set, side by side.

Streams
-------
* **Alone**: one set in its own order: its file order (the clustering sets'
  files are in time order where they have dates; the summarization sets' are
  cluster by cluster), with the dated articles then put in date order in the
  dated slots (a stable sort: equal dates keep their file order), as a feed
  delivers them. Article ids are dropped (the store's ids are content hashes;
  dataset ids name the gold cluster).
* **Mixed**: every chosen set at once: the sets interleaved by relative
  position (article i of a set of n comes at i/n of the stream), then the
  dated articles in date order in the dated slots. Each set is scored on its
  own articles (an article's story cut down to its set), so the mixed figure
  tells what the other sets' articles cost it.

Articles the ingest refuses (not English, empty) are counted and scored as
singletons (they are in no story), never dropped from the gold.

Systems
-------
* ``newsbrief``: :meth:`newsbrief.store.Store.add` into a fresh SQLite file
  (validation, MinHash de-duplication, clustering, transactions); each
  article's story is read back from the store.
* ``single-pass``: the textbook incremental baseline: an article joins the
  story whose centroid (sum of members) is most cosine-similar if that
  reaches :data:`SINGLE_PASS_THRESHOLD`, else starts a new one; no window,
  no merge or split.
* ``average-link``: batch (offline) agglomerative clustering with average
  link, cut at cosine :data:`AVERAGE_LINK_THRESHOLD` (scipy; O(n^2) memory, so
  run on streams of at most :data:`AVERAGE_LINK_MAX` articles).
* ``textclust``: river's ``TextClust`` (Assenmacher & Trautmann 2022; the
  optional ``bench`` extra), one-pass micro-clusters with their own tf-idf
  and fading, fed newsbrief's terms of each article; an article's story is
  the micro-cluster it went into, following the algorithm's own later merges
  of micro-clusters. Pure Python, O(articles x micro-clusters), so run on
  streams of at most :data:`TEXTCLUST_MAX` articles.
* ``miranda``: Miranda et al. (EMNLP 2018), "Multilingual Clustering of Streaming News": the English stream
  clusterer of Priberam's public re-implementation (``Priberam/news-clustering``, BSD-3-Clause, Copyright 2018
  PRIBERAM INFORMÁTICA, S.A.) with its shipped ranking and merge models, re-implemented in ``bench/miranda.py``
  (licence and notice there and in ``bench/miranda_model/``). Its features (TF-IDF of spaCy tokens, lemmas and
  entities of title, body and both; the idf over the whole stream) are our approximation of the paper's
  proprietary ones; undated articles take the stream clock. Every article is compared with every cluster
  (vectorized), so run on streams of at most :data:`MIRANDA_MAX` articles.

The first two peers cluster newsbrief's own vectors (hashed TF-IDF,
:class:`newsbrief.stream.vectorize.HashedTfidfVectorizer`): single-pass the
stream's vectors (idf learned as the stream goes, as newsbrief sees them),
average-link the vectors under the idf of the whole set, both with the
background document frequencies newsbrief's idf counts
(``cluster.background_docs``). So the comparison is of algorithms, not
representations. Peers see every accepted article
(newsbrief links near-duplicates to their original's story instead).

Also reported: near-duplicate links (how many join two different gold
stories), articles/s and peak RSS of the newsbrief run (``--scales 1,4,16``
replays the mixed stream k times in a fresh process per scale, each replay
with dates shifted past the previous one and every content word respelled, so
a replay is new news; memory should stay flat).

    python bench/cluster.py [--datasets all|event|topic|short|NAMES] [--modes alone,mixed]
                            [--systems newsbrief,single-pass,average-link,textclust,miranda] [--scales 1] [--json out.json]
                            [--textclust-max 3000] [--miranda-max 50000]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"

SUMMARIZATION = {
    "multinews": "multinews_sample/validation.jsonl.gz",
    "multiling2011_en": "multiling2011_en/test.jsonl.gz",
    "duc2003_task3": "duc2003_task3/test.jsonl.gz",
    "duc2006": "duc2006/test.jsonl.gz",
}
CLUSTERING = {
    "basil": "basil/test.jsonl.gz",
    "ecbplus": "ecbplus/test.jsonl.gz",
    "wikiref220": "wikiref220/test.jsonl.gz",
    "googlenews_ts": "googlenews_ts/test.jsonl.gz",
    "trec_microblog_tweet89": "trec_microblog_tweet89/test.jsonl.gz",
    "crisislext26": "crisislext26/test.jsonl.gz",
}
GROUPS = {
    "event": ["multinews", "basil", "ecbplus"],
    "topic": ["duc2003_task3", "duc2006", "wikiref220", "multiling2011_en"],
    "short": ["googlenews_ts", "trec_microblog_tweet89", "crisislext26"],
}
#: The level of each set's gold clusters: "event" (one happening: a story's level) or "topic" (several events
#: over months or years: a storyline's level, as bench/storylines.py's LEVEL). MultiLing 2011's clusters are
#: Wikinews topics of many events each (the London bombings from the day after to the trials three years on,
#: the Beijing Olympics from the torch relay to the closing, Chile's earthquake with its aftershocks and a
#: congress of mayors): topic level. The short sets are one crisis or event each.
LEVEL = {name: ("topic" if name in GROUPS["topic"] else "event") for group in GROUPS.values() for name in group}
SYSTEMS = ["newsbrief", "single-pass", "average-link", "textclust", "miranda"]
#: Peer thresholds, each chosen once by the best mean BCubed F1 over every set
#: alone (a sweep of 0.1..0.6 in steps of 0.05: single-pass 0.762 at 0.15,
#: average-link 0.831 at 0.1 over the nine sets it runs on), then fixed.
SINGLE_PASS_THRESHOLD = 0.15
AVERAGE_LINK_THRESHOLD = 0.1
#: Largest stream average-link runs on (the condensed distance matrix of
#: 12,000 articles is 0.6 GB).
AVERAGE_LINK_MAX = 12_000
#: TextClust's settings: a fixed distance radius (1 - cosine), chosen once by
#: the best mean BCubed F1 over the event-level sets alone (multinews,
#: multiling2011_en, basil, ecbplus; radius 0.6: 0.80 / 0.72 / 0.88 / -,
#: 0.7: 0.81 / 0.92 / 0.77 / 0.82, 0.8: 0.77 / 0.87 / 0.59 / 0.68, 0.9 far
#: lower), fading by arrival count, micro-clusters merged every TEXTCLUST_TGAP.
TEXTCLUST_RADIUS = 0.7
TEXTCLUST_TGAP = 100
TEXTCLUST_FADING = 0.0005
#: Largest stream TextClust runs on (~1 ms per article per thousand micro-clusters).
TEXTCLUST_MAX = 3_000
#: Largest stream the Miranda et al. peer runs on (see bench/miranda.py; spaCy reads every title and body).
MIRANDA_MAX = 50_000
#: Articles per store batch (and per vectorizer batch for the peers).
BATCH = 256


# --- streams ------------------------------------------------------------------------


def load_items(name: str) -> list[tuple[str, dict]]:
    """(gold label, article dict) of every article of one set, in file order."""
    items = []
    if name in SUMMARIZATION:
        with gzip.open(SHARED / SUMMARIZATION[name], "rt", encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)
                items.extend((c["id"], a) for a in c["articles"])
    else:
        with gzip.open(SHARED / CLUSTERING[name], "rt", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                items.append((a["cluster"], a))
    return items


def build_stream(names: list[str]):
    """The stream of the named sets (see the module docstring): articles in
    stream order and, parallel to them, ``(set, gold label, Article or None)``
    (None: the ingest refused it; its reason is in ``refused``)."""
    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    entries, refused = [], collections.Counter()
    for name in names:
        items = load_items(name)
        for k, (label, d) in enumerate(items):
            d = {key: v for key, v in d.items() if key != "id"}
            try:
                art = article_from_dict(d, where=f"<{name}>")
            except InputError as err:
                art = None
                refused[(name, err.code)] += 1
            entries.append(((k + 0.5) / len(items), name, label, art))
    entries.sort(key=lambda e: e[0])  # interleave by relative position (stable: set order breaks ties)
    dated = sorted((i for i, e in enumerate(entries) if e[3] is not None and e[3].date),
                   key=lambda i: entries[i][3].date)
    it = iter(dated)
    order = [next(it) if e[3] is not None and e[3].date else i for i, e in enumerate(entries)]
    return [entries[i][1:] for i in order], refused


def _respell_fn(r: int):
    import re

    from newsbrief._patterns import STOPWORDS

    word_re = re.compile(r"[A-Za-z]{4,}")
    tag = "zq" + "".join("bcdfghjklm"[int(c)] for c in str(r))

    def respell(text: str | None) -> str | None:
        if not text:
            return text
        return word_re.sub(lambda m: m.group(0) if m.group(0).lower() in STOPWORDS else m.group(0) + tag, text)

    return respell


def replay_one(arts, r: int, span: int):
    """Replay ``r`` of the stream, lazily: dates shifted ``r * span`` days,
    content words respelled (r = 0 is the stream itself)."""
    import dataclasses
    import datetime as dt

    from newsbrief.model import Article

    if r == 0:
        yield from arts
        return
    respell = _respell_fn(r)
    for a in arts:
        text, title = respell(a.raw_text), respell(a.title)
        date = a.date + dt.timedelta(days=span * r) if a.date else None
        yield dataclasses.replace(a, id=Article.make_id(text, title, a.url), raw_text=text, title=title, date=date,
                                  sentences=[], duplicate_of=None)


def stream_span(arts) -> int:
    days = [a.date for a in arts if a.date]
    return (max(days) - min(days)).days + 30 if days else 0


# --- scores ---------------------------------------------------------------------------


def pairwise(gold: list, pred: list) -> tuple[float, float, float]:
    def pairs(c: collections.Counter) -> int:
        return sum(v * (v - 1) // 2 for v in c.values())

    tp = pairs(collections.Counter(zip(gold, pred)))
    pp, gp = pairs(collections.Counter(pred)), pairs(collections.Counter(gold))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _scores(gold, pred) -> dict:
    from newsbrief.eval.clustering import bcubed

    bp, br, bf = bcubed(gold, pred)
    pp, pr, pf = pairwise(gold, pred)
    return {"bcubed_p": round(bp, 4), "bcubed_r": round(br, 4), "bcubed_f1": round(bf, 4),
            "pairwise_p": round(pp, 4), "pairwise_r": round(pr, 4), "pairwise_f1": round(pf, 4),
            "gold_clusters": len(set(gold)), "stories": len(set(pred))}


def score_sets(names, meta, pred) -> dict:
    """Scores per set: ``pred`` holds a story per stream entry (None: refused,
    scored as a singleton)."""
    rows = {}
    for name in names:
        idx = [i for i, m in enumerate(meta) if m[0] == name]
        gold = [meta[i][1] for i in idx]
        labels = [pred[i] if pred[i] is not None else ("refused", i) for i in idx]
        rows[name] = _scores(gold, labels) | {"articles": len(idx)}
    return rows


# --- peers ----------------------------------------------------------------------------


def stream_vectors(arts):
    """The hashed TF-IDF vectors of ``arts`` as the stream sees them (idf
    learned batch by batch) and under the final idf (as a batch method sees them)."""
    import scipy.sparse as sp

    from newsbrief.stream.vectorize import HashedTfidfVectorizer

    vec = HashedTfidfVectorizer()
    vec.reset()
    parts, counts = [], []
    for k in range(0, len(arts), BATCH):
        X = vec._counts(arts[k : k + BATCH])
        vec._learn(X)
        counts.append(X.copy())
        parts.append(vec._weigh(X))
    online = sp.vstack(parts).tocsr()
    final = vec._weigh(sp.vstack(counts).tocsr())
    return online, final


def single_pass(X, threshold: float = SINGLE_PASS_THRESHOLD) -> list[int]:
    """Single-pass centroid clustering of the rows of ``X`` (unit vectors, in
    order): each row joins the most cosine-similar centroid (sum of members)
    at or above ``threshold``, else starts a new cluster. An inverted index of
    member weights per term gives every centroid's dot product at once."""
    import numpy as np

    postings: dict[int, list] = {}  # term -> [cluster ids (array), weights (array), used]
    norm2: list[float] = []
    labels = []
    for i in range(X.shape[0]):
        a, b = X.indptr[i], X.indptr[i + 1]
        terms, weights = X.indices[a:b], X.data[a:b].astype(np.float64)
        best, best_sim = -1, threshold
        if norm2 and terms.size:
            got = [(postings[t], w) for t, w in zip(terms, weights) if t in postings]
            if got:
                ids = np.concatenate([p[0][: p[2]] for p, _ in got])
                vals = np.concatenate([p[1][: p[2]] * w for p, w in got])
                dots = np.bincount(ids, weights=vals, minlength=len(norm2))
                sims = dots / np.sqrt(np.maximum(np.array(norm2), 1e-12))
                j = int(np.argmax(sims))
                if sims[j] >= threshold:
                    best, best_sim = j, sims[j]
        if best < 0:
            best = len(norm2)
            norm2.append(0.0)
            dot = 0.0
        else:
            dot = best_sim * np.sqrt(norm2[best])
        norm2[best] += 2.0 * dot + float(np.dot(weights, weights))
        for t, w in zip(terms, weights):
            p = postings.get(t)
            if p is None:
                p = postings[t] = [np.zeros(4, np.int64), np.zeros(4, np.float64), 0]
            if p[2] == p[0].size:
                p[0] = np.concatenate([p[0], np.zeros_like(p[0])])
                p[1] = np.concatenate([p[1], np.zeros_like(p[1])])
            p[0][p[2]], p[1][p[2]] = best, w
            p[2] += 1
        labels.append(best)
    return labels


def average_link(X, threshold: float = AVERAGE_LINK_THRESHOLD) -> list[int] | None:
    """Average-link clusters of the rows of ``X`` cut at cosine ``threshold``
    (None when the stream is too long for the O(n^2) distance matrix)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = X.shape[0]
    if n > AVERAGE_LINK_MAX:
        return None
    if n < 2:
        return [0] * n
    D = 1.0 - (X @ X.T).toarray()
    np.fill_diagonal(D, 0.0)
    np.clip(D, 0.0, 2.0, out=D)
    condensed = squareform(D, checks=False)
    del D
    Z = linkage(condensed, method="average")
    return [int(x) for x in fcluster(Z, t=1.0 - threshold, criterion="distance")]


def textclust(arts) -> list[int] | None:
    """river's TextClust over each article's newsbrief terms (title, lead,
    capitalized phrases, as the vectorizer reads them): every article's
    micro-cluster, followed through the micro-cluster merges TextClust makes
    afterwards (None when the stream is too long or river is not installed)."""
    if len(arts) > TEXTCLUST_MAX:
        return None
    try:
        from river.cluster import TextClust
    except ImportError:
        return None
    from newsbrief.stream.vectorize import HashedTfidfVectorizer

    terms = HashedTfidfVectorizer()._tokens
    model = TextClust(radius=TEXTCLUST_RADIUS, fading_factor=TEXTCLUST_FADING, tgap=TEXTCLUST_TGAP,
                      real_time_fading=False, auto_r=False, auto_merge=True)
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while c in parent:
            c = parent[c]
        return c

    labels: list[int] = []
    for a in arts:
        tf = collections.Counter(terms(a))
        before = model._cluster_id
        sizes = {k: mc.n for k, mc in model.micro_clusters.items()}
        cleaned = model.last_cleanup
        model.learn_one(dict(tf))
        if model._cluster_id > before:
            labels.append(before)  # a new micro-cluster
        else:
            grew = [k for k, mc in model.micro_clusters.items() if mc.n > sizes.get(k, mc.n)]
            labels.append(grew[0] if grew else -len(labels) - 1)  # no terms: alone
        if model.last_cleanup != cleaned:  # merges happen at cleanup
            for k, mc in model.micro_clusters.items():
                for j in mc.merged_ids:
                    if j != k and j not in parent:
                        parent[j] = k
    return [root(c) for c in labels]


def _miranda():
    """bench/miranda.py as a module, whether this file runs as a script or is imported."""
    import importlib.util

    if "bench_miranda" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_miranda", Path(__file__).resolve().parent / "miranda.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["bench_miranda"] = module
        spec.loader.exec_module(module)
    return sys.modules["bench_miranda"]


# --- one run --------------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_newsbrief(arts, scale: int, store_dir: str) -> tuple[dict[str, str], dict]:
    """Ingest + cluster ``arts`` (x ``scale``) into a fresh store: each
    article's story (first replay), and speed, memory and store counts."""
    from newsbrief.store import Store
    from newsbrief.stream.dedup import DuplicateIndex
    from newsbrief.stream.model import ArticleClusterer

    span = stream_span(arts)
    path = Path(store_dir) / f"bench-{scale}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path).open()
    store.add([])  # warm up: imports and caches do not count as stream memory
    ArticleClusterer().fit(arts[:50])
    DuplicateIndex().add("warm-up", arts[0].raw_text if arts else "warm up")
    base_rss = _rss_mb()
    rss_marks = []

    def stream():
        for r in range(scale):
            yield from replay_one(arts, r, span)
            rss_marks.append(round(_rss_mb(), 1))

    t0, c0 = time.perf_counter(), time.process_time()
    result = store.add(stream())
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cl = store.model.clusterer
    found: dict[str, tuple[str, str | None]] = {}
    ids = [a.id for a in arts]
    for k in range(0, len(ids), 500):
        chunk = ids[k : k + 500]
        for aid, sid, dup in store.conn.execute(
                f"SELECT id, story_id, duplicate_of FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            found[aid] = (sid, dup)
    info = {
        "scale": scale,
        "articles": len(arts) * scale,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(arts) * scale / max(elapsed, 1e-9), 1),
        # per CPU second: what one core does, whatever else the machine runs
        "articles_per_cpu_s": round(len(arts) * scale / max(cpu, 1e-9), 1),
        "peak_rss_mb": round(peak, 1),
        "rss_before_ingest_mb": round(base_rss, 1),
        "rss_after_each_replay_mb": rss_marks,
        "stories": store.stats()["stories"],
        "active_stories": len(cl.stories_),
        "near_duplicates": result.near_duplicates,
        "already_stored": result.already_stored,
        "merges": result.merges,
        "splits": result.splits,
    }
    store.close()
    return found, info


def run(names: list[str], systems: list[str], scale: int, store_dir: str) -> dict:
    """One stream of ``names`` through every system; scores per set and system."""
    meta, refused = build_stream(names)
    arts = [m[2] for m in meta if m[2] is not None]
    pos = [i for i, m in enumerate(meta) if m[2] is not None]
    out: dict = {"sets": names, "articles": len(meta), "refused": {f"{n}/{c}": v for (n, c), v in refused.items()},
                 "scores": {}, "seconds": {}}
    if "newsbrief" in systems:
        found, info = run_newsbrief(arts, scale, store_dir)
        out["newsbrief"] = info
        pred = [None] * len(meta)
        for i, a in zip(pos, arts):  # an article the store skipped (a page's note) is a singleton, as refused ones
            pred[i] = found.get(a.id, (None, None))[0]
        out["scores"]["newsbrief"] = score_sets(names, meta, pred)
        out["dedup"] = dedup_links(names, meta, pos, arts, found)
    if scale == 1 and "textclust" in systems:
        t0 = time.perf_counter()
        labels = textclust(arts)
        out["seconds"]["textclust"] = round(time.perf_counter() - t0, 2)
        if labels is not None:
            pred = [None] * len(meta)
            for i, lab in zip(pos, labels):
                pred[i] = lab
            out["scores"]["textclust"] = score_sets(names, meta, pred)
    if scale == 1 and "miranda" in systems and len(arts) <= MIRANDA_MAX:
        miranda = _miranda()
        t0, c0 = time.perf_counter(), time.process_time()
        labels = miranda.cluster(arts)
        out["seconds"]["miranda"] = round(time.perf_counter() - t0, 2)
        out["cpu_seconds"] = {"miranda": round(time.process_time() - c0, 2)}
        pred = [None] * len(meta)
        for i, lab in zip(pos, labels):
            pred[i] = lab
        out["scores"]["miranda"] = score_sets(names, meta, pred)
    if scale == 1 and {"single-pass", "average-link"} & set(systems):
        online, final = stream_vectors(arts)
        for system, fn, X in (("single-pass", single_pass, online), ("average-link", average_link, final)):
            if system not in systems:
                continue
            t0 = time.perf_counter()
            labels = fn(X)
            out["seconds"][system] = round(time.perf_counter() - t0, 2)
            if labels is None:
                continue
            pred = [None] * len(meta)
            for i, lab in zip(pos, labels):
                pred[i] = lab
            out["scores"][system] = score_sets(names, meta, pred)
    return out


def dedup_links(names, meta, pos, arts, found) -> dict:
    """Near-duplicate links per set: how many, and how many join two
    articles of different gold stories."""
    gold_of = {a.id: meta[i] for i, a in zip(pos, arts)}
    rows = {n: {"links": 0, "cross_story": 0} for n in names}
    for aid, (_sid, dup) in found.items():
        if dup is None or aid not in gold_of:
            continue
        name, label, _ = gold_of[aid]
        rows[name]["links"] += 1
        if gold_of.get(dup, (None, None))[:2] != (name, label):
            rows[name]["cross_story"] += 1
    return rows


# --- report ---------------------------------------------------------------------------


def resolve_names(spec: str) -> list[str]:
    every = list(SUMMARIZATION) + list(CLUSTERING)
    if spec == "all":
        return every
    out = []
    for part in spec.split(","):
        out.extend(GROUPS.get(part, [part]))
    unknown = [n for n in out if n not in every]
    if unknown:
        raise SystemExit(f"unknown dataset(s): {', '.join(unknown)}; choose from {', '.join(every)} or {', '.join(GROUPS)}")
    return list(dict.fromkeys(out))


def _child(names: list[str], systems: list[str], scale: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(scale), "--datasets", ",".join(names), "--systems", ",".join(systems),
         "--textclust-max", str(TEXTCLUST_MAX), "--miranda-max", str(MIRANDA_MAX)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def print_tables(names, alone: dict, mixed: dict | None, scaled: list[dict], systems: list[str]) -> None:
    def f1(run, system, name):
        row = (run or {}).get("scores", {}).get(system, {}).get(name)
        return f"{row['bcubed_f1']:.3f}" if row else "—"

    peers = [s for s in systems if s != "newsbrief"]
    print("\nBCubed F1 per set: each set alone (its own order), and in the mixed stream of all sets; "
          "refused articles are singletons\n")
    head = ["set", "level", "articles", "refused", "gold", "newsbrief P", "newsbrief R", "newsbrief alone", "newsbrief mixed",
            "mixed - alone"] + [f"{p} alone" for p in peers] + [f"{p} mixed" for p in peers if mixed]
    print("| " + " | ".join(head) + " |")
    print("|---|" + "---:|" * (len(head) - 1))
    for name in names:
        a = alone.get(name, {})
        nb = a.get("scores", {}).get("newsbrief", {}).get(name)
        mx = (mixed or {}).get("scores", {}).get("newsbrief", {}).get(name)
        refused = sum(v for k, v in a.get("refused", {}).items())
        cells = [name, LEVEL[name], str(a.get("articles", "—")), str(refused), str(nb["gold_clusters"]) if nb else "—",
                 f"{nb['bcubed_p']:.3f}" if nb else "—", f"{nb['bcubed_r']:.3f}" if nb else "—",
                 f1(a, "newsbrief", name), f1(mixed, "newsbrief", name),
                 f"{mx['bcubed_f1'] - nb['bcubed_f1']:+.3f}" if nb and mx else "—"]
        cells += [f1(a, p, name) for p in peers] + [f1(mixed, p, name) for p in peers if mixed]
        print("| " + " | ".join(cells) + " |")
    print("\nNear-duplicate links (newsbrief, each set alone): links joining two different gold stories\n")
    print("| set | links | across gold stories | share |")
    print("|---|---:|---:|---:|")
    for name in names:
        d = alone.get(name, {}).get("dedup", {}).get(name)
        if d:
            share = d["cross_story"] / d["links"] if d["links"] else 0.0
            print(f"| {name} | {d['links']} | {d['cross_story']} | {share:.1%} |")
    print("\nSpeed and memory (newsbrief: ingest + dedup + cluster + SQLite, one process; peers: clustering only)\n")
    print("| stream | articles | newsbrief s | articles/s | articles/CPU s | peak RSS MB | stories | near-dups | merges "
          "| splits | " + " | ".join(f"{p} s" for p in peers) + " |")
    print("|---|" + "---:|" * (9 + len(peers)))
    runs = [(n, alone[n]) for n in names if n in alone] + ([("mixed", mixed)] if mixed else [])
    for label, r in runs:
        nb = r.get("newsbrief")
        if not nb:
            continue
        print(f"| {label} | {nb['articles']} | {nb['seconds']} | {nb['articles_per_s']:.0f} | "
              f"{nb.get('articles_per_cpu_s', 0):.0f} | {nb['peak_rss_mb']} | "
              f"{nb['stories']} | {nb['near_duplicates']} | {nb['merges']} | {nb['splits']} | "
              + " | ".join(str(r.get("seconds", {}).get(p, "—")) for p in peers) + " |")
    if scaled:
        print("\nMixed stream replayed k times (fresh process per scale)\n")
        print("| scale | articles | articles/s | RSS before MB | peak RSS MB | RSS after each replay | active stories |")
        print("|---:|---:|---:|---:|---:|---|---:|")
        for r in scaled:
            nb = r["newsbrief"]
            print(f"| {nb['scale']}x | {nb['articles']} | {nb['articles_per_s']:.0f} | {nb['rss_before_ingest_mb']} | "
                  f"{nb['peak_rss_mb']} | {nb['rss_after_each_replay_mb']} | {nb['active_stories']} |")


def main() -> None:
    global TEXTCLUST_MAX, MIRANDA_MAX
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default="all", help="all, a group (event, topic, short) or set names, comma-separated")
    ap.add_argument("--modes", default="alone,mixed", help="alone, mixed or both")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma-separated, from {', '.join(SYSTEMS)}")
    ap.add_argument("--scales", default="1", help="replay factors of the mixed stream (1,4,16 checks memory)")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--textclust-max", type=int, default=TEXTCLUST_MAX,
                    help=f"longest stream TextClust runs on (default {TEXTCLUST_MAX}; googlenews_ts's 11,109 articles "
                         "take ~210 CPU s)")
    ap.add_argument("--miranda-max", type=int, default=MIRANDA_MAX,
                    help=f"longest stream the Miranda et al. peer runs on (default {MIRANDA_MAX})")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode: one stream, one scale, print JSON
    args = ap.parse_args()
    TEXTCLUST_MAX, MIRANDA_MAX = args.textclust_max, args.miranda_max
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    names = resolve_names(args.datasets)
    systems = [s for s in args.systems.split(",") if s]
    if unknown := set(systems) - set(SYSTEMS):
        raise SystemExit(f"unknown system(s): {', '.join(sorted(unknown))}; choose from {', '.join(SYSTEMS)}")
    missing = [n for n in names if not (SHARED / {**SUMMARIZATION, **CLUSTERING}[n]).exists()]
    if missing:
        raise SystemExit(f"missing data under {SHARED}: {', '.join(missing)}")
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run(names, systems, args.one, tmp)))
        return
    modes = args.modes.split(",")
    alone, mixed, scaled = {}, None, []
    if "alone" in modes:
        for name in names:
            alone[name] = _child([name], systems, 1)
            print(f"{name}: " + ", ".join(f"{s} {r[name]['bcubed_f1']:.3f}" for s, r in alone[name]["scores"].items()),
                  file=sys.stderr)
    if "mixed" in modes:
        mixed = _child(names, systems, 1)
        print(f"mixed: {mixed['articles']} articles, {mixed['newsbrief']['articles_per_s']:.0f}/s", file=sys.stderr)
        for k in [int(x) for x in args.scales.split(",") if x.strip() and int(x) > 1]:
            scaled.append(_child(names, ["newsbrief"], k))
            print(f"scale {k}x: peak RSS {scaled[-1]['newsbrief']['peak_rss_mb']} MB", file=sys.stderr)
        if scaled:
            scaled.insert(0, mixed)
    print_tables(names, alone, mixed, scaled, systems)
    if args.json:
        args.json.write_text(json.dumps({"sets": names, "alone": alone, "mixed": mixed, "scaled": scaled}, indent=2))
        print(f"\nwrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
