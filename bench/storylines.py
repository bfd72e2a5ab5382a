"""Storyline benchmark: stories (events) and storylines (topics) against
event-level and topic-level gold, through newsbrief's store.

Each set is streamed alone in date order into a fresh store (its file order,
with the dated articles put in date order in the dated slots, as
``bench/cluster.py`` does), and all sets together in one mixed stream
(interleaved by relative position, then dates sorted into the dated slots);
every article's story and its story's storyline are read back from the store
and scored with BCubed against the set's gold. A set's gold is either
event-level (one cluster = one event: a storyline should not join two) or
topic-level (one cluster = a long-running topic of several events: a
storyline should join them):

* topic level: duc2003_task3 and duc2006 (DUC topics, each 10-25 articles
  over months to years), wikiref220 (5 topics + 11 small ones, undated),
  multiling2011_en (10 Wikinews topics, each several events over weeks (a climate conference, a Tour de
  France) to years (the London bombings from the day after to the trials)); bench/cluster.py says the same.
* event level: basil (100 events, 3 outlets each, 2010-2019), ecbplus (86
  events, two of each kind: "Tara Reid enters rehab" vs "Lindsay Lohan enters
  rehab": storylines must keep them apart), multinews (250 events, undated).

Articles the ingest refuses are scored as singletons.

    python bench/storylines.py [--datasets topic,event|NAMES] [--modes alone,mixed] [--set storyline.threshold=0.3 ...]
                               [--batch-sizes 128,192,256,320,384]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster import CLUSTERING, SHARED, SUMMARIZATION  # noqa: E402  (the sets' files, named once)

FILES = {name: (SUMMARIZATION | CLUSTERING)[name] for name in
         ("duc2003_task3", "duc2006", "wikiref220", "multiling2011_en", "basil", "ecbplus", "multinews")}
LEVEL = {"duc2003_task3": "topic", "duc2006": "topic", "wikiref220": "topic", "multiling2011_en": "topic",
         "basil": "event", "ecbplus": "event", "multinews": "event"}


def load_items(name: str) -> list[tuple[str, dict]]:
    """(gold label, article dict) of every article of one set, in file order."""
    items = []
    with gzip.open(SHARED / FILES[name], "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if "articles" in row:  # a summarization set: one cluster per line
                items.extend((row["id"], a) for a in row["articles"])
            else:
                items.append((row["cluster"], row))
    return items


def build_stream(names: list[str]) -> list[tuple[str, str, object]]:
    """``(set, gold label, Article or None)`` in stream order (None: the ingest refused it)."""
    from newsbrief.errors import InputError
    from newsbrief.ingest import article_from_dict

    entries = []
    for name in names:
        items = load_items(name)
        for k, (label, d) in enumerate(items):
            try:
                art = article_from_dict({key: v for key, v in d.items() if key != "id"}, where=f"<{name}>")
            except InputError:
                art = None
            entries.append(((k + 0.5) / len(items), name, label, art))
    entries.sort(key=lambda e: e[0])
    dated = sorted((i for i, e in enumerate(entries) if e[3] is not None and e[3].date), key=lambda i: entries[i][3].date)
    it = iter(dated)
    order = [next(it) if e[3] is not None and e[3].date else i for i, e in enumerate(entries)]
    return [entries[i][1:] for i in order]


def story_links(gold: list, stories: list, lines: list) -> tuple[int, int]:
    """The "Earlier / Later in this storyline" links a reader sees (ordered pairs of distinct stories in
    one storyline) and how many join stories of the same gold cluster (each story's majority label)."""
    votes: dict = {}
    line_of = {}
    for g, s, line in zip(gold, stories, lines):
        votes.setdefault(s, collections.Counter())[g] += 1
        line_of[s] = line
    label = {s: c.most_common(1)[0][0] for s, c in votes.items()}
    members: dict = {}
    for s, line in line_of.items():
        members.setdefault(line, []).append(s)
    links = right = 0
    for group in members.values():
        for a in group:
            for b in group:
                if a != b:
                    links += 1
                    right += label[a] == label[b]
    return links, right


def run(names: list[str], settings, tmp: str, batch_size: int | None = None) -> dict:
    """One stream of ``names`` into a fresh store (articles per transaction: ``batch_size``, the store's
    default if None): scores per set at both levels, and time."""
    from newsbrief.eval.clustering import bcubed
    from newsbrief.store import Store

    stream = build_stream(names)
    arts = [a for _n, _g, a in stream if a is not None]
    path = Path(tmp) / f"storylines-{len(names)}-{time.monotonic_ns()}.sqlite3"
    t0 = time.perf_counter()
    with Store(path, settings=settings, **({"batch_size": batch_size} if batch_size else {})) as store:
        store.add(arts)
        seconds = time.perf_counter() - t0
        story_of = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())
        line_of = dict(store.conn.execute("SELECT story_id, storyline_id FROM story_storylines").fetchall())
        n_lines = store.conn.execute("SELECT count(*) FROM storylines WHERE merged_into IS NULL").fetchone()[0]
    out = {"articles": len(stream), "seconds": round(seconds, 2), "storylines": n_lines, "sets": {}}
    for name in names:
        rows = [(g, a) for n, g, a in stream if n == name]
        gold = [g for g, _a in rows]
        # refused by the ingest, or skipped by the store (a page's note): a singleton
        stories = [(story_of.get(a.id) or ("skipped", i)) if a is not None else ("refused", i)
                   for i, (_g, a) in enumerate(rows)]
        lines = [line_of.get(s, ("no storyline", s)) if isinstance(s, str) else s for s in stories]
        sp, sr, sf = bcubed(gold, stories)
        lp, lr, lf = bcubed(gold, lines)
        links, right = story_links(gold, stories, lines)
        out["sets"][name] = {"articles": len(rows), "gold": len(set(gold)), "stories": len(set(stories)),
                             "storylines": len(set(lines)), "story_p": sp, "story_r": sr, "story_f1": sf,
                             "line_p": lp, "line_r": lr, "line_f1": lf, "links": links, "links_right": right}
    return out


def print_table(names: list[str], alone: dict, mixed: dict | None) -> None:
    print("\nBCubed against each set's gold: stories (events) and storylines, each set alone in date order"
          + (" and in one mixed stream of all sets" if mixed else "") + "\n")
    head = ["set", "gold level", "articles", "gold", "stories", "storylines", "story F1", "storyline P",
            "storyline R", "storyline F1"] + (["mixed: story F1", "mixed: storyline F1"] if mixed else [])
    print("| " + " | ".join(head) + " |")
    print("|---|---|" + "---:|" * (len(head) - 2))
    for name in names:
        a = alone[name]["sets"][name] if name in alone else None
        m = mixed["sets"][name] if mixed else None
        cells = [name, LEVEL[name]]
        cells += ([str(a["articles"]), str(a["gold"]), str(a["stories"]), str(a["storylines"]), f"{a['story_f1']:.3f}",
                   f"{a['line_p']:.3f}", f"{a['line_r']:.3f}", f"**{a['line_f1']:.3f}**"] if a else ["—"] * 8)
        if mixed:
            cells += [f"{m['story_f1']:.3f}", f"{m['line_f1']:.3f}"]
        print("| " + " | ".join(cells) + " |")
    for level in ("topic", "event"):
        chosen = [n for n in names if LEVEL[n] == level and n in alone]
        if chosen:
            mean = sum(alone[n]["sets"][n]["line_f1"] for n in chosen) / len(chosen)
            print(f"\nmean storyline F1 over the {level}-level sets alone: {mean:.3f}", end="")
            if mixed:
                print(f"; mixed: {sum(mixed['sets'][n]['line_f1'] for n in chosen) / len(chosen):.3f}", end="")
    print()
    event = [n for n in names if LEVEL[n] == "event" and n in alone]
    if event:
        print("\n'Earlier / Later in this storyline' links on the event-level sets (ordered story pairs in one "
              "storyline; right = same gold event): "
              + "; ".join(f"{n} {alone[n]['sets'][n]['links_right']}/{alone[n]['sets'][n]['links']}"
                          + (f" (mixed {mixed['sets'][n]['links_right']}/{mixed['sets'][n]['links']})" if mixed else "")
                          for n in event))
    if mixed:
        print(f"\nmixed stream: {mixed['articles']} articles, {mixed['seconds']} s, {mixed['storylines']} storylines")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", default="topic,event", help="topic, event or set names, comma-separated")
    ap.add_argument("--modes", default="alone,mixed", help="alone, mixed or both")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a setting for this run, e.g. storyline.threshold=0.3 (repeatable)")
    ap.add_argument("--batch-sizes", help="also run alone and mixed with the store cutting the stream into batches of "
                    "these sizes (comma-separated): how much of a mixed-stream loss is the cut")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()
    from newsbrief.config import Settings

    names: list[str] = []
    for part in args.datasets.split(","):
        names += [n for n in FILES if LEVEL[n] == part] if part in ("topic", "event") else [part]
    if unknown := [n for n in names if n not in FILES]:
        raise SystemExit(f"unknown dataset(s): {', '.join(unknown)}; choose from {', '.join(FILES)}, topic or event")
    changes = {}
    for kv in args.set:
        key, _, value = kv.partition("=")
        changes[key] = json.loads(value)
    settings = Settings().replace(changes, source="--set")
    modes = args.modes.split(",")
    alone, mixed = {}, None
    with tempfile.TemporaryDirectory() as tmp:
        if "alone" in modes:
            for name in names:
                alone[name] = run([name], settings, tmp)
                s = alone[name]["sets"][name]
                print(f"{name}: story {s['story_f1']:.3f}, storyline {s['line_f1']:.3f}", file=sys.stderr)
        if "mixed" in modes:
            mixed = run(names, settings, tmp)
    print_table(names, alone, mixed)
    cuts = {}
    if args.batch_sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for size in (int(x) for x in args.batch_sizes.split(",")):
                cuts[size] = ({n: run([n], settings, tmp, size)["sets"][n] for n in names}, run(names, settings, tmp, size)["sets"])
                print(f"batches of {size} done", file=sys.stderr)
        print_cuts(names, cuts)
    if args.json:
        args.json.write_text(json.dumps({"settings": changes, "alone": alone, "mixed": mixed,
                                         "cuts": {str(k): v for k, v in cuts.items()}}, indent=2))


def print_cuts(names: list[str], cuts: dict) -> None:
    """Storyline F1 alone / mixed (and mixed - alone) per batch size, and the median of each over the sizes:
    a set's figure moves with where the store cuts the stream, alone as much as mixed."""
    import statistics

    sizes = sorted(cuts)
    print("\nStoryline F1 alone / mixed (mixed - alone) with the stream cut into batches of each size\n")
    head = ["set"] + [f"batches of {s}" for s in sizes] + ["median alone / mixed", "median of mixed - alone"]
    print("| " + " | ".join(head) + " |")
    print("|---|" + "---:|" * (len(head) - 1))
    for name in names:
        pairs = [(cuts[s][0][name]["line_f1"], cuts[s][1][name]["line_f1"]) for s in sizes]
        cells = [name] + [f"{a:.3f} / {m:.3f} ({m - a:+.3f})" for a, m in pairs]
        cells += [f"{statistics.median(a for a, _ in pairs):.3f} / {statistics.median(m for _, m in pairs):.3f}",
                  f"{statistics.median(m - a for a, m in pairs):+.3f}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
