"""The ``newsbrief`` command line: one Typer app, one module per command group.

Commands parse options, call one library function and format the result;
library errors (:class:`~newsbrief.errors.NewsbriefError`) become a one-line
message and exit code 1 (2 for usage errors), never a traceback.
"""

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


from . import brief as _brief  # noqa: E402,F401  (registers commands)
from . import batch as _batch  # noqa: E402,F401
from . import eval as _eval  # noqa: E402,F401
from . import store as _store  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import analyze as _analyze  # noqa: E402,F401






def main() -> None:
    app()


__all__ = ["app", "main"]
