"""Readability of the briefs a user gets: what a reader sees that ROUGE does not.

For each summarization set at its standard budget (100 words DUC 2003, 250 the others): debris sentences,
summary sentences with an unresolved leading reference, redundant pairs, headline length, copies and bad
headlines, outlets shown as file names or ids (:mod:`newsbrief.eval.readability`); for each clustering set, the
titles of its gold stories (date lines, cut-off sentences, over 15 words). Prints Markdown tables.

    python bench/readability.py [--limit K] [--json out.json] [--examples] [--basil N]

``--basil N``: also the first N events of BASIL (one article per line, grouped by their ``cluster``: one event told
by three outlets) at 150 words, a set the rules were not written on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import tempfile
from pathlib import Path

from newsbrief.eval.readability import readability, story_titles

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
SUMMARIZATION = [("duc2003_task3/test.jsonl.gz", 100), ("duc2006/test.jsonl.gz", 250),
                 ("multiling2011_en/test.jsonl.gz", 250), ("multinews_sample/validation.jsonl.gz", 250)]
BASIL = "basil/test.jsonl.gz"
BASIL_WORDS = 150
CLUSTERING = ["basil", "ecbplus", "googlenews_ts", "wikiref220", "crisislext26", "trec_microblog_tweet89"]


def basil_clusters(n: int, out: Path) -> Path:
    """The first ``n`` BASIL events (in the file's order) as a summarization file at ``out`` (no references)."""
    events: dict[str, list[dict]] = {}
    with gzip.open(SHARED / BASIL, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["cluster"] in events or len(events) < n:
                events.setdefault(a["cluster"], []).append(a)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for cid, arts in events.items():
            fh.write(json.dumps({"id": cid, "articles": arts, "summaries": ["-"]}) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first K clusters of each summarization set")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--examples", action="store_true", help="print the offending texts")
    ap.add_argument("--no-titles", action="store_true", help="skip the clustering sets' story titles")
    ap.add_argument("--basil", type=int, default=0, metavar="N", help="also the first N BASIL events at 150 words")
    ap.add_argument("--only-basil", action="store_true", help="with --basil: skip the four summarization sets")
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    rows = [] if args.only_basil else [readability(SHARED / path, words, args.limit)
                                       for path, words in SUMMARIZATION if (SHARED / path).exists()]
    if args.basil and (SHARED / BASIL).exists():
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(readability(basil_clusters(args.basil, Path(tmp) / "basil.jsonl.gz"), BASIL_WORDS))
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
