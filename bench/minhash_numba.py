"""What a compiled MinHash would save (issue 13): the word hashes, 5-shingle
hashes and 128 MinHash minima of :func:`newsbrief.stream.dedup.signature` as
one numba function, against the same part in Python and numpy, on the
content words of the ingest stream's texts (``bench/speed.py --ingest``).

Needs ``numba``, which is not a dependency: run it with an interpreter that has
it (a private venv over the project's, say); without it the script says so and
exits. Every signature the kernel makes is checked against the numpy path
(they must be bit-identical: the same crc32 per word, the same shingle mixing,
the same products). Only texts whose content words are ASCII are timed (the
kernel reads the words' bytes; 3,623 of the 3,865 with 40 or more words).

    python bench/minhash_numba.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _crc_table() -> np.ndarray:
    """zlib's crc32 table (reflected polynomial 0xEDB88320)."""
    table = np.zeros(256, dtype=np.uint64)
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table[n] = c
    return table


def make_kernel():
    from numba import njit

    @njit(cache=False)
    def kernel(buf, a, b, table, k, out):  # pragma: no cover - compiled
        """``buf``: the content words' bytes, one space between words. Writes the 64-bit minima to ``out``;
        returns the number of shingles."""
        n = buf.shape[0]
        wh = np.empty(n // 2 + 1, np.uint64)
        nw = 0
        i = 0
        m32 = np.uint64(0xFFFFFFFF)
        while i < n:
            while i < n and buf[i] == 32:
                i += 1
            if i >= n:
                break
            crc = m32
            while i < n and buf[i] != 32:
                crc = table[(crc ^ np.uint64(buf[i])) & np.uint64(0xFF)] ^ (crc >> np.uint64(8))
                i += 1
            wh[nw] = crc ^ m32
            nw += 1
        if nw == 0:
            return 0
        kk = k if nw >= k else nw
        ns = nw - kk + 1
        for p in range(a.shape[0]):
            out[p] = np.uint64(0xFFFFFFFFFFFFFFFF)
        mult = np.uint64(1099511628211)
        for s in range(ns):
            h = np.uint64(0)
            for j in range(kk):
                h = h * mult + wh[s + j]
            h ^= h >> np.uint64(29)
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(32)
            h &= m32
            for p in range(a.shape[0]):
                v = a[p] * h + b[p]
                if v < out[p]:
                    out[p] = v
        return ns

    return kernel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    try:
        kernel = make_kernel()
    except ImportError:
        print("numba is not installed in this interpreter (it is not a newsbrief dependency): nothing to measure")
        raise SystemExit(0)
    import cluster as bench_cluster
    import speed

    from newsbrief.stream import dedup

    entries, _ = bench_cluster.build_stream(speed.INGEST_SETS)
    texts = [e[2].raw_text for e in entries if e[2] is not None]
    words = [dedup._content_words(t, dedup.MAX_SHINGLES + dedup.SHINGLE_WORDS - 1)[0] for t in texts]
    words = [w for w in words if len(w) >= 40 and all(x.isascii() for x in w)]
    a, b = dedup._permutations(dedup.NUM_PERM)
    table, out = _crc_table(), np.empty(dedup.NUM_PERM, np.uint64)

    def numpy_path() -> list[bytes]:
        buf = dedup._buffer(dedup.NUM_PERM)
        sigs = []
        for w in words:
            h = dedup._hash_shingles(w)
            low = None
            with np.errstate(over="ignore"):
                for start in range(0, h.size, dedup._BLOCK):
                    block = h[start : start + dedup._BLOCK]
                    ph = buf[: block.size]
                    np.multiply(block[:, None], a, out=ph)
                    ph += b
                    low = ph.min(axis=0) if low is None else np.minimum(low, ph.min(axis=0), out=low)
            sigs.append((low >> np.uint64(32)).astype(np.uint32).tobytes())
        return sigs

    def numba_path() -> list[bytes]:
        sigs = []
        for w in words:
            kernel(np.frombuffer(" ".join(w).encode(), dtype=np.uint8), a, b, table, dedup.SHINGLE_WORDS, out)
            sigs.append((out >> np.uint64(32)).astype(np.uint32).tobytes())
        return sigs

    numba_path()  # compiles
    same = numpy_path() == numba_path()
    times: dict[str, list[float]] = {"numpy": [], "numba": []}
    for _ in range(args.repeats):
        for name, fn in (("numpy", numpy_path), ("numba", numba_path)):
            dedup._WORD_HASHES.clear()
            start = time.process_time()
            fn()
            times[name].append(time.process_time() - start)
    print(f"{len(words)} texts: word hashes, shingles and {dedup.NUM_PERM} MinHash minima, CPU s per run")
    for name, runs in times.items():
        print(f"{name:6s} " + " ".join(f"{t:6.3f}" for t in runs))
    print("signatures " + ("bit-identical" if same else "DIFFER"))


if __name__ == "__main__":
    main()
