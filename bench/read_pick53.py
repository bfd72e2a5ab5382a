"""The clusters rd53 read as a reader (issue 11): the pick rule of docs/analysis-labels.md, rd53's section.

    python bench/read_pick53.py
"""

from __future__ import annotations

import csv
import gzip
import json
import random
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
#: Clusters rd52 read (its section of docs/analysis-labels.md).
READ_BY_RD52 = {"0061", "0016", "0096", "0198", "D0648C", "D0627I", "M007", "M002"}
#: Multi-News clusters held out for blind speaker splits (bench/timeline_dump.py HELD_OUT).
HELD_OUT_MN = set("0173 0139 0244 0105 0120 0135 0118 0134 0109 0033 0160 0222 0130".split())


def _named() -> set[str]:
    """Cluster ids named in tests/labels/brief_sentences.tsv."""
    with open(REPO / "tests" / "labels" / "brief_sentences.tsv", encoding="utf-8") as fh:
        return {row[1] for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#") and len(row) > 1}


def _clustering(name: str) -> Counter:
    with gzip.open(SHARED / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        return Counter(json.loads(line)["cluster"] for line in fh)


def _summarization(path: str) -> dict[str, int]:
    with gzip.open(SHARED / path, "rt", encoding="utf-8") as fh:
        return {c["id"]: len(c["articles"]) for c in map(json.loads, fh)}


def pools(left) -> tuple[list[str], list[str], list[str], list[str]]:
    """The sorted cluster ids ``left(id)`` keeps: BASIL events, ECB+ subtopics with 5+ articles, DUC 2003 clusters,
    Multi-News validation clusters with 4+ articles."""
    basil = sorted(c for c in _clustering("basil") if left(c))
    ecb = sorted(c for c, n in _clustering("ecbplus").items() if n >= 5 and left(c))
    duc = sorted(c for c in _summarization("duc2003_task3/test.jsonl.gz") if left(c))
    mn = sorted(c for c, n in _summarization("multinews_sample/validation.jsonl.gz").items() if n >= 4 and left(c))
    return basil, ecb, duc, mn


def pick() -> tuple[list[str], list[str]]:
    named = _named()
    left = lambda cid: cid not in named and cid.rsplit("-", 1)[-1] not in READ_BY_RD52 | HELD_OUT_MN
    basil, ecb, duc, mn = pools(left)
    rng = random.Random(53)
    first = [f"basil:{c}" for c in rng.sample(basil, 2)] + [f"ecb:{c}" for c in rng.sample(ecb, 2)]
    first += [f"duc:{rng.choice(duc)}", f"mn:{rng.choice(mn)}"]
    return first, one_more_each(rng, first, basil, ecb, duc, mn)


def one_more_each(rng: random.Random, first: list[str], basil: list, ecb: list, duc: list, mn: list) -> list[str]:
    """The second pick: one more cluster of each set, drawn by ``rng`` from those ``first`` did not take."""
    rest = lambda pool, ds: [c for c in pool if f"{ds}:{c}" not in first]
    return [f"basil:{rng.choice(rest(basil, 'basil'))}", f"ecb:{rng.choice(rest(ecb, 'ecb'))}",
            f"duc:{rng.choice(rest(duc, 'duc'))}", f"mn:{rng.choice(rest(mn, 'mn'))}"]


if __name__ == "__main__":
    first, second = pick()
    print("first:", " ".join(first))
    print("second:", " ".join(second))
