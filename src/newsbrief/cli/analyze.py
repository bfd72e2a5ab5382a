"""``newsbrief analyze PATH...``: the cross-source view alone."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import app
from ._util import errors_to_exit, fail, warn, write_output


@app.command("analyze")
def analyze_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files or directories (.txt, .html, .json, .jsonl, feeds), or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: terminal, markdown, json or html.")] = "terminal",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML settings file.")] = None,
) -> None:
    """Entities, quotes, figures, agreement, timeline and coverage across the articles."""
    from ..analyze import analyze
    from ..config import Settings
    from ..ingest import ReadReport
    from ..render import FORMATS
    from ..render.analysis import render_analysis

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", code=2)
    with errors_to_exit():
        settings = Settings.load(config)
        report = ReadReport()
        inputs = [p if p == "-" else Path(p) for p in paths]
        result = analyze(inputs, settings=settings, report=report)
        for w in result.warnings:
            warn(w)
        result.warnings.clear()
        write_output(render_analysis(result, fmt), output)
