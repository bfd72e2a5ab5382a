"""Figure conflicts decided by frames against the rules, cross-validated by leaving one labelled split out.

For every cluster of the splits scored on figure conflicts (tests/labels/analysis*.json), the cross-source view is
run once (NER, dates, figures) and its figures are compared again under each setting of the grid: the rules
(``analysis.figure_matcher = "rules"``) and :class:`newsbrief.analyze.figures.FrameMatcher` at each threshold,
frame window, number check and guard set. Leave-one-split-out: for each split the setting with the best pooled
score on the other splits (F0.5 of precision and recall, ties to the higher threshold) is scored on it; the
held-out counts are summed over splits.

    python bench/figure_frames.py [--out scores.json] [--from scores.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

THRESHOLDS = [round(0.20 + 0.05 * i, 2) for i in range(16)]  # 0.20 .. 0.95
WINDOWS = [0, 6, 10]
#: "all" / "core": frames decide after all the rules' guards / a few; "and": the rules and frames; "or": either
GUARDS = ["all", "core", "and", "or"]


def configs() -> list[str]:
    """The grid: frames alone from 0.40 (below it they flag everything of a kind), the other numbers checked or
    not; frames with the rules ("and") up to 0.70, besides the rules ("or") from 0.60; windows 0 (the sentence),
    6 and 10 words either side."""
    out = ["rules"]
    for g, w in itertools.product(GUARDS, WINDOWS):
        for t in THRESHOLDS:
            if g in ("all", "core") and t >= 0.4:
                out += [f"frames t={t} w={w} n=1 g={g}", f"frames t={t} w={w} n=0 g={g}"]
            elif g == "and" and t <= 0.7 or g == "or" and t >= 0.6:
                out.append(f"frames t={t} w={w} n=0 g={g}")
    return out


def parse(name: str) -> dict:
    if name == "rules":
        return {}
    kv = dict(x.split("=") for x in name.split()[1:])
    return {"t": float(kv["t"]), "w": int(kv["w"]), "n": kv["n"] == "1", "g": kv["g"]}


def figure_clusters() -> list[tuple[str, str]]:
    """(split, cluster) pairs scored on figure conflicts, as bench/analysis.py scores them."""
    from analysis import SCORERS, SPLIT_SECTIONS, load_labels

    labels = load_labels()
    sections = {**SPLIT_SECTIONS, **labels.get("split_sections", {})}
    return [(split, key) for split, keys in labels["split"].items() for key in keys
            if "figure_conflicts" in sections.get(split, SCORERS) and key in labels.get("figure_conflicts", {})], labels


def run(out_path: Path) -> dict:
    import newsbrief.analyze as an
    from analysis import labelled_articles, score_conflicts
    from newsbrief.analyze import figures
    from newsbrief.config import Settings
    from newsbrief.embed import encoder
    from newsbrief.pipeline import prepare

    pairs, labels = figure_clusters()
    settings = Settings()
    encode = encoder(settings.citations.model)
    captured: dict = {}
    real_compare = figures.compare

    def capture(figs, similar=None, s=None, *a, **k):
        captured["figs"], captured["similar"] = figs, similar
        return real_compare(figs, similar, s)

    figures.compare = capture
    scores: dict = {}
    done: dict = {}
    t0 = time.process_time()
    for split, key in pairs:
        items = labels["figure_conflicts"].get(key, [])
        if key not in done:
            brief = prepare(labelled_articles(key), settings)
            an.analyze_brief(brief, settings)
            figs, similar = captured["figs"], captured["similar"]
            caches = {w: {} for w in WINDOWS}
            per = {}
            for name in configs():
                p = parse(name)
                if not p:
                    qs = real_compare(figs, similar, settings.analysis)
                else:
                    m = figures.FrameMatcher(encode, p["t"], p["w"], p["n"])
                    m.vectors = caches[p["w"]]
                    qs = real_compare(figs, similar, settings.analysis, same=m, guards=p["g"])
                d = {"conflicts": [q.to_dict() for q in qs if q.conflict]}
                r = score_conflicts(d, items)
                per[name] = {"flagged": r["flagged"], "right": r["right"], "found": r["found"],
                             "labelled": r["labelled"], "wrong": [str(w) for w in r["wrong"]][:10]}
            done[key] = per
            print(f"{split:18} {key:22} rules {per['rules']['right']}/{per['rules']['flagged']} "
                  f"found {per['rules']['found']}/{per['rules']['labelled']}  cpu {time.process_time() - t0:.0f}s",
                  file=sys.stderr, flush=True)
        scores.setdefault(split, {})[key] = done[key]
    out_path.write_text(json.dumps(scores))
    return scores


def pooled(scores: dict, splits, name: str) -> dict:
    acc = {"flagged": 0, "right": 0, "found": 0, "labelled": 0}
    for split in splits:
        for per in scores[split].values():
            for k in acc:
                acc[k] += per[name][k]
    return acc


def pr(acc: dict) -> tuple[float, float]:
    return (acc["right"] / acc["flagged"] if acc["flagged"] else 1.0,
            acc["found"] / acc["labelled"] if acc["labelled"] else 1.0)


def f05(acc: dict) -> float:
    p, r = pr(acc)
    return 0.0 if p + r == 0 else 1.25 * p * r / (0.25 * p + r)


def cross_validate(scores: dict, names: list[str]) -> tuple[dict, dict]:
    """Per held-out split: the setting chosen on the others (best F0.5, ties to the stricter) and its counts."""
    out, total = {}, {"flagged": 0, "right": 0, "found": 0, "labelled": 0}
    for held in scores:
        rest = [s for s in scores if s != held]
        best = max(names, key=lambda n: (round(f05(pooled(scores, rest, n)), 6), parse(n).get("t", 0)))
        acc = pooled(scores, [held], best)
        out[held] = (best, acc)
        for k in total:
            total[k] += acc[k]
    return out, total


#: The procedures cross-validated, each a family of settings its threshold (and window, number check) is chosen in.
FAMILIES = {"frames alone (after all guards or the core ones)": (" g=all", " g=core"),
            "rules and frames (a frame veto)": (" g=and",), "rules or frames": (" g=or",)}


def report(scores: dict) -> None:
    names = [n for n in configs() if n in next(iter(next(iter(scores.values())).values()))]
    rules_total = pooled(scores, scores, "rules")
    for family, marks in FAMILIES.items():
        frames = [n for n in names if any(n.endswith(m) for m in marks)]
        if not frames:
            continue
        print(f"\n## {family}: {len(frames)} settings")
        print(f"{'split':18} {'rules (right/flagged found/labelled)':38} held out (setting chosen on the others)")
        cv, total = cross_validate(scores, frames)
        for split in scores:
            r = pooled(scores, [split], "rules")
            best, acc = cv[split]
            print(f"{split:18} {r['right']:>3}/{r['flagged']:<3} {r['found']:>3}/{r['labelled']:<3}{'':24}"
                  f"{acc['right']:>3}/{acc['flagged']:<3} {acc['found']:>3}/{acc['labelled']:<3} [{best}]")
        p, r = pr(rules_total)
        print(f"pooled rules (as tuned on all)  P {p:.3f} R {r:.3f} {rules_total}")
        p, r = pr(total)
        print(f"pooled held out (LOSO)          P {p:.3f} R {r:.3f} {total}")
        best = max(frames, key=lambda n: (round(f05(pooled(scores, scores, n)), 6), parse(n).get("t", 0)))
        acc = pooled(scores, scores, best)
        p, r = pr(acc)
        print(f"fitted on all [{best}]  P {p:.3f} R {r:.3f} {acc} (in-sample, for reference)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("figure_frames_scores.json"))
    ap.add_argument("--from", dest="source", type=Path)
    args = ap.parse_args(argv)
    if args.source:
        scores = json.loads(args.source.read_text())
    else:
        scores = run(args.out)
    report(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
