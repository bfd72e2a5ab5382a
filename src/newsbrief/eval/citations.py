"""Citation recall and precision on the hand-labelled pairs of
``tests/labels/citations.json`` (rule: docs/citations.md).

Each pair is (a summary sentence of article ``sentence_article``, another
article ``article``) of one cluster, labelled ``supports``, ``partly`` or
``no`` by reading. The cluster is prepared as for a brief (articles get their
position in the dataset file as id), the summary sentence is found by its
text, and :class:`~newsbrief.support.CitationIndex` says whether the other
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
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..support import Support, is_support
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


def _labelled_claims(pairs: Iterable[dict], data_dir: str | Path, settings: Settings):
    """Per labelled pair (grouped by cluster): the pair, the cluster's
    :class:`~newsbrief.support.CitationIndex` and the summary sentence, found
    by its text in the prepared cluster. A pair whose summary sentence the
    cleaner now removes as debris (a correction line labelled before it was
    one) is left out: no brief can show it."""
    from ..pipeline import prepare
    from ..support import CitationIndex

    data_dir = Path(data_dir)
    by_cluster: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in pairs:
        by_cluster[(p["dataset"], p["cluster"])].append(p)
    for dataset in dict.fromkeys(d for d, _ in by_cluster):
        wanted = {c for d, c in by_cluster if d == dataset}
        for cluster in read_clusters(_cluster_file(data_dir, dataset)):
            if cluster.id not in wanted:
                continue
            brief = prepare([dict(a, id=str(i)) for i, a in enumerate(cluster.articles)], settings)
            index = CitationIndex(brief, settings)
            for p in by_cluster[(dataset, cluster.id)]:
                claim = " ".join(p["sentence"].split())
                sentence = next((s for s in brief.article(str(p["sentence_article"])).sentences
                                 if " ".join(s.text.split()) == claim), None)
                if sentence is None and claim in " ".join(
                        " ".join(brief.article(str(p["sentence_article"])).removed).split()):
                    continue  # removed as debris
                if sentence is None:
                    raise ValueError(f"{dataset} {cluster.id}: labelled sentence not found in article "
                                     f"{p['sentence_article']} (did segmentation change?): {claim[:80]!r}")
                yield p, index, sentence


def pair_supports(pairs: Iterable[dict], data_dir: str | Path, settings: Settings | None = None
                  ) -> list[tuple[dict, Support | None, bool]]:
    """Per labelled pair: the cited article's candidate
    (:class:`~newsbrief.support.Support`, ``None`` when no sentence of it was
    close enough to be one) and whether the index cites the article."""
    out = []
    for p, index, sentence in _labelled_claims(pairs, data_dir, settings or Settings()):
        support = next((s for s in index.supports(sentence) if s.article_id == str(p["article"])), None)
        out.append((p, support, support is not None and index.supported(support)))
    return out


_TOKEN_RE = re.compile(r"[a-z0-9]+")


def evidence_rows(evidence: Iterable[str], sentences: list[str], min_share: float = 0.6) -> list[int]:
    """Which of an article's ``sentences`` the labelled ``evidence`` quotes:
    per evidence text, the sentence holding the largest share of its words
    (lower-cased words and numbers), kept when that share is at least
    ``min_share`` (a label may quote a sentence as segmentation cut it then,
    or a clause of it)."""
    words = [set(_TOKEN_RE.findall(s.lower())) for s in sentences]
    rows = []
    for text in evidence:
        ev = set(_TOKEN_RE.findall(text.lower()))
        if not ev or not words:
            continue
        k = max(range(len(words)), key=lambda i: len(ev & words[i]))
        if len(ev & words[k]) >= min_share * len(ev) and k not in rows:
            rows.append(k)
    return rows


#: why a supporting pair is not cited (:func:`miss_kind`), in report order
MISS_KINDS = ("cited", "candidate is the evidence, score under the thresholds", "evidence is not the candidate",
              "no candidate (every sentence under the TF-IDF floor)", "number veto", "quotation rule",
              "evidence not found in the article")


def miss_kind(support: Support | None, cited: bool, evidence: list[int], candidate: int | None) -> str:
    """Why a ``supports`` pair is (not) cited: ``support`` and ``cited`` as
    :func:`pair_supports` gives them, ``evidence`` the article's sentences the
    label quotes and ``candidate`` the candidate's position among them."""
    if cited:
        return MISS_KINDS[0]
    if support is None:
        return MISS_KINDS[3]
    if not evidence:
        return MISS_KINDS[6]
    if candidate not in evidence:
        return MISS_KINDS[2]
    if support.numbers_disagree:
        return MISS_KINDS[4]
    if support.quote_missing:
        return MISS_KINDS[5]
    return MISS_KINDS[1]


def supporting_losses(pairs: Iterable[dict], data_dir: str | Path, settings: Settings | None = None
                      ) -> list[dict]:
    """Per ``supports`` pair: :func:`miss_kind`, the candidate's TF-IDF and
    model cosines, and the best TF-IDF rank (0 = the article's lexically
    closest sentence) of a labelled evidence sentence."""
    out = []
    for p, index, sentence in _labelled_claims([p for p in pairs if p["label"] == "supports"], data_dir,
                                               settings or Settings()):
        article = [i for i, s in enumerate(index.sentences) if s.article_id == str(p["article"])]
        texts = [index.sentences[i].text for i in article]
        evidence = evidence_rows(p["evidence"], texts)
        support = next((s for s in index.supports(sentence) if s.article_id == str(p["article"])), None)
        cited = support is not None and index.supported(support)
        candidate = None if support is None else next(
            (k for k, i in enumerate(article) if index.sentences[i] is support.sentence), None)
        sims = index.similarity.to([sentence.text])[article, 0]
        order = sorted(range(len(article)), key=lambda k: -sims[k])
        out.append({"pair": p, "kind": miss_kind(support, cited, evidence, candidate),
                    "lexical": None if support is None else support.lexical,
                    "paraphrase": None if support is None else support.paraphrase,
                    "evidence_rank": min((order.index(k) for k in evidence), default=None)})
    return out


def _split(pair: dict, cluster_ids: list[str]) -> str:
    return "dev" if cluster_ids.index(pair["cluster"]) % 2 == 0 else "test"


def citation_counts(pairs: Iterable[dict], data_dir: str | Path, settings: Settings | None = None
                    ) -> dict[str, Counts]:
    """Counts for ``all``, each dataset, ``dev`` and ``test``."""
    scored = pair_supports(pairs, data_dir, settings)
    ids = sorted({p["cluster"] for p, _, _ in scored})
    out: dict[str, Counts] = defaultdict(Counts)
    for p, _, cited in scored:
        for key in ("all", p["dataset"], _split(p, ids)):
            out[key].add(p["label"], cited)
    return dict(out)


def cross_validated_counts(scored: list[tuple[dict, Support | None, bool]], settings: Settings,
                           thresholds: Iterable[float], min_precision: float = 0.95) -> tuple[Counts, list[float]]:
    """Held-out counts with ``citations.paraphrase_similarity`` chosen without
    the cluster it is applied to: for each labelled cluster, the threshold of
    ``thresholds`` with the highest recall at ``min_precision`` on all other
    clusters (the highest such threshold on a tie) decides that cluster's
    pairs. Returns the pooled counts and the threshold chosen per cluster."""
    thresholds = sorted(thresholds)
    decided = {}
    for t in thresholds:
        rule = settings.replace({"citations.paraphrase_similarity": t}).citations
        decided[t] = [s is not None and is_support(s, rule) for _, s, _ in scored]
    clusters = sorted({(p["dataset"], p["cluster"]) for p, _, _ in scored})
    pooled, chosen = Counts(), []
    for held in clusters:
        best, best_recall = thresholds[-1], -1.0
        for t in thresholds:
            train = Counts()
            for (p, _, _), cited in zip(scored, decided[t]):
                if (p["dataset"], p["cluster"]) != held:
                    train.add(p["label"], cited)
            if train.precision >= min_precision and train.recall >= best_recall:
                best, best_recall = t, train.recall
        chosen.append(best)
        for (p, _, _), cited in zip(scored, decided[best]):
            if (p["dataset"], p["cluster"]) == held:
                pooled.add(p["label"], cited)
    return pooled, chosen
