"""Wrong-order pairs of the labelled briefs (``tests/labels/order_pairs.tsv``, rule in docs/readability.md).

Briefs the labelled clusters as a user gets them and counts, for each labelled pair, whether the sentence
shown first is still shown first (still wrong), now shown second (fixed), or not both shown.

    python bench/order.py [--list]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "order_pairs.tsv"
SETS = {"duc2003_task3": ("duc2003_task3/test.jsonl.gz", 100), "duc2006": ("duc2006/test.jsonl.gz", 250),
        "multiling2011_en": ("multiling2011_en/test.jsonl.gz", 250),
        "multinews_sample": ("multinews_sample/validation.jsonl.gz", 250)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print the pairs still wrong")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from newsbrief.config import Settings
    from newsbrief.eval import prepare_cluster
    from newsbrief.eval.datasets import read_clusters
    from newsbrief.model import Brief
    from newsbrief.selection import Selector

    pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for line in LABELS.read_text().splitlines():
        if line.startswith(("#", "dataset\t")) or not line.strip():
            continue
        dataset, cluster, first, second, text, *_ = line.split("\t")
        pairs.setdefault((dataset, cluster), []).append((first, second, text))
    settings = Settings()
    selector = Selector(settings)
    counts = {"still wrong": 0, "fixed": 0, "not both shown": 0}
    t0 = time.process_time()
    for dataset, (path, words) in SETS.items():
        wanted = {c for d, c in pairs if d == dataset}
        for cluster in read_clusters(SHARED / path):
            if cluster.id not in wanted:
                continue
            brief = selector(Brief(articles=prepare_cluster(cluster, settings).articles, words=words))
            pos = {f"{s.source.article_id}:{s.source.index}": i for i, s in enumerate(brief.summary)}
            for first, second, text in pairs[(dataset, cluster.id)]:
                if first not in pos or second not in pos:
                    counts["not both shown"] += 1
                elif pos[first] < pos[second]:
                    counts["still wrong"] += 1
                    if args.list:
                        print(f"{cluster.id}\t{text}")
                else:
                    counts["fixed"] += 1
    total = sum(counts.values())
    print(f"labelled wrong pairs: {total}; " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f" (CPU {time.process_time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
