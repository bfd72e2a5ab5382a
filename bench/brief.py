"""End-to-end brief speed: clean + segment + dedup + select (+ optional analysis).

Times ``newsbrief.brief`` on every 10-ish-article DUC 2003 cluster (article dicts in
memory, as the library receives them) and on the bundled sample, median of
several repeats after one warm-up, on one core. Prints a table; ``--json FILE``.

    python bench/brief.py [--repeats 5] [--analyze] [--json out.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import time
from pathlib import Path

import newsbrief

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"


def time_brief(articles, repeats: int, analyze: bool) -> float:
    newsbrief.brief(articles, words=100, analyze=analyze)  # warm-up: lazy imports, caches
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        newsbrief.brief(articles, words=100, analyze=analyze)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--analyze", action="store_true", help="include the cross-source analysis")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    rows = []
    duc = SHARED / "duc2003_task3" / "test.jsonl.gz"
    if duc.exists():
        per_cluster = []
        sizes = []
        with gzip.open(duc, "rt") as fh:
            for line in fh:
                c = json.loads(line)
                per_cluster.append(time_brief(c["articles"], args.repeats, args.analyze))
                sizes.append(len(c["articles"]))
        rows.append(("duc2003_task3 (30 clusters, %d-%d articles)" % (min(sizes), max(sizes)),
                     statistics.median(per_cluster), max(per_cluster)))
    sample = REPO / "examples" / "air-france-447.jsonl"
    t = time_brief([sample], args.repeats, args.analyze)
    rows.append(("bundled sample (6 articles, from file)", t, t))

    print(f"newsbrief.brief, words=100, analyze={args.analyze}, median of {args.repeats} runs, "
          f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"{'input':<48} {'median s':>9} {'max s':>9}")
    for name, med, worst in rows:
        print(f"{name:<48} {med:>9.3f} {worst:>9.3f}")
    if args.json:
        args.json.write_text(json.dumps([{"input": n, "median_s": m, "max_s": w} for n, m, w in rows], indent=2))


if __name__ == "__main__":
    main()
