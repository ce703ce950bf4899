"""Checking a knowledge-base folder: each file against its JSON Schema, then across records.

The room for every :class:`~peerlearn.errors.Problem` a folder can have once it is read: schema
errors (with line, record and field), duplicate keys, duplicate ids and links that do not resolve.
May import: the standard library, :mod:`peerlearn.errors`, :mod:`peerlearn._locate` and
:mod:`peerlearn.knowledge.files`; jsonschema only inside :func:`schema_problems`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from peerlearn.errors import Problem, UnknownIdError

from .files import Source, json_has_duplicate_keys, records

__all__ = ["cross_problems", "schema_problems", "validate_sources"]


@cache
def _schema(name: str) -> dict[str, Any]:
    text = (resources.files("peerlearn") / "data" / "schemas" / f"{name}.v1.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


def _record_name(data: Any, path: Sequence[Any]) -> str | None:
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
    return name


def _field(path: Sequence[Any]) -> str | None:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or None


def schema_problems(stem: str, src: Source) -> list[Problem]:
    """One file against its schema (``data/schemas/<stem>.v1.json``), plus repeated keys."""
    from jsonschema import Draft202012Validator

    from peerlearn._locate import duplicate_key_lines, line_of

    problems = []
    validator = Draft202012Validator(_schema(stem))
    for err in sorted(validator.iter_errors(src.data), key=lambda e: list(map(str, e.path))):
        path = list(err.path)
        # keep messages short: a long instance repr helps nobody
        msg = err.message if len(err.message) < 200 else err.message[:197] + "..."
        if err.validator == "additionalProperties":
            allowed = sorted(err.schema.get("properties", {}))
            msg += f" (allowed: {', '.join(allowed)})"
        problems.append(
            Problem(
                src.name,
                line_of(src.text, path),
                _record_name(src.data, path),
                _field(path),
                msg,
            )
        )
    if src.is_yaml or json_has_duplicate_keys(src.text):
        for line, key in duplicate_key_lines(src.text):
            problems.append(
                Problem(src.name, line, None, key, f"duplicate key {key!r} in one record")
            )
    return problems


def cross_problems(sources: Mapping[str, Source]) -> list[Problem]:
    """Checks a schema cannot make: unique ids and links that resolve."""
    from peerlearn._locate import line_of

    problems: list[Problem] = []

    def add(stem: str, path: list[Any], record: str | None, field: str | None, msg: str) -> None:
        src = sources[stem]
        problems.append(Problem(src.name, line_of(src.text, path), record, field, msg))

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
        for j, link in enumerate(m.get("theories") or []):
            if isinstance(link, Mapping):
                p = ["mechanisms", i, "theories", j, "id"]
                check(
                    "mechanisms", p, rec, _field(p[2:]) or "", link.get("id"), theories, "theory id"
                )
        for j, link in enumerate(m.get("sources") or []):
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
            for j, t in enumerate(m.get("key_terms") or []):
                p = ["mechanisms", i, "key_terms", j]
                check("mechanisms", p, rec, _field(p[2:]) or "", t, terms, "glossary id")
    for i, t in records(sources.get("theories"), "theories"):
        for j, key in enumerate(t.get("sources") or []):
            p = ["theories", i, "sources", j]
            check("theories", p, str(t.get("id")), _field(p[2:]) or "", key, refs, "reference key")
    everything = terms | mechs | theories
    for i, t in records(sources.get("glossary"), "terms"):
        for j, other in enumerate(t.get("see_also") or []):
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
        for j, key in enumerate(t.get("sources") or []):
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
    """Every problem of the files read: each against its schema, then (given references and
    mechanisms) the links between them."""
    problems: list[Problem] = []
    for stem, src in sources.items():
        problems += schema_problems(stem, src)
    if "references" in sources and "mechanisms" in sources:
        problems += cross_problems(sources)
    return problems
