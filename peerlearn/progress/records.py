"""Recording what the learner did: one record per attempt, reveal or reflection.

A record is plain JSON data (time, set, exercise, kind, answer, score, mechanisms, ``primary``
— the mechanism the item is mainly about, its first mechanism tag —, score per mechanism,
revealed, the prompt of a reflection, and for a rated attempt its FSRS ``rating`` and ``card``,
see :mod:`.cards`). Recording appends one line to the journal (:func:`.store.append`), so it
costs the same at the 10,000th record as at the 10th. :func:`record_result` takes anything
shaped like an exercise ``Result`` (duck typing, see :class:`ResultLike`), so this room needs
nothing from :mod:`peerlearn.exercises`.

Room: :mod:`peerlearn.progress`, above :mod:`.cards` and :mod:`.store`. Imports those and the
standard library; never exercises, widgets or cli.

>>> import pathlib, tempfile
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("reflection", set_id="demo", exercise_id="r1", answer="I learnt...", path=mine)
>>> [r["event"] for r in records(mine)]
['reflection']
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import math
import os
import uuid
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from . import cards
from .store import ProgressWarning, State, append, load, now, resolve_path

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


def _time(at: Any) -> str:
    if at is None:
        return now()
    try:
        return cards.when(at).isoformat(timespec="microseconds")
    except (TypeError, ValueError):
        raise ValueError(f"at must be an ISO 8601 time or a datetime; got {at!r}") from None


def _schedule(state: State, rec: dict[str, Any]) -> dict[str, Any]:
    """Rate the record and move its item's card (called under the lock, with the fresh state)."""
    key = (rec["set"], rec["exercise"])
    earlier = state.by_item.get(key, [])
    rating = cards.rating_for(rec, earlier)
    rec["rating"] = rating
    if rating is not None:
        # without fsrs (a bare JupyterLite, say) the answer and its rating are still kept, and
        # the card is rebuilt from the rating once fsrs is there
        try:
            rec["card"] = cards.review(cards.card_of(earlier, key), key, rating, rec["time"])
        except ImportError:
            pass
        except Exception as e:  # damaged earlier records must not lose this answer
            warnings.warn(
                f"the review card of exercise {key[1]!r} in set {key[0]!r} could not be moved on "
                f"({type(e).__name__}: {e}); the answer is saved and its card will be rebuilt",
                ProgressWarning,
                stacklevel=4,
            )
    return rec


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

    ``primary`` is the mechanism the item is mainly about (default: the first of
    ``mechanisms``); ``prompt`` the question a reflection answered (so it can be read back);
    ``at`` the time of the event (default: now; for imports and simulations). An attempt or a
    reveal is rated for spaced review and its item's card moved (:mod:`.cards`). Returns the
    record written; it is on disk (flushed and fsync-ed) when this returns.
    """
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}; expected one of {', '.join(EVENTS)}")
    if score is not None:
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ValueError(f"score must be a number from 0 to 1 (or None); got {score!r}")
        score = float(score)
    mechs = [mechanisms] if isinstance(mechanisms, str) else [str(m) for m in mechanisms]
    by_mech = {}
    for k, v in (by_mechanism or {}).items():
        if not is_score(v):
            raise ValueError(f"by_mechanism[{k!r}] must be a number from 0 to 1; got {v!r}")
        by_mech[str(k)] = float(v)
    rec: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "time": _time(at),
        "event": event,
        "set": str(set_id),
        "exercise": str(exercise_id),
        "kind": exercise_kind,
        "answer": _jsonable(answer, "answer"),
        "score": score,
        "mechanisms": mechs,
        "primary": str(primary) if primary is not None else (mechs[0] if mechs else None),
        "by_mechanism": by_mech,
        "revealed": bool(revealed),
    }
    if prompt is not None:
        rec["prompt"] = str(prompt)
    return append(resolve_path(path), rec, prepare=_schedule)


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
    """Record a :class:`~peerlearn.exercises.scoring.Result` (an attempt, reflection or reveal).

    ``primary``: the mechanism the exercise is mainly about (default: its first mechanism tag);
    ``prompt``: the exercise's prompt, kept with a reflection so it can be read back.
    """
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
        primary=primary,
        prompt=prompt if event == "reflection" else None,
        at=at,
        path=path,
    )


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
