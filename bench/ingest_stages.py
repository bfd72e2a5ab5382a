"""Ingest stages replayed alone (issue 13): each hot stage of the store's
full-text ingest timed on its own recorded inputs, with a check that its
outputs are those of the real run.

``bench/speed.py --ingest`` times the stages inside one ingest, where the
machine's load moves a stage by up to ~0.5 CPU s between two runs of the same
code. Here the stream of ``bench/speed.py --ingest`` (seven full-text sets,
3,865 articles) is ingested once into a fresh store while the inputs of the
hot functions are recorded; then each stage is run again alone on them,
``--repeats`` times (the best CPU time is kept: load only adds), with the
process-wide caches the stage fills emptied before each run (a stream meets
each word once, and so does each repeat):

* signatures: :func:`newsbrief.stream.dedup.signature` of each article as the
  store asks it, split into its content lines and words
  (``dedup._content_words``), word hashes and shingles
  (``dedup._hash_shingles``) and the MinHash products with the rest;
* vectorizing: the term counts of each batch
  (``HashedTfidfVectorizer._counts``, where all its per-article work is);
* story titles: every :func:`newsbrief.headline.story_titles` call (a batch's
  touched stories, titled together), in order, with one fresh
  :class:`~newsbrief.headline.HeadlineCache` (as a store has) and no parse made
  before;
* sparse products: every ``A @ B.T`` of the clusterer
  (``_SparseRows.product``) and of the storyline linker
  (``storyline._dots``).

Each stage's outputs are compared with what the real run produced (signature
bytes, count matrices, titles, products): a speed change to one of these
functions shows its effect here within a few per cent, and the check says
whether it changed a result. Measure before and after in the same way (the
stages read the same recorded inputs).

    python bench/ingest_stages.py [--repeats 3] [--stages signatures,vectorizing,titles,products]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import copy  # noqa: E402
import hashlib  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("signatures", "vectorizing", "titles", "products")


def _digest(items) -> str:
    h = hashlib.sha256()
    for x in items:
        h.update(x if isinstance(x, bytes) else repr(x).encode())
    return h.hexdigest()[:16]


def _matrix_bytes(X) -> bytes:
    X = X.tocsr() if hasattr(X, "tocsr") else X
    if hasattr(X, "indptr"):
        return X.indptr.tobytes() + X.indices.tobytes() + X.data.tobytes() + str(X.dtype).encode()
    return np.ascontiguousarray(X).tobytes()


def record(arts) -> dict:
    """Ingest ``arts`` into a fresh store, recording the inputs and outputs of the timed functions."""
    import newsbrief.store as store_module
    from newsbrief.stream import cluster, dedup, storyline
    from newsbrief.stream.vectorize import HashedTfidfVectorizer

    rec: dict = {"signatures": [], "vectorizing": [], "titles": [], "products": []}
    originals = (dedup.signature, HashedTfidfVectorizer._counts, store_module.story_titles, storyline._dots,
                 cluster._SparseRows.product)

    def signature(text, *a, **kw):
        out = originals[0](text, *a, **kw)
        # without the content words the store read first (``words``): the replay reads them again, as this stage's
        # first part (the store reads them once, for the signature and its page-note check)
        rec["signatures"].append(((text, a, {k: v for k, v in kw.items() if k != "words"}), out.to_bytes()))
        return out

    def counts(self, articles):
        out = originals[1](self, articles)
        rec["vectorizing"].append(((self, list(articles)), _matrix_bytes(out)))
        return out

    def story_titles(groups, settings=None, cache=None):
        groups = list(groups)  # (the store's rows are written as the groups are read: all of them first here)
        args = (copy.deepcopy(groups), settings)  # before the call: it may segment them
        out = originals[2](groups, settings, cache)
        rec["titles"].append((args, sorted(out.items())))  # (in key order: which titles wait for a parse varies)
        return out

    def dots(A, B):
        out = originals[3](A, B)
        rec["products"].append((("storyline", A.copy(), B.copy()), _matrix_bytes(out)))
        return out

    def product(A, B):
        out = originals[4](A, B)
        rec["products"].append((("cluster", A.copy(), B.copy()), _matrix_bytes(out)))
        return out

    dedup.signature, HashedTfidfVectorizer._counts, store_module.story_titles = signature, counts, story_titles
    storyline._dots, cluster._SparseRows.product = dots, staticmethod(product)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            with store_module.Store(Path(tmp) / "record.sqlite3") as st:
                st.add(arts)
    finally:
        (dedup.signature, HashedTfidfVectorizer._counts, store_module.story_titles, storyline._dots) = originals[:4]
        cluster._SparseRows.product = staticmethod(originals[4])
    # the vectorizer's learned state does not change its counts: a fresh one with the same parameters replays them
    rec["vectorizing"] = [((HashedTfidfVectorizer(**v._params()), arts_), out)
                          for (v, arts_), out in rec["vectorizing"]]
    return rec


def _empty_caches() -> None:
    """Empty the process-wide caches the stages fill (each run meets the stream's words for the first time)."""
    from newsbrief import features, headline
    from newsbrief.analyze import _ner
    from newsbrief.stream import dedup, vectorize

    features._TERMS.clear()
    features._STEMS.clear()
    features.stem.cache_clear()
    dedup._WORD_HASHES.clear()
    vectorize._PHRASES.clear()
    headline._TITLE_DOCS.clear()  # the titles' parses (and the one-sentence parses') are made again
    _ner.parse.cache_clear()


def replay(stage: str, calls: list) -> tuple[float, dict[str, float], bool]:
    """One run of ``stage`` on its recorded calls: CPU s, CPU s of its parts, outputs equal to the recorded."""
    from newsbrief.headline import HeadlineCache
    from newsbrief.headline import story_titles
    from newsbrief.stream import cluster, dedup, storyline

    _empty_caches()
    parts: dict[str, float] = {}
    outs = []
    if stage == "signatures":
        inner = {"content lines and words": dedup._content_words, "word hashes and shingles": dedup._hash_shingles}
        timed = {k: 0.0 for k in inner}

        def wrap(name, fn):
            def run(*a, **kw):
                t = time.process_time()
                try:
                    return fn(*a, **kw)
                finally:
                    timed[name] += time.process_time() - t
            return run

        dedup._content_words = wrap("content lines and words", inner["content lines and words"])
        dedup._hash_shingles = wrap("word hashes and shingles", inner["word hashes and shingles"])
        try:
            start = time.process_time()
            outs = [dedup.signature(text, *a, **kw).to_bytes() for (text, a, kw), _ in calls]
            cpu = time.process_time() - start
        finally:
            dedup._content_words = inner["content lines and words"]
            dedup._hash_shingles = inner["word hashes and shingles"]
        parts = {**timed, "MinHash products and the rest": cpu - sum(timed.values())}
    elif stage == "vectorizing":
        start = time.process_time()
        outs = [_matrix_bytes(v._counts(arts)) for (v, arts), _ in calls]
        cpu = time.process_time() - start
    elif stage == "titles":
        work = [(copy.deepcopy(groups), settings) for (groups, settings), _ in calls]  # not timed
        cache = HeadlineCache()
        start = time.process_time()
        outs = [sorted(story_titles(groups, settings, cache).items()) for groups, settings in work]
        cpu = time.process_time() - start
    elif stage == "products":
        kinds = {"cluster": 0.0, "storyline": 0.0}
        start = time.process_time()
        for (kind, A, B), _ in calls:
            t = time.process_time()
            outs.append(_matrix_bytes(cluster._SparseRows.product(A, B) if kind == "cluster"
                                      else storyline._dots(A, B)))
            kinds[kind] += time.process_time() - t
        cpu = time.process_time() - start
        parts = {"clusterer (A @ B.T)": kinds["cluster"], "storyline linker (A @ B.T)": kinds["storyline"]}
    else:
        raise ValueError(stage)
    return cpu, parts, _digest(outs) == _digest(out for _, out in calls)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, from {', '.join(STAGES)}")
    args = ap.parse_args()
    stages = [s for s in args.stages.split(",") if s]
    for s in stages:
        if s not in STAGES:
            ap.error(f"unknown stage {s!r}")
    import cluster as bench_cluster
    import speed

    entries, _ = bench_cluster.build_stream(speed.INGEST_SETS)
    arts = [e[2] for e in entries if e[2] is not None]
    t = time.process_time()
    rec = record(arts)
    print(f"recorded the ingest of {len(arts)} articles in {time.process_time() - t:.2f} CPU s "
          f"(with the recording); best of {args.repeats} runs per stage, CPU s:")
    for stage in stages:
        runs = [replay(stage, rec[stage]) for _ in range(args.repeats)]
        best = min(runs, key=lambda r: r[0])
        same = all(r[2] for r in runs)
        print(f"{stage:32s} {best[0]:7.3f}   {len(rec[stage]):6d} calls   outputs "
              + ("identical to the ingest's" if same else "DIFFER from the ingest's"))
        for name, sec in best[1].items():
            print(f"  {name:30s} {sec:7.3f}")


if __name__ == "__main__":
    main()
