"""The terminal as a reader sees it: help without placeholder types, the
cross-source view laid out by Rich within the width, counted warnings."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsbrief.cli import app
from newsbrief.cli.store import SKIPPED_SHOWN, report_lines
from newsbrief.errors import InputError
from newsbrief.ingest import ReadReport

COMMANDS = ["brief", "batch", "eval", "ingest", "stories", "story", "digest", "follow", "serve", "analyze"]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_names_values_without_placeholder_types(command):
    args = ([command] if command else []) + ["--help"]
    res = CliRunner().invoke(app, args, env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert res.exit_code == 0, res.output
    for placeholder in ("<str>", "<bool>", "<int", "<path>", "<list", "<float"):
        assert placeholder not in res.output, (command, placeholder)
    if command == "brief":
        assert "--words" in res.output and "WORDS" in res.output and "PATHS..." in res.output


def test_missing_argument_names_it_in_capitals():
    res = CliRunner().invoke(app, ["brief"])
    assert res.exit_code == 2 and "PATHS" in res.output


def _report(n_french: int, n_empty: int) -> ReadReport:
    report = ReadReport()
    for i in range(n_french):
        report.skip(InputError("text does not look English (7% English words)", path="feed.jsonl", line=i + 1))
    for i in range(n_empty):
        report.skip(InputError("article has no 'text'", path="feed.jsonl", line=100 + i))
    return report


def test_repeated_skips_are_one_counted_line():
    lines = report_lines(_report(SKIPPED_SHOWN + 273, 1), verbose=False)
    assert lines == ["feed.jsonl:100: article has no 'text' [NB100]",
                     f"{SKIPPED_SHOWN + 273} articles skipped: text does not look English (--verbose lists them)"]
    assert len(report_lines(_report(SKIPPED_SHOWN + 273, 1), verbose=True)) == SKIPPED_SHOWN + 274


def test_few_skips_are_listed():
    assert len(report_lines(_report(2, 1), verbose=False)) == 3


@pytest.mark.slow
@pytest.mark.parametrize("width", [60, 100])
def test_cross_source_view_fits_the_width(libya_dir, width):
    from newsbrief.pipeline import brief
    from newsbrief.render import to_terminal

    result = brief([str(libya_dir)], analyze=True)
    short = to_terminal(result, width=width)
    full = to_terminal(result, width=width, full=True)
    for text in (short, full):
        assert max(len(line) for line in text.splitlines()) <= width
        assert "|---" not in text and "### " not in text  # no raw Markdown
        assert "Where sources disagree" in text and "Accounts differ" in text
    assert "Coverage grid" not in short and "--full adds" in short
    assert "Coverage grid" in full and "People, places and organizations" in full
    assert len(short.splitlines()) < len(full.splitlines()) / 2


def test_coverage_of_one_shared_fact_reads_as_a_sentence():
    """"Every source reports all 1 shared fact." (DUC 2006 D0627I in a terminal) reads as a slip: one fact is "the
    one shared fact", for every source and for one that left it out."""
    from io import StringIO

    from rich.console import Console

    from newsbrief.render.analysis import analysis_rich

    def shown(d):
        out = StringIO()
        analysis_rich(d, Console(file=out, width=100, color_system=None))
        return " ".join(out.getvalue().split())

    sources = [{"n": 1, "outlet": "AP"}, {"n": 2, "outlet": "Reuters"}]
    fact = [{"id": "F1", "text": "The bridge reopened on Monday.", "sources": [1, 2]}]
    every = shown({"sources": sources, "facts": fact, "coverage": [
        {"source": 1, "outlet": "AP", "covers": ["F1"], "omits": []},
        {"source": 2, "outlet": "Reuters", "covers": ["F1"], "omits": []}]})
    assert "Every source reports the one shared fact." in every and "all 1" not in every
    one_left = shown({"sources": sources, "facts": fact, "coverage": [
        {"source": 1, "outlet": "AP", "covers": ["F1"], "omits": []},
        {"source": 2, "outlet": "Reuters", "covers": [], "omits": ["F1"]}]})
    assert "did not report the one shared fact." in one_left and "1 of the 1" not in one_left
    two = shown({"sources": sources, "facts": fact * 2, "coverage": [
        {"source": 1, "outlet": "AP", "covers": ["F1", "F2"], "omits": []},
        {"source": 2, "outlet": "Reuters", "covers": ["F1"], "omits": ["F2"]}]})
    assert "did not report 1 of the 2 shared facts." in two


def test_one_independent_source_has_no_most_outlets_heading():
    """Ten Wikinews articles (MultiLing M006) are one independent source: the terminal and Markdown views said
    "Reported by most outlets (at least 1 of 1 source)" then "Nothing is reported by most outlets."; the view's
    opening line already says there is no second outlet to compare with."""
    from io import StringIO

    from rich.console import Console

    import newsbrief
    from newsbrief.render.analysis import analysis_markdown, analysis_rich

    b = newsbrief.brief([
        {"text": "The Harbor Bridge over the Elm River reopened on Monday after two weeks of repairs, city officials "
                 "said. Traffic was light in the morning.", "source": "Wikinews", "title": "Bridge reopens"},
        {"text": "City officials said the Harbor Bridge over the Elm River reopened Monday after two weeks of repairs. "
                 "Commuters cheered the news.", "source": "Wikinews", "title": "Harbor Bridge open again"}],
        words=50, analyze=True)
    d = b.analysis.to_dict()
    out = StringIO()
    analysis_rich(d, Console(file=out, width=100, color_system=None), full=True)
    shown = " ".join(out.getvalue().split())
    assert "no second outlet" in shown
    assert "most outlets" not in shown
    assert "most outlets" not in analysis_markdown(d)


def test_an_outlet_nothing_names_is_its_number_in_the_terminal():
    """Multi-News pages name no outlet: each line of the terminal view ended "[1] unknown outlet [1]" and the
    coverage said "[1] unknown outlet [1] did not report 3 of the 5 shared facts."; the number is the source (the
    sources table lists it), so it reads "source [1]"."""
    from io import StringIO

    from rich.console import Console

    from newsbrief.render.analysis import analysis_rich

    sources = [{"n": 1, "outlet": "unknown outlet [1]"}, {"n": 2, "outlet": "Reuters"}]
    fact = [{"id": "F1", "text": "The bridge reopened on Monday.", "sources": [1, 2]},
            {"id": "F2", "text": "Traffic was light.", "sources": [2]}]
    out = StringIO()
    analysis_rich({"sources": sources, "facts": fact, "coverage": [
        {"source": 1, "outlet": "unknown outlet [1]", "covers": ["F1"], "omits": ["F2"]},
        {"source": 2, "outlet": "Reuters", "covers": ["F1", "F2"], "omits": []}]},
        Console(file=out, width=100, color_system=None))
    shown = " ".join(out.getvalue().split())
    assert "Source [1] did not report 1 of the 2 shared facts." in shown, shown
    assert "unknown outlet" not in shown


def test_an_undated_source_says_in_words_what_its_relative_dates_were_read_against():
    """The view's source lists said "undated; dates resolved against 2012-06-30 (cluster-text)", a field's value;
    they say where the date comes from in words (stop 40, a WikiRef220 topic read in Markdown)."""
    from newsbrief.render.analysis import source_dated

    s = {"date": None, "anchor_date": "2012-06-30", "anchor_from": "cluster-text"}
    assert source_dated(s) == "undated; relative dates read as of 2012-06-30, the latest date in these articles"
    assert source_dated({**s, "anchor_from": "dateline"}).endswith("as of 2012-06-30, its dateline")
    assert source_dated({**s, "anchor_date": None}) == "undated"
    assert source_dated({**s, "date": "2013-04-02"}) == "2013-04-02"
