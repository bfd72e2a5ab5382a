"""Every figure-conflict flag a change to the comparison adds or removes over a capture (issue 11, fig55).

``bench/figure_guards.py --capture`` stores the figures of every labelled split scored on figure conflicts and of
the flag-judged sets (ECB+ T01-T29, BASIL). This compares, cluster by cluster, the flags of main's comparison with
the flags of a variant of it: recall rules or precision guards switched off (``--off``, names of
:data:`newsbrief.analyze.figures.RECALL_RULES` / ``PRECISION_GUARDS``) and module constants of
``newsbrief.analyze.figures`` set (``--set NAME=VALUE``; e.g. ``SAME_SUBJECT_NAMES=0`` lets every pair past the
similarity bar, ``MAX_CONFLICT_RATIO=5`` loosens the ratio bar, ``CROWDED_VALUES=1000`` switches the crowded bar
off). For each cluster whose flags differ it prints the flags added (+) and removed (-), and for a labelled cluster
its flags right / flagged and conflicts found before and after; for a judged cluster each changed flag's verdict in
``tests/labels/figure_conflicts_flagged.tsv`` (real, wrong, unjudged). The totals end it.

A bar switched off altogether shows its ceiling: the labelled conflicts no loosening of that bar can find beyond
those, and the flags it holds back (fig55 read the similarity, ratio, crowded and consensus bars so).

``--to CAPTURE`` compares the flags of two captures instead (fig57): a change to what is extracted (a value read, a
key, an interval) changes the stored figures, so the code before and after it are each captured once
(``bench/figure_guards.py --capture``, run from each code) and every cluster both hold is compared, the comparison
of the code running this (``--off`` and ``--set`` apply to the second capture only).

    python bench/figure_diff.py --from /tmp/figs.pkl --off country        # what the rule "country" adds
    python bench/figure_diff.py --from /tmp/figs.pkl --set SAME_SUBJECT_NAMES=0 [--split blind-figures13]
    python bench/figure_diff.py --from /tmp/main.pkl --to /tmp/branch.pkl  # what an extraction change adds
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _values(flags: list[dict]) -> set[frozenset]:
    return {frozenset(v["text"] for v in q["values"]) for q in flags}


def _verdict(judged: list[dict], cluster: str, values: frozenset) -> str:
    """A judged set's verdict on one flag: "real", "wrong" or "unjudged" (``figure_flags.score``'s matching)."""
    match = [row for row in judged if row["cluster"] == cluster and values <= row["values"]]
    return "unjudged" if not match else "real" if any(row["conflict"] for row in match) else "wrong"


def diff(store: dict, pairs: list[tuple[str, str]], labels: dict, judged: list[dict], off: frozenset = frozenset(),
         settings_of: dict | None = None, settings=None, after_store: dict | None = None) -> tuple[list[dict], dict]:
    """Per cluster whose flags differ between main's comparison and the variant (``off``: guards and rules switched
    off; ``settings_of``: module constants of ``figures`` set; ``after_store``: another capture's figures, compared
    with the variant's settings), a row ``{split, key, added, removed, before, after}`` (``before`` / ``after``:
    ``score_conflicts``' counts for a labelled cluster, else each changed flag's verdict); and the totals: labelled
    right, flagged, found, labelled before and after, judged flags added and removed by verdict."""
    from analysis import score_conflicts
    from figure_guards import _flags
    from newsbrief.analyze import figures

    saved = {name: getattr(figures, name) for name in settings_of or {}}
    rows: list[dict] = []
    total = {"before": [0, 0, 0, 0], "after": [0, 0, 0, 0], "added": {}, "removed": {}}
    for split, key in pairs:
        figs, table = store[key]
        figures.GUARDS_OFF = frozenset()
        before = _flags(figs, table, settings)
        if after_store is not None:
            figs, table = after_store[key]
        try:
            figures.GUARDS_OFF = frozenset(off)
            for name, value in (settings_of or {}).items():
                setattr(figures, name, value)
            after = _flags(figs, table, settings)
        finally:
            figures.GUARDS_OFF = frozenset()
            for name, value in saved.items():
                setattr(figures, name, value)
        row = {"split": split, "key": key, "added": sorted(map(sorted, _values(after) - _values(before))),
               "removed": sorted(map(sorted, _values(before) - _values(after)))}
        if split in ("ecbplus", "basil"):
            for side in ("added", "removed"):
                row[side] = [(v, _verdict(judged, key, frozenset(v))) for v in row[side]]
                for _, verdict in row[side]:
                    total[side][verdict] = total[side].get(verdict, 0) + 1
        else:
            lab = labels["figure_conflicts"][key]
            for side, flags in (("before", before), ("after", after)):
                r = score_conflicts({"conflicts": flags}, lab)
                row[side] = [r["right"], r["flagged"], r["found"], r["labelled"]]
                total[side] = [t + x for t, x in zip(total[side], row[side])]
        if row["added"] or row["removed"]:
            rows.append(row)
    return rows, total


def _constant(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    return name, float(value)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--from", dest="src", type=Path, required=True, help="a bench/figure_guards.py --capture file")
    p.add_argument("--off", nargs="*", default=[], help="recall rules / precision guards switched off")
    p.add_argument("--set", nargs="*", default=[], type=_constant, help="NAME=VALUE: a constant of figures set")
    p.add_argument("--split", action="append", help="only these splits (ecbplus, basil: the judged sets)")
    p.add_argument("--to", dest="dst", type=Path, help="a second capture, compared with the first (fig57)")
    a = p.parse_args(argv)
    from figure_flags import read_labels
    from figure_guards import _captured
    from newsbrief.analyze import figures
    from newsbrief.config import Settings

    unknown = set(a.off) - set(figures.RECALL_RULES) - set(figures.PRECISION_GUARDS)
    bad = [n for n, _ in a.set if not isinstance(getattr(figures, n, None), (int, float))]
    if unknown or bad:
        p.error(f"not a rule or guard: {sorted(unknown)}; not a numeric constant of figures: {bad}")
    store = pickle.loads(a.src.read_bytes())
    after_store = pickle.loads(a.dst.read_bytes()) if a.dst else None
    pairs, labels = _captured(store)
    if after_store is not None:
        pairs = [(s, k) for s, k in pairs if k in after_store]
    pairs = [(s, k) for s, k in pairs if not a.split or s in a.split]
    consts = {n: type(getattr(figures, n))(v) for n, v in a.set}
    rows, total = diff(store, pairs, labels, read_labels(), frozenset(a.off), consts, Settings().analysis,
                       after_store)
    for row in rows:
        tail = "" if row["split"] in ("ecbplus", "basil") else (
            "right {0}/{1} -> {4}/{5}, found {2} -> {6} of {3}".format(*row["before"], *row["after"]))
        print(f"{row['split']:18} {row['key']:36} {tail}")
        for side, mark in (("added", "+"), ("removed", "-")):
            for v in row[side]:
                print(f"    {mark} {v}")
    b, f = total["before"], total["after"]
    print(f"labelled: {b[0]}/{b[1]} right, {b[2]}/{b[3]} found -> {f[0]}/{f[1]} right, {f[2]}/{f[3]} found; "
          f"judged flags added {total['added'] or '-'}, removed {total['removed'] or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
