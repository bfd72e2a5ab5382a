"""The last free WikiRef220 articles for blind speaker splits (issue 11, stop 54): the pick rule, written before
any of these articles was read for speakers.

    python bench/pick_blind_speakers.py

The summarization sets, ECB+ and BASIL have no cluster left that no speaker label file names, and stop 53 took
WikiRef220's ParisAttacks2015 up to article 30, michelle.obama up to 31 and malaysia.airlines.flight to its end. So
this stop's three splits are what remains, in file order, no shuffle:

- blind-speakers67: ParisAttacks2015 from the first article no speaker label file names to the topic's end;
- blind-speakers68: michelle.obama, the same;
- blind-speakers69: premier.league, the same, then every small ("noise") topic no speaker label file names, in
  file order, and samsung.galaxy.s5's articles after the range blind-speakers57 took.

Keys are those `bench/analysis.py` reads: ``wiki:<topic>:<a>-<b>`` (1-based, inclusive) or ``wiki:<topic>`` for a
whole topic. Rough quote pairs (straight and curly double marks / 2, plus `` pairs) are printed for each key.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WIKIREF = REPO.parent / "shared" / "data" / "wikiref220" / "test.jsonl.gz"
BIG = ("ParisAttacks2015", "michelle.obama", "premier.league", "samsung.galaxy.s5", "malaysia.airlines.flight")


def _articles() -> dict[str, list[dict]]:
    topics: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(WIKIREF, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            topics[article["cluster"]].append(article)
    return topics


def _taken() -> dict[str, set[int]]:
    """Article numbers (1-based) each topic's keys in the speaker label files name; a bare topic key takes all."""
    taken: dict[str, set[int]] = defaultdict(set)
    for path in sorted((REPO / "tests" / "labels").glob("analysis-speakers*.json")):
        for key in json.loads(path.read_text(encoding="utf-8")).get("quotes", {}):
            if not key.startswith("wiki:"):
                continue
            parts = key.split(":")
            if len(parts) == 2:
                taken[parts[1]].add(0)  # the whole topic
            else:
                a, _, b = parts[2].partition("-")
                taken[parts[1]].update(range(int(a), int(b or a) + 1))
    return taken


def _pairs(text: str) -> int:
    return (text.count('"') + text.count("\u201c") + text.count("\u201d")) // 2 + text.count("``")


def pick() -> dict[str, list[tuple[str, int]]]:
    topics, taken = _articles(), _taken()

    def rest(topic: str) -> tuple[str, int] | None:
        used = taken.get(topic, set())
        if 0 in used:
            return None
        first = max(used, default=0) + 1
        n = len(topics[topic])
        if first > n:
            return None
        key = f"wiki:{topic}:{first}-{n}" if first > 1 else f"wiki:{topic}"
        return key, sum(_pairs(a["text"]) for a in topics[topic][first - 1:])

    splits = {"blind-speakers67": [rest("ParisAttacks2015")], "blind-speakers68": [rest("michelle.obama")]}
    last = [rest("premier.league")]
    last += [rest(t) for t in topics if t not in BIG]
    last.append(rest("samsung.galaxy.s5"))
    splits["blind-speakers69"] = last
    return {name: [k for k in keys if k] for name, keys in splits.items()}


if __name__ == "__main__":
    for name, keys in pick().items():
        print(name, " ".join(k for k, _ in keys), "| rough pairs:", sum(p for _, p in keys),
              "(" + ", ".join(f"{k.split(':', 2)[1]} {p}" for k, p in keys) + ")")
