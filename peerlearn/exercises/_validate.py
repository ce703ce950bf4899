"""Check exercise-set data and report every problem at once (pure; no YAML, no widgets).

The loader passes the line of every node it read, so each :class:`~peerlearn.errors.Problem`
names the file, the line, the exercise id, the field and what was expected. Python-built sets
go through the same checks (file ``<python>``, no lines).

The checks also clean the data: numbers and unquoted ``yes``/``no`` where text was expected
become the text as written in the file; a single source key becomes a one-item list.
The format's structure is written once, in ``peerlearn/data/schemas/exercise-set.v1.json`` (the
schema editors use): the fields of a set, of each kind, of an option, a pair and a mechanism at
work, the kinds, levels, roles, the id pattern and the words bounds are read from it here. What
this module adds is meaning and wording: how each role reads (:data:`ROLES`), exactly one correct
option, unique ids and texts, keys that resolve, and every problem in plain words with its line.
It holds the format's vocabularies (:data:`KINDS`, :data:`ROLES`; the model re-exports them).
Imports: the standard library and :mod:`peerlearn.errors` only (never the model).

>>> cleaned, problems = clean_set({"id": "q", "title": "T", "exercises": []}, file="quiz.yaml")
>>> print(problems[0])
quiz.yaml: exercises: expected a list of at least one exercise; got an empty list
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from peerlearn.errors import Problem, close_matches

__all__ = ["ID_RE", "KINDS", "ROLES", "Context", "clean_exercise", "clean_set", "set_problems"]


def _schema() -> dict[str, Any]:
    """The exercise-set format as written down once, in ``data/schemas/exercise-set.v1.json``."""
    text = (resources.files("peerlearn") / "data" / "schemas" / "exercise-set.v1.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


_FORMAT = _schema()
_DEFS = _FORMAT["$defs"]
_KIND_DEFS = [
    _DEFS[ref["$ref"].rsplit("/", 1)[1]]
    for ref in _FORMAT["properties"]["exercises"]["items"]["oneOf"]
]


def _fields(definition: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(definition["properties"])


#: What a mechanism does in a vignette's relationship (``role:``), and how feedback says it.
ROLES: Mapping[str, str] = {
    "helps": "it helps the relationship here",
    "strains": "it strains the relationship here",
    "both": "it both helps and strains the relationship here",
}
#: The ``file`` that problems of sets built in Python name.
PYTHON_FILE = "<python>"
# An id, as the schema's pattern says ("\Z" for "$": "q1\n" is no id).
ID_RE = re.compile(
    _FORMAT["properties"]["id"]["pattern"].removeprefix("^").removesuffix("$") + r"\Z"
)
ID_EXPECTED = "a short id of letters, digits, '-', '_' or '.' (e.g. q1 or love-labour-check)"

# The fields, kinds and vocabularies come from the schema (structure written once); the checks
# below say what each means and report problems with lines in plain words.
SET_FIELDS = _fields(_FORMAT)
# The fields every kind has, in the schema's order (id, kind, prompt, sources, ... level).
COMMON_FIELDS = tuple(f for f in _fields(_KIND_DEFS[0]) if all(f in _fields(d) for d in _KIND_DEFS))
# What an item asks of the learner (docs/EXERCISE_LEVELS.md); optional, checked, not stored.
LEVELS: tuple[str, ...] = tuple(_KIND_DEFS[0]["properties"]["level"]["enum"])
KIND_FIELDS: Mapping[str, tuple[str, ...]] = {
    d["properties"]["kind"]["const"]: tuple(f for f in _fields(d) if f not in COMMON_FIELDS)
    for d in _KIND_DEFS
}
# A reflection's words: about how long an answer runs (it sizes the box).
_WORDS = _DEFS["reflection"]["properties"]["words"]
MIN_WORDS, MAX_WORDS = _WORDS["minimum"], _WORDS["maximum"]

#: The exercise kinds, as written in YAML (``kind:``).
KINDS: tuple[str, ...] = tuple(KIND_FIELDS)
OPTION_FIELDS = _fields(_DEFS["option"])
PAIR_FIELDS = _fields(_DEFS["pair"])
AT_WORK_FIELDS = _fields(_DEFS["mechanism-at-work"])

Path = tuple[Any, ...]
#: Control characters XML 1.0 cannot hold (QTI, Moodle XML), as YAML's "\x01" lets in.
_UNFIT = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def describe(value: Any) -> str:
    """Say what a value is, briefly (never the whole value: it may be huge or recursive)."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "an empty text" if not value.strip() else f"the text {_short(value)}"
    if isinstance(value, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(value, (list, tuple)):
        return "an empty list" if not value else f"a list of {len(value)} item(s)"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return f"the date {value.isoformat()}"
    return f"a value of type {type(value).__name__}"


def _short(text: str, n: int = 40) -> str:
    return repr(text if len(text) <= n else text[: n - 1] + "…")


def _fmt(rel: Path) -> str | None:
    out = ""
    for part in rel:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or None


class Context:
    """Where problems go, with what is needed to say where they are."""

    def __init__(
        self,
        file: str = PYTHON_FILE,
        *,
        lines: Mapping[Path, int] | None = None,
        raws: Mapping[Path, str] | None = None,
        kb: Any = None,
        require_sources: bool = False,
    ) -> None:
        self.file = file
        self.lines = lines or {}
        self.raws = raws or {}
        self.kb = kb
        self.require_sources = require_sources
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

    def add(self, path: Path, record: str | None, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(path), record, field, message))

    # -- knowledge-base checks (only when a knowledge base was given) ----------------------
    @staticmethod
    def _unknown(kind: str, value: str, valid: Sequence[str]) -> str:
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

    def mechanism_ids(self) -> list[str] | None:
        if self.kb is None:
            return None
        if self._mech_ids is None:
            self._mech_ids = [m.id for m in self.kb.mechanisms_list()]
        return self._mech_ids

    def mechanism_problem(self, mid: str) -> str | None:
        if self.kb is None:
            return None
        try:
            self.kb.mechanism(mid)
        except LookupError:
            valid = self.mechanism_ids() or []
            return (
                self._unknown("mechanism id", mid, valid) + "; expected one of: " + ", ".join(valid)
            )
        return None


class _Scope:
    """Problems inside one record (the set itself, or one exercise)."""

    def __init__(self, ctx: Context, base: Path, record: str | None) -> None:
        self.ctx, self.base, self.record = ctx, base, record

    def add(self, rel: Path, message: str) -> None:
        self.ctx.add(self.base + tuple(rel), self.record, _fmt(rel), message)

    def line(self, rel: Path) -> int | None:
        return self.ctx.line(self.base + tuple(rel))

    def raw(self, rel: Path) -> str | None:
        return self.ctx.raws.get(self.base + tuple(rel))

    # -- typed fields -----------------------------------------------------------------------
    def text(self, value: Any, rel: Path, *, required: bool, what: str = "text") -> str | None:
        """Return the value as text, or ``None`` (with a problem when it was wrong)."""
        if isinstance(value, str):
            if required and not value.strip():
                self.add(rel, f"expected {what}; got an empty text")
                return None
            if bad := _UNFIT.search(value):  # half a character, or one no export can carry
                c, n = ord(bad.group()), bad.start() + 1
                why = f"a lone surrogate U+{c:04X}: write the character itself"
                if not 0xD800 <= c <= 0xDFFF:
                    why = f"the control character U+{c:04X} (character {n}), which no export "
                    why += "(QTI, Moodle XML, GIFT) can carry: remove it"
                self.add(rel, f"expected {what}; holds {why}")
                return None
            return value
        if value is None:
            if required:
                self.add(rel, f"is required: expected {what}")
            return None if required else ""
        if isinstance(value, (bool, int, float, _dt.date)):
            raw = self.raw(rel)
            if raw is not None:  # read from YAML: keep the text exactly as written
                return raw
            if isinstance(value, bool):
                self.add(rel, f"expected {what}; got {describe(value)}")
                return None
            return str(value)
        self.add(rel, f"expected {what}; got {describe(value)}")
        return None

    def keys(self, value: Any, rel: Path, *, what: str) -> list[str] | None:
        """A list of keys (a single string counts as a list of one)."""
        if value is None:
            return []
        single = isinstance(value, str)
        if single:
            value = [value]
        if not isinstance(value, (list, tuple)):
            self.add(rel, f"expected a list of {what}; got {describe(value)}")
            return None
        out: list[str] = []
        for i, item in enumerate(value):
            at = rel if single else (*rel, i)
            if isinstance(item, str) and item.strip():
                out.append(item.strip())
            else:
                self.add(
                    at,
                    f"expected {what[:-1] if what.endswith('s') else what}; got {describe(item)}",
                )
        return out

    def check_sources(self, keys: list[str] | None, rel: Path) -> None:
        for i, key in enumerate(keys or []):
            msg = self.ctx.reference_problem(key)
            if msg:
                self.add((*rel, i), msg)

    def check_mechanisms(self, ids: list[str] | None, rel: Path) -> None:
        for i, mid in enumerate(ids or []):
            msg = self.ctx.mechanism_problem(mid)
            if msg:
                self.add((*rel, i), msg)

    def unknown_fields(
        self, data: Mapping[Any, Any], allowed: Sequence[str], where: str, rel: Path = ()
    ) -> None:
        for key in data:
            if key in allowed:
                continue
            name = str(key)
            hint = close_matches(name, allowed, n=1)
            owner = [k for k, fs in KIND_FIELDS.items() if name in fs]
            if owner and where.endswith("exercise") and not hint:
                msg = f"field {name!r} belongs to {' / '.join(owner)} exercises, not to {where}"
            else:
                msg = f"unknown field {name!r} in {where}"
                if hint:
                    msg += f" (did you mean {hint[0]!r}?)"
            self.add((*rel, key), msg + "; allowed fields: " + ", ".join(allowed))


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
    cleaned = _set(data, ctx, default_id)
    problems = sorted(ctx.problems, key=lambda p: p.line or 0)  # in file order
    return (cleaned if not problems else None), problems


def set_problems(data: Any, **kwargs: Any) -> list[Problem]:
    """Every problem of a set's plain data (see :func:`clean_set` for the keywords)."""
    return clean_set(data, **kwargs)[1]


def clean_exercise(
    data: Any, *, file: str = PYTHON_FILE, kb: Any = None, require_sources: bool = False
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Check one exercise's plain data; return the cleaned data (or ``None``) and the problems."""
    ctx = Context(file, kb=kb, require_sources=require_sources)
    cleaned = _exercise(data, ctx, (), None)
    return (cleaned if not ctx.problems else None), ctx.problems


# -- the set ---------------------------------------------------------------------------------
def _set(data: Any, ctx: Context, default_id: str | None) -> dict[str, Any] | None:
    top = _Scope(ctx, (), None)
    if not isinstance(data, Mapping):
        top.add(
            (),
            "expected an exercise set: a mapping with at least `title:` and "
            f"`exercises:` at the top level; got {describe(data)}",
        )
        return None
    top.unknown_fields(data, SET_FIELDS, "an exercise set")
    out: dict[str, Any] = {}

    version = data.get("schema_version", 1)
    if type(version) is not int or version != 1:
        top.add(
            ("schema_version",),
            f"unsupported schema_version {describe(version)}; "
            "this version of peerlearn reads schema_version 1",
        )
    out["schema_version"] = 1

    if "id" in data:
        sid = top.text(data["id"], ("id",), required=True, what=ID_EXPECTED)
        if sid is not None and not ID_RE.match(sid):
            top.add(("id",), f"expected {ID_EXPECTED}; got {_short(sid)}")
    else:
        sid = default_id
        if sid is None:
            top.add((), "is missing `id:`: expected " + ID_EXPECTED)
    if sid is not None:
        out["id"] = sid

    title_what = "a title (text shown above the exercises)"
    out["title"] = top.text(data.get("title"), ("title",), required=True, what=title_what)
    out["description"] = top.text(data.get("description"), ("description",), required=False)
    mechs = top.keys(data.get("mechanisms"), ("mechanisms",), what="mechanism ids")
    top.check_mechanisms(mechs, ("mechanisms",))
    out["mechanisms"] = mechs or []

    exercises = data.get("exercises")
    if not isinstance(exercises, (list, tuple)) or not exercises:
        got = "nothing" if "exercises" not in data else describe(exercises)
        top.add(("exercises",), f"expected a list of at least one exercise; got {got}")
        out["exercises"] = []
        return out
    seen: dict[str, int] = {}
    cleaned_list = []
    for i, raw in enumerate(exercises):
        cleaned = _exercise(raw, ctx, ("exercises", i), i)
        cleaned_list.append(cleaned)
        eid = raw.get("id") if isinstance(raw, Mapping) else None
        if isinstance(eid, str) and eid:
            if eid in seen:
                first = ctx.line(("exercises", seen[eid], "id"))
                where = f" (first used on line {first})" if first else ""
                ctx.add(
                    ("exercises", i, "id"),
                    eid,
                    "id",
                    f"duplicate exercise id {eid!r}{where}; ids must be unique within a set",
                )
            else:
                seen[eid] = i
    out["exercises"] = cleaned_list
    return out


# -- one exercise ----------------------------------------------------------------------------
def _exercise(raw: Any, ctx: Context, base: Path, index: int | None) -> dict[str, Any] | None:
    label = f"exercise #{index + 1}" if index is not None else "exercise"
    if not isinstance(raw, Mapping):
        _Scope(ctx, base, label).add(
            (),
            "expected an exercise: a mapping with `id:`, `kind:` "
            f"and `prompt:`; got {describe(raw)}",
        )
        return None
    rid = raw.get("id")
    record = rid if isinstance(rid, str) and rid.strip() else label
    sc = _Scope(ctx, base, record)
    out: dict[str, Any] = {}

    eid = sc.text(rid, ("id",), required=True, what=ID_EXPECTED)
    if eid is not None and not ID_RE.match(eid):
        sc.add(("id",), f"expected {ID_EXPECTED}; got {_short(eid)}")
    out["id"] = eid

    kind = raw.get("kind")
    if kind not in KINDS:
        if kind is None:
            sc.add(("kind",), "is required: expected one of " + ", ".join(KINDS))
        else:
            hint = close_matches(str(kind), KINDS, n=1) if isinstance(kind, str) else []
            sc.add(
                ("kind",),
                f"unknown kind {describe(kind)}"
                + (f" (did you mean {hint[0]!r}?)" if hint else "")
                + "; expected one of "
                + ", ".join(KINDS),
            )
        allowed: tuple[str, ...] = COMMON_FIELDS + tuple(
            f for fs in KIND_FIELDS.values() for f in fs
        )
        sc.unknown_fields(raw, tuple(dict.fromkeys(allowed)), "an exercise")
        kind = None
    else:
        sc.unknown_fields(raw, COMMON_FIELDS + KIND_FIELDS[kind], f"a {kind} exercise")
    out["kind"] = kind

    prompt_what = "a prompt (the question or task shown to the learner)"
    out["prompt"] = sc.text(raw.get("prompt"), ("prompt",), required=True, what=prompt_what)
    sources = sc.keys(raw.get("sources"), ("sources",), what="reference keys")
    if ctx.require_sources and sources is not None and not sources:
        sc.add(
            ("sources",),
            "is required in the built-in bank: expected at least one "
            "reference key of the knowledge base (e.g. lynch2007)",
        )
    sc.check_sources(sources, ("sources",))
    out["sources"] = sources or []
    mechs = sc.keys(raw.get("mechanisms"), ("mechanisms",), what="mechanism ids")
    sc.check_mechanisms(mechs, ("mechanisms",))
    out["mechanisms"] = mechs or []
    out["explanation"] = sc.text(raw.get("explanation"), ("explanation",), required=False)
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        sc.add(("level",), f"expected one of {', '.join(LEVELS)}; got {describe(level)}")

    if kind in ("multiple-choice", "multiple-select"):
        out["options"] = _options(raw, sc, kind)
    elif kind == "matching":
        out["pairs"] = _pairs(raw, sc)
    elif kind == "vignette":
        out.update(_vignette(raw, sc))
    elif kind == "reflection" and (words := raw.get("words")) is not None:
        if type(words) is int and MIN_WORDS <= words <= MAX_WORDS:
            out["words"] = words
        else:
            got = describe(words)
            sc.add(
                ("words",),
                f"expected a whole number of words from {MIN_WORDS} to {MAX_WORDS}; got {got}",
            )
    return out


def _list_of_mappings(
    raw: Mapping[str, Any], sc: _Scope, name: str, minimum: int, what: str
) -> list[tuple[int, Mapping[Any, Any]]]:
    items = raw.get(name)
    if not isinstance(items, (list, tuple)) or len(items) < minimum:
        got = "nothing" if items is None else describe(items)
        sc.add((name,), f"expected a list of at least {minimum} {what}; got {got}")
        if not isinstance(items, (list, tuple)):
            return []
    out = []
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            out.append((i, item))
        else:
            sc.add((name, i), f"expected one of the {what}: a mapping; got {describe(item)}")
    return out


def _options(raw: Mapping[str, Any], sc: _Scope, kind: str) -> list[dict[str, Any]]:
    out = []
    seen: dict[str, int] = {}
    items = _list_of_mappings(raw, sc, "options", 2, "options (each with `text:`)")
    for i, opt in items:
        rel = ("options", i)
        sc.unknown_fields(opt, OPTION_FIELDS, "an option", rel)
        text = sc.text(opt.get("text"), (*rel, "text"), required=True, what="the option's text")
        correct = opt.get("correct", False)
        if type(correct) is not bool:
            sc.add((*rel, "correct"), f"expected true or false; got {describe(correct)}")
            correct = False
        feedback = sc.text(opt.get("feedback"), (*rel, "feedback"), required=False)
        sources = sc.keys(opt.get("sources"), (*rel, "sources"), what="reference keys")
        sc.check_sources(sources, (*rel, "sources"))
        if text is not None:
            before = _seen_before(seen, text, i)
            if before is not None:
                sc.add(
                    (*rel, "text"),
                    f"duplicate option {_short(text)} (same as option {before + 1}); "
                    "options must differ",
                )
        out.append(
            {"text": text, "correct": correct, "feedback": feedback or "", "sources": sources or []}
        )
    n_correct = sum(1 for o in out if o["correct"])
    if kind == "multiple-choice" and n_correct != 1 and len(items) >= 2:
        sc.add(
            ("options",),
            "a multiple-choice exercise needs exactly one option with "
            f"correct: true; found {n_correct}"
            + (" (use kind: multiple-select for several)" if n_correct > 1 else ""),
        )
    if kind == "multiple-select" and n_correct < 1 and len(items) >= 2:
        sc.add(
            ("options",),
            "a multiple-select exercise needs at least one option with correct: true; found none",
        )
    return out


def _seen_before(seen: dict[str, int], text: str, index: int) -> int | None:
    """The index of an equal text seen before (ignoring case and spacing), or None; records this.

    >>> seen = {}
    >>> _seen_before(seen, "Love labour", 0), _seen_before(seen, "love  LABOUR", 1)
    (None, 0)
    """
    norm = " ".join(text.split()).casefold()
    before = seen.get(norm)
    seen[norm] = index
    return before


def _pairs(raw: Mapping[str, Any], sc: _Scope) -> list[dict[str, Any]]:
    out = []
    seen: dict[str, int] = {}
    for i, pair in _list_of_mappings(raw, sc, "pairs", 2, "pairs (each with `left:` and `right:`)"):
        rel = ("pairs", i)
        sc.unknown_fields(pair, PAIR_FIELDS, "a pair", rel)
        left_what = "the left-hand text (what the learner matches)"
        left = sc.text(pair.get("left"), (*rel, "left"), required=True, what=left_what)
        right_what = "the right-hand text (its match)"
        right = sc.text(pair.get("right"), (*rel, "right"), required=True, what=right_what)
        feedback = sc.text(pair.get("feedback"), (*rel, "feedback"), required=False)
        sources = sc.keys(pair.get("sources"), (*rel, "sources"), what="reference keys")
        sc.check_sources(sources, (*rel, "sources"))
        if left is not None:
            before = _seen_before(seen, left, i)
            if before is not None:
                sc.add(
                    (*rel, "left"),
                    f"duplicate left-hand text {_short(left)} (same as pair {before + 1}); "
                    "each left-hand text must be different",
                )
        out.append(
            {"left": left, "right": right, "feedback": feedback or "", "sources": sources or []}
        )
    return out


def _vignette(raw: Mapping[str, Any], sc: _Scope) -> dict[str, Any]:
    out: dict[str, Any] = {}
    fictional = raw.get("fictional")
    if fictional is not True:
        got = "nothing" if "fictional" not in raw else describe(fictional)
        sc.add(
            ("fictional",),
            "vignettes must be marked `fictional: true` (every scenario is "
            f"invented, and says so); got {got}",
        )
    out["fictional"] = True
    out["title"] = sc.text(raw.get("title"), ("title",), required=False)
    scenario_what = "the scenario: a short fictional account"
    out["scenario"] = sc.text(raw.get("scenario"), ("scenario",), required=True, what=scenario_what)
    at_work = []
    seen: set[str] = set()
    for i, m in _list_of_mappings(
        raw, sc, "mechanisms_at_work", 1, "mechanisms at work (each with `id:` and `role:`)"
    ):
        rel = ("mechanisms_at_work", i)
        sc.unknown_fields(m, AT_WORK_FIELDS, "a mechanism at work", rel)
        mid = sc.text(m.get("id"), (*rel, "id"), required=True, what="a mechanism id")
        if mid is not None:
            msg = sc.ctx.mechanism_problem(mid)
            if msg:
                sc.add((*rel, "id"), msg)
            if mid in seen:
                sc.add((*rel, "id"), f"mechanism {mid!r} is listed twice")
            seen.add(mid)
        role = m.get("role")
        if role not in ROLES:
            got = "nothing" if role is None else describe(role)
            sc.add((*rel, "role"), "expected one of " + ", ".join(ROLES) + f"; got {got}")
        feedback = sc.text(m.get("feedback"), (*rel, "feedback"), required=False)
        at_work.append({"id": mid, "role": role, "feedback": feedback or ""})
    out["mechanisms_at_work"] = at_work

    absent = raw.get("feedback_absent")
    cleaned_absent: dict[str, str] = {}
    if absent is not None:
        if not isinstance(absent, Mapping):
            sc.add(
                ("feedback_absent",),
                f"expected a mapping of mechanism id: feedback; got {describe(absent)}",
            )
        else:
            for key, text in absent.items():
                rel = ("feedback_absent", key)
                if not isinstance(key, str):
                    sc.add(rel, f"expected a mechanism id as key; got {describe(key)}")
                    continue
                msg = sc.ctx.mechanism_problem(key)
                if msg:
                    sc.add(rel, msg)
                if key in seen:
                    sc.add(
                        rel,
                        f"mechanism {key!r} is in mechanisms_at_work, so it is at work; "
                        "remove it from feedback_absent",
                    )
                value = sc.text(text, rel, required=True, what="feedback text")
                if value is not None:
                    cleaned_absent[key] = value
    out["feedback_absent"] = cleaned_absent
    return out
