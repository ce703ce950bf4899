"""Student versions of notebooks: instructors keep one source notebook with the answers in it.

:func:`student_version` copies ``IN.ipynb`` to ``OUT.ipynb`` without

- cells tagged ``solution`` or ``answer-key`` (cell tags, as JupyterLab's property inspector sets
  them);
- answer keys kept in metadata: ``peerlearn.answer_key`` on any cell or on the notebook;
- (by default) outputs, execution counts and saved widget state, which can show answers.

It never writes over ``IN`` (``OUT`` naming the same file is refused) and writes ``OUT``
atomically. The command line is ``peerlearn student-version IN.ipynb OUT.ipynb``.
Imports: the standard library, :mod:`peerlearn.errors` and the model (for its error type).

>>> import json, pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
...     {"cell_type": "markdown", "metadata": {}, "source": "Question"},
...     {"cell_type": "markdown", "metadata": {"tags": ["solution"]}, "source": "Answer"}]}
>>> _ = (d / "in.ipynb").write_text(json.dumps(nb))
>>> print(student_version(d / "in.ipynb", d / "out.ipynb"))  # doctest: +ELLIPSIS
wrote .../out.ipynb: removed 1 cell (tagged solution or answer-key); ...
>>> [c["source"] for c in json.loads((d / "out.ipynb").read_text())["cells"]]
['Question']
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerlearn.errors import Problem

from .model import ExerciseError

__all__ = ["REMOVE_TAGS", "StudentVersion", "student_version"]

#: Cells with any of these tags are removed.
REMOVE_TAGS = ("solution", "answer-key")
#: The metadata key (under ``peerlearn``) that holds an answer key.
ANSWER_KEY = "answer_key"


@dataclass(frozen=True)
class StudentVersion:
    """What :func:`student_version` did: the file written and what it left out."""

    path: Path
    source: Path
    removed_cells: tuple[int, ...]
    stripped_keys: int
    cleared_outputs: int

    def __str__(self) -> str:
        n = len(self.removed_cells)
        return (
            f"wrote {self.path}: removed {n} cell{'s' if n != 1 else ''} (tagged solution or "
            f"answer-key); stripped {self.stripped_keys} answer key(s) from metadata; cleared "
            f"the outputs of {self.cleared_outputs} code cell(s)"
        )


def _problem(
    file: str,
    message: str,
    line: int | None = None,
    record: str | None = None,
    field: str | None = None,
) -> ExerciseError:
    return ExerciseError([Problem(file, line, record, field, message)], what=file)


def _strip_key(metadata: Any) -> int:
    if not isinstance(metadata, dict):
        return 0
    pl = metadata.get("peerlearn")
    if isinstance(pl, dict) and ANSWER_KEY in pl:
        del pl[ANSWER_KEY]
        if not pl:
            del metadata["peerlearn"]
        return 1
    return 0


def student_version(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    clear_outputs: bool = True,
) -> StudentVersion:
    """Write a student version of the notebook ``in_path`` to ``out_path``; return what was done.

    Raises ``FileNotFoundError`` when ``in_path`` does not exist, ``ValueError`` when
    ``out_path`` is the same file, and :class:`ExerciseError` when ``in_path`` is not a
    notebook (with the line of a JSON error).
    """
    src, dst = Path(in_path), Path(out_path)
    file = str(src)
    if not src.is_file():
        raise FileNotFoundError(f"no notebook at {src}")
    if dst.is_dir():
        raise IsADirectoryError(f"{dst} is a folder; give the student notebook's file name")
    same = dst.resolve() == src.resolve() or (dst.exists() and os.path.samefile(src, dst))
    if same:
        raise ValueError(
            f"refusing to write the student version over the source notebook {src}: "
            "instructors keep one source notebook, so give a different OUT path"
        )
    try:
        nb = json.loads(src.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as e:
        raise _problem(file, f"not UTF-8 text (byte {e.start}); is it a notebook?") from None
    except json.JSONDecodeError as e:
        raise _problem(file, f"not a notebook: invalid JSON ({e.msg})", e.lineno) from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise _problem(file, 'not a Jupyter notebook: expected a JSON object with a "cells" list')
    if nb.get("nbformat") != 4:
        raise _problem(
            file, f"nbformat {nb.get('nbformat')!r} is not supported; expected a version 4 notebook"
        )
    kept: list[Any] = []
    removed: list[int] = []
    stripped = _strip_key(nb.get("metadata"))
    cleared = 0
    problems: list[Problem] = []
    for i, cell in enumerate(nb["cells"]):
        if not isinstance(cell, dict):
            problems.append(Problem(file, None, f"cell {i}", None, "expected a cell (an object)"))
            continue
        meta = cell.get("metadata")
        tags = meta.get("tags", []) if isinstance(meta, dict) else []
        if isinstance(tags, list) and any(t in REMOVE_TAGS for t in tags if isinstance(t, str)):
            removed.append(i)
            continue
        stripped += _strip_key(meta)
        if clear_outputs and cell.get("cell_type") == "code":
            if cell.get("outputs") or cell.get("execution_count") is not None:
                cleared += 1
            cell["outputs"] = []
            cell["execution_count"] = None
        kept.append(cell)
    if problems:
        raise ExerciseError(problems, what=file)
    nb["cells"] = kept
    if clear_outputs and isinstance(nb.get("metadata"), dict):
        nb["metadata"].pop("widgets", None)  # saved widget state can hold answers
    text = json.dumps(nb, ensure_ascii=False, indent=1) + "\n"
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, dst)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return StudentVersion(dst, src, tuple(removed), stripped, cleared)
