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
    import threading

    import uvicorn

    app = create_app(store_path=store_path, settings=settings)
    # load the NER model for the cross-source view now, not on the first story page
    threading.Thread(target=warm_up, args=(settings,), name="newsbrief-warm-up", daemon=True).start()
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, timeout_keep_alive=5)


def warm_up(settings: Settings | None = None) -> None:
    """Brief a two-sentence story with the cross-source view once (loads spaCy)."""
    from ..pipeline import brief
    from .service import analysis_available

    if analysis_available():
        brief(["The bridge reopened on Monday after repairs, officials said.",
               "Officials said the bridge reopened on Monday."], words=20, analyze=True, settings=settings)


__all__ = ["create_app", "serve", "warm_up"]
