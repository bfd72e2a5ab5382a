"""Clustering quality against gold labels: BCubed precision, recall and F1
(Bagga & Baldwin 1998; Amigó et al. 2009), the scores of ``bench/cluster.py``
and the clustering tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> tuple[float, float, float]:
    """BCubed ``(precision, recall, f1)`` of the labels ``pred`` against ``gold``
    (one label of each per item, in the same order).

    An item's precision is the share of its predicted cluster that is in its
    gold cluster, its recall the share of its gold cluster that is in its
    predicted cluster; both are averaged over items. No items score 0.
    """
    n = len(gold)
    if n == 0:
        return 0.0, 0.0, 0.0
    gold_sizes, pred_sizes, both = Counter(gold), Counter(pred), Counter(zip(gold, pred))
    p = sum(both[(g, q)] / pred_sizes[q] for g, q in zip(gold, pred)) / n
    r = sum(both[(g, q)] / gold_sizes[g] for g, q in zip(gold, pred)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


__all__ = ["bcubed"]
