"""The cross-source view's JSON on a fixed set of clusters, one file each, to show a speed change gives the same
output (issue 11, perf62): the libya sample, the first 15 DUC 2006 clusters, the first 10 MultiLing 2011 clusters
and the first 15 Multi-News sample clusters not held out (``timeline_dump.HELD_OUT``): 41 clusters. Each cluster is
analysed once in this process, in that order (``analyze_brief(...).to_dict()``, sorted keys).

    PYTHONPATH=src python bench/view_same.py --out /tmp/before
    python bench/view_same.py --diff /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline_dump import prepared  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SETS = [("duc06", 15), ("ml", 10), ("mn", 15)]


def views(settings):
    from newsbrief.ingest import read_articles
    from newsbrief.pipeline import prepare

    yield "libya", prepare(read_articles([REPO.parent / "shared" / "samples" / "libya-moscow-talks-2020"]), settings)
    for ds, n in SETS:
        yield from islice(prepared([ds], settings), n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", type=Path, nargs=2)
    args = ap.parse_args()
    if args.diff:
        a, b = args.diff
        names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
        bad = [n for n in names if not (a / n).exists() or not (b / n).exists()
               or (a / n).read_bytes() != (b / n).read_bytes()]
        print(f"{len(names) - len(bad)} of {len(names)} identical" + (f"; differ: {' '.join(bad)}" if bad else ""))
        sys.exit(1 if bad else 0)
    from newsbrief.analyze import analyze_brief
    from newsbrief.config import Settings

    settings = Settings()
    args.out.mkdir(parents=True, exist_ok=True)
    cpu = 0.0
    for key, brief in views(settings):
        c = time.process_time()
        view = analyze_brief(brief, settings).to_dict()
        cpu += time.process_time() - c
        (args.out / f"{key.replace(':', '_')}.json").write_text(json.dumps(view, sort_keys=True, indent=1))
    print(f"analyze_brief CPU s: {cpu:.2f}")


if __name__ == "__main__":
    main()
