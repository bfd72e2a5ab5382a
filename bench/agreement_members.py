"""Who reports a shared fact: precision and recall of the sources listed under agreement items other than the
main event, on the labelled members of ``tests/labels/agreement_members.tsv`` (rule in docs/analysis-labels.md,
"Who reports a shared fact").

Each labelled row names a cluster of DUC 2003, DUC 2006 or Multi-News, an item (its shown sentence's first 60
characters) and one of its member sentences (first 60 characters), judged Y (states the item) or N. The view is
run on every labelled cluster; a member is *listed* when the item with that opening is in the view's agreement
and cites a sentence with that opening. Precision: listed members judged Y / listed members; recall: listed Y /
all Y. The sample was drawn by TF-IDF bins (``bin``), so both figures are also given weighted by each bin's share
of the 2,301 members of main 2a74eb8 (what a reader meets over the three sets).

    python bench/agreement_members.py [-v] [--labels tests/labels/agreement_members2.tsv]

``--labels`` scores another sample labelled the same way: agreement_members2.tsv (agr52's held-out draw, DUC 2003,
DUC 2006, Multi-News and MultiLing, bins "listed" / "band") is scored unweighted.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LABELS = REPO / "tests" / "labels" / "agreement_members.tsv"
FILES = {"duc2003": ("duc2003_task3/test.jsonl.gz"), "duc2006": ("duc2006/test.jsonl.gz"),
         "multinews": ("multinews_sample/validation.jsonl.gz"), "multiling": ("multiling2011_en/test.jsonl.gz")}
#: Members of non-main agreement items per TF-IDF bin (score to the shown sentence) over the three sets, main
#: 2a74eb8: the weights of the stratified sample.
BIN_MEMBERS = {"0-0.1": 59, "0.1-0.2": 132, "0.2-0.3": 225, "0.3-0.45": 1061, "0.45-0.99": 824}


def _norm(text: str) -> str:
    return " ".join(text.split())[:60].replace("\t", " ")


def load_labels(path: Path = LABELS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def listed_members(labels: list[dict]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(dataset, cluster) -> the (item opening, member opening) pairs the view lists, for the labelled clusters."""
    from newsbrief.pipeline import analyze

    wanted = defaultdict(set)
    for r in labels:
        wanted[r["dataset"]].add(r["cluster"])
    out = {}
    for ds, ids in wanted.items():
        with gzip.open(SHARED / "data" / FILES[ds], "rt", encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)
                if c["id"] not in ids:
                    continue
                d = analyze(c["articles"]).analysis.to_dict()["agreement"]
                pairs = set()
                for kind in ("consensus", "shared", "single_family"):
                    for it in d.get(kind, []):
                        if not it["main_event"]:
                            pairs.update((_norm(it["text"]), _norm(x["text"])) for x in it["citations"][1:])
                out[(ds, c["id"])] = pairs
    return out


def score(labels: list[dict], listed: dict) -> dict:
    counts = defaultdict(lambda: [0, 0, 0])  # bin -> [listed and Y, listed, Y]
    for r in labels:
        on = (r["item"], r["sentence"]) in listed.get((r["dataset"], r["cluster"]), set())
        right = r["label"] == "Y"
        c = counts[r["bin"]]
        c[0] += on and right
        c[1] += on
        c[2] += right
    tp = sum(c[0] for c in counts.values())
    n_listed = sum(c[1] for c in counts.values())
    n_right = sum(c[2] for c in counts.values())
    size = {b: sum(1 for r in labels if r["bin"] == b) for b in counts}
    # a sample drawn by other strata (agreement_members2.tsv: "listed" / "band") is scored unweighted
    w = {b: BIN_MEMBERS[b] / size[b] if b in BIN_MEMBERS else 1.0 for b in counts}
    wtp = sum(w[b] * c[0] for b, c in counts.items())
    return {"labelled": len(labels), "listed": n_listed, "listed_right": tp, "right": n_right,
            "precision": tp / n_listed if n_listed else 0.0, "recall": tp / n_right if n_right else 0.0,
            "weighted_precision": wtp / (sum(w[b] * c[1] for b, c in counts.items()) or 1),
            "weighted_recall": wtp / (sum(w[b] * c[2] for b, c in counts.items()) or 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the wrong ones")
    ap.add_argument("--labels", type=Path, default=LABELS, help="the labelled tsv (default: %(default)s)")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        raise SystemExit(f"../shared is not beside the checkout ({SHARED})")
    labels = load_labels(args.labels)
    listed = listed_members(labels)
    s = score(labels, listed)
    print(f"members labelled {s['labelled']}: listed {s['listed']}, right among them {s['listed_right']}, "
          f"right in all {s['right']}")
    print(f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  (weighted by bin: precision "
          f"{s['weighted_precision']:.3f}, recall {s['weighted_recall']:.3f})")
    if args.verbose:
        for r in labels:
            on = (r["item"], r["sentence"]) in listed.get((r["dataset"], r["cluster"]), set())
            if on != (r["label"] == "Y"):
                print(f"  {'listed, N' if on else 'dropped, Y'}  {r['cluster']}  {r['item']} || {r['sentence']}")


if __name__ == "__main__":
    main()
