"""The root Typer app; each command module adds its commands to it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsbrief",
    help="Cited multi-source news briefs: what happened, who says so, and where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Cited multi-source news briefs: what happened, who says so, and where sources disagree."""
