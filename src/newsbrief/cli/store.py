"""Store commands: ``newsbrief ingest``, ``stories``, ``story``, ``storyline`` and ``digest``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..digest import DIGEST_FORMATS
from ._app import app
from ._util import LISTING_FORMATS, ConfigOption, FormatOption, ListingFormatOption, check_format, err_console, errors_to_exit, fail, format_option, load_settings, terminal_width, warn, write_output

STORE_HELP = "Store file (default: $NEWSBRIEF_STORE or newsbrief/store.sqlite3 in the user data directory)."
#: A skip reason met more often than this is one counted warning line without ``--verbose``.
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
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar over the articles.")] = True,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=100_000, help="Articles per transaction (a kill loses at most one batch).")] = 256,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every skipped input (refused articles), "
                                          "not only a count of each reason.")] = False,
    config: ConfigOption = None,
) -> None:
    """Add articles to the store: de-duplicated and grouped into stories.

    Inputs that cannot be read (empty, malformed, not English) are skipped:
    warnings count them by reason (--verbose lists each one)."""
    from ..ingest import ReadReport, input_files, read_inputs

    with errors_to_exit():
        settings = load_settings(config)
        report = ReadReport()
        files = input_files(paths, report)
        with _store(store, settings, batch_size=batch_size) as st, ArticleProgress(files, enabled=progress) as bar:
            result = st.add(bar.articles(read_inputs(bar.files(), settings, report)), report=report)
        for line in report_lines(report, verbose):
            warn(line)
        sys.stderr.write(result.summary() + "\n")
        if result.ingested == 0 and result.already_stored == 0 and result.skipped:
            raise fail("no article could be read")


def report_lines(report, verbose: bool) -> list[str]:
    """The reading warnings to print: every one with ``verbose``; else a reason
    met more than :data:`SKIPPED_SHOWN` times as one counted line ("283 articles
    skipped: text does not look English (--verbose lists them)") and the rest as they are."""
    from ..render.analysis import plural

    if verbose:
        return list(report.warnings)
    by_kind: dict[str, list[str]] = {}
    for err in report.errors:
        by_kind.setdefault(skip_kind(err.message), []).append(str(err))
    counted = {str(err) for err in report.errors if len(by_kind[skip_kind(err.message)]) > SKIPPED_SHOWN}
    lines = [w for w in report.warnings if w not in counted]
    for kind, items in by_kind.items():
        if len(items) > SKIPPED_SHOWN:
            lines.append(f"{plural(len(items), 'article')} skipped: {kind} (--verbose lists them)")
    return lines


def skip_kind(message: str) -> str:
    """A skip reason without its particulars: "text does not look English (7% ...)" -> "text does not look English"."""
    return re.split(r" \(|; |: ", message, maxsplit=1)[0]


class ArticleProgress:
    """A progress bar on stderr over the articles read (one file or many): a
    bar against the number of lines when every input is JSON Lines (counted
    first, cheap), else a running count; the file being read is named."""

    def __init__(self, files: list[str], enabled: bool = True):
        self.paths = files
        self.enabled = enabled and err_console.is_terminal
        self.progress = None
        self.task = None

    def __enter__(self) -> "ArticleProgress":
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("articles"), TimeElapsedColumn(), console=err_console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("reading", total=_line_total(self.paths))
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def files(self):
        for i, path in enumerate(self.paths, 1):
            if self.progress is not None:
                name = Path(path).name if path != "-" else "stdin"
                where = f" ({i}/{len(self.paths)})" if len(self.paths) > 1 else ""
                self.progress.update(self.task, description=f"{name}{where}")
            yield path

    def articles(self, articles):
        for article in articles:
            if self.progress is not None:
                self.progress.advance(self.task)
            yield article


def _line_total(files: list[str]) -> int | None:
    """The number of non-empty lines when every file is JSON Lines (one article a line), else ``None``."""
    import gzip

    from ..ingest import suffix_of

    if not files or any(f == "-" or suffix_of(f) not in (".jsonl", ".ndjson") for f in files):
        return None
    total = 0
    for f in files:
        opener = gzip.open if f.lower().endswith(".gz") else open
        try:
            with opener(f, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            return None  # reading reports the problem with the file
    return total


@app.command("stories")
def stories_cmd(
    store: StoreOption = None,
    since: Annotated[str | None, typer.Option("--since", help="Only stories with an article on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only stories with an article on or before this day.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most this many stories.")] = None,
    fmt: ListingFormatOption = "terminal",
    category: Annotated[str | None, typer.Option("--category", "-c", help="Only stories of this category (from the feeds followed).")] = None,
    config: ConfigOption = None,
) -> None:
    """List stories, biggest first: title, size, outlets, categories, first and last seen."""
    check_format(fmt, LISTING_FORMATS)
    with errors_to_exit():
        with _store(store, load_settings(config)) as st:
            stories = st.stories(since=since, until=until, limit=limit, category=category)
            known = st.categories() if category and not stories else {}
            lines = st.storyline_ids([s.id for s in stories])
            shared = {k for k, n in st.storyline_sizes(lines.values()).items() if n > 1}
        if fmt == "json":
            write_output(json.dumps([s.to_dict() | {"storyline_id": lines.get(s.id)} for s in stories],
                                    ensure_ascii=False, indent=2), None)
            return
        from rich.console import Console
        from rich.table import Table

        from ..render.templates import outlet_list

        # The title is what a reader scans: it keeps a readable width at 80 columns. A story that shares its
        # storyline shows the storyline's id under its own (for `newsbrief storyline ID`); the first and last
        # day seen share one column.
        table = Table(show_lines=False, expand=True)
        with_categories = any(s.categories for s in stories)
        with_dates = any(s.first_seen or s.last_seen for s in stories)
        with_lines = any(lines.get(s.id) in shared for s in stories)
        for col, kw in (("story" + (" / storyline" if with_lines else ""), {"no_wrap": True}),
                        ("title", {"min_width": 20, "ratio": 3}), ("size", {"justify": "right"}),
                        ("outlets", {"min_width": 8, "ratio": 1}), *((("categories", {}),) if with_categories else ()),
                        *((("seen", {"no_wrap": True}),) if with_dates else ())):
            table.add_column(col, **kw)
        for s in stories:
            outlets = outlet_list(s.outlets, show=3)  # "unknown outlet [3]" labels are counted, never listed
            line = lines.get(s.id, "")
            days = sorted({d.isoformat() for d in (s.first_seen, s.last_seen) if d})
            table.add_row(s.id + (f"\n{line}" if line in shared else ""), s.title, str(s.size), outlets,
                          *((", ".join(s.categories),) if with_categories else ()),
                          *(("\n".join(days),) if with_dates else ()))
        Console(highlight=False, markup=False).print(table)
        if not stories:
            where = " in that date range" if since or until else " in the store"
            if category:
                where = f" in category {category!r}" + (where if since or until else "") + \
                    (f" (categories: {', '.join(known)})" if known else " (the store has no categories)")
            warn("no stories" + where)


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
    from ..render import render, to_terminal

    check_format(fmt)
    with errors_to_exit():
        settings = load_settings(config, {"selection.words": ("--words", words)})
        with _store(store, settings) as st:
            result = brief_story(st, story_id, analyze=analyze)
            line = st.storyline_of(story_id) if fmt == "terminal" else None
            current = st.resolve(story_id)
        text = to_terminal(result, width=terminal_width(output)) if fmt == "terminal" else render(result, fmt)
        if line is not None:
            text = text.rstrip("\n") + "\n" + storyline_lines(line, current)
        write_output(text, output)


def storyline_lines(line, story_id: str) -> str:
    """The stories before and after ``story_id`` in its storyline, one a line (date, title, id); empty when alone."""
    earlier, later = line.around(story_id)
    here = next((s for s in line.stories if s.id == story_id), None)
    out = []
    for heading, group in (("Earlier in this storyline", earlier),
                           ("Later in this storyline" if here and here.first_seen else "Also in this storyline", later)):
        if group:
            out.append(f"\n{heading} ({line.id}):")
            out += [f"  {s.first_seen.isoformat() if s.first_seen else 'undated   '}  {s.title}  [{s.id}]" for s in group]
    return "\n".join(out) + "\n" if out else ""


@app.command("storyline")
def storyline_cmd(
    storyline_id: Annotated[str, typer.Argument(help="Storyline id (from `newsbrief stories`).")],
    store: StoreOption = None,
    fmt: ListingFormatOption = "terminal",
    config: ConfigOption = None,
) -> None:
    """List a storyline's stories (events of one long-running topic), oldest first."""
    check_format(fmt, LISTING_FORMATS)
    with errors_to_exit():
        with _store(store, load_settings(config)) as st:
            line = st.storyline(storyline_id)
        if fmt == "json":
            write_output(json.dumps(line.to_dict(), ensure_ascii=False, indent=2), None)
            return
        text = f"{line.title} ({line.id}): {len(line.stories)} stor{'y' if len(line.stories) == 1 else 'ies'}\n"
        text += "".join(f"  {s.first_seen.isoformat() if s.first_seen else 'undated   '}  {s.title}  [{s.id}, "
                        f"{s.size} article{'' if s.size == 1 else 's'}]\n" for s in line.stories)
        write_output(text, None)


@app.command("digest")
def digest_cmd(
    date: Annotated[str | None, typer.Option("--date", "-d", help="The day (YYYY-MM-DD; default: the latest day with an article).")] = None,
    store: StoreOption = None,
    words: Annotated[int | None, typer.Option("--words", "-w", min=10, max=1000, help="Summary budget per story (default: digest.words, 60).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many stories.")] = None,
    fmt: Annotated[str, format_option(DIGEST_FORMATS)] = "markdown",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    category: Annotated[str | None, typer.Option("--category", "-c", help="Only stories of this category (from the feeds followed).")] = None,
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
            d = digest(st, day, limit=limit, category=category)
        if not d.entries:
            warn(f"no stories on {day.isoformat()}" + (f" in category {category!r}" if category else ""))
        write_output(render_digest(d, fmt), output)
