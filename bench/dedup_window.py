"""What the near-duplicate window's horizons cost: the links the store's dedup finds, per set.

Runs the store's near-duplicate step alone (its signature of each article, at
the ``dedup`` settings, through :class:`newsbrief.stream.dedup.DuplicateIndex`
with the store's ``max_size``) over bench/cluster.py's streams: each set alone
and all ten sets mixed (``--modes``), and over the mixed stream replayed as new
news (``--replays K``, bench/cluster.py's ``replay_one``, as
bench/stream_memory.py does) for the window's size. For every pair of horizons
given (``--days`` x ``--undated``, 0: none) it prints, per stream, the links
found, those joining two articles of different gold stories, the links lost
and gained against no horizon, and the window's largest and last size.

Also (``--gaps``) the publication-date gap (days) and arrival gap (signatures
that are not empty, the index's arrival clock) of every link found with no
horizon: how far back a copy's original was.

    python bench/dedup_window.py [--modes alone,mixed] [--days 0,3,7,14,30] [--undated 0,2000,4000]
        [--replays 4] [--gaps] [--json out.json]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

import cluster as bench_cluster  # noqa: E402

from newsbrief.config import Settings  # noqa: E402
from newsbrief.store import DEDUP_WINDOW  # noqa: E402
from newsbrief.stream.dedup import DuplicateIndex, signature, signature_words  # noqa: E402


def signed(entries, settings: Settings) -> list[tuple[str, str, object, float | None]]:
    """``(set, gold label, signature, day)`` of each accepted article of ``entries`` (bench/cluster.py's
    stream), in order, an id seen before skipped (the store would count it as already stored)."""
    d = settings.dedup
    out, seen = [], set()
    for name, label, art in entries:
        if art is None or art.id in seen:
            continue
        seen.add(art.id)
        words = signature_words(art.raw_text, d.max_shingles)
        sig = signature(art.raw_text, min_shingles=d.min_shingles, max_shingles=d.max_shingles,
                        min_content_share=d.min_content_share, words=words)
        day = float(art.date.toordinal()) if art.date is not None and not art.date_from_text else None
        out.append((name, label, sig, day))
    return out


def run(stream, days: float | None, undated: int | None, settings: Settings) -> dict:
    """The store's dedup over ``stream`` (:func:`signed`) with these horizons: links (copy -> original
    position), and the window's largest and last size."""
    index = DuplicateIndex(threshold=settings.dedup.threshold, max_size=DEDUP_WINDOW, horizon_days=days,
                           undated_horizon=undated)
    links, largest = {}, 0
    for k, (_name, _label, sig, day) in enumerate(stream):
        original = index.add_signature(str(k), sig, day=day)
        if original is not None:
            links[k] = int(original)
        largest = max(largest, len(index))
    return {"links": links, "largest": largest, "last": len(index)}


def summary(stream, got: dict, base: dict) -> dict:
    per = collections.Counter()
    cross = collections.Counter()
    for k, o in got["links"].items():
        per[stream[k][0]] += 1
        cross[stream[k][0]] += stream[k][:2] != stream[o][:2]
    lost = [k for k in base["links"] if k not in got["links"]]
    gained = [k for k in got["links"] if k not in base["links"]]
    return {"links": len(got["links"]), "cross_story": sum(cross.values()),
            "lost": len(lost), "lost_cross_story": sum(stream[k][:2] != stream[base["links"][k]][:2] for k in lost),
            "gained": len(gained), "largest": got["largest"], "last": got["last"],
            "per_set": {n: [per[n], cross[n]] for n in sorted(per)}}


def gaps(stream, links: dict) -> dict:
    """Per set: the date gaps (days, both dated) and arrival gaps of the links, as sorted lists' quantiles."""
    by_set = collections.defaultdict(lambda: {"days": [], "arrivals": [], "undated": 0})
    arrival = list(itertools.accumulate(not sig.is_empty for _n, _l, sig, _d in stream))
    for k, o in links.items():
        row = by_set[stream[k][0]]
        row["arrivals"].append(arrival[k] - arrival[o])
        if stream[k][3] is not None and stream[o][3] is not None:
            row["days"].append(abs(stream[k][3] - stream[o][3]))
        else:
            row["undated"] += 1

    def q(xs):
        xs = sorted(xs)
        return {"n": len(xs), "p50": xs[len(xs) // 2], "p90": xs[int(len(xs) * 0.9)], "p99": xs[int(len(xs) * 0.99)],
                "max": xs[-1]} if xs else {"n": 0}
    return {n: {"days": q(r["days"]), "arrivals": q(r["arrivals"]), "undated_links": r["undated"]}
            for n, r in sorted(by_set.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--modes", default="alone,mixed")
    ap.add_argument("--datasets", default="all")
    ap.add_argument("--days", default="0,3,7,14,30", help="horizon_days values (0: none)")
    ap.add_argument("--undated", default="0,2000,4000,8000", help="undated_horizon values (0: none)")
    ap.add_argument("--replays", type=int, default=0, help="also the mixed stream replayed this many times")
    ap.add_argument("--gaps", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    settings = Settings()
    names = bench_cluster.resolve_names(args.datasets)
    streams = {}
    modes = args.modes.split(",")
    if "alone" in modes:
        for n in names:
            streams[n] = signed(bench_cluster.build_stream([n])[0], settings)
    mixed = None
    if "mixed" in modes or args.replays:
        entries = bench_cluster.build_stream(names)[0]
        mixed = signed(entries, settings)
        if "mixed" in modes:
            streams["mixed"] = mixed
    if args.replays:
        arts = [e[2] for e in entries if e[2] is not None]
        meta = [e[:2] for e in entries if e[2] is not None]
        span = bench_cluster.stream_span(arts)
        rows = []
        for r in range(args.replays):
            rows += [(m[0], m[1], a) for m, a in zip(meta, bench_cluster.replay_one(arts, r, span))]
        streams[f"mixed x{args.replays}"] = signed(rows, settings)
    out = {}
    for name, stream in streams.items():
        base = run(stream, None, None, settings)
        out[name] = {"articles": len(stream)}
        if args.gaps:
            out[name]["gaps"] = gaps(stream, base["links"])
        for d in map(float, args.days.split(",")):
            for u in map(int, args.undated.split(",")):
                got = base if not d and not u else run(stream, d or None, u or None, settings)
                out[name][f"days={d:g} undated={u}"] = summary(stream, got, base)
        print(json.dumps({name: out[name]}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
