"""Citation recall and precision on the hand-labelled pairs of
``tests/labels/citations.json`` (rule: docs/citations.md).

Each pair is (a summary sentence of article ``sentence_article``, another
article ``article``) of one cluster, labelled ``supports``, ``partly`` or
``no`` by reading. The cluster is prepared as for a brief (articles get their
position in the dataset file as id), the summary sentence is found by its
text, and :class:`~newsbrief.selection.CitationIndex` says whether the other
article is cited. Then:

- recall: cited ``supports`` pairs / all ``supports`` pairs;
- precision: cited ``supports`` / cited ``supports`` + cited ``no``
  (``partly`` pairs are neither required nor wrong);
- strict precision: ``partly`` counted wrong when cited.

The labelled clusters, sorted by id, alternate between a ``dev`` half (the
thresholds were chosen there) and a ``test`` half.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from .datasets import read_clusters


@dataclass
class Counts:
    """Outcome counts of labelled pairs."""

    cited: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, label: str, cited: bool) -> None:
        self.total[label] += 1
        self.cited[label] += cited

    @property
    def recall(self) -> float:
        return self.cited["supports"] / max(1, self.total["supports"])

    @property
    def precision(self) -> float:
        return self.cited["supports"] / max(1, self.cited["supports"] + self.cited["no"])

    @property
    def strict_precision(self) -> float:
        return self.cited["supports"] / max(1, sum(self.cited.values()))

    def to_dict(self) -> dict:
        return {"pairs": sum(self.total.values()), "supports": self.total["supports"],
                "partly": self.total["partly"], "no": self.total["no"],
                "recall": round(self.recall, 3), "precision": round(self.precision, 3),
                "strict_precision": round(self.strict_precision, 3)}


def load_pairs(path: str | Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["pairs"]


def _cluster_file(data_dir: Path, dataset: str) -> Path:
    files = sorted((data_dir / dataset).glob("*.jsonl*"))
    if not files:
        raise FileNotFoundError(f"no dataset file under {data_dir / dataset}")
    return files[0]


def citation_counts(pairs: Iterable[dict], data_dir: str | Path, settings: Settings | None = None
                    ) -> dict[str, Counts]:
    """Counts for ``all``, each dataset, ``dev`` and ``test``."""
    from ..pipeline import prepare
    from ..selection import CitationIndex

    settings = settings or Settings()
    data_dir = Path(data_dir)
    by_cluster: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in pairs:
        by_cluster[(p["dataset"], p["cluster"])].append(p)
    ids = sorted({c for _, c in by_cluster})
    out: dict[str, Counts] = defaultdict(Counts)
    for dataset in dict.fromkeys(d for d, _ in by_cluster):
        wanted = {c for d, c in by_cluster if d == dataset}
        for cluster in read_clusters(_cluster_file(data_dir, dataset)):
            if cluster.id not in wanted:
                continue
            split = "dev" if ids.index(cluster.id) % 2 == 0 else "test"
            brief = prepare([dict(a, id=str(i)) for i, a in enumerate(cluster.articles)], settings)
            index = CitationIndex(brief, settings)
            for p in by_cluster[(dataset, cluster.id)]:
                claim = " ".join(p["sentence"].split())
                sentence = next((s for s in brief.article(str(p["sentence_article"])).sentences
                                 if " ".join(s.text.split()) == claim), None)
                if sentence is None:
                    raise ValueError(f"{dataset} {cluster.id}: labelled sentence not found in article "
                                     f"{p['sentence_article']} (did segmentation change?): {claim[:80]!r}")
                cited = str(p["article"]) in {c.article_id for c in index.cite(sentence)}
                for key in ("all", dataset, split):
                    out[key].add(p["label"], cited)
    return dict(out)
