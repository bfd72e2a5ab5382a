"""Store commands: ``newsbrief ingest``, ``stories``, ``story`` and ``digest``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..digest import DIGEST_FORMATS
from ._app import app
from ._util import ConfigOption, FormatOption, check_format, err_console, errors_to_exit, fail, format_option, load_settings, warn, write_output

STORE_HELP = "Store file (default: $NEWSBRIEF_STORE or newsbrief/store.sqlite3 in the user data directory)."
#: Skipped inputs listed by ``ingest`` without ``--verbose`` (the summary counts all of them).
SKIPPED_SHOWN = 10
StoreOption = Annotated[Path | None, typer.Option("--store", help=STORE_HELP)]


def _store(path: Path | None, settings, **kwargs):
    """The store at ``path`` (``--store``), else ``store.path`` of the settings, else the default."""
    from ..store import Store

    return Store(path, settings=settings, **kwargs)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files or directories (.txt, .html, .json, .jsonl(.gz), RSS/Atom feeds), or - for stdin.")],
    store: StoreOption = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar over the files.")] = True,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=100_000, help="Articles per transaction (a kill loses at most one batch).")] = 256,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every skipped input (refused articles), "
                                          "not only the first ten.")] = False,
    config: ConfigOption = None,
) -> None:
    """Add articles to the store: de-duplicated and grouped into stories.

    Inputs that cannot be read (empty, malformed, not English) are skipped:
    the summary counts them by reason, the warnings list them."""
    from rich.progress import track

    from ..ingest import ReadReport, input_files, read_inputs

    with errors_to_exit():
        settings = load_settings(config)
        report = ReadReport()
        files = input_files(paths)
        seq = track(files, description="ingesting", console=err_console, transient=True) if progress and len(files) > 1 else files
        with _store(store, settings, batch_size=batch_size) as st:
            result = st.add(read_inputs(seq, settings, report), report=report)
        shown = report.warnings if verbose else report.warnings[:SKIPPED_SHOWN]
        for w in shown:
            warn(w)
        if len(shown) < len(report.warnings):
            warn(f"... and {len(report.warnings) - len(shown)} more warnings (--verbose lists them all)")
        sys.stderr.write(result.summary() + "\n")
        if result.ingested == 0 and result.already_stored == 0 and result.skipped:
            raise fail("no article could be read")


@app.command("stories")
def stories_cmd(
    store: StoreOption = None,
    since: Annotated[str | None, typer.Option("--since", help="Only stories with an article on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only stories with an article on or before this day.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most this many stories.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
    config: ConfigOption = None,
) -> None:
    """List stories, biggest first: title, size, outlets, first and last seen."""
    if fmt not in ("terminal", "json"):
        raise fail(f"unknown format {fmt!r}; choose terminal or json", code=2)
    with errors_to_exit():
        with _store(store, load_settings(config)) as st:
            stories = st.stories(since=since, until=until, limit=limit)
        if fmt == "json":
            write_output(json.dumps([s.to_dict() for s in stories], ensure_ascii=False, indent=2), None)
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False, expand=True)
        for col, kw in (("story", {"no_wrap": True}), ("title", {}), ("size", {"justify": "right"}),
                        ("outlets", {}), ("first seen", {"no_wrap": True}), ("last seen", {"no_wrap": True})):
            table.add_column(col, **kw)
        for s in stories:
            outlets = ", ".join(s.outlets[:4]) + (f" +{len(s.outlets) - 4}" if len(s.outlets) > 4 else "")
            table.add_row(s.id, s.title, str(s.size), outlets,
                          s.first_seen.isoformat() if s.first_seen else "", s.last_seen.isoformat() if s.last_seen else "")
        Console(highlight=False).print(table)
        if not stories:
            warn("no stories" + (" in that date range" if since or until else " in the store"))


@app.command("story")
def story_cmd(
    story_id: Annotated[str, typer.Argument(help="Story id (from `newsbrief stories`).")],
    store: StoreOption = None,
    words: Annotated[int | None, typer.Option("--words", "-w", min=10, max=5000, help="Summary budget in words (default: selection.words, 100).")] = None,
    fmt: FormatOption = "terminal",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Include the cross-source view.")] = False,
    config: ConfigOption = None,
) -> None:
    """Brief one stored story."""
    from ..digest import brief_story
    from ..render import render

    check_format(fmt)
    with errors_to_exit():
        settings = load_settings(config, {"selection.words": ("--words", words)})
        with _store(store, settings) as st:
            result = brief_story(st, story_id, analyze=analyze)
        write_output(render(result, fmt), output)


@app.command("digest")
def digest_cmd(
    date: Annotated[str | None, typer.Option("--date", "-d", help="The day (YYYY-MM-DD; default: the latest day with an article).")] = None,
    store: StoreOption = None,
    words: Annotated[int | None, typer.Option("--words", "-w", min=10, max=1000, help="Summary budget per story (default: digest.words, 60).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many stories.")] = None,
    fmt: Annotated[str, format_option(DIGEST_FORMATS)] = "markdown",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    config: ConfigOption = None,
) -> None:
    """The day's stories, biggest first, each with headline, brief and sources."""
    from ..dates import date_argument
    from ..digest import digest, render_digest

    check_format(fmt, DIGEST_FORMATS)
    with errors_to_exit():
        day = date_argument(date, "--date") if date is not None else None  # before the store is opened
        settings = load_settings(config, {"digest.words": ("--words", words)})
        with _store(store, settings) as st:
            day = day or st.latest_day()
            if day is None:
                raise fail("the store has no dated article; nothing to digest")
            d = digest(st, day, limit=limit)
        if not d.entries:
            warn(f"no stories on {day.isoformat()}")
        write_output(render_digest(d, fmt), output)
