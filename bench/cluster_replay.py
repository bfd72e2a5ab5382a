"""Story clustering sweeps in seconds: record the story clusterer's input once, replay it under other code or settings.

``bench/cluster.py`` runs the whole store (ingest, de-duplication, vectorizing, clustering, SQLite) for every
change tried; the clusterer only sees each batch's vectors, article ids and dates. ``--record`` runs the store once
per stream (each set alone and the mixed stream of all of them, built as bench/cluster.py builds them) and pickles
those inputs; a replay feeds them to a fresh :class:`~newsbrief.stream.cluster.StoryClusterer`, follows its merges
and splits to every article's final story and scores BCubed per set, which reproduces bench/cluster.py's newsbrief
figures exactly at the same settings (the vectorizer and de-duplication are not replayed: a change to them needs a
new recording). ``--trace SET`` lists, for the mixed stream, the set's gold stories that the mixed stream splits or
joins with other sets' articles (against the set alone); ``--keep`` replays the mixed stream with only some sets'
rows (same vectors), ``--cut-mixed`` each set alone in batches cut where the mixed stream's end (same vectors as
alone): which part of a set's mixed-stream loss is the other sets' articles, the vectors, or the batches.

    python bench/cluster_replay.py --record DIR [--datasets all|event|topic|short|NAMES]
    python bench/cluster_replay.py DIR [--set cluster.chain_floor=0.02 ...] [--trace ecbplus] [--keep ecbplus]
                                   [--cut-mixed]
"""

from __future__ import annotations

import argparse
import collections
import json
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster import build_stream, resolve_names, score_sets  # noqa: E402


def record(names: list[str]) -> dict:
    """Run ``names`` as one stream through a fresh store; the clusterer's input per batch."""
    from newsbrief.store import Store
    from newsbrief.stream.cluster import StoryClusterer

    meta, _refused = build_stream(names)
    arts = [m[2] for m in meta if m[2] is not None]
    calls = []
    original = StoryClusterer.partial_fit

    def spy(self, X, article_ids, dates, dates_from_text=None):
        calls.append((X.copy(), list(article_ids), list(dates), None if dates_from_text is None else list(dates_from_text)))
        return original(self, X, article_ids, dates, dates_from_text)

    StoryClusterer.partial_fit = spy
    try:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite3") as store:
            store.add(arts)
            story_of = dict(store.conn.execute("SELECT id, story_id FROM articles").fetchall())
    finally:
        StoryClusterer.partial_fit = original
    return {"names": names, "meta": [(n, g, a.id if a is not None else None) for n, g, a in meta],
            "calls": calls, "story_of": story_of}


def replay(rec: dict, settings, keep: set[str] | None = None) -> dict[str, str]:
    """Article id -> final story id, the recorded batches fed to a fresh clusterer built from ``settings``
    (only the rows of ``keep``'s sets if given)."""
    from newsbrief.stream.model import ArticleClusterer

    clusterer = ArticleClusterer.from_settings(settings.cluster).clusterer
    clusterer.reset()
    ids: list[str] = []
    labels: list[str] = []
    pending: dict[str, list[int]] = collections.defaultdict(list)  # story -> positions
    set_of = {aid: n for n, _g, aid in rec["meta"] if aid}
    for X, aids, dates, from_text in rec["calls"]:
        if keep is not None:
            rows = [i for i, a in enumerate(aids) if set_of.get(a) in keep]
            if not rows:
                continue
            X, aids, dates = X[rows], [aids[i] for i in rows], [dates[i] for i in rows]
            from_text = None if from_text is None else [from_text[i] for i in rows]
        clusterer.partial_fit(X, aids, dates, from_text)
        for ch in clusterer.changes_:
            if ch.kind == "merge":
                pos = pending.pop(ch.source, [])
                for p in pos:
                    labels[p] = ch.target
                pending[ch.target].extend(pos)
            else:
                moved = set(ch.article_ids)
                stay, go = [], []
                for p in pending.get(ch.source, []):
                    (go if ids[p] in moved else stay).append(p)
                pending[ch.source] = stay
                for p in go:
                    labels[p] = ch.target
                pending[ch.target].extend(go)
        for aid, sid in zip(aids, clusterer.labels_):
            pending[sid].append(len(ids))
            ids.append(aid)
            labels.append(sid)
    return dict(zip(ids, labels))


def cut(rec: dict, batch_of: dict[str, int]) -> dict:
    """``rec`` with every batch cut where ``batch_of`` (article id -> batch number) changes."""
    calls = []
    for X, aids, dates, from_text in rec["calls"]:
        groups: dict[int, list[int]] = {}
        for i, aid in enumerate(aids):
            groups.setdefault(batch_of.get(aid, -1), []).append(i)
        for key in sorted(groups):
            rows = groups[key]
            calls.append((X[rows], [aids[i] for i in rows], [dates[i] for i in rows],
                          None if from_text is None else [from_text[i] for i in rows]))
    return dict(rec, calls=calls)


def scores(rec: dict, story_of: dict[str, str]) -> dict:
    pred = [story_of.get(aid) if aid else None for _n, _g, aid in rec["meta"]]
    return score_sets(rec["names"], [(n, g) for n, g, _a in rec["meta"]], pred)


def trace(name: str, alone: dict, alone_of: dict, mixed: dict, mixed_of: dict, top: int = 15) -> None:
    """The set's gold stories in the mixed stream against alone: each gold story's BCubed recall / precision
    (within the set) alone and mixed, and how many other sets' articles share its members' stories."""
    set_of = {aid: n for n, _g, aid in mixed["meta"] if aid}
    gold = {aid: g for n, g, aid in mixed["meta"] if aid and n == name}
    def per_gold(story_of, names_filter=None):
        by_story = collections.defaultdict(list)
        for aid, sid in story_of.items():
            by_story[sid].append(aid)
        rows = {}
        for g in set(gold.values()):
            mem = [a for a in gold if gold[a] == g]
            # an article the stream did not cluster (a page note the store skipped) is a story of its own
            stories = collections.Counter(story_of.get(a, ("alone", a)) for a in mem)
            rec_ = sum(c * c for c in stories.values()) / len(mem) ** 2
            own = [sum(1 for b in by_story.get(story_of.get(a), ()) if gold.get(b) is not None and gold[b] != g)
                   for a in mem]
            foreign = collections.Counter(set_of[b] for s in stories for b in by_story[s] if set_of.get(b) != name)
            rows[g] = (len(mem), len(stories), rec_, sum(own) / len(mem), foreign)
        return rows
    a_rows = per_gold({k: v for k, v in alone_of.items()})
    m_rows = per_gold(mixed_of)
    diff = sorted(a_rows, key=lambda g: (m_rows[g][2] - a_rows[g][2]) - (m_rows[g][3] - a_rows[g][3]) / max(a_rows[g][0], 1))
    print(f"\n{name}: gold stories that change most (size, stories alone -> mixed, recall alone -> mixed, "
          "same-set wrong neighbours per member alone -> mixed, other sets' articles in its stories mixed)")
    for g in diff[:top]:
        a, m = a_rows[g], m_rows[g]
        print(f"  {g}: n={a[0]} stories {a[1]} -> {m[1]} recall {a[2]:.2f} -> {m[2]:.2f} wrong {a[3]:.1f} -> {m[3]:.1f}"
              f" foreign {dict(m[4].most_common(3))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="where the recordings are (written with --record)")
    ap.add_argument("--record", action="store_true", help="run the store and write the recordings")
    ap.add_argument("--datasets", default="all", help="all, a group (event, topic, short) or set names")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting (repeatable)")
    ap.add_argument("--trace", help="sets whose gold stories to trace in the mixed stream, comma-separated")
    ap.add_argument("--keep", help="replay the mixed stream with only these sets' rows (comma-separated)")
    ap.add_argument("--cut-mixed", action="store_true",
                    help="also replay each set alone with its batches cut where the mixed stream's batches end")
    ap.add_argument("--mixed-only", action="store_true", help="replay only the mixed stream")
    args = ap.parse_args()
    from newsbrief.config import Settings

    names = resolve_names(args.datasets)
    settings = Settings().replace({k: json.loads(v) for k, _, v in (kv.partition("=") for kv in args.set)},
                                  source="--set")
    if args.record:
        args.dir.mkdir(parents=True, exist_ok=True)
        for key, group in [(n, [n]) for n in names] + [("mixed", names)]:
            (args.dir / f"{key}.pkl").write_bytes(pickle.dumps(record(group)))
            print(f"recorded {key}", file=sys.stderr)
        return
    mixed = pickle.loads((args.dir / "mixed.pkl").read_bytes())
    keep = set(args.keep.split(",")) if args.keep else None
    mixed_of = replay(mixed, settings, keep)
    batch_of = {aid: k for k, call in enumerate(mixed["calls"]) for aid in call[1]}
    got = scores(mixed, mixed_of)
    print("| set | P alone | R alone | F1 alone | P mixed | R mixed | F1 mixed | mixed - alone |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|")
    alone_recs = {}
    for name in names:
        m = got[name]
        if args.mixed_only:
            print(f"| {name} | | | | {m['bcubed_p']:.3f} | {m['bcubed_r']:.3f} | {m['bcubed_f1']:.3f} | |")
            continue
        rec = pickle.loads((args.dir / f"{name}.pkl").read_bytes())
        of = replay(rec, settings)
        alone_recs[name] = (rec, of)
        a = scores(rec, of)[name]
        print(f"| {name} | {a['bcubed_p']:.3f} | {a['bcubed_r']:.3f} | {a['bcubed_f1']:.3f} | {m['bcubed_p']:.3f} | "
              f"{m['bcubed_r']:.3f} | {m['bcubed_f1']:.3f} | {m['bcubed_f1'] - a['bcubed_f1']:+.4f} |"
              + (f" cut as mixed: {scores(rec, replay(cut(rec, batch_of), settings))[name]['bcubed_f1']:.3f}"
                 if args.cut_mixed else ""))
    for name in (args.trace.split(",") if args.trace else []):
        rec, of = alone_recs.get(name) or (pickle.loads((args.dir / f"{name}.pkl").read_bytes()), None)
        trace(name, rec, of or replay(rec, settings), mixed, mixed_of)


if __name__ == "__main__":
    main()
