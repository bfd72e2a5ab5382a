"""Summary speed: newsbrief's summarizer against sumy LexRank, and how it scales.

1. Every 10-article DUC 2003 cluster: median seconds of newsbrief's
   summarizer (the Selector, citations included) and of sumy's LexRank, both
   on the same prepared sentences, in the same run; their ratio. Also the
   end-to-end ``newsbrief.brief`` time (read, clean, split, dedup, select).
2. Clusters of 10, 100 and 1,000 articles (DUC 2006 articles concatenated in
   file order): newsbrief's summarizer time and the fitted exponent of time
   against size (slope of log time on log size; 1 = linear).

Summary alone: no cross-source analysis. One core (CPU affinity and BLAS
threads set to 1), median over ``--repeats`` after a warm-up. Prints tables;
``--json FILE`` writes the numbers; ``--markdown`` fills the speed section of
docs/benchmarks.md.

``--ingest`` instead measures the store's ingest (issue 13): every full-text
set (the four summarization sets, basil, ecbplus, wikiref220; 3,865 articles
of ~540 words) in bench/cluster.py's mixed stream order, through
:meth:`newsbrief.store.Store.add` into a fresh file without the embedding
model: articles per CPU second, and CPU seconds per phase (reading,
near-duplicate signatures, vectorizing, clustering, story titles, storylines,
the rest: SQLite and story rows), beside the
figure before the title cache and the faster boilerplate check.

    python bench/speed.py [--repeats 5] [--json out.json] [--markdown]
``--ingest --outputs FILE`` also ingests each of those sets alone and the
mixed stream, and records digests of what the store holds afterwards (story
ids with their members, story titles, MinHash signatures, near-duplicate
links, article vectors, storyline links): written to FILE when it does not
exist, else compared with it (exit 1 on any difference). A speed change runs
it before and after: the results must be byte-identical.

    python bench/speed.py [--repeats 5] [--json out.json] [--markdown]
    python bench/speed.py --ingest [--json out.json] [--outputs digests.json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
DOCS = REPO / "docs"
#: Targets from the issue: <= 0.1 s per 10-article cluster, >= 15x sumy LexRank, exponent <= 1.2.
TARGET_SECONDS, TARGET_RATIO, TARGET_EXPONENT = 0.1, 15.0, 1.2
#: Issue 13: full-text ingest + cluster on one core, without the embedding model.
TARGET_INGEST_PER_CPU_S = 2_000
#: The same stream measured by this script at commit a3f7962 (before :class:`newsbrief.headline.HeadlineCache`
#: and dedup's one-pattern boilerplate check): 3,865 articles in 19.6 CPU s, the median of 3 runs alternated
#: with runs of the new code (its median: 14.5 CPU s, 266.5 articles/CPU s).
BEFORE_INGEST_PER_CPU_S = 196.8
#: Sets of the ingest stream (bench/cluster.py's names): every full-text one.
INGEST_SETS = ["multinews", "multiling2011_en", "duc2003_task3", "duc2006", "basil", "ecbplus", "wikiref220"]


def clusters(name: str):
    with gzip.open(SHARED / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def timed(fn, repeats: int) -> float:
    fn()  # warm-up: lazy imports, caches
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def ingest_speed() -> dict:
    """Ingest the full-text sets into a fresh store (see the module docstring):
    articles per CPU second and CPU seconds per phase."""
    import tempfile

    import cluster as bench_cluster  # bench/cluster.py: the sets and their mixed stream order

    import newsbrief.store as store_module
    from newsbrief import headline
    from newsbrief.analyze import _ner
    from newsbrief.stream import dedup
    from newsbrief.stream.cluster import StoryClusterer
    from newsbrief.stream.vectorize import HashedTfidfVectorizer

    entries, _ = bench_cluster.build_stream(INGEST_SETS)
    arts = [e[2] for e in entries if e[2] is not None]
    phases = {"reading (read_inputs)": 0.0, "near-duplicate signatures": 0.0, "vectorizing": 0.0,
              "clustering": 0.0, "story titles": 0.0, "storylines": 0.0}

    def timed_phase(name, fn):
        def run(*a, **kw):
            start = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                phases[name] += time.process_time() - start
        return run

    def timed_iter(name, fn):
        def run(*a, **kw):
            it = fn(*a, **kw)
            while True:
                start = time.process_time()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    phases[name] += time.process_time() - start
                yield item
        return run

    # the real functions, timed (disjoint: none calls another): the store looks them up at call time
    store_module.read_inputs = timed_iter("reading (read_inputs)", store_module.read_inputs)
    # (the store makes a batch's titles together, headline.story_titles: each title, and the batches of
    # opening sentences they parse; the story rows it writes meanwhile stay with the rest)
    headline.story_title = timed_phase("story titles", headline.story_title)
    _ner.parse_batch = timed_phase("story titles", _ner.parse_batch)
    dedup.signature = timed_phase("near-duplicate signatures", dedup.signature)
    # (the store reads the content words once, for the signature and the page-note check, and passes them in)
    if hasattr(dedup, "signature_words"):
        dedup.signature_words = timed_phase("near-duplicate signatures", dedup.signature_words)
    HashedTfidfVectorizer.partial_fit_transform = timed_phase("vectorizing", HashedTfidfVectorizer.partial_fit_transform)
    StoryClusterer.partial_fit = timed_phase("clustering", StoryClusterer.partial_fit)
    store_module.Store._link_storylines = timed_phase("storylines", store_module.Store._link_storylines)
    with tempfile.TemporaryDirectory() as tmp:
        # warm up in a throwaway store: the lazy imports (scikit-learn, datasketch's band optimizer, nupunkt) are
        # paid once per process, not per article (they were ~1 CPU s of the measured 14.5 before 2026-12-02)
        store_module.Store(Path(tmp) / "warm.sqlite3").open().add(arts[:3])
        store = store_module.Store(Path(tmp) / "ingest.sqlite3").open()
        for k in phases:
            phases[k] = 0.0
        start = time.process_time()
        result = store.add(arts)
        cpu = time.process_time() - start
        store.close()
    phases["the rest (SQLite, story rows)"] = cpu - sum(phases.values())
    per_s = len(arts) / cpu
    print(f"ingest of {len(arts)} full-text articles ({', '.join(INGEST_SETS)}), one core, no embedding model")
    print(f"{'phase':32s} {'CPU s':>7s} {'share':>6s}")
    for name, sec in phases.items():
        print(f"{name:32s} {sec:7.2f} {sec / cpu:6.0%}")
    print(f"{'total':32s} {cpu:7.2f}")
    print(f"{'articles per CPU s':32s} {'before':>7s} {'now':>7s} {'target':>7s}")
    print(f"{'':32s} {BEFORE_INGEST_PER_CPU_S:7.1f} {per_s:7.1f} {TARGET_INGEST_PER_CPU_S:7d}")
    return {"articles": len(arts), "ingested": result.ingested, "cpu_s": cpu, "articles_per_cpu_s": per_s,
            "before_articles_per_cpu_s": BEFORE_INGEST_PER_CPU_S, "phases_cpu_s": dict(phases)}  # a copy: the
    # timed functions stay wrapped, and --outputs ingests again


def ingest_outputs() -> dict[str, dict[str, str]]:
    """Per stream (each ingest set alone, then the mixed stream): sha256 of
    the stored stories, titles, signatures, duplicate links, vectors and
    storyline links after ingesting it into a fresh store."""
    import hashlib
    import tempfile

    import cluster as bench_cluster

    from newsbrief.store import Store

    streams = [(name, [name]) for name in INGEST_SETS] + [("mixed stream", INGEST_SETS)]
    out: dict[str, dict[str, str]] = {}
    for label, names in streams:
        entries, _ = bench_cluster.build_stream(names)
        arts = [e[2] for e in entries if e[2] is not None]
        with tempfile.TemporaryDirectory() as tmp:
            with Store(Path(tmp) / "check.sqlite3") as st:
                st.add(arts)
                q = st.conn.execute
                tables = {
                    "stories": q("SELECT a.story_id, a.id FROM articles a ORDER BY a.story_id, a.seq").fetchall()
                    + q("SELECT id, size, first_seen, last_seen, outlets, active, merged_into FROM stories "
                        "ORDER BY id").fetchall(),
                    "titles": q("SELECT id, title FROM stories ORDER BY id").fetchall(),
                    "signatures": q("SELECT article_id, minhash FROM signatures ORDER BY article_id").fetchall(),
                    "duplicates": q("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall(),
                    "vectors": q("SELECT article_id, vector FROM vectors ORDER BY article_id").fetchall(),
                    "storylines": q("SELECT story_id, storyline_id FROM story_storylines ORDER BY 1, 2").fetchall(),
                }
        out[label] = {k: hashlib.sha256(repr(v).encode()).hexdigest() for k, v in tables.items()}
        out[label]["articles"] = str(len(arts))
        print(f"{label:18s} {len(arts):5d} articles  " + " ".join(f"{k}:{v[:8]}" for k, v in out[label].items()
                                                               if k != "articles"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--no-sumy", action="store_true", help="skip the sumy LexRank comparison")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--markdown", action="store_true", help="write the speed section of docs/benchmarks.md")
    ap.add_argument("--ingest", action="store_true", help="measure the store's full-text ingest instead (issue 13)")
    ap.add_argument("--outputs", type=Path, help="with --ingest: write (or compare with) digests of the stored results")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.ingest:
        result = ingest_speed()
        if args.outputs:
            digests = ingest_outputs()
            if args.outputs.exists():
                before = json.loads(args.outputs.read_text(encoding="utf-8"))
                diff = [f"{k}: {f}" for k in before for f in before[k] if digests.get(k, {}).get(f) != before[k][f]]
                print("stored results identical to " + str(args.outputs) if not diff else
                      "stored results DIFFER from " + str(args.outputs) + ": " + ", ".join(diff))
                if diff:
                    raise SystemExit(1)
            else:
                args.outputs.write_text(json.dumps(digests, indent=1), encoding="utf-8")
                print(f"wrote {args.outputs}")
        if args.json:
            args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
            print(f"wrote {args.json}")
        return

    import newsbrief
    from newsbrief.eval import Cluster, prepare_cluster
    from newsbrief.eval.systems import NewsbriefSystem

    ours = NewsbriefSystem()
    peer = None
    if not args.no_sumy:
        from newsbrief.eval.registry import make_system

        peer = make_system("sumy-lexrank")

    def as_cluster(arts, cid):
        return Cluster("speed", cid, tuple(arts), ("-",))

    # 1. 10-article DUC clusters
    rows = []
    for c in clusters("duc2003_task3/test.jsonl.gz"):
        if len(c["articles"]) != 10:
            continue
        brief = prepare_cluster(as_cluster(c["articles"], c["id"]))
        t_ours = timed(lambda: ours.summarize(brief, args.words), args.repeats)
        t_e2e = timed(lambda: newsbrief.brief(c["articles"], words=args.words), args.repeats)
        t_peer = timed(lambda: peer.summarize(brief, args.words), max(1, args.repeats // 2)) if peer else float("nan")
        rows.append((c["id"], t_ours, t_e2e, t_peer))
    med = [statistics.median(r[i] for r in rows) for i in (1, 2, 3)]
    ratio = med[2] / med[0] if peer else float("nan")
    print(f"10-article DUC 2003 clusters: {len(rows)}, budget {args.words} words, one core, median of {args.repeats}")
    print(f"{'system':42s} {'median s':>9s} {'max s':>8s}")
    print(f"{'newsbrief summarizer (select + cite)':42s} {med[0]:9.4f} {max(r[1] for r in rows):8.4f}")
    print(f"{'newsbrief.brief end to end':42s} {med[1]:9.4f} {max(r[2] for r in rows):8.4f}")
    if peer:
        print(f"{'sumy LexRank (same sentences)':42s} {med[2]:9.4f} {max(r[3] for r in rows):8.4f}")
        print(f"newsbrief is {ratio:.1f}x faster than sumy LexRank (target >= {TARGET_RATIO:.0f}x, <= {TARGET_SECONDS} s)")

    # 2. scaling
    pool = [a for c in clusters("duc2006/test.jsonl.gz") for a in c["articles"]]
    sizes = [n for n in (10, 100, 1000) if n <= len(pool)]
    scale = []
    for n in sizes:
        brief = prepare_cluster(as_cluster(pool[:n], f"first{n}"))
        sents = sum(len(a.sentences) for a in brief.articles)
        reps = args.repeats if n <= 100 else max(1, args.repeats // 3)
        scale.append((n, sents, timed(lambda: ours.summarize(brief, args.words), reps)))
    xs = [math.log(s[0]) for s in scale]
    ys = [math.log(s[2]) for s in scale]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print()
    print(f"{'articles':>8s} {'sentences':>10s} {'seconds':>9s}")
    for n, s, t in scale:
        print(f"{n:8d} {s:10d} {t:9.4f}")
    print(f"fitted exponent of time vs size: {slope:.2f} (goal <= {TARGET_EXPONENT})")

    result = {
        "words": args.words,
        "duc10": {"clusters": len(rows), "newsbrief_median_s": med[0], "brief_end_to_end_median_s": med[1],
                  "sumy_lexrank_median_s": med[2] if peer else None, "speedup_vs_sumy_lexrank": ratio if peer else None},
        "scaling": [{"articles": n, "sentences": s, "seconds": t} for n, s, t in scale],
        "exponent": slope,
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")
    if args.markdown:
        write_markdown(result)


def write_markdown(r: dict) -> None:
    start, end = "<!-- speed:start -->", "<!-- speed:end -->"
    d = r["duc10"]
    lines = [
        start,
        f"Generated by `python bench/speed.py --markdown`: one core, median over repeats after a warm-up, "
        f"{r['words']}-word budget, summary alone (no cross-source analysis).",
        "",
        f"| 10-article DUC 2003 clusters ({d['clusters']}) | median seconds |",
        "|---|---:|",
        f"| newsbrief summarizer (select + cite, prepared sentences) | {d['newsbrief_median_s']:.4f} |",
        f"| `newsbrief.brief` end to end (read, clean, split, dedup, select) | {d['brief_end_to_end_median_s']:.4f} |",
    ]
    if d["sumy_lexrank_median_s"] is not None:
        lines += [f"| sumy LexRank (same sentences) | {d['sumy_lexrank_median_s']:.4f} |", "",
                  f"newsbrief's summarizer is **{d['speedup_vs_sumy_lexrank']:.1f}x** faster than sumy LexRank in the same run "
                  f"(target >= {TARGET_RATIO:.0f}x and <= {TARGET_SECONDS} s)."]
    lines += ["", "| articles | sentences | seconds |", "|---:|---:|---:|"]
    lines += [f"| {s['articles']} | {s['sentences']} | {s['seconds']:.4f} |" for s in r["scaling"]]
    lines += ["", f"Fitted exponent of time against cluster size: **{r['exponent']:.2f}** (goal <= {TARGET_EXPONENT}).", end]
    path = DOCS / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n## Speed\n\n" + start + "\n" + end + "\n"
    block = "\n".join(lines)
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text += "\n## Speed\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
