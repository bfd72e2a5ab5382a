"""Every timeline date mention of the summarization and clustering sets in ../shared, one JSON line each, for reading
a change before / after (issue 11, tl48): dataset, cluster, source number, the article's date and where it came
from, the anchor the source is read as of, the sentence, the expression, its kind and modifier, the clause's tense
(``timeline.tense``) and the date it resolves to. Mentions are those :func:`newsbrief.analyze.timeline.date_mentions`
lists (the view's timeline rows before events are merged). No NER: only the dates.

    PYTHONPATH=src python bench/timeline_dump.py --datasets ecb mn > before.jsonl
    python bench/timeline_dump.py --diff before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
SUMMARIZATION = {"duc": "duc2003_task3/test.jsonl.gz", "duc06": "duc2006/test.jsonl.gz",
                 "ml": "multiling2011_en/test.jsonl.gz", "mn": "multinews_sample/validation.jsonl.gz"}
#: Multi-News clusters held out for blind speaker splits: their sentences are not read here.
HELD_OUT = {f"mn:{c}" for c in "0173 0139 0244 0105 0120 0135 0118 0134 0109 0033 0160 0222 0130".split()}
#: The latest blind speaker splits (stop 53: three WikiRef220 topics, whole): their sentences are not read here either.
HELD_OUT |= {"wiki:ParisAttacks2015", "wiki:malaysia.airlines.flight", "wiki:michelle.obama"}
#: The clustering sets read as clusters: one article a line, grouped by their gold cluster.
CLUSTERING = {"ecb": "ecbplus", "basil": "basil", "wiki": "wikiref220"}


def clusters(dataset: str):
    """(key, rows) of every cluster of ``dataset`` ("duc", "duc06", "ml", "mn", "ecb", "basil", "wiki")."""
    if dataset in CLUSTERING:
        groups: dict[str, list] = defaultdict(list)
        with gzip.open(SHARED / CLUSTERING[dataset] / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                groups[row["cluster"]].append(row)
        yield from ((f"{dataset}:{c}", rows) for c, rows in groups.items())
        return
    with gzip.open(SHARED / SUMMARIZATION[dataset], "rt", encoding="utf-8") as fh:
        for c in map(json.loads, fh):
            yield f"{dataset}:{c['id'].rsplit('-', 1)[-1]}", c["articles"]


def prepared(datasets: list[str], settings):
    """(key, prepared brief) of every cluster of ``datasets`` not in :data:`HELD_OUT`, in file order; rows that are
    no readable article are skipped, and a cluster left with none."""
    from newsbrief.errors import NewsbriefError
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    for ds in datasets:
        for key, rows in clusters(ds):
            if key in HELD_OUT:
                continue
            arts = []
            for r in rows:
                try:
                    arts.append(article_from_dict(r))
                except NewsbriefError:
                    continue
            if arts:
                yield key, prepare(arts, settings)


def dump(datasets: list[str], out=sys.stdout) -> None:
    from newsbrief.analyze import make_sources, timeline
    from newsbrief.analyze._doc import Sent
    from newsbrief.config import Settings

    settings = Settings()
    for key, brief in prepared(datasets, settings):
        srcs = make_sources(brief, settings.analysis.dateline_lag_days, settings.selection.max_article_chars)
        sents = [Sent(s, src) for src in srcs for s in src.article.sentences]
        for m in timeline.date_mentions(sents):
            text, src, a = m.sent.text, m.sent.source, m.sent.source.article
            mo = timeline._DATE_RE.match(text, m.start)
            kind = mo.lastgroup[1:] if mo else None
            mod = next((v for k, v in (mo.groupdict() if mo else {}).items()
                        if v and k.startswith(f"{kind}_mod")), None)
            tense = timeline.tense(text, m.start, m.end, intent=kind in ("md", "dm", "m"))
            source = ("url" if a.date_from_url else "stamp" if getattr(a, "date_from_stamp", False)
                      else "text" if a.date_from_text else "metadata") if a.date else None
            print(json.dumps({
                "cluster": key, "n": src.n, "article": a.id, "date": a.date and a.date.isoformat(),
                "date_source": source, "anchor": src.anchor and src.anchor.isoformat(),
                "anchor_from": src.anchor_from, "sentence": " ".join(text.split()), "start": m.start,
                "expression": m.expression, "kind": kind, "mod": mod and mod.lower(), "tense": tense,
                "date_shown": (m.bound + " " if m.bound else "") + m.when.label}, ensure_ascii=False), file=out)
        out.flush()


def diff(before: str, after: str) -> None:
    """Every mention whose date changed, appeared or went, by (cluster, article, sentence, start)."""
    def load(path):
        out = {}
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            out[(r["cluster"], r["article"], r["sentence"], r["start"])] = r
        return out

    b, a = load(before), load(after)
    for k in sorted(set(b) | set(a)):
        x, y = b.get(k), a.get(k)
        if x and y and x["date_shown"] == y["date_shown"]:
            continue
        r = y or x
        print(f"{r['cluster']} [{r['n']}] anchor {r['anchor']} ({r['anchor_from']}): "
              f"{x['date_shown'] if x else '-'} -> {y['date_shown'] if y else '-'} "
              f"{r['expression']!r}: {r['sentence'][:220]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", nargs="+", default=["duc", "duc06", "ml", "mn", "ecb", "basil", "wiki"])
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
    else:
        dump(args.datasets)


if __name__ == "__main__":
    main()
