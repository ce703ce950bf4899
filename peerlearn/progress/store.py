"""The learner's record on disk: a snapshot and an append-only journal, read incrementally.

The record is two files in one folder: ``progress.json`` (the *snapshot*, one JSON document) and
``progress.journal.jsonl`` (the *journal*, one JSON record per line). An attempt costs one
appended line, flushed and ``fsync``-ed under a lock (``filelock``), so its cost does not grow
with the record; when the journal has grown as big as the snapshot (and at least
:data:`COMPACT_MIN_BYTES`) the two are *compacted*: a new snapshot is written atomically and the
journal is emptied (amortised, a constant cost per record). Records carry ids, so a crash
between those two steps only leaves duplicates, which reading drops. A process keeps what it
has read (:func:`load`) and reads only what was appended since.

What holds, and how:

- kill -9 mid-append leaves at most a torn last line; the next write moves it aside (reported)
  before appending. :func:`append` returns only once the record is on disk.
- A full disk: a failed append is cut back to the journal's old length; a failed compaction
  leaves the old snapshot and the journal as they were (a :class:`ProgressWarning` says so).
- A snapshot that cannot be read is moved aside with a timestamp (reported); a complete journal
  line that cannot be read is kept and moved aside at the next compaction.
- Reading never writes and never takes the lock (the snapshot is replaced atomically and
  compaction writes it before emptying the journal; a snapshot that changes during a read makes
  the read start again), so a read-only folder can be read.
- Orphaned ``.progress.json.*.tmp`` files from a killed compaction are removed on the next write
  (under the lock no live writer can own them).
- A network file system: appends and compactions happen under the lock (``fcntl`` locks, which
  NFSv4 supports) and are ``fsync``-ed. Where ``filelock`` has only a soft lock, a soft lock
  older than :data:`~peerlearn.progress.files.STALE_SOFT_LOCK` seconds is taken over.
- JupyterLite (lock-free mode, :func:`.sessions.lock_free`): no lock file at all. :func:`append`
  adds the record to this session's own journal (:mod:`.sessions`); :func:`load` merges the
  snapshot, the shared journal and every session's journal (records by time, de-duplicated by
  id), looking at the folder again at most every :data:`.sessions.RESCAN_AFTER` seconds; a read
  that finds enough idle session files plans a *fold* of them into one (:mod:`.fold`), run by
  the event loop after the current cell, a step at a time, never inside a save, and taking only
  the files of sessions that are gone (it asks first, :mod:`.alive`); a stale
  ``progress.json.lock`` from an older version is removed; :func:`locked_doc` is refused.
- A version-1 file is read as version 2; the first write keeps a copy of the old file
  (``progress.v1-<time>.json``) and writes version 2.

Room: :mod:`peerlearn.progress`, above :mod:`.fold`, :mod:`.sessions` and :mod:`.files`. Imports
those, :mod:`peerlearn._safefiles` and the standard library.

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = append(p, {"id": "a1", "event": "attempt"})
>>> [r["id"] for r in read(p)["records"]]
['a1']
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerlearn._safefiles import NotARegularFileError, kind_of, read_regular

from . import fold, sessions
from .files import (
    ENV,
    FILE_NAME,
    FORMAT,
    LOCK_TIMEOUT,
    SCHEMA_VERSION,
    ProgressFileError,
    ProgressHomeError,
    ProgressSaveError,
    ProgressWarning,
    aside_name,
    check_browser_storage,
    clean_orphans,
    default_path,
    empty,
    file_lock,
    fsync,
    home,
    journal_path,
    loads,
    move_aside,
    not_a_folder,
    now,
    parse,
    record_line,
    resolve_path,
    write,
    write_all,
    writing,
)
from .sessions import (
    LITE,
    LOCK,
    Cursor,
    Lite,
    State,
    append_line,
    header,
    listing,
    lock_free,
    merge,
    read_session,
    session_files,
    session_name,
    time_key,
)

__all__ = [
    "ENV",
    "FILE_NAME",
    "Journal",
    "ProgressFileError",
    "ProgressHomeError",
    "ProgressWarning",
    "State",
    "append",
    "appending",
    "default_path",
    "fold_plan",
    "fold_sessions",
    "home",
    "load",
    "locked_doc",
    "parse",
    "read",
    "read_file",
    "write",
]

# Also importable from here, as before the split: FORMAT, LOCK_TIMEOUT, SCHEMA_VERSION,
# ProgressSaveError, now, resolve_path.
_ALSO = (FORMAT, LOCK_TIMEOUT, ProgressSaveError, ProgressHomeError, now, resolve_path)

#: The journal is compacted when it is at least this big and as big as the snapshot.
COMPACT_MIN_BYTES = 256 * 1024


_CACHE: dict[str, State] = {}
# No O_NONBLOCK under Pyodide: JupyterLite's drive writes back a file opened with it (see
# :mod:`.sessions`), which would change it on every read and could overwrite another tab's lines.
_READ_FLAGS = (
    os.O_RDONLY
    | (0 if sys.platform == "emscripten" else getattr(os, "O_NONBLOCK", 0))
    | getattr(os, "O_BINARY", 0)
)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _key(st: os.stat_result | None) -> tuple[int, int, int] | None:
    return None if st is None else (st.st_ino, st.st_mtime_ns, st.st_size)


def _read_snapshot(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The snapshot's document, or ``None`` and why it cannot be one (not JSON, a FIFO...)."""
    try:
        data = read_regular(path, expected="a peerlearn progress file")
        return parse(data, str(path)), ""
    except (ProgressFileError, NotARegularFileError, IsADirectoryError) as e:
        return None, str(e).replace(str(path) + " ", "", 1)


def _fresh(path: Path, *, locked: bool) -> State:
    """Read the snapshot; a corrupted one is moved aside (under the lock) or reported."""
    key = _key(_stat(path))
    if key is None:
        return State(header={k: v for k, v in empty().items() if k != "records"})
    doc, reason = _read_snapshot(path)
    if doc is None:
        if locked:
            move_aside(path, reason)
            return _fresh(path, locked=locked)
        if _recover_unlocked(path, reason):
            return State(header=header(empty()))
        # left in place (read-only folder): remember it, so it is reported once, not each read
        return State(header=header(empty()), snap_key=key, corrupt=True)
    version = doc.get("migrated_from") or SCHEMA_VERSION
    state = State(header=header(doc), snap_key=key, snap_version=version)
    for r in doc["records"]:
        state.add(r)
    return state


def _read_journal(path: Path, state: State) -> None:
    """Add the journal's complete lines after ``state.offset``; note a torn tail."""
    jpath = journal_path(path)
    try:  # non-blocking open and a type check on the descriptor: a FIFO here must not hang
        fd = os.open(jpath, _READ_FLAGS)
    except FileNotFoundError:
        state.journal_ino, state.offset, state.tail = None, 0, 0
        return
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFileError(str(jpath), kind_of(st.st_mode), "the progress journal")
        if _READ_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        if state.journal_ino not in (None, st.st_ino) or st.st_size < state.offset:
            raise _Restart
        state.journal_ino = st.st_ino
        fh.seek(state.offset)
        data = fh.read()
    end = data.rfind(b"\n") + 1
    for raw in data[:end].splitlines():
        state.lines += 1
        if not raw.strip():
            continue
        try:
            rec = loads(raw.decode("utf-8"), f"{jpath} line {state.lines}")
            if not isinstance(rec, dict):
                raise ProgressFileError("not a JSON object")
        except (ProgressFileError, UnicodeDecodeError) as e:
            state.bad.append((state.lines, raw))
            later = (
                "left out (no compaction in lock-free mode)"
                if lock_free()
                else "will be moved aside at the next compaction"
            )
            warnings.warn(
                f"{jpath} line {state.lines} could not be read ({e}); it is kept and {later}",
                ProgressWarning,
                stacklevel=5,
            )
            continue
        state.add(rec)
    state.offset += end
    state.tail = len(data) - end


class _Restart(Exception):
    """The journal was emptied or replaced since it was last read: read everything again."""


def load(path: Path, *, locked: bool = False) -> State:
    """The record at ``path``: cached, reading only what was appended since the last call.

    Safe without the lock: if the snapshot changes while the journal is read, it reads again.
    In lock-free mode (JupyterLite) the snapshot, the journal and every session's journal are
    merged (:func:`_load_lock_free`).
    """
    if not locked and lock_free():
        return _load_lock_free(Path(path))
    return _load_base(Path(path), locked=locked)


def _load_base(path: Path, *, locked: bool = False) -> State:
    """The snapshot and the shared journal (the whole record, but in lock-free mode)."""
    cache_key = str(path)
    for _ in range(20):
        state = _CACHE.get(cache_key)
        key = _key(_stat(path))
        if state is None or state.snap_key != key or (locked and state.corrupt):
            state = _fresh(path, locked=locked)
        try:
            _read_journal(path, state)
        except _Restart:
            _CACHE.pop(cache_key, None)
            continue
        except NotARegularFileError as e:  # a FIFO or folder where the journal should be
            if not locked:
                raise
            target = aside_name(journal_path(path), "corrupt")
            os.replace(journal_path(path), target)
            warnings.warn(
                f"peerlearn could not read {e.path} ({e.kind}); nothing was deleted: it was "
                f"moved aside to {target}",
                ProgressWarning,
                stacklevel=4,
            )
            _CACHE.pop(cache_key, None)
            continue
        if _key(_stat(path)) == state.snap_key:
            _CACHE[cache_key] = state
            return state
        _CACHE.pop(cache_key, None)
    raise ProgressSaveError(errno.EAGAIN, f"{path} kept changing while it was read; try again")


def _recover_unlocked(path: Path, reason: str) -> bool:
    """A reader found a corrupted snapshot: move it aside if the folder allows (``True``)."""
    try:
        with contextlib.nullcontext() if lock_free() else file_lock(path):
            if path.exists() and _read_snapshot(path)[0] is None:  # still bad: move it aside
                move_aside(path, reason)
        return True
    except OSError:
        warnings.warn(
            f"peerlearn could not read the progress file {path} ({reason}); it was left where "
            "it is (the folder cannot be written), and nothing in it is shown.",
            ProgressWarning,
            stacklevel=5,
        )
        return False


def _append_line(jpath: Path, data: bytes) -> int:
    """Append ``data`` to the journal and fsync; on failure cut it back. Returns the old size."""
    fd = os.open(jpath, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        try:
            write_all(fd, data)
            fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)
            raise
        return size
    finally:
        os.close(fd)


def _set_aside_lines(path: Path, lines: list[bytes], label: str, why: str) -> None:
    target = aside_name(journal_path(path), label)
    with open(target, "xb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    warnings.warn(
        f"{journal_path(path)}: {len(lines)} line(s) {why}; nothing was deleted: they were moved "
        f"aside to {target}",
        ProgressWarning,
        stacklevel=5,
    )


def _repair_tail(path: Path, state: State) -> None:
    """A torn last line (a writer killed mid-append): move it aside, cut the journal back."""
    jpath = journal_path(path)
    with open(jpath, "r+b") as fh:
        fh.seek(state.offset)
        torn = fh.read()
        _set_aside_lines(path, [torn], "torn", "were left unfinished by an interrupted write")
        fh.truncate(state.offset)
        fsync(fh.fileno())
    state.tail = 0


def compact(path: Path, state: State) -> None:
    """Write every record into a new snapshot, then empty the journal (call with the lock held)."""
    if state.bad:
        _set_aside_lines(path, [raw for _, raw in state.bad], "corrupt", "could not be read")
    if state.snap_version != SCHEMA_VERSION and path.exists():
        backup = aside_name(path, f"v{state.snap_version}")
        with open(backup, "xb") as fh:
            fh.write(read_regular(path))
            fsync(fh.fileno())
    write(path, state.doc())
    jpath = journal_path(path)
    if jpath.exists():
        with open(jpath, "r+b") as fh:
            fh.truncate(0)
            fsync(fh.fileno())
    state.bad.clear()
    state.snap_key = _key(_stat(path))
    state.snap_version = SCHEMA_VERSION
    st = _stat(jpath)
    state.journal_ino, state.offset, state.tail = (st.st_ino if st else None), 0, 0


@dataclass
class Journal:
    """The right to append to one record, held (the lock, or in lock-free mode the session's).

    ``state`` is the record as it is now, read under that right, so a record can be completed
    from it (its item's earlier attempts, say) before :meth:`append` writes it.
    """

    state: State
    _write: Callable[[dict[str, Any]], None]

    def append(self, rec: dict[str, Any]) -> dict[str, Any]:
        """Write ``rec`` (on disk, fsync-ed, when this returns) and add it to :attr:`state`."""
        self._write(rec)
        return rec


@contextlib.contextmanager
def appending(path: Path) -> Iterator[Journal]:
    """Hold the right to append to the record at ``path``: the lock (or, in lock-free mode, this
    session's journal); a torn tail repaired and an old version migrated first, and the journal
    compacted afterwards when it has grown (:data:`COMPACT_MIN_BYTES`).

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
    >>> with appending(p) as journal:
    ...     _ = journal.append({"id": "a1", "event": "attempt", "n": len(journal.state.records)})
    >>> read(p)["records"][0]["n"]
    0
    """
    path = Path(path)
    if lock_free():
        with LOCK:
            state = _load_lock_free(path)
            yield Journal(state, lambda rec: _append_lock_free(path, state, rec))
        return
    with writing(path):
        state = load(path, locked=True)
        clean_orphans(path)
        if state.tail:
            _repair_tail(path, state)
        if state.snap_version != SCHEMA_VERSION or state.snap_key is None:
            # migrate before appending version-2 records; a first write starts the snapshot
            _try_compact(path, state)
        yield Journal(state, lambda rec: _append_locked(path, state, rec))
        snap = state.snap_key[2] if state.snap_key else 0
        if state.offset >= max(COMPACT_MIN_BYTES, snap):
            _try_compact(path, state)


def append(path: Path, rec: dict[str, Any]) -> dict[str, Any]:
    """Append one record to the journal, locked and fsync-ed; compact now and then.

    Returns the record as written (scheduling, if any, is the caller's, inside
    :func:`appending`).
    """
    with appending(path) as journal:
        return journal.append(rec)


def _append_locked(path: Path, state: State, rec: dict[str, Any]) -> None:
    """Append ``rec`` to the shared journal (the lock held) and to ``state``."""
    data = (record_line(rec) + "\n").encode("utf-8")
    before = _append_line(journal_path(path), data)
    if before == state.offset:
        state.offset += len(data)
        state.lines += 1
        # the journal exists: it was appended to just now, the lock held
        state.journal_ino = state.journal_ino or os.stat(journal_path(path)).st_ino
        state.add(rec)
    else:  # something else wrote without the lock: read it all again next time
        _CACHE.pop(str(path), None)


def _try_compact(path: Path, state: State) -> None:
    try:
        compact(path, state)
    except OSError as e:
        _CACHE.pop(str(path), None)
        warnings.warn(
            f"peerlearn could not compact {path} ({e}); nothing was lost: the records are "
            f"still in {journal_path(path)} and compaction will be tried again",
            ProgressWarning,
            stacklevel=4,
        )


@contextlib.contextmanager
def locked_doc(path: Path) -> Iterator[dict[str, Any]]:
    """Lock, read, let the caller change the whole document, write it back (a compaction).

    Not in lock-free mode (JupyterLite), where no process may rewrite another's records.
    """
    path = Path(path)
    if lock_free():
        raise ProgressSaveError(
            errno.ENOTSUP,
            f"cannot rewrite {path} as a whole in lock-free mode (JupyterLite): each session "
            "only appends to its own journal",
        )
    with writing(path):
        state = load(path, locked=True)
        doc = state.doc()
        yield doc
        fresh = State(header=header(doc), snap_key=state.snap_key, bad=state.bad)
        fresh.snap_version = state.snap_version
        for r in doc["records"]:
            fresh.add(r)
        compact(path, fresh)
        _CACHE[str(path)] = fresh


# -- lock-free mode (JupyterLite): each session appends to its own journal; reads merge them ------
def _load_lock_free(path: Path) -> State:
    """The merged record: the snapshot, its journal and every session's journal (cached; the
    folder is looked at again at most every :data:`.sessions.RESCAN_AFTER` seconds)."""
    with LOCK:
        lite = LITE.get(str(path))
        if lite is None or lite.own != session_name(path):  # a new session (or a fork)
            lite = LITE[str(path)] = Lite(own=session_name(path))
        if lite.state is not None and time.monotonic() - lite.checked < sessions.RESCAN_AFTER:
            return lite.state
        names = listing(path.parent)
        lite.made = lite.made or bool(names)
        if path.name + ".lock" in names:  # left by an older peerlearn's soft lock: not used now
            with contextlib.suppress(OSError):
                os.unlink(str(path) + ".lock")
        base = None
        if path.name in names or journal_path(path).name in names:
            base = _load_base(path)
        count = len(base.records) if base else 0
        changed = lite.state is None or lite.base is not base or lite.base_len != count
        present = set(session_files(path, names)) - {lite.own}
        for name in sorted(present):
            changed |= read_session(path.parent / name, lite.cursors.setdefault(name, Cursor()))
        for name in set(lite.cursors) - present - {lite.own}:  # deleted by the learner
            del lite.cursors[name]
            changed = True
        if changed:
            lite.state = merge(base, lite)
            lite.base, lite.base_len = base, count
        lite.checked = time.monotonic()
        fold.schedule(path, lite)  # after the current cell, if enough files can be folded
        assert lite.state is not None
        return lite.state


def fold_plan(path: Path) -> list[str]:
    """The session files a fold would take now, as this process has read the folder."""
    path = Path(path)
    with LOCK:
        _load_lock_free(path)
        lite = LITE[str(path)]
        return fold.plan(path, lite.cursors, lite.own)


def fold_sessions(path: Path) -> fold.Folded | None:
    """Fold other sessions' idle journals now, if enough can be (:mod:`.fold`; lock-free mode).

    The kernel does this by itself after a read that finds enough of them; tests and benchmarks
    call it. Returns what was done, or ``None`` (nothing to fold, or a fold under way here).
    It sleeps while it waits for the answer to which sessions are alive (:mod:`.alive`); in a
    browser that answer comes only on the event loop, so called there it folds nothing.
    """
    path = Path(path)
    with LOCK:
        _load_lock_free(path)
        if not fold.claim(path):
            return None
    return fold.finish(fold.work(path))


def _append_lock_free(path: Path, state: State, rec: dict[str, Any]) -> None:
    """Append ``rec`` to this session's own journal: no lock file, one open-append-close."""
    with LOCK:
        lite = LITE[str(path)]
        data = (record_line(rec) + "\n").encode("utf-8")
        own = path.parent / lite.own
        check_browser_storage(path.parent)
        try:
            if not lite.made:
                path.parent.mkdir(parents=True, exist_ok=True)
                lite.made = True
            payload = b"\n" + data if lite.torn else data
            try:
                before = append_line(own, payload)
            except FileNotFoundError:  # the folder was deleted since: make it again, once
                path.parent.mkdir(parents=True, exist_ok=True)
                payload = data
                before = append_line(own, payload)
        except (FileExistsError, NotADirectoryError):
            raise not_a_folder(path.parent) from None
        except OSError as e:
            lite.torn, lite.written = True, None
            raise ProgressSaveError(
                e.errno or errno.EIO, f"cannot save progress in {own} ({e})"
            ) from None
        lite.torn = False
        if lite.written is not None and before < lite.written:
            before += _heal(path, lite)
        lite.written = before + len(payload)
        lite.cursors.setdefault(lite.own, Cursor()).records.append(rec)
        if time_key(rec) >= lite.newest:
            state.add(rec)
            lite.newest = time_key(rec)
        else:  # recorded with an earlier time (an import): merge again, in time order
            lite.state = merge(lite.base, lite)


def _heal(path: Path, lite: Lite) -> int:
    """This session's file is shorter than what it wrote: another tab's fold took it (or the
    learner deleted it). If a fold's files are there, write this session's earlier records into
    its file again (a record seen twice is read once): a save that landed inside that fold's
    rename, which JupyterLite's contents service does in three steps, is then not lost. Best
    effort, after the save itself; returns the bytes written."""
    names = session_files(path, listing(path.parent))
    earlier = lite.cursors.get(lite.own)
    if earlier is None or not any(fold.by_a_fold(path, n) for n in names):
        return 0
    data = b"".join((record_line(r) + "\n").encode("utf-8") for r in earlier.records)
    try:
        append_line(path.parent / lite.own, data)
    except OSError:
        return 0
    return len(data)


def forget() -> None:
    """Forget everything read (as after a kernel restart; the session id is kept)."""
    _CACHE.clear()
    LITE.clear()


def read(path: Path) -> dict[str, Any]:
    """The learner's record as one document (snapshot and journal), without writing anything."""
    return load(Path(path)).doc()


def read_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> dict[str, Any]:
    """Someone's progress file (an export to hand in, say) as a document; never changes it.

    Refuses anything but a regular file without blocking (a FIFO or a device), a file over
    ``max_bytes``, and anything :func:`parse` refuses; a journal beside it is read too, and so
    are its sessions' journals (a JupyterLite record). Raises only :class:`ProgressFileError` or
    :class:`OSError`.
    """
    p = Path(path)
    data = read_regular(p, limit=max_bytes, expected="a peerlearn progress file")
    if max_bytes is not None and len(data) > max_bytes:
        raise ProgressFileError(f"{p} is larger than {max_bytes:,} bytes")
    doc = parse(data, str(p))
    state = State(header=header(doc))
    for r in doc["records"]:
        state.add(r)
    if journal_path(p).is_file():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ProgressWarning)
            with contextlib.suppress(_Restart):
                _read_journal(p, state)
    names = session_files(p, listing(p.parent))
    if not names:
        return state.doc()
    lite = Lite(own="")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProgressWarning)
        for name in names:
            read_session(p.parent / name, lite.cursors.setdefault(name, Cursor()))
    return merge(state, lite).doc()
