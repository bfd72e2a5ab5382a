"""The HTTP API and pages through FastAPI's TestClient: real pipeline, real
files, real limits (no mocks)."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsbrief.config import Settings
from newsbrief.errors import RequestTimeoutError, ServerBusyError
from newsbrief.server import create_app
from newsbrief.server.limits import Runner
from newsbrief.server.negotiate import wants_html
from newsbrief.server.schemas import BriefOut, StoryListOut
from newsbrief.server.uploads import split_paste

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "air-france-447.jsonl"

SCRIPT = "<script>document.title='PWNED'</script>"


def sample_articles() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as c:
        yield c


def small_client(**settings) -> TestClient:
    return TestClient(create_app(settings=Settings().replace(settings)))


def assert_error(r, status: int, code: str, *fragments: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["code"] == code and err["status"] == status
    for f in fragments:
        assert f in err["message"]
    assert "Traceback" not in err["message"]
    return err


# --- briefs -------------------------------------------------------------------


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["store"] is False


def test_post_json_brief_is_cited_and_matches_schema(client):
    arts = sample_articles()
    r = client.post("/api/brief", params={"words": 80}, json=arts)
    assert r.status_code == 200, r.text
    d = r.json()
    BriefOut.model_validate(d)
    assert d["schema"] == "newsbrief.brief/1"
    assert "Air France" in d["headline"] or "Air France" in d["text"]
    assert sum(len(s["text"].split()) for s in d["summary"]) <= 80
    ids = {a["id"] for a in d["articles"]}
    assert len(d["articles"]) == len(arts)
    for s in d["summary"]:
        assert s["citations"], s
        for c in s["citations"]:
            assert c["article_id"] in ids and c["text"]


def test_cross_source_view_on_request(client):
    arts = sample_articles()
    plain = client.post("/api/brief", json=arts).json()
    assert "analysis" not in plain
    d = client.post("/api/brief", params={"analyze": "true"}, json=arts).json()
    BriefOut.model_validate(d)
    assert d["analysis"]["sources"] and "timeline" in d["analysis"]
    assert d["summary"] == plain["summary"]


def test_json_brief_reads_dates_and_sources(client):
    r = client.post("/api/brief", json=[
        {"text": "The Harbour Bridge reopened to traffic on Monday after two weeks of emergency repairs to its "
                 "northern span, city officials said.", "source": "Coastal Herald", "date": "March 5, 2024"},
    ])
    assert r.status_code == 200
    art = r.json()["articles"][0]
    assert art["source"] == "Coastal Herald" and art["date"] == "2024-03-05"


@pytest.mark.parametrize(
    "params, headers, html",
    [
        ({"format": "html"}, {}, True),
        ({}, {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, True),
        ({}, {"accept": "*/*"}, False),
        ({}, {"accept": "application/json"}, False),
        ({"format": "json"}, {"accept": "text/html"}, False),
    ],
)
def test_format_negotiation(client, params, headers, html):
    r = client.post("/api/brief", params=params, headers=headers, json=sample_articles()[:2])
    assert r.status_code == 200
    if html:
        assert r.headers["content-type"].startswith("text/html")
        assert 'class="cite"' in r.text and "/static/brief.js" in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
    else:
        assert r.headers["content-type"].startswith("application/json")


def test_wants_html_rules():
    assert wants_html("text/html, */*;q=0.1")
    assert not wants_html("application/json, text/html")  # equal rank: JSON, the API's default
    assert not wants_html("text/html;q=0.5, application/json")
    assert not wants_html(None) and not wants_html("")
    assert wants_html(None, "html") and not wants_html("text/html", "json")


def test_article_markup_is_escaped_everywhere(client):
    arts = sample_articles()[:2]
    arts[0] = dict(arts[0], title=f"Title {SCRIPT}", source=f"Outlet {SCRIPT}")
    arts[0]["text"] = arts[0]["text"].replace(". ", f". {SCRIPT} ", 1)
    r = client.post("/api/brief", params={"format": "html", "analyze": "true"}, json=arts)
    assert r.status_code == 200
    assert 'class="entities-section"' in r.text  # the cross-source view is escaped too
    assert "&lt;script&gt;" in r.text
    # the only script element is the page's own
    assert re.findall(r"<script[^>]*>", r.text) == ['<script src="/static/brief.js" defer>']


def test_javascript_url_is_refused(client):
    arts = sample_articles()[:1]
    arts[0]["url"] = "javascript:alert(1)"
    err = assert_error(client.post("/api/brief", json=arts), 422, "NB501", "url")
    assert err["errors"][0]["loc"][-1] == "url"


@pytest.mark.parametrize(
    "body, status, code, fragment",
    [
        ([], 422, "NB501", "at least 1"),
        ([{"title": "no text"}], 422, "NB501", "text"),
        ({"text": "not a list"}, 422, "NB501", "list"),
        ([{"text": "   "}], 400, "NB101", "no 'text'"),
        ([{"text": "Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au "
                   "parlement la semaine prochaine, selon le ministre du travail et les syndicats qui ont "
                   "dénoncé le projet dans un communiqué publié dans la soirée."}], 422, "NB106", "English"),
    ],
)
def test_bad_json_bodies_get_clear_4xx(client, body, status, code, fragment):
    assert_error(client.post("/api/brief", json=body), status, code, fragment)


def test_malformed_json_body(client):
    r = client.post("/api/brief", content=b'[{"text": "x"', headers={"content-type": "application/json"})
    assert_error(r, 400, "NB104", "malformed JSON body")


def test_query_validation(client):
    assert_error(client.post("/api/brief", params={"words": 3}, json=sample_articles()), 422, "NB501", "words")
    assert_error(client.post("/api/brief", params={"format": "pdf"}, json=sample_articles()), 422, "NB501", "format")


def test_too_many_articles():
    with small_client(server_max_articles=2) as c:
        assert_error(c.post("/api/brief", json=sample_articles()[:3]), 422, "NB501", "over the limit of 2")


# --- uploads ----------------------------------------------------------------------


def _files(fixtures_dir: Path, *names: str):
    return [("files", (n, (fixtures_dir / n).read_bytes(), "application/octet-stream")) for n in names]


def test_upload_every_reader_type(client, fixtures_dir):
    files = _files(fixtures_dir, "bridge.txt", "article.html", "bridge.json", "bridge.jsonl")
    files.append(("files", ("sample.jsonl.gz", gzip.compress(SAMPLE.read_bytes()), "application/gzip")))
    r = client.post("/api/brief/files", files=files)
    assert r.status_code == 200, r.text
    d = r.json()
    BriefOut.model_validate(d)
    outlets = {a["source"] for a in d["articles"]}
    assert "Coastal Herald" in outlets and "Wikinews" in outlets  # from the .html page and the .gz sample
    assert len(d["articles"]) >= 4 + len(sample_articles())
    assert all(s["citations"] for s in d["summary"])


@pytest.mark.parametrize(
    "name, data, status, code, fragment",
    [
        ("empty.txt", b"", 400, "NB101", "empty.txt: file is empty"),
        ("binary.txt", bytes(range(256)) * 20, 400, "NB102", "binary.txt: file looks binary"),
        ("undecodable.txt", None, 400, "NB103", "undecodable.txt:1"),
        ("bad.json", b'{"text": ', 400, "NB104", "bad.json:1: malformed JSON"),
        ("bad.jsonl", b'\n[1, 2\n', 400, "NB104", "bad.jsonl:2"),
        ("list.json", b"[1, 2, 3]", 400, "NB104", "expected"),
        ("fake.gz", b"this is not gzip at all", 400, "NB100", "not a valid gzip file"),
        ("bomb.txt.gz", gzip.compress(b"a " * 6_000_000), 413, "NB105", "decompressed"),
        ("page.html", b"<html><body><script>x()</script></body></html>", 400, "NB101", "no article text"),
        ("french.txt", None, 422, "NB106", "English"),
    ],
)
def test_malformed_uploads_are_clear_4xx(fixtures_dir, name, data, status, code, fragment):
    if data is None:
        data = (fixtures_dir / name).read_bytes()
    with small_client(max_file_bytes=5_000_000) as c:
        r = c.post("/api/brief/files", files=[("files", (name, data, "application/octet-stream"))])
        assert_error(r, status, code, fragment)


def test_upload_reads_like_the_file_on_disk(client, fixtures_dir):
    """A bad line of an uploaded JSON Lines file is skipped with a warning, as `newsbrief brief` skips it."""
    r = client.post("/api/brief/files", files=_files(fixtures_dir, "malformed.jsonl"))
    assert r.status_code == 200, r.text
    assert len(r.json()["articles"]) == 2
    assert any("malformed.jsonl:3: malformed JSON" in w and "NB104" in w for w in r.json()["warnings"])


def test_malformed_feed_upload_is_a_feed_error(client):
    feed = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><<<'
    assert_error(client.post("/api/brief/files", files=[("files", ("news.rss", feed, "application/rss+xml"))]),
                 400, "NB108", "news.rss: malformed feed")


def test_bad_date_query_is_4xx(client):
    assert_error(client.get("/api/stories", params={"since": "yesterday-ish"}), 422, "NB501", "since")


def test_bad_upload_among_good_ones_is_a_warning(client, fixtures_dir):
    files = _files(fixtures_dir, "bridge.txt", "binary.txt", "bridge.json")
    r = client.post("/api/brief/files", files=files)
    assert r.status_code == 200
    assert any("binary.txt" in w and "NB102" in w for w in r.json()["warnings"])


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "C:\\Users\\me\\passwd.txt"])
def test_upload_names_are_sanitized(client, fixtures_dir, name):
    data = (fixtures_dir / "bridge.txt").read_bytes()
    r = client.post("/api/brief/files", files=[("files", (name, data, "text/plain"))])
    assert r.status_code == 200
    assert r.json()["articles"][0]["path"] == "passwd.txt"


@pytest.mark.parametrize(
    "body, ctype",
    [
        (b"--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nunterminated",
         "multipart/form-data; boundary=xyz"),
        (b"garbage without any boundary", "multipart/form-data; boundary=xyz"),
        (b"whatever", "multipart/form-data"),
        (b"files=abc", "application/x-www-form-urlencoded"),
    ],
)
def test_broken_multipart_is_4xx_not_500(client, body, ctype):
    r = client.post("/api/brief/files", content=body, headers={"content-type": ctype})
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["error"]["code"]


# --- limits -------------------------------------------------------------------------


def test_body_limit_by_content_length():
    with small_client(server_max_body_bytes=2_000) as c:
        r = c.post("/api/brief", json=sample_articles())
        assert_error(r, 413, "NB105", "over the 2,000-byte limit")


def test_body_limit_while_streaming():
    """A chunked body (no Content-Length) is counted as it arrives."""

    def chunks():
        for _ in range(100):
            yield b"x" * 1000

    with small_client(server_max_body_bytes=20_000) as c:
        r = c.post("/api/brief/files", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
        assert "content-length" not in {k.lower() for k in r.request.headers}
        assert_error(r, 413, "NB105", "while streaming")


def test_body_under_limit_passes():
    with small_client(server_max_body_bytes=200_000) as c:
        assert c.post("/api/brief", json=sample_articles()).status_code == 200


def test_slow_body_gets_408():
    """A client trickling its body cannot hold the connection past the time limit."""
    from newsbrief.server.limits import BodyLimitMiddleware

    async def app(scope, receive, send):
        raise AssertionError("the app must not see a body that never arrived")

    async def trickle():
        await asyncio.sleep(0.02)
        return {"type": "http.request", "body": b"x", "more_body": True}

    async def scenario():
        sent = []

        async def send(message):
            sent.append(message)

        mw = BodyLimitMiddleware(app, max_bytes=1000, timeout=0.2)
        await mw({"type": "http", "method": "POST", "headers": []}, trickle, send)
        return sent

    sent = asyncio.run(scenario())
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["error"]["code"] == "NB505"


def test_time_limit_gives_504(shared_dir):
    with gzip.open(shared_dir / "data" / "duc2006" / "test.jsonl.gz", "rt") as fh:
        arts = json.loads(fh.readline())["articles"]
    with small_client(server_timeout_seconds=0.05) as c:
        assert_error(c.post("/api/brief", json=arts), 504, "NB504", "time limit")
        assert c.get("/api/health").status_code == 200  # still serving


def test_runner_refuses_when_queue_is_full():
    release = threading.Event()

    async def scenario():
        runner = Runner(workers=1, max_queued=1, timeout=5).open()
        try:
            first = asyncio.ensure_future(runner(release.wait))
            second = asyncio.ensure_future(runner(release.wait))
            await asyncio.sleep(0.05)
            assert runner.pending_ == 2
            with pytest.raises(ServerBusyError):
                await runner(release.wait)
            release.set()
            assert await first and await second
            assert runner.pending_ == 0
            assert await runner(lambda: 42) == 42
        finally:
            release.set()
            runner.close()

    asyncio.run(scenario())


def test_runner_time_limit_frees_the_caller_and_counts_the_job():
    release = threading.Event()

    async def scenario():
        runner = Runner(workers=1, max_queued=0, timeout=0.05).open()
        try:
            with pytest.raises(RequestTimeoutError):
                await runner(release.wait)
            assert runner.pending_ == 1  # the stuck job still holds its worker
            with pytest.raises(ServerBusyError):
                await runner(lambda: 1)
            release.set()
            await asyncio.sleep(0.05)
            assert runner.pending_ == 0
        finally:
            release.set()
            runner.close()

    asyncio.run(scenario())


def test_single_flight_shares_one_computation():
    from newsbrief.server.limits import SingleFlight

    calls = []

    async def scenario():
        flights = SingleFlight()

        async def compute(x):
            calls.append(x)
            await asyncio.sleep(0.05)
            if x == "bad":
                raise ValueError(x)
            return x * 2

        results = await asyncio.gather(*(flights(k, lambda k=k: compute(k)) for k in ["a", "a", "a", "b"]))
        errors = await asyncio.gather(*(flights("bad", lambda: compute("bad")) for _ in range(3)),
                                      return_exceptions=True)
        again = await flights("a", lambda: compute("a"))  # done flights are not cached
        return results, errors, again

    results, errors, again = asyncio.run(scenario())
    assert results == ["aa", "aa", "aa", "bb"] and again == "aa"
    assert all(isinstance(e, ValueError) for e in errors)
    assert calls == ["a", "b", "bad", "a"]


# --- pages ------------------------------------------------------------------------------


def test_index_page_has_labelled_form(client):
    r = client.get("/")
    assert r.status_code == 200
    for needle in ('<html lang="en">', 'for="text"', 'id="text"', 'for="files"', 'type="file"',
                   'enctype="multipart/form-data"', 'href="#main"'):
        assert needle in r.text
    assert "Stories" not in r.text  # no store, no store links


def test_split_paste():
    assert split_paste("A\nbody one\n---\nB\nbody two\n  -----  \n\n") == ["A\nbody one", "B\nbody two"]
    assert split_paste(" \n---\n") == []


def test_form_brief_from_pasted_text(client):
    arts = sample_articles()[:3]
    text = "\n---\n".join(f"{a['title']}\n\n{a['text']}" for a in arts)
    r = client.post("/brief", data={"text": text, "words": "60"}, files=[("files", ("", b"", "application/octet-stream"))])
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert 'class="headline"' in r.text and r.text.count('class="cite"') >= 3
    # a paste names no outlet: its chips read "source 2" and its cards "outlet not named", never the internal label
    # "unknown outlet [2]" (stop 39)
    assert re.search(r'<span class="chip-outlet">source \d</span>', r.text) and "unknown outlet" not in r.text
    assert not re.search(r"Source \d(?! \(outlet not named\))", r.text)


def test_form_brief_without_input_is_an_html_error(client):
    r = client.post("/brief", data={"text": "  "}, headers={"accept": "text/html"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("text/html")
    assert "NB107" in r.text and 'role="alert"' in r.text


def test_unknown_paths(client):
    assert_error(client.get("/api/nothing"), 404, "HTTP404", "/api/nothing")
    r = client.get("/nothing", headers={"accept": "text/html"})
    assert r.status_code == 404 and "Not found" in r.text


def test_static_script(client):
    r = client.get("/static/brief.js")
    assert r.status_code == 200 and "button.cite" in r.text
    assert r.headers["content-type"].startswith("text/javascript")


def test_store_endpoints_without_store(client):
    assert_error(client.get("/api/stories"), 404, "NB502", "--store")
    r = client.get("/stories", headers={"accept": "text/html"})
    assert r.status_code == 404 and "--store" in r.text


# --- OpenAPI --------------------------------------------------------------------------------


def test_openapi_is_documented(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [("/api/brief", "post"), ("/api/brief/files", "post"), ("/api/stories", "get"),
                         ("/api/stories/{story_id}/brief", "get"), ("/api/digest/{day}", "get"),
                         ("/api/health", "get")]:
        op = paths[path][method]
        assert op["summary"] and op["tags"], path
        assert "413" in op["responses"] and "422" in op["responses"]
    assert "/" not in paths and "/stories" not in paths  # pages are not API
    brief_op = paths["/api/brief"]["post"]
    assert brief_op["requestBody"]["content"]["application/json"]["examples"]
    assert "text/html" in brief_op["responses"]["200"]["content"]
    schemas = spec["components"]["schemas"]
    assert schemas["BriefOut"]["example"] and schemas["ArticleIn"]["example"]
    # Swagger UI 4 (the bundled /docs) reads OpenAPI 3.0 only: no 3.1-only constructs
    assert spec["openapi"] == "3.0.3"
    text = json.dumps(spec)
    assert '{"type": "null"}' not in text and '"const"' not in text
    title = schemas["ArticleIn"]["properties"]["title"]
    assert title["type"] == "string" and title["nullable"] is True
    assert "ErrorOut" in schemas and "StoryListOut" in schemas
    assert StoryListOut.model_json_schema()["properties"]["stories"]


def test_docs_page_works_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "https://" not in page.text  # no CDN: every asset is served by the app itself
    for asset in ("/static/swagger/swagger-ui-bundle.js", "/static/swagger/swagger-ui.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200


def test_form_words_out_of_range_is_an_html_error(client):
    r = client.post("/brief", data={"text": "Title\n\nSome text.", "words": "abc"}, headers={"accept": "text/html"})
    assert r.status_code == 422 and "words must be a whole number" in r.text
    # shown on the form itself, which keeps what was pasted
    assert 'role="alert"' in r.text and '<textarea id="text" name="text" aria-describedby="text-hint">Title' in r.text


def test_form_error_keeps_markup_escaped(client):
    r = client.post("/brief", data={"text": f"{SCRIPT}\n---\n---", "words": "7"})
    assert r.status_code == 422 and "between 10 and 5000" in r.text
    assert "&lt;script&gt;document.title" in r.text and SCRIPT not in r.text


def test_favicon(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"] == "image/x-icon"
    assert r.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert '<link rel="icon" href="/favicon.ico"' in client.get("/").text


def test_form_brief_gets_a_permalink(tmp_path):
    """The form's brief is saved under a content-addressed address; with a store it outlives the server."""
    arts = sample_articles()[:3]
    text = "\n---\n".join(f"{a['title']}\n\n{a['text']}" for a in arts)
    store = tmp_path / "stories.sqlite3"
    with TestClient(create_app(store_path=store)) as c:
        r = c.post("/brief", data={"text": text, "words": "60"}, follow_redirects=False)
        assert r.status_code == 303 and re.fullmatch(r"/briefs/[0-9a-f]{20}", r.headers["location"])
        link = r.headers["location"]
        page = c.get(link).text
        assert f'href="{link}"' in page and 'class="headline"' in page
        again = c.post("/brief", data={"text": text, "words": "60"}, follow_redirects=False)
        assert again.headers["location"] == link  # same input, same address
        api = c.post("/api/brief", json=arts)
        assert re.fullmatch(r'</briefs/[0-9a-f]{20}>; rel="alternate"; type="text/html"', api.headers["link"])
        assert c.get("/briefs/0123456789abcdef0123").status_code == 404
    with TestClient(create_app(store_path=store)) as c:  # a new server process reads it back
        assert c.get(link).status_code == 200 and "Air France" in c.get(link).text


def test_warning_when_pasted_articles_lack_separators(client):
    arts = sample_articles()[:5]
    text = "\n".join(f"{a['title']}\n\n{a['text']}" for a in arts)
    r = client.post("/brief", data={"text": text, "words": "60"})
    assert r.status_code == 200
    warnings = r.text[r.text.index('class="warnings"'):r.text.index('class="key-points"')]
    assert "looks like 5 articles run together" in warnings and "---" in warnings
    # with separators, no such warning
    ok = client.post("/brief", data={"text": "\n---\n".join(f"{a['title']}\n\n{a['text']}" for a in arts)})
    assert "run together" not in ok.text


def test_unseparated_articles_rule():
    from newsbrief.server.uploads import unseparated_articles

    body = "The council met on Monday and voted on the budget. " * 12
    one = f"Budget passes\n\n{body}\n\nWhat happens next\n\n{body}"
    assert unseparated_articles(one) == ["What happens next"]  # one heading: counted, not enough to warn
    three = f"Budget passes\n\n{body}\nCouncil approves spending plan\n\n{body}\nMayor welcomes the vote\n\n{body}"
    assert unseparated_articles(three) == ["Council approves spending plan", "Mayor welcomes the vote"]
    assert unseparated_articles(three.replace("\nCouncil", "\n---\nCouncil")) == []
    short = f"Budget passes\n\nThe council voted.\nCouncil approves spending plan\n\n{body}"
    assert unseparated_articles(short) == []  # a part under PASTE_ARTICLE_WORDS is not an article


def test_several_stories_warning(shared_dir):
    from newsbrief.ingest import read_articles
    from newsbrief.server.uploads import several_stories_warning

    libya = read_articles([str(shared_dir / "samples" / "libya-moscow-talks-2020")])
    air_france = read_articles(sample_articles()[:5])
    assert several_stories_warning(libya) is None and several_stories_warning(air_france) is None
    warning = several_stories_warning(libya + air_france)
    assert warning and "look like 2 different stories" in warning


def test_api_brief_warns_about_mixed_stories(client, shared_dir):
    libya = [{"title": p.read_text().splitlines()[0], "text": p.read_text()}
             for p in sorted((shared_dir / "samples" / "libya-moscow-talks-2020").glob("*.txt"))]
    d = client.post("/api/brief", json=libya + sample_articles()[:5]).json()
    assert any("different stories" in w for w in d["warnings"])


# --- the command -----------------------------------------------------------------------------


def start_serve(*args: str, env: dict | None = None) -> tuple[subprocess.Popen, int, httpx.Response]:
    """``newsbrief serve ARGS`` on a free loopback port; returns once /api/health answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbrief", "serve", "--port", str(port), "--log-level", "warning", *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
    )
    deadline = time.monotonic() + 90
    while True:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode())
        try:
            return proc, port, httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                proc.kill()
                raise AssertionError("server did not start") from None
            time.sleep(0.2)


def test_serve_command_serves_on_loopback(tmp_path):
    proc, port, r = start_serve(env={"NEWSBRIEF_STORE": str(tmp_path / "none.sqlite3")})
    try:
        assert r.json()["status"] == "ok"
        assert r.json()["store"] is False  # the default store does not exist: no store
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "Brief a story" in page.text
        with open(f"/proc/{proc.pid}/limits") as fh:  # the server raised its descriptor limit as far as allowed
            soft = int(next(line for line in fh if line.startswith("Max open files")).split()[3])
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    err = proc.stderr.read()
    assert b"Traceback" not in err
    import resource

    assert soft >= resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    # a limit too low for server.max_connections (100,000 + 128 reserved) is said in the log, once
    assert err.count(b"connections are held at once") == (soft < 100_128)


@pytest.mark.slow
def test_serve_with_worker_processes(tmp_path):
    """--workers 2: a supervisor with two worker processes, each given the store and settings."""
    config = tmp_path / "newsbrief.toml"
    config.write_text("[newsbrief]\nserver_max_articles = 3\n")
    proc, port, r = start_serve("--workers", "2", "--store", str(tmp_path / "store.sqlite3"), "--config", str(config))
    try:
        assert r.json()["store"] is True  # the store path reached the worker
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        cmdlines = [Path(f"/proc/{c}/cmdline").read_bytes() for c in children]
        assert sum(b"resource_tracker" not in c for c in cmdlines) == 2  # two workers (+ multiprocessing's tracker)
        articles = [{"text": "The Harbour Bridge reopened on Monday after two weeks of repairs, officials said."},
                    {"text": "Officials said the Harbour Bridge reopened on Monday after repairs to its span."}]
        for _ in range(5):  # the first briefs may wait past the time limit for the workers' template to warm up
            ok = httpx.post(f"http://127.0.0.1:{port}/api/brief", json=articles, timeout=60)
            if ok.status_code != 504:
                break
        assert ok.status_code == 200 and ok.json()["summary"]
        too_many = httpx.post(f"http://127.0.0.1:{port}/api/brief", json=articles * 2, timeout=60)
        # the settings file reached the worker too
        assert_error(too_many, 422, "NB501", "4 articles, over the limit of 3")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert b"Traceback" not in proc.stderr.read()


# --- the store: stories, story briefs, digest ----------------------------------------------

EVIL_TEXT = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs after inspectors found "
    f"corroded cables. {SCRIPT} The mayor said the bridge would reopen in March once the work is done, and "
    "that ferries would run every twenty minutes in the meantime."
)


def build_store(path: Path, shared_dir: Path) -> dict[str, str]:
    """A store of real articles, made through the store's own API: ten BASIL events (three outlets
    each), the Libya sample, and one article carrying markup. Returns named story ids."""
    from newsbrief.store import Store

    with gzip.open(shared_dir / "data" / "basil" / "test.jsonl.gz", "rt", encoding="utf-8") as fh:
        basil = [json.loads(line) for _, line in zip(range(30), fh)]
    libya = shared_dir / "samples" / "libya-moscow-talks-2020"
    evil = {"title": f"Harbour bridge to close {SCRIPT}", "source": f"Evil Gazette {SCRIPT}",
            "url": "javascript:alert(1)", "date": "2020-01-14", "text": EVIL_TEXT}
    with Store(path) as store:
        store.add(basil + [str(libya), evil])
        ids = {}
        for s in store.stories():
            arts = store.story_articles(s.id)
            if any("Haftar" in (a.title or "") for a in arts):
                ids["libya"] = s.id
            if any("Evil Gazette" in (a.source or "") for a in arts):
                ids["evil"] = s.id
        ids["basil"] = next(s.id for s in store.stories() if s.first_seen and s.first_seen.year == 2010 and s.size >= 2)
    return ids


@pytest.fixture(scope="module")
def store_app(tmp_path_factory, shared_dir):
    path = tmp_path_factory.mktemp("store") / "stories.sqlite3"
    ids = build_store(path, shared_dir)
    with TestClient(create_app(store_path=path)) as c:
        yield c, ids


def test_list_stories(store_app):
    c, ids = store_app
    r = c.get("/api/stories")
    assert r.status_code == 200
    d = StoryListOut.model_validate(r.json())
    assert d.count >= 11 and {ids["libya"], ids["evil"], ids["basil"]} <= {s.id for s in d.stories}
    libya = next(s for s in d.stories if s.id == ids["libya"])
    assert libya.size == 5 and len(libya.outlets) >= 3
    page = c.get("/api/stories", params={"limit": 2, "offset": 1}).json()
    assert page["count"] == d.count and [s["id"] for s in page["stories"]] == [s.id for s in d.stories[1:3]]


def test_list_stories_by_date(store_app):
    c, ids = store_app
    d = c.get("/api/stories", params={"since": "2020-01-01", "until": "2020-12-31"}).json()
    assert {s["id"] for s in d["stories"]} == {ids["libya"], ids["evil"]}
    assert_error(c.get("/api/stories", params={"since": "yesterday"}), 422, "NB501", "since")


def test_a_stored_story_has_its_own_longer_time_limit(store_app):
    """A stored story is briefed once and cached, so it may take longer than a posted brief: at a 0.05 s limit for
    posted briefs the Libya story still briefs, and at a 0.05 s limit for stories it gets a 504 (a 36-article
    wikiref220 story's page could never be seen at the 30 s limit on a loaded machine)."""
    c, ids = store_app
    store = c.app.state.service.store_path  # (a second app reads the same store file)
    with TestClient(create_app(store_path=store, settings=Settings().replace({"server.timeout_seconds": 0.05}))) as s:
        r = s.get(f"/api/stories/{ids['libya']}/brief", params={"words": 60, "analyze": "false"})
        assert r.status_code == 200, r.text
    slow = Settings().replace({"server.story_timeout_seconds": 0.05})
    with TestClient(create_app(store_path=store, settings=slow)) as s:
        assert_error(s.get(f"/api/stories/{ids['libya']}/brief", params={"words": 60}), 504, "NB504", "0.05 s")


def test_story_and_its_brief(store_app):
    c, ids = store_app
    story = c.get(f"/api/stories/{ids['libya']}").json()
    assert story["size"] == 5
    r = c.get(f"/api/stories/{ids['libya']}/brief", params={"words": 80})
    assert r.status_code == 200
    d = BriefOut.model_validate(r.json())
    assert d.story_id == ids["libya"] and len(d.articles) == 5
    assert "Haftar" in d.text and all(s.citations for s in d.summary)
    assert sum(len(s.text.split()) for s in d.summary) <= 80

    pool = c.app.state.pool
    jobs = pool.jobs_
    again = c.get(f"/api/stories/{ids['libya']}/brief", params={"words": 80})
    assert again.status_code == 200, again.text
    assert again.json() == r.json()  # served from the cache, identical
    assert pool.jobs_ == jobs  # no worker was asked


def test_unknown_story_is_404(store_app):
    c, _ = store_app
    assert_error(c.get("/api/stories/s0000000000000000"), 404, "NB201", "s0000000000000000")
    assert_error(c.get("/api/stories/s0000000000000000/brief"), 404, "NB201")
    r = c.get("/stories/s0000000000000000", headers={"accept": "text/html"})
    assert r.status_code == 404 and "NB201" in r.text


def test_story_page_with_cross_source_view(store_app):
    c, ids = store_app
    r = c.get(f"/stories/{ids['libya']}", headers={"accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'class="headline"' in r.text and 'class="cite"' in r.text
    assert "Where sources disagree" in r.text and "People, places and organizations" in r.text
    assert re.search(r"\((\d+ points|1 point) reported by at least \d+ of the \d+ sources\)", r.text)
    assert f'/api/stories/{ids["libya"]}/brief' in r.text
    # entity types in words, one numbering; the collapsed sections (a line each) before the source cards, which a
    # wide screen shows beside the key points and a phone after them (23 cards used to hide the analysis)
    assert ">place<" in r.text and ">GPE<" not in r.text and ">PERSON<" not in r.text
    assert r.text.index('class="story-more"') < r.text.index('class="sources"')


def test_stories_page(store_app):
    c, ids = store_app
    r = c.get("/stories")
    assert r.status_code == 200
    assert f'href="/stories/{ids["libya"]}"' in r.text and 'class="story-list"' in r.text
    r = c.get("/stories", params={"since": "2020-01-01"})
    assert r.text.count('href="/stories/s') == 2
    # the form sends empty dates when none is chosen
    r = c.get("/stories", params={"q": "haftar", "sort": "newest", "since": "", "until": ""})
    assert r.status_code == 200 and r.text.count('class="story-item"') == 1
    assert "is not a date" in c.get("/stories", params={"since": "soon"}).text


def test_markup_from_the_store_is_escaped(store_app):
    c, ids = store_app
    pages = [c.get(f"/stories/{ids['evil']}").text, c.get("/stories").text, c.get("/digest/2020-01-14").text,
             c.get(f"/api/stories/{ids['evil']}/brief", params={"format": "html"}).text]
    for html in pages:
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/brief.js" defer>']
        assert "&lt;script&gt;" in html
        assert 'href="javascript:' not in html


def test_digest_json_and_html(store_app):
    c, ids = store_app
    r = c.get("/api/digest/2020-01-14")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["date"] == "2020-01-14"
    assert [e["story"]["id"] for e in d["stories"]][0] == ids["libya"]  # the biggest story first
    assert all(s["citations"] for e in d["stories"] for s in e["brief"]["summary"])
    html = c.get("/api/digest/2020-01-14", params={"format": "html"}).text
    assert "News digest" in html and f'href="/stories/{ids["libya"]}"' in html and 'class="cite"' in html
    assert c.get("/api/digest/1999-01-01").json()["stories"] == []
    assert_error(c.get("/api/digest/2020-13-45"), 422, "NB501", "day")


def test_digest_pages(store_app):
    c, _ = store_app
    r = c.get("/digest", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/digest/2020-01-14"  # the latest day with a story
    r = c.get("/digest", params={"date": "2010-02-20"})
    assert r.status_code == 200 and r.url.path == "/digest/2010-02-20"
    assert 'class="brief digest-entry"' in r.text and 'rel="next"' in r.text
    assert "No stories on this day" in c.get("/digest/1999-01-01").text


def test_story_list_search_sort_and_pages(store_app, monkeypatch):
    c, ids = store_app
    r = c.get("/stories", params={"q": "haftar"})
    assert r.text.count('class="story-item"') == 1 and f'href="/stories/{ids["libya"]}"' in r.text
    assert "1 story match" in r.text
    assert c.get("/stories", params={"q": "fox haftar"}).text.count('class="story-item"') == 0  # every word must match
    # newest first by default; an undated story says so instead of a blank
    newest = c.get("/stories").text
    assert newest.index(ids["libya"]) < newest.index(ids["basil"])
    assert re.search(r"updated (\d+ (day|week|month|year)s? ago|today|yesterday)", newest)
    sizes = [int(n) for n in re.findall(r'<p class="facts">(\d+) articles?', c.get("/stories", params={"sort": "biggest"}).text)]
    assert len(sizes) >= 5 and sizes == sorted(sizes, reverse=True)
    # pages: server-side, with links that keep the search and the order
    monkeypatch.setattr("newsbrief.server.pages.STORIES_PER_PAGE", 4)
    p1 = c.get("/stories", params={"sort": "outlets"}).text
    assert p1.count('class="story-item"') == 4 and 'href="/stories?sort=outlets&amp;page=2"' in p1
    p2 = c.get("/stories", params={"sort": "outlets", "page": 2}).text
    shown = lambda html: set(re.findall(r'<h2><a href="/stories/([^"]+)"', html))  # noqa: E731
    assert shown(p1).isdisjoint(shown(p2)) and 'rel="prev"' in p2


def test_story_list_shows_first_sentences(store_app):
    c, ids = store_app
    html = c.get("/stories", params={"q": "haftar"}).text
    lead = re.search(r'<p class="lead">([^<]+)</p>', html).group(1)
    assert len(lead.split()) >= 6 and "Haftar" in lead


def test_api_story_list_sort_and_search(store_app):
    c, ids = store_app
    d = c.get("/api/stories", params={"q": "haftar"}).json()
    assert d["count"] == 1 and d["stories"][0]["id"] == ids["libya"]
    newest = c.get("/api/stories", params={"sort": "newest"}).json()["stories"]
    days = [s["last_seen"] for s in newest if s["last_seen"]]
    assert days == sorted(days, reverse=True)


def test_story_page_streams_a_loading_notice_when_slow(store_app, monkeypatch):
    """A story not briefed yet answers at once with a loading notice; the brief follows in the same page."""
    c, ids = store_app
    monkeypatch.setattr("newsbrief.server.pages.LOADING_AFTER", 0.0)  # every uncached brief counts as slow
    with c.stream("GET", f"/stories/{ids['basil']}", params={"words": 70}) as r:
        assert r.status_code == 200
        chunks = list(r.iter_text())
    assert 'id="loading"' in chunks[0] and 'class="headline"' not in chunks[0]
    page = "".join(chunks)
    assert "#loading{display:none}" in page and 'class="headline"' in page and page.rstrip().endswith("</html>")
    cached = c.get(f"/stories/{ids['basil']}", params={"words": 70}).text
    assert 'id="loading"' not in cached  # cached: the finished page in one piece


def test_digest_page_counts_and_nearest_days(store_app):
    c, ids = store_app
    page = c.get("/digest/2020-01-14").text
    assert "2 stories from" in page and "reported by a single outlet" in page
    assert page.count("single outlet</span>") == 1  # the one-article story is marked
    assert 'rel="next"' not in page  # no later day with stories
    prev = re.search(r'href="/digest/([0-9-]+)" rel="prev"', page).group(1)
    assert prev < "2020-01-14" and "No stories on this day" not in c.get(f"/digest/{prev}").text
    gap = c.get("/digest/2015-06-01").text  # between stories: links to the nearest days that have some
    before = re.search(r'href="/digest/([0-9-]+)" rel="prev"', gap).group(1)
    after = re.search(r'href="/digest/([0-9-]+)" rel="next"', gap).group(1)
    assert before < "2015-06-01" < after
    for day in (before, after):
        assert "No stories on this day" not in c.get(f"/digest/{day}").text


def test_digest_bad_date_is_plain_language(store_app):
    c, _ = store_app
    for url in ("/digest/2020-13-45", "/digest?date=yesterday"):
        r = c.get(url, headers={"accept": "text/html"})
        assert r.status_code == 400 and "is not a date" in r.text and "for example 2020-01-14" in r.text
        assert "Input should be" not in r.text


def test_health_reports_store(store_app):
    c, _ = store_app
    assert c.get("/api/health").json()["store"] is True
    assert 'href="/stories"' in c.get("/").text


# --- hostile clients (issues 14 and 17) ------------------------------------------------------

def test_timed_out_brief_is_stopped_and_capacity_returns(shared_dir):
    """Two POSTs that run past the time limit (a 25-article cluster with the cross-source view, against a
    2 s limit) get their 504 and their workers are killed and replaced: a normal brief right after them is
    answered, not queued behind them."""
    with gzip.open(shared_dir / "data" / "duc2006" / "test.jsonl.gz", "rt") as fh:
        heavy = json.loads(fh.readline())["articles"]
    with small_client(server_workers=2, server_timeout_seconds=2.0) as c:
        pool = c.app.state.pool
        for _ in range(10):  # until the workers are up (their template warms up first)
            if c.post("/api/brief", json=sample_articles()[:2]).status_code == 200:
                break
        first = {w.process.pid for w in pool._all}
        results = []
        threads = [threading.Thread(target=lambda: results.append(
            c.post("/api/brief", params={"analyze": "true", "words": 400}, json=heavy * 4))) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for r in results:
            assert_error(r, 504, "NB504", "time limit", "stopped")
        assert pool.replaced_ == 2 and not first & {w.process.pid for w in pool._all}
        # the replacements warm up as the first workers did (on a loaded machine a first brief can pass 2 s
        # while their template loads): capacity has returned when one of a few normal briefs is answered
        for _ in range(5):
            ok = c.post("/api/brief", json=sample_articles())
            if ok.status_code == 200:
                break
        assert ok.status_code == 200, ok.text


def pool_scenario(settings: dict, *calls):
    """Run ``pool(fn, *args)`` for each ``(fn, *args)`` on a fresh one-worker pool: results or errors, and the pool."""
    from newsbrief.server.workers import WorkerPool

    async def scenario():
        pool = WorkerPool(Settings().replace({"server.workers": 1, **settings}))
        pool.open()
        try:
            out = []
            for fn, *args in calls:
                try:
                    out.append(await pool(fn, *args))
                except Exception as err:  # noqa: BLE001 - the test looks at it
                    out.append(err)
            return out, pool
        finally:
            pool.close()

    return asyncio.run(scenario())


def test_worker_time_limit_kills_the_job():
    (err, pid_after), pool = pool_scenario({"server.timeout_seconds": 1.0}, (time.sleep, 600), (os.getpid,))
    assert isinstance(err, RequestTimeoutError) and "stopped" in str(err)
    assert pool.replaced_ == 1 and isinstance(pid_after, int)


def test_workers_run_below_the_event_loop():
    """Briefing workers are niced, so the server's event loop (accepts, /api/health) gets a contended core first."""
    from newsbrief.server.workers import WORKER_NICENESS

    (niceness,), _ = pool_scenario({}, (os.nice, 0))
    assert niceness == min(19, os.nice(0) + WORKER_NICENESS)


def test_worker_memory_budget():
    from newsbrief.errors import InputTooLargeError

    (err, ok), pool = pool_scenario({"server.job_memory_bytes": 200_000_000},
                                    (bytearray, 1_000_000_000), (bytearray, 1000))
    assert isinstance(err, InputTooLargeError) and err.http_status == 413 and "memory" in str(err)
    assert ok == bytearray(1000) and pool.replaced_ == 1  # a fresh worker took over


def test_worker_cpu_budget():
    (err, ok), pool = pool_scenario({"server.job_cpu_seconds": 1.0, "server.timeout_seconds": 60.0},
                                    (sum, range(10**12)), (sum, range(10)))
    assert isinstance(err, RequestTimeoutError) and "s of CPU" in str(err)
    assert ok == 45 and pool.replaced_ == 1


def test_worker_crash_is_a_500_and_the_worker_is_replaced():
    from newsbrief.errors import ServerError

    (err, ok), pool = pool_scenario({}, (os._exit, 3), (sum, range(10)))
    assert type(err) is ServerError and err.http_status == 500 and "Traceback" not in str(err)
    assert ok == 45 and pool.replaced_ == 1


def gzip_bomb(megabytes: float, lines: int = 1) -> bytes:
    """A .jsonl.gz whose ``lines`` JSON lines decompress to ``megabytes`` MB in all (one word repeated)."""
    per_line = int(megabytes * 1e6 / lines / 5)
    line = json.dumps({"title": "Bomb", "text": "word " * per_line}) + "\n"
    return gzip.compress(line.encode() * lines, compresslevel=9)


def test_gzip_upload_over_the_per_file_limit_is_413():
    bomb = gzip_bomb(19.6)
    assert len(bomb) < 60_000  # 48 KB in the issue
    with TestClient(create_app()) as c:
        r = c.post("/api/brief/files", files=[("files", ("bomb.jsonl.gz", bomb))])
        assert_error(r, 413, "NB105", "bomb.jsonl.gz", "5 MB limit")


def test_uploads_over_the_total_decompressed_budget_are_413():
    with TestClient(create_app()) as c:
        files = [("files", (f"bomb{i}.jsonl.gz", gzip_bomb(48))) for i in range(4)]
        r = c.post("/api/brief/files", files=files)
        assert_error(r, 413, "NB105", "4 uploaded files hold over 20 MB after decompression")


def test_upload_file_count_limit():
    with small_client(server_max_upload_files=3) as c:
        files = [("files", (f"a{i}.txt", b"Title\n\nThe bridge reopened on Monday after repairs.")) for i in range(4)]
        assert_error(c.post("/api/brief/files", files=files), 413, "NB105", "4 files uploaded, over the limit of 3")


def test_decompressed_size_is_measured_without_holding_the_file():
    from newsbrief.server.jobs import decompressed_size

    data = gzip.compress(b"x" * 3_000_000) + gzip.compress(b"y" * 1000)  # two members
    assert decompressed_size(data, 10**9) == 3_001_000
    assert decompressed_size(data, 1_000_000) >= 1_000_000
    assert decompressed_size(b"not gzip at all", 100) == len(b"not gzip at all")


def test_analysis_of_a_huge_brief_is_left_out_with_a_warning():
    with small_client(server_max_analyze_words=100) as c:
        d = c.post("/api/brief", params={"analyze": "true"}, json=sample_articles()).json()
    assert "analysis" not in d or not d["analysis"]
    assert any("cross-source view was left out" in w and "100-word limit" in w for w in d["warnings"])


def test_story_words_snap_to_a_bounded_set(store_app):
    from newsbrief.server.service import STORY_WORD_BUDGETS

    c, ids = store_app
    service, pool = c.app.state.service, c.app.state.pool
    assert {service.story_words(w) for w in range(10, 5001)} <= {*STORY_WORD_BUDGETS, service.settings.selection.words}
    first = c.get(f"/api/stories/{ids['basil']}/brief", params={"words": 151})
    jobs = pool.jobs_
    for w in (149, 152, 160, 170):  # all snap to 150: served from the cache
        r = c.get(f"/api/stories/{ids['basil']}/brief", params={"words": w})
        assert r.json() == first.json() and r.json()["words"] == 150
    assert pool.jobs_ == jobs


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_digest_at_the_ends_of_the_calendar_is_a_plain_404(store_app, day):
    c, _ = store_app
    for url in (f"/api/digest/{day}", f"/digest/{day}?format=json"):
        assert_error(c.get(url), 404, "NB201", f"no digest for {day}")
    page = c.get(f"/digest/{day}", headers={"accept": "text/html"})
    assert page.status_code == 404 and f"no digest for {day}" in page.text and "Traceback" not in page.text
    assert c.get(f"/digest?date={day}", headers={"accept": "text/html"}).status_code == 404


@pytest.mark.parametrize("method, url, kwargs", [
    ("GET", "/api/health", {}),
    ("GET", "/docs", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/static/swagger/swagger-ui.css", {}),
    ("GET", "/static/docs.js", {}),
    ("GET", "/", {}),
    ("GET", "/no/such/page", {}),
    ("POST", "/api/brief", {"json": [{"text": ""}]}),
    ("POST", "/api/brief", {"content": b"x" * 20_000_000, "headers": {"content-type": "application/json"}}),
])
def test_security_headers_on_every_response(client, method, url, kwargs):
    r = client.request(method, url, **kwargs)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "unsafe-eval" not in csp


def test_docs_page_runs_no_inline_script(client):
    page = client.get("/docs")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>" not in page.text and '<script src="/static/docs.js">' in page.text
    assert "SwaggerUIBundle" in client.get("/static/docs.js").text


def test_serve_refuses_a_bad_config_value_at_startup(tmp_path):
    config = tmp_path / "newsbrief.toml"
    config.write_text('server_max_body_bytes = "big"\n')
    proc = subprocess.run([sys.executable, "-m", "newsbrief", "serve", "--port", "0", "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "server.max_body_bytes must be a whole number, not 'big'" in lines[0]
    assert "[NB001]" in lines[0] and str(config) in lines[0]


class GuardedServer:
    """uvicorn with :func:`guarded_protocol` on a free loopback port, in a thread: on the event loop
    ``newsbrief serve`` uses (connections accepted through the header gate), or with ``gated=False`` on
    asyncio's own loop (the protocol alone enforces the limits)."""

    def __init__(self, gated: bool = True, **settings):
        import uvicorn

        from newsbrief.server.connections import LOOP, guarded_protocol

        s = Settings().replace(settings)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(create_app(settings=s), host="127.0.0.1", port=self.port, log_level="warning",
                                http=guarded_protocol(s), loop=LOOP if gated else "asyncio")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "GuardedServer":
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)

    def half_open(self, n: int) -> list[socket.socket]:
        out = []
        for _ in range(n):
            s = socket.create_connection(("127.0.0.1", self.port))
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # never finished
            out.append(s)
        return out

    def health(self) -> int:
        return httpx.get(f"http://127.0.0.1:{self.port}/api/health", timeout=5).status_code


def closed_by_server(s: socket.socket, wait: float = 0.0) -> bool:
    """Whether the server closes ``s`` within ``wait`` seconds (what it still sends is read and dropped)."""
    deadline = time.monotonic() + wait
    while True:
        s.settimeout(max(0.001, deadline - time.monotonic()))
        try:
            if s.recv(65536) == b"":
                return True
        except ConnectionResetError:
            return True
        except (socket.timeout, BlockingIOError):
            return False


@pytest.mark.parametrize("gated", [True, False], ids=["header gate", "plain asyncio loop"])
def test_half_open_connections_are_capped_and_timed_out(gated):
    with GuardedServer(gated, server_max_connections=50, server_header_timeout_seconds=1.0) as srv:
        held = srv.half_open(300)
        assert srv.health() == 200  # room is made for a new request
        open_now = sum(not closed_by_server(s, 0.05) for s in held)
        assert open_now <= 50  # the oldest half-open ones were closed
        time.sleep(1.5)
        assert all(closed_by_server(s, 1.0) for s in held)  # past the header timeout: all closed
        assert srv.health() == 200
        for s in held:
            s.close()


def test_half_open_connections_are_held_while_descriptors_allow():
    """By default a half-open connection is held (a descriptor and a few KB), not closed for room: a hostile
    client whose connection is closed reconnects at once, and the reconnects are what crowd out a health check."""
    assert Settings().server.max_connections >= 20_000 and Settings().server.header_timeout_seconds >= 60
    with GuardedServer() as srv:
        held = srv.half_open(300)
        assert srv.health() == 200
        assert not any(closed_by_server(s, 0.05) for s in held)  # none closed to make room
        for s in held:
            s.close()


def test_slow_headers_on_a_kept_alive_connection_time_out():
    with GuardedServer(server_header_timeout_seconds=0.5) as srv:
        s = socket.create_connection(("127.0.0.1", srv.port))
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert b" 200 " in s.recv(65536)
        s.sendall(b"GET /api/health HTTP/1.1\r\n")  # a second request that never finishes its headers
        assert closed_by_server(s, 3.0)
        s.close()


def test_gate_hands_requests_over_whole():
    """Through the header gate: headers sent in pieces, a body in the same packet as the headers, two
    pipelined requests and a garbage request line are all answered as uvicorn alone answers them."""
    with GuardedServer(server_header_timeout_seconds=5.0) as srv:
        s = socket.create_connection(("127.0.0.1", srv.port))
        s.sendall(b"GET /api/health HTTP/1.1\r\nHo")
        time.sleep(0.2)
        s.sendall(b"st: x\r\n")
        time.sleep(0.2)
        s.sendall(b"\r\nGET /api/nope HTTP/1.1\r\nHost: x\r\n\r\n")  # the end, then a pipelined request
        got = b""
        while got.count(b"HTTP/1.1 ") < 2:
            got += s.recv(65536)
        assert got.startswith(b"HTTP/1.1 200 ") and b"HTTP/1.1 404 " in got
        assert b"x-content-type-options: nosniff" in got.lower()  # the app's headers, as ever
        s.close()
        body = b'{"text": '  # malformed JSON, in the same packet as the headers
        s = socket.create_connection(("127.0.0.1", srv.port))
        s.sendall(b"POST /api/brief HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        reply = b""
        s.settimeout(10)
        while b"NB104" not in reply and (chunk := s.recv(65536)):
            reply += chunk
        assert reply.startswith(b"HTTP/1.1 400 ") and b"NB104" in reply
        s.close()
        s = socket.create_connection(("127.0.0.1", srv.port))
        s.sendall(b"\x16\x03\x01 not http\r\n")  # not a request line: refused at once, not held
        s.settimeout(3)
        assert s.recv(65536).startswith(b"HTTP/1.1 400 ")
        s.close()


def test_gate_holds_half_open_connections_without_protocols():
    """Half-open connections stay in the gate as bare sockets (no transport, no h11 state); a health check
    passes them; their count and the requests past the gate share one cap under the descriptor limit; the
    gate lets go of those their clients close, and times out the rest (more than one sweep's slice of 64)."""
    import resource

    from newsbrief.server.connections import RESERVED_DESCRIPTORS, connection_cap

    def wait_until(cond, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not cond() and time.monotonic() < deadline:
            time.sleep(0.05)

    with GuardedServer(server_header_timeout_seconds=3.0) as srv:
        held = srv.half_open(200)
        assert srv.health() == 200
        gate = srv.server.server_state.newsbrief_evictable.gate
        wait_until(lambda: gate.held >= 200, 2)
        assert gate.held == 200 and len(srv.server.server_state.connections) <= 2
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        assert gate.cap == connection_cap(100_000, 0) == min(100_000, soft - RESERVED_DESCRIPTORS)
        for s in held:
            s.close()
        wait_until(lambda: gate.held == 0, 5)
        assert gate.held == 0  # closed by their clients: let go
        held = srv.half_open(200)
        assert all(closed_by_server(s, 8.0) for s in held)  # past the header timeout
        assert gate.held == 0
        for s in held:
            s.close()


def test_descriptor_limit_is_raised_or_the_reason_is_said():
    """The server asks for room for every connection it may hold; when the hard limit cannot be raised it
    says so in one line (and still raises the soft limit to the hard one)."""
    code = (
        "import resource; from newsbrief.server.connections import raise_descriptor_limit as r\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))\n"
        "got, note = r(hard + 1000)\n"
        "now = resource.getrlimit(resource.RLIMIT_NOFILE)\n"
        "assert got == now[0] and (now == (hard + 1000, hard + 1000) and note is None or "
        "now == (hard, hard) and 'could not raise it to' in note and '\\n' not in note), (now, note)\n"
        "print('raised' if note is None else note)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(REPO / "src")))
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_soak_under_hostile_load():
    """bench/soak.py, shortened: 100 clients for 20 s mixing briefs, story pages and slow bodies, with 2,000
    half-open connections, after two hostile POSTs (the 60 s, 20,000-connection run is in README)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_soak", REPO / "bench" / "soak.py")
    soak_module = importlib.util.module_from_spec(spec)
    sys.modules["bench_soak"] = soak_module  # its dataclasses look their module up
    spec.loader.exec_module(soak_module)
    soak = soak_module.run(clients=100, seconds=20, half_open=2000, timeout=10)
    print(soak_module.table(soak, 100, 20, 2000))
    # the hostile POSTs (1 MB punctuation runs) are answered or stopped at the limit depending on the machine;
    # test_timed_out_brief_is_stopped_and_capacity_returns forces the 504 path
    assert set(soak.hostile) <= {200, 504} and len(soak.hostile) == 2 and soak.after_hostile[0] == 200
    assert soak.errors_500 == 0 and soak.tracebacks == 0
    assert soak.health and soak.health_failures == 0  # /api/health answered throughout
    assert soak.after_load[:2] == (200, 200)  # and the server recovered
    assert soak.peak_rss_mb < 4000  # summed over the server, the workers' template and the workers
    assert soak.log_lines < 100  # no log flood


def test_a_worker_reply_pickles_however_deep_its_links_go():
    """A 36-article story's cross-source view links entities, mentions and sentences ~1,350 levels deep; the
    worker's reply failed to pickle (RecursionError, NB500) and the story page could never be seen."""
    import pickle

    from newsbrief.server.workers import dumps

    deep: list = []
    for _ in range(20_000):
        deep = [deep]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # Python's default (a bench module a test imports may have raised it)
    try:
        with pytest.raises(RecursionError):
            pickle.dumps(deep)
        back = pickle.loads(dumps(deep))
    finally:
        sys.setrecursionlimit(limit)
    depth = 0
    while back:
        back, depth = back[0], depth + 1
    assert depth == 20_000
    assert pickle.loads(dumps(("ok", {"a": 1}))) == ("ok", {"a": 1})
