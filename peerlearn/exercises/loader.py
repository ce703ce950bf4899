"""Read exercise sets from YAML: safely, with every problem reported at once.

Files are parsed by :mod:`peerlearn._yaml` (PyYAML's *safe* loader: plain data only, no tags
that build Python objects, nothing executed; nesting, aliases and repeated keys bounded), limited
to :data:`MAX_BYTES`, and checked against the exercise-set format (the structure against its JSON
Schema, then the meaning: :mod:`._validate`); each problem names the file,
the line, the exercise id, the field and what was expected.
Malformed YAML gives the line (and column) of the error.

Imports: :mod:`peerlearn._yaml`, the model, the checks (:mod:`._validate`),
:mod:`peerlearn.errors` and :mod:`peerlearn.knowledge`; never scoring, widgets or progress.

>>> s = loads('''
... title: Love labour check
... exercises:
...   - id: q1
...     kind: multiple-choice
...     prompt: Which mechanism is about care that cannot be bought?
...     options:
...       - {text: Love labour, correct: true}
...       - {text: Liminality}
... ''', name="check.yaml", kb=False)
>>> s.id, s["q1"].options[0].text
('check', 'Love labour')
>>> loads("title: [unclosed", name="bad.yaml", kb=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
peerlearn.exercises.model.ExerciseError: bad.yaml: 1 problem found:
  - bad.yaml:1: not valid YAML (column 17): while parsing a flow sequence, expected ',' or ...
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from peerlearn import _yaml
from peerlearn.errors import Problem

from ._structure import checked_already
from ._validate import PYTHON_FILE, clean_set, set_problems
from .model import ExerciseError, ExerciseSet

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_VALUES",
    "from_data",
    "load",
    "loads",
    "problems",
    "resolve_kb",
    "validate_file",
]

#: The largest exercise file read (1 MB). A bigger file is refused before it is parsed.
MAX_BYTES = 1_048_576

_MAX_INDEX_DEPTH = 12


def resolve_kb(kb: Any) -> Any:
    """The knowledge base to check against: ``kb`` itself, the default one when ``None``,
    or ``None`` (no knowledge-base checks) when ``kb`` is ``False``.

    Kept for old callers: it is :func:`peerlearn.knowledge.resolve`.
    """
    from peerlearn.knowledge import resolve

    return resolve(kb)


def slug(stem: str) -> str:
    """A set id from a file stem: lower case, runs of other characters as one hyphen.

    >>> slug("Love Labour_check")
    'love-labour-check'
    """
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "untitled"


def too_big(file: str, size: int) -> ExerciseError:
    """The error for a file past :data:`MAX_BYTES` (refused before it is parsed)."""
    msg = (
        f"the file is {size:,} bytes; exercise files are limited to 1 MB ({MAX_BYTES:,} bytes): "
        "split it into several sets"
    )
    return ExerciseError([Problem(file, None, None, None, msg)], what=file)


def _read(path: str | os.PathLike[str]) -> tuple[str, str]:
    """The text of an exercise file: a regular file only (a FIFO or device would hang)."""
    from peerlearn._safefiles import read_regular

    file = str(path)
    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise FileNotFoundError(errno.ENOENT, f"no exercise-set file at {file}")
    data = read_regular(p, limit=MAX_BYTES, expected="an exercise-set YAML file")
    if len(data) > MAX_BYTES:
        raise too_big(file, os.stat(p).st_size)
    try:
        return data.decode("utf-8-sig"), file
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        msg = f"the file is not UTF-8 text (byte {e.start}); save it as UTF-8"
        raise ExerciseError([Problem(file, line, None, None, msg)], what=file) from None


#: How deeply lists and mappings may nest (an exercise set needs about 6 levels).
MAX_DEPTH = _yaml.MAX_DEPTH
#: How many values a document may hold once its aliases are expanded (an alias bomb is refused).
MAX_VALUES = 200_000


def _parse(
    text: str, file: str
) -> tuple[Any, dict[tuple[Any, ...], int], dict[tuple[Any, ...], str]]:
    """Parse YAML text safely (:func:`peerlearn._yaml.read`); return the data, the line of each
    path and raw scalar texts."""
    try:
        data, node = _yaml.read(text, max_values=MAX_VALUES)
    except _yaml.Refusal as e:
        problems = [Problem(file, t.line, None, t.key, t.message) for t in e.troubles]
        raise ExerciseError(problems, what=file) from None
    lines: dict[tuple[Any, ...], int] = {}
    raws: dict[tuple[Any, ...], str] = {}
    if node is not None:
        _index(node, lines, raws)
    return data, lines, raws


def _index(root: Any, lines: dict[tuple[Any, ...], int], raws: dict[tuple[Any, ...], str]) -> None:
    """Record the line of every mapping key / list item, and the raw text of every scalar.

    Each node is visited once (aliases are not expanded) and only to a small depth.
    """
    import yaml

    stack: list[tuple[tuple[Any, ...], Any, int]] = [((), root, 0)]
    seen: set[int] = set()
    while stack:
        path, node, depth = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            raws.setdefault(path, node.value)
            continue
        if id(node) in seen or depth >= _MAX_INDEX_DEPTH:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    sub = (*path, key.value)
                    lines.setdefault(sub, key.start_mark.line + 1)
                    stack.append((sub, value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append(((*path, i), item, depth + 1))


def from_data(
    data: Any,
    *,
    file: str = PYTHON_FILE,
    kb: Any = None,
    require_sources: bool = False,
    default_id: str | None = None,
    lines: Mapping[tuple[Any, ...], int] | None = None,
    raws: Mapping[tuple[Any, ...], str] | None = None,
) -> ExerciseSet:
    """Check plain data (as YAML holds it) against the format and the knowledge base; build."""
    cleaned, problems = clean_set(
        data,
        file=file,
        default_id=default_id,
        lines=lines,
        raws=raws,
        kb=resolve_kb(kb),
        require_sources=require_sources,
    )
    if problems or cleaned is None:
        raise ExerciseError(problems, what=file)
    with checked_already():  # the model re-reads the cleaned data: its meaning only
        return ExerciseSet(
            id=cleaned["id"],
            title=cleaned["title"],
            description=cleaned["description"],
            mechanisms=cleaned["mechanisms"],
            exercises=cleaned["exercises"],
            path=file,
        )


def problems(
    exercise_set: ExerciseSet, *, kb: Any = None, require_sources: bool = False
) -> list[Problem]:
    """Every problem with a set, knowledge-base checks included: ``ExerciseSet.problems()``."""
    return set_problems(
        exercise_set.to_dict(),
        file=exercise_set.path or PYTHON_FILE,
        kb=resolve_kb(kb),
        require_sources=require_sources,
    )


def loads(
    text: str,
    *,
    name: str = "<string>",
    kb: Any = None,
    require_sources: bool = False,
) -> ExerciseSet:
    """Read an exercise set from YAML text. ``name`` labels problems (and gives the default id).

    ``kb``: the knowledge base that source keys and mechanism ids must resolve in (default:
    the package's own; ``False`` skips those checks).
    """
    if not isinstance(text, str):
        raise TypeError(f"loads() expects YAML text (str); got {type(text).__name__}")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise too_big(name, size)
    if text.startswith("\ufeff"):
        text = text[1:]
    data, lines, raws = _parse(text, name)
    stem = Path(name).name.split(".")[0] if not name.startswith("<") else ""
    return from_data(
        data,
        file=name,
        kb=kb,
        require_sources=require_sources,
        default_id=slug(stem) if stem else "untitled",
        lines=lines,
        raws=raws,
    )


def load(
    path: str | os.PathLike[str], *, kb: Any = None, require_sources: bool = False
) -> ExerciseSet:
    """Read one exercise set from a YAML file; its ``.widget()`` shows it in a notebook.

    Raises :class:`ExerciseError` (a ``ValueError``) listing every problem, with file and line.
    The set's id defaults to the file name without extension.
    """
    text, file = _read(path)
    return loads(text, name=file, kb=kb, require_sources=require_sources)


def validate_file(
    path: str | os.PathLike[str], *, kb: Any = None, require_sources: bool = False
) -> list[Problem]:
    """Every problem in an exercise-set file (``[]`` when it is valid): ``peerlearn validate``."""
    try:
        load(path, kb=kb, require_sources=require_sources)
    except ExerciseError as e:
        return list(e.problems)
    except OSError as e:
        return [Problem(str(path), None, None, None, f"cannot read the file: {e}")]
    return []
