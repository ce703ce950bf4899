"""Handing in and combining: a learner's copy to hand in, and the instructor's class table.

:func:`export` writes a copy of a progress file (with the learner's name if given);
:func:`combine` reads a class's copies into one table (learner × mechanism mastery), skipping,
with a warning, any file it cannot read; :func:`hardest` ranks the mechanisms the class finds
hardest.

Room: :mod:`peerlearn.progress`, above :mod:`.views`, :mod:`.records` and :mod:`.store`. Imports
those, the standard library and pandas inside functions; never exercises, widgets or cli.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import valid_records
from .store import ProgressFileError, ProgressWarning, now, parse, read, resolve_path, write
from .views import mastery_rows, mechanism_names

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["combine", "export", "hardest"]

#: Files bigger than this are not read by :func:`combine` (a learner's record is far smaller).
MAX_COMBINE_BYTES = 50 * 1024 * 1024


def export(
    path: str | os.PathLike[str],
    *,
    learner: str | None = None,
    source: str | os.PathLike[str] | None = None,
) -> Path:
    """Write a copy of the progress record to ``path`` (to hand in); return the path.

    ``learner`` puts a name in the copy (the instructor's class table shows it); ``source`` is
    the progress file to copy (default: the learner's own).
    """
    src = resolve_path(source)
    target = Path(path).expanduser()
    if target.exists() and src.exists() and os.path.samefile(target, src):
        raise ValueError(f"{target} is the live progress file itself; export to another file")
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give a file name such as my-progress.json")
    doc = read(src)
    out = dict(doc)
    out["records"] = list(doc["records"])
    if learner is not None:
        out["learner"] = str(learner)
    out["exported"] = now()
    target.parent.mkdir(parents=True, exist_ok=True)
    write(target, out)
    return target


def _expand(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p).expanduser()
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def combine(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, kb: Any = None
) -> pd.DataFrame:
    """A class table from learners' exported files (or a folder of them).

    One row per learner (the name in the file, else the file name), one column per mechanism,
    values the learner's mastery (NaN where not attempted). Files that cannot be read are
    skipped with a :class:`ProgressWarning` naming them; ``df.attrs["skipped"]`` lists them.
    :func:`hardest` and :func:`plot` show which mechanisms the class finds hardest.
    """
    import pandas as pd

    names = mechanism_names(kb)
    rows: dict[str, dict[str, float]] = {}
    files: dict[str, str] = {}
    skipped: list[tuple[str, str]] = []
    for p in _expand(paths):
        try:
            if p.stat().st_size > MAX_COMBINE_BYTES:
                raise ProgressFileError(f"{p} is larger than {MAX_COMBINE_BYTES:,} bytes")
            doc = parse(p.read_bytes(), str(p))
        except (OSError, ProgressFileError) as e:
            reason = str(e)
            skipped.append((str(p), reason))
            warnings.warn(f"skipped {p}: {reason}", ProgressWarning, stacklevel=2)
            continue
        recs = valid_records(doc["records"], str(p))
        learner = doc.get("learner") if isinstance(doc.get("learner"), str) else None
        learner = (learner or p.stem).strip() or p.stem
        if learner in rows:
            learner = f"{learner} ({p.name})"
        rows[learner] = {r["mechanism"]: r["mastery"] for r in mastery_rows(recs, names)}
        files[learner] = str(p)
    columns = list(names) + sorted({m for r in rows.values() for m in r} - set(names))
    df = pd.DataFrame.from_dict(rows, orient="index", columns=columns, dtype=float)
    df.index.name = "learner"
    df.columns.name = "mechanism"
    df.attrs.update(peerlearn="class", skipped=skipped, files=files, names=dict(names))
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
