"""``newsbrief brief PATH...``: brief one story from its articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import app
from ._util import errors_to_exit, fail, warn, write_output

FORMAT_HELP = "Output format: terminal, markdown, json or html."


@app.command("brief")
def brief_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files or directories (.txt, .html, .json, .jsonl, feeds), or - for stdin.")],
    words: Annotated[int, typer.Option("--words", "-w", min=10, max=5000, help="Summary budget in words.")] = 100,
    fmt: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "terminal",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    analyze: Annotated[bool, typer.Option("--analyze/--no-analyze", help="Include the cross-source view (entities, quotes, figures, agreement, timeline).")] = True,
    explain: Annotated[bool, typer.Option("--explain", help="Also show what cleaning removed, line by line.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="TOML settings file.")] = None,
) -> None:
    """Brief one story: a headline, a cited summary and the cross-source view."""
    from ..config import Settings
    from ..ingest import ReadReport
    from ..pipeline import brief
    from ..render import FORMATS, render

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", code=2)
    with errors_to_exit():
        settings = Settings.load(config)
        report = ReadReport()
        inputs = [p if p == "-" else Path(p) for p in paths]
        result = brief(inputs, words=words, analyze=analyze, settings=settings, report=report)
        for w in result.warnings:
            warn(w)
        write_output(render(result, fmt, explain=explain), output)
