"""Folding old session journals (JupyterLite): many idle sessions' files become one, lock-free.

In lock-free mode (:mod:`.sessions`) every kernel session writes its own journal, and a new
kernel's first read fetches every one of them: over a term, a hundred files and more, each a
request to the browser's storage. A *fold* copies the records of the other sessions' idle files
into one new file and deletes the files it copied, with no lock, in these steps:

1. **Plan** (no request: from what the reader has already read). A file can be folded when it is
   not this session's own, was read whole (no torn last line, no unreadable line: those files are
   left as they are, read as today) and is *idle*: its newest record is at least
   :data:`FOLD_IDLE` seconds old, or no session writes to it any more (an earlier fold's output,
   or a file an interrupted fold claimed). A fold runs only when at least :data:`FOLD_AT` files
   can be folded: it costs about five requests a file once, and saves one or two requests a file
   on every later kernel's first read, so it pays back within a few reloads. A file holding a
   record with the same time as a record of a file left out is left out too, so the merged order
   (records by time; ties: file, line) cannot change.
2. **Claim**: each file is renamed to ``<name>-folding-<this session>`` (a name readers still
   read). A writer that appends afterwards makes its own file again (``O_APPEND | O_CREAT``).
3. **Read** each claimed file again (it may have grown before the rename); one that has a torn or
   unreadable line now is left claimed and unfolded (readers keep reading it; the next fold tries).
4. **Write** one new file, ``<stem>.journal.session-<time>-<random>-folded.jsonl``, with
   ``O_EXCL`` (no one else ever writes it): every record once (by id), in the merged order.
5. **Verify**: read it back; only if it holds exactly those records are the claimed files deleted.
   If anything fails (a full drive, a read-only folder), the new file is removed if it can be and
   every claimed file stays: every record stays readable and nothing is said to the learner.

Why this loses nothing (what JupyterLite's drive really does, read in ``@jupyterlite/services``'
``drivefs.js`` and the contents service a site runs): a DriveFS ``open`` fetches the whole file by
path, ``close`` puts the whole file back by the path *this* tab knows — another tab's rename does
not change it. So a writer whose fetch came before the claim and whose write-back came after writes
its old lines and the new one to its own name again: the folded copy and the new file share
records, and readers drop a record seen twice (by id). Two folders at once lose nothing either:
each writes its *own* new file and deletes only files it claimed and read back into it (a file both
claimed is renamed twice: the second folder reads it, the first has read it too, a duplicate, or
finds it gone and leaves it out; the contents service's rename is "get, save under the new name,
remove the old", so two renames at once leave two copies, i.e. duplicates, never a loss). The
snapshot (``progress.json``) is never written by a fold: written whole, last writer wins, a folder
that read it before another's fold and wrote it after would erase what the other had folded and
deleted; nothing in the browser's drive can prevent that interleaving, a new file per fold can. On
a disk (CPython, tests) a writer may hold its file open across the rename:
:func:`.sessions.append_line` checks after writing that the name still leads to the file it wrote,
and writes the line again to the name if not.

Only sessions that are gone: the contents service's rename is not atomic (three steps on
IndexedDB); a write-back landing between its "get" and "remove" steps (milliseconds) would be
removed with the old name. So a fold first asks which of the sessions whose files it would take
are still running (:mod:`.alive`: a Web Lock each kernel session holds while its worker lives,
asked through the browser's lock manager, the answer awaited on the event loop for at most
:data:`.alive.WAIT`), and folds only the others' files (:func:`asking`); the idle rule stays. What
remains: a session that cannot be asked about (no ``navigator.locks``) is folded by the idle rule
alone, and then the race above needs its first save in an hour to fall inside another tab's
rename of that very file; that session's next save finds its file shorter than what it wrote
while a fold's files are there, and writes its earlier records again (:mod:`.store`), so the
record is lost only if the tab never saves again. A tab the browser froze holds its lock: its file
waits (a missed fold, never a lost record).

Room: :mod:`peerlearn.progress`, above :mod:`.sessions`, :mod:`.files` and :mod:`.alive`, below
:mod:`.store` (whose reads call :func:`schedule`). Imports those and the standard library.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> path = folder / "progress.json"
>>> cursors = {}
>>> for i in range(FOLD_AT):
...     old = sessions.session_name(path, f"20200101T00000{i}-0000000{i}")
...     _ = sessions.append_line(folder / old, b'{"id": "a%d", "time": "2020-01-01"}\\n' % i)
...     _ = sessions.read_session(folder / old, cursors.setdefault(old, Cursor()))
>>> done = run(path, cursors, own="mine")
>>> [p.name.endswith("-folded.jsonl") for p in folder.iterdir()]
[True]
>>> len(done.cursor.records)
10
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import re
import secrets
import sys
import time
import warnings
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import alive, sessions
from .files import ProgressWarning, fsync, record_line, write_all
from .sessions import Cursor, read_bytes, session_id, take_lines, time_key

__all__ = [
    "FOLD_AT",
    "FOLD_IDLE",
    "Folded",
    "asking",
    "by_a_fold",
    "finish",
    "later",
    "plan",
    "run",
    "steps",
    "writer",
]

#: A fold runs when at least this many other session files can be folded. Each costs about five
#: drive requests once (a rename, a read, a delete, lookups); each then saves one or two requests
#: on every new kernel's first read. Ten keeps the folder small and a fold short.
FOLD_AT = 10
#: A session file is idle (foldable) once its newest record is this old (seconds): a tab left
#: open an hour is then most likely closed, and if it is not, its next save makes its file again.
FOLD_IDLE = 3600.0

_LOG = logging.getLogger("peerlearn.progress")
_CLAIM = re.compile(r"-folding-\d{8}T\d{6}-[0-9a-f]{8}(?:-p\d+)?$")
_FOLDED = "-folded"
_EXCL = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _part(path: Path, name: str) -> str:
    """What follows ``.journal.session-`` in a session file's name (no ``.jsonl``)."""
    return name[len(sessions.session_name(path, "x")) - len("x.jsonl") : -len(".jsonl")]


def _unwritten(part: str) -> bool:
    """No session appends to this file any more: an earlier fold's output, or a claimed file."""
    return bool(_CLAIM.search(part)) or part.endswith(_FOLDED)


def by_a_fold(path: Path, name: str) -> bool:
    """Whether the session file ``name`` beside ``path`` was made or claimed by a fold.

    >>> by_a_fold(Path("progress.json"), "progress.journal.session-20261207T101500-0a1b2c3d.jsonl")
    False
    """
    return _unwritten(_part(path, name))


def writer(path: Path, name: str) -> str | None:
    """The session id that appends to the session file ``name`` (``None``: a fold's file).

    >>> writer(Path("progress.json"), "progress.journal.session-20261207T101500-0a1b2c3d.jsonl")
    '20261207T101500-0a1b2c3d'
    """
    part = _part(path, name)
    return None if _unwritten(part) else part


def _claim_name(path: Path, name: str, sid: str) -> str:
    return sessions.session_name(path, f"{_CLAIM.sub('', _part(path, name))}-folding-{sid}")


def plan(
    path: Path,
    cursors: dict[str, Cursor],
    own: str,
    now: _dt.datetime | None = None,
    live: Collection[str] = (),
) -> list[str]:
    """The session files to fold (names), or ``[]`` when fewer than :data:`FOLD_AT` qualify.

    ``cursors`` is what the reader has read of each file (its name → :class:`.sessions.Cursor`);
    ``live``: session ids known to be alive (:mod:`.alive`), whose files are not taken.

    >>> plan(Path("progress.json"), {}, own="mine")
    []
    """
    now = now or _dt.datetime.now(_dt.UTC)
    cutoff = (now - _dt.timedelta(seconds=FOLD_IDLE)).isoformat(timespec="microseconds")
    take = set()
    for name, cur in cursors.items():
        if name == own or cur.tail or cur.bad or writer(path, name) in live:
            continue
        newest = max((time_key(r) for r in cur.records), default="")
        if _unwritten(_part(path, name)) or newest < cutoff:
            take.add(name)
    while True:  # a tie in time with a file left out would change the merged order
        kept = {time_key(r) for n, c in cursors.items() if n not in take for r in c.records}
        tied = {n for n in take if any(time_key(r) in kept for r in cursors[n].records)}
        if not tied:
            break
        take -= tied
    return sorted(take) if len(take) >= FOLD_AT else []


@dataclass
class Folded:
    """What a fold did: the new file and what it holds, the files gone from the folder under
    their old names, the claimed files it deleted, and the files claimed but left unfolded (new
    name → what was read)."""

    output: str
    cursor: Cursor
    gone: list[str] = field(default_factory=list)
    kept: dict[str, Cursor] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


def _read_whole(file: Path) -> Cursor | None:
    """The file read from its start (``None`` if it is gone or cannot be read)."""
    try:
        data = read_bytes(file)
    except OSError:
        return None
    if data is None:
        return None
    cursor = Cursor()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProgressWarning)
        take_lines(file, data, cursor)
    return cursor


def _remove(file: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(file)


def steps(path: Path, names: list[str]) -> Iterator[Folded | None]:
    """Fold the session files ``names`` beside ``path``, one file per step (yields ``None``);
    the last value yielded is the :class:`Folded` result, or ``None`` if nothing was folded.

    Never raises for a file it cannot rename, read or write: it stops, leaving every file
    readable (see the module's steps 2–5).
    """
    folder, sid = path.parent, session_id()
    claimed: dict[str, tuple[str, Cursor]] = {}  # old name → (claimed name, what it holds)
    gone = []
    for name in names:
        new = _claim_name(path, name, sid)
        try:
            os.rename(folder / name, folder / new)
        except OSError:  # taken by another fold, deleted by the learner, or a read-only folder
            yield None
            continue
        gone.append(name)
        cur = _read_whole(folder / new)
        if cur is not None:
            claimed[name] = (new, cur)
        yield None
    fold = {n: c for n, (_, c) in claimed.items() if not (c.tail or c.bad)}
    kept = {new: c for n, (new, c) in claimed.items() if n not in fold}
    tagged = sorted(
        (time_key(r), n, i, r) for n, c in fold.items() for i, r in enumerate(c.records)
    )
    records, seen = [], set()
    for *_, r in tagged:
        rid = r.get("id")
        if isinstance(rid, str):
            if rid in seen:
                continue
            seen.add(rid)
        records.append(r)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S")
    output = sessions.session_name(path, f"{stamp}-{secrets.token_hex(4)}{_FOLDED}")
    data = b"".join((record_line(r) + "\n").encode("utf-8") for r in records)
    try:
        if not fold:
            raise OSError("nothing could be claimed and read")
        fd = os.open(folder / output, _EXCL, 0o644)
        try:
            write_all(fd, data)
            fsync(fd)
        finally:
            os.close(fd)
        back = _read_whole(folder / output)
        if back is None or back.records != records or back.tail or back.bad:
            raise OSError("the folded file did not read back as written")
    except OSError as e:
        _LOG.info("progress: fold of %d file(s) in %s stopped (%s)", len(fold), folder, e)
        if fold:
            _remove(folder / output)
        kept = {new: c for new, c in claimed.values()}
        yield Folded(output="", cursor=Cursor(), gone=gone, kept=kept) if gone else None
        return
    removed = []
    for name in fold:
        _remove(folder / claimed[name][0])
        removed.append(claimed[name][0])
        yield None
    yield Folded(output=output, cursor=back, gone=gone, kept=kept, removed=removed)


def asking(
    path: Path, cursors: Callable[[], dict[str, Cursor]], own: str
) -> Iterator[Folded | float | None]:
    """Plan a fold, ask which of the sessions whose files it would take are alive (:mod:`.alive`),
    plan again without those, and fold (:func:`steps`). ``cursors`` gives what the reader has
    read, now (it is called again after the wait: reads may come in between).

    Yields a number (seconds) while it waits for the answer, at most :data:`.alive.WAIT` in all
    (:func:`later` waits on the event loop, :func:`finish` sleeps); then as :func:`steps`. If
    no answer comes in time, nothing is folded (the next read plans again).
    """
    names = plan(path, cursors(), own)
    if not names:
        return
    question = alive.ask({w for n in names if (w := writer(path, n))}, own=session_id())
    deadline = time.monotonic() + alive.WAIT
    while not question.answered() and time.monotonic() < deadline:
        yield alive.POLL
    live = question.alive()
    if live is None:
        _LOG.info("progress: no answer on which sessions are alive in %s; no fold", path.parent)
        return
    if live:
        _LOG.debug("progress: sessions alive, their files not folded: %s", sorted(live))
    names = plan(path, cursors(), own, live=live)
    if names:
        yield from steps(path, names)


def run(path: Path, cursors: dict[str, Cursor], own: str) -> Folded | None:
    """Plan and fold now, in one go (tests, benchmarks; the kernel uses :func:`later`)."""
    return finish(asking(path, lambda: cursors, own))


def finish(work: Iterator[Folded | float | None]) -> Folded | None:
    """Run a fold's remaining steps now (a number yielded: sleep that long); its result
    (``None``: nothing folded)."""
    last = None
    for value in work:
        if isinstance(value, float):
            time.sleep(value)
        else:
            last = value
    return last


def later(work: Iterator[Any]) -> bool:
    """Run ``work`` one step at a time on the running event loop, after the current cell (the
    kernel answers between steps; a step that yields a number is called again that many seconds
    later); ``False`` if there is no event loop to run it.

    >>> later(iter([1]))  # no event loop running here
    False
    """
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        if sys.platform != "emscripten":
            return False
        loop = asyncio.get_event_loop()  # Pyodide's WebLoop: always there

    def step() -> None:
        try:
            value = next(work)
        except StopIteration:
            return
        except Exception:  # never in the learner's notebook (no handler prints DEBUG)
            _LOG.debug("progress: fold failed", exc_info=True)
            return
        if isinstance(value, float) and value > 0:
            loop.call_later(value, step)
        else:
            loop.call_soon(step)

    loop.call_soon(step)
    return True


_FOLDING: set[str] = set()  # the records (snapshot paths) a fold is under way for in this process


def work(path: Path) -> Iterator[Folded | float | None]:
    """Plan (as this process has read the folder, now), ask which of those sessions are alive,
    fold the others' files (:func:`asking`), and take the result in (what :func:`schedule` runs
    after a cell, and :func:`.store.fold_sessions` at once)."""
    try:
        with sessions.LOCK:
            lite = sessions.LITE.get(str(path))

        def read() -> dict[str, Cursor]:
            with sessions.LOCK:
                return dict(lite.cursors) if lite is not None else {}

        done, stepped = None, False
        for value in asking(path, read, lite.own) if lite is not None else ():
            if not isinstance(value, float):
                done, stepped = value, True
            yield value
        with sessions.LOCK:
            if lite is not None and sessions.LITE.get(str(path)) is lite:
                if not stepped:  # nothing tried: too few files once the live ones were left out,
                    lite.folding = False  # or no answer; a later read may plan (a question again)
                _take(lite, done)
    finally:
        _FOLDING.discard(str(path))


def _take(lite: sessions.Lite, done: Folded | None) -> None:
    """Take a fold's result into what this process has read (the merged record is unchanged)."""
    if done is None:
        return
    for name in (*done.gone, *done.removed):  # (a read between the fold's steps saw these)
        lite.cursors.pop(name, None)
    lite.cursors.update(done.kept)
    if done.output:
        lite.cursors[done.output] = done.cursor
        lite.folding = False  # another fold may run later in this session
    else:  # stopped part-way: look at the folder again at the next read; no retry here
        lite.checked = float("-inf")
    lite.state = sessions.merge(lite.base, lite)


def schedule(path: Path, lite: sessions.Lite) -> None:
    """After a read of ``path`` (under :data:`.sessions.LOCK`): if enough other sessions' files
    could be folded now, run the fold on the event loop after the current cell, a step at a time
    (:func:`later`): a save never waits for a fold, and one runs at a time per record here."""
    if not lite.folding and str(path) not in _FOLDING and plan(path, lite.cursors, lite.own):
        lite.folding = later(work(path))
        if lite.folding:
            _FOLDING.add(str(path))


def claim(path: Path) -> bool:
    """Mark a fold of ``path``'s sessions as under way in this process; ``False`` if one is."""
    if str(path) in _FOLDING:
        return False
    _FOLDING.add(str(path))
    return True
