"""The FastAPI application: :func:`create_app` wires settings, limits, error
handlers, the JSON API (:mod:`.api`) and the pages (:mod:`.pages`).

Errors: every :class:`~newsbrief.errors.NewsbriefError` becomes its
``http_status`` with ``{"error": {"code", "message", "status"}}`` (an HTML
error page for page requests); schema violations are ``NB501`` (422);
anything unexpected is a logged ``NB500`` without a traceback in the body.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from os import PathLike
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Settings
from ..errors import InvalidRequestError, MalformedJSONError, NewsbriefError, ServerError
from . import api, pages, status
from .limits import BodyLimitMiddleware, Runner, SecurityHeadersMiddleware, SingleFlight, error_body
from .negotiate import wants_html
from .service import Service
from .workers import WorkerPool

log = logging.getLogger(__name__)

DESCRIPTION = """\
Cited multi-source news briefs over HTTP.

* `POST /api/brief` with the articles of one story (JSON), or `POST /api/brief/files` with article files,
  returns a headline and a word-budgeted summary whose every sentence cites the supporting articles.
* `GET /api/stories`, `GET /api/stories/{id}/brief` and `GET /api/digest/{day}` read the story store
  (`newsbrief serve --store PATH`).
* Add `?format=html` (or send `Accept: text/html`) for a page with clickable citations.

Errors are JSON: `{"error": {"code": "NB104", "message": "...", "status": 400}}`; codes are listed in
`newsbrief.errors`. Request bodies over the size limit get 413, requests over the time limit 504,
and a full queue 503.
"""

#: Threads for store lookups and cache hits (milliseconds each), apart from
#: the briefing workers.
LIGHT_WORKERS = 2

TAGS = [
    {"name": "briefs", "description": "Brief the articles you send."},
    {"name": "stories", "description": "Stories and daily digests from the store."},
    {"name": "meta", "description": "Health."},
]


def create_app(store_path: str | PathLike[str] | None = None, settings: Settings | None = None,
               follower=None) -> FastAPI:
    """The newsbrief web app. ``store_path`` enables the story and digest
    endpoints; ``settings`` (default :class:`Settings`) carries the limits;
    ``follower`` (a started :class:`~newsbrief.follow.background.BackgroundFollower`
    writing into that store) is reported by ``/status`` and stopped when the app shuts down."""
    settings = settings or Settings()
    store = str(store_path) if store_path is not None else None
    service = Service(settings, store)
    pool = WorkerPool(settings, store)
    # store lookups, cache hits and page rendering get their own threads, so readers are not queued behind briefs
    light = Runner(LIGHT_WORKERS, settings.server.max_queued, settings.server.timeout_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        pool.open()
        light.open()
        try:
            yield
        finally:
            if follower is not None:  # before uvicorn re-raises a SIGTERM it caught
                follower.stop()
            pool.close()
            light.close()
            service.close()

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        summary="Cited multi-source news briefs",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        docs_url=None,  # served by _add_docs from local assets: FastAPI's default loads them from a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.service = service
    app.state.pool = pool
    app.state.light = light
    app.state.flights = SingleFlight()
    app.state.follower = follower
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.server.max_body_bytes,
                       timeout=settings.server.timeout_seconds)
    # around everything, Starlette's 500 handler included: every response gets the headers
    build_stack = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityHeadersMiddleware(build_stack())  # type: ignore[method-assign]
    _add_error_handlers(app)
    _add_docs(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(status.router)
    return app


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` from the swagger-ui-bundle package, so the API
    documentation works offline. That bundle (Swagger UI 4) reads OpenAPI 3.0
    only, so ``/openapi.json`` is FastAPI's 3.1 document said in 3.0 terms
    (:func:`openapi_30`)."""
    from fastapi.openapi.utils import get_openapi
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(title=app.title, version=app.version, summary=app.summary,
                              description=app.description, routes=app.routes, tags=app.openapi_tags)
            app.openapi_schema = openapi_30(doc)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def _docs() -> Response:
        return HTMLResponse(DOCS_PAGE, headers={"Content-Security-Policy": DOCS_CSP})

    @app.get("/static/docs.js", include_in_schema=False)
    async def _docs_js() -> Response:
        return Response(docs_script(app.openapi_url or "/openapi.json"), media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})


#: /docs: the page's own scripts and the OpenAPI document from this server,
#: Swagger UI's inline styles and data: images; nothing else, no framing.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def docs_script(openapi_url: str) -> str:
    """Swagger UI's start-up script, served from this server (the CSP allows no inline script)."""
    import json

    return (f"const ui = SwaggerUIBundle({{url: {json.dumps(openapi_url)}, dom_id: '#swagger-ui', "
            "layout: 'BaseLayout', deepLinking: true, showExtensions: true, showCommonExtensions: true, "
            "presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]});\n")


#: Long schema names wrap instead of widening the page on a phone.
DOCS_CSS = ".swagger-ui .model-title, .swagger-ui .model-box { word-break: break-all; white-space: normal; }"

#: The /docs page: Swagger UI from the swagger-ui-bundle package, started by
#: /static/docs.js (no inline script, no CDN).
DOCS_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsbrief API</title>
<link rel="stylesheet" href="/static/swagger/swagger-ui.css">
<link rel="icon" href="/favicon.ico">
<style>{DOCS_CSS}</style>
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def openapi_30(doc: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.1 document as OpenAPI 3.0.3: ``anyOf [X, null]`` becomes
    ``X`` with ``nullable``, JSON Schema ``examples`` lists become ``example``,
    ``const`` becomes a one-value ``enum``, numeric ``exclusiveMinimum`` /
    ``exclusiveMaximum`` become the 3.0 boolean form. The 3.1 ``summary`` of
    ``info`` is dropped (3.0 has none; the description says the same)."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(x) for x in node]
        if not isinstance(node, dict):
            return node
        node = {k: walk(v) for k, v in node.items()}
        for key in ("anyOf", "oneOf"):
            options = node.get(key)
            if isinstance(options, list) and {"type": "null"} in options:
                rest = [o for o in options if o != {"type": "null"}]
                del node[key]
                if len(rest) == 1 and "$ref" not in rest[0]:
                    node.update(rest[0])
                elif len(rest) == 1:
                    node["allOf"] = rest
                else:
                    node[key] = rest
                node["nullable"] = True
        if isinstance(node.get("examples"), list):
            examples = node.pop("examples")
            if examples:
                node.setdefault("example", examples[0])
        if "const" in node:
            node["enum"] = [node.pop("const")]
        for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(node.get(bound), (int, float)) and not isinstance(node.get(bound), bool):
                node[plain] = node[bound]
                node[bound] = True
        return node

    out = walk(doc)
    out["openapi"] = "3.0.3"
    out.get("info", {}).pop("summary", None)
    return out


def _error_response(request: Request, status: int, code: str, message: str, **extra) -> Response:
    path = request.url.path
    if not path.startswith("/api/") and wants_html(request.headers.get("accept")):
        service = request.app.state.service
        return pages.html_response(pages.error_page(status, code, message, service.has_store), status_code=status)
    headers = {"Retry-After": "5"} if status == 503 else None
    return JSONResponse(error_body(code, message, status, **extra), status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsbriefError)
    async def _newsbrief_error(request: Request, err: NewsbriefError) -> Response:
        if isinstance(err, ServerError) and err.http_status >= 500:
            log.warning("%s %s: %s", request.method, request.url.path, err)
        return _error_response(request, err.http_status, err.code, str(err))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, err: RequestValidationError) -> Response:
        problems = [
            {"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in err.errors()[:20]
        ]
        bad_json = next((e for e in err.errors() if e.get("type") == "json_invalid"), None)
        if bad_json is not None:
            where = bad_json.get("loc", ("body", "?"))[-1]
            detail = (bad_json.get("ctx") or {}).get("error", "not JSON")
            json_err = MalformedJSONError(f"malformed JSON body: {detail} (at character {where})")
            return _error_response(request, json_err.http_status, json_err.code, str(json_err))
        first = "; ".join(f"{'.'.join(p['loc'])}: {p['msg']}" for p in problems[:3])
        message = str(InvalidRequestError(f"invalid request: {first}"))
        return _error_response(request, InvalidRequestError.http_status, InvalidRequestError.code, message,
                               errors=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, err: StarletteHTTPException) -> Response:
        message = err.detail if isinstance(err.detail, str) else "request failed"
        if err.status_code == 404:
            message = f"no such page or endpoint: {request.url.path}"
        return _error_response(request, err.status_code, f"HTTP{err.status_code}", message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, err: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error_response(request, 500, ServerError.code, f"internal error ({type(err).__name__}) [NB500]")


__all__ = ["create_app"]
