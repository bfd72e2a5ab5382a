"""End to end in headless Chromium: the web pages as a reader uses them.

Debian's ``chromium`` package driven by Playwright for Python (browsers cannot
be downloaded here, so never ``playwright install``); uvicorn serves the real
app in-process on a free loopback port. Skipped, with the reason, when
``/usr/bin/chromium`` or Playwright is missing (``scripts/install-system-deps.sh``
installs the browser).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "air-france-447.jsonl"
LIBYA = REPO.parent / "shared" / "samples" / "libya-moscow-talks-2020"
ARTIFACTS = REPO / "artifacts"
CHROMIUM = os.environ.get("NEWSBRIEF_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAYLOAD = "<script>window.__pwned = 1; alert('pwned')</script><img src=x onerror=\"window.__pwned = 2\">"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving ``app`` in a thread on 127.0.0.1:<free port>."""

    def __init__(self, app):
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (scripts/install-system-deps.sh) to run browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def server():
    from newsbrief.server import create_app

    with LiveServer(create_app()) as live:
        yield live


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, java_script_enabled=True)
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.set_default_timeout(20_000)
    yield pg
    context.close()


def sample_articles() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]


def pasted(articles: list[dict]) -> str:
    return "\n---\n".join(f"{a['title']}\n\n{a['text']}" for a in articles)


def submit_form(page, server, text: str, words: int = 80, analyze: bool = False) -> None:
    page.goto(server.url + "/")
    page.get_by_label("Paste articles").fill(text)
    page.get_by_label("Summary length (words)").fill(str(words))
    if page.locator("#analyze").count():
        page.locator("#analyze").set_checked(analyze)
    page.get_by_role("button", name="Write the brief").click()
    page.wait_for_selector("h1.headline")


def test_click_citation_shows_supporting_sentence_and_outlet(page, server):
    submit_form(page, server, pasted(sample_articles()[:4]))
    assert "Air France" in page.locator("main").inner_text()
    cite = page.locator("button.cite").first
    target = cite.get_attribute("aria-controls")
    evidence = page.locator(f"#{target}")
    assert not evidence.is_visible()
    assert cite.get_attribute("aria-expanded") == "false"

    cite.click()
    assert cite.get_attribute("aria-expanded") == "true"
    assert evidence.is_visible()
    sentence = evidence.locator("p").inner_text()
    outlet = evidence.locator(".outlet").inner_text()
    assert len(sentence.split()) >= 5
    assert outlet == "unknown outlet"  # pasted text with no outlet marker: never its paste label or an id
    # the hover text of the marker names the same outlet and sentence
    assert cite.get_attribute("title") == f"{outlet}: {sentence}"

    cite.click()
    assert cite.get_attribute("aria-expanded") == "false"
    assert not evidence.is_visible()


def test_citation_works_from_the_keyboard(page, server):
    submit_form(page, server, pasted(sample_articles()[:3]))
    cite = page.locator("button.cite").first
    cite.focus()
    page.keyboard.press("Enter")
    assert page.locator("#" + cite.get_attribute("aria-controls")).is_visible()


@pytest.mark.slow
def test_script_in_article_does_not_run(page, server):
    arts = sample_articles()[:3]
    first = arts[0]["text"].split(". ")
    first[0] = first[0] + " " + PAYLOAD
    arts[0] = dict(arts[0], title="Evil " + PAYLOAD, text=". ".join(first))
    submit_form(page, server, pasted(arts), words=200, analyze=True)
    assert page.get_by_role("heading", name="Cross-source view").is_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("img[src=x]").count() == 0
    # the markup is shown as text, where it was selected or cited
    body = page.content()
    assert "&lt;script&gt;window.__pwned" in body
    for cite in page.locator("button.cite").all():
        cite.click()
    assert page.evaluate("window.__pwned") is None and page.dialogs == []


def test_api_html_view_has_working_citations(page, server):
    """The JSON API's ``format=html`` answer, shown as a page of this server, works the same."""
    resp = page.request.post(server.url + "/api/brief?format=html&words=60", data=sample_articles()[:3])
    assert resp.ok and resp.headers["content-type"].startswith("text/html")
    page.route(server.url + "/posted-brief", lambda route: route.fulfill(response=resp))
    page.goto(server.url + "/posted-brief")
    cite = page.locator("button.cite").first
    cite.click()
    assert page.locator("#" + cite.get_attribute("aria-controls")).is_visible()


def test_error_page_is_readable(page, server):
    page.goto(server.url + "/")
    page.get_by_role("button", name="Write the brief").click()
    alert = page.get_by_role("alert")
    assert "no article given" in alert.inner_text()
    assert "NB107" in alert.inner_text()


# --- pages over a story store -------------------------------------------------------------


@pytest.fixture(scope="module")
def store_server(tmp_path_factory):
    """A store built through the store's API: the Libya sample (five outlets) when ../shared is
    there, else the bundled sample, plus one article carrying markup, on the same day."""
    from newsbrief.ingest import read_articles
    from newsbrief.server import create_app
    from newsbrief.store import Store

    path = tmp_path_factory.mktemp("store") / "stories.sqlite3"
    if LIBYA.is_dir():
        arts = read_articles([str(LIBYA)])
    else:
        arts = read_articles([dict(a, date="2009-06-01") for a in sample_articles()])
    day = max(a.date for a in arts if a.date)
    evil = {"title": "Bridge closes " + PAYLOAD, "source": "Gazette " + PAYLOAD, "date": day.isoformat(),
            "url": "javascript:window.__pwned = 3",
            "text": "The city council voted on Tuesday to close the old harbour bridge for repairs after inspectors "
                    f"found corroded cables. {PAYLOAD} The mayor said the bridge would reopen in March once the "
                    "work is done, and that ferries would run every twenty minutes in the meantime."}
    with Store(path) as store:
        store.add(arts + [evil])
        ids = {"story": store.story_of(arts[0].id)}
        ids["evil"] = next(s.id for s in store.stories() if s.id != ids["story"] and s.size == 1
                           and "Gazette" in " ".join(s.outlets))
    with LiveServer(create_app(store_path=path)) as live:
        live.ids, live.day = ids, day
        yield live


@pytest.mark.slow
def test_story_page_from_the_store(page, store_server):
    page.goto(store_server.url + "/stories")
    page.locator(f'a[href="/stories/{store_server.ids["story"]}"]').click()
    page.wait_for_selector("h1.headline")
    assert page.url.endswith(f"/stories/{store_server.ids['story']}")
    cites = page.locator("button.cite")
    assert cites.count() >= 3
    cite = cites.nth(1)
    evidence = page.locator("#" + cite.get_attribute("aria-controls"))
    cite.click()
    assert evidence.is_visible()
    outlet = evidence.locator(".outlet").inner_text()
    sentence = evidence.locator("p").inner_text()
    assert outlet and outlet in page.locator(".sources").inner_text()
    assert len(sentence.split()) >= 5
    assert page.get_by_role("heading", name="Cross-source view").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshot-story.png"), full_page=False)
    # the summary length control reloads the brief with the new budget
    page.get_by_label("Summary length (words)").fill("40")
    page.get_by_role("button", name="Update").click()
    page.wait_for_url("**words=40")
    words = sum(len(t.split()) for t in page.locator("li.summary-sentence").evaluate_all(
        "els => els.map(e => e.firstChild.textContent)"))
    assert 0 < words <= 40


def test_digest_page_from_the_store(page, store_server):
    page.goto(store_server.url + "/digest")
    assert page.url.endswith(f"/digest/{store_server.day.isoformat()}")
    entries = page.locator("article.digest-entry")
    assert entries.count() == 2
    cite = entries.first.locator("button.cite").first
    cite.click()
    assert page.locator("#" + cite.get_attribute("aria-controls")).is_visible()
    entries.first.locator("h2 a").click()
    page.wait_for_selector("h1.headline")
    assert "/stories/" in page.url


def test_markup_in_stored_article_does_not_run(page, store_server):
    for path in (f"/stories/{store_server.ids['evil']}", "/stories", f"/digest/{store_server.day.isoformat()}"):
        page.goto(store_server.url + path)
        page.wait_for_load_state("load")
        for cite in page.locator("button.cite").all():
            cite.click()
        for link in page.locator("main a").all():
            assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
        assert page.evaluate("window.__pwned") is None, path
        assert page.dialogs == [], path
    assert "<script>" in page.locator("main").inner_text() or "Gazette" in page.locator("main").inner_text()
