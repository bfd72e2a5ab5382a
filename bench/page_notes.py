"""The story page's notes about one input on every summarization cluster (issue 11, rd52; docs/analysis-labels.md,
"Read as a reader: pictures' captions in the view, and notes that name files"): each cluster is written to a
temporary feed, read and cleaned as ``newsbrief brief FEED --format html`` reads it (:func:`newsbrief.pipeline.prepare`), and the
notes its story page shows (:func:`newsbrief.render.story_page.story_view`) are listed with whether they show a file's
path or name (:data:`FILE_RE`: what a reader of the page cannot know).

    PYTHONPATH=src python bench/page_notes.py [--datasets duc06 mn] [-v]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
FILES = {"duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
         "ml": "multiling2011_en/test.jsonl.gz", "mn": "multinews_sample/validation.jsonl.gz"}
#: The stop's blind speaker clusters: never read here.
HELD_OUT = {"D0641E", "D0609I", "d103b", "d129j"}
#: A file's path or name in a note: a directory part, or a name with a feed's or a page's extension.
FILE_RE = re.compile(r"[/\\][^\s/\\:]+\.[A-Za-z]\w{0,4}\b|\b[\w.-]+\.(?:jsonl|json|txt|html?|xml|gz|csv|tsv)\b")


def main() -> None:
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare
    from newsbrief.render.story_page import story_view

    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", nargs="*", default=list(FILES))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    settings = Settings()
    pages = notes = with_file = pages_with_file = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ds in a.datasets:
            with gzip.open(SHARED / FILES[ds], "rt", encoding="utf-8") as fh:
                for c in map(json.loads, fh):
                    if c["id"] in HELD_OUT:
                        continue
                    feed = Path(tmp) / f"{c['id']}.jsonl"
                    feed.write_text("".join(json.dumps(x) + "\n" for x in c["articles"]))
                    shown = story_view(prepare([feed], settings))["notes"]
                    files = [n for n in shown if FILE_RE.search(n)]
                    pages += 1
                    notes += len(shown)
                    with_file += len(files)
                    pages_with_file += bool(files)
                    if a.v:
                        for n in shown:
                            print(f"{ds}:{c['id']}\t{'FILE' if n in files else 'ok'}\t{n[:160]}")
    print(f"pages {pages}, notes {notes}, notes showing a file {with_file} on {pages_with_file} pages")


if __name__ == "__main__":
    sys.exit(main())
