"""Live sources: ``newsbrief follow`` (poll feeds) and ``newsbrief add`` (single article URLs)."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Annotated

import typer

from ._app import app
from ._util import ConfigOption, err_console, errors_to_exit, fail, load_settings, warn
from .store import StoreOption, _store


@app.command("follow")
def follow_cmd(
    sources: Annotated[list[str], typer.Argument(help="Feed URLs, OPML files or TOML files of feeds (\\[[feeds]] tables: url, categories, interval).")],
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, fetch and store what is new, and exit (for cron).")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Poll paused feeds again (they pause after follow.max_failures_before_pause failed polls).")] = False,
    store: StoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Follow feeds into the store: poll them on their schedules, fetch new articles, group them into stories.

    Without --once it runs until stopped (Ctrl-C or SIGTERM) with a status line on stderr; a restart
    resumes where it stopped, fetching nothing already stored.
    """
    from ..follow import Follower, load_sources

    with errors_to_exit():
        settings = load_settings(config)
        feeds = load_sources(sources)
        stop = threading.Event()
        live = sys.stderr.isatty()
        status = None if once else (_live_status if live else _logged_status)
        with _store(store, settings) as st, Follower(st, settings, feeds, on_status=status, status_seconds=1.0 if live else 30.0,
                                                     on_warning=_live_warning if live and not once else warn) as follower:
            if resume:
                follower.resume_feeds()
            previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
            try:
                report = follower.run(once=once, stop=stop)
            finally:
                signal.signal(signal.SIGTERM, previous)
                if live and not once:
                    err_console.file.write("\r\x1b[K")
        sys.stderr.write(report.summary() + "\n")
        if report.polls and report.poll_errors == report.polls and not report.ingest.ingested:
            raise fail("no feed could be polled")


@app.command("add")
def add_cmd(
    urls: Annotated[list[str], typer.Argument(help="Article page URLs.")],
    store: StoreOption = None,
    config: ConfigOption = None,
) -> None:
    """Fetch article pages, extract them and add them to the store (like `ingest`, from the web)."""
    from ..follow import Follower

    with errors_to_exit():
        settings = load_settings(config)
        with _store(store, settings) as st, Follower(st, settings, on_warning=warn) as follower:
            queued = follower.add_urls(urls)
            report = follower.run(once=True) if queued else follower.report
        sys.stderr.write(report.summary() + "\n")
        if queued and not report.ingest.ingested and not report.ingest.already_stored:
            raise fail("no article could be added")


def _live_status(line: str) -> None:
    sys.stderr.write("\r\x1b[K" + line)
    sys.stderr.flush()


def _logged_status(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _live_warning(message: str) -> None:
    sys.stderr.write("\r\x1b[K")
    warn(message)
