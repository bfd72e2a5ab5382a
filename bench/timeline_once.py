"""Timeline rows that show a sentence another row of the same story shows too (issue 11, tl53): one sentence that
names two dates was listed once under each, so a reader met the same words twice and could not tell which date the
row was about.

Dumps every timeline row of the summarization sets' views (the held-out Multi-News clusters of
``bench/timeline_dump.py`` left out), one JSON line each, then counts the rows whose shown text, or a cited
sentence, another row of the same story shows or cites too.

    PYTHONPATH=src python bench/timeline_once.py --datasets duc duc06 ml mn > rows.jsonl
    python bench/timeline_once.py --count rows.jsonl [-v]
    python bench/timeline_once.py --diff before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from timeline_dump import prepared  # noqa: E402


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def dump(datasets: list[str], out=sys.stdout) -> None:
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings

    settings = Settings()
    for key, brief in prepared(datasets, settings):
        view = Analyzer(settings)(brief).analysis.to_dict()
        for i, e in enumerate(view["timeline"]):
            print(json.dumps({"cluster": key, "row": i, "date": e["date"], "display": e["display"],
                              "text": e["text"], "expressions": e["expressions"],
                              "cited": [[c["n"], c["text"]] for c in e["citations"]]}, ensure_ascii=False),
                  file=out)
            out.flush()


def load(path: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        out[r["cluster"]].append(r)
    return out


def twice(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The rows whose shown text another row shows too, and the rows citing a sentence another row cites."""
    by_text, by_cite = defaultdict(list), defaultdict(set)
    for r in rows:
        by_text[_norm(r["text"])].append(r)
        for n, t in r["cited"]:
            by_cite[(n, _norm(t))].add(r["row"])
    shown = [r for r in rows if len(by_text[_norm(r["text"])]) > 1]
    cited = [r for r in rows if any(len(by_cite[(n, _norm(t))]) > 1 for n, t in r["cited"])]
    return shown, cited


def count(path: str, verbose: bool) -> None:
    got = load(path)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for key, rows in got.items():
        shown, cited = twice(rows)
        c = per[key.split(":")[0]]
        c[0] += 1
        c[1] += len(rows)
        c[2] += len(shown)
        c[3] += len(cited)
        if verbose:
            for r in shown:
                print(f"{key} {r['display']} {r['expressions']}: {r['text'][:200]}")
    print("set   clusters  rows  shown-twice  cited-twice")
    for ds, (k, n, s, c) in per.items():
        print(f"{ds:6} {k:8} {n:5} {s:12} {c:12}")
    tot = [sum(v[i] for v in per.values()) for i in range(4)]
    print(f"{'all':6} {tot[0]:8} {tot[1]:5} {tot[2]:12} {tot[3]:12}")


def diff(before: str, after: str) -> None:
    b, a = load(before), load(after)
    for key in sorted(set(b) | set(a)):
        x = {(r["display"], _norm(r["text"])): r for r in b.get(key, [])}
        y = {(r["display"], _norm(r["text"])): r for r in a.get(key, [])}
        for k in sorted(set(x) ^ set(y)):
            r = x.get(k) or y[k]
            print(f"{key} {'-' if k in x else '+'} {r['display']} {r['expressions']}: {r['text'][:220]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", nargs="+", default=["duc", "duc06", "ml", "mn"])
    ap.add_argument("--count", metavar="ROWS")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    if args.count:
        count(args.count, args.v)
    elif args.diff:
        diff(*args.diff)
    else:
        dump(args.datasets)


if __name__ == "__main__":
    main()
