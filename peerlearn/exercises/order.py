"""The order a learner sees options in: their own, stable, and never the written order's cue.

Authors tend to write the right option first (the built-in bank did, in every multiple-choice
question), so any route that keeps the written order lets "always pick the first" pass. Every
route therefore shows choices in an order computed here:

- :func:`shown_order` sorts choices by a hash of *(seed, set id, exercise id, the choice's
  text)*. The order depends on what the choices are, never on the order they came in, so the
  practice widget (the set as written), the assessed widget (the learner's copy) and an export
  all agree for the same seed; it is stable across reloads and kernel restarts; and it says
  nothing about which choice is right.
- :func:`learner_seed` is the one place a learner's seed comes from: a random id kept in a small
  file in the learner's progress folder, made on first use. Two learners get two orders; one
  learner gets the same order each time. Where no folder can be written (a read-only copy), the
  seed is ``""``: the class order, still unrelated to the written one.
- Exports and the learner's copy of an assessed set use the class seed (``""``) unless given
  another, so every file is in a shuffled order even where a format cannot shuffle.

Answers are kept and scored by the choice's identity (its text), never by its position.

Room: the exercises room, beside the model; imports the standard library and
:mod:`peerlearn._safefiles` (regular-file reads).

>>> texts = ["Love labour", "Liminality", "Lived experience"]
>>> order = shown_order(texts, seed="ana", set_id="s", exercise_id="q1")
>>> sorted(order) == [0, 1, 2]
True
>>> [texts[i] for i in order] == shuffled(list(reversed(texts)), seed="ana", set_id="s",
...                                       exercise_id="q1")
True
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["SEED_FILE", "learner_seed", "shown_order", "shuffled"]

SEED_FILE = "option-order-seed.txt"

T = TypeVar("T")


def _rank(seed: str, set_id: str, exercise_id: str, text: str) -> str:
    return hashlib.sha256("\x1f".join((seed, set_id, exercise_id, text)).encode()).hexdigest()


def shown_order(
    texts: Sequence[str], *, seed: str = "", set_id: str = "", exercise_id: str = ""
) -> list[int]:
    """Positions of ``texts`` in the order shown for ``seed`` (see the module).

    >>> shown_order(["a", "b"], seed="x", set_id="s", exercise_id="q") in ([0, 1], [1, 0])
    True
    """
    return sorted(range(len(texts)), key=lambda i: (_rank(seed, set_id, exercise_id, texts[i]), i))


def shuffled(
    items: Sequence[T],
    *,
    seed: str = "",
    set_id: str = "",
    exercise_id: str = "",
    text: Callable[[T], str] | None = None,
) -> list[T]:
    """``items`` in the shown order; ``text(item)`` gives an item's text (default: the item).

    >>> shuffled(["b", "a"], seed="x") == shuffled(["a", "b"], seed="x")
    True
    """
    get: Callable[[T], str] = text if text is not None else str
    order = shown_order([get(i) for i in items], seed=seed, set_id=set_id, exercise_id=exercise_id)
    return [items[i] for i in order]


def _read(path: Path) -> str:
    """The seed in ``path`` (its first line, at most 64 characters), or ``""``."""
    from peerlearn._safefiles import read_regular  # a FIFO planted there cannot hang us

    try:
        return read_regular(path, limit=64)[:64].decode("ascii").split("\n")[0].strip()
    except (OSError, UnicodeDecodeError):
        return ""


def learner_seed(folder: str | os.PathLike[str] | None) -> str:
    """The learner's own seed, kept in ``folder`` (their progress folder); ``""`` if none.

    Made once (a random id, 16 hex digits) and read back after: the same learner sees the same
    order across reloads and restarts. A folder that cannot be written gives ``""``.

    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> learner_seed(d) == learner_seed(d) != ""
    True
    """
    if folder is None:
        return ""
    path = Path(folder) / SEED_FILE
    text = _read(path)
    if text:
        return text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:  # another process made it first: read theirs
        return _read(path)
    except OSError:
        return ""
    seed = secrets.token_hex(8)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(seed + "\n")
    return seed
