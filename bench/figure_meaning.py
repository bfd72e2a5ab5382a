"""Figure conflicts by meaning instead of shared words, measured held out (issue 11, fig40).

The cascade of ``figures._conflicts`` decides whether two outlets' figures are about one thing by words: the
shared-word bar (a content stem shared around both, two for a count), the crowded-article bar and the similarity
bar (TF-IDF cosine of the two values' reports, ``analysis.conflict_similarity``). This bench asks whether the
sentence encoder the brief already ships (``citations.model``: MiniLM int8 ONNX, :mod:`newsbrief.embed`) tells
the pairs those bars stop apart better: for every candidate pair of a ``bench/figure_guards.py --capture`` (as
``bench/figure_model.py`` builds them: one key, different outlet families, values apart, within a ratio of 4) it
computes five readings,

- ``sent``: the cosine of the two figures' sentences;
- ``best``: the best cosine between any sentence of one outlet giving one value and any of the other outlet giving
  the other (the reports ``_Reports.same_value`` gives, as the similarity bar reads them);
- ``win``: the cosine of the two figures' windows (45 characters either side, whole words);
- ``margin``: ``sent`` less the best cosine of one figure's sentence to the other outlet's sentences giving another
  value of the key (does the encoder pick this pair over the outlet's other figures?), the lower of both ways;
- ``best_no_word``: ``best`` for a pair stopped by the shared-word bar with no word shared at all (where the words
  say nothing: "some 450 feet down" / "354 feet below the surface"), else nothing (left to the bars);

and prints (1) the pair-level table: pairs the rules do not flag although no guard vetoes them (stopped by the
shared-word, crowded or similarity bar), labelled as ``figure_model._label`` labels them, passing each reading at
each threshold; the rules' flagged pairs a reading would drop; (2) the flag level, held out: each fold scored with
the rules ``figure_guards.py --both`` holds out for it (``figure_model._kept_by``) plus ("or", a recall rule) the
stopped pairs whose reading reaches t, or less ("and", a guard) the flagged pairs under t; each fold's t chosen by
its other folds (a recall rule worth 1 conflict per false or unjudged flag, a guard 2 false flags per conflict, as
``--both`` chooses them).

    python bench/figure_meaning.py --from /tmp/figs.pkl [--kept /tmp/kept.json] [--list 40] [--cross]
        [--readings best win ...]

``--cross`` adds the pair-level table of candidates across keys (:func:`cross_table`).

Measured on main 17afd79 (docs/analysis-labels.md, "fig40"): negative. Nothing of it is shipped.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.setrecursionlimit(100000)

READINGS = ("sent", "best", "win", "margin", "best_no_word")
OR_GRID = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)
AND_GRID = (0.2, 0.3, 0.4, 0.5)
#: ``margin`` is a difference of cosines (1 and more when the other outlet gives no other value of the key)
MARGIN_OR_GRID = (0.0, 0.05, 0.1, 0.2, 0.3)
MARGIN_AND_GRID = (-0.1, 0.0, 0.05, 0.1)


def grids(reading: str) -> tuple[tuple, tuple]:
    """The thresholds tried for a recall rule ("or") and for a guard ("and") on ``reading``."""
    return (MARGIN_OR_GRID, MARGIN_AND_GRID) if reading == "margin" else (OR_GRID, AND_GRID)


def window(f, chars: int = 45) -> str:
    """The figure with ``chars`` characters either side, widened to whole words."""
    t = f.sent.text
    a, b = max(0, f.start - chars), min(len(t), max(f.end, f.noun_end) + chars)
    while a > 0 and t[a - 1].isalnum():
        a -= 1
    while b < len(t) and t[b].isalnum():
        b += 1
    return t[a:b]


def stage(feats: dict, flagged: bool) -> str:
    """Where the cascade leaves a candidate pair: flagged, vetoed by a guard, or stopped by a bar (the shared-word
    bar, the crowded-article bar, else the similarity bar)."""
    if flagged:
        return "flagged"
    if feats["vetoes"] > 0:
        return "veto"
    if feats["shared_short"] and not (feats["placed"] or feats["aligned"] or feats["dimension_same"]):
        return "shared"
    return "crowded" if feats["crowded"] else "similarity"


def candidates(store: dict, pairs: list, settings, encode) -> list[dict]:
    """Every candidate pair of the capture with its stage, label and the encoder's readings."""
    from figure_guards import _Table
    from figure_flags import read_labels
    from figure_model import _label, pair_features
    from newsbrief.analyze import figures as F

    judged = read_labels()
    labels = _captured(store)[1]
    vectors: dict = {}

    def vec(t: str):
        if t not in vectors:
            vectors[t] = encode([t])[0]
        return vectors[t]

    def cos(x: str, y: str) -> float:
        return float(vec(x) @ vec(y))

    real = F._conflicts
    rows: list[dict] = []
    now: dict = {}

    def recorder(figs, similar, s):
        got = real(figs, similar, s)
        flagged = {(id(a), id(b)) for a, b in got} | {(id(b), id(a)) for a, b in got}
        reports = F._Reports(figs, similar, s)

        def over_others(x, y):  # y's sentence to x's, less the best of y's outlet's sentences giving another value
            others = [g for g in figs if g.sent.source.family == y.sent.source.family and not F._overlap(g, y)
                      and g.sent.text != y.sent.text]
            return cos(x.sent.text, y.sent.text) - max((cos(x.sent.text, g.sent.text) for g in others), default=-1.0)

        for a, b, f in pair_features(figs, similar, s):
            st = stage(f, (id(a), id(b)) in flagged)
            if st == "veto":
                continue
            rows.append(dict(split=now["split"], key=now["key"], a=a, b=b, stage=st,
                             y=_label(now["split"], now["key"], a, b, labels, judged),
                             sent=cos(a.sent.text, b.sent.text),
                             best=max(cos(x.sent.text, y.sent.text) for x in reports.same_value(a, b)
                                      for y in reports.same_value(b, a)),
                             win=cos(window(a), window(b)), margin=min(over_others(a, b), over_others(b, a))))
            r = rows[-1]
            r["best_no_word"] = r["best"] if st == "shared" and f["shared_words"] == 0 else -9.0
        return got

    F._conflicts = recorder
    try:
        for split, key in pairs:
            if now.get("done", set()) and key in now["done"]:
                continue
            now.setdefault("done", set()).add(key)
            now["split"], now["key"] = split, key
            figs, table = store[key]
            F.compare(figs, _Table(table), settings)
    finally:
        F._conflicts = real
    return rows


def _captured(store: dict):
    from figure_guards import _captured as captured

    return captured(store)


def pair_table(rows: list[dict]) -> None:
    def count(sel):
        return (sum(r["y"] == 1 for r in sel), sum(r["y"] == 0 for r in sel), sum(r["y"] is None for r in sel))

    stopped = [r for r in rows if r["stage"] in ("shared", "similarity", "crowded")]
    for st in ("flagged", "shared", "crowded", "similarity"):
        p, n, u = count([r for r in rows if r["stage"] == st])
        print(f"{st:10} pairs: {p} positive, {n} negative, {u} unjudged")
    print("-- stopped pairs (shared-word, crowded, similarity bar) whose reading reaches t: positive / negative / "
          "unjudged")
    for reading in READINGS:
        print(f"  {reading:7}" + " | ".join("{}: +{} -{} ?{}".format(t, *count([r for r in stopped if r[reading] >= t]))
                                              for t in grids(reading)[0]))
    print("-- flagged pairs whose reading is under t (a guard would drop them): positive / negative / unjudged")
    flagged = [r for r in rows if r["stage"] == "flagged"]
    for reading in READINGS[:-1]:  # best_no_word reads no flagged pair
        print(f"  {reading:7}" + " | ".join("{}: +{} -{} ?{}".format(t, *count([r for r in flagged if r[reading] < t]))
                                              for t in grids(reading)[1]))


def cross_table(store: dict, pairs: list, labels: dict, rows: list[dict], settings, encode) -> None:
    """Candidates across keys: two figures of one kind class (a count or an event count: people, things; else one
    kind and unit) but two keys (counted noun or kind differs: "eight experts" / "three observers", "99 ... members"
    / "89 people" arrested), from different outlets, values apart within the cascade's ratio bar (2), compared as if
    of one key (``figure_model.pair_features`` on the class's figures); the labelled conflicts no same-key pair
    flagged that they match, and the pairs passing each reading of the noun phrase, window and sentence."""
    from analysis import score_conflicts
    from figure_flags import read_labels
    from figure_guards import _Table
    from figure_model import _label, pair_features
    from newsbrief.analyze import figures as F
    from newsbrief.analyze._cues import FIGURE_EVENTS

    judged = read_labels()
    vectors: dict = {}

    def cos(x: str, y: str) -> float:
        for t in (x, y):
            if t not in vectors:
                vectors[t] = encode([t])[0]
        return float(vectors[x] @ vectors[y])

    def matched(split, key, a, b) -> set:
        if split in ("ecbplus", "basil"):
            return set()
        q = {"quantity": "", "values": [{"text": a.text}, {"text": b.text}]}
        return {(key, i) for i, item in enumerate(labels["figure_conflicts"][key])
                if score_conflicts({"conflicts": [q]}, [item])["right"]}

    found = set().union(*(matched(r["split"], r["key"], r["a"], r["b"]) for r in rows if r["stage"] == "flagged"))
    out: list[dict] = []
    done: set = set()
    for split, key in pairs:
        if key in done:
            continue
        done.add(key)
        figs, table = store[key]
        by_class: dict = {}
        for f in figs:
            if f.restates != "restatement":
                c = "people" if f.category == "count" or f.category in FIGURE_EVENTS else (f.category, f.unit)
                by_class.setdefault(c, []).append(f)
        for g in by_class.values():
            if len({f.key for f in g}) < 2:
                continue
            for a, b, ft in pair_features(g, _Table(table), settings):
                if a.key == b.key or ft["log_ratio"] > 0.6932:
                    continue
                phrase = [f.sent.text[f.start:max(f.end, f.noun_end)] for f in (a, b)]
                y = _label(split, key, a, b, labels, judged)
                out.append(dict(y=y, items=matched(split, key, a, b) if y == 1 else set(),
                                vetoes=ft["vetoes"], words=not ft["shared_short"], np=cos(*phrase),
                                win=cos(window(a), window(b)), sent=cos(a.sent.text, b.sent.text)))
    print(f"-- candidates across keys: {len(out)} pairs; labelled conflicts not found on main ({len(found)} found) "
          f"that they match: positive pairs' new conflicts / negative pairs / unjudged pairs at each reading")
    for name, sel in (("every pair", lambda r: True), ("no guard vetoes", lambda r: r["vetoes"] == 0),
                      ("no veto, words shared", lambda r: r["vetoes"] == 0 and r["words"])):
        rs = [r for r in out if sel(r)]
        reach = set().union(*(r["items"] for r in rs)) - found
        print(f"  {name}: {len(rs)} pairs, {len(reach)} new conflicts reachable")
        for reading in ("np", "win", "sent"):
            cells = []
            for t in (0.5, 0.6, 0.7, 0.8, 0.9):
                p = [r for r in rs if r[reading] >= t]
                new = set().union(*(r["items"] for r in p)) - found
                cells.append(f"{t}: +{len(new)} -{sum(r['y'] == 0 for r in p)} ?{sum(r['y'] is None for r in p)}")
            print(f"    {reading:5}" + " | ".join(cells))


def main(argv: list[str] | None = None) -> int:
    from figure_guards import SHARED, _flags, _fold
    from figure_model import _chooser, _kept_by
    from newsbrief.analyze import figures
    from newsbrief.config import Settings
    from newsbrief.embed import encoder

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--from", dest="src", type=Path, required=True)
    p.add_argument("--kept", type=Path, help="cache of --both's per-fold choice (JSON)")
    p.add_argument("--list", type=int, default=0, help="list the stopped pairs the best reading rates highest")
    p.add_argument("--readings", nargs="*", default=list(READINGS), choices=READINGS,
                   help="the readings measured at the flag level (default: all)")
    p.add_argument("--cross", action="store_true", help="also the pair-level table of candidates across keys")
    a = p.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    encode = encoder(Settings().citations.model)
    if encode is None:
        print("skipped: the sentence encoder is not installed")
        return 0
    from analysis import score_conflicts
    from figure_flags import read_labels, score as flag_score

    store = pickle.loads(a.src.read_bytes())
    pairs, labels = _captured(store)
    judged = read_labels()
    settings = Settings().analysis
    rows = candidates(store, pairs, settings, encode)
    pair_table(rows)
    if a.cross:
        cross_table(store, pairs, labels, rows, settings, encode)
    if a.list:
        stopped = sorted((r for r in rows if r["stage"] != "flagged"), key=lambda r: -r["best"])
        for r in stopped[: a.list]:
            y = {1: "right", 0: "wrong", None: "unjudged"}[r["y"]]
            print(f"  {r['best']:.2f} {y:8} {r['stage']:10} {r['split'][:16]:16} {r['key'][:24]:24} "
                  f"{r['a'].text!r} / {r['b'].text!r}")

    kept = _kept_by(a.src, a.kept)
    pool = set(figures.PRECISION_GUARDS) | set(figures.RECALL_RULES)
    folds = list(dict.fromkeys(s for s, _ in pairs))
    real = figures._conflicts

    def counts(o: str, keep, rules: str) -> tuple[int, int, int, int]:
        """Fold ``o`` with the pairs ``keep`` takes: (false or unjudged flags, conflicts found, right, flagged)."""
        figures._conflicts = _chooser(real, keep, rules)
        figures.GUARDS_OFF = frozenset(pool - set(kept[o]))
        try:
            if o in ("ecbplus", "basil"):
                now = {k: [frozenset(v["text"] for v in q["values"]) for q in _flags(*store[k], settings)]
                       for sp, k in pairs if sp == o}
                r = flag_score([row for row in judged if row["dataset"] == o], now)
                return r["judged"] - r["real"] + len(r["unjudged"]), r["kept"], 0, 0
            false = found = right = flagged = 0
            for sp, k in pairs:
                if sp == o:
                    r = score_conflicts({"conflicts": _flags(*store[k], settings)}, labels["figure_conflicts"][k])
                    false += r["flagged"] - r["right"]
                    found += r["found"]
                    right += r["right"]
                    flagged += r["flagged"]
            return false, found, right, flagged
        finally:
            figures._conflicts = real
            figures.GUARDS_OFF = frozenset()

    base = {o: counts(o, lambda k: False, "or") for o in folds}
    labelled = sum(len(labels["figure_conflicts"][k]) for s, k in pairs if s not in ("ecbplus", "basil"))

    def pooled(res: dict) -> str:
        r = [sum(res[o][i] for o in folds if o not in ("ecbplus", "basil")) for i in range(4)]
        extra = ", ".join(f"{o} {res[o][0]} false/unjudged, {res[o][1]} kept" for o in ("ecbplus", "basil"))
        return (f"{r[2]}/{r[3]} right, {r[1]}/{labelled} found: {r[2] / max(r[3], 1):.3f} / {r[1] / labelled:.3f}"
                f"  ({extra})")

    print(f"-- flag level, each fold with the rules --both holds out for it\nrules held out:      {pooled(base)}")
    for reading in a.readings:
        modes = (("or", grids(reading)[0], 1.0), ("and", grids(reading)[1], 2.0))
        for mode, grid, worth in modes[:1] if reading == "best_no_word" else modes:  # a recall rule only
            stopped = {(id(r["a"]), id(r["b"])): r[reading] for r in rows if r["stage"] != "flagged"}
            flagged = {(id(r["a"]), id(r["b"])): r[reading] for r in rows if r["stage"] == "flagged"}
            res = {}
            for t in grid:
                if mode == "or":
                    res[t] = {o: counts(o, lambda k, t=t: stopped.get(k, -9.0) >= t, "or") for o in folds}
                else:  # the rules' pairs kept unless a flagged candidate pair's reading is under t
                    res[t] = {o: counts(o, lambda k, t=t: flagged.get(k, 9.0) >= t, "and") for o in folds}
                print(f"{reading:7} {mode:3} t={t:<5} {pooled(res[t])}", flush=True)

            def gain(o, t):  # a recall rule: found - false (worth 1); a guard: false removed - 2 x conflicts lost
                (f0, n0, *_), (f1, n1, *_) = base[o], res[t][o]
                return (n1 - n0) - (f1 - f0) if mode == "or" else (f0 - f1) - worth * (n0 - n1)

            chosen = {}
            for s in folds:
                best = max(grid, key=lambda t: sum(gain(o, t) for o in folds if o != s))
                chosen[s] = best if sum(gain(o, best) for o in folds if o != s) > 0 else None
            nested = {o: res[chosen[o]][o] if chosen[o] is not None else base[o] for o in folds}
            picks = sorted({str(t) for t in chosen.values()})
            print(f"{reading:7} {mode:3} t nested ({', '.join(picks)}): {pooled(nested)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
