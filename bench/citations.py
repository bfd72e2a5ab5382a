"""Citation recall / precision on the hand-labelled pairs (tests/labels/citations.json).

For each sentence representation (``citations.model``), the counts of
:mod:`newsbrief.eval.citations` overall, per dataset and on the dev / test
halves, and the CPU seconds spent; with a model, also held-out counts where
``citations.paraphrase_similarity`` is chosen leaving each labelled cluster
out (cross-validation by cluster). Rule and set: docs/citations.md.

``--blind`` measures the second split (tests/labels/citations-blind.json,
12 clusters; blind until round 5 measured it, a tuning split since) alone:
overall and per dataset, no halves and no threshold chosen on it.
``--labels both`` measures the two files together: each file, the pooled
pairs, each dataset, and held-out counts cross-validated over the pooled
clusters (the figure to choose a rule by, docs/citations.md round 6).
``--losses`` adds, per file, why each supporting pair is not cited
(:func:`newsbrief.eval.citations.miss_kind`: the candidate is the labelled
evidence but scores under the thresholds, the evidence is not the article's
lexically closest sentence, no candidate, a veto).

    python bench/citations.py [--models tfidf,minilm] [--set citations.paraphrase_similarity=0.8] [--json out.json]
    python bench/citations.py --blind
    python bench/citations.py --models minilm --labels both --losses
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
from collections import Counter  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "citations.json"
BLIND = REPO / "tests" / "labels" / "citations-blind.json"
DATA = REPO.parent / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default="tfidf,minilm")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting, e.g. citations.paraphrase_similarity=0.8")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--blind", action="store_true", help="measure the second (formerly blind) split alone")
    ap.add_argument("--labels", choices=("tuned", "blind", "both"), default="tuned",
                    help="which labelled file(s); both: per file, pooled, and CV over the pooled clusters")
    ap.add_argument("--losses", action="store_true", help="why each supporting pair is not cited, per file")
    args = ap.parse_args()
    if args.blind:
        args.labels = "blind"

    from newsbrief.config import Settings
    from newsbrief.embed import encoder
    from newsbrief.eval.citations import (MISS_KINDS, Counts, cross_validated_counts, load_pairs, pair_supports,
                                          supporting_losses)

    files = {"tuned": [LABELS], "blind": [BLIND], "both": [LABELS, BLIND]}[args.labels]
    pairs = [dict(p, _file="tuned" if f == LABELS else "blind") for f in files for p in load_pairs(f)]
    halves = args.labels == "tuned"
    changes = {k: float(v) for k, v in (s.split("=", 1) for s in args.set)}
    results = {}
    for model in args.models.split(","):
        if model != "tfidf" and encoder(model) is None:
            print(f"{model}: not installed, skipped")
            continue
        settings = Settings().replace({"citations.model": model, **changes})
        t = time.process_time()
        scored = pair_supports(pairs, args.data, settings)
        seconds = time.process_time() - t
        ids = sorted({p["cluster"] for p in pairs})
        counts = {}
        for p, _, cited in scored:
            split = "dev" if ids.index(p["cluster"]) % 2 == 0 else "test"
            keys = ("all", p["dataset"]) + ((split,) if halves else (p["_file"],) if args.labels == "both" else ())
            for key in keys:
                counts.setdefault(key, Counts()).add(p["label"], cited)
        if model != "tfidf" and args.labels != "blind":
            # 0.6 .. 0.95 by 0.005 (by 0.025 until issue 10's seventh pass: the int8 GEMMs' vectors put the
            # threshold at 0.795, between that grid's points; docs/benchmarks.md)
            grid = [round(0.6 + 0.005 * k, 3) for k in range(71)]
            counts["held-out (threshold by cluster CV)"], chosen = cross_validated_counts(scored, settings, grid)
            print(f"{model}: paraphrase_similarity chosen per held-out cluster (threshold: clusters): "
                  + ", ".join(f"{t}: {n}" for t, n in sorted(Counter(chosen).items())))
        results[model] = {k: c.to_dict() for k, c in counts.items()} | {"seconds": round(seconds, 1)}
        print(f"\n{model} ({seconds:.0f} CPU s)\n| pairs | supports | partly | no | recall | precision | strict precision |")
        print("|---|---|---|---|---|---|---|")
        head = ("all", "dev", "test", "tuned", "blind")
        first = [k for k in counts if k in head or k.startswith("held-out")]
        for key in sorted(first, key=lambda k: head.index(k) if k in head else len(head)) \
                + sorted(k for k in counts if k not in first):
            d = counts[key].to_dict()
            print(f"| {key} ({d['pairs']}) | {d['supports']} | {d['partly']} | {d['no']} | {d['recall']:.3f} | "
                  f"{d['precision']:.3f} | {d['strict_precision']:.3f} |")
        if args.losses:
            losses = supporting_losses(pairs, args.data, settings)
            names = sorted({p["_file"] for p in pairs}, reverse=True)
            print(f"\n{model}: supporting pairs by why they are (not) cited\n| | " + " | ".join(names)
                  + " | candidate's model cosine | labelled evidence's TF-IDF rank in the article |")
            print("|---" * (len(names) + 3) + "|")
            for kind in MISS_KINDS:
                rows = [x for x in losses if x["kind"] == kind]
                if not rows:
                    continue
                cos = sorted(x["paraphrase"] for x in rows if x["paraphrase"] is not None)
                ranks = Counter(x["evidence_rank"] for x in rows if x["evidence_rank"] is not None)
                print(f"| {kind} | " + " | ".join(str(sum(x["pair"]["_file"] == n for x in rows)) for n in names)
                      + f" | {f'{cos[0]:.2f}-{cos[-1]:.2f}' if cos else '-'} | "
                      + ", ".join(f"{r}: {n}" for r, n in sorted(ranks.items())) + " |")
            results[model]["losses"] = Counter(x["kind"] for x in losses)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
