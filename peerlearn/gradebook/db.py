"""The gradebook file: one SQLite database (the standard library's :mod:`sqlite3`), as nbgrader's.

This is the only module that speaks SQL. It keeps these tables: ``handins`` (one row per
learner: the file imported, its SHA-256 and export time, and its status: ``current``, or
``disputed`` when the file was changed after it was graded), ``attempts`` (every attempt of that
hand-in, scored with the instructor's keys), ``rejected`` (files refused, with the reason),
``ratings`` (a rubric level per criterion per reflection) and ``settings`` (the deadline).

One import is one transaction (:meth:`Database.transaction`, SQLite's ``BEGIN IMMEDIATE``):
the comparison with what is stored and the write happen under one write lock, so two imports
running at once are serialised (the second waits, then compares with what the first wrote),
and a crash leaves the gradebook as it was before the import. One commit per import, not one
per hand-in, is also what makes a class's import fast.

Room: the bottom of :mod:`peerlearn.gradebook`. Imports only the standard library.

>>> db = Database(":memory:")
>>> db.handin("Ana") is None
True
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["HANDIN_COLUMNS", "SCHEMA_VERSION", "Database", "GradebookFileError"]

#: The version of the tables below (kept in SQLite's ``user_version``).
SCHEMA_VERSION = 2
#: How long an import waits for another import's write lock, in seconds.
BUSY_TIMEOUT = 120.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS handins (
    learner TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    exported TEXT NOT NULL,
    records INTEGER NOT NULL,
    ignored INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'current',
    note TEXT
);
CREATE TABLE IF NOT EXISTS attempts (
    learner TEXT NOT NULL REFERENCES handins(learner) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    set_id TEXT NOT NULL,
    exercise TEXT NOT NULL,
    kind TEXT,
    event TEXT NOT NULL,
    time TEXT NOT NULL,
    answer TEXT,
    score REAL,
    recorded_score REAL,
    mechanism TEXT,
    by_mechanism TEXT,
    PRIMARY KEY (learner, seq)
);
CREATE TABLE IF NOT EXISTS rejected (
    file TEXT PRIMARY KEY,
    sha256 TEXT,
    reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ratings (
    learner TEXT NOT NULL,
    set_id TEXT NOT NULL,
    exercise TEXT NOT NULL,
    criterion TEXT NOT NULL,
    level INTEGER NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (learner, set_id, exercise, criterion)
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""
_V1_TO_V2 = (
    "ALTER TABLE handins ADD COLUMN status TEXT NOT NULL DEFAULT 'current'",
    "ALTER TABLE handins ADD COLUMN note TEXT",
)
HANDIN_COLUMNS = ("learner", "file", "sha256", "exported", "records", "ignored", "status", "note")

ATTEMPT_COLUMNS = (
    "learner", "seq", "set_id", "exercise", "kind", "event", "time", "answer", "score",
    "recorded_score", "mechanism", "by_mechanism",
)  # fmt: skip


class GradebookFileError(ValueError):
    """The gradebook file is not a peerlearn gradebook (or is from a newer peerlearn)."""


class Database:
    """One gradebook file. ``Database(path)`` creates it (mode 0600) if it does not exist."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        if self.path != ":memory:" and Path(self.path).is_symlink():
            raise GradebookFileError(
                f"{self.path} is a symlink; give the gradebook's own file (links are not "
                "followed: the gradebook is created and its mode set only where you say)"
            )
        new = self.path == ":memory:" or not Path(self.path).exists()
        if not new and not Path(self.path).is_file():
            raise GradebookFileError(f"{self.path} is not a file; give the gradebook's file name")
        try:
            # autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE) below
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.OperationalError as e:
            raise GradebookFileError(
                f"cannot open the gradebook {self.path} (SQLite says: {e}); check that its "
                "folder exists and that you may write there"
            ) from None
        except sqlite3.DatabaseError as e:
            raise GradebookFileError(
                f"{self.path} is not a gradebook (SQLite says: {e}); give a new file name, "
                "e.g. gradebook.sqlite"
            ) from None
        if version > SCHEMA_VERSION:
            raise GradebookFileError(
                f"{self.path} is a gradebook of version {version}; this peerlearn reads "
                f"version {SCHEMA_VERSION}: upgrade peerlearn"
            )
        if tables and not {"handins", "attempts", "rejected"} <= tables:
            raise GradebookFileError(
                f"{self.path} is an SQLite file of something else (tables: "
                f"{', '.join(sorted(tables))}); give a new file name for the gradebook"
            )
        if version < SCHEMA_VERSION:
            with self.transaction():
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if tables and version == 1:
                    for statement in _V1_TO_V2:
                        self.conn.execute(statement)
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if new and self.path != ":memory:":
            os.chmod(self.path, 0o600)

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE``: other writers wait for it); nested uses
        join the outer one. Committed at the end, rolled back on an error."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def handin(self, learner: str) -> dict[str, Any] | None:
        """The stored hand-in row of ``learner`` (``None`` if none)."""
        cur = self.conn.execute(
            f"SELECT {', '.join(HANDIN_COLUMNS)} FROM handins WHERE learner = ?", (learner,)
        )
        row = cur.fetchone()
        return dict(zip(HANDIN_COLUMNS, row, strict=True)) if row else None

    def handins_by_file(self) -> dict[str, dict[str, Any]]:
        """file → the stored hand-in row imported from it."""
        cur = self.conn.execute(f"SELECT {', '.join(HANDIN_COLUMNS)} FROM handins")
        rows = [dict(zip(HANDIN_COLUMNS, r, strict=True)) for r in cur.fetchall()]
        return {r["file"]: r for r in rows}

    def replace(self, handin: Mapping[str, Any], attempts: Iterable[Mapping[str, Any]]) -> None:
        """Replace a learner's hand-in and attempts (within one transaction)."""
        self.replace_many([(handin, attempts)])

    def replace_many(
        self, items: Iterable[tuple[Mapping[str, Any], Iterable[Mapping[str, Any]]]]
    ) -> None:
        """Replace several learners' hand-ins and attempts at once (within one transaction)."""
        handins, attempts = [], []
        for handin, rows in items:
            made = [_row(a) for a in rows]
            handins.append(
                (*(handin[k] for k in ("learner", "file", "sha256", "exported")),
                 len(made), int(handin.get("ignored", 0)))
            )  # fmt: skip
            attempts += [(handin["learner"], i, *r) for i, r in enumerate(made)]
        if not handins:
            return
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM attempts WHERE learner = ?", [(h[0],) for h in handins]
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO handins VALUES (?, ?, ?, ?, ?, ?, 'current', NULL)",
                handins,
            )
            self.conn.executemany(
                f"INSERT INTO attempts VALUES ({', '.join('?' * len(ATTEMPT_COLUMNS))})", attempts
            )
            self.conn.executemany("DELETE FROM rejected WHERE file = ?", [(h[1],) for h in handins])

    def set_status(self, learner: str, status: str, note: str | None) -> None:
        """Mark a learner's hand-in ``current`` or ``disputed`` (with the reason)."""
        with self.transaction():
            self.conn.execute(
                "UPDATE handins SET status = ?, note = ? WHERE learner = ?", (status, note, learner)
            )

    def reject(self, file: str, sha256: str | None, reason: str) -> None:
        """Remember that ``file`` was refused, and why (the same file again changes nothing)."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO rejected VALUES (?, ?, ?)", (file, sha256, reason)
            )

    def forget_rejection(self, file: str) -> None:
        """Forget that ``file`` was refused (it was read again, and accepted or superseded)."""
        with self.transaction():
            self.conn.execute("DELETE FROM rejected WHERE file = ?", (file,))

    def setting(self, key: str) -> str | None:
        """A stored setting (``deadline``), or ``None``."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a setting (``None`` removes it)."""
        with self.transaction():
            self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            if value is not None:
                self.conn.execute("INSERT INTO settings VALUES (?, ?)", (key, value))

    def rate(self, learner: str, set_id: str, exercise: str, levels: Mapping[str, Any]) -> None:
        """Store a rubric level per criterion (``{criterion: {"level": n, ...detail}}``)."""
        with self.transaction():
            for criterion, detail in levels.items():
                self.conn.execute(
                    "INSERT OR REPLACE INTO ratings VALUES (?, ?, ?, ?, ?, ?)",
                    (learner, set_id, exercise, criterion, int(detail["level"]),
                     json.dumps(dict(detail), ensure_ascii=False, sort_keys=True)),
                )  # fmt: skip

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of ``handins``, ``attempts`` or ``rejected``, in a stable order."""
        order = {
            "handins": "learner",
            "attempts": "learner, seq",
            "rejected": "file",
            "ratings": "learner, set_id, exercise, criterion",
        }
        if table not in order:
            raise ValueError(f"unknown table {table!r}; expected one of {', '.join(order)}")
        cur = self.conn.execute(
            f"SELECT * FROM {table} ORDER BY {order[table]}"
        )  # table and order are from the dict above
        names = [d[0] for d in cur.description]
        out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for r in out:
            for k in ("answer", "by_mechanism", "detail"):
                if k in r and r[k] is not None:
                    r[k] = json.loads(r[k])
        return out


_BY_MECHANISM: dict[tuple[Any, ...], str] = {}


def _row(a: Mapping[str, Any]) -> tuple[Any, ...]:
    """An attempt as the table's columns (JSON made once: ``answer_json`` when given, and the
    few distinct ``by_mechanism`` values kept)."""
    answer = a.get("answer_json")
    if answer is None:
        answer = _cell("answer", a.get("answer"))
    bm = a.get("by_mechanism") or {}
    key = tuple(sorted(bm.items()))
    if key not in _BY_MECHANISM:
        _BY_MECHANISM[key] = _cell("by_mechanism", bm)
    return (
        *(a.get(c) for c in ATTEMPT_COLUMNS[2:7]),
        answer,
        a.get("score"),
        a.get("recorded_score"),
        a.get("mechanism"),
        _BY_MECHANISM[key],
    )


def _cell(column: str, value: Any) -> Any:
    if column in ("answer", "by_mechanism"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
