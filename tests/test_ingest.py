"""Readers: each input kind, source/date detection, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import shutil

import pytest

from newsbrief.config import Settings
from newsbrief.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    MalformedFeedError,
    MalformedJSONError,
    NoArticlesError,
    UnsupportedLanguageError,
)
from newsbrief import ingest
from newsbrief.dates import MONTH_PATTERN, WEEKDAYS, month_number, parse_date
from newsbrief.ingest import NamedInput, ReadReport, article_from_dict, read_articles, read_stream
from newsbrief.outlets import outlet_from_text as detect_source


def test_txt_first_nonempty_line_is_title_and_skips_debris(fixtures_dir):
    (art,) = read_articles([fixtures_dir / "bridge.txt"])
    assert art.title == "Bridge back open after cable work"  # not "Advertisement"
    assert art.source == "Associated Press"  # from the "(AP) —" dateline
    assert art.date == dt.date(2024, 3, 5)
    assert "Harbour Bridge reopened" in art.raw_text


def test_html_main_text_and_metadata(fixtures_dir):
    (art,) = read_articles([fixtures_dir / "article.html"])
    assert art.title and "Harbour bridge reopens" in art.title
    assert art.source == "Coastal Herald"
    assert art.date == dt.date(2024, 3, 5)
    assert "corroded support cables" in art.raw_text
    assert "Ferry service extended" not in art.raw_text  # aside dropped
    assert "All rights reserved" not in art.raw_text


def test_json_and_jsonl(fixtures_dir):
    (one,) = read_articles([fixtures_dir / "bridge.json"])
    assert one.source == "Coastal Herald" and one.title == "Bridge reopens"
    arts = read_articles([fixtures_dir / "bridge.jsonl"])
    assert [a.source for a in arts] == ["Coastal Herald", "Portville Post", "Business Daily"]
    assert arts[1].url == "https://post.example/bridge"
    assert arts[2].date == dt.date(2024, 3, 6)


def test_gzipped_cluster_jsonl_expands_articles(shared_dir):
    arts = read_articles([shared_dir / "data" / "multiling2011_en" / "test.jsonl.gz"])
    assert len(arts) == 100  # 10 clusters x 10 articles
    assert all(a.source == "Wikinews" for a in arts)


def test_directory_is_read_recursively_and_sorted(tmp_path, fixtures_dir):
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(fixtures_dir / "bridge.txt", tmp_path / "a" / "b" / "2.txt")
    shutil.copy(fixtures_dir / "bridge.json", tmp_path / "1.json")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unknown suffix: ignored
    arts = read_articles([tmp_path])
    assert [a.source for a in arts] == ["Coastal Herald", "Associated Press"]


def test_a_directorys_readme_and_licence_are_skipped_with_a_reason_and_read_when_named(tmp_path, libya_dir):
    for src in sorted(libya_dir.glob("*.txt"))[:2]:
        shutil.copy(src, tmp_path / src.name)
    (tmp_path / "README").write_text("Two articles about the Moscow talks, scraped in January 2020 for testing.\n")
    (tmp_path / "LICENSE.txt").write_text("The articles may be shared with attribution under CC-BY 4.0.\n")
    report = ReadReport(strict=True)  # a skip by design is never raised, even when strict
    arts = read_articles([tmp_path], report=report)
    assert len(arts) == 2 and not any("scraped in January" in a.raw_text for a in arts)
    assert sorted(err.path.rsplit("/", 1)[1] for err in report.errors) == ["LICENSE.txt", "README"]
    assert {err.code for err in report.errors} == {"NB110"}
    assert [p.rsplit("/", 1)[1] for p in ingest.input_files([tmp_path], ReadReport())].count("README") == 0
    named = read_articles([tmp_path / "README"])  # named: the user means it
    assert "scraped in January" in named[0].raw_text


def test_stdin_is_sniffed():
    text = b"Headline here\n\nThe council voted on Monday to approve the new budget for the coming year."
    (art,) = list(read_stream(io.BytesIO(text), "<stdin>", Settings()))
    assert art.title == "Headline here"
    lines = b'{"text": "The council voted on Monday to approve the budget."}\n{"text": "A second article about the vote."}\n'
    assert len(list(read_stream(io.BytesIO(lines), "<stdin>", Settings()))) == 2


def test_ids_are_stable_and_content_based(fixtures_dir):
    a1 = read_articles([fixtures_dir / "bridge.txt"])[0]
    a2 = read_articles([fixtures_dir / "bridge.txt"])[0]
    assert a1.id == a2.id and len(a1.id) == 16
    other = article_from_dict({"text": "Something else entirely happened in the town on Friday."})
    assert other.id != a1.id


def test_source_markers():
    assert detect_source("Jan. 14 (UPI) -- Fighting in Libya could go on.") == "UPI"
    assert detect_source("WASHINGTON (AP) -- The Senate voted.") == "Associated Press"
    assert detect_source("BEIJING, May 3 (Xinhua) -- Chinese officials said.") == "Xinhua"
    assert detect_source("Body text.\n\nrs/rt (AFP, Reuters, dpa, AP)\n") == "DW (AFP, Reuters, dpa, AP)"
    assert detect_source("An ordinary article with no marker at all.") is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020-01-14", dt.date(2020, 1, 14)),
        ("2020-01-14T10:00:00Z", dt.date(2020, 1, 14)),
        ("14 January, 2020", dt.date(2020, 1, 14)),
        ("Tuesday, 14 January 2020", dt.date(2020, 1, 14)),
        ("Jan. 14, 2020", dt.date(2020, 1, 14)),
        ("Tues. Sept 3, 2019", dt.date(2019, 9, 3)),
        ("3rd September 2019", dt.date(2019, 9, 3)),
        ("2009/06/01", dt.date(2009, 6, 1)),
        ("not a date", None),
        ("2020-02-30", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_sample_outlets_and_dates(libya_dir):
    arts = read_articles([libya_dir])
    assert len(arts) == 5
    titles = [a.title for a in arts]
    assert "Advertisement" not in titles and "• Live" not in titles
    sources = {a.source for a in arts}
    assert "UPI" in sources and "DW (AFP, Reuters, dpa, AP)" in sources
    assert arts[0].date == dt.date(2020, 1, 14)


# --- bad input -----------------------------------------------------------------


def test_empty_file(fixtures_dir):
    with pytest.raises(EmptyInputError, match="empty.txt: file is empty"):
        read_articles([fixtures_dir / "empty.txt"])


def test_binary_file(fixtures_dir):
    with pytest.raises(BinaryInputError, match="binary.txt"):
        read_articles([fixtures_dir / "binary.txt"])


def test_latin1_is_decoded_not_lost(fixtures_dir):
    (art,) = read_articles([fixtures_dir / "latin1.txt"])
    assert "Café owners in Zürich" in art.raw_text


def test_undecodable_bytes_name_line_and_offset(fixtures_dir):
    with pytest.raises(EncodingError) as err:
        read_articles([fixtures_dir / "undecodable.txt"])
    assert "undecodable.txt:1:" in str(err.value) and "0x81" in str(err.value)


def test_malformed_json_line_is_named(fixtures_dir):
    with pytest.raises(MalformedJSONError) as err:
        read_articles([fixtures_dir / "malformed.jsonl"], report=ReadReport(strict=True))
    assert "malformed.jsonl:3:" in str(err.value)


def test_one_bad_file_among_good_ones_is_skipped_with_warning(fixtures_dir):
    report = ReadReport()
    arts = read_articles([fixtures_dir / "bridge.json", fixtures_dir / "empty.txt", fixtures_dir / "binary.txt"], report=report)
    assert len(arts) == 1
    assert len(report.skipped) == 2
    assert any("empty.txt" in w for w in report.warnings)


def test_directory_with_no_articles(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(NoArticlesError, match="no readable article"):
        read_articles([tmp_path])


def test_non_english_text_is_refused_clearly(fixtures_dir):
    with pytest.raises(UnsupportedLanguageError, match="only English is supported"):
        read_articles([fixtures_dir / "french.txt"])


def test_oversized_file_is_refused_with_size(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "The council met and voted on the plan. " * 80_000)  # 3.1 MB
    with pytest.raises(InputTooLargeError, match="file is 3 MB, over the 2 MB limit"):
        read_articles([big], Settings().replace({"ingest.max_file_bytes": 2_000_000}))


def test_large_jsonl_is_streamed_past_the_file_limit(tmp_path):
    path = tmp_path / "many.jsonl"
    with open(path, "w") as fh:
        for i in range(300):
            fh.write(json.dumps({"text": f"Article {i}: the council met on Monday and voted on the plan for the harbour."}) + "\n")
    arts = read_articles([path], Settings().replace({"ingest.max_file_bytes": 1000}))
    assert len(arts) == 300


def test_gzip_json_lines(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write(json.dumps({"text": "The council met on Monday and voted on the plan for the harbour."}) + "\n")
    assert len(read_articles([path])) == 1


def test_200_mb_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "dump.txt"
    with open(big, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(InputTooLargeError, match="file is 210 MB, over the 50 MB limit"):
        read_articles([big])


# --- one walker, one reader registry ---------------------------------------------------


GOOD_FIXTURES = ["bridge.txt", "article.html", "bridge.json", "bridge.jsonl", "feed.rss", "latin1.txt"]
BAD_FIXTURES = ["empty.txt", "binary.txt", "undecodable.txt", "french.txt"]


def _fields(arts):
    return [(a.id, a.title, a.raw_text, a.source, a.url, a.date) for a in arts]


@pytest.mark.parametrize("name", GOOD_FIXTURES)
def test_in_memory_input_reads_like_the_file(tmp_path, fixtures_dir, name):
    data = (fixtures_dir / name).read_bytes()
    assert _fields(read_articles([NamedInput(name, data)])) == _fields(read_articles([fixtures_dir / name]))
    (tmp_path / (name + ".gz")).write_bytes(gzip.compress(data))
    assert (_fields(read_articles([NamedInput(name + ".gz", gzip.compress(data))]))
            == _fields(read_articles([tmp_path / (name + ".gz")])))


@pytest.mark.parametrize("name", BAD_FIXTURES)
def test_in_memory_input_fails_like_the_file(fixtures_dir, name):
    with pytest.raises(InputError) as on_disk:
        read_articles([fixtures_dir / name])
    with pytest.raises(type(on_disk.value)) as in_memory:
        read_articles([NamedInput(name, (fixtures_dir / name).read_bytes())])
    assert in_memory.value.message == on_disk.value.message


@pytest.mark.parametrize("name", ["bridge.json", "bridge.jsonl", "feed.rss", "article.html", "bridge.txt"])
def test_content_decides_when_the_name_does_not(tmp_path, fixtures_dir, name):
    nameless = tmp_path / "article"
    shutil.copy(fixtures_dir / name, nameless)
    assert _fields(read_articles([nameless])) == _fields(read_articles([fixtures_dir / name]))
    with open(fixtures_dir / name, "rb") as fh:
        assert _fields(read_stream(fh, "<stdin>", Settings())) == _fields(read_articles([fixtures_dir / name]))


def test_a_reader_is_one_registry_entry(monkeypatch, tmp_path):
    monkeypatch.setattr(ingest, "READERS", dict(ingest.READERS))

    def read_markdown(data, where, settings, report):
        title, _, body = data.decode().partition("\n")
        yield ingest.make_article(body, title=title.lstrip("# "), path=where)

    ingest.register_reader(ingest.Reader("markdown", frozenset({".md"}), read_markdown,
                                         sniff=lambda head, data: head.startswith(b"# ")))
    assert list(ingest.READERS)[-1] == "text"  # the catch-all stays last
    (tmp_path / "a.md").write_text("# Council votes\nThe council voted on Monday to approve the budget.")
    (tmp_path / "b.txt").write_text("# Not markdown\nThe council voted on Monday to approve the budget.")
    arts = read_articles([tmp_path])
    assert [a.title for a in arts] == ["Council votes", "# Not markdown"]
    assert ingest.input_files([tmp_path]) == [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    (art,) = read_articles([NamedInput("upload", b"# Pasted\nThe council voted on Monday.")])
    assert art.title == "Pasted"


def test_input_files_lists_what_a_directory_read_reads(tmp_path, fixtures_dir):
    (tmp_path / "a").mkdir()
    shutil.copy(fixtures_dir / "bridge.txt", tmp_path / "a" / "2.txt")
    shutil.copy(fixtures_dir / "bridge.json", tmp_path / "1.json")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    files = ingest.input_files([tmp_path, "-"])
    assert files == [str(tmp_path / "1.json"), str(tmp_path / "a" / "2.txt"), "-"]
    assert _fields(read_articles(files[:-1])) == _fields(read_articles([tmp_path]))


def test_a_bad_line_is_skipped_on_every_path(fixtures_dir):
    data = (fixtures_dir / "malformed.jsonl").read_bytes()
    for item in (fixtures_dir / "malformed.jsonl", NamedInput("malformed.jsonl", data)):
        report = ReadReport()
        assert len(read_articles([item], report=report)) == 2
        assert [e.line for e in report.errors] == [3]
    report = ReadReport()
    assert len(list(read_stream(io.BytesIO(data), "<stdin>", Settings(), report))) == 2
    assert "<stdin>:3: malformed JSON" in report.warnings[0]


def test_nothing_read_raises_the_one_error(tmp_path):
    path = tmp_path / "only-bad.jsonl"
    path.write_text('\n{"text": \n')
    with pytest.raises(MalformedJSONError, match="only-bad.jsonl:2"):
        read_articles([path])
    with pytest.raises(NoArticlesError, match="no article could be read.*empty.txt.*only-bad.jsonl"):
        read_articles([tmp_path / "empty.txt", path])


def test_broken_gzip_is_bad_input_not_a_crash(tmp_path):
    fake = tmp_path / "fake.txt.gz"
    fake.write_bytes(b"this is not gzip at all")
    with pytest.raises(InputError, match="fake.txt.gz: not a valid gzip file"):
        read_articles([fake])
    lines = "".join(json.dumps({"text": f"Article {i}: the council met on Monday and voted on the harbour plan."}) + "\n"
                    for i in range(2000))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(lines.encode())[:-2000])
    report = ReadReport()
    arts = read_articles([cut], report=report)
    assert 0 < len(arts) < 2000
    assert "cut.jsonl.gz: not a valid gzip file" in report.warnings[-1]


def test_a_reader_crashing_is_bad_input_naming_the_file(monkeypatch, fixtures_dir, caplog):
    import trafilatura

    def crash(*args, **kwargs):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    with pytest.raises(InputError, match=r"article.html: could not read the file \(RuntimeError\)"):
        read_articles([fixtures_dir / "article.html"])
    assert "parser bug" in caplog.text


def test_malformed_feed_is_a_feed_error(tmp_path):
    path = tmp_path / "news.rss"
    path.write_bytes(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><<<')
    with pytest.raises(MalformedFeedError, match="news.rss: malformed feed"):
        read_articles([path])


def test_feed_html_lxml_cannot_parse_is_stripped_with_a_warning(monkeypatch, fixtures_dir):
    import lxml.etree
    import lxml.html

    def refuse(html, *args, **kwargs):
        raise lxml.etree.ParserError("Document is empty")

    monkeypatch.setattr(lxml.html, "fromstring", refuse)
    report = ReadReport()
    arts = read_articles([fixtures_dir / "feed.rss"], report=report)
    assert len(arts) == 2
    assert "<p>" not in arts[0].raw_text and "steel deck" in arts[0].raw_text
    assert len(report.warnings) == 2 and "feed.rss: entry 1: unparsable HTML (Document is empty)" in report.warnings[0]
    assert report.errors == []  # nothing was skipped


def test_month_and_weekday_tables():
    assert [month_number(m) for m in ("Jan", "sept", "SEPTEMBER", "Dec.", "Mayor", "Foo")] == [1, 9, 9, 12, 5, None]
    month = re.compile(MONTH_PATTERN + r"\b")
    assert [month.match(w)[0] for w in ("January", "Jan", "Sept", "Sep", "September", "June", "Jun")] == [
        "January", "Jan", "Sept", "Sep", "September", "June", "Jun"]
    assert month.match("march") is None  # capitalized: "to march" and "may" are not months
    assert WEEKDAYS["tuesday"] == dt.date(2020, 1, 14).weekday()


def test_text_hygiene_replaces_surrogates_and_control_characters():
    from newsbrief.ingest import article_from_dict, text_hygiene

    assert text_hygiene("a\ud800b\x00c\td\ne\x85") == ("a\ufffdb\ufffdc\td\ne\ufffd", 3)
    art = article_from_dict({"text": "The council met on Monday \udfff and approved the harbour budget, officials said.",
                             "title": "Budget \x07passes"})
    assert "\udfff" not in art.raw_text and art.title == "Budget \ufffdpasses"
    assert art.removed and "1 lone surrogate or control character" in art.removed[0]
    art.raw_text.encode("utf-8")


@pytest.mark.parametrize("title, shown", [
    # DUC 2006's title fields: running text, a separator left at the end, a desk code closing a wire slug
    ("have moved separately.", None),
    ("exercise. It is written by Susan Fineman, a reading specialist in", None),
    ("Latin American Briefs /", "Latin American Briefs"),
    ("TINY TERRORIST BEETLES GOBBLE THE GREENS (DW)", "TINY TERRORIST BEETLES GOBBLE THE GREENS"),
    ("Regina Benjamin U. S. Surgeon General nominee", "Regina Benjamin U.S. Surgeon General nominee"),
    # kept: a lower-cased set's titles, a brand opening in lower case, a wire credit in a headline
    ("mourinho seek killer instinct", "mourinho seek killer instinct"),
    ("eBay buys PayPal. Shares jump", "eBay buys PayPal. Shares jump"),
    ("Obama wins second term (AP)", "Obama wins second term (AP)"),
    # DUC's SGML slugs: an undefined entity standing alone is markup, not words; a defined one is decoded
    ("&HT;", None),
    ("ACUPUNCTURE FACELIFTS GAIN POPULARITY &HT;", "ACUPUNCTURE FACELIFTS GAIN POPULARITY"),
    ("&HT; `BLACK BOXES' FOR CARS RAISE PRIVACY CONCERNS", "`BLACK BOXES' FOR CARS RAISE PRIVACY CONCERNS"),
    ("SMITH &AMP; JONES MERGE", "SMITH & JONES MERGE"),
    ("AT&T; buys cable firm", "AT&T; buys cable firm"),
    # DUC 2006's D0605E: a wire photo's reference in the title field, a wire advance code before a slug
    ("AP Photo NY303-304", None),
    ("$ADV21 BEAT ARTHRITIS NATURALLY", "BEAT ARTHRITIS NATURALLY"),
    ("AP Photographer wins Pulitzer", "AP Photographer wins Pulitzer"),
])
def test_title_fields_that_are_no_title(title, shown):
    from newsbrief.ingest import clean_title

    assert clean_title(title) == shown
