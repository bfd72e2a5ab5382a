"""``newsbrief serve --follow``: the follower beside the web app, against a
real local news site (tests/newsroom.py); no network beyond 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsroom import MULTINEWS, RSS_HEADERS, Newsroom, Reply, article_page, load_articles, rss  # noqa: E402

from newsbrief.config import Settings  # noqa: E402
from newsbrief.follow import FeedSource  # noqa: E402
from newsbrief.follow.background import BackgroundFollower, follow_status  # noqa: E402
from newsbrief.server import create_app  # noqa: E402
from newsbrief.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not MULTINEWS.is_file(), reason=f"needs ../shared data ({MULTINEWS})")

FAST = {"follow.host_delay_seconds": 0.0, "follow.max_per_host": 4, "follow.retries": 0,
        "follow.timeout_seconds": 2.0}


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return load_articles(12)


def page_items(site: Newsroom, arts: list[tuple[int, dict]]) -> list[dict]:
    items = []
    for i, art in arts:
        path = f"/news/{i}.html"
        site.route(path, Reply(body=article_page(art, canonical=site.url(path), site=f"Outlet {i}")))
        items.append({"title": art["title"], "link": site.url(path), "date": art["date"]})
    return items


def wait_for(check, seconds: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_stories_and_briefs_update_while_the_server_runs(articles, tmp_path):
    # articles 1 and 2 are one Multi-News story; 0 is another. The feed (polled every second) lists
    # article 2 once `published` is set.
    published = threading.Event()
    with Newsroom() as site:
        first = page_items(site, [(0, articles[0]), (1, articles[1])])
        later = page_items(site, [(2, articles[2])])
        site.route("/feed.xml", lambda req: Reply(200, RSS_HEADERS, rss(first + later if published.is_set() else first)))
        settings = Settings().replace(FAST)
        store = tmp_path / "s.db"
        follower = BackgroundFollower(store, settings, [FeedSource(site.url("/feed.xml"), "World desk", ("world",), 1)])
        follower.start()
        try:
            with TestClient(create_app(store_path=store, settings=settings, follower=follower)) as client:
                def stories() -> list[dict]:
                    return client.get("/api/stories").json()["stories"]

                wait_for(lambda: sum(s["size"] for s in stories()) == 2, what="the first two articles")
                story = next(s for s in stories() if "Outlet 1" in s["outlets"])
                brief = client.get(f"/api/stories/{story['id']}/brief").json()
                assert [a["source"] for a in brief["articles"]] == ["Outlet 1"]
                assert story["title"] in client.get("/stories").text  # the story list shows it

                # a later poll brings article 2, which joins article 1's story: the cached brief is not reused
                published.set()
                wait_for(lambda: client.get(f"/api/stories/{story['id']}").json()["size"] == 2, what="the third article")
                brief = client.get(f"/api/stories/{story['id']}/brief").json()
                assert sorted(a["source"] for a in brief["articles"]) == ["Outlet 1", "Outlet 2"]

                status = client.get("/api/status").json()
                assert status["following"] and status["running"] and status["error"] is None
                (feed,) = status["feeds"]
                assert feed["url"] == site.url("/feed.xml") and feed["title"] == "World desk"
                assert feed["categories"] == ["world"] and feed["last_success"] and feed["failures"] == 0
                assert feed["articles"] == 3 and feed["articles_last_hour"] == 3
                assert status["articles_per_hour"] == 3 and status["queue"] == 0
                assert status["links"] == {"stored": 3}
                page = client.get("/status")
                assert page.status_code == 200 and "World desk" in page.text and site.url("/feed.xml") in page.text
                assert "This server follows 1 feed" in page.text
        finally:
            follower.stop()
        assert not follower.running and follower.error is None


def test_status_of_a_store_followed_by_another_process_or_never(tmp_path, articles):
    with TestClient(create_app(store_path=tmp_path / "none.db")) as client:
        status = client.get("/api/status").json()
        assert status == {"following": False, "running": None, "error": None, "feeds": [], "queue": 0,
                          "articles_per_hour": 0, "links": {}}
        assert "Nothing is followed" in client.get("/status").text
    with TestClient(create_app()) as client:  # no store at all
        assert client.get("/api/status").json()["feeds"] == []
    with Newsroom() as site:
        site.route("/feed.xml", Reply(500))
        settings = Settings().replace(FAST)
        follower = BackgroundFollower(tmp_path / "s.db", settings, [FeedSource(site.url("/feed.xml"))]).start()
        wait_for(lambda: follow_status(tmp_path / "s.db").feeds and follow_status(tmp_path / "s.db").feeds[0].failures,
                 what="a failed poll")
        follower.stop()
    with TestClient(create_app(store_path=tmp_path / "s.db")) as client:  # this server does not follow
        status = client.get("/api/status").json()
        assert not status["following"] and status["feeds"][0]["last_error"] == "HTTP 500"
        assert status["feeds"][0]["last_success"] is None and status["feeds"][0]["failures"] == 1
        assert "does not follow feeds itself" in client.get("/status").text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_serve_follow_command(articles, tmp_path):
    with Newsroom() as site:
        items = page_items(site, list(enumerate(articles[:4])))
        site.route("/feed.xml", Reply(200, RSS_HEADERS, rss(items)))
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(f'[[feeds]]\nurl = "{site.url("/feed.xml")}"\ncategories = ["world"]\n')
        port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(REPO / "src"),
               **{f"NEWSBRIEF_{k.upper().replace('.', '_')}": str(v) for k, v in FAST.items()}}
        proc = subprocess.Popen([sys.executable, "-m", "newsbrief", "serve", "--follow", str(feeds), "--store",
                                 str(tmp_path / "s.db"), "--port", str(port), "--log-level", "warning"],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        base = f"http://127.0.0.1:{port}"
        try:
            def stored() -> dict | None:
                try:
                    status = httpx.get(base + "/api/status").json()
                except httpx.HTTPError:
                    return None
                return status if status["links"].get("stored") == 4 else None

            status = wait_for(stored, 60, "four articles stored")
            assert status["following"] and status["running"] and status["feeds"][0]["categories"] == ["world"]
            stories = httpx.get(base + "/api/stories").json()["stories"]
            assert sum(s["size"] for s in stories) == 4
            listed = httpx.get(base + "/stories").text
            assert all(s["title"] in listed for s in stories)
        finally:
            proc.terminate()
            out, _ = proc.communicate(timeout=60)
        # uvicorn stops on SIGTERM (the app's shutdown stops the follower), then re-raises the signal
        assert proc.returncode in (0, -signal.SIGTERM), out
        assert "Traceback" not in out, out
    with Store(tmp_path / "s.db") as st:
        assert st.check() == [] and len(st) == 4
