"""``newsbrief analyze PATH...``: the cross-source view alone."""

from __future__ import annotations

from typing import Annotated

from ..render.analysis import ANALYSIS_FORMATS
from ._app import app
from ._util import (
    ConfigOption,
    OutputOption,
    PathsArgument,
    as_inputs,
    check_format,
    errors_to_exit,
    format_option,
    load_settings,
    warn,
    write_output,
)


@app.command("analyze")
def analyze_cmd(
    paths: PathsArgument,
    fmt: Annotated[str, format_option(ANALYSIS_FORMATS)] = "terminal",
    output: OutputOption = None,
    config: ConfigOption = None,
) -> None:
    """Entities, quotes, figures, agreement, timeline and coverage across the articles."""
    from ..ingest import ReadReport
    from ..pipeline import analyze
    from ..render.analysis import render_analysis

    check_format(fmt, ANALYSIS_FORMATS)
    with errors_to_exit():
        settings = load_settings(config)
        report = ReadReport()
        result = analyze(as_inputs(paths), settings, report)
        for w in result.warnings:
            warn(w)
        result.warnings.clear()
        write_output(render_analysis(result, fmt), output)
