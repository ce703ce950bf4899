"""Student versions of notebooks: instructors keep one source notebook with the answers in it.

:func:`student_version` copies ``IN.ipynb`` to ``OUT.ipynb`` and leaves out what is *certainly*
an answer, the way nbgrader's ``ClearSolutions`` / ``ClearHiddenTests`` and otter-assign do:

- cells tagged as solutions, in any case, singular or plural, with ``-``, ``_`` or a space:
  ``solution``, ``Solution``, ``SOLUTIONS``, ``answer-key``, ``answer_key``, ``Answer Key``,
  ``answer``, ``hidden-tests``... (:data:`REMOVE_TAGS`, compared after :func:`normalise_tag`);
- ``### BEGIN SOLUTION`` ... ``### END SOLUTION`` regions (any number of ``#``, any case), each
  replaced by nbgrader's stub (``# YOUR CODE HERE`` / ``raise NotImplementedError()`` in code,
  ``YOUR ANSWER HERE`` in Markdown); otter's ``x = 2 # SOLUTION`` lines become ``x = ...``;
- ``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS`` regions (and otter's ``# BEGIN TESTS``
  ... ``# END TESTS``), removed;
- cells nbgrader marks as solutions (``metadata.nbgrader.solution``) without a region: the whole
  source becomes the stub, as nbgrader does;
- otter's ``x = 2 # SOLUTION NO PROMPT`` lines and ``# BEGIN SOLUTION NO PROMPT`` regions,
  removed with no stub; nbgrader's ``=== BEGIN MARK SCHEME ===`` ... ``=== END MARK SCHEME ===``
  regions, removed;
- metadata as an *allow-list* (:data:`NOTEBOOK_METADATA`, :data:`CELL_METADATA`): anything else
  is left out, whatever it is called; answer keys inside what is kept (keys named
  ``answer_key``, ``answers``, ``solution``, ``correct_answer``... see :data:`KEY_NAMES`) are
  removed at any depth, inside lists too; the *code* of a cell whose metadata held a key is
  replaced by the stub too, since it usually shows the answer;
- attachments no kept text refers to (``attachment:NAME``), such as an image inside a solution
  region;
- (by default) outputs, execution counts and saved widget state, which can show answers.

Anything that looks like a solution but is not certainly one (a tag such as ``sol`` or
``instructor-notes``, a metadata key such as ``rubric``, a ``BEGIN SOLUTION`` without its end, a
Markdown line ``**Answer:**``, a line of removed solution text that also appears elsewhere) is
*reported*, and nothing is written unless ``allow_uncertain=True`` (``--allow-uncertain``).

It never writes over ``IN`` (``OUT`` naming the same file is refused) and writes ``OUT``
atomically. The command line is ``peerlearn student-version IN.ipynb OUT.ipynb``.
Imports: the standard library, :mod:`peerlearn.errors`, :mod:`peerlearn._locate` (line numbers
for the report) and the model (for its error type).

>>> import json, pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
...     {"cell_type": "markdown", "metadata": {}, "source": "Question"},
...     {"cell_type": "markdown", "metadata": {"tags": ["Solutions"]}, "source": "Answer"},
...     {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
...      "source": "def f():\\n    ### BEGIN SOLUTION\\n    return 42\\n    ### END SOLUTION"}]}
>>> _ = (d / "in.ipynb").write_text(json.dumps(nb))
>>> print(student_version(d / "in.ipynb", d / "out.ipynb"))  # doctest: +ELLIPSIS
wrote .../out.ipynb: removed 1 cell (tagged as a solution); replaced 1 solution region...
>>> [c["source"] for c in json.loads((d / "out.ipynb").read_text())["cells"]]
['Question', 'def f():\\n    # YOUR CODE HERE\\n    raise NotImplementedError()']
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerlearn._safefiles import write_file
from peerlearn.errors import Problem

from .model import ExerciseError

__all__ = [
    "CELL_METADATA",
    "NOTEBOOK_METADATA",
    "REMOVE_TAGS",
    "StudentVersion",
    "normalise_tag",
    "student_version",
]

#: Cells with any of these tags (after :func:`normalise_tag`) are removed.
REMOVE_TAGS = frozenset({"solution", "answerkey", "answer", "modelanswer", "hiddentest"})
#: Metadata keys (after :func:`normalise_tag`) that certainly hold an answer key; removed.
KEY_NAMES = frozenset(
    {"answerkey", "answer", "solution", "correctanswer", "modelanswer", "hiddentest", "key"}
)
#: Words that make a tag or metadata key look like a solution without being certainly one.
SUSPECT_WORDS = frozenset(
    {
        "answer", "answers", "solution", "solutions", "sol", "soln", "key", "keys", "hidden",
        "instructor", "instructors", "teacher", "rubric", "grading", "marking", "correct",
        "secret", "tests", "test",
    }
)  # fmt: skip
#: The metadata key (under ``peerlearn``) that holds an answer key (kept for older callers).
ANSWER_KEY = "answer_key"
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"

_MARK = r"^(?P<indent>\s*)(?:#+|//+|%+|<!--)?\s*{what}\s*(?:-->)?\s*$"
_BEGIN_SOL = re.compile(_MARK.format(what=r"BEGIN\s+SOLUTION(?P<noprompt>\s+NO\s+PROMPT)?"), re.I)
_END_SOL = re.compile(_MARK.format(what=r"END\s+SOLUTION"), re.I)
_BEGIN_TESTS = re.compile(_MARK.format(what=r"BEGIN\s+(?:HIDDEN\s+)?TESTS"), re.I)
_END_TESTS = re.compile(_MARK.format(what=r"END\s+(?:HIDDEN\s+)?TESTS"), re.I)
#: nbgrader's mark scheme in a task cell (``=== BEGIN MARK SCHEME ===``), removed as nbgrader does
_BEGIN_SCHEME = re.compile(_MARK.format(what=r"=+\s*BEGIN\s+MARK\s+SCHEME\s*=+"), re.I)
_END_SCHEME = re.compile(_MARK.format(what=r"=+\s*END\s+MARK\s+SCHEME\s*=+"), re.I)
_INLINE_SOL = re.compile(
    r"^(?P<indent>\s*)(?P<code>.*?)\s*#\s*SOLUTION(?P<noprompt>\s+NO\s+PROMPT)?\s*$", re.I
)
_LEFTOVER = re.compile(r"\b(?:BEGIN|END)\s+(?:HIDDEN\s+)?(?:SOLUTION|TESTS?|MARK\s+SCHEME)\b", re.I)
#: any other otter-style ``# SOLUTION ...`` comment in code (upper case, as otter writes it)
_OTTER_LEFT = re.compile(r"#\s*SOLUTION\b")
_ATTACHMENT = re.compile(r"attachment:([^\s)\"'>]+)")
#: Metadata a student version may keep (an allow-list: anything else is left out, whatever its
#: name), per level. What is kept is still searched for answer keys at any depth.
CELL_METADATA = frozenset(
    {"tags", "nbgrader", "editable", "deletable", "collapsed", "scrolled", "jupyter",
     "slideshow", "name", "format", "raw_mimetype", "execution"}
)  # fmt: skip
NOTEBOOK_METADATA = frozenset(
    {"kernelspec", "language_info", "widgets", "nbgrader", "jupytext", "title", "authors",
     "toc", "celltoolbar"}
)  # fmt: skip
_ANSWER_LINE = re.compile(
    r"^\s*(?:#{1,6}\s*|\*\*|__)?(?:model\s+|worked\s+)?(?:solution|answer(?:\s+key)?)s?"
    r"\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*(?:$|:)",
    re.I,
)
_ANSWER_NAME = re.compile(r"^\s*(?:solution|answer|answer_key|answers|solutions)\s*=", re.I)


def normalise_tag(tag: str) -> str:
    """A tag or key as compared: lower case, no ``-``/``_``/spaces/dots, no plural ``s``.

    >>> [normalise_tag(t) for t in ("Solution", "SOLUTIONS", "answer_key", "Answer-Keys")]
    ['solution', 'solution', 'answerkey', 'answerkey']
    """
    t = re.sub(r"[\s_\-.]+", "", tag.casefold())
    return t[:-1] if len(t) > 3 and t.endswith("s") else t


def _words(name: str) -> set[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    return {w.casefold() for w in re.split(r"[^A-Za-z]+", spaced) if w}


@dataclass(frozen=True)
class StudentVersion:
    """What :func:`student_version` did: the file written and what it left out."""

    path: Path
    source: Path
    removed_cells: tuple[int, ...]
    stripped_keys: int
    cleared_outputs: int
    stubbed_regions: int = 0
    removed_tests: int = 0
    stubbed_cells: tuple[int, ...] = ()
    uncertain: tuple[Problem, ...] = field(default=())
    removed_schemes: int = 0
    dropped_metadata: int = 0
    removed_attachments: int = 0

    def __str__(self) -> str:
        n = len(self.removed_cells)
        text = (
            f"wrote {self.path}: removed {n} cell{'s' if n != 1 else ''} (tagged as a solution); "
            f"replaced {self.stubbed_regions} solution region"
            f"{'s' if self.stubbed_regions != 1 else ''} and {len(self.stubbed_cells)} "
            "solution cell(s) with a stub; removed "
            f"{self.removed_tests} hidden-test region(s); stripped {self.stripped_keys} answer "
            f"key(s) from metadata; cleared the outputs of {self.cleared_outputs} code cell(s)"
        )
        extra = [
            (self.removed_schemes, "mark-scheme region(s) removed"),
            (self.dropped_metadata, "metadata entr(ies) not on the allow-list left out"),
            (self.removed_attachments, "attachment(s) no kept text refers to left out"),
        ]
        text += "".join(f"; {n} {what}" for n, what in extra if n)
        if self.uncertain:
            text += f"; kept {len(self.uncertain)} uncertain item(s) (allowed):\n" + "\n".join(
                f"  {p}" for p in self.uncertain
            )
        return text


def _problem(file: str, message: str, line: int | None = None) -> ExerciseError:
    return ExerciseError([Problem(file, line, None, None, message)], what=file)


def _text(source: Any) -> str:
    if isinstance(source, list):
        return "".join(s for s in source if isinstance(s, str))
    return source if isinstance(source, str) else ""


class _Cell:
    """The work on one cell: regions replaced, keys stripped, what was certain and uncertain."""

    def __init__(self, index: int, cell: dict[str, Any], report: _Report) -> None:
        self.i, self.cell, self.report = index, cell, report
        self.code = cell.get("cell_type") == "code"

    def where(self) -> str:
        cid = self.cell.get("id")
        return f"cell {self.i}" + (f" (id {cid})" if isinstance(cid, str) else "")

    def regions(self, text: str) -> str:
        """Replace solution regions with the stub and drop hidden-test regions."""
        out: list[str] = []
        lines = text.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            for begin, end, stub in (
                (_BEGIN_SOL, _END_SOL, True),
                (_BEGIN_TESTS, _END_TESTS, False),
                (_BEGIN_SCHEME, _END_SCHEME, None),
            ):
                m = begin.match(line)
                if not m:
                    continue
                if stub and m.groupdict().get("noprompt"):
                    stub = None  # otter's "NO PROMPT": the region goes, with no stub
                j = next((k for k in range(i + 1, len(lines)) if end.match(lines[k])), None)
                if j is None:
                    self.report.uncertain(self, f"line {i + 1}: {line.strip()!r} has no end marker")
                    self.report.secret(lines[i + 1 :])
                    lines = lines[: i + 1]
                    out.append(m.group("indent") + (CODE_STUB if self.code else TEXT_STUB))
                    i = len(lines)
                    break
                self.report.secret(lines[i + 1 : j])
                if stub:
                    indent = m.group("indent")
                    stub_text = CODE_STUB if self.code else TEXT_STUB
                    out.extend(indent + s for s in stub_text.split("\n"))
                    self.report.regions += 1
                elif stub is None and begin is _BEGIN_SOL:
                    self.report.regions += 1
                elif stub is None:
                    self.report.schemes += 1
                else:
                    self.report.tests += 1
                i = j + 1
                break
            else:
                inline = _INLINE_SOL.match(line) if self.code else None
                if inline:
                    self.report.secret([line])
                    code = inline.group("code")
                    lhs = code.split("=", 1)[0].rstrip() + " = ..." if "=" in code else "..."
                    if not inline.group("noprompt"):  # otter's "NO PROMPT": the line goes
                        out.append(inline.group("indent") + lhs)
                    self.report.regions += 1
                else:
                    out.append(line)
                i += 1
        return "\n".join(out)


class _Report:
    """Counts, uncertain items and the text taken out (to look for it again afterwards)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.regions = self.tests = self.keys = self.schemes = self.dropped = 0
        self.attachments = 0
        self.problems: list[tuple[int | None, str, str]] = []
        self.secrets: set[str] = set()

    def uncertain(self, where: _Cell | None, message: str) -> None:
        self.problems.append(
            (where.i if where else None, where.where() if where else "notebook", message)
        )

    def secret(self, lines: Any) -> None:
        for line in lines if isinstance(lines, list) else [lines]:
            s = " ".join(str(line).split())
            if len(s) >= 12 and not _LEFTOVER.search(s):
                self.secrets.add(s)


def _strip_keys(
    meta: Any,
    report: _Report,
    where: _Cell | None,
    path: str = "metadata",
    keep: Any = None,
    quiet: bool = False,
) -> int:
    """Remove answer keys from a metadata dict (any depth, lists too); report suspicious keys
    among those kept (``keep``: the top level's allow-list; the rest is left out anyway, so it
    is searched ``quiet``-ly: keys found, nothing reported as uncertain)."""
    if isinstance(meta, list):
        return sum(
            _strip_keys(v, report, where, f"{path}[{i}]", quiet=quiet) for i, v in enumerate(meta)
        )
    if not isinstance(meta, dict):
        return 0
    n = 0
    for key in list(meta):
        value = meta[key]
        if not isinstance(key, str):
            continue
        here = f"{path}.{key}"
        if key == "nbgrader":  # nbgrader's own flags ("solution": true) are not answers
            continue
        if key == "tags":
            continue
        if normalise_tag(key) in KEY_NAMES:
            report.secret(_flatten(value))
            del meta[key]
            n += 1
            continue
        dropped = quiet or (keep is not None and key not in keep)  # left out whole by _allow
        if _words(key) & SUSPECT_WORDS and not dropped:
            report.uncertain(where, f"{here} looks like it may hold an answer (not removed)")
        n += _strip_keys(value, report, where, here, quiet=dropped)
        if key == "peerlearn" and isinstance(meta.get(key), dict) and not meta[key]:
            del meta[key]
    return n


def _allow(meta: Any, allowed: frozenset[str], report: _Report) -> None:
    """Keep only the allowed metadata keys (the rest is left out and counted)."""
    if isinstance(meta, dict):
        for key in [k for k in meta if k not in allowed]:
            meta.pop(key)
            report.dropped += 1


def _attachments(cell: dict[str, Any], report: _Report) -> None:
    """Keep only the attachments the kept text refers to (``attachment:NAME``)."""
    att = cell.get("attachments")
    if not isinstance(att, dict):
        return
    used = set(_ATTACHMENT.findall(_text(cell.get("source"))))
    for name in [n for n in att if n not in used]:
        del att[name]
        report.attachments += 1
    if not att:
        del cell["attachments"]


def _flatten(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_flatten(v))]
    if isinstance(value, list):
        return [s for v in value for s in _flatten(v)]
    return [str(value)]


def _tags(cell: dict[str, Any]) -> list[str]:
    meta = cell.get("metadata")
    tags = meta.get("tags", []) if isinstance(meta, dict) else []
    return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []


def _parse(src: Path) -> tuple[dict[str, Any], str]:
    file = str(src)
    try:
        raw = src.read_bytes().decode("utf-8")
        nb = json.loads(raw)
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
    bad = [
        Problem(file, None, f"cell {i}", None, "expected a cell (an object)")
        for i, c in enumerate(nb["cells"])
        if not isinstance(c, dict)
    ]
    if bad:
        raise ExerciseError(bad, what=file)
    return nb, raw


def _clean(nb: dict[str, Any], report: _Report, clear_outputs: bool) -> dict[str, Any]:
    """Do the work on the parsed notebook; return the counts for :class:`StudentVersion`."""
    report.keys += _strip_keys(nb.get("metadata"), report, None, keep=NOTEBOOK_METADATA)
    _allow(nb.get("metadata"), NOTEBOOK_METADATA, report)
    kept: list[Any] = []
    removed: list[int] = []
    stubbed: list[int] = []
    cleared = 0
    for i, cell in enumerate(nb["cells"]):
        c = _Cell(i, cell, report)
        tags = _tags(cell)
        if any(normalise_tag(t) in REMOVE_TAGS for t in tags):
            removed.append(i)
            report.secret(_text(cell.get("source")).split("\n"))
            continue
        for t in tags:
            if _words(t) & SUSPECT_WORDS or normalise_tag(t) in {"sol", "soln", "key"}:
                report.uncertain(c, f"tag {t!r} looks like a solution tag (cell kept)")
        keys = _strip_keys(cell.get("metadata"), report, c, keep=CELL_METADATA)
        report.keys += keys
        text = _text(cell.get("source"))
        before = report.regions
        new = c.regions(text)
        nbg = (
            cell.get("metadata", {}).get("nbgrader")
            if isinstance(cell.get("metadata"), dict)
            else None
        )
        is_solution = isinstance(nbg, dict) and nbg.get("solution") is True
        if (keys or is_solution) and report.regions == before and cell.get("cell_type") != "raw":
            report.secret(text.split("\n"))
            new = CODE_STUB if c.code else TEXT_STUB
            stubbed.append(i)
        if new != text:
            cell["source"] = new
        _allow(cell.get("metadata"), CELL_METADATA, report)
        _attachments(cell, report)
        for n, line in enumerate(new.split("\n"), 1):
            if _LEFTOVER.search(line) or (c.code and _OTTER_LEFT.search(line)):
                report.uncertain(c, f"line {n}: {line.strip()!r} looks like a solution marker")
            elif not c.code and _ANSWER_LINE.match(line):
                report.uncertain(c, f"line {n}: {line.strip()!r} looks like an answer heading")
            elif c.code and _ANSWER_NAME.match(line):
                report.uncertain(c, f"line {n}: {line.strip()!r} looks like an answer in code")
        if clear_outputs and c.code:
            if cell.get("outputs") or cell.get("execution_count") is not None:
                cleared += 1
            cell["outputs"] = []
            cell["execution_count"] = None
        kept.append(cell)
    nb["cells"] = kept
    if clear_outputs and isinstance(nb.get("metadata"), dict):
        nb["metadata"].pop("widgets", None)  # saved widget state can hold answers
    return {"removed": tuple(removed), "stubbed": tuple(stubbed), "cleared": cleared}


def _echoes(nb: dict[str, Any], report: _Report) -> None:
    """Report removed solution text that still appears in a kept cell (or in an output)."""
    if not report.secrets:
        return
    for i, cell in enumerate(nb["cells"]):
        blob = " ".join(json.dumps(cell, ensure_ascii=False).replace("\\n", " ").split()).casefold()
        for s in sorted(report.secrets):
            if json.dumps(s, ensure_ascii=False)[1:-1].casefold() in blob:
                c = _Cell(i, cell, report)
                report.uncertain(c, f"text taken out as a solution also appears here: {s[:60]!r}")
                break


def student_version(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    clear_outputs: bool = True,
    allow_uncertain: bool = False,
    overwrite: bool = False,
) -> StudentVersion:
    """Write a student version of the notebook ``in_path`` to ``out_path``; return what was done.

    Raises ``FileNotFoundError`` when ``in_path`` does not exist, ``ValueError`` when
    ``out_path`` is the same file, and :class:`ExerciseError` when ``in_path`` is not a
    notebook (with the line of a JSON error) or when something looks like a solution but is not
    certainly one (each named with its cell, line and why; pass ``allow_uncertain=True`` to
    write the file anyway, listing them in the report). Nothing is written when it raises.

    ``out_path`` must be a new file unless ``overwrite=True`` (``--force``), which replaces a
    regular file there atomically; a symlink (or a FIFO...) at ``out_path`` or as its folder is
    always refused, so nothing outside that folder is written.
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
    nb, raw = _parse(src)
    report = _Report(file)
    done = _clean(nb, report, clear_outputs)
    _echoes(nb, report)
    problems = _problems(report, raw)
    if problems and not allow_uncertain:
        hint = Problem(
            file, None, None, None,
            "nothing was written: take these out of the source notebook, tag them as a "
            "solution, or pass allow_uncertain=True (peerlearn student-version "
            "--allow-uncertain) to keep them",
        )  # fmt: skip
        raise ExerciseError([*problems, hint], what=file)
    text = json.dumps(nb, ensure_ascii=False, indent=1) + "\n"
    how = "pass overwrite=True (peerlearn student-version --force)"
    # mode 0644: a student version is for sharing
    write_file(dst, text, overwrite=overwrite, mode=0o644, create=True, how_to_replace=how)
    return StudentVersion(
        dst,
        src,
        done["removed"],
        report.keys,
        done["cleared"],
        stubbed_regions=report.regions,
        removed_tests=report.tests,
        stubbed_cells=done["stubbed"],
        uncertain=tuple(problems),
        removed_schemes=report.schemes,
        dropped_metadata=report.dropped,
        removed_attachments=report.attachments,
    )


def _problems(report: _Report, raw: str) -> list[Problem]:
    if not report.problems:
        return []
    lines: Any = None
    try:
        from peerlearn._locate import Lines

        lines = Lines(raw)
    except Exception:  # line numbers are a help, never a reason to fail
        lines = None

    def line_of(i: int | None) -> int | None:
        if lines is None:
            return None
        return lines.of(["cells", i] if i is not None else ["metadata"])

    seen: set[tuple[int | None, str]] = set()
    out = []
    for i, where, message in report.problems:
        if (i, message) in seen:
            continue
        seen.add((i, message))
        out.append(Problem(report.file, line_of(i), where, None, message))
    return out
