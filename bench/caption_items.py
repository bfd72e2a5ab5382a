"""Pictures' captions shown as events of the timeline or as one outlet's details (issue 11, rd52).

A reader of the cross-source view sees no picture, so "Brian Kelley, center left, and Senior Vice President Mark Wood
cut the ribbon ... on Nov. 8, 2013." is no event and no detail. This bench lists every timeline row and every
single-outlet detail of the clusters named (default: the summarization clusters whose articles hold a caption marker,
:data:`CLUSTERS`) with the verdict of :func:`newsbrief._patterns.is_caption_sentence`, and scores it against the
labels of ``tests/labels/caption_items.tsv`` (a row per item read: cluster, section, label caption|story, sha1 of
the item's text, whitespace collapsed, first 10 hex digits; the labelling rule is in docs/analysis-labels.md,
"Read as a reader: pictures' captions in the view, and notes that name files (issue 11, rd52)").

    PYTHONPATH=src python bench/caption_items.py [--cluster mn:0061] [--dump items.jsonl] [--score]

``--score``: precision and recall of the detector on the labelled items, and how many labelled captions the view
shows (those the code that ran lets through). Run it once with main's sources on PYTHONPATH and once with these.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
FILES = {"duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
         "ml": "multiling2011_en/test.jsonl.gz", "mn": "multinews_sample/validation.jsonl.gz"}
#: Clusters whose articles hold a sentence with a picture's position marker (read at rd52), none held out.
CLUSTERS = ("mn:0020 mn:0027 mn:0035 mn:0039 mn:0051 mn:0061 mn:0065 mn:0117 mn:0153 mn:0156 mn:0204 mn:0205 "
            "mn:0209 mn:0218 mn:0237 mn:0248 mn:0249 duc06:D0610A duc06:D0611B").split()
#: The stop's blind speaker clusters: never read here.
HELD_OUT = {"duc06:D0641E", "duc06:D0609I", "duc:d103b", "duc:d129j", "mn:0244"}
LABELS = REPO / "tests" / "labels" / "caption_items.tsv"


def key(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:10]


def rows(name: str) -> list[dict]:
    ds, cid = name.split(":", 1)
    with gzip.open(SHARED / FILES[ds], "rt", encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            if c["id"] == cid or c["id"].endswith("-" + cid):
                return c["articles"]
    raise SystemExit(f"no cluster {name}")


def items(name: str) -> list[dict]:
    """The timeline rows and single-outlet details the view shows for cluster ``name``."""
    from newsbrief.pipeline import analyze

    try:
        from newsbrief._patterns import is_caption_sentence
    except ImportError:  # main's sources before rd52: no detector, every item is shown
        def is_caption_sentence(text: str) -> bool:
            return False

    d = analyze(rows(name)).analysis
    d = d if isinstance(d, dict) else d.to_dict()
    out = [{"cluster": name, "section": "timeline", "text": t["text"]} for t in d.get("timeline") or []]
    for src in (d.get("agreement") or {}).get("single_source") or []:
        out += [{"cluster": name, "section": "single", "text": x["text"]} for x in src.get("details") or []]
    for x in out:
        x["key"], x["flagged"] = key(x["text"]), is_caption_sentence(x["text"])
    return out


def labels() -> dict[tuple[str, str, str], str]:
    """(cluster, section, key) -> caption | story."""
    out = {}
    for line in LABELS.read_text().splitlines():
        if line and not line.startswith("#"):
            cluster, section, label, k = line.split("\t")
            out[(cluster, section, k)] = label
    return out


def score(got: list[dict], texts: str | None) -> None:
    """What the view shows of the labelled items, and the detector's precision and recall on them (their texts
    from ``texts``, a ``--dump`` of main's run, which shows every labelled item)."""
    lab = labels()
    shown = {(x["cluster"], x["section"], x["key"]) for x in got}
    clusters = {x["cluster"] for x in got}
    mine = {k: v for k, v in lab.items() if k[0] in clusters}
    caps = [k for k, v in mine.items() if v == "caption"]
    print(f"labelled items {len(mine)} ({len(caps)} captions); shown now: captions {sum(k in shown for k in caps)}, "
          f"story items {sum(k in shown for k, v in mine.items() if v == 'story')} of "
          f"{sum(v == 'story' for v in mine.values())}")
    if texts:
        try:
            from newsbrief._patterns import is_caption_sentence
        except ImportError:
            return
        text = {}
        with open(texts) as fh:
            for line in fh:
                x = json.loads(line)
                text[(x["cluster"], x["section"], x["key"])] = x["text"]
        flag = {k: is_caption_sentence(text[k]) for k in mine if k in text}
        tp = sum(1 for k, f in flag.items() if f and mine[k] == "caption")
        fp = sum(1 for k, f in flag.items() if f and mine[k] == "story")
        fn = sum(1 for k, f in flag.items() if not f and mine[k] == "caption")
        print(f"detector: precision {tp / max(1, tp + fp):.3f} ({tp} of {tp + fp}), "
              f"recall {tp / max(1, tp + fn):.3f} ({tp} of {tp + fn})")
        for k, f in sorted(flag.items()):
            if f != (mine[k] == "caption"):
                print("  ", "flagged wrong" if f else "missed", k[0], k[1], text[k][:100])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cluster", action="append")
    ap.add_argument("--dump", help="write the items shown, one JSON line each")
    ap.add_argument("--score", action="store_true", help="score against tests/labels/caption_items.tsv")
    ap.add_argument("--texts", help="a --dump of main's run: the labelled items' texts, for the detector's scores")
    a = ap.parse_args()
    names = a.cluster or list(CLUSTERS)
    if HELD_OUT & set(names):
        raise SystemExit("held-out cluster")
    got = [x for n in names for x in items(n)]
    if a.dump:
        with open(a.dump, "w") as fh:
            for x in got:
                fh.write(json.dumps(x) + "\n")
    print(f"items shown {len(got)}, flagged as captions {sum(x['flagged'] for x in got)}")
    if a.score:
        score(got, a.texts)


if __name__ == "__main__":
    sys.exit(main())
