"""Checking a knowledge-base folder: each file against its JSON Schema, then across records.

The room for every :class:`~peerlearn.errors.Problem` a folder can have once it is read: schema
errors (with line, record and field), duplicate ids and numbers, links that do not resolve, and
values the rest of the package could not handle though a schema would pass them (nesting deeper
than :data:`MAX_DEPTH`, lone surrogates, the private-use characters the citation engine uses as
markers, numbers beyond 2**53, keys that are not text, YAML-only values such as sets).
Schema errors are said in the plain words an exercise set's get
(:mod:`peerlearn._schema_words`): what the field expects (its ``title`` in the schema, or its
rule), what was found, the valid values or names.
May import: the standard library, :mod:`peerlearn.errors`, :mod:`peerlearn.csl`,
:mod:`peerlearn.knowledge.files`, :mod:`peerlearn._quickcheck` (the quick yes) and
:mod:`peerlearn._schema_words`; jsonschema only inside :func:`schema_problems`.

>>> from peerlearn.knowledge.files import Source
>>> src = Source("r.json", "r.json", "", [{"id": "a" + chr(0xD800)}], False)
>>> [p.message for p in value_problems(src)]
['a lone surrogate (U+D800) is not a character; remove it or write the character it stands for']
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from peerlearn._schema_words import first_per_place, say, validator_for
from peerlearn.csl import PRIVATE_USE
from peerlearn.errors import Problem, UnknownIdError

from .files import Source, records

__all__ = [
    "MAX_DEPTH",
    "cross_problems",
    "quick_schema",
    "record_name",
    "schema_errors",
    "schema_problems",
    "validate_sources",
    "value_errors",
    "value_problems",
]

#: The deepest nesting a knowledge-base file may have (its own records need six levels).
MAX_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIG = 2**53


@cache
def _schema(name: str) -> dict[str, Any]:
    if name == "review-csl":  # the review's own CSL item: a reference item
        refs = _schema("references")
        return {**refs["items"], "$defs": refs.get("$defs", {})}
    text = (resources.files("peerlearn") / "data" / "schemas" / f"{name}.v1.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


def record_name(data: Any, path: Sequence[Any]) -> str | None:
    """The id of the record a JSON path points into, for messages."""
    node = data
    name = None
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, Mapping):
            rid = node.get("id") or node.get("key")
            if isinstance(rid, str):
                name = rid
                custom = node.get("custom")
                original = custom.get("original_id") if isinstance(custom, Mapping) else None
                if isinstance(original, str) and original != rid:
                    name = f"{rid} (id {original!r} in the file)"
    return name


def _field(path: Sequence[Any]) -> str | None:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or None


def _value_message(value: Any) -> str:
    if isinstance(value, str):
        hit = _SURROGATE.search(value)
        if hit:
            return (
                f"a lone surrogate (U+{ord(hit[0]):04X}) is not a character; remove it or write "
                "the character it stands for"
            )
        hit = PRIVATE_USE.search(value)
        if hit:
            return (
                f"the private-use character U+{ord(hit[0]):04X} is reserved by peerlearn's "
                "citation engine; remove it"
            )
        return ""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int):
        return (
            f"the number {value:.3g} is too large; numbers here are below 2**53"
            if abs(value) > _BIG
            else ""
        )
    if isinstance(value, float):
        return "" if math.isfinite(value) else f"{value} is not a number JSON allows"
    return (
        f"a YAML {type(value).__name__} value is not a JSON value; write text, a number, "
        "true/false, a list or a mapping"
    )


_MARKER = re.compile("[\ue000-\ue01f]")


def _holds_marker(text: str) -> bool:
    """Whether :data:`_MARKER` is in ``text``: never in a text of Latin-1 characters only (most
    files), which encodes to Latin-1 (a copy in C) in a hundredth of a search's time."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _MARKER.search(text) is not None
    return False


_ESCAPED = re.compile(r"\\u(?:[dD][89a-fA-F]|[eE]0[01])")


def _depth(data: Any) -> int:
    """How deep the containers of parsed JSON go (scalars are not visited)."""
    stack, deepest = [(data, 0)], 0
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_DEPTH:
            break
        if isinstance(node, dict):
            stack.extend((v, d + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, d + 1) for v in node if isinstance(v, dict | list))
    return deepest


def _plain_json(text: str, data: Any) -> bool:
    """Whether parsed JSON certainly holds nothing :func:`value_problems` looks for: no escaped
    surrogate (the only way a lone one gets in) and no marker character in the text, and no
    nesting deeper than :data:`MAX_DEPTH` (huge integers are refused by the JSON reader). Then a
    large good export is not walked value by value."""
    if "\\u" in text and _ESCAPED.search(text):
        return False
    return not _holds_marker(text) and _depth(data) <= MAX_DEPTH


def value_problems(src: Source) -> list[Problem]:
    """Values a schema would pass but the package could not handle; one walk over the data.

    The walk goes at most :data:`MAX_DEPTH` levels down, so it cannot overflow the stack. A JSON
    file whose text shows none of these is not walked at all.
    """
    return [
        Problem(src.name, src.line(where), record_name(src.data, where), _field(where), msg)
        for where, msg in value_errors(src)
    ]


def value_errors(src: Source) -> list[tuple[list[Any], str]]:
    """:func:`value_problems` as (path into the data, message) pairs."""
    if src.format in ("bibtex", "ris") and src.text and not _holds_marker(src.text):
        return []  # the readers' items are a few levels deep and hold no escapes
    if src.format == "json" and src.text and _plain_json(src.text, src.data):
        return []
    problems: list[tuple[list[Any], str]] = []
    path: list[Any] = []

    def report(msg: str, at: list[Any] | None = None) -> None:
        problems.append((list(path if at is None else at), msg))

    def visit(node: Any) -> None:
        if len(problems) >= 100:
            return
        if isinstance(node, str):
            if not node.isascii():
                msg = _value_message(node)
                if msg:
                    report(msg)
        elif isinstance(node, dict):
            if len(path) >= MAX_DEPTH:
                report(
                    f"nested more than {MAX_DEPTH} levels deep; a knowledge-base record needs "
                    "a few levels",
                    path[:3],
                )
                return
            for k, v in node.items():
                if not isinstance(k, str):
                    report(f"the key {k!r} is not text; quote it")
                    continue
                path.append(k)
                visit(k)
                visit(v)
                path.pop()
        elif isinstance(node, list):
            if len(path) >= MAX_DEPTH:
                report(
                    f"nested more than {MAX_DEPTH} levels deep; a knowledge-base record needs "
                    "a few levels",
                    path[:3],
                )
                return
            for i, v in enumerate(node):
                path.append(i)
                visit(v)
                path.pop()
        elif node is not None and not isinstance(node, bool):
            msg = _value_message(node)
            if msg:
                report(msg)

    visit(src.data)
    return problems


def schema_problems(stem: str, src: Source) -> list[Problem]:
    """One file against its schema (``data/schemas/<stem>.v1.json``).

    The review's own CSL item is checked against the reference-item schema, so a review whose
    authors or date are text fails here, not later in a citation.
    """
    return [
        Problem(src.name, src.line(path), record_name(src.data, path), _field(path), msg)
        for path, msg in schema_errors(stem, src)
    ]


def schema_errors(stem: str, src: Source) -> list[tuple[list[Any], str]]:
    """:func:`schema_problems` as (path into the data, message) pairs, in the plain words of
    :func:`peerlearn._schema_words.say` (a field's own ``title`` in the schema, else its rule;
    a missing field at its own place; one problem per place).

    >>> from peerlearn.knowledge.files import Source
    >>> data = {"schema_version": 1, "terms": [{"id": "Peer Work", "term": "", "defintion": "d"}]}
    >>> for path, message in schema_errors("glossary", Source("g.json", "g.json", "", data, False)):
    ...     print(path[-1], "|", message[:64])
    definition | is required but missing; add it
    defintion | unknown field 'defintion' in a glossary term (did you mean 'defi
    id | expected an id: lower-case words joined by hyphens (love-labour)
    term | expected a non-empty text; got an empty text
    """
    checks: list[tuple[str, Any, list[Any]]] = [(stem, src.data, [])]
    review = src.data.get("review") if stem == "review" and isinstance(src.data, Mapping) else None
    if isinstance(review, Mapping) and isinstance(review.get("csl"), Mapping):
        checks.append(("review-csl", review["csl"], ["review", "csl"]))
    problems: list[tuple[list[Any], str]] = []
    for name, instance, prefix in checks:
        if _fast_valid(name, instance):
            continue
        validator = _validator(name)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.path)))
        said = [s for err in errors for s in say(err, validator.schema, own=True)]
        problems += [([*prefix, *path], msg) for path, msg in first_per_place(said)]
    return problems


@cache
def _validator(stem: str) -> Any:
    """jsonschema's validator of ``stem``'s schema (refs written in place), once per process."""
    return validator_for(_schema(stem))


def quick_schema(stem: str) -> dict[str, Any]:
    """The schema of ``stem`` in the draft-7 words :mod:`peerlearn._quickcheck` compiles
    (``tools/compile_quick_checks.py`` ships it compiled). The reference list's item is its
    definition ``reference``, so that the review's own CSL item (``review-csl``, that item) is
    checked by the same code.

    >>> quick_schema("references")["items"]
    {'$ref': '#/$defs/reference'}
    """
    from peerlearn._quickcheck import draft7

    schema = _schema(stem)
    if stem == "references":
        defs = {**schema.get("$defs", {}), "reference": schema["items"]}
        schema = {**schema, "items": {"$ref": "#/$defs/reference"}, "$defs": defs}
    return draft7(schema)


@cache
def _fast(stem: str) -> Any:
    from peerlearn._quickcheck import quick_check

    if stem == "review-csl":
        return quick_check("references", quick_schema("references"), "reference")
    return quick_check(stem, quick_schema(stem))


def _fast_valid(stem: str, instance: Any) -> bool:
    """A quick yes from fastjsonschema's code for the schema (shipped compiled, see
    :mod:`peerlearn._quickcheck`).

    The schemas use no keyword that draft 7 lacks an equivalent for (a test checks that both
    validators agree), so a yes here is a yes from jsonschema. A file that fails is then
    checked by jsonschema, which reports every problem with its path.
    """
    check = _fast(stem)
    return check is not None and check(instance)


def _listed(value: Any) -> list[Any]:
    """A list field's items; nothing for a value of another type (the schema check says it)."""
    return value if isinstance(value, list) else []


def cross_problems(sources: Mapping[str, Source]) -> list[Problem]:
    """Checks a schema cannot make: unique ids and links that resolve."""
    problems: list[Problem] = []

    def add(stem: str, path: list[Any], record: str | None, field: str | None, msg: str) -> None:
        src = sources[stem]
        problems.append(Problem(src.name, src.line(path), record, field, msg))

    def ids_of(stem: str, listkey: str, idkey: str = "id") -> set[str]:
        seen: dict[str, int] = {}
        for i, r in records(sources.get(stem), listkey):
            rid = r.get(idkey)
            if not isinstance(rid, str):
                continue
            if rid in seen:
                path = [i, idkey] if listkey == "" else [listkey, i, idkey]
                add(
                    stem,
                    path,
                    rid,
                    idkey,
                    f"duplicate id {rid!r} (first used by record {seen[rid]})",
                )
            else:
                seen[rid] = i
        return set(seen)

    refs = ids_of("references", "")
    numbers: dict[int, str] = {}
    for i, r in records(sources.get("references"), ""):
        n = (r.get("custom") or {}).get("n") if isinstance(r.get("custom"), Mapping) else None
        if isinstance(n, int) and not isinstance(n, bool):
            if n in numbers:
                add(
                    "references",
                    [i, "custom", "n"],
                    str(r.get("id")),
                    "custom.n",
                    f"duplicate number {n} (already {numbers[n]}'s); each reference has its own "
                    "place in the list",
                )
            else:
                numbers[n] = str(r.get("id"))
    mechs = ids_of("mechanisms", "mechanisms")
    theories = ids_of("theories", "theories")
    terms = ids_of("glossary", "terms")

    def check(
        stem: str, path: list[Any], rec: str, field: str, value: Any, valid: set[str], what: str
    ) -> None:
        if isinstance(value, str) and value not in valid:
            hint = UnknownIdError(what, value, valid).args[0].split(". ", 1)
            add(
                stem,
                path,
                rec,
                field,
                f"unknown {what} {value!r}" + (f". {hint[1]}" if len(hint) > 1 else ""),
            )

    for i, m in records(sources.get("mechanisms"), "mechanisms"):
        rec = str(m.get("id"))
        for j, link in enumerate(_listed(m.get("theories"))):
            if isinstance(link, Mapping):
                p = ["mechanisms", i, "theories", j, "id"]
                check(
                    "mechanisms", p, rec, _field(p[2:]) or "", link.get("id"), theories, "theory id"
                )
        for j, link in enumerate(_listed(m.get("sources"))):
            if isinstance(link, Mapping):
                p = ["mechanisms", i, "sources", j, "key"]
                check(
                    "mechanisms",
                    p,
                    rec,
                    _field(p[2:]) or "",
                    link.get("key"),
                    refs,
                    "reference key",
                )
        if "glossary" in sources:
            for j, t in enumerate(_listed(m.get("key_terms"))):
                p = ["mechanisms", i, "key_terms", j]
                check("mechanisms", p, rec, _field(p[2:]) or "", t, terms, "glossary id")
    for i, t in records(sources.get("theories"), "theories"):
        for j, key in enumerate(_listed(t.get("sources"))):
            p = ["theories", i, "sources", j]
            check("theories", p, str(t.get("id")), _field(p[2:]) or "", key, refs, "reference key")
    everything = terms | mechs | theories
    for i, t in records(sources.get("glossary"), "terms"):
        for j, other in enumerate(_listed(t.get("see_also"))):
            p = ["terms", i, "see_also", j]
            check(
                "glossary",
                p,
                str(t.get("id")),
                _field(p[2:]) or "",
                other,
                everything,
                "glossary, mechanism or theory id",
            )
        for j, key in enumerate(_listed(t.get("sources"))):
            p = ["terms", i, "sources", j]
            check("glossary", p, str(t.get("id")), _field(p[2:]) or "", key, refs, "reference key")
    review = sources.get("review")
    if review is not None and isinstance(review.data, Mapping):
        findings = (review.data.get("review") or {}).get("findings") or []
        for j, f in enumerate(findings if isinstance(findings, list) else []):
            p = ["review", "findings", j]
            check("review", p, "review", _field(p[1:]) or "", f, mechs, "mechanism id")
    return problems


def validate_sources(sources: Mapping[str, Source]) -> list[Problem]:
    """Every problem of the files read: values, each file against its schema, then the links.

    A file whose values the package could not handle is not checked further (its schema errors
    would only repeat the same places).
    """
    problems: list[Problem] = []
    usable = {}
    for stem, src in sources.items():
        if src.checked:  # the reference list, once its repairs are done: nothing left to find
            usable[stem] = src
            continue
        found = value_problems(src)
        problems += found
        if not found:
            usable[stem] = src
    for stem, src in usable.items():
        if not src.checked:
            problems += schema_problems(stem, src)
    if "references" in usable:
        problems += cross_problems(usable)
    return problems
