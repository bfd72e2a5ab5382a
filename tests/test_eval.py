"""The eval harness: datasets, budget rule, ROUGE scoring, systems, CLI, and
the eval gate (pinned ROUGE-2 floors on small subsets of real data)."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.errors import DatasetError, MissingExtraError, UnknownSystemError
from newsbrief.eval import dataset_digest, evaluate, read_clusters, resolve_systems
from newsbrief.eval import registry
from newsbrief.eval.budget import cut, take_sentences
from newsbrief.eval.clustering import bcubed
from newsbrief.eval.scoring import RougeScorer
from newsbrief.eval.tokens import RougeTokenizer

DUC = ("data", "duc2003_task3", "test.jsonl.gz")


@pytest.fixture(scope="module")
def duc_path(shared_dir):
    return shared_dir.joinpath(*DUC)


@pytest.fixture(scope="module")
def duc_report(duc_path):
    return evaluate([duc_path], words=100, systems="newsbrief,lead,oracle", limit=2)


# --- budget rule ------------------------------------------------------------------


def test_cut_is_whole_sentences_then_exactly_n_words():
    sents = ["One two three four.", "Five six seven.", "Eight nine ten eleven twelve."]
    assert take_sentences(sents, 5) == sents[:2]  # second sentence overflows, third is never taken
    assert cut(sents, 5) == "One two three four. Five"
    assert len(cut(sents, 9).split()) == 9
    assert cut(sents, 100) == " ".join(sents)  # fewer words only when fewer were proposed
    assert cut([], 10) == ""


def test_every_system_is_cut_to_exactly_the_budget(duc_report):
    assert {c.words for c in duc_report.clusters} == {100}


# --- scoring -------------------------------------------------------------------------


def test_tokenizer_matches_rouge_score(duc_path):
    from rouge_score.tokenizers import DefaultTokenizer

    ref = DefaultTokenizer(use_stemmer=True)
    ours = RougeTokenizer()
    cluster = next(read_clusters(duc_path, limit=1))
    for text in (*cluster.references, cluster.articles[0]["text"][:3000], "U.S.-led talks' 3.5% rise -- don't!"):
        assert ours.tokenize(text) == ref.tokenize(text)


def test_scores_average_over_references():
    from rouge_score import rouge_scorer

    refs = ["the cat sat on the mat", "a dog ran in the park today"]
    summary = "the cat ran in the park"
    got = RougeScorer().score(refs, summary)["rouge2"]
    plain = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    want = sum(plain.score(r, summary)["rouge2"].recall for r in refs) / 2
    assert got.recall == pytest.approx(want)
    assert RougeScorer().score(refs, "")["rouge1"].fmeasure == 0.0


def test_scores_are_sane_on_real_clusters(duc_report):
    for r in duc_report.results:
        assert r.clusters == 2
        assert 0.15 < r.rouge1.recall < 0.6, r
        assert 0.0 < r.rouge2.recall < r.rouge1.recall
        assert r.rouge2_recall_ci[0] <= r.rouge2.recall <= r.rouge2_recall_ci[1]
    assert duc_report.result("duc2003_task3/test", "newsbrief").rouge2.recall > 0.04


def test_oracle_is_a_ceiling(duc_report):
    by = {(c.cluster, c.system): c for c in duc_report.clusters}
    for (cluster, system), c in by.items():
        if system != "oracle":
            assert by[(cluster, "oracle")].rouge2.recall >= c.rouge2.recall


def test_bootstrap_interval_is_reproducible(duc_path):
    a = evaluate([duc_path], 100, "lead", limit=3).results[0].rouge2_recall_ci
    b = evaluate([duc_path], 100, "lead", limit=3).results[0].rouge2_recall_ci
    assert a == b


# --- datasets and systems ------------------------------------------------------------


def test_plain_jsonl_and_gzip_read_alike(duc_path, tmp_path):
    plain = tmp_path / "duc.jsonl"
    with gzip.open(duc_path, "rt", encoding="utf-8") as fh:
        plain.write_text("".join(next(fh) for _ in range(2)), encoding="utf-8")
    a = list(read_clusters(plain))
    b = list(read_clusters(duc_path, limit=2))
    assert [c.id for c in a] == [c.id for c in b]
    assert a[0].references == b[0].references and len(a[0].references) == 4


def test_bad_dataset_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    good = {"id": "x", "articles": [{"text": "Officials said the bridge reopened on Monday."}], "summaries": ["The bridge reopened."]}
    bad.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        list(read_clusters(bad))
    assert err.value.line == 2 and "bad.jsonl" in str(err.value)
    nosum = tmp_path / "nosum.jsonl"
    nosum.write_text(json.dumps({**good, "summaries": []}) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="summaries"):
        list(read_clusters(nosum))


def test_system_names_resolve():
    assert resolve_systems("newsbrief,lead") == ["newsbrief", "lead"]
    assert "sumy-kl" in resolve_systems("peers") and "oracle" in resolve_systems("all")
    with pytest.raises(UnknownSystemError):
        resolve_systems("newsbrief,gpt")


def test_registry_builds_each_system_under_its_name():
    built = 0
    for name, factory in registry.SYSTEMS.items():
        try:
            system = registry.make_system(name)
        except MissingExtraError:  # a peer whose package is not installed
            assert name in registry.PEERS
            continue
        assert system.name == name and type(system) is type(factory(None))
        built += 1
    assert built >= len(registry.BUILTIN) == 3
    with pytest.raises(UnknownSystemError, match="choose from newsbrief, lead, oracle"):
        registry.make_system("gpt")


def test_a_system_is_one_registry_entry(monkeypatch):
    from newsbrief.eval.systems import LeadSystem

    monkeypatch.setitem(registry.SYSTEMS, "lead-again", lambda settings: LeadSystem())
    assert registry.resolve_systems("lead-again,lead") == ["lead-again", "lead"]
    assert isinstance(registry.make_system("lead-again"), LeadSystem)


def test_eval_help_lists_every_registered_system():
    res = CliRunner().invoke(app, ["eval", "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert res.exit_code == 0
    for name in registry.SYSTEMS:
        assert name in res.output


def test_bcubed_on_a_hand_computed_example():
    # gold a = {0, 1}, b = {2}; predicted 1 = {0, 1, 2}. Precision per item:
    # 2/3, 2/3, 1/3 -> 5/9; recall 1 each; F1 = 2 * 5/9 / (5/9 + 1) = 5/7.
    p, r, f = bcubed(["a", "a", "b"], [1, 1, 1])
    assert (p, r, f) == pytest.approx((5 / 9, 1.0, 5 / 7))
    # gold a = {0, 1, 2}, b = {3, 4}; predicted x = {0, 1}, y = {2, 3, 4}.
    # precision 1, 1, 1/3, 2/3, 2/3 -> 11/15; recall 2/3, 2/3, 1/3, 1, 1 -> 11/15
    assert bcubed(list("aaabb"), list("xxyyy")) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    # singletons: precision 1, recall 1/2, 1/2, 1 -> 2/3; F1 = 4/5
    assert bcubed(["a", "a", "b"], [1, 2, 3]) == pytest.approx((1.0, 2 / 3, 4 / 5))
    assert bcubed(["a", "a", "b"], ["q", "q", "r"]) == (1.0, 1.0, 1.0)
    assert bcubed([], []) == (0.0, 0.0, 0.0)


def test_budgeted_kl_picks_what_sumy_kl_picks(shared_dir):
    """Our early-stopping KL-Sum must choose exactly sumy's KL-Sum sentences."""
    pytest.importorskip("sumy")
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.utils import get_stop_words

    from newsbrief.eval import prepare_cluster
    from newsbrief.eval.peers import SumyPeer, _BudgetCount

    path = shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"
    cluster = next(read_clusters(path, limit=1))
    brief = prepare_cluster(cluster)
    peer = SumyPeer("sumy-kl", "KLSummarizer")
    ours = peer.summarize(brief, 100)
    full = KLSummarizer(Stemmer("english"))
    full.stop_words = get_stop_words("english")
    theirs = [str(s) for s in full(peer.document(brief), _BudgetCount(100))]
    assert ours == theirs and len(" ".join(ours).split()) >= 100


def test_peers_run_on_our_sentences(shared_dir):
    pytest.importorskip("sumy")
    pytest.importorskip("summa")
    pytest.importorskip("lexrank")
    path = shared_dir / "data" / "multinews_sample" / "validation.jsonl.gz"
    report = evaluate([path], 60, "peers", limit=1)
    assert {r.system for r in report.results} == set(resolve_systems("peers"))
    for c in report.clusters:
        assert c.words == 60 and c.rouge1.recall > 0.05, c


# --- CLI ------------------------------------------------------------------------------


def test_cli_prints_table_and_writes_json(duc_path, tmp_path):
    out = tmp_path / "scores.json"
    res = CliRunner().invoke(app, ["eval", str(duc_path), "--words", "100", "--systems", "newsbrief,lead,oracle",
                                   "--limit", "2", "--json", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    for word in ("newsbrief", "lead", "oracle", "R-2 R", "R-1 F", "s/cluster"):
        assert word in res.output
    data = json.loads(out.read_text())
    assert len(data["clusters"]) == 6  # 2 clusters x 3 systems
    assert {"rouge1", "rouge2", "rougeL", "seconds", "cluster"} <= set(data["clusters"][0])
    assert data["results"][0]["rouge2"]["recall"] > 0


def test_cli_bad_input_is_a_message(tmp_path):
    res = CliRunner().invoke(app, ["eval", str(tmp_path / "missing.jsonl.gz"), "--no-progress"])
    assert res.exit_code == 1 and "NB300" in res.output
    res = CliRunner().invoke(app, ["eval", str(tmp_path / "missing.jsonl.gz"), "--systems", "nope"])
    assert res.exit_code == 1 and "unknown system" in res.output


# --- eval gate --------------------------------------------------------------------------

#: Pinned floors of newsbrief's mean ROUGE-2 recall (x100) on small subsets of
#: each dataset, a little below what was measured (see docs/benchmarks.md), so a
#: quality regression fails CI. Raise them when the summarizer improves; never
#: lower one without a measured reason. Lowered once, for issue 10 (readable
#: briefs: no sentence leaning on context it does not show, no repeated fact,
#: debris removed): duc2003 8.75 -> 8.50, duc2006 9.17 -> 8.99, multiling
#: 23.07 -> 22.81 on these subsets, for 0 unresolved leading references (was
#: 4.6-11.9% of summary sentences) and 0 headlines copying a sentence. Lowered a
#: second time for issue 10, after reading briefs of clusters no one had tuned on
#: (tests/labels/brief_sentences.tsv): the writer's voice, quotation tails, page
#: fragments and described-but-unnamed persons no longer stand alone (faults shown
#: in the labelled Multi-News briefs 63 of 287 -> about 23; lean-detector recall
#: 0.27 -> 0.77): duc2003 8.50 -> 8.34, duc2006 8.99 -> 8.80 on these subsets
#: (full sets 8.94 -> 8.85 and 10.20 -> 10.22; multiling and multinews held).
#: Raised after a third reader pass (leading quantifiers, references inside a
#: sentence, run-in subheads, listing lines): duc2003 8.3 -> 8.35 (measured
#: 8.39), duc2006 8.75 -> 8.8 (measured 8.85); multinews measured 19.47
#: (was 19.57), multiling 23.20 (held); floors kept.
GATE_EPSILON = 0.1
GATE = {
    # dataset path under ../shared, budget, clusters, sha256 prefix of the file, floor
    # duc2003 8.35 -> 8.30 (stop 37): "The second, 79-year-old Ernest L. Wester ... died the same day." now leans
    # on the sentence before (the second of whom?), which moves d109d's overflow sentence: 8.29 -> 8.25 on these
    # 10 clusters, 8.77 -> 8.75 on all 30
    "duc2003_task3": (("data", "duc2003_task3", "test.jsonl.gz"), 100, 10, "ae00f77998530c00", 8.30),  # measured 8.39
    # duc2006 8.8 -> 8.7 (stop 44): a connective between commas is deleted ("Republicans, meanwhile, are ..."), so
    # the shorter sentences move D0601A's and D0613D's packing: 8.72 -> 8.62 on these 4 clusters, while all 50 read
    # 10.32 -> 10.31 (ROUGE-1 recall 41.06 -> 41.07)
    "duc2006": (("data", "duc2006", "test.jsonl.gz"), 250, 4, "488c26db1c8d67ab", 8.7),  # measured 8.85; 8.72; 8.62
    "multiling2011_en": (("data", "multiling2011_en", "test.jsonl.gz"), 250, 10, "7b4b737dd933038b", 22.75),  # measured 22.81
    "multinews": (("data", "multinews_sample", "validation.jsonl.gz"), 250, 25, "12c0ecfa1a4c2e1c", 19.1),  # measured 19.47; 19.26; 19.24 (19.92 before title weights and the overflow cut; the full 250 clusters went 17.52 -> 17.87)
}


@pytest.mark.parametrize("name", sorted(GATE))
def test_eval_gate(shared_dir, name):
    parts, words, limit, digest, floor = GATE[name]
    path = shared_dir.joinpath(*parts)
    assert dataset_digest(path).startswith(digest), f"{path} changed: re-measure the floors of the eval gate"
    report = evaluate([path], words, "newsbrief", limit=limit)
    got = report.results[0].rouge2.recall * 100
    assert got >= floor - GATE_EPSILON, f"{name}: ROUGE-2 recall {got:.2f} under the pinned floor {floor:.2f}"
