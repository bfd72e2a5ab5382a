"""``newsbrief serve``: a local web app and JSON API over the brief pipeline.

>>> from newsbrief.server import create_app          # doctest: +SKIP
>>> app = create_app(store_path="stories.sqlite3")    # doctest: +SKIP

Modules: :mod:`.app` (the app factory and error handling), :mod:`.api` (JSON
routes), :mod:`.pages` (HTML pages), :mod:`.schemas` (request/response
models), :mod:`.service` (cache, permalinks, store lookups), :mod:`.workers`
(briefing processes that can be stopped) and :mod:`.jobs` (what they run),
:mod:`.uploads` (files -> articles), :mod:`.limits` (body size, security
headers, light threads), :mod:`.connections` (the header gate and event loop, header timeout, connection cap),
:mod:`.status` (``/status`` and ``GET /api/status``: what is followed into the store).
"""

from __future__ import annotations

import os
from os import PathLike
from typing import TYPE_CHECKING

from ..config import Settings

if TYPE_CHECKING:
    from ..follow import FeedSource
    from .app import create_app


def __getattr__(name: str):
    # the app (FastAPI, ~1 s to import) only when asked for: `newsbrief brief --format html` renders the story page
    # with :mod:`.views` and no server
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

    from .connections import LOOP, RESERVED_DESCRIPTORS, guarded_protocol, raise_descriptor_limit

    settings = settings or Settings()
    # room for every connection the server may hold (worker processes inherit it); when the hard limit cannot
    # be raised, the connection gate says in the log how many connections fit
    raise_descriptor_limit(settings.server.max_connections + RESERVED_DESCRIPTORS)
    options = dict(host=host, port=port, log_level=log_level, server_header=False, timeout_keep_alive=5,
                   http=guarded_protocol(settings), loop=LOOP, backlog=BACKLOG)
    follower = None
    if follow:
        from ..follow.background import BackgroundFollower

        if store_path is None:
            raise ValueError("serve(follow=...) needs a store_path to follow into")
        follower = BackgroundFollower(store_path, settings, follow).start()
    try:
        if workers > 1:
            os.environ[_ENV_STORE] = str(store_path) if store_path is not None else ""
            os.environ[_ENV_CONFIG] = str(config_path) if config_path is not None else ""
            uvicorn.run("newsbrief.server:app_from_env", factory=True, workers=workers, **options)
            return
        from .app import create_app

        uvicorn.run(create_app(store_path=store_path, settings=settings, follower=follower), **options)
    finally:
        if follower is not None:
            follower.stop()


#: Connections the kernel queues before the server accepts them (Linux caps it
#: at ``net.core.somaxconn``, 4096 by default since 5.4); the server's
#: :class:`~.connections.HeaderGate` takes them in slices of 64, so a longer
#: queue costs no descriptors, and a health check's connect is not dropped
#: while a flood of connects waits. Accepted ones are held to ``server.max_connections``.
BACKLOG = 4096


#: How :func:`serve` hands the store and settings file to worker processes.
_ENV_STORE = "NEWSBRIEF_SERVE_STORE"
_ENV_CONFIG = "NEWSBRIEF_SERVE_CONFIG"


def app_from_env():
    """App factory for worker processes: store path and settings file from the
    environment :func:`serve` sets (``NEWSBRIEF_*`` overrides apply as usual)."""
    settings = Settings.load(os.environ.get(_ENV_CONFIG) or None)
    from .app import create_app

    return create_app(store_path=os.environ.get(_ENV_STORE) or None, settings=settings)


def warm_up(settings: Settings | None = None) -> None:
    """Brief a two-sentence story with the cross-source view once (imports the
    pipeline, loads spaCy); the briefing workers' template runs it (:mod:`._warm`)."""
    from ..pipeline import brief

    brief(["The bridge reopened on Monday after repairs, officials said.",
           "Officials said the bridge reopened on Monday."], words=20, analyze=True, settings=settings)


__all__ = ["app_from_env", "create_app", "serve", "warm_up"]
