"""Story pages read as a reader reads them (stop 39, docs/readability.md "Story page as a reader"): stumbles counted
on saved pages by a written rule.

    python bench/story_page_stumbles.py pick STORES              # cluster files of the four summarization sets
    (ingest each into STORES/<name>.sqlite3, and basil, ecbplus, wikiref220 whole; see the docs section)
    python bench/story_page_stumbles.py ids STORES               # the biggest stories of each store -> STORES/ids.json
    python bench/story_page_stumbles.py capture STORES OUT [PAGE...] [--noshots]   # serve, save HTML, text, PNGs
    python bench/story_page_stumbles.py count OUT...             # stumbles per page by the rule

``capture`` serves each store with ``newsbrief serve`` (the sources on PYTHONPATH), opens every section of the story
page as a reader would (not "Show N more"), and saves the page's HTML, its text, full-page screenshots at 1280 and
390 px and the page's scroll widths (Debian's /usr/bin/chromium through Playwright).
"""

from __future__ import annotations

import gzip
import html as H
import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

#: page name -> (store name, rank of the story by size); the last three were held out (read only after the fixes)
PAGES = {
    "basil1": ("basil", 0), "duc03_d103b": ("duc2003_task3_03_d103b", 0), "duc06_D0604D": ("duc2006_03_D0604D", 0),
    "duc06_D0612C": ("duc2006_11_D0612C", 0), "ml_M003": ("multiling2011_en_03_M003", 0),
    "mn_0003": ("multinews_sample_03_multinews-validation-sample-0003", 0), "ecb1": ("ecbplus", 0),
    "wiki1": ("wikiref220", 0),
    "duc03_d119g": ("duc2003_task3_19_d119g", 0), "mn_0019": ("multinews_sample_19_multinews-validation-sample-0019", 0),
    "ecb2": ("ecbplus", 1),
}
#: summarization sets: clusters 3, 11 and 19 of each file (3, 7 and 9 of MultiLing's ten)
SETS = {"duc2003_task3": "test", "duc2006": "test", "multiling2011_en": "test", "multinews_sample": "validation"}


def pick(stores: Path) -> None:
    stores.mkdir(parents=True, exist_ok=True)
    for ds, split in SETS.items():
        with gzip.open(DATA / ds / f"{split}.jsonl.gz", "rt") as f:
            rows = [json.loads(line) for line in f]
        for i in ((3, 11, 19) if len(rows) > 19 else (3, 7, 9)):
            r = rows[i]
            with open(stores / f"{ds}_{i:02d}_{r['id']}.jsonl", "w") as out:
                for k, a in enumerate(r["articles"]):
                    a = dict(a)
                    a.setdefault("id", f"{r['id']}-{k}")
                    if not a.get("date"):
                        a["date"] = r.get("date")
                    out.write(json.dumps(a) + "\n")


def ids(stores: Path) -> None:
    from newsbrief.store import Store

    out = {}
    for p in sorted(stores.glob("*.sqlite3")):
        with Store(p) as s:
            st = sorted(s.stories(), key=lambda x: -x.size)
            out[p.stem] = [(x.id, x.size, len(x.outlets), x.title) for x in st[:3]]
    (stores / "ids.json").write_text(json.dumps(out, indent=1))


def _free() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: a reader opens the page's sections; "Show N more" stays closed
OPEN = "document.querySelectorAll('.story-more > details').forEach(d => d.open = true)"


def capture(stores: Path, out: Path, names: list[str], shots: bool) -> None:
    from playwright.sync_api import sync_playwright

    known = json.loads((stores / "ids.json").read_text())
    out.mkdir(parents=True, exist_ok=True)
    res = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for name in names or list(PAGES):
            store, rank = PAGES[name]
            sid, port = known[store][rank][0], _free()
            proc = subprocess.Popen([sys.executable, "-m", "newsbrief", "serve", "--store", str(stores / f"{store}.sqlite3"),
                                     "--port", str(port), "--log-level", "warning"], stderr=subprocess.DEVNULL)
            try:
                for _ in range(200):
                    try:
                        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2)
                        break
                    except OSError:
                        time.sleep(0.2)
                r = {}
                for w, h in ((1280, 900), (390, 844)):
                    ctx = b.new_context(viewport={"width": w, "height": h})
                    pg = ctx.new_page()
                    pg.set_default_timeout(120_000)
                    pg.goto(f"http://127.0.0.1:{port}/stories/{sid}")
                    pg.wait_for_selector("h1.headline")
                    pg.wait_for_selector(".story-more", state="attached")
                    pg.evaluate(OPEN)
                    r[f"sw{w}_open"] = pg.evaluate("document.scrollingElement.scrollWidth")
                    r[f"height{w}"] = pg.evaluate("document.scrollingElement.scrollHeight")
                    if w == 1280:
                        (out / f"{name}.html").write_text(pg.content())
                        (out / f"{name}.txt").write_text(pg.evaluate("document.body.innerText"))
                    if shots:
                        pg.screenshot(path=str(out / f"{name}_{w}.png"), full_page=True)
                    ctx.close()
                res[name] = r
                print(name, r, flush=True)
            finally:
                proc.terminate()
                proc.wait(20)
        b.close()
    (out / "widths.json").write_text(json.dumps(res, indent=1))


def strip_tags(s: str) -> str:
    return " ".join(H.unescape(re.sub(r"<[^>]+>", " ", s)).split())


def visible(s: str) -> str:
    """The page as a reader sees it with each section opened: "Show N more" left closed."""
    return re.sub(r'<details class="show-all"[^>]*>.*?</details>', "", s, flags=re.S)


def section(page: str, cls: str) -> str:
    """A top-level section's markup up to its first closing tag (its first rows)."""
    m = re.search(f'<details class="{cls}"[^>]*>', page)
    return page[m.start():page.find("</details>", m.start())] if m else ""


def count(page: str, width390: int) -> dict[str, int]:
    """Stumbles on one saved story page, by the rule of docs/readability.md ("Story page as a reader"):
    S1 a contradiction between two parts of the page (a shared fact "0 of 3" or "1 of 3" in the coverage grid, a
    "did not report k of the M facts below" over another number of facts); S2 a figure shown as a bare value with no
    sentence; S3 an internal label (an "unknown outlet [n]") or a grid of more than 8 columns headed by numbers; S4 a
    list of more than 10 items shown at once in an opened section (or more than 8 "did not report" lines); S5 a
    heading that announces nothing ("(0 points ...", "Nothing is reported by most outlets"); S6 one phrase repeated
    on every row ("carried by 1 independent source", "(outlet not named)" on a page whose head says no source is
    named); S7 sideways scrolling at 390 px; S8 the same item twice in one list."""
    full_rows = section(page, "coverage-section").count("<tr><td>")
    page = visible(page)
    page = page[page.find('<article class="brief story-page"'):]
    text = strip_tags(re.sub(r'<span class="visually-hidden">.*?</span>', "", page, flags=re.S))
    hits: dict[str, int] = {}

    def add(k: str, n: int = 1) -> None:
        if n:
            hits[k] = hits.get(k, 0) + n

    cov = section(page, "coverage-section")
    if cov:
        add("S1 contradiction", sum(int(k) < 2 for k, _ in re.findall(r"\((\d+) of (\d+)\)</span>", cov)))
        if any(int(m) != full_rows for m in re.findall(r"of the (\d+) facts below", cov)):
            add("S1 contradiction")
        if cov.count('<th scope="col" class="col">') > 8:
            add("S3 internal label / raw header")
        if len(re.findall(r'<p class="missing">', cov)) > 8:
            add("S4 long list")
    for li in re.findall(r"<li>(.*?)</li>", section(page, "figures-section"), flags=re.S):
        if "figure-context" not in li:
            add("S2 raw figure row")
    if "unknown outlet [" in strip_tags(page):
        add("S3 internal label / raw header")
    story_more = page[page.find('<div class="story-more">'):page.find('<aside class="sources"')]
    for tag, body in re.findall(r"<(ul|ol|tbody)[^>]*>(.*?)</\1>", story_more, flags=re.S):
        if len(re.findall(r"<li[ >]|<tr>", body)) > 10:
            add("S4 long list")
        items = [strip_tags(re.sub(r"<time.*?</time>|<span class=\"who\">.*?</span>", "", x, flags=re.S))
                 for x in re.findall(r"<li[^>]*>(.*?)</li>", body, flags=re.S)]
        add("S8 repeated item", len(items) - len(set(items)))
    if "(0 points" in text:
        add("S5 announces nothing")
    if "Nothing is reported by most outlets" in text:
        add("S5 announces nothing")
    if len(re.findall(r"carried by 1 (independent source|article)", text)) >= 2:
        add("S6 boilerplate per row")
    if "sources not named" in text[:2000] and len(re.findall(r"\(outlets? not named\)", text)) >= 2:
        add("S6 boilerplate per row")
    if width390 > 390:
        add("S7 phone overflow")
    return hits


def count_dirs(dirs: list[str]) -> None:
    for d in map(Path, dirs):
        widths = json.loads((d / "widths.json").read_text()) if (d / "widths.json").exists() else {}
        total = 0
        print("==", d)
        for f in sorted(d.glob("*.html")):
            h = count(f.read_text(), widths.get(f.stem, {}).get("sw390_open", 0))
            total += sum(h.values())
            print(f"{f.stem:14s} {sum(h.values()):3d}  {h}")
        print(f"{'all':14s} {total:3d}")


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "pick":
        pick(Path(rest[0]))
    elif cmd == "ids":
        ids(Path(rest[0]))
    elif cmd == "capture":
        capture(Path(rest[0]), Path(rest[1]), [n for n in rest[2:] if not n.startswith("--")], "--noshots" not in rest)
    elif cmd == "count":
        count_dirs(rest)
    else:
        sys.exit(__doc__)
