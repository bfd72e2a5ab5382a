"""Errors newsbrief raises, each with a stable, searchable code.

Every failure a user can cause is one of these, never a bare ``ValueError``.
Codes by family: ``NB0xx`` settings and arguments, ``NB1xx`` input,
``NB2xx`` store, ``NB3xx`` evaluation, ``NB4xx`` engines, ``NB5xx`` server,
``NB6xx`` following live sources.
The CLI maps them to exit codes (2 for a :class:`UsageError`, else 1), the
server to ``http_status``; library callers branch on the type.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class. ``code`` is stable across releases (``NB1xx`` input, ...)."""

    code = "NB000"
    http_status = 400

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    @property
    def where(self) -> str | None:
        """The input it is about: ``path``, or ``path:line`` for a line of it; None when no input is named."""
        if not self.path:
            return None
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{where}{self.message} [{self.code}]"


class ConfigError(NewsbriefError):
    """A settings file or value that cannot be used."""

    code = "NB001"


class UsageError(NewsbriefError):
    """An argument or option value that cannot be used."""

    code = "NB002"


class InvalidDateError(UsageError):
    """A date argument (``--date``, ``--since``) that is not a date."""

    code = "NB003"


class UnknownFormatError(UsageError):
    """An output format that does not exist."""

    code = "NB004"


class UnknownEngineError(UsageError):
    """A batch engine that does not exist."""

    code = "NB005"


class InputError(NewsbriefError):
    """Input that cannot be read as articles (empty, binary, malformed...)."""

    code = "NB100"


class EmptyInputError(InputError):
    code = "NB101"


class BinaryInputError(InputError):
    code = "NB102"


class EncodingError(InputError):
    code = "NB103"


class MalformedJSONError(InputError):
    code = "NB104"


class InputTooLargeError(InputError):
    code = "NB105"
    http_status = 413


class UnsupportedLanguageError(InputError):
    code = "NB106"
    http_status = 422


class NoArticlesError(InputError):
    """Nothing at all could be briefed."""

    code = "NB107"
    http_status = 422


class MalformedFeedError(InputError):
    """An RSS/Atom feed that cannot be parsed."""

    code = "NB108"


class PageNoteError(InputError):
    """A text that is no article but a page's note (a crawler's, a web host's, a sign-up form's, a syndicate's):
    the story store skips it (``ingest.skip_page_notes``)."""

    code = "NB109"


class DocumentationFileError(InputError):
    """A directory's own documentation (README, LICENSE, ...) met while reading the directory: it describes the
    articles, it is not one (named on its own, the file is read)."""

    code = "NB110"


class StoreError(NewsbriefError):
    code = "NB200"
    http_status = 500


class NotFoundError(NewsbriefError):
    code = "NB201"
    http_status = 404


class DatasetError(NewsbriefError):
    code = "NB300"


class UnknownSystemError(NewsbriefError):
    """``newsbrief eval --systems`` named a system that does not exist."""

    code = "NB301"


class MissingExtraError(NewsbriefError):
    """An optional extra (e.g. ``newsbrief[peers]``) is not installed."""

    code = "NB302"
    http_status = 501


class SparkUnavailableError(NewsbriefError):
    """PySpark is not installed, or Spark could not start (no Java, a bad master URL)."""

    code = "NB400"
    http_status = 503


class SparkJobError(NewsbriefError):
    """A Spark job failed (a failed stage, lost executors)."""

    code = "NB401"
    http_status = 500


class ServerError(NewsbriefError):
    """Errors of the HTTP server itself (``newsbrief serve``): ``NB5xx``."""

    code = "NB500"
    http_status = 500


class InvalidRequestError(ServerError):
    """A request whose parameters or body do not match the API schema."""

    code = "NB501"
    http_status = 422


class NoStoreError(ServerError):
    """A store endpoint was called on a server started without a store."""

    code = "NB502"
    http_status = 404


class ServerBusyError(ServerError):
    """Too many requests are queued; retry later."""

    code = "NB503"
    http_status = 503


class RequestTimeoutError(ServerError):
    """A request ran past ``Settings.server_timeout_seconds``."""

    code = "NB504"
    http_status = 504


class SlowBodyError(ServerError):
    """The client took longer than the time limit to send its request body."""

    code = "NB505"
    http_status = 408


class PipelineError(NewsbriefError):
    """A pipeline whose stages do not fit together (a stage requires what no
    earlier stage assigns, or returns something other than a Brief): a
    programming error in a custom pipeline, not bad input."""

    code = "NB010"
    http_status = 500


class FollowError(NewsbriefError):
    """Errors of following live sources (``newsbrief follow``/``add``): ``NB6xx``."""

    code = "NB600"


class FeedSourceError(UsageError):
    """A feed source argument (URL, OPML or TOML file of feeds) that cannot be used."""

    code = "NB006"


class FetchError(FollowError):
    """A feed or page that could not be downloaded (network error, timeout,
    HTTP error status, redirect loop, too large, disallowed by robots.txt).
    ``status`` is the HTTP status when there was one; ``retryable`` tells
    whether trying again later may succeed."""

    code = "NB601"
    http_status = 502

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None, retryable: bool = False):
        self.status = status
        self.retryable = retryable
        super().__init__(message, path=url)


class StoreCorruptError(StoreError):
    """The store file is damaged (SQLite: "database disk image is malformed",
    "file is not a database"). newsbrief never overwrites it."""

    code = "NB202"


class StoreReadOnlyError(StoreError):
    """The store file (or its folder, for the WAL files) cannot be written."""

    code = "NB203"
    http_status = 503


class StoreFullError(StoreError):
    """The disk is full (SQLITE_FULL): the batch being written was rolled back."""

    code = "NB204"
    http_status = 507


class StoreVersionError(StoreError):
    """The store was written by a newer newsbrief (a schema version this one does not know)."""

    code = "NB205"


class OutputError(NewsbriefError):
    """The output (``--output`` file, standard output) cannot be written: a
    folder given as the file, no permission, the disk full."""

    code = "NB007"
    http_status = 500
