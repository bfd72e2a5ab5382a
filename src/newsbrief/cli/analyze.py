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
    from ..analyze import analyze
    from ..config import Settings
    from ..ingest import ReadReport
    from ..render.analysis import render_analysis

    check_format(fmt)
    with errors_to_exit():
        settings = Settings.load(config)
        report = ReadReport()
        result = analyze(as_inputs(paths), settings=settings, report=report)
        for w in result.warnings:
            warn(w)
        result.warnings.clear()
        write_output(render_analysis(result, fmt), output)
