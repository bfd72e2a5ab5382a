"""Agreement items as a reader sees them: how many of the view's "Reported by most outlets" and shared items
(``agreement.consensus`` + ``agreement.shared``) lean on a sentence the view does not show.

The sample is the lead's counter of stop 48 (``agrdisp48``): Multi-News validation 40, DUC 2003 10 and MultiLing
2011 5 clusters (each set shuffled with seed 48, the first n), and every 9th ECB+ event in sorted order, less the
clusters this stop holds out for a blind measurement of speakers (:data:`HELD_OUT`: their items quote speakers).
An item *leans* when its shown text has a :func:`~newsbrief.rewrite.dangling_reason` (a quotation's tail among
them), an odd number of double quotation marks, or the writer's "I"/"we"/"you" outside its quotations
(:func:`~newsbrief._patterns.writer_voice`). An item shown with its ``context`` (the sentence before it in its
article, which the renderers print under it) is counted apart: it leans, but the reader sees what on.

Each leaning item is classed by what the unit holds (its members, ``Unit.sents``, centre first, each made an item
as the view makes it and read by the same test): ``member`` another member reads alone, ``rewrite`` the shown
member reads alone after the brief's safe rewrites (a leading connective deleted, a dateline stripped, a surname
named in full where the article names the person), ``none`` nothing of the unit reads alone.

    python bench/agreement_readable.py [--list] [--json out.json] [--seed 48] [--ecb-start 0]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SETS = (("multinews_sample/validation", 40), ("duc2003_task3/test", 10), ("multiling2011_en/test", 5))
SEED = 48
ECB_EVERY = 9
#: ECB+ events held out at stop 50 for the blind speakers measurement (blind-speakers51 and 52): never read.
HELD_OUT = frozenset("""T38_ecbplus T18_ecbplus T22_ecb T29_ecb T16_ecb T25_ecbplus T06_ecbplus T35_ecbplus
                        T11_ecbplus T32_ecbplus T23_ecbplus T20_ecbplus""".split())


def sample(seed: int = SEED, ecb_start: int = 0) -> list[tuple[str, str, list[dict]]]:
    """(set, cluster id, articles) of the counter's clusters (``seed``, ``ecb_start``: another draw of the same
    sizes, to read the changes on clusters the rules were not written on)."""
    rows = []
    for name, n in SETS:
        with gzip.open(SHARED / f"{name}.jsonl.gz", "rt") as fh:
            clusters = [json.loads(line) for line in fh]
        random.Random(seed).shuffle(clusters)
        rows += [(name, c["id"], c["articles"]) for c in clusters[:n]]
    ecb: dict[str, list[dict]] = {}
    with gzip.open(SHARED / "ecbplus" / "test.jsonl.gz", "rt") as fh:
        for line in fh:
            r = json.loads(line)
            ecb.setdefault(r["cluster"], []).append(r)
    rows += [("ecbplus", k, ecb[k]) for k in sorted(ecb)[ecb_start::ECB_EVERY] if k not in HELD_OUT]
    return rows


def leans(text: str) -> str | None:
    """Why an item's shown ``text`` does not read alone (the counter's test), or None."""
    from newsbrief._patterns import writer_voice
    from newsbrief.rewrite import dangling_reason

    if len(re.findall(r'["“”]', text)) % 2:
        return "odd quotation marks"
    return dangling_reason(text) or ("writer's voice" if writer_voice(text) else None)


def safe_rewrite(text: str, s) -> str:
    """An item's ``text`` (of member sentence ``s``) after the safe rewrites the item does not make itself: a
    leading connective deleted and a dateline stripped again, a surname named in full where the article names the
    person."""
    from newsbrief.rewrite import delete_connective, name_in_full, strip_dateline

    return name_in_full(delete_connective(strip_dateline(text))[0], s.sentence.article.body, []).text


def member_items(analysis, unit) -> list[str]:
    """``unit``'s members as items of the view (:meth:`~newsbrief.analyze.Analysis.member_items`; made here as the
    view of a tree without that method made them, so the counter runs on the branch point too)."""
    if hasattr(analysis, "member_items"):
        return analysis.member_items(unit)
    from newsbrief.analyze import _item_text
    from newsbrief.rewrite import strip_dateline

    said, whole = analysis._said_by()
    out = []
    for s in unit.sents:
        text = strip_dateline(" ".join(s.text.split()))
        text = f'"{text}"' if (s.source.n, s.index) in whole else text
        out.append(_item_text(text, said.get((s.source.n, s.index)), s, analysis.pronoun_lookback))
    return out


def klass(analysis, unit, shown: str) -> str:
    """What makes a leaning item of ``unit`` read alone: ``member``, ``rewrite`` or ``none``."""
    items = member_items(analysis, unit)
    if any(not leans(t) for t in items if t != shown):
        return "member"
    if any(not leans(safe_rewrite(t, s)) for t, s in zip(items, unit.sents)):
        return "rewrite"
    return "none"


def run(seed: int = SEED, ecb_start: int = 0) -> dict:
    import newsbrief

    out = {"items": 0, "clusters": 0, "rows": []}
    for name, cid, arts in sample(seed, ecb_start):
        b = newsbrief.brief(arts, analyze=True)
        a = b.analysis
        d = a.to_dict()["agreement"]
        agreed = [u for u in a.units if len(u.families) >= 2]
        units = [u for u in agreed if len(u.families) >= a.majority] + [u for u in agreed if len(u.families) < a.majority]
        shown = d["consensus"] + d["shared"]
        out["clusters"] += 1
        for u, item in zip(units, shown):
            out["items"] += 1
            why = leans(item["text"])
            row = {"set": name, "cluster": cid, "text": item["text"], "leans": why, "context": item.get("context"),
                   "class": klass(a, u, item["text"]) if why else None, "sources": item["sources"]}
            out["rows"].append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="list every leaning item with its reason and class")
    ap.add_argument("--json", type=Path, help="write every item (text, reason, class) here")
    ap.add_argument("--seed", type=int, default=SEED, help="shuffle seed of the three summarization sets")
    ap.add_argument("--ecb-start", type=int, default=0, help="the first ECB+ event taken (then every 9th)")
    args = ap.parse_args()
    out = run(args.seed, args.ecb_start)
    bad = [r for r in out["rows"] if r["leans"]]
    alone = [r for r in bad if not r["context"]]
    print(f"{out['clusters']} clusters, {out['items']} items, {len(bad)} lean, {len(alone)} of them shown without "
          f"the sentence they lean on")
    print("by class (without context):", dict(Counter(r["class"] for r in alone)))
    print("by reason (without context):", dict(Counter(r["leans"].split(" '")[0] for r in alone)))
    if args.list:
        for r in bad:
            print(f"[{r['class']}{' +context' if r['context'] else ''}] {r['set'].split('/')[0]} {r['cluster']} "
                  f"({r['leans']}): {r['text'][:160]}")
            if r["context"]:
                print(f"    context: {r['context'][:160]}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
