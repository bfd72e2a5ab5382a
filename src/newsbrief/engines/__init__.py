"""Engines: run the brief pipeline over many stories at once.

An engine maps :class:`BriefJob` s (one story's articles as plain dicts) to
brief documents (``Brief.to_dict()``), in input order. The contract is the
same on one machine (:class:`~newsbrief.engines.local.LocalEngine`, a process
pool) and on a cluster (:class:`~newsbrief.engines.spark.SparkEngine`,
PySpark), so a corpus outgrows one machine without code changes.

Jobs and results are plain JSON-able values so they cross process and
executor boundaries unchanged. :mod:`.registry` names the engines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..config import Settings


@dataclass(frozen=True)
class BriefJob:
    """One story to brief: an id, its articles (dicts with
    text/title/source/url/date) and the run's settings as plain values
    (:meth:`Settings.to_dict <newsbrief.config.Settings.to_dict>`), so they
    travel with the job to worker processes and Spark executors."""

    id: str
    articles: list[dict[str, Any]]
    analyze: bool = False
    settings: dict[str, Any] = field(default_factory=dict)


def run_job(job: BriefJob) -> dict[str, Any]:
    """Brief one job; errors become an ``error`` entry instead of stopping the batch."""
    from ..config import Settings
    from ..errors import NewsbriefError
    from ..pipeline import brief

    try:
        settings = Settings.from_dict(job.settings) if job.settings else Settings()
        b = brief(job.articles, analyze=job.analyze, settings=settings)
        b.story_id = job.id
        return b.to_dict()
    except NewsbriefError as err:
        return {"story_id": job.id, "error": str(err), "code": err.code}


def read_jobs(path: str, settings: Settings | None = None, analyze: bool = False,
              on_error=None) -> Iterator[BriefJob]:
    """Jobs from a JSON Lines file (optionally gzipped) with one story per line:
    ``{"id": ..., "articles": [{text, title, source, url, date}, ...]}`` (the
    shape of the evaluation data), each carrying ``settings``. An article
    given as a string is its text, never a path. A bad line (not
    UTF-8, not JSON, too long, not a story) raises an
    :class:`~newsbrief.errors.InputError` naming file and line, or is passed to
    ``on_error`` and skipped when that is given; an unreadable or broken file
    is an InputError too."""
    import gzip
    import zlib

    from ..errors import InputError, MalformedJSONError
    from ..ingest import gzip_error, json_lines

    settings = settings or Settings()
    carried = settings.to_dict()

    def bad(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    try:
        with (gzip.open(path, "rb") if str(path).endswith(".gz") else open(path, "rb")) as fh:
            for lineno, obj in json_lines(fh, str(path), settings.ingest.max_line_bytes, bad,
                                          settings.ingest.max_json_depth):
                if not isinstance(obj, dict) or not isinstance(obj.get("articles"), list):
                    bad(MalformedJSONError("bad story line: expected an object with an 'articles' list",
                                           path=str(path), line=lineno))
                    continue
                yield BriefJob(id=str(obj.get("id", lineno)), articles=[_as_data(a) for a in obj["articles"]],
                               analyze=analyze, settings=carried)
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        raise gzip_error(err, str(path)) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=str(path)) from None


def _as_data(article: Any) -> Any:
    """A story's article as data: a string is the article's text, never a
    file path to read (batch input must not reach into local files)."""
    return {"text": article} if isinstance(article, str) else article


class Engine(Protocol):
    def run(self, jobs: Iterable[BriefJob]) -> Iterator[dict[str, Any]]: ...


__all__ = ["BriefJob", "Engine", "read_jobs", "run_job"]
