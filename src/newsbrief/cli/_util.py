"""Console and error helpers for the CLI (library code never imports this)."""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import NewsbriefError, OutputError, UsageError
from ..render import FORMATS


# Arguments and options shared by the commands that read articles.
PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Article files or directories (.txt, .html, .json, .jsonl, feeds), or - for stdin."),
]


def format_option(formats: Collection[str]) -> Any:
    """``--format/-f`` whose help lists ``formats`` (a format registry's names)."""
    names = list(formats)
    listed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
    return typer.Option("--format", "-f", help=f"Output format: {listed}.")


FormatOption = Annotated[str, format_option(FORMATS)]
#: Formats of the commands that list what is stored (stories, a storyline, a store check).
LISTING_FORMATS = ("terminal", "json")
ListingFormatOption = Annotated[str, typer.Option("--format", "-f", help="terminal or json.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="TOML settings file (see the settings table in README.md); NEWSBRIEF_* variables override it, options override both.")]


def load_settings(config: Path | None, options: dict[str, tuple[str, Any]] | None = None):
    """The run's settings: defaults, then ``config``, then ``NEWSBRIEF_*``
    variables, then the options that were given. ``options`` maps a dotted
    setting to ``(option name, value)``; a ``None`` value was not given (so a
    file or environment value stands), and a bad value names its option."""
    from ..config import Settings

    settings = Settings.load(config)
    for key, (flag, value) in (options or {}).items():
        settings = settings.replace({key: value}, source=flag)
    return settings


def as_inputs(paths: list[str]) -> list[str | Path]:
    """Command-line arguments as reader inputs: paths, and ``-`` for stdin."""
    return [p if p == "-" else Path(p) for p in paths]


def check_format(fmt: str, formats: Collection[str] = FORMATS) -> None:
    """Exit with a usage error (code 2) when ``fmt`` is not one of ``formats``."""
    if fmt not in formats:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(formats)}", code=2)

err_console = Console(stderr=True, highlight=False, markup=False)

#: Columns of terminal output written to a file or a pipe.
FILE_WIDTH = 100


def terminal_width(output: Path | None) -> int:
    """Columns to lay terminal output out in: the terminal's when writing to one, else :data:`FILE_WIDTH`."""
    if output is None and sys.stdout.isatty():
        import shutil

        return max(40, shutil.get_terminal_size((FILE_WIDTH, 24)).columns)
    return FILE_WIDTH

def warn(message: str) -> None:
    sys.stderr.write(f"warning: {message}\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"error: {message}\n")
    return typer.Exit(code=code)


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Turn library errors into a message on stderr and exit code 1 (2 for a usage error)."""
    try:
        yield
    except NewsbriefError as err:
        raise fail(str(err), code=2 if isinstance(err, UsageError) else 1) from None
    except KeyboardInterrupt:
        raise fail("interrupted", code=130) from None
    except BrokenPipeError:
        raise typer.Exit(code=0) from None


def output_error(err: OSError, output: Path | str | None) -> OutputError:
    """An OS failure writing ``output`` (``None``: standard output) as one line naming it."""
    import errno

    reason = {errno.EISDIR: "it is a folder; give a file name", errno.ENOSPC: "the disk is full",
              errno.EACCES: "permission denied", errno.EROFS: "the file system is read-only"}.get(
        err.errno or 0, err.strerror or str(err))
    return OutputError(f"cannot write the output: {reason}", path=str(output) if output is not None else "<stdout>")


@contextmanager
def writing(output: Path | str | None) -> Iterator[None]:
    """Turn an OS failure while writing ``output`` into an :class:`OutputError`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise output_error(err, output) from None


def write_output(text: str, output: Path | None) -> None:
    """Write to ``output`` (creating parent folders) or to stdout; a failure
    is an :class:`~newsbrief.errors.OutputError` naming it."""
    with writing(output):
        if output is None:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
            sys.stdout.flush()
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
    if output is not None:
        sys.stderr.write(f"wrote {output}\n")
