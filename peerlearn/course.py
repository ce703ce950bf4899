"""Copy the course notebooks that ship with peerlearn into a learner's folder (``course`` room).

The wheel carries the course: ``setup.py`` copies the repository's ``notebooks/`` folder into the
package as ``peerlearn/_course/`` at build time. In a source checkout (an editable install) the
notebooks are read from the checkout's ``notebooks/`` folder instead.

    peerlearn course DEST                 # the learners' notebooks
    peerlearn course DEST --instructor    # and the instructors' notebooks (DEST/instructors/)
    peerlearn course DEST --force         # overwrite copies the learner has changed

A copy is never overwritten without asking: a file already in DEST that differs from the course's
version is the learner's edited copy; it is left alone and reported (``--force`` overwrites it).
Files that are already identical are left as they are; new files are copied. A symlink in DEST
(a file or a folder, even a dangling one) is never followed, not even with ``--force``: it is
reported as refused, so nothing outside DEST is ever written. An empty DEST is refused.

This room imports only the standard library and the rooms below it (nothing of its own yet).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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
    refused: list[str] = field(default_factory=list)  # symlinks in DEST: never followed

    def lines(self) -> list[str]:
        out = [
            f"{self.dest}: {len(self.copied)} copied, {len(self.unchanged)} already up to date"
            + (f", {len(self.overwritten)} overwritten" if self.overwritten else "")
            + (f", {len(self.kept)} kept (changed by you)" if self.kept else "")
            + (f", {len(self.refused)} refused (symlinks)" if self.refused else "")
        ]
        out += [
            f"  kept {p} (it differs from the course's copy; --force overwrites)" for p in self.kept
        ]
        out += [f"  overwrote {p}" for p in self.overwritten]
        out += [
            f"  refused {p}: a symlink (or not a plain file) in the destination; peerlearn "
            "never follows one: remove it and run the command again"
            for p in self.refused
        ]
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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _subfolder(parent: int, name: str) -> int:
    """A descriptor of the real folder ``name`` in ``parent`` (made when missing); a symlink
    raises ``NotADirectoryError`` (never followed)."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(name, 0o755, dir_fd=parent)
    try:
        return os.open(name, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW, dir_fd=parent)
    except OSError:
        raise NotADirectoryError(errno.ENOTDIR, f"{name} is a symlink or not a folder") from None


def _write_new(folder: int, name: str, data: bytes) -> None:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644, dir_fd=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        os.unlink(name, dir_fd=folder)
        raise


def _copy_one(src: Path, out: int, rel: Path, force: bool) -> str:
    """Copy one file into the folder ``out`` along ``rel``; return what happened."""
    fds: list[int] = []
    try:
        here = out
        for part in rel.parts[:-1]:
            here = _subfolder(here, part)
            fds.append(here)
        name, data = rel.parts[-1], (src / rel).read_bytes()
        try:
            st = os.stat(name, dir_fd=here, follow_symlinks=False)
        except FileNotFoundError:
            _write_new(here, name, data)
            return "copied"
        if not stat.S_ISREG(st.st_mode):
            return "refused"  # a symlink (even a dangling one), a folder...: never followed
        fd = os.open(name, os.O_RDONLY | _NOFOLLOW, dir_fd=here)
        with os.fdopen(fd, "rb") as fh:
            same = fh.read() == data
        if same:
            return "unchanged"
        if not force:
            return "kept"
        tmp = f".{name}.peerlearn-{os.getpid()}.tmp"
        _write_new(here, tmp, data)
        os.replace(tmp, name, src_dir_fd=here, dst_dir_fd=here)  # the entry, never a link target
        return "overwritten"
    except NotADirectoryError:
        return "refused"
    finally:
        for fd in fds:
            os.close(fd)


def copy_course(
    dest: str | os.PathLike[str], *, instructor: bool = False, force: bool = False
) -> CopyReport:
    """Copy the course into ``dest`` (created if needed); never overwrite an edited copy unless
    ``force``; never follow a symlink in ``dest`` (it is reported as refused, even with
    ``force``), so nothing outside ``dest`` is written.

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
    if not str(dest).strip():
        raise ValueError(
            "no destination folder given (an empty name would copy into the current folder); "
            "give a folder name, e.g. peerlearn course peerlearn-course"
        )
    src, out = source(), Path(dest).expanduser()
    report = CopyReport(dest=out)
    if out.is_symlink():
        raise NotADirectoryError(
            errno.ENOTDIR, f"{out} is a symlink; give a real folder for the course"
        )
    out.mkdir(parents=True, exist_ok=True)
    top = os.open(out, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
    try:
        for rel in _files(src, instructor):
            what = _copy_one(src, top, rel, force)
            getattr(report, what).append(rel.as_posix())
    finally:
        os.close(top)
    return report
