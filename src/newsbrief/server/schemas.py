"""Request and response models of the HTTP API (they are the OpenAPI schema).

Responses mirror :meth:`newsbrief.model.Brief.to_dict` and
:meth:`newsbrief.model.Story.to_dict`; the routes build those dicts with the
library and these models document (and, in tests, validate) them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ARTICLE_EXAMPLE = {
    "title": "Bridge reopens",
    "source": "Coastal Herald",
    "url": "https://example.org/bridge-reopens",
    "date": "2024-03-05",
    "text": "The Harbour Bridge reopened to traffic on Monday after two weeks of emergency repairs "
    "to its northern span, city officials said. Engineers replaced four corroded support cables.",
}
ARTICLE_EXAMPLE_2 = {
    "title": "Harbour Bridge open again",
    "source": "Daily Tide",
    "date": "2024-03-05",
    "text": "City officials said the Harbour Bridge reopened on Monday after two weeks of repairs. "
    "Four corroded support cables were replaced, engineers said.",
}


class ArticleIn(BaseModel):
    """One article to brief. Only ``text`` is required."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [ARTICLE_EXAMPLE]})

    text: str = Field(min_length=1, description="The article body (plain text).")
    title: str | None = Field(None, max_length=2000, description="Headline of the article.")
    source: str | None = Field(None, max_length=300, description="Outlet name; detected from wire markers when absent.")
    url: str | None = Field(None, max_length=4000, description="Link to the article (http or https).")
    date: str | None = Field(None, max_length=100, description="Publication date: ISO (2024-03-05) or e.g. 'March 5, 2024'.")
    id: str | None = Field(None, max_length=200, description="Your id for the article; derived from its content when absent.")

    @field_validator("url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v and not v.strip().lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return v

    def to_input(self) -> dict[str, Any]:
        """The dict :func:`newsbrief.brief` reads (``ingest.article_from_dict``)."""
        return self.model_dump(exclude_none=True)


class CitationOut(BaseModel):
    article_id: str = Field(description="Id of the cited article (see ``articles``).")
    outlet: str
    sentence_index: int = Field(description="Index of the supporting sentence in that article.")
    text: str = Field(description="The supporting sentence, verbatim.")
    score: float = Field(description="TF-IDF cosine similarity to the summary sentence (1.0 for its own source).")


class SummarySentenceOut(BaseModel):
    text: str
    outlets: list[str]
    citations: list[CitationOut]


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    path: str | None = None
    sentences: int
    duplicate_of: str | None = None


class BriefOut(BaseModel):
    """A brief: ``newsbrief.brief/1`` JSON, as ``newsbrief brief --format json`` writes it."""

    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {
                    "schema": "newsbrief.brief/1",
                    "story_id": None,
                    "headline": "The Harbour Bridge reopened to traffic on Monday after two weeks of emergency repairs.",
                    "words": 100,
                    "text": "The Harbour Bridge reopened to traffic on Monday after two weeks of emergency repairs "
                    "to its northern span, city officials said.",
                    "summary": [
                        {
                            "text": "The Harbour Bridge reopened to traffic on Monday after two weeks of emergency "
                            "repairs to its northern span, city officials said.",
                            "outlets": ["Coastal Herald", "Daily Tide"],
                            "citations": [
                                {"article_id": "5f0c2b8e1a7d3c44", "outlet": "Coastal Herald", "sentence_index": 0,
                                 "text": "The Harbour Bridge reopened ...", "score": 1.0},
                                {"article_id": "a81e77d0c2b94f13", "outlet": "Daily Tide", "sentence_index": 0,
                                 "text": "City officials said the Harbour Bridge reopened ...", "score": 0.71},
                            ],
                        }
                    ],
                    "articles": [],
                    "warnings": [],
                }
            ]
        },
    )

    schema_: str = Field(alias="schema", description="Document version, ``newsbrief.brief/1``.")
    story_id: str | None = None
    headline: str
    words: int = Field(description="The summary's word budget.")
    text: str = Field(description="The summary as one paragraph.")
    summary: list[SummarySentenceOut]
    articles: list[ArticleOut]
    warnings: list[str]
    analysis: dict[str, Any] | None = Field(
        None, description="Cross-source view (agreement, conflicts, quotes, entities, timeline) when asked for."
    )


class StoryOut(BaseModel):
    """A story kept by the store: a group of articles about one event."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"id": "s-2020-01-14-libya", "title": "Haftar leaves Moscow talks without signing", "size": 5,
                 "article_ids": ["9ee825b776147cdb"], "outlets": ["BBC", "DW"],
                 "first_seen": "2020-01-13", "last_seen": "2020-01-14", "categories": ["world"]}
            ]
        }
    )

    id: str
    title: str
    size: int = Field(description="Number of articles.")
    article_ids: list[str]
    outlets: list[str]
    first_seen: str | None = Field(None, description="ISO date of the earliest article.")
    last_seen: str | None = Field(None, description="ISO date of the latest article.")
    categories: list[str] = Field(default_factory=list, description="Categories of the feeds its articles came "
                                                                    "from (`newsbrief follow`), sorted.")
    storyline_id: str | None = Field(None, description="The storyline (long-running topic) the story is part of "
                                                       "(`GET /api/storylines/{id}`); null until it is linked.")
    storyline: list["StorylineStoryOut"] | None = Field(
        None, description="The other stories of its storyline, oldest first, each marked `earlier` or `later` than "
                          "this one (one story's metadata only; lists leave it out).")


class StorylineStoryOut(BaseModel):
    """A story of a storyline, as listed beside another story."""

    id: str
    title: str
    size: int
    first_seen: str | None = None
    last_seen: str | None = None
    position: Literal["earlier", "later"] | None = Field(
        None, description="Before or after the story it is listed beside (by first date).")


class StorylineOut(BaseModel):
    """Stories (events) linked into one long-running topic, oldest first."""

    id: str
    title: str = Field(description="The title of its biggest story.")
    first_seen: str | None = None
    last_seen: str | None = None
    stories: list[StoryOut]


class StoryListOut(BaseModel):
    count: int
    stories: list[StoryOut]


class HealthOut(BaseModel):
    status: str = Field(description="``ok`` when the server answers.", examples=["ok"])
    version: str
    store: bool = Field(description="Whether this server has a story store (``--store``).")
    analysis: bool = Field(description="Whether the cross-source view is available.")


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable error code (``NB104``...); see newsbrief.errors.", examples=["NB104"])
    message: str = Field(examples=["bad.json: malformed JSON: Expecting value (column 1) [NB104]"])
    status: int = Field(examples=[400])
    errors: list[dict[str, Any]] | None = Field(None, description="Per-field problems of a request that failed validation.")


class ErrorOut(BaseModel):
    """Every error response has this shape."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Input that cannot be read as articles"},
    413: {"model": ErrorOut, "description": "Request body over the size limit"},
    422: {"model": ErrorOut, "description": "Request does not match the schema, or nothing could be briefed"},
    503: {"model": ErrorOut, "description": "Server busy: too many queued requests"},
    504: {"model": ErrorOut, "description": "Request ran past the time limit"},
}

__all__ = [
    "ArticleIn",
    "ArticleOut",
    "BriefOut",
    "CitationOut",
    "ERROR_RESPONSES",
    "ErrorOut",
    "HealthOut",
    "StoryListOut",
    "StoryOut",
    "StorylineOut",
    "StorylineStoryOut",
    "SummarySentenceOut",
]
