"""Figure conflicts near a conversion or restatement, for reading (issue 11, tenth round: conversions).

Picks the clusters of the four summarization sets and of ECB+ / BASIL / WikiRef220 (one cluster per gold label)
in which some article writes a parenthesis or ", or" right after a number, runs the cross-source view on each,
and prints every conflict it lists with each value's sentence; a conflict with a value next to such a
parenthesis or ", or" is marked ``**``. Whether the conflict exists only through a conversion is read, not
computed (docs/analysis-labels.md, "Tenth round: conversions").

    PYTHONPATH=src python bench/figure_conversions.py [PREFIX ...]   # e.g. ecbplus:T13 wikiref220
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SUMMARIZATION = {"duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
                 "ml": "multiling2011_en/test.jsonl.gz", "mn": "multinews_sample/validation.jsonl.gz"}
CLUSTERING = ("ecbplus", "basil", "wikiref220")
_NUM = r"(?:[A-Z]{0,3}\$|€|£|¥)?\s?\d[\d,.]*"
#: A number, then a parenthesis opening on a number, or ", or" and a number.
NEAR = re.compile(_NUM + r"[^()\d.;]{0,25}\(\s*(?:about|around|roughly|some|approx\.?|approximately|nearly|almost|"
                  r"more than|over|or)?\s*" + _NUM + r"|" + _NUM + r"[^().;\d]{0,25},?\s+or\s+(?:about|around|"
                  r"roughly|some|nearly|almost)?\s*" + _NUM, re.I)


def clusters():
    for name, path in SUMMARIZATION.items():
        with gzip.open(DATA / path, "rt", encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)
                yield f"{name}:{c['id']}", c["articles"]
    for name in CLUSTERING:
        by: dict[str, list] = {}
        with gzip.open(DATA / name / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                by.setdefault(row["cluster"], []).append(row)
        yield from ((f"{name}:{k}", rows) for k, rows in by.items())


def near(sentence: str, figure: str) -> str | None:
    """The parenthesis or ", or" next to ``figure`` in ``sentence``, if any."""
    at = sentence.find(figure)
    if at < 0 or not figure:
        return None
    for m in NEAR.finditer(sentence):
        if figure.split()[0] in m.group(0) and m.start() <= at + len(figure) and at <= m.end():
            return m.group(0)
    return None


def main(prefixes: list[str]) -> None:
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.errors import NewsbriefError
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    settings = Settings()
    picked = listed = marked = 0
    marked_clusters = set()
    t0 = time.process_time()
    for key, rows in clusters():
        if (prefixes and not any(key.startswith(p) for p in prefixes)) or not any(
                NEAR.search(r.get("text") or "") for r in rows):
            continue
        articles = []
        for row in rows:
            try:
                articles.append(article_from_dict(row))
            except NewsbriefError:  # not English, empty
                pass
        if len(articles) < 2:
            continue
        picked += 1
        for q in Analyzer(settings)(prepare(articles, settings)).analysis.to_dict()["conflicts"]:
            listed += 1
            hits = [(c["n"], v["text"], m) for v in q["values"] for c in v["citations"]
                    if (m := near(c["text"], v["text"]))]
            print("CONFLICT", key, q["quantity"], [(v["text"], v["sources"]) for v in q["values"]])
            for v in q["values"]:
                for c in v["citations"]:
                    print("    ", c["n"], repr(v["text"]), "|", c["text"][:300])
            if hits:
                marked += 1
                marked_clusters.add(key)
                print("  **", hits)
    print(f"\nclusters picked {picked}, conflicts listed {listed}, next to a parenthesis or ', or' {marked} "
          f"over {len(marked_clusters)} clusters, {time.process_time() - t0:.0f} CPU s")


if __name__ == "__main__":
    main(sys.argv[1:])
