"""Where the progress file lives, and reading and writing it safely.

The file is ``progress.json`` in the user data folder (``platformdirs``), or in
``$PEERLEARN_HOME`` when that is set. Writes are locked (``filelock``) and atomic (a temporary
file, then ``os.replace``); a file that cannot be read is never dropped but moved aside with a
timestamp, and a :class:`ProgressWarning` says where it went.

Room: the bottom of :mod:`peerlearn.progress`. Imports only :mod:`peerlearn.errors`, the
standard library, and ``filelock`` / ``platformdirs`` inside functions; no other progress module.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> with locked_doc(p) as doc:
...     doc["records"].append({"event": "attempt"})
>>> read(p)["records"]
[{'event': 'attempt'}]
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import tempfile
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from peerlearn.errors import PeerlearnError

__all__ = [
    "ENV",
    "FILE_NAME",
    "ProgressFileError",
    "ProgressWarning",
    "default_path",
    "home",
    "locked_doc",
    "parse",
    "read",
    "write",
]

#: The environment variable that moves the progress folder (tests, shared machines).
ENV = "PEERLEARN_HOME"
FILE_NAME = "progress.json"
FORMAT = "peerlearn-progress"
SCHEMA_VERSION = 1
LOCK_TIMEOUT = 30.0


class ProgressWarning(UserWarning):
    """A progress file was moved aside, or skipped, or a record in it was unreadable."""


class ProgressFileError(PeerlearnError, ValueError):
    """A progress file that is not a peerlearn progress record (the reason is in the message)."""


# -- where ----------------------------------------------------------------------------------------
def home() -> Path:
    """The folder that holds the progress file: ``$PEERLEARN_HOME`` or the user data folder."""
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("peerlearn", appauthor=False))


def default_path() -> Path:
    """The learner's progress file (it may not exist yet)."""
    return home() / FILE_NAME


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """``path`` as a :class:`~pathlib.Path` (``~`` expanded), or :func:`default_path`."""
    return Path(path).expanduser() if path is not None else default_path()


# -- reading and writing --------------------------------------------------------------------------
def empty(learner: str | None = None) -> dict[str, Any]:
    """A new, empty progress document."""
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "learner": learner, "records": []}


def now() -> str:
    """The time now (UTC, ISO 8601, microseconds), as records and exports carry it."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


def parse(data: bytes, name: str) -> dict[str, Any]:
    """Parse a progress file's bytes; raise :class:`ProgressFileError` saying what is wrong."""
    if not data.strip():
        raise ProgressFileError(f"{name} is empty")
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ProgressFileError(f"{name} is not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ProgressFileError(f"{name} is not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProgressFileError(
            f"{name} is not a peerlearn progress file (expected a JSON object with "
            f'"format": "{FORMAT}")'
        )
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise ProgressFileError(
            f"{name} has schema_version {doc.get('schema_version')!r}; this version of peerlearn "
            f"reads {SCHEMA_VERSION}"
        )
    if not isinstance(doc.get("records"), list):
        raise ProgressFileError(f'{name} has no "records" list')
    return doc


def _lock(path: Path) -> Any:
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT)


def _move_aside(path: Path, reason: str) -> Path:
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, target)
    warnings.warn(
        f"peerlearn could not read the progress file {path} ({reason}). Nothing was deleted: "
        f"it was moved aside to {target}, and a new progress file was started.",
        ProgressWarning,
        stacklevel=4,
    )
    return target


def _read_or_recover(path: Path) -> dict[str, Any]:
    """The document at ``path`` (call with the lock held); a corrupted file is moved aside."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return empty()
    try:
        return parse(data, str(path))
    except ProgressFileError as e:
        _move_aside(path, str(e).replace(str(path) + " ", "", 1))
        return empty()


def write(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` atomically: a temporary file in the same folder, flushed, then replaced."""
    text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError, AttributeError):  # make the rename durable where possible
        dirfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)


@contextlib.contextmanager
def locked_doc(path: Path) -> Iterator[dict[str, Any]]:
    """Lock, read (recovering from corruption), let the caller change the doc, write it back."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path):
        doc = _read_or_recover(path)
        yield doc
        write(path, doc)


def read(path: Path) -> dict[str, Any]:
    """Read the learner's own file (moving it aside if it is corrupted)."""
    if not path.exists():
        return empty()
    with _lock(path):
        return _read_or_recover(path)
