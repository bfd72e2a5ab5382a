"""Following live sources against a real local HTTP server (tests/newsroom.py):
no network beyond 127.0.0.1. Pages are real Multi-News articles inside
ordinary news-page debris."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsroom import MULTINEWS, RSS_HEADERS, Newsroom, Reply, article_page, load_articles, rss  # noqa: E402

from newsbrief.config import Settings  # noqa: E402
from newsbrief.errors import FeedSourceError  # noqa: E402
from newsbrief.follow import FeedSource, Follower, load_sources  # noqa: E402
from newsbrief.follow.state import FollowState, PollOutcome  # noqa: E402
from newsbrief.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not MULTINEWS.is_file(), reason=f"needs ../shared data ({MULTINEWS})")

#: Fast, impolite settings for a local server (politeness is tested on its own).
FAST = {"follow.host_delay_seconds": 0.0, "follow.max_per_host": 4, "follow.retries": 0,
        "follow.retry_backoff_seconds": 0.05, "follow.timeout_seconds": 1.0}


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return load_articles(40)


@pytest.fixture
def site():
    with Newsroom() as room:
        yield room


def publish(site: Newsroom, arts: list[dict], prefix: str = "/news", *, feed: str | None = "/feed.xml",
            summary_words: int = 60) -> list[dict]:
    """Pages for ``arts`` under ``prefix`` (canonical links to themselves) and
    a feed at ``feed`` listing them; returns the feed items."""
    items = []
    for i, art in enumerate(arts):
        path = f"{prefix}/{i}.html"
        site.route(path, Reply(body=article_page(art, canonical=site.url(path))))
        items.append({"title": art["title"], "link": site.url(path), "date": art["date"],
                      "summary": " ".join(art["text"].split()[:summary_words])})
    if feed:
        site.route(feed, Reply(headers=RSS_HEADERS, body=rss(items)))
    return items


def follow(store_path: Path, urls: list[str], once: bool = True, **changes) -> tuple[Follower, object]:
    """Follow ``urls`` once into the store at ``store_path``; return the (closed) follower and its report."""
    settings = Settings().replace({**FAST, **changes})
    with Store(store_path, settings=settings) as store, \
            Follower(store, settings, [FeedSource(u) for u in urls], rng=random.Random(7)) as follower:
        report = follower.run(once=once)
    return follower, report


def rows(store_path: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(store_path) as c:
        return c.execute(sql, args).fetchall()


# --- feeds and polling ------------------------------------------------------------------


def test_first_poll_stores_each_article_with_its_metadata(site, articles, tmp_path):
    publish(site, articles[:6])
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.polls == 1 and report.pages == 6 and report.ingest.ingested == 6, report.summary()
    assert report.fallbacks == 0 and not report.warnings
    got = rows(tmp_path / "s.db", "SELECT title, source, url, date, text FROM articles ORDER BY url")
    assert [r[2] for r in got] == sorted(site.url(f"/news/{i}.html") for i in range(6))
    title, source, _, date, text = got[0]
    assert title == articles[0]["title"] and source == "The Daily Example" and date == "2016-05-01"
    assert articles[0]["text"].split("\n\n")[1] in text  # the body, without the page's debris
    for debris in ("Share on Facebook", "Related stories", "Great article", "All rights reserved", "Subscribe now"):
        assert debris not in text
    meta = rows(tmp_path / "s.db", "SELECT author, language, status FROM fetched_urls")
    assert set(meta) == {("Jane Reporter", "en", "stored")}
    with Store(tmp_path / "s.db") as store:
        assert store.check() == [] and len(store.stories()) >= 1


def test_second_poll_is_conditional_and_gets_304(site, articles, tmp_path):
    items = publish(site, articles[:3], feed=None)
    body = rss(items)

    def feed(req):
        if req.headers.get("if-none-match") == '"v1"' or req.headers.get("if-modified-since") == "Sun, 01 May 2016 08:00:00 GMT":
            return Reply(304, {"ETag": '"v1"'})
        return Reply(200, {**RSS_HEADERS, "ETag": '"v1"', "Last-Modified": "Sun, 01 May 2016 08:00:00 GMT"}, body)

    site.route("/feed.xml", feed)
    follow(tmp_path / "s.db", [site.url("/feed.xml")])
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    second = [r for r in site.requests if r.path == "/feed.xml"][1]
    assert second.headers["if-none-match"] == '"v1"'
    assert second.headers["if-modified-since"] == "Sun, 01 May 2016 08:00:00 GMT"
    assert report.not_modified == 1 and report.pages == 0
    assert all(site.hits(f"/news/{i}.html") == 1 for i in range(3))
    assert rows(tmp_path / "s.db", "SELECT failures, last_error FROM feeds") == [(0, None)]


def test_a_feed_that_changes_between_polls_fetches_only_the_new_entries(site, articles, tmp_path):
    items = publish(site, articles[:5], feed=None)
    site.route("/feed.xml", lambda req: Reply(200, RSS_HEADERS, rss(items[:3] if req.count == 1 else items[1:5])))
    follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert rows(tmp_path / "s.db", "SELECT count(*) FROM articles") == [(3,)]
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.new_links == 2 and report.ingest.ingested == 2
    assert [site.hits(f"/news/{i}.html") for i in range(5)] == [1] * 5
    assert rows(tmp_path / "s.db", "SELECT entries FROM feeds") == [(5,)]


def test_relative_and_duplicate_links_are_resolved_and_fetched_once(site, articles, tmp_path):
    publish(site, articles[:2], feed=None)
    items = [{"title": "a", "link": "../news/0.html"}, {"title": "a again", "link": "/news/0.html#comments"},
             {"title": "a, absolute", "link": site.url("/news/0.html")}, {"title": "b", "link": "../news/1.html"}]
    site.route("/feeds/world.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feeds/world.xml")])
    assert report.new_links == 2 and report.ingest.ingested == 2
    assert site.hits("/news/0.html") == 1 and site.hits("/news/1.html") == 1


def test_a_failing_feed_backs_off_recovers_and_a_feed_that_keeps_failing_is_paused(site, articles, tmp_path):
    items = publish(site, articles[:2], feed=None)
    site.route("/flaky.xml", lambda req: Reply(500) if req.count == 1 else Reply(200, RSS_HEADERS, rss(items)))
    site.route("/broken.xml", Reply(503))
    feeds = [site.url("/flaky.xml"), site.url("/broken.xml")]
    before = time.time()
    _, report = follow(tmp_path / "s.db", feeds, **{"follow.max_failures_before_pause": 2})
    assert report.poll_errors == 2 and report.ingest.ingested == 0
    state = dict((r[0], r[1:]) for r in rows(tmp_path / "s.db", "SELECT url, failures, last_error, paused, next_poll FROM feeds"))
    failures, error, paused, next_poll = state[feeds[0]]
    assert (failures, error, paused) == (1, "HTTP 500", 0)
    assert before + 900 * 0.9 <= next_poll <= time.time() + 900 * 1.1  # interval x jitter
    _, report = follow(tmp_path / "s.db", feeds, **{"follow.max_failures_before_pause": 2})
    assert report.ingest.ingested == 2 and report.paused == [feeds[1]]
    assert any("paused after 2 failed polls" in w for w in report.warnings)
    state = dict((r[0], r[1:]) for r in rows(tmp_path / "s.db", "SELECT url, failures, paused, next_poll FROM feeds"))
    assert state[feeds[0]][:2] == (0, 0)
    assert state[feeds[1]][:2] == (2, 1) and state[feeds[1]][2] >= time.time() + 900 * 2 * 0.85  # doubled wait
    hits = site.hits("/broken.xml")
    _, report = follow(tmp_path / "s.db", feeds)
    assert site.hits("/broken.xml") == hits and report.paused == [feeds[1]]  # paused: not polled, reported


def test_resume_polls_a_paused_feed_again(site, articles, tmp_path):
    items = publish(site, articles[:1], feed=None)
    site.route("/feed.xml", lambda req: Reply(500) if req.count <= 1 else Reply(200, RSS_HEADERS, rss(items)))
    follow(tmp_path / "s.db", [site.url("/feed.xml")], **{"follow.max_failures_before_pause": 1})
    assert rows(tmp_path / "s.db", "SELECT paused FROM feeds") == [(1,)]
    settings = Settings().replace(FAST)
    with Store(tmp_path / "s.db") as store, Follower(store, settings, [FeedSource(site.url("/feed.xml"))]) as f:
        f.resume_feeds()
        report = f.run(once=True)
    assert report.ingest.ingested == 1 and rows(tmp_path / "s.db", "SELECT paused, failures FROM feeds") == [(0, 0)]


def test_malformed_feeds(site, articles, tmp_path):
    items = publish(site, articles[:2], feed=None)
    truncated = rss(items)[:-40]  # cut inside the last item: not well-formed XML
    site.route("/truncated.xml", Reply(200, RSS_HEADERS, truncated))
    site.route("/garbage.xml", Reply(200, RSS_HEADERS, b"<<< this is not <xml at all &&&"))
    _, report = follow(tmp_path / "s.db", [site.url("/truncated.xml"), site.url("/garbage.xml")])
    assert report.ingest.ingested >= 1  # what could be read was
    assert any("malformed feed" in w for w in report.warnings)
    assert any("garbage.xml: poll failed (not a feed" in w for w in report.warnings)
    assert rows(tmp_path / "s.db", "SELECT failures FROM feeds WHERE url LIKE '%garbage%'") == [(1,)]


def test_a_non_utf8_feed(site, tmp_path, articles):
    art = dict(articles[0], title="Café society: résumé of a naïve coöperative")
    site.route("/news/0.html", Reply(body=article_page(art)))
    feed = rss([{"title": art["title"], "link": site.url("/news/0.html")}], title="Le Monde Exemple", encoding="iso-8859-1")
    assert "é".encode("latin-1") in feed
    site.route("/feed.xml", Reply(200, {"Content-Type": "application/rss+xml"}, feed))
    follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert rows(tmp_path / "s.db", "SELECT title FROM articles") == [(art["title"],)]


# --- pages ------------------------------------------------------------------------------


def test_a_404_page_keeps_the_feed_summary_and_says_so(site, articles, tmp_path):
    items = publish(site, articles[:2], feed=None)
    items[1]["link"] = site.url("/gone.html")
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.ingest.ingested == 2 and report.fallbacks == 1
    assert any("gone.html: page not fetched: HTTP 404; kept the feed entry's text" in w for w in report.warnings)
    text, title = rows(tmp_path / "s.db", "SELECT text, title FROM articles WHERE url LIKE '%gone.html'")[0]
    assert text == items[1]["summary"] and title == items[1]["title"]
    assert rows(tmp_path / "s.db", "SELECT status, note FROM fetched_urls WHERE url LIKE '%gone.html'")[0][1].startswith(
        "page not fetched: HTTP 404")


def test_an_entry_with_neither_page_nor_text_fails_and_is_not_refetched(site, tmp_path):
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss([{"title": "nothing", "link": site.url("/gone.html")}])))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.failed == 1 and report.ingest.ingested == 0
    assert rows(tmp_path / "s.db", "SELECT status FROM fetched_urls") == [("failed",)]
    follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert site.hits("/gone.html") == 1


def test_a_slow_host_times_out_and_the_feed_text_is_kept(site, articles, tmp_path):
    items = publish(site, articles[:1], feed=None)
    site.route("/news/0.html", Reply(body=article_page(articles[0]), delay=2.0))
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    start = time.monotonic()
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")], **{"follow.timeout_seconds": 0.3})
    assert time.monotonic() - start < 1.8
    assert report.fallbacks == 1 and any("timed out after 0.3 s" in w for w in report.warnings)


def test_a_500_page_is_retried_and_recovers(site, articles, tmp_path):
    items = publish(site, articles[:1], feed=None)
    page = article_page(articles[0])
    site.route("/news/0.html", lambda req: Reply(500) if req.count <= 2 else Reply(body=page))
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")], **{"follow.retries": 2})
    assert site.hits("/news/0.html") == 3 and report.fallbacks == 0 and report.ingest.ingested == 1


def test_redirects_are_followed_within_bounds_and_a_loop_fails(site, articles, tmp_path):
    publish(site, articles[:1], feed=None)
    site.route("/old.html", Reply(301, {"Location": "/news/0.html"}))
    site.route("/loop/a", Reply(302, {"Location": "/loop/b"}))
    site.route("/loop/b", Reply(302, {"Location": site.url("/loop/a")}))
    items = [{"title": "moved", "link": site.url("/old.html")},
             {"title": "loop", "link": site.url("/loop/a"), "summary": " ".join(articles[1]["text"].split()[:60])}]
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.ingest.ingested == 2 and report.fallbacks == 1
    assert any("loop/a: page not fetched: redirect loop" in w for w in report.warnings)
    assert site.hits("/loop/a") == 1 and site.hits("/loop/b") == 1
    assert rows(tmp_path / "s.db", "SELECT canonical FROM fetched_urls WHERE url LIKE '%old.html'") == [
        (site.url("/news/0.html"),)]


def test_pages_over_the_size_limit_are_cut_off(site, articles, tmp_path):
    big = article_page(articles[0]) + b"<!-- padding -->" * 4000
    site.route("/big.html", Reply(body=big))
    site.route("/big-chunked.html", Reply(body=big, chunked=True))
    items = [{"title": t, "link": site.url(p), "summary": " ".join(articles[0]["text"].split()[:60])}
             for t, p in (("big", "/big.html"), ("chunked", "/big-chunked.html"))]
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")], **{"follow.max_page_bytes": 30_000})
    assert len(big) > 60_000 and report.fallbacks == 2
    assert sum("too large" in w for w in report.warnings) == 2


def test_robots_txt_is_honoured(site, articles, tmp_path):
    items = publish(site, articles[:2], feed=None)
    site.route("/private/1.html", Reply(body=article_page(articles[1])))
    items[1]["link"] = site.url("/private/1.html")
    site.route("/robots.txt", Reply(200, {"Content-Type": "text/plain"},
                                    b"User-agent: *\nDisallow: /nothing\n\nUser-agent: newsbrief\nDisallow: /private/\n"))
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert site.hits("/private/1.html") == 0 and site.hits("/news/0.html") == 1 and site.hits("/robots.txt") == 1
    assert report.ingest.ingested == 2 and any("robots.txt disallows" in w for w in report.warnings)
    ua = next(r for r in site.requests if r.path == "/news/0.html").headers["user-agent"]
    assert ua == Settings().follow.user_agent


def test_a_non_utf8_page_is_decoded_by_its_declared_charset(site, articles, tmp_path):
    art = dict(articles[0], text=articles[0]["text"] + "\n\nThe café’s naïve owner said “no” to the résumé.")
    site.route("/news/0.html", Reply(200, {"Content-Type": "text/html"}, article_page(art, charset="windows-1252")))
    site.route("/news/1.html", Reply(200, {"Content-Type": "text/html; charset=ISO-8859-1"},
                                     article_page(dict(articles[1], text=articles[1]["text"] + "\n\nA café in Zürich."),
                                                  charset="iso-8859-1", meta_charset=False)))
    items = [{"title": "a", "link": site.url("/news/0.html")}, {"title": "b", "link": site.url("/news/1.html")}]
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")])
    assert report.fallbacks == 0
    texts = [t for (t,) in rows(tmp_path / "s.db", "SELECT text FROM articles ORDER BY url")]
    assert "The café’s naïve owner said “no” to the résumé." in texts[0]
    assert "A café in Zürich." in texts[1]


def test_the_same_article_under_two_urls_is_stored_once(site, articles, tmp_path):
    canonical = site.url("/world/story.html")
    site.route("/world/story.html", Reply(body=article_page(articles[0], canonical=canonical)))
    site.route("/amp/story.html", Reply(body=article_page(articles[0], canonical=canonical, site="Daily Example AMP")))
    site.route("/a.xml", Reply(200, RSS_HEADERS, rss([{"title": "x", "link": site.url("/world/story.html?utm_source=rss")}])))
    site.route("/world/story.html?utm_source=rss", Reply(body=article_page(articles[0], canonical=canonical)))
    site.route("/b.xml", Reply(200, RSS_HEADERS, rss([{"title": "x", "link": site.url("/amp/story.html")}])))
    _, report = follow(tmp_path / "s.db", [site.url("/a.xml"), site.url("/b.xml")], **{"follow.max_per_host": 1,
                                                                                       "follow.max_concurrency": 1})
    assert report.ingest.ingested == 1 and report.duplicates == 1
    assert rows(tmp_path / "s.db", "SELECT url FROM articles") == [(canonical,)]
    assert sorted(rows(tmp_path / "s.db", "SELECT status, canonical FROM fetched_urls")) == [
        ("duplicate", canonical), ("stored", canonical)]
    # a later run finds the canonical URL stored and fetches neither link again
    follow(tmp_path / "s.db", [site.url("/a.xml"), site.url("/b.xml")])
    assert site.hits("/amp/story.html") == 1


class _Recording(httpx.HTTPTransport):
    """httpx's transport, noting when each request is sent (client side: server
    arrival times carry the server's thread scheduling too)."""

    def __init__(self):
        super().__init__()
        self.sent: list[tuple[str, float]] = []

    def handle_request(self, request):
        self.sent.append((request.url.path, time.monotonic()))
        return super().handle_request(request)


def test_politeness_delay_and_per_host_limit(site, articles, tmp_path):
    publish(site, articles[:4])
    settings = Settings().replace({**FAST, "follow.host_delay_seconds": 0.25})
    transport = _Recording()
    with Store(tmp_path / "s.db", settings=settings) as store, \
            Follower(store, settings, [FeedSource(site.url("/feed.xml"))], transport=transport) as follower:
        follower.run(once=True)
    starts = [t for _path, t in transport.sent]  # feed, robots.txt, 4 pages: one host
    # paced at 0.25 s; a thread may take a few ms from its turn to the send
    assert len(starts) == 6 and min(b - a for a, b in zip(starts, starts[1:])) >= 0.22

    active, peak, lock = [0], [0], threading.Lock()
    page = article_page(articles[0])

    def slow(req):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.2)
        with lock:
            active[0] -= 1
        return Reply(body=page)

    items = [{"title": f"t{i}", "link": site.url(f"/slow/{i}.html")} for i in range(6)]
    for i in range(6):
        site.route(f"/slow/{i}.html", slow)
    site.route("/slow.xml", Reply(200, RSS_HEADERS, rss(items)))
    follow(tmp_path / "t.db", [site.url("/slow.xml")], **{"follow.max_per_host": 2})
    assert peak[0] == 2


def test_continuous_mode_reports_status_and_stops(site, articles, tmp_path):
    publish(site, articles[:3])
    settings = Settings().replace(FAST)
    lines: list[str] = []
    stop = threading.Event()
    with Store(tmp_path / "s.db", settings=settings) as store, \
            Follower(store, settings, [FeedSource(site.url("/feed.xml"))], on_status=lines.append,
                     status_seconds=0.1) as follower:
        threading.Timer(1.5, stop.set).start()
        report = follower.run(stop=stop)
    assert report.ingest.ingested == 3 and report.polls == 1  # the next poll is due in ~15 minutes
    assert lines and "articles/min" in lines[-1] and "feeds 1" in lines[-1] and "stored 3" in lines[-1]


# --- sources, CLI --------------------------------------------------------------------------


def test_sources_from_opml_and_toml(tmp_path):
    opml = tmp_path / "feeds.opml"
    opml.write_text("""<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
      <outline text="World"><outline text="A" type="rss" xmlUrl="https://a.example/rss" category="/news/europe"/></outline>
      <outline text="B" xmlUrl="https://b.example/atom"/></body></opml>""")
    toml = tmp_path / "feeds.toml"
    toml.write_text('[[feeds]]\nurl = "https://a.example/rss"\ncategories = "politics"\ninterval = 600\n'
                    '[[feeds]]\nurl = "https://c.example/feed"\ntitle = "C"\n')
    got = load_sources([str(opml), str(toml), "https://d.example/x.xml"])
    assert [(s.url, s.title, s.categories, s.interval) for s in got] == [
        ("https://a.example/rss", "A", ("World", "news", "europe", "politics"), 600),
        ("https://b.example/atom", "B", (), None),
        ("https://c.example/feed", "C", (), None),
        ("https://d.example/x.xml", None, (), None)]
    bad = tmp_path / "bad.toml"
    for text, message in (('[[feeds]]\nurl = "ftp://x"\n', "url must be an http(s) URL"),
                          ('[[feeds]]\nurl = "https://x.example"\ninterval = 1\n', "interval must be"),
                          ('[[feeds]]\nurl = "https://x.example"\nurll = 1\n', "unknown key 'urll'"),
                          ("feeds = 3", "no [[feeds]] tables")):
        bad.write_text(text)
        with pytest.raises(FeedSourceError, match=re.escape(message)):
            load_sources([str(bad)])
    with pytest.raises(FeedSourceError, match="not a feed URL"):
        load_sources(["example.com/rss"])


def test_the_starter_list_is_valid_opml_with_categories():
    sources = load_sources([str(REPO / "examples" / "feeds.opml")])
    assert len(sources) >= 20 and all(s.url.startswith("https://") and s.categories for s in sources)


def _cli(*args, store: Path):
    from typer.testing import CliRunner

    from newsbrief.cli import app

    env = {"NEWSBRIEF_STORE": str(store), **{f"NEWSBRIEF_{k.upper().replace('.', '_')}": str(v) for k, v in FAST.items()}}
    return CliRunner().invoke(app, list(args), env=env)


def test_cli_add_and_follow_once(site, articles, tmp_path):
    publish(site, articles[:3])
    store = tmp_path / "s.db"
    out = _cli("add", site.url("/news/0.html"), store=store)
    assert out.exit_code == 0, out.output
    assert "ingested 1 article" in out.output
    out = _cli("add", site.url("/news/0.html"), store=store)
    assert out.exit_code == 0 and "already stored" in out.output
    out = _cli("follow", site.url("/feed.xml"), "--once", store=store)
    assert out.exit_code == 0, out.output
    assert "2 new links" in out.output and "ingested 2 articles" in out.output, out.output
    assert site.hits("/news/0.html") == 1  # stored by `add`: not fetched again
    out = _cli("follow", site.url("/nothing.xml"), "--once", store=store)
    assert out.exit_code == 1 and "no feed could be polled" in out.output
    out = _cli("add", "not-a-url", store=store)
    assert out.exit_code == 2 and "not an http(s) URL" in out.output


@pytest.mark.slow
def test_sigkill_mid_run_then_restart_loses_nothing_and_refetches_nothing_stored(site, tmp_path):
    arts = load_articles(160)
    for i, art in enumerate(arts):
        site.route(f"/news/{i}.html", Reply(body=article_page(art, canonical=site.url(f"/news/{i}.html")), delay=0.02))
    feeds = []
    for f in range(4):
        items = [{"title": a["title"], "link": site.url(f"/news/{i}.html"), "summary": a["text"][:300]}
                 for i, a in enumerate(arts) if i % 4 == f]
        site.route(f"/feed{f}.xml", Reply(200, RSS_HEADERS, rss(items)))
        feeds.append(site.url(f"/feed{f}.xml"))
    store = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NEWSBRIEF_STORE": str(store),
           **{f"NEWSBRIEF_{k.upper().replace('.', '_')}": str(v) for k, v in FAST.items()}}
    proc = subprocess.Popen([sys.executable, "-m", "newsbrief", "follow", *feeds], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.05)
            try:
                done = rows(store, "SELECT count(*) FROM fetched_urls WHERE status IN ('fetched', 'stored')")[0][0]
            except sqlite3.OperationalError:
                continue  # not created yet
            if done >= 40:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    killed = dict(rows(store, "SELECT url, status FROM fetched_urls"))
    assert 40 <= sum(s in ("fetched", "stored") for s in killed.values()) < len(arts)
    hits_at_kill = {i: site.hits(f"/news/{i}.html") for i in range(len(arts))}
    out = subprocess.run([sys.executable, "-m", "newsbrief", "follow", *feeds, "--once"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    n_stored = rows(store, "SELECT count(*) FROM articles")[0][0]
    assert n_stored == len(arts)  # every article once
    assert rows(store, "SELECT count(DISTINCT url) FROM articles")[0][0] == len(arts)
    assert dict(rows(store, "SELECT status, count(*) FROM fetched_urls GROUP BY status")) == {"stored": len(arts)}
    for i in range(len(arts)):
        url = site.url(f"/news/{i}.html")
        if killed.get(url) in ("fetched", "stored"):
            assert site.hits(f"/news/{i}.html") == hits_at_kill[i] == 1, url  # not fetched again
        else:
            assert site.hits(f"/news/{i}.html") <= hits_at_kill[i] + 1
    with Store(store) as st:
        assert st.check() == []


def test_a_page_that_breaks_the_extractor_keeps_the_feed_text(site, articles, tmp_path, monkeypatch):
    items = publish(site, articles[:2], feed=None)
    site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
    import newsbrief.follow.extract as extract_module

    real = extract_module.page_article

    def fragile(content, url, *args, **kwargs):
        if url.endswith("/1.html"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(content, url, *args, **kwargs)

    monkeypatch.setattr(extract_module, "page_article", fragile)  # in this process: no worker processes
    _, report = follow(tmp_path / "s.db", [site.url("/feed.xml")], **{"follow.extract_processes": 0})
    assert report.ingest.ingested == 2 and report.fallbacks == 1
    assert any("extraction failed (RecursionError); kept the feed entry's text" in w for w in report.warnings)


# --- extraction in worker processes ---------------------------------------------------------


def _stored_articles(store_path: Path) -> list[tuple]:
    return sorted(rows(store_path, "SELECT url, title, text, source, date FROM articles"))


def test_worker_processes_extract_what_the_fetcher_threads_extract(site, articles, tmp_path):
    from newsbrief.follow.extract import extractor_pool
    from newsbrief.follow.follower import POOL_BACKLOG

    publish(site, articles[:8])
    patient = {"follow.timeout_seconds": 30.0}  # a busy machine must not turn a page into its feed summary
    _, in_threads = follow(tmp_path / "threads.db", [site.url("/feed.xml")],
                           **{**patient, "follow.extract_processes": 0})
    _, in_workers = follow(tmp_path / "workers.db", [site.url("/feed.xml")],
                           **{**patient, "follow.extract_processes": 1})
    assert in_threads.ingest.ingested == in_workers.ingest.ingested == 8 > POOL_BACKLOG
    assert in_threads.fallbacks == in_workers.fallbacks == 0, in_threads.warnings + in_workers.warnings
    threads, workers = _stored_articles(tmp_path / "threads.db"), _stored_articles(tmp_path / "workers.db")
    assert [(a[0], k, x, y) for a, b in zip(threads, workers) for k, (x, y) in enumerate(zip(a, b)) if x != y] == []
    assert extractor_pool(1).pids(), "8 pages queued: the worker process was started"


def test_a_worker_process_that_dies_is_replaced_and_a_page_that_kills_it_twice_is_given_up(articles):
    from newsbrief.follow.extract import ExtractorPool, page_article

    pool = ExtractorPool(1)
    try:
        page = article_page(articles[0], canonical="http://news.test/a.html")
        first, reason, _ = pool.extract(page, "http://news.test/a.html", Settings())
        assert reason is None and first.article.raw_text == page_article(page, "http://news.test/a.html",
                                                                          Settings()).article.raw_text
        (pid,) = pool.pids()
        os.kill(pid, signal.SIGKILL)  # a crash in a C parser
        again, reason, _ = pool.extract(page, "http://news.test/a.html", Settings())
        assert reason is None and again.article.raw_text == first.article.raw_text
        assert pool.pids() and pool.pids() != [pid]

        killer = threading.Event()

        def kill_workers() -> None:  # every worker dies while it extracts: twice, then given up
            while not killer.is_set():
                for p in pool.pids():
                    try:
                        os.kill(p, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                time.sleep(0.01)

        t = threading.Thread(target=kill_workers, daemon=True)
        t.start()
        try:
            lost, reason, _ = pool.extract(page * 200, "http://news.test/b.html", Settings())
        finally:
            killer.set()
            t.join()
        assert lost is None and reason == "page not used: extraction crashed its worker process twice"
        assert pool.extract(page, "http://news.test/a.html", Settings())[0] is not None  # and it goes on
    finally:
        pool.close()


_ORPHAN_SCRIPT = """
import os, signal, sys
from newsbrief.follow.extract import ExtractorPool, extract_outcome

if __name__ == "__main__":
    pool = ExtractorPool(1)
    pool.extract(b"<html><body><p>x</p></body></html>", "http://news.test/", __import__("newsbrief.config").config.Settings())
    print(pool.pids()[0], flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_worker_processes_exit_when_the_follower_is_killed(tmp_path):
    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == -signal.SIGKILL, out.stderr
    worker = int(out.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{worker}").exists() \
            and "zombie" not in Path(f"/proc/{worker}/status").read_text():
        time.sleep(0.1)
    alive = Path(f"/proc/{worker}").exists() and "zombie" not in Path(f"/proc/{worker}/status").read_text()
    assert not alive, "the extraction worker outlived its follower"


# --- categories ---------------------------------------------------------------------------


def follow_categorized(site: Newsroom, articles: list[dict], tmp_path: Path) -> tuple[Path, Settings]:
    """Follow a "world" and a "business" feed (a TOML file) into a new store; return its path and settings.

    Articles 1 and 2 are one Multi-News story, 3 another; "business" lists 3 and article 2 under
    another URL (same canonical); "politics" (not followed here) lists article 1's own URL."""
    for i in (1, 2, 3):
        site.route(f"/news/{i}.html", Reply(body=article_page(articles[i], canonical=site.url(f"/news/{i}.html"))))
    site.route("/amp/2.html", Reply(body=article_page(articles[2], canonical=site.url("/news/2.html"))))

    def items(*paths):
        return rss([{"title": "x", "link": site.url(p), "date": "2016-05-01"} for p in paths])

    site.route("/world.xml", Reply(200, RSS_HEADERS, items("/news/1.html", "/news/2.html")))
    site.route("/business.xml", Reply(200, RSS_HEADERS, items("/news/3.html", "/amp/2.html")))
    site.route("/politics.xml", Reply(200, RSS_HEADERS, items("/news/1.html")))
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nurl = "{site.url("/world.xml")}"\ncategories = ["world"]\n'
                     f'[[feeds]]\nurl = "{site.url("/business.xml")}"\ncategories = "business"\n')
    settings = Settings().replace({**FAST, "follow.max_per_host": 1, "follow.max_concurrency": 1})
    store_path = tmp_path / "s.db"
    with Store(store_path, settings=settings) as store, Follower(store, settings, load_sources([str(feeds)])) as f:
        report = f.run(once=True)
    assert report.ingest.ingested == 3 and report.duplicates == 1, report.summary()
    return store_path, settings


def test_stories_carry_the_categories_of_their_feeds(site, articles, tmp_path):
    store_path, settings = follow_categorized(site, articles, tmp_path)
    cats = dict(rows(store_path, "SELECT a.url, group_concat(c.category) FROM articles a "
                                 "LEFT JOIN article_categories c ON c.article_id = a.id GROUP BY a.url"))
    assert cats == {site.url("/news/1.html"): "world", site.url("/news/2.html"): "business,world",
                    site.url("/news/3.html"): "business"}
    with Store(store_path, settings=settings) as store:
        by_url = {store.article(aid).url: s for s in store.stories() for aid in s.article_ids}
        assert by_url[site.url("/news/1.html")] is by_url[site.url("/news/2.html")]
        assert by_url[site.url("/news/1.html")].categories == ["business", "world"]  # the union, sorted
        assert by_url[site.url("/news/3.html")].categories == ["business"]
        assert [s.id for s in store.stories(category="world")] == [by_url[site.url("/news/1.html")].id]
        assert len(store.stories(category="business")) == 2 and store.stories(category="sport") == []
        assert store.categories() == {"business": 2, "world": 1}
    # a link already stored, listed by another feed, gains that feed's category (not fetched again)
    with Store(store_path, settings=settings) as store, \
            Follower(store, settings, [FeedSource(site.url("/politics.xml"), categories=("politics",))]) as f:
        f.run(once=True)
    assert site.hits("/news/1.html") == 1
    with Store(store_path, settings=settings) as store:
        assert [s.categories for s in store.stories(category="politics")] == [["business", "politics", "world"]]


def test_a_link_waiting_to_be_fetched_gains_a_second_feeds_categories(site, articles, tmp_path):
    # one fetch at a time, feed polls first: "world" and "business" both list the page before it is fetched
    site.route("/news/1.html", Reply(body=article_page(articles[1], canonical=site.url("/news/1.html"))))
    item = rss([{"title": "x", "link": site.url("/news/1.html"), "date": "2016-05-01"}])
    site.route("/world.xml", Reply(200, RSS_HEADERS, item))
    site.route("/business.xml", Reply(200, RSS_HEADERS, item))
    settings = Settings().replace({**FAST, "follow.max_per_host": 1, "follow.max_concurrency": 1})
    sources = [FeedSource(site.url("/world.xml"), categories=("world",)),
               FeedSource(site.url("/business.xml"), categories=("business",))]
    with Store(tmp_path / "s.db", settings=settings) as store, Follower(store, settings, sources) as f:
        report = f.run(once=True)
        assert report.polls == 2 and report.ingest.ingested == 1, report.summary()
        assert [s.categories for s in store.stories()] == [["business", "world"]]
    assert site.hits("/news/1.html") == 1
    # the categories are kept with the pending link, so a restart stores them too
    Store(tmp_path / "other.db").open().close()
    state = FollowState(tmp_path / "other.db")
    try:
        entry = {"title": "x", "text": "", "date": None, "source": None}
        state.record_poll("http://a/feed", PollOutcome(True), [("http://a/1", entry)], ["world"])
        state.record_poll("http://b/feed", PollOutcome(True), [("http://a/1", entry)], ["business"])
        assert state.link_categories("http://a/1") == ["world", "business"]
        state.mark_fetched([("http://a/1", "http://a/1", {"id": "a1", "text": "t", "categories": ["world", "business"]},
                             None, None, None)])
        state.record_poll("http://c/feed", PollOutcome(True), [("http://a/1", entry)], ["sport"])
        assert state.fetched()[0][1]["categories"] == ["world", "business", "sport"]
    finally:
        state.close()


@pytest.mark.slow
def test_the_cli_api_pages_and_digest_filter_by_category(site, articles, tmp_path):
    store_path, settings = follow_categorized(site, articles, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-m", "newsbrief", "stories", "--store", str(store_path), "--category",
                          "world", "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [s["categories"] for s in json.loads(out.stdout)] == [["business", "world"]]
    out = subprocess.run([sys.executable, "-m", "newsbrief", "stories", "--store", str(store_path), "--category",
                          "sport"], capture_output=True, text=True, env=env, timeout=120)
    assert "no stories in category 'sport' (categories: business, world)" in out.stderr
    from fastapi.testclient import TestClient

    from newsbrief.digest import digest
    from newsbrief.server import create_app

    with Store(store_path, settings=settings) as store:
        assert len(digest(store, "2016-05-01", category="business").entries) == 2
        assert len(digest(store, "2016-05-01", category="world").entries) == 1
    with TestClient(create_app(store_path=store_path, settings=settings)) as client:
        listed = client.get("/api/stories", params={"category": "world"}).json()
        assert listed["count"] == 1 and listed["stories"][0]["categories"] == ["business", "world"]
        assert client.get("/api/stories", params={"category": "sport"}).json()["count"] == 0
        assert client.get("/api/stories").json()["count"] == 2
        day = client.get("/api/digest/2016-05-01", params={"category": "world"}).json()
        assert day["category"] == "world" and len(day["stories"]) == 1
        page = client.get("/stories", params={"category": "world"}).text
        assert "1 story" in page and '<option value="world" selected>' in page
        assert "· world</h1>" in client.get("/digest/2016-05-01", params={"category": "world"}).text
