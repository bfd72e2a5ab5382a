"""Labelled sets outside ``../shared`` (bench/duc2004.py): the conversion, and a split whose data is absent."""
import gzip
import json

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
