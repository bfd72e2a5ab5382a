"""Sentences the cross-source view would compare as facts (``agreement.is_fact``) that are only a date or a time stamp
(``_patterns.is_date_line``: "10: 55 P. M. FEB. 2, 2009", "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: ..."),
over every cluster of the four summarization sets, ECB+ and BASIL (WikiRef220 and the held-out Multi-News clusters
left out: bench/timeline_dump.py HELD_OUT), issue 11, rd53. Prints each such sentence with its cluster, then the
count; ``--shown`` also builds the view of each cluster holding one and prints the stamp lines the view shows
(agreement items and single-outlet details, "SHOWN") and its other items holding a clock time ("TIME", to read for
stamps the detector misses).

    PYTHONPATH=src python bench/view_stamps.py [--shown]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline_dump import prepared  # noqa: E402

DATASETS = ["duc", "duc06", "ml", "mn", "ecb", "basil"]
_TIME_RE = re.compile(r"\b\d{1,2}\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\b|GMT|UTC|BST|[ECMP][SD]T\b)", re.I)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shown", action="store_true")
    ap.add_argument("--items", action="store_true", help="with --shown: print every item of those views (ITEM lines), "
                    "to diff a change's effect")
    args = ap.parse_args()
    from newsbrief._patterns import is_date_line
    from newsbrief.analyze import Analyzer, make_sources
    from newsbrief.analyze._doc import Sent
    from newsbrief.analyze.agreement import is_fact
    from newsbrief.config import Settings

    settings = Settings()
    cands = shown = sents_n = 0
    for key, brief in prepared(DATASETS, settings):
        srcs = make_sources(brief, settings.analysis.dateline_lag_days, settings.selection.max_article_chars)
        sents = [Sent(s, src) for src in srcs for s in src.article.sentences]
        sents_n += len(sents)
        hits = [s for s in sents if s.text.strip() and is_date_line(s.text.strip())]
        for s in hits:
            print(f"{key}\t[{s.source.n}]\t{'fact' if is_fact(s) else 'not-fact'}\t{s.text.strip()[:120]}")
        cands += sum(1 for s in hits if is_fact(s))
        if args.shown and hits:
            view = Analyzer(settings)(brief).analysis.to_dict()
            ag = view["agreement"]
            items = [u["text"] for k in ("consensus", "shared", "single_family") for u in ag[k]]
            items += [d["text"] for s in ag["single_source"] for d in s["details"]]
            for t in items:
                if args.items:
                    print(f"ITEM\t{key}\t{t[:160]}")
                if is_date_line(t.strip()):
                    shown += 1
                    print(f"SHOWN\t{key}\t{t[:120]}")
                elif _TIME_RE.search(t):  # a clock time in a shown item: read for stamps the detector misses
                    print(f"TIME\t{key}\t{t[:160]}")
    print(f"sentences {sents_n}; date lines compared as facts: {cands}; shown in the view: {shown if args.shown else '-'}")


if __name__ == "__main__":
    main()
