"""The cross-source view's items as a reader reads them alone: how many open on a discourse connective ("But ...",
"Republicans, meanwhile, ...") or lean on a sentence the view does not show (a leading "He", "It", "These", a
quotation with no speaker: :func:`newsbrief.rewrite.dangling_reason`), per section and dataset.

Clusters are drawn by a fixed rule: every 3rd of DUC 2003 task 3 and of MultiLing 2011, every 4th of DUC 2006, every
6th of the Multi-News sample from the second, each cut to its first 12 articles (72 clusters). Sections: the
agreement items (reported by most outlets, by some, by one source in several articles), the single-outlet details,
the timeline's texts. The last column counts the leaning timeline rows that carry the sentences they lean on (the
view's ``context``, shown on demand by the renderers; bench/timeline_rows.py reads whether that makes them
understood).

    python bench/view_items.py [--examples N]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from newsbrief.analyze import Analyzer
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare
from newsbrief.rewrite import CONNECTIVE_RE, INTERJECTED_CONNECTIVE_RE, dangling_reason

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = [("duc2003_task3/test.jsonl.gz", range(0, 30, 3)), ("duc2006/test.jsonl.gz", range(0, 50, 4)),
        ("multiling2011_en/test.jsonl.gz", range(0, 10, 3)), ("multinews_sample/validation.jsonl.gz", range(1, 250, 6))]
MAX_ARTICLES = 12


def sections(view: dict) -> dict[str, list[str]]:
    """The texts of each section a reader reads item by item."""
    ag = view["agreement"]
    return {"agreement": [u["text"] for k in ("consensus", "shared", "single_family") for u in ag[k]],
            "details": [d["text"] for s in ag["single_source"] for d in s["details"]],
            "timeline": [e["text"] for e in view["timeline"]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="print N offending items per count")
    args = ap.parse_args()
    settings = Settings()
    counts: Counter = Counter()
    examples: dict[tuple, list] = {}
    for path, picks in SETS:
        name = path.split("/")[0]
        with gzip.open(DATA / path, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for i in picks:
            if i >= len(rows):
                continue
            articles = [article_from_dict(a) for a in rows[i]["articles"]][:MAX_ARTICLES]
            view = Analyzer(settings)(prepare(articles, settings)).analysis.to_dict()
            contexts = {e["text"]: bool(e.get("context")) for e in view["timeline"]}
            for section, texts in sections(view).items():
                for t in texts:
                    counts[name, section, "items"] += 1
                    why = ("connective" if CONNECTIVE_RE.match(t) or INTERJECTED_CONNECTIVE_RE.match(t)
                           else dangling_reason(t))
                    if why:
                        kind = "connective" if why == "connective" else "leans"
                        counts[name, section, kind] += 1
                        counts[name, section, "context"] += section == "timeline" and contexts.get(t, False)
                        examples.setdefault((name, section, kind), []).append(f"{rows[i]['id']}: {t[:140]}")
    print("| dataset | section | items | open on a connective | lean on an unshown sentence | of them shown with it |")
    print("|---|---|---|---|---|---|")
    keys = ("items", "connective", "leans", "context")
    total: Counter = Counter()
    for name, section in sorted({(n, s) for n, s, _ in counts}):
        row = [counts[name, section, k] for k in keys]
        total.update(dict(zip(keys, row)))
        print(f"| {name} | {section} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    print(f"| all | all | {total['items']} | {total['connective']} | {total['leans']} | {total['context']} |")
    for key, texts in sorted(examples.items()) if args.examples else ():
        print(f"\n{key}:")
        for t in texts[: args.examples]:
            print("  ", t)


if __name__ == "__main__":
    main()
