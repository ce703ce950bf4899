"""Recording what the learner did: one record per attempt, reveal or reflection.

A record is plain JSON data (time, set, exercise, kind, answer, score, mechanisms, score per
mechanism, revealed). :func:`record_result` takes anything shaped like an exercise ``Result``
(duck typing, see :class:`ResultLike`), so this room needs nothing from :mod:`peerlearn.exercises`.

Room: :mod:`peerlearn.progress`, just above :mod:`.store`. Imports only :mod:`.store` and the
standard library; never exercises, widgets or cli.

>>> import pathlib, tempfile
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("reflection", set_id="demo", exercise_id="r1", answer="I learnt...", path=mine)
>>> [r["event"] for r in records(mine)]
['reflection']
"""

from __future__ import annotations

import json
import math
import os
import uuid
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from .store import ProgressWarning, locked_doc, now, read, resolve_path

__all__ = ["EVENTS", "ResultLike", "record", "record_result", "records"]

#: What a record's ``event`` may be.
EVENTS = ("attempt", "reveal", "reflection")


class ResultLike(Protocol):
    """What :func:`record_result` reads from a result (as :class:`peerlearn.exercises.Result`)."""

    @property
    def exercise_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def answer(self) -> Any: ...
    @property
    def score(self) -> float | None: ...
    @property
    def mechanisms(self) -> Sequence[str]: ...
    @property
    def by_mechanism(self) -> Mapping[str, float]: ...
    @property
    def revealed(self) -> bool: ...


def _jsonable(value: Any, what: str) -> Any:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ValueError(
            f"{what} must be plain JSON data (text, numbers, lists, dicts): {e}"
        ) from None
    return value


def record(
    event: str,
    *,
    set_id: str,
    exercise_id: str,
    answer: Any = None,
    score: float | None = None,
    mechanisms: Iterable[str] = (),
    by_mechanism: Mapping[str, float] | None = None,
    exercise_kind: str | None = None,
    revealed: bool = False,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Append one record (``event``: attempt, reveal or reflection) to the progress file.

    Returns the record written. The write is locked and atomic.
    """
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}; expected one of {', '.join(EVENTS)}")
    if score is not None:
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ValueError(f"score must be a number from 0 to 1 (or None); got {score!r}")
        score = float(score)
    mechs = [mechanisms] if isinstance(mechanisms, str) else list(mechanisms)
    rec: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "time": now(),
        "event": event,
        "set": str(set_id),
        "exercise": str(exercise_id),
        "kind": exercise_kind,
        "answer": _jsonable(answer, "answer"),
        "score": score,
        "mechanisms": mechs,
        "by_mechanism": {str(k): float(v) for k, v in (by_mechanism or {}).items()},
        "revealed": bool(revealed),
    }
    with locked_doc(resolve_path(path)) as doc:
        doc["records"].append(rec)
    return rec


def record_result(
    result: ResultLike,
    *,
    set_id: str,
    mechanisms: Iterable[str] | None = None,
    revealed: bool = False,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Record a :class:`~peerlearn.exercises.scoring.Result` (an attempt, reflection or reveal)."""
    if result.revealed:
        event = "reveal"
    elif result.kind == "reflection":
        event = "reflection"
    else:
        event = "attempt"
    mechs = tuple(mechanisms) if mechanisms is not None else result.mechanisms
    by_mech = dict(result.by_mechanism)
    if result.score is not None and not by_mech:
        by_mech = {m: result.score for m in mechs}
    return record(
        event,
        set_id=set_id,
        exercise_id=result.exercise_id,
        answer=result.answer,
        score=result.score,
        mechanisms=mechs,
        by_mechanism=by_mech if event == "attempt" else None,
        exercise_kind=result.kind,
        revealed=revealed,
        path=path,
    )


def records(path: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Every record in the progress file, oldest first (``[]`` when there is none yet)."""
    return list(read(resolve_path(path))["records"])


# -- checking records read back (a file may hold anything) ---------------------------------------
def valid_records(recs: Iterable[Any], name: str, *, warn: bool = True) -> list[dict[str, Any]]:
    """The records that are well formed; warn (once, counting them) about the rest."""
    good, bad = [], 0
    for r in recs:
        if (
            isinstance(r, dict)
            and r.get("event") in EVENTS
            and isinstance(r.get("set"), str)
            and isinstance(r.get("exercise"), str)
            and isinstance(r.get("time"), str)
            and (r.get("score") is None or is_score(r.get("score")))
            and isinstance(r.get("mechanisms", []), list)
        ):
            good.append(r)
        else:
            bad += 1
    if bad and warn:
        warnings.warn(
            f"{name}: {bad} record(s) could not be read and were left out of the summary "
            "(they are still in the file)",
            ProgressWarning,
            stacklevel=3,
        )
    return good


def is_score(value: Any) -> bool:
    """A finite number from 0 to 1 (not a bool)."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= 1
    )
