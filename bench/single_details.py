"""Single-outlet details ("Only one outlet reports"): precision and recall by reading, on the labelled candidates
of ``tests/labels/single_details.tsv`` (rule in docs/analysis-labels.md, "Single-outlet details read as a reader
(det24)").

Clusters are drawn by a fixed rule (:func:`drawn`): DUC 2003, DUC 2006, Multi-News, MultiLing and
the ECB+ "ecbplus" subtopics at file positions 1, 4, 7, 10 (every third from the second, first four); BASIL clusters
at the same positions; WikiRef220 topics with three articles or more, every other in file order from the first (the
first four), each cut to its first 6 articles. The 1st and 3rd cluster drawn of each dataset are the tuning half,
the 2nd and 4th the held-out half (fixed before any error was read). A cluster of one independent source (MultiLing's
Wikinews articles) is not scored: the view does not show the section there.

Labelled outlets: in each cluster, the first 2 sources (source order) that have a candidate. Every candidate of a
labelled outlet (a sentence no other outlet comes close to: ``agreement.units``' second result, the pool ``details``
picks from) is labelled Y (a reader should see it) or N. Precision: shown Y / shown, over the labelled outlets;
recall: shown Y / labelled Y; capped recall: shown Y / sum over labelled outlets of min(Y, per-outlet cap).

    python bench/single_details.py [--list] [--split tune|held]
    python bench/single_details.py --dump FILE   # candidates of the labelled outlets, for labelling
    python bench/single_details.py --labels tests/labels/single_details2.tsv [--list]

``--labels FILE`` scores another file of the same columns on the clusters it names (split "extra"), every outlet it
labels: ``tests/labels/single_details2.tsv`` holds the items shown on 10 other clusters by main 49bcdf9 or branch det48
(docs/analysis-labels.md, "Single-outlet details a reader trusts (issue 11, det48)"), shown items only, so its
precision is the figure; its "recall" is the share of those right items still shown.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LABELS = REPO / "tests" / "labels" / "single_details.tsv"
sys.path.insert(0, str(REPO / "bench"))

FILES = {"duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
         "mn": "multinews_sample/validation.jsonl.gz", "ml": "multiling2011_en/test.jsonl.gz"}
POSITIONS = (1, 4, 7, 10)
WIKI_ARTICLES = 6
OUTLETS = 2


def drawn() -> dict[str, list[str]]:
    """Dataset -> the drawn cluster keys (``bench/analysis.py``'s keys), in drawing order."""
    out: dict[str, list[str]] = {}
    for ds, f in FILES.items():
        with gzip.open(SHARED / "data" / f, "rt", encoding="utf-8") as fh:
            ids = [json.loads(line)["id"] for line in fh]
        out[ds] = [f"{ds}:{ids[i]}" for i in POSITIONS if i < len(ids)]
    for ds, name, keep in (("basil", "basil", lambda c: True), ("ecb", "ecbplus", lambda c: c.endswith("_ecbplus")),
                           ("wiki", "wikiref220", lambda c: True)):
        order: dict[str, int] = {}
        with gzip.open(SHARED / "data" / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)["cluster"]
                if keep(c):
                    order[c] = order.get(c, 0) + 1
        if ds == "wiki":
            big = [c for c, n in order.items() if n >= 3]
            out[ds] = [f"wiki:{c}:{WIKI_ARTICLES}" for c in big[::2][:4]]
        elif ds == "basil":
            ids = list(order)
            out[ds] = [f"basil:{ids[i].split('-')[0]}" for i in POSITIONS]
        else:
            ids = list(order)
            out[ds] = [f"ecb:{ids[i]}" for i in POSITIONS]
    return out


def split_of(key: str, keys: dict[str, list[str]]) -> str:
    for ks in keys.values():
        if key in ks:
            return "tune" if ks.index(key) % 2 == 0 else "held"
    return "?"


def norm(text: str) -> str:
    return " ".join(text.split())[:80].replace("\t", " ")


def articles(key: str) -> list:
    """The articles of a drawn cluster (``bench/analysis.py``'s keys), one that is not in English left out (as the
    command line skips it with a warning)."""
    import newsbrief.ingest as ingest
    from analysis import labelled_articles
    from newsbrief.errors import NewsbriefError

    convert = ingest.article_from_dict

    def tolerant(a, *args, **kw):
        try:
            return convert(a, *args, **kw)
        except NewsbriefError:
            return None

    ingest.article_from_dict = tolerant  # labelled_articles imports it from newsbrief.ingest when called
    try:
        return [a for a in labelled_articles(key) if a is not None]
    finally:
        ingest.article_from_dict = convert


def run(key: str):
    """(shown: source n -> shown texts, candidates: source n -> [(index, text)], outlet labels, all sentences)."""
    from newsbrief.analyze import agreement
    from newsbrief.ingest import ReadReport
    from newsbrief.pipeline import analyze

    got = {}
    real = agreement.details

    def recording(single, sources, *a, **kw):  # the pool details picks from, recorded as it is handed over
        got["single"] = list(single)
        return real(single, sources, *a, **kw)

    agreement.details = recording
    try:
        b = analyze(articles(key), report=ReadReport())
    finally:
        agreement.details = real
    an = b.analysis
    shown = {n: [norm(s.text) for s in sents] for n, sents in an.details.items()}
    cands: dict[int, list] = defaultdict(list)
    for s in got.get("single", []):
        cands[s.source.n].append((s.index, norm(s.text), " ".join(s.text.split())))
    labels = {src.n: src.label for src in an.sources}
    families = len({src.family for src in an.sources})
    return shown, cands, labels, families, b


def labelled_outlets(cands: dict[int, list]) -> list[int]:
    return [n for n in sorted(cands) if cands[n]][:OUTLETS]


def load_labels(path: Path = LABELS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def dump(keys: dict[str, list[str]], out: Path) -> None:
    """Every candidate of the labelled outlets, with whether it is shown and the other outlets' sentences, to read."""
    with open(out, "w", encoding="utf-8") as fh:
        for ds, ks in keys.items():
            for key in ks:
                shown, cands, labels, families, an = run(key)
                fh.write(f"\n######## {key} ({split_of(key, keys)}) families={families}\n")
                import numpy as np

                from newsbrief.config import Settings
                from newsbrief.embed import brief_memo

                encode = brief_memo(an, Settings().citations.model)
                sents = [(src.n, " ".join(s.text.split())) for src in an.analysis.sources for s in src.article.sentences]
                vecs = np.asarray(encode([t for _, t in sents]), dtype=np.float32)
                for n in labelled_outlets(cands):
                    fh.write(f"=== source {n} {labels[n]}\n")
                    for idx, short, full in cands[n]:
                        fh.write(f"{'SHOWN' if short in shown.get(n, []) else '     '} [{idx}] {full}\n")
                        v = np.asarray(encode([full]), dtype=np.float32)[0]
                        sims = [(float(v @ vecs[k]), k) for k, (m, _) in enumerate(sents) if m != n]
                        if sims and max(sims)[0] >= 0.6:
                            sc, k = max(sims)
                            fh.write(f"         ~{sc:.2f} [{sents[k][0]}] {sents[k][1][:200]}\n")


def score(keys: dict[str, list[str]], labels: list[dict], show: bool, only: str | None,
          split_name: str | None = None) -> None:
    by_key = defaultdict(dict)
    for r in labels:
        by_key[r["cluster"]][(r["source"], r["item"])] = r
    counts = defaultdict(lambda: [0, 0, 0, 0, 0])  # (ds, split) -> shown Y, shown, Y, capped Y, unlabelled shown
    from newsbrief.config import AnalysisSettings

    cap = AnalysisSettings().details_per_outlet
    errors = []
    for ds, ks in keys.items():
        for key in ks:
            sp = split_name or split_of(key, keys)
            if only and sp != only:
                continue
            lab = by_key.get(key, {})
            if not lab:
                continue
            shown, cands, names, families, _ = run(key)
            if families < 2:
                continue  # the view does not show the section with one independent source
            outlets = sorted({int(src) for src, _ in lab})
            c = counts[(ds, sp)]
            for n in outlets:
                ys = [r for (src, _), r in lab.items() if int(src) == n and r["label"] == "Y"]
                c[2] += len(ys)
                c[3] += min(len(ys), cap)
                for t in shown.get(n, []):
                    r = lab.get((str(n), t))
                    if r is None:
                        c[4] += 1
                        errors.append((key, sp, n, "UNLABELLED", t, ""))
                        continue
                    c[1] += 1
                    c[0] += r["label"] == "Y"
                    if r["label"] != "Y":
                        errors.append((key, sp, n, "shown, N", t, r["reason"]))
                for r in ys:
                    if r["item"] not in shown.get(n, []):
                        errors.append((key, sp, n, "missed, Y", r["item"], r["reason"]))
    total = defaultdict(lambda: [0, 0, 0, 0, 0])
    print(f"{'dataset':8} {'split':5} {'precision':>16} {'recall':>16} {'capped recall':>16} unlabelled")
    for (ds, sp), c in sorted(counts.items()):
        for k in (sp, "all"):
            t = total[k]
            for i in range(5):
                t[i] += c[i]
        print(_line(ds, sp, c))
    for sp, c in sorted(total.items()):
        print(_line("ALL", sp, c))
    if show:
        for key, sp, n, kind, text, reason in errors:
            print(f"  {kind:10} {sp:4} {key} [{n}] {text} -- {reason}")


def _line(ds: str, sp: str, c: list[int]) -> str:
    def f(a: int, b: int) -> str:
        return f"{a / b:.2f} ({a}/{b})" if b else "- (0/0)"

    return f"{ds:8} {sp:5} {f(c[0], c[1]):>16} {f(c[0], c[2]):>16} {f(c[0], c[3]):>16} {c[4]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="list the errors (shown N, missed Y, shown unlabelled)")
    ap.add_argument("--split", choices=("tune", "held"))
    ap.add_argument("--dump", type=Path, help="write the candidates of the labelled outlets to this file")
    ap.add_argument("--keys", action="store_true", help="print the drawn clusters and their split")
    ap.add_argument("--labels", type=Path, help="score this file's clusters instead (split 'extra')")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        raise SystemExit(f"../shared is not beside the checkout ({SHARED})")
    keys = drawn()
    if args.keys:
        for ds, ks in keys.items():
            print(ds, [(k, split_of(k, keys)) for k in ks])
        return
    if args.dump:
        dump(keys, args.dump)
        return
    if args.labels:
        labels = load_labels(args.labels)
        named: dict[str, list[str]] = defaultdict(list)
        for r in labels:
            ds = r["cluster"].split(":", 1)[0]
            if r["cluster"] not in named[ds]:
                named[ds].append(r["cluster"])
        score(dict(named), labels, args.list, None, split_name="extra")
        return
    score(keys, load_labels(), args.list, args.split)


if __name__ == "__main__":
    main()
