"""Time and peak memory of newsbrief on hostile and oversized inputs (issues 14 and 17).

Each case builds its input in a temporary folder (nothing is committed), runs
the CLI as a user would (``python -m newsbrief ...``, a subprocess) and
measures it with ``os.wait4``: wall time, CPU time (user + system: the
machine may be shared, so wall time alone misleads) and peak resident set
size (``ru_maxrss``). A case that passes ``--timeout`` is killed and shown as
``> N``. The last column is the message the user got (the first coded line,
else the last line of stderr). Targets: under 10 s and under 1 GB each.

``--scaling`` adds briefs with the cross-source view of 10 / 100 / 1,000 /
2,000 real articles (../shared/data: DUC 2006, then Multi-News, DUC 2003)
and the fitted exponent of CPU time over article count (target <= 1.3).

    python bench/limits.py [--only NAME ...] [--scaling] [--timeout 120] [--json out.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"

SENTENCES = [
    "The city council voted on Tuesday to approve the new budget for the coming year.",
    "Officials said the plan would raise spending on schools and roads by five percent.",
    "Lawmakers in the harbour town argued for hours on Monday about the bridge repairs.",
    "The mayor said the work would start in March and last until the end of the summer.",
    "Police reported that two people were injured when a truck hit a bus near the station.",
]


def english(n_chars: int, seed: int = 0, paragraphs: bool = True) -> str:
    """About ``n_chars`` of varied English sentences (numbered, so no two are the same)."""
    rng = random.Random(seed)
    out, size, i = [], 0, 0
    while size < n_chars:
        s = rng.choice(SENTENCES)[:-1] + f" in district {i}."
        out.append(s + ("\n\n" if paragraphs and i % 5 == 4 else " "))
        size += len(out[-1])
        i += 1
    return "".join(out)


@dataclass
class Case:
    name: str
    issue: str
    build: Callable[[Path], list[str]]  # writes the input, returns the CLI arguments
    size: str


def _txt(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def _jsonl(d: Path, name: str, objs: list[dict]) -> Path:
    p = d / name
    p.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return p


def _store(d: Path) -> list[str]:
    return ["--store", str(d / "store.sqlite3")]


def _gzip_bomb(d: Path, gigabytes: float) -> Path:
    """A .jsonl.gz of one line of spaces that decompresses to ``gigabytes`` (gzip members repeated)."""
    member = gzip.compress(b" " * 50_000_000, compresslevel=9)
    p = d / "bomb.jsonl.gz"
    with open(p, "wb") as fh:
        for _ in range(max(1, round(gigabytes * 1e9 / 50_000_000))):
            fh.write(member)
        fh.write(gzip.compress(b"\n" + json.dumps({"text": english(3000)}).encode() + b"\n"))
    return p


def _big_line(d: Path, megabytes: int) -> Path:
    """One JSON line of ``megabytes`` (an article far over the line limit), then a good line."""
    p = d / "bigline.jsonl"
    chunk = ("word " * 200_000).encode()  # 1 MB
    with open(p, "wb") as fh:
        fh.write(b'{"text": "')
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(b'"}\n' + json.dumps({"text": english(3000)}).encode() + b"\n")
    return p


def _corrupt_store(d: Path) -> list[str]:
    p = d / "corrupt.sqlite3"
    p.write_bytes(b"SQLite format 3\x00" + bytes(random.Random(1).randrange(256) for _ in range(8192)))
    return ["stories", "--store", str(p)]


def cases(big_mb: int, bomb_gb: float) -> list[Case]:
    other = lambda d: str(_txt(d, "other.txt", "Council news\n\n" + english(3000, seed=9)))  # noqa: E731
    return [
        # issue 14
        Case("45 MB .txt article, ingest", "14", lambda d: ["ingest", "--no-progress", *_store(d),
             str(_txt(d, "big.txt", "A long article\n\n" + english(45_000_000)))], "45 MB"),
        Case("gzip bomb .jsonl.gz, ingest", "14", lambda d: ["ingest", "--no-progress", *_store(d),
             str(_gzip_bomb(d, bomb_gb))], f"{bomb_gb:g} GB decompressed"),
        Case("5 MB one-line article, brief with view", "14", lambda d: ["brief", "-f", "json",
             str(_txt(d, "oneline.txt", "One line\n\n" + english(5_000_000, paragraphs=False))), other(d)], "5 MB"),
        Case("batch story with a 1.1 MB sentence, --analyze", "14", lambda d: ["batch", "--analyze", "-o",
             str(d / "out.jsonl"), str(_jsonl(d, "jobs.jsonl", [{"id": "s", "articles": [
                 {"text": " ".join(["officials said the budget rises"] * 35_000) + "."}, {"text": english(3000)}]}]))],
             "1.1 MB"),
        Case("nested JSON [[[...]]] x 100,000, brief", "14", lambda d: ["brief", "--no-analyze",
             str(_txt(d, "deep.json", "[" * 100_000 + "]" * 100_000))], "200 KB"),
        Case("not gzip .txt.gz beside a good file, brief", "14", lambda d: ["brief", "--no-analyze",
             str(_txt(d, "fake.txt.gz", english(3000))), other(d)], "3 KB"),
        Case("corrupt store, stories", "14", _corrupt_store, "8 KB"),
        Case("batch: bad UTF-8, nested line, lone surrogate", "14", lambda d: ["batch", "-o", str(d / "o.jsonl"),
             str(_bytes(d, "jobs.jsonl", b'{"id": 1, "articles": ["\xff\xfe bad"]}\n[[[[1]]]]\n'
                        + json.dumps({"id": 3, "articles": [english(2000) + "\ud800"]}).encode() + b"\n"))], "3 KB"),
        # issue 17
        Case('"the Lt. Col. " x 20,000, --no-analyze', "17", lambda d: ["brief", "--no-analyze",
             str(_txt(d, "titles.txt", "Titles\n\n" + "the Lt. Col. " * 20_000)), other(d)], "260 KB"),
        Case('700 KB of ".!?-,;:", --no-analyze', "17", lambda d: ["brief", "--no-analyze",
             str(_txt(d, "punct.txt", "Punctuation\n\n" + english(2000) + ".!?-,;:" * 100_000)), other(d)], "700 KB"),
        Case('100k "(" with the view', "17", lambda d: ["brief", "-f", "json",
             str(_txt(d, "paren.txt", "Brackets\n\n" + english(2000) + "(" * 100_000 + " " + english(2000))),
             other(d)], "100 KB"),
        Case("100k '\"' with the view", "17", lambda d: ["brief", "-f", "json",
             str(_txt(d, "quote.txt", "Quotes\n\n" + english(2000) + '"' * 100_000 + " " + english(2000))),
             other(d)], "100 KB"),
        Case("990 KB single sentence with the view", "17", lambda d: ["brief", "-f", "json",
             str(_txt(d, "sentence.txt", "One sentence\n\n" + " ".join(["officials said the budget rises"] * 31_000)
                      + ".")), other(d)], "990 KB"),
        Case("10 MB article, ingest", "17", lambda d: ["ingest", "--no-progress", *_store(d),
             str(_txt(d, "ten.txt", "Ten megabytes\n\n" + english(10_000_000)))], "10 MB"),
        Case(f"{big_mb:,} MB single-line .jsonl, ingest", "17", lambda d: ["ingest", "--no-progress", *_store(d),
             str(_big_line(d, big_mb))], f"{big_mb:,} MB"),
        Case("50k ordinary sentences (2.9 MB) with the view", "17", lambda d: ["brief", "-f", "json",
             str(_txt(d, "many.txt", "Many sentences\n\n" + english(2_900_000))), other(d)], "2.9 MB"),
        Case("50k ordinary sentences, --no-analyze", "17", lambda d: ["brief", "--no-analyze",
             str(_txt(d, "many.txt", "Many sentences\n\n" + english(2_900_000))), other(d)], "2.9 MB"),
    ]


def _bytes(d: Path, name: str, data: bytes) -> Path:
    p = d / name
    p.write_bytes(data)
    return p


def scaling_cases() -> list[Case]:
    def articles(n: int) -> list[dict]:
        out: list[dict] = []
        for name in ("duc2006/test", "multinews_sample/validation", "duc2003_task3/test"):
            with gzip.open(DATA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
                for line in fh:
                    out.extend({k: a.get(k) for k in ("title", "text", "source", "date")}
                               for a in json.loads(line)["articles"])
                    if len(out) >= n:
                        return out[:n]
        return out

    return [Case(f"{n:,}-article brief with the view", "17", lambda d, n=n: ["brief", "-f", "json",
                 str(_jsonl(d, "arts.jsonl", articles(n)))], f"{n:,} articles") for n in (10, 100, 1000, 2000)]


@dataclass
class Row:
    name: str
    issue: str
    size: str
    exit: int | None
    wall_s: float
    cpu_s: float
    peak_mb: float
    timed_out: bool
    message: str


def measure(case: Case, timeout: float) -> Row:
    with tempfile.TemporaryDirectory(prefix="nb-limits-") as tmp:
        d = Path(tmp)
        args = case.build(d)
        env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        with open(d / "stderr", "wb") as err, open(os.devnull, "wb") as out:
            start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "newsbrief", *args], stdout=out, stderr=err, env=env,
                                    cwd=d, start_new_session=True)
            timed_out = False
            deadline = start + timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    timed_out = True
                    os.killpg(proc.pid, signal.SIGKILL)
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.05)
            wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        lines = [l for l in (d / "stderr").read_text(errors="replace").splitlines() if l.strip()]
        coded = [l for l in lines if re.search(r"\[NB\d{3}\]", l)]
        message = (coded[0] if coded else lines[-1] if lines else "").replace(str(d) + "/", "")
        return Row(case.name, case.issue, case.size, None if timed_out else code, wall,
                   usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, timed_out, message[:110])


def fitted_exponent(rows: list[Row]) -> float | None:
    """Least-squares slope of log(CPU time) over log(article count) of the scaling rows that finished."""
    pts = [(math.log(int(r.size.split()[0].replace(",", ""))), math.log(max(r.cpu_s, 1e-3)))
           for r in rows if r.name.endswith("brief with the view") and "article" in r.size and not r.timed_out]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", help="run only cases whose name contains one of these")
    ap.add_argument("--scaling", action="store_true", help="add the 10-2,000-article briefs with the view")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is killed")
    ap.add_argument("--big-line-mb", type=int, default=1000, help="size of the single-line .jsonl case")
    ap.add_argument("--bomb-gb", type=float, default=3.0, help="decompressed size of the gzip bomb")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    args = ap.parse_args()
    todo = cases(args.big_line_mb, args.bomb_gb) + (scaling_cases() if args.scaling else [])
    if args.only:
        todo = [c for c in todo if any(o.lower() in c.name.lower() for o in args.only)]
    print(f"# newsbrief limits: {platform.python_version()}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.1f}, timeout {args.timeout:g} s")
    print("| case | issue | input | exit | wall s | CPU s | peak RSS MB | message |")
    print("|---|---|---|---|---|---|---|---|")
    rows = []
    for case in todo:
        r = measure(case, args.timeout)
        rows.append(r)
        wall = f"> {args.timeout:g}" if r.timed_out else f"{r.wall_s:.1f}"
        print(f"| {r.name} | {r.issue} | {r.size} | {'killed' if r.timed_out else r.exit} | {wall} | "
              f"{r.cpu_s:.1f} | {r.peak_mb:,.0f} | {r.message.replace('|', '/')} |", flush=True)
    exponent = fitted_exponent(rows)
    if exponent is not None:
        print(f"\nfitted exponent of CPU time over article count (briefs with the view): {exponent:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"rows": [asdict(r) for r in rows], "exponent": exponent}, indent=1))


if __name__ == "__main__":
    main()
