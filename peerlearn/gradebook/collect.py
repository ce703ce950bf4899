"""Gathering hand-ins from a hub's home folders (``peerlearn gradebook collect HOMES DEST``).

On a JupyterHub every learner has a home folder named by their user name, and exports their
progress there (``peerlearn.progress.export("~/hand-in.json", learner="Name")``, the last cell
of the course's notebooks). An instructor (or an admin who may read the homes) gathers them:

- one home is one folder directly under ``HOMES``; a home that is a symlink is skipped with the
  reason, and so is a hand-in that is a symlink (never followed: a learner could point it at
  another learner's or the instructor's files), a FIFO or a device, or one larger than
  ``max_bytes``;
- each hand-in is copied to ``DEST/<user name>.json``, the name taken from the home folder
  (which the hub controls), not from the file; the copy is a NEW file (mode 0600): collecting
  again after a resubmission writes ``DEST/<user name>-<hash>.json`` beside the first, and the
  import keeps the later export of the two; an identical file is not copied twice;
- ``collected-<time>.csv`` in ``DEST`` lists every home and what happened (a new file each run).

Room: :mod:`peerlearn.gradebook`; imports :mod:`peerlearn._safefiles` and the standard library.

>>> import pathlib, tempfile
>>> homes = pathlib.Path(tempfile.mkdtemp()); dest = homes.parent / (homes.name + "-in")
>>> (homes / "learner1").mkdir(); _ = (homes / "learner1" / "hand-in.json").write_text("{}")
>>> (homes / "learner2").mkdir()
>>> print(collect(homes, dest))
1 collected, 0 unchanged, 1 skipped
  skipped learner2: no hand-in.json in the home folder
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["MAX_BYTES", "CollectReport", "collect"]

#: The largest hand-in collected (bytes); a class's exports are far smaller.
MAX_BYTES = 20_000_000
_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}")


@dataclass
class CollectReport:
    """What :func:`collect` did with each home."""

    collected: list[str] = field(default_factory=list)  # files written in DEST
    unchanged: list[str] = field(default_factory=list)  # users whose hand-in was already there
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (home, why)

    def __str__(self) -> str:
        head = (
            f"{len(self.collected)} collected, {len(self.unchanged)} unchanged, "
            f"{len(self.skipped)} skipped"
        )
        return "\n".join([head, *(f"  skipped {h}: {why}" for h, why in self.skipped)])


def collect(
    homes: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    *,
    name: str = "hand-in.json",
    max_bytes: int = MAX_BYTES,
) -> CollectReport:
    """Copy every ``HOMES/<user>/<name>`` into ``dest`` as ``<user>.json``; see the module."""
    from peerlearn._safefiles import NotARegularFileError, read_regular, write_new

    from .views import csv_text

    src = Path(homes).expanduser()
    if src.is_symlink() or not src.is_dir():
        raise NotADirectoryError(f"{src} is not a real folder; give the folder holding the homes")
    if "/" in name or name in ("", ".", ".."):
        raise ValueError(f"--name {name!r}: give one file name, e.g. hand-in.json")
    out = Path(dest).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    if out.is_symlink() or os.path.samefile(out, src):
        raise ValueError(f"{out}: give a real folder outside the homes to collect into")
    have = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in _plain_files(out)}
    known = set(have.values())
    report = CollectReport()
    log: list[list[str]] = [["user", "source", "result", "file", "sha256"]]
    with os.scandir(src) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        user = entry.name
        if user.startswith("."):
            continue
        source = src / user / name

        def skip(why: str, user: str = user, source: Path = source) -> None:
            report.skipped.append((user, why))
            log.append([user, str(source), f"skipped: {why}", "", ""])

        if entry.is_symlink() or not entry.is_dir(follow_symlinks=False):
            skip("not a real folder (a symlink or a file); not followed")
            continue
        if not _USER.fullmatch(user):
            skip("the folder's name is not a plain user name")
            continue
        if not os.path.lexists(source):
            skip(f"no {name} in the home folder")
            continue
        try:
            data = read_regular(source, limit=max_bytes, expected="a hand-in", nofollow=True)
        except NotARegularFileError as e:
            skip(f"{name} is {e.kind}; only plain files are collected")
            continue
        except OSError as e:
            skip(f"{name} cannot be read ({e.strerror or e})")
            continue
        if len(data) > max_bytes:
            skip(f"{name} is larger than {max_bytes:,} bytes")
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in known:
            report.unchanged.append(user)
            log.append([user, str(source), "unchanged", "", sha])
            continue
        target = f"{user}.json" if f"{user}.json" not in have else f"{user}-{sha[:8]}.json"
        write_new(out, target, data, mode=0o600)
        have[target] = sha
        known.add(sha)
        report.collected.append(str(out / target))
        log.append([user, str(source), "collected", target, sha])
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    write_new(out, f"collected-{stamp}.csv", csv_text(log), mode=0o600)
    return report


def _plain_files(folder: Path) -> list[Path]:
    found = [p for p in folder.iterdir() if p.suffix == ".json"]
    return [p for p in found if not p.is_symlink() and p.is_file()]
