"""The error taxonomy: every user-caused failure is a NewsbriefError with a listed code and status."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief
from newsbrief import errors
from newsbrief.errors import InvalidDateError, NewsbriefError, UnknownEngineError, UnknownFormatError, UsageError

REPO = Path(__file__).resolve().parent.parent

#: Code family of each base class (errors.py's docstring).
FAMILIES = {errors.UsageError: "NB0", errors.ConfigError: "NB0", errors.InputError: "NB1", errors.ServerError: "NB5"}


def all_error_classes() -> list[type[NewsbriefError]]:
    """Every NewsbriefError subclass defined anywhere in newsbrief (all modules imported)."""
    for mod in pkgutil.walk_packages(newsbrief.__path__, "newsbrief."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)
    found, todo = [], [NewsbriefError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_is_listed_with_a_unique_code_and_an_http_status():
    classes = all_error_classes()
    assert len(classes) > 20
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes), "duplicate codes"
    for cls in classes:
        assert cls.__module__ == "newsbrief.errors", f"{cls.__name__} is not defined in errors.py"
        assert getattr(errors, cls.__name__) is cls
        assert re.fullmatch(r"NB\d{3}", cls.code), cls
        assert 400 <= cls.http_status <= 599, cls
        for base, prefix in FAMILIES.items():
            if issubclass(cls, base):
                assert cls.code.startswith(prefix), f"{cls.__name__} ({cls.code}) is not in the {prefix}xx family"
    assert all(issubclass(cls, UsageError) and cls.http_status == 400
               for cls in (InvalidDateError, UnknownFormatError, UnknownEngineError))


def test_unknown_names_are_usage_errors(tmp_path):
    from newsbrief import brief
    from newsbrief.digest import Digest, render_digest
    from newsbrief.engines.registry import get_engine
    from newsbrief.render import render
    from newsbrief.render.analysis import render_analysis

    with pytest.raises(UnknownEngineError, match="unknown engine 'hadoop'"):
        get_engine("hadoop")
    b = brief(["The council voted on Monday to approve the budget for the harbour bridge repairs.",
               "Officials said the council approved the harbour bridge budget on Monday."], words=20, analyze=True)
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render(b, "pdf")
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render_analysis(b, "pdf")
    with pytest.raises(UnknownFormatError, match="unknown format 'pdf'"):
        render_digest(Digest(date=dt.date(2020, 1, 14), entries=[]), "pdf")


def test_bad_date_in_the_library_is_an_invalid_date(tmp_path):
    from newsbrief.digest import digest
    from newsbrief.store import Store

    with Store(tmp_path / "s.db") as st:
        with pytest.raises(InvalidDateError, match="date: not a date: '14/01/2020'"):
            digest(st, "14/01/2020")
        with pytest.raises(InvalidDateError, match="until: not a date: 'soon'"):
            st.stories(until="soon")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True, cwd=REPO, timeout=120)


@pytest.mark.parametrize(
    "args, message",
    [
        (["stories", "--since", "yesterday-ish"], "since: not a date: 'yesterday-ish' (use YYYY-MM-DD) [NB003]"),
        (["stories", "--until", "2020-13-01"], "until: not a date: '2020-13-01' (use YYYY-MM-DD) [NB003]"),
        (["digest", "--date", "not-a-day"], "--date: not a date: 'not-a-day' (use YYYY-MM-DD) [NB003]"),
    ],
)
def test_bad_date_on_the_command_line_is_a_usage_error(tmp_path, args, message):
    db = tmp_path / "s.db"
    p = run(*args, "--store", str(db))
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert f"error: {message}" in err
    assert "Traceback" not in err
    if args[0] == "digest":
        assert not db.exists()  # refused before the store was opened


# --- hostile and careless input (issues 14 and 17): each ends in one coded line, nothing lost --------------

ENGLISH = ("The city council voted on Tuesday to approve the new budget for the coming year. "
           "Officials said the plan would raise spending on schools and roads by five percent. ")
OTHER = ("Lawmakers in the harbour town argued for hours on Monday about the bridge repairs. "
         "The mayor said the work would start in March and last until the end of the summer. ")


def _brief_json(*args: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    import json

    p = run("brief", "--no-analyze", "-f", "json", *args)
    return p, (json.loads(p.stdout) if p.returncode == 0 else None)


@pytest.mark.parametrize("nested", ["[" * 50_000 + "]" * 50_000, '{"a":' * 50_000 + "1" + "}" * 50_000,
                                    "[" * 40 + "]" * 40])
def test_deep_json_is_refused_in_every_json_reader(tmp_path, nested):
    import json

    from newsbrief.engines import read_jobs
    from newsbrief.errors import MalformedJSONError
    from newsbrief.ingest import ReadReport, read_articles

    (tmp_path / "deep.json").write_text(nested)
    with pytest.raises(MalformedJSONError, match="nested"):
        read_articles([tmp_path / "deep.json"])
    (tmp_path / "deep.jsonl").write_text(json.dumps({"text": ENGLISH}) + "\n" + nested + "\n")
    report = ReadReport()
    assert len(read_articles([tmp_path / "deep.jsonl"], report=report)) == 1
    assert "deep.jsonl:2: " in report.warnings[0] and "[NB104]" in report.warnings[0]
    (tmp_path / "jobs.jsonl").write_text(json.dumps({"id": "a", "articles": [ENGLISH]}) + "\n"
                                         + '{"id": "b", "articles": ' + nested + "}\n")
    bad: list = []
    assert [j.id for j in read_jobs(str(tmp_path / "jobs.jsonl"), on_error=bad.append)] == ["a"]
    assert bad and bad[0].line == 2


def test_an_over_long_json_line_is_skipped_without_being_held(tmp_path):
    import json

    from newsbrief.config import Settings
    from newsbrief.ingest import ReadReport, read_articles

    settings = Settings.load(overrides={"ingest.max_line_bytes": 1000})
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x " * 600_000}) + "\n" + json.dumps({"text": ENGLISH}) + "\n")
    report = ReadReport()
    arts = read_articles([path], settings, report)
    assert [a.raw_text for a in arts] == [ENGLISH]
    assert "big.jsonl:1: line is 1 MB, over the 1,000 bytes line limit [NB105]" in report.warnings[0]


def test_a_bad_item_of_a_json_list_skips_the_item_not_the_file(tmp_path):
    import json

    from newsbrief.ingest import ReadReport, read_articles

    (tmp_path / "list.json").write_text(json.dumps([{"text": ""}, {"text": ENGLISH}, 7, {"text": OTHER}]))
    report = ReadReport()
    arts = read_articles([tmp_path / "list.json"], report=report)
    assert [a.raw_text for a in arts] == [ENGLISH, OTHER]
    assert [w.split(":")[0] for w in report.warnings] == [f"{tmp_path}/list.json[0]", f"{tmp_path}/list.json[2]"]
    (tmp_path / "none.json").write_text("[1, 2, 3]")
    with pytest.raises(errors.MalformedJSONError, match=r"none.json\[0\]: expected a JSON object, got int"):
        read_articles([tmp_path / "none.json"])  # no item is an article: the file is bad, one error


def test_every_script_other_than_latin_is_refused_and_a_mixed_cluster_counts_only_english(tmp_path):
    import json

    from newsbrief import brief

    others = {
        "arabic": "قال مسؤولون في المدينة يوم الثلاثاء إن المجلس وافق على الميزانية الجديدة للعام المقبل. ",
        "chinese": "市议会周二投票批准了来年的新预算。官员们表示，该计划将增加学校和道路的支出。",
        "russian": "Городской совет во вторник проголосовал за новый бюджет на следующий год. ",
        "greek": "Το δημοτικό συμβούλιο ψήφισε την Τρίτη τον νέο προϋπολογισμό για το επόμενο έτος. ",
        "hebrew": "מועצת העיר הצביעה ביום שלישי בעד התקציב החדש לשנה הבאה. ",
        "hindi": "नगर परिषद ने मंगलवार को अगले वर्ष के लिए नए बजट को मंजूरी दी। ",
        "japanese": "市議会は火曜日、来年度の新しい予算を承認した。",
        "korean": "시의회는 화요일에 내년도 새 예산을 승인했다. ",
        "thai": "สภาเมืองลงมติเมื่อวันอังคารอนุมัติงบประมาณใหม่สำหรับปีหน้า ",
    }
    items = [{"text": t * 3} for t in others.values()] + [{"text": ENGLISH}, {"text": OTHER}]
    (tmp_path / "mixed.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    b = brief([tmp_path / "mixed.json"], words=50)
    assert len(b.articles) == 2
    refused = [w for w in b.warnings if "[NB106]" in w]
    assert len(refused) == len(others), b.warnings


def test_the_same_id_on_different_articles_keeps_both(tmp_path):
    import json

    from newsbrief import brief
    from newsbrief.store import Store

    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "x1", "text": ENGLISH}) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "x1", "text": OTHER}) + "\n")
    b = brief([tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "one.jsonl"], words=50)
    ids = [a.id for a in b.articles]
    assert len(ids) == 2 and ids[0] == "x1" and ids[1].startswith("x1~")
    assert any("id 'x1' was already given to a different article" in w for w in b.warnings)
    # the store: across runs, in either order, each content stored once under a stable id
    for order in ([("one",), ("two",), ("two", "one"), ("one", "two")], [("two", "one"), ("one",), ("two",)]):
        db = tmp_path / f"s{len(order)}.db"
        with Store(db) as st:
            for names in order:
                st.add([tmp_path / f"{n}.jsonl" for n in names])
            rows = st.conn.execute("SELECT id, text FROM articles ORDER BY id").fetchall()
        assert sorted(t for _, t in rows) == sorted([ENGLISH, OTHER])
        assert rows[0][0] == "x1" and rows[1][0].startswith("x1~")


def test_batch_strings_are_text_never_local_files(tmp_path):
    import json

    from newsbrief.engines import read_jobs, run_job

    secret = tmp_path / "secret.txt"
    secret.write_text("Secret note\n\n" + OTHER * 3)
    (tmp_path / "jobs.jsonl").write_text(json.dumps({"id": "s", "articles": [str(secret), ENGLISH]}) + "\n")
    doc = run_job(next(read_jobs(str(tmp_path / "jobs.jsonl"))))
    assert "harbour" not in json.dumps(doc)
    assert all(a["path"] is None for a in doc["articles"])


def test_markdown_escapes_article_text_and_links_only_http(tmp_path):
    import json

    from newsbrief import brief
    from newsbrief.render import render

    hostile = "[<img src=x onerror=alert(1)>](javascript:alert(1))"
    b = brief([{"title": hostile, "url": "javascript:alert(1)", "text": ENGLISH},
               {"title": "*bold* _x_ `code` | cell", "url": "data:text/html,hi", "text": OTHER},
               {"title": "Fine", "url": "https://example.org/a(b)<c>", "text": OTHER + ENGLISH}], words=50,
              analyze=True)
    md = render(b, "markdown")
    assert not re.search(r"(?<!\\)\]\((javascript|data):", md) and not re.search(r"(?<!\\)<img", md)
    assert "\\[\\<img src=x onerror=alert(1)\\>\\](javascript:alert(1))" in md
    assert "\\*bold\\* \\_x\\_ \\`code\\` \\| cell" in md
    assert "[Fine](https://example.org/a%28b%29%3Cc%3E)" in md
    html = render(b, "html")
    assert 'href="javascript:' not in html and 'href="data:' not in html and "<img src=x" not in html
    assert json.loads(render(b, "json"))["articles"][0]["url"] == "javascript:alert(1)"  # data, not a link


@pytest.mark.parametrize("words", [-5, 0, 9, 5001, "many"])
def test_library_words_out_of_range_is_a_usage_error(words):
    from newsbrief import brief

    with pytest.raises(UsageError, match=r"selection.words must be .* \(argument words\) \[NB002\]"):
        brief([ENGLISH, OTHER], words=words)


def test_output_to_a_folder_or_a_full_disk_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Budget\n\n" + ENGLISH * 3)
    (tmp_path / "b.txt").write_text("Bridge\n\n" + OTHER * 3)
    (tmp_path / "jobs.jsonl").write_text('{"id": "s", "articles": ["%s"]}\n' % ENGLISH)
    cases = [("brief", "--no-analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path)),
             ("batch", str(tmp_path / "jobs.jsonl"), "-o", str(tmp_path))]
    if Path("/dev/full").exists():
        cases += [("brief", "--no-analyze", str(tmp_path / "a.txt"), "-o", "/dev/full"),
                  ("batch", str(tmp_path / "jobs.jsonl"), "-o", "/dev/full")]
    for args in cases:
        p = run(*args)
        err = p.stderr.decode()
        assert p.returncode == 1 and "Traceback" not in err, err
        assert "cannot write the output: " in err and "[NB007]" in err
        assert ("it is a folder" in err) if args[-1] == str(tmp_path) else ("the disk is full" in err)


def test_truncated_gzip_says_so_with_the_file_and_a_code(tmp_path):
    import gzip
    import json
    import random

    rng = random.Random(3)
    words = ENGLISH.split() + OTHER.split()
    lines = "".join(json.dumps({"text": " ".join(rng.choice(words) for _ in range(300))}) + "\n" for _ in range(30))
    blob = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(("Title\n\n" + lines).encode())[:2000])
    jobs = "".join(json.dumps({"id": i, "articles": [" ".join(rng.choice(words) for _ in range(300))]}) + "\n"
                   for i in range(30))
    blob = gzip.compress(jobs.encode())
    (tmp_path / "jobs.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    for args in (["brief", "--no-analyze", str(tmp_path / "cut.txt.gz")],
                 ["ingest", "--no-progress", "--store", str(tmp_path / "s.db"), str(tmp_path / "cut.jsonl.gz")],
                 ["batch", str(tmp_path / "jobs.jsonl.gz"), "-o", str(tmp_path / "out.jsonl")]):
        p = run(*args)
        err = p.stderr.decode()
        assert "Traceback" not in err and "Aborted" not in err, err
        assert "not a valid gzip file: it is cut short (truncated) [NB100]" in err, err
        assert args[-1].split("/")[-1] in err or "jobs.jsonl.gz" in err


def test_spark_start_failures_are_one_line(monkeypatch):
    pytest.importorskip("pyspark")
    from newsbrief.engines import BriefJob
    from newsbrief.engines.spark import SparkEngine
    from newsbrief.errors import SparkUnavailableError

    job = BriefJob(id="s", articles=[{"text": ENGLISH}])
    with pytest.raises(SparkUnavailableError, match=r"not a Spark master URL: 'bogus'") as info:
        list(SparkEngine(master="bogus").run([job]))
    assert "\n" not in str(info.value)
    monkeypatch.setenv("JAVA_HOME", "/nonexistent")
    with pytest.raises(SparkUnavailableError, match="Spark needs Java, which was not found") as info:
        list(SparkEngine().run([job]))
    assert "\n" not in str(info.value)


@pytest.mark.slow
def test_twenty_processes_creating_one_new_store_all_succeed(tmp_path):
    code = "import sys\nfrom newsbrief.store import Store\nStore(sys.argv[1]).open().close()\nprint('ok')"
    path = tmp_path / "new.sqlite3"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(20)]
    outs = [p.communicate(timeout=300) for p in procs]
    failed = [err.decode()[-300:] for out, err in outs if out.strip() != b"ok"]
    assert not failed, failed


@pytest.mark.slow
def test_two_ingest_processes_on_one_store_lose_and_duplicate_nothing(tmp_path):
    import json
    import random

    from newsbrief.store import Store

    rng = random.Random(7)
    vocab = (ENGLISH + OTHER).lower().replace(".", "").split()

    def article(i: int) -> dict:
        return {"id": f"a{i}", "text": f"Story {i}. " + " ".join(rng.choice(vocab) for _ in range(120)) + "."}

    arts = [article(i) for i in range(400)]
    shared = arts[:100]  # given to both writers
    for name, part in (("one", shared + arts[100:250]), ("two", shared + arts[250:])):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(a) + "\n" for a in part))
    db = tmp_path / "s.db"
    procs = [subprocess.Popen([sys.executable, "-m", "newsbrief", "ingest", "--no-progress", "--batch-size", "16",
                               "--store", str(db), str(tmp_path / f"{name}.jsonl")], stderr=subprocess.PIPE)
             for name in ("one", "two")]
    errs = [p.communicate(timeout=600)[1].decode() for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    with Store(db) as st:
        ids = [r[0] for r in st.conn.execute("SELECT id FROM articles")]
        assert st.check() == []
    assert sorted(ids) == sorted(a["id"] for a in arts)


def test_lone_surrogates_in_metadata_are_replaced_like_in_text():
    """Found by the fuzz suite: a surrogate in a URL failed in the article id's hash."""
    import json

    from newsbrief import brief
    from newsbrief.render import FORMATS, render

    b = brief([{"text": ENGLISH, "url": "http://example.org/\ud800", "id": "a\ud800", "source": "S\udfff",
                "title": "T\ud800"}, OTHER], words=50)
    a = next(a for a in b.articles if a.url)
    assert (a.url, a.id, a.title) == ("http://example.org/\ufffd", "a\ufffd", "T\ufffd")
    for fmt in FORMATS:
        render(b, fmt).encode("utf-8")
    json.dumps(b.to_dict(), ensure_ascii=False).encode("utf-8")


def test_fifo_and_symlink_loop_are_skipped_with_what_they_are(tmp_path: Path) -> None:
    """A named pipe is never opened (it would block) and a symlink loop is named as one (each a skip beside good files)."""
    import os

    from newsbrief.config import Settings
    from newsbrief.ingest import read_path

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(errors.InputError, match="not a regular file"):
        list(read_path(str(tmp_path / "pipe.txt"), Settings()))
    with pytest.raises(errors.InputError, match="symbolic link that leads nowhere"):
        list(read_path(str(tmp_path / "a.txt"), Settings()))
