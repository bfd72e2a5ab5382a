"""Pages that are no article (a notice, a wall or a note) on hand-labelled pages of ../shared/data.

Reads tests/labels/notice_pages.tsv (rule: docs/debris.md, "Notice pages") and asks
:func:`newsbrief.clean.page_note` of each page's raw text: precision and recall of "this page is no article"
(labels ``notice`` against ``article``; ``other``, non-news text with content of its own, is reported apart).

    python bench/notice_pages.py [--list]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "notice_pages.tsv"
FILES = {"multinews": "multinews_sample/validation.jsonl.gz", "duc2006": "duc2006/test.jsonl.gz",
         "ecbplus": "ecbplus/test.jsonl.gz", "wikiref220": "wikiref220/test.jsonl.gz"}


@dataclass(frozen=True)
class Label:
    dataset: str
    index: int
    cluster: str
    label: str  # notice | article | other
    kind: str
    sha: str


def read_labels(path: Path = LABELS) -> list[Label]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        d, i, c, lab, kind, sha = line.split("\t")
        out.append(Label(d, int(i), c, lab, kind, sha))
    return out


def texts(dataset: str) -> list[str]:
    """Raw texts of a set's articles in file order (clusters' articles in order)."""
    out = []
    with gzip.open(SHARED / FILES[dataset], "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out += [a.get("text") or "" for a in row["articles"]] if "articles" in row else [row.get("text") or ""]
    return out


def verdicts(labels: list[Label]) -> list[tuple[Label, str | None]]:
    """Each label with :func:`~newsbrief.clean.page_note`'s verdict on its page (None: an article)."""
    from newsbrief.clean import page_note

    cache: dict[str, list[str]] = {}
    out = []
    for lab in labels:
        text = cache.setdefault(lab.dataset, texts(lab.dataset)) if lab.dataset not in cache else cache[lab.dataset]
        raw = text[lab.index]
        if hashlib.sha1(raw.encode()).hexdigest()[:10] != lab.sha:
            raise ValueError(f"{lab.dataset} {lab.index}: the page's text is not the one labelled")
        out.append((lab, page_note(raw)))
    return out


def scores(results: list[tuple[Label, str | None]]) -> dict[str, float | int]:
    tp = sum(1 for lab, v in results if lab.label == "notice" and v)
    fp = sum(1 for lab, v in results if lab.label == "article" and v)
    fn = sum(1 for lab, v in results if lab.label == "notice" and not v)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "other flagged": sum(1 for lab, v in results if lab.label == "other" and v),
            "other": sum(1 for lab, _v in results if lab.label == "other")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="list the misses and the false flags")
    args = ap.parse_args()
    results = verdicts(read_labels())
    s = scores(results)
    print(f"notice pages: precision {s['precision']:.3f} ({s['tp']}/{s['tp'] + s['fp']}), recall {s['recall']:.3f} "
          f"({s['tp']}/{s['tp'] + s['fn']}); other non-news pages flagged {s['other flagged']}/{s['other']}")
    for kind in sorted({lab.kind for lab, _ in results if lab.label == "notice"}):
        rows = [v for lab, v in results if lab.label == "notice" and lab.kind == kind]
        print(f"  {kind}: {sum(1 for v in rows if v)}/{len(rows)}")
    if args.list:
        for lab, v in results:
            if (lab.label == "notice") != bool(v):
                print(f"{'missed' if lab.label == 'notice' else 'flagged'}\t{lab.dataset}\t{lab.index}\t{lab.label}\t"
                      f"{lab.kind}\t{v or ''}")


if __name__ == "__main__":
    main()
