"""``newsbrief brief PATH...``: brief one story from its articles."""

from __future__ import annotations

from typing import Annotated

import typer

from ._app import app
from ._util import (
    ConfigOption,
    FormatOption,
    OutputOption,
    PathsArgument,
    as_inputs,
    check_format,
    errors_to_exit,
    load_settings,
    terminal_width,
    warn,
    write_output,
)


@app.command("brief")
def brief_cmd(
    paths: PathsArgument,
    words: Annotated[int | None, typer.Option("--words", "-w", min=10, max=5000, help="Summary budget in words (default: selection.words, 100).")] = None,
    fmt: FormatOption = "terminal",
    output: OutputOption = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Include the cross-source view (entities, quotes, figures, agreement, timeline).")] = True,
    explain: Annotated[bool, typer.Option("--explain", help="Also show the evidence (each citation's source "
                                       "sentence, numbered from 1) and what cleaning removed, line by line.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Terminal format: every section of the cross-source view "
                                       "(entities, quotes, figures, timeline, coverage grid), not only where sources "
                                       "disagree.")] = False,
    fast: Annotated[bool, typer.Option("--fast", help="No sentence-representation model (citations.model=tfidf): "
                                       "citations and repeats found lexically only; about a quarter of the CPU per "
                                       "brief (docs/benchmarks.md, Speed).")] = False,
    config: ConfigOption = None,
) -> None:
    """Brief one story: a headline, a cited summary and the cross-source view."""
    from ..ingest import ReadReport
    from ..pipeline import brief
    from ..render import render, to_terminal

    check_format(fmt)
    with errors_to_exit():
        settings = load_settings(config, {"selection.words": ("--words", words),
                                          "citations.model": ("--fast", "tfidf" if fast else None)})
        report = ReadReport()
        result = brief(as_inputs(paths), analyze=analyze, settings=settings, report=report)
        for w in result.warnings:
            warn(w)
        if fmt == "terminal":
            # on stdout the warnings printed on stderr above are on the same screen: not twice
            text = to_terminal(result, explain=explain, width=terminal_width(output), full=full,
                               warnings=output is not None)
        else:
            text = render(result, fmt, explain=explain)
        write_output(text, output)
