"""``newsbrief analyze PATH...``: the cross-source view alone."""

from __future__ import annotations



from . import app
from ._util import (
    ConfigOption,
    FormatOption,
    OutputOption,
    PathsArgument,
    as_inputs,
    check_format,
    errors_to_exit,
    load_settings,
    warn,
    write_output,
)


@app.command("analyze")
def analyze_cmd(
    paths: PathsArgument,
    fmt: FormatOption = "terminal",
    output: OutputOption = None,
    config: ConfigOption = None,
) -> None:
    """Entities, quotes, figures, agreement, timeline and coverage across the articles."""
    from ..ingest import ReadReport
    from ..pipeline import analyze
    from ..render.analysis import render_analysis

    check_format(fmt)
    with errors_to_exit():
        settings = load_settings(config)
        report = ReadReport()
        result = analyze(as_inputs(paths), settings=settings, report=report)
        for w in result.warnings:
            warn(w)
        result.warnings.clear()
        write_output(render_analysis(result, fmt), output)
