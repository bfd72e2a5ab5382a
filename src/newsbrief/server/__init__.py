"""``newsbrief serve``: a local web app and JSON API over the brief pipeline.

>>> from newsbrief.server import create_app          # doctest: +SKIP
>>> app = create_app(store_path="stories.sqlite3")    # doctest: +SKIP

Modules: :mod:`.app` (the app factory and error handling), :mod:`.api` (JSON
routes), :mod:`.pages` (HTML pages), :mod:`.schemas` (request/response
models), :mod:`.service` (what routes call), :mod:`.uploads` (files ->
articles), :mod:`.limits` (body size, worker pool, time limit).
"""

from __future__ import annotations

from os import PathLike

from ..config import Settings
from .app import create_app


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    store_path: str | PathLike[str] | None = None,
    settings: Settings | None = None,
    log_level: str = "info",
) -> None:
    """Run the app under uvicorn until interrupted."""
    import uvicorn

    app = create_app(store_path=store_path, settings=settings)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, timeout_keep_alive=5)


__all__ = ["create_app", "serve"]
