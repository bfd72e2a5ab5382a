"""``newsbrief serve``: a local web app and JSON API over the brief pipeline.

>>> from newsbrief.server import create_app          # doctest: +SKIP
>>> app = create_app(store_path="stories.sqlite3")    # doctest: +SKIP

Modules: :mod:`.app` (the app factory and error handling), :mod:`.api` (JSON
routes), :mod:`.pages` (HTML pages), :mod:`.schemas` (request/response
models), :mod:`.service` (what routes call), :mod:`.uploads` (files ->
articles), :mod:`.limits` (body size, worker pool, time limit), :mod:`.status`
(``/status`` and ``GET /api/status``: what is followed into the store).
"""

from __future__ import annotations

import os
from os import PathLike
from typing import TYPE_CHECKING

from ..config import Settings
from .app import create_app

if TYPE_CHECKING:
    from ..follow import FeedSource


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    store_path: str | PathLike[str] | None = None,
    settings: Settings | None = None,
    log_level: str = "info",
    workers: int = 1,
    config_path: str | PathLike[str] | None = None,
    follow: list[FeedSource] | None = None,
) -> None:
    """Run the app under uvicorn until interrupted.

    ``follow`` (:class:`~newsbrief.follow.FeedSource` s) runs a
    :class:`~newsbrief.follow.background.BackgroundFollower` into the store
    in this process, beside the app (with several workers, in the process
    that supervises them), stopped when the server stops.

    ``workers > 1`` starts that many server processes (uvicorn's supervisor),
    each building its app with :func:`app_from_env`; briefing is CPU-bound,
    so on a machine with several cores this multiplies brief throughput.
    Each worker reads the store; caches are per worker.
    """
    import uvicorn

    options = dict(host=host, port=port, log_level=log_level, server_header=False, timeout_keep_alive=5)
    follower = None
    if follow:
        from ..follow.background import BackgroundFollower

        if store_path is None:
            raise ValueError("serve(follow=...) needs a store_path to follow into")
        follower = BackgroundFollower(store_path, settings or Settings(), follow).start()
    try:
        if workers > 1:
            os.environ[_ENV_STORE] = str(store_path) if store_path is not None else ""
            os.environ[_ENV_CONFIG] = str(config_path) if config_path is not None else ""
            uvicorn.run("newsbrief.server:app_from_env", factory=True, workers=workers, **options)
            return
        app = create_app(store_path=store_path, settings=settings, follower=follower)
        _start_warm_up(settings)
        uvicorn.run(app, **options)
    finally:
        if follower is not None:
            follower.stop()


#: How :func:`serve` hands the store and settings file to worker processes.
_ENV_STORE = "NEWSBRIEF_SERVE_STORE"
_ENV_CONFIG = "NEWSBRIEF_SERVE_CONFIG"


def app_from_env():
    """App factory for worker processes: store path and settings file from the
    environment :func:`serve` sets (``NEWSBRIEF_*`` overrides apply as usual)."""
    settings = Settings.load(os.environ.get(_ENV_CONFIG) or None)
    app = create_app(store_path=os.environ.get(_ENV_STORE) or None, settings=settings)
    _start_warm_up(settings)
    return app


def _start_warm_up(settings: Settings | None) -> None:
    """Load the NER model for the cross-source view now, not on the first story page."""
    import threading

    threading.Thread(target=warm_up, args=(settings,), name="newsbrief-warm-up", daemon=True).start()


def warm_up(settings: Settings | None = None) -> None:
    """Brief a two-sentence story with the cross-source view once (loads spaCy)."""
    from ..pipeline import brief

    brief(["The bridge reopened on Monday after repairs, officials said.",
           "Officials said the bridge reopened on Monday."], words=20, analyze=True, settings=settings)


__all__ = ["app_from_env", "create_app", "serve", "warm_up"]
