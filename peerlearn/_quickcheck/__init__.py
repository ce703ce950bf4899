"""A quick yes for data that matches a schema: fastjsonschema's code, compiled once, shipped.

peerlearn checks its data files and exercise sets with jsonschema, which reports every error in
plain words. Most data is valid, and for valid data a yes is all that is needed: fastjsonschema
turns a schema into Python code that answers it quickly. Compiling that code costs each process
tens of milliseconds and, in CPython, about 11 MiB of memory it never gives back (the compiler's
arenas for some 200 KB of generated code): a learner's kernel paid it on notebook 00's first
hand-built exercise set. So the code is compiled once, by ``tools/compile_quick_checks.py``, and
shipped in this package as one module per schema (``exercise_set.py``, ``references.py``...),
each with the SHA-256 of the schema it was made from and a function per definition it refers to
(``DEFS``: an exercise set's ``exercise``, the reference list's ``reference``), so a part of a
schema is checked by its schema's module. :func:`quick_check` uses a shipped module
only when that hash matches the schema as the package has it now; otherwise (a schema edited
since) it compiles the schema at run time, as before, or gives ``None`` without fastjsonschema.

Two workarounds for fastjsonschema 2.22 (tests/test_quickcheck.py shows each failing case):

- ``detailed_exceptions=False`` (which leaves the schema out of the generated code, 205 KB ->
  84 KB for an exercise set) raises ``KeyError: 'definition_rule'`` on any ``const``: the
  schema is given to it with each ``const: X`` written as the equivalent ``enum: [X]``;
- the generated code imports ``JsonSchemaValueException`` from fastjsonschema; the shipped
  modules define it themselves, so they run where fastjsonschema is not installed (JupyterLite).

Only a yes counts: a no (or any exception from the generated code) sends the data to jsonschema,
whose report the user reads. A test checks that every shipped module is what the generator
makes of the schema now, and that the quick answer equals jsonschema's on valid and broken data.

Room: below everything (the standard library only; fastjsonschema inside a function).

>>> check = quick_check("example", {"type": "object", "required": ["a"]})
>>> check({"a": 1}), check({})
(True, False)
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["OPTIONS", "as_enums", "draft7", "fingerprint", "module_name", "quick_check"]

DRAFT7 = "http://json-schema.org/draft-07/schema#"
#: Words that say what a value is for and check nothing: beside a ``$ref`` they change nothing.
ANNOTATIONS = frozenset({"title", "description", "default", "examples", "$comment"})

#: How the schemas are compiled: no defaults written into the data checked (fastjsonschema's
#: ``use_default`` would add ``correct: false`` to a learner's option), no schema in the code.
OPTIONS: dict[str, Any] = {"use_default": False, "detailed_exceptions": False}


def draft7(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A 2020-12 schema of the package in the draft-7 words fastjsonschema knows.

    ``dependentRequired`` becomes ``dependencies``. A ``#/$defs/...`` reference with words beside it
    that check something is written in place (2020-12 applies those words, draft 7 would ignore
    them); any other reference is kept, so the compiled code has one function per definition
    instead of a copy at each use.

    >>> s = draft7({"$defs": {"t": {"type": "string"}},
    ...             "properties": {"a": {"$ref": "#/$defs/t", "description": "A"},
    ...                            "b": {"$ref": "#/$defs/t", "minLength": 2}}})
    >>> s["properties"], s["$schema"] == DRAFT7
    ({'a': {'$ref': '#/$defs/t'}, 'b': {'type': 'string', 'minLength': 2}}, True)
    """
    out = _draft7(schema, schema.get("$defs", {}))
    out["$schema"] = DRAFT7
    return out


def _draft7(schema: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(schema, Mapping):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            rest = {k: v for k, v in schema.items() if k != "$ref" and k not in ANNOTATIONS}
            if not rest:
                return {"$ref": ref}
            return _draft7({**defs[ref.removeprefix("#/$defs/")], **rest}, defs)
        out = {k: _draft7(v, defs) for k, v in schema.items() if k != "dependentRequired"}
        if "dependentRequired" in schema:
            out["dependencies"] = dict(schema["dependentRequired"])
        return out
    if isinstance(schema, list):
        return [_draft7(v, defs) for v in schema]
    return schema


def as_enums(schema: Any) -> Any:
    """The schema with every ``const: X`` written as ``enum: [X]`` (the same meaning).

    >>> as_enums({"properties": {"kind": {"const": "reflection"}}})
    {'properties': {'kind': {'enum': ['reflection']}}}
    """
    if isinstance(schema, Mapping):
        out = {k: as_enums(v) for k, v in schema.items() if k != "const"}
        if "const" in schema:
            out["enum"] = [schema["const"]]
        return out
    if isinstance(schema, list):
        return [as_enums(v) for v in schema]
    return schema


def fingerprint(schema: Mapping[str, Any]) -> str:
    """The SHA-256 of the schema written as sorted, compact JSON (what a shipped module holds).

    >>> fingerprint({"b": 1, "a": 2}) == fingerprint({"a": 2, "b": 1})
    True
    """
    text = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def module_name(key: str) -> str:
    """The shipped module's name for a schema's key (``"exercise-set#exercise"``).

    >>> module_name("exercise-set#exercise")
    'exercise_set__exercise'
    """
    return key.replace("#", "__").replace("-", "_").replace(".", "_")


def _answer(validate: Callable[[Any], Any]) -> Callable[[Any], bool]:
    def check(data: Any) -> bool:
        try:
            validate(data)
        except Exception:  # its own JsonSchemaValueException, or data its code does not expect
            return False
        return True

    return check


@functools.cache
def _shipped(key: str) -> Any:
    try:
        return importlib.import_module(f"{__name__}.{module_name(key)}")
    except ImportError:
        return None


def quick_check(
    key: str, schema: Mapping[str, Any], part: str | None = None
) -> Callable[[Any], bool] | None:
    """A function giving ``True`` for data the (draft 7, see :func:`draft7`) ``schema`` accepts,
    or its definition ``part`` (``schema["$defs"][part]``), ``False`` for anything else; ``None``
    where it cannot be made (no shipped module for this schema and no fastjsonschema). ``key``
    names the schema (``"references"``, ``"exercise-set"``). Compiled at most once per process,
    schema and part."""
    return _quick_check(key, fingerprint(schema), json.dumps(schema), part)


@functools.cache
def _quick_check(
    key: str, digest: str, schema_json: str, part: str | None
) -> Callable[[Any], bool] | None:
    shipped = _shipped(key)
    if shipped is not None and getattr(shipped, "SCHEMA_SHA256", None) == digest:
        validate = shipped.validate if part is None else shipped.DEFS.get(part)
        if validate is not None:
            return _answer(validate)
    try:
        import fastjsonschema
    except ImportError:
        return None
    schema = as_enums(json.loads(schema_json))
    if part is not None:  # the definition as the root, the others beside it to refer to
        schema = {"$ref": f"#/$defs/{part}", "$defs": schema["$defs"], "$schema": DRAFT7}
    return _answer(fastjsonschema.compile(schema, **OPTIONS))
