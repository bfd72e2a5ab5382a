"""Figure conflicts by a learned pair scorer, measured by leaving one split out (issue 11, fig33).

An experiment beside the hand-set cascade of ``figures._conflicts``: every candidate pair the cascade is given
(two figures of one key, from different outlet families, with values that do not overlap) gets a feature vector
made of the cascade's own tests, each as an outcome (every guard and bar, by calling the same helpers; the value
ratio; shared context words; the best sentence similarity of the two values' reports; crowded; the families giving
each value; one step; the kind). A pair is positive when it matches a labelled conflict the way
``bench/analysis.py``'s scorer matches a flag (two of its values hold two labelled values of one item), negative
otherwise in a labelled cluster; on ECB+ / BASIL a pair is judged when its two texts are one judged row of
``tests/labels/figure_conflicts_flagged.tsv`` and left out of training otherwise (an unjudged flag then counts as
false, as in ``bench/figure_guards.py``).

A small model (logistic regression on standardized features, or a depth-limited tree) is trained on every fold but
one (the labelled splits scored on figure conflicts, ECB+ and BASIL) and decides the held-out fold's pairs; its
pairs go through ``figures.compare`` exactly as the rules' do (components, backing reports, the shown values) and
are scored as ``figure_guards.py --both`` scores (per split: flags right of flagged, conflicts found; pooled), at
several thresholds; also "rules OR model" (the rules' pairs plus the model's confident extra ones) and "rules AND
model" (the rules' pairs the model keeps).

    python bench/figure_model.py --from /tmp/fig33/fg_main.pkl [--model logreg|tree] [--unbalanced] [--C 0.1]
        [--held-rules --kept /tmp/fig33/kept.json] [--max-vetoes 0] [--nested] [--cross] [--list 30] [--coef] [-v]

``--held-rules``: the rules as ``figure_guards.py --both`` holds them out (each fold's guards and recall rules chosen
by the others); ``--nested``: each fold's OR / AND threshold chosen by its other folds, each scored with a model that
saw neither. Measured (docs/analysis-labels.md, "fig33"): held out the model alone is far less precise than the rules;
rules OR model gains only pairs the shipped recall rules already flag; rules AND model, thresholds nested, changes
nothing. A negative result: nothing of it is shipped.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.setrecursionlimit(100000)

#: Pairs whose values are further apart than this are no candidates (the cascade's ratio bar is 2; a "no one"
#: toll and a decimal slip are kept whatever the ratio).
MAX_RATIO = 4.0
#: The cascade's tests that drop a pair (each a ``continue`` of ``_conflicts``); their count is a feature too.
VETOES = ("over_ratio", "far_in_time", "whole_of", "agrees_elsewhere", "told_apart", "denominator", "other_years",
          "attributive", "vague_count", "fraction", "age_moved", "days_apart", "toll_moved", "past_apart",
          "earlier_event", "place_parts", "day_of_running", "places_apart", "place_meant", "reference_apart",
          "located_apart", "modifiers_apart", "measured_apart", "money_apart", "per_unit_apart", "both_vague",
          "same_bound", "other_subjects", "people_apart", "item_apart", "part_apart", "qualifier_apart",
          "role_apart", "dimension_apart", "consensus")
KINDS = ("event", "count", "money", "measure", "duration", "percent", "age")


def pair_features(figs, similar, settings) -> list:
    """``(a, b, features)`` for every candidate pair of one key's figures, the cascade's tests of
    ``figures._conflicts`` each as a value (its helpers, and its per-key ``figures._Reports``, called as it calls
    them)."""
    from newsbrief.analyze import figures as F
    from newsbrief.analyze._cues import FIGURE_EVENTS

    ov = F._overlap
    reports = F._Reports(figs, similar, settings)  # the cascade's own per-key helpers, as _conflicts builds them
    agrees_elsewhere, told_apart, families = reports.agrees_elsewhere, reports.told_apart, reports.families
    same_value, age_moved, crowded = reports.same_value, reports.age_moved, reports.crowded
    dims = {id(f): (F._dimension(f) if f.category == "measure" else None) for f in figs}

    out = []
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            if a.sent.source.family == b.sent.source.family or ov(a, b):
                continue
            ratio = max(a.low, b.low) / max(min(a.high, b.high), 1e-9)
            none = a.none != b.none and not (a.vague or b.vague)
            slip = F._decimal_slip(a, b)
            if ratio > MAX_RATIO and not none and not slip:
                continue
            shared = a.context & b.context
            if a.category == "duration":
                shared = shared - F._window(a) - F._window(b)
            names = sum(c[:1] == "@" for c in a.context & b.context)
            ma, mb = F._modifiers(a), F._modifiers(b)
            da, db = dims[id(a)], dims[id(b)]
            placed = bool(a.located and b.located and a.reference & b.reference and a.direction == b.direction
                          and a.direction not in ("away", "outside", "off", "short"))
            predicated = a.category == "count" and a.predicate is not None and a.predicate == b.predicate
            need = 2 if a.category == "count" and not predicated or a.per_unit and b.per_unit else 1
            sim = 0.0
            if similar is not None:
                sim = max(similar(x.sent, y.sent) for x in same_value(a, b) for y in same_value(b, a))
            fam_a, fam_b = families(a, b), families(b, a)
            kind = "event" if a.category in FIGURE_EVENTS else a.category
            feats = {
                "log_ratio": math.log(max(ratio, 1.0)),
                "over_ratio": ratio > F.MAX_CONFLICT_RATIO,
                "decimal_slip": slip,
                "none": none,
                "far_in_time": not F._close_in_time(a, b, settings.conflict_max_days),
                "whole_of": F._whole_of(a, b),
                "since_same": bool(a.since and a.since == b.since),
                "agrees_elsewhere": agrees_elsewhere(a, b) or agrees_elsewhere(b, a),
                "told_apart": told_apart(a, b),
                "denominator": F._denominator(a) != F._denominator(b),
                "other_years": bool(F._years(a) and F._years(b) and not F._years(a) & F._years(b)),
                "attributive": F._attributive(a) != F._attributive(b) or F._attributive_heads_apart(a, b),
                "vague_count": a.vague != b.vague and a.category == "count",
                "fraction": F._fraction(a) or F._fraction(b),
                "age_moved": a.category == "age" and age_moved(a, b),
                "days_apart": bool(a.days and b.days and not a.days & b.days),
                "toll_moved": F._toll_moved(a, b),
                "past_apart": F._past_apart(a, b),
                "earlier_event": F._earlier_event(a) != F._earlier_event(b),
                "place_parts": F._place_parts(a, b),
                "day_of_running": F._day_of_running(a, b),
                "places_apart": bool(a.places and b.places and not a.places & b.places and not (
                    a.places & b.sentence_places or b.places & a.sentence_places)),
                "place_meant": bool((a.place_meant and not b.places and b.article_places
                                     and not a.places & b.article_places) or (
                    b.place_meant and not a.places and a.article_places and not b.places & a.article_places)),
                "reference_apart": bool(a.reference and b.reference and not a.reference & b.reference),
                "located_apart": a.category == "measure" and a.located != b.located,
                "modifiers_apart": a.category != "age" and bool(ma and mb and not ma & mb),
                "measured_apart": bool(a.measured and b.measured and a.measured != b.measured),
                "money_apart": bool(a.money and b.money and not any(
                    ua == ub and la <= hb * 1.0001 and lb <= ha * 1.0001
                    for ua, la, ha in a.money for ub, lb, hb in b.money)),
                "per_unit_apart": a.per_unit != b.per_unit,
                "both_vague": bool(a.vague and b.vague),
                "one_vague": a.vague != b.vague,
                "same_bound": bool(a.bound and a.bound == b.bound),
                "a_bound": bool(a.bound or b.bound),
                "other_subjects": F._other_subjects(a, b),
                "people_apart": a.category in ("duration", "percent") and bool(
                    a.people and b.people and not a.people & b.people),
                "item_apart": bool(a.item and b.item and not a.item & b.item),
                "part_apart": a.part != b.part,
                "qualifier_apart": a.qualifier != b.qualifier and bool(
                    a.qualifier and b.qualifier or F._APART_QUALIFIERS & {a.qualifier, b.qualifier}),
                "role_apart": bool(a.role and b.role and a.role != b.role),
                "placed": placed,
                "predicated": predicated,
                "anchored": F._anchored(a, b),
                "aligned": F._aligned(a, b),
                "dimension_same": bool(da and db and da == db),
                "dimension_apart": bool(da and db and da != db),
                "shared_words": min(len(shared), 4),
                "shared_short": len(shared) < need,
                "names_shared": min(names, 3),
                "subjects_shared": bool(a.subjects & b.subjects),
                "crowded": a.sent.source.n in crowded or b.sent.source.n in crowded,
                "consensus": min(fam_a, fam_b) >= F.CONSENSUS_FAMILIES,
                "families_min": min(fam_a, fam_b, 4),
                "families_max": min(max(fam_a, fam_b), 6),
                "one_step": F._one_step(a, b),
                "similarity": sim,
                "similar": sim >= settings.conflict_similarity,
                "part": a.part,
                **{f"kind_{k}": kind == k for k in KINDS},
            }
            feats["vetoes"] = sum(bool(feats[v]) for v in VETOES)
            out.append((a, b, {k: float(v) for k, v in feats.items()}))
    return out


def _capture_pairs(store: dict, pairs: list, settings) -> dict:
    """Per cluster key: the candidate pairs of every group ``figures.compare`` hands to ``_conflicts`` (features),
    and which the rules flag (every guard and recall rule on)."""
    from figure_guards import _Table
    from newsbrief.analyze import figures

    real = figures._conflicts
    out: dict = {}
    cur: list = []

    def recorder(figs, similar, s):
        got = real(figs, similar, s)
        flagged = {(id(a), id(b)) for a, b in got} | {(id(b), id(a)) for a, b in got}
        for a, b, f in pair_features(figs, similar, s):
            cur.append((a, b, f, (id(a), id(b)) in flagged))
        return got

    figures._conflicts = recorder
    try:
        for split, key in pairs:
            if key in out:
                continue
            cur = []
            figs, table = store[key]
            figures.compare(figs, _Table(table), settings)
            out[key] = cur
    finally:
        figures._conflicts = real
    return out


def _label(split: str, key: str, a, b, labels: dict, judged: list) -> int | None:
    """1 / 0 as the benches match a flag; None for an unjudged ECB+ / BASIL pair."""
    from analysis import score_conflicts

    if split in ("ecbplus", "basil"):
        texts = frozenset({a.text, b.text})
        rows = [r for r in judged if r["dataset"] == split and r["cluster"] == key and texts <= r["values"]]
        if not rows:
            return None
        return int(any(r["conflict"] for r in rows))
    q = {"quantity": "", "values": [{"text": a.text}, {"text": b.text}]}
    return int(score_conflicts({"conflicts": [q]}, labels["figure_conflicts"][key])["right"] > 0)


def _cross_key_ceiling(store: dict, pairs: list, labels: dict) -> None:
    """The labelled conflicts no same-key candidate matches, and of those the ones a pair of one kind (and unit) but
    two keys (counted nouns) matches: what candidates across keys could reach at best."""
    from analysis import score_conflicts
    from newsbrief.analyze import figures as F

    same = cross = none = 0
    for split, key in pairs:
        if split in ("ecbplus", "basil"):
            continue
        figs = store[key][0]
        for item in labels["figure_conflicts"][key]:
            def hit(x, z):
                q = {"quantity": "", "values": [{"text": x.text}, {"text": z.text}]}
                return score_conflicts({"conflicts": [q]}, [item])["right"] > 0
            ok = [(x.key == z.key) for i, x in enumerate(figs) for z in figs[i + 1:]
                  if x.sent.source.family != z.sent.source.family and not F._overlap(x, z)
                  and x.category == z.category and x.unit == z.unit and hit(x, z)]
            if any(ok):
                same += 1
            elif ok:
                cross += 1
            else:
                none += 1
    print(f"labelled conflicts: {same} matched by a pair of one key, {cross} only by a pair of one kind and two "
          f"keys, {none} by neither (a value not read, another kind or unit, or one outlet)")


def _chooser(real, keep, rules: str, log: list | None = None):
    """A stand-in for ``figures._conflicts``: the pairs ``keep`` takes (by ``(id(a), id(b))``); ``rules`` "or" adds
    the rules' pairs, "and" keeps only the rules' pairs ``keep`` takes."""
    def chosen(figs, similar, s):
        base = real(figs, similar, s) if rules else []
        got = {(id(x), id(z)) for x, z in base} | {(id(z), id(x)) for x, z in base}
        out = [] if rules == "and" else list(base)
        for i, x in enumerate(figs):
            for z in figs[i + 1:]:
                k = (id(x), id(z))
                if (k in got) == (rules == "and") and keep(k):
                    out.append((x, z))
                    if log is not None and rules == "or":
                        log.append(("add", x, z))
                elif log is not None and rules == "and" and k in got:
                    log.append(("drop", x, z))
        return out
    return chosen


def _kept_by(src: Path, cache: Path | None) -> dict:
    """Per fold, the precision guards (worth 2) and recall rules (worth 1) the other folds choose, as
    ``figure_guards.py --both`` chooses them (cached as JSON in ``cache``)."""
    import json

    if cache and cache.exists():
        return json.loads(cache.read_text())
    from figure_guards import evaluate

    evaluate(src, 2.0, False)
    guards = evaluate.kept_by  # type: ignore[attr-defined]
    evaluate(src, 1.0, False, None, True)
    rules = evaluate.kept_by  # type: ignore[attr-defined]
    kept = {s: guards[s] + rules[s] for s in guards}
    if cache:
        cache.write_text(json.dumps(kept))
    return kept


def _fit(kind: str, X, y, depth: int, C: float, balanced: bool = True):
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeClassifier

    if kind == "tree":
        m = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=5, class_weight="balanced" if balanced else None,
                                   random_state=0)
    else:
        m = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced" if balanced else None,
                                                                   max_iter=2000))
    m.fit(np.asarray(X), np.asarray(y))
    return m


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from figure_flags import read_labels
    from figure_guards import SHARED, _captured, _flags, _fold
    from newsbrief.analyze import figures
    from newsbrief.config import Settings

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--from", dest="src", type=Path, required=True)
    p.add_argument("--model", choices=("logreg", "tree"), default="logreg")
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--C", type=float, default=0.1)
    p.add_argument("--unbalanced", action="store_true", help="no class weights (probabilities as observed)")
    p.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.7, 0.8, 0.9, 0.95, 0.98])
    p.add_argument("--or-thresholds", type=float, nargs="*", default=[0.9, 0.95, 0.98, 0.99])
    p.add_argument("--and-thresholds", type=float, nargs="*", default=[0.05, 0.1, 0.2])
    p.add_argument("--held-rules", action="store_true",
                   help="the rules as --both holds them out: each fold's guards and recall rules chosen by the others")
    p.add_argument("--kept", type=Path, help="--held-rules: a JSON cache of each fold's chosen guards and rules")
    p.add_argument("--list", type=int, default=0, help="the N held-out pairs the rules miss rated highest")
    p.add_argument("--nested", action="store_true",
                   help="rules AND model with each fold's threshold (of --and-thresholds) chosen by its other folds")
    p.add_argument("--max-vetoes", type=int, help="candidates: pairs at most this many cascade tests drop")
    p.add_argument("--cross", action="store_true",
                   help="how many labelled conflicts only a pair of two keys (one kind) matches")
    p.add_argument("--drop", nargs="*", default=[], help="features left out")
    p.add_argument("--coef", action="store_true", help="the model trained on every fold: its coefficients / tree")
    p.add_argument("-v", action="store_true")
    a = p.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} not found")
        return 0
    t0 = time.process_time()
    store = pickle.loads(a.src.read_bytes())
    pairs, labels = _captured(store)
    judged = read_labels()
    settings = Settings().analysis
    cand = _capture_pairs(store, pairs, settings)
    split_of = {key: split for split, key in pairs}
    names = [n for n in next(f for c in cand.values() for _, _, f, _ in c) if n not in a.drop]
    rows = []  # (fold, key, a, b, x, y or None, rules)
    for key, cs in cand.items():
        s = split_of[key]
        for x, z, f, rule in cs:
            if a.max_vetoes is not None and f["vetoes"] > a.max_vetoes and not rule:
                continue  # --max-vetoes: the model sees only the near misses (and the rules' own pairs)
            rows.append((s, key, x, z, [f[n] for n in names], _label(s, key, x, z, labels, judged), rule))
    n_pos = sum(1 for r in rows if r[5] == 1)
    n_neg = sum(1 for r in rows if r[5] == 0)
    print(f"{len(rows)} candidate pairs in {len(cand)} clusters: {n_pos} positive, {n_neg} negative, "
          f"{len(rows) - n_pos - n_neg} unjudged; rules flag {sum(r[6] for r in rows)} "
          f"({sum(1 for r in rows if r[6] and r[5] == 1)} positive)  [cpu {time.process_time() - t0:.0f}s]")
    folds = list(dict.fromkeys(split_of[k] for k in cand))
    prob: dict = {}
    for s in folds:
        train = [r for r in rows if r[0] != s and r[5] is not None]
        m = _fit(a.model, [r[4] for r in train], [r[5] for r in train], a.depth, a.C, not a.unbalanced)
        mine = [r for r in rows if r[0] == s]
        if mine:
            ps = m.predict_proba(np.asarray([r[4] for r in mine]))[:, 1]
            for r, pr in zip(mine, ps):
                prob[(id(r[2]), id(r[3]))] = pr
    rule_pairs = {(id(r[2]), id(r[3])) for r in rows if r[6]}
    real = figures._conflicts
    kept = _kept_by(a.src, a.kept) if a.held_rules else None
    pool = set(figures.PRECISION_GUARDS) | set(figures.RECALL_RULES)

    def counts(o: str, keep, rules: str) -> tuple[int, int]:
        """Fold ``o`` scored with the pairs ``keep`` takes (as :func:`run`): its false flags (an unjudged ECB+ /
        BASIL flag counts as false) and the conflicts it finds (judged sets: the judged conflicts kept)."""
        from analysis import score_conflicts
        from figure_flags import score as flag_score

        figures._conflicts = _chooser(real, keep, rules)
        figures.GUARDS_OFF = frozenset(pool - set(kept[o])) if kept else frozenset()
        try:
            if o in ("ecbplus", "basil"):
                now = {k: [frozenset(v["text"] for v in q["values"]) for q in _flags(*store[k], settings)]
                       for sp, k in pairs if sp == o}
                r = flag_score([row for row in judged if row["dataset"] == o], now)
                return r["judged"] - r["real"] + len(r["unjudged"]), r["kept"]
            false = found = 0
            for sp, k in pairs:
                if sp == o:
                    r = score_conflicts({"conflicts": _flags(*store[k], settings)}, labels["figure_conflicts"][k])
                    false += r["flagged"] - r["right"]
                    found += r["found"]
            return false, found
        finally:
            figures._conflicts = real
            figures.GUARDS_OFF = frozenset()

    nested: dict = {}
    nested_or: dict = {}
    if a.nested:  # per held-out fold, the thresholds its other folds choose, each scored held out from the rest
        grid, grid_or = a.and_thresholds, a.or_thresholds
        base = {o: counts(o, lambda k: False, "or") for o in folds}
        gain = {s: dict.fromkeys(grid, 0.0) for s in folds}
        gain_or = {s: dict.fromkeys(grid_or, 0.0) for s in folds}
        for s in folds:
            for o in folds:
                if o == s:
                    continue
                train = [r for r in rows if r[0] not in (s, o) and r[5] is not None]
                inner = [r for r in rows if r[0] == o]
                if not inner:
                    continue
                m = _fit(a.model, [r[4] for r in train], [r[5] for r in train], a.depth, a.C, not a.unbalanced)
                q = dict(zip(((id(r[2]), id(r[3])) for r in inner), m.predict_proba(np.asarray([r[4] for r in inner]))[:, 1]))
                for t in grid:  # AND: false flags removed, less 2 per conflict lost (worth 2, as the guards)
                    f, n = counts(o, lambda k, t=t: q.get(k, 1.0) >= t, "and")
                    gain[s][t] += (base[o][0] - f) - 2 * (base[o][1] - n)
                for t in grid_or:  # OR: conflicts found, less 1 per false flag added (worth 1, as the recall rules)
                    f, n = counts(o, lambda k, t=t: q.get(k, 0.0) >= t, "or")
                    gain_or[s][t] += (n - base[o][1]) - (f - base[o][0])
            best = max(grid, key=lambda t: (gain[s][t], -t))
            nested[s] = best if gain[s][best] > 0 else 0.0
            best = max(grid_or, key=lambda t: (gain_or[s][t], t))
            nested_or[s] = best if gain_or[s][best] > 0 else 1.01
        print("nested AND thresholds: " + ", ".join(f"{s} {t}" for s, t in nested.items()), flush=True)
        print("nested OR thresholds: " + ", ".join(f"{s} {t}" for s, t in nested_or.items()), flush=True)
    def run(keep, rules: str = "", fold_now: list | None = None, log: list | None = None) -> tuple:
        """Each fold scored with the pairs ``keep`` takes; ``rules``: "or" adds the rules' pairs, "and" keeps only
        the rules' pairs ``keep`` takes (the rules each fold's others chose when ``--held-rules``)."""
        figures._conflicts = _chooser(real, keep, rules, log)
        held = [0, 0, 0, 0]
        extra = {}
        try:
            for s in folds:
                figures.GUARDS_OFF = frozenset(pool - set(kept[s])) if kept else frozenset()
                if fold_now is not None:
                    fold_now[:] = [s]
                extra[s] = _fold(s, pairs, store, judged, labels, settings, held)
        finally:
            figures._conflicts = real
            figures.GUARDS_OFF = frozenset()
        return held, extra

    def show(name, held, extra):
        ecb, bas = extra.get("ecbplus", ""), extra.get("basil", "")
        print(f"{name:30} {held[0]:3}/{held[1]:<3} right, {held[2]:3}/{held[3]} found: "
              f"{held[0] / max(held[1], 1):.3f} / {held[2] / max(held[3], 1):.3f}   ecb+ {ecb.split(',')[0]}, "
              f"{ecb.split(',')[1].strip() if ',' in ecb else ''}; basil {bas.split(',')[0]}", flush=True)
        if a.v:
            for s in folds:
                print(f"    {s:18} {extra[s]}")

    # pair level, held out: the model's ranking of the judged pairs against the rules' one operating point
    from sklearn.metrics import average_precision_score

    jr = [r for r in rows if r[5] is not None]
    yy = [r[5] for r in jr]
    pp = [prob.get((id(r[2]), id(r[3])), 0.0) for r in jr]
    tp = sum(1 for r in jr if r[6] and r[5]); fp = sum(1 for r in jr if r[6] and not r[5])
    print(f"pairs (judged {len(jr)}, {sum(yy)} positive): rules (every guard and rule) {tp} right of {tp + fp} "
          f"({tp / max(tp + fp, 1):.3f} / {tp / max(sum(yy), 1):.3f}); model average precision "
          f"{average_precision_score(yy, pp):.3f}")
    for t in a.thresholds:
        sel = [r for r, q in zip(jr, pp) if q >= t]
        tp = sum(r[5] for r in sel)
        print(f"   model p >= {t}: {tp} right of {len(sel)} ({tp / max(len(sel), 1):.3f} / {tp / max(sum(yy), 1):.3f})")
    if a.list:
        extra = sorted(((prob.get((id(r[2]), id(r[3])), 0.0), r) for r in rows if not r[6]), key=lambda t: -t[0])
        print(f"-- the {a.list} pairs the rules do not flag that the model rates highest (held out)")
        for q, r in extra[:a.list]:
            print(f"  {q:.2f} {'?' if r[5] is None else r[5]} {r[0]:16} {r[1][:16]:16} {r[2].text!r} / {r[3].text!r}"
                  f"  [{r[2].sent.text[:70]!r} / {r[3].sent.text[:70]!r}]")
    rules_name = "rules held out (--both)" if kept else "rules, every guard and rule"
    print(f"-- held out (leave one split out: the model of the other folds decides each fold's pairs; "
          f"{rules_name})")
    show(rules_name, *run(lambda k: False, "or"))
    label_of = {(id(r[2]), id(r[3])): r[5] for r in rows}
    show("oracle: the positive pairs", *run(lambda k: label_of.get(k) == 1))
    show("every candidate pair", *run(lambda k: k in label_of))
    for t in a.thresholds:
        show(f"model p >= {t}", *run(lambda k, t=t: prob.get(k, 0.0) >= t))
    for t in a.or_thresholds:
        show(f"rules OR model p >= {t}", *run(lambda k, t=t: prob.get(k, 0.0) >= t, "or"))
    for t in a.and_thresholds:
        show(f"rules AND model p >= {t}", *run(lambda k, t=t: prob.get(k, 1.0) >= t, "and"))
    if a.nested:
        fold_now: list = []
        logs: dict = {"and": [], "or": []}
        show("rules AND model, nested t", *run(lambda k: prob.get(k, 1.0) >= nested[fold_now[0]], "and", fold_now,
                                               logs["and"]))
        show("rules OR model, nested t", *run(lambda k: prob.get(k, 0.0) >= nested_or[fold_now[0]], "or", fold_now,
                                              logs["or"]))
        if a.v:  # the pairs the nested thresholds change, held out (a pair of a rule the fold's rules leave off
            # stays: the model judges only its candidates)
            lab = {(id(r[2]), id(r[3])): r for r in rows}
            print("-- held out: the rules' pairs the model drops (nested AND), the pairs it adds (nested OR)")
            for what, x, z in logs["and"] + logs["or"]:
                r = lab.get((id(x), id(z)))
                y = "?" if r is None or r[5] is None else r[5]
                print(f"  {what} {prob.get((id(x), id(z)), float('nan')):.3f} {y} {r[0] if r else '':16} "
                      f"{r[1][:18] if r else '':18} {x.text!r} / {z.text!r}  [{x.sent.text[:80]!r} / {z.sent.text[:80]!r}]")
    if a.cross:
        _cross_key_ceiling(store, pairs, labels)
    if a.coef:
        train = [r for r in rows if r[5] is not None]
        m = _fit(a.model, [r[4] for r in train], [r[5] for r in train], a.depth, a.C, not a.unbalanced)
        if a.model == "tree":
            from sklearn.tree import export_text
            print(export_text(m, feature_names=names))
        else:
            lr = m[-1]
            print(f"intercept {lr.intercept_[0]:+.3f}")
            for n, c in sorted(zip(names, lr.coef_[0]), key=lambda t: -abs(t[1])):
                print(f"  {n:20} {c:+.3f}")
    print(f"cpu {time.process_time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
