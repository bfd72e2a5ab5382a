"""Figures the outlets agree on, read as a reader: precision and recall of the "Figures the outlets agree on" items
on the labelled items of ``tests/labels/agreed_figures.tsv`` (rule in its header and in docs/analysis-labels.md,
"Figures the outlets agree on, read as a reader").

Each labelled row is one shown item of a sample drawn from the items of some code over the 340 clusters of DUC 2003,
DUC 2006, MultiLing and Multi-News (or, held out, over gold clusters of BASIL and ECB+): its cluster, the figure as shown, the sources credited with it and Y (every
credited source gives this figure about the same thing) or N. The view is run on every labelled cluster (the
current code) and its items are matched to the labels by (cluster, figure, sources):

* precision: shown items labelled Y / shown items labelled (the items the labels cover; how many shown items no
  label covers is printed too);
* recall: labelled Y figures still shown, by their words, with two or more of the sources the label credits (the
  label says each of them gives it) / labelled Y figures (the right items a reader would lose).

    python bench/agreed_figures.py [-v] [--sample NAME]
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
LABELS = REPO / "tests" / "labels" / "agreed_figures.tsv"
FILES = {"duc2003": "duc2003_task3/test.jsonl.gz", "duc2006": "duc2006/test.jsonl.gz",
         "multiling": "multiling2011_en/test.jsonl.gz", "multinews": "multinews_sample/validation.jsonl.gz"}
#: Sets of one article a line, clustered by their gold ``cluster`` (the held-out samples).
ARTICLE_FILES = {"basil": "basil/test.jsonl.gz", "ecbplus": "ecbplus/test.jsonl.gz",
                 "wikiref220": "wikiref220/test.jsonl.gz"}


def _clusters(ds: str, ids: set[str]):
    """(id, articles) of the wanted clusters of ``ds``, articles as dicts for the pipeline."""
    def article(a: dict) -> dict:
        return {"title": a.get("title"), "text": a["text"], "source": a.get("source"), "date": a.get("date")}

    if ds in ARTICLE_FILES:
        groups: dict[str, list[dict]] = defaultdict(list)
        with gzip.open(SHARED / "data" / ARTICLE_FILES[ds], "rt", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a["cluster"] in ids:
                    groups[a["cluster"]].append(article(a))
        yield from groups.items()
        return
    with gzip.open(SHARED / "data" / FILES[ds], "rt", encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            if c["id"] in ids:
                yield c["id"], [article(a) for a in c["articles"]]


def load_labels(path: Path = LABELS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    out = list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in out:
        r["sources"] = tuple(json.loads(r["sources"]))
    return out


def shown_items(clusters: set[str]) -> dict[str, list[tuple[str, tuple[int, ...]]]]:
    """``dataset:cluster`` -> the (figure, sources) items the view shows as agreed, for ``clusters``."""
    from newsbrief.pipeline import analyze
    from newsbrief.render.analysis import agreed_figures

    wanted = defaultdict(set)
    for key in clusters:
        ds, cid = key.split(":", 1)
        wanted[ds].add(cid)
    out = {}
    for ds, ids in wanted.items():
        for cid, arts in _clusters(ds, ids):
            d = analyze(arts).to_dict()["analysis"]
            # (labels name the figure as read: "13 death" is shown as "13 death row inmates" since det27)
            out[f"{ds}:{cid}"] = [(f, tuple(v["sources"])) for v in agreed_figures(d)
                                  for f in v.get("figures") or [v["text"]]]
    return out


def score(labels: list[dict], shown: dict[str, list[tuple[str, tuple[int, ...]]]]) -> dict[str, tuple[int, int, int, int, int]]:
    """Per dataset and in all: (shown labelled Y, shown labelled, shown unlabelled, Y still shown, Y labelled)."""
    by_key = {(r["cluster"], r["text"], r["sources"]): r["label"] for r in labels}
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for cluster, items in shown.items():
        ds = cluster.split(":", 1)[0]
        for text, srcs in items:
            label = by_key.get((cluster, text, srcs))
            for k in (ds, "all"):
                if label is None:
                    acc[k][2] += 1
                else:
                    acc[k][1] += 1
                    acc[k][0] += label == "Y"
    right = {(r["cluster"], r["text"].lower()): set(r["sources"]) for r in labels if r["label"] == "Y"}
    for (cluster, text), srcs in right.items():
        ds = cluster.split(":", 1)[0]
        kept = any(t.lower() == text and len(set(s) & srcs) >= 2 for t, s in shown.get(cluster, []))
        for k in (ds, "all"):
            acc[k][4] += 1
            acc[k][3] += kept
    return {k: tuple(v) for k, v in acc.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", action="append", help="score only the labels of this sample (repeatable); each sample "
                    "is also scored on its own")
    ap.add_argument("-v", action="store_true", help="list the shown items labelled N and the lost Y items")
    args = ap.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"needs ../shared beside the checkout ({SHARED} not found)")
    labels = [r for r in load_labels() if not args.sample or r["sample"] in args.sample]
    shown = shown_items({r["cluster"] for r in labels})
    print("| labels | set | precision (right / labelled shown) | unlabelled shown | recall (right figures kept) |")
    print("|---|---|---|---:|---|")
    samples = list(dict.fromkeys(r["sample"] for r in labels))
    for name, rows in [("all", labels)] + [(s, [r for r in labels if r["sample"] == s]) for s in samples]:
        mine = {k: v for k, v in shown.items() if any(r["cluster"] == k for r in rows)}
        for k, (y, n, un, kept, ys) in sorted(score(rows, mine).items(), key=lambda kv: kv[0] == "all"):
            p = f"{y / n:.3f} ({y} / {n})" if n else "-"
            r = f"{kept / ys:.3f} ({kept} / {ys})" if ys else "-"
            print(f"| {name} | {k} | {p} | {un} | {r} |")
    if args.v:
        by_key = {(r["cluster"], r["text"], r["sources"]): r for r in labels}
        for cluster, items in sorted(shown.items()):
            for text, srcs in items:
                r = by_key.get((cluster, text, srcs))
                if r is not None and r["label"] == "N":
                    print(f"N shown: {cluster} | {text} | {list(srcs)} | {r['reason']}")
        for r in labels:
            if r["label"] == "Y" and not any(t.lower() == r["text"].lower() and len(set(s) & set(r["sources"])) >= 2
                                             for t, s in shown.get(r["cluster"], [])):
                print(f"Y lost: {r['cluster']} | {r['text']} | {list(r['sources'])}")


if __name__ == "__main__":
    main()
