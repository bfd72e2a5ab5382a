"""Evaluate summarizers the way the field does: ROUGE against human references.

>>> from newsbrief.eval import evaluate
>>> report = evaluate(["../shared/data/duc2003_task3/test.jsonl.gz"], words=100,
...                   systems="newsbrief,lead,oracle", limit=3)      # doctest: +SKIP
>>> report.table("duc2003_task3/test")                               # doctest: +SKIP

Protocol (:func:`iter_scores`), the same for every system:

1. Read each cluster (:mod:`.datasets`); its articles are read, cleaned and
   segmented once (:func:`newsbrief.pipeline.prepare`, near-duplicates marked
   as :func:`newsbrief.brief` does), so every system sees the same sentences.
   References are never shown to a system, except to the ``oracle``.
2. Each system (:mod:`.systems`, :mod:`.peers`, by name in :mod:`.registry`)
   proposes sentences; the budget rule (:mod:`.budget`) keeps whole sentences
   until ``words``, then cuts to exactly ``words`` words. Only the system call
   is timed.
3. ROUGE-1/2/L with stemming, averaged over references (:mod:`.scoring`),
   then over clusters with a seeded bootstrap interval (:mod:`.aggregate`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..model import Brief
from .aggregate import SystemScore, aggregate
from .budget import count_words, cut
from .datasets import Cluster, count_clusters, dataset_digest, dataset_name, read_clusters
from .scoring import METRICS, ClusterScore, RougeScorer, Score
from .registry import DEFAULT_SYSTEMS, SYSTEMS, make_system, resolve_systems


@dataclass(frozen=True)
class EvalReport:
    """Everything one evaluation run measured."""

    words: int
    datasets: tuple[str, ...]
    systems: tuple[str, ...]
    clusters: tuple[ClusterScore, ...]
    results: tuple[SystemScore, ...]

    def for_dataset(self, dataset: str) -> list[SystemScore]:
        return [r for r in self.results if r.dataset == dataset]

    def result(self, dataset: str, system: str) -> SystemScore:
        for r in self.results:
            if r.dataset == dataset and r.system == system:
                return r
        raise KeyError((dataset, system))

    def to_dict(self) -> dict:
        return {
            "words": self.words,
            "datasets": list(self.datasets),
            "systems": list(self.systems),
            "results": [r.to_dict() for r in self.results],
            "clusters": [c.to_dict() for c in self.clusters],
        }


def prepare_cluster(cluster: Cluster, settings: Settings | None = None) -> Brief:
    """A cluster's articles read, cleaned, segmented, near-duplicates marked
    (bad articles are skipped with a warning on the brief)."""
    from ..errors import InputError
    from ..pipeline import prepare

    settings = settings or Settings()
    try:
        return prepare(list(cluster.articles), settings)
    except InputError as err:
        brief = Brief(articles=[])
        brief.warnings.append(str(err))
        return brief


def score_cluster(cluster: Cluster, words: int, systems: Sequence, scorer: RougeScorer,
                  settings: Settings | None = None) -> list[ClusterScore]:
    """Every system on one cluster."""
    brief = prepare_cluster(cluster, settings)
    out = []
    for system in systems:
        refs = cluster.references if system.uses_references else ()
        t0 = time.perf_counter()
        sentences = system.summarize(brief, words, refs) if brief.articles else []
        seconds = time.perf_counter() - t0
        text = cut(sentences, words)
        s = scorer.score(cluster.references, text)
        out.append(ClusterScore(cluster.dataset, cluster.id, system.name, s["rouge1"], s["rouge2"], s["rougeL"],
                                seconds, count_words(text)))
    return out


def iter_scores(
    datasets: Iterable[str | Path],
    words: int,
    systems: str | Sequence[str] | None = None,
    limit: int | None = None,
    settings: Settings | None = None,
) -> Iterator[list[ClusterScore]]:
    """Per cluster, the scores of every system (a stream: wrap it in a
    progress bar; :func:`count` tells its length)."""
    names = resolve_systems(systems)
    built = [make_system(n, settings) for n in names]
    scorer = RougeScorer()
    for path in datasets:
        for cluster in read_clusters(path, limit):
            yield score_cluster(cluster, words, built, scorer, settings)


def count(datasets: Iterable[str | Path], limit: int | None = None) -> int:
    """How many clusters :func:`iter_scores` will yield."""
    return sum(count_clusters(p, limit) for p in datasets)


def make_report(rows: Iterable[list[ClusterScore]], words: int) -> EvalReport:
    flat = tuple(s for row in rows for s in row)
    datasets = tuple(dict.fromkeys(s.dataset for s in flat))
    systems = tuple(dict.fromkeys(s.system for s in flat))
    return EvalReport(words, datasets, systems, flat, tuple(aggregate(flat)))


def evaluate(
    datasets: Iterable[str | Path],
    words: int,
    systems: str | Sequence[str] | None = None,
    limit: int | None = None,
    settings: Settings | None = None,
) -> EvalReport:
    """Run ``systems`` on every cluster of ``datasets`` and score them."""
    datasets = list(datasets)
    return make_report(iter_scores(datasets, words, systems, limit, settings), words)


__all__ = [
    "Cluster",
    "ClusterScore",
    "DEFAULT_SYSTEMS",
    "EvalReport",
    "METRICS",
    "SYSTEMS",
    "Score",
    "SystemScore",
    "count",
    "cut",
    "dataset_digest",
    "dataset_name",
    "evaluate",
    "iter_scores",
    "make_report",
    "read_clusters",
    "resolve_systems",
]
