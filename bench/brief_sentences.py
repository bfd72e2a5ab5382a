"""Reader labels of summary sentences: what a person reading a brief sees that ROUGE and the built-in counters miss.

``tests/labels/brief_sentences.tsv`` labels every summary sentence of newsbrief's briefs of some clusters of
../shared/data (as they were on 2026-12-02, before the filters this bench checks) as ``ok`` or as one of four
faults a reader would not accept (rule: docs/brief-sentence-labels.md): ``debris`` (page furniture, captions,
crawler notes, teases), ``voice`` (the writer's or an unnamed "we"/"you" voice), ``fragment`` (no complete
sentence: a split, a teaser, a deck) and ``dangling`` (leans on a sentence the brief does not show). Texts are
not copied here: each label keeps the sha1 of the sentence as shown.

Two measures:
- the selection's filters against the labels: a labelled sentence is *flagged* when the cleaner removes it or the
  selector would not show it alone (no candidate, or it leans on the sentence before); precision and recall of
  "flagged" for "labelled a fault";
- the briefs made now for the same clusters: how many shown sentences carry a fault label, how many are ok, and
  how many are new (unlabelled: read them, and label them).

    python bench/brief_sentences.py [--list]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "brief_sentences.tsv"
DATASETS = {"multinews_sample": ("multinews_sample/validation.jsonl.gz", 250), "duc2006": ("duc2006/test.jsonl.gz", 250),
            "duc2003_task3": ("duc2003_task3/test.jsonl.gz", 100), "multiling2011_en": ("multiling2011_en/test.jsonl.gz", 250)}
FAULTS = ("debris", "voice", "fragment", "dangling")
#: Clusters labelled as brief48's held-out half (docs/brief-sentence-labels.md): reported on their own rows.
HELD_OUT = ({f"D06{n:02d}{'FGHIABCDEF'[n - 6]}" for n in range(6, 16)} | {"d100a", "d101a", "d102a", "d103b", "d104b", "d105b"}
            | {f"M00{n}" for n in range(10)})
#: Clusters labelled as brief49's held-out half: DUC 2006 D0616G-D0625G and Multi-News 0240-0249.
HELD_OUT_49 = ({f"D06{n:02d}{'GHIABCDEFG'[n - 16]}" for n in range(16, 26)}
               | {f"multinews-validation-sample-{n:04d}" for n in range(240, 250)})
#: Clusters labelled as brief50's held-out half: DUC 2006 D0636I-D0645I and Multi-News 0180-0189.
HELD_OUT_50 = ({f"D06{n:02d}{'IABCDEFGHI'[n - 36]}" for n in range(36, 46)}
               | {f"multinews-validation-sample-{n:04d}" for n in range(180, 190)})
#: Clusters labelled as brief52's held-out set: DUC 2006 D0646A-D0649D and Multi-News 0190-0193.
HELD_OUT_52 = ({f"D06{n:02d}{'ABCD'[n - 46]}" for n in range(46, 50)}
               | {f"multinews-validation-sample-{n:04d}" for n in range(190, 194)})


def held_out(cluster: str) -> str:
    """Which round's held-out half ``cluster`` is in ("" for the clusters rules were written on)."""
    return ("brief52" if cluster in HELD_OUT_52 else "brief50" if cluster in HELD_OUT_50 else "brief49" if cluster in HELD_OUT_49
            else "brief48" if cluster in HELD_OUT else "")


def digest(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def read_labels(path: Path = LABELS) -> dict[tuple[str, str], dict[str, str]]:
    """(dataset, cluster) -> {digest: label}."""
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        dataset, cluster, label, dig = row.split("\t")
        if label != "ok" and label not in FAULTS:
            raise ValueError(f"{path}: unknown label {label!r}")
        out[(dataset, cluster)][dig] = label
    return out


def _clusters(dataset: str, wanted: set[str]):
    from newsbrief.eval.datasets import read_clusters

    return {c.id: c for c in read_clusters(SHARED / DATASETS[dataset][0]) if c.id in wanted}


def _flagged(articles, settings) -> dict[str, str]:
    """digest -> why the selector would not show that sentence alone, for every sentence of the articles (the raw
    segmentation too, so a line the cleaner removes counts as flagged)."""
    from newsbrief.pipeline import prepare
    from newsbrief.rewrite import dangling_reason, rewrite, strip_dateline
    from newsbrief.segment import sentence_spans
    from newsbrief.selection import _is_candidate_text

    out: dict[str, str] = {}
    for art in articles:  # raw segmentation first: whatever the cleaned text keeps is judged again below
        raw = art.text if hasattr(art, "text") else art["text"]
        for s, e, _ in sentence_spans(raw):
            out[digest(strip_dateline(" ".join(raw[s:e].split())))] = "removed by the cleaner"
    b = prepare(articles, settings)
    for art in b.articles:
        for sent in art.sentences:
            text = strip_dateline(" ".join(sent.text.split()))
            why = None
            if not _is_candidate_text(text, settings):
                why = "not a candidate"
            else:
                shown = rewrite(sent, text, settings.selection.pronoun_lookback).text
                why = dangling_reason(shown)
            for key in {digest(text), digest(rewrite(sent, text, settings.selection.pronoun_lookback).text)}:
                out[key] = why or ""
    return out


def run(list_items: bool = False) -> dict[str, dict]:
    import newsbrief
    from newsbrief.config import Settings

    settings = Settings()
    labels = read_labels()
    results: dict[str, dict] = {}
    for dataset, held in sorted({(d, held_out(c)) for d, c in labels}):
        mine = {c: lab for (d, c), lab in labels.items() if d == dataset and held_out(c) == held}
        clusters = _clusters(dataset, set(mine))
        counts = {"filter": Counter(), "dangling": Counter()}
        unresolved = 0
        shown = Counter()
        for cid, lab in sorted(mine.items()):
            arts = [dict(a) for a in clusters[cid].articles]
            flags = _flagged(arts, settings)
            for dig, label in lab.items():
                if dig not in flags:
                    unresolved += 1
                    continue
                why = flags[dig]
                # the filters (cleaner, candidate rules) against debris / voice / fragment; the lean detector
                # against dangling, on the sentences the filters let through
                hard = why in ("removed by the cleaner", "not a candidate")
                for name, flagged, fault in (("filter", hard, label in ("debris", "voice", "fragment")),
                                             ("dangling", bool(why) and not hard, label == "dangling")):
                    if name == "dangling" and hard:
                        continue
                    c = counts[name]
                    c["tp"] += flagged and fault
                    c["fp"] += flagged and not fault
                    c["fn"] += fault and not flagged
            b = newsbrief.brief(arts, words=DATASETS[dataset][1], settings=settings)
            for s in b.summary:
                label = lab.get(digest(s.text), "unlabelled")
                shown[label] += 1
                if list_items and label != "ok":
                    print(f"{dataset}\t{cid}\t{label}\t{s.text}")
        results[dataset + (f" (held out, {held})" if held else "")] = {"clusters": len(mine), "labels": sum(len(v) for v in mine.values()),
                            "faults": sum(v != "ok" for lab in mine.values() for v in lab.values()),
                            "counts": counts, "unresolved": unresolved, "shown": dict(shown)}
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every shown sentence that is not labelled ok")
    args = ap.parse_args()
    if not LABELS.exists() or not SHARED.exists():
        sys.exit("needs tests/labels/brief_sentences.tsv and ../shared/data")
    res = run(args.list)
    print("| dataset | clusters | labelled sentences | faults | filters P / R (debris, voice, fragment) |"
          " lean detector P / R (dangling) | not found | shown now: fault / ok / unlabelled |")
    print("|---|---:|---:|---:|---|---|---:|---|")
    for name, r in res.items():
        cells = []
        for kind in ("filter", "dangling"):
            c = r["counts"][kind]
            cells.append(f"{c['tp'] / max(1, c['tp'] + c['fp']):.3f} ({c['tp']}/{c['tp'] + c['fp']}) / "
                         f"{c['tp'] / max(1, c['tp'] + c['fn']):.3f} ({c['tp']}/{c['tp'] + c['fn']})")
        sh = r["shown"]
        bad = sum(sh.get(k, 0) for k in FAULTS)
        print(f"| {name} | {r['clusters']} | {r['labels']} | {r['faults']} | {cells[0]} | {cells[1]} | "
              f"{r['unresolved']} | {bad} / {sh.get('ok', 0)} / {sh.get('unlabelled', 0)} |")


if __name__ == "__main__":
    main()
