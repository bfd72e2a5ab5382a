"""Multi-News TRAIN clusters as a labelled-set source outside ``../shared``: never-read clusters for blind draws.

Every cluster of ``../shared`` and of DUC 2004 (bench/duc2004.py) is labelled or read, and the held-out sets are
newswire event clusters and Multi-News. This script converts 500 Multi-News *train* clusters from the public GitHub
repository ``TheAthleticCoder/Multi-Document-Summarization``, file ``clustering/tf/tf_sample_train.csv`` at commit
d2eaa51792d7108eadd53b7a66c65628f36bca46 (columns: the row index, ``documents`` = a Python list literal of article
texts, ``num_documents``, ``summary`` = the newser.com summary), read from a local git snapshot (``git show``, no work
tree), into ``../external/multinews_train/train.jsonl.gz`` beside the checkout. Terms: Multi-News (Fabbri et al., ACL
2019) is given out for non-commercial research and educational use only (its dataset card): internal evaluation
only, never committed here.

Why it is the train split (the snapshot's own code, code cells only, and ``multi_news/details.md`` at that commit):
``multi_news/data_handling.ipynb`` loads ``load_dataset("multi_news")``, builds ``train_df`` from
``dataset['train']`` alone, splits each row's ``document`` on "|||||", and writes
``sample_train_df = train_df.sample(n=500, random_state=42)`` to ``sample_train.csv`` (details.md: "Train: 500");
``clustering/tf/tf.ipynb`` reads ``../../multi_news/sample_train.csv`` and writes ``tf_sample_train.csv`` (``f'tf_{filename}'``),
each file of its loop on its own. No file with "test" in its name, nor one made from a test split, is read or
converted here (``convert`` refuses such a path): the project is scored on a held-out Multi-News test sample.

Two steps of that code change the clusters, and the conversion undoes what it can:
- Noise: before sampling, the notebook appends to each train row two articles drawn at random from OTHER train rows
  (details.md: "contains 2 documents for each sample which aren't part of the sample"); tf.ipynb then clusters each
  row's articles (KMeans, 3 groups, on raw term counts) and keeps the largest group in the original order, so a kept
  noise article is one of the LAST TWO of the row. An article of the last two whose tf-idf cosine with the row's
  summary is below 0.05 (idf over all the file's articles; the cosines split there: 515 of 1,247 articles lie below
  0.05, 6 in [0.05, 0.06), 478 of the 515 among the last two) is taken for noise and dropped. A genuine article that
  shares no words with the summary (page furniture) is dropped with it when it is one of the last two; a noise
  article above 0.05 would stay (few can: 6 articles lie in [0.05, 0.06)).
- The kept group may leave out genuine articles; ``num_documents_original`` keeps the CSV's count.
Text as ``../shared/data/multinews_sample`` was converted (checked: this ``text()`` and ``summary()`` give that file
exactly from ``multi_news/sample_validation.csv`` at commit 442595002f2e331d5e16e66222b2c525ad223df6): spaces around
each newline removed (" \\n \\n " paragraph breaks become blank lines), the summary's leading "– " removed. Empty
articles are dropped; then clusters with one article or none. A cluster with an article whose text equals (after
whitespace normalisation) an article of ``../shared/data/multinews_sample/validation.jsonl.gz`` is left out.
Ids follow the CSV row: row 0 is ``mnt0001``; articles have no title, outlet, url or date (Multi-News keeps none).

    python bench/multinews_train.py GIT_DIR [--out ../external/multinews_train/train.jsonl.gz] [--stats]

``bench/analysis.py`` reads keys ``mnt:<cluster id>`` (e.g. "mnt:mnt0001") from that file (``EXTERNAL_DATASETS``);
a split whose file is absent is skipped with its reason, so the tests run without it.

PICK RULE (committed before any article of these clusters was read for labels; counts only, no article read):
kept clusters in file order; "rough quote pairs" of a cluster = over its articles, straight double quotes // 2 plus
opening curly quotes (“), counted by ``quote_pairs``. Speakers: blind-speakers78, 79, 80 in turn, each filled from
the next clusters in file order: a cluster joins the split when the split's pairs stay <= 90 with it (else it is
passed over and stays undrawn), and the split closes once its pairs reach 60. Figures: blind-figures22 takes, from
the first cluster after blind-speakers80's last, the next clusters in file order with 3 articles or more (a conflict
needs two outlets; each Multi-News article is another outlet's page unless a near-copy) until it holds 20 articles or
more. A later draw goes on from the first cluster no label file names.

The draws (``--stats`` prints them with their counts; written here when this rule was committed):
blind-speakers78: mnt0002 mnt0004 mnt0006 mnt0008 mnt0010 mnt0012 mnt0015 mnt0016 mnt0017
(9 clusters, 22 articles, 8,589 words, 69 rough quote pairs);
blind-speakers79: mnt0019 mnt0020 (2 clusters, 6 articles, 3,689 words, 78 pairs);
blind-speakers80: mnt0021 mnt0023 mnt0029 mnt0034 mnt0037 mnt0040 (6 clusters, 14 articles, 5,454 words, 84 pairs);
blind-figures22: mnt0041 mnt0042 mnt0043 mnt0052 mnt0053 mnt0055 (6 clusters, 23 articles, 9,107 words, 98 pairs).
The second draw (stop 57, committed by the lead before any of its clusters was read, after the first draw's labels
and blind measures were merged): the same rule from the first cluster after blind-figures22's last, so
blind-speakers81: mnt0056 mnt0057 mnt0060 mnt0061 mnt0067 mnt0068 (6 clusters, 15 articles, 6,850 words, 71 pairs);
blind-speakers82: mnt0069 mnt0076 mnt0079 mnt0080 mnt0081 (5 clusters, 12 articles, 5,671 words, 71 pairs);
blind-speakers83: mnt0083 mnt0085 (2 clusters, 5 articles, 3,128 words, 67 pairs);
blind-figures23: mnt0106 mnt0118 mnt0119 mnt0123 mnt0125 mnt0129 (6 clusters, 20 articles, 9,884 words, 106 pairs).
The third draw (stop 58, committed by the lead before any of its clusters was read, after the second draw's labels
and blind measures were merged): the same rule from the first cluster after blind-figures23's last, so
blind-speakers84: mnt0132 mnt0133 (2 clusters, 6 articles, 4,566 words, 60 pairs);
blind-speakers85: mnt0134 mnt0135 mnt0137 mnt0138 mnt0141 mnt0142 (6 clusters, 13 articles, 5,407 words, 65 pairs);
blind-speakers86: mnt0145 mnt0146 mnt0147 mnt0150 mnt0151 mnt0154 mnt0157 mnt0158 (8 clusters, 16 articles, 4,157
words, 61 pairs);
blind-figures24: mnt0188 mnt0189 mnt0205 mnt0214 mnt0218 mnt0226 (6 clusters, 20 articles, 8,257 words, 54 pairs).
The fourth draw (stop 59, committed by the lead before any of its clusters was read, after the third draw's labels
and blind measures were merged): the same rule from the first cluster after blind-figures24's last, for
blind-speakers87, 88 and 89; blind-figures25 adds one condition, because the three figure draws above held 1 conflict
in 63 articles and so could not measure figure recall: a cluster joins only when two of its articles or more give a
count of people or homes in digits (``counted_articles``: "12 people", "3 were killed"; counted, not read). So
blind-speakers87: mnt0227 mnt0230 mnt0231 mnt0232 mnt0234 mnt0240 mnt0241 mnt0243 (8 clusters, 17 articles, 6,324
words, 81 pairs);
blind-speakers88: mnt0245 mnt0247 mnt0249 mnt0250 (4 clusters, 8 articles, 4,878 words, 64 pairs);
blind-speakers89: mnt0251 mnt0252 (2 clusters, 5 articles, 3,735 words, 85 pairs);
blind-figures25: mnt0306 mnt0469 mnt0489 (3 clusters, 11 articles, 8,949 words, 92 pairs; the file ran out before 20
articles: only three kept clusters after blind-speakers89 pass the condition).
The fifth draw (stop 60, committed by the lead before any of its clusters was read, after the fourth draw's labels and
blind measures were merged): blind-figures25 had scanned to the file's end, so the speaker rule goes on from the first
cluster after blind-speakers89's last, passing over the clusters a draw took; no Multi-News figure split (figures
come from ECB+, ``bench/pick_blind_figures.py``: blind-figures27). So
blind-speakers90: mnt0253 mnt0255 mnt0257 mnt0258 mnt0260 mnt0263 mnt0264 (7 clusters, 14 articles, 6,449 words,
70 pairs);
blind-speakers91: mnt0265 mnt0269 mnt0272 mnt0274 mnt0275 (5 clusters, 12 articles, 5,662 words, 71 pairs);
blind-speakers92: mnt0276 mnt0277 mnt0280 mnt0282 mnt0288 mnt0290 (6 clusters, 12 articles, 5,381 words, 84 pairs).
The sixth draw (stop 61, committed by the lead before any of its clusters was read): the same rule from the first
cluster after blind-speakers92's last, passing over the clusters a draw took and the two the lead read in stop 60
(``LEAD_READ``: mnt0294, mnt0300). So
blind-speakers93: mnt0291 mnt0293 (2 clusters, 4 articles, 3,818 words, 61 pairs);
blind-speakers94: mnt0295 mnt0298 mnt0302 mnt0313 mnt0314 (5 clusters, 12 articles, 6,275 words, 60 pairs);
blind-speakers95: mnt0315 mnt0316 mnt0318 mnt0321 (4 clusters, 10 articles, 3,781 words, 66 pairs).
The seventh draw (stop 62, committed by the lead before any of its clusters was read): the same rule from the first
cluster after blind-speakers95's last. So
blind-speakers96: mnt0327 mnt0330 mnt0333 mnt0334 mnt0337 mnt0338 mnt0341 (7 clusters, 18 articles, 8,697 words, 73
pairs);
blind-speakers97: mnt0342 mnt0343 mnt0344 mnt0346 mnt0347 mnt0348 mnt0349 mnt0351 (8 clusters, 18 articles, 6,792
words, 72 pairs);
blind-speakers98: mnt0352 mnt0358 mnt0359 mnt0361 (4 clusters, 11 articles, 7,055 words, 65 pairs).
The eighth draw (stop 63, committed by the lead before any of its clusters was read): the same rule from the first
cluster after blind-speakers98's last. No figure split: no source in reach has an unlabelled multi-outlet event left
(ECB+, DUC 2004, WikiRef220 and this file's counted clusters are all used). So
blind-speakers99: mnt0362 mnt0365 mnt0366 mnt0367 (4 clusters, 9 articles, 4,157 words, 62 pairs);
blind-speakers100: mnt0368 mnt0369 mnt0371 mnt0372 mnt0373 (5 clusters, 13 articles, 4,368 words, 66 pairs);
blind-speakers101: mnt0375 mnt0376 mnt0383 mnt0384 mnt0385 mnt0386 mnt0387 (7 clusters, 15 articles, 6,566 words, 67
pairs).
Each draw is labelled before its stop's tuning is merged, measured once on the stop's start code and once on its merged
main, and tuned on by no one in the stop (earlier draws' error classes are the stop's tuning material).
Conversion counts: 500 rows, 1,247 articles; 478 taken for noise, none empty; 241 clusters left with one article or
none; 20 left out for an article equal to a validation article (27 such articles, each 20 to 112 words, the same
texts found in many rows: page furniture, judged by length and repetition, not read); 239 clusters (563 articles) kept.
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import gzip
import json
import math
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = REPO.parent / "external"
OUT = EXTERNAL / "multinews_train" / "train.jsonl.gz"
VALIDATION = REPO.parent / "shared" / "data" / "multinews_sample" / "validation.jsonl.gz"
COMMIT = "d2eaa51792d7108eadd53b7a66c65628f36bca46"
PATH = "clustering/tf/tf_sample_train.csv"
NOISE_COSINE = 0.05


def text(doc: str) -> str:
    """A Multi-News article as ``../shared/data/multinews_sample`` holds it: no spaces around a newline."""
    return re.sub(r" *\n *", "\n", doc)


def summary(s: str) -> str:
    return s[2:] if s.startswith("– ") else s


def quote_pairs(t: str) -> int:
    """Rough quote pairs of a text: straight double quotes // 2 plus opening curly quotes."""
    return t.count('"') // 2 + t.count("“")


def _words(t: str) -> list[str]:
    return re.findall(r"[a-z][a-z']{3,}", t.lower())


def noise_flags(rows: list[tuple[list[str], str]]) -> list[list[bool]]:
    """Per row, per article: one of the last two whose tf-idf cosine with the row's summary is below NOISE_COSINE."""
    df: collections.Counter = collections.Counter()
    n = 0
    for docs, _ in rows:
        for d in docs:
            df.update(set(_words(d)))
            n += 1

    def vec(t: str) -> dict[str, float]:
        return {w: (1 + math.log(c)) * math.log((n + 1) / (df.get(w, 0) + 1))
                for w, c in collections.Counter(_words(t)).items()}

    def cos(a: dict, b: dict) -> float:
        na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
        return sum(v * b.get(w, 0.0) for w, v in a.items()) / (na * nb) if na and nb else 0.0

    flags = []
    for docs, s in rows:
        sv = vec(s)
        flags.append([i >= len(docs) - 2 and cos(vec(d), sv) < NOISE_COSINE for i, d in enumerate(docs)])
    return flags


def _norm(t: str) -> str:
    return " ".join(t.split())


def read_rows(git_dir: Path, commit: str = COMMIT, path: str = PATH) -> list[tuple[list[str], str]]:
    if "test" in path.lower():
        raise ValueError(f"{path}: a file with 'test' in its name is never read (held-out test sample)")
    raw = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(sys.maxsize)
    rows = list(csv.DictReader(raw.splitlines(keepends=True)))
    return [(ast.literal_eval(r["documents"]), r["summary"]) for r in rows]


def clusters(rows: list[tuple[list[str], str]], validation: Path = VALIDATION) -> tuple[list[dict], dict]:
    """The kept clusters and what was dropped (counts)."""
    seen = set()
    if validation.exists():
        with gzip.open(validation, "rt", encoding="utf-8") as fh:
            seen = {_norm(a["text"]) for c in map(json.loads, fh) for a in c["articles"]}
    stats = collections.Counter(rows=len(rows), articles=sum(len(d) for d, _ in rows))
    out = []
    for i, ((docs, s), flags) in enumerate(zip(rows, noise_flags(rows))):
        stats["noise_articles"] += sum(flags)
        texts = [text(d) for d, noise in zip(docs, flags) if not noise]
        stats["empty_articles"] += sum(not t.strip() for t in texts)
        texts = [t for t in texts if t.strip()]
        if len(texts) < 2:
            stats["one_article_clusters"] += 1
            continue
        if any(_norm(t) in seen for t in texts):
            stats["validation_overlap_clusters"] += 1
            continue
        out.append({"id": f"mnt{i + 1:04d}", "date": None,
                    "articles": [{"title": "", "text": t, "source": "", "url": "", "date": None} for t in texts],
                    "summaries": [summary(s)], "num_documents_original": len(docs)})
    stats["kept_clusters"] = len(out)
    stats["kept_articles"] = sum(len(c["articles"]) for c in out)
    return out, dict(stats)


def cluster_pairs(c: dict) -> int:
    return sum(quote_pairs(a["text"]) for a in c["articles"])


LEAD_READ = {"mnt0294", "mnt0300"}  # read by the lead as a reader in stop 60 (speakers-read60): never drawn


def draws(kept: list[dict]) -> dict[str, list[str]]:
    """The pick rule of the docstring, applied to the kept clusters in file order: the first draw (speakers 78-80,
    figures 22), then the second from where it stopped (speakers 81-83, figures 23), then the third (speakers 84-86,
    figures 24), then the fourth (speakers 87-89, figures 25: only clusters where two articles or more give a count
    of people or homes), then the fifth (speakers 90-92, from the first cluster after blind-speakers89's last,
    passing over clusters a draw took; no figure split: blind-figures25 scanned to the file's end, and the fifth
    draw's figures come from ECB+, ``bench/pick_blind_figures.py``), then the sixth (speakers 93-95, the same way
    after blind-speakers92's last, also passing over the clusters the lead read in stop 60, ``LEAD_READ``), then the
    seventh (speakers 96-98, the same way after blind-speakers95's last), then the eighth (speakers 99-101, after
    blind-speakers98's last)."""
    picks: dict[str, list[str]] = {}
    pos = 0
    for speakers, figures in (((78, 79, 80), 22), ((81, 82, 83), 23), ((84, 85, 86), 24), ((87, 88, 89), 25),
                             ((90, 91, 92), None), ((93, 94, 95), None),
                             ((96, 97, 98), None), ((99, 100, 101), None)):
        if figures is None:  # blind-figures25 scanned to the file's end: go on after the last speaker split's end
            last = picks[f"blind-speakers{speakers[0] - 1}"][-1]
            pos = next(i for i, c in enumerate(kept) if c["id"] == last) + 1
        taken = {key for ids in picks.values() for key in ids} | LEAD_READ
        for n in speakers:
            split, total = [], 0
            while total < 60 and pos < len(kept):
                p = cluster_pairs(kept[pos])
                if kept[pos]["id"] not in taken and total + p <= 90:
                    split.append(kept[pos]["id"])
                    total += p
                pos += 1
            picks[f"blind-speakers{n}"] = split
        if figures is None:
            continue
        split, arts = [], 0
        while arts < 20 and pos < len(kept):
            if len(kept[pos]["articles"]) >= 3 and (figures < 25 or counted_articles(kept[pos]) >= 2):
                split.append(kept[pos]["id"])
                arts += len(kept[pos]["articles"])
            pos += 1
        picks[f"blind-figures{figures}"] = split
    return picks


COUNTED = re.compile(r"\b\d[\d,.]*\s+(?:\w+\s+){0,2}(?:people|killed|dead|died|injured|wounded|missing|"
                     r"arrested|homes|houses|buildings)\b", re.I)


def counted_articles(c: dict) -> int:
    """How many of a cluster's articles give a count of people or homes in digits ("12 people", "3 were killed"):
    the fourth draw's figures split takes only clusters where two articles or more do (a count, no article read)."""
    return sum(bool(COUNTED.search(a["text"])) for a in c["articles"])


def split_counts(kept: list[dict], ids: list[str]) -> dict[str, int]:
    cs = [c for c in kept if c["id"] in ids]
    return {"clusters": len(cs), "articles": sum(len(c["articles"]) for c in cs),
            "words": sum(len(a["text"].split()) for c in cs for a in c["articles"]),
            "quote_pairs": sum(cluster_pairs(c) for c in cs)}


def convert(git_dir: Path, out: Path = OUT) -> tuple[list[dict], dict]:
    kept, stats = clusters(read_rows(git_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for c in kept:
            fh.write(json.dumps(c) + "\n")
    return kept, stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir", type=Path, help="git directory of a snapshot of TheAthleticCoder/Multi-Document-Summarization")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print the draws of the pick rule with their counts")
    args = ap.parse_args()
    kept, stats = convert(args.git_dir, args.out)
    print(f"{len(kept)} clusters -> {args.out}; {stats}")
    if args.stats:
        for name, ids in draws(kept).items():
            print(name, " ".join(ids), split_counts(kept, ids))


if __name__ == "__main__":
    main()
