"""``newsbrief store check`` and ``newsbrief store repair``: the store file itself (see :mod:`newsbrief.store_repair`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from ._app import _Group, _Typer, app
from ._util import LISTING_FORMATS, ConfigOption, check_format, errors_to_exit, load_settings
from .store import StoreOption

store_app = _Typer(name="store", help="Check the store file, or copy what can be read of a damaged one to a new file.",
                   no_args_is_help=True, cls=_Group)
app.add_typer(store_app)

FormatChoice = Annotated[str, typer.Option("--format", "-f", help="terminal (one line per problem) or json.")]


def _store_path(store: Path | None, config: Path | None) -> Path:
    from ..store import Store

    return Store(store, settings=load_settings(config)).file


@store_app.command("check")
def check_cmd(
    store: StoreOption = None,
    quick: Annotated[bool, typer.Option("--quick", help="SQLite's quick_check (skips index contents: faster on a large store).")] = False,
    fmt: FormatChoice = "terminal",
    config: ConfigOption = None,
) -> None:
    """Check the store file without changing it: SQLite's integrity check, the schema version, links between tables.

    One line per problem, then a summary; exit status 1 when there is a problem."""
    from ..store_repair import check_store

    check_format(fmt, LISTING_FORMATS)
    with errors_to_exit():
        report = check_store(_store_path(store, config), quick=quick)
    if fmt == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        (sys.stdout if report.ok else sys.stderr).write("\n".join(report.lines()) + "\n")
    if not report.ok:
        raise typer.Exit(code=1)


@store_app.command("repair")
def repair_cmd(
    store: StoreOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="The new file (default: NAME.recovered.sqlite3 beside the store; never overwritten).")] = None,
    fmt: FormatChoice = "terminal",
    config: ConfigOption = None,
) -> None:
    """Copy every readable row of a damaged store to a new file beside it; the store itself is left as it is.

    Reports what was salvaged and lost and how to switch to the copy. A store
    without problems is left alone (nothing is written)."""
    from ..store_repair import check_store, repair_store

    check_format(fmt, LISTING_FORMATS)
    with errors_to_exit():
        settings = load_settings(config)
        path = _store_path(store, config)
        before = check_store(path)
        if before.ok:
            if fmt == "json":
                sys.stdout.write(json.dumps({"path": str(path), "output": None, "check": before.to_dict()}) + "\n")
            else:
                sys.stdout.write(f"{before.summary()}: nothing to repair, no file written\n")
            return
        report = repair_store(path, output, settings=settings)
    if fmt == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(report.lines()) + "\n")
