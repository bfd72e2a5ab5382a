"""Connection limits in front of the app: a header read timeout and a cap on
open connections, so clients that connect and never finish a request cannot
hold the server's file descriptors.

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive``
seconds, but holds a new connection, or one that has sent part of its
headers, for as long as the client likes: ~20,000 such clients once used up
the descriptors, ``/api/health`` stopped answering, and every refused accept
logged "Too many open files" (35 MB of log in a minute).
:class:`GuardedH11Protocol` is uvicorn's HTTP/1.1 protocol with two rules:

* a request's headers must arrive within ``header_timeout`` seconds of the
  connection opening (or of the first byte of a later request on a kept-alive
  connection); otherwise the connection is closed, silently;
* at most ``max_connections`` connections are open: a new one over the cap
  closes the oldest connection that has sent part of its headers and stopped,
  else the oldest idle between requests, else the oldest that has sent nothing
  for :data:`FRESH_GRACE` seconds (a client sends its request as soon as it
  connects; a younger one may be a request the server has not read yet); a
  connection in a request is never closed for room, and when there is no other,
  the new connection is itself closed at once. The cap (plus the listen backlog, which asyncio
  may accept in one go) stays under the process's descriptor limit, so accept
  never fails, and a new request (a health check, sent whole) finds room
  while the excess are half-open connections.

Pass it to uvicorn as ``http=guarded_protocol(settings)``.
"""

from __future__ import annotations

import functools
import resource
from collections import OrderedDict
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..config import Settings

#: Seconds a new connection that has sent nothing is safe from being closed to make room.
FRESH_GRACE = 1.0

#: Descriptors left for everything but client connections: the listening
#: socket, the store and its WAL files, worker pipes, logs, uploads spooled to disk.
RESERVED_DESCRIPTORS = 128


def connection_cap(max_connections: int, backlog: int) -> int:
    """``max_connections``, lowered to fit this process's descriptor limit
    less :data:`RESERVED_DESCRIPTORS` and ``backlog`` (asyncio accepts up to
    that many sockets at once before any is looked at)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return max_connections
    return max(1, min(max_connections, soft - RESERVED_DESCRIPTORS - backlog))


def raise_descriptor_limit() -> int:
    """Raise this process's soft descriptor limit to its hard limit; the new soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):
            return soft
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def guarded_protocol(settings: Settings) -> Any:
    """uvicorn's ``http`` argument: :class:`GuardedH11Protocol` with the
    server settings' limits (picklable, so ``--workers`` processes get it too)."""
    return functools.partial(GuardedH11Protocol, max_connections=settings.server.max_connections,
                             header_timeout=settings.server.header_timeout_seconds)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header read timeout and a connection cap (see the module docstring)."""

    def __init__(self, *args: Any, max_connections: int, header_timeout: float, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_connections = connection_cap(max_connections, self.config.backlog)
        self.header_timeout = header_timeout
        self._header_timer: Any = None
        # connections not in the middle of a request, oldest first, closed in this order to make room: stalled
        # in their headers, idle between requests, fresh (sent nothing yet; value: when it connected); shared by
        # every connection of this server
        state = self.server_state
        if not hasattr(state, "newsbrief_evictable"):
            state.newsbrief_evictable = (OrderedDict(), OrderedDict(), OrderedDict())
        self._stalled, self._idle, self._fresh = state.newsbrief_evictable

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            queue = next((q for q in (self._stalled, self._idle) if q), None)
            if queue is None and self._fresh:
                oldest = next(iter(self._fresh))
                queue = self._fresh if self.loop.time() - self._fresh[oldest] >= FRESH_GRACE else None
            if queue is None:
                self.close_quietly()
                return
            oldest, _ = queue.popitem(last=False)
            oldest.close_quietly()
        self._fresh[self] = self.loop.time()
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._forget()
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm_header_timer()  # still waiting for the rest of a request's headers
            self._stalled[self] = None
        else:
            self._disarm_header_timer()  # in a request: never evicted

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._forget()
            self._idle[self] = None  # until the next request

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        self._forget()
        super().connection_lost(exc)

    def close_quietly(self) -> None:
        """Close the connection without a response or a log line."""
        self._disarm_header_timer()
        self._forget()
        self.transport.abort()

    def _forget(self) -> None:
        for queue in (self._stalled, self._idle, self._fresh):
            queue.pop(self, None)

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE:
            self.close_quietly()


__all__ = ["GuardedH11Protocol", "connection_cap", "guarded_protocol", "raise_descriptor_limit"]
