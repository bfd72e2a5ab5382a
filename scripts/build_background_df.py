"""Build src/newsbrief/data/background_terms.tsv.gz: how common each content
term (a stem, as :func:`newsbrief.features.content_terms` makes it) is in
ordinary English, for the story vectorizer's background document
frequencies (``cluster.background_docs``).

Source: wordfreq 3.x's English "large" word list (Robyn Speer et al.; code
Apache-2.0, data CC-BY-SA 4.0: Wikipedia, subtitles, news, books, web text,
Twitter, Reddit; https://github.com/rspeer/wordfreq). Each word's frequency
(occurrences per token) is added to its stem's; numbers 0-100 and years
1900-2040 are looked up one by one (wordfreq stores digits masked). Terms
under zipf 2 (one per ten million tokens) are left out: at any usable
background weight they change no idf by more than a rounding.

Needs wordfreq only here, not at run time (``pip install wordfreq`` in a
scratch environment); the output is data, under CC-BY-SA 4.0 as its source
(see src/newsbrief/data/README.md).

    python scripts/build_background_df.py [--min-zipf 2.0]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import math
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "data" / "background_terms.tsv.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-zipf", type=float, default=2.0)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    import importlib.metadata

    import wordfreq

    from newsbrief.features import content_terms

    freq: collections.Counter = collections.Counter()
    for word, f in wordfreq.get_frequency_dict("en", wordlist="large").items():
        if re.search(r"\d", word):  # masked digits ("0000"): numbers are looked up below
            continue
        terms = content_terms(word)
        if len(terms) == 1:
            freq[terms[0]] += f
    for n in [*range(0, 101), *range(1900, 2041)]:
        terms = content_terms(str(n))
        if len(terms) == 1:
            freq[terms[0]] = max(freq[terms[0]], wordfreq.word_frequency(str(n), "en"))
    rows = sorted(((t, math.log10(f) + 9) for t, f in freq.items() if f > 0), key=lambda r: (-r[1], r[0]))
    rows = [(t, z) for t, z in rows if z >= args.min_zipf and "\t" not in t and "\n" not in t]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(f"# term\tzipf (log10 of occurrences per billion tokens); wordfreq {importlib.metadata.version('wordfreq')} "
                 f"English large list, stemmed; CC-BY-SA 4.0\n")
        for t, z in rows:
            fh.write(f"{t}\t{z:.2f}\n")
    print(f"{len(rows)} terms -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
