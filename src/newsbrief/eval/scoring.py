"""Score one summary against its references with Google's ``rouge-score``.

Correct means: ``rouge_score.rouge_scorer.RougeScorer(["rouge1", "rouge2",
"rougeL"], use_stemmer=True)`` (the reimplementation of Lin's ROUGE-1.5.5 with
``-m``: Porter stemming, no stopword removal; ROUGE-L is summary-level LCS
over the whole text, without sentence splitting). With several references,
each reference is scored separately and precision, recall and F1 are averaged
over references (as ROUGE-1.5.5 does with ``-f A``), not maxed.

Empty input is explicit: an empty summary scores 0 on every metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one metric, each in [0, 1]."""

    precision: float
    recall: float
    fmeasure: float

    @classmethod
    def mean(cls, scores: Sequence["Score"]) -> "Score":
        if not scores:
            return cls(0.0, 0.0, 0.0)
        n = len(scores)
        return cls(
            sum(s.precision for s in scores) / n,
            sum(s.recall for s in scores) / n,
            sum(s.fmeasure for s in scores) / n,
        )

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "fmeasure": self.fmeasure}


@dataclass(frozen=True)
class ClusterScore:
    """One system on one cluster: ROUGE against all references, and its time."""

    dataset: str
    cluster: str
    system: str
    rouge1: Score
    rouge2: Score
    rougeL: Score
    seconds: float
    words: int

    def metric(self, name: str) -> Score:
        return getattr(self, name)

    def to_dict(self) -> dict:
        return {
            "dataset": self.dataset,
            "cluster": self.cluster,
            "system": self.system,
            **{m: self.metric(m).to_dict() for m in METRICS},
            "seconds": self.seconds,
            "words": self.words,
        }


class RougeScorer:
    """``score(references, summary)`` -> ``{metric: Score}`` averaged over references."""

    def __init__(self):
        self._scorer = None

    def _get(self):
        if self._scorer is None:
            from rouge_score import rouge_scorer

            from .tokens import RougeTokenizer

            self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True, tokenizer=RougeTokenizer())
        return self._scorer

    def score(self, references: Sequence[str], summary: str) -> dict[str, Score]:
        if not summary.strip() or not references:
            return {m: Score(0.0, 0.0, 0.0) for m in METRICS}
        scorer = self._get()
        per_ref = [scorer.score(ref, summary) for ref in references]
        return {
            m: Score.mean([Score(r[m].precision, r[m].recall, r[m].fmeasure) for r in per_ref]) for m in METRICS
        }
