"""Debris benchmark: the cleaner's precision and recall on hand-labelled raw lines.

``tests/labels/debris_lines.tsv`` labels 335 raw lines of the articles in
../shared/data as debris or not, by reading (rule: docs/debris.md). A line
counts as removed when :func:`newsbrief.clean.clean_text` removes it. Two
strata: ``random`` (25 lines drawn uniformly from each of seven datasets) and
``suspect`` (lines of 12 words or fewer, or with a debris cue word, drawn per
dataset): recall is measured mostly on the second, precision on both.

    python bench/debris.py [--list]    # --list: every labelled line the cleaner gets wrong
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "debris_lines.tsv"


@dataclass(frozen=True)
class Label:
    stratum: str
    dataset: str
    article: str
    line: int
    debris: bool
    digest: str


def read_labels(path: Path = LABELS) -> list[Label]:
    out = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        stratum, dataset, article, line, label, digest = row.split("\t")
        out.append(Label(stratum, dataset, article, int(line), label == "debris", digest))
    return out


def _articles(dataset: str, wanted: set[str]) -> dict[str, dict]:
    """The labelled articles of one dataset: key -> article dict."""
    found: dict[str, dict] = {}
    for f in sorted((SHARED / dataset).glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for raw in fh:
                obj = json.loads(raw)
                if "articles" in obj:
                    for i, art in enumerate(obj["articles"]):
                        if f"{obj['id']}/{i}" in wanted:
                            found[f"{obj['id']}/{i}"] = art
                elif obj["id"] in wanted:
                    found[obj["id"]] = obj
    return found


def verdicts(labels: list[Label]) -> list[tuple[Label, str | None, str]]:
    """``(label, removal reason or None, line text)`` for every label."""
    from newsbrief.clean import clean_text
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict

    settings = Settings()
    out = []
    for dataset in sorted({lab.dataset for lab in labels}):
        mine = [lab for lab in labels if lab.dataset == dataset]
        arts = _articles(dataset, {lab.article for lab in mine})
        cleaned = {}
        for key, d in arts.items():
            art = article_from_dict(d, settings)
            _, removed = clean_text(art.raw_text, art.title, settings.clean)
            # a glued prefix cut off a line ("glued date") leaves the line in
            whole = {r.line: r.reason for r in removed if not r.reason.startswith("glued")}
            cleaned[key] = (art.raw_text.split("\n"), whole)
        for lab in mine:
            lines, why = cleaned[lab.article]
            text = lines[lab.line - 1].strip()
            if hashlib.sha1(text.encode("utf-8")).hexdigest()[:10] != lab.digest:
                raise ValueError(f"{dataset} {lab.article} line {lab.line}: the labelled line changed")
            out.append((lab, why.get(lab.line), text))
    return out


def scores(results: list[tuple[Label, str | None, str]]) -> dict[str, tuple[float, float, int, int]]:
    """Stratum (and ``all``) -> (precision, recall, true positives, labelled debris)."""
    table = {}
    for stratum in ("random", "suspect", "all"):
        rows = [r for r in results if stratum == "all" or r[0].stratum == stratum]
        tp = sum(1 for lab, why, _ in rows if lab.debris and why)
        fp = sum(1 for lab, why, _ in rows if not lab.debris and why)
        pos = sum(1 for lab, _, _ in rows if lab.debris)
        table[stratum] = (tp / (tp + fp) if tp + fp else 1.0, tp / pos if pos else 1.0, tp, pos)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every labelled line the cleaner gets wrong")
    args = parser.parse_args(argv)
    results = verdicts(read_labels())
    print("| stratum | lines | debris | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    for stratum, (p, r, tp, pos) in scores(results).items():
        n = sum(1 for lab, _, _ in results if stratum == "all" or lab.stratum == stratum)
        print(f"| {stratum} | {n} | {pos} | {p:.3f} | {r:.3f} ({tp}/{pos}) |")
    if args.list:
        for lab, why, text in results:
            if lab.debris != bool(why):
                kind = "missed" if lab.debris else f"removed ({why})"
                print(f"{kind}: {lab.dataset} {lab.article}:{lab.line}: {text[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
