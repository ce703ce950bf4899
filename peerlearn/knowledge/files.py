"""Reading a knowledge-base folder: which files, JSON or YAML, the size limit, duplicate keys.

The room that turns files (or the package's own ``peerlearn/data``) into :class:`Source` records:
name for messages, text, parsed value. It knows nothing of schemas or of the KnowledgeBase.
May import: the standard library, :mod:`peerlearn.errors`; PyYAML only inside :func:`parse`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from peerlearn.errors import Problem

__all__ = [
    "FILES",
    "MAX_BYTES",
    "SUFFIXES",
    "Source",
    "json_has_duplicate_keys",
    "parse",
    "read_folder",
    "read_package",
    "records",
]

#: The files of a knowledge-base folder: name → required?
FILES: Mapping[str, bool] = {
    "references": True,
    "mechanisms": True,
    "theories": False,
    "glossary": False,
    "review": False,
}
#: The file suffixes a knowledge-base file may have, in the order they are looked for.
SUFFIXES = (".json", ".yaml", ".yml")
#: Largest data file peerlearn reads (a guard against loading something that is not ours).
MAX_BYTES = 5_000_000


@dataclass
class Source:
    """One data file as read: its name for messages, its text and the parsed value."""

    name: str
    path: str
    text: str
    data: Any
    is_yaml: bool


def _find(folder: Path, stem: str) -> Path | None:
    for suffix in SUFFIXES:
        p = folder / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def parse(path: str, name: str, text: str, problems: list[Problem]) -> Source | None:
    """Parse a file's text (YAML when ``name`` says so, else JSON); failures become Problems."""
    is_yaml = name.endswith((".yaml", ".yml"))
    try:
        if is_yaml:
            import yaml

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except json.JSONDecodeError as e:
        problems.append(Problem(name, e.lineno, None, None, f"not valid JSON: {e.msg}"))
        return None
    except Exception as e:  # yaml.YAMLError and its marks
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        problems.append(Problem(name, line, None, None, f"not valid YAML: {problem}"))
        return None
    return Source(name, path, text, data, is_yaml)


def read_folder(folder: Path, problems: list[Problem]) -> dict[str, Source]:
    """Read every knowledge-base file present in ``folder``; what goes wrong joins ``problems``."""
    sources: dict[str, Source] = {}
    for stem, required in FILES.items():
        path = _find(folder, stem)
        if path is None:
            if required:
                problems.append(
                    Problem(
                        str(folder),
                        None,
                        None,
                        None,
                        f"missing {stem}.json (or .yaml): a knowledge-base folder needs "
                        f"{', '.join(s + '.json' for s, r in FILES.items() if r)}",
                    )
                )
            continue
        if path.stat().st_size > MAX_BYTES:
            problems.append(
                Problem(path.name, None, None, None, f"file is larger than {MAX_BYTES} bytes")
            )
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            problems.append(Problem(path.name, None, None, None, f"not UTF-8 text: {e.reason}"))
            continue
        src = parse(str(path), path.name, text, problems)
        if src is not None:
            sources[stem] = src
    return sources


def read_package() -> dict[str, Source]:
    """The package's own data files (``peerlearn/data/*.json``), trusted: no checks here."""
    root = resources.files("peerlearn") / "data"
    out = {}
    for stem in FILES:
        res = root / f"{stem}.json"
        text = res.read_text(encoding="utf-8")
        out[stem] = Source(f"{stem}.json", str(res), text, json.loads(text), False)
    return out


def json_has_duplicate_keys(text: str) -> bool:
    """Whether any JSON object repeats a key: the C parser's quick answer.

    Finding the lines means composing the whole document with PyYAML (slow, pure Python), so that
    is done only when this says there is something to find.

    >>> json_has_duplicate_keys('{"a": 1, "a": 2}'), json_has_duplicate_keys('{"a": {"a": 1}}')
    (True, False)
    """
    found = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        if not found and len({k for k, _ in pairs}) != len(pairs):
            found = True
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=hook)
    except ValueError:
        return False
    return found


def records(src: Source | None, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The well-formed records of a file (index, record), skipping what the schema rejects.

    ``key`` names the list inside the file's top-level object; ``""`` when the file is the list.
    """
    if src is None:
        return []
    data = src.data
    items = data if key == "" else (data.get(key) if isinstance(data, Mapping) else None)
    if not isinstance(items, list):
        return []
    return [(i, r) for i, r in enumerate(items) if isinstance(r, Mapping)]
