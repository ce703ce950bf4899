"""Whether another kernel session is still running: asked before a fold claims its file.

A fold (:mod:`.fold`) takes other sessions' journals; a session that is still running may save
to its file while the fold renames it, and JupyterLite's contents service renames in three steps
(get, save under the new name, remove the old), so a save landing in between would be removed
with the old name (its session writes it again at its next save, :mod:`.store`). So a fold first
asks which of the sessions it would take are alive, and folds only the others.

**JupyterLite (Pyodide).** Each kernel session holds a *Web Lock* named
``peerlearn-session:<session id>`` (``navigator.locks``, in the kernel's worker) for as long as
its worker lives: :func:`hold`, called when the session id is made. The fold asks the browser's
lock manager which such locks are held or waited for (``navigator.locks.query()``, in
JavaScript) and waits for the answer on the event loop, at most :data:`WAIT` seconds, polling
every :data:`POLL` (a save or a cell never waits for it). A Web Lock rather than a message each
kernel answers (a ``BroadcastChannel``): the lock manager answers for a kernel that is busy
running a long cell (a worker's message handler cannot run until the cell ends), and it drops
the lock itself when the worker ends. JupyterLite's kernel restart and shutdown terminate the
kernel's worker (``Kernels.restart`` disposes the kernel, ``PyodideKernel.dispose`` terminates
its worker), and so does closing the tab: nothing is left behind that would keep a dead session
"alive". A tab the browser froze (not discarded) still holds its lock: its file waits (a missed
fold, never a lost record). Where ``navigator.locks`` is missing (an old browser, a page not
served securely, Node in the tests' DriveFS harness) nothing can be asked: the fold keeps to the
idle rule alone, as before. If the lock manager does not answer within :data:`WAIT`, the fold
folds nothing this time.

**CPython (the lock-free test mode).** A session id ends with ``-p<pid>`` (:func:`suffix`); a
session is alive if it is this process's current one, or if its process is another that is still
running (``os.kill(pid, 0)``); an earlier session of this process (a restart simulated with
:func:`.sessions.new_session`) is not. A reused pid can only make a dead session look alive: a
missed fold. A session id without a pid (Pyodide's, in CPython) cannot be asked about.

Room: :mod:`peerlearn.progress`, below :mod:`.sessions` and :mod:`.fold`; imports only the
standard library (and, under Pyodide, ``pyodide.code``).

>>> question = ask(["20200101T000000-0a1b2c3d"], own="20261207T101500-99999999")
>>> question.answered(), question.alive()  # in CPython: at once; no pid in that id: unknown
(True, set())
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any

__all__ = ["LOCK_PREFIX", "POLL", "WAIT", "Question", "ask", "hold", "suffix"]

#: At most this long (seconds) a fold waits for the browser's lock manager to answer.
WAIT = 0.3
#: How often (seconds) the fold looks whether the answer has come, meanwhile.
POLL = 0.01
#: The Web Lock each JupyterLite kernel session holds is named this plus its session id.
LOCK_PREFIX = "peerlearn-session:"

_EMSCRIPTEN = sys.platform == "emscripten"
_PID = re.compile(r"-p(\d+)$")
_HELD: set[str] = set()  # the session ids this process holds a lock for

# JavaScript, so that the question is answered by the browser, not by a busy Python
_HOLD_JS = """(name) => {
  const locks = globalThis.navigator && globalThis.navigator.locks;
  if (!locks) return false;
  // the callback's promise never settles: held until this worker ends
  locks.request(name, () => new Promise(() => {})).catch(() => {});
  return true;
}"""
_QUERY_JS = """(prefix) => {
  const box = {done: false, names: null, missing: false};
  const locks = globalThis.navigator && globalThis.navigator.locks;
  if (!locks) { box.done = true; box.missing = true; return box; }
  locks.query().then(
    (s) => {
      box.names = [...(s.held || []), ...(s.pending || [])]
        .map((l) => l.name).filter((n) => n && n.startsWith(prefix));
      box.done = true;
    },
    () => { box.done = true; },
  );
  return box;
}"""


def suffix() -> str:
    """What ends a new session id in this process: ``-p<pid>`` in CPython, nothing in Pyodide.

    >>> suffix() == ("" if sys.platform == "emscripten" else f"-p{os.getpid()}")
    True
    """
    return "" if _EMSCRIPTEN else f"-p{os.getpid()}"


def _js(source: str) -> Any:
    from pyodide.code import run_js  # type: ignore[import-not-found]  # Pyodide only

    return run_js(source)


def hold(sid: str) -> bool:
    """Say, for as long as this kernel lives, that the session ``sid`` is alive (JupyterLite: a
    Web Lock; CPython: the pid in the id says it). ``False`` if it cannot be said here.

    >>> hold("20261207T101500-0a1b2c3d" + suffix()) == (sys.platform != "emscripten")
    True
    """
    if not _EMSCRIPTEN:
        return bool(_PID.search(sid))
    if sid in _HELD:
        return True
    try:
        held = bool(_js(_HOLD_JS)(LOCK_PREFIX + sid))
    except Exception:  # no pyodide.code, or the browser refused: the idle rule still holds
        return False
    if held:
        _HELD.add(sid)
    return held


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):  # another user's process: it exists
        return True
    return True


class Question:
    """Which of some sessions are alive, asked once: :meth:`answered` says when the answer has
    come, :meth:`alive` gives it (``None``: no answer, so nothing should be taken)."""

    def __init__(self, sids: Iterable[str], own: str) -> None:
        self.sids = set(sids)
        self.own = own
        self._box: Any = None
        self._alive: set[str] | None = None
        if _EMSCRIPTEN:
            try:
                self._box = _js(_QUERY_JS)(LOCK_PREFIX)
            except Exception:
                self._alive = set()  # nothing can be asked: the idle rule alone, as before
            return
        me = os.getpid()
        alive = set()
        for sid in self.sids:
            m = _PID.search(sid)
            if sid == own or (m and int(m[1]) != me and _pid_alive(int(m[1]))):
                alive.add(sid)
        self._alive = alive

    def answered(self) -> bool:
        """Whether the answer has come (CPython: at once)."""
        return self._box is None or bool(self._box.done)

    def alive(self) -> set[str] | None:
        """The sessions asked about that are alive; ``set()`` where nothing can be asked (the
        idle rule alone decides); ``None`` if the browser has not answered (take nothing)."""
        if self._box is None:
            return self._alive
        if not self._box.done:
            return None
        if getattr(self._box, "missing", False):
            return set()
        names = self._box.names
        if names is None:  # the query failed
            return None
        held = {str(n)[len(LOCK_PREFIX) :] for n in names.to_py()}
        return (held | {self.own}) & self.sids


def ask(sids: Iterable[str], own: str) -> Question:
    """Ask which of the sessions ``sids`` are alive (``own``: this session's id, alive).

    >>> ask(["20200101T000000-0a1b2c3d" + suffix()], own="x").alive()  # this process, earlier
    set()
    """
    return Question(sids, own)
