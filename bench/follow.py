"""Follow throughput: articles/s from a local news site, fetch + extract + ingest + cluster.

The site (tests/newsroom.py, in this process, on 127.0.0.1) serves every
Multi-News validation article of ../shared/data long enough to be a page
(>= 120 words) as an ordinary news page (navigation, share bar, related
links, comments), listed round-robin in ``--feeds`` RSS feeds, in a seeded
random order. Each run follows every feed once (``Follower.run(once=True)``)
into a fresh store with no politeness delay and the given concurrency.

Also measured, on the same pages: extraction alone (trafilatura, one
thread) and ingest alone (``Store.add`` of the extracted articles: de-dup +
clustering + SQLite), and the story quality of the followed store against
ingesting the same articles from a file (BCubed F1 against the Multi-News
clusters).

    python bench/follow.py [--feeds 24] [--concurrency 4,8,16] [--extract-processes 1] [--json out.json]

CPU per article counts this process (the follower and the local site's
server threads) and its extraction worker processes
(``follow.extract_processes``); the busier of the two bounds the rate on
two free cores.

``--soak MINUTES`` instead runs a follower for that long in a child process
(``newsbrief follow``, or ``newsbrief serve --follow`` with ``--serve``) against
a site that keeps publishing (``--rate`` articles/s across the feeds, the
Multi-News pages recycled under new URLs, one simulated day every
``--day-seconds`` so stories age past ``cluster.horizon_days`` and freeze as
in a live stream: memory reaches its steady state once the oldest active
stories freeze, after horizon_days x day-seconds) and samples the resident
memory (RSS) and CPU seconds of the child and its own children (extraction
workers) and the stored article count every ``--sample`` seconds; it prints a table and writes the plot to ``--plot`` (docs/follow-soak.png).

A live stream brings new events; a recycled page is the same text again, and
the clusterer rightly puts a copy 20 simulated days later into its original's
story, which then never freezes (every story of the pool stays active and
fills its ``cluster.max_members``). So the k-th pass over the pool is edition
k mod ``--editions``: edition e > 0 marks every content word (not a function
word) with e trailing "x"s, so a pass forms stories of its own, and an
edition comes back only after its stories froze: by default as many editions
as that takes at ``--rate`` (:func:`soak_editions`: 3 at 3 articles/s, 9 at
20; the fast soak before 2026-12-02 used 3 at 20 articles/s, so its stories
never froze). ``--editions 1`` recycles identical texts (the soak before
2026-12-02).

    python bench/follow.py --soak 20 [--rate 3] [--serve] [--plot docs/follow-soak.png]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

from newsroom import RSS_HEADERS, Newsroom, Reply, Request, article_page, load_articles, rss  # noqa: E402

from newsbrief.config import Settings  # noqa: E402
from newsbrief.errors import InputError  # noqa: E402
from newsbrief.eval.clustering import bcubed  # noqa: E402
from newsbrief.follow import FeedSource, Follower  # noqa: E402
from newsbrief.follow.extract import page_article  # noqa: E402
from newsbrief.store import Store  # noqa: E402


def build_site(site: Newsroom, arts: list[dict], n_feeds: int) -> tuple[list[str], dict[str, int], dict[str, bytes]]:
    """Routes for every article and feed; return the feed URLs, URL -> gold cluster, URL -> page."""
    gold, pages, feeds = {}, {}, [[] for _ in range(n_feeds)]
    for i, art in enumerate(arts):
        path = f"/{i % 7}/story-{i}.html"
        url = site.url(path)
        pages[url] = article_page(art, canonical=url, site=f"Outlet {i % n_feeds}")
        site.route(path, Reply(body=pages[url]))
        gold[url] = art["cluster"]
        feeds[i % n_feeds].append({"title": art["title"], "link": url, "date": art["date"],
                                   "summary": " ".join(art["text"].split()[:50])})
    urls = []
    for f, items in enumerate(feeds):
        site.route(f"/feeds/{f}.xml", Reply(200, RSS_HEADERS, rss(items, title=f"Outlet {f}")))
        urls.append(site.url(f"/feeds/{f}.xml"))
    return urls, gold, pages


def _workers_cpu() -> float:
    """CPU seconds of this process's children (the extraction workers) so far, living or waited for."""
    return cpu_seconds(os.getpid(), children=True) - cpu_seconds(os.getpid()) + sum(
        cpu_seconds(p) for p in descendants(os.getpid()))


def story_f1(store_path: Path, gold: dict[str, int]) -> float:
    """BCubed F1 of the stored stories against the gold clusters (articles by URL)."""
    with Store(store_path) as store:
        story = dict(store.conn.execute("SELECT url, story_id FROM articles"))
    urls = [u for u in gold if u in story]
    return bcubed([gold[u] for u in urls], [story[u] for u in urls])[2]


# --- soak: memory over a long run ---------------------------------------------------------

#: Categories given to the soak's feeds (round-robin), so categories are exercised too.
SOAK_CATEGORIES = ("world", "politics", "business", "technology", "science", "sport")
#: Items listed in each soak feed (its latest ones).
SOAK_FEED_ITEMS = 20
#: Seconds between two polls of a soak feed (the TOML minimum).
SOAK_INTERVAL = 10


#: Fewest passes over the pool before its texts come back unchanged (see the module docstring); more at a high
#: ``--rate`` (:func:`soak_editions`).
SOAK_EDITIONS = 3
_WORD_RE = re.compile(r"[A-Za-z]{3,}")


def edition(text: str, e: int) -> str:
    """``text`` with every content word (not a function word) marked with ``e`` trailing "x"s."""
    from newsbrief._patterns import STOPWORDS

    if not e:
        return text
    mark = "x" * e
    return _WORD_RE.sub(lambda m: m.group(0) if m.group(0).lower() in STOPWORDS else m.group(0) + mark, text)


def soak_editions(pool: int, rate: float, day_seconds: float, horizon_days: int | None = None) -> int:
    """Editions enough that an edition comes back only after its stories froze: its texts return
    ``(editions - 1)`` passes after its own pass ended, which must be more than ``cluster.horizon_days``
    (+1 day for the clock to pass it). At 3 articles/s a pass is 19.6 simulated days: 3 editions; at 20
    articles/s it is 2.9 days: 9 (with 3, every story stayed active and kept filling its ``max_members``)."""
    import math

    horizon = Settings().cluster.horizon_days if horizon_days is None else horizon_days
    pass_days = pool / rate / day_seconds
    return max(SOAK_EDITIONS, math.ceil((horizon + 1) / pass_days) + 1)


class PublishingSite:
    """Feeds that grow by ``rate`` articles/s (round-robin over ``n_feeds``):
    article k is the pool's article k mod len(pool) in edition
    (k // len(pool)) mod ``editions``, at ``/a/{k}.html``, dated one day later
    per ``day_seconds`` of publishing."""

    def __init__(self, site: Newsroom, pool: list[dict], n_feeds: int, rate: float, day_seconds: float = 60.0,
                 editions: int = SOAK_EDITIONS):
        self.site, self.pool, self.n_feeds, self.rate, self.day_seconds = site, pool, n_feeds, rate, day_seconds
        self.editions = editions
        self._article = functools.lru_cache(maxsize=4096)(self._make_article)  # feeds list one several times
        self.start = time.monotonic()
        self.first_day = dt.date(2016, 5, 1)
        for f in range(n_feeds):
            site.route(f"/feeds/{f}.xml", self._feed(f))

    def published(self) -> int:
        return int((time.monotonic() - self.start) * self.rate)

    def _make_article(self, k: int) -> dict:
        day = self.first_day + dt.timedelta(days=int(k / self.rate // self.day_seconds))
        art = self.pool[k % len(self.pool)]
        e = (k // len(self.pool)) % self.editions
        return {**art, "title": edition(art["title"], e), "text": edition(art["text"], e), "date": day.isoformat()}

    def _page(self, k: int):
        def page(_req: Request) -> Reply:
            url = self.site.url(f"/a/{k}.html")
            return Reply(body=article_page(self._article(k), canonical=url, site=f"Outlet {k % self.n_feeds}"))
        return page

    def _feed(self, f: int):
        def feed(req: Request) -> Reply:
            n = self.published()
            ks = [k for k in range(f, n, self.n_feeds)][-SOAK_FEED_ITEMS:]
            etag = f'"{f}-{len(ks)}-{ks[-1] if ks else -1}"'
            if req.headers.get("if-none-match") == etag:
                return Reply(304, {"ETag": etag})
            items = []
            for k in ks:
                path = f"/a/{k}.html"
                if path not in self.site.routes:
                    self.site.route(path, self._page(k))
                art = self._article(k)
                items.append({"title": art["title"], "link": self.site.url(path), "date": art["date"],
                              "summary": " ".join(art["text"].split()[:50])})
            return Reply(200, {**RSS_HEADERS, "ETag": etag}, rss(items, title=f"Outlet {f}"))
        return feed


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` (Linux /proc), in MB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int, children: bool = False) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc); with ``children``, plus those of
    its children that exited and were waited for."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return ticks / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """Process ids of ``pid``'s children, their children, ... (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            out.extend(kids)
            todo.extend(kids)
    return out


def soak(minutes: float, rate: float, n_feeds: int, sample: float, serve: bool, plot: Path | None,
         seed: int = 0, day_seconds: float = 10.0, editions: int | None = None) -> dict:
    """Run a follower child process for ``minutes`` against a publishing site; sample its RSS
    (``editions``: None for :func:`soak_editions`)."""
    import httpx

    pool = load_articles()
    random.Random(seed).shuffle(pool)
    editions = editions or soak_editions(len(pool), rate, day_seconds)
    samples: list[dict] = []
    with Newsroom() as site, tempfile.TemporaryDirectory() as tmp:
        publisher = PublishingSite(site, pool, n_feeds, rate, day_seconds, editions)
        feeds = Path(tmp) / "feeds.toml"
        feeds.write_text("".join(
            f'[[feeds]]\nurl = "{site.url(f"/feeds/{f}.xml")}"\ncategories = ["{SOAK_CATEGORIES[f % len(SOAK_CATEGORIES)]}"]\n'
            f"interval = {SOAK_INTERVAL}\n\n" for f in range(n_feeds)))
        config = Path(tmp) / "settings.toml"
        config.write_text("[follow]\nhost_delay_seconds = 0.0\nmax_per_host = 8\nmax_concurrency = 8\n")
        store = Path(tmp) / "soak.db"
        port = None
        if serve:
            import socket

            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            cmd = ["serve", "--follow", str(feeds), "--port", str(port), "--log-level", "warning"]
        else:
            cmd = ["follow", str(feeds)]
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        log = open(Path(tmp) / "child.log", "w")
        child = subprocess.Popen([sys.executable, "-m", "newsbrief", *cmd, "--store", str(store), "--config",
                                  str(config)], env=env, stdout=log, stderr=subprocess.STDOUT)
        start = time.monotonic()
        client = httpx.Client(timeout=30.0)
        try:
            while (elapsed := time.monotonic() - start) < minutes * 60:
                if child.poll() is not None:
                    raise SystemExit(f"the follower exited with {child.returncode}: "
                                     + (Path(tmp) / "child.log").read_text()[-2000:])
                stored = 0
                if store.exists():
                    try:
                        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as c:
                            stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
                    except sqlite3.Error:
                        stored = samples[-1]["stored"] if samples else 0
                # the follower and its extraction workers (the briefing workers of `serve` too)
                kids = descendants(child.pid)
                main_mb = rss_mb(child.pid)
                row = {"seconds": round(elapsed, 1), "rss_mb": round(main_mb + sum(map(rss_mb, kids)), 1),
                       "rss_main_mb": round(main_mb, 1), "processes": 1 + len(kids), "stored": stored,
                       "published": publisher.published(),
                       "cpu_s": round(cpu_seconds(child.pid, children=True) + sum(map(cpu_seconds, kids)), 1),
                       "cpu_main_s": round(cpu_seconds(child.pid), 1)}
                if port is not None:  # a reader of the web app too: the status and story pages
                    try:
                        client.get(f"http://127.0.0.1:{port}/stories")
                        row["api_status"] = client.get(f"http://127.0.0.1:{port}/api/status").status_code
                    except httpx.HTTPError:
                        row["api_status"] = None
                samples.append(row)
                time.sleep(sample)
        finally:
            client.close()
            child.terminate()
            try:
                child.wait(30)
            except subprocess.TimeoutExpired:
                child.kill()
            log.close()
    out = {"minutes": minutes, "rate": rate, "feeds": n_feeds, "mode": "serve --follow" if serve else "follow",
           "pool": len(pool), "day_seconds": day_seconds, "editions": editions, "samples": samples}
    # warm-up: every edition published once (the vocabulary caches hold all of it, the first stories froze)
    out["warmup_minutes"] = round(min(editions * len(pool) / rate, minutes * 60 / 2) / 60, 1)
    out.update(_flatness(samples, out["warmup_minutes"] * 60))
    out["from_minute_5"] = _flatness(samples, 5 * 60)
    _print_soak(out)
    if plot:
        _plot_soak(out, plot)
    return out


def _flatness(samples: list[dict], warmup_seconds: float) -> dict:
    """RSS after warm-up against the end, the least-squares slope after warm-up, and CPU per stored article."""
    import numpy as np

    late = [s for s in samples if s["seconds"] >= warmup_seconds]
    t = np.array([s["seconds"] / 3600 for s in late])

    def slope(key: str) -> float:
        m = np.array([s.get(key, s["rss_mb"]) for s in late])
        return round(float(np.polyfit(t, m, 1)[0]), 1) if len(late) > 2 else float("nan")

    stored = samples[-1]["stored"] - late[0]["stored"]
    cpu = samples[-1]["cpu_s"] - late[0]["cpu_s"]
    return {"rss_after_warmup_mb": late[0]["rss_mb"], "rss_end_mb": samples[-1]["rss_mb"],
            "rss_max_mb": max(s["rss_mb"] for s in samples), "slope_mb_per_hour": slope("rss_mb"),
            "slope_main_mb_per_hour": slope("rss_main_mb"),
            "cpu_s": samples[-1]["cpu_s"], "cpu_ms_per_article_after_warmup": round(1000 * cpu / max(stored, 1), 1)}


def _print_soak(out: dict) -> None:
    samples = out["samples"]
    print(f"soak: `newsbrief {out['mode']}` for {out['minutes']:g} min, {len(samples)} samples; {out['feeds']} local "
          f"feeds polled every {SOAK_INTERVAL} s, publishing {out['rate']:g} articles/s ({out['pool']} Multi-News "
          f"pages recycled under new URLs in {out['editions']} edition{'s' if out['editions'] != 1 else ''}, one "
          f"simulated day every {out['day_seconds']:g} s)")
    print()
    print("| minute | RSS MB (all processes) | follower process | processes | stored articles | published | "
          "stored per min | CPU s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    step = max(1, round(120 / max(samples[1]["seconds"] - samples[0]["seconds"], 1e-9))) if len(samples) > 1 else 1
    shown = samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else [])
    prev = None
    for s in shown:
        per_min = "" if prev is None else f"{(s['stored'] - prev['stored']) / max(s['seconds'] - prev['seconds'], 1) * 60:.0f}"
        print(f"| {s['seconds'] / 60:.1f} | {s['rss_mb']:.0f} | {s.get('rss_main_mb', s['rss_mb']):.0f} | "
              f"{s.get('processes', 1)} | {s['stored']} | {s['published']} | {per_min} | {s['cpu_s']:.0f} |")
        prev = s
    print(f"\nRSS after warm-up (minute {out['warmup_minutes']:g}) {out['rss_after_warmup_mb']:.0f} MB, at the end "
          f"{out['rss_end_mb']:.0f} MB, peak {out['rss_max_mb']:.0f} MB; slope after warm-up "
          f"{out['slope_mb_per_hour']:+.1f} MB/hour; {out['cpu_s']:.0f} CPU s in all, "
          f"{out['cpu_ms_per_article_after_warmup']:.1f} CPU ms per stored article after warm-up")
    m5 = out["from_minute_5"]
    print(f"minutes 5-{out['minutes']:g}: RSS {m5['rss_after_warmup_mb']:.0f} -> {m5['rss_end_mb']:.0f} MB, slope "
          f"{m5['slope_mb_per_hour']:+.1f} MB/hour (the follower process alone {m5['slope_main_mb_per_hour']:+.1f}), "
          f"{m5['cpu_ms_per_article_after_warmup']:.1f} CPU ms per stored article")


def _plot_soak(out: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    samples = out["samples"]
    minutes = [s["seconds"] / 60 for s in samples]
    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=110)
    ax.plot(minutes, [s["rss_mb"] for s in samples], color="tab:blue", label="all processes")
    if any(s.get("processes", 1) > 1 for s in samples):
        ax.plot(minutes, [s.get("rss_main_mb", s["rss_mb"]) for s in samples], color="tab:blue", linestyle="--",
                label="the follower process alone")
        ax.legend(loc="lower right", fontsize=8)
    ax.set_xlabel("minutes")
    ax.set_ylabel("RSS of the follower (MB)", color="tab:blue")
    ax.set_ylim(0, max(s["rss_mb"] for s in samples) * 1.15)
    ax2 = ax.twinx()
    ax2.plot(minutes, [s["stored"] for s in samples], color="tab:orange", label="stored articles")
    ax2.set_ylabel("articles stored", color="tab:orange")
    ax2.set_ylim(0, None)
    ax.set_title(f"newsbrief {out['mode']}: {out['minutes']:g}-minute soak, {out['rate']:g} new articles/s",
                 fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=24)
    ap.add_argument("--concurrency", default="4,8,16")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--extract-processes", type=int, default=Settings().follow.extract_processes,
                    help="follow.extract_processes for the throughput runs (0: extract in the fetcher threads).")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--soak", type=float, metavar="MINUTES", help="Run a memory soak for this long instead.")
    ap.add_argument("--rate", type=float, default=3.0, help="Soak: articles published per second.")
    ap.add_argument("--sample", type=float, default=10.0, help="Soak: seconds between two RSS samples.")
    ap.add_argument("--day-seconds", type=float, default=10.0, help="Soak: wall seconds per simulated day.")
    ap.add_argument("--editions", type=int, default=None,
                    help="Soak: passes over the pool before a text comes back unchanged (1: identical copies; "
                         "default: enough that its stories froze, at least 3).")
    ap.add_argument("--serve", action="store_true", help="Soak `newsbrief serve --follow` (and read its pages).")
    ap.add_argument("--plot", type=Path, help="Soak: write the RSS plot here (PNG).")
    args = ap.parse_args(argv)
    if args.soak:
        out = soak(args.soak, args.rate, args.feeds, args.sample, args.serve, args.plot, args.seed, args.day_seconds,
                   args.editions)
        if args.json:
            args.json.write_text(json.dumps(out, indent=2))
        return out

    arts = load_articles()
    random.Random(args.seed).shuffle(arts)
    out: dict = {"articles": len(arts), "feeds": args.feeds, "runs": []}
    with Newsroom() as site, tempfile.TemporaryDirectory() as tmp:
        feed_urls, gold, pages = build_site(site, arts, args.feeds)
        settings = Settings()

        t, cpu = time.perf_counter(), time.process_time()
        extracted = []
        for url, body in pages.items():
            try:
                extracted.append(page_article(body, url, settings).article)
            except InputError:  # not English (a few Multi-News "articles" are lists or tables)
                continue
        extract_s, extract_cpu = time.perf_counter() - t, time.process_time() - cpu
        out["refused"] = len(pages) - len(extracted)
        t, cpu = time.perf_counter(), time.process_time()
        with Store(Path(tmp) / "file.db", settings=settings) as store:
            store.add(extracted)
        ingest_s, ingest_cpu = time.perf_counter() - t, time.process_time() - cpu
        out["extract_per_s"] = len(pages) / extract_s
        out["ingest_per_s"] = len(extracted) / ingest_s
        out["extract_cpu_ms"] = 1000 * extract_cpu / len(pages)
        out["ingest_cpu_ms"] = 1000 * ingest_cpu / len(extracted)
        out["file_bcubed_f1"] = story_f1(Path(tmp) / "file.db", gold)

        for n in map(int, args.concurrency.split(",")):
            run_settings = settings.replace({"follow.host_delay_seconds": 0.0, "follow.max_concurrency": n,
                                             "follow.max_per_host": n,
                                             "follow.extract_processes": args.extract_processes})
            path = Path(tmp) / f"follow-{n}.db"
            t, cpu, workers = time.perf_counter(), time.process_time(), _workers_cpu()
            with Store(path, settings=run_settings) as store, \
                    Follower(store, run_settings, [FeedSource(u) for u in feed_urls]) as follower:
                report = follower.run(once=True)
            seconds, cpu, workers = time.perf_counter() - t, time.process_time() - cpu, _workers_cpu() - workers
            stored = report.ingest.ingested
            load = os.getloadavg()[0]
            out["runs"].append({"concurrency": n, "seconds": seconds, "stored": stored, "per_s": stored / seconds,
                                "cpu_ms_per_article": 1000 * (cpu + workers) / max(stored, 1),
                                "main_cpu_ms_per_article": 1000 * cpu / max(stored, 1),
                                "worker_cpu_ms_per_article": 1000 * workers / max(stored, 1),
                                "extract_processes": run_settings.follow.extract_processes, "load_average": load,
                                "fallbacks": report.fallbacks, "errors": report.errors,
                                "bcubed_f1": story_f1(path, gold)})
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{out['articles']} Multi-News articles as pages in {out['feeds']} local feeds (127.0.0.1, same process); "
          f"{out['refused']} of them not English (refused)")
    print(f"extract only (trafilatura, 1 thread): {out['extract_per_s']:.1f} articles/s "
          f"({out['extract_cpu_ms']:.1f} CPU ms each); ingest only (Store.add): {out['ingest_per_s']:.1f} articles/s "
          f"({out['ingest_cpu_ms']:.1f} CPU ms each); "
          f"stories from a file: BCubed F1 {out['file_bcubed_f1']:.3f}")
    print()
    print("| concurrency | seconds | stored | articles/s | load average | CPU ms/article (all) | this process | "
          "extraction workers | fallbacks | errors | BCubed F1 |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in out["runs"]:
        print(f"| {r['concurrency']} | {r['seconds']:.1f} | {r['stored']} | {r['per_s']:.1f} | {r['load_average']:.1f} | "
              f"{r['cpu_ms_per_article']:.1f} | {r['main_cpu_ms_per_article']:.1f} | "
              f"{r['worker_cpu_ms_per_article']:.1f} | {r['fallbacks']} | {r['errors']} | {r['bcubed_f1']:.3f} |")
    print(f"(CPU: this process, the local site's server threads included, and its {args.extract_processes} "
          "extraction worker process(es), their start included; the busiest of the two bounds articles/s on "
          "2 free cores)")
    print(f"\npeak RSS {out['peak_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
