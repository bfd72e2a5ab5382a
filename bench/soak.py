"""Soak of ``newsbrief serve`` under hostile load (issues 14 and 17).

Starts the server itself (``python -m newsbrief serve`` on a free loopback
port, a store of BASIL events when ../shared is there), waits until it briefs,
then:

1. two ~1 MB hostile POSTs (segmentation that runs far past the time limit),
   then at once a normal brief: its status and latency (capacity must return);
2. for ``--seconds``: ``--clients`` concurrent clients mixing POST briefs
   (60%), story pages with a random ``?words=`` (30%) and slow bodies that
   trickle a few bytes a second (10%), while ``--half-open`` connections that
   never finish their headers are held open (re-opened as the server closes
   them, after ``--reconnect-delay`` seconds) by helper processes, and a
   prober asks ``/api/health`` twice a second;
3. after the load: ``/api/health`` and a normal brief again.

Reports a table: requests by kind and status, 500s, the health prober's worst
latency and failures, the server's peak RSS (all its processes) and open
descriptors, tracebacks and lines in its log. Exit status 1 when a 500, a
traceback or a failed health check is seen.

    python bench/soak.py [--clients 200] [--seconds 60] [--half-open 20000] [--timeout 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import selectors
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import REPO, MemoryWatch, build_store, cluster_articles, free_port, pct  # noqa: E402

#: ~1 MB of punctuation, still the slowest segmentation input after issue 17's fixes (700 KB: 8.7 s), sent
#: twice against a time limit of --timeout seconds. ("the Lt. Col. " x 80,000, which once ran for minutes, is
#: now briefed in a few seconds.)
HOSTILE = [{"text": ".!?-,;:" * 150_000}]

#: Half-open connections one helper process holds (under its descriptor limit).
PER_HOLDER = 8000


@dataclass
class Soak:
    """What one soak run saw."""

    statuses: Counter = field(default_factory=Counter)
    latencies: dict = field(default_factory=dict)
    hostile: list = field(default_factory=list)
    after_hostile: tuple = (0, 0.0)
    health: list = field(default_factory=list)  # (latency or None on failure)
    health_at: list = field(default_factory=list)  # seconds since the load began, for each check
    health_errors: Counter = field(default_factory=Counter)  # failed checks by kind (ConnectTimeout, ...)
    after_load: tuple = (0, 0, 0.0)  # health status, brief status, brief seconds
    peak_rss_mb: float = 0.0
    peak_fds: int = 0
    half_open_opened: int = 0
    load_wall: float = 0.0  # seconds of step 2
    loop_cpu: float = 0.0  # CPU seconds of the server's main process (its event loop) during step 2
    server_cpu: float = 0.0  # ... of all its processes (briefing workers included)
    holders_cpu: float = 0.0  # ... of the processes holding the half-open connections
    log_lines: int = 0
    tracebacks: int = 0
    seconds: float = 0.0
    load_avg: tuple = (0.0, 0.0)  # 1-minute load average as the load phase began and ended
    nofile: str = ""  # the server's descriptor limit (soft / hard), from /proc
    log_notes: list = field(default_factory=list)  # the server's log lines (a few)

    @property
    def errors_500(self) -> int:
        return sum(n for (_, status), n in self.statuses.items() if status == 500)

    @property
    def health_failures(self) -> int:
        return sum(h is None for h in self.health)

    @property
    def slow_bodies_held(self) -> int:
        """Slow bodies the server neither answered nor closed (only those cut off by the end of the run)."""
        return sum(n for (kind, status), n in self.statuses.items() if kind == "slow body" and status == -1)

    @property
    def ok(self) -> bool:
        return (self.errors_500 == 0 and self.tracebacks == 0 and self.health_failures == 0
                and self.after_hostile[0] == 200 and self.after_load[:2] == (200, 200))


def hold_half_open(port: int, n: int, seconds: float, reconnect_delay: float) -> None:
    """Keep ``n`` connections open that never finish their request headers,
    re-opening each one the server closes ``reconnect_delay`` seconds later (0: at once, a connection flood)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = n + 64
    if hard != resource.RLIM_INFINITY and hard < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, want))
        except (ValueError, OSError) as err:
            print(f"holder: descriptor limit {hard:,}, could not raise it to {want:,} ({err}): fewer connections "
                  "are held", file=sys.stderr, flush=True)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    sel = selectors.DefaultSelector()
    opened = 0

    def open_one() -> None:
        nonlocal opened
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect_ex(("127.0.0.1", port))
            sel.register(s, selectors.EVENT_WRITE, "connecting")
            opened += 1
        except OSError:
            s.close()

    for _ in range(n):
        open_one()
    reopen: list[float] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        now = time.monotonic()
        while reopen and reopen[0] <= now:
            reopen.pop(0)
            open_one()
        for key, _ in sel.select(timeout=0.1):
            s = key.fileobj
            if key.data == "connecting":
                try:
                    s.send(b"GET /api/health HTTP/1.1\r\nHost: soak\r\n")  # never finished
                    sel.modify(s, selectors.EVENT_READ, "held")
                    continue
                except OSError:
                    pass
            else:
                try:
                    if s.recv(4096):
                        continue
                except BlockingIOError:
                    continue
                except OSError:
                    pass
            sel.unregister(s)
            s.close()
            reopen.append(time.monotonic() + reconnect_delay)  # closed by the server: come back
    print(opened, flush=True)


def start_server(port: int, store: Path | None, config: Path, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "--log-level", "warning",
           "--config", str(config)]
    if store is not None:
        cmd += ["--store", str(store)]
    return subprocess.Popen(cmd, cwd=REPO, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            env=dict(os.environ, OMP_NUM_THREADS="1"))


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of ``pids`` so far (their reaped children included)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
        except OSError:
            pass
    return total / os.sysconf("SC_CLK_TCK")


def fds(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return 0


async def slow_body(port: int, seconds: float) -> int:
    """A POST whose body trickles in at a few bytes a second: the status the server answers with (0: closed)."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 10)
    except (OSError, asyncio.TimeoutError):
        return -2  # could not connect
    try:
        writer.write(b"POST /api/brief HTTP/1.1\r\nHost: soak\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n[")
        await writer.drain()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = await asyncio.wait_for(reader.readline(), 0.5)
            except asyncio.TimeoutError:
                writer.write(b" ")
                await writer.drain()
                continue
            return int(line.split()[1]) if line.startswith(b"HTTP/") else 0
        return -1  # still held at the end of the run
    except (ConnectionError, OSError):
        return 0
    finally:
        writer.close()


async def load(url: str, port: int, clients: int, seconds: float, articles: list[dict], story_ids: list[str] | None,
               soak: Soak, slow_seconds: float) -> None:
    import httpx

    body = json.dumps(articles).encode()
    latencies: dict[str, list[float]] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as http:
        deadline = time.perf_counter() + seconds

        async def client(n: int) -> None:
            rng = random.Random(n)
            while time.perf_counter() < deadline:
                roll = rng.random()
                t = time.perf_counter()
                if roll < 0.1:
                    kind = "slow body"
                    status = await slow_body(port, slow_seconds)
                    soak.statuses[(kind, status)] += 1
                    continue
                if roll < 0.4 and story_ids:
                    kind = "GET /stories/{id}?words="
                    req = http.get(f"/stories/{rng.choice(story_ids)}", params={"words": rng.randint(10, 5000)},
                                   headers={"accept": "text/html"})
                else:
                    kind = "POST /api/brief"
                    req = http.post("/api/brief", content=body, headers={"content-type": "application/json"})
                try:
                    r = await req
                    soak.statuses[(kind, r.status_code)] += 1
                    if r.status_code == 200:
                        latencies.setdefault(kind, []).append(time.perf_counter() - t)
                except httpx.HTTPError as err:
                    soak.statuses[(kind, type(err).__name__)] += 1

        await asyncio.gather(*(client(i) for i in range(clients)))
    soak.latencies = latencies


def probe_health(url: str, stop: threading.Event, soak: Soak) -> None:
    import httpx

    began = time.perf_counter()
    while not stop.is_set():
        t = time.perf_counter()
        soak.health_at.append(t - began)
        try:
            status = httpx.get(url + "/api/health", timeout=5).status_code
            soak.health.append(time.perf_counter() - t if status == 200 else None)
            if status != 200:
                soak.health_errors[str(status)] += 1
        except httpx.HTTPError as err:
            soak.health.append(None)
            soak.health_errors[type(err).__name__] += 1
        stop.wait(0.5)


def brief_once(url: str, articles: list[dict], timeout: float = 120) -> tuple[int, float]:
    import httpx

    t = time.perf_counter()
    r = httpx.post(url + "/api/brief", json=articles, timeout=timeout)
    return r.status_code, time.perf_counter() - t


def run(clients: int, seconds: float, half_open: int, timeout: float, reconnect_delay: float = 1.0,
        nofile: int | None = None) -> Soak:
    """One soak run (see the module docstring)."""
    soak = Soak()
    _, articles = cluster_articles()
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "store.sqlite3"
        story_ids = build_store(store_path, 20)
        config = Path(tmp) / "soak.toml"
        config.write_text(f"[server]\ntimeout_seconds = {timeout}\n")
        log = Path(tmp) / "server.log"
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        if nofile:  # as `ulimit -n` or systemd's LimitNOFILE would; the server inherits it
            import resource

            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
            except (ValueError, OSError) as err:
                raise SystemExit(f"cannot set the descriptor limit to {nofile:,}: {err}") from None
        proc = start_server(port, store_path if story_ids else None, config, log)
        watch = MemoryWatch(proc.pid)
        try:
            deadline = time.monotonic() + 180
            while True:  # up, and briefing (the workers' template warms up first)
                try:
                    if brief_once(url, articles[:2], timeout=timeout + 5)[0] == 200:
                        break
                except Exception:  # noqa: BLE001 - not up yet
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"server did not come up:\n{log.read_text()[-3000:]}")
                time.sleep(0.5)
            watch.start()
            start = time.perf_counter()
            # 1. hostile posts, then a normal brief at once
            hostile: list[int] = []
            threads = [threading.Thread(target=lambda: hostile.append(brief_once(url, HOSTILE)[0])) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            soak.hostile = hostile
            soak.after_hostile = brief_once(url, articles)
            # 2. the load, with half-open connections and a health prober
            holders = []
            for i in range(0, half_open, PER_HOLDER):
                n = min(PER_HOLDER, half_open - i)
                holders.append(subprocess.Popen(
                    [sys.executable, __file__, "--hold", str(port), str(n), str(seconds), str(reconnect_delay)],
                    stdout=subprocess.PIPE))
            stop = threading.Event()
            prober = threading.Thread(target=probe_health, args=(url, stop, soak), daemon=True)
            prober.start()
            fd_watch_stop = threading.Event()

            def watch_fds() -> None:
                while not fd_watch_stop.is_set():
                    soak.peak_fds = max(soak.peak_fds, fds(proc.pid))
                    fd_watch_stop.wait(0.5)

            threading.Thread(target=watch_fds, daemon=True).start()
            soak.nofile = descriptor_limit(proc.pid)
            soak.load_avg = (os.getloadavg()[0], 0.0)
            loop_cpu, server_cpu = cpu_seconds([proc.pid]), cpu_seconds(watch._tree())
            children_cpu = _children_cpu()
            load_start = time.perf_counter()
            asyncio.run(load(url, port, clients, seconds, articles, story_ids, soak, slow_seconds=timeout + 5))
            soak.load_wall = time.perf_counter() - load_start
            soak.load_avg = (soak.load_avg[0], os.getloadavg()[0])
            soak.loop_cpu = cpu_seconds([proc.pid]) - loop_cpu
            soak.server_cpu = cpu_seconds(watch._tree()) - server_cpu
            for h in holders:
                out, _ = h.communicate(timeout=seconds + 60)
                soak.half_open_opened += int(out.strip() or 0)
            soak.holders_cpu = _children_cpu() - children_cpu
            # 3. after the load
            time.sleep(1.0)
            stop.set()
            prober.join()
            fd_watch_stop.set()
            import httpx

            health = httpx.get(url + "/api/health", timeout=5).status_code
            soak.after_load = (health, *brief_once(url, articles))
            soak.seconds = time.perf_counter() - start
        finally:
            if watch.is_alive():
                watch.stop()
            proc.terminate()
            proc.wait(timeout=30)
        soak.peak_rss_mb = watch.peak_kb / 1024
        text = log.read_text(errors="replace")
        soak.log_lines = len(text.splitlines())
        soak.log_notes = text.splitlines()[:3]
        soak.tracebacks = text.count("Traceback")
    return soak


def descriptor_limit(pid: int) -> str:
    """``soft / hard`` descriptor limit of process ``pid``."""
    try:
        with open(f"/proc/{pid}/limits") as fh:
            for line in fh:
                if line.startswith("Max open files"):
                    soft, hard = line.split()[3:5]
                    return f"{int(soft):,} / {int(hard):,}"
    except (OSError, ValueError):
        pass
    return "?"


def health_by_window(soak: Soak, window: float = 10.0) -> str:
    """The health prober's worst latency in each ``window`` seconds of the load (``X``: a window with a failure)."""
    worst: dict[int, float | None] = {}
    for at, lat in zip(soak.health_at, soak.health):
        k = int(at // window)
        if lat is None or worst.get(k, 0.0) is None:
            worst[k] = None
        else:
            worst[k] = max(worst.get(k, 0.0), lat)
    return " ".join("X" if worst.get(k, 0.0) is None else f"{worst.get(k, 0.0):.1f}"
                    for k in range(max(worst, default=-1) + 1))


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def table(soak: Soak, clients: int, seconds: float, half_open: int) -> str:
    rows = [f"soak: {clients} clients for {seconds:g} s, {half_open:,} half-open connections "
            f"(opened {soak.half_open_opened:,} in all)", "",
            "| what | value |", "|---|---|",
            f"| hostile POSTs | {', '.join(map(str, soak.hostile))} |",
            f"| normal brief right after | {soak.after_hostile[0]} in {soak.after_hostile[1]:.2f} s |"]
    for (kind, status), n in sorted(soak.statuses.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        rows.append(f"| {kind}: {status} | {n:,} |")
    for kind, lat in sorted(soak.latencies.items()):
        rows.append(f"| {kind}: 200 latency p50 / p99 | {pct(lat, 50):.2f} s / {pct(lat, 99):.2f} s |")
    answered = [h for h in soak.health if h is not None]
    rows += [f"| 500 responses | {soak.errors_500} |",
             f"| /api/health checks: failed / total | {soak.health_failures} / {len(soak.health)}"
             + (f" ({', '.join(f'{k}: {n}' for k, n in soak.health_errors.most_common())})" if soak.health_errors
                else "") + " |",
             f"| /api/health worst latency | {max(answered, default=float('nan')):.2f} s |",
             f"| /api/health worst latency by 10 s of the load (X: a failure) | {health_by_window(soak)} |",
             f"| after the load: health, brief | {soak.after_load[0]}, {soak.after_load[1]} in {soak.after_load[2]:.2f} s |",
             f"| load phase: wall; CPU of the server's event loop / all its processes / the half-open holders | "
             f"{soak.load_wall:.0f} s; {soak.loop_cpu:.0f} s / {soak.server_cpu:.0f} s / {soak.holders_cpu:.0f} s |",
             f"| load average (1 min) as the load began / ended | {soak.load_avg[0]:.1f} / {soak.load_avg[1]:.1f} |",
             f"| server peak RSS (all processes) | {soak.peak_rss_mb:,.0f} MB |",
             f"| server peak open descriptors; its limit (soft / hard) | {soak.peak_fds:,}; {soak.nofile} |",
             f"| log lines, tracebacks | {soak.log_lines}, {soak.tracebacks} |",
             f"| verdict | {'ok' if soak.ok else 'FAILED'} |"]
    return "\n".join(rows)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--hold":
        hold_half_open(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--half-open", type=int, default=20_000)
    ap.add_argument("--timeout", type=float, default=10.0, help="the server's timeout_seconds")
    ap.add_argument("--reconnect-delay", type=float, default=1.0,
                    help="seconds before a half-open connection the server closed comes back (0: a connection flood)")
    ap.add_argument("--nofile", type=int, help="the server's descriptor limit (default: inherited; raising the hard "
                    "limit needs root)")
    args = ap.parse_args()
    soak = run(args.clients, args.seconds, args.half_open, args.timeout, args.reconnect_delay, args.nofile)
    print(table(soak, args.clients, args.seconds, args.half_open))
    if soak.log_notes:
        print("\nserver log:\n" + "\n".join(soak.log_notes))
    sys.exit(0 if soak.ok else 1)


if __name__ == "__main__":
    main()
