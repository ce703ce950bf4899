"""Copy the course notebooks that ship with peerlearn into a learner's folder (``course`` room).

The wheel carries the course: ``setup.py`` copies the repository's ``notebooks/`` folder into the
package as ``peerlearn/_course/`` at build time. In a source checkout (an editable install) the
notebooks are read from the checkout's ``notebooks/`` folder instead.

    peerlearn course DEST                 # the learners' notebooks
    peerlearn course DEST --instructor    # and the instructors' notebooks (DEST/instructors/)
    peerlearn course DEST --force         # overwrite copies the learner has changed

A copy is never overwritten without asking: a file already in DEST that differs from the course's
version is the learner's edited copy; it is left alone and reported (``--force`` overwrites it).
Files that are already identical are left as they are; new files are copied.

This room imports only the standard library and the rooms below it (nothing of its own yet).
"""

from __future__ import annotations

import filecmp
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CopyReport", "copy_course", "source"]

_INSTRUCTORS = "instructors"
_SKIP = {".ipynb_checkpoints", "__pycache__"}


def source() -> Path:
    """The folder the course notebooks are read from (inside the package, or the checkout's)."""
    here = Path(__file__).resolve().parent
    packaged = here / "_course"
    if packaged.is_dir():
        return packaged
    checkout = here.parent / "notebooks"
    if checkout.is_dir() and (here.parent / "pyproject.toml").is_file():
        return checkout
    msg = (
        "the course notebooks are not installed with this copy of peerlearn "
        f"(neither {packaged} nor a source checkout's notebooks/ folder exists)"
    )
    raise FileNotFoundError(msg)


@dataclass
class CopyReport:
    """What :func:`copy_course` did, file by file (paths relative to the destination)."""

    dest: Path
    copied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the learner's edited copies, left alone
    overwritten: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"{self.dest}: {len(self.copied)} copied, {len(self.unchanged)} already up to date"
            + (f", {len(self.overwritten)} overwritten" if self.overwritten else "")
            + (f", {len(self.kept)} kept (changed by you)" if self.kept else "")
        ]
        out += [
            f"  kept {p} (it differs from the course's copy; --force overwrites)" for p in self.kept
        ]
        out += [f"  overwrote {p}" for p in self.overwritten]
        return out


def _files(root: Path, instructor: bool) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in _SKIP and (instructor or rel_dir != Path(".") or d != _INSTRUCTORS)
        )
        found += [rel_dir / f for f in sorted(filenames) if not f.startswith(".")]
    return found


def copy_course(
    dest: str | os.PathLike[str], *, instructor: bool = False, force: bool = False
) -> CopyReport:
    """Copy the course into ``dest`` (created if needed); never overwrite an edited copy unless
    ``force``.

    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> r = copy_course(d)
    >>> "00_start_here.ipynb" in r.copied, any(p.startswith("instructors") for p in r.copied)
    (True, False)
    >>> _ = (Path(d) / "00_start_here.ipynb").write_text("{}")
    >>> r = copy_course(d)
    >>> r.kept, r.copied
    (['00_start_here.ipynb'], [])
    """
    src, out = source(), Path(dest)
    report = CopyReport(dest=out)
    for rel in _files(src, instructor):
        target = out / rel
        key = rel.as_posix()
        if target.exists():
            if filecmp.cmp(src / rel, target, shallow=False):
                report.unchanged.append(key)
                continue
            if not force:
                report.kept.append(key)
                continue
            report.overwritten.append(key)
        else:
            report.copied.append(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, target)
    return report
