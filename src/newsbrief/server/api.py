"""The JSON API under ``/api``: brief posted articles or uploaded files, list
stories, brief a stored story, a day's digest, health.

Each route parses its input, runs one library call on the worker pool and
formats the result: JSON by default, the HTML page with ``?format=html`` or an
``Accept`` header that prefers ``text/html``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Body, File, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from .. import __version__
from ..model import Brief
from . import jobs
from .negotiate import wants_html
from .pages import (
    brief_page,
    brief_posted,
    check_digest_day,
    check_file_count,
    digest_page_html,
    html_response,
    outlet_metadata,
    story_brief,
)
from .schemas import (
    ARTICLE_EXAMPLE,
    ARTICLE_EXAMPLE_2,
    ERROR_RESPONSES,
    ArticleIn,
    BriefOut,
    HealthOut,
    StoryListOut,
    StoryOut,
    StorylineOut,
    StorylineStoryOut,
)
from .uploads import check_count, upload_name
from .views import SORTS, stories_matching

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

Words = Annotated[int | None, Query(ge=10, le=5000, description="Summary budget in words (default: the server's selection.words).")]
Analyze = Annotated[bool, Query(description="Include the cross-source view (agreement, conflicts, quotes, entities, "
                                            "timeline) in `analysis`; slower.")]
Format = Annotated[Literal["json", "html"] | None, Query(
    alias="format", description="`json` or `html` (a page with clickable citations); default from the Accept header, "
                                "else JSON.")]
HTML_OR_JSON = {200: {"content": {"text/html": {"schema": {"type": "string"}}}}}


def _ctx(request: Request):
    return request.app.state.service, request.app.state.pool


async def _brief_response(request: Request, brief: Brief, fmt: str | None, *, has_store: bool, story=None,
                          permalink: str | None = None) -> Response:
    """The brief as JSON, or as its page (rendered off the event loop: the
    cross-source view is sizeable); a posted brief's page address is in a ``Link`` header."""
    headers = {"Link": f'<{permalink}>; rel="alternate"; type="text/html"'} if permalink else None
    if wants_html(request.headers.get("accept"), fmt):
        response = html_response(await request.app.state.light(
            lambda: brief_page(brief, has_store=has_store, story=story, permalink=permalink,
                               outlets=outlet_metadata(request.app.state.service))))
        response.headers.update(headers or {})
        return response
    return JSONResponse(brief.to_dict(), headers=headers)


@router.get("/health", response_model=HealthOut, tags=["meta"], summary="Health check")
async def health(request: Request) -> HealthOut:
    """Answers at once (no worker involved): the server is up."""
    service, _ = _ctx(request)
    return HealthOut(status="ok", version=__version__, store=service.has_store, analysis=True)


@router.post(
    "/brief",
    response_model=BriefOut,
    responses=HTML_OR_JSON,
    tags=["briefs"],
    summary="Brief posted articles (JSON)",
)
async def post_brief(
    request: Request,
    articles: Annotated[list[ArticleIn], Body(
        min_length=1,
        description="The articles of one story.",
        openapi_examples={
            "two outlets": {"summary": "Two outlets on one event", "value": [ARTICLE_EXAMPLE, ARTICLE_EXAMPLE_2]},
        },
    )],
    words: Words = None,
    analyze: Analyze = False,
    fmt: Format = None,
) -> Response:
    """Brief one story from its articles: a headline and a word-budgeted summary in which every
    sentence cites the articles (outlet, sentence index, verbatim text, similarity) that support it.
    Near-duplicate articles are marked and not counted as independent sources."""
    service, _ = _ctx(request)
    check_count(len(articles), service.settings.server.max_articles)
    permalink, result = await brief_posted(request, [a.to_input() for a in articles], [], "", words, analyze)
    return await _brief_response(request, result, fmt, has_store=service.has_store, permalink=permalink)


@router.post(
    "/brief/files",
    response_model=BriefOut,
    responses=HTML_OR_JSON,
    tags=["briefs"],
    summary="Brief uploaded files (multipart)",
)
async def post_brief_files(
    request: Request,
    files: Annotated[list[UploadFile], File(
        description="Article files: .txt (first line is the title), .html (main text extracted), .json "
                    "(an article, a list, or {articles: [...]}), .jsonl; optionally .gz.")],
    words: Words = None,
    analyze: Analyze = False,
    fmt: Format = None,
) -> Response:
    """Brief the articles in uploaded files, read as `newsbrief brief FILE...` reads them.
    An unreadable file among readable ones becomes a warning on the brief."""
    service, _ = _ctx(request)
    check_file_count(len(files), service.settings.server.max_upload_files)
    uploads = [(upload_name(f.filename, i), await f.read()) for i, f in enumerate(files, 1)]
    permalink, result = await brief_posted(request, [], uploads, "", words, analyze)
    return await _brief_response(request, result, fmt, has_store=service.has_store, permalink=permalink)


@router.get("/stories", response_model=StoryListOut, tags=["stories"], summary="List stories in the store")
async def list_stories(
    request: Request,
    since: Annotated[dt.date | None, Query(description="Only stories seen on or after this day.")] = None,
    until: Annotated[dt.date | None, Query(description="Only stories seen on or before this day.")] = None,
    q: Annotated[str, Query(max_length=200, description="Only stories whose title or outlets contain every word of "
                                                        "this (case-insensitive).")] = "",
    sort: Annotated[Literal["biggest", "newest", "outlets"], Query(
        description="`biggest` (most articles), `newest` (latest article) or `outlets` (most outlets) first.")] = "biggest",
    limit: Annotated[int, Query(ge=1, le=10000, description="At most this many stories.")] = 1000,
    offset: Annotated[int, Query(ge=0, description="Skip this many (in the chosen order).")] = 0,
    category: Annotated[str | None, Query(max_length=200, description="Only stories of this category (from the "
                                                                      "feeds their articles came from).")] = None,
) -> StoryListOut:
    """Stories (groups of articles about one event) in the chosen order; `count` is the number matching."""
    service, _ = _ctx(request)
    stories = await request.app.state.light(service.stories, since, until, category or None)
    stories = sorted(stories_matching(stories, q, {}), key=SORTS[sort][1])
    page = stories[offset : offset + limit]
    lines = await request.app.state.light(service.storyline_ids, [s.id for s in page])
    return StoryListOut(count=len(stories), stories=[StoryOut(**s.to_dict(), storyline_id=lines.get(s.id))
                                                     for s in page])


@router.get("/stories/{story_id}", response_model=StoryOut, tags=["stories"], summary="One story's metadata")
async def get_story(request: Request, story_id: Annotated[str, Path(max_length=200)]) -> StoryOut:
    """A story's metadata, with its storyline: the storyline's id and its other stories, earlier and later."""
    service, _ = _ctx(request)
    story = await request.app.state.light(service.story, story_id)
    line = await request.app.state.light(service.storyline_of, story.id)
    if line is None:
        return StoryOut(**story.to_dict())
    earlier, later = line.around(story.id)
    siblings = [StorylineStoryOut(id=s.id, title=s.title, size=s.size, position=position,
                                  first_seen=s.first_seen.isoformat() if s.first_seen else None,
                                  last_seen=s.last_seen.isoformat() if s.last_seen else None)
                for position, group in (("earlier", earlier), ("later", later)) for s in group]
    return StoryOut(**story.to_dict(), storyline_id=line.id, storyline=siblings)


@router.get("/storylines/{storyline_id}", response_model=StorylineOut, tags=["stories"],
            summary="A storyline and its stories")
async def get_storyline(request: Request, storyline_id: Annotated[str, Path(max_length=200)]) -> StorylineOut:
    """Stories (events) linked into one long-running topic, oldest first (undated last). A storyline merged
    into another answers with the one that absorbed it."""
    service, _ = _ctx(request)
    line = await request.app.state.light(service.storyline, storyline_id)
    return StorylineOut(id=line.id, title=line.title,
                        first_seen=line.first_seen.isoformat() if line.first_seen else None,
                        last_seen=line.last_seen.isoformat() if line.last_seen else None,
                        stories=[StoryOut(**s.to_dict(), storyline_id=line.id) for s in line.stories])


@router.get(
    "/stories/{story_id}/brief",
    response_model=BriefOut,
    responses=HTML_OR_JSON,
    tags=["stories"],
    summary="Brief a stored story",
)
async def get_story_brief(
    request: Request,
    story_id: Annotated[str, Path(max_length=200)],
    words: Words = None,
    analyze: Analyze = False,
    fmt: Format = None,
) -> Response:
    """The brief of one story from the store (cached until the story gains articles). `words` snaps to
    the nearest of a fixed set of budgets (25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000, ...
    5000, and the server's default), so each story has a bounded number of briefs to make."""
    story, result = await story_brief(request, story_id, words, analyze)
    return await _brief_response(request, result, fmt, has_store=True, story=story)


@router.get(
    "/digest/{day}",
    responses={200: {"content": {"application/json": {"schema": {"type": "object"}}, "text/html": {}}}},
    tags=["stories"],
    summary="A day's digest",
)
async def get_digest(
    request: Request,
    day: Annotated[dt.date, Path(description="ISO date, e.g. 2020-01-14.")],
    words: Annotated[int | None, Query(ge=10, le=5000, description="Word budget of each story's summary (default: the server's digest.words).")] = None,
    fmt: Format = None,
    category: Annotated[str | None, Query(max_length=200, description="Only stories of this category.")] = None,
) -> Response:
    """Every story seen that day, most important first, each with a short cited summary.
    `words` snaps to the nearest of a fixed set of budgets (25, 50, 75, 100, 150, ... 5000)."""
    service, pool = _ctx(request)
    html = wants_html(request.headers.get("accept"), fmt)
    check_digest_day(day)
    result, days = await pool(jobs.digest, day, service.digest_words(words), category or None)
    if html:
        return html_response(await request.app.state.light(
            lambda: digest_page_html(result, days, outlet_metadata(service))))
    from ..digest import render_digest

    body = await request.app.state.light(render_digest, result, "json")
    return Response(body, media_type="application/json")


__all__ = ["router"]
