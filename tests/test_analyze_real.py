"""The cross-source view on real clusters: the libya sample (issue 4's "done
when" list), Wikinews Air France 447 (multiling2011_en M008) and DUC 2003
d112e (Hubble repair), plus precision and recall on the hand-labelled set in
tests/labels/analysis.json (rules: docs/analysis-labels.md)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from conftest import load_bench, load_clusters
from newsbrief.analyze import Analyzer
from newsbrief.analyze.entities import normalize
from newsbrief.config import Settings
from newsbrief.ingest import article_from_dict
from newsbrief.pipeline import prepare

# the module's fixture analyzes three real clusters with spaCy (6 s)
pytestmark = pytest.mark.slow

LABELS = json.loads((Path(__file__).parent / "labels" / "analysis.json").read_text(encoding="utf-8"))
#: Precision floor of entity merges on the labelled set (measured: see the report in the commit log).
ENTITY_MERGE_PRECISION_FLOOR = 0.95
FILES = {"ml": "multiling2011_en/test.jsonl.gz", "duc": "duc2003_task3/test.jsonl.gz"}


def analyze(inputs):
    """The cross-source view alone, as ``newsbrief analyze`` computes it."""
    settings = Settings()
    return Analyzer(settings)(prepare(inputs, settings))


@pytest.fixture(scope="module")
def views(shared_dir, libya_dir):
    out = {"libya": analyze([libya_dir])}
    for key in ("ml:M008", "duc:d112e"):
        ds, cid = key.split(":")
        cluster = next(c for c in load_clusters(shared_dir / "data" / FILES[ds]) if c["id"] == cid)
        out[key] = analyze([article_from_dict(a) for a in cluster["articles"]])
    return {k: (b, b.analysis.to_dict()) for k, b in out.items()}


def _entity(d, name):
    key = normalize(name)
    for e in d["entities"]:
        if key in {normalize(v) for v in [e["name"], e["acronym"] or "", *e["variants"]]}:
            return e
    raise AssertionError(f"no entity {name!r}")


def _quote(d, prefix):
    for q in d["quotes"]:
        if any(v["text"].replace("``", '"').find(prefix) >= 0 for v in q["versions"]) or q["text"].startswith(prefix):
            return q
    return None


# -- the libya sample: issue 4's "done when" ---------------------------------------------


@pytest.mark.parametrize("variants", [
    ["Sarraj", "Al-Sarraj", "Fayez al-Serraj", "Fayez Al-Sarraj"],
    ["Gadhafi", "Moammar Gadhafi", "Muammar Gaddafi"],
    ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
    ["GNA", "Government of National Accord"],
    ["LNA", "Libyan National Army"],
    ["Kalifa Haftar", "Khalifa Haftar", "Haftar"],
])
def test_libya_variants_are_one_entity(views, variants):
    _, d = views["libya"]
    ids = {_entity(d, v)["id"] for v in variants}
    assert len(ids) == 1, variants
    e = _entity(d, variants[0])
    assert len(e["sources"]) >= 3
    assert sum(e["by_outlet"].values()) == e["mentions"]


def test_libya_news_agency_is_not_the_army(views):
    _, d = views["libya"]
    assert _entity(d, "LNA")["id"] != _entity(d, "Libyan News Agency")["id"]


def test_libya_quotes_and_their_carriers(views):
    _, d = views["libya"]
    haftar = _quote(d, "The draft [agreement] ignores")
    assert "Haftar" in haftar["speaker"] and len(haftar["sources"]) == 3
    lavrov = _quote(d, "We will pursue our efforts")
    assert "Lavrov" in lavrov["speaker"] and len(lavrov["sources"]) == 2
    assert lavrov["sources"] == [1, 3]
    # 'Both nations called on all parties to "declare ..."' after "Russia's President Vladimir Putin and his
    # Turkish counterpart Tayyip Erdogan" (twelfth speaker round; unattributed on main, Haftar's before that)
    assert _quote(d, "declare a sustainable ceasefire")["speaker"] == "Russia and Turkey"


def test_libya_displaced_figures_conflict(views):
    _, d = views["libya"]
    displaced = [f for f in d["conflicts"] if f["counts"] == "displaced"]
    assert len(displaced) == 1
    values = {v["text"]: v["sources"] for v in displaced[0]["values"]}
    assert values["146,000 Libyans"] == [2, 3]
    assert values["tens of thousands of people"] == [5]
    killed = {f["noun"]: f for f in d["figures"] if f["counts"] == "killed"}
    assert killed["civilian"]["values"][0]["text"] == "more than 280 civilians"
    assert killed["civilian"]["sources"] == [2, 3] and not killed["civilian"]["conflict"]
    assert killed["fighter"]["values"][0]["low"] <= 2000 <= killed["fighter"]["values"][0]["high"]


def test_libya_timeline_dates(views):
    _, d = views["libya"]
    by_date = {}
    for e in d["timeline"]:
        by_date.setdefault(e["date"], []).append(e)
    assert any("truce was proposed" in e["text"] for e in by_date["2020-01-08"])
    assert any("talks on Monday" in e["text"] for e in by_date["2020-01-13"])
    assert any("left Moscow" in e["text"] for e in by_date["2020-01-14"])
    assert any("Berlin" in e["text"] for e in by_date["2020-01-19"])
    starts = [e["start"] for e in d["timeline"]]
    assert starts == sorted(starts)


def test_libya_undated_sources_borrow_a_date(views):
    _, d = views["libya"]
    anchors = {s["n"]: (s["anchor_date"], s["anchor_from"]) for s in d["sources"]}
    assert anchors[4] == ("2020-01-14", "dateline")  # "Jan. 14 (UPI) --"
    assert anchors[3] == ("2020-01-14", "cluster")


def test_libya_backers_differ(views):
    _, d = views["libya"]
    diffs = [x for x in d["agreement"]["differences"] if "Khalifa Haftar" in x["targets"]]
    assert diffs, d["agreement"]["differences"]
    versions = {v["source"]: v for v in diffs[0]["versions"]}
    assert "France" in versions[2]["only_here"]
    assert "Saudi Arabia" in versions[5]["only_here"]
    assert {"Russia", "Egypt"} <= set(versions[1]["items"])
    assert "Egypt" in diffs[0]["common"]


def test_libya_agreement_and_coverage(views):
    _, d = views["libya"]
    consensus = d["agreement"]["consensus"]
    assert consensus
    # Haftar's '"The draft [agreement] ignores many of the Libyan army's demands," Khalifa Haftar said' is his quote,
    # listed among the quotes (test_libya_quotes_and_their_carriers), no agreement item (agr31)
    assert not any("draft [agreement] ignores" in u["text"] for u in consensus)
    assert all(len(u["sources"]) >= d["majority"] for u in consensus)
    singles = {e["source"]: e for e in d["agreement"]["single_source"]}
    # the BBC's own facts; not "Last week, however, they did take ... Sirte", whose "they" leans on the sentence
    # before it (det27, stop 41)
    assert any("tens of thousands" in x["text"] or "Jordan" in x["text"] for x in singles[5]["details"])
    assert not any("they did take" in x["text"] for x in singles[5]["details"])
    cov = {c["source"]: c for c in d["coverage"]}
    facts = {f["id"] for f in d["facts"]}
    for c in cov.values():
        assert set(c["covers"]) | set(c["omits"]) == facts and not set(c["covers"]) & set(c["omits"])


def test_libya_date_disagreement(views):
    _, d = views["libya"]
    dd = [x for x in d["date_disagreements"] if "Haftar" in x["text"]]
    assert dd and {v["date"] for v in dd[0]["versions"]} >= {"2020-01-12", "2020-01-14"}


# -- other clusters ------------------------------------------------------------------------


def test_air_france_cluster(views):
    _, d = views["ml:M008"]
    assert _entity(d, "Sarkozy")["id"] == _entity(d, "Nicolas Sarkozy")["id"]
    assert _entity(d, "BEA")["id"] == _entity(d, "Bureau of Enquiry and Analysis for Civil Aviation Safety")["id"]
    on_board = [f for f in d["figures"] if f["counts"] == "on board" and f["noun"] == "people"]
    assert on_board and on_board[0]["values"][0]["value"] == 228 and len(on_board[0]["sources"]) >= 4
    depth = _quote(d, "it could be at a depth")
    assert depth is not None and depth["sources"] == [4, 9]
    june1 = [e for e in d["timeline"] if e["date"] == "2009-06-01"]
    assert sum(len(e["sources"]) for e in june1) >= 5
    assert not d["conflicts"]  # 228 aboard everywhere; bodies recovered are not a toll


def test_hubble_cluster(views):
    _, d = views["duc:d112e"]
    assert _entity(d, "Ed Weiler")["id"] == _entity(d, "Edward J. Weiler")["id"]
    assert _entity(d, "NASA")["name"] == "National Aeronautics and Space Administration"
    q = _quote(d, "This is not a so-called spacecraft emergency")
    assert "Weiler" in q["speaker"] and len(q["sources"]) >= 2
    gyros = [f for f in d["figures"] if f["noun"] == "gyroscop"]
    assert gyros and {v["value"] for v in gyros[0]["values"]} >= {2, 3}
    dec = [e for e in d["timeline"] if e["date"] == "1999-12-21"]
    assert any("grabbed the Hubble" in e["text"] for e in dec)


# -- precision on the labelled set ----------------------------------------------------------


def _entity_pairs(views):
    correct = wrong = 0
    found_gold = gold_total = 0
    for key, groups in LABELS["entities"].items():
        _, d = views[key]
        gold = {normalize(v): i for i, g in enumerate(groups) for v in g}
        for e in d["entities"]:
            forms = sorted({normalize(v) for v in e["variants"] + [e["name"], e["acronym"] or ""]} & set(gold))
            for a, b in itertools.combinations(forms, 2):
                if gold[a] == gold[b]:
                    correct += 1
                else:
                    wrong += 1
        for g in groups:
            for a, b in itertools.combinations(g, 2):
                gold_total += 1
                try:
                    found_gold += _entity(d, a)["id"] == _entity(d, b)["id"]
                except AssertionError:
                    pass
    return correct, wrong, found_gold, gold_total


def test_entity_merge_precision(views):
    correct, wrong, found, total = _entity_pairs(views)
    precision = correct / max(1, correct + wrong)
    print(f"entity merges: precision {precision:.3f} ({correct}/{correct + wrong}), recall {found / total:.3f}")
    assert precision >= ENTITY_MERGE_PRECISION_FLOOR
    assert found / total >= 0.8


#: Floors on the whole labelled set (tune, held-out and fresh splits pooled), a
#: little under what bench/analysis.py --labels measured (docs/analysis-labels.md).
FLOORS = {  # section: (precision, recall)
    "quotes": (0.975, 0.99),  # 1,475 of 1,507 listed right (0.979), 1,507 of 1,514 listed (0.995), over all
    # splits with blind-speakers8 but blind-speakers9 (docs/analysis-labels.md, twelfth speaker round; eleventh:
    # 1,474 of 1,507; tenth: 1,322 of 1,347, 1,347 of 1,352 without blind-speakers8; ninth: 987 of 1,016)
    "timeline": (0.97, 0.98),  # 340 of 346 listed right, 346 of 350 listed (fifth round, blind-figures2 in)
    "figure_conflicts": (0.95, 0.85),  # 20 of 20 flagged right, 19 of 22 found over the splits before the ninth
    # round (0.95 / 0.65 before it: 15 of 15, 14 of 21); issue 11 wants 0.90 / 0.75
    "agreement": (0.86, 0.64),  # stop 41: 0.875 / 0.647 once blind-agreement6's labels of d101a and M000 are also
    # scored in the tune and blind splits that hold those clusters (agr27: d101a's floods are told differently in
    # every article, M000 is one source; neither event is found); before: 0.7. 13 of 15 items right (0.867), 11 of
    # 15 main events found (0.733) with the twelfth round's restatements joining the event (eleventh round: 13 of
    # 16, 0.8125; the ninth round's scorer: an item states the event by its own sentence)
}


#: Splits with floors of their own, left out of the pooled :data:`FLOORS` (a split labelled later holds harder
#: clusters; pooling it would lower floors set on the others): split -> section -> (precision, recall).
SPLIT_FLOORS = {
    # ninth round: measured once blind at 0.333 / 0.273 (3 of 9 flagged right, 3 of 11 found), then its errors read;
    # eleventh round (tuning): 0.857 / 0.545 (6 of 7 flagged right, 6 of 11 found)
    # fourteenth round (tuning): 1.000 / 0.636 (7 of 7 flagged right, 7 of 11 found)
    # twenty-third round: 1.000 / 0.727 (8 of 8, 8 of 11): an updated wire story's two tolls are versions
    # twenty-fourth round: 1.000 / 0.818 (9 of 9, 9 of 11): near values after the same two words ("his mother and
    # 10 others" / "... and nine others")
    "blind-figures4": {"figure_conflicts": (0.95, 0.81)},
    # ninth round: measured once blind at 0.500 / 0.500 (4 of 8 items right, 3 of 6 main events found); eleventh
    # round (tuning): 0.714 / 0.500 (5 of 7 right); twelfth round (tuning): 1.000 / 0.500 (5 of 5 right)
    "blind-agreement": {"agreement": (0.95, 0.83)},  # stop 58's merged main (agr58): 1.000 / 0.833
    # eleventh round, blind: 0.000 / 0.000 before and after (its one conflict missed, one false flag); a record of
    # the split, kept out of the pooled floors, which its single conflict would move by a whole item
    # fourteenth round (tuning): 1.000 / 1.000 (Schulz's 77 / 78 found, the wedding-list flag gone)
    "blind-figures5": {"figure_conflicts": (0.95, 0.95)},
    # fourteenth round, blind: 0.000 (4 flagged, all false) with main 55a6336; no real conflict in its 26 clusters,
    # so it measures precision only; after the round (tuning): nothing flagged
    "blind-figures6": {"figure_conflicts": (0.95, 0.0)},
    # fourteenth round, blind: 0.500 / 0.500 with main 55a6336 and with the branch (1 of 2 flagged right, 1 of 2
    # found); its errors read after both measurements
    # fig34 (tuning): 1.000 / 1.000 (2 of 2, 2 of 2): one article's "41-year rule" / "40-year rule" are two versions
    "blind-figures7": {"figure_conflicts": (0.95, 0.95)},
    # fifteenth round, blind on main a104b1b: 0.167 / 0.167 (1 of 6 right, 1 of 6 found); with the two conflicts a
    # second reading added, main 0.333 / 0.250 (2 of 6, 2 of 8); after the round (tuning): 0.800 / 0.500 (4 of 5,
    # 4 of 8)
    "blind-figures8": {"figure_conflicts": (0.8, 0.5)},
    # sixteenth round, blind on main a944b5f: 0.250 / 0.333 (1 of 4 flagged right, 1 of 3 found); after the round
    # (tuning): 0.500 / 0.333 (1 of 2, 1 of 3)
    "blind-figures9": {"figure_conflicts": (0.5, 0.33)},
    # seventeenth round, blind on main 544a494: blind-figures10 1.000 / 0.000 (nothing flagged, 0 of 6 found);
    # blind-figures10b (labelled next, because 10 flagged nothing) 0.000 / 0.000 (2 flagged, both false, 0 of 10
    # found); after the round (tuning): nothing flagged on either, 0 of 16 found
    # eighteenth round (tuning): blind-figures10 1.000 / 0.500 (4 of 4 flagged right, 3 of 6 found), blind-figures10b
    # 0.800 / 0.400 (4 of 5, 4 of 10)
    # twenty-first round (recall): blind-figures10 1.000 / 0.667 (5 of 5, 4 of 6), blind-figures10b 1.000 / 0.600
    # (6 of 6, 6 of 10): spans "ago" date themselves, a decimal point moved is one number
    "blind-figures10": {"figure_conflicts": (0.95, 0.65)},
    "blind-figures10b": {"figure_conflicts": (0.95, 0.6)},
    # eighteenth round, blind: main 9c78b5a 0.091 / 0.071 (1 of 11 flagged right, 1 of 14 found), the branch's first
    # code (11a0ac0) 0.071 / 0.071 (1 of 14, 1 of 14); after the round (tuning): 0.111 / 0.071 (1 of 9, 1 of 14)
    # twentieth round (precision first): 0.000 / 0.000 (0 of 4 flagged right, 0 of 14 found): an article giving six
    # or more points of a game is compared with nothing, which costs Richard Carter's 14 / 12 points
    # twenty-first round (recall): 0.250 / 0.071 (1 of 4, 1 of 14): a year holds its months (the 2012 quake's 8.6 / 8.7)
    # twenty-second round: 0.333 / 0.071 (1 of 3, 1 of 14): "the 15 year old" is no age of Jeffs
    # fig34 (tuning): 0.667 / 0.143 (2 of 3, 2 of 14): "In 2004, ... in 14 countries" is dated 2004
    "blind-figures11": {"figure_conflicts": (0.6, 0.14)},
    # twentieth round, blind on main 931aa1e: 0.000 (1 flagged, false); no real conflict in its 12 clusters, so it
    # measures precision only; after the round (tuning): nothing flagged
    "blind-figures12": {"figure_conflicts": (0.95, 0.0)},
    # twentieth round, labelled after the round's guards: blind on main 931aa1e and on the branch (8c1350e) 0.000
    # (1 flagged, false: a range written high-to-low); after the range fix (tuning): nothing flagged
    "blind-figures12b": {"figure_conflicts": (0.95, 0.0)},
    # twenty-first round, blind on main b20d795 and on the branch (fig21): 0.429 / 0.188 (3 of 7 flagged right, 3 of
    # 16 found); its errors read after both measurements
    # twenty-second round (tuning): 1.000 / 0.250 (4 of 4, 4 of 16): two magnitudes of one sentence read, the last
    # quake's depth, a count over listed countries, a day's count against a total so far; "2 1/2 years" read
    # twenty-fifth round (tuning, fig27): 1.000 / 0.312 (5 of 5, 5 of 16): "7.6" / "7.7 magnitude", one step apart
    # fig30 (tuning): 1.000 / 0.375 (6 of 6, 6 of 16): "10 of whom remain critical" / "five of them critically" /
    # "15 critically", the gravely wounded read with no noun; stop 42's merged main: 1.000 / 0.312 (5 of 5, 5 of 16):
    # since the merge of spk32 (c6bef36; f59ed8f before it finds 6) "five of them critically" / "10 of whom remain
    # critical" are grouped with T41_ecb's other injured counts and no longer flagged; not traced further, left for
    # the next figure round, this floor lowered with the reason
    # fig34 traced it: spk32's acronym guard split the UN agency in two entities, so the two sentences shared one name,
    # not two; a long form ending as the name does is that name again: 1.000 / 0.375 (6 of 6, 6 of 16); and "five
    # people were killed ... at the weekend" is a toll of Sunday's weekend: 1.000 / 0.438 (7 of 7, 7 of 16)
    "blind-figures13": {"figure_conflicts": (0.95, 0.5)},
    # twenty-second round, blind on main 2a74eb8 and on the branch (fig22): 1.000 / 0.333 (2 of 2 flagged right, 2
    # of 6 found); its misses read after both measurements
    # twenty-third round (tuning): 1.000 / 0.500 (3 of 3, 3 of 6): a share naming a place is compared
    # twenty-fifth round (tuning, fig27): 1.000 / 0.667 (4 of 4, 4 of 6): "19 wives" / "20 wives", one step apart
    "blind-figures14": {"figure_conflicts": (0.95, 0.66)},
    # twenty-third round, blind on main df0c09c: 0.000 / 0.000 (0 of 5 flagged right, 0 of 3 found); after the round
    # (tuning): 0.000 / 0.000 (0 of 1: a battery's "up from five hours before" against another model's five hours)
    # twenty-fourth round (tuning): nothing flagged, 0 of 3 found ("five hours of battery life and four hours with
    # the 9600M" gives two settings' values)
    # twenty-fifth round (tuning, fig27): 1.000 / 0.333 (1 of 1, 1 of 3): Hansbrough's 2,302 / 2,301, one step apart
    # after "now has", compared in a crowded article
    "blind-figures15": {"figure_conflicts": (0.95, 0.33)},
    # twenty-fourth round, blind on main 88c2b88: 0.400 / 0.333 (2 of 5 flagged right, 2 of 6 found); its errors read
    # after the measurement; after the round (tuning): 0.600 / 0.500 (3 of 5, 3 of 6: a shared 27 percent aligns two
    # seat counts; "18 military-style firearms" / "33 long firearms" are two kinds)
    # fig37 (tuning, its misses read): 0.800 / 0.667 (4 of 5, 4 of 6): "Friday's 9.0 magnitude earthquake" / "the
    # 8.9-magnitude tremor", an earthquake and a tremor one shared word (the 8.8 / 8.9 flag now holds the 9.0)
    "blind-figures16": {"figure_conflicts": (0.8, 0.66)},
    # helper fig28, blind on main 3ffd737: 1.000 / 0.100 (1 of 1 flagged right, 1 of 10 found); 41 clusters no figure
    # file named (ECB+ subtopics main never flagged, BASIL events no file names); its errors read after this floor
    # fig30 (tuning, its misses read): 1.000 / 0.200 (2 of 2, 2 of 10): "Sixty-year-old Sharron ..." / "61-year-old"
    # fig62 (tuning): 1.000 / 0.300 (3 of 3, 3 of 10): "was shot 11 times" / "had been shot seven times" (times_verb)
    "blind-figures17": {"figure_conflicts": (0.95, 0.3)},
    # helper fig28, blind on main 3ffd737: 0.667 / 0.154 (2 of 3 flagged right, 2 of 13 found); WikiRef220 articles no
    # split read, in slices of 6 (MH370 22-39, the Galaxy S5, Paris 14-36); its errors read after this floor.
    # fig27's round, written blind to this split, measured on it after the merge (main bcbc5c0): 0.500 / 0.154 (2 of
    # 4, 2 of 13): its one_step rule adds Paris's 129 / 130 killed, tolls of other days by the label. fig29 (tuning,
    # its errors read): 1.000 / 0.154 (2 of 2, 2 of 13): no one_step for tolls, "past" no shared word of two spans
    # fig30 (tuning): 1.000 / 0.231 (3 of 3, 3 of 13): "Eighty are in a critical condition" / "99 of them critically"
    # fig31 merged with fig30 (tuning): 1.000 / 0.308 (4 of 4, 4 of 13): one dimension named beside two measures
    # (8.1mm-thick / thicker at 7.9 mm)
    "blind-figures18": {"figure_conflicts": (0.95, 0.3)},
    # helper fig19, blind on main 9288e2e: 0.667 / 0.286 (2 of 3 flagged right, 2 of 7 found); DUC 2004 d30015t,
    # d30027t, d30031t, d30033t (AP and NYT one source each); its errors read after this floor. Skipped in CI (the
    # DUC 2004 file is absent there). fig57 (tuning: values and keys read): 0.800 / 0.571 (4 of 5, 4 of 7): the
    # refugees ("more than 275,000" / "roughly 250,000 ethnic Albanian refugees") and the lifetime ("15-year or more" /
    # "a decade")
    "blind-figures19": {"figure_conflicts": (0.79, 0.57)},
    # helper fig20, blind on main 632c4af: 0.000 / 0.000 (0 of 1 flagged right, 0 of 2 found); DUC 2004 d30047t,
    # d30049t, d30055t, d30059t (AP and NYT one source each); its errors read after this floor. Skipped in CI (the
    # DUC 2004 file is absent there)
    "blind-figures20": {"figure_conflicts": (0.0, 0.0)},
    # helper fig21, blind on the stop's start 4a34e9c: 1.000 / 0.500 (1 of 1 flagged right, 1 of 2 found); DUC 2004
    # d30036t, d30037t, d30038t (AP and NYT one source each); its errors read after this floor. Skipped in CI (the
    # DUC 2004 file is absent there). fig58: both labelled conflicts relabelled as none (two outlets' conversions of
    # one kronor prize at their own rates, the tenth round's T08 rule) and "the equivalent of $967,500" no value of a
    # conflict: nothing labelled, nothing flagged (1.0 / 1.0 as scored)
    "blind-figures21": {"figure_conflicts": (0.95, 0.5)},
    # helper fig22, blind on main 422b7b5: 1.000 / 0.000 (nothing flagged, 0 of 1 found); Multi-News train mnt0041,
    # mnt0042, mnt0043, mnt0052, mnt0053, mnt0055 (bench/multinews_train.py's pick rule; each article its own outlet
    # unless a near-copy); its errors read after this floor. Skipped in CI (../external/multinews_train is absent there)
    "blind-figures22": {"figure_conflicts": (1.0, 1.0)},  # stop 58's merged main (fig60): 1.000 / 1.000

    # helper fig23, blind on main 05fcff0: 0.000 / 1.000 as scored (0 of 3 flagged right, nothing labelled: no
    # conflict in the six clusters); the second Multi-News TRAIN figures draw of bench/multinews_train.py's pick rule
    # (mnt0106 mnt0118 mnt0119 mnt0123 mnt0125 mnt0129, labelled before newsbrief ran on them); floor at the measured
    # numbers rounded down, committed before its errors were read. Skipped where ../external is absent (CI)
    "blind-figures23": {"figure_conflicts": (1.0, 1.0)},  # stop 57's merged main (fig59): nothing flagged
    # helper labf24, blind on main 41bc439: 1.000 / 1.000 as scored (nothing flagged, nothing labelled: no conflict in
    # the six clusters); the third Multi-News TRAIN figures draw of bench/multinews_train.py's pick rule (mnt0188
    # mnt0189 mnt0205 mnt0214 mnt0218 mnt0226, labelled before newsbrief ran on them); floor at the measured numbers
    # rounded down, committed before its errors were read. Skipped where ../external is absent (CI)
    "blind-figures24": {"figure_conflicts": (1.0, 1.0)},
    # helper labf25, blind on main 03de03e: 1.000 / 1.000 as scored (nothing flagged, nothing labelled: no conflict in
    # the three clusters); the fourth Multi-News TRAIN figures draw of bench/multinews_train.py's pick rule of stop 59
    # (mnt0306 mnt0469 mnt0489: clusters where 2+ articles give a count of people or homes in digits; 11 articles,
    # labelled before newsbrief ran on them); floor at the measured numbers rounded down, committed before its errors
    # were read. Skipped where ../external is absent (CI)
    "blind-figures25": {"figure_conflicts": (1.0, 1.0)},
    # helper labf26, blind on main 64c8880: 1.000 / 0.250 (2 of 2 flagged right, 2 of 8 labelled conflicts found); the
    # ECB+ blind draw of stop 59 (bench/pick_blind_figures.py: T03_ecb T04_ecb T08_ecbplus, subtopics no figure label
    # named, where 2+ articles give a count of people or homes in digits; 34 articles, labelled before newsbrief ran on
    # them); floor at the measured numbers rounded down, committed before its errors were read
    # tuned on since stop 60: fig62 1.000 / 0.500 (4 of 4, 4 of 8): "deliberated ... for 40 hours" / "after 30
    # hours of deliberation" (activity_span), "married twice" / "married three times" (twice, times_verb)
    "blind-figures26": {"figure_conflicts": (1.0, 0.5)},
    # helper labf27, blind on main f0b02d9: 0.667 / 0.400 (2 of 3 flagged right, 2 of 5 labelled conflicts found); the
    # second ECB+ blind draw, of stop 60 (bench/pick_blind_figures.py, committed on main 66348b6: T12_ecb T13_ecb,
    # subtopics no figure label named, where 2+ articles give a count of people or homes in digits; 41 articles,
    # labelled before newsbrief ran on them, labels 4eacdd1); floor at the measured numbers rounded down, committed
    # before its errors were read; tuned on since stop 61: fig63 1.000 / 0.800 (4 of 4, 4 of 5): "seven AK-47 rifles" /
    # "12 AK 47 guns" (fig63_model), "minus 17 degrees" / "minus 20" (fig63_minus); "Dozen of warships" no longer
    # twelve (fig63_dozen_of)
    "blind-figures27": {"figure_conflicts": (1.0, 0.8)},
    # helper labf28, blind on main d61bbed0: 0.400 / 0.182 (2 of 5 flagged right, 2 of 11 labelled conflicts found);
    # the third ECB+ blind draw, of stop 61 (bench/pick_blind_figures.py's docstring, committed on main d61bbed0:
    # T18_ecbplus T19_ecb T20_ecbplus, subtopics no figure label named, where 2+ articles give a count of people or
    # homes in digits; 36 articles, labelled before newsbrief ran on them, labels c1fbf10); floor at the measured
    # numbers rounded down, committed before its errors were read. Skipped where ../shared is absent, as the whole test
    # labf28, after the measurement: the labels' spaced ECB+ numbers ("5. 9", "120, 000") also in the joined form the
    # figure texts use (73c0000; same values): 0.800 / 0.364 as scored (4 of 5, 4 of 11), the same flags; the merged
    # main of stop 61 scores the same (`bench/analysis.py --labels --split blind-figures28`): the floor follows the
    # labels as they are, rounded down; fig65 (stop 63, tuning: fig64's readings re-landed without its magnitude rule):
    # 0.833 / 0.455 (5 of 6, 5 of 11; the injured 50 / 80 found, the magnitude 5.9 / 6.1 kept), real code, rounded down
    "blind-figures28": {"figure_conflicts": (0.83, 0.45)},
    # helper labf29, blind on main aa854b93: 1.000 / 0.000 as scored (nothing flagged, 0 of 3 labelled conflicts
    # found); the fourth ECB+ blind draw, of stop 62 (bench/pick_blind_figures.py's docstring, committed on main
    # aa854b93: T21_ecbplus T22_ecbplus, the last two subtopics no figure label named where 2+ articles give a count of
    # people or homes in digits; 28 articles, labelled before newsbrief ran on them, labels 096bf91e); floor at the
    # measured numbers rounded down, committed before its errors were read. Skipped where ../shared is absent, as the
    # whole test
    # fig65 (stop 63, tuning): 1.000 / 0.667 (2 of 2, 2 of 3: the co-workers wounded "two others" / "a third", the
    # minutes "10 minutes earlier" / "outside for nine minutes before coming back"), real code, rounded down
    "blind-figures29": {"figure_conflicts": (1.0, 0.66)},
    # eleventh round, blind: 0.667 / 0.400 before (main ef2d24a), 1.000 / 0.400 after (2 of 2 items, 2 of 5 found);
    # agreement recall round (helper agr19): 0.667 / 0.600 (2 of 3, 3 of 5): mn:0000's stating sentences relabelled
    # to the current segmentation, so its main event (which counts an article that does not report it) is scored
    "blind-agreement2": {"agreement": (0.66, 0.6)},
    # twelfth round, blind: 0.750 / 0.400 after (3 of 4 items right, 2 of 5 main events found, no main event in its
    # three [] clusters); measured once, after the round's change. Thirteenth round (tuning): 1.000 / 0.400 (3 of 3:
    # mn:0058's duplicate joins the event)
    "blind-agreement3": {"agreement": (0.95, 0.4)},
    # thirteenth round, blind: 1.000 / 0.750 before (main d51f129) and after (3 of 3 items right, 3 of 4 main events
    # found, no main event in its two [] clusters); measured once after the round's change
    "blind-agreement4": {"agreement": (0.95, 0.75)},
    # agreement recall round (helper agr19), blind: 0.667 / 0.400 with main e86ba78 and with the branch (2 of 3 items
    # right, 2 of 5 main events found; two of the five are events one article reports, which no agreement item can
    # state; no main event in its [] cluster)
    "blind-agreement5": {"agreement": (0.66, 0.4)},
    # agreement round (helper agr27), blind on main 3ffd737: 0.333 / 0.250 (3 of 9 items right, 2 of 8 main events
    # found; a main event listed in one of its three [] clusters); measured once before any change of the round.
    # After the round (tuning): 0.500 / 0.375 (5 of 10, 3 of 8: D0617H's crash shown and counted in all 23 articles
    # that report it; The New York Times' "is set to vote" no longer counted for the vote)
    "blind-agreement6": {"agreement": (0.5, 0.37)},
    # twelfth speaker round, blind: 0.890 / 1.000 with main a104b1b (251 of 282 listed right, 282 found); after the
    # round (tuning): 0.947 / 1.000 (267 of 282). Pooled, it would hold the quote floor under 0.975 (1,742 of 1,789)
    "blind-speakers9": {"quotes": (0.94, 0.99)},
    # thirteenth speaker round, blind: 0.850 / 1.000 with main a944b5f (209 of 246 listed right, 246 found); after the
    # round (tuning): 0.935 / 1.000 (230 of 246)
    # Stop 47 (digest49): 0.943 / 0.992 (230 of 244, 244 of 246): two labelled quotes stood in D0648C's article 2,
    # a wire's digest, in its story on walking; the brief reads only its Prozac story now (clean.story_parts)
    "blind-speakers10": {"quotes": (0.93, 0.99)},
    # fourteenth speaker round, blind: 0.906 / 0.990 with main 544a494 (174 of 192 listed right, 192 of 194 found);
    # after the round (tuning): 0.964 / 0.990 (185 of 192)
    "blind-speakers11": {"quotes": (0.96, 0.98)},
    # fifteenth speaker round, blind: 0.850 / 0.955 with main 9c78b5a (125 of 147 listed right, 147 of 154 found;
    # 0.864, 127 of 147, with the two labels corrected after it); after the round (tuning): 0.941 / 0.994 (144 of 153).
    # Stop 46: 0.946 / 0.961 (140 of 148, 148 of 154): six labelled quotes stood in DUC 2006 D0628A's article 16, a
    # CoxNet features budget that is no article now (clean.budget_note: read pages leave it out); two of them are
    # the cluster's own ADHD article's (article 15, still read), four are other stories' (roses)
    # Stop 47 (digest49): 0.944 / 0.935 (136 of 144, 144 of 154): four more labelled quotes stood in D0628A's article
    # 1, a wire's digest, in its concussion story; the brief reads only its ADHD story now (clean.story_parts)
    "blind-speakers12": {"quotes": (0.94, 0.93)},
    # sixteenth speaker round, blind: 0.886 / 0.955 with main ac137ad (132 of 149 listed right, 149 of 156 found);
    # after the round (tuning): 0.955 / 0.987 (147 of 154, 154 of 156)
    "blind-speakers13": {"quotes": (0.95, 0.98)},
    # seventeenth speaker round, blind: 0.800 / 1.000 with main 931aa1e (76 of 95 listed right, 95 found; 0.811, 77
    # of 95, with one scoring key corrected after it); after the round (tuning): 0.979 / 1.000 (93 of 95)
    "blind-speakers14": {"quotes": (0.95, 0.99)},
    # eighteenth speaker round, blind: 0.898 / 0.991 with main e86ba78 (97 of 108 listed right, 108 of 109 found;
    # 0.907, 98 of 108, with one scoring key corrected after it); after the round (tuning): 0.982 / 1.000 (107 of 109)
    "blind-speakers15": {"quotes": (0.95, 0.99)},
    # nineteenth speaker round, blind: 0.852 / 0.991 with main 2a74eb8 (98 of 115 listed right, 115 of 116 found);
    # after the round (tuning): 0.966 / 1.000 (112 of 116)
    "blind-speakers16": {"quotes": (0.95, 0.99)},
    # twentieth speaker round, blind: 0.927 / 1.000 with main df0c09c (102 of 110 listed right, 110 found); after
    # the round (tuning): 1.000 / 1.000 (110 of 110)
    "blind-speakers17": {"quotes": (0.98, 0.99)},
    # twenty-first speaker round, blind: 0.950 / 0.990 with main 0bb759b and dd15f31 (96 of 101 listed right, 101 of
    # 102 found); after the round (tuning): 1.000 / 0.990 (101 of 101, 101 of 102)
    "blind-speakers18": {"quotes": (0.98, 0.98)},
    # twenty-second speaker round, blind: 0.955 / 1.000 with main 88c2b88 (107 of 112 listed right, 112 found);
    # after the round (tuning): 1.000 / 1.000 (112 of 112)
    "blind-speakers19": {"quotes": (0.98, 0.99)},
    # a third blind measurement (helper spk25): 0.849 / 0.989 with main 66635bc (73 of 86 listed right, 86 of 87
    # found); a tuning split since the twenty-third speaker round (spk26): 0.930 / 0.989 (80 of 86 right); after
    # the twenty-fourth (spk27): 0.977 / 1.000 (85 of 87)
    "blind-speakers20": {"quotes": (0.97, 0.99)},
    # a fourth blind measurement (helper spk27): 0.924 / 0.989 with main 3ffd737 (85 of 92 listed right, 92 of 93
    # found); after the twenty-fourth speaker round (tuning): 0.989 / 1.000 (92 of 93)
    "blind-speakers21": {"quotes": (0.98, 0.99)},
    # a fifth blind measurement (helper spk28): 0.763 / 0.983 with main a0c6867 (45 of 59 listed right, 59 of 60
    # found); MH370 articles 23-26 and ECB+ T07/T10/T12_ecbplus; its errors read after this floor; a tuning split
    # since the twenty-fifth speaker round (spk29): 0.983 / 0.983 (58 of 59 listed right, 59 of 60 found)
    "blind-speakers22": {"quotes": (0.98, 0.98)},
    # DUC 2006 newswire held out (helper spk31), blind: 0.975 / 0.988 with main 4d1372e (79 of 81 listed right, 81 of 82
    # found); D0605E, D0616G, D0630C, D0645I, D0650E, D0647B; its errors read after this floor; a tuning split
    # since the twenty-sixth speaker round (spk32): 1.000 / 1.000 (82 of 82)
    "blind-speakers24": {"quotes": (1.0, 1.0)},
    # a sixth blind measurement (helper spk30), on Multi-News held out: 0.813 / 0.987 with main 4d1372e (61 of 75
    # listed right, 75 of 76 found); 15 clusters no speaker file named; its errors read after this floor; a tuning
    # split since the twenty-sixth speaker round (spk32): 0.973 / 0.987 (73 of 75 listed right, 75 of 76 found)
    "blind-speakers23": {"quotes": (0.97, 0.98)},
    # a second Multi-News draw (helper spk33), blind: 0.811 / 1.000 with main 68df5b0 (43 of 53 listed right, 53 of 53
    # found); the 10 clusters after spk30's 15 in the same shuffled order; its errors read after this floor; a tuning
    # split since the twenty-seventh speaker round (spk34): 0.981 / 1.000 (52 of 53 listed right, 53 of 53 found)
    "blind-speakers25": {"quotes": (0.98, 1.00)},
    # a third Multi-News draw (helper spk35), blind: 0.929 / 1.000 with main 852394e (52 of 56 listed right, 56 of 56
    # found); the last 15 clusters of spk30's shuffled free list (after spk30's 15 and spk33's 11); errors read after
    # this floor; a tuning split since the twenty-eighth speaker round (spk36): 0.946 / 1.000 (53 of 56 listed right,
    # 56 of 56 found)
    "blind-speakers26": {"quotes": (0.94, 1.00)},
    # a fourth Multi-News draw (helper spk38), blind: 0.968 / 1.000 with main 1dc9c6d (61 of 63 listed right, 63 of 63
    # found); a relaxed pick rule (clusters no speaker-related file names, random.Random(43), after blind-speakers27);
    # errors read after this floor; a tuning split since the twenty-ninth speaker round (spk38): 1.000 / 1.000 (63 of 63)
    "blind-speakers28": {"quotes": (1.0, 1.0)},
    # a fifth Multi-News draw (helper spk37; the first of pick43), blind: 0.838 / 0.971 with main 1dc9c6d (57 of 68 listed right, 68 of 70
    # found); a relaxed pick rule (free of speaker files only, random.Random(43)); floor committed before its errors
    # were read; a tuning split since spk37's round: 0.926 / 0.971 (63 of 68 listed right, 68 of 70 found)
    "blind-speakers27": {"quotes": (0.92, 0.97)},
    # a sixth Multi-News draw (helper spk39), blind: 0.887 / 1.000 with main 98b0e96 (47 of 53 listed right, 53 of 53
    # found); the relaxed pick rule (pick43.py on 1dc9c6d, after blind-speakers27 and 28); errors read after this floor;
    # a tuning split since the thirtieth speaker round (spk39): 1.000 / 1.000 (53 of 53)
    "blind-speakers29": {"quotes": (1.0, 1.0)},
    # a Multi-News draw (helper spk40; the fourth run of pick43's order), blind: 0.839 / 0.939 with main 1220d76 (52 of
    # 62 listed right, 62 of 66 found); floor committed before its errors were read; a tuning split since spk40's
    # round: 0.954 / 0.985 (62 of 65 listed right, 65 of 66 found)
    "blind-speakers30": {"quotes": (0.95, 0.98)},
    # a sixth Multi-News draw (helper spk41; the fifth run of pick43), blind: 0.886 / 0.959 with main 1220d76 (62 of 70
    # listed right, 70 of 73 found); the relaxed pick rule (free of speaker files only, random.Random(43)); floor
    # committed before its errors were read; a tuning split since spk41's round (a share bar is no person, "with X,"
    # opening the clause is its object, a pull quote's name alone): 0.943 / 0.959 (66 of 70 listed right, 70 of 73)
    "blind-speakers31": {"quotes": (0.94, 0.95)},
    # a seventh Multi-News draw (helper spk42; the sixth run of pick43), blind: 0.907 / 0.974 with main ade1a83 (68 of 75
    # listed right, 75 of 77 found); the relaxed pick rule (free of speaker files only, random.Random(43)); floor
    # committed before its errors were read; a tuning split since spk42's round ("plaintiff" a person role, "vented" a
    # speech verb): 0.973 / 0.974 (73 of 75 listed right, 75 of 77 found)
    "blind-speakers32": {"quotes": (0.97, 0.97)},
    # a Multi-News draw (helper spk45; the ninth run of pick43's order, pick44.py: mn:0133 excluded), blind: 0.877 /
    # 1.000 with main 8a09487 (57 of 65 listed right, 65 of 65 found); floor committed before its errors were read;
    # a tuning split since spk45's round (a photo credit line, "she" for a given name, "memorandum"): 0.923 / 1.000
    "blind-speakers35": {"quotes": (0.92, 1.0)},
    # an eighth Multi-News draw (helper spk44; the eighth run of pick43's order, pick44.py: mn:0133 excluded), blind:
    # 0.800 / 1.000 with main 8a09487 (52 of 65 listed right, 65 of 65 found); floor committed before its errors were read;
    # a tuning split since spk44's round (a body after a preposition is no speaker, "producer" and "user" roles,
    # "chimed in"): 0.862 / 1.000 (56 of 65 listed right, 65 of 65 found)
    "blind-speakers34": {"quotes": (0.86, 1.0)},
    # an eighth Multi-News draw (helper spk43; the seventh run of pick43, pick44.py: mn:0133 excluded), blind: 0.842 / 0.950
    # with main 8a09487 (32 of 38 listed right, 38 of 40 found); floor committed before its errors were studied; a tuning
    # split since spk43's round (a place-typed surname, "according to the ad,", "maintains", "memorandum"): 0.974 / 0.950
    "blind-speakers33": {"quotes": (0.97, 0.95)},
    # a Multi-News draw (helper spk46; blind-speakers36, the tenth run of pick43's order, pick44.py: mn:0133 excluded),
    # blind: 0.882 / 0.987 with main c9fd95f (67 of 76 listed right, 76 of 77 found); floor committed before its errors were read;
    # a tuning split since spk46's round (a surname typed a place after a given name, a phrase quoted after its
    # speaker's sentence, "allegedly", a second part left open): 0.961 / 1.000 (74 of 77 listed right, 77 of 77 found)
    "blind-speakers36": {"quotes": (0.96, 1.0)},
    # an eleventh Multi-News draw (helper spk49; blind-speakers37 of pick45.py: mn:0133 and the clusters spk47 read
    # excluded), blind: 0.944 / 0.973 with main 7349d07 (34 of 36 listed right, 36 of 37 found); floor committed before
    # its errors were read; a tuning split since spk49's round ("suggesting" a speech participle, a sentence ending on
    # the name it identifies): 1.000 / 0.973 (36 of 36 listed right, 36 of 37 found)
    "blind-speakers37": {"quotes": (1.0, 0.97)},
    # a twelfth Multi-News draw (helper spk51; blind-speakers38 of pick46.py, pick45's rule recreated at stop 45),
    # blind: 0.873 / 1.000 with main 15ac359 (55 of 63 listed right, 63 of 63 found); floor committed before its
    # errors were read; measured blind again on main e6c7266 (the same errors); a tuning split since spk56's round
    # (a name a man gives, a body before a "where" clause, "offered this message:"): 0.952 / 1.000 (60 of 63)
    "blind-speakers38": {"quotes": (0.95, 1.0)},
    # a thirteenth Multi-News draw (helper spk52; blind-speakers39 of pick46.py, pick45's exclusions), blind: 0.890 /
    # 1.000 with main 15ac359 (65 of 73 listed right, 73 of 73 found); floor committed before its errors were read;
    # measured blind again on main e6c7266 (the same errors); a tuning split since spk56's round ("offered" with a
    # name after it, "another council member"): 0.945 / 1.000 (69 of 73 listed right, 73 of 73 found)
    "blind-speakers39": {"quotes": (0.94, 1.0)},
    # a fourteenth Multi-News draw (helper spk57; blind-speakers40 of pick46.py, pick45's exclusions), blind: 0.762 /
    # 1.000 with main 5fde9fe (48 of 63 listed right, 63 of 63 found); floor committed before its errors were read;
    # 0.778 (49 of 63) with one label slip mended after it (NYK's expansion); a tuning split since spk61's round
    # (outlet-signed pull quotes, "a report in <outlet>", a person "of <place>" before "tweeted"): 0.905 / 1.000
    # (57 of 63)
    "blind-speakers40": {"quotes": (0.90, 1.0)},
    # a fifteenth Multi-News draw (helper spk58; blind-speakers41 of pick46.py, pick45's exclusions), blind: 0.941 /
    # 1.000 with main 5fde9fe (64 of 68 listed right, 68 of 68 found); floor committed before its errors were read;
    # a tuning split since spk61's round (a phrase beside a statement's or study's attribution, a pull quote of the
    # narration): 0.985 / 1.000 (67 of 68)
    "blind-speakers41": {"quotes": (0.98, 1.0)},
    # the first BASIL draw (helper spk62; blind-speakers42 of pick47.py: BASIL events no speaker file of main ed154ec
    # names), blind: 0.885 / 1.000 with main ed154ec (69 of 78 listed right, 78 of 78 found); floor committed before
    # its errors were read
    "blind-speakers42": {"quotes": (0.88, 1.0)},
    # a BASIL draw (helper spk63; blind-speakers43 of pick47.py: BASIL events no speaker-related file of main ed154ec
    # names), blind: 0.984 / 0.984 with main ed154ec (62 of 63 listed right, 63 of 64 found); floor committed before
    # its errors were read
    "blind-speakers43": {"quotes": (0.98, 0.98)},
    # a BASIL draw (helper spk65; blind-speakers44 of pick47.py: no Multi-News cluster free any more), blind: 0.839 /
    # 1.000 with main ed154ec (73 of 87 listed right, 87 of 87 found); floor committed before its errors were read
    "blind-speakers44": {"quotes": (0.83, 1.0)},
    # a BASIL draw (helper spk67; blind-speakers45 of pick48.py: BASIL events no speaker-related file of main 17afd79
    # names), blind: 0.903 / 0.984 with main 17afd79 (56 of 62 listed right, 62 of 63 found); floor committed before
    # its errors were read
    "blind-speakers45": {"quotes": (0.90, 0.98)},
    # a BASIL draw (helper spk68; blind-speakers46 of pick48.py: BASIL events no speaker-related file of main 17afd79
    # names), blind: 0.824 / 0.986 with main 17afd79 (56 of 68 listed right, 68 of 69 found); floor committed before
    # its errors were read; 0.838 (57 of 68) with one label key mended after it ('fish & wildlife', the agency's
    # name as the view showed it)
    "blind-speakers46": {"quotes": (0.82, 0.98)},
    # the first ECB+ draw (helper spk72; blind-speakers47 of pick49.py: BASIL and Multi-News used up; ECB+ clusters
    # no speaker-related file of main e33adaf names), blind: 0.925 / 0.964 with main e33adaf (74 of 80 listed right,
    # 80 of 83 found); floor committed before its errors were read
    "blind-speakers47": {"quotes": (0.92, 0.96)},
    # an ECB+ draw (helper spk73; blind-speakers48 of pick49.py: ECB+ subtopics no speaker-related file of main e33adaf
    # names), blind: 0.921 / 0.962 with main e33adaf (70 of 76 listed right, 76 of 79 found); floor committed before
    # its errors were read
    "blind-speakers48": {"quotes": (0.92, 0.96)},
    # an ECB+ draw (helper spk74; blind-speakers49 of pick49.py: ECB+ clusters no speaker-related file of main e33adaf
    # names), blind: 0.966 / 0.967 with main e33adaf (85 of 88 listed right, 88 of 91 found); floor committed before
    # its errors were read. Stop 50 (a tuning split): the scrape-damage pairing finds its 3 missed quotes (91 of 91) and
    # lists 87 right (0.956): the floor follows the precision down with the recall up
    "blind-speakers49": {"quotes": (0.96, 1.0)},  # stop 58's merged main (spk136): 0.967 / 1.000 (88)
    # the first WikiRef220 draw (helper spk75; blind-speakers50 of pick49.py: WikiRef220's michelle.obama topic,
    # articles 1-13, which no speaker-related file of main e33adaf names), blind: 0.873 / 1.000 with main e33adaf
    # (48 of 55 listed right, 55 of 55 found); floor committed before its errors were read
    "blind-speakers50": {"quotes": (0.87, 1.0)},
    # the second WikiRef220 draw (helper spk81; blind-speakers53 of pick50.py: WikiRef220's premier.league topic,
    # articles 1-17, which no speaker-related file of main 73e100f names), blind: 0.888 / 0.961 with main 73e100f
    # (87 of 98 listed right, 98 of 102 found); floor committed before its errors were read
    "blind-speakers53": {"quotes": (0.88, 0.96)},  # stop 50's merged main: 0.892 / 1.000 (91 of 102)
    # the third WikiRef220 draw (helper spk89; blind-speakers57 of pick51.py: WikiRef220's samsung.galaxy.s5 topic,
    # articles 1-34 (33 in English), which no speaker label file of main 83cf86f names), blind: 0.650 / 1.000 with
    # main 83cf86f (26 of 40 listed right, 40 of 40 found); floor committed before its errors were read
    "blind-speakers57": {"quotes": (0.90, 1.0)},  # stop 52's merged main: 0.900 / 1.000 (36 of 40)
    # the first DUC 2006 draw of stop 52 (helper spk96; blind-speakers58 of pick52.py: DUC 2006 D0641E, all 25
    # articles, which no speaker-related file of main 668bbde names), blind: 0.935 / 1.000 with main 668bbde (87 of 93
    # listed right, 93 of 93 found); floor committed before its errors were read
    "blind-speakers58": {"quotes": (0.93, 1.0)},
    # the fourth WikiRef220 draw (helper spk100; blind-speakers62 of pick52.py: WikiRef220's premier.league topic,
    # articles 18-30, which no speaker-related file of main 668bbde names), blind: 0.922 / 0.990 with main 668bbde
    # (94 of 102 listed right, 102 of 103 found); floor committed before its errors were read
    "blind-speakers62": {"quotes": (0.92, 0.99)},
    # the first WikiRef220 draw of stop 53 (helper spk110; blind-speakers64 of pick53.py: WikiRef220's ParisAttacks2015
    # topic, articles 18 and 20-30, which no speaker-related file of main 8271a98 names), blind: 0.820 / 0.984 with main
    # 4057f27 (50 of 61 listed right = 0.8197, 61 of 62 found); floor committed before its errors were read
    "blind-speakers64": {"quotes": (0.95, 0.98)},  # stop 53's final main: 0.951 / 0.984 (58 of 61)
    # a WikiRef220 draw of stop 53 (helper spk111; blind-speakers65 of pick53.py: WikiRef220's malaysia.airlines.flight
    # topic, articles 27-38, which no speaker-related file of main 8271a98 names), blind: 0.922 / 1.000 with main
    # 4057f27 (59 of 64 listed right, 64 of 64 found); floor committed before its errors were read
    "blind-speakers65": {"quotes": (0.98, 1.0)},  # stop 53's final main: 0.984 / 1.000 (63 of 64)
    # the fourth WikiRef220 draw of stop 53 (helper spk112; blind-speakers66 of pick53.py: WikiRef220's michelle.obama
    # topic, articles 26-31, the first after blind-speakers61's, which no speaker-related file of main 4057f27 names),
    # blind: 0.750 / 1.000 with main 4057f27 (48 of 64 listed right, 64 of 64 found); floor committed before its errors
    # were read
    "blind-speakers66": {"quotes": (0.98, 1.0)},  # stop 53 final: 0.797 (51 of 64); spk122: 0.812; spk126: 1.000 (64)
    # a WikiRef220 draw of stop 54 (helper spk120; blind-speakers68 of bench/pick_blind_speakers.py: WikiRef220's
    # michelle.obama topic, articles 32-38, the first after blind-speakers66's to the topic's end, which no file of main
    # ab4d4d9 names), blind: 0.818 / 1.000 with main ab4d4d9 (54 of 66 listed right, 66 of 66 found); floor committed
    # before its errors were read; spk123 (a title's gender, a curly possessive): 0.924 / 1.000 (61 of 66)
    "blind-speakers68": {"quotes": (0.96, 1.0)},  # stop 54's final main (spk123-125): 0.970 / 1.000 (64 of 66)
    # the first WikiRef220 draw of stop 54 (helper spk119; blind-speakers67 of bench/pick_blind_speakers.py:
    # WikiRef220's ParisAttacks2015 topic, articles 31-36, the topic's rest after blind-speakers64's, which no speaker
    # label file of main ab4d4d9 names), blind: 0.922 / 0.985 with main ab4d4d9 (59 of 64 listed right, 64 of 65
    # found); floor committed before its errors were read; spk123 (a name NER cut): 0.938 / 0.985 (60 of 64)
    "blind-speakers67": {"quotes": (0.98, 0.98)},  # stop 54's final main (spk123-125): 0.984 / 0.985 (63 of 64)
    # a WikiRef220 draw of stop 54 (helper spk121; blind-speakers69 of bench/pick_blind_speakers.py: WikiRef220's
    # premier.league topic, articles 31-37, every small topic (NBA.draft, Rolling.Stones, U2, barack.obama, smartphone,
    # stephen.hawking, wall.street) and samsung.galaxy.s5 article 35, which no speaker label file of main ab4d4d9
    # names), blind: 0.852 / 1.000 with main ab4d4d9 (75 of 88 listed right, 88 of 88 found); floor committed before
    # its errors were read
    "blind-speakers69": {"quotes": (0.92, 1.0)},  # stop 58's merged main (spk136): 0.920 / 1.000 (81 of 88)
    # a DUC 2004 task 2 draw of stop 55 (helper spk71; blind-speakers71 of bench/duc2004.py's pick rule: d30006t and
    # d30007t, the second pair of kept clusters; skipped where ../external/duc2004 is absent), blind: 0.989 / 0.926
    # with main 9288e2e (87 of 88 listed right, 88 of 95 found); floor committed before its errors were read
    "blind-speakers71": {"quotes": (1.0, 1.0)},  # spk71's tuning (wire quotes reopened in a joined paragraph, one
    # backtick for two, a coordinated passive's agent): 1.000 / 1.000 (95 of 95)
    # the first DUC 2004 draw of stop 55 (helper spk70; blind-speakers70 of bench/duc2004.py's pick rule: duc04:d30001t
    # and duc04:d30002t, the first two kept clusters, AP newswire of 1998, never labelled before), blind: 0.788 / 1.000
    # with main 9288e2e (41 of 52 listed right, 52 of 52 found); floor committed before its errors were read; skipped
    # where ../external/duc2004 is absent (CI); spk70's tuning (a statement's issuer, "the party", "the king", an
    # "anti-" compound, a long title after a quote, "Hun Sen." ending a sentence): 1.000 / 1.000 (52 of 52)
    "blind-speakers70": {"quotes": (1.0, 1.0)},
    # the second DUC 2004 draws of stop 55 (helper spk74; blind-speakers74 of bench/duc2004.py's pick rule: d30053t and
    # d31026t, which no label file of main 632c4af names; ../external, skipped in CI), blind numbers with the stop's
    # merged main 632c4af: 0.933 / 0.991 (98 of 105 listed right, 105 of 106 found); floor at the measured numbers
    # rounded down, committed before its errors were read
    "blind-speakers74": {"quotes": (0.99, 0.99)},  # stop 55's final main (spk128): 0.952 / 0.991 (100 of 105); stop 56's merged main (spk129, spk130): 0.990 / 0.991 (104 of 105)
    # the third DUC 2004 draws of stop 56 (helper spk77; blind-speakers77 of bench/duc2004.py's pick rule: d30038t and
    # d30045t, which rd55 read as a reader, no label file named; ../external, skipped in CI), blind numbers with the
    # stop's start 065d7e6 (18be06d's code): 0.946 / 0.970 (122 of 129 listed right, 129 of 133 found); floor at the
    # measured numbers rounded down, committed before its errors were read
    "blind-speakers77": {"quotes": (0.97, 0.98)},  # stop 57's merged main (spk132): 0.977 / 0.985 (128 of 131)
    # the second DUC 2004 draw of stop 55 (helper spk73; blind-speakers73 of bench/duc2004.py's pick rule: d30024t and
    # d30026t, New York Times, never labelled before; ../external, skipped in CI), blind numbers with the stop's merged
    # main 632c4af: 0.918 / 0.995 (178 of 194 listed right, 194 of 195 found); floor committed before its errors were read;
    # one label prefix mended after it (a nested backtick the cleaning turns into a curly mark: the quote was found and
    # listed right): 0.918 / 1.000 (179 of 195, 195 found), the recall floor follows it up
    "blind-speakers73": {"quotes": (1.0, 1.0)},  # stop 55's final main (spk127): 0.949 / 1.000 (185 of 195); stop 56's merged main (spk129, spk130): 1.000 / 1.000 (195 of 195)
    # the third DUC 2004 draws of stop 56 (helper spk75; blind-speakers75 of bench/duc2004.py's pick rule: d31032t and
    # d31043t, the two kept clusters no one had read; ../external, skipped in CI), blind numbers with the stop's start
    # 065d7e6 (18be06d's code): 0.853 / 1.000 (29 of 34 listed right, 34 of 34 found); floor at the measured numbers
    # rounded down, committed before its errors were read; blind for the whole stop (the lead measures it again on
    # the merged main)
    "blind-speakers75": {"quotes": (1.0, 1.0)},  # stop 57's merged main (spk131): 1.000 / 1.000 (34 of 34)
    # a third DUC 2004 draw, of stop 56 (helper spk76; blind-speakers76 of bench/duc2004.py's pick rule: d30036t and
    # d30037t, the first pair of the clusters rd55 read as a reader, labelled before newsbrief ran on them; ../external,
    # skipped in CI), blind numbers with the stop's start 065d7e6 (18be06d's code): 0.860 / 1.000 (80 of 93 listed
    # right, 93 of 93 found); floor at the measured numbers rounded down, committed before its errors were read
    "blind-speakers76": {"quotes": (0.96, 1.0)},  # stop 57's merged main (spk131, spk132): 0.968 / 1.000 (90 of 93)
    # the third Multi-News TRAIN draw of stop 57 (helper spk80; blind-speakers80 of bench/multinews_train.py's pick rule:
    # mnt0021 mnt0023 mnt0029 mnt0034 mnt0037 mnt0040, never read before; ../external, skipped in CI), blind numbers
    # with main 422b7b5: 0.877 / 1.000 (50 of 57 listed right, 57 of 57 found); floor at the measured numbers rounded
    # down, written before its errors were read
    "blind-speakers80": {"quotes": (0.87, 1.0)},
    # the second Multi-News TRAIN draw of stop 57 (helper spk81; blind-speakers81 of bench/multinews_train.py's pick rule:
    # mnt0056 mnt0057 mnt0060 mnt0061 mnt0067 mnt0068, labelled before newsbrief ran on them; ../external, skipped in
    # CI), blind numbers with main 05fcff0: 0.820 / 0.968 (50 of 61 listed right, 61 of 63 found); floor at the measured
    # numbers rounded down, committed before its errors were read
    "blind-speakers81": {"quotes": (0.91, 0.98)},  # stop 58's merged main (spk135): 0.919 / 0.984 (57)

    # the first Multi-News TRAIN draws of stop 57 (helper spk79; blind-speakers79 of bench/multinews_train.py's pick
    # rule: mnt0019 and mnt0020, labelled before newsbrief ran on them; ../external, skipped in CI), blind numbers with
    # main 422b7b5: 0.885 / 1.000 (46 of 52 listed right, 52 of 52 found); floor at the measured numbers rounded down,
    # committed before its errors were read
    "blind-speakers79": {"quotes": (0.98, 1.0)},  # stop 58's merged main (spk136): 0.981 / 1.000 (51 of 52)

    # the first Multi-News TRAIN draw, of stop 57 (helper spk78; blind-speakers78 of bench/multinews_train.py's pick rule:
    # mnt0002 mnt0004 mnt0006 mnt0008 mnt0010 mnt0012 mnt0015 mnt0016 mnt0017, 22 articles never read before, labelled
    # before newsbrief ran on them; ../external, skipped in CI), blind numbers with main 422b7b5: 0.909 / 0.978 (40 of
    # 44 listed right, 44 of 45 found); floor at the measured numbers rounded down, committed before its errors were read
    "blind-speakers78": {"quotes": (0.91, 1.0)},  # stop 57's merged main (spk133): 0.911 / 1.000 (41 of 45)
    # the second Multi-News TRAIN draw of stop 57 (helper spk83; blind-speakers83 of bench/multinews_train.py's pick rule:
    # mnt0083 and mnt0085, 5 articles never read before, labelled before newsbrief ran on them; ../external, skipped in
    # CI), blind numbers with main 05fcff0: 0.778 / 1.000 (28 of 36 listed right, 36 of 36 found); floor at the
    # measured numbers rounded down, committed before its errors were read; blind for the whole stop
    "blind-speakers83": {"quotes": (0.94, 1.0)},  # spk141 (stop 60; "As the campaign page explained,"): 0.944 / 1.000
    # (34 of 36); stop 58's merged main (spk135): 0.833 / 1.000 (30 of 36)
    # the third Multi-News TRAIN draw, of stop 58 (helper lab85; blind-speakers85 of bench/multinews_train.py's pick
    # rule: mnt0134 mnt0135 mnt0137 mnt0138 mnt0141 mnt0142, 13 articles never read before, labelled before newsbrief ran
    # on them (fb5cef4); ../external, skipped in CI), blind numbers with main 41bc439: 0.933 / 0.978 (42 of 45 listed
    # right, 45 of 46 found); floor at the measured numbers rounded down, committed before its errors were read; blind
    # for the whole stop
    "blind-speakers85": {"quotes": (1.0, 1.0)},  # stop 59's merged main (spk138, qsp59): 1.000 / 1.000 (46 of 46)
    # the third Multi-News TRAIN draw, of stop 58 (helper lab84; blind-speakers84 of bench/multinews_train.py's pick
    # rule: mnt0132 and mnt0133, 6 articles never read before, labelled before newsbrief ran on them (8ea6026);
    # ../external, skipped in CI), blind numbers with main 41bc439: 0.895 / 1.000 (34 of 38 listed right, 38 of 38
    # found); floor at the measured numbers rounded down, committed before its errors were read; blind for the whole stop
    "blind-speakers84": {"quotes": (1.0, 1.0)},  # stop 59's merged main (spk138): 1.000 / 1.000 (38 of 38)
    # the third Multi-News TRAIN draw, of stop 58 (helper lab86; blind-speakers86 of bench/multinews_train.py's pick rule:
    # mnt0145 mnt0146 mnt0147 mnt0150 mnt0151 mnt0154 mnt0157 mnt0158, 16 articles never read before, labelled before
    # newsbrief ran on them (54d4d78); ../external, skipped in CI), blind numbers with main 41bc439: 0.905 / 1.000 (38 of
    # 42 listed right, 42 of 42 found); floor at the measured numbers rounded down, committed before its errors were read
    "blind-speakers86": {"quotes": (1.0, 1.0)},  # stop 59's merged main (spk138, spk139): 1.000 / 1.000 (42 of 42)
    # the fourth Multi-News TRAIN draw, of stop 59 (helper lab87; blind-speakers87 of bench/multinews_train.py's pick rule:
    # mnt0227 mnt0230 mnt0231 mnt0232 mnt0234 mnt0240 mnt0241 mnt0243, 17 articles never read before, labelled before
    # newsbrief ran on them (a3f73b6); ../external, skipped in CI), blind numbers with main 03de03e: 0.836 / 0.984 (51 of
    # 61 listed right, 61 of 62 found); floor at the measured numbers rounded down, committed before its errors were read
    # stop 59's merged main finds the 62nd quote (qsp59: a headline line's single marks) with no speaker, so 51 of 62:
    # 0.823 / 1.000; the floor follows the precision down with the recall up (no rule was tuned on this split)
    "blind-speakers87": {"quotes": (1.0, 1.0)},  # spk141 (stop 60): 0.968 / 1.000 (60 of 62); spk144 (stop 61): 1.000
    # / 1.000 (62 of 62, `bench/analysis.py --labels --split blind-speakers87`)
    # the fourth Multi-News TRAIN draw, of stop 59 (helper lab88; blind-speakers88 of bench/multinews_train.py's pick rule:
    # mnt0245 mnt0247 mnt0249 mnt0250, 8 articles never read before, labelled before newsbrief ran on them (ad19be3);
    # ../external, skipped in CI), blind numbers with main 03de03e: 0.925 / 1.000 (49 of 53 listed right, 53 of 53
    # found); floor at the measured numbers rounded down, committed before its errors were read
    "blind-speakers88": {"quotes": (1.0, 1.0)},  # spk141 (stop 60): 1.000 / 1.000 (53 of 53)
    # the fourth Multi-News TRAIN draw, of stop 59 (helper lab89; blind-speakers89 of bench/multinews_train.py's pick rule:
    # mnt0251 and mnt0252, 5 articles never read before, labelled before newsbrief ran on them (ee5185f); ../external,
    # skipped in CI), blind numbers with main 03de03e: 0.671 / 1.000 (49 of 73 listed right, 73 of 73 found); floor at the
    # measured numbers rounded down, committed before its errors were read; tuned on since stop 60 (spk140's rules: 0.986
    # / 1.000, 72 of 73, `bench/analysis.py --labels --split blind-speakers89`), floor rounded down
    "blind-speakers89": {"quotes": (0.98, 1.0)},
    # the fifth Multi-News TRAIN draw, of stop 60 (helper lab90; blind-speakers90 of bench/multinews_train.py's pick rule,
    # committed on main 66348b6: mnt0253 mnt0255 mnt0257 mnt0258 mnt0260 mnt0263 mnt0264, 14 articles never read before,
    # labelled before newsbrief ran on them (9909c8d); ../external, skipped in CI), blind numbers with main f0b02d9:
    # 0.952 / 1.000 (40 of 42 listed right, 42 of 42 found); floor at the measured numbers rounded down, committed before
    # its errors were read; tuning since stop 61: spk143's three rules (the trailing ", X said." reporter, "they" after
    # "my kids'", "his pledge that") 1.000 / 1.000 (42 of 42, `bench/analysis.py --labels --split blind-speakers90`)
    "blind-speakers90": {"quotes": (1.0, 1.0)},
    # the fifth Multi-News TRAIN draw, of stop 60 (helper lab91; blind-speakers91 of bench/multinews_train.py's pick rule,
    # committed on main 66348b6: mnt0265 mnt0269 mnt0272 mnt0274 mnt0275, 12 articles never read before, labelled before
    # newsbrief ran on them (76cd499); ../external, skipped in CI), blind numbers with main f0b02d9: 0.957 / 1.000 (45 of
    # 47 listed right, 47 of 47 found); floor at the measured numbers rounded down, committed before its errors were read;
    # tuning since stop 61: spk143's "his pledge that" and "the president's comments" 1.000 / 1.000 (47 of 47,
    # `bench/analysis.py --labels --split blind-speakers91`)
    "blind-speakers91": {"quotes": (1.0, 1.0)},
    # the fifth Multi-News TRAIN draw, of stop 60 (helper lab92; blind-speakers92 of bench/multinews_train.py's pick rule,
    # committed on main 66348b6: mnt0276 mnt0277 mnt0280 mnt0282 mnt0288 mnt0290, 12 articles never read before, labelled
    # before newsbrief ran on them (5f8c3d7); ../external, skipped in CI), blind numbers with main f0b02d9: 0.940 / 1.000
    # (47 of 50 listed right, 50 of 50 found); floor at the measured numbers rounded down, committed before its errors
    # were read; tuned on since stop 61 (spk144: 1.000 / 1.000, 50 of 50, single-split run)
    "blind-speakers92": {"quotes": (1.0, 1.0)},
    # the sixth Multi-News TRAIN draw, of stop 61 (helper lab93; blind-speakers93 of bench/multinews_train.py's pick rule,
    # committed on main d61bbed0: mnt0291 and mnt0293, 4 articles never read before, labelled before newsbrief ran on
    # them (633cbdc); ../external, skipped in CI), blind numbers with main d61bbed0: 0.881 / 0.857 (37 of 42 listed
    # right, 42 of 49 found); floor at the measured numbers rounded down, committed before its errors were read; tuned on
    # since stop 62 (spk146: 1.000 / 1.000, 49 of 49, single-split run)
    "blind-speakers93": {"quotes": (1.0, 1.0)},
    # the sixth Multi-News TRAIN draw, of stop 61 (helper lab94; blind-speakers94 of bench/multinews_train.py's pick rule,
    # committed on main d61bbed0: mnt0295 mnt0298 mnt0302 mnt0313 mnt0314, 12 articles never read before, labelled
    # before newsbrief ran on them (1e30a08); ../external, skipped in CI), blind numbers with main d61bbed0: 0.860 / 1.000
    # (37 of 43 listed right, 43 of 43 found); floor at the measured numbers rounded down, committed before its errors
    # were read; tuned on since stop 62 (spk146: 0.977 / 1.000, 42 of 43, single-split run)
    "blind-speakers94": {"quotes": (0.97, 1.0)},
    # the sixth Multi-News TRAIN draw, of stop 61 (helper lab95; blind-speakers95 of bench/multinews_train.py's pick rule,
    # committed on main d61bbed0: mnt0315 mnt0316 mnt0318 mnt0321, 10 articles never read before, labelled before
    # newsbrief ran on them (8c697cc); ../external, skipped in CI), blind numbers with main d61bbed0: 0.909 / 1.000 (40 of
    # 44 listed right, 44 of 44 found); floor at the measured numbers rounded down, committed before its errors were read;
    # tuned on since stop 62 (spk147: 0.977 / 1.000, 43 of 44, `bench/analysis.py --labels --split blind-speakers95`)
    "blind-speakers95": {"quotes": (0.97, 1.0)},
    # the seventh Multi-News TRAIN draw, of stop 62 (helper lab96; blind-speakers96 of bench/multinews_train.py's pick
    # rule, committed on main aa854b93: mnt0327 mnt0330 mnt0333 mnt0334 mnt0337 mnt0338 mnt0341, 18 articles never read
    # before, labelled before newsbrief ran on them (4e66e2e); ../external, skipped in CI), blind numbers with main
    # aa854b93: 0.810 / 0.940 (51 of 63 listed right, 63 of 67 found); floor at the measured numbers rounded down,
    # committed before its errors were read; tuned on since stop 63 (spk149: 0.924 / 0.985, 61 of 66 listed right, 66 of
    # 67 found, `bench/analysis.py --labels --split blind-speakers96`)
    "blind-speakers96": {"quotes": (0.92, 0.98)},
    # the seventh Multi-News TRAIN draw, of stop 62 (helper lab97; blind-speakers97 of bench/multinews_train.py's pick rule,
    # committed on main aa854b93: mnt0342 mnt0343 mnt0344 mnt0346 mnt0347 mnt0348 mnt0349 mnt0351, 18 articles never read
    # before, labelled before newsbrief ran on them (dce0471a); ../external, skipped in CI), blind numbers with main
    # aa854b93: 0.895 / 1.000 (51 of 57 listed right, 57 of 57 found); floor at the measured numbers rounded down,
    # committed before its errors were read; tuned on since stop 63 (spk149: 1.000 / 1.000, 57 of 57, single-split run)
    "blind-speakers97": {"quotes": (1.0, 1.0)},
    # the seventh Multi-News TRAIN draw, of stop 62 (helper lab98; blind-speakers98 of bench/multinews_train.py's pick rule,
    # committed on main aa854b93: mnt0352 mnt0358 mnt0359 mnt0361, 11 articles never read before, labelled before
    # newsbrief ran on them (80159464); ../external, skipped in CI), blind numbers with main aa854b93: 0.956 / 1.000 (43
    # of 45 listed right, 45 of 45 found); floor at the measured numbers rounded down, committed before its errors were
    # read; raised to 1.0 / 1.0 by spk148 (stop 63: the two "he wrote" after "after TMZ reported his arrest", Lange's;
    # a single-split run of bench/analysis.py: 45 of 45 right)
    "blind-speakers98": {"quotes": (1.0, 1.0)},
    # the eighth Multi-News TRAIN draw, of stop 63 (helper lab99; blind-speakers99 of bench/multinews_train.py's pick rule,
    # committed on main eca22596: mnt0362 mnt0365 mnt0366 mnt0367, 9 articles never read before, labelled before
    # newsbrief ran on them (470f6eae); ../external, skipped in CI), blind numbers with main eca22596: 0.796 / 0.980 (39
    # of 49 listed right, 49 of 50 found); floor at the measured numbers rounded down, committed before its errors were
    # read
    "blind-speakers99": {"quotes": (0.79, 0.98)},
    # the eighth Multi-News TRAIN draw, of stop 63 (helper lab100; blind-speakers100 of bench/multinews_train.py's pick
    # rule, committed on main eca22596: mnt0368 mnt0369 mnt0371 mnt0372 mnt0373, 13 articles never read before, labelled
    # before newsbrief ran on them (8140d8c4); ../external, skipped in CI), blind numbers with main eca22596: 0.811 / 0.974
    # (30 of 37 listed right, 37 of 38 found); floor at the measured numbers rounded down, committed before its errors
    # were read
    "blind-speakers100": {"quotes": (0.81, 0.97)},
    # the eighth Multi-News TRAIN draw, of stop 63 (helper lab101; blind-speakers101 of bench/multinews_train.py's pick
    # rule, committed on main eca22596: mnt0375 mnt0376 mnt0383 mnt0384 mnt0385 mnt0386 mnt0387, 15 articles never read
    # before, labelled before newsbrief ran on them (8ed8af62); ../external, skipped in CI), blind numbers with main
    # eca22596: 0.806 / 1.000 (29 of 36 listed right, 36 of 36 found); floor at the measured numbers rounded down,
    # committed before its errors were read
    "blind-speakers101": {"quotes": (0.8, 1.0)},
    # speakers-read60 (helper spk142, stop 60): Multi-News TRAIN mnt0294 and mnt0300, read as a reader by the lead (not
    # blind: tuning material), labelled by reading before any rule (b937019); ../external, skipped in CI. Main f0b02d9:
    # 0.933 / 1.000 (14 of 15 listed right, 12 shown right); spk142's rules: 1.000 / 1.000 (15 of 15, 15 shown right)
    "speakers-read60": {"quotes": (1.0, 1.0)},
    # speakers-read61 (helper spk145, stop 61): Multi-News validation mn:0088 (the 7th article, not English, unread) and
    # mn:0219, read as a reader by the lead (not blind: tuning material), labelled by reading before any rule (e67f715).
    # Main d61bbed0: 0.706 / 1.000 (24 of 34 listed right, 24 shown right); spk145's rules: 0.853 / 1.000 (29 of 34)
    "speakers-read61": {"quotes": (0.85, 1.0)},
    # speakers-read62 (helper read62, stop 62): DUC 2006 D0611B (articles 1-10) and Multi-News validation mn:0202, read
    # as a reader, labelled by reading before newsbrief ran on them (e05bc05). Main aa854b93: 0.879 / 0.983 (51 of 58
    # found listed right, 59 labelled); read62's rules: 0.932 / 1.000 (55 of 59, 55 shown right)
    "speakers-read62": {"quotes": (0.93, 1.0)},
    # speakers-read63 (helper read63, stop 63): DUC 2006 D0602B (articles 1-5) and Multi-News validation mn:0230, read
    # as a reader, labelled by reading before newsbrief ran on them (58754e77; Wendy Davis keyed "wendy" in 88afb5dc).
    # Main eca22596: 0.909 / 1.000 (40 of 44 listed right); read63's rules: 0.977 / 1.000 (43 of 44, 43 shown right)
    "speakers-read63": {"quotes": (0.97, 1.0)},

    # the second Multi-News TRAIN draw, of stop 57 (helper spk82; blind-speakers82 of bench/multinews_train.py's pick rule:
    # mnt0069 mnt0076 mnt0079 mnt0080 mnt0081, 12 articles never read before, labelled before newsbrief ran on them
    # (e062ff7); ../external, skipped in CI), blind numbers with main 05fcff0: 0.854 / 1.000 (41 of 48 listed right, 48
    # of 48 found); floor at the measured numbers rounded down, committed before its errors were read
    "blind-speakers82": {"quotes": (0.93, 1.0)},  # stop 58's merged main (spk135): 0.938 / 1.000 (45 of 48)
    # an ECB+ draw (helper spk79; blind-speakers51 of pick50.py: ECB+ clusters no speaker-related file of main 73e100f
    # names), blind: 0.966 / 0.806 with main 73e100f (56 of 58 listed right, 58 of 72 found); floor committed before
    # its errors were read. Stop 50's merged main 0e25a33 finds 5 more (63 of 72) and lists 60 right (0.952): the floor
    # follows the precision down with the recall up (the quotes now found carry one wrong speaker more)
    "blind-speakers51": {"quotes": (0.95, 0.87)},
    # an ECB+ draw (helper spk80; blind-speakers52 of pick50.py: ECB+ clusters no speaker-related file of main 73e100f
    # names), blind: 0.826 / 0.831 with main 73e100f (57 of 69 listed right, 69 of 83 found); floor committed before
    # its errors were read. Stop 50's merged main 0e25a33 reads its single-marked quotes (80 of 83 found) and lists 65
    # right (0.812): the floor follows the precision down with the recall up (of the 11 quotes now found, 8 are right)
    "blind-speakers52": {"quotes": (0.81, 0.96)},
    # an ECB+ draw (helper spk86; blind-speakers54 of pick51.py: ECB+ clusters no speaker-related file of main 83cf86f
    # names), blind: 0.847 / 1.000 with main 83cf86f (72 of 85 listed right, 85 of 85 found); floor committed before
    # its errors were read
    "blind-speakers54": {"quotes": (1.0, 1.0)},  # stop 52's merged main: 1.000 / 1.000 (85 of 85)
    # an ECB+ draw (helper spk87; blind-speakers55 of pick51.py: ECB+ clusters no speaker-related file of main 83cf86f
    # names), blind: 0.904 / 0.976 with main 83cf86f (75 of 83 listed right, 83 of 85 found); floor committed before
    # its errors were read
    "blind-speakers55": {"quotes": (0.95, 0.98)},  # stop 52's merged main: 0.952 / 0.988 (80 of 84)
    # an ECB+ draw (helper spk88; blind-speakers56 of pick51.py: ECB+ T43_ecbplus, which no speaker-related file of
    # main 83cf86f names), blind: 0.917 / 1.000 with main 83cf86f (44 of 48 listed right, 48 of 48 found); floor at
    # the measured numbers, rounded down; 0.938 (45 of 48) with one label key mended after it (AMD's statement shown
    # as 'Advanced Micro Devices', the expansion the article names)
    "blind-speakers56": {"quotes": (0.97, 1.0)},  # stop 52's merged main: 0.979 / 1.000 (47 of 48)
    # a DUC 2006 draw (helper spk97; blind-speakers59 of pick52.py: DUC 2006 D0609I, which no speaker-related file of
    # main 668bbde names), blind: 0.969 / 0.941 with main 668bbde (31 of 32 listed right, 32 of 34 found); floor
    # committed before its errors were read; 0.971 / 1.000 (33 of 34 right, 34 of 34 found) with one prefix mended after
    # it (AP's backtick single marks, which the cleaning makes curly, cut from Nachman's quote in articles 5 and 6)
    "blind-speakers59": {"quotes": (0.96, 0.94)},
    # the DUC 2003 draw (helper spk98; blind-speakers60 of pick52.py: DUC 2003 d103b and d129j, whole, which no
    # speaker-related file of main 668bbde names), blind: 0.988 / 1.000 with main 668bbde (81 of 82 listed right,
    # 82 of 82 found); floor committed before its errors were read
    "blind-speakers60": {"quotes": (0.98, 1.0)},
    # a DUC 2004 draw of stop 55 (helper spk72; blind-speakers72 of bench/duc2004.py's pick rule: d30008t and
    # d30011t, the kept clusters' third pair, which no label file of main 9288e2e names; ../external, skipped in CI),
    # blind: 0.901 / 1.000 (64 of 71 listed right, 71 of 71 found) with main 9288e2e plus one fix of a crash that kept
    # d30011t from being measured at all (RecursionError in quotes._resolve_body; d30008t alone on main: 0.970 / 1.000,
    # 32 of 33, the same with the fix); floor committed before its errors were read; spk72 (a relaying verb's object
    # by the parse, a name's adjective "pro-X" no name): 0.930 / 1.000 (66 of 71)
    "blind-speakers72": {"quotes": (0.97, 1.0)},  # stop 58's merged main (spk134): 0.972 / 1.000 (69)
    # the fourth WikiRef220 draw (helper spk99; blind-speakers61 of pick52.py: WikiRef220's michelle.obama topic,
    # articles 14-25, the first after blind-speakers50's, which no speaker-related file of main 668bbde names), blind:
    # 0.903 / 0.973 with main 668bbde (65 of 72 listed right, 72 of 74 found); floor committed before its errors were
    # read; 0.904 / 0.986 (66 of 73, 73 of 74) with one label prefix mended after it (a backtick the cleaning turns into
    # a curly mark: the quote was found and listed right); 0.822 / 0.986 (60 of 73) with two speaker keys then mended to
    # the written rule (a relative shares the surname: Rabbi Capers Funnye's six quotes, shown as his mother's name,
    # keyed `capers`, no longer `funnye`): the floor follows the labels down
    "blind-speakers61": {"quotes": (0.82, 0.98)},
    # the fifth WikiRef220 draw (helper spk109; blind-speakers63 of pick53.py: WikiRef220's ParisAttacks2015 topic,
    # articles 14-17, which no speaker-related file of main 8271a98 names), blind: 0.833 / 0.941 with main 4057f27
    # (40 of 48 listed right, 48 of 51 found); floor committed before its errors were read. spk117: 0.824 / 1.000 (42
    # of 51 right, 51 found: two missed quotes found right, a third found but shown as the relative who shares the
    # surname): the precision floor follows it down, the recall floor up
    "blind-speakers63": {"quotes": (0.96, 1.0)},  # stop 53's final main: 0.961 / 1.000 (49 of 51)
}


def _bench():
    return load_bench("analysis")


def test_labelled_set_precision_and_recall(shared_dir):
    """Every section of the view against the hand labels (all splits, ~1 min)."""
    table = _bench().quality()
    checks = [(section, floors, [t for name, t in table.items() if name not in SPLIT_FLOORS])
              for section, floors in FLOORS.items()]
    # a split of an external set not converted here (bench/duc2004.py) is absent from the table: not checked
    checks += [(section, floors, [table[name]]) for name, sections in SPLIT_FLOORS.items()
               for section, floors in sections.items() if name in table]
    for section, (p_floor, r_floor), splits in checks:
        acc: dict = {}
        for split in splits:
            for k, v in split.get(section, {}).items():
                if isinstance(v, int):
                    acc[k] = acc.get(k, 0) + v
        if section == "figure_conflicts":  # a split of clusters without conflicts (blind-figures6): nothing to find
            precision = acc["right"] / acc["flagged"] if acc["flagged"] else 1.0
            recall = acc["found"] / acc["labelled"] if acc["labelled"] else 1.0
        elif section == "agreement":
            precision, recall = acc["right"] / max(1, acc["items"]), acc["found"] / acc["labelled"]
        else:
            precision, recall = acc["right"] / acc["found"], acc["found"] / acc["labelled"]
        print(f"{section}: precision {precision:.3f}, recall {recall:.3f} {acc}")
        assert precision >= p_floor and recall >= r_floor, (section, precision, recall)


def test_brief_carries_the_view_in_every_format(libya_dir):
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    b = brief([libya_dir], words=80, analyze=True)
    assert b.analysis is not None and b.analysis.entity("GNA").name == "Government of National Accord"
    d = json.loads(render(b, "json"))
    assert d["analysis"]["schema"] == "newsbrief.analysis/1" and d["analysis"]["quotes"]
    assert "### Quotes" in render(b, "markdown")
    terminal = render(b, "terminal")
    assert "Where sources disagree" in terminal and "--full adds" in terminal
    html = render(b, "html")  # the story page (stop 40): its sections of the view, each in a <details>
    assert 'class="entities-section"' in html and 'class="quotes-section"' in html and "Khalifa Haftar" in html
    assert "[agreement]" in html and "<agreement>" not in html
    assert brief([libya_dir], words=80).analysis is None


def test_a_described_speaker_reads_mid_sentence(shared_dir):
    """MultiLing M006 listed "— An analyst for USGS in Colorado" beside "— a reporter for the Al Jazeera news
    agency": a speaker described (not named) is shown in lower case after the dash; names stay as written."""
    from newsbrief.analyze.quotes import as_description
    from newsbrief.pipeline import analyze

    assert as_description("An analyst for USGS in Colorado") == "an analyst for USGS in Colorado"
    assert as_description("A spokesman") == "a spokesman"
    assert as_description("A. J. Smith") == "A. J. Smith"
    assert as_description("Anne Smith") == "Anne Smith"
    cluster = next(c for c in load_clusters(shared_dir / "data/multiling2011_en/test.jsonl.gz") if c["id"] == "M006")
    quotes = analyze(cluster["articles"]).analysis.to_dict()["quotes"]
    speakers = {q["speaker"] for q in quotes if q["speaker"]}
    assert "an analyst for USGS in Colorado" in speakers
    assert not any(re.match(r"An? [a-z]", s) for s in speakers)


def test_organizations_speak_under_their_whole_names(shared_dir):
    """DUC 2006 D0627I showed "— Adoption Attorneys" and "— Family Welfare" (issue 11, spk21): the body's whole
    name as written; the director in apposition after "of ... Institute for Family Welfare" speaks, the words he
    quotes are his (docs/analysis-labels.md, "Speaker names as shown")."""
    from newsbrief.pipeline import analyze

    cluster = next(c for c in load_clusters(shared_dir / "data/duc2006/test.jsonl.gz") if c["id"] == "D0627I")
    versions = [v for q in analyze(cluster["articles"]).analysis.to_dict()["quotes"] for v in q["versions"]]
    said = {v["quote"].split()[0] + " " + v["quote"].split()[1]: v["speaker"] for v in versions}
    assert said["holds tremendous"] == "American Academy of Adoption Attorneys"
    assert said["agreed to"] == "Juan Manuel Urrutia"


def test_single_outlet_details_hold_no_links_repeats_or_captions(shared_dir):
    """Multi-News 0203's "Only one outlet reports" listed one sentence twice (the page prints it as a teaser and
    in its text), a player's tracking links glued to a gallery caption, and a photo credit over a gallery heading
    ("Bauer-Griffin Bauer-Griffin PopScene: Weeks Hottest Pics")."""
    from conftest import load_clusters

    from newsbrief.pipeline import analyze

    from newsbrief.ingest import read_articles

    path = shared_dir / "data/multinews_sample/validation.jsonl.gz"
    cluster = next(c for c in load_clusters(path) if c["id"] == "multinews-validation-sample-0203")
    # (since det25 both of 0203's pages are in their writers' first person and show no detail at all; the Libya
    # sample's details keep the test from passing on an empty list)
    for articles in (cluster["articles"], read_articles([shared_dir / "samples/libya-moscow-talks-2020"])):
        d = analyze(articles).analysis.to_dict()
        texts = [x["text"] for e in d["agreement"]["single_source"] for x in e["details"]]
        assert len(texts) == len({" ".join(t.split()) for t in texts}), texts
        assert not any("http" in t or "Bauer-Griffin" in t for t in texts), texts
    assert len(texts) >= 5, texts


@pytest.mark.parametrize("path, cid", [
    ("duc2006/test.jsonl.gz", "D0626H"),  # "killed by": "embassies in Nairobi, Kenya" / "in Kenya and Tanzania"
    ("duc2006/test.jsonl.gz", "D0648C"),  # "rejected by": the Marine Corps named twice over, one name each
    ("multinews_sample/validation.jsonl.gz", "multinews-validation-sample-0229"),  # "includes Marty Balin"
])
def test_no_differing_accounts_from_single_names_or_places(shared_dir, path, cid):
    """Every "Accounts differ" item of the four summarization sets (6) was wrong: one name per outlet (two IOC
    members from two countries, a PAC and a donor), or a list of places read as who killed. Lists of two or more
    names that meet are kept (the Libya sample's backers of Haftar and of the GNA: test_libya_backers_differ)."""
    from conftest import load_clusters

    from newsbrief.pipeline import analyze

    cluster = next(c for c in load_clusters(shared_dir / "data" / path) if c["id"] == cid)
    d = analyze(cluster["articles"]).analysis.to_dict()
    assert d["agreement"]["differences"] == [], d["agreement"]["differences"]
