"""Entity types as a reader sees them: the type column of the cross-source view's entity rows, scored on the
hand-labelled rows of ``tests/labels/entity_types.tsv`` (rule: docs/analysis-labels.md, "Entity types as a reader
sees them").

    python bench/entity_types.py [-v]            # precision per shown type, recall per true type, confusion
    python bench/entity_types.py --draw N        # draw N rows at random (seed 39) to label; contexts to stderr
    python bench/entity_types.py --round 3 [-v]  # round 3 (tests/labels/entity_types3.tsv): junk rows, types,
                                                 # short-form merges (:func:`score3`)
    python bench/entity_types.py --draw 1 --round 3  # round 3's draw: every row of 11 unused clusters (seed 41)
    python bench/entity_types.py --draw 1 --round 4  # round 4's draw: every row of 10 unused clusters (seed 42)
    python bench/entity_types.py --round 4 [-v]  # round 4 (tests/labels/entity_types4.tsv), scored as rounds 1-2
    python bench/entity_types.py --draw 1 --round 5  # round 5's draw: every row of 10 unused clusters (seed 43)
    python bench/entity_types.py --round 5 [-v]  # round 5 (tests/labels/entity_types5.tsv), scored as rounds 1-2

A row is the entity row the terminal / HTML view shows (:func:`newsbrief.render.analysis.entity_rows`), matched
by its name or any of its spellings. Its shown type is one of person / organization / place / event, or
"other" (no type shown). Precision of a type: rows shown with it whose labelled type it is / rows shown with it;
"overall" pools the four typed kinds (a row shown as "other" claims nothing). Recall of a true type: its rows
shown with it / its rows. Splits: a cluster is in the held-out half when the first hex digit of the sha1 of its
key is 8-f (fixed before any error was read), else in the tuning half.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis import SHARED, labelled_articles  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "tests" / "labels" / "entity_types.tsv"
#: label files by round: the first (ent23, seed 39) and the second (ent24, seed 40; see :func:`draw2`)
ROUNDS = {1: LABELS, 2: REPO / "tests" / "labels" / "entity_types2.tsv",
          3: REPO / "tests" / "labels" / "entity_types3.tsv", 4: REPO / "tests" / "labels" / "entity_types4.tsv",
          5: REPO / "tests" / "labels" / "entity_types5.tsv"}
KINDS = ("person", "organization", "place", "event", "other")
#: spaCy / newsbrief labels -> the kind a reader sees (render.analysis.ENTITY_TYPES)
SHOWN_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
              "EVENT": "event"}
SEED = 39


def kind(label: str) -> str:
    return SHOWN_KIND.get(label, "other")


def split_of(cluster: str) -> str:
    return "heldout" if hashlib.sha1(cluster.encode()).hexdigest()[0] in "89abcdef" else "tune"


#: googlenews_ts stories are cut to their first articles (a story holds up to 430 snippets)
GN_ARTICLES = 30


def articles_of(key: str):
    """:func:`analysis.labelled_articles`, and "gn:<cluster>": a googlenews_ts story's first GN_ARTICLES
    snippets (title + snippet)."""
    if not key.startswith("gn:"):
        return labelled_articles(key)
    from newsbrief.ingest import article_from_dict

    with gzip.open(SHARED / "data" / "googlenews_ts" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [a for a in map(json.loads, fh) if a["cluster"] == key[3:]]
    return [article_from_dict(a) for a in rows[:GN_ARTICLES]]


def analyse(key: str):
    from newsbrief.analyze import Analyzer
    from newsbrief.config import Settings
    from newsbrief.pipeline import prepare

    settings = Settings()
    brief = prepare(articles_of(key), settings)
    return Analyzer(settings)(brief).analysis


def rows_of(analysis) -> list[dict]:
    from newsbrief.render.analysis import entity_rows

    return entity_rows(analysis.to_dict())


def cluster_keys(rng: random.Random) -> list[str]:
    """Six clusters (or all that are left) from each of DUC 2003, DUC 2006, Multi-News, MultiLing, BASIL and ECB+ (seeded)."""
    keys = []
    for ds, path, field in (("duc", "duc2003_task3/test.jsonl.gz", "id"), ("duc06", "duc2006/test.jsonl.gz", "id"),
                            ("mn", "multinews_sample/validation.jsonl.gz", "id"),
                            ("ml", "multiling2011_en/test.jsonl.gz", "id"),
                            ("basil", "basil/test.jsonl.gz", "cluster"), ("ecb", "ecbplus/test.jsonl.gz", "cluster")):
        with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as fh:
            ids = list(dict.fromkeys(json.loads(line)[field] for line in fh))
        for cid in sorted(rng.sample(ids, 6)):
            keys.append(f"{ds}:{cid.split('-')[-1] if ds == 'mn' else cid}")
    return keys


#: NER labels that mark a row as a likely event, law, building, people or product (the second draw takes
#: a share of its rows from those whose mentions carry one)
HARD_NER = frozenset({"EVENT", "LAW", "FAC", "NORP", "PRODUCT"})


def cluster_keys2(rng: random.Random, per: int = 6) -> list[list[str]]:
    """Per dataset, ``per`` clusters (or all that are left) from each of DUC 2003, DUC 2006, Multi-News,
    MultiLing, BASIL, ECB+, WikiRef220 (topics of 5+ articles, their first six) and googlenews_ts, none labelled
    in round 1 (seeded); then ``per`` more per dataset, for the event stratum of :func:`draw2`."""
    used = {k for k, _, _ in load(LABELS)}
    main, extra = [], []
    for ds, path, field in (("duc", "duc2003_task3/test.jsonl.gz", "id"), ("duc06", "duc2006/test.jsonl.gz", "id"),
                            ("mn", "multinews_sample/validation.jsonl.gz", "id"),
                            ("ml", "multiling2011_en/test.jsonl.gz", "id"),
                            ("basil", "basil/test.jsonl.gz", "cluster"), ("ecb", "ecbplus/test.jsonl.gz", "cluster"),
                            ("wiki", "wikiref220/test.jsonl.gz", "cluster"), ("gn", "googlenews_ts/test.jsonl.gz",
                                                                              "cluster")):
        with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as fh:
            ids = Counter(json.loads(line)[field] for line in fh)

        def key(cid, ds=ds):
            return f"{ds}:{cid.split('-')[-1] if ds == 'mn' else cid}" + (":6" if ds == "wiki" else "")

        pool = [key(c) for c, n in ids.items() if key(c) not in used and (ds != "wiki" or n >= 5)]
        picked = rng.sample(sorted(pool), min(2 * per, len(pool)))
        main += sorted(picked[:per])
        extra += sorted(picked[per:])
    return [main, extra]


def draw2(n: int) -> None:
    """Round 2 (seed 40), three strata, each drawn at random: every row of the clusters of
    :func:`cluster_keys2` with a mention NER typed EVENT / LAW / FAC / NORP / PRODUCT (up to two fifths of
    ``n``); the rows with a mention NER typed EVENT in the extra clusters (up to a tenth of ``n``: events are
    rare among the rows); the rest from the other rows of the main clusters."""
    rng = random.Random(SEED + 1)
    main, extra = cluster_keys2(rng)
    hard, events, rest = [], [], []
    for key in main + extra:
        a = analyse(key)
        ents = {e.id: e for e in a.entities}
        for r in rows_of(a):
            e = ents[r["id"]]
            labels = {m.label for m in e.mentions}
            if key in extra:
                if "EVENT" in labels:
                    events.append((key, r, e))
            else:
                (hard if labels & HARD_NER else rest).append((key, r, e))
    k = min(len(hard), 2 * n // 5)
    j = min(len(events), n // 10)
    picked = rng.sample(hard, k) + rng.sample(events, j) + rng.sample(rest, min(n - k - j, len(rest)))
    print(f"# pool: {len(hard)} hard rows, {len(events)} event rows of the extra clusters, {len(rest)} others; "
          f"drew {k} + {j} + {len(picked) - k - j}", file=sys.stderr)
    _emit(sorted(picked, key=lambda p: (p[0], p[1]["id"])), hard={id(p[2]) for p in hard + events})


#: clusters read as examples in the task of the third round (docs/analysis-labels.md, "Entity rows, third round"):
#: never drawn
READ_AS_EXAMPLES = frozenset({"mn:0040", "duc06:D0634G"})


def used_clusters() -> set[str]:
    """Every cluster an entity label file uses: rounds 1 and 2 and the "entities" sections of analysis*.json."""
    used = {k for p in (ROUNDS[1], ROUNDS[2]) for k, _, _ in load(p)}
    for f in sorted((REPO / "tests" / "labels").glob("analysis*.json")):
        for section, keys in json.loads(f.read_text(encoding="utf-8")).items():
            if "entit" in section and isinstance(keys, dict):
                used |= set(keys)
    return used


def cluster_keys3(rng: random.Random) -> list[str]:
    """Round 3 (seed 41): clusters no entity label file uses (nor those read as examples), at random from a
    sorted pool: two each from DUC 2003, DUC 2006, BASIL and WikiRef220 (topics of five or more articles, their
    first six), three from Multi-News (small clusters); MultiLing has none left (all ten are labelled)."""
    used = used_clusters() | READ_AS_EXAMPLES
    keys = []
    for ds, path, field, k in (("duc", "duc2003_task3/test.jsonl.gz", "id", 2),
                               ("duc06", "duc2006/test.jsonl.gz", "id", 2),
                               ("ml", "multiling2011_en/test.jsonl.gz", "id", 2),
                               ("mn", "multinews_sample/validation.jsonl.gz", "id", 3),
                               ("basil", "basil/test.jsonl.gz", "cluster", 2),
                               ("wiki", "wikiref220/test.jsonl.gz", "cluster", 2)):
        with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as fh:
            ids = Counter(json.loads(line)[field] for line in fh)

        def key(cid, ds=ds):
            return f"{ds}:{cid.split('-')[-1] if ds == 'mn' else cid}" + (":6" if ds == "wiki" else "")

        pool = sorted(key(c) for c, n in ids.items() if key(c) not in used and (ds != "wiki" or n >= 5))
        keys += sorted(rng.sample(pool, min(k, len(pool))))
    return keys


def draw3(n: int = 0) -> None:
    """Round 3: every row the view shows for the clusters of :func:`cluster_keys3` (``n`` is not used); contexts
    (the row's first six mentions) to stderr."""
    _emit_every_row(cluster_keys3(random.Random(SEED + 2)))


#: the clusters of the blind speaker splits of stop 49 (docs: /work/HELPERS.md): never drawn (ECB+ and WikiRef220
#: are left out of round 4 altogether)
ROUND4_DATASETS = (("duc", "duc2003_task3/test.jsonl.gz", "id"), ("duc06", "duc2006/test.jsonl.gz", "id"),
                   ("ml", "multiling2011_en/test.jsonl.gz", "id"), ("basil", "basil/test.jsonl.gz", "cluster"),
                   ("mn", "multinews_sample/validation.jsonl.gz", "id"))


def cluster_keys4(rng: random.Random, per: int = 2) -> list[str]:
    """Round 4 (seed 42): ten clusters no entity-type label file (rounds 1-3) names, nor those read as examples,
    ``per`` at random from the sorted pool of each of DUC 2003, DUC 2006, MultiLing, BASIL and Multi-News in that
    order; a dataset with fewer left gives what it has and the shortfall is drawn from Multi-News (the last)."""
    used = {k for r in (1, 2) for k, _, _ in load(ROUNDS[r])} | {r["key"] for r in load3()} | READ_AS_EXAMPLES
    keys: list[str] = []
    short = 0
    for i, (ds, path, field) in enumerate(ROUND4_DATASETS):
        with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as fh:
            ids = Counter(json.loads(line)[field] for line in fh)
        pool = sorted({f"{ds}:{c.split('-')[-1] if ds == 'mn' else c}" for c in ids} - used)
        k = per + (short if i == len(ROUND4_DATASETS) - 1 else 0)
        got = sorted(rng.sample(pool, min(k, len(pool))))
        short += k - len(got)
        keys += got
    return keys


def draw4(n: int = 0) -> None:
    """Round 4: every row the view shows for the clusters of :func:`cluster_keys4` (``n`` is not used); contexts
    (the row's first six mentions) to stderr."""
    _emit_every_row(cluster_keys4(random.Random(SEED + 3)))


#: round 5's datasets in draw order (ent52): Multi-News third, MultiLing last; a shortfall comes from Multi-News
ROUND5_DATASETS = (ROUND4_DATASETS[0], ROUND4_DATASETS[1], ROUND4_DATASETS[4], ROUND4_DATASETS[3], ROUND4_DATASETS[2])
#: clusters ent51 read unlabelled to check its rules (docs: "Entity types, fourth round"): never drawn again
READ_BY_ENT51 = frozenset({"duc:d117f", "duc:d109d", "duc06:D0618I", "duc06:D0612C", "basil:3db93526",
                           "basil:38f7cbb7", "mn:0033", "mn:0137", "mn:0039"})


def cluster_keys5(rng: random.Random, per: int = 2) -> list[str]:
    """Round 5 (seed 43, ent52): ten clusters no entity-type label file (rounds 1-4) names, nor those read as
    examples or by ent51's unlabelled check, nor MultiLing's M005 (read by the lead for this round's task), ``per``
    at random from the sorted pool of each of DUC 2003, DUC 2006, Multi-News, BASIL and MultiLing in that order; a
    shortfall (MultiLing has none left) is drawn from Multi-News once the others are drawn. No ECB+ or WikiRef220."""
    used = ({k for r in (1, 2, 4) for k, _, _ in load(ROUNDS[r])} | {r["key"] for r in load3()}
            | READ_AS_EXAMPLES | READ_BY_ENT51 | {"ml:M005"})
    pools, keys, short = {}, [], 0
    for ds, path, field in ROUND5_DATASETS:
        with gzip.open(SHARED / "data" / path, "rt", encoding="utf-8") as fh:
            ids = Counter(json.loads(line)[field] for line in fh)
        pools[ds] = sorted({f"{ds}:{c.split('-')[-1] if ds == 'mn' else c}" for c in ids} - used)
        got = sorted(rng.sample(pools[ds], min(per, len(pools[ds]))))
        short += per - len(got)
        keys += got
    if short:
        keys += sorted(rng.sample(sorted(set(pools["mn"]) - set(keys)), short))
    return keys


def draw5(n: int = 0) -> None:
    """Round 5: every row the view shows for the clusters of :func:`cluster_keys5` (``n`` is not used); contexts
    (the row's first six mentions) to stderr."""
    _emit_every_row(cluster_keys5(random.Random(SEED + 4)))


def _emit_every_row(keys: list[str]) -> None:
    """Every row the view shows for the clusters ``keys``, each with its first six mentions (to stderr)."""
    for key in keys:
        a = analyse(key)
        ents = {e.id: e for e in a.entities}
        _emit([(key, r, ents[r["id"]]) for r in rows_of(a)], contexts=6)


def _emit(picked, hard=frozenset(), contexts: int = 3) -> None:
    for key, r, e in picked:
        ds, _, cid = key.partition(":")
        print(f"{ds}\t{cid}\t{r['name']}\t{kind(r['label'])}" + ("\thard" if id(e) in hard else ""))
        ctx = " || ".join(" ".join(m.sent.text[max(0, m.start - 80): m.end + 60].split())
                          for m in e.mentions[:contexts])
        print(f"## {key} | {r['name']} | {r['label']} | {'/'.join(r['variants'][:4])} | "
              f"{sorted({m.label for m in e.mentions})} | {ctx}", file=sys.stderr)


def draw(n: int) -> None:
    rng = random.Random(SEED)
    pool = []
    for key in cluster_keys(rng):
        a = analyse(key)
        ents = {e.id: e for e in a.entities}
        for r in rows_of(a):
            pool.append((key, r, ents[r["id"]]))
    picked = sorted(rng.sample(pool, min(n, len(pool))), key=lambda p: (p[0], p[1]["id"]))
    for key, r, e in picked:
        print(f"{key}\t{r['name']}\t{kind(r['label'])}")
        ctx = " || ".join(" ".join(m.sent.text[max(0, m.start - 80): m.end + 60].split()) for m in e.mentions[:3])
        print(f"## {key} | {r['name']} | {r['label']} | {'/'.join(r['variants'][:4])} | {ctx}", file=sys.stderr)


def load(path: Path = LABELS) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("dataset\t"):
            continue
        ds, cluster, name, label = line.split("\t")[:4]
        out.append((f"{ds}:{cluster}", name, label))
    return out


def score(verbose: bool = False, paths: tuple[Path, ...] = (LABELS,)) -> dict:
    from newsbrief.analyze.entities import normalize

    labelled = [row for p in paths for row in load(p)]
    by_cluster: dict[str, list] = {}
    for key, name, label in labelled:
        by_cluster.setdefault(key, []).append((name, label))
    results = {"tune": [], "heldout": []}
    for key, items in by_cluster.items():
        rows = rows_of(analyse(key))
        for name, label in items:
            k = normalize(name)
            row = next((r for r in rows if normalize(r["name"]) == k), None) or next(
                (r for r in rows if k in {normalize(v) for v in r["variants"] + [r["acronym"] or ""]}), None)
            shown = kind(row["label"]) if row else "missing"
            results[split_of(key)].append((key, name, label, shown))
    table = {}
    for split, res in [*results.items(), ("all", results["tune"] + results["heldout"])]:
        conf = Counter((t, s) for _, _, t, s in res)
        prec = {}
        for s in KINDS[:4]:
            shown = sum(v for (t, ss), v in conf.items() if ss == s)
            prec[s] = (conf[(s, s)] / shown if shown else None, shown)
        typed = sum(v for (t, s), v in conf.items() if s in KINDS[:4])
        prec["overall"] = (sum(conf[(s, s)] for s in KINDS[:4]) / typed if typed else None, typed)
        rec = {}
        for t in KINDS:
            n = sum(v for (tt, s), v in conf.items() if tt == t)
            rec[t] = (conf[(t, t)] / n if n else None, n)
        rec["overall"] = (sum(conf[(t, t)] for t in KINDS) / len(res) if res else None, len(res))
        table[split] = {"precision": prec, "recall": rec, "confusion": conf, "rows": res}
    return table


def load3(path: Path | None = None) -> list[dict]:
    """Round 3's rows: key, name, label, same_as, bad (set of spellings), variants (list)."""
    out = []
    for line in (path or ROUNDS[3]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("dataset\t"):
            continue
        ds, cluster, name, label, same, bad, variants = line.split("\t")[:7]
        out.append({"key": f"{ds}:{cluster}", "name": name, "label": label, "same_as": None if same == "-" else same,
                    "bad": set() if bad == "-" else set(bad.split("|")), "variants": variants.split("/")})
    return out


def score3(verbose: bool = False) -> dict:
    """Round 3 (docs/analysis-labels.md, "Entity rows, third round"): junk rows shown, types (junk excluded),
    short-form merges. A labelled row is found by its name or any of its spellings; a labelled row found in the same
    shown row as another is merged with it (right when both name the same entity by ``same_as``). Merge precision
    counts the spellings of each shown row (distinct normalized keys beyond its name's): right unless labelled bad
    or merged from a labelled row of another entity; spellings no label covers are listed as unjudged."""
    from newsbrief.analyze.entities import normalize

    labelled = load3()
    by_cluster: dict[str, list] = {}
    for r in labelled:
        by_cluster.setdefault(r["key"], []).append(r)
    res = {"rows": 0, "junk_labelled": 0, "junk_shown": 0, "lost": [], "types": [], "pairs_gold": 0,
           "pairs_found": 0, "keys": 0, "keys_right": 0, "wrong": [], "unjudged": [], "missed": [], "junk": [],
           "spellings": 0, "spellings_kept": 0}
    for key, items in by_cluster.items():
        rows = rows_of(analyse(key))
        res["rows"] += len(rows)

        def row_of(name, rows=rows):
            k = normalize(name)
            return next((i for i, r in enumerate(rows) if normalize(r["name"]) == k), None) if k else None

        def row_any(name, rows=rows):
            i = row_of(name)
            if i is None:
                k = normalize(name)
                i = next((i for i, r in enumerate(rows) if k in {normalize(v) for v in r["variants"]}), None)
            return i

        gold = {}  # normalized key of a labelled name or spelling -> the entity (the labelled row it is)
        for it in items:
            ent = it["same_as"] or it["name"]
            for v in [it["name"], *it["variants"]]:
                if v not in it["bad"]:
                    gold.setdefault(normalize(v), normalize(ent))
        for it in items:
            i = row_any(it["name"])
            if it["label"] == "junk":
                res["junk_labelled"] += 1
                if i is not None:
                    res["junk_shown"] += 1
                    res["junk"].append((key, it["name"]))
                continue
            if i is None:
                res["lost"].append((key, it["name"]))
                res["types"].append((key, it["name"], it["label"], "missing"))
                continue
            shown = kind(rows[i]["label"])
            keys = {normalize(v) for v in rows[i]["variants"] + [rows[i]["name"]]}
            for v in dict.fromkeys(normalize(x) for x in it["variants"] if x not in it["bad"]):
                if v and v != normalize(it["name"]):  # a spelling merged rightly when labelled: still in its row?
                    res["spellings"] += 1
                    res["spellings_kept"] += v in keys
            res["types"].append((key, it["name"], it["label"], shown))
            if it["same_as"]:
                res["pairs_gold"] += 1
                if row_any(it["same_as"]) == i:
                    res["pairs_found"] += 1
                else:
                    res["missed"].append((key, it["name"], it["same_as"]))
        for r in rows:
            own = normalize(r["name"])
            keys = dict.fromkeys(normalize(v) for v in [r["name"], *r["variants"]])
            first = next((k for k in keys if k in gold), None)  # the labelled entity the row is (by its name first)
            ent, own = (gold[first], first) if first else (None, own)
            for k in keys:
                if k == own or not k:
                    continue
                bad = any(normalize(b) == k for it in items for b in it["bad"]
                          if normalize(it["name"]) == own or own in {normalize(v) for v in it["variants"]})
                if k not in gold and not bad:
                    res["unjudged"].append((key, r["name"], k))
                    continue
                res["keys"] += 1
                if not bad and ent is not None and gold.get(k) == ent:
                    res["keys_right"] += 1
                else:
                    res["wrong"].append((key, r["name"], k))
    right = res["keys_right"]
    res["merge_precision"] = right / res["keys"] if res["keys"] else None
    n = res["pairs_gold"] + res["spellings"]
    res["merge_recall"] = (res["pairs_found"] + res["spellings_kept"]) / n if n else None
    shown_typed = [t for t in res["types"] if t[3] in KINDS[:4]]
    res["type_precision"] = (sum(t[2] == t[3] for t in shown_typed) / len(shown_typed), len(shown_typed))
    res["type_recall"] = (sum(t[2] == t[3] for t in res["types"]) / len(res["types"]), len(res["types"]))
    return res


def _report3(res: dict, verbose: bool) -> None:
    print(f"== round 3: {res['rows']} rows shown on {len({t[0] for t in res['types']})} clusters")
    print(f"  junk rows shown: {res['junk_shown']} of {res['junk_labelled']} labelled junk; junk-row rate "
          f"{res['junk_shown'] / res['rows']:.3f}")
    print(f"  types (junk excluded): precision {res['type_precision'][0]:.3f} ({res['type_precision'][1]} shown "
          f"typed), recall {res['type_recall'][0]:.3f} ({res['type_recall'][1]}); rows lost {len(res['lost'])}")
    print(f"  short-form merges: precision {res['merge_precision']:.3f} ({res['keys_right']}/{res['keys']} spellings), "
          f"recall {res['merge_recall']:.3f} (labelled pairs in one row {res['pairs_found']}/{res['pairs_gold']}, "
          f"spellings "
          f"merged when labelled still merged {res['spellings_kept']}/{res['spellings']})")
    if verbose:
        for t in res["types"]:
            if t[2] != t[3]:
                print(f"  type   {t[0]:28} {t[1]:35} true {t[2]:12} shown {t[3]}")
        for x in res["junk"]:
            print(f"  junk   {x[0]:28} {x[1]}")
        for x in res["missed"]:
            print(f"  missed {x[0]:28} {x[1]} -> {x[2]}")
        for x in res["wrong"]:
            print(f"  wrong  {x[0]:28} {x[1]} <- {x[2]}")
        for x in res["unjudged"]:
            print(f"  unjudged {x[0]:26} {x[1]} <- {x[2]}")
        for x in res["lost"]:
            print(f"  lost   {x[0]:28} {x[1]}")


def _f(x) -> str:
    return "  -  " if x[0] is None else f"{x[0]:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draw", type=int)
    ap.add_argument("--round", type=int, choices=sorted(ROUNDS), action="append",
                    help="score (or draw) this round's labels (default: round 1; repeat to pool)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong row")
    args = ap.parse_args()
    rounds = args.round or [1]
    if args.draw:
        (draw5 if rounds == [5] else draw4 if rounds == [4] else draw3 if rounds == [3] else draw2 if rounds == [2] else draw)(args.draw)
        return
    if rounds == [3]:
        _report3(score3(), args.verbose)
        return
    table = score(paths=tuple(ROUNDS[r] for r in rounds))
    for split in ("tune", "heldout", "all"):
        t = table[split]
        print(f"== {split} ({len(t['rows'])} rows)")
        print("  precision (shown type right / shown): " + "  ".join(
            f"{k} {_f(v)} ({v[1]})" for k, v in t["precision"].items()))
        print("  recall (true type shown / true type): " + "  ".join(
            f"{k} {_f(v)} ({v[1]})" for k, v in t["recall"].items()))
        print("  confusion: true \\ shown " + " ".join(f"{s[:6]:>6}" for s in (*KINDS, "missing")))
        for tr in KINDS:
            print(f"    {tr:12}            " + " ".join(f"{t['confusion'][(tr, s)]:>6}" for s in (*KINDS, "missing")))
    if args.verbose:
        for key, name, label, shown in table["all"]["rows"]:
            if label != shown:
                print(f"  {split_of(key):7} {key:20} {name:35} true {label:12} shown {shown}")


if __name__ == "__main__":
    main()
