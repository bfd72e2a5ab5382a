"""Aggregate per-cluster scores into one row per (dataset, system).

Means over clusters (each cluster already averaged over its references),
median and total seconds, and a bootstrap 95% interval of the mean ROUGE-2
recall with an explicit seed, so the numbers repeat run to run.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .scoring import METRICS, ClusterScore, Score

#: Bootstrap resamples for the interval of the mean ROUGE-2 recall.
BOOTSTRAP_SAMPLES = 1000
#: Seed of the bootstrap generator (reproducible intervals).
BOOTSTRAP_SEED = 0


@dataclass(frozen=True)
class SystemScore:
    """One system on one dataset, averaged over clusters."""

    dataset: str
    system: str
    clusters: int
    rouge1: Score
    rouge2: Score
    rougeL: Score
    median_seconds: float
    total_seconds: float
    rouge2_recall_ci: tuple[float, float]

    def metric(self, name: str) -> Score:
        return getattr(self, name)

    def to_dict(self) -> dict:
        return {
            "dataset": self.dataset,
            "system": self.system,
            "clusters": self.clusters,
            **{m: self.metric(m).to_dict() for m in METRICS},
            "median_seconds": self.median_seconds,
            "total_seconds": self.total_seconds,
            "rouge2_recall_ci95": list(self.rouge2_recall_ci),
        }


def bootstrap_ci(values: Sequence[float], samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    if not values:
        return (0.0, 0.0)
    rng = np.random.default_rng(seed)
    arr = np.asarray(values, dtype=float)
    means = arr[rng.integers(0, len(arr), size=(samples, len(arr)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return (float(lo), float(hi))


def aggregate(scores: Iterable[ClusterScore]) -> list[SystemScore]:
    """One :class:`SystemScore` per (dataset, system), in first-seen order."""
    groups: dict[tuple[str, str], list[ClusterScore]] = {}
    for s in scores:
        groups.setdefault((s.dataset, s.system), []).append(s)
    out = []
    for (dataset, system), rows in groups.items():
        secs = [r.seconds for r in rows]
        out.append(
            SystemScore(
                dataset=dataset,
                system=system,
                clusters=len(rows),
                rouge1=Score.mean([r.rouge1 for r in rows]),
                rouge2=Score.mean([r.rouge2 for r in rows]),
                rougeL=Score.mean([r.rougeL for r in rows]),
                median_seconds=statistics.median(secs),
                total_seconds=sum(secs),
                rouge2_recall_ci=bootstrap_ci([r.rouge2.recall for r in rows]),
            )
        )
    return out
