"""Connection limits in front of the app: a header read timeout and a cap on
open connections, so clients that connect and never finish a request cannot
hold the server's file descriptors or its event loop.

uvicorn closes an idle keep-alive connection after ``timeout_keep_alive``
seconds, but holds a new connection, or one that has sent part of its
headers, for as long as the client likes: ~20,000 such clients once used up
the descriptors, ``/api/health`` stopped answering, and every refused accept
logged "Too many open files" (35 MB of log in a minute).

Two layers, sharing one count and one set of rules:

* :class:`HeaderGate` accepts new connections itself (the event loop
  :class:`GatedEventLoop`, which ``newsbrief serve`` runs uvicorn on) and holds
  each as a bare socket until its request headers are complete; only then is
  an asyncio transport and an HTTP protocol made for it. A half-open connection
  costs an accept, a registration with the selector and its received bytes,
  about a fifth of what uvicorn's path costs (a task, a transport and an h11
  state machine per connection): 20,000 hostile clients reconnecting or
  flooding keep the event loop free to answer ``/api/health``.
* :class:`GuardedH11Protocol` is uvicorn's HTTP/1.1 protocol with the same
  rules for kept-alive connections (and for every connection on a plain
  asyncio loop, as in tests that build a ``uvicorn.Server`` themselves).

The rules:

* a request's headers must arrive within ``header_timeout`` seconds of the
  connection opening (or of the first byte of a later request on a kept-alive
  connection); otherwise the connection is closed, silently;
* at most ``max_connections`` connections are open: a new one over the cap
  closes the oldest connection that has sent part of its headers and stopped,
  else the oldest idle between requests, else the oldest that has sent nothing
  for :data:`FRESH_GRACE` seconds (a client sends its request as soon as it
  connects; a younger one may be a request the server has not read yet); a
  connection in a request is never closed for room, and when there is no other,
  the new connection is itself closed at once. The cap stays under the
  process's descriptor limit (less :data:`RESERVED_DESCRIPTORS`; on a plain
  loop also less the listen backlog, which asyncio may accept in one go), so
  accept never fails, and a new request (a health check, sent whole) finds
  room while the excess are half-open connections.

``newsbrief serve`` passes ``loop=LOOP, http=guarded_protocol(settings)`` to uvicorn.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import logging
import re
import resource
import socket
from collections import OrderedDict
from typing import Any

import h11
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..config import Settings

#: Seconds a new connection that has sent nothing is safe from being closed to make room.
FRESH_GRACE = 1.0

#: Descriptors left for everything but client connections: the listening
#: socket, the store and its WAL files, worker pipes, logs, uploads spooled to disk.
RESERVED_DESCRIPTORS = 128

#: Connections :class:`HeaderGate` accepts per wake-up before the loop turns to other work (reads, timers,
#: requests in progress): a flood of connects is taken in slices, each a few milliseconds.
ACCEPT_BATCH = 64

#: uvicorn's ``loop`` argument: the event loop whose listening sockets accept through a :class:`HeaderGate`.
LOOP = "newsbrief.server.connections:GatedEventLoop"

#: A request line as h11 reads it (method, target, version); a first line that is not one is handed to h11
#: at once (which answers 400) instead of being held until the headers end.
_REQUEST_LINE = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+ [^ \r\n]+ HTTP/[0-9]\.[0-9]\r?\n")


def connection_cap(max_connections: int, backlog: int) -> int:
    """``max_connections``, lowered to fit this process's descriptor limit
    less :data:`RESERVED_DESCRIPTORS` and ``backlog`` (connections accepted in
    one go before any is looked at: asyncio's listen backlog on a plain loop,
    none behind a :class:`HeaderGate`)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return max_connections
    return max(1, min(max_connections, soft - RESERVED_DESCRIPTORS - backlog))


def raise_descriptor_limit(wanted: int | None = None) -> tuple[int, str | None]:
    """Raise this process's descriptor limit towards ``wanted`` (default: its
    hard limit): the soft limit, and the hard one with it when ``wanted`` is
    above it and the process may (``CAP_SYS_RESOURCE``, up to
    ``fs.nr_open``). Returns the new soft limit and, when it is below
    ``wanted``, a one-line note saying why."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    note = None
    if wanted is not None and hard != resource.RLIM_INFINITY and wanted > hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
        except (ValueError, OSError) as err:
            note = (f"descriptor limit {hard:,}: could not raise it to {wanted:,} ({err}); at most "
                    f"{max(1, hard - RESERVED_DESCRIPTORS):,} connections are held at once")
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard and hard != resource.RLIM_INFINITY:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):
            pass
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0], note


def guarded_protocol(settings: Settings) -> Any:
    """uvicorn's ``http`` argument: :class:`GuardedH11Protocol` with the
    server settings' limits (picklable, so ``--workers`` processes get it too)."""
    return functools.partial(GuardedH11Protocol, max_connections=settings.server.max_connections,
                             header_timeout=settings.server.header_timeout_seconds)


class _Evictable:
    """The connections of one server not in the middle of a request, oldest first, closed in this order to
    make room: stalled in their headers, idle between requests, fresh (sent nothing yet; value: when it
    connected). Held on uvicorn's server state, shared by every connection of the server."""

    def __init__(self) -> None:
        self.stalled: OrderedDict = OrderedDict()
        self.idle: OrderedDict = OrderedDict()
        self.fresh: OrderedDict = OrderedDict()
        self.gate: HeaderGate | None = None  # the gate accepting for this server, if any
        self.cap = 0  # the connection cap on a plain loop (see connection_cap)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header read timeout and a connection cap (see the module docstring).

    Behind a :class:`HeaderGate` a connection arrives with its request headers
    (``gated``: what the gate read): the gate has admitted it, so only the
    rules for later requests on the connection apply here."""

    def __init__(self, *args: Any, max_connections: int, header_timeout: float, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.max_connections_setting = max_connections
        self.header_timeout = header_timeout
        self.gated: bytes | None = None
        self._header_timer: Any = None
        state = self.server_state
        evictable = getattr(state, "newsbrief_evictable", None)
        if evictable is None:
            evictable = state.newsbrief_evictable = _Evictable()
            evictable.cap = connection_cap(max_connections, self.config.backlog)
        self.evictable = evictable
        self.max_connections = evictable.cap

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self.gated is not None:
            data, self.gated = self.gated, None
            self.data_received(data)
            return
        ev = self.evictable
        if len(self.connections) > self.max_connections:
            queue = next((q for q in (ev.stalled, ev.idle) if q), None)
            if queue is None and ev.fresh:
                oldest = next(iter(ev.fresh))
                queue = ev.fresh if self.loop.time() - ev.fresh[oldest] >= FRESH_GRACE else None
            if queue is None:
                self.close_quietly()
                return
            oldest, _ = queue.popitem(last=False)
            oldest.close_quietly()
        ev.fresh[self] = self.loop.time()
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._forget()
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm_header_timer()  # still waiting for the rest of a request's headers
            self.evictable.stalled[self] = None
        else:
            self._disarm_header_timer()  # in a request: never evicted

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._forget()
            self.evictable.idle[self] = None  # until the next request

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        self._forget()
        super().connection_lost(exc)

    def close_quietly(self) -> None:
        """Close the connection without a response or a log line."""
        self._disarm_header_timer()
        self._forget()
        self.connections.discard(self)  # counted out now, not when the loop reports the loss
        self.transport.abort()

    def _forget(self) -> None:
        ev = self.evictable
        for queue in (ev.stalled, ev.idle, ev.fresh):
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


class HeaderGate:
    """Accepts one listening socket's connections and holds each as a bare
    socket until its request headers are complete, then hands it to the HTTP
    protocol (see the module docstring). ``template`` is a
    :class:`GuardedH11Protocol` from ``protocol_factory`` (never connected):
    the gate reads its limits and shares its server's count and queues."""

    def __init__(self, loop: asyncio.AbstractEventLoop, sock: socket.socket, protocol_factory: Any,
                 template: GuardedH11Protocol):
        self.loop = loop
        self.sock = sock
        self.factory = protocol_factory
        self.header_timeout = template.header_timeout
        self.max_head = template.config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
        self.connections = template.connections  # uvicorn's set of protocols: connections past the gate
        self.evictable = template.evictable
        self.evictable.gate = self
        self.cap = connection_cap(template.max_connections_setting, 0)
        if self.cap < template.max_connections_setting:
            limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
            logging.getLogger("uvicorn.error").warning(
                "at most %s connections are held at once (server.max_connections %s, less %s reserved, does not "
                "fit under the descriptor limit of %s; raise it with ulimit -n or LimitNOFILE)",
                f"{self.cap:,}", f"{template.max_connections_setting:,}", RESERVED_DESCRIPTORS, f"{limit:,}")
        self.deadline: OrderedDict[socket.socket, float] = OrderedDict()  # every held socket, in accept order
        self.fresh: OrderedDict[socket.socket, float] = OrderedDict()  # sent nothing yet: when it connected
        self.partial: OrderedDict[socket.socket, bytes] = OrderedDict()  # sent part of its headers, quietest first
        self._handing_over: set[asyncio.Task] = set()
        self._sweeper = loop.call_later(self._tick(), self._sweep)

    @property
    def held(self) -> int:
        """Connections the gate holds (accepted, headers not complete)."""
        return len(self.deadline)

    def accept(self) -> None:
        """Accept up to :data:`ACCEPT_BATCH` waiting connections (the listening socket is readable)."""
        for _ in range(ACCEPT_BATCH):
            try:
                conn, _ = self.sock.accept()
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as err:
                if err.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    continue  # that connection failed before it was accepted (EPROTO, ENETDOWN, ...)
                if self._make_room():
                    continue  # out of descriptors, and one was freed: try again
                self._pause()
                return
            if self.held + len(self.connections) >= self.cap and not self._make_room():
                conn.close()  # no room: the others are in a request or only just connected
                continue
            conn.setblocking(False)
            now = self.loop.time()
            self.deadline[conn] = now + self.header_timeout
            self.fresh[conn] = now
            self.loop.add_reader(conn.fileno(), self._readable, conn)

    def close(self) -> None:
        """Close every held connection (the server is stopping)."""
        self._sweeper.cancel()
        for conn in list(self.deadline):
            self._drop(conn)

    def _readable(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._drop(conn)
            return
        if self.fresh.pop(conn, None) is None:
            data = self.partial.pop(conn) + data
        if (b"\n\r\n" in data or b"\n\n" in data or len(data) > self.max_head
                or (b"\n" in data and not _REQUEST_LINE.match(data))):
            self._hand_over(conn, data)  # headers complete (or h11 is to refuse them)
        else:
            self.partial[conn] = data  # most recently heard from last

    def _hand_over(self, conn: socket.socket, data: bytes) -> None:
        self._forget(conn)
        task = self.loop.create_task(self._connect(conn, data))
        self._handing_over.add(task)  # referenced until done
        task.add_done_callback(self._handing_over.discard)

    async def _connect(self, conn: socket.socket, data: bytes) -> None:
        def protocol() -> GuardedH11Protocol:
            proto = self.factory()
            proto.gated = data
            return proto

        try:
            await self.loop.connect_accepted_socket(protocol, conn)
        except Exception:  # noqa: BLE001 - the client went away while its transport was made: nothing to answer
            conn.close()

    def _make_room(self) -> bool:
        """Close one connection that is not in a request (see the module docstring's order); whether one was."""
        ev = self.evictable
        if self.partial:
            self._drop(next(iter(self.partial)))
            return True
        for queue in (ev.stalled, ev.idle):
            if queue:
                oldest, _ = queue.popitem(last=False)
                oldest.close_quietly()
                return True
        if self.fresh:
            oldest = next(iter(self.fresh))
            if self.loop.time() - self.fresh[oldest] >= FRESH_GRACE:
                self._drop(oldest)
                return True
        return False

    def _forget(self, conn: socket.socket) -> None:
        self.loop.remove_reader(conn.fileno())
        self.deadline.pop(conn, None)
        self.fresh.pop(conn, None)
        self.partial.pop(conn, None)

    def _drop(self, conn: socket.socket) -> None:
        self._forget(conn)
        conn.close()

    def _tick(self) -> float:
        return min(1.0, self.header_timeout / 4)

    def _sweep(self) -> None:
        """Close the held connections past their header deadline (oldest first: deadlines are in accept
        order), :data:`ACCEPT_BATCH` at a time with the loop's other work in between (20,000 connections
        that came in one flood time out together)."""
        now = self.loop.time()
        for _ in range(ACCEPT_BATCH):
            if not self.deadline:
                break
            conn, due = next(iter(self.deadline.items()))
            if due > now:
                break
            self._drop(conn)
        else:
            self._sweeper = self.loop.call_soon(self._sweep)  # more are due: go on after the waiting events
            return
        self._sweeper = self.loop.call_later(self._tick(), self._sweep)

    def _pause(self) -> None:
        """Out of descriptors with nothing to close: stop accepting for a moment (no log line per refusal)."""
        self.loop.remove_reader(self.sock.fileno())
        self.loop.call_later(0.5, self._resume)

    def _resume(self) -> None:
        if self.sock.fileno() != -1:
            self.loop.add_reader(self.sock.fileno(), self.accept)


class GatedEventLoop(asyncio.SelectorEventLoop):
    """asyncio's selector event loop whose plain (not TLS) listening sockets
    serving a :class:`GuardedH11Protocol` accept through a :class:`HeaderGate`.
    uvicorn runs on it with ``loop=LOOP``.

    It overrides the loop's ``_start_serving`` / ``_stop_serving`` (where
    asyncio installs and removes the accept reader of a server's socket; the
    same in Python 3.8-3.13); the tests of :mod:`newsbrief.server` fail if
    that changes."""

    def __init__(self) -> None:
        super().__init__()
        self._gates: dict[int, HeaderGate] = {}

    def _start_serving(self, protocol_factory, sock, sslcontext=None, *args, **kwargs):  # type: ignore[override]
        template = None if sslcontext is not None else protocol_factory()
        if not isinstance(template, GuardedH11Protocol):
            return super()._start_serving(protocol_factory, sock, sslcontext, *args, **kwargs)
        gate = self._gates.get(sock.fileno())
        if gate is None:
            gate = self._gates[sock.fileno()] = HeaderGate(self, sock, protocol_factory, template)
        self.add_reader(sock.fileno(), gate.accept)

    def _stop_serving(self, sock):  # type: ignore[override]
        gate = self._gates.pop(sock.fileno(), None)
        if gate is not None:
            gate.close()
        super()._stop_serving(sock)


__all__ = ["LOOP", "GatedEventLoop", "GuardedH11Protocol", "HeaderGate", "connection_cap", "guarded_protocol",
           "raise_descriptor_limit"]
