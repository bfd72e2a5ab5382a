"""Speaker errors found without labels: quote groups whose versions disagree by speaker, and quotes left
unattributed beside a name.

Two signals read off the view on unlabelled clusters (``docs/analysis-labels.md``, spk83):

- **disagreeing groups**: one quote printed by two or more articles (a quote group) whose versions are credited to
  different speakers after entity merging: two versions agree when they name one entity, the same description, or
  one name whose words all stand in the other's ("Goelman" / "Aitan Goelman");
- **unattributed beside a name**: a quote with no speaker whose sentence (outside the quote) or the sentence
  before holds a person or body named as a verb's subject, or a person or body's name followed by a colon.

Data sets: DUC 2003, DUC 2006, MultiLing, the whole Multi-News sample, all BASIL, ECB+ and WikiRef220 without the
clusters held out for this stop's blind speaker draws (``BLIND``).

    python bench/speaker_consistency.py [--sets duc,duc06,ml,mn,basil,ecb,wiki] [-v] [--limit N] [--dump out.json]

``--dump`` writes every quote's speaker (dataset, cluster, article, sentence, the quote's first words) so two
trees' runs can be compared: ``--diff before.json after.json`` lists the quotes whose speaker changed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import OrderedDict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

#: Clusters held out for the latest blind speaker measurement (stop 52, /work/prompts/pick52.py: DUC 2006 D0641E and
#: D0609I, DUC 2003 d103b and d129j, the WikiRef220 topics michelle.obama and premier.league whole, though only their
#: later articles were drawn): never read here. The next stop's draws replace them.
BLIND = frozenset({"ParisAttacks2015", "malaysia.airlines.flight", "michelle.obama"})

SETS = OrderedDict([("duc", "duc2003_task3/test.jsonl.gz"), ("duc06", "duc2006/test.jsonl.gz"),
                    ("ml", "multiling2011_en/test.jsonl.gz"), ("mn", "multinews_sample/validation.jsonl.gz"),
                    ("basil", "basil/test.jsonl.gz"), ("ecb", "ecbplus/test.jsonl.gz"),
                    ("wiki", "wikiref220/test.jsonl.gz")])
PER_ARTICLE = {"basil", "ecb", "wiki"}  # one article per line, grouped by the gold cluster

#: NER labels of a person or a body that can say something.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "prime", "minister",
                          "the", "a", "an", "of"})
_WORD_RE = re.compile(r"[\w'’\-]+")


def clusters(ds: str, limit: int | None = None):
    """``(cluster id, article dicts)`` of data set ``ds``, the blind clusters left out; articles of WikiRef220
    that are not in English are left out later (as the command line skips them)."""
    with gzip.open(SHARED / "data" / SETS[ds], "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if ds in PER_ARTICLE:
        by: dict[str, list] = OrderedDict()
        for r in rows:
            by.setdefault(r["cluster"], []).append(r)
        out = [(k, v) for k, v in by.items() if k not in BLIND]
    else:
        out = [(c["id"], c["articles"]) for c in rows if c["id"].rsplit("-", 1)[-1] not in BLIND]
    return out[:limit] if limit else out


def analyse(rows: list[dict]):
    """The view (:class:`newsbrief.analyze.Analysis`) of one cluster's article dicts, or None when none is read."""
    from newsbrief.analyze import analyze_brief
    from newsbrief.config import Settings
    from newsbrief.errors import UnsupportedLanguageError
    from newsbrief.ingest import article_from_dict
    from newsbrief.pipeline import prepare

    arts = []
    for r in rows:
        try:
            arts.append(article_from_dict(r))
        except UnsupportedLanguageError:
            continue
    if not arts:
        return None
    settings = Settings()
    return analyze_brief(prepare(arts, settings), settings)


def _name_words(name: str) -> list[str]:
    return [w for w in _WORD_RE.findall(name.lower().replace("’", "'")) if w not in _TITLE_WORDS and len(w) > 1]


def one_speaker(a, b) -> bool:
    """Do versions ``a`` and ``b`` (:class:`~newsbrief.analyze.quotes.Quote`, both attributed) name one speaker:
    one entity, one description, or one name whose words (titles and initials aside) all stand in the other's
    ending on the same word ("Goelman" / "Aitan Goelman", "Mr. Akin" / "Todd Akin") or, a given name alone, starting
    on it."""
    if a.entity is not None and b.entity is not None and a.entity.id == b.entity.id:
        return True
    sa, sb = " ".join(a.speaker.lower().split()), " ".join(b.speaker.lower().split())
    if sa == sb:
        return True
    short, long_ = sorted((_name_words(a.speaker), _name_words(b.speaker)), key=len)
    if not short or not set(short) <= set(long_):
        return False
    return long_[-1] == short[-1] or (len(short) == 1 and long_[0] == short[0])  # "Raffaele" / "Raffaele Sollecito"


def speakers_of(group) -> list[list]:
    """The attributed versions of ``group`` in classes of one speaker (:func:`one_speaker`, chained)."""
    classes: list[list] = []
    for q in group.quotes:
        if not q.speaker:
            continue
        hit = [c for c in classes if any(one_speaker(q, x) for x in c)]
        merged = [q] + [x for c in hit for x in c]
        classes = [c for c in classes if not any(c is h for h in hit)] + [merged]
    return classes


def _quote_span(q) -> tuple[int, int]:
    """Where the quote's words stand in its sentence's text (the whole sentence when not found)."""
    text = q.sent.text
    head = q.text.strip()[:40]
    at = text.find(head) if head else -1
    if at < 0:
        return 0, len(text)
    return at, at + len(q.text.strip())


def _subject_named(s, lo: int, hi: int, model: str) -> str | None:
    """A person or body named in ``s`` outside ``[lo, hi)`` as a verb's subject (by the parse), or followed by a
    colon; the name, else None."""
    from newsbrief.analyze import _ner

    ms = [m for m in s.mentions if m.label in SPEAKER_LABELS and (m.end <= lo or m.start >= hi)]
    if not ms:
        return None
    text = s.text
    for m in ms:
        if text[m.end:m.end + 3].lstrip(" ”\"'’").startswith(":"):
            return m.text
    doc = _ner.parse(text, model)
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_.startswith("VB") and not lo <= t.idx < hi:
            if not lo <= t.head.idx < hi:
                for m in ms:
                    if m.start <= t.idx < m.end:
                        return m.text
    return None


def unattributed_beside_name(q, sents_by: dict, model: str) -> str | None:
    """For a quote with no speaker: the name of a person or body beside it (:func:`_subject_named`) in its own
    sentence outside the quote, else in the sentence before; None when there is none."""
    lo, hi = _quote_span(q)
    got = _subject_named(q.sent, lo, hi, model)
    if got:
        return got
    prev = sents_by.get((q.sent.source.n, q.sent.index - 1))
    return _subject_named(prev, 0, 0, model) if prev is not None else None


def consistency(analysis, model: str | None = None) -> dict:
    """The two signals on one view: counts and the items (``-v``)."""
    from newsbrief.config import Settings

    model = model or Settings().analysis.model
    # the sentences of the view by (article, index), for the sentence before a quote: those holding a mention or a
    # quote (:func:`_sents_of`), which are all a name can stand in
    by_index = {(s.source.n, s.index): s for s in _sents_of(analysis)}
    out = {"quotes": 0, "groups": len(analysis.quotes), "multi": 0, "disagree": 0, "unattributed": 0,
           "beside": 0, "disagreeing": [], "beside_items": []}
    for g in analysis.quotes:
        out["quotes"] += len(g.quotes)
        if len({q.sent.source.n for q in g.quotes}) >= 2:  # one quote printed by two articles or more
            out["multi"] += 1
            classes = speakers_of(g)
            if len(classes) >= 2:
                out["disagree"] += 1
                out["disagreeing"].append([(q.sent.source.n, q.sent.source.label, q.how, q.speaker,
                                            " ".join(q.sent.text.split())[:220]) for q in g.quotes])
        for q in g.quotes:
            if q.speaker:
                continue
            out["unattributed"] += 1
            name = unattributed_beside_name(q, by_index, model)
            if name:
                out["beside"] += 1
                prev = by_index.get((q.sent.source.n, q.sent.index - 1))
                out["beside_items"].append((q.sent.source.n, name, " ".join(q.sent.text.split())[:220],
                                            " ".join(prev.text.split())[-160:] if prev is not None else ""))
    return out


def speakers_dump(ds: str, cid: str, analysis) -> list:
    """Every quote's speaker as rows ``[ds, cluster, n, sentence index, first words, speaker, how, shown]``."""
    rows = []
    for g in analysis.quotes:
        shown = g.speaker[0]
        for q in g.quotes:
            rows.append([ds, cid, q.sent.source.n, q.sent.index, " ".join(q.text.split())[:60], q.speaker, q.how,
                         shown, " ".join(q.sent.text.split())[:300]])
    return rows


def run(sets: list[str], limit: int | None, verbose: bool, dump: Path | None) -> dict:
    table: dict[str, dict] = OrderedDict()
    rows: list = []
    for ds in sets:
        tot = {"clusters": 0, "quotes": 0, "groups": 0, "multi": 0, "disagree": 0, "unattributed": 0, "beside": 0}
        for cid, arts in clusters(ds, limit):
            a = analyse(arts)
            if a is None:
                continue
            got = consistency(a)
            tot["clusters"] += 1
            for k in ("quotes", "groups", "multi", "disagree", "unattributed", "beside"):
                tot[k] += got[k]
            if verbose:
                for versions in got["disagreeing"]:
                    print(f"== {ds}:{cid} disagreeing group")
                    for n, label, how, speaker, text in versions:
                        print(f"   [{n}] {label} | {how} | {speaker!r} | {text}")
                for n, name, text, prev in got["beside_items"]:
                    print(f"-- {ds}:{cid} [{n}] unattributed beside {name!r}: {text}\n      before: ...{prev}")
                sys.stdout.flush()
            if dump:
                rows.extend(speakers_dump(ds, cid, a))
        table[ds] = tot
    if dump:
        dump.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    return table


def _sents_of(analysis) -> list:
    """Every sentence of the view's articles as :class:`~newsbrief.analyze._doc.Sent` (found through the entity
    mentions and the quotes: the view keeps no list of them), enough for the sentence before a quote."""
    out = {}
    for e in analysis.entities:
        for m in e.mentions:
            out[(m.sent.source.n, m.sent.index)] = m.sent
    for g in analysis.quotes:
        for q in g.quotes:
            out[(q.sent.source.n, q.sent.index)] = q.sent
    return list(out.values())


def print_table(table: dict) -> None:
    print("| data set | clusters | quotes | groups | groups of 2+ versions | disagreeing by speaker | "
          "unattributed | unattributed beside a name |")
    print("|---|---|---|---|---|---|---|---|")
    tot = dict.fromkeys(("clusters", "quotes", "groups", "multi", "disagree", "unattributed", "beside"), 0)
    for ds, t in table.items():
        print(f"| {ds} | {t['clusters']} | {t['quotes']} | {t['groups']} | {t['multi']} | {t['disagree']} | "
              f"{t['unattributed']} | {t['beside']} |")
        for k in tot:
            tot[k] += t[k]
    print(f"| all | {tot['clusters']} | {tot['quotes']} | {tot['groups']} | {tot['multi']} | {tot['disagree']} | "
          f"{tot['unattributed']} | {tot['beside']} |")


def diff(before: Path, after: Path) -> None:
    """The quotes whose speaker changed between two ``--dump`` files (keyed by data set, cluster, article,
    sentence and first words)."""
    def keyed(p):
        return {tuple(r[:5]): r for r in json.loads(p.read_text(encoding="utf-8"))}

    a, b = keyed(before), keyed(after)
    changed = 0
    for k in sorted(set(a) & set(b), key=str):
        if a[k][5] != b[k][5] or a[k][7] != b[k][7]:
            changed += 1
            print(f"{k[0]}:{k[1]} [{k[2]}] {a[k][5]!r} ({a[k][6]}) -> {b[k][5]!r} ({b[k][6]}); shown "
                  f"{a[k][7]!r} -> {b[k][7]!r}\n    {b[k][8]}")
    print(f"changed: {changed}; only before: {len(set(a) - set(b))}; only after: {len(set(b) - set(a))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--limit", type=int, help="only the first N clusters of each set")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the disagreeing groups and the quotes")
    ap.add_argument("--dump", type=Path, help="write every quote's speaker here")
    ap.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
        return
    print_table(run(args.sets.split(","), args.limit, args.verbose, args.dump))


if __name__ == "__main__":
    main()
