"""Server-rendered HTML pages: the paste/upload form, a brief, the story list,
a story and the daily digest.

Templates are the ``web_*.html`` files beside ``brief.html`` in
``newsbrief/templates`` (one Jinja environment, autoescaped, shared with
:mod:`newsbrief.render`); the brief itself is ``brief.html`` included as a
fragment (``standalone`` unset) inside the site layout. The only script is
``brief.js``, served from ``/static/brief.js``; the Content-Security-Policy
allows no inline script, so text that slipped past escaping still could not run.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from .. import __version__
from ..errors import InvalidRequestError
from ..ingest import ReadReport
from ..model import Brief, Story
from .uploads import read_inputs, upload_name

router = APIRouter(include_in_schema=False)

#: Stories listed on the stories page (the API pages through all of them).
STORIES_PER_PAGE = 500

#: Scripts only from this server (no inline script), styles inline, no plugins,
#: no framing, forms post only here.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def render_page(name: str, **context: Any) -> str:
    """Render ``templates/<name>`` with the site context (pure; no I/O)."""
    from ..render import jinja_env

    context.setdefault("version", __version__)
    return jinja_env().get_template(name).render(**context)


def html_response(html: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def brief_page(brief: Brief, *, has_store: bool, story: Story | None = None, words: int | None = None) -> str:
    """The site page of one brief (headline, cited summary, cross-source view)."""
    from ..render import html_context

    return render_page(
        "web_brief.html", **html_context(brief), story=story, words=words or brief.words,
        has_store=has_store, nav="story" if story else "brief",
    )


def error_page(status: int, code: str, message: str, has_store: bool) -> str:
    return render_page("web_error.html", status=status, code=code, message=message, has_store=has_store, nav=None)


def _ctx(request: Request):
    return request.app.state.service, request.app.state.runner


async def story_brief(request: Request, story_id: str, words: int, analyze: bool) -> tuple[Story, Brief]:
    """A stored story and its brief. The story is looked up on the light pool; a cached brief
    is returned at once, else it is made on the briefing pool, once for concurrent requests."""
    service, runner = _ctx(request)
    story = await request.app.state.light(service.story, story_id)
    key = service.brief_key(story, words, analyze)
    cached = service.peek(key)
    if cached is not None:
        return story, cached
    return await request.app.state.flights(key, lambda: runner(service.story_brief, story.id, words, analyze))


# --- pages ------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    service, _ = _ctx(request)
    return html_response(render_page(
        "web_index.html", has_store=service.has_store, nav="brief",
        max_bytes=service.settings.server.max_body_bytes, words=service.settings.selection.words,
    ))


@router.post("/brief", response_class=HTMLResponse)
async def brief_form(request: Request) -> HTMLResponse:
    """The index page's form: pasted text and/or files, words, analyze."""
    service, runner = _ctx(request)
    form = await request.form(max_files=service.settings.server.max_articles, max_fields=20)
    text = form.get("text") or ""
    words = _form_int(form.get("words"), "words", default=service.settings.selection.words, low=10, high=5000)
    analyze = form.get("analyze") in ("true", "on", "1")
    uploads = []
    for i, f in enumerate(form.getlist("files"), 1):
        if isinstance(f, str):
            continue  # a file input left empty arrives as an empty string or an empty part
        data = await f.read()
        if not f.filename and not data:
            continue
        uploads.append((upload_name(f.filename, i), data))
    await form.close()

    def job() -> str:
        report = ReadReport()
        articles = read_inputs(uploads, text if isinstance(text, str) else "", service.settings, report)
        check_count(len(articles), service.settings.server.max_articles)
        result = service.brief(articles, words, analyze, report=report)
        return brief_page(result, has_store=service.has_store)

    return html_response(await runner(job))


def _form_int(value: Any, name: str, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(str(value))
    except ValueError:
        raise InvalidRequestError(f"{name} must be a whole number, not {str(value)[:20]!r}") from None
    if not low <= n <= high:
        raise InvalidRequestError(f"{name} must be between {low} and {high}, not {n}")
    return n


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(
    request: Request,
    since: Annotated[dt.date | None, Query()] = None,
    until: Annotated[dt.date | None, Query()] = None,
) -> HTMLResponse:
    service, _ = _ctx(request)

    def job() -> str:
        stories = service.stories(since=since, until=until)
        return render_page("web_stories.html", stories=stories[:STORIES_PER_PAGE], total=len(stories),
                           since=since, until=until, has_store=service.has_store, nav="stories")

    return html_response(await request.app.state.light(job))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(
    request: Request,
    story_id: str,
    words: Annotated[int | None, Query(ge=10, le=5000)] = None,
) -> HTMLResponse:
    service, runner = _ctx(request)
    story = await request.app.state.light(service.story, story_id)
    key = ("page",) + service.brief_key(story, words, True)
    html = service.peek(key)
    if html is None:

        def job() -> str:
            fresh, result = service.story_brief(story.id, words, analyze=True)
            return service.cached(key, lambda: brief_page(result, has_store=True, story=fresh, words=words))

        html = await request.app.state.flights(key, lambda: runner(job))
    return html_response(html)


@router.get("/digest", response_class=HTMLResponse)
async def digest_latest(request: Request, date: Annotated[dt.date | None, Query()] = None) -> Response:
    """The digest of ``?date=``, else of the latest day with a story."""
    service, _ = _ctx(request)
    day = date or await request.app.state.light(service.latest_date)
    if day is None:
        return html_response(render_page("web_digest.html", day=None, entries=[],
                                         has_store=service.has_store, nav="digest"))
    return RedirectResponse(f"/digest/{day.isoformat()}", status_code=303)


@router.get("/digest/{day}", response_class=HTMLResponse)
async def digest_page(
    request: Request,
    day: dt.date,
    words: Annotated[int | None, Query(ge=10, le=5000)] = None,
) -> HTMLResponse:
    service, runner = _ctx(request)

    def job() -> str:
        return digest_page_html(service.digest(day, words))

    return html_response(await runner(job))


def digest_page_html(digest: Any) -> str:
    """The site page of a :class:`newsbrief.digest.Digest`: each story's cited
    summary, linked to its story page."""
    from ..digest import digest_entries

    day = digest.date
    return render_page("web_digest.html", day=day, entries=digest_entries(digest), prev_day=day - dt.timedelta(days=1),
                       next_day=day + dt.timedelta(days=1), has_store=True, nav="digest")


@router.get("/static/brief.js")
async def brief_js() -> Response:
    return Response(_asset("brief.js"), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"})


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return resources.files("newsbrief").joinpath("templates", name).read_text(encoding="utf-8")


# --- helpers shared with the API ---------------------------------------------------


def check_count(n: int, limit: int) -> None:
    if n > limit:
        raise InvalidRequestError(f"{n} articles, over the limit of {limit} per request; brief one story at a time")


__all__ = ["CSP", "SECURITY_HEADERS", "brief_page", "error_page", "html_response", "render_page", "router"]
