"""Lock-free progress (JupyterLite): one append-only journal per kernel session, merged on read.

JupyterLite's ``/drive`` is a Pyodide ``DriveFS``: every open file is fetched whole from the
site's contents service (through its service worker) and written back whole when it is closed;
``O_EXCL`` and ``unlink`` are separate requests, so no lock file can work there (``filelock``
falls back to a soft lock that a closed tab leaves behind and every later save waits on). In
*lock-free* mode nothing is locked: each kernel session (each process) appends its records to
its own file, ``progress.journal.session-<start>-<random>.jsonl`` beside ``progress.json``, and
only that process ever writes it (a :data:`LOCK`, a ``threading.RLock``, orders writes inside
the process). Readers merge every session file with the snapshot (:mod:`.store`). So:

- a save is one open, one append and one close of the session's own file (the close is what
  sends it to the browser's storage): two drive requests (a fetch and a write-back) once the
  session has started, whatever the size of the record;
- a reload (a new kernel) starts a new session file and reads the others: nothing is lost;
- two tabs at once write two files: nothing is overwritten;
- no process can prove another's file closed, so nothing is compacted in place: instead, once
  enough other sessions' files are idle (an hour without a record) and their sessions are gone
  (no kernel holds their Web Lock, :mod:`.alive`), a *fold* (:mod:`.fold`) claims them by
  renaming them to names readers still read, copies their records into one new file
  (``…-folded.jsonl``), reads it back, and only then deletes what it claimed; a writer that
  appends meanwhile makes its own file again, and a record seen twice is read once (a session
  whose file turns out shorter than what it wrote, beside a fold's files, writes its earlier
  records again). A new kernel then reads a handful of files, not one per session of the term;
- a torn last line (a writer killed mid-append; never acknowledged) is left in place and not
  read (a file holding one is never folded);
- readers open files with plain ``O_RDONLY``: DriveFS writes back a file opened with flags it
  does not know (``O_NONBLOCK``), which would overwrite another tab's appends.

The mode is on under Pyodide (``sys.platform == "emscripten"``). For tests only, CPython can be
put in it with the environment variable :data:`TEST_ENV` (``PEERLEARN_TEST_LOCK_FREE=1``, seen by
child processes too) or by setting :data:`FORCE`.

Room: :mod:`peerlearn.progress`, between :mod:`.files` and :mod:`.alive` (below) and :mod:`.fold`
and :mod:`.store` (which fold and merge what this room reads). Imports :mod:`.files`,
:mod:`.alive`, :mod:`peerlearn._safefiles` and the standard library.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> mine = folder / session_name(folder / "progress.json")
>>> append_line(mine, b'{"id": "a1"}\\n')  # the size before: a new file
0
>>> cursor = Cursor()
>>> read_session(mine, cursor), [r["id"] for r in cursor.records]
(True, ['a1'])
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import secrets
import stat
import sys
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerlearn._safefiles import kind_of

from . import alive
from .files import (
    SCHEMA_VERSION,
    ProgressFileError,
    ProgressWarning,
    empty,
    fsync,
    loads,
    write_all,
)

__all__ = [
    "FORCE",
    "LOCK",
    "RESCAN_AFTER",
    "TEST_ENV",
    "Cursor",
    "Lite",
    "State",
    "append_line",
    "header",
    "listing",
    "lock_free",
    "merge",
    "read_bytes",
    "read_session",
    "session_files",
    "session_id",
    "session_name",
    "take_lines",
    "time_key",
]

#: Test-only: ``PEERLEARN_TEST_LOCK_FREE=1`` puts CPython in the lock-free (JupyterLite) mode.
TEST_ENV = "PEERLEARN_TEST_LOCK_FREE"
#: ``True`` / ``False`` forces the mode in this process (tests); ``None``: decided as above.
FORCE: bool | None = None
#: Other sessions' files are read again at most this often (seconds): each read of the folder is
#: a round trip per file to the browser's storage, and a set of ten exercises reads ten times.
RESCAN_AFTER = 2.0
#: Orders this process's reads and writes of the record (one kernel, but widgets' callbacks).
LOCK = threading.RLock()

_EMSCRIPTEN = sys.platform == "emscripten"
# O_NONBLOCK only where a FIFO can exist: DriveFS treats a file opened with it as written.
_READ_FLAGS = (
    os.O_RDONLY | (0 if _EMSCRIPTEN else getattr(os, "O_NONBLOCK", 0)) | getattr(os, "O_BINARY", 0)
)
_WRITE_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


def lock_free() -> bool:
    """Whether the record is kept lock-free (JupyterLite, or a test that asks for it).

    >>> import sys
    >>> lock_free() == (sys.platform == "emscripten" or os.environ.get(TEST_ENV) == "1")
    True
    """
    if FORCE is not None:
        return FORCE
    return _EMSCRIPTEN or os.environ.get(TEST_ENV) == "1"


_SESSION: tuple[int, str] | None = None


def session_id() -> str:
    """This process's session id: its start time and 8 random hex digits (new after a fork); in
    CPython ``-p<pid>`` too. Made once, and then said to be alive while this kernel lives
    (:func:`.alive.hold`), so that no fold takes its file meanwhile.

    >>> session_id() == session_id()
    True
    """
    global _SESSION
    pid = os.getpid()
    if _SESSION is None or _SESSION[0] != pid:
        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S")
        _SESSION = (pid, f"{stamp}-{secrets.token_hex(4)}{alive.suffix()}")
        alive.hold(_SESSION[1])
    return _SESSION[1]


def new_session() -> str:
    """Start a new session id in this process (tests: as if the kernel had been restarted)."""
    global _SESSION
    _SESSION = None
    return session_id()


def _stem(path: Path) -> str:
    return path.stem if path.suffix == ".json" else path.name


def session_name(path: Path, sid: str | None = None) -> str:
    """The name of a session's journal beside the snapshot ``path`` (default: this session's).

    >>> session_name(Path("progress.json"), "20261207T101500-0a1b2c3d")
    'progress.journal.session-20261207T101500-0a1b2c3d.jsonl'
    """
    return f"{_stem(path)}.journal.session-{sid or session_id()}.jsonl"


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(_stem(path)) + r"\.journal\.session-[0-9A-Za-z-]+\.jsonl")


def listing(folder: Path) -> list[str]:
    """The names in ``folder`` (one request to the drive); ``[]`` when it does not exist."""
    try:
        return sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []


def session_files(path: Path, names: list[str]) -> list[str]:
    """The session journals of the snapshot ``path`` among ``names`` (sorted: oldest first)."""
    pattern = _pattern(path)
    return sorted(n for n in names if pattern.fullmatch(n))


@dataclass
class Cursor:
    """What has been read of one session file: bytes (up to a newline), lines, records."""

    offset: int = 0
    lines: int = 0
    records: list[dict[str, Any]] = field(default_factory=list)
    tail: int = 0  # bytes after the last newline (a write in progress, or torn by a crash)
    bad: int = 0  # complete lines that could not be read (skipped, kept in the file)


def read_bytes(file: Path) -> bytes | None:
    """The whole file (``None`` if it is gone); a FIFO or folder there is refused, unread."""
    try:
        fd = os.open(file, _READ_FLAGS)
    except FileNotFoundError:
        return None
    try:
        if not _EMSCRIPTEN:  # (a stat is one more round trip on the drive, where no FIFO exists)
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EINVAL, f"it is {kind_of(st.st_mode)}, not a regular file")
            os.set_blocking(fd, True)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_session(file: Path, cursor: Cursor) -> bool:
    """Read the complete lines added to ``file`` since ``cursor``; ``True`` if anything changed.

    A file that shrank was replaced: it is read again from the start. An unfinished last line is
    left for later (a write in progress, or one a crash tore: never acknowledged). A complete
    line that is not a JSON object is skipped with a :class:`ProgressWarning` naming the file and
    line, and kept in the file.
    """
    try:
        data = read_bytes(file)
    except OSError as e:
        warnings.warn(
            f"{file} could not be read ({e.strerror or e}); it is left as it is, unread",
            ProgressWarning,
            stacklevel=4,
        )
        data = None
    if data is None:
        changed = bool(cursor.records or cursor.offset)
        cursor.offset, cursor.lines, cursor.records, cursor.tail, cursor.bad = 0, 0, [], 0, 0
        return changed
    return take_lines(file, data, cursor)


def take_lines(file: Path, data: bytes, cursor: Cursor) -> bool:
    """Add the complete lines of ``data`` (the whole of ``file``) after ``cursor``; ``True`` if
    anything changed (see :func:`read_session`).

    >>> cursor = Cursor()
    >>> take_lines(Path("s.jsonl"), b'{"id": "a1"}\\n{"id": "a', cursor), cursor.tail
    (True, 9)
    """
    changed = False
    if len(data) < cursor.offset:
        cursor.offset, cursor.lines, cursor.records, cursor.tail, cursor.bad = 0, 0, [], 0, 0
        changed = True
    end = data.rfind(b"\n") + 1
    cursor.tail = len(data) - max(end, cursor.offset)
    if end <= cursor.offset:
        return changed
    for raw in data[cursor.offset : end].splitlines():
        cursor.lines += 1
        if not raw.strip():
            continue
        try:
            rec = loads(raw.decode("utf-8"), f"{file} line {cursor.lines}")
            if not isinstance(rec, dict):
                raise ProgressFileError("not a JSON object")
        except (ProgressFileError, UnicodeDecodeError) as e:
            warnings.warn(
                f"{file} line {cursor.lines} could not be read ({e}); it is kept in the file and "
                "left out of your record",
                ProgressWarning,
                stacklevel=5,
            )
            cursor.bad += 1
            continue
        cursor.records.append(rec)
    cursor.offset = end
    return True


def append_line(file: Path, data: bytes) -> int:
    """Append ``data`` to this session's own ``file``: open, write, flush, close (the close is
    what sends the file to JupyterLite's storage). Returns the file's size before the write (as
    fetched: no request more). Raises :class:`OSError` if any step fails.

    On a disk (not under Pyodide) a fold (:mod:`.fold`) may rename the file while it is open
    here, and then delete it: so the name is checked to still lead to the file written, and if
    it does not, ``data`` is appended again under the name (a new file; a record seen twice is
    read once). JupyterLite's drive writes a file back by its name on close: nothing to check.
    """
    size = 0
    for _ in range(5):
        fd = os.open(file, _WRITE_FLAGS, 0o644)
        try:
            size = os.lseek(fd, 0, os.SEEK_END)
            write_all(fd, data)
            fsync(fd)
            if _EMSCRIPTEN or _still_named(fd, file):
                break
        finally:
            os.close(fd)
    return size


def _still_named(fd: int, file: Path) -> bool:
    try:
        st, mine = os.stat(file), os.fstat(fd)
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)
    except FileNotFoundError:
        return False


# -- the record as read (the snapshot, the journals), kept between calls ---------------------------
@dataclass
class State:
    """The record as read: the snapshot's header and every record (snapshot, then journal)."""

    header: dict[str, Any]
    records: list[dict[str, Any]] = field(default_factory=list)
    snap_key: tuple[int, int, int] | None = None
    snap_version: int = SCHEMA_VERSION
    journal_ino: int | None = None
    offset: int = 0  # journal bytes read (always up to a newline)
    tail: int = 0  # bytes after the last newline (a write in progress, or torn by a crash)
    bad: list[tuple[int, bytes]] = field(default_factory=list)  # journal (line, text) unreadable
    ids: set[str] = field(default_factory=set)
    lines: int = 0
    corrupt: bool = False  # the snapshot could not be read and is still in place
    #: (set, exercise) → that item's records, oldest first (for the review schedule, last()).
    by_item: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, rec: Any) -> None:
        """Add a record read or written (a record already seen, by id, is dropped)."""
        rid = rec.get("id") if isinstance(rec, dict) else None
        if isinstance(rid, str):
            if rid in self.ids:
                return
            self.ids.add(rid)
        self.records.append(rec)
        if (
            isinstance(rec, dict)
            and isinstance(rec.get("set"), str)
            and isinstance(rec.get("exercise"), str)
        ):
            self.by_item.setdefault((rec["set"], rec["exercise"]), []).append(rec)

    def doc(self) -> dict[str, Any]:
        """The record as one document (a copy of the list; the records themselves are shared)."""
        return {**self.header, "records": list(self.records)}


def header(doc: dict[str, Any]) -> dict[str, Any]:
    """A document's header: everything but its records (and the migration note)."""
    return {k: v for k, v in doc.items() if k not in ("records", "migrated_from")}


@dataclass
class Lite:
    """What this process has read of a lock-free record, and the merged state it gives."""

    own: str  # this session's journal (a name in the folder)
    state: State | None = None
    base: State | None = None  # the snapshot-and-journal state merged in
    base_len: int = 0  # how many records it had then
    cursors: dict[str, Cursor] = field(default_factory=dict)
    checked: float = float("-inf")  # time.monotonic() of the last look at the folder
    newest: str = ""  # the latest time among the sessions' records (appends keep the order)
    made: bool = False  # the folder exists (made or seen by this process)
    torn: bool = False  # an append of ours failed part-way: start the next on a new line
    folding: bool = False  # a fold of other sessions' files is under way (or failed) here
    written: int | None = 0  # bytes this session has appended to its file (None: unknown)


#: What this process has read of each lock-free record (its snapshot path → :class:`Lite`); read
#: and changed under :data:`LOCK` (:mod:`.store` reads and saves, :mod:`.fold` takes a fold in).
LITE: dict[str, Lite] = {}


def time_key(rec: dict[str, Any]) -> str:
    """A record's time as text, for ordering (``""`` when it has none)."""
    t = rec.get("time")
    return t if isinstance(t, str) else ""


def merge(base: State | None, lite: Lite) -> State:
    """Snapshot and shared journal first (in file order), then every session's records by time
    (ties: session file, then line); a record seen twice (by id) is kept once."""
    state = State(header=dict(base.header) if base else header(empty()))
    for r in base.records if base else ():
        state.add(r)
    tagged = [
        (time_key(r), name, i, r)
        for name, cursor in sorted(lite.cursors.items())
        for i, r in enumerate(cursor.records)
    ]
    tagged.sort(key=lambda t: t[:3])
    for *_, r in tagged:
        state.add(r)
    lite.newest = tagged[-1][0] if tagged else ""
    return state
