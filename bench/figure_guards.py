"""Figure-conflict guards measured by leaving one split out (issue 11, twentieth round: precision first).

The cross-source view is run once on every cluster of the labelled splits scored on figure conflicts
(``tests/labels/analysis*.json``) and on the clusters ``bench/figure_flags.py`` reads (ECB+ T01-T29 and every
BASIL event: their flags are judged in ``tests/labels/figure_conflicts_flagged.tsv``); the figures it extracts and
the sentence similarities its comparison asks for are stored (``--capture``). ``--from`` then compares the stored
figures again with each guard of :data:`newsbrief.analyze.figures.PRECISION_GUARDS` switched off in turn
(``figures.GUARDS_OFF``) and prints, per split, flags right of flagged and conflicts found, for main's rules
("none": every guard off) and for each guard alone and all together; then leave-one-split-out: a guard is kept for
a held-out split when, on the other labelled splits, it removes more false flags than it costs real ones times
``--worth`` (a lost conflict is worth that many false flags; 2 by default: precision first).

``--recall`` measures the recall rules (:data:`newsbrief.analyze.figures.RECALL_RULES`, twenty-first round) the same
way, every precision guard on: a rule is kept for a held-out fold when on the other folds it finds more conflicts
(and judged real flags) than it adds false flags (worth 1 by default; an unjudged new flag on ECB+ / BASIL counts as
false until read). ``--both`` scores each fold with the guards and the rules its other folds chose. ``-v`` lists the
wrong and unjudged flags, and each candidate's flags that main's rules do not have.

    python bench/figure_guards.py --capture /tmp/figs.pkl [--skip blind-figures14]  # the view on each cluster
                                                                  # (CPU minutes; --skip: a blind split stays unrun)
    python bench/figure_guards.py --from /tmp/figs.pkl [--worth 2] [-v]
    python bench/figure_guards.py --from /tmp/figs.pkl --recall [-v]
    python bench/figure_guards.py --from /tmp/figs.pkl --both
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.setrecursionlimit(100000)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"


def _clusters() -> tuple[list[tuple[str, str]], dict]:
    """(split, key) of every labelled split scored on figure conflicts, then ("ecbplus" / "basil", cluster) of the
    flag-judged sets."""
    from analysis import SCORERS, SPLIT_SECTIONS, load_labels

    labels = load_labels()
    sections = {**SPLIT_SECTIONS, **labels.get("split_sections", {})}
    out = [(split, key) for split, keys in labels["split"].items() for key in keys
           if "figure_conflicts" in sections.get(split, SCORERS) and key in labels.get("figure_conflicts", {})]
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        ecb = sorted({c for c in (json.loads(line)["cluster"] for line in fh) if c <= "T29_ecbplus"})
    with gzip.open(SHARED / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        basil = sorted({json.loads(line)["cluster"] for line in fh})
    return out + [("ecbplus", c) for c in ecb] + [("basil", c) for c in basil], labels


def _captured(store: dict) -> tuple[list[tuple[str, str]], dict]:
    """:func:`_clusters` less those the capture does not hold (a split labelled after it, kept blind)."""
    pairs, labels = _clusters()
    return [(split, key) for split, key in pairs if key in store], labels


class _Table:
    """A stored similarity: the values the view's similarity gave for pairs of stored sentences."""

    def __init__(self, values: dict):
        self.values = values

    def __call__(self, a, b) -> float:
        return self.values.get((a.source.n, a.index, b.source.n, b.index), 0.0)


def capture(path: Path, skip: frozenset = frozenset()) -> None:
    import newsbrief.analyze as an
    from analysis import labelled_articles, missing_data
    from newsbrief.analyze import figures
    from newsbrief.config import Settings
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    pairs = [(split, key) for split, key in _clusters()[0]  # a blind split stays unrun; an external set not here too
             if split not in skip and not missing_data(key)]
    settings = Settings()
    real_compare = figures.compare
    got: dict = {}

    def grab(figs, similar=None, s=None):
        got["figs"], got["similar"] = figs, similar
        return real_compare(figs, similar, s)

    an.figures.compare = grab
    rows = {}
    for name in ("ecbplus", "basil"):
        with gzip.open(SHARED / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                rows.setdefault((name, r["cluster"]), []).append(r)
    store: dict = {}
    t0 = time.process_time()
    for split, key in pairs:
        if key in store:
            continue
        if split in ("ecbplus", "basil"):
            articles = [article_from_dict(a) for a in rows[(split, key)]]
        else:
            articles = labelled_articles(key)
        an.analyze_brief(prepare(articles, settings), settings)
        figs, similar = got["figs"], got["similar"]
        table = {}
        sents = list({id(f.sent): f.sent for f in figs}.values())
        if similar is not None:  # each figure's sentence with every other's, whatever their keys (fig31: figures
            for a in sents:      # of two keys may be filed under one), the pairs below the floor left out (0)
                for b in sents:
                    if a is not b and (v := similar(a, b)):
                        table[(a.source.n, a.index, b.source.n, b.index)] = v
        store[key] = (figs, table)
        print(f"{split:16} {key:40} {len(figs):4} figures  cpu {time.process_time() - t0:.0f}s", file=sys.stderr,
              flush=True)
    path.write_bytes(pickle.dumps(store))


def _flags(figs, table, settings) -> list:
    from newsbrief.analyze import figures

    return [q.to_dict() for q in figures.compare(figs, _Table(table), settings) if q.conflict]


def evaluate(path: Path, worth: float, verbose: bool, only: list[str] | None = None, recall: bool = False) -> None:
    from analysis import score_conflicts
    from figure_flags import read_labels, score as flag_score
    from newsbrief.analyze import figures
    from newsbrief.config import Settings

    store = pickle.loads(path.read_bytes())
    pairs, labels = _captured(store)
    judged = read_labels()
    settings = Settings().analysis
    pool = figures.RECALL_RULES if recall else figures.PRECISION_GUARDS
    guards = [g for g in pool if not only or g in only]
    # the others stay off throughout; the guards are measured with no recall rule, the recall rules with every guard
    figures.GUARDS_OFF = frozenset(set(pool) - set(guards)) | (frozenset() if recall else frozenset(figures.RECALL_RULES))
    base_off = figures.GUARDS_OFF
    variants = {"none": set(guards), **{g: set(guards) - {g} for g in guards}, "all": set()}
    # per variant, per split: [right, flagged, found, labelled] (judged sets: [real, judged, kept, truths])
    res: dict = {v: {} for v in variants}
    wrong: dict = {v: [] for v in variants}
    for name, off in variants.items():
        figures.GUARDS_OFF = frozenset(off) | base_off
        flagged_sets: dict = {"ecbplus": {}, "basil": {}}
        for split, key in pairs:
            figs, table = store[key]
            d = {"conflicts": _flags(figs, table, settings)}
            if split in flagged_sets:
                flagged_sets[split][key] = [frozenset(v["text"] for v in q["values"]) for q in d["conflicts"]]
                continue
            r = score_conflicts(d, labels["figure_conflicts"][key])
            acc = res[name].setdefault(split, [0, 0, 0, 0])
            for i, k in enumerate(("right", "flagged", "found", "labelled")):
                acc[i] += r[k]
            wrong[name] += [(split, key, w) for w in r["wrong"]]
        for ds, now in flagged_sets.items():
            s = flag_score([row for row in judged if row["dataset"] == ds], now)
            res[name][ds] = [s["real"], s["judged"], s["kept"], s["truths"], len(s["unjudged"])]
            wrong[name] += [(ds, c, v, "unjudged") for c, v in s["unjudged"]] + [(ds, c, v, n) for c, v, n in s["wrong"]]
    figures.GUARDS_OFF = frozenset()
    splits = [s for s in dict.fromkeys(s for s, _ in pairs) if s not in ("ecbplus", "basil")]

    def cell(v, s):
        r = res[v].get(s, [0, 0, 0, 0])
        return f"{r[0]}/{r[1]} {r[2]}/{r[3]}" + (f" u{r[4]}" if len(r) > 4 else "")

    names = list(variants)
    print("split".ljust(18) + "".join(n[:14].ljust(16) for n in names))
    for s in splits + ["ecbplus", "basil"]:
        print(s.ljust(18) + "".join(cell(n, s).ljust(16) for n in names))
    for n in names:
        tot = [sum(res[n][s][i] for s in splits) for i in range(4)]
        print(f"pooled {n:24} {tot[0]}/{tot[1]} right, {tot[2]}/{tot[3]} found: "
              f"{tot[0] / max(tot[1], 1):.3f} / {tot[2] / max(tot[3], 1):.3f}")
    # leave one split out: keep guard g for split s when, on the other splits, false flags removed - worth * lost
    # conflicts (and lost right flags) > 0
    held = [0, 0, 0, 0]
    kept_by: dict = {}
    folds = splits + ["ecbplus", "basil"]  # the judged flags are evidence too (precision and relative recall)
    for s in folds:
        keep = []
        for g in guards:
            gain = 0.0
            for o in folds:
                if o == s:
                    continue
                a, b = res["none"][o], res[g][o]  # guard off everywhere / only g on... see below
                fp_removed = (a[1] - a[0]) - (b[1] - b[0])
                if recall and len(a) > 4:  # an unjudged new flag counts as false until read
                    fp_removed += a[4] - b[4]
                lost = (a[2] - b[2])
                gain += fp_removed - worth * lost
            if gain > 0:
                keep.append(g)
        kept_by[s] = keep
        figures.GUARDS_OFF = frozenset(set(guards) - set(keep)) | base_off
        print(f"LOSO {s:18} keeps {','.join(keep) or '-'}: " + _fold(s, pairs, store, judged, labels, settings, held))
    figures.GUARDS_OFF = frozenset()
    print(f"LOSO pooled held out: {held[0]}/{held[1]} right, {held[2]}/{held[3]} found: "
          f"{held[0] / max(held[1], 1):.3f} / {held[2] / max(held[3], 1):.3f}")
    evaluate.kept_by = kept_by  # type: ignore[attr-defined]
    if verbose:
        for n in ("none", "all"):
            print(f"-- wrong / unjudged flags, {n}")
            for w in wrong[n]:
                print("  ", w)
        for n in names[1:-1]:  # each candidate's wrong / unjudged flags that "none" does not have, and the reverse
            now, then = set(map(repr, wrong[n])), set(map(repr, wrong["none"]))
            for w in sorted(now - then):
                print(f"-- {n} adds {w}")
            for w in sorted(then - now):
                print(f"-- {n} removes {w}")


def _fold(s: str, pairs, store: dict, judged, labels: dict, settings, held: list[int]) -> str:
    """One held-out fold scored with the guards now on: ECB+ / BASIL on their judged flags, a labelled split on
    its conflicts (added to ``held``: right, flagged, found, labelled); the line to print."""
    from analysis import score_conflicts
    from figure_flags import score as flag_score

    if s in ("ecbplus", "basil"):
        now = {key: [frozenset(v["text"] for v in q["values"]) for q in _flags(*store[key], settings)]
               for split, key in pairs if split == s}
        r = flag_score([row for row in judged if row["dataset"] == s], now)
        return (f"{r['real']}/{r['judged']} judged right ({r['precision']:.3f}), {len(r['unjudged'])} unjudged, "
                f"relative recall {r['kept']}/{r['truths']}")
    mine = [0, 0, 0, 0]
    for split, key in pairs:
        if split == s:
            r = score_conflicts({"conflicts": _flags(*store[key], settings)}, labels["figure_conflicts"][key])
            for i, k in enumerate(("right", "flagged", "found", "labelled")):
                held[i] += r[k]
                mine[i] += r[k]
    return f"{mine[0]} of {mine[1]} flagged right, {mine[2]} of {mine[3]} found"


def combined(path: Path, kept: dict, pool: set) -> None:
    """Each fold held out with the guards and the recall rules the other folds chose (``kept``: fold -> names)."""
    from figure_flags import read_labels
    from newsbrief.analyze import figures
    from newsbrief.config import Settings

    store = pickle.loads(path.read_bytes())
    pairs, labels = _captured(store)
    judged = read_labels()
    settings = Settings().analysis
    held = [0, 0, 0, 0]
    for s in dict.fromkeys(s for s, _ in pairs):
        figures.GUARDS_OFF = frozenset(pool - set(kept[s]))
        print(f"held out {s:18} " + _fold(s, pairs, store, judged, labels, settings, held))
    figures.GUARDS_OFF = frozenset()
    print(f"held out, guards (worth 2) and recall rules (worth 1) chosen per fold: {held[0]}/{held[1]} right, "
          f"{held[2]}/{held[3]} found: {held[0] / max(held[1], 1):.3f} / {held[2] / max(held[3], 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--capture", type=Path)
    p.add_argument("--from", dest="src", type=Path)
    p.add_argument("--worth", type=float, default=None, help="a conflict in false flags (2; --recall: 1)")
    p.add_argument("-v", action="store_true")
    p.add_argument("--skip", nargs="*", default=[], help="--capture: splits not run (a blind split kept blind)")
    p.add_argument("--both", action="store_true",
                   help="held out with the guards (worth 2) and the recall rules (worth 1) each fold's others chose")
    p.add_argument("--guards", nargs="*", help="the candidate guards (default: every one of PRECISION_GUARDS)")
    p.add_argument("--recall", action="store_true",
                   help="measure the recall rules (RECALL_RULES) instead, every precision guard on; worth 1 by default")
    a = p.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    if a.capture:
        capture(a.capture, frozenset(a.skip))
    if a.src:
        if a.both:  # the precision guards' choice and the recall rules', per fold, scored together
            from newsbrief.analyze import figures

            evaluate(a.src, 2.0, False)
            guards = evaluate.kept_by  # type: ignore[attr-defined]
            evaluate(a.src, 1.0, False, None, True)
            rules = evaluate.kept_by  # type: ignore[attr-defined]
            print("-- both")
            combined(a.src, {s: guards[s] + rules[s] for s in guards},
                     set(figures.PRECISION_GUARDS) | set(figures.RECALL_RULES))
            return 0
        worth = a.worth if a.worth is not None else (1.0 if a.recall else 2.0)
        evaluate(a.src, worth, a.v, a.guards, a.recall)
    return 0


if __name__ == "__main__":
    sys.exit(main())
