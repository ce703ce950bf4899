"""Compile the package's schemas to the quick checks shipped in ``peerlearn/_quickcheck/``.

Run after changing a schema in ``peerlearn/data/schemas/`` (tests/test_quickcheck.py fails until
you do; a stale module is never used, only slower to do without):

    .venv/bin/python tools/compile_quick_checks.py           # write the modules
    .venv/bin/python tools/compile_quick_checks.py --check   # exit 1 if one is not up to date

Each module is fastjsonschema's ``compile_to_code`` of one schema (with
:data:`peerlearn._quickcheck.OPTIONS`, each ``const`` as a one-value ``enum``), headed by a
docstring, the schema's SHA-256 and its own ``JsonSchemaValueException`` in place of the import
from fastjsonschema (see :mod:`peerlearn._quickcheck` for why).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import fastjsonschema

from peerlearn._quickcheck import OPTIONS, as_enums, fingerprint, module_name
from peerlearn.exercises._structure import quick_key
from peerlearn.exercises._structure import quick_schema as content_schema
from peerlearn.knowledge.checks import quick_schema as knowledge_schema

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "peerlearn" / "_quickcheck"
#: The knowledge base's files (``data/schemas/<stem>.v1.json``; the review's own CSL item is
#: checked by the reference list's code, its definition ``reference``).
KNOWLEDGE = ["glossary", "mechanisms", "references", "review", "theories"]
#: The teaching content's files: exercise sets (and, by its definition ``exercise``, the one
#: exercise ``clean_exercise`` checks), facilitator's guides, role-plays, an instructor's rubric.
CONTENT = [
    "exercise-set.v1.json",
    "facilitation-guide.v1.json",
    "roleplays.v1.json",
    "rubric.v1.json",
]
IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException"
OWN_EXCEPTIONS = '''class JsonSchemaValueException(ValueError):
    """What the code below raises on data the schema refuses (fastjsonschema's own name)."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)


class JsonSchemaValuesException(ValueError):
    """fastjsonschema's name for several refusals at once (not raised: it fails fast)."""

    def __init__(self, errors):
        super().__init__(errors)
'''


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema the package checks with a quick yes, by key."""
    out = {quick_key(name): content_schema(name) for name in CONTENT}
    out.update({stem: knowledge_schema(stem) for stem in KNOWLEDGE})
    return out


def render(key: str, schema: dict[str, Any]) -> str:
    """The module shipped for one schema."""
    code = fastjsonschema.compile_to_code(as_enums(schema), **OPTIONS)
    if IMPORT not in code:
        msg = f"fastjsonschema's code no longer imports its exception as expected: {key}"
        raise SystemExit(msg)
    code = code.replace(IMPORT, OWN_EXCEPTIONS)
    root = re.search(r"^def (\w+)\(", code, re.MULTILINE)
    if root is None:
        raise SystemExit(f"no function in fastjsonschema's code for {key}")
    if root.group(1) != "validate":  # the first function is the schema's own
        code = code.rstrip() + f"\n\n\nvalidate = {root.group(1)}\n"
    # the function fastjsonschema made for each definition a reference points at
    made = set(re.findall(r"^def (validate____defs_\w+)\(", code, re.MULTILINE))
    defs = {
        name: "validate____defs_" + re.sub(r"\W", "_", name) for name in schema.get("$defs", {})
    }
    listed = ", ".join(f"{name!r}: {func}" for name, func in sorted(defs.items()) if func in made)
    code = (
        code.rstrip()
        + f"\n\n#: a check per definition, by its name in $defs\nDEFS = {{{listed}}}\n"
    )
    head = (
        f'"""The quick check of the schema {key!r}: fastjsonschema\'s code, made by\n'
        "tools/compile_quick_checks.py. Do not edit: run the tool after changing the schema.\n"
        '"""\n'
        "# ruff: noqa\n"
        "# mypy: ignore-errors\n"
        "# fmt: off\n\n"
        f'SCHEMA_SHA256 = "{fingerprint(schema)}"\n'
    )
    return head + code.rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a module is not up to date")
    args = ap.parse_args(argv)
    stale = []
    for key, schema in schemas().items():
        path = FOLDER / f"{module_name(key)}.py"
        text = render(key, schema)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path.name)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print(f"not up to date: {', '.join(stale)}; run tools/compile_quick_checks.py")
        return 1
    print(f"{'wrote' if stale else 'up to date:'} {', '.join(stale) or len(schemas())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
