"""Story clustering benchmark: ingest + dedup + cluster one mixed stream of
every labelled article in ../shared/data, then score the stories against the
labels.

The stream: every article of every cluster of the summarization sets
(multinews_sample, multiling2011_en, duc2003_task3, duc2006: the cluster is
the label) and of the clustering sets (basil, ecbplus, wikiref220,
googlenews_ts, trec_microblog_tweet89, crisislext26: the ``cluster`` field),
shuffled (seeded), then the dated articles put in date order in the dated
slots (undated articles keep their random places). It goes through the real
path, :meth:`newsbrief.store.Store.add` into a fresh SQLite file (ingest
validation, MinHash de-duplication, clustering, transactions), then each
article's story is read back from the store.

Scores per dataset and per group: BCubed precision/recall/F1 (Bagga &
Baldwin 1998; Amigó et al. 2009 for its properties) and pairwise F1, each
computed on that dataset's articles only (an article's predicted story is cut
down to the articles of the same dataset). Near-duplicates count in the story
of their original; articles the ingest refused (non-English tweets, empty
texts) are left out and counted.

Scale: ``--scales 1,4,16`` replays the stream k times, each replay with dates
shifted past the previous one and a replay-specific spelling of every content
word (so a replay is new news, not a copy for the de-duplicator), in a fresh
process per scale; it reports articles/s and peak RSS at each scale, and the
active set the clusterer holds at the end.

    python bench/cluster.py [--datasets all|event|...] [--scales 1,4,16] [--seeds 0,1,2] [--json out.json]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import random
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
    "event": ["multinews", "multiling2011_en", "basil", "ecbplus"],
    "topic": ["duc2003_task3", "duc2006", "wikiref220"],
    "short": ["googlenews_ts", "trec_microblog_tweet89", "crisislext26"],
}
#: Targets from the issue (event-style sets).
TARGET_F1 = 0.95
TARGET_RATE = 500.0


def load_items(names: list[str]) -> list[tuple[str, str, dict]]:
    """(dataset, gold label, article dict) for every article of the named sets."""
    items = []
    for name in names:
        if name in SUMMARIZATION:
            with gzip.open(SHARED / SUMMARIZATION[name], "rt", encoding="utf-8") as fh:
                for line in fh:
                    c = json.loads(line)
                    for a in c["articles"]:
                        items.append((name, c["id"], a))
        else:
            with gzip.open(SHARED / CLUSTERING[name], "rt", encoding="utf-8") as fh:
                for line in fh:
                    a = json.loads(line)
                    items.append((name, a["cluster"], a))
    return items


def build_stream(items, seed: int):
    """Articles (validated by ingest) in stream order, with their dataset and label."""
    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    arts, meta, refused = [], [], collections.Counter()
    for name, label, d in items:
        d = {k: v for k, v in d.items() if k != "id"}  # ids are content hashes, as on ingest
        try:
            art = article_from_dict(d, where=f"<{name}>")
        except InputError:
            refused[name] += 1
            continue
        arts.append(art)
        meta.append((name, label))
    dated = sorted((i for i, a in enumerate(arts) if a.date), key=lambda i: (arts[i].date, i))
    it = iter(dated)
    order = [next(it) if a.date else i for i, a in enumerate(arts)]
    return [arts[i] for i in order], [meta[i] for i in order], refused


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


def pairwise(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    def pairs(c: collections.Counter) -> int:
        return sum(v * (v - 1) // 2 for v in c.values())

    tp = pairs(collections.Counter(zip(gold, pred)))
    pp, gp = pairs(collections.Counter(pred)), pairs(collections.Counter(gold))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run(names: list[str], scale: int, seed: int, store_dir: str) -> dict:
    """Ingest + cluster the stream (x scale) into a fresh store; scores and speed."""
    from newsbrief.store import Store

    items = load_items(names)
    arts, meta, refused = build_stream(items, seed)
    del items
    span = stream_span(arts)
    path = Path(store_dir) / f"bench-{scale}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path).open()
    store.add([])  # nothing; then warm up: imports and caches do not count as stream memory
    from newsbrief.stream.dedup import DuplicateIndex
    from newsbrief.stream.model import ArticleClusterer

    ArticleClusterer().fit(arts[:50])
    DuplicateIndex().add("warm-up", arts[0].raw_text)
    base_rss = _rss_mb()  # the stream itself is in memory from here on; replays are generated lazily
    rss_marks = []

    def stream():
        for r in range(scale):
            yield from replay_one(arts, r, span)
            rss_marks.append(round(_rss_mb(), 1))

    t0 = time.perf_counter()
    result = store.add(stream())
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cl = store.model.clusterer
    active = len(cl.stories_)
    active_kept = sum(len(s.members) for s in cl.stories_.values())
    n_stories = store.stats()["stories"]

    def stories_of(ids: list[str]) -> list[str]:
        # each article's story, read back from the store (near-duplicates sit
        # in their original's story; an article given twice is stored once)
        found: dict[str, str] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k : k + 500]
            found.update(store.conn.execute(
                f"SELECT id, story_id FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return [found[i] for i in ids]

    rows = _score_rows(names, meta, stories_of([a.id for a in arts]), refused)
    last_rows = None
    if scale > 1:
        last_rows = _score_rows(names, meta, stories_of([a.id for a in replay_one(arts, scale - 1, span)]), refused)
    store.close()
    return {
        "scale": scale,
        "articles": len(arts) * scale,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(arts) * scale / elapsed, 1),
        "peak_rss_mb": round(peak, 1),
        "rss_before_ingest_mb": round(base_rss, 1),
        "ingest_rss_growth_mb": round(peak - base_rss, 1),
        "rss_after_each_replay_mb": rss_marks,
        "stories": n_stories,
        "active_stories": active,
        "active_members_kept": active_kept,
        "near_duplicates": result.near_duplicates,
        "already_stored": result.already_stored,
        "merges": result.merges,
        "splits": result.splits,
        "store_mb": round(path.stat().st_size / 1e6, 1),
        "datasets": rows,
        "datasets_last_replay": last_rows,
    }


def _score_rows(names, meta, pred_all, refused) -> dict:
    rows = {}
    for name in names:
        idx = [i for i, (n, _) in enumerate(meta) if n == name]
        if not idx:
            continue
        gold = [meta[i][1] for i in idx]
        pred = [pred_all[i] for i in idx]
        rows[name] = _scores(gold, pred) | {"articles": len(idx), "refused": refused.get(name, 0)}
    for group, members in GROUPS.items():
        idx = [i for i, (n, _) in enumerate(meta) if n in members and n in names]
        if idx:
            gold = [f"{meta[i][0]}/{meta[i][1]}" for i in idx]
            pred = [f"{meta[i][0]}/{pred_all[i]}" for i in idx]
            rows[f"[{group}]"] = _scores(gold, pred) | {"articles": len(idx),
                                                       "refused": sum(refused.get(n, 0) for n in members)}
    return rows


def _scores(gold, pred) -> dict:
    from newsbrief.eval.clustering import bcubed

    bp, br, bf = bcubed(gold, pred)
    pp, pr, pf = pairwise(gold, pred)
    return {"bcubed_p": round(bp, 4), "bcubed_r": round(br, 4), "bcubed_f1": round(bf, 4),
            "pairwise_p": round(pp, 4), "pairwise_r": round(pr, 4), "pairwise_f1": round(pf, 4),
            "gold_clusters": len(set(gold)), "stories": len(set(pred))}


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


def print_table(results: list[dict]) -> None:
    first = results[0]
    print(f"\nStory clustering on one mixed stream ({first['articles']} articles, seed-shuffled, dated ones in date order)\n")
    print("| dataset | articles | gold | stories | BCubed P | BCubed R | BCubed F1 | pairwise P | pairwise R | pairwise F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in first["datasets"].items():
        mark = ""
        if name in ("multinews", "multiling2011_en", "[event]"):
            mark = " ✓" if r["bcubed_f1"] >= TARGET_F1 else " ✗"
        print(f"| {name} | {r['articles']} | {r['gold_clusters']} | {r['stories']} | {r['bcubed_p']:.3f} | {r['bcubed_r']:.3f} | "
              f"{r['bcubed_f1']:.3f}{mark} | {r['pairwise_p']:.3f} | {r['pairwise_r']:.3f} | {r['pairwise_f1']:.3f} |")
    print(f"\nTarget: BCubed F1 >= {TARGET_F1} on the event-style sets multinews and multiling2011_en.")
    print("\n| scale | articles | seconds | articles/s | RSS before MB | peak RSS MB | ingest growth MB | active stories | members kept | stories | near-dups | merges | splits | store MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['scale']}x | {r['articles']} | {r['seconds']} | {r['articles_per_s']:.0f} | {r['rss_before_ingest_mb']} | "
              f"{r['peak_rss_mb']} | {r['ingest_rss_growth_mb']} | {r['active_stories']} | {r['active_members_kept']} | "
              f"{r['stories']} | {r['near_duplicates']} | {r['merges']} | {r['splits']} | {r['store_mb']} |")
    for r in results:
        if r.get("datasets_last_replay"):
            ev = r["datasets_last_replay"].get("[event]")
            if ev:
                print(f"\n{r['scale']}x, last replay only: event-style BCubed F1 {ev['bcubed_f1']:.3f} "
                      f"(first replay {r['datasets']['[event]']['bcubed_f1']:.3f})", end="")
    print()
    print(f"\nTarget: >= {TARGET_RATE:.0f} articles/s (ingest + dedup + cluster + SQLite, one process); "
          "ingest memory flat from 4x to 16x (RSS before = the base stream held by the bench).")


def print_seed_table(names: list[str], seeds: list[int]) -> None:
    """BCubed F1 per dataset for each shuffle seed at 1x, and the mean."""
    per_seed = []
    for seed in seeds:
        out = subprocess.run([sys.executable, __file__, "--one", "1", "--datasets", ",".join(names), "--seed", str(seed)],
                             check=True, capture_output=True, text=True)
        per_seed.append(json.loads(out.stdout.strip().splitlines()[-1])["datasets"])
    print(f"\nBCubed F1 by shuffle seed (1x)\n\n| dataset | {' | '.join(f'seed {s}' for s in seeds)} | mean |")
    print("|---|" + "---:|" * (len(seeds) + 1))
    for name in per_seed[0]:
        f1 = [rows[name]["bcubed_f1"] for rows in per_seed]
        print(f"| {name} | {' | '.join(f'{x:.3f}' for x in f1)} | {sum(f1) / len(f1):.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default="all", help="all, a group (event, topic, short) or dataset names, comma-separated")
    ap.add_argument("--scales", default="1,4,16", help="replay factors, each run in a fresh process")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--fulltext-datasets", default="event,topic",
                    help="also time a stream of these full-text sets alone at 1x ('' to skip)")
    ap.add_argument("--seeds", default="",
                    help="also score the 1x stream shuffled with these seeds (comma-separated) and print the mean "
                         "BCubed F1: one shuffle's arrival order moves a 100-article set by a few points")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode: run one scale, print JSON
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    names = resolve_names(args.datasets)
    missing = [n for n in names if not (SHARED / {**SUMMARIZATION, **CLUSTERING}[n]).exists()]
    if missing:
        raise SystemExit(f"missing data under {SHARED}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.one:
            print(json.dumps(run(names, args.one, args.seed, tmp)))
            return
        results = []
        for k in [int(x) for x in args.scales.split(",")]:
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(k), "--datasets", ",".join(names), "--seed", str(args.seed)],
                check=True, capture_output=True, text=True,
            )
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"scale {k}x: {results[-1]['articles']} articles, {results[-1]['articles_per_s']:.0f}/s, "
                  f"peak RSS {results[-1]['peak_rss_mb']} MB", file=sys.stderr)
    fulltext = None
    if args.fulltext_datasets:
        ft_names = resolve_names(args.fulltext_datasets)
        out = subprocess.run(
            [sys.executable, __file__, "--one", "1", "--datasets", ",".join(ft_names), "--seed", str(args.seed)],
            check=True, capture_output=True, text=True,
        )
        ft = json.loads(out.stdout.strip().splitlines()[-1])
        fulltext = {"datasets": ft_names, "articles": ft["articles"], "seconds": ft["seconds"],
                    "articles_per_s": ft["articles_per_s"]}
    print_table(results)
    if args.seeds:
        print_seed_table(names, [int(x) for x in args.seeds.split(",")])
    if fulltext:
        mark = "✓" if fulltext["articles_per_s"] >= TARGET_RATE else "✗"
        print(f"Full-text articles only ({', '.join(fulltext['datasets'])}; median ~450 words): {fulltext['articles']} "
              f"articles in {fulltext['seconds']} s = {fulltext['articles_per_s']:.0f} articles/s {mark}")
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "datasets": names, "results": results,
                                         "fulltext": fulltext}, indent=2))
        print(f"\nwrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
