"""Checking a store file and salvaging a damaged one: ``newsbrief store check`` and ``newsbrief store repair``.

Both open the file read-only (SQLite ``mode=ro``), so neither changes it.

:func:`check_store` runs SQLite's own check (``PRAGMA integrity_check``, or
the faster ``quick_check`` that skips index contents), the schema version
against this newsbrief's, declared foreign keys, and the links between the
store's tables (:data:`newsbrief.store.CONSISTENCY_CHECKS`, plus rows of the
derived tables whose article is gone). Each problem is one line.

:func:`repair_store` never writes over the damaged file: it copies every row
SQLite can still read into a new file beside it (``news.recovered.sqlite3``
for ``news.sqlite3``), table by table in rowid order. When a page cannot be
read, the copy skips ahead to the next readable row (doubling the step, then
narrowing it by bisection) and records the rowids it could not read. The
articles are the store's only primary data: signatures, vectors, stories and
the clustering state are derived from them, so when any of those were lost,
or the copy's tables no longer agree, the recovered store re-clusters its
articles on first open (story ids then change). The report says what was
salvaged and lost and how to put the copy in place. SQLite's own
``sqlite3 FILE .recover`` can read still more (rows on free pages), at the
cost of a manual rebuild.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .errors import StoreCorruptError, StoreError, StoreVersionError, UsageError
from .store import CONSISTENCY_CHECKS, SCHEMA_VERSION, Store, migrate

#: Rows of the derived tables whose article is gone (the store never leaves any behind).
ORPHAN_CHECKS = {
    "signatures of unknown articles": "SELECT count(*) FROM signatures s LEFT JOIN articles a ON a.id = s.article_id "
                                      "WHERE a.id IS NULL",
    "vectors of unknown articles": "SELECT count(*) FROM vectors v LEFT JOIN articles a ON a.id = v.article_id "
                                   "WHERE a.id IS NULL",
    "categories of unknown articles": "SELECT count(*) FROM article_categories c LEFT JOIN articles a "
                                      "ON a.id = c.article_id WHERE a.id IS NULL",
    "stories merged into unknown stories": "SELECT count(*) FROM stories s LEFT JOIN stories t ON t.id = s.merged_into "
                                           "WHERE s.merged_into IS NOT NULL AND t.id IS NULL",
    "articles but no clustering state": "SELECT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS "
                                        "(SELECT 1 FROM state WHERE key IN ('model', 'rebuild'))",
}

#: Lines of SQLite's integrity check kept (a badly damaged file yields thousands).
MAX_INTEGRITY_LINES = 50

#: The tables copied by a repair, articles first (the others refer to them).
TABLES = ("articles", "article_categories", "stories", "signatures", "vectors", "state")

_MAX_ROWID = 2**63 - 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a store file: ``kind`` is ``schema``, ``integrity`` or ``consistency``."""

    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass
class CheckReport:
    """What :func:`check_store` found."""

    path: str
    schema_version: int | None = None
    articles: int | None = None
    stories: int | None = None
    check: str = "integrity_check"
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """One line per problem and note, then the summary."""
        return ([f"{self.path}: {p.kind}: {p.message}" for p in self.problems]
                + [f"{self.path}: note: {n}" for n in self.notes] + [self.summary()])

    def summary(self) -> str:
        facts = [f"schema version {self.schema_version}" if self.schema_version is not None else "schema unreadable"]
        if self.articles is not None:
            facts.append(f"{self.articles:,} article{'s' if self.articles != 1 else ''}")
        if self.stories is not None:
            facts.append(f"{self.stories:,} stor{'ies' if self.stories != 1 else 'y'}")
        facts.append(f"SQLite {self.check}")
        if self.ok:
            return f"{self.path}: ok ({', '.join(facts)})"
        n = len(self.problems)
        advice = ("upgrade newsbrief to use it" if any(p.kind == "schema" for p in self.problems)
                  else f"`newsbrief store repair --store {self.path}` copies what can be read to a new file")
        return f"{self.path}: {n} problem{'s' if n != 1 else ''} ({', '.join(facts)}): {advice}"

    def to_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "schema_version": self.schema_version, "articles": self.articles,
                "stories": self.stories, "check": self.check, "problems": [p.to_dict() for p in self.problems],
                "notes": self.notes}


@dataclass
class TableCopy:
    """What a repair copied of one table: rows copied, rows SQLite returned but the new file refused (broken
    values), the rowid ranges that could not be read, and whether the rest of the table was out of reach."""

    table: str
    copied: int = 0
    refused: int = 0
    unreadable: list[tuple[int, int]] = field(default_factory=list)
    rest_lost: bool = False

    @property
    def lost_anything(self) -> bool:
        return bool(self.refused or self.unreadable or self.rest_lost)

    def line(self) -> str:
        text = f"{self.table}: {self.copied:,} row{'s' if self.copied != 1 else ''} copied"
        lost = [f"rowids {a:,}-{b:,}" if a != b else f"rowid {a:,}" for a, b in self.unreadable[:5]]
        if len(self.unreadable) > 5:
            lost.append(f"{len(self.unreadable) - 5} more ranges")
        if self.rest_lost:
            lost.append("the rest of the table")
        if lost:
            text += "; unreadable: " + ", ".join(lost)
        if self.refused:
            text += f"; {self.refused:,} with broken values left out"
        return text


@dataclass
class RepairReport:
    """What :func:`repair_store` did."""

    path: str
    output: str
    source_articles: int | None = None  # the damaged file's highest article number, when readable
    tables: list[TableCopy] = field(default_factory=list)
    reclustered: bool = False
    result: CheckReport | None = None

    @property
    def articles(self) -> int:
        return next((t.copied for t in self.tables if t.table == "articles"), 0)

    def lines(self) -> list[str]:
        out = [f"{self.path}: read-only; newsbrief left it as it is"]
        out += [f"  {t.line()}" for t in self.tables]
        if self.reclustered:
            out.append("  stories re-clustered from the salvaged articles (story ids and permalinks change)")
        of = f" of about {self.source_articles:,}" if self.source_articles else ""
        out.append(f"wrote {self.output}: {self.articles:,} article{'s' if self.articles != 1 else ''}{of} salvaged"
                   + ("" if self.result is None else f"; its check: {'ok' if self.result.ok else 'PROBLEMS'}"))
        out += switch_instructions(self.path, self.output)
        return out

    def to_dict(self) -> dict:
        return {"path": self.path, "output": self.output, "articles": self.articles,
                "source_articles": self.source_articles, "reclustered": self.reclustered,
                "tables": [{"table": t.table, "copied": t.copied, "refused": t.refused,
                            "unreadable": [list(r) for r in t.unreadable], "rest_lost": t.rest_lost}
                           for t in self.tables],
                "check": None if self.result is None else self.result.to_dict()}


def switch_instructions(damaged: str, recovered: str) -> list[str]:
    """How to start using the recovered file: as it is, or in place of the damaged one (with the damaged
    one's WAL files moved aside too: SQLite would otherwise replay them into the new file)."""
    moves = [f"mv {damaged} {damaged}.damaged"]
    moves += [f"mv {damaged}{ext} {damaged}.damaged{ext}" for ext in ("-wal", "-shm") if os.path.exists(damaged + ext)]
    return [f"to use it: --store {recovered} (or NEWSBRIEF_STORE={recovered}); or, to put it in place: "
            + " && ".join([*moves, f"mv {recovered} {damaged}"])]


def _open_readonly(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only; a missing file or one that is not SQLite is a :class:`StoreError`."""
    if not path.exists():
        raise StoreError("no store file here", path=str(path))
    if not path.is_file():
        raise StoreError("not a regular file", path=str(path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as err:
        raise StoreError(f"cannot read the store file ({err.strerror or err})", path=str(path)) from None
    if header and header != b"SQLite format 3\x00":
        raise StoreError("not a newsbrief store (not an SQLite file)", path=str(path))
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as err:
        raise StoreError(f"cannot open the store file ({err})", path=str(path)) from None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def check_store(path: str | os.PathLike[str], quick: bool = False) -> CheckReport:
    """Check the store file at ``path`` without changing it (see the module docstring).

    Raises :class:`~newsbrief.errors.StoreError` only when the file is
    missing or not an SQLite file; every other finding is a :class:`Problem`."""
    path = Path(path)
    report = CheckReport(str(path), check="quick_check" if quick else "integrity_check")
    conn = _open_readonly(path)
    try:
        try:
            version = report.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = _tables(conn)
        except sqlite3.Error as err:
            report.problems.append(Problem("integrity", f"the file's header or schema cannot be read ({err})"))
            return report
        if version > SCHEMA_VERSION:
            report.problems.append(Problem("schema", f"schema version {version} is newer than this newsbrief "
                                                     f"({SCHEMA_VERSION}) [{StoreVersionError.code}]"))
        elif version == 0:
            if tables:
                report.problems.append(Problem("schema", "not a newsbrief store (tables but no schema version)"))
            else:
                report.notes.append("empty: newsbrief creates its tables on first use")
        elif version < SCHEMA_VERSION:
            report.notes.append(f"schema version {version}: newsbrief migrates it to {SCHEMA_VERSION} "
                                "when it next opens it for writing")
        pragma = f"PRAGMA {report.check}({MAX_INTEGRITY_LINES})"
        try:
            found = [line for row in conn.execute(pragma) for line in str(row[0]).splitlines() if line != "ok"]
            report.problems += [Problem("integrity", line) for line in found]
            if len(found) >= MAX_INTEGRITY_LINES:
                report.notes.append(f"SQLite's check stops after {MAX_INTEGRITY_LINES} findings")
        except sqlite3.Error as err:
            report.problems.append(Problem("integrity", f"SQLite's {report.check} could not finish ({err})"))
        try:
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                report.problems.append(Problem("consistency", f"{table} row {rowid} refers to a missing {parent} row"))
        except sqlite3.Error as err:
            report.problems.append(Problem("integrity", f"the foreign key check could not finish ({err})"))
        if version == SCHEMA_VERSION:
            for name, sql in {**CONSISTENCY_CHECKS, **ORPHAN_CHECKS}.items():
                try:
                    n = conn.execute(sql).fetchone()[0]
                except sqlite3.Error as err:
                    report.problems.append(Problem("integrity", f"cannot count {name} ({err})"))
                    continue
                if n:
                    report.problems.append(Problem("consistency", name if name.startswith("articles but")
                                                   else f"{n:,} {name}"))
            for attr, sql in (("articles", "SELECT count(*) FROM articles"),
                              ("stories", "SELECT count(*) FROM stories WHERE merged_into IS NULL")):
                try:
                    setattr(report, attr, conn.execute(sql).fetchone()[0])
                except sqlite3.Error:
                    pass
        return report
    finally:
        conn.close()


def recovered_path(path: str | os.PathLike[str]) -> Path:
    """Where a repair writes by default: ``news.recovered.sqlite3`` beside ``news.sqlite3``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.recovered{path.suffix}")


def repair_store(path: str | os.PathLike[str], output: str | os.PathLike[str] | None = None,
                 settings: Settings | None = None) -> RepairReport:
    """Copy what can be read of the store at ``path`` to ``output`` (default :func:`recovered_path`),
    leaving ``path`` as it is; an existing ``output`` is never overwritten (:class:`UsageError`).

    ``settings`` cluster the salvaged articles when the copy must be re-clustered (defaults when None). The
    copy is written as ``output.partial`` and renamed when complete, so an interrupted repair leaves no
    half-written file under the final name."""
    path = Path(path)
    out = Path(output) if output is not None else recovered_path(path)
    if out.exists() or out.is_symlink():
        raise UsageError(f"{out} exists; newsbrief does not overwrite it: give --output a new file name", path=str(path))
    if out.resolve() == path.resolve():
        raise UsageError("the recovered copy must be a new file, not the damaged one", path=str(path))
    src = _open_readonly(path)
    report = RepairReport(str(path), str(out))
    partial = out.with_name(out.name + ".partial")
    try:
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src_tables = _tables(src)
        except sqlite3.Error as err:
            raise StoreCorruptError(f"nothing can be read: the file's header or schema is damaged ({err})",
                                    path=str(path)) from None
        if version > SCHEMA_VERSION:
            raise StoreVersionError(f"store schema version {version} is newer than this newsbrief ({SCHEMA_VERSION});"
                                    " upgrade newsbrief to repair it", path=str(path))
        if version == 0:
            raise StoreError("not a newsbrief store (no schema version): nothing to repair", path=str(path))
        try:
            report.source_articles = src.execute("SELECT max(seq) FROM articles").fetchone()[0]
        except sqlite3.Error:
            pass
        for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            stale.unlink(missing_ok=True)  # left by an interrupted repair
        dst = sqlite3.connect(str(partial), isolation_level=None)
        try:
            migrate(dst, target=version)  # the damaged file's schema, so every column has a place
            dst.execute("BEGIN")
            for table in TABLES:
                if table in _tables(dst):
                    report.tables.append(_copy_table(src, dst, table, present=table in src_tables))
            needs_rebuild = any(t.lost_anything for t in report.tables)
            if version == SCHEMA_VERSION and not needs_rebuild:  # older files are checked after their migration
                needs_rebuild = any(dst.execute(sql).fetchone()[0]
                                    for sql in {**CONSISTENCY_CHECKS, **ORPHAN_CHECKS}.values())
            if needs_rebuild:
                dst.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('rebuild', 1)")
            dst.execute("COMMIT")
        finally:
            dst.close()
        with Store(partial, settings=settings) as copy:  # migrates to this newsbrief's schema, re-clusters if marked
            if not needs_rebuild and copy.check():  # an older file's tables disagree after its migration
                copy.rebuild()
                needs_rebuild = True
        report.reclustered = needs_rebuild
        os.replace(partial, out)
        report.result = check_store(out)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return report


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, present: bool) -> TableCopy:
    """Copy the readable rows of ``table`` from ``src`` to ``dst`` (same columns)."""
    copy = TableCopy(table)
    if not present:
        copy.rest_lost = True
        return copy
    cols = [r[1] for r in dst.execute(f"PRAGMA table_info({table})")]
    try:
        without_rowid = "WITHOUT ROWID" in (src.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                                        (table,)).fetchone()[0] or "").upper()
    except sqlite3.Error:
        copy.rest_lost = True
        return copy
    insert = f"INSERT OR IGNORE INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    rows = _keyed_rows(src, table, cols, copy) if without_rowid else _rowid_rows(src, table, cols, copy)
    for row in rows:
        before = dst.total_changes
        dst.execute(insert, row)
        if dst.total_changes == before:
            copy.refused += 1
        else:
            copy.copied += 1
    return copy


def _rowid_rows(src: sqlite3.Connection, table: str, cols: list[str], copy: TableCopy):
    """The readable rows of a rowid table in rowid order; unreadable rowid ranges go to ``copy.unreadable``."""
    select = f"SELECT rowid, {', '.join(cols)} FROM {table} WHERE rowid > ? ORDER BY rowid"
    last = 0  # the store's rowids are assigned by SQLite: 1 and up
    while True:
        try:
            for row in src.execute(select, (last,)):
                last = row[0]
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            resume = _next_readable(src, table, last)
            if resume is None:
                copy.rest_lost = True
                return
            copy.unreadable.append((last + 1, resume))
            last = resume


def _readable_after(src: sqlite3.Connection, table: str, rowid: int) -> bool:
    try:
        src.execute(f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1", (rowid,)).fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


def _next_readable(src: sqlite3.Connection, table: str, failed: int) -> int | None:
    """The smallest rowid ``r > failed`` (found by doubling steps, then bisection) from which a scan starts
    without error; ``None`` when none does."""
    step, ok = 1, None
    while failed + step < _MAX_ROWID:
        if _readable_after(src, table, failed + step):
            ok = failed + step
            break
        step *= 2
    if ok is None:
        return None
    bad = failed if step == 1 else failed + step // 2
    while ok - bad > 1:
        mid = (ok + bad) // 2
        if _readable_after(src, table, mid):
            ok = mid
        else:
            bad = mid
    return ok


def _keyed_rows(src: sqlite3.Connection, table: str, cols: list[str], copy: TableCopy):
    """The readable rows of a WITHOUT ROWID table, up to the first unreadable page (the rest is lost)."""
    try:
        for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
            yield row
    except sqlite3.DatabaseError:
        copy.rest_lost = True


__all__ = ["CheckReport", "Problem", "RepairReport", "TableCopy", "check_store", "recovered_path", "repair_store"]
