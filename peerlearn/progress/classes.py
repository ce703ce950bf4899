"""Handing in and combining: a learner's copy to hand in, and the instructor's class table.

:func:`export` writes a copy of a progress record to hand in: with the learner's name, without
reflections unless the learner chooses to include them (``include_reflections=True``), with a
checksum of its records, readable by the instructor on a shared server (mode ``0644``,
:data:`EXPORT_MODE`). :func:`combine` reads a class's hand-ins into one table (learner ×
mechanism mastery): it reads without locking (no ``.lock`` files are left in the hand-in
folder), skips with a :class:`ProgressWarning` anything that is not a hand-in (a live
``progress.json``, a foreign or tampered file), and counts a learner's resubmission once (the
latest export wins). :func:`hardest` ranks the mechanisms the class finds hardest. For a class
gradebook that keeps every hand-in and scores answers with the keys, see
:mod:`peerlearn.gradebook`.

Room: :mod:`peerlearn.progress`, above :mod:`.views`, :mod:`.records` and :mod:`.store`. Imports
those, the standard library and pandas inside functions; never exercises, widgets or cli.

>>> import json, pathlib, tempfile
>>> from peerlearn.progress.records import record
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = record("reflection", set_id="s", exercise_id="r1", answer="private", path=d / "p.json")
>>> out = export(d / "hand-in" / "ana.json", learner="Ana", source=d / "p.json")
>>> json.loads(out.read_text())["records"], oct(out.stat().st_mode & 0o777)
([], '0o644')
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import valid_records
from .store import ProgressFileError, ProgressWarning, now, read, read_file, resolve_path, write
from .views import mastery_rows, mechanism_names

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["EXPORT_MODE", "checksum", "combine", "export", "hardest", "read_handin"]

#: Files bigger than this are not read by :func:`combine` (a learner's record is far smaller).
MAX_COMBINE_BYTES = 50 * 1024 * 1024
#: Hand-ins are written readable by everyone on the machine (an instructor on a shared server
#: reads them), writable only by the learner. Change it afterwards with ``chmod`` if you must.
EXPORT_MODE = 0o644


def checksum(doc: Mapping[str, Any]) -> str:
    """The SHA-256 of a hand-in's learner name and records (canonical JSON).

    It shows that a file was changed after export by hand or by a tool that does not know to
    update it; a learner who reads this code can recompute it, so the gradebook also re-scores
    every answer with the instructor's keys (:mod:`peerlearn.gradebook`).

    >>> checksum({"learner": "Ana", "records": []})[:12]
    '5ccbb486c360'
    """
    body = {"learner": doc.get("learner"), "records": doc.get("records", [])}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def export(
    path: str | os.PathLike[str],
    *,
    learner: str | None = None,
    source: str | os.PathLike[str] | None = None,
    include_reflections: bool = False,
) -> Path:
    """Write a copy of the progress record to ``path`` (to hand in); return the path.

    ``learner`` puts a name in the copy (the instructor's class table and gradebook show it;
    a resubmission under the same name replaces the earlier one); ``source`` is the progress
    file to copy (default: the learner's own). Reflections are private: they are left out
    unless ``include_reflections=True`` (the copy says how many were left out). The file is
    written atomically with mode :data:`EXPORT_MODE` (``0644``).
    """
    src = resolve_path(source)
    target = Path(path).expanduser()
    same = os.path.abspath(target) == os.path.abspath(src)  # (a lock-free record has no file)
    if same or (target.exists() and src.exists() and os.path.samefile(target, src)):
        raise ValueError(f"{target} is the live progress file itself; export to another file")
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give a file name such as my-progress.json")
    doc = read(src)
    recs = list(doc["records"])
    kept = [r for r in recs if include_reflections or _event(r) != "reflection"]
    out = {k: v for k, v in doc.items() if k != "records"}
    if learner is not None:
        out["learner"] = str(learner)
    out["records"] = kept
    out["exported"] = now()
    out["reflections_included"] = bool(include_reflections)
    out["reflections_left_out"] = len(recs) - len(kept)
    out["checksum"] = checksum(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    write(target, out)
    os.chmod(target, EXPORT_MODE)
    return target


def _event(r: Any) -> Any:
    return r.get("event") if isinstance(r, dict) else None


def read_handin(path: str | os.PathLike[str], *, max_bytes: int = MAX_COMBINE_BYTES) -> dict:
    """A hand-in made by :func:`export`, read without locking or writing anything.

    Raises :class:`ProgressFileError` saying why a file is not a hand-in: not a progress file
    (foreign), a live progress file (no ``exported`` time), or changed after export (its
    checksum does not match); :class:`OSError` when it cannot be read.
    """
    p = Path(path)
    doc = read_file(p, max_bytes=max_bytes)
    if not isinstance(doc.get("exported"), str):
        raise ProgressFileError(
            f"{p} is not a hand-in: it has no 'exported' time, so it looks like a learner's live "
            "progress file; hand in the copy made by peerlearn.progress.export(path, learner=...)"
        )
    stored = doc.get("checksum")
    if stored is not None and stored != checksum(doc):
        raise ProgressFileError(
            f"{p} was changed after it was exported (its checksum does not match its records); "
            "ask the learner to export it again"
        )
    return doc


def _expand(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p).expanduser()
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def _unknown_mechanism(recs: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> str | None:
    if not names:
        return None
    for i, r in enumerate(recs):
        ids = [*r.get("mechanisms", []), *(r.get("by_mechanism") or {})]
        bad = [m for m in ids if m not in names]
        if bad:
            return (
                f"record {i} names the mechanism {bad[0]!r}, which is not in the knowledge base "
                f"(valid: {', '.join(names)})"
            )
    return None


def combine(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, kb: Any = None
) -> pd.DataFrame:
    """A class table from learners' hand-ins (files made by :func:`export`, or a folder of them).

    One row per learner (the name in the file, else the file name), one column per mechanism,
    values the learner's mastery (NaN where not attempted). A learner who handed in twice is
    counted once: the latest export (``df.attrs["superseded"]`` lists the others). Files that
    are not hand-ins, or cannot be read, or name a mechanism the knowledge base does not know,
    are skipped with a :class:`ProgressWarning` naming them (``df.attrs["skipped"]``: file and
    reason). Nothing is written, locked or moved in the hand-in folder.
    """
    import pandas as pd

    names = mechanism_names(kb)
    chosen: dict[str, tuple[str, Path, list[dict[str, Any]]]] = {}
    skipped: list[tuple[str, str]] = []
    superseded: list[str] = []

    def skip(p: Path, reason: str) -> None:
        skipped.append((str(p), reason))
        warnings.warn(f"skipped {p}: {reason}", ProgressWarning, stacklevel=3)

    for p in _expand(paths):
        try:
            doc = read_handin(p)
        except (OSError, ProgressFileError) as e:
            skip(p, str(e))
            continue
        recs = valid_records(doc["records"], str(p))
        bad = _unknown_mechanism(recs, names)
        if bad:
            skip(p, bad)
            continue
        learner = doc.get("learner") if isinstance(doc.get("learner"), str) else None
        learner = (learner or p.stem).strip() or p.stem
        earlier = chosen.get(learner)
        if earlier is not None and earlier[0] >= doc["exported"]:
            superseded.append(str(p))
            continue
        if earlier is not None:
            superseded.append(str(earlier[1]))
        chosen[learner] = (doc["exported"], p, recs)
    rows = {
        learner: {r["mechanism"]: r["mastery"] for r in mastery_rows(recs, names)}
        for learner, (_, _, recs) in chosen.items()
    }
    columns = list(names) + sorted({m for r in rows.values() for m in r} - set(names))
    df = pd.DataFrame.from_dict(rows, orient="index", columns=columns, dtype=float)
    df.index.name = "learner"
    df.columns.name = "mechanism"
    files = {learner: str(p) for learner, (_, p, _) in chosen.items()}
    df.attrs.update(
        peerlearn="class", skipped=skipped, files=files, names=dict(names), superseded=superseded
    )
    return df


def hardest(class_table: pd.DataFrame) -> pd.DataFrame:
    """Per mechanism: the class's mean mastery and how many learners attempted it, hardest first."""
    import pandas as pd

    names = class_table.attrs.get("names", {})
    out = pd.DataFrame(
        {
            "name": [names.get(m, m) for m in class_table.columns],
            "mean_mastery": class_table.mean(axis=0, skipna=True).to_numpy(),
            "learners": class_table.notna().sum(axis=0).to_numpy(),
        },
        index=pd.Index(class_table.columns, name="mechanism"),
    )
    return out.sort_values("mean_mastery", na_position="last", kind="stable")
