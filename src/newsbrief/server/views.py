"""What the site's pages show, computed from the data model: plain dicts and strings
the templates lay out (no HTML here, so everything stays autoescaped).

* :func:`~newsbrief.render.story_page.story_view` (re-exported here): a brief's
  cross-source view for the story page, which the page written to a file shares.
* :func:`relative_day`, :func:`entity_kind`: words for dates and entity types.
* :func:`story_lead`: the first sentence of a story's earliest original article
  (the story list's one-line preview).
* :func:`stories_matching`, :func:`blindspots`: the story list's search and its
  single-outlet stories that others covered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import Article, Story
from ..outlets import plural
from ..render.story_page import (ENTITY_KINDS, FIGURES_SHOWN, ITEM_NOTE, SHOWN, entity_kind, group_by_outlet,
                                 story_view)


def relative_day(day: dt.date | None, today: dt.date | None = None) -> str:
    """``"today"``, ``"yesterday"``, ``"3 days ago"``, ``"2 months ago"``, ``"6 years ago"``, ``"undated"``."""
    if day is None:
        return "undated"
    today = today or dt.date.today()
    days = (today - day).days
    if days < 0:
        return f"on {day.isoformat()}"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    for size, unit in ((365, "year"), (30, "month"), (7, "week"), (1, "day")):
        if days >= size:
            n = days // size
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    return "today"  # unreachable: days >= 1 matched above


def story_lead(articles: list[Article]) -> str:
    """The first sentence of the earliest original article's body (after cleaning) that is not a date line, or ``""``."""
    from ..clean import Cleaner
    from ..segment import Segmenter

    first = next((a for a in articles if not a.duplicate_of), articles[0] if articles else None)
    if first is None:
        return ""
    from ..headline import is_date_line

    art = Segmenter.segment_article(Cleaner().clean_article(first))
    # a dateline ("INDONESIA, July 2, 2013") says nothing of the story
    return next((s.text for s in art.sentences if not is_date_line(s.text)), "")



def stories_matching(stories: list[Story], query: str, leads: dict[str, str]) -> list[Story]:
    """Stories whose title, outlets or lead contain every word of ``query`` (case-insensitive)."""
    words = query.lower().split()
    if not words:
        return stories
    out = []
    for s in stories:
        hay = " ".join([s.title, " ".join(s.outlets), leads.get(s.id, "")]).lower()
        if all(w in hay for w in words):
            out.append(s)
    return out


def same_event_candidates(singles: list[Story], stories: list[Story], days: int) -> list[Story]:
    """The stories with two or more outlets whose dates come within ``days`` of
    one of ``singles`` (undated stories are compared with everything)."""
    out = []
    for m in stories:
        if len(m.outlets) < 2:
            continue
        for s in singles:
            if _days_apart(s, m) <= days:
                out.append(m)
                break
    return out


def _days_apart(a: Story, b: Story) -> int:
    """Days between two stories' spans (0 when they overlap or either is undated)."""
    a0, b0 = a.first_seen or a.last_seen, b.first_seen or b.last_seen
    if a0 is None or b0 is None:
        return 0
    a1, b1 = a.last_seen or a0, b.last_seen or b0
    return max(0, (b0 - a1).days, (a0 - b1).days)


def blindspots(singles: list[Story], candidates: list[Story], centroids: tuple[list[str], Any],
               threshold: float) -> dict[str, Story]:
    """Single-outlet story id -> the multi-outlet story of ``candidates`` most
    like it, when their centroids' cosine reaches ``threshold`` (the same event,
    reported by others, that this outlet's story was not grouped with)."""
    ids, C = centroids
    row = {sid: i for i, sid in enumerate(ids)}
    singles = [s for s in singles if s.id in row]
    candidates = [m for m in candidates if m.id in row]
    if not singles or not candidates:
        return {}
    sims = C[[row[s.id] for s in singles]] @ C[[row[m.id] for m in candidates]].T
    sims = sims.toarray() if hasattr(sims, "toarray") else sims
    out = {}
    for i, s in enumerate(singles):
        j = int(sims[i].argmax())
        if sims[i, j] >= threshold and _days_apart(s, candidates[j]) <= BLINDSPOT_DAYS:
            out[s.id] = candidates[j]
    return out


#: Most days between a single-outlet story and the multi-outlet story it is matched with (the clusterer's window).
BLINDSPOT_DAYS = 3


#: Story list orders: name -> (label, sort key).
SORTS = {
    "newest": ("newest", lambda s: (-(s.last_seen or s.first_seen or dt.date.min).toordinal(), -s.size, s.id)),
    "outlets": ("most outlets", lambda s: (-len(s.outlets), -s.size, s.id)),
    "biggest": ("biggest", lambda s: (-s.size, -(s.last_seen or dt.date.min).toordinal(), s.id)),
}


__all__ = ["BLINDSPOT_DAYS", "ENTITY_KINDS", "FIGURES_SHOWN", "ITEM_NOTE", "SHOWN", "SORTS", "blindspots", "entity_kind",
           "group_by_outlet", "plural", "relative_day", "same_event_candidates", "stories_matching", "story_lead", "story_view"]
