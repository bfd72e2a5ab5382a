"""End-to-end brief speed: clean + segment + dedup + select (+ optional analysis).

Times ``newsbrief.brief`` on every 10-ish-article DUC 2003 cluster (article dicts in
memory, as the library receives them) and on the bundled sample, median of
several repeats after one warm-up, on one core. Prints a table; ``--json FILE``.

    python bench/brief.py [--repeats 5] [--analyze] [--cpu] [--set citations.model=tfidf] [--json out.json]

``--outputs FILE`` instead writes every brief of the four summarization sets at their budgets (bench/quality.py's
DATASETS): the headline, each summary sentence with its source text, edits and citations (article, sentence, score
to full precision) and the warnings, one JSON line a brief, and prints the file's sha256: two checkouts give the
same outputs when the digests are equal.

``--embedded`` also counts the texts the sentence model embeds per brief (median over the DUC clusters): the
model's share of a brief does not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import time
from pathlib import Path

import newsbrief

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"


def time_brief(articles, repeats: int, analyze: bool, clock=time.perf_counter, settings=None) -> float:
    newsbrief.brief(articles, words=100, analyze=analyze, settings=settings)  # warm-up: lazy imports, caches
    times = []
    for _ in range(repeats):
        t = clock()
        newsbrief.brief(articles, words=100, analyze=analyze, settings=settings)
        times.append(clock() - t)
    return statistics.median(times)


def dump_outputs(path: Path, settings) -> str:
    """Every brief of the four summarization sets at their budgets into ``path``; its sha256."""
    import hashlib

    sets = [("duc2003_task3/test.jsonl.gz", 100), ("duc2006/test.jsonl.gz", 250),
            ("multiling2011_en/test.jsonl.gz", 250), ("multinews_sample/validation.jsonl.gz", 250)]
    with path.open("w", encoding="utf-8") as out:
        for name, words in sets:
            with gzip.open(SHARED / name, "rt") as fh:
                for line in fh:
                    c = json.loads(line)
                    b = newsbrief.brief(c["articles"], words=words, settings=settings)
                    row = {"set": name, "id": c.get("id"), "headline": b.headline, "warnings": b.warnings,
                           "summary": [{"text": s.text, "source_text": s.source_text, "edits": s.edits,
                                        "citations": [[x.article_id, x.sentence_index, x.outlet, repr(x.score)]
                                                      for x in s.citations]} for s in b.summary]}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _value(text: str):
    """A --set value: a number when it reads as one, a boolean when it is true or false."""
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--analyze", action="store_true", help="include the cross-source analysis")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a setting, e.g. citations.model=tfidf (the fallback path)")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU seconds of this process instead of wall seconds: the one-core time when other jobs "
                         "share the machine (the brief runs on one thread)")
    ap.add_argument("--outputs", type=Path, metavar="FILE",
                    help="write every brief of the four summarization sets (no timing) and print its sha256")
    ap.add_argument("--embedded", action="store_true", help="also count the texts the sentence model embeds per brief")
    args = ap.parse_args()
    embedded: list[int] = []  # per DUC cluster
    current = [0]
    if args.embedded:
        import newsbrief.embed as embed

        factory = embed.REGISTRY["minilm"]

        def counting():
            encode = factory()

            def run(texts):
                current[0] += len(texts)
                return encode(texts)
            return run

        embed.REGISTRY["minilm"] = counting
        embed.encoder.cache_clear()
    clock = time.process_time if args.cpu else time.perf_counter
    from newsbrief.config import Settings

    settings = Settings().replace({k: _value(v) for k, v in (s.split("=", 1) for s in args.set)})
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.outputs:
        print(dump_outputs(args.outputs, settings), args.outputs)
        return

    rows = []
    duc = SHARED / "duc2003_task3" / "test.jsonl.gz"
    if duc.exists():
        per_cluster = []
        sizes = []
        with gzip.open(duc, "rt") as fh:
            for line in fh:
                c = json.loads(line)
                if args.embedded:
                    current[0] = 0
                    newsbrief.brief(c["articles"], words=100, analyze=args.analyze, settings=settings)
                    embedded.append(current[0])
                per_cluster.append(time_brief(c["articles"], args.repeats, args.analyze, clock, settings))
                sizes.append(len(c["articles"]))
        rows.append(("duc2003_task3 (30 clusters, %d-%d articles)" % (min(sizes), max(sizes)),
                     statistics.median(per_cluster), max(per_cluster)))
    sample = REPO / "examples" / "air-france-447.jsonl"
    t = time_brief([sample], args.repeats, args.analyze, clock, settings)
    rows.append(("bundled sample (6 articles, from file)", t, t))

    print(f"newsbrief.brief, words=100, analyze={args.analyze}, median of {args.repeats} runs, "
          f"{'CPU' if args.cpu else 'wall'} seconds, "
          f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"{'input':<48} {'median s':>9} {'max s':>9}")
    for name, med, worst in rows:
        print(f"{name:<48} {med:>9.3f} {worst:>9.3f}")
    if embedded:
        print(f"texts embedded per DUC 2003 brief: median {statistics.median(embedded)}, max {max(embedded)}")
    if args.json:
        args.json.write_text(json.dumps([{"input": n, "median_s": m, "max_s": w} for n, m, w in rows], indent=2))


if __name__ == "__main__":
    main()
