"""A JSON Schema error in plain words: what the field expects, what was found, what is valid.

One wording for every file a person writes against one of the package's schemas: exercise sets,
rubrics, role-plays and guides (:mod:`peerlearn.exercises._structure`) and a knowledge-base
folder's files (:mod:`peerlearn.knowledge.checks`). jsonschema finds the errors
(:func:`validator_for` compiles a schema with its ``#/$defs`` references written in place, so an
error's schema path is a plain walk); :func:`say` turns each ``ValidationError`` into
``(path into the data, message)``:

- the field's ``title`` (a short name) or ``description`` reads after "expected";
  a field with neither is said by its rule (type, length, number of items, bounds, pattern);
- what was found is described briefly (:func:`describe`), never as the whole value;
- enum values are listed, with a "did you mean"; unknown fields one by one, with the nearest
  valid name and the allowed ones; a missing field at its own place; ``anyOf`` of
  ``required`` alternatives as "needs 'x' or 'y'"; for another ``anyOf`` the alternative of the
  value's own type is followed.

Two ways to find a field's words: ``own=False`` (exercise sets) takes the last ``title`` or
``description`` on the error's schema path, so a field without words of its own is said by the
one around it (an exercise's option by the options list); ``own=True`` (the knowledge schemas,
whose descriptions are notes for editors and whose CSL fields have no words) takes only the
failing field's own ``title`` and otherwise says the rule.

Room: below the rooms that check files (imports :mod:`peerlearn.errors` and
:mod:`peerlearn._jsonschema`; jsonschema itself only inside :func:`validator_for`).

>>> v = validator_for({"type": "object", "properties": {"name": {"type": "string"}},
...                    "additionalProperties": False})
>>> issues(v, {"nmae": "x"}, own=True)
[(('nmae',), "unknown field 'nmae' in this mapping (did you mean 'name'?); allowed fields: name")]
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.errors import close_matches

__all__ = [
    "Path",
    "StructureUnavailable",
    "describe",
    "field_name",
    "first_per_place",
    "issues",
    "say",
    "short",
    "validator_for",
]

Path = tuple[Any, ...]


class StructureUnavailable(Exception):
    """jsonschema cannot be imported here (JupyterLite's Pyodide has no wasm build of rpds)."""


def _inline(schema: Any, defs: Mapping[str, Any]) -> Any:
    """The schema with its own ``#/$defs/...`` references written in place (about twice as
    fast to validate with, and every error's schema path is then a plain walk)."""
    if isinstance(schema, Mapping):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            return _inline({**defs[ref.removeprefix("#/$defs/")], **rest}, defs)
        return {k: _inline(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [_inline(v, defs) for v in schema]
    return schema


def validator_for(schema: Mapping[str, Any], part: str | None = None) -> Any:
    """A jsonschema validator for ``schema`` (or its ``$defs`` entry ``part``), refs inlined;
    a tuple counts as a list and any mapping as an object (Python-built sets may hold them).
    Raises :class:`StructureUnavailable` where jsonschema cannot be imported.

    >>> validator_for({"$defs": {"n": {"type": "integer"}}}, "n").is_valid(3)
    True
    """
    from peerlearn._jsonschema import load

    try:
        jsonschema = load()  # rfc3987_syntax's grammar built only if an IRI is checked
    except ImportError as e:  # JupyterLite: no wasm build of rpds-py, which jsonschema needs
        raise StructureUnavailable(str(e)) from None
    Draft202012Validator, validators = jsonschema.Draft202012Validator, jsonschema.validators

    defs = schema.get("$defs", {})
    root = _inline(defs[part] if part else schema, defs)
    checker = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {
            "array": lambda _, v: isinstance(v, (list, tuple)),
            "object": lambda _, v: isinstance(v, Mapping),
        }
    )
    cls = validators.extend(Draft202012Validator, type_checker=checker)
    return cls(root)


def issues(
    validator: Any,
    data: Any,
    *,
    kinds: Mapping[str, Mapping[str, Any]] | None = None,
    own: bool = False,
) -> list[tuple[Path, str]]:
    """Every error of ``data`` against ``validator`` (see :func:`validator_for`), in plain words,
    one per place (see :func:`say` for ``kinds`` and ``own``).

    >>> v = validator_for({"type": "array", "items": {"type": "string", "minLength": 1}})
    >>> for path, message in issues(v, ["", 3], own=True):
    ...     print(path, message)
    (0,) expected a non-empty text; got an empty text
    (1,) expected text; got the number 3
    """
    return first_per_place(
        [
            said
            for err in validator.iter_errors(data)
            for said in say(err, validator.schema, kinds=kinds, own=own)
        ]
    )


def first_per_place(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """One problem per place, the first (a value of the wrong type says nothing more).

    >>> first_per_place([(("a",), "one"), (("a",), "two"), ((), "three")])
    [(('a',), 'one'), ((), 'three')]
    """
    seen: set[Path] = set()
    out = []
    for path, message in found:
        if path not in seen:
            seen.add(path)
            out.append((path, message))
    return out


def describe(value: Any) -> str:
    """Say what a value is, briefly (never the whole value: it may be huge or recursive).

    >>> describe([1, 2]), describe(True), describe("  ")
    ('a list of 2 item(s)', 'true (a yes/no value)', 'an empty text')
    """
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "an empty text" if not value.strip() else f"the text {short(value)}"
    if isinstance(value, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(value, (list, tuple)):
        return "an empty list" if not value else f"a list of {len(value)} item(s)"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return f"the date {value.isoformat()}"
    return f"a value of type {type(value).__name__}"


def short(text: str, n: int = 40) -> str:
    """``text`` quoted, cut to ``n`` characters (the cut marked with an ellipsis).

    >>> short("lived experience"), short("x" * 50, 5)
    ("'lived experience'", "'xxxx…'")
    """
    return repr(text if len(text) <= n else text[: n - 1] + "…")


_TYPE_WORDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "nothing",
}


_FIELDS = ("items", "additionalProperties")


def _what(err: Any, root: Mapping[str, Any], own: bool) -> str | None:
    """What the field an error is about expects: its ``title`` (a short name) or else its
    ``description``, the last one on the error's schema path (the whole set's: its
    description); with ``own``, only the failing field's own ``title``."""
    if own:
        title = err.schema.get("title") if isinstance(err.schema, Mapping) else None
        return title if isinstance(title, str) else None
    node: Any = root
    what = root.get("description")
    steps = list(err.absolute_schema_path)[:-1]  # the last step is the failing keyword
    for i, step in enumerate(steps):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return what
        after = steps[i - 1] if i else None
        if isinstance(node, Mapping) and (after == "properties" or step in _FIELDS):
            what = node.get("title", node.get("description", what))
    return what


def _unknown_fields(err: Any, kinds: Mapping[str, Mapping[str, Any]]) -> list[tuple[Path, str]]:
    allowed = list(err.schema.get("properties", {}))
    named = err.schema.get("description", err.schema.get("title", "this mapping"))
    where = str(named).split(":")[0]
    out = []
    for key in err.instance:
        if key in allowed:
            continue
        name = str(key)
        hint = close_matches(name, allowed, n=1)
        owner = [k for k, d in kinds.items() if d["properties"].get(name) not in (None, True)]
        if owner and "kind" in allowed and not hint:
            msg = f"field {name!r} belongs to {' / '.join(owner)} exercises, not to {where}"
        else:
            msg = f"unknown field {name!r} in {where}"
            if hint:
                msg += f" (did you mean {hint[0]!r}?)"
        out.append(((*err.absolute_path, key), msg + "; allowed fields: " + ", ".join(allowed)))
    return out


def say(
    err: Any,
    root: Mapping[str, Any],
    *,
    kinds: Mapping[str, Mapping[str, Any]] | None = None,
    own: bool = False,
) -> list[tuple[Path, str]]:
    """One jsonschema ``ValidationError`` in plain words: (path into the data, message).

    ``root`` is the schema the validator holds (its ``schema``): each field's ``description``
    reads after "expected" (with ``own``, the field's own ``title`` only, else its rule); enums
    are listed with a "did you mean"; unknown fields name the allowed ones (``kinds``: the
    exercise kinds by name, to say which kind an unknown field belongs to); for ``anyOf`` the
    alternative of the value's own type is followed.

    >>> v = validator_for({"properties": {"year": {"type": "integer", "minimum": 1000}}})
    >>> [say(e, v.schema, own=True) for e in v.iter_errors({"year": 99})]
    [[(('year',), 'expected a whole number of at least 1000; got the number 99')]]
    """
    path: Path = tuple(err.absolute_path)
    kw, value, got = err.validator, err.instance, describe(err.instance)
    what = _what(err, root, own)
    if kw == "required":
        props = err.schema.get("properties", {})
        missing = [n for n in err.validator_value if isinstance(value, Mapping) and n not in value]
        bare = "is required but missing; add it" if own else "is required"
        return [
            ((*path, n), f"is required: expected {d}" if (d := _desc(props, n, own)) else bare)
            for n in missing
        ]
    if kw == "additionalProperties" and isinstance(value, Mapping):
        return _unknown_fields(err, kinds or {})
    if kw == "anyOf" and _all_required(err.validator_value):
        need = " or ".join(repr(sub["required"][0]) for sub in err.validator_value)
        return [(path, f"needs {need}; got {_fields_of(value)}")]
    if kw in ("anyOf", "oneOf") and err.context:
        fitting = _fitting_branch(err)
        if fitting:
            return [said for sub in fitting for said in say(sub, root, kinds=kinds, own=own)]
    if kw == "enum":
        valid = [str(v) for v in err.validator_value if v is not None]
        hint = close_matches(value, valid, n=1) if isinstance(value, str) else []
        mean = f" (did you mean {hint[0]!r}?)" if hint else ""
        return [(path, f"expected one of {', '.join(valid)}; got {got}{mean}")]
    if what:
        return [(path, f"expected {what}; got {got}")]
    if kw == "const":
        return [(path, f"expected {json.dumps(err.validator_value)}; got {got}")]
    if kw == "type":
        wanted = err.validator_value
        types = wanted if isinstance(wanted, list) else [wanted]
        words = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in types)
        return [(path, f"expected {words}; got {got}")]
    rule = _rule(kw, err.validator_value, err.schema)
    if rule:
        return [(path, f"expected {rule}; got {_measured(kw, value)}")]
    return [(path, f"expected a value this field allows (its rule {kw!r}); got {got}")]


def _all_required(alternatives: Any) -> bool:
    return (
        isinstance(alternatives, list)
        and bool(alternatives)
        and all(isinstance(s, Mapping) and set(s) == {"required"} for s in alternatives)
    )


def _fields_of(value: Any) -> str:
    if not isinstance(value, Mapping):
        return describe(value)
    if not value:
        return "an empty mapping"
    return "a mapping with only " + ", ".join(repr(str(k)) for k in list(value)[:6])


def _rule(kw: str, bound: Any, schema: Mapping[str, Any]) -> str | None:
    """The rule a keyword sets, in words (``None``: a keyword with no words here)."""
    whole = schema.get("type") == "integer"
    number = "a whole number" if whole else "a number"
    words = {
        "minLength": "a non-empty text" if bound == 1 else f"a text of at least {bound} characters",
        "maxLength": f"a text of at most {bound} characters",
        "minItems": "a non-empty list" if bound == 1 else f"a list of at least {bound} item(s)",
        "maxItems": f"a list of at most {bound} item(s)",
        "minimum": f"{number} of at least {bound}",
        "maximum": f"{number} of at most {bound}",
        "exclusiveMinimum": f"{number} above {bound}",
        "exclusiveMaximum": f"{number} below {bound}",
        "uniqueItems": "a list with no item twice",
        "minProperties": f"a mapping with at least {bound} field(s)",
        "maxProperties": f"a mapping with at most {bound} field(s)",
        "pattern": "text in the form this field needs (see the format's description)",
        "format": f"text in the {bound} format",
        "not": "a value other than this one",
        "false": "nothing here (this field is not allowed)",
    }
    return words.get(kw)


def _measured(kw: str, value: Any) -> str:
    """What was found, with the measure a keyword is about (a text's length)."""
    if kw in ("minLength", "maxLength") and isinstance(value, str) and value.strip():
        return f"{describe(value)} ({len(value)} characters)"
    return describe(value)


def _desc(props: Mapping[str, Any], name: str, own: bool = False) -> str | None:
    d = props.get(name)
    if not isinstance(d, Mapping):
        return None
    return d.get("title") if own else d.get("title", d.get("description"))


def _fitting_branch(err: Any) -> list[Any]:
    """The errors of the ``anyOf`` alternative whose type the value has (none: no such one)."""
    by_branch: dict[Any, list[Any]] = {}
    for sub in err.context:
        by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
    for subs in by_branch.values():
        if not any(s.validator == "type" and not s.relative_path for s in subs):
            return subs
    return []


def field_name(rel: Sequence[Any]) -> str | None:
    """A path inside a record as a field name: ``options[1].text``.

    >>> field_name(("options", 1, "text")), field_name(())
    ('options[1].text', None)
    """
    out = ""
    for part in rel:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or None
