"""Timeline rows a reader understands alone, on hand-labelled rows (``tests/labels/timeline_rows.json``).

A timeline row is a dated sentence shown without the sentences around it. The labelled rows are the leaning ones
(:func:`newsbrief.rewrite.dangling_reason`, or a leading connective) of a fixed draw of clusters, each labelled by
reading: understood alone or not as main showed it (``before``), and as this tree shows it (``after``: its text, and
whether the sentence before it, which the view gives as ``context`` and the renderers show on demand, makes it
understood). The draw rule and the labelling rule are in the file's ``_about`` and in docs/readability.md
("Timeline rows a reader understands alone").

For every labelled row the bench finds the row again (same cluster, date, and source number and sentence prefix of
its first citation) and compares its text and context with the labelled ones: recall = rows not understood alone on
main that are understood now, alone or with the context shown on demand, over the rows not understood on main;
precision = changed rows (new text or a context) read right, over all changed rows. A row whose text is neither
labelled text, or whose context starts elsewhere than the labelled one, is counted unread and listed with ``-v``:
read it and label it.

    python bench/timeline_rows.py [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from newsbrief.analyze import Analyzer
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
LABELS = REPO / "tests" / "labels" / "timeline_rows.json"
FILES = {"d": "duc2003_task3/test.jsonl.gz", "D": "duc2006/test.jsonl.gz", "M": "multiling2011_en/test.jsonl.gz",
         "m": "multinews_sample/validation.jsonl.gz"}
MAX_ARTICLES = 12


def views(ids: set[str]) -> dict[str, dict]:
    """The view of each labelled cluster, its first :data:`MAX_ARTICLES` articles."""
    settings = Settings()
    out = {}
    for path in FILES.values():
        with gzip.open(DATA / path, "rt", encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)
                if c["id"] in ids:
                    arts = [article_from_dict(a) for a in c["articles"]][:MAX_ARTICLES]
                    out[c["id"]] = Analyzer(settings)(prepare(arts, settings)).analysis.to_dict()
    return out


def _norm(text: str) -> str:
    """``text``'s letters and digits alone (the view writes tokenized quote marks as a reader does)."""
    return re.sub(r"[^A-Za-z0-9]", "", text)


def find(view: dict, row: dict) -> dict | None:
    """The timeline row of ``view`` that a labelled ``row`` is: its first citation's source number and sentence
    prefix, and its date, shown as the row's or as one of its ``also`` dates (a sentence naming several dates is
    one row, under the date of what it reports, tl53)."""
    return next((e for e in view["timeline"]
                 if row["date"] in (e["display"], *(x["display"] for x in e.get("also", [])))
                 and e["citations"][0]["n"] == row["n"]
                 and _norm(e["citations"][0]["text"]).startswith(_norm(row["sentence"]))), None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every row the change touches, and the rows left unread")
    args = ap.parse_args()
    rows = json.loads(LABELS.read_text(encoding="utf-8"))["rows"]
    got = views({r["id"] for r in rows})
    n: Counter = Counter()
    for r in rows:
        e = find(got[r["id"]], r)
        if e is None:
            n["missing"] += 1
            print("missing:", r["id"], r["sentence"])
            continue
        n["rows"] += 1
        text, context = _norm(e["text"]), e.get("context")
        if text == _norm(r["before"]) and not context:
            state, alone, understood = "as on main", r["before_alone"], r["before_alone"]
        elif text == _norm(r["after"]) and (_norm(context or "").startswith(_norm(r["context_start"])) if context
                                             else not r["context_sentences"]):
            state, alone = "as labelled", r["after_alone"]
            understood = alone or bool(r["context_helps"])
            n["touched"] += 1
            n["touched right"] += r["after_right"]
            n["context"] += bool(context)
        else:
            state, alone, understood = "unread", False, False
            n["unread"] += 1
        lean = not r["before_alone"]
        n["leaning"] += lean
        n["alone"] += lean and alone
        n["understood"] += lean and understood
        if args.v and state != "as on main":
            print(f"{state}: {r['id']} [{r['n']}] {r['date']}: {e['text'][:110]}"
                  + (f"\n    context: {context[:110]}" if context else ""))
    print(f"labelled rows {len(rows)}: found {n['rows']}, missing {n['missing']}, unread (read and label them) "
          f"{n['unread']}; not understood alone on main {n['leaning']}")
    print(f"recall, understood alone now: {n['alone']} of {n['leaning']} = {n['alone'] / max(1, n['leaning']):.3f}")
    print(f"recall, understood with the context shown on demand: {n['understood']} of {n['leaning']}"
          f" = {n['understood'] / max(1, n['leaning']):.3f}")
    print(f"precision, changed rows (text or context, {n['context']} with context) right: {n['touched right']} of "
          f"{n['touched']} = {n['touched right'] / max(1, n['touched']):.3f}")


if __name__ == "__main__":
    main()
