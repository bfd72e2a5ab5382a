"""Story titles as a reader judges them: every title of the four summarization sets' clusters, against labels.

``tests/labels/story_titles_read.tsv`` labels the title newsbrief gives each cluster of DUC 2003, DUC 2006,
MultiLing 2011 and the Multi-News sample (``newsbrief.headline.story_title`` of the cluster's articles, as the
store titles a story) as ``ok`` or ``bad`` with the fault a reader would not accept (rule: docs/readability.md,
"Story titles read as a reader"): ``cut`` (stops inside a phrase or before what its verb leads to), ``fragment``
(no statement: a subject or phrase without its verb), ``mangled`` (words lost or glued), ``debris`` (page
furniture, a byline, a dateline, a caption, a reference page's heading) and ``vague`` (nothing a reader could name
happens: a pronoun or "the X" that points at nothing shown, a scene). Titles are not copied here: each label keeps
the sha1 of the title as made.

The titles made now are counted as labelled bad, labelled ok, or new (unlabelled: read them and label them;
``--list`` prints them with the cluster).

    python bench/title_labels.py [--list]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "story_titles_read.tsv"
DATASETS = {"duc2003": "duc2003_task3/test.jsonl.gz", "duc2006": "duc2006/test.jsonl.gz",
            "multiling": "multiling2011_en/test.jsonl.gz", "multinews": "multinews_sample/validation.jsonl.gz"}
FAULTS = ("cut", "fragment", "mangled", "debris", "vague")


def digest(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def read_labels(path: Path = LABELS) -> dict[tuple[str, str, str], str]:
    """(dataset, cluster, title digest) -> "ok" or a fault of :data:`FAULTS`."""
    out = {}
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if k == 0 or not line.strip():
            continue
        dataset, cluster, sha, label = line.split("\t")[:4]
        if label != "ok" and label not in FAULTS:
            raise ValueError(f"{path}:{k + 1}: unknown label {label!r}")
        out[(dataset, cluster, sha)] = label
    return out


def titles(shared: Path = SHARED) -> dict[tuple[str, str], str]:
    """(dataset, cluster) -> the title newsbrief gives the cluster's articles."""
    from newsbrief.errors import NewsbriefError
    from newsbrief.headline import story_title
    from newsbrief.ingest import article_from_dict

    out = {}
    for name, rel in DATASETS.items():
        with gzip.open(shared / rel, "rt", encoding="utf-8") as fh:
            for line in fh:
                cluster = json.loads(line)
                articles = []
                for a in cluster["articles"]:
                    try:
                        articles.append(article_from_dict(a))
                    except NewsbriefError:
                        pass  # (an article newsbrief refuses is not in the story)
                out[(name, cluster["id"])] = story_title(articles)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print the new (unlabelled) titles and the bad ones")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not found: the summarization sets are read from ../shared/data")
    labels = read_labels()
    made = titles()
    counts: dict[str, Counter] = {name: Counter() for name in DATASETS}
    new, bad = [], []
    for (name, cid), title in made.items():
        label = labels.get((name, cid, digest(title)))
        counts[name][label or "new"] += 1
        counts[name]["bad"] += label in FAULTS
        if label is None:
            new.append((name, cid, title))
        elif label in FAULTS:
            bad.append((name, cid, label, title))
    print("| set | titles | ok | bad | " + " | ".join(FAULTS) + " | new (unlabelled) |")
    print("|---|---:|---:|---:|" + "---:|" * (len(FAULTS) + 1))
    total = Counter()
    for name, c in counts.items():
        total.update(c)
        n = sum(c[k] for k in ("ok", "new", *FAULTS))
        print(f"| {name} | {n} | {c['ok']} | {c['bad']} | " + " | ".join(str(c[f]) for f in FAULTS) + f" | {c['new']} |")
    n = sum(total[k] for k in ("ok", "new", *FAULTS))
    print(f"| **all** | {n} | {total['ok']} | {total['bad']} | " + " | ".join(str(total[f]) for f in FAULTS)
          + f" | {total['new']} |")
    if args.list:
        for name, cid, title in new:
            print(f"new\t{name}\t{cid}\t{digest(title)}\t{title}")
        for name, cid, label, title in bad:
            print(f"bad\t{name}\t{cid}\t{label}\t{title}")


if __name__ == "__main__":
    main()
