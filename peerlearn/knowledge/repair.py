"""Keeping what a reading list holds: a value the package cannot use is left out, not the file.

After :mod:`.ingest` has read each entry into CSL's form, what the checks of :mod:`.checks`
would still refuse in the reference list (a DOI that is none, a title that is a list, a name
with a part CSL lacks, a value the citation engine could not handle) is left out here, the
smallest part that holds it: one name of a list, one key of ``custom``, one field, and only an
entry that is no object at all is skipped. Each becomes a :class:`~peerlearn.csl.Repair` with
the file, line, entry, field and the reason, so ``peerlearn validate`` can say it and
``--strict`` can refuse it. A reference list is refused only when nothing in it can be read.
May import: the standard library, :mod:`peerlearn.csl`, :mod:`.checks` and :mod:`.files`.

>>> from peerlearn.knowledge.files import Source
>>> item = {"id": "ng2001", "type": "book", "DOI": "n/a", "custom": {}}
>>> src = Source("refs.json", "refs.json", "", [item], False, "yaml")
>>> repair_references(src); src.data, [r.action for r in src.repairs]
([{'id': 'ng2001', 'type': 'book', 'custom': {}}], ['dropped'])
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, MutableMapping
from functools import cache
from importlib import resources
from typing import Any

from peerlearn.csl import NAME_VARIABLES, Repair

from .checks import record_name, schema_errors, value_errors
from .files import Source

__all__ = ["as_problems", "quick_valid", "repair_references"]


def _target(item: Mapping[str, Any], path: list[Any]) -> list[Any]:
    """The smallest part of an item (path without the index) worth leaving out for an error."""
    if not path:
        return []
    head = path[0]
    if head in NAME_VARIABLES and len(path) > 1 and isinstance(path[1], int):
        return path[:2]
    if head == "custom" and len(path) > 1 and isinstance(item.get("custom"), Mapping):
        return path[:2]
    return path[:1]


def _field(path: list[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[1:]


def _short(value: Any) -> str:
    try:
        text = repr(value)
    except RecursionError:  # pragma: no cover - bounded by the depth check
        text = "a deeply nested value"
    return text if len(text) <= 80 else text[:77] + "..."


def repair_references(src: Source) -> None:
    """Leave out what the checks refuse in the reference list, each said in ``src.repairs``.

    Problems that are not in one entry (the file is not a list) are left for the checks to
    report; so is anything left after three rounds.
    """
    if not isinstance(src.data, list):
        return
    for _ in range(3):
        errors = value_errors(src)
        if not all(map(quick_valid, src.data)):  # a quick yes for each is the schema's yes
            errors += schema_errors("references", src)
        errors = [(p, m) for p, m in errors if p and isinstance(p[0], int)]
        errors += _duplicate_numbers(src.data)
        if not errors:
            src.checked = True
            break
        skip: set[int] = set()
        drops: dict[tuple[int, tuple[Any, ...]], str] = {}
        for path, msg in errors:
            i = path[0]
            item = src.data[i]
            missing = isinstance(item, Mapping) and len(path) == 2 and path[1] not in item
            if len(path) == 1 or not isinstance(item, MutableMapping) or missing:
                if missing:  # said at the entry, which is skipped: name the field
                    msg = f"the field {path[1]!r} {msg}"
                if i not in skip:
                    skip.add(i)
                    src.repairs.append(
                        Repair(
                            src.name,
                            src.line([i]),
                            None,
                            None,
                            "skipped",
                            f'{msg}; an entry is an object such as {{"id": ..., "type": "book"}}',
                        )
                    )
                continue
            target = tuple(_target(item, path[1:]))
            drops.setdefault((i, target), msg)
        for (i, target), msg in drops.items():
            if i in skip:
                continue
            item = src.data[i]
            parent: Any = item
            for step in target[:-1]:
                parent = parent[step]
            try:
                value = parent[target[-1]]
            except (KeyError, IndexError, TypeError):
                continue  # already left out with its list
            line = src.line([i, *target])
            record = record_name(src.data, [i])
            if target == ("type",):
                item["type"] = "document"
                src.repairs.append(
                    Repair(src.name, line, record, "type", "normalised", f"{msg}; read as document")
                )
                continue
            src.repairs.append(
                Repair(
                    src.name,
                    line,
                    record,
                    _field(list(target)),
                    "dropped",
                    f"{msg}; {_short(value)} was left out",
                )
            )
            parent[target[-1]] = _GONE
        for i, item in enumerate(src.data):
            if i not in skip and isinstance(item, MutableMapping):
                _sweep(item)
        if skip:
            _remove(src, skip)
    src.repairs.sort(key=lambda r: r.line or 0)


_GONE = object()


def _sweep(item: MutableMapping[str, Any]) -> None:
    """Take out the parts marked for leaving out (so list indices hold while marking)."""
    for key in [k for k, v in item.items() if v is _GONE]:
        del item[key]
    for key in list(item):
        value = item[key]
        if isinstance(value, list) and any(v is _GONE for v in value):
            kept = [v for v in value if v is not _GONE]
            if kept:
                item[key] = kept
            else:
                del item[key]
        elif key == "custom" and isinstance(value, MutableMapping):
            for sub in [k for k, v in value.items() if v is _GONE]:
                del value[sub]


def _remove(src: Source, skip: set[int]) -> None:
    keep = [i for i in range(len(src.data)) if i not in skip]
    src.data = [src.data[i] for i in keep]
    if src.item_lines is not None:
        src.item_lines = [src.item_lines[i] for i in keep]
    if src.item_paths is not None:
        src.item_paths = [src.item_paths[i] for i in keep]
    elif src.item_lines is None:  # lines are found by path: keep each item's own path
        src.item_paths = [[i] for i in keep]


def _duplicate_numbers(items: list[Any]) -> list[tuple[list[Any], str]]:
    seen: dict[int, str] = {}
    out = []
    for i, item in enumerate(items):
        custom = item.get("custom") if isinstance(item, Mapping) else None
        n = custom.get("n") if isinstance(custom, Mapping) else None
        if isinstance(n, int) and not isinstance(n, bool):
            if n in seen:
                out.append(
                    ([i, "custom", "n"], f"the number {n} is already {seen[n]}'s in this list")
                )
            else:
                seen[n] = str(item.get("id"))
    return out


def as_problems(repairs: list[Repair]) -> list[Any]:
    """Repairs as :class:`~peerlearn.errors.Problem` records (for ``--strict``), action first."""
    from peerlearn.errors import Problem

    return [Problem(r.file, r.line, r.record, r.field, f"{r.action}: {r.message}") for r in repairs]


# --------------------------------------------------------------------------- a quick yes
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "number": (int, float),
}
_IGNORED_WORDS = {"description", "title", "$comment"}
_Check = Callable[[Any], bool]
# A rule is a check, or (types, non_empty): the value's type is one of types (exactly: True is
# no int) and, if non_empty, it is not "" (a string's minLength 1), tested without a call.
_Rule = _Check | tuple[tuple[type, ...], bool]


def _never(value: Any) -> bool:
    return False


def _rule(spec: Mapping[str, Any], defs: Mapping[str, Any]) -> _Rule:
    """A test a value passes only if ``spec`` (a part of the reference schema) accepts it.

    It knows the few schema words the reference schema uses; a part with any other word gets
    a test nothing passes (the value goes to the schema check). Types are taken narrowly: a
    value passes ``"integer"`` only as a Python ``int`` (never ``True`` or ``2.0``).
    """
    if "$ref" in spec:
        ref = spec["$ref"]
        rest = set(spec) - _IGNORED_WORDS - {"$ref"}
        if not isinstance(ref, str) or not ref.startswith("#/$defs/") or rest:
            return _never
        return _rule(defs[ref.removeprefix("#/$defs/")], defs)
    words = set(spec) - _IGNORED_WORDS
    if words == {"enum"}:
        allowed = frozenset(v for v in spec["enum"] if type(v) is str)
        return lambda v: type(v) is str and v in allowed
    kinds = spec.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if not isinstance(kinds, list) or not kinds:
        return _never
    if "object" in kinds:
        return _object_rule(spec, defs) if kinds == ["object"] else _never
    if "array" in kinds:
        return _array_rule(spec, defs) if kinds == ["array"] else _never
    types = tuple({t for k in kinds for t in _TYPES.get(k, ())})
    if words - {"type", "minLength", "pattern", "minimum"}:
        return _never
    if ("minLength" in words or "pattern" in words) and kinds != ["string"]:
        return _never
    if "minimum" in words and kinds != ["integer"]:
        return _never
    shortest = spec.get("minLength", 0)
    least = spec.get("minimum")
    if "pattern" in spec:
        pattern = re.compile(spec["pattern"])  # searched, as jsonschema does
        return lambda v: type(v) is str and len(v) >= shortest and bool(pattern.search(v))
    if least is not None:
        return lambda v: type(v) is int and v >= least
    if shortest > 1:
        return lambda v: type(v) is str and len(v) >= shortest
    return types, shortest == 1


def _passes(rule: _Rule, value: Any) -> bool:
    if isinstance(rule, tuple):
        return type(value) in rule[0] and not (rule[1] and value == "")
    return rule(value)


def _object_rule(spec: Mapping[str, Any], defs: Mapping[str, Any]) -> _Check:
    words = set(spec) - _IGNORED_WORDS
    if words - {"type", "properties", "required", "additionalProperties", "anyOf"}:
        return _never
    rules = {k: _rule(v, defs) for k, v in spec.get("properties", {}).items()}
    required = tuple(spec.get("required", ()))
    one_of: tuple[str, ...] = ()
    if "anyOf" in spec:  # only "one of these keys is there"
        if not all(set(sub) == {"required"} and len(sub["required"]) == 1 for sub in spec["anyOf"]):
            return _never
        one_of = tuple(sub["required"][0] for sub in spec["anyOf"])
    others = spec.get("additionalProperties", True)
    if others is not True and others is not False:
        return _never

    required_keys, one_of_keys = frozenset(required), frozenset(one_of)

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return False
        for key, v in value.items():
            rule = rules.get(key)
            if rule is None:
                if not others:
                    return False
            elif isinstance(rule, tuple):
                if type(v) not in rule[0] or (rule[1] and v == ""):
                    return False
            elif not rule(v):
                return False
        # the key tests are set comparisons (no generator run per item)
        if required and not value.keys() >= required_keys:
            return False
        return not one_of or not value.keys().isdisjoint(one_of_keys)

    return check


def _array_rule(spec: Mapping[str, Any], defs: Mapping[str, Any]) -> _Check:
    words = set(spec) - _IGNORED_WORDS
    if words - {"type", "items", "minItems", "maxItems"}:
        return _never
    each = _rule(spec["items"], defs) if "items" in spec else ((object,), False)
    fewest, most = spec.get("minItems", 0), spec.get("maxItems", None)
    if isinstance(each, tuple):
        types, non_empty = each
        any_type, type_set = types == (object,), frozenset(types)

        def check_simple(value: Any) -> bool:
            if type(value) is not list or len(value) < fewest:
                return False
            if most is not None and len(value) > most:
                return False
            if any_type:
                return True
            # exact types, found without a generator per list; "" is the only value of
            # those types that equals ""
            return set(map(type, value)) <= type_set and not (non_empty and "" in value)

        return check_simple

    def check(value: Any) -> bool:
        return (
            type(value) is list
            and fewest <= len(value)
            and (most is None or len(value) <= most)
            and all(map(each, value))
        )

    return check


@cache
def _item_rule() -> _Check:
    text = (resources.files("peerlearn") / "data" / "schemas" / "references.v1.json").read_text(
        encoding="utf-8"
    )
    schema = json.loads(text)
    rule = _rule(schema["items"], schema.get("$defs", {}))
    return rule if callable(rule) else lambda v: _passes(rule, v)


def quick_valid(item: Any) -> bool:
    """Whether a reference item is certainly valid by the reference schema, found quickly.

    A yes is the schema's yes (a property test checks it for items of every shape); a no only
    means "ask the schema", which names each problem. Most items a reader makes get a yes, so
    a large reading list is not checked twice over.

    >>> quick_valid({"id": "lynch2007", "type": "book", "issued": {"date-parts": [[2007]]}})
    True
    >>> quick_valid({"id": "lynch2007", "type": "book", "DOI": "n/a"})
    False
    """
    return _item_rule()(item)
