"""The gradebook file: one SQLite database (the standard library's :mod:`sqlite3`), as nbgrader's.

This is the only module that speaks SQL. It keeps three tables: ``handins`` (one row per
learner: the file imported, its SHA-256 and export time), ``attempts`` (every attempt of that
hand-in, scored with the instructor's keys) and ``rejected`` (files refused, with the reason).
A learner's rows are replaced in one transaction, so a crash leaves the old hand-in or the new
one, never half of each.

Room: the bottom of :mod:`peerlearn.gradebook`. Imports only the standard library.

>>> db = Database(":memory:")
>>> db.handin("Ana") is None
True
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["SCHEMA_VERSION", "Database", "GradebookFileError"]

#: The version of the tables below (kept in SQLite's ``user_version``).
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS handins (
    learner TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    exported TEXT NOT NULL,
    records INTEGER NOT NULL,
    ignored INTEGER NOT NULL
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
"""

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
        new = self.path == ":memory:" or not Path(self.path).exists()
        if not new and not Path(self.path).is_file():
            raise GradebookFileError(f"{self.path} is not a file; give the gradebook's file name")
        try:
            self.conn = sqlite3.connect(self.path)
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
        with self.conn:
            self.conn.executescript(_SCHEMA)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if new and self.path != ":memory:":
            os.chmod(self.path, 0o600)

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    def handin(self, learner: str) -> dict[str, Any] | None:
        """The stored hand-in row of ``learner`` (``None`` if none)."""
        cur = self.conn.execute(
            "SELECT learner, file, sha256, exported, records, ignored FROM handins "
            "WHERE learner = ?",
            (learner,),
        )
        row = cur.fetchone()
        keys = ("learner", "file", "sha256", "exported", "records", "ignored")
        return dict(zip(keys, row, strict=True)) if row else None

    def replace(self, handin: Mapping[str, Any], attempts: Iterable[Mapping[str, Any]]) -> None:
        """Replace a learner's hand-in and attempts (one transaction)."""
        rows = [tuple(_cell(c, a.get(c)) for c in ATTEMPT_COLUMNS[2:]) for a in attempts]
        with self.conn:
            self.conn.execute("DELETE FROM attempts WHERE learner = ?", (handin["learner"],))
            self.conn.execute(
                "INSERT OR REPLACE INTO handins VALUES (?, ?, ?, ?, ?, ?)",
                (
                    *(handin[k] for k in ("learner", "file", "sha256", "exported")),
                    len(rows),
                    int(handin.get("ignored", 0)),
                ),
            )
            self.conn.executemany(
                f"INSERT INTO attempts VALUES ({', '.join('?' * len(ATTEMPT_COLUMNS))})",
                [(handin["learner"], i, *r) for i, r in enumerate(rows)],
            )
            self.conn.execute("DELETE FROM rejected WHERE file = ?", (handin["file"],))

    def reject(self, file: str, sha256: str | None, reason: str) -> None:
        """Remember that ``file`` was refused, and why (the same file again changes nothing)."""
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO rejected VALUES (?, ?, ?)", (file, sha256, reason)
            )

    def forget_rejection(self, file: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM rejected WHERE file = ?", (file,))

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of ``handins``, ``attempts`` or ``rejected``, in a stable order."""
        order = {"handins": "learner", "attempts": "learner, seq", "rejected": "file"}
        if table not in order:
            raise ValueError(f"unknown table {table!r}; expected one of {', '.join(order)}")
        cur = self.conn.execute(
            f"SELECT * FROM {table} ORDER BY {order[table]}"
        )  # table and order are from the dict above
        names = [d[0] for d in cur.description]
        out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        for r in out:
            for k in ("answer", "by_mechanism"):
                if k in r and r[k] is not None:
                    r[k] = json.loads(r[k])
        return out


def _cell(column: str, value: Any) -> Any:
    if column in ("answer", "by_mechanism"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
