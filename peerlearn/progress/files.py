"""The progress folder and file primitives: where, parsing and migrating, locking, atomic writes.

Where: ``progress.json`` in the user data folder (``platformdirs``), ``$PEERLEARN_HOME`` when
that is set, or ``/drive/peerlearn`` in JupyterLite (``sys.platform == "emscripten"``: the
site's browser storage, the only place that outlives the tab; no lock is taken there, see
:mod:`.sessions`). A relative ``$PEERLEARN_HOME``
is made absolute against the working folder the first time it is used in this process, and that
folder is kept (a notebook that changes folder later still writes to the same record); a value
naming a file is refused with :class:`ProgressHomeError`.

Parsing never trusts the file: NaN and Infinity are kept as text (so the file can be written
back as standard JSON), nesting thousands of levels deep is a :class:`ProgressFileError`, a
version-1 file is migrated to version 2 (:func:`migrate`). Writing a whole document is atomic
(:func:`write`: a temporary file, ``fsync``, ``os.replace``); a file that cannot be read is
moved aside with a timestamp, never deleted. Errors carry a ``learner_message`` (one plain
sentence with what to do next; :func:`learner_message`), the detail staying in the message
(:func:`details`).

Room: the bottom of :mod:`peerlearn.progress`. Imports only :mod:`peerlearn.errors`,
the standard library, and ``filelock`` / ``platformdirs`` inside
functions.

>>> old = b'{"format": "peerlearn-progress", "schema_version": 1, "records": []}'
>>> parse(old, "progress.json")["schema_version"]
2
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import json
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from peerlearn.errors import PeerlearnError

__all__ = [
    "DRIVE",
    "ENV",
    "FILE_NAME",
    "NoBrowserStorageError",
    "ProgressFileError",
    "ProgressHomeError",
    "ProgressSaveError",
    "ProgressWarning",
    "aside_name",
    "check_browser_storage",
    "default_path",
    "details",
    "file_lock",
    "fsync",
    "home",
    "journal_path",
    "learner_message",
    "migrate",
    "move_aside",
    "not_a_folder",
    "parse",
    "record_line",
    "write",
    "write_all",
    "writing",
]

#: The environment variable that moves the progress folder (tests, shared machines).
ENV = "PEERLEARN_HOME"
FILE_NAME = "progress.json"
FORMAT = "peerlearn-progress"
SCHEMA_VERSION = 2
#: The schema versions this peerlearn reads (older ones are migrated when read).
READS = (1, 2)
LOCK_TIMEOUT = 30.0
#: A soft lock file (JupyterLite) older than this many seconds belongs to a closed tab.
STALE_SOFT_LOCK = 120.0


class ProgressWarning(UserWarning):
    """A progress file was moved aside, or skipped, or a record in it was unreadable."""


#: What a learner reads when an answer could not be saved (no path, no error number).
SAVE_MESSAGE = (
    "This answer could not be saved just now: it is still on the screen, so copy anything you "
    "want to keep and try again in a minute (reloading the page can help)."
)
#: What a learner reads when their earlier answers could not be read.
READ_MESSAGE = (
    "Your earlier answers could not be read just now, so they are not shown here: you can still "
    "answer, and your instructor can help you get them back."
)


class ProgressFileError(PeerlearnError, ValueError):
    """A progress file that is not a peerlearn progress record (the reason is in the message)."""

    #: One plain sentence for a learner (the technical reason: ``str(error)``).
    learner_message = READ_MESSAGE


class ProgressHomeError(PeerlearnError, NotADirectoryError):
    """The progress folder (``$PEERLEARN_HOME``) is a file, or cannot be made a folder."""

    learner_message = (
        "Your answers cannot be saved, because the place set for keeping them is not a folder: "
        "ask your instructor to check where peerlearn keeps progress on this computer."
    )


class ProgressSaveError(PeerlearnError, OSError):
    """The progress record could not be written (the folder, the lock or the disk refused).

    ``str(error)`` says what and where, for a details fold or a log; ``learner_message`` says
    it to a learner in one plain sentence (see :func:`learner_message`).
    """

    learner_message = SAVE_MESSAGE


#: What a learner reads when the browser tab has no storage to save into (JupyterLite without
#: its ``/drive``: the page's service worker was not ready when the kernel started).
NO_STORAGE_MESSAGE = (
    "This answer could not be saved: this browser tab cannot reach the site's storage just now. "
    "Reload the page (your earlier answers are kept there) and answer again."
)


class NoBrowserStorageError(ProgressSaveError):
    """In JupyterLite, ``/drive`` (the browser's storage) is not there: anything written would
    live only in this kernel's memory and be lost at the next reload, so nothing is written."""

    learner_message = NO_STORAGE_MESSAGE


def learner_message(error: BaseException, *, reading: bool = False) -> str:
    """One plain sentence for a learner about ``error``, with what to do next.

    Never an error number, a path or a cut-off text: those are in :func:`details`. Errors that
    are not peerlearn's own (a full disk, a refused folder) get the sentence for saving, or for
    reading when ``reading`` is true.

    >>> learner_message(OSError(28, "No space left on device", "/drive/peerlearn"))[:40]
    'This answer could not be saved just now:'
    """
    message = getattr(error, "learner_message", None)
    if isinstance(message, str) and message:
        return message
    return READ_MESSAGE if reading else SAVE_MESSAGE


def details(error: BaseException) -> str:
    """The whole technical account of ``error`` (its kind and message), for a details fold.

    >>> details(ProgressSaveError(28, "cannot save progress in /drive/peerlearn"))
    'ProgressSaveError: [Errno 28] cannot save progress in /drive/peerlearn'
    """
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


# -- where ----------------------------------------------------------------------------------------
_HOMES: dict[str, Path] = {}
#: JupyterLite's mount of the browser's storage (its kernel's working folder)
DRIVE = "/drive"
_MOUNTED: set[str] = set()  # the storage folders seen mounted in this process


def check_browser_storage(folder: Path) -> None:
    """In JupyterLite, refuse to write under :data:`DRIVE` when it is not mounted.

    Making the folder would create ``/drive`` in the kernel's memory, and every answer saved there
    would be lost at the next reload while the page said "Saved". Elsewhere this does nothing.

    >>> check_browser_storage(Path("/tmp/anything"))  # not under /drive (or not in JupyterLite)
    """
    if sys.platform != "emscripten" or not str(folder).startswith(DRIVE + "/"):
        return
    if DRIVE in _MOUNTED:  # a kernel's mount stays: one look (one request to the page) is enough
        return
    if not os.path.isdir(DRIVE):
        raise NoBrowserStorageError(
            errno.ENODEV, f"{DRIVE} is not mounted: the browser's storage is not reachable"
        )
    _MOUNTED.add(DRIVE)


def home() -> Path:
    """The folder that holds the progress file: ``$PEERLEARN_HOME`` or the user data folder.

    A relative ``$PEERLEARN_HOME`` is made absolute once (against the working folder of its
    first use) and kept for the rest of the process. In JupyterLite the default is
    ``/drive/peerlearn``, the site's browser storage.

    >>> import os
    >>> os.environ["PEERLEARN_HOME"] = "/tmp/peerlearn-doc-home"
    >>> str(home())
    '/tmp/peerlearn-doc-home'
    >>> del os.environ["PEERLEARN_HOME"]
    """
    env = os.environ.get(ENV)
    if env:
        folder = _HOMES.get(env)
        if folder is None:
            folder = Path(os.path.abspath(Path(env).expanduser()))
            _HOMES[env] = folder
        if folder.exists() and not folder.is_dir():
            raise ProgressHomeError(
                errno.ENOTDIR,
                f"{ENV}={env!r} names {folder}, which is a file, not a folder; set {ENV} to a "
                "folder (it is created if missing) or unset it to use the user data folder",
                str(folder),
            )
        return folder
    if sys.platform == "emscripten":  # JupyterLite: only /drive outlives the browser tab
        return Path(DRIVE) / "peerlearn"
    import platformdirs

    return Path(platformdirs.user_data_dir("peerlearn", appauthor=False))


def default_path() -> Path:
    """The learner's progress file (it may not exist yet)."""
    return home() / FILE_NAME


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """``path`` as an absolute :class:`~pathlib.Path` (``~`` expanded), or :func:`default_path`."""
    return Path(os.path.abspath(Path(path).expanduser())) if path is not None else default_path()


def journal_path(path: Path) -> Path:
    """The journal beside a snapshot: ``progress.json`` → ``progress.journal.jsonl``."""
    stem = path.stem if path.suffix == ".json" else path.name
    return path.with_name(f"{stem}.journal.jsonl")


# -- parsing --------------------------------------------------------------------------------------
def empty(learner: str | None = None) -> dict[str, Any]:
    """A new, empty progress document."""
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "learner": learner, "records": []}


def now() -> str:
    """The time now (UTC, ISO 8601, microseconds), as records and exports carry it."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


def _constant(name: str) -> str:
    # NaN / Infinity / -Infinity are read as text: the record is then skipped as unreadable but
    # kept, and the file can still be written back as standard JSON.
    return name


def loads(text: str, name: str) -> Any:
    """JSON text → data; NaN/Infinity kept as text; too-deep nesting is a ProgressFileError."""
    try:
        return json.loads(text, parse_constant=_constant)
    except json.JSONDecodeError as e:
        raise ProgressFileError(f"{name} is not valid JSON (line {e.lineno}: {e.msg})") from None
    except RecursionError:
        raise ProgressFileError(
            f"{name} is nested too deeply to be a progress record (lists or objects inside "
            "each other thousands of levels deep)"
        ) from None


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    """A version-1 document as version 2 (records unchanged; ``migrated_from`` says so).

    Version 2 adds, per attempt, ``primary`` (the mechanism it is mainly about: the first
    mechanism tag) and ``card`` / ``rating`` (the spaced-review state); version-1 attempts get
    ``primary`` from their first mechanism, and their cards are rebuilt from the attempts.
    """
    if doc.get("schema_version") == SCHEMA_VERSION:
        return doc
    out = dict(doc, schema_version=SCHEMA_VERSION, migrated_from=doc.get("schema_version"))
    recs = []
    for r in doc["records"]:
        if isinstance(r, dict) and "primary" not in r and isinstance(r.get("mechanisms"), list):
            r = dict(r, primary=str(r["mechanisms"][0]) if r["mechanisms"] else None)
        recs.append(r)
    out["records"] = recs
    return out


def parse(data: bytes, name: str) -> dict[str, Any]:
    """Parse a snapshot's bytes (migrating old versions); raise :class:`ProgressFileError`."""
    if not data.strip():
        raise ProgressFileError(f"{name} is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ProgressFileError(f"{name} is not UTF-8 text (byte {e.start})") from None
    doc = loads(text, name)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProgressFileError(
            f"{name} is not a peerlearn progress file (expected a JSON object with "
            f'"format": "{FORMAT}")'
        )
    if doc.get("schema_version") not in READS:
        raise ProgressFileError(
            f"{name} has schema_version {doc.get('schema_version')!r}; this version of peerlearn "
            f"reads {', '.join(map(str, READS))}"
        )
    if not isinstance(doc.get("records"), list):
        raise ProgressFileError(f'{name} has no "records" list')
    return migrate(doc)


def record_line(rec: Mapping[str, Any]) -> str:
    """One record as one line of JSON (no newline): UTF-8, a lone surrogate kept escaped."""
    text = json.dumps(rec, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it, escaped, rather than lose the record
        text = json.dumps(rec, allow_nan=False, separators=(",", ":"))
    return text


def dumps(doc: Mapping[str, Any]) -> str:
    """A document as text: its header, then one record per line (easy to read and to diff)."""
    header = {k: v for k, v in doc.items() if k != "records"}
    head = json.dumps(header, ensure_ascii=False, allow_nan=False)[:-1]
    sep = ", " if header else ""
    body = ",\n".join(record_line(r) for r in doc.get("records", []))
    return f'{head}{sep}"records": [\n{body}\n]}}\n' if body else f'{head}{sep}"records": []}}\n'


# -- recovering -----------------------------------------------------------------------------------
def _stamp() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def aside_name(path: Path, label: str) -> Path:
    """A free name beside ``path`` to move it (or lines of it) aside: ``<stem>.<label>-<time>``."""
    stamp = _stamp()
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
        n += 1
    return target


def move_aside(path: Path, reason: str) -> Path:
    """Move an unreadable ``path`` aside (never delete it), warn saying where; the new name."""
    target = aside_name(path, "corrupt")
    os.replace(path, target)
    warnings.warn(
        f"peerlearn could not read the progress file {path} ({reason}). Nothing was deleted: "
        f"it was moved aside to {target}, and a new progress file was started.",
        ProgressWarning,
        stacklevel=5,
    )
    return target


def file_lock(path: Path) -> Any:
    """The ``filelock`` lock of ``path`` (``<path>.lock``); a stale soft lock is taken over."""
    from filelock import FileLock, SoftFileLock

    lock_path = str(path) + ".lock"
    lock = FileLock(lock_path, timeout=LOCK_TIMEOUT)
    if isinstance(lock, SoftFileLock):  # JupyterLite: a stale soft lock is a closed tab's
        with contextlib.suppress(OSError):
            if time.time() - os.stat(lock_path).st_mtime > STALE_SOFT_LOCK:
                os.unlink(lock_path)
    return lock


def not_a_folder(folder: Path) -> ProgressHomeError:
    """The error for a progress ``folder`` that is a file, or lies below one (raise it).

    >>> err = not_a_folder(Path("notes.txt"))
    >>> err.filename, "is a file" in str(err)
    ('notes.txt', True)
    """
    return ProgressHomeError(
        errno.ENOTDIR,
        f"cannot keep progress in {folder}: it (or a folder above it) is a file; "
        f"choose a folder (for example with {ENV})",
        str(folder),
    )


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """The folder made, the lock held; failures become :class:`ProgressSaveError` naming them."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise not_a_folder(path.parent) from None
    lock = file_lock(path)
    try:
        lock.acquire()
    except OSError as e:
        raise ProgressSaveError(
            e.errno or errno.EACCES,
            f"cannot save progress in {path.parent}: its lock file {path}.lock could not be "
            f"taken ({e}). Reading still works; to save, make the folder writable or set {ENV}.",
        ) from None
    try:
        yield
    finally:
        lock.release()


def fsync(fd: int) -> None:
    """``os.fsync``, best effort where the file system has none (some browser storage)."""
    try:
        os.fsync(fd)
    except OSError as e:  # a file system without fsync (some browser storage): best effort
        if e.errno not in (errno.EINVAL, errno.ENOTSUP, errno.ENOSYS):
            raise


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the open file ``fd`` (``os.write`` may take only part of it).

    >>> import tempfile
    >>> with tempfile.TemporaryFile() as f:
    ...     write_all(f.fileno(), b"abc"); _ = f.seek(0); f.read()
    b'abc'
    """
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):  # make a rename durable where possible
        dirfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)


def clean_orphans(path: Path) -> list[Path]:
    """Remove ``.progress.json.*.tmp`` files left by a killed compaction (lock held)."""
    removed = []
    prefix = f".{path.name}."
    with contextlib.suppress(OSError), os.scandir(path.parent) as it:
        for entry in it:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


# -- writing --------------------------------------------------------------------------------------
def write(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` atomically: a temporary file in the same folder, flushed, then replaced."""
    text = dumps(doc)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
