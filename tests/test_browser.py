"""End to end in headless Chromium: the web pages as a reader uses them.

Debian's ``chromium`` package driven by Playwright for Python (browsers cannot
be downloaded here, so never ``playwright install``); uvicorn serves the real
app in-process on a free loopback port. Skipped, with the reason, when
``/usr/bin/chromium`` or Playwright is missing (``scripts/install-system-deps.sh``
installs the browser).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "air-france-447.jsonl"
LIBYA = REPO.parent / "shared" / "samples" / "libya-moscow-talks-2020"
BASIL = REPO.parent / "shared" / "data" / "basil" / "test.jsonl.gz"
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
    """Fill and send the brief form; returns on the brief's page."""
    page.goto(server.url + "/")
    page.get_by_label("Paste articles").fill(text)
    page.get_by_label("Summary length (words)").fill(str(words))
    if page.locator("#analyze").count():
        page.locator("#analyze").set_checked(analyze)
    page.get_by_role("button", name="Write the brief").click()
    page.wait_for_selector("h1.headline")


WIDTHS = [(1280, 800), (390, 844)]
CITE_NAME = re.compile(r"^Source \d+(?:: .+| \(outlet not named\))")


def open_everything(page) -> None:
    """Open every collapsible section and every evidence box: the widest the page gets."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    for chip in page.locator("button.cite").all():
        if chip.get_attribute("aria-expanded") == "false":
            chip.click()


@pytest.mark.slow
def test_chip_names_its_source_and_opens_the_evidence(page, server):
    submit_form(page, server, pasted(sample_articles()[:4]))
    assert "Air France" in page.locator("main").inner_text()
    chip = page.locator("button.cite").first
    name = chip.get_attribute("aria-label")
    assert CITE_NAME.match(name), name  # "Source 2 (outlet not named)" or "Source 2: UPI", not "[2]"
    assert page.get_by_role("button", name=name).count() >= 1
    box = chip.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24  # WCAG 2.2 target size
    evidence = page.locator("#" + chip.get_attribute("aria-controls"))
    assert not evidence.is_visible() and chip.get_attribute("aria-expanded") == "false"

    chip.click()
    assert chip.get_attribute("aria-expanded") == "true" and evidence.is_visible()
    item = evidence.locator(".evidence-item").first
    outlet = item.locator(".outlet").inner_text()
    # a paste names no outlet: "outlet not named" beside the number its chip's name gives ("Source 4 (outlet not
    # named)"), never the internal label "unknown outlet [4]" (stop 39)
    number = item.locator(".num").first.inner_text()
    assert outlet == "outlet not named" and name.startswith(f"Source {number} "), (outlet, name)
    assert chip.inner_text().startswith(f"source {number}")
    assert item.locator(".title").inner_text()  # the article's title
    assert len(item.locator("blockquote").inner_text().split()) >= 5
    jump = item.get_by_role("link", name=re.compile(r"Jump to source \d+"))
    jump.click()
    target = page.locator(jump.get_attribute("href"))
    assert target.is_visible() and outlet in target.inner_text()
    assert page.url.endswith(jump.get_attribute("href"))

    chip.click()
    assert chip.get_attribute("aria-expanded") == "false" and not evidence.is_visible()


def test_chip_works_from_the_keyboard(page, server):
    submit_form(page, server, pasted(sample_articles()[:3]))
    chip = page.locator("button.cite").first
    evidence = page.locator("#" + chip.get_attribute("aria-controls"))
    chip.focus()
    page.keyboard.press("Enter")
    assert evidence.is_visible()
    page.keyboard.press("Tab")  # into the box: its links
    assert page.evaluate("document.activeElement.closest('.evidence') !== null")
    page.keyboard.press("Escape")  # closes the box and returns to the chip
    assert not evidence.is_visible() and page.evaluate("document.activeElement.classList.contains('cite')")
    page.keyboard.press("Space")
    assert evidence.is_visible()


def test_chip_works_by_touch(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        pg = context.new_page()
        submit_form(pg, server, pasted(sample_articles()[:3]))
        chip = pg.locator("button.cite").first
        chip.tap()
        assert pg.locator("#" + chip.get_attribute("aria-controls")).is_visible()
    finally:
        context.close()


@pytest.mark.slow
def test_script_in_article_does_not_run(page, server):
    arts = sample_articles()[:3]
    first = arts[0]["text"].split(". ")
    first[0] = first[0] + " " + PAYLOAD
    arts[0] = dict(arts[0], title="Evil " + PAYLOAD, text=". ".join(first))
    submit_form(page, server, pasted(arts), words=200, analyze=True)
    assert page.get_by_text("People, places and organizations").is_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("img[src=x]").count() == 0
    # the markup is shown as text, where it was selected or cited
    body = page.content()
    assert "&lt;script&gt;window.__pwned" in body
    open_everything(page)
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


@pytest.mark.slow
def test_paste_shows_progress_at_once_then_a_permalink(page, server):
    page.goto(server.url + "/")
    page.get_by_label("Paste articles").fill(pasted(sample_articles()[:4]))
    button = page.get_by_role("button", name="Write the brief")
    # submit and read the page in the same task: what the reader sees before any answer can arrive
    state = page.evaluate("""() => {
        const t0 = performance.now();
        document.querySelector('form.brief-form').requestSubmit();
        const progress = document.querySelector('.progress');
        return {disabled: document.querySelector('form.brief-form button[type=submit]').disabled,
                shown: !progress.hidden && getComputedStyle(progress).display !== 'none',
                busy: document.querySelector('form.brief-form').getAttribute('aria-busy'),
                ms: performance.now() - t0};
    }""")
    assert state["disabled"] and state["shown"] and state["busy"] == "true" and state["ms"] < 200, state
    page.wait_for_selector("h1.headline")
    assert re.search(r"/briefs/[0-9a-f]{20}$", page.url)
    link = page.locator("a.permalink")
    assert link.get_attribute("href") in page.url
    headline = page.locator("h1.headline").inner_text()
    page.goto(page.url)  # the permalink shows the same brief
    assert page.locator("h1.headline").inner_text() == headline
    page.go_back()
    page.go_back()  # back on the form: usable again
    if page.url.endswith("/"):
        assert not button.is_disabled()


def test_paste_error_is_inline_and_keeps_the_text(browser):
    from newsbrief.config import Settings
    from newsbrief.server import create_app

    text = pasted(sample_articles()[:3])
    with LiveServer(create_app(settings=Settings().replace({"server.max_articles": 2}))) as live:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        try:
            pg = context.new_page()
            pg.goto(live.url + "/")
            pg.get_by_label("Paste articles").fill(text)
            pg.get_by_role("button", name="Write the brief").click()
            alert = pg.get_by_role("alert")
            alert.wait_for()
            assert "3 articles, over the limit of 2" in alert.inner_text()
            assert pg.get_by_label("Paste articles").input_value().strip() == text.strip()
            assert not pg.get_by_role("button", name="Write the brief").is_disabled()
        finally:
            context.close()


def test_warnings_come_first(page, server):
    arts = sample_articles()[:5]
    submit_form(page, server, "\n".join(f"{a['title']}\n\n{a['text']}" for a in arts))  # no --- lines
    warning = page.get_by_role("status").filter(has_text="run together")
    assert warning.is_visible()
    assert warning.bounding_box()["y"] < page.locator("ol.summary").bounding_box()["y"]


@pytest.mark.slow
def test_docs_shows_the_operations(page, server):
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/brief" in p for p in paths) and any("/api/stories" in p for p in paths)
    assert page.locator(".opblock").count() >= 6
    assert not page.get_by_text("Unable to render this definition").count()


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
    there, else the bundled sample, plus one article carrying markup, on the same day, and
    (with ../shared) six BASIL stories; tests/fixtures/outlets.csv rates three of the outlets."""
    from newsbrief.ingest import read_articles
    from newsbrief.server import create_app
    from newsbrief.store import Store

    path = tmp_path_factory.mktemp("store") / "stories.sqlite3"
    if LIBYA.is_dir():
        arts = read_articles([str(LIBYA)])
        with gzip.open(BASIL, "rt", encoding="utf-8") as fh:
            arts += read_articles([json.loads(line) for _, line in zip(range(18), fh)])
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
        ids["others"] = [s.id for s in store.stories() if s.id not in ids.values()]
        lines = sorted(set(store.storyline_ids([s.id for s in store.stories()]).values()))
        ids["storyline"] = lines[0] if lines else None
    from newsbrief.config import Settings

    outlets = Settings().replace({"store.outlet_metadata": str(REPO / "tests" / "fixtures" / "outlets.csv")})
    app = create_app(store_path=path, settings=outlets)
    with LiveServer(app) as live:
        live.ids, live.day, live.app = ids, day, app
        yield live


def page_paths(live) -> list[str]:
    return ["/", "/stories", f"/stories/{live.ids['story']}", f"/digest/{live.day.isoformat()}",
            f"/stories/{live.ids['evil']}"] + (
        [f"/storylines/{live.ids['storyline']}"] if live.ids["storyline"] else [])


@pytest.mark.slow
def test_no_page_scrolls_sideways(browser, store_server):
    """At 1280 and 390 px, with every section and evidence box open, the page is no wider than the
    window (wide tables scroll inside their own box); screenshots of every page are kept."""
    ARTIFACTS.mkdir(exist_ok=True)
    widths = {}
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            pg = context.new_page()
            pg.set_default_timeout(60_000)
            for path in page_paths(store_server):
                pg.goto(store_server.url + path)
                pg.wait_for_load_state("load")
                name = path.strip("/").replace("/", "-") or "index"
                pg.screenshot(path=str(ARTIFACTS / f"page-{name}-{width}.png"))
                open_everything(pg)
                widths[path, width] = pg.evaluate("document.scrollingElement.scrollWidth")
                pg.screenshot(path=str(ARTIFACTS / f"page-{name}-{width}-open.png"), full_page=True)
        finally:
            context.close()
    wide = {k: w for k, w in widths.items() if w > k[1]}
    assert not wide, f"pages wider than the window (path, window) -> width: {wide}"


#: axe-core impacts that fail the audit (minor and moderate ones are printed, not failed).
AXE_FAILS = {"serious", "critical"}


def axe_violations(pg) -> list[dict]:
    """axe-core's violations on the page as shown (axe.min.js from axe-playwright-python, MPL-2.0,
    evaluated in the page: the CSP forbids inline scripts, not the test driver's own)."""
    from axe_playwright_python.base import AXE_SCRIPT

    pg.evaluate(AXE_SCRIPT)
    result = pg.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


@pytest.mark.slow
def test_axe_finds_no_serious_violation(browser, store_server):
    """Every page (form, form with an error, a pasted brief's permalink, story list, story page,
    digest, a day without stories, an error page) at 1280x800 and 390x844, all sections and
    evidence boxes open: axe-core reports nothing serious or critical. Screenshots are kept."""
    from newsbrief.ingest import read_articles
    from newsbrief.server.results import Result

    result = Result.of(read_articles(sample_articles()[:4]), 80, True, [])
    key = store_server.app.state.service.results.save(result)  # its page briefs it in a worker
    paths = page_paths(store_server) + [f"/briefs/{key}", "/digest/1999-01-01", "/digest/not-a-day",
                                        "/stories?q=zzzz-nothing"]
    ARTIFACTS.mkdir(exist_ok=True)
    found = {}
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            pg = context.new_page()
            pg.set_default_timeout(60_000)
            for path in paths + ["/ (with an error)"]:
                if path.startswith("/ ("):
                    pg.goto(store_server.url + "/")
                    pg.get_by_role("button", name="Write the brief").click()
                    pg.get_by_role("alert").wait_for()
                else:
                    status = pg.goto(store_server.url + path).status
                    assert status == (400 if "not-a-day" in path else 200), (path, status)
                pg.wait_for_load_state("load")
                open_everything(pg)
                name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "index"
                pg.screenshot(path=str(ARTIFACTS / f"axe-{name}-{width}.png"), full_page=True)
                for v in axe_violations(pg):
                    found.setdefault((v["id"], v["impact"], v["help"]), []).append((path, width, v["nodes"]))
        finally:
            context.close()
    for (rule, impact, text), where in sorted(found.items()):
        print(f"axe {impact}: {rule} ({text}) on {[(p, w) for p, w, _ in where]}")
    bad = {k: v for k, v in found.items() if k[1] in AXE_FAILS}
    assert not bad, bad


@pytest.mark.slow
def test_story_page_first_screen(browser, store_server):
    """The first screen shows the headline, the key points with outlet chips and, on a wide
    screen, the disagreement callout and the sources."""
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            pg = context.new_page()
            pg.set_default_timeout(60_000)
            pg.goto(f"{store_server.url}/stories/{store_server.ids['story']}")
            pg.wait_for_selector("h1.headline")

            def on_first_screen(locator) -> bool:
                box = locator.bounding_box()
                return box is not None and box["y"] < height and box["x"] + box["width"] <= width

            assert on_first_screen(pg.locator("h1.headline"))
            assert on_first_screen(pg.locator("button.cite").first)
            for chip in pg.locator("button.cite").all():
                box = chip.bounding_box()
                assert box["width"] >= 24 and box["height"] >= 24, chip.get_attribute("aria-label")
                assert CITE_NAME.match(chip.get_attribute("aria-label"))
            if width >= 1000 and LIBYA.is_dir():
                assert on_first_screen(pg.get_by_role("heading", name="Where sources disagree"))
                assert on_first_screen(pg.get_by_role("heading", name=re.compile(r"^Sources")))
            # entity types in words
            pg.get_by_text("People, places and organizations").click()
            types = pg.locator("table.entities td:nth-child(2)").all_inner_texts()
            assert types and not {"PERSON", "GPE", "ORG", "NORP", "LOC"} & set(types)
        finally:
            context.close()


@pytest.mark.slow
def test_slow_story_page_shows_a_loading_state(page, store_server, monkeypatch):
    """A story whose first brief takes a while shows its title and a progress notice at once."""
    monkeypatch.setattr("newsbrief.server.pages.LOADING_AFTER", 0.0)  # every uncached brief counts as slow
    started = time.monotonic()
    page.goto(f"{store_server.url}/stories/{store_server.ids['others'][0]}?words=70", wait_until="commit")
    notice = page.locator("#loading")
    notice.wait_for(state="visible")
    assert time.monotonic() - started < 1.5  # long before the brief is ready
    assert notice.get_attribute("role") == "status" and "Reading" in notice.inner_text()
    page.wait_for_selector("h1.headline")
    assert not notice.is_visible()
    assert page.locator("button.cite").count() >= 1


def test_long_sections_open_on_their_first_rows_and_show_the_rest_on_request(browser, store_server):
    """At 390 px, each opened section of the story page shows its first rows (``views.SHOWN``) and a "Show N more"
    that reveals the rest; the page never scrolls sideways with all of it open (stop 39)."""
    from newsbrief.server.views import SHOWN

    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        pg.goto(store_server.url + f"/stories/{store_server.ids['story']}")
        pg.wait_for_selector(".story-more", state="attached")
        pg.evaluate("document.querySelectorAll('.story-more > details').forEach(d => d.open = true)")
        more = pg.locator("details.show-all")
        assert more.count() >= 1
        for k in range(more.count()):
            box = more.nth(k)
            rows = box.locator("li, tbody tr")
            hidden = rows.count()
            assert hidden >= 1 and not rows.first.is_visible()
            shown = box.evaluate("""d => { const list = d.previousElementSibling;
                return list.querySelectorAll(':scope > li, tbody > tr').length; }""")
            assert shown == SHOWN
            summary = box.locator(":scope > summary")  # (not a timeline row's own "before it in the article")
            assert summary.inner_text() == f"Show {hidden} more"
            summary.click()
            assert rows.first.is_visible() and rows.nth(hidden - 1).is_visible()
        assert pg.evaluate("document.scrollingElement.scrollWidth") <= 390
    finally:
        context.close()


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
    outlet = evidence.locator(".outlet").first.inner_text()
    assert outlet and outlet in page.locator("aside.sources").inner_text()
    assert len(evidence.locator("blockquote").first.inner_text().split()) >= 5
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "screenshot-story.png"), full_page=False)
    # the summary length control reloads the brief with the new budget (one of the server's fixed budgets)
    page.get_by_label("Summary length (words)").fill("50")
    page.get_by_role("button", name="Update").click()
    page.wait_for_url("**words=50")
    page.wait_for_selector("h1.headline")
    # the summary's own words: a date shown beside "on Monday" (time.gloss) is not one of them
    texts = page.evaluate("""Array.from(document.querySelectorAll('li.summary-sentence .sentence-text')).map(e => {
        const c = e.cloneNode(true); c.querySelectorAll('time.gloss').forEach(g => g.remove()); return c.textContent; })""")
    words = sum(len(t.split()) for t in texts)
    assert 0 < words <= 50, texts
    assert not any(" ." in t for t in texts)  # the gloss takes its space with it


def test_story_list_search(page, store_server):
    page.goto(store_server.url + "/stories")
    items = page.locator("li.story-item")
    total = items.count()
    assert total >= 2
    assert page.locator(".story-item").first.get_by_text(re.compile(r"updated .+ ago|undated")).count()
    page.get_by_label("Search titles, outlets and first lines").fill("Gazette")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**q=Gazette**")
    assert items.count() == 1 and "Bridge closes" in items.first.inner_text()


def test_digest_page_from_the_store(page, store_server):
    page.goto(store_server.url + "/digest")
    assert page.url.endswith(f"/digest/{store_server.day.isoformat()}")
    entries = page.locator("article.digest-entry")
    assert entries.count() == 2
    assert "2 stories from" in page.locator(".digest-counts").inner_text()
    assert entries.filter(has_text="single outlet").count() == 1
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
        open_everything(page)
        for link in page.locator("main a").all():
            assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
        assert page.evaluate("window.__pwned") is None, path
        assert page.dialogs == [], path
    assert "<script>" in page.locator("main").inner_text() or "Gazette" in page.locator("main").inner_text()


# --- stories whose outlets nothing names, and one with no readable text --------------------------------------

@pytest.fixture(scope="module")
def unnamed_server(tmp_path_factory):
    """A store of untitled articles with no outlet (Multi-News and ECB+ pages read this way) plus a story of
    crawler notes only; served with the site's real app."""
    from newsbrief.server import create_app
    from newsbrief.store import Store

    quake = ["INDONESIA, July 2, 2013\n\nA strong earthquake struck Indonesia's Aceh province on Tuesday, killing at "
             "least five people and injuring dozens, officials said.",
             "A magnitude 6.1 earthquake hit Aceh province in Indonesia on Tuesday, killing five people and "
             "injuring dozens, the disaster agency said.",
             "An earthquake struck Indonesia's Aceh province on Tuesday, killing five people and injuring dozens as "
             "homes collapsed, officials said."]
    crawl = ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
             "Flowing in every day, these data are added to the Wayback Machine after an embargo period.")
    path = tmp_path_factory.mktemp("unnamed") / "stories.sqlite3"
    from newsbrief.config import Settings

    # the crawl notes kept as a story: a store made before the store skipped a page's note, or with the setting off
    with Store(path, settings=Settings().replace({"ingest.skip_page_notes": False})) as store:
        store.add([{"title": None, "source": None, "date": "2013-07-02", "text": t} for t in quake]
                  + [{"title": None, "source": None, "text": crawl},
                     {"title": None, "source": None, "text": crawl + " "}])
        ids = [s.id for s in sorted(store.stories(), key=lambda s: -s.size)]
    with LiveServer(create_app(store_path=path)) as live:
        live.ids = ids
        yield live


@pytest.mark.slow
def test_pages_count_unnamed_outlets_and_leave_out_empty_sections(browser, unnamed_server):
    """Read as a reader at 1280 and 390 px: the story list says the outlets are not named instead of listing
    "Source 1, Source 2, ..."; a story page shows no section headed "(0)", no source card reading “”, no date
    line as an article's name; nothing scrolls sideways."""
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            pg = context.new_page()
            pg.set_default_timeout(60_000)
            pg.goto(unnamed_server.url + "/stories")
            listing = pg.locator("main").inner_text()
            assert "outlets not named" in listing and "Source 1," not in listing
            assert "Untitled: no readable text" in listing and "Alexa" not in listing.split("\n")[0]
            for sid in unnamed_server.ids:
                pg.goto(unnamed_server.url + f"/stories/{sid}")
                pg.wait_for_selector("h1.headline")
                pg.screenshot(path=str(ARTIFACTS / f"unnamed-{sid}-{width}.png"), full_page=True)
                text = pg.locator("main").inner_text()
                assert "(0" not in text and "“”" not in text and "INDONESIA, July 2, 2013" not in text
                # the counts line "3 articles, sources not named" (or, streamed, the loading notice's wording)
                assert any(w in text for w in ("sources not named", "source not named", "outlets not named",
                                               "outlet not named"))
                assert "Only Source 1" not in text
                assert "3 independent sources" not in text
                assert pg.evaluate("document.scrollingElement.scrollWidth") <= width
        finally:
            context.close()


@pytest.mark.slow
def test_the_brief_file_fits_a_phone_and_dates_its_relative_days(browser, tmp_path, libya_dir):
    """``newsbrief brief --format html`` of the Libya sample with the cross-source view: at 390 px the page is no
    wider than the window (the entity, figure and coverage tables scroll in their own box), and "on Monday" shows
    the date it resolves to."""
    import newsbrief
    from newsbrief.render import render

    path = tmp_path / "libya.html"
    path.write_text(render(newsbrief.brief([str(libya_dir)], analyze=True), "html"), encoding="utf-8")
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            pg = context.new_page()
            pg.goto(path.as_uri())
            assert pg.evaluate("document.scrollingElement.scrollWidth") <= width
            gloss = pg.locator("time.gloss").first
            assert gloss.is_visible() and gloss.inner_text().strip() == "(13 Jan 2020)"
            assert gloss.get_attribute("datetime") == "2020-01-13"
        finally:
            context.close()


WIKIREF = REPO.parent / "shared" / "data" / "wikiref220" / "test.jsonl.gz"


@pytest.fixture(scope="module")
def five_source_server(tmp_path_factory):
    """WikiRef220's five Tohoku earthquake articles (../shared; no outlet named, so each is a coverage column)."""
    if not WIKIREF.exists():
        pytest.skip("../shared/data/wikiref220 is not beside the repo")
    from newsbrief.server import create_app
    from newsbrief.store import Store

    with gzip.open(WIKIREF, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["cluster"] == "tohoku.earthquake.tsunami"]
    path = tmp_path_factory.mktemp("five") / "stories.sqlite3"
    with Store(path) as store:
        store.add(rows)
        ids = [s.id for s in sorted(store.stories(), key=lambda s: -s.size)]
    with LiveServer(create_app(store_path=path)) as live:
        live.ids = ids
        yield live


@pytest.mark.slow
def test_coverage_grid_shows_every_source_column_on_a_phone(browser, five_source_server):
    """Read as a reader at 390 and 360 px (rd56): the coverage grid of a five-source story fits its box, so no
    source's column is pushed out of view (on main the 13rem fact column made the table 400 px wide in a 358 px
    box at 390 px: source 5's ticks were hidden unless the reader scrolled a box that shows no scroll bar)."""
    for width in (390, 360):
        context = browser.new_context(viewport={"width": width, "height": 844})
        try:
            pg = context.new_page()
            pg.set_default_timeout(120_000)
            pg.goto(five_source_server.url + f"/stories/{five_source_server.ids[0]}")
            pg.wait_for_selector("h1.headline")
            pg.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            grids = pg.evaluate("""() => [...document.querySelectorAll('table.coverage')].map(t => [
                t.querySelectorAll('thead th.col').length, t.getBoundingClientRect().width,
                t.parentElement.getBoundingClientRect().width])""")
            assert grids and grids[0][0] == 5, grids
            assert all(table <= box + 1 for _, table, box in grids), (width, grids)
            assert pg.evaluate("document.scrollingElement.scrollWidth") <= width
        finally:
            context.close()
