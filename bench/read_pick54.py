"""The clusters rd54 read as a reader (issue 11): the pick rule of docs/analysis-labels.md, rd54's section.

Written before any picked cluster was read. ``random.Random(54)`` over the sorted cluster ids of each set, leaving
out what stop 53's rule left out (bench/read_pick53.py: every cluster rd52 read, every cluster named in
tests/labels/brief_sentences.tsv, the Multi-News clusters held out for blind speakers, WikiRef220 entirely) and
every cluster rd53 read (both its picks). First pick, read before any change: ``rng.sample`` 3 BASIL events,
2 ECB+ subtopics with 5+ articles, 2 DUC 2003 clusters, 3 Multi-News validation clusters with 4+ articles. Second
pick, for reading the changes outside the first: the same generator, from what the first left, 1 BASIL, 1 ECB+,
1 DUC 2003, 1 Multi-News.

    python bench/read_pick54.py
"""

from __future__ import annotations

import random

from read_pick53 import HELD_OUT_MN, READ_BY_RD52, _named, one_more_each, pick as pick53, pools

#: Clusters rd53 read (both its picks), by bare id.
READ_BY_RD53 = {c.split(":", 1)[1] for c in sum(pick53(), [])}


def pick() -> tuple[list[str], list[str]]:
    named = _named()
    read = READ_BY_RD52 | READ_BY_RD53 | HELD_OUT_MN
    left = lambda cid: cid not in named and cid not in read and cid.rsplit("-", 1)[-1] not in read
    basil, ecb, duc, mn = pools(left)
    rng = random.Random(54)
    first = [f"basil:{c}" for c in rng.sample(basil, 3)] + [f"ecb:{c}" for c in rng.sample(ecb, 2)]
    first += [f"duc:{c}" for c in rng.sample(duc, 2)] + [f"mn:{c}" for c in rng.sample(mn, 3)]
    return first, one_more_each(rng, first, basil, ecb, duc, mn)


if __name__ == "__main__":
    first, second = pick()
    print("rd53 read:", " ".join(sorted(READ_BY_RD53)))
    print("first:", " ".join(first))
    print("second:", " ".join(second))
