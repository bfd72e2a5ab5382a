"""Request limits: body size (413) and body arrival time (408), security
headers on every response, a thread pool with a queue bound (503) and a time
limit (504) for light work, and single-flight sharing of one computation.

Briefing runs in worker processes (:mod:`.workers`), which can be stopped.
The light work (store lookups, cache hits, page rendering: milliseconds each)
runs on a few threads (:class:`Runner`), never on the event loop. A light job
that runs past the time limit gets its 504 at once; its thread finishes the job
in the background (a thread cannot be killed) and still counts against the
queue bound until then, so a flood of slow requests is refused with 503
instead of piling up.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from ..errors import InputTooLargeError, NewsbriefError, RequestTimeoutError, ServerBusyError, SlowBodyError

T = TypeVar("T")

#: HTTP methods whose body the size limit applies to.
_BODY_METHODS = {"POST", "PUT", "PATCH"}


def error_body(err_code: str, message: str, status: int, **extra: Any) -> dict[str, Any]:
    """The JSON body of every error response (see ``schemas.ErrorOut``)."""
    detail: dict[str, Any] = {"code": err_code, "message": message, "status": status}
    detail.update({k: v for k, v in extra.items() if v is not None})
    return {"error": detail}


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with a JSON 413.

    A ``Content-Length`` over the limit is refused before anything is read; a
    body sent without one (chunked) is counted as it streams in and refused as
    soon as it passes the limit. Bodies under the limit are buffered and passed
    on unchanged. A body that takes longer than ``timeout`` seconds to arrive
    gets a 408 (a slow sender cannot hold a connection forever).
    """

    def __init__(self, app, max_bytes: int, timeout: float = 30.0):
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        length = _content_length(scope)
        if length is not None and length > self.max_bytes:
            await self._refuse(send, self._too_large(f"request body is {length:,} bytes"))
            return
        try:
            data = await asyncio.wait_for(self._read(receive), self.timeout)
        except asyncio.TimeoutError:
            await self._refuse(send, SlowBodyError(
                f"the request body did not arrive within {self.timeout:g} s; send it in one go"))
            return
        except _TooLarge:
            await self._refuse(send, self._too_large(f"request body passed {self.max_bytes:,} bytes while streaming"))
            return
        if data is None:  # the client went away
            return
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, receive) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body = message.get("body", b"")
            total += len(body)
            if total > self.max_bytes:
                raise _TooLarge
            chunks.append(body)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _too_large(self, what: str) -> InputTooLargeError:
        return InputTooLargeError(
            f"{what}, over the {self.max_bytes:,}-byte limit of this server; send fewer or smaller articles"
        )

    async def _refuse(self, send, err: NewsbriefError) -> None:
        body = json.dumps(error_body(err.code, str(err), err.http_status)).encode()
        await send({
            "type": "http.response.start",
            "status": err.http_status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        })
        await send({"type": "http.response.body", "body": body})


#: Headers every response gets unless it sets its own (pages and /docs set a
#: Content-Security-Policy fit for them): no content to run or frame, no
#: type sniffing, no referrer sent on.
DEFAULT_HEADERS = (
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeadersMiddleware:
    """Add :data:`DEFAULT_HEADERS` to every HTTP response that lacks them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in DEFAULT_HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class Runner:
    """Run blocking jobs on ``workers`` threads with a queue bound and a time limit.

    ``Runner(workers, max_queued, timeout)`` only stores its settings; the pool
    starts on :meth:`open` (the app's startup) and stops on :meth:`close`.
    """

    def __init__(self, workers: int = 2, max_queued: int = 32, timeout: float = 30.0):
        self.workers = workers
        self.max_queued = max_queued
        self.timeout = timeout
        self.pending_ = 0
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def open(self) -> "Runner":
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newsbrief-worker")
        return self

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def __call__(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on a worker; :class:`ServerBusyError` when the queue is
        full, :class:`RequestTimeoutError` past the time limit."""
        executor = self.open()._executor
        assert executor is not None
        with self._lock:
            if self.pending_ >= self.workers + self.max_queued:
                raise ServerBusyError(
                    f"server busy: {self.pending_} requests in progress or queued; retry in a few seconds"
                )
            self.pending_ += 1
        try:
            future: Future = executor.submit(fn, *args)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except asyncio.TimeoutError:
            future.cancel()
            raise RequestTimeoutError(
                f"request took longer than the {self.timeout:g} s time limit; brief fewer or shorter articles"
            ) from None

    def _done(self, _future: Future | None) -> None:
        with self._lock:
            self.pending_ -= 1


class SingleFlight:
    """Concurrent requests for the same key share one computation.

    Fifty readers opening the same new story wait for one brief instead of
    queueing fifty identical ones. Lives on the event loop (no locks needed).
    """

    def __init__(self):
        self._inflight: dict[Any, asyncio.Future] = {}

    async def __call__(self, key: Any, compute: Callable[[], Any]) -> Any:
        shared = self._inflight.get(key)
        if shared is not None:
            return await asyncio.shield(shared)
        shared = asyncio.get_running_loop().create_future()
        self._inflight[key] = shared
        try:
            result = await compute()
        except BaseException as err:
            if isinstance(err, asyncio.CancelledError):
                shared.cancel()
            else:
                shared.set_exception(err)
                shared.exception()  # retrieved: no "never retrieved" warning without followers
            raise
        else:
            shared.set_result(result)
            return result
        finally:
            del self._inflight[key]


__all__ = ["DEFAULT_HEADERS", "BodyLimitMiddleware", "Runner", "SecurityHeadersMiddleware", "SingleFlight", "error_body"]
