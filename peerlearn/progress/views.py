"""What the learner's record says: every record as a table, reflections, mastery, review order.

:func:`summary` gives mastery per mechanism (the mean score of the latest attempt on each
exercise); :func:`review_order` puts an exercise set's missed exercises first. A set is anything
with ``id`` and ``ids`` (duck typing, see :class:`ExerciseSetLike`); mechanism names come from a
knowledge base through :func:`peerlearn.knowledge.resolve`.

Room: :mod:`peerlearn.progress`, above :mod:`.records` and :mod:`.store`. Imports those two, the
standard library, and pandas and :mod:`peerlearn.knowledge` inside functions; never exercises,
widgets or cli.

>>> import pathlib, tempfile
>>> from peerlearn.progress.records import record
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("attempt", set_id="s", exercise_id="q1", score=0.5, mechanisms=["m"], path=mine)
>>> int(summary(mine, kb=False).loc["m", "missed"])
1
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .records import is_score, records, valid_records
from .store import resolve_path

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["ExerciseSetLike", "history", "reflections", "review_order", "summary"]


class ExerciseSetLike(Protocol):
    """What :func:`review_order` reads from a set (as :class:`peerlearn.exercises.ExerciseSet`)."""

    @property
    def id(self) -> str: ...
    @property
    def ids(self) -> Sequence[str]: ...


def history(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Every record as a table: time, event, set, exercise, kind, score, mechanisms, answer."""
    import pandas as pd

    p = resolve_path(path)
    recs = valid_records(records(p), str(p))
    cols = ["time", "event", "set", "exercise", "kind", "score", "mechanisms", "answer", "revealed"]
    return pd.DataFrame([{c: r.get(c) for c in cols} for r in recs], columns=cols)


def reflections(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The learner's saved reflections: time, set, exercise, text."""
    h = history(path)
    out = h[h["event"] == "reflection"][["time", "set", "exercise", "answer"]]
    return out.rename(columns={"answer": "text"}).reset_index(drop=True)


def _latest_scores(recs: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], dict[str, float]]:
    """(set, exercise) → mechanism → score, from the latest attempt made without a reveal."""
    latest: dict[tuple[str, str], dict[str, float]] = {}
    for r in sorted(recs, key=lambda r: r["time"]):
        if r["event"] != "attempt" or r.get("revealed") or r.get("score") is None:
            continue
        by_mech = r.get("by_mechanism")
        if isinstance(by_mech, dict) and by_mech:
            scores = {str(k): float(v) for k, v in by_mech.items() if is_score(v)}
        else:
            scores = {str(m): float(r["score"]) for m in r.get("mechanisms") or []}
        latest[(r["set"], r["exercise"])] = scores
    return latest


def mechanism_names(kb: Any) -> dict[str, str]:
    """Mechanism id → name, in the knowledge base's order (``{}`` when ``kb`` is ``False``)."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    return {m.id: m.name for m in kb.mechanisms_list()} if kb is not None else {}


def mastery_rows(
    recs: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> list[dict[str, Any]]:
    """One row per mechanism: name, exercises, attempts, mastery, missed (see :func:`summary`)."""
    latest = _latest_scores(recs)
    per: dict[str, list[float]] = {}
    for scores in latest.values():
        for m, s in scores.items():
            per.setdefault(m, []).append(s)
    attempts: dict[str, int] = {}
    for r in recs:
        if r["event"] == "attempt":
            for m in r.get("mechanisms") or []:
                attempts[str(m)] = attempts.get(str(m), 0) + 1
    ids = list(names) + sorted(m for m in {*per, *attempts} if m not in names)
    rows = []
    for m in ids:
        values = per.get(m, [])
        rows.append(
            {
                "mechanism": m,
                "name": names.get(m, m),
                "exercises": len(values),
                "attempts": attempts.get(m, 0),
                "mastery": sum(values) / len(values) if values else float("nan"),
                "missed": sum(1 for v in values if v < 1.0),
            }
        )
    return rows


def summary(path: str | os.PathLike[str] | None = None, *, kb: Any = None) -> pd.DataFrame:
    """Mastery per mechanism, one row each (indexed by mechanism id).

    Columns: ``name``; ``exercises`` (exercises attempted that test it); ``attempts``;
    ``mastery`` (mean score of the latest attempt on each exercise, 0–1; NaN when none);
    ``missed`` (exercises whose latest score is below full). Attempts made after revealing the
    answer do not count towards mastery.
    """
    import pandas as pd

    p = resolve_path(path)
    recs = valid_records(records(p), str(p))
    df = pd.DataFrame(
        mastery_rows(recs, mechanism_names(kb)),
        columns=["mechanism", "name", "exercises", "attempts", "mastery", "missed"],
    ).set_index("mechanism")
    df.attrs.update(peerlearn="summary", source=str(p))
    return df


def review_order(
    exercise_set: ExerciseSetLike, *, path: str | os.PathLike[str] | None = None
) -> list[str]:
    """The set's exercise ids in review order: missed last time, then not yet tried, then mastered.

    Within each group the set's own order is kept (spaced retrieval: what was missed comes back
    first, what was answered fully right comes last).

    An exercise counts as missed when its latest attempt scored below full, or when its answer
    was revealed after (or instead of) the latest attempt.
    """
    p = resolve_path(path)
    ids = list(exercise_set.ids)
    recs = [r for r in valid_records(records(p), str(p), warn=False) if r["set"] == exercise_set.id]
    state: dict[str, bool] = {}
    for r in sorted(recs, key=lambda r: r["time"]):
        if r["event"] == "attempt" and r.get("score") is not None:
            state[r["exercise"]] = bool(r.get("revealed")) or float(r["score"]) < 1.0
        elif r["event"] == "reveal":
            state[r["exercise"]] = True
    missed = [i for i in ids if state.get(i)]
    new = [i for i in ids if i not in state]
    mastered = [i for i in ids if i in state and not state[i]]
    return missed + new + mastered
