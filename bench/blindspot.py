"""How well the blindspot mark finds the event a single-outlet story belongs to.

The story list and digest mark a single-outlet story that is likely the same
event as a multi-outlet story within 3 days (``newsbrief.server.views.blindspots``
over ``Store.story_centroids``, cosine >= ``store.blindspot_similarity``). Here
each labelled clustering set in ../shared/data is ingested into a fresh store
as a stream; a store story's event is its articles' most common gold cluster.

* a *single* is a story with one outlet (a set without outlets, such as
  googlenews_ts, stands in with one-article stories);
* it *should* be marked when some multi-outlet (or multi-article) story within
  3 days has the same event;
* a mark is right when the story it points to has the same event.

Precision: right marks / marks. Recall: right marks / singles that should be marked.

    python bench/blindspot.py [--sets basil,ecbplus,googlenews_ts] [--thresholds 0.1,0.15,0.2,0.25]
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def evaluate(name: str, thresholds: list[float]) -> list[dict]:
    from newsbrief.server.views import BLINDSPOT_DAYS, _days_apart, blindspots, same_event_candidates
    from newsbrief.store import Store

    with gzip.open(DATA / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    gold = {r["id"]: r["cluster"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store.sqlite3") as store:
        store.add(rows)
        stories = store.stories()
        has_outlets = any(s.outlets for s in stories)
        event = {s.id: Counter(gold.get(a) for a in s.article_ids).most_common(1)[0][0] for s in stories}
        if has_outlets:
            singles = [s for s in stories if len(s.outlets) == 1]
            multis = [s for s in stories if len(s.outlets) >= 2]
        else:  # no outlets in the set: one-article stories stand in for one-outlet stories
            singles = [s for s in stories if s.size == 1]
            multis = [s for s in stories if s.size >= 2]
        # same_event_candidates keeps multi-outlet stories; without outlets, count articles instead
        candidates = same_event_candidates(singles, multis, BLINDSPOT_DAYS) if has_outlets else [
            m for m in multis if any(_days_apart(s, m) <= BLINDSPOT_DAYS for s in singles)]
        centroids = store.story_centroids([s.id for s in singles + candidates])
    should = {s.id for s in singles
              if any(event[m.id] == event[s.id] and _days_apart(s, m) <= BLINDSPOT_DAYS for m in candidates)}
    out = []
    for th in thresholds:
        marks = blindspots(singles, candidates, centroids, th)
        right = sum(event[m.id] == event[sid] for sid, m in marks.items())
        out.append({"set": name, "articles": len(rows), "stories": len(stories), "singles": len(singles),
                    "should": len(should), "threshold": th, "marked": len(marks), "right": right})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="basil,ecbplus,googlenews_ts")
    ap.add_argument("--thresholds", default="0.1,0.15,0.2,0.25")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    rows = [r for name in args.sets.split(",") for r in evaluate(name, thresholds)]

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "-"

    print(f"{'set':<15} {'stories':>7} {'singles':>7} {'should':>6} {'thresh':>6} {'marked':>6} {'right':>5} "
          f"{'precision':>9} {'recall':>6}")
    for r in rows:
        print(f"{r['set']:<15} {r['stories']:>7} {r['singles']:>7} {r['should']:>6} {r['threshold']:>6.2f} "
              f"{r['marked']:>6} {r['right']:>5} {ratio(r['right'], r['marked']):>9} {ratio(r['right'], r['should']):>6}")
    for th in thresholds:
        at = [r for r in rows if r["threshold"] == th]
        right, marked, should = (sum(r[k] for r in at) for k in ("right", "marked", "should"))
        print(f"{'all':<15} {'':>7} {'':>7} {should:>6} {th:>6.2f} {marked:>6} {right:>5} "
              f"{ratio(right, marked):>9} {ratio(right, should):>6}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
