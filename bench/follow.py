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

    python bench/follow.py [--feeds 24] [--concurrency 4,8,16] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "src"))

from newsroom import RSS_HEADERS, Newsroom, Reply, article_page, load_articles, rss  # noqa: E402

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


def story_f1(store_path: Path, gold: dict[str, int]) -> float:
    """BCubed F1 of the stored stories against the gold clusters (articles by URL)."""
    with Store(store_path) as store:
        story = dict(store.conn.execute("SELECT url, story_id FROM articles"))
    urls = [u for u in gold if u in story]
    return bcubed([gold[u] for u in urls], [story[u] for u in urls])[2]


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=24)
    ap.add_argument("--concurrency", default="4,8,16")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    arts = load_articles()
    random.Random(args.seed).shuffle(arts)
    out: dict = {"articles": len(arts), "feeds": args.feeds, "runs": []}
    with Newsroom() as site, tempfile.TemporaryDirectory() as tmp:
        feed_urls, gold, pages = build_site(site, arts, args.feeds)
        settings = Settings()

        t = time.perf_counter()
        extracted = []
        for url, body in pages.items():
            try:
                extracted.append(page_article(body, url, settings).article)
            except InputError:  # not English (a few Multi-News "articles" are lists or tables)
                continue
        extract_s = time.perf_counter() - t
        out["refused"] = len(pages) - len(extracted)
        t = time.perf_counter()
        with Store(Path(tmp) / "file.db", settings=settings) as store:
            store.add(extracted)
        ingest_s = time.perf_counter() - t
        out["extract_per_s"] = len(pages) / extract_s
        out["ingest_per_s"] = len(extracted) / ingest_s
        out["file_bcubed_f1"] = story_f1(Path(tmp) / "file.db", gold)

        for n in map(int, args.concurrency.split(",")):
            run_settings = settings.replace({"follow.host_delay_seconds": 0.0, "follow.max_concurrency": n,
                                             "follow.max_per_host": n})
            path = Path(tmp) / f"follow-{n}.db"
            t = time.perf_counter()
            with Store(path, settings=run_settings) as store, \
                    Follower(store, run_settings, [FeedSource(u) for u in feed_urls]) as follower:
                report = follower.run(once=True)
            seconds = time.perf_counter() - t
            stored = report.ingest.ingested
            out["runs"].append({"concurrency": n, "seconds": seconds, "stored": stored, "per_s": stored / seconds,
                                "fallbacks": report.fallbacks, "errors": report.errors,
                                "bcubed_f1": story_f1(path, gold)})
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{out['articles']} Multi-News articles as pages in {out['feeds']} local feeds (127.0.0.1, same process); "
          f"{out['refused']} of them not English (refused)")
    print(f"extract only (trafilatura, 1 thread): {out['extract_per_s']:.1f} articles/s; "
          f"ingest only (Store.add): {out['ingest_per_s']:.1f} articles/s; "
          f"stories from a file: BCubed F1 {out['file_bcubed_f1']:.3f}")
    print()
    print("| concurrency | seconds | stored | articles/s | fallbacks | errors | BCubed F1 |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in out["runs"]:
        print(f"| {r['concurrency']} | {r['seconds']:.1f} | {r['stored']} | {r['per_s']:.1f} | {r['fallbacks']} | "
              f"{r['errors']} | {r['bcubed_f1']:.3f} |")
    print(f"\npeak RSS {out['peak_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
