"""Storyline sweeps in seconds: record the storyline linker's input once, replay it under other settings.

``bench/storylines.py`` runs the whole store (ingest, de-duplication, clustering) for every setting tried; the
linker only sees each batch's vectors, story ids, dates and story merges. ``--record`` runs the store once per
stream (each set alone, and the mixed stream of all of them, as bench/storylines.py builds them) and pickles
those inputs with the final story of every article; a replay feeds them to a fresh
:class:`~newsbrief.stream.storyline.StorylineLinker` and scores storylines per set (BCubed), which reproduces the
store's figures exactly at the same settings. ``--keep`` replays the mixed stream with only some sets' rows (same
vectors and stories), which tells what the other sets' stories cost a set in the linker. ``--cut N`` replays each
set alone with every recorded batch cut into N smaller ones in order (``--cut mixed``: where the mixed stream's
batches end), which tells how much the cut of the stream into batches decides.

    python bench/storyline_replay.py --record DIR [--datasets topic,event|NAMES]
    python bench/storyline_replay.py DIR [--set storyline.settled_cohesion=0.6 ...] [--keep duc2006,duc2003_task3]
    python bench/storyline_replay.py DIR --cut 16|mixed
    python bench/storyline_replay.py DIR --errors duc2006     (each gold topic's storylines; storylines joining topics)
    python bench/storyline_replay.py [--record] DIR --batch-sizes 128,192,256,320,384
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from storylines import FILES, LEVEL, build_stream  # noqa: E402


def record(names: list[str], settings, batch_size: int | None = None) -> dict:
    """Run ``names`` as one stream through a fresh store (``batch_size`` articles per transaction, the store's
    default if None); the linker's input per batch and each article's story."""
    from newsbrief.store import Store
    from newsbrief.stream.storyline import StorylineLinker

    stream = build_stream(names)
    calls = []
    original = Store._link_storylines

    def spy(self, fresh, labels, X, changes, now):
        calls.append(([a.id for a in fresh], list(labels), X.copy(),
                      [None if a.date_from_text else a.date for a in fresh],
                      [(ch.kind, ch.source, ch.target) for ch in changes], [], []))
        return original(self, fresh, labels, X, changes, now)

    forget = StorylineLinker.forget_stories
    split_members = Store._split_members

    def spy_split(self, changes):
        got = split_members(self, changes)
        if calls:  # the split stories' articles, read back for the batch just recorded
            calls[-1][6].append(got)
        return got

    def spy_forget(self, story_ids):
        story_ids = list(story_ids)
        if calls:  # the stories the clusterer froze in the batch just linked (the store tells the linker after it)
            calls[-1][5].extend(story_ids)
        return forget(self, story_ids)

    Store._link_storylines = spy
    StorylineLinker.forget_stories = spy_forget
    Store._split_members = spy_split
    try:
        cut = {"batch_size": batch_size} if batch_size else {}
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite3", settings=settings, **cut) as store:
            store.add([a for _n, _g, a in stream if a is not None])
            story_of = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())
    finally:
        Store._link_storylines = original
        StorylineLinker.forget_stories = forget
        Store._split_members = split_members
    meta = [(n, g, a.id if a is not None else None) for n, g, a in stream]
    return {"names": names, "meta": meta, "calls": calls, "story_of": story_of}


def replay(rec: dict, linker, keep: set[str] | None = None) -> dict[str, str]:
    """Story id -> storyline id after feeding ``rec``'s batches to ``linker`` (only ``keep``'s rows if given)."""
    set_of = {aid: n for n, _g, aid in rec["meta"] if aid}
    full: dict[str, str] = {}
    redirect: dict[str, str] = {}
    for ids, labels, X, dates, changes, *rest in rec["calls"]:
        if keep is not None:
            rows = [i for i, a in enumerate(ids) if set_of[a] in keep]
            if not rows:
                continue
            ids, labels, X, dates = [ids[i] for i in rows], [labels[i] for i in rows], X[rows], [dates[i] for i in rows]
        unknown = [sid for sid in dict.fromkeys(labels) if sid not in linker.line_of_]
        # the split stories' articles (none in recordings made before they were passed, with --keep or --cut)
        split = rest[1][0] if len(rest) > 1 and rest[1] and keep is None else None
        linker.partial_fit(X, labels, dates, changes, {s: full[s] for s in unknown if s in full}, split)
        for gone, kept in linker.changes_:
            redirect[gone] = kept
        full.update(linker.assigned_)
        if rest:  # the stories the clusterer froze (recorded since the store tells the linker)
            linker.forget_stories(rest[0])

    def final(line: str) -> str:
        while line in redirect:
            line = redirect[line]
        return line

    return {s: final(line) for s, line in full.items()}


def cut(rec: dict, parts: int | None = None, batch_of: dict[str, int] | None = None) -> dict:
    """``rec`` with every batch cut into ``parts`` in order, or where ``batch_of`` (article id -> batch number)
    changes; the batch's story merges and splits go with its first part."""
    calls = []
    for ids, labels, X, dates, changes, *rest in rec["calls"]:
        groups: dict[int, list[int]] = {}
        for i, aid in enumerate(ids):
            groups.setdefault(batch_of[aid] if batch_of is not None else i * parts // len(ids), []).append(i)
        for k, key in enumerate(sorted(groups)):
            rows = groups[key]
            calls.append(([ids[i] for i in rows], [labels[i] for i in rows], X[rows], [dates[i] for i in rows],
                          changes if k == 0 else [], *([rest[0] if k == len(groups) - 1 else []] if rest else [])))
    return dict(rec, calls=calls)


def score(rec: dict, line_of: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    """Storyline BCubed (P, R, F1) per set; refused articles are singletons."""
    from newsbrief.eval.clustering import bcubed

    out = {}
    for name in rec["names"]:
        rows = [(g, aid) for n, g, aid in rec["meta"] if n == name]
        stories = [(rec["story_of"].get(aid) or ("skipped", i)) if aid else ("refused", i)  # skipped: a page's note
                   for i, (_g, aid) in enumerate(rows)]
        lines = [line_of.get(s, ("no storyline", s)) if isinstance(s, str) else s for s in stories]
        out[name] = bcubed([g for g, _a in rows], lines)
    return out


def print_errors(rec: dict, name: str, line_of: dict[str, str]) -> None:
    """Each gold topic of ``name`` split over storylines (articles in each, ``*``: a storyline that also holds
    other topics), then each storyline holding several topics, biggest first."""
    import collections

    by_gold: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_line: dict[object, collections.Counter] = collections.defaultdict(collections.Counter)
    for n, g, aid in rec["meta"]:
        if n == name and aid:
            story = rec["story_of"].get(aid) or ("skipped", aid)
            line = line_of.get(story, ("no storyline", story))
            by_gold[g][line] += 1
            by_line[line][g] += 1
    number: dict[object, int] = {}
    tag = lambda line: f"L{number.setdefault(line, len(number))}"  # noqa: E731
    print(f"{name}: gold topics split over storylines")
    for g, c in sorted(by_gold.items(), key=lambda x: (-len(x[1]), x[0])):
        if len(c) > 1:
            print(f"  {g} ({sum(c.values())}): " + ", ".join(f"{tag(line)} {k}" + ("*" if len(by_line[line]) > 1 else "")
                                                          for line, k in c.most_common()))
    print(f"{name}: storylines holding several gold topics")
    for line, c in sorted(by_line.items(), key=lambda x: -sum(x[1].values())):
        if len(c) > 1:
            print(f"  {tag(line)}: " + ", ".join(f"{g} {k}" for g, k in c.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="where the recordings are (written with --record)")
    ap.add_argument("--record", action="store_true", help="run the store and write the recordings")
    ap.add_argument("--datasets", default="topic,event", help="topic, event or set names, comma-separated")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting (repeatable)")
    ap.add_argument("--keep", help="replay the mixed stream with only these sets' rows")
    ap.add_argument("--cut", help="replay each set alone with its batches cut into N parts, or as the mixed stream's")
    ap.add_argument("--errors", help="list, for one set alone, each gold topic split over storylines (its articles in "
                    "each) and each storyline holding several gold topics")
    ap.add_argument("--batch-sizes", help="record (in DIR/b<size>) or replay each set alone and the mixed stream with "
                    "the store cutting it into batches of these sizes (comma-separated), as bench/storylines.py "
                    "--batch-sizes: the same table")
    args = ap.parse_args()
    from newsbrief.config import Settings
    from newsbrief.stream.storyline import StorylineLinker

    names: list[str] = []
    for part in args.datasets.split(","):
        names += [n for n in FILES if LEVEL[n] == part] if part in ("topic", "event") else [part]
    settings = Settings().replace({k: json.loads(v) for k, _, v in (kv.partition("=") for kv in args.set)},
                                  source="--set")
    sizes = [int(x) for x in args.batch_sizes.split(",")] if args.batch_sizes else []
    if args.record:
        for size in sizes or [None]:
            where = args.dir / f"b{size}" if size else args.dir
            where.mkdir(parents=True, exist_ok=True)
            for key, group in [(n, [n]) for n in names] + [("mixed", names)]:
                (where / f"{key}.pkl").write_bytes(pickle.dumps(record(group, settings, size)))
                print(f"recorded {key}" + (f" in batches of {size}" if size else ""), file=sys.stderr)
        return
    if sizes:
        from storylines import print_cuts

        cuts = {}
        for size in sizes:
            where = args.dir / f"b{size}"
            mixed = pickle.loads((where / "mixed.pkl").read_bytes())
            got = score(mixed, replay(mixed, StorylineLinker.from_settings(settings.storyline)))
            alone = {}
            for name in names:
                rec = pickle.loads((where / f"{name}.pkl").read_bytes())
                alone[name] = score(rec, replay(rec, StorylineLinker.from_settings(settings.storyline)))[name]
            cuts[size] = ({n: {"line_f1": alone[n][2]} for n in names}, {n: {"line_f1": got[n][2]} for n in names})
        print_cuts(names, cuts)
        return
    if args.errors:
        rec = pickle.loads((args.dir / f"{args.errors}.pkl").read_bytes())
        print_errors(rec, args.errors, replay(rec, StorylineLinker.from_settings(settings.storyline)))
        return
    mixed = pickle.loads((args.dir / "mixed.pkl").read_bytes())
    keep = set(args.keep.split(",")) if args.keep else None
    if args.cut:
        batch_of = {aid: k for k, call in enumerate(mixed["calls"]) for aid in call[0]}
        print("| set | storyline F1 alone | cut " + args.cut + " |\n|---|---:|---:|")
        for name in names:
            rec = pickle.loads((args.dir / f"{name}.pkl").read_bytes())
            whole = score(rec, replay(rec, StorylineLinker.from_settings(settings.storyline)))[name][2]
            part = cut(rec, batch_of=batch_of) if args.cut == "mixed" else cut(rec, int(args.cut))
            f = score(part, replay(part, StorylineLinker.from_settings(settings.storyline)))[name][2]
            print(f"| {name} | {whole:.3f} | {f:.3f} |")
        return
    got_mixed = score(mixed, replay(mixed, StorylineLinker.from_settings(settings.storyline), keep))
    print("| set | level | storyline P alone | R alone | F1 alone | F1 mixed" + (" (kept sets only)" if keep else "")
          + " | mixed - alone |\n|---|---|---:|---:|---:|---:|---:|")
    for name in names:
        if keep is not None and name not in keep:
            continue
        rec = pickle.loads((args.dir / f"{name}.pkl").read_bytes())
        p, r, f = score(rec, replay(rec, StorylineLinker.from_settings(settings.storyline)))[name]
        fm = got_mixed[name][2]
        print(f"| {name} | {LEVEL[name]} | {p:.3f} | {r:.3f} | {f:.3f} | {fm:.3f} | {fm - f:+.3f} |")


if __name__ == "__main__":
    main()
