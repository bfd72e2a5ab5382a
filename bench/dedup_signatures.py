"""Cheaper near-duplicate signatures against the exact Jaccard they estimate (issue 13, throughput).

The store links an article to an earlier one when the MinHash estimate of the Jaccard similarity of their
content 5-shingles (``dedup.threshold``, 0.7) says so. A cheaper signature (fewer permutations: ``--perms``; the
first ``max_shingles`` shingles only: ``--caps``) does less work per article, and estimates something else or
with more noise. This bench scores each variant against the quantity the design means: the EXACT Jaccard of the
two texts' whole sets of content shingles (the same content words and shingle hashes as
:func:`newsbrief.stream.dedup.signature`, compared as sets, no estimate).

Over bench/cluster.py's mixed stream of every set (each article once, in order), each variant runs the store's
near-duplicate step (:class:`~newsbrief.stream.dedup.DuplicateIndex` with the store's window and horizons). Per
variant: the links it makes, how many of them join texts whose exact Jaccard is at least the threshold (right) or
under it (wrong), how many join two gold stories, and how many of the articles that have an earlier exact copy it
links ("copies found"; the articles with an earlier text at exact Jaccard >= threshold, found among candidates of
a 128-permutation LSH index at threshold 0.5, all earlier articles, no window). Also the CPU seconds of each
variant's signatures on the full-text ingest stream of ``bench/speed.py --ingest`` (3,865 articles), and every
link any variant makes, with its exact Jaccard and the variants that make it.

    python bench/dedup_signatures.py [--perms 128,64,96] [--caps 20000,1000,500,300] [--pairs]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

import cluster as bench_cluster  # noqa: E402

from newsbrief.config import Settings  # noqa: E402
from newsbrief.store import DEDUP_WINDOW  # noqa: E402
from newsbrief.stream import dedup  # noqa: E402

#: bench/speed.py's ingest stream (every full-text set)
INGEST_SETS = ["multinews", "multiling2011_en", "duc2003_task3", "duc2006", "basil", "ecbplus", "wikiref220"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--perms", default="128,64,96", help="permutation counts (main: 128)")
    ap.add_argument("--caps", default="20000,1000,500,300", help="max_shingles values (main: 20000)")
    ap.add_argument("--pairs", action="store_true", help="list every link any variant makes")
    args = ap.parse_args()
    d = Settings().dedup
    variants = [(p, c) for c in map(int, args.caps.split(",")) for p in map(int, args.perms.split(","))]
    if (dedup.NUM_PERM, d.max_shingles) in variants:  # main's first: the reference
        variants.remove((dedup.NUM_PERM, d.max_shingles))
    variants.insert(0, (dedup.NUM_PERM, d.max_shingles))

    arts, seen = [], set()
    for name, label, art in bench_cluster.build_stream(bench_cluster.resolve_names("all"))[0]:
        if art is not None and art.id not in seen:
            seen.add(art.id)
            arts.append((name, label, art))
    ingest, seen = [], set()
    for _n, _l, art in bench_cluster.build_stream(INGEST_SETS)[0]:
        if art is not None and art.id not in seen:
            seen.add(art.id)
            ingest.append(art.raw_text)
    days = [float(a.date.toordinal()) if a.date is not None and not a.date_from_text else None for *_, a in arts]

    shingles: dict[int, set[int]] = {}

    def exact(k: int, o: int) -> float:
        for i in (k, o):
            if i not in shingles:
                words, _ = dedup.signature_words(arts[i][2].raw_text, None)
                shingles[i] = set(dedup._hash_shingles(words).tolist())
        a, b = shingles[k], shingles[o]
        return len(a & b) / len(a | b) if a and b else 0.0

    def sign(text: str, perms: int, cap: int) -> dedup.Signature:
        return dedup.signature(text, perms, d.min_shingles, cap, d.min_content_share,
                               words=dedup.signature_words(text, cap))

    results, reference = {}, None
    for perms, cap in variants:
        start = time.process_time()
        for text in ingest:
            sign(text, perms, cap)
        cpu = time.process_time() - start
        sigs = [sign(a.raw_text, perms, cap) for *_, a in arts]
        if reference is None:
            reference = sigs
        index = dedup.DuplicateIndex(threshold=d.threshold, num_perm=perms, max_size=DEDUP_WINDOW,
                                     horizon_days=d.horizon_days or None, undated_horizon=d.undated_horizon or None)
        links = {}
        for k, sig in enumerate(sigs):
            original = index.add_signature(str(k), sig, day=days[k])
            if original is not None:
                links[k] = int(original)
        results[(perms, cap)] = (links, cpu)
        print(f"{perms} permutations, {cap} shingles: {len(links)} links, signatures of the ingest stream "
              f"{cpu:.2f} CPU s", file=sys.stderr, flush=True)

    # articles with an earlier exact copy (candidates: a 128-permutation LSH index at 0.5, every earlier article)
    candidates = dedup.BandIndex(0.5, dedup.NUM_PERM)
    copies = set()
    for k, sig in enumerate(reference):
        if sig.is_empty:
            continue
        if any(exact(k, int(o)) >= d.threshold for o in candidates.query(sig)):
            copies.add(k)
        candidates.insert(str(k), sig)

    print(f"mixed stream of every set: {len(arts)} articles, {len(copies)} with an earlier text at exact Jaccard "
          f">= {d.threshold}; signatures timed on the {len(ingest)} articles of the ingest stream\n")
    print("| permutations | shingles at most | links | exact >= threshold | exact < threshold | across gold stories "
          "| copies found | signatures CPU s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (perms, cap), (links, cpu) in results.items():
        right = sum(exact(k, o) >= d.threshold for k, o in links.items())
        across = sum(arts[k][:2] != arts[o][:2] for k, o in links.items())
        print(f"| {perms} | {cap:,} | {len(links)} | {right} | {len(links) - right} | {across} | "
              f"{sum(k in links for k in copies)} / {len(copies)} | {cpu:.2f} |")
    if args.pairs:
        print("\n| article | original | set | same gold story | exact Jaccard | made by |")
        print("|---:|---:|---|---|---:|---|")
        pairs = sorted({pair for links, _ in results.values() for pair in links.items()})
        for k, o in pairs:
            by = [f"{p}/{c}" for (p, c), (links, _) in results.items() if links.get(k) == o]
            print(f"| {k} | {o} | {arts[k][0]} | {arts[k][:2] == arts[o][:2]} | {exact(k, o):.3f} | "
                  f"{'all' if len(by) == len(results) else ', '.join(by)} |")


if __name__ == "__main__":
    main()
