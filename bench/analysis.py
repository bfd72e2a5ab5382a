"""Cross-source analysis speed: ``newsbrief.analyze.analyze_brief`` alone, on
prepared (cleaned, segmented) DUC 2003 task 3 clusters and the libya sample.

Pinned to one core (``os.sched_setaffinity``). Reports, per cluster, the
median over ``--repeats`` runs with the spaCy model already loaded, and once
for the whole run the cold cost (spaCy import + model load + first run), and
the share of time in NER. Also checks the plain summary path imports no spaCy.

    python bench/analysis.py [--repeats 3] [--clusters 30] [--json out.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _clusters(limit: int):
    from newsbrief.ingest import article_from_dict

    with gzip.open(SHARED / "data" / "duc2003_task3" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            c = json.loads(line)
            yield c["id"], [article_from_dict(a) for a in c["articles"]]


def _prepare(articles):
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    return prepare(articles, Settings())


def summary_imports_spacy() -> bool:
    code = ("import sys, newsbrief; newsbrief.brief(['The bridge reopened on Monday after repairs, officials said.',"
            "'Officials said the bridge reopened on Monday.'], words=20); print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return out.stdout.strip() == "True"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--clusters", type=int, default=30)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from newsbrief.analyze import _ner, analyze_brief
    from newsbrief.config import Settings
    from newsbrief.ingest import read_articles

    settings = Settings()
    sets = [("libya-sample", read_articles([SHARED / "samples" / "libya-moscow-talks-2020"]))]
    sets += list(_clusters(args.clusters))
    prepared = [(name, _prepare(arts)) for name, arts in sets]

    t = time.perf_counter()
    analyze_brief(prepared[0][1], settings)
    cold = time.perf_counter() - t

    rows = []
    for name, b in prepared:
        times, ner = [], []
        for _ in range(args.repeats):
            texts = [s.text for a in b.sources for s in a.sentences]
            t0 = time.perf_counter()
            _ner.recognize(texts, settings.analysis.model)
            t1 = time.perf_counter()
            analyze_brief(b, settings)
            t2 = time.perf_counter()
            ner.append(t1 - t0)
            times.append(t2 - t1)
        words = sum(len(a.body.split()) for a in b.sources)
        rows.append({"cluster": name, "articles": len(b.sources), "words": words,
                     "seconds": statistics.median(times), "ner_seconds": statistics.median(ner)})

    print(f"{'cluster':14} {'articles':>8} {'words':>7} {'seconds':>8} {'ner s':>7}")
    for r in rows:
        print(f"{r['cluster']:14} {r['articles']:>8} {r['words']:>7} {r['seconds']:>8.3f} {r['ner_seconds']:>7.3f}")
    duc = [r for r in rows if r["cluster"] != "libya-sample"]
    secs = sorted(r["seconds"] for r in duc)
    summary = {
        "duc_median_seconds": statistics.median(secs) if secs else None,
        "duc_max_seconds": max(secs) if secs else None,
        "duc_p90_seconds": secs[int(0.9 * (len(secs) - 1))] if secs else None,
        "cold_seconds_first_run_incl_spacy_load": cold,
        "summary_path_imports_spacy": summary_imports_spacy(),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "one_core": hasattr(os, "sched_setaffinity"),
    }
    print()
    for k, v in summary.items():
        print(f"{k:40} {v:.3f}" if isinstance(v, float) else f"{k:40} {v}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "summary": summary}, indent=2))


if __name__ == "__main__":
    main()
