"""Labelled sets outside ``../shared`` (bench/duc2004.py, bench/multinews_train.py): the conversion, and a split whose
data is absent."""
import gzip
import json
from pathlib import Path

from conftest import load_bench

SGML = """<DOC>
<DOCNO> APW19981016.0240 </DOCNO>
<DOCTYPE> NEWS </DOCTYPE>
<TEXT>
Cambodian leader Hun Sen on Friday rejected demands, accusing them of trying to ``internationalize''
the crisis. ``No-one should internationalize Cambodian affairs,'' he
said.
</TEXT>
</DOC>
"""


def test_a_duc_document_reads_as_one_paragraph_with_its_wire_marks():
    a = load_bench("duc2004").article("APW19981016.0240", SGML)
    assert a["date"] == "1998-10-16" and a["source"] == "Associated Press Worldstream" and a["title"] is None
    assert a["text"].startswith("Cambodian leader Hun Sen on Friday") and "\n" not in a["text"]
    assert "``No-one should internationalize Cambodian affairs,'' he said." in a["text"]


def test_an_external_split_not_converted_is_named_and_left_out(tmp_path, monkeypatch, capsys):
    bench = load_bench("analysis")
    monkeypatch.setattr(bench, "EXTERNAL", tmp_path)
    assert "duc2004/test.jsonl.gz is absent" in bench.missing_data("duc04:d30001t")
    assert bench.missing_data("duc:d100a") is None
    labels = {"split": {"ext": ["duc04:d30001t"]}, "quotes": {"duc04:d30001t": [[1, "No-one should", "hun sen"]]}}
    monkeypatch.setattr(bench, "load_labels", lambda: labels)
    assert bench.quality() == {}
    assert "split ext skipped" in capsys.readouterr().err


def test_an_external_cluster_is_read_when_converted(tmp_path, monkeypatch):
    bench = load_bench("analysis")
    monkeypatch.setattr(bench, "EXTERNAL", tmp_path)
    (tmp_path / "duc2004").mkdir()
    art = load_bench("duc2004").article("APW19981016.0240", SGML)
    with gzip.open(tmp_path / "duc2004" / "test.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "d30001t", "date": art["date"], "articles": [art], "summaries": []}) + "\n")
    (a,) = bench.labelled_articles("duc04:d30001t")
    assert "Hun Sen" in a.body


def test_a_multinews_train_cluster_converts_as_the_validation_sample_did():
    mnt = load_bench("multinews_train")
    docs = ["Officials said on Monday the bridge would reopen. \n \n \"It is safe,\" the mayor said.",
            "The bridge reopened on Monday after repairs, officials said, a day early.",
            "A recipe for lemon cake: flour, sugar, eggs and butter, baked for forty minutes."]
    row = (docs, "– The bridge reopened on Monday after repairs, a day early, officials said.")
    (c,), stats = mnt.clusters([row, (["Storm hits the coast."], "– Storm hits the coast.")],
                               validation=Path("/nonexistent"))
    assert stats["noise_articles"] == 1 and stats["one_article_clusters"] == 1 and c["id"] == "mnt0001"
    assert c["summaries"] == ["The bridge reopened on Monday after repairs, a day early, officials said."]
    assert c["articles"][0]["text"].endswith("reopen.\n\n\"It is safe,\" the mayor said.")
    assert len(c["articles"]) == 2 and c["num_documents_original"] == 3 and mnt.cluster_pairs(c) == 1
    try:
        mnt.read_rows(Path("/nonexistent"), path="multi_news/sample_test.csv")
    except ValueError as e:
        assert "never read" in str(e)
    else:
        raise AssertionError("a test file was read")


def test_a_multinews_train_split_not_converted_is_named_and_left_out(tmp_path, monkeypatch, capsys):
    bench = load_bench("analysis")
    monkeypatch.setattr(bench, "EXTERNAL", tmp_path)
    assert "multinews_train/train.jsonl.gz is absent (make it with bench/multinews_train.py)" in bench.missing_data(
        "mnt:mnt0001")
    labels = {"split": {"ext": ["mnt:mnt0001"]}, "quotes": {"mnt:mnt0001": [[1, "It is safe", "mayor"]]}}
    monkeypatch.setattr(bench, "load_labels", lambda: labels)
    assert bench.quality() == {}
    assert "split ext skipped" in capsys.readouterr().err


def test_a_multinews_train_cluster_is_read_when_converted(tmp_path, monkeypatch):
    bench = load_bench("analysis")
    monkeypatch.setattr(bench, "EXTERNAL", tmp_path)
    (tmp_path / "multinews_train").mkdir()
    arts = [{"title": "", "text": t, "source": "", "url": "", "date": None}
            for t in ("The bridge reopened on Monday after repairs, officials said.",
                      "Officials said the bridge reopened on Monday, a day early.")]
    with gzip.open(tmp_path / "multinews_train" / "train.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "mnt0001", "date": None, "articles": arts, "summaries": ["x"]}) + "\n")
    a, b = bench.labelled_articles("mnt:mnt0001")
    assert "bridge reopened" in a.body and a.title is None and a.source is None
