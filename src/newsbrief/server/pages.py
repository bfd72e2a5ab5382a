"""Server-rendered HTML pages: the paste/upload form, a brief and its
permalink, the story list, a story and the daily digest.

Templates are the ``web_*.html`` files beside ``brief.html`` in
``newsbrief/templates`` (one Jinja environment, autoescaped, shared with
:mod:`newsbrief.render`); :mod:`.views` turns the data model into what they
show. The only script is ``brief.js``, served from ``/static/brief.js``; the
Content-Security-Policy allows no inline script, so text that slipped past
escaping still could not run. Every page works without the script.

A story page that is not cached yet is streamed: the page top and a "reading
the articles" notice at once, the brief when it is ready (a first brief with
the cross-source view takes seconds).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from .. import __version__
from ..errors import InputTooLargeError, InvalidDateError, InvalidRequestError, NewsbriefError, NoArticlesError, NotFoundError
from ..model import Brief, Story, Storyline, is_unnamed
from . import jobs
from .uploads import check_count, upload_name
from .views import SORTS, plural, relative_day, stories_matching, story_view

router = APIRouter(include_in_schema=False)

#: Stories per page of the story list.
STORIES_PER_PAGE = 20

#: A story page not ready after this many seconds is streamed with a loading notice first.
LOADING_AFTER = 0.25

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

#: Where the layout's page content starts (see web_layout.html).
CONTENT_MARK = "<!--content-->"


def render_page(name: str, **context: Any) -> str:
    """Render ``templates/<name>`` with the site context (pure; no I/O)."""
    from ..render import jinja_env

    context.setdefault("version", __version__)
    return jinja_env().get_template(name).render(**context)


def html_response(html: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def brief_page(brief: Brief, *, has_store: bool, story: Story | None = None, words: int | None = None,
               permalink: str | None = None, outlets: Any = None, storyline: Storyline | None = None) -> str:
    """The site page of one brief: headline, warnings, cited key points, where
    sources disagree, the sources, then the rest of the cross-source view;
    ``outlets`` (the user's outlet metadata) adds coverage bars by lean, country and owner;
    a stored story's ``storyline`` adds links to its earlier and later stories."""
    earlier, later = storyline.around(story.id) if storyline is not None and story is not None else ([], [])
    return render_page(
        "web_brief.html", brief=brief, numbers=brief.article_numbers(), view=story_view(brief, outlets), story=story,
        words=words or brief.words, permalink=permalink, has_store=has_store, nav="story" if story else "brief",
        storyline=storyline, earlier=earlier, later=later, plural=plural,
    )


def error_page(status: int, code: str, message: str, has_store: bool) -> str:
    return render_page("web_error.html", status=status, code=code, message=message, has_store=has_store, nav=None)


def outlet_metadata(service) -> Any:
    """The user's outlet metadata (``store.outlet_metadata``), or ``None`` when no file is set."""
    from ..outlet_metadata import load_outlet_metadata

    return load_outlet_metadata(service.settings.store.outlet_metadata)


def _blindspots(service, singles: list[Story], stories: list[Story]) -> dict[str, Story]:
    """Single-outlet story id -> the multi-outlet story (of ``stories``) on likely the same event."""
    from .views import BLINDSPOT_DAYS, blindspots, same_event_candidates

    singles = [s for s in singles if len(s.outlets) == 1]
    candidates = same_event_candidates(singles, stories, BLINDSPOT_DAYS)
    if not singles or not candidates:
        return {}
    with service.store() as store:
        centroids = store.story_centroids([s.id for s in singles + candidates])
    return blindspots(singles, candidates, centroids, service.settings.store.blindspot_similarity)


def _ctx(request: Request):
    return request.app.state.service, request.app.state.pool


async def story_brief(request: Request, story_id: str, words: int | None, analyze: bool) -> tuple[Story, Brief]:
    """A stored story and its brief. The story is looked up on the light pool; a cached brief
    is returned at once, else it is made by a worker, once for concurrent requests, and cached
    (within ``server.story_timeout_seconds``: a big story is made once, however long it takes)."""
    service, pool = _ctx(request)
    story = await request.app.state.light(service.story, story_id)
    key = service.brief_key(story, words, analyze)
    cached = service.peek(key)
    if cached is not None:
        return story, cached

    async def compute() -> tuple[Story, Brief]:
        fresh, brief = await pool(jobs.story_brief, story.id, service.story_words(words), analyze,
                                  timeout=service.settings.server.story_timeout_seconds)
        return fresh, service.remember(key, brief)

    return await request.app.state.flights(key, compute)


async def brief_posted(request: Request, dicts: list[dict], uploads: list[tuple[str, bytes]], pasted: str,
                       words: int | None, analyze: bool) -> tuple[str, Brief]:
    """Read and brief posted articles in a worker (:func:`.jobs.brief_posted`),
    keep them under a permalink and cache the brief: ``(permalink, brief)``."""
    service, pool = _ctx(request)
    words = words or service.settings.selection.words
    result, brief = await pool(jobs.brief_posted, dicts, uploads, pasted, words, analyze)
    key = await request.app.state.light(service.results.save, result)
    service.remember(("result", key), brief)
    return f"/briefs/{key}", brief


# --- the brief form and its permalinks -------------------------------------------------


def _index(service, **form: Any) -> str:
    values = {"text": "", "words": service.settings.selection.words, "analyze": True, "error": None}
    values.update(form)
    return render_page("web_index.html", has_store=service.has_store, nav="brief",
                       max_bytes=service.settings.server.max_body_bytes,
                       max_articles=service.settings.server.max_articles, **values)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    service, _ = _ctx(request)
    return html_response(_index(service))


@router.post("/brief", response_class=HTMLResponse)
async def brief_form(request: Request) -> Response:
    """The index page's form: pasted text and/or files, words, analyze. The
    brief is saved under its permalink, where the browser is sent; a problem
    shows on the form again, with the pasted text kept."""
    service, _ = _ctx(request)
    form = await request.form(max_files=service.settings.server.max_upload_files, max_fields=20)
    text = form.get("text") or ""
    text = text if isinstance(text, str) else ""
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
    words_field = form.get("words")
    try:
        words = _form_int(words_field, "words", default=service.settings.selection.words, low=10, high=5000)
        if not uploads and not text.strip():
            raise NoArticlesError("no article given: paste text or choose files")
        permalink, _brief = await brief_posted(request, [], uploads, text, words, analyze)
    except NewsbriefError as err:
        page = _index(service, text=text, words=words_field or service.settings.selection.words,
                      analyze=analyze, error=err)
        return html_response(page, status_code=err.http_status)
    return RedirectResponse(permalink, status_code=303)


@router.get("/briefs/{key}", response_class=HTMLResponse)
async def result_page(request: Request, key: str) -> HTMLResponse:
    """A brief of posted articles, at its permalink (briefed again if no longer cached)."""
    service, pool = _ctx(request)
    light = request.app.state.light
    html = service.peek(("result-page", key))
    if html is None:
        result = await light(service.results.load, key)
        brief = service.peek(("result", key))
        if brief is None:
            brief = service.remember(("result", key), await pool(jobs.brief_result, result))
        page = await light(lambda: brief_page(brief, has_store=service.has_store, words=result.words,
                                              permalink=f"/briefs/{key}", outlets=outlet_metadata(service)))
        html = service.remember(("result-page", key), page)
    return html_response(html)


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


# --- stories ----------------------------------------------------------------------------


@router.get("/stories", response_class=HTMLResponse)
async def stories_page(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    sort: Annotated[str, Query()] = "newest",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    since: Annotated[str | None, Query(max_length=40)] = None,
    until: Annotated[str | None, Query(max_length=40)] = None,
    category: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    """The story list: search, sort, one page of cards (title, first sentence, outlets, when).
    The form sends empty dates and category when none is chosen: they mean no limit."""
    service, _ = _ctx(request)
    sort = sort if sort in SORTS else "newest"
    since, until = _day(since), _day(until)

    def job() -> str:
        stories = service.stories(since=since, until=until, category=category or None)
        # first lines are read for a search, else only for the stories shown (a first visit stays quick)
        leads = service.leads(stories) if q.strip() else {}
        found = sorted(stories_matching(stories, q, leads), key=SORTS[sort][1])
        pages = max(1, -(-len(found) // STORIES_PER_PAGE))
        shown = found[(page - 1) * STORIES_PER_PAGE : page * STORIES_PER_PAGE]
        leads = leads or service.leads(shown)
        today = dt.date.today()
        outlets = outlet_metadata(service)
        also = _blindspots(service, shown, stories)
        cards = [{"story": s, "lead": leads.get(s.id, ""), "when": relative_day(s.last_seen or s.first_seen, today),
                  "one_side": outlets.one_side(s.outlets) if outlets is not None else None, "also": also.get(s.id)}
                 for s in shown]
        return render_page("web_stories.html", cards=cards, total=len(stories), found=len(found), page=page,
                           pages=pages, q=q, sort=sort, sorts=SORTS, since=since, until=until, plural=plural,
                           category=category, categories=service.categories(),
                           first=(page - 1) * STORIES_PER_PAGE + 1, has_store=service.has_store, nav="stories")

    return html_response(await request.app.state.light(job))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(
    request: Request,
    story_id: str,
    words: Annotated[int | None, Query(ge=10, le=5000)] = None,
) -> Response:
    """A story's page: at once when cached or quick, else streamed behind a loading notice."""
    service, _ = _ctx(request)
    story = await request.app.state.light(service.story, story_id)
    line = await request.app.state.light(service.storyline_of, story.id)
    # the page changes when its storyline gains a story too
    key = ("page",) + service.brief_key(story, words, True) + (
        (line.id, tuple((s.id, s.title) for s in line.stories)) if line else ())
    html = service.peek(key)
    if html is not None:
        return html_response(html)

    async def page() -> str:
        fresh, result = await story_brief(request, story.id, words, True)
        html = await request.app.state.light(
            lambda: brief_page(result, has_store=True, story=fresh, words=service.story_words(words),
                               outlets=outlet_metadata(service), storyline=line))
        return service.remember(key, html)

    task = asyncio.ensure_future(request.app.state.flights(key, page))
    task.add_done_callback(lambda t: t.cancelled() or t.exception())  # a reader who left does not log an error
    done, _ = await asyncio.wait({task}, timeout=LOADING_AFTER)
    if done:
        return html_response(task.result())
    loading = render_page("web_loading.html", story=story, has_store=True, nav="story")
    return StreamingResponse(_stream_page(loading, task), media_type="text/html; charset=utf-8",
                             headers=SECURITY_HEADERS)


async def _stream_page(loading: str, task: asyncio.Future):
    """The loading page's top (up to its notice) now; the finished page's content when ready."""
    top, _, _ = loading.partition("<!--/loading-->")
    yield top
    try:
        html = await asyncio.shield(task)
    except NewsbriefError as err:
        yield ('<style>#loading .progress{display:none}</style><div class="error-box" role="alert">'
               f"<p>{_escape(str(err))}</p><p class=\"hint\">Reload the page to try again.</p></div></main></body></html>")
        return
    yield "<style>#loading{display:none}</style>" + html.partition(CONTENT_MARK)[2]


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
async def storyline_page(request: Request, storyline_id: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
    """A storyline's page: its stories (events of one long-running topic), oldest first, each linked."""
    service, _ = _ctx(request)
    line = await request.app.state.light(service.storyline, storyline_id)
    return html_response(render_page("web_storyline.html", line=line, plural=plural, has_store=True, nav="story"))


# --- the digest --------------------------------------------------------------------------


def _day(value: str | None, name: str = "date") -> dt.date | None:
    """An ISO day from the URL, or a plain-language :class:`InvalidDateError`."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidDateError(f"“{value[:40]}” is not a date: write it as year-month-day, "
                               "for example 2020-01-14") from None


@router.get("/digest", response_class=HTMLResponse)
async def digest_latest(request: Request, date: Annotated[str | None, Query(max_length=40)] = None,
                        category: Annotated[str, Query(max_length=200)] = "") -> Response:
    """The digest of ``?date=``, else of the latest day with a story."""
    service, _ = _ctx(request)
    day = _day(date) or await request.app.state.light(service.latest_date)
    if day is not None:
        check_digest_day(day)
    if day is None:
        return html_response(render_page("web_digest.html", day=None, entries=[],
                                         has_store=service.has_store, nav="digest"))
    query = f"?category={quote(category)}" if category else ""
    return RedirectResponse(f"/digest/{day.isoformat()}{query}", status_code=303)


@router.get("/digest/{day}", response_class=HTMLResponse)
async def digest_page(
    request: Request,
    day: str,
    words: Annotated[int | None, Query(ge=10, le=5000)] = None,
    category: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    service, pool = _ctx(request)
    date = _day(day)
    assert date is not None  # a path segment is never empty
    check_digest_day(date)
    result, days = await pool(jobs.digest, date, service.digest_words(words), category or None)

    def page() -> str:
        also = _blindspots(service, [story for story, _b in result.entries], service.stories())
        return digest_page_html(result, days, outlet_metadata(service), also)

    return html_response(await request.app.state.light(page))


def digest_page_html(digest: Any, days: list[dt.date] | None = None, outlets: Any = None,
                     also: dict[str, Story] | None = None) -> str:
    """The site page of a :class:`newsbrief.digest.Digest`: counts, each
    story's cited summary linked to its story page, and links to the nearest
    days with stories (``days``, sorted) before and after; with the user's
    outlet metadata, a story whose outlets all share one lean is marked; ``also``
    links a single-outlet story to the multi-outlet story on likely the same event."""
    from ..digest import digest_entries

    day = digest.date
    days = days or []
    # "unknown outlet [1]" is no outlet
    outlet_names = {o for _story, b in digest.entries for o in b.outlets if not is_unnamed(o)}
    n_unnamed = sum(not a.source for _story, b in digest.entries for a in b.sources)
    single = sum(len(b.outlets) == 1 for _story, b in digest.entries)
    entries = digest_entries(digest)
    for e in entries:
        e["one_side"] = outlets.one_side(e["brief"].outlets) if outlets is not None else None
        e["also"] = (also or {}).get(e["story"].id)
    return render_page("web_digest.html", day=day, entries=entries, category=digest.category,
                       prev_day=max((d for d in days if d < day), default=None),
                       next_day=min((d for d in days if d > day), default=None),
                       n_stories=len(digest.entries), n_outlets=len(outlet_names), n_unnamed=n_unnamed, n_single=single, plural=plural,
                       has_store=True, nav="digest")


# --- assets ------------------------------------------------------------------------------


@router.get("/static/brief.js")
async def brief_js() -> Response:
    return Response(_asset("templates", "brief.js"), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"})


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(_asset("static", "favicon.ico"), media_type="image/x-icon",
                    headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"})


@lru_cache(maxsize=8)
def _asset(folder: str, name: str) -> Any:
    path = resources.files("newsbrief").joinpath(folder, name)
    return path.read_text(encoding="utf-8") if name.endswith(".js") else path.read_bytes()


# --- helpers shared with the API ---------------------------------------------------


def check_file_count(n: int, limit: int) -> None:
    if n > limit:
        raise InputTooLargeError(f"{n} files uploaded, over the limit of {limit} per request; send fewer files")


#: Days a digest can be asked for. A digest is of stories with articles dated
#: that day; outside these years there is no news to gather, and the ends of
#: the calendar (0001-01-01, 9999-12-31) have no day before or after.
DIGEST_DAYS = (dt.date(1800, 1, 1), dt.date(2199, 12, 31))


def check_digest_day(day: dt.date) -> None:
    """:class:`NotFoundError` (404) for a day outside :data:`DIGEST_DAYS`."""
    first, last = DIGEST_DAYS
    if not first <= day <= last:
        raise NotFoundError(f"no digest for {day.isoformat()}: this server keeps digests of days from "
                            f"{first.isoformat()} to {last.isoformat()}")


__all__ = ["CSP", "SECURITY_HEADERS", "brief_page", "digest_page_html", "error_page", "html_response",
           "outlet_metadata", "render_page", "router"]
