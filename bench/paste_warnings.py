"""Precision and recall of the brief form's two warnings (``newsbrief.server.uploads``).

* Separator: one article pasted (should not warn) vs five articles of one
  cluster pasted title + text without ``---`` lines (should warn).
* Several stories: one cluster posted (should not warn) vs 2, 3 or 5 clusters
  mixed, up to six articles each (should warn).

Over the four summarization sets and BASIL / ECB+ in ../shared/data (random
samples, seed 0). Run: ``python bench/paste_warnings.py [SHARED_DATA_DIR]``.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from newsbrief.model import Article
from newsbrief.server.uploads import paste_warning, several_stories_warning

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
SUMMARIZATION = {"duc2003_task3": "test", "duc2006": "test", "multiling2011_en": "test", "multinews_sample": "validation"}
CLUSTERING = ["basil", "ecbplus"]


def clusters() -> dict[str, list[list[dict]]]:
    out = {}
    for name, split in SUMMARIZATION.items():
        with gzip.open(DATA / name / f"{split}.jsonl.gz", "rt", encoding="utf-8") as fh:
            out[name] = [json.loads(line)["articles"] for line in fh]
    for name in CLUSTERING:
        by = defaultdict(list)
        with gzip.open(DATA / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                by[a["cluster"]].append(a)
        out[name] = list(by.values())
    return out


def pasted(a: dict) -> str:
    return f"{a['title'].strip()}\n\n{a['text'].strip()}" if a.get("title") else a["text"].strip()


def article(a: dict, i: int) -> Article:
    return Article(id=f"a{i}", raw_text=a["text"], title=a.get("title"))


def main() -> None:
    rng = random.Random(0)
    print("| set | one article warned | 5 run together warned | one story warned | mixed stories warned |")
    print("|---|---|---|---|---|")
    for name, cl in clusters().items():
        arts = [a for c in cl for a in c]
        single = rng.sample(arts, min(300, len(arts)))
        fives = [c[:5] for c in cl if len(c) >= 5]
        fives = rng.sample(fives, min(60, len(fives)))
        sep_fp = sum(bool(paste_warning(pasted(a))) for a in single)
        sep_tp = sum(bool(paste_warning("\n".join(pasted(a) for a in g))) for g in fives)
        big = [c for c in cl if len(c) >= 3]
        ones = rng.sample(big, min(60, len(big)))
        st_fp = sum(bool(several_stories_warning([article(a, i) for i, a in enumerate(c[:25])])) for c in ones)
        st_tp = 0
        for _ in range(40):
            mix = [a for c in rng.sample(big, rng.choice([2, 3, 5])) for a in c[:6]]
            st_tp += bool(several_stories_warning([article(a, i) for i, a in enumerate(mix)]))
        print(f"| {name} | {sep_fp}/{len(single)} | {sep_tp}/{len(fives)} | {st_fp}/{len(ones)} | {st_tp}/40 |")


if __name__ == "__main__":
    main()
