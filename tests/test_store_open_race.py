"""Two processes opening one new store at once: the switch to write-ahead logging is retried while the other holds
the file, instead of failing at once with "database is locked" (SQLite does not apply its busy timeout there)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from newsbrief.store import Store, _journal_wal


class _Locked:
    """A connection whose first ``locked`` switches answer as SQLite does while another process holds the file."""

    def __init__(self, locked: int, message: str = "database is locked"):
        self.locked, self.message, self.calls = locked, message, 0

    def execute(self, sql: str):
        self.calls += 1
        if self.calls <= self.locked:
            raise sqlite3.OperationalError(self.message)
        return None


def test_the_switch_to_wal_is_retried_while_another_process_holds_the_file():
    conn = _Locked(3)
    _journal_wal(conn, wait=5.0)  # type: ignore[arg-type]
    assert conn.calls == 4


def test_a_lock_held_past_the_wait_is_still_an_error():
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _journal_wal(_Locked(10_000), wait=0.05)  # type: ignore[arg-type]


def test_another_failure_is_not_retried():
    conn = _Locked(5, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk"):
        _journal_wal(conn, wait=5.0)  # type: ignore[arg-type]
    assert conn.calls == 1


@pytest.mark.slow
def test_pairs_of_processes_open_one_new_store_together(tmp_path):
    # before the retry about 1 open in 30 failed at once ("the store stayed locked by another process")
    script = "import sys\nfrom newsbrief.store import Store\nStore(sys.argv[1]).open().close()\n"
    for k in range(8):
        db = tmp_path / f"s{k}.db"
        procs = [subprocess.Popen([sys.executable, "-c", script, str(db)], stderr=subprocess.PIPE) for _ in range(2)]
        errs = [p.communicate(timeout=120)[1].decode() for p in procs]
        assert all(p.returncode == 0 for p in procs), errs
    with Store(str(tmp_path / "s0.db")) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
