"""Why each labelled figure conflict is missed (issue 11, twenty-third round): the cause of every miss, by tracing.

For every labelled conflict of a ``bench/figure_guards.py --capture`` that the stored figures do not flag, the
figures whose text holds one of its labelled values are paired (different outlets, different values) and each pair
is run through ``figures._conflicts`` under ``sys.settrace``: the line of ``_conflicts`` that stopped it (the test
before its ``continue``) is its cause. A pair whose figures have different keys (kind and counted noun) is never
compared ("key"); a labelled value no figure holds is "not read". The pair stopped latest in ``_conflicts`` is the
miss's cause (the nearest to being flagged).

    python bench/figure_misses.py --from /tmp/figs.pkl [--split blind-figures15 ...] [-v]
"""

from __future__ import annotations

import argparse
import linecache
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _trace_group(figures, figs, table, settings) -> dict:
    """Per pair ``(id(a), id(b))`` of one key's figures run through ``figures._conflicts`` as the view runs it, the
    last test (an ``if`` line of ``_conflicts``) it reached, or "flagged"."""
    from figure_guards import _Table

    code = figures._conflicts.__code__
    last: dict = {}
    ifs = {n for n in range(code.co_firstlineno, code.co_firstlineno + 400)
           if linecache.getline(code.co_filename, n).strip().startswith("if ")}

    def local(frame, event, arg):
        if event == "line" and frame.f_lineno in ifs:
            a, b = frame.f_locals.get("a"), frame.f_locals.get("b")
            if a is not None and b is not None:
                last[(id(a), id(b))] = frame.f_lineno
        return local

    def glob(frame, event, arg):
        return local if frame.f_code is code else None

    compared = [f for f in figs if f.restates != "restatement"]
    sys.settrace(glob)
    try:
        out = figures._conflicts(compared, _Table(table), settings)
    finally:
        sys.settrace(None)
    causes = {k: f"{n}: {linecache.getline(code.co_filename, n).strip()[:90]}" for k, n in last.items()}
    for a, b in out:
        causes[(id(a), id(b))] = "flagged as a pair (lost among the other figures)"
    for f in figs:
        if f.restates == "restatement":
            for g in figs:
                causes[(id(f), id(g))] = causes[(id(g), id(f))] = "a restatement (not compared)"
    return causes


def main() -> None:
    from analysis import _norm, score_conflicts
    from figure_guards import _Table, _captured, _flags
    from newsbrief.analyze import figures
    from newsbrief.analyze.figures import COMPARED_CATEGORIES, FIGURE_EVENTS
    from newsbrief.config import Settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="path", type=Path, required=True)
    ap.add_argument("--split", action="append")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    store = pickle.loads(args.path.read_bytes())
    pairs, labels = _captured(store)
    settings = Settings().analysis
    causes: Counter = Counter()
    for split, key in pairs:
        if split in ("ecbplus", "basil") or (args.split and split not in args.split):
            continue
        figs, table = store[key]
        flags = _flags(figs, table, settings)
        traced: dict = {}
        for item in labels["figure_conflicts"][key]:
            what, values = item[0], item[1]
            if score_conflicts({"conflicts": flags}, [item])["found"]:
                continue
            vs = [_norm(v) for v in values]
            holders = [f for f in figs if any(v in _norm(f.text) for v in vs)]
            best, why = -1, "not read"
            if len({f.value for f in holders}) >= 2 and len({f.sent.source.family for f in holders}) >= 2:
                why, best = "one outlet or one value only", 0
                order = {id(f): i for i, f in enumerate(figs)}
                for x in holders:
                    for y in holders:
                        if order[id(x)] >= order[id(y)] or x.sent.source.family == y.sent.source.family \
                                or figures._overlap(x, y):
                            continue
                        cat, noun = x.key
                        if x.key != y.key:
                            cause, rank = f"key {x.key} / {y.key}", 1
                        elif not (cat in FIGURE_EVENTS or cat in COMPARED_CATEGORIES
                                  or cat == "percent" and noun.startswith("% of ")) and not (
                                cat == "percent" and figures._on("place_shares") and x.places & y.places):
                            cause, rank = "a kind never compared (a share of no named group or place)", 1
                        else:
                            if x.key not in traced:  # (place_shares: the shares naming a place)
                                group = [f for f in figs if f.key == x.key and (
                                    cat != "percent" or noun.startswith("% of ") or f.places)]
                                traced[x.key] = _trace_group(figures, group, table, settings)
                            cause = traced[x.key].get((id(x), id(y)), "not compared (its kind)")
                            rank = 2 + int(cause.split(":")[0]) if cause[0].isdigit() else 10 ** 6
                        if rank > best:
                            best, why = rank, f"{cause}   [{x.text!r} / {y.text!r}]"
            elif holders:
                why = "one outlet or one value read: " + ", ".join(sorted({f.text for f in holders}))[:80]
            head = why.split("   [")[0]
            causes[head if not head.startswith("key") else "key (kind or noun differs)"] += 1
            print(f"{split:16} {key:22} {what[:60]!r}\n{'':18}{why}")
    print()
    for c, n in causes.most_common():
        print(f"{n:4}  {c}")


if __name__ == "__main__":
    main()
