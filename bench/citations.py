"""Citation recall / precision on the hand-labelled pairs (tests/labels/citations.json).

For each sentence representation (``citations.model``), the counts of
:mod:`newsbrief.eval.citations` overall, per dataset and on the dev / test
halves, and the CPU seconds spent; with a model, also held-out counts where
``citations.paraphrase_similarity`` is chosen leaving each labelled cluster
out (cross-validation by cluster). Rule and set: docs/citations.md.

``--blind`` measures the blind split instead (tests/labels/citations-blind.json:
clusters nobody tuned on, whose errors nobody read) with the settings as
given: overall and per dataset, no halves and no threshold chosen on it.
Measure it once per change of the rule and report what it gives.

    python bench/citations.py [--models tfidf,minilm] [--set citations.paraphrase_similarity=0.8] [--json out.json]
    python bench/citations.py --blind
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
    ap.add_argument("--blind", action="store_true", help="measure the blind split (once per change of the rule)")
    args = ap.parse_args()

    from newsbrief.config import Settings
    from newsbrief.embed import encoder
    from newsbrief.eval.citations import Counts, cross_validated_counts, load_pairs, pair_supports

    pairs = load_pairs(BLIND if args.blind else LABELS)
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
            for key in ("all", p["dataset"]) + (() if args.blind else (split,)):
                counts.setdefault(key, Counts()).add(p["label"], cited)
        if model != "tfidf" and not args.blind:
            grid = [round(0.6 + 0.025 * k, 3) for k in range(15)]  # 0.6 .. 0.95
            counts["held-out (threshold by cluster CV)"], chosen = cross_validated_counts(scored, settings, grid)
            print(f"{model}: paraphrase_similarity chosen per held-out cluster (threshold: clusters): "
                  + ", ".join(f"{t}: {n}" for t, n in sorted(Counter(chosen).items())))
        results[model] = {k: c.to_dict() for k, c in counts.items()} | {"seconds": round(seconds, 1)}
        print(f"\n{model} ({seconds:.0f} CPU s)\n| pairs | supports | partly | no | recall | precision | strict precision |")
        print("|---|---|---|---|---|---|---|")
        first = [k for k in counts if k in ("all", "dev", "test") or k.startswith("held-out")]
        for key in sorted(first, key=lambda k: ("all", "dev", "test").index(k) if k in ("all", "dev", "test") else 3) \
                + sorted(k for k in counts if k not in first):
            d = counts[key].to_dict()
            print(f"| {key} ({d['pairs']}) | {d['supports']} | {d['partly']} | {d['no']} | {d['recall']:.3f} | "
                  f"{d['precision']:.3f} | {d['strict_precision']:.3f} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
