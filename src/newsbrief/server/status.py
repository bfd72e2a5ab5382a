"""The follow status: ``GET /status`` (a page) and ``GET /api/status`` (JSON).

Both read :func:`newsbrief.follow.background.follow_status` from the store
file (feeds, last success, last error, articles stored in the last hour, the
queue of links waiting) and, when this server runs the follower itself
(``newsbrief serve --follow``), whether its loop is running.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..follow.background import follow_status
from .pages import html_response, render_page
from .schemas import ERROR_RESPONSES

router = APIRouter()


class FeedStatusOut(BaseModel):
    """One followed feed."""

    url: str
    title: str | None
    categories: list[str]
    last_poll: str | None = Field(description="When it was last polled (ISO time, UTC).")
    last_success: str | None = Field(description="When it was last polled successfully.")
    last_error: str | None = Field(description="The last failed poll's error (kept after a later success).")
    failures: int = Field(description="Failed polls in a row (0 when the last one succeeded).")
    paused: bool = Field(description="Paused after too many failed polls (`newsbrief follow --resume`).")
    next_poll: str | None = Field(description="When it is due again.")
    articles: int = Field(description="Articles stored from this feed.")
    articles_last_hour: int


class StatusOut(BaseModel):
    """What is being followed into the store, and how it goes."""

    following: bool = Field(description="This server runs the follower (`serve --follow`).")
    running: bool | None = Field(description="Its loop is running (null when this server does not follow).")
    error: str | None = Field(description="Why the follower stopped, if it failed.")
    feeds: list[FeedStatusOut]
    queue: int = Field(description="Links found and not yet stored (to fetch, or fetched and waiting to be stored).")
    articles_per_hour: int = Field(description="Articles stored from followed links in the last hour.")
    links: dict[str, int] = Field(description="Every link seen, by status (pending, fetched, stored, duplicate, failed).")


def status_of(request: Request) -> StatusOut:
    """The status of this server's store and follower (blocking: reads the store file)."""
    service = request.app.state.service
    follower = getattr(request.app.state, "follower", None)
    status = follow_status(service.store_path) if service.has_store else None
    return StatusOut(following=follower is not None, running=follower.running if follower else None,
                     error=follower.error if follower else None, **(status.to_dict() if status else
                                                                     {"feeds": [], "queue": 0, "articles_per_hour": 0,
                                                                      "links": {}}))


@router.get("/api/status", response_model=StatusOut, responses=ERROR_RESPONSES, tags=["meta"],
            summary="Follow status")
async def api_status(request: Request) -> StatusOut:
    """The feeds followed into the store (last poll, last success, last error, articles stored), the
    queue of links waiting, articles stored in the last hour, and whether this server's follower runs."""
    return await request.app.state.light(status_of, request)


@router.get("/status", response_class=HTMLResponse, include_in_schema=False)
async def status_page(request: Request) -> HTMLResponse:
    status = await request.app.state.light(status_of, request)
    now = dt.datetime.now(dt.timezone.utc)
    return html_response(render_page("web_status.html", status=status, ago=lambda iso: _ago(iso, now),
                                     has_store=request.app.state.service.has_store, nav="status"))


def _ago(iso: str | None, now: dt.datetime) -> str:
    """``"12 s ago"``, ``"5 min ago"``, ``"in 3 min"``, ``"2 h ago"``, ``"never"``."""
    if not iso:
        return "never"
    seconds = (now - dt.datetime.fromisoformat(iso)).total_seconds()
    ahead, seconds = seconds < 0, abs(seconds)
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min"), (1, "s")):
        if seconds >= size or unit == "s":
            text = f"{int(seconds // size)} {unit}"
            return f"in {text}" if ahead else f"{text} ago"
    return iso


__all__ = ["FeedStatusOut", "StatusOut", "router"]
