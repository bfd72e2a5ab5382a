"""Figure conflicts flagged on held-out stories: how many a reader would call a conflict.

``tests/labels/figure_conflicts_flagged.tsv`` holds every figure conflict the
cross-source view flagged on ECB+ gold clusters T01-T29 and on every BASIL
event when it was written, each judged by reading ("conflict" or "not"; the
rule is in the file's header). This script runs the view on the same clusters
and prints, per dataset:

* flagged: conflicts the view shows now;
* judged: those whose values all lie inside one judged conflict of the
  cluster (the judged verdict applies), and how many are real: **precision**;
* unjudged: new groupings no one has read (listed with ``--list``: read them,
  then add them to the file);
* relative recall: judged real conflicts of which two values or more are still
  flagged together (a lower bound on nothing: no one read every number of
  these clusters, so this is recall against what the view once found).

    python bench/figure_flags.py [--list] [--skip CLUSTER ...]

``--skip`` leaves clusters out (a stop's blind figure split, e.g. ``--skip T12_ecb T13_ecb``), so a figure rule can
be tuned on the rest without reading the blind split's flags.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "figure_conflicts_flagged.tsv"


def read_labels(path: Path = LABELS) -> list[dict]:
    out = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        ds, cluster, quantity, values, verdict, note = (row.split("\t") + [""])[:6]
        out.append({"dataset": ds, "cluster": cluster, "quantity": quantity,
                    "values": frozenset(values.split(" | ")), "conflict": verdict == "conflict", "note": note})
    return out


def flagged(dataset: str, clusters: set[str]) -> dict[str, list[frozenset[str]]]:
    """Per cluster, the value sets of the conflicts the view flags now."""
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import analyze

    by: dict[str, list[dict]] = collections.defaultdict(list)
    with gzip.open(SHARED / dataset / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["cluster"] in clusters:
                by[row["cluster"]].append(row)
    out = {}
    for cluster, rows in sorted(by.items()):
        d = analyze([article_from_dict(a) for a in rows]).analysis.to_dict()
        out[cluster] = [frozenset(v["text"] for v in q["values"]) for q in d["conflicts"]]
    return out


def score(labels: list[dict], now: dict[str, list[frozenset[str]]]) -> dict:
    """Precision over the judged flags, unjudged flags, relative recall of the judged conflicts."""
    real = judged = 0
    unjudged, wrong = [], []
    for cluster, groups in now.items():
        mine = [row for row in labels if row["cluster"] == cluster]
        for values in groups:
            match = [row for row in mine if values <= row["values"]]
            if not match:
                unjudged.append((cluster, sorted(values)))
                continue
            judged += 1
            if any(row["conflict"] for row in match):
                real += 1
            else:
                wrong.append((cluster, sorted(values), match[0]["note"]))
    truths = [row for row in labels if row["conflict"]]
    kept = sum(1 for row in truths if any(len(values & row["values"]) >= 2 for values in now.get(row["cluster"], [])))
    return {"flagged": sum(len(g) for g in now.values()), "judged": judged, "real": real,
            "precision": real / judged if judged else 1.0, "unjudged": unjudged, "wrong": wrong,
            "recall": kept / len(truths) if truths else 1.0, "kept": kept, "truths": len(truths)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print unjudged and wrong flags")
    parser.add_argument("--skip", nargs="+", default=[], metavar="CLUSTER", help="clusters to leave out")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found (the labelled data sits beside the repository)")
        return 0
    labels = [row for row in read_labels() if row["cluster"] not in set(args.skip)]
    print("| dataset | clusters | flagged | judged | real | precision | unjudged | relative recall |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for dataset in sorted({row["dataset"] for row in labels}):
        mine = [row for row in labels if row["dataset"] == dataset]
        clusters = {row["cluster"] for row in mine}
        if dataset == "basil":  # every BASIL event was read, those with no flag too
            with gzip.open(SHARED / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
                clusters = {json.loads(line)["cluster"] for line in fh} - set(args.skip)
        else:  # ECB+ T01-T29: every gold cluster of those topics
            with gzip.open(SHARED / dataset / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
                clusters = {c for c in (json.loads(line)["cluster"] for line in fh)
                            if c <= "T29_ecbplus" and c not in args.skip}
        s = score(mine, flagged(dataset, clusters))
        print(f"| {dataset} | {len(clusters)} | {s['flagged']} | {s['judged']} | {s['real']} | {s['precision']:.3f} | "
              f"{len(s['unjudged'])} | {s['recall']:.3f} ({s['kept']}/{s['truths']}) |")
        if args.list:
            for cluster, values in s["unjudged"]:
                print(f"  unjudged {cluster}: {' | '.join(values)}")
            for cluster, values, note in s["wrong"]:
                print(f"  not a conflict {cluster}: {' | '.join(values)}  ({note})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
