"""Story titles as a reader sees them, over every story of stores built from the clustering sets.

Each store is what ``newsbrief ingest`` made of one set (its own stories, not the gold clusters). Every story's
title is checked by :func:`newsbrief.eval.readability.title_problems` (rules in docs/readability.md, "Story
titles"), which is written apart from :mod:`newsbrief.headline`'s own checks. With ``--recompute`` the title is
made again from the story's stored articles by the current code (no re-ingest needed); without it, the title the
store holds is read.

    newsbrief ingest --store stores/basil.sqlite3 ../shared/data/basil/test.jsonl.gz   # one store per set
    python bench/story_titles.py stores/*.sqlite3 [--recompute] [--examples] [--sample 120 --seed 1 --out s.tsv]
"""

from __future__ import annotations

import argparse
import random
import resource
from collections import Counter
from pathlib import Path

from newsbrief.eval.readability import title_problems
from newsbrief.headline import NO_TEXT_TITLE, HeadlineCache, story_title
from newsbrief.store import Store

KINDS = ["date line", "cut off", "id or file name", "all caps", "over 15 words", "debris", "empty", "no readable text"]


def titles_of(path: Path, recompute: bool) -> tuple[list[tuple[str, str]], bool]:
    """Each story's (id, title), and whether the set's text is lower-cased as a whole (a preprocessed set)."""
    with Store(path) as store:
        stories = store.stories()
        sample = [a for s in stories[:: max(1, len(stories) // 50)] for a in store.story_articles(s.id)[:2]]
        lower = sum(not any(c.isupper() for c in a.raw_text) for a in sample) > 0.9 * max(1, len(sample))
        if not recompute:
            return [(s.id, s.title or "") for s in stories], lower
        cache = HeadlineCache()
        return [(s.id, story_title(store.story_articles(s.id), store.settings, cache)) for s in stories], lower


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", nargs="+", type=Path)
    ap.add_argument("--recompute", action="store_true", help="make each title again with the current code")
    ap.add_argument("--examples", action="store_true", help="print every flagged title")
    ap.add_argument("--sample", type=int, default=0, help="write a random sample of titles (all sets) to label")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="sample file (TSV: set, story id, flags, title)")
    args = ap.parse_args()
    print("| store (set) | stories | " + " | ".join(KINDS) + " | any |")
    print("|---|---:|" + "---:|" * (len(KINDS) + 1))
    rows, total = [], Counter()
    for path in args.stores:
        titles, lowercase_set = titles_of(path, args.recompute)
        counts = Counter()
        for sid, t in titles:
            flags = title_problems(t, lowercase_set) + (["no readable text"] if t == NO_TEXT_TITLE else [])
            counts.update(flags)
            counts["any"] += bool(flags)
            rows.append((path.stem, sid, ",".join(flags), t))
            if flags and args.examples:
                print(f"#\t{path.stem}\t{','.join(flags)}\t{t}")
        total.update(counts)
        total["stories"] += len(titles)
        print(f"| {path.stem} | {len(titles)} | " + " | ".join(str(counts[k]) for k in KINDS) + f" | {counts['any']} |")
    print(f"| all | {total['stories']} | " + " | ".join(str(total[k]) for k in KINDS) + f" | {total['any']} |")
    if args.sample and args.out:
        random.Random(args.seed).shuffle(rows)
        args.out.write_text("".join("\t".join(r) + "\n" for r in rows[: args.sample]))
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\nCPU {ru.ru_utime + ru.ru_stime:.1f} s")


if __name__ == "__main__":
    main()
