"""The reflection rubric: criteria and levels, loaded from data and shown to learners as HTML.

The rubric is content (``peerlearn/data/rubrics/reflection.json``); this module reads it into
frozen dataclasses, checks its shape against ``data/schemas/rubric.v1.json`` (and its meaning:
levels in order, one descriptor per level; each problem with the file, line and what would be
valid), and renders it as
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
from typing import Any

from peerlearn._html import Markup, concat, tag
from peerlearn._locate import Lines
from peerlearn.errors import DataValidationError, Problem, UnknownIdError, close_matches

from ._printable import CELL, MECHANISM_NAMES, NOTE, Shown, page, read_json
from ._structure import (
    StructureUnavailable,
    checked_already,
    field_name,
    is_checked_already,
    schema_issues,
)

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


def _check(data: Any, file: str, text: str | None = None) -> list[Problem]:
    """Every problem at once: the structure against the rubric's JSON Schema, then the meaning
    a schema cannot say; each with the file, the line (when read from ``text``), the record
    (a level or criterion) and the field."""
    lines = Lines(text) if text is not None else None
    try:  # the package's own rubric is taken as checked (a learner's kernel needs no jsonschema)
        found = [] if is_checked_already() else schema_issues("rubric.v1.json", data)
    except StructureUnavailable:  # JupyterLite's default site: the meaning only
        found = []
    broken = {path for path, _ in found}
    found += [(path, msg) for path, msg in _meaning(data) if path not in broken]

    def problem(path: tuple[Any, ...], message: str) -> Problem:
        record, rest = None, path
        if len(path) >= 2 and path[0] in ("levels", "criteria") and isinstance(path[1], int):
            item = data[path[0]][path[1]]
            cid = item.get("id") if isinstance(item, Mapping) else None
            n = path[1] + 1
            record = f"level {n}" if path[0] == "levels" else f"criterion {cid or n!r}"
            rest = path[2:]
        line = lines.of(list(path)) if lines is not None else None
        return Problem(file, line, record, field_name(rest), message)

    return sorted((problem(p, m) for p, m in found), key=lambda p: p.line or 0)


def _meaning(data: Any) -> list[tuple[tuple[Any, ...], str]]:
    """Levels numbered 1, 2, ... in order; criterion ids that differ; one descriptor per level;
    mechanism ids that are the review's five."""
    if not isinstance(data, Mapping):
        return []
    out: list[tuple[tuple[Any, ...], str]] = []
    levels = data.get("levels")
    levels = levels if isinstance(levels, list) else []
    for i, lv in enumerate(levels):
        if isinstance(lv, Mapping) and isinstance(lv.get("level"), int) and lv["level"] != i + 1:
            out.append(
                (
                    ("levels", i, "level"),
                    f"expected {i + 1}: levels are numbered 1, 2, ... in turn",
                )
            )
    want = [str(n) for n in range(1, len(levels) + 1)]
    criteria = data.get("criteria")
    seen: set[str] = set()
    for i, c in enumerate(criteria if isinstance(criteria, list) else []):
        if not isinstance(c, Mapping):
            continue
        cid = c.get("id")
        if isinstance(cid, str):
            if cid in seen:
                out.append(
                    (("criteria", i, "id"), f"duplicate id {cid!r}: each criterion needs its own")
                )
            seen.add(cid)
        mechs = c.get("mechanisms")
        for j, m in enumerate(mechs if isinstance(mechs, list) else []):
            if isinstance(m, str) and m not in MECHANISM_IDS:
                hint = close_matches(m, MECHANISM_IDS, n=1)
                mean = f" (did you mean {hint[0]!r}?)" if hint else ""
                out.append(
                    (
                        ("criteria", i, "mechanisms", j),
                        f"unknown mechanism id {m!r}{mean}; expected one of "
                        + ", ".join(MECHANISM_IDS),
                    )
                )
        desc = c.get("descriptors")
        if isinstance(desc, Mapping) and levels and sorted(desc) != want:
            out.append(
                (
                    ("criteria", i, "descriptors"),
                    f"needs one descriptor per level {want}; got {sorted(map(str, desc))}",
                )
            )
    return out


def from_data(data: Any, *, file: str = "<rubric>", text: str | None = None) -> Rubric:
    """A :class:`Rubric` from a dict of the agreed shape (a :class:`RubricError` otherwise);
    ``text``: the file's text, for the line of each problem."""
    problems = _check(data, file, text)
    if problems:
        raise RubricError(problems)
    try:
        return _build(data)
    except (AttributeError, KeyError, TypeError, ValueError):  # unchecked (JupyterLite)
        msg = "this rubric is not in the agreed shape, which cannot be checked here (no jsonschema)"
        raise RubricError([Problem(file, None, None, None, msg)]) from None


def _build(data: Mapping[str, Any]) -> Rubric:
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
    data, text, file = read_json("rubrics/reflection.json", path, RubricError)
    if path is None:  # the package's own, checked against the schema by the test suite
        with checked_already():
            return from_data(data, file=file)
    return from_data(data, file=file, text=text)


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
