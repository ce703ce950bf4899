"""Recording what the learner did: an :class:`Attempt`, built once, saved in one call.

An :class:`Attempt` (a frozen dataclass) is one attempt, reveal or reflection with its context:
set, exercise, kind, answer, score, mechanisms, ``primary`` (the mechanism the item is mainly
about, its first mechanism tag by default), score per mechanism, whether it came after the
learner had seen the answer, the prompt of a reflection, the time. :meth:`Attempt.of` builds it
from anything shaped like an exercise ``Result`` (duck typing, see :class:`ResultLike`, so this
room needs nothing from :mod:`peerlearn.exercises`) and owns the rule of what counts as
revealed. :func:`save` writes it: the record (schema version 2, the format on disk unchanged)
is rated and its item's card moved (:func:`.cards.schedule`) from the item's earlier records,
read under the lock, and appended (:func:`.store.appending`). Each save costs one appended
line, the same at the 10,000th record as at the 10th. :func:`record` and :func:`record_result`
are the keyword forms of the same path.

Room: :mod:`peerlearn.progress`, above :mod:`.cards` and :mod:`.store`. Imports those and the
standard library; never exercises, widgets or cli.

>>> import pathlib, tempfile
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = save(Attempt("reflection", set_id="demo", exercise_id="r1", answer="I learnt..."), mine)
>>> [r["event"] for r in records(mine)]
['reflection']
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import math
import os
import types
import uuid
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import cards
from .store import ProgressWarning, appending, load, now, resolve_path

__all__ = ["EVENTS", "Attempt", "ResultLike", "record", "record_result", "records", "save"]

#: What a record's ``event`` may be.
EVENTS = ("attempt", "reveal", "reflection")


class ResultLike(Protocol):
    """What :meth:`Attempt.of` reads from a result (as :class:`peerlearn.exercises.Result`)."""

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


def _time(at: Any) -> str | None:
    if at is None:
        return None
    try:
        return cards.when(at).isoformat(timespec="microseconds")
    except (TypeError, ValueError):
        raise ValueError(f"at must be an ISO 8601 time or a datetime; got {at!r}") from None


@dataclass(frozen=True)
class Attempt:
    """One thing the learner did, checked and ready to record (build it once; :func:`save` it).

    ``revealed``: the attempt came after the learner had seen the answer (it is kept, not
    rated). ``primary`` defaults to the first of ``mechanisms``; ``at`` (an ISO 8601 time or a
    datetime) to the time it is saved. Refuses, naming the field: an unknown event, a score or
    a score per mechanism that is not a number from 0 to 1, an answer that is not JSON data.

    >>> a = Attempt("attempt", set_id="demo", exercise_id="q1", score=1, mechanisms=["helper-role"])
    >>> a.score, a.primary, a.mechanisms
    (1.0, 'helper-role', ('helper-role',))
    >>> Attempt("guess", set_id="demo", exercise_id="q1")
    Traceback (most recent call last):
    ValueError: unknown event 'guess'; expected one of attempt, reveal, reflection
    """

    event: str
    set_id: str
    exercise_id: str
    kind: str | None = None
    answer: Any = None
    score: float | None = None
    mechanisms: Sequence[str] = ()
    by_mechanism: Mapping[str, float] = field(default_factory=dict)
    revealed: bool = False
    primary: str | None = None
    prompt: str | None = None
    at: str | _dt.datetime | None = None

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        if self.event not in EVENTS:
            raise ValueError(f"unknown event {self.event!r}; expected one of {', '.join(EVENTS)}")
        score = self.score
        if score is not None:
            if (
                isinstance(score, bool)
                or not isinstance(score, (int, float))
                or not 0 <= score <= 1
            ):
                raise ValueError(f"score must be a number from 0 to 1 (or None); got {score!r}")
            put("score", float(score))
        m = self.mechanisms
        mechs = (m,) if isinstance(m, str) else tuple(str(x) for x in m)
        put("mechanisms", mechs)
        by_mech = {}
        for k, v in (self.by_mechanism or {}).items():
            if not is_score(v):
                raise ValueError(f"by_mechanism[{k!r}] must be a number from 0 to 1; got {v!r}")
            by_mech[str(k)] = float(v)
        put("by_mechanism", types.MappingProxyType(by_mech))
        put("set_id", str(self.set_id))
        put("exercise_id", str(self.exercise_id))
        put("answer", _jsonable(self.answer, "answer"))
        put("revealed", bool(self.revealed))
        put(
            "primary",
            str(self.primary) if self.primary is not None else (mechs[0] if mechs else None),
        )
        put("prompt", None if self.prompt is None else str(self.prompt))
        put("at", _time(self.at))

    @classmethod
    def of(
        cls,
        result: ResultLike,
        *,
        set_id: str,
        mechanisms: Iterable[str] | None = None,
        answer_seen: bool = False,
        primary: str | None = None,
        prompt: str | None = None,
        at: str | _dt.datetime | None = None,
    ) -> Attempt:
        """The attempt a checked ``result`` is, in its context.

        The event: ``reveal`` when the result shows the answer, ``reflection`` for a reflection,
        else ``attempt``. ``answer_seen``: the learner has seen this exercise's answer before (a
        reveal); an attempt then counts as *revealed* (kept, not rated), while the reveal itself
        is its own event. ``mechanisms``: the item's tags in its set (default: the result's);
        an attempt with a score and no score per mechanism scores each of them so; ``prompt``
        is kept with a reflection only.

        >>> from types import SimpleNamespace as R
        >>> r = R(exercise_id="q1", kind="single_choice", answer="A", score=0.0,
        ...       mechanisms=("love-labour",), by_mechanism={}, revealed=False)
        >>> a = Attempt.of(r, set_id="demo", answer_seen=True)
        >>> a.event, a.revealed, dict(a.by_mechanism)
        ('attempt', True, {'love-labour': 0.0})
        """
        if result.revealed:
            event = "reveal"
        elif result.kind == "reflection":
            event = "reflection"
        else:
            event = "attempt"
        mechs = tuple(mechanisms) if mechanisms is not None else tuple(result.mechanisms)
        by_mech = dict(result.by_mechanism)
        if result.score is not None and not by_mech:
            by_mech = {m: result.score for m in mechs}
        return cls(
            event,
            set_id=set_id,
            exercise_id=result.exercise_id,
            kind=result.kind,
            answer=result.answer,
            score=result.score,
            mechanisms=mechs,
            by_mechanism=by_mech if event == "attempt" else {},
            revealed=bool(answer_seen) and event != "reveal",
            primary=primary,
            prompt=prompt if event == "reflection" else None,
            at=at,
        )

    def as_record(self) -> dict[str, Any]:
        """The record as it is written (schema version 2), with a new id; not yet rated.

        >>> sorted(Attempt("reveal", set_id="s", exercise_id="q").as_record())[:4]
        ['answer', 'by_mechanism', 'event', 'exercise']
        """
        rec: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "time": self.at or now(),
            "event": self.event,
            "set": self.set_id,
            "exercise": self.exercise_id,
            "kind": self.kind,
            "answer": copy.deepcopy(self.answer),
            "score": self.score,
            "mechanisms": list(self.mechanisms),
            "primary": self.primary,
            "by_mechanism": dict(self.by_mechanism),
            "revealed": self.revealed,
        }
        if self.prompt is not None:
            rec["prompt"] = self.prompt
        return rec


def save(attempt: Attempt, path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Record ``attempt`` in the progress file at ``path`` (default: :func:`.store.default_path`).

    Under the lock (or, in JupyterLite, this session's own journal) the record is rated and its
    item's card moved from the item's earlier records (:func:`.cards.schedule`), then appended.
    Returns the record written; it is on disk (flushed and fsync-ed) when this returns.
    """
    rec = attempt.as_record()
    with appending(resolve_path(path)) as journal:
        earlier = journal.state.by_item.get((rec["set"], rec["exercise"]), [])
        return journal.append(cards.schedule(rec, earlier))


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
    primary: str | None = None,
    prompt: str | None = None,
    at: str | _dt.datetime | None = None,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Append one record (``event``: attempt, reveal or reflection) to the progress file.

    The keyword form of ``save(Attempt(...), path)`` (see :class:`Attempt` for the fields;
    ``exercise_kind`` is its ``kind``). Returns the record written; it is on disk (flushed and
    fsync-ed) when this returns.
    """
    attempt = Attempt(
        event,
        set_id=set_id,
        exercise_id=exercise_id,
        kind=exercise_kind,
        answer=answer,
        score=score,
        mechanisms=tuple(mechanisms) if not isinstance(mechanisms, str) else mechanisms,
        by_mechanism=by_mechanism or {},
        revealed=revealed,
        primary=primary,
        prompt=prompt,
        at=at,
    )
    return save(attempt, path)


def record_result(
    result: ResultLike,
    *,
    set_id: str,
    mechanisms: Iterable[str] | None = None,
    revealed: bool = False,
    primary: str | None = None,
    prompt: str | None = None,
    at: str | _dt.datetime | None = None,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Record a :class:`~peerlearn.exercises.scoring.Result`: ``save(Attempt.of(...), path)``.

    ``revealed``: the learner had seen the answer before (``answer_seen`` of
    :meth:`Attempt.of`); ``primary``: the mechanism the exercise is mainly about (default: its
    first mechanism tag); ``prompt``: the exercise's prompt, kept with a reflection.
    """
    attempt = Attempt.of(
        result,
        set_id=set_id,
        mechanisms=mechanisms,
        answer_seen=revealed,
        primary=primary,
        prompt=prompt,
        at=at,
    )
    return save(attempt, path)


def records(path: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Every record in the progress file, oldest first (``[]`` when there is none yet).

    Copies: changing them changes nothing on disk. Reading never writes (a read-only folder
    can be read).
    """
    return copy.deepcopy(load(resolve_path(path)).records)


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
            and cards.time_of(r.get("time")) is not None
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
