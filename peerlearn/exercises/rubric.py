"""The reflection rubric: criteria and levels, loaded from data and shown to learners as HTML.

The rubric is content (``peerlearn/data/rubrics/reflection.json``); this module reads it into
frozen dataclasses, checks its shape (naming the file and what would be valid), and renders it as
one table a learner reads before writing and an instructor marks with. The gradebook records a
level per criterion with it (``Gradebook.rate(..., rubric=load())``).

Shape: ``{"id", "title", "purpose"?, "levels": [{"level": 1, "name"}, ...] (1 up to 4, in order),
"criteria": [{"id", "name", "mechanisms": [mechanism ids], "descriptors": {"1": text, ...}}]}``,
a descriptor for every level.

>>> r = load()
>>> r.id, [lv.name for lv in r.levels]
('reflection', ['Beginning', 'Developing', 'Secure', 'Extending'])
>>> r.criterion("helps-and-strains").descriptor(3)[:10]
'Shows, in '
>>> "<table" in to_html(r)
True
>>> from_data(r.to_dict()) == r
True
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from peerlearn._html import Markup, concat, tag
from peerlearn.errors import DataValidationError, Problem, UnknownIdError

from ._printable import CELL, MECHANISM_NAMES, NOTE, Shown, page, read_json

__all__ = [
    "Criterion",
    "Level",
    "Rubric",
    "RubricError",
    "from_data",
    "load",
    "show",
    "to_html",
    "to_page",
]

MECHANISM_IDS = tuple(MECHANISM_NAMES)  # the five ids, in the review's order


class RubricError(DataValidationError):
    """A rubric file that is not the agreed shape; ``.problems`` says where and what."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems, what="rubric")


@dataclass(frozen=True)
class Level:
    """One level of achievement, numbered from 1."""

    level: int
    name: str


@dataclass(frozen=True)
class Criterion:
    """One criterion: what it looks for, the mechanisms it bears on, a descriptor per level."""

    id: str
    name: str
    mechanisms: tuple[str, ...]
    descriptors: tuple[tuple[int, str], ...]

    def descriptor(self, level: int) -> str:
        """The description of ``level`` for this criterion."""
        for n, text in self.descriptors:
            if n == level:
                return text
        raise UnknownIdError("level", level, [str(n) for n, _ in self.descriptors])


@dataclass(frozen=True)
class Rubric:
    """A rubric: its id, title, a note for learners, its levels and criteria."""

    id: str
    title: str
    levels: tuple[Level, ...]
    criteria: tuple[Criterion, ...]
    purpose: str = ""

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with this id (an :class:`UnknownIdError` lists the valid ones)."""
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise UnknownIdError("criterion", criterion_id, [c.id for c in self.criteria])

    def to_dict(self) -> dict[str, Any]:
        """The agreed plain shape (what the gradebook reads, and ``from_data`` takes back)."""
        return {
            "id": self.id,
            "title": self.title,
            **({"purpose": self.purpose} if self.purpose else {}),
            "levels": [{"level": lv.level, "name": lv.name} for lv in self.levels],
            "criteria": [
                {
                    "id": c.id,
                    "name": c.name,
                    "mechanisms": list(c.mechanisms),
                    "descriptors": {str(n): text for n, text in c.descriptors},
                }
                for c in self.criteria
            ],
        }

    def level_name(self, level: int) -> str:
        """The name of a level number."""
        for lv in self.levels:
            if lv.level == level:
                return lv.name
        raise UnknownIdError("level", level, [str(lv.level) for lv in self.levels])


def _text(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip())


def _check(data: Any, file: str) -> list[Problem]:
    """Every problem with the shape at once (file, record, field, message)."""

    def p(record: str | None, field: str | None, message: str) -> Problem:
        return Problem(file, None, record, field, message)

    if not isinstance(data, Mapping):
        return [p(None, None, "the rubric must be a JSON object with id, title, levels, criteria")]
    out = []
    for key in ("id", "title"):
        if not _text(data.get(key)):
            out.append(p(None, key, f"{key!r} must be a non-empty text"))
    levels = data.get("levels")
    numbers: list[int] = []
    if not isinstance(levels, list) or not 1 <= len(levels) <= 4:
        out.append(p(None, "levels", "'levels' must be a list of 1 to 4 {level, name} objects"))
    else:
        for i, lv in enumerate(levels, 1):
            ok = isinstance(lv, Mapping) and lv.get("level") == i and _text(lv.get("name"))
            if not ok:
                out.append(p(f"level {i}", "levels", f"level {i} must be {{'level': {i}, 'name'}}"))
            numbers.append(i)
    criteria = data.get("criteria")
    if not isinstance(criteria, list) or not criteria:
        out.append(p(None, "criteria", "'criteria' must be a non-empty list"))
        return out
    seen: set[str] = set()
    for i, c in enumerate(criteria, 1):
        where = f"criterion {i}"
        if not isinstance(c, Mapping):
            out.append(p(where, None, "each criterion must be an object"))
            continue
        cid = c.get("id")
        if not _text(cid) or cid in seen:
            out.append(p(where, "id", "each criterion needs its own non-empty 'id'"))
        else:
            seen.add(cid)
            where = f"criterion {cid!r}"
        if not _text(c.get("name")):
            out.append(p(where, "name", "'name' must be a non-empty text"))
        mechs = c.get("mechanisms", [])
        bad = [m for m in mechs if m not in MECHANISM_IDS] if isinstance(mechs, list) else [mechs]
        if bad:
            out.append(
                p(where, "mechanisms", f"unknown mechanism ids {bad}; valid: {MECHANISM_IDS}")
            )
        desc = c.get("descriptors")
        want = {str(n) for n in numbers}
        if not isinstance(desc, Mapping) or set(desc) != want:
            got = sorted(desc) if isinstance(desc, Mapping) else type(desc).__name__
            out.append(
                p(where, "descriptors", f"needs one descriptor per level {sorted(want)}; got {got}")
            )
        elif not all(_text(v) for v in desc.values()):
            out.append(p(where, "descriptors", "every descriptor must be a non-empty text"))
    return out


def from_data(data: Any, *, file: str = "<rubric>") -> Rubric:
    """A :class:`Rubric` from a dict of the agreed shape (a :class:`RubricError` otherwise)."""
    problems = _check(data, file)
    if problems:
        raise RubricError(problems)
    return Rubric(
        id=data["id"],
        title=data["title"],
        purpose=data.get("purpose", ""),
        levels=tuple(Level(lv["level"], lv["name"]) for lv in data["levels"]),
        criteria=tuple(
            Criterion(
                id=c["id"],
                name=c["name"],
                mechanisms=tuple(c.get("mechanisms", [])),
                descriptors=tuple((int(k), v) for k, v in sorted(c["descriptors"].items())),
            )
            for c in data["criteria"]
        ),
    )


def load(path: str | os.PathLike[str] | None = None) -> Rubric:
    """Read a rubric file (default: the package's reflection rubric) and check its shape."""
    data, _, file = read_json("rubrics/reflection.json", path, RubricError)
    return from_data(data, file=file)


def to_html(rubric: Rubric | None = None) -> Markup:
    """The rubric as one escaped HTML table (criteria as rows, levels as columns).

    Each criterion says which mechanisms it bears on, so a learner sees what to look for.
    """
    r = rubric or load()
    head = tag(
        "tr",
        tag("th", "Criterion", scope="col", style=CELL),
        *[tag("th", f"{lv.level}. {lv.name}", scope="col", style=CELL) for lv in r.levels],
    )
    rows = []
    for c in r.criteria:
        about = (
            "All five mechanisms"
            if len(c.mechanisms) == len(MECHANISM_IDS)
            else ", ".join(MECHANISM_NAMES[m] for m in c.mechanisms)
        )
        note = tag("span", f"Mechanisms: {about}", class_="pl-note", style=NOTE)
        label = concat([tag("strong", c.name)] + ([tag("br"), note] if about else []))
        rows.append(
            tag(
                "tr",
                tag("th", label, scope="row", style=CELL),
                *[tag("td", c.descriptor(lv.level), style=CELL) for lv in r.levels],
            )
        )
    caption = tag("caption", r.title)
    table = tag("table", caption, tag("thead", head), tag("tbody", *rows), class_="pl-rubric")
    intro = tag("p", r.purpose) if r.purpose else Markup("")
    return Markup(tag("div", intro, table, class_="pl-print"))


def show(rubric: Rubric | None = None) -> Shown:
    """The rubric for a notebook cell: ``rubric.show()`` displays the table."""
    return Shown(to_html(rubric))


def to_page(rubric: Rubric | None = None) -> str:
    """The rubric as a whole printable HTML page."""
    r = rubric or load()
    return page(r.title, to_html(r))
