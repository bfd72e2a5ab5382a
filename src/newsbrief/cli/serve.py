"""``newsbrief serve``: the local web app and JSON API."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from ._app import app
from ._util import errors_to_exit, warn


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default; other hosts can reach 0.0.0.0).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on.")] = 8000,
    store: Annotated[Path | None, typer.Option("--store", help="Story store (SQLite) for the stories and digest pages; default $NEWSBRIEF_STORE or the user data dir when it exists.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML settings file (see the settings table in README.md; [server] holds the limits).")] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level: critical, error, warning, info, debug.")] = "info",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64, help="Server processes; briefing is CPU-bound, so up to one per core.")] = 1,
    follow: Annotated[list[str] | None, typer.Option("--follow", help="Also follow these feeds into the store (feed URL, OPML or TOML file; repeat for several), as `newsbrief follow` does; /status shows how it goes.")] = None,
) -> None:
    """Serve the web app (paste or upload articles, stories, digest) and the JSON API (/docs).

    With --follow, feeds are followed into the store beside the web app, in the same process: new
    stories and updated briefs appear without a restart."""
    from ..config import Settings, default_store_path
    from ..server import serve

    with errors_to_exit():
        settings = Settings.load(config)
        sources = None
        if follow:
            from ..follow import load_sources

            sources = load_sources(follow)
        # --store is used even before it exists (ingest may fill it later); a
        # store from the settings (store.path, $NEWSBRIEF_STORE) or the default
        # location only when there is one
        store_path: Path | None = store
        if store_path is None:
            configured = Path(settings.store.path) if settings.store.path else default_store_path()
            store_path = configured if configured.exists() or sources else None
        if store is not None and not store.exists() and not sources:
            warn(f"{store}: no store there yet; the stories list will be empty until articles are added")
        if not _is_loopback(host):
            warn(f"listening on {host}: the API has no authentication; anyone who can reach this address can use it")
        serve(host=host, port=port, store_path=store_path, settings=settings, log_level=log_level,
              workers=workers, config_path=config, follow=sources)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
