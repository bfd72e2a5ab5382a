"""Console and error helpers for the CLI (library code never imports this)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console

from ..errors import NewsbriefError

T = TypeVar("T")

err_console = Console(stderr=True, highlight=False)

def warn(message: str) -> None:
    sys.stderr.write(f"warning: {message}\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"error: {message}\n")
    return typer.Exit(code=code)


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Turn library errors into a message on stderr and exit code 1."""
    try:
        yield
    except NewsbriefError as err:
        raise fail(str(err)) from None
    except KeyboardInterrupt:
        raise fail("interrupted", code=130) from None
    except BrokenPipeError:
        raise typer.Exit(code=0) from None


def write_output(text: str, output: Path | None) -> None:
    """Write to ``output`` (creating parent folders) or to stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        sys.stderr.write(f"wrote {output}\n")


def run(fn: Callable[[], T]) -> T:
    with errors_to_exit():
        return fn()
