"""The ``newsbrief`` command line: one Typer app, one module per command group.

Commands parse options, call one library function and format the result;
library errors (:class:`~newsbrief.errors.NewsbriefError`) become a one-line
message and exit code 1 (2 for usage errors), never a traceback.

The app lives in :mod:`._app`; importing the command modules adds their
commands to it.
"""

from __future__ import annotations

from ._app import app

# each adds its commands to the app; ``newsbrief --help`` lists them in this order
from . import brief, batch, eval, store, store_file, follow, serve, analyze  # noqa: E402,F401,I001


def main() -> None:
    app()


__all__ = ["app", "main"]
