"""Load check of ``newsbrief serve``: N concurrent clients on loopback for S seconds.

Starts the server itself (``python -m newsbrief serve`` on a free loopback
port, in a subprocess), then runs ``--clients`` asyncio clients (httpx) until
``--seconds`` have passed. Each client loops over a request mix:

* ``POST /api/brief``: the articles of a real small cluster as JSON
  (default: the 5-article ../shared/samples/libya-moscow-talks-2020 sample,
  else the bundled examples/air-france-447.jsonl);
* ``GET /stories/{id}``: a story page (HTML brief with citations and the
  cross-source view) of a random story from a store built from BASIL events
  in ../shared/data (first view of a story briefs it, later ones hit the cache);
* ``GET /``: the start page instead, when ../shared is missing.

Reports throughput, p50/p99 latency per request kind, status codes and the
server's peak memory (``VmHWM`` of the server process: peak resident set size).

``--pages`` measures story pages as one reader sees them instead (no other
load): each story of the store viewed for the first time on a running server
("cold": its brief and cross-source view are made, the page rendered) and then
again ("warm": from the cache), the whole page read; targets p50 < 1.5 s cold
and < 300 ms warm. The very first request after the server starts (models
loading) is reported apart.

    python bench/load.py [--clients 50] [--seconds 30] [--json out.json]
    python bench/load.py --pages [--store-events 20] [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE_DIR = SHARED / "samples" / "libya-moscow-talks-2020"
BUNDLED = REPO / "examples" / "air-france-447.jsonl"
#: Articles loaded into the store for the story pages: BASIL events (the same
#: event in NYT, Fox News and HuffPost; real text, dated), three per event.
STORE_SOURCE = SHARED / "data" / "basil" / "test.jsonl.gz"

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cluster_articles() -> tuple[str, list[dict]]:
    """The POSTed cluster: article dicts as a client would send them."""
    if SAMPLE_DIR.is_dir():
        from newsbrief.ingest import read_articles

        arts = read_articles([str(SAMPLE_DIR)])
        return (f"{SAMPLE_DIR.name} ({len(arts)} articles)",
                [{"text": a.raw_text, "title": a.title, "source": a.source,
                  "date": a.date.isoformat() if a.date else None} for a in arts])
    arts = [json.loads(line) for line in BUNDLED.read_text().splitlines() if line.strip()]
    return f"{BUNDLED.name} ({len(arts)} articles)", arts


def build_store(path: Path, events: int) -> list[str] | None:
    """A store of real articles, through the store's own API; ``None`` without the data."""
    from newsbrief.store import Store

    if not STORE_SOURCE.exists():
        return None
    with gzip.open(STORE_SOURCE, "rt", encoding="utf-8") as fh:
        articles = [json.loads(line) for _, line in zip(range(3 * events), fh)]
    with Store(path) as store:
        store.add(articles)
        return [s.id for s in store.stories()]


class MemoryWatch(threading.Thread):
    """Samples the server's RSS; ``peak_kb`` also reads the kernel's VmHWM."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.samples: list[int] = []
        self.hwm_kb = 0
        self._halt = threading.Event()

    def _tree(self) -> list[int]:
        """The server process and every descendant: uvicorn workers with --workers, and the briefing workers'
        template and its workers (started from an I/O thread, so every thread's children are read)."""
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as fh:
                        todo += [int(c) for c in fh.read().split()]
            except OSError:
                pass
        return pids

    def _status(self) -> dict[str, int]:
        """VmRSS and VmHWM summed over the server's processes (kB)."""
        out: dict[str, int] = {}
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/status") as fh:
                    for line in fh:
                        if line.startswith(("VmRSS:", "VmHWM:")):
                            k, v = line.split(":", 1)
                            out[k] = out.get(k, 0) + int(v.split()[0])
            except OSError:
                pass
        return out

    def run(self) -> None:
        while not self._halt.is_set():
            st = self._status()
            if "VmRSS" in st:
                self.samples.append(st["VmRSS"])
            self.hwm_kb = max(self.hwm_kb, st.get("VmHWM", 0))
            self._halt.wait(self.every)

    def stop(self) -> None:
        st = self._status()
        self.hwm_kb = max(self.hwm_kb, st.get("VmHWM", 0))
        self._halt.set()
        self.join(timeout=2)

    @property
    def peak_kb(self) -> int:
        return max([self.hwm_kb, *self.samples]) if self.samples or self.hwm_kb else 0


def start_server(port: int, store: Path | None, workers: int = 1) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsbrief", "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
           "--workers", str(workers)]
    if store is not None:
        cmd += ["--store", str(store)]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop_server(proc: subprocess.Popen) -> None:
    """Terminate the server; kill it when it does not stop within 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not come up")


async def run_clients(url: str, clients: int, seconds: float, articles: list[dict], story_ids: list[str] | None,
                      post_share: float, seed: int, warm: bool) -> tuple[dict[str, list[float]], Counter, float]:
    import httpx

    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: Counter = Counter()
    body = json.dumps(articles).encode()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
        # warm-up outside the timed window: lazy imports, and the NER model the story pages' cross-source view
        # loads once (story briefs themselves stay cold: their first views are part of the load)
        await http.post("/api/brief", content=body, headers={"content-type": "application/json"})
        await http.post("/api/brief?analyze=true", content=body, headers={"content-type": "application/json"})
        if warm and story_ids:
            for sid in story_ids:
                await http.get(f"/stories/{sid}", headers={"accept": "text/html"})
        start = time.perf_counter()
        deadline = start + seconds

        async def client(n: int) -> None:
            rng = random.Random(seed + n)
            while time.perf_counter() < deadline:
                if rng.random() < post_share:
                    kind = "POST /api/brief"
                    req = http.post("/api/brief", content=body, headers={"content-type": "application/json"})
                elif story_ids:
                    kind = "GET /stories/{id}"
                    req = http.get(f"/stories/{rng.choice(story_ids)}", headers={"accept": "text/html"})
                else:
                    kind = "GET /"
                    req = http.get("/", headers={"accept": "text/html"})
                t = time.perf_counter()
                try:
                    r = await req
                    statuses[(kind, r.status_code)] += 1
                    if r.status_code == 200:
                        latencies[kind].append(time.perf_counter() - t)
                except httpx.HTTPError as err:
                    statuses[(kind, type(err).__name__)] += 1

        await asyncio.gather(*(client(i) for i in range(clients)))
        elapsed = time.perf_counter() - start
    return latencies, statuses, elapsed


def descendants(root: int) -> list[int]:
    """``root`` and every process below it (a worker pool's forkserver may be started from another thread, so
    ``/proc/PID/task/PID/children`` would miss it): read from each process's parent id."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += [child for child, ppid in parent.items() if ppid == pid]
    return out


def cpu_seconds(watch: "MemoryWatch") -> float:
    """User + system CPU time used so far by the server's processes."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in descendants(watch.pid):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total / tick


async def view_pages(url: str, story_ids: list[str], repeat: int, watch: "MemoryWatch") -> dict[str, list[tuple[float, float]]]:
    """One reader: the first request after start, then each story cold once and warm ``repeat`` times:
    ``(wall seconds, server CPU seconds)`` per page."""
    import httpx

    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    async with httpx.AsyncClient(base_url=url, timeout=120) as http:
        async def get(path: str) -> tuple[float, float]:
            t, cpu = time.perf_counter(), cpu_seconds(watch)
            r = await http.get(path, headers={"accept": "text/html"})
            r.raise_for_status()
            assert 'class="headline"' in r.text, path  # the finished page, not only its loading notice
            return time.perf_counter() - t, cpu_seconds(watch) - cpu

        out["first request after start"].append(await get(f"/stories/{story_ids[0]}"))
        for sid in story_ids[1:]:
            out["story page, cold"].append(await get(f"/stories/{sid}"))
        for sid in story_ids[1:]:
            for _ in range(repeat):
                out["story page, warm"].append(await get(f"/stories/{sid}"))
    return out


#: Story page targets (p50, seconds) checked by ``--pages``.
PAGE_TARGETS = {"story page, cold": 1.5, "story page, warm": 0.3}


def pages_main(args) -> None:
    with tempfile.TemporaryDirectory(prefix="newsbrief-pages-") as tmp:
        store_path = Path(tmp) / "store.sqlite3"
        story_ids = build_store(store_path, args.store_events)
        if not story_ids:
            raise SystemExit(f"--pages needs {STORE_SOURCE}")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = start_server(port, store_path, args.workers)
        try:
            wait_ready(url, proc)
            watch = MemoryWatch(proc.pid)
            times = asyncio.run(view_pages(url, story_ids, args.repeat, watch))
        finally:
            stop_server(proc)
    load = os.getloadavg()[0]
    print(f"story pages, one reader: {len(story_ids)} stories from {STORE_SOURCE.parent.name}, "
          f"{os.cpu_count()} CPUs (load average {load:.1f} at the end), {args.workers} server process(es); "
          "wall time to the whole page, and the server's CPU time for it")
    print(f"{'view':<28} {'count':>6} {'p50 ms':>8} {'p90 ms':>8} {'max ms':>8} {'CPU p50 ms':>11}  target")
    rows = []
    for kind, pairs in times.items():
        lat, cpu = [w for w, _ in pairs], [c for _, c in pairs]
        target = PAGE_TARGETS.get(kind)
        verdict = "" if target is None else (f"p50 < {target * 1000:.0f} ms: "
                                             + ("met" if pct(lat, 50) < target else "MISSED"))
        print(f"{kind:<28} {len(lat):>6} {pct(lat, 50) * 1000:>8.0f} {pct(lat, 90) * 1000:>8.0f} "
              f"{max(lat) * 1000:>8.0f} {pct(cpu, 50) * 1000:>11.0f}  {verdict}")
        rows.append({"view": kind, "count": len(lat), "p50_ms": pct(lat, 50) * 1000, "p90_ms": pct(lat, 90) * 1000,
                     "max_ms": max(lat) * 1000, "cpu_p50_ms": pct(cpu, 50) * 1000,
                     "target_p50_ms": target and target * 1000})
    if args.json:
        args.json.write_text(json.dumps({"cpus": os.cpu_count(), "load_average": load, "stories": len(story_ids),
                                         "rows": rows}, indent=2))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))
    return values[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--seconds", type=float, default=30.0, help="duration of the timed run (default 30)")
    ap.add_argument("--post-share", type=float, default=0.5, help="share of requests that POST a brief (default 0.5)")
    ap.add_argument("--store-events", type=int, default=20, help="BASIL events loaded into the store (default 20)")
    ap.add_argument("--warm", action="store_true", help="view every story once before the timed run (warm page cache)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (newsbrief serve --workers)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--pages", action="store_true", help="story page latency for one reader, cold and warm")
    ap.add_argument("--repeat", type=int, default=5, help="--pages: warm views of each story (default 5)")
    args = ap.parse_args()
    if args.pages:
        pages_main(args)
        return

    label, articles = cluster_articles()
    with tempfile.TemporaryDirectory(prefix="newsbrief-load-") as tmp:
        store_path = Path(tmp) / "store.sqlite3"
        story_ids = build_store(store_path, args.store_events)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = start_server(port, store_path if story_ids else None, args.workers)
        try:
            wait_ready(url, proc)
            watch = MemoryWatch(proc.pid)
            watch.start()
            idle_kb = watch._status().get("VmRSS", 0)
            latencies, statuses, elapsed = asyncio.run(run_clients(
                url, args.clients, args.seconds, articles, story_ids, args.post_share, args.seed, args.warm))
            watch.stop()
        finally:
            stop_server(proc)

    total = sum(statuses.values())
    ok = sum(len(v) for v in latencies.values())
    rows = []
    for kind in sorted({k for k, _ in statuses}):
        lat = latencies.get(kind, [])
        codes = {str(c): n for (k, c), n in sorted(statuses.items(), key=lambda x: str(x[0][1])) if k == kind}
        rows.append({"request": kind, "count": sum(codes.values()), "ok": len(lat), "per_s": len(lat) / elapsed,
                     "p50_ms": pct(lat, 50) * 1000, "p99_ms": pct(lat, 99) * 1000,
                     "mean_ms": (statistics.fmean(lat) * 1000) if lat else float("nan"), "status": codes})
    all_lat = [x for v in latencies.values() for x in v]
    summary = {
        "clients": args.clients, "seconds": round(elapsed, 2), "cluster": label, "warm": args.warm,
        "stories_in_store": len(story_ids) if story_ids else 0,
        "requests": total, "ok": ok, "throughput_per_s": ok / elapsed,
        "p50_ms": pct(all_lat, 50) * 1000, "p99_ms": pct(all_lat, 99) * 1000,
        "server_rss_idle_mb": idle_kb / 1024, "server_rss_peak_mb": watch.peak_kb / 1024,
        "cpus": os.cpu_count(), "workers": args.workers, "python": platform.python_version(), "rows": rows,
    }

    print(f"newsbrief serve load check: {args.clients} clients, {elapsed:.1f} s, loopback, {os.cpu_count()} CPUs, "
          f"{args.workers} server process(es); "
          f"POSTed cluster: {label}; store: {summary['stories_in_store']} stories "
          f"({'pages cached before the run' if args.warm else 'cold: first view of a story briefs it'})")
    print(f"{'request':<20} {'count':>7} {'ok':>7} {'ok/s':>7} {'p50 ms':>8} {'p99 ms':>8}  status")
    for r in rows:
        codes = " ".join(f"{c}x{n}" for c, n in r["status"].items())
        print(f"{r['request']:<20} {r['count']:>7} {r['ok']:>7} {r['per_s']:>7.1f} {r['p50_ms']:>8.0f} {r['p99_ms']:>8.0f}  {codes}")
    print(f"{'all':<20} {total:>7} {ok:>7} {summary['throughput_per_s']:>7.1f} {summary['p50_ms']:>8.0f} {summary['p99_ms']:>8.0f}")
    print(f"server memory (all server processes): {summary['server_rss_idle_mb']:.0f} MB RSS at start, "
          f"peak {summary['server_rss_peak_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
