"""Memory per stored article of the follower's ingest path, in one process, without HTTP.

Ingests the fast soak's stream (bench/follow.py: the Multi-News pages
recycled in editions, ``--rate`` articles per simulated second and one
simulated day every ``--day-seconds``, so 200 articles a day at the
defaults) with ``Store.add`` in batches of ``--batch``, as the follower
does, and every ``--every`` articles prints one JSON line: RSS after
``gc.collect()`` and ``malloc_trim(0)`` (allocator high-water marks do not
count), CPU seconds, and the size of each in-memory structure that could
grow: live storylines and their summed vectors' stored entries, the
linker's story map, the clusterer's active stories and kept member
vectors, the near-duplicate window, the headline and per-word caches.
With ``--trace`` (from article ``--trace-from``), tracemalloc snapshots
give the growth between two samples per code line, in bytes per article.

    python bench/stream_memory.py [--n 16000] [--every 2000] [--editions 9] [--trace --trace-from 6000]
        [--set cluster.max_members=5] [--json out.json]

``--editions`` defaults to what ``bench/follow.py --soak`` uses at ``--rate``
(:func:`follow.soak_editions`). docs/follow-soak.md has the results.

``--replays K`` instead ingests ``bench/speed.py --ingest``'s full-text stream
(3,865 articles of seven sets, in one ``Store.add`` per replay, the store's
own batches) K times, each replay new news (bench/cluster.py's
``replay_one``: dates shifted past the previous replay, content words
respelled), and prints one line per replay: RSS, peak RSS, CPU s of that
replay and the structures' sizes (issue 13's "memory flat to 16x the data").

With ``--trace`` each line also has tracemalloc's live bytes by file and the growth by code line since the
previous replay (slow: several times the replay's CPU). Each line also gives the structures' array bytes and glibc's
heap after ``malloc_trim`` (in use / free: fragmentation).

    python bench/stream_memory.py --replays 16 [--json out.json] [--set storyline.max_active=2000] [--trace]
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "src"))

from follow import edition, soak_editions  # noqa: E402
from newsroom import load_articles  # noqa: E402

from newsbrief import features  # noqa: E402
from newsbrief.config import Settings  # noqa: E402
from newsbrief.ingest import make_article  # noqa: E402
from newsbrief.store import Store  # noqa: E402
from newsbrief.stream import dedup, vectorize  # noqa: E402


def rss_mb() -> float:
    """Resident memory of this process after a full collection and ``malloc_trim`` (Linux)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def heap() -> dict:
    """glibc's heap after the collection and ``malloc_trim`` of :func:`rss_mb` (MB): in use (``uordblks``), free
    but kept by the allocator, fragmentation between used chunks (``fordblks``), mmapped blocks (``hblkhd``); and
    the blocks Python's allocators hold (``sys.getallocatedblocks``)."""
    out = {"py_blocks": sys.getallocatedblocks()}
    try:
        fn = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return out
    fn.restype = _Mallinfo2
    m = fn()
    return out | {"malloc_used_mb": round(m.uordblks / 2**20, 1), "malloc_free_mb": round(m.fordblks / 2**20, 1),
                  "mmap_mb": round(m.hblkhd / 2**20, 1)}


def sizes(store: Store) -> dict:
    """Sizes of the in-memory structures of ``store``'s ingest path."""
    linker, clusterer = store._linker, store._model().clusterer
    return {
        "storylines": len(linker.lines_),
        "storyline_entries": int(sum(getattr(line.total, "nnz", 0) for line in linker.lines_.values())),
        "linker_stories": len(linker.line_of_),
        "active_stories": len(clusterer.stories_),
        "kept_members": sum(len(s.members) for s in clusterer.stories_.values()),
        "dedup_window": len(store._dedup) if store._dedup is not None else 0,
        "headline_cache": len(store._headlines._features),
        "terms_cache": len(features._TERMS), "word_hashes": len(dedup._WORD_HASHES),
        "entity_phrase_cache": len(vectorize._PHRASES),
        "stem_cache": features.stem.cache_info().currsize,
        **parser_sizes(),
    }


def _nbytes(x) -> int:
    """Bytes of the numpy arrays behind ``x``: a SparseRow, a 1 x dim CSR row, a dense array, or None."""
    if x is None:
        return 0
    if hasattr(x, "indptr"):  # scipy sparse
        return x.data.nbytes + x.indices.nbytes + x.indptr.nbytes
    if hasattr(x, "indices") and hasattr(x, "values"):  # SparseRow
        return x.indices.nbytes + x.values.nbytes
    return getattr(x, "nbytes", 0)


def state_bytes(store: Store) -> dict:
    """Array bytes (MB) of each in-memory structure of the stream that could grow with it, and how many of the
    clusterer's active stories and the linker's live storylines are undated (no publication date: never frozen by
    the clock)."""
    linker, clusterer = store._linker, store._model().clusterer
    sts = list(clusterer.stories_.values())
    dd = store._dedup
    mb = 1 / 2**20
    return {
        "undated_active": sum(1 for s in sts if s.trust < 1.0),
        "undated_lines": sum(1 for line in linker.lines_.values() if line.last is None),
        "clusterer_members_mb": round(sum(_nbytes(m.vector) for s in sts for m in s.members) * mb, 1),
        "clusterer_centroids_mb": round(sum(_nbytes(s.centroid) for s in sts) * mb, 1),
        "linker_lines_mb": round(sum(_nbytes(x.total) + (_nbytes(x.dated) if x.dated is not x.total else 0)
                                     for x in linker.lines_.values()) * mb, 1),
        "linker_stories_mb": round(sum(_nbytes(x.total) + (_nbytes(x.dated) if x.dated is not x.total else 0)
                                       for x in linker.stories_.values()) * mb, 1),
        "dedup_signatures_mb": round(sum(s.hashvalues.nbytes for s in dd._hashes.values()) * mb, 1) if dd else 0,
        "dedup_band_entries": sum(len(t) for t in dd._lsh._tables) if dd and dd._lsh else 0,
    }


def parser_sizes() -> dict:
    """Sizes of the clause-title parser's state, when it was loaded: spaCy's string store and vectors' keys grow
    with every new word it sees, and its parse cache."""
    from newsbrief.analyze import _ner

    out = {"parse_cache": _ner.parse.cache_info().currsize}
    if _ner.load_parser.cache_info().currsize:
        for model in {s.analysis.model for s in [Settings()]}:
            try:
                nlp = _ner.load_parser(model)
            except Exception:  # noqa: BLE001 (not installed: nothing to size)
                continue
            out["spacy_strings"] = len(nlp.vocab.strings)
            out["spacy_lexemes"] = sum(1 for _ in nlp.vocab)  # (len() counts the lexemes a memory zone freed)
    return out


def replays(args, settings: Settings) -> list[dict]:
    """``--replays``: the full-text ingest stream, replayed (see the module docstring)."""
    import resource

    import cluster as bench_cluster
    from speed import INGEST_SETS

    entries, _ = bench_cluster.build_stream(INGEST_SETS)
    arts = [e[2] for e in entries if e[2] is not None]
    span = bench_cluster.stream_span(arts)
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        Store(Path(tmp) / "warm.sqlite3", settings=settings).open().add(arts[:3])  # imports, parser load
        with Store(Path(tmp) / "s.db", settings=settings) as store:
            row = {"replays": 0, "rss_mb": round(rss_mb(), 1)}
            print(json.dumps(row), flush=True)
            out.append(row)
            if args.trace:
                tracemalloc.start()
            prev = None
            for r in range(args.replays):
                cpu0 = time.process_time()
                store.add(list(bench_cluster.replay_one(arts, r, span)))
                row = {"replays": r + 1, "articles": len(arts) * (r + 1),
                       "cpu_s": round(time.process_time() - cpu0, 1), "rss_mb": round(rss_mb(), 1),
                       "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                       **heap(), **sizes(store), **state_bytes(store)}
                if tracemalloc.is_tracing():
                    snap = _snapshot()
                    row["traced_mb"] = round(sum(t.size for t in snap.traces) / 2**20, 1)
                    row["traced_mb_by_file"] = [(str(d.traceback), round(d.size / 2**20, 1))
                                                for d in snap.statistics("filename")[:12]]
                    if prev is not None:
                        row["growth_kb_by_line"] = [(str(d.traceback), round(d.size_diff / 1024), d.count_diff)
                                                    for d in snap.compare_to(prev, "lineno")[:15]]
                    prev = snap
                print(json.dumps(row), flush=True)
                out.append(row)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return out


def _settings(args: argparse.Namespace) -> Settings:
    """The settings with every ``--set SECTION.KEY=JSON`` applied."""
    return Settings().replace({k: json.loads(v) for k, v in (s.split("=", 1) for s in args.set)})


def _snapshot() -> tracemalloc.Snapshot:
    """tracemalloc's snapshot without its own allocations."""
    return tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=16000, help="Articles to ingest.")
    ap.add_argument("--every", type=int, default=2000, help="Articles between two samples (a multiple of --batch).")
    ap.add_argument("--batch", type=int, default=40, help="Articles per Store.add.")
    ap.add_argument("--rate", type=float, default=20.0)
    ap.add_argument("--day-seconds", type=float, default=10.0)
    ap.add_argument("--editions", type=int, default=None)
    ap.add_argument("--trace", action="store_true", help="tracemalloc: growth per code line between samples.")
    ap.add_argument("--trace-from", type=int, default=0, help="Start tracing after this many articles.")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=JSON", help="A setting to change.")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--replays", type=int, default=0,
                    help="Instead: bench/speed.py --ingest's stream, replayed this many times (module docstring).")
    args = ap.parse_args(argv)
    if args.replays:
        return replays(args, _settings(args))

    pool = load_articles()
    random.Random(0).shuffle(pool)
    editions = args.editions or soak_editions(len(pool), args.rate, args.day_seconds)
    first = dt.date(2016, 5, 1)

    def article(k: int):
        day = first + dt.timedelta(days=int(k / args.rate // args.day_seconds))
        art, e = pool[k % len(pool)], (k // len(pool)) % editions
        return make_article(edition(art["text"], e), title=edition(art["title"], e), source=f"Outlet {k % 24}",
                            url=f"http://127.0.0.1/a/{k}.html", date=day)

    settings = _settings(args)
    out: list[dict] = []
    prev = None
    if args.trace and not args.trace_from:
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db", settings=settings) as store:
        k, cpu0 = 0, time.process_time()
        while k < args.n:
            batch = [article(i) for i in range(k, min(k + args.batch, args.n))]
            store.add(batch)
            k += len(batch)
            if args.trace and k == args.trace_from:
                tracemalloc.start()
            if k % args.every:
                continue
            row = {"articles": k, "editions": editions, "rss_mb": round(rss_mb(), 1),
                   "cpu_s": round(time.process_time() - cpu0, 1), **sizes(store)}
            row["objects"] = dict(Counter(type(o).__name__ for o in gc.get_objects()).most_common(8))
            if tracemalloc.is_tracing():
                snap = _snapshot()
                if prev is not None:
                    row["growth_bytes_per_article"] = [
                        (str(d.traceback), round(d.size_diff / args.every), d.count_diff)
                        for d in snap.compare_to(prev, "lineno")[:12]]
                prev = snap
            print(json.dumps(row), flush=True)
            out.append(row)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return out


if __name__ == "__main__":
    main()
