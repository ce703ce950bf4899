"""An exercise set's structure, checked against its JSON Schema by the jsonschema library.

The structure of the format is written once, in ``peerlearn/data/schemas/exercise-set.v1.json``
(the schema editors use): required fields, types, the kinds and their own fields (``if``/``then``
on ``kind``), enums, the id pattern, lengths, bounds and no unknown fields. This module compiles
it once per process: fastjsonschema's code, compiled once and shipped
(:mod:`peerlearn._quickcheck`), gives a quick yes (the schema uses only what
draft 7 has; a test checks both agree); for data that fails, jsonschema reports every error,
and :func:`say` turns each jsonschema ``ValidationError`` into plain words
(:mod:`peerlearn._schema_words`, the wording a knowledge-base folder's files get too):
the schema's ``description`` of a field reads after "expected", enum values are listed, an unknown
field gets a "did you mean". What a schema cannot say is :mod:`._validate`'s.

YAML 1.1 reads ``yes``, ``1990`` or ``2020-01-01`` as a yes/no value, a number or a date: where
the schema expects text, a scalar like that is taken as the text written (:attr:`Checked.texts`).

Imports: the standard library and :mod:`peerlearn._schema_words` (whose names ``describe``,
``short``, ``field_name``, ``validator_for`` and ``StructureUnavailable`` this module's users
find here too); fastjsonschema and jsonschema inside functions.

>>> checked = check({"title": "T", "exercises": [{"id": "q", "kind": "reflection",
...                   "prompt": 1990, "promt": "x"}]})
>>> checked.texts[("exercises", 0, "prompt")]
'1990'
>>> [(path, message[:40]) for path, message in checked.issues]
[(('exercises', 0, 'promt'), "unknown field 'promt' in a reflection ex")]
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from peerlearn import _schema_words as words
from peerlearn._schema_words import (
    Path,
    StructureUnavailable,
    describe,
    field_name,
    first_per_place,
    short,
    validator_for,
)

__all__ = [
    "FORMAT",
    "SET_SCHEMA",
    "Checked",
    "StructureUnavailable",
    "check",
    "checked_already",
    "compiled",
    "describe",
    "fast",
    "fast_yes",
    "field_name",
    "is_checked_already",
    "issues",
    "kinds",
    "load_schema",
    "quick_key",
    "quick_schema",
    "quick_yes",
    "say",
    "schema_issues",
    "short",
    "validator_for",
]


def load_schema(name: str) -> dict[str, Any]:
    """A schema of the package's data, ``peerlearn/data/schemas/<name>``.

    >>> load_schema("rubric.v1.json")["$id"]
    'peerlearn:rubric.v1'
    """
    text = (resources.files("peerlearn") / "data" / "schemas" / name).read_text(encoding="utf-8")
    return json.loads(text)


#: The file of the exercise-set format.
SET_SCHEMA = "exercise-set.v1.json"
#: The exercise-set format as written down once (``data/schemas/exercise-set.v1.json``).
FORMAT: dict[str, Any] = load_schema(SET_SCHEMA)


def kinds(schema: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Each kind (as written in ``kind:``) and its own definition, in the schema's order.

    >>> list(kinds())[:2]
    ['multiple-choice', 'multiple-select']
    """
    defs = (schema or FORMAT)["$defs"]
    out = {}
    for rule in defs["exercise"]["allOf"]:
        name = rule["if"]["properties"]["kind"]["const"]
        out[name] = defs[rule["then"]["$ref"].rsplit("/", 1)[1]]
    return out


_CHECKED = contextvars.ContextVar("peerlearn_exercises_structure_checked", default=False)


@contextlib.contextmanager
def checked_already(value: bool = True) -> Iterator[None]:
    """Within this block, data is taken as structurally checked (meaning is still checked);
    ``checked_already(False)`` checks again inside such a block.

    For data whose structure has been checked already: what the loader has just checked, as the
    model re-reads it, and the package's own bank (checked in full by ``validate_builtin``).

    >>> with checked_already():
    ...     check({"no": "structure"}).issues
    []
    """
    token = _CHECKED.set(value)
    try:
        yield
    finally:
        _CHECKED.reset(token)


def is_checked_already() -> bool:
    """Whether a :func:`checked_already` block is open."""
    return _CHECKED.get()


@functools.cache
def compiled(part: str | None = None) -> Any:
    """The jsonschema validator of the package's schema (:data:`FORMAT`), compiled once per
    process and part (``compiled.cache_clear()`` and ``fast.cache_clear()`` after changing
    :data:`FORMAT`)."""
    return validator_for(FORMAT, part)


def quick_schema(name: str = SET_SCHEMA) -> dict[str, Any]:
    """The package's schema ``name`` (``data/schemas/<name>``; the exercise set's as
    :data:`FORMAT` holds it) in the draft-7 words :mod:`peerlearn._quickcheck` compiles
    (``tools/compile_quick_checks.py`` ships it compiled).

    >>> quick_schema()["$defs"]["option"]["required"], quick_schema("rubric.v1.json")["$schema"]
    (['text'], 'http://json-schema.org/draft-07/schema#')
    """
    from peerlearn._quickcheck import draft7

    return draft7(FORMAT if name == SET_SCHEMA else load_schema(name))


def quick_key(name: str = SET_SCHEMA) -> str:
    """The quick check's name for the schema file ``name``: ``"rubric.v1.json"`` -> ``"rubric"``."""
    return name.split(".", 1)[0]


@functools.cache
def fast(part: str | None = None) -> Any:
    """The quick check of the exercise-set schema, or of its ``$defs`` entry ``part`` (once per
    process and part): fastjsonschema's code, shipped compiled (:mod:`peerlearn._quickcheck`);
    ``None`` where it cannot be had."""
    from peerlearn._quickcheck import quick_check

    return quick_check(quick_key(), quick_schema(), part)


def fast_yes(data: Any, part: str | None = None) -> bool:
    """A quick yes; a no (or no quick check) sends the data to jsonschema for its report."""
    check = fast(part)
    return check is not None and check(data)


@functools.cache
def _fast_named(name: str) -> Any:
    from peerlearn._quickcheck import quick_check

    return quick_check(quick_key(name), quick_schema(name))


def quick_yes(name: str, data: Any) -> bool:
    """fastjsonschema's yes for ``data`` against the package's schema ``name`` (a no, or no
    fastjsonschema, says nothing: jsonschema then decides).

    >>> level = {"level": 1, "name": "Secure"}
    >>> criterion = {"id": "c", "name": "C", "mechanisms": [], "descriptors": {"1": "d"}}
    >>> quick_yes("rubric.v1.json", {"id": "r", "title": "T", "levels": [level]})
    False
    >>> quick_yes("rubric.v1.json", {"id": "r", "title": "T", "levels": [level],
    ...                              "criteria": [criterion]})
    True
    """
    check = _fast_named(name)
    return check is not None and check(data)


@functools.cache
def _validator_named(name: str) -> Any:
    return validator_for(load_schema(name))


def schema_issues(name: str, data: Any) -> list[tuple[Path, str]]:
    """Every error of ``data`` against the package's schema ``name`` (``data/schemas/<name>``),
    in plain words, as :func:`issues` gives them; both checks compiled once per process.

    fastjsonschema's quick yes comes first (the package's schemas use only what draft 7 has; a
    test checks both agree), so data that passes never imports jsonschema, whose import costs
    about two seconds where its format checkers are installed (``rfc3987_syntax`` builds a
    grammar); data that fails is checked by jsonschema for every error, in the same words as
    before. Raises :class:`StructureUnavailable` where the data needs jsonschema's report and
    jsonschema cannot be imported.

    >>> rubric = {"id": "r", "title": "T", "levels": [{"level": 1, "name": "Secure"}]}
    >>> schema_issues("rubric.v1.json", {**rubric, "criteria": []})
    [(('criteria',), 'expected a non-empty list of criteria; got an empty list')]
    >>> criterion = {"id": "c", "name": "C", "mechanisms": [], "descriptors": {"1": "d"}}
    >>> schema_issues("rubric.v1.json", {**rubric, "criteria": [criterion]})
    []
    """
    if quick_yes(name, data):
        return []
    return issues(_validator_named(name), data)


@dataclass
class Checked:
    """What a structure check found: ``issues`` as (path, message) in plain words, and
    ``texts``: the text as written of scalars YAML read as numbers, yes/no or dates."""

    issues: list[tuple[Path, str]] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)


def check(
    data: Any,
    *,
    part: str | None = None,
    raws: Mapping[Path, str] | None = None,
) -> Checked:
    """Check ``data`` (a whole set, or the ``$defs`` entry ``part``, e.g. ``"exercise"``).

    Every error is reported, in plain words (:func:`say`). ``raws`` holds the text as written
    of YAML scalars (by path), which stands where the schema expects text. Inside
    :func:`checked_already` nothing is checked. Raises :class:`StructureUnavailable` where
    jsonschema cannot be imported.
    """
    out = Checked()
    if _CHECKED.get() or fast_yes(data, part):
        return out
    v = compiled(part)
    raws = raws or {}
    for err in v.iter_errors(data):
        if err.validator == "type" and (text := _as_text(err, raws)) is not None:
            errors = list(v.evolve(schema=err.schema).iter_errors(text))
            if not errors:
                out.texts[tuple(err.absolute_path)] = text
                continue
            for sub in errors:  # the text as written, checked in its place
                sub.path.extendleft(reversed(err.absolute_path))
                sub.schema_path.extendleft(reversed(err.absolute_schema_path))
                out.issues.extend(say(sub, v.schema))
            continue
        out.issues.extend(say(err, v.schema))
    out.issues = first_per_place(out.issues)
    return out


def issues(validator: Any, data: Any) -> list[tuple[Path, str]]:
    """Every error of ``data`` against ``validator`` (see :func:`validator_for`), in plain words.

    >>> v = validator_for(load_schema("rubric.v1.json"))
    >>> for path, message in issues(v, {"id": "r", "title": "T", "levels": [], "criteria": [{}]}):
    ...     print(path, message[:36])
    ('levels',) expected a list of 1 to 4 {level, na
    ('criteria', 0, 'id') is required: expected the criterion'
    ('criteria', 0, 'name') is required: expected the criterion'
    ('criteria', 0, 'descriptors') is required: expected one descriptor
    """
    return words.issues(validator, data, kinds=kinds())


def _as_text(err: Any, raws: Mapping[Path, str]) -> str | None:
    """The text written for a scalar YAML read as a number, yes/no or a date, where the schema
    expects text; ``None`` where that does not apply."""
    types = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
    value = err.instance
    if "string" not in types or not isinstance(value, (bool, int, float, _dt.date)):
        return None
    raw = raws.get(tuple(err.absolute_path))
    if raw is not None:
        return raw
    if isinstance(value, bool):
        return None  # Python's True is no text
    return value.isoformat() if isinstance(value, _dt.date) else str(value)


# -- wording ----------------------------------------------------------------------------------
def say(err: Any, root: Mapping[str, Any]) -> list[tuple[Path, str]]:
    """One jsonschema ``ValidationError`` in plain words (:func:`peerlearn._schema_words.say`,
    which says which kind an unknown field belongs to).

    >>> v = compiled("option")
    >>> [say(e, v.schema) for e in v.iter_errors({"text": "T", "correct": "yes"})]
    [[(('correct',), "expected true or false; got the text 'yes'")]]
    """
    return words.say(err, root, kinds=kinds())
