"""The class list: learners' names (Unicode-normalised) and, optionally, their LMS ids.

A name is compared in Unicode NFC with runs of white space made one space, so "José" typed with
a combining accent (``Jose\\u0301``) is the same learner as "José" typed with one code point.
Two names on one list that differ only by case ("Ana Smith", "ana smith") are refused: the
gradebook cannot tell whether they are one learner or two, and will not merge them silently.

A class list is a text file (one name a line) or a CSV file with a header naming a name column
(``name``, ``student`` or ``full name``) and, for the LMS grade CSV, an id column (``id`` — Canvas's
user id —, ``username`` — Moodle's —, ``sis user id`` or ``login``).

Room: :mod:`peerlearn.gradebook`; imports the standard library only.

>>> r = Roster(["José Díaz", "Ana Smith"])
>>> r.match("Jose\\u0301  Di\\u0301az")
'José Díaz'
>>> Roster(["Ana Smith", "ana smith"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: the class list names 'Ana Smith' and 'ana smith', which differ only by case; ...
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["Roster", "normalise", "read_roster"]

_NAME_COLUMNS = ("name", "student", "full name", "learner")
_ID_COLUMNS = ("id", "username", "sis user id", "sis login id", "login", "user id")


def normalise(name: str) -> str:
    """``name`` in Unicode NFC with white space runs made one space.

    >>> normalise(" Jose\\u0301 ") == "José"
    True
    """
    return unicodedata.normalize("NFC", " ".join(str(name).split()))


class Roster:
    """The class list: ``names`` (an iterable, or a mapping name → LMS id); ``where`` names
    each entry's place (file and line) for error messages."""

    def __init__(
        self, names: Iterable[str] | Mapping[str, str], *, where: Mapping[str, str] | None = None
    ) -> None:
        pairs = list(names.items()) if isinstance(names, Mapping) else [(n, "") for n in names]
        where = dict(where or {})
        self.names: dict[str, str] = {}  # NFC name → LMS id ("" when none)
        folded: dict[str, str] = {}
        for raw, ident in pairs:
            name = normalise(raw)
            if not name:
                continue
            at = f" ({where[raw]})" if raw in where else ""
            other = folded.get(name.casefold())
            if other is not None and other != name:
                raise ValueError(
                    f"the class list names {other!r} and {name!r}{at}, which differ only by "
                    "case; write each learner once, spelt as their hand-in spells it, or tell "
                    "the two apart (e.g. add a middle initial)"
                )
            folded[name.casefold()] = name
            if name in self.names and ident and self.names[name] and self.names[name] != ident:
                raise ValueError(f"the class list gives {name!r} two ids{at}")
            self.names[name] = str(ident or self.names.get(name, "")).strip()
        self._folded = folded

    def __bool__(self) -> bool:
        return bool(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def match(self, name: str) -> str | None:
        """The list's spelling of ``name`` (exact in NFC, else the one differing only by case)."""
        n = normalise(name)
        if n in self.names:
            return n
        return self._folded.get(n.casefold())

    def ids(self) -> dict[str, str]:
        """name → LMS id, for the names the list gives an id."""
        return {n: i for n, i in self.names.items() if i}


def _column(header: list[str], wanted: tuple[str, ...]) -> int | None:
    keys = [h.strip().lower() for h in header]
    for w in wanted:
        if w in keys:
            return keys.index(w)
    return None


def read_roster(path: str | os.PathLike[str]) -> Roster:
    """Read a class list: a ``.csv`` with a header (name and id columns), else one name a line.

    Errors name the file and line, and say what is valid.
    """
    from peerlearn._safefiles import read_regular

    p = Path(path).expanduser()
    raw = read_regular(p, limit=10_000_000, expected="a class list (.txt or .csv)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        msg = f"{p}: not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8"
        raise ValueError(msg) from None
    where: dict[str, str] = {}
    if p.suffix.lower() != ".csv":
        names = []
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip():
                names.append(line)
                where[line] = f"{p} line {i}"
        return Roster(names, where=where)
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValueError(f"{p}: the class list is empty; give a header row and one row a learner")
    name_col = _column(rows[0], _NAME_COLUMNS)
    id_col = _column(rows[0], _ID_COLUMNS)
    if name_col is None:
        raise ValueError(
            f"{p} line 1: no name column in the header {rows[0]}; name one of "
            f"{', '.join(_NAME_COLUMNS)} (and an id column: {', '.join(_ID_COLUMNS)})"
        )
    pairs: dict[str, str] = {}
    for i, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) <= max(name_col, id_col or 0):
            raise ValueError(f"{p} line {i}: {len(row)} cells; the header has {len(rows[0])}")
        name = row[name_col]
        if not name.strip():
            raise ValueError(f"{p} line {i}: no name; give each learner's name")
        if name in pairs:
            raise ValueError(f"{p} line {i}: {name!r} is listed twice")
        pairs[name] = row[id_col].strip() if id_col is not None else ""
        where[name] = f"{p} line {i}"
    return Roster(pairs, where=where)
