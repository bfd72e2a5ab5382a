"""Briefing worker processes: jobs that stop when their time is up.

Briefing is CPU-bound Python and third-party code (nupunkt, spaCy) that
cannot be interrupted from inside: a thread that runs past the time limit keeps
its core until it finishes, and two hostile requests used to hold both worker
threads for half an hour. So briefs, story briefs and digests run in worker
*processes* (:class:`WorkerPool`), one job at a time each:

* a job past the time limit gets its 504 at once, and its process is killed and
  replaced, so capacity returns at once;
* a job that allocates more than ``server.job_memory_bytes`` gets a
  ``MemoryError`` (``RLIMIT_DATA``), answered with a 413; one that uses more
  than ``server.job_cpu_seconds`` of CPU is stopped by the kernel
  (``RLIMIT_CPU``) and answered with a 504; both workers are replaced;
* a worker that dies for any other reason is replaced and its request gets a
  logged 500, without a traceback in the body.

Workers are forked from a warm template, multiprocessing's forkserver with
:mod:`._warm` imported (the pipeline and its models loaded), so a replacement
is ready in milliseconds, not the seconds a cold start takes. Worker-side
code is in :mod:`.jobs`.
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import os
import resource
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

from ..config import Settings
from ..errors import InputTooLargeError, NewsbriefError, RequestTimeoutError, ServerBusyError, ServerError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The module the forkserver imports before forking workers (it warms the pipeline).
WARM_MODULE = "newsbrief.server._warm"


def _context() -> multiprocessing.context.BaseContext:
    """The forkserver context, preloading :data:`WARM_MODULE` (set before the
    forkserver first starts; later pools in the same process share it)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([WARM_MODULE])
    return ctx


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection):
        self.process = process
        self.conn = conn

    def call(self, job: tuple[Callable[..., Any], tuple[Any, ...]]) -> tuple:
        """Send a job and wait for its reply (blocking: runs on an I/O thread)."""
        self.conn.send(job)
        return self.conn.recv()

    def stop(self) -> int | None:
        """Kill the process and wait for it; its exit code."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        return self.process.exitcode


class WorkerPool:
    """``server.workers`` briefing processes with a queue bound, a time limit
    and per-job memory and CPU budgets (see the module docstring).

    ``WorkerPool(settings, store_path)`` only stores its arguments; the
    processes start on :meth:`open` (the app's startup, on its event loop) and
    stop on :meth:`close`. ``await pool(fn, *args)`` runs ``fn(*args)`` (a
    module-level function of :mod:`.jobs`, arguments picklable) in a worker.
    """

    def __init__(self, settings: Settings, store_path: str | None = None):
        self.settings = settings
        self.store_path = store_path
        server = settings.server
        self.workers = server.workers
        self.max_queued = server.max_queued
        self.timeout = server.timeout_seconds
        self.pending_ = 0
        self.jobs_ = 0  # jobs sent to a worker
        self.replaced_ = 0  # workers killed and replaced (time limit, budgets, crashes)
        self._idle: asyncio.Queue[_Worker] | None = None
        self._io: ThreadPoolExecutor | None = None
        self._all: set[_Worker] = set()
        self._closed = False

    def open(self) -> "WorkerPool":
        """Start the worker processes (in the background: the first start
        waits for the warm template, ~5 s; requests queue for a worker meanwhile)."""
        if self._idle is None:
            self._idle = asyncio.Queue()
            # one thread per worker waits on its pipe, one per worker may be starting a replacement
            self._io = ThreadPoolExecutor(max_workers=2 * self.workers + 1, thread_name_prefix="newsbrief-pipe")
            for _ in range(self.workers):
                self._spawn()
        return self

    def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            worker.stop()
        self._all.clear()
        if self._io is not None:
            self._io.shutdown(wait=False, cancel_futures=True)
            self._io = None

    def _spawn(self) -> None:
        """Start one worker on an I/O thread; it joins the idle queue when up."""
        loop = asyncio.get_running_loop()
        assert self._io is not None and self._idle is not None
        idle = self._idle
        future = loop.run_in_executor(self._io, self._start_process)

        def started(f: asyncio.Future) -> None:
            if f.cancelled():
                return
            if f.exception() is not None:
                log.error("a briefing worker could not start: %s", f.exception())
                return
            worker = f.result()
            if self._closed:
                worker.stop()
                return
            self._all.add(worker)
            idle.put_nowait(worker)

        future.add_done_callback(started)

    def _start_process(self) -> _Worker:
        ctx = _context()
        parent, child = ctx.Pipe()
        server = self.settings.server
        process = ctx.Process(
            target=_serve_jobs, name="newsbrief-worker", daemon=True,
            args=(child, self.settings, self.store_path, server.job_memory_bytes, server.job_cpu_seconds),
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    async def _replace(self, worker: _Worker) -> int | None:
        """Kill ``worker`` and start another; the killed one's exit code."""
        self._all.discard(worker)
        self.replaced_ += 1
        loop = asyncio.get_running_loop()
        code = await loop.run_in_executor(self._io, worker.stop)
        if not self._closed:
            self._spawn()
        return code

    async def __call__(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """``fn(*args)`` in a worker: :class:`ServerBusyError` when the queue
        is full, :class:`RequestTimeoutError` past the time limit (``timeout``
        seconds, else ``server.timeout_seconds``; the job is killed), the job's
        own :class:`NewsbriefError` as raised."""
        limit = self.timeout if timeout is None else timeout
        if self.pending_ >= self.workers + self.max_queued:
            raise ServerBusyError(f"server busy: {self.pending_} requests in progress or queued; retry in a few seconds")
        self.open()
        assert self._idle is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        self.pending_ += 1
        try:
            try:
                worker = await asyncio.wait_for(self._idle.get(), limit)
            except asyncio.TimeoutError:
                raise self._timed_out(limit) from None
            self.jobs_ += 1
            call = loop.run_in_executor(self._io, worker.call, (fn, args))
            try:
                reply = await asyncio.wait_for(call, max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                await self._replace(worker)
                raise self._timed_out(limit) from None
            except asyncio.CancelledError:
                await asyncio.shield(self._replace(worker))  # the caller went away: stop its job too
                raise
            except (EOFError, OSError):
                raise self._died(await self._replace(worker)) from None
            return await self._answer(worker, reply)
        finally:
            self.pending_ -= 1

    async def _answer(self, worker: _Worker, reply: tuple) -> Any:
        kind = reply[0]
        if kind == "ok":
            self._idle.put_nowait(worker)  # type: ignore[union-attr]
            return reply[1]
        if kind == "error":
            self._idle.put_nowait(worker)  # type: ignore[union-attr]
            raise _rebuild(reply[1], reply[2])
        await self._replace(worker)  # out of memory or broken: a fresh process
        if kind == "memory":
            raise InputTooLargeError(
                f"the brief needed more than the {self.settings.server.job_memory_bytes / 1e9:g} GB of memory one "
                "request may use; send fewer or shorter articles")
        log.warning("briefing worker failed: %s", reply[1])
        raise ServerError(f"internal error ({reply[1].split(':', 1)[0]}) [NB500]")

    def _timed_out(self, limit: float) -> RequestTimeoutError:
        return RequestTimeoutError(
            f"request took longer than the {limit:g} s time limit and was stopped; brief fewer or shorter "
            "articles")

    def _died(self, exitcode: int | None) -> NewsbriefError:
        if exitcode == -signal.SIGXCPU:
            return RequestTimeoutError(
                f"the brief used more than the {self.settings.server.job_cpu_seconds:g} s of CPU one request may "
                "use and was stopped; brief fewer or shorter articles")
        if exitcode == -signal.SIGKILL:
            return InputTooLargeError("the brief ran out of memory and was stopped; send fewer or shorter articles")
        log.warning("a briefing worker stopped unexpectedly (exit code %s); replaced", exitcode)
        return ServerError("internal error (the briefing worker stopped) [NB500]")


def _rebuild(cls: type[NewsbriefError], state: dict[str, Any]) -> NewsbriefError:
    """A :class:`NewsbriefError` from its class and attributes (they do not
    pickle as themselves: ``args`` holds the formatted message)."""
    err = cls.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, str(err))
    return err


# --- the worker process ---------------------------------------------------------------


#: Scheduling niceness of a briefing worker: the server's event loop (accepting connections, /api/health,
#: pages from the cache) gets a contended core before briefing work does (at 10 the kernel weighs a worker
#: about a tenth of the loop). Briefs are CPU-bound and queued anyway; a loop starved by its own workers
#: answered health checks in up to 5 s under the soak.
WORKER_NICENESS = 10


def _serve_jobs(conn: Connection, settings: Settings, store_path: str | None, memory_bytes: int,
                cpu_seconds: float) -> None:
    """A worker's loop: receive ``(fn, args)``, reply ``("ok", value)``,
    ``("error", class, attributes)`` for a :class:`NewsbriefError`,
    ``("memory",)`` (then exit) past the memory budget, ``("crash", summary)``
    for anything else. Runs until its pipe closes."""
    from . import jobs

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    os.nice(WORKER_NICENESS)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a worker stopped by its CPU budget leaves no core file
    _limit(resource.RLIMIT_DATA, _data_bytes() + memory_bytes)
    jobs.init(settings, store_path)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        used = resource.getrusage(resource.RUSAGE_SELF)
        _limit(resource.RLIMIT_CPU, math.ceil(used.ru_utime + used.ru_stime + cpu_seconds))
        try:
            reply: tuple = ("ok", fn(*args))
        except NewsbriefError as err:
            reply = ("error", type(err), dict(vars(err)))
        except MemoryError:
            conn.send(("memory",))
            return
        except Exception as err:  # noqa: BLE001 - reported to the parent, which logs it and answers 500
            reply = ("crash", f"{type(err).__name__}: {err}"[:500] + "\n" + traceback.format_exc(limit=-3))
        try:
            conn.send_bytes(dumps(reply))  # (the parent's conn.recv() reads it as conn.send's)
        except MemoryError:
            conn.send(("memory",))
            return
        except Exception as err:  # noqa: BLE001 - an unpicklable value
            conn.send(("crash", f"{type(err).__name__}: {err}"[:500]))


#: A cross-source view links entities, their mentions and sentences both ways, and pickling follows those links
#: depth first: ~1,350 levels for a 36-article story, past Python's 1,000 (its page failed with a RecursionError,
#: NB500). A reply is pickled on a thread of its own with this stack and recursion limit (about 10x that story's
#: depth per 16 MB); unpickling is not recursive.
PICKLE_STACK_BYTES = 128 * 2**20
PICKLE_RECURSION_LIMIT = 100_000


def dumps(obj: Any) -> bytes:
    """``obj`` pickled as :meth:`Connection.send` pickles it, however deep its links go (up to
    :data:`PICKLE_RECURSION_LIMIT` levels), on a thread with a :data:`PICKLE_STACK_BYTES` stack."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["data"] = bytes(ForkingPickler.dumps(obj))
        except BaseException as err:  # noqa: BLE001 - raised again in the calling thread
            out["error"] = err

    limit, stack = sys.getrecursionlimit(), threading.stack_size(PICKLE_STACK_BYTES)
    sys.setrecursionlimit(max(limit, PICKLE_RECURSION_LIMIT))
    try:
        thread = threading.Thread(target=run, name="newsbrief-pickle")
        thread.start()
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
        threading.stack_size(stack)
    if "error" in out:
        raise out["error"]
    return out["data"]


def _limit(which: int, soft: int) -> None:
    """Lower the soft limit ``which`` to ``soft`` (never above the hard limit)."""
    _, hard = resource.getrlimit(which)
    resource.setrlimit(which, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _data_bytes() -> int:
    """This process's data segment size (``VmData``: heap and private mappings), in bytes."""
    with open(f"/proc/{os.getpid()}/status") as fh:
        for line in fh:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


__all__ = ["WorkerPool"]
