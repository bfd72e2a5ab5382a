"""A local newsroom for the follow tests and bench/follow.py: a real HTTP
server on 127.0.0.1 serving RSS feeds and article pages built from real
articles (../shared/data), rendered as ordinary news pages with navigation,
share bars, related links and comments around the text.

Routes are plain functions ``handler(request) -> (status, headers, body)``
(or a fixed :class:`Reply`); ``request.count`` is how many times that path
was requested so far (1 for the first), so a route can change between polls.
Every request is recorded in ``newsroom.requests``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import html
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MULTINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "multinews_sample" / "validation.jsonl.gz"


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds before answering
    chunked: bool = False  # send the body in 8 KB chunks with no Content-Length


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    count: int
    time: float


Handler = Callable[[Request], Reply]


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that gave up is not an error
            super().handle_error(request, client_address)


class Newsroom:
    """``with Newsroom() as site: site.route("/feed.xml", Reply(...)); site.url("/feed.xml")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler | Reply] = {}
        self.requests: list[Request] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        room = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with room._lock:
                    n = room._counts[self.path] = room._counts.get(self.path, 0) + 1
                    req = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, n, time.monotonic())
                    room.requests.append(req)
                    route = room.routes.get(self.path)
                if route is None:
                    reply = Reply(404, {"Content-Type": "text/html"}, b"<html><body><h1>Not found</h1></body></html>")
                else:
                    reply = route(req) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if reply.chunked:
                        self.send_header("Transfer-Encoding", "chunked")
                    elif "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if reply.chunked:
                        for k in range(0, len(reply.body), 8192):
                            chunk = reply.body[k : k + 8192]
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.write(b"0\r\n\r\n")
                    else:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size limit)

            def log_message(self, *args) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, reply: Handler | Reply) -> None:
        with self._lock:
            self.routes[path] = reply

    def hits(self, path: str) -> int:
        return self._counts.get(path, 0)

    def __enter__(self) -> "Newsroom":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- content -----------------------------------------------------------------------------


def load_articles(limit: int | None = None, path: Path = MULTINEWS) -> list[dict]:
    """Articles of Multi-News clusters with ``title`` (the first line),
    ``text``, ``cluster`` (the cluster's index) and ``date``."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for ci, line in enumerate(fh):
            cluster = json.loads(line)
            for art in cluster["articles"]:
                lines = [l.strip() for l in art["text"].split("\n") if l.strip()]
                if len(lines) < 3 or len(art["text"].split()) < 120:
                    continue
                out.append({"title": lines[0][:150], "text": "\n\n".join(lines[1:]), "cluster": ci,
                            "date": cluster.get("date") or "2016-05-01"})
                if limit and len(out) >= limit:
                    return out
    return out


def article_page(art: dict, *, site: str = "The Daily Example", canonical: str | None = None, lang: str = "en",
                 charset: str = "utf-8", author: str = "Jane Reporter", meta_charset: bool = True) -> bytes:
    """An ordinary news page holding ``art``: navigation, share bar, related
    links and comments around the article body."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in art["text"].split("\n\n"))
    canon = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    nav = "".join(f'<li><a href="/section/{s.lower()}">{s}</a></li>' for s in
                  ("World", "Politics", "Business", "Tech", "Sport", "Opinion", "Video"))
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta}
<title>{html.escape(art['title'])} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{html.escape(art['title'])}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{art['date']}T08:00:00Z">
{canon}
</head><body>
<header><div class="logo">{site}</div><nav><ul>{nav}</ul></nav>
<div class="subscribe">Subscribe now: 3 months for $1. Sign in | Register</div></header>
<div class="share-bar">Share on Facebook · Share on Twitter · Email · Print</div>
<main><article>
<h1>{html.escape(art['title'])}</h1>
<div class="byline">By {author} · {art['date']}</div>
{paras}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/r/1">Ten things you missed this week</a></li><li><a href="/r/2">Markets close lower</a></li></ul></aside>
<section id="comments"><h3>Comments (3)</h3>
<div class="comment">First! Great article, thanks for sharing.</div>
<div class="comment">I disagree with almost everything here, and here is why at length.</div></section>
</main>
<footer>© 2016 {site}. All rights reserved. Privacy policy · Terms of use · Cookie settings · Contact us</footer>
</body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")


def rss(items: list[dict], *, title: str = "The Daily Example: World", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed; each item: ``title``, ``link``, optional ``summary`` and ``date`` (ISO day)."""
    out = [f'<?xml version="1.0" encoding="{encoding}"?>',
           '<rss version="2.0"><channel>', f"<title>{html.escape(title)}</title>",
           "<link>http://127.0.0.1/</link><description>Latest news</description>"]
    for it in items:
        day = it.get("date") or "2016-05-01"
        stamp = email.utils.format_datetime(dt.datetime.fromisoformat(day + "T08:00:00+00:00"))
        out.append("<item>" + f"<title>{html.escape(it['title'])}</title><link>{html.escape(it['link'])}</link>"
                   + f"<guid>{html.escape(it['link'])}</guid><pubDate>{stamp}</pubDate>"
                   + (f"<description>{html.escape(it['summary'])}</description>" if it.get("summary") else "")
                   + "</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode(encoding, errors="xmlcharrefreplace")


RSS_HEADERS = {"Content-Type": "application/rss+xml; charset=utf-8"}
