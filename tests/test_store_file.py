"""The store file itself (issue 14): ``newsbrief store check`` and ``store repair`` on a real store with
damaged pages (never changed, a recovered copy beside it), and one coded line for a read-only store, a
store from a newer newsbrief and a full disk. Stores are built here from generated articles."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.errors import StoreFullError, StoreVersionError, UsageError
from newsbrief.store import SCHEMA_VERSION, Store
from newsbrief.store_repair import check_store, recovered_path, repair_store

REPO = Path(__file__).resolve().parent.parent
TOPICS = ["council budget", "harbour bridge", "school roads", "station crash", "river flood", "museum fire"]


def article(i: int) -> dict:
    topic = TOPICS[i % len(TOPICS)]
    text = " ".join(f"Officials in district {i} said on Tuesday the {topic} plan number {i}-{k} would cost "
                    f"{i * 7 + k} million dollars, according to report {k} of the city." for k in range(30))
    return {"id": f"a{i}", "title": f"The {topic} story {i}", "text": text, "source": f"Outlet {i % 4}"}


def build(path: Path, n: int = 80) -> None:
    with Store(path) as st:
        st.add([article(i) for i in range(n)])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, first_page: int, pages: int = 3) -> None:
    with open(path, "r+b") as fh:
        fh.seek(4096 * first_page)
        fh.write(b"\x5a" * 4096 * pages)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbrief", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(REPO / "src")})


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "news.sqlite3"
    build(path)
    return path


def test_a_healthy_store_checks_ok_and_is_not_repaired(healthy: Path, tmp_path: Path) -> None:
    report = check_store(healthy)
    assert report.ok and report.schema_version == SCHEMA_VERSION and report.articles == 80
    p = cli("store", "check", "--store", str(healthy))
    assert p.returncode == 0 and p.stdout.startswith(f"{healthy}: ok (schema version {SCHEMA_VERSION}, 80 articles")
    p = cli("store", "repair", "--store", str(healthy))
    assert p.returncode == 0 and "nothing to repair, no file written" in p.stdout
    assert not recovered_path(healthy).exists()


def test_damaged_store_is_checked_and_repaired_beside_itself(healthy: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.sqlite3"
    db.write_bytes(healthy.read_bytes())
    pages = db.stat().st_size // 4096
    damage(db, pages // 3)
    before = digest(db)
    p = cli("store", "check", "--store", str(db))
    lines = p.stderr.strip().splitlines()
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert all(line.startswith(f"{db}: ") for line in lines)
    assert "problem" in lines[-1] and f"newsbrief store repair --store {db}" in lines[-1]
    assert any(": integrity: " in line for line in lines[:-1])

    p = cli("store", "repair", "--store", str(db))
    assert p.returncode == 0, p.stderr
    out = recovered_path(db)
    assert out == tmp_path / "news.recovered.sqlite3" and out.exists()
    assert f"wrote {out}:" in p.stdout and "salvaged" in p.stdout and f"mv {out} {db}" in p.stdout
    assert digest(db) == before  # the damaged file is left as it was
    recovered = check_store(out)
    assert recovered.ok, recovered.lines()
    assert 0 < recovered.articles <= 80
    with Store(out) as st:  # a working store: its stories hold every salvaged article
        assert st.check() == [] and sum(s.size for s in st.stories()) == recovered.articles
    # never overwritten: a second repair needs another name
    p = cli("store", "repair", "--store", str(db))
    assert p.returncode == 2 and "[NB002]" in p.stderr and "does not overwrite" in p.stderr
    assert digest(db) == before


def test_repair_reports_lost_rows_and_reclusters(healthy: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.sqlite3"
    db.write_bytes(healthy.read_bytes())
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'")] \
        if conn.execute("SELECT count(*) FROM pragma_module_list WHERE name = 'dbstat'").fetchone()[0] else []
    conn.close()
    target = leaves[len(leaves) // 2] if leaves else root + 5
    damage(db, target - 1, pages=1)  # one leaf page of the articles table
    report = repair_store(db, tmp_path / "fixed.sqlite3")
    arts = next(t for t in report.tables if t.table == "articles")
    assert arts.unreadable or arts.refused or arts.rest_lost
    assert report.articles < 80 and report.reclustered and report.result.ok
    assert "unreadable" in " ".join(report.lines())
    with pytest.raises(UsageError, match="does not overwrite"):
        repair_store(db, tmp_path / "fixed.sqlite3")


def test_newer_store_is_one_coded_line_for_every_command(healthy: Path, tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite3"
    db.write_bytes(healthy.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for args in (["stories"], ["ingest", "--no-progress", str(REPO / "tests" / "fixtures" / "bridge.jsonl")]):
        p = cli(*args, "--store", str(db))
        assert p.returncode == 1 and "Traceback" not in p.stderr
        assert p.stderr.strip().splitlines() == [
            f"error: {db}: store schema version {SCHEMA_VERSION + 1} is newer than this newsbrief "
            f"({SCHEMA_VERSION}); upgrade newsbrief to read it [NB205]"]
    p = cli("store", "check", "--store", str(db))
    assert p.returncode == 1 and "newer than this newsbrief" in p.stderr and "[NB205]" in p.stderr
    with pytest.raises(StoreVersionError):
        repair_store(db)


def _make_read_only(db: Path) -> list[list[str]]:
    """Make ``db`` unwritable: permissions for a user, the immutable attribute for root (whom permissions do
    not stop); the commands that undo it."""
    if os.geteuid() != 0:
        db.chmod(0o444)
        db.parent.chmod(0o555)
        return [["chmod", "755", str(db.parent)]]
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: nothing makes the store read-only")
    return [["chattr", "-i", str(db)]]


def test_read_only_store_is_one_coded_line(healthy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.sqlite3"
    db.write_bytes(healthy.read_bytes())
    undo = _make_read_only(db)
    try:
        fresh = tmp_path / "fresh.json"
        fresh.write_text(json.dumps(article(999)))
        p = cli("ingest", "--no-progress", "--store", str(db), str(fresh))
        assert p.returncode == 1 and "Traceback" not in p.stderr
        assert p.stderr.strip().splitlines()[-1].startswith(f"error: {db}: the store cannot be written")
        assert p.stderr.strip().endswith("[NB203]")
        p = cli("stories", "--format", "json", "--store", str(db))  # reading still works
        assert p.returncode == 0 and sum(s["size"] for s in json.loads(p.stdout)) == 80
    finally:
        for cmd in undo:
            subprocess.run(cmd, check=True)


def test_full_disk_rolls_back_the_batch_with_one_coded_line(tmp_path: Path) -> None:
    """SQLITE_FULL, forced by ``PRAGMA max_page_count`` (a full disk without root): NB204 naming the file,
    the batch rolled back, the batches committed before it kept and consistent."""
    db = tmp_path / "s.sqlite3"
    st = Store(db, batch_size=10).open()
    st.add([article(i) for i in range(10)])
    pages = st.conn.execute("PRAGMA page_count").fetchone()[0]
    st.conn.execute(f"PRAGMA max_page_count = {pages + 4}")
    with pytest.raises(StoreFullError) as err:
        st.add([article(i) for i in range(10, 40)])
    st.close()
    assert str(err.value).startswith(f"{db}: the disk is full") and "rolled back" in str(err.value)
    assert str(err.value).endswith("[NB204]") and "\n" not in str(err.value)
    with Store(db) as again:
        assert len(again) == 10 and again.check() == []
