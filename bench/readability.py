"""Readability of the briefs a user gets: what a reader sees that ROUGE does not.

For each summarization set at its standard budget (100 words DUC 2003, 250 the others): debris sentences,
summary sentences with an unresolved leading reference, redundant pairs, headline length, copies and bad
headlines, outlets shown as file names or ids (:mod:`newsbrief.eval.readability`); for each clustering set, the
titles of its gold stories (date lines, cut-off sentences, over 15 words). Prints Markdown tables.

    python bench/readability.py [--limit K] [--json out.json] [--examples]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from newsbrief.eval.readability import readability, story_titles

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SUMMARIZATION = [("duc2003_task3/test.jsonl.gz", 100), ("duc2006/test.jsonl.gz", 250),
                 ("multiling2011_en/test.jsonl.gz", 250), ("multinews_sample/validation.jsonl.gz", 250)]
CLUSTERING = ["basil", "ecbplus", "googlenews_ts", "wikiref220", "crisislext26", "trec_microblog_tweet89"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first K clusters of each summarization set")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--examples", action="store_true", help="print the offending texts")
    ap.add_argument("--no-titles", action="store_true", help="skip the clustering sets' story titles")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rows = [readability(SHARED / path, words, args.limit) for path, words in SUMMARIZATION if (SHARED / path).exists()]
    print("| dataset (budget) | briefs | sentences | debris | unresolved leading ref. | redundant pairs | edited "
          "| headline words mean / max | headlines > 15 words | headline copies | bad headlines | file-name outlets "
          "| undated days |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r.dataset} ({r.words}) | {r.briefs} | {r.sentences} | {r.debris} | {r.unresolved} "
              f"({100 * r.unresolved_share:.1f}%) | {r.redundant_pairs} | {r.edited} | {r.headline_words_mean:.1f} / "
              f"{r.headline_words_max} | {r.headlines_over} | {r.headline_copies} | {r.headline_bad} | "
              f"{r.bad_outlets} of {r.outlets} | {r.undated_days} |")
    titles = []
    if not args.no_titles:
        titles = [story_titles(SHARED / name / "test.jsonl.gz") for name in CLUSTERING
                  if (SHARED / name / "test.jsonl.gz").exists()]
        print("\n| clustering set | stories | date-line titles | cut-off titles | titles > 15 words |")
        print("|---|---:|---:|---:|---:|")
        for t in titles:
            print(f"| {t.dataset} | {t.stories} | {t.date_lines} | {t.cut_off} | {t.over} |")
    if args.examples:
        for r in rows:
            for kind, items in r.examples.items():
                for item in items:
                    print(f"{r.dataset}\t{kind}\t{item}")
        for t in titles:
            for item in t.examples:
                print(f"{t.dataset}\ttitle\t{item}")
    if args.json:
        args.json.write_text(json.dumps({"summarization": [r.to_dict() for r in rows],
                                         "titles": [t.to_dict() for t in titles]}, indent=1))


if __name__ == "__main__":
    main()
