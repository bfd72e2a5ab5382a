"""The clusters ent55 read for entity rows a reader calls junk (issue 11): the pick rule of docs/analysis-labels.md,
section "Entity rows a reader calls junk, third reading".

Written before any picked cluster was read. ``random.Random(55)`` over the sorted cluster ids of each set, leaving
out every cluster an entity label names (tests/labels/entity_types*.tsv, the ``entities`` of
tests/labels/analysis*.json), what rd54's rule left out (bench/read_pick54.py: rd52's and rd53's clusters, clusters
named in tests/labels/brief_sentences.tsv, the Multi-News clusters held out for blind speakers, WikiRef220
entirely), both of rd54's picks, and the clusters ent53 and ent54 read (their sections). ``rng.sample`` 3 DUC 2006
clusters, 3 Multi-News validation clusters with 4+ articles, 2 BASIL events, 2 ECB+ subtopics with 5+ articles.

    python bench/read_pick_ent55.py
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from read_pick53 import HELD_OUT_MN, READ_BY_RD52, SHARED, _named, pools
from read_pick54 import READ_BY_RD53, pick as pick54

REPO = Path(__file__).resolve().parents[1]
#: Clusters ent53 and ent54 read (their sections: ent53's ten, ent54's first ten), by bare id.
READ_BY_ENT = set("d128j d117f d126i d118g D0635H D0628A D0632E 0214 0007 0009 d109d d115f D0636I D0620B 0148 0149 "
                  "T32_ecb T21_ecb b4dbeda7 85475456".split())


def entity_labelled() -> set[str]:
    """Bare ids of the clusters an entity label names."""
    out = set()
    for path in sorted((REPO / "tests" / "labels").glob("entity_types*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and not line.startswith("dataset\t"):
                out.add(line.split("\t")[1])
    for path in sorted((REPO / "tests" / "labels").glob("analysis*.json")):
        for key in json.loads(path.read_text(encoding="utf-8")).get("entities", {}):
            out.add(key.split(":", 1)[-1])
    return out


def pick() -> list[str]:
    named = _named() | entity_labelled()
    read = READ_BY_RD52 | READ_BY_RD53 | HELD_OUT_MN | READ_BY_ENT
    read |= {c.split(":", 1)[1] for c in sum(pick54(), [])}
    left = lambda cid: cid not in named and cid not in read and cid.rsplit("-", 1)[-1] not in read
    basil, ecb, _duc, mn = pools(left)
    with gzip.open(SHARED / "duc2006" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        duc06 = sorted(c["id"] for c in map(json.loads, fh) if left(c["id"]))
    rng = random.Random(55)
    return ([f"duc06:{c}" for c in rng.sample(duc06, 3)] + [f"mn:{c.rsplit('-', 1)[-1]}" for c in rng.sample(mn, 3)]
            + [f"basil:{c}" for c in rng.sample(basil, 2)] + [f"ecb:{c}" for c in rng.sample(ecb, 2)])


if __name__ == "__main__":
    print(" ".join(pick()))
