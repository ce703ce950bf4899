"""Check exercise-set data and report every problem at once (pure; no YAML, no widgets).

Two passes, one list of problems. The *structure* (fields, types, kinds, enums, the id pattern,
lengths, bounds, no unknown fields) is checked against the format's
JSON Schema, ``peerlearn/data/schemas/exercise-set.v1.json``, by jsonschema (:mod:`._structure`).
The *meaning* is checked here: ids unique within a set, option texts and left-hand texts that
differ, how many options are right, a mechanism not both at work and absent, source keys and
mechanism ids that resolve in the knowledge base, a source on every item of the built-in bank,
and text that every export can carry. Each :class:`~peerlearn.errors.Problem` names the file, the
line (the loader passes the line of every node it read), the exercise id, the field and what
would be valid. Python-built sets go through the same checks (file ``<python>``, no lines).

A set that passes is returned cleaned: texts YAML read as numbers, yes/no or dates are the text
as written; a single source key is a one-item list; empty optional fields are ``""`` or ``[]``.
It holds the format's vocabularies (:data:`KINDS`, :data:`ROLES`; the model re-exports them).
Imports: the standard library, :mod:`._structure` and :mod:`peerlearn.errors` (never the model).

>>> cleaned, problems = clean_set({"id": "q", "title": "T", "exercises": []}, file="quiz.yaml")
>>> print(problems[0])
quiz.yaml: exercises: expected a list of at least one exercise; got an empty list
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from peerlearn.errors import Problem, close_matches

from ._structure import (
    FORMAT,
    StructureUnavailable,
    check,
    checked_already,
    field_name,
    is_checked_already,
    kinds,
    short,
)

__all__ = ["ID_RE", "KINDS", "ROLES", "Context", "clean_exercise", "clean_set", "set_problems"]

#: The exercise kinds, as written in YAML (``kind:``), in the schema's order.
KINDS: tuple[str, ...] = tuple(kinds())
#: What a mechanism does in a vignette's relationship (``role:``; the schema lists the values),
#: and how feedback says it.
ROLES: Mapping[str, str] = {
    "helps": "it helps the relationship here",
    "strains": "it strains the relationship here",
    "both": "it both helps and strains the relationship here",
}
#: The ``file`` that problems of sets built in Python name.
PYTHON_FILE = "<python>"
#: An id, as the schema's pattern says.
ID_RE = re.compile(FORMAT["properties"]["id"]["pattern"])
#: Control characters XML 1.0 cannot hold (QTI, Moodle XML), as YAML's "\x01" lets in.
_UNFIT = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What a kernel without jsonschema or fastjsonschema (JupyterLite's default site) says about a set
#: it could not build; a set it can build there is checked for its meaning only.
NO_JSONSCHEMA = (
    "this exercise set is not as the format describes, and its structure cannot be checked "
    "here: that needs the jsonschema package, which the browser version of the course does not "
    "have; check the set with `peerlearn validate FILE` on a computer with peerlearn installed"
)

Path = tuple[Any, ...]


class Context:
    """Where problems go, with what is needed to say where they are and which record."""

    def __init__(
        self,
        file: str = PYTHON_FILE,
        *,
        lines: Mapping[Path, int] | None = None,
        raws: Mapping[Path, str] | None = None,
        kb: Any = None,
        require_sources: bool = False,
        one_exercise: bool = False,
    ) -> None:
        self.file = file
        self.lines = lines or {}
        self.raws = raws or {}
        self.kb = kb
        self.require_sources = require_sources
        self.one_exercise = one_exercise
        self.texts: dict[Path, str] = {}
        self.broken: set[Path] = set()
        self.data: Any = None
        self.problems: list[Problem] = []
        self._ref_keys: list[str] | None = None
        self._mech_ids: list[str] | None = None

    def line(self, path: Path) -> int | None:
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.lines.get(())

    def get(self, path: Path) -> Any:
        """The value at ``path`` in the data (``None`` where there is none)."""
        node = self.data
        for step in path:
            if isinstance(node, Mapping):
                node = node.get(step)
            elif isinstance(node, (list, tuple)) and isinstance(step, int) and step < len(node):
                node = node[step]
            else:
                return None
        return node

    def text(self, path: Path) -> str | None:
        """The text at ``path`` as written (a number YAML read stays as written), or None."""
        if path in self.texts:
            return self.texts[path]
        value = self.get(path)
        if isinstance(value, str) or value is None:
            return value
        if isinstance(value, bool):
            return self.raws.get(path)
        return self.raws.get(path, str(value)) if isinstance(value, (int, float)) else None

    def record(self, path: Path) -> tuple[str | None, Path]:
        """The record a path is in (the exercise id, or "exercise #n") and the rest of it."""
        if self.one_exercise:
            eid = self.text(("id",))
            return (eid if eid and eid.strip() else "exercise"), path
        if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
            eid = self.text((*path[:2], "id"))
            return (eid if eid and eid.strip() else f"exercise #{path[1] + 1}"), path[2:]
        return None, path

    def add(self, path: Path, message: str) -> None:
        if path in self.broken:  # the structure check has said what is wrong there
            return
        record, rel = self.record(path)
        self.problems.append(Problem(self.file, self.line(path), record, field_name(rel), message))

    # -- knowledge-base checks (only when a knowledge base was given) ----------------------
    @staticmethod
    def _unknown(kind: str, value: str, valid: list[str]) -> str:
        hint = close_matches(value, valid)
        mean = " (did you mean " + " or ".join(repr(h) for h in hint) + "?)" if hint else ""
        return f"unknown {kind} {value!r}{mean}"

    def reference_problem(self, key: str) -> str | None:
        if self.kb is None:
            return None
        try:
            self.kb.reference(key)
        except LookupError:
            if self._ref_keys is None:
                self._ref_keys = [r.key for r in self.kb.references_list()]
            msg = self._unknown("reference key", key, self._ref_keys)
            return msg + "; expected a key of the knowledge base (see peerlearn.references())"
        return None

    def mechanism_problem(self, mid: str) -> str | None:
        if self.kb is None:
            return None
        try:
            self.kb.mechanism(mid)
        except LookupError:
            if self._mech_ids is None:
                self._mech_ids = [m.id for m in self.kb.mechanisms_list()]
            valid = self._mech_ids
            return (
                self._unknown("mechanism id", mid, valid) + "; expected one of: " + ", ".join(valid)
            )
        return None


def clean_set(
    data: Any,
    *,
    file: str = PYTHON_FILE,
    default_id: str | None = None,
    lines: Mapping[Path, int] | None = None,
    raws: Mapping[Path, str] | None = None,
    kb: Any = None,
    require_sources: bool = False,
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Check a whole set; return the cleaned data (``None`` when there are problems) and them."""
    ctx = Context(file, lines=lines, raws=raws, kb=kb, require_sources=require_sources)
    return _run(ctx, data, None, lambda: _build_set(ctx, default_id), default_id)


def set_problems(data: Any, **kwargs: Any) -> list[Problem]:
    """Every problem of a set's plain data (see :func:`clean_set` for the keywords)."""
    return clean_set(data, **kwargs)[1]


def clean_exercise(
    data: Any, *, file: str = PYTHON_FILE, kb: Any = None, require_sources: bool = False
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Check one exercise's plain data; return the cleaned data (or ``None``) and the problems."""
    ctx = Context(file, kb=kb, require_sources=require_sources, one_exercise=True)
    return _run(ctx, data, "exercise", lambda: _build_exercise(ctx, ()), None)


def _run(
    ctx: Context, data: Any, part: str | None, build: Any, default_id: str | None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The structure, then the meaning; the cleaned data when neither found a problem."""
    ctx.data = data
    unchecked = False
    try:
        structure = check(data, part=part, raws=ctx.raws)
    except StructureUnavailable:  # JupyterLite's default site: the meaning only
        unchecked = True
    else:
        ctx.texts = structure.texts
        for path, message in structure.issues:
            ctx.add(path, message)
        ctx.broken = {path for path, _ in structure.issues}
    if part is None:
        _set_meaning(ctx, default_id)
    elif isinstance(data, Mapping):
        _exercise_meaning(ctx, ())
    problems = sorted(ctx.problems, key=lambda p: p.line or 0)  # in file order
    if problems:
        return None, problems
    try:
        return build(), []
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        if unchecked:
            return None, [Problem(ctx.file, None, None, None, NO_JSONSCHEMA)]
        if not is_checked_already():
            raise
    # data taken as checked was not after all (an edited copy of the bank): check it now
    with checked_already(False):
        ctx.problems, ctx.texts, ctx.broken = [], {}, set()
        return _run(ctx, data, part, build, default_id)


# -- meaning: what a schema cannot say --------------------------------------------------------
def _keys(value: Any) -> list[str] | None:
    """A list of keys (one key counts as a list of one; None as none); None if it is no list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else None
    if isinstance(value, (list, tuple)) and all(isinstance(k, str) and k.strip() for k in value):
        return [k.strip() for k in value]
    return None


def _check_keys(ctx: Context, path: Path, problem: Any) -> list[str] | None:
    value = ctx.get(path)
    keys = _keys(value)
    for i, key in enumerate(keys or []):
        if msg := problem(key):
            ctx.add(path if isinstance(value, str) else (*path, i), msg)
    return keys


def _set_meaning(ctx: Context, default_id: str | None) -> None:
    data = ctx.data
    if not isinstance(data, Mapping):
        return
    _unfit(ctx, data, ())
    if "id" not in data and default_id is None:
        ctx.add((), "is missing `id:`: expected " + FORMAT["properties"]["id"]["title"])
    _check_keys(ctx, ("mechanisms",), ctx.mechanism_problem)
    exercises = data.get("exercises")
    if not isinstance(exercises, (list, tuple)):
        return
    seen: dict[str, int] = {}
    for i, item in enumerate(exercises):
        if not isinstance(item, Mapping):
            continue
        _exercise_meaning(ctx, ("exercises", i))
        eid = ctx.text(("exercises", i, "id"))
        if eid is None or not eid.strip():
            continue
        if eid in seen:
            first = ctx.line(("exercises", seen[eid], "id"))
            where = f" (first used on line {first})" if first else ""
            ctx.add(
                ("exercises", i, "id"),
                f"duplicate exercise id {eid!r}{where}; ids must be unique within a set",
            )
        else:
            seen[eid] = i


def _unfit(ctx: Context, value: Any, path: Path) -> None:
    """Text no export can carry: a lone surrogate, or a control character XML cannot hold."""
    stack = [(path, value)]
    seen: set[int] = set()
    while stack:
        at, node = stack.pop()
        if isinstance(node, str):
            if bad := _UNFIT.search(node):
                c, n = ord(bad.group()), bad.start() + 1
                why = f"a lone surrogate U+{c:04X}: write the character itself"
                if not 0xD800 <= c <= 0xDFFF:
                    why = f"the control character U+{c:04X} (character {n}), which no export "
                    why += "(QTI, Moodle XML, GIFT) can carry: remove it"
                ctx.add(at, f"expected text; holds {why}")
        elif isinstance(node, (Mapping, list, tuple)) and id(node) not in seen:
            seen.add(id(node))
            items = node.items() if isinstance(node, Mapping) else enumerate(node)
            stack.extend(((*at, k), v) for k, v in items)


def _exercise_meaning(ctx: Context, at: Path) -> None:
    ex = ctx.get(at)
    if ctx.one_exercise:
        _unfit(ctx, ex, at)
    sources = _check_keys(ctx, (*at, "sources"), ctx.reference_problem)
    if ctx.require_sources and sources == []:
        ctx.add(
            (*at, "sources"),
            "is required in the built-in bank: expected at least one "
            "reference key of the knowledge base (e.g. lynch2007)",
        )
    _check_keys(ctx, (*at, "mechanisms"), ctx.mechanism_problem)
    kind = ex.get("kind")
    if kind in ("multiple-choice", "multiple-select"):
        _distinct(ctx, at, "options", "text", "option", "options must differ")
        _right_options(ctx, at, kind)
    elif kind == "matching":
        _distinct(ctx, at, "pairs", "left", "left-hand text", "each left-hand text must differ")
    elif kind == "vignette":
        _vignette_meaning(ctx, at)


def _distinct(ctx: Context, at: Path, name: str, key: str, what: str, rule: str) -> None:
    """Texts that must differ (ignoring case and spacing); each item's sources resolve."""
    items = ctx.get((*at, name))
    if not isinstance(items, (list, tuple)):
        return
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        _check_keys(ctx, (*at, name, i, "sources"), ctx.reference_problem)
        text = ctx.text((*at, name, i, key))
        if text is None:
            continue
        norm = " ".join(text.split()).casefold()
        if norm in seen:
            noun = "option" if name == "options" else "pair"
            ctx.add(
                (*at, name, i, key),
                f"duplicate {what} {short(text)} (same as {noun} {seen[norm] + 1}); {rule}",
            )
        else:
            seen[norm] = i


def _right_options(ctx: Context, at: Path, kind: str) -> None:
    """Exactly one right option in a multiple-choice exercise, at least one in a multiple-select."""
    options = ctx.get((*at, "options"))
    if not isinstance(options, (list, tuple)) or len(options) < 2:
        return  # the schema says what the options must be
    right = sum(1 for o in options if isinstance(o, Mapping) and o.get("correct") is True)
    if kind == "multiple-choice" and right != 1:
        ctx.add(
            (*at, "options"),
            "a multiple-choice exercise needs exactly one option with correct: true; "
            f"found {right}" + (" (use kind: multiple-select for several)" if right > 1 else ""),
        )
    if kind == "multiple-select" and right < 1:
        ctx.add(
            (*at, "options"),
            "a multiple-select exercise needs at least one option with correct: true; found none",
        )


def _vignette_meaning(ctx: Context, at: Path) -> None:
    at_work = ctx.get((*at, "mechanisms_at_work"))
    seen: set[str] = set()
    for i, m in enumerate(at_work if isinstance(at_work, (list, tuple)) else []):
        mid = ctx.text((*at, "mechanisms_at_work", i, "id")) if isinstance(m, Mapping) else None
        if not mid:
            continue
        if msg := ctx.mechanism_problem(mid):
            ctx.add((*at, "mechanisms_at_work", i, "id"), msg)
        if mid in seen:
            ctx.add((*at, "mechanisms_at_work", i, "id"), f"mechanism {mid!r} is listed twice")
        seen.add(mid)
    absent = ctx.get((*at, "feedback_absent"))
    for key in absent if isinstance(absent, Mapping) else []:
        if not isinstance(key, str):
            continue  # the schema says what a key must be
        if msg := ctx.mechanism_problem(key):
            ctx.add((*at, "feedback_absent", key), msg)
        if key in seen:
            ctx.add(
                (*at, "feedback_absent", key),
                f"mechanism {key!r} is in mechanisms_at_work, so it is at work; "
                "remove it from feedback_absent",
            )


# -- the cleaned data (built only from data that passed both passes) --------------------------
def _build_set(ctx: Context, default_id: str | None) -> dict[str, Any]:
    data = ctx.data
    return {
        "schema_version": 1,
        "id": ctx.text(("id",)) if "id" in data else default_id,
        "title": ctx.text(("title",)),
        "description": ctx.text(("description",)) or "",
        "mechanisms": _keys(data.get("mechanisms")) or [],
        "exercises": [
            _build_exercise(ctx, ("exercises", i)) for i, _ in enumerate(data["exercises"])
        ],
    }


def _build_exercise(ctx: Context, at: Path) -> dict[str, Any]:
    ex = ctx.get(at)
    kind = ex["kind"]
    out: dict[str, Any] = {
        "id": ctx.text((*at, "id")),
        "kind": kind,
        "prompt": ctx.text((*at, "prompt")),
        "sources": _keys(ex.get("sources")) or [],
        "mechanisms": _keys(ex.get("mechanisms")) or [],
        "explanation": ctx.text((*at, "explanation")) or "",
    }
    if kind in ("multiple-choice", "multiple-select"):
        out["options"] = [
            {
                "text": ctx.text((*at, "options", i, "text")),
                "correct": opt.get("correct", False),
                "feedback": ctx.text((*at, "options", i, "feedback")) or "",
                "sources": _keys(opt.get("sources")) or [],
            }
            for i, opt in enumerate(ex["options"])
        ]
    elif kind == "matching":
        out["pairs"] = [
            {
                "left": ctx.text((*at, "pairs", i, "left")),
                "right": ctx.text((*at, "pairs", i, "right")),
                "feedback": ctx.text((*at, "pairs", i, "feedback")) or "",
                "sources": _keys(pair.get("sources")) or [],
            }
            for i, pair in enumerate(ex["pairs"])
        ]
    elif kind == "vignette":
        out["fictional"] = True
        out["title"] = ctx.text((*at, "title")) or ""
        out["scenario"] = ctx.text((*at, "scenario"))
        out["mechanisms_at_work"] = [
            {
                "id": ctx.text((*at, "mechanisms_at_work", i, "id")),
                "role": m["role"],
                "feedback": ctx.text((*at, "mechanisms_at_work", i, "feedback")) or "",
            }
            for i, m in enumerate(ex["mechanisms_at_work"])
        ]
        absent = ex.get("feedback_absent") or {}
        out["feedback_absent"] = {k: ctx.text((*at, "feedback_absent", k)) for k in absent}
    elif kind == "reflection" and ex.get("words") is not None:
        out["words"] = ex["words"]
    return out
