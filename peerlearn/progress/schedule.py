"""What to review now: the FSRS schedule read from the record, interleaved across mechanisms.

:func:`due` lists the exercises whose card is due (each exercise the learner has tried has an
FSRS card, see :mod:`.cards`), taking turns between mechanisms so a session mixes them
(interleaving), the most overdue first within each; :func:`review_order` orders one exercise
set for practice: due now, then missed last time, then not yet tried, then the rest by when
they fall due. A set is anything with ``id`` and ``ids`` (duck typing, see
:class:`ExerciseSetLike`).

An exercise whose records are damaged (a card's ``due`` that is ``null`` or a number, a
rating out of range) is left out of the schedule with a :class:`ProgressWarning` naming it:
one bad record never takes the review away.

Room: :mod:`peerlearn.progress`, above :mod:`.records`, :mod:`.cards` and :mod:`.store`
(beside :mod:`.views`). Imports those and the standard library; never exercises, widgets or
cli.

>>> import pathlib, tempfile
>>> from peerlearn.progress.records import record
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("attempt", set_id="s", exercise_id="q1", score=0.0, mechanisms=["m"],
...            at="2026-01-05T10:00:00+00:00", path=mine)
>>> [d.exercise for d in due(path=mine, now="2026-01-05T10:02:00+00:00")]
['q1']
>>> due(path=mine, now="2026-01-05T10:00:30+00:00")
[]
"""

from __future__ import annotations

import datetime as _dt
import os
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from . import cards
from .records import is_score
from .store import ProgressWarning, load, resolve_path

__all__ = ["DueItem", "ExerciseSetLike", "due", "review_order", "schedule"]


class ExerciseSetLike(Protocol):
    """What :func:`review_order` reads from a set (as :class:`peerlearn.exercises.ExerciseSet`)."""

    @property
    def id(self) -> str: ...
    @property
    def ids(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class DueItem:
    """One exercise's place in the review schedule.

    ``due`` is when FSRS next wants it (aware UTC); ``state`` is FSRS's ``"learning"``,
    ``"review"`` or ``"relearning"``; ``last_rating`` the last rating (``"Again"`` …
    ``"Easy"``); ``mechanism`` the mechanism the exercise is mainly about.
    """

    set: str
    exercise: str
    mechanism: str | None
    due: _dt.datetime
    state: str
    last_rating: str | None
    last_score: float | None

    def overdue(self, now: _dt.datetime) -> bool:
        """Whether it is due at ``now``."""
        return self.due <= now


_STATES = {1: "learning", 2: "review", 3: "relearning"}


def schedule(path: str | os.PathLike[str] | None = None) -> list[DueItem]:
    """Every exercise with a card, soonest due first (a learner's whole review calendar).

    An exercise whose records cannot make a card (damaged by hand or by a tool: a ``due`` that
    is not a time, a rating out of range...) is left out with a :class:`ProgressWarning`
    naming it; its records stay in the file, and every other exercise is still scheduled.
    """
    p = resolve_path(path)
    state = load(p)
    out, skipped, rebuilt = [], [], []
    for key, item in state.by_item.items():
        if any(
            "card" in r and r["card"] is not None and not cards.valid_card(r["card"]) for r in item
        ):
            rebuilt.append(f"{key[1]!r} in set {key[0]!r}")
        try:
            entry = _entry(key, item)
        except ImportError:  # fsrs missing: not a damaged record (the error says what to do)
            raise
        except Exception as e:  # FSRS fails on damaged values in many ways
            skipped.append(f"{key[1]!r} in set {key[0]!r} ({type(e).__name__}: {e})")
            continue
        if entry is not None:
            out.append(entry)
    if skipped:
        warnings.warn(
            f"{p}: the review schedule of {len(skipped)} exercise(s) could not be read and "
            f"{'was' if len(skipped) == 1 else 'were'} left out of the review (the records "
            f"are kept): {'; '.join(skipped[:5])}{' …' if len(skipped) > 5 else ''}",
            ProgressWarning,
            stacklevel=3,
        )
    if rebuilt:
        warnings.warn(
            f"{p}: a review card kept with {len(rebuilt)} exercise(s) is damaged and was passed "
            f"over (the schedule goes on from the answers; the records are kept): "
            f"{'; '.join(rebuilt[:5])}{' …' if len(rebuilt) > 5 else ''}",
            ProgressWarning,
            stacklevel=3,
        )
    return sorted(out, key=lambda d: d.due)


def _entry(key: tuple[str, str], item: list[dict[str, Any]]) -> DueItem | None:
    """One exercise's place in the schedule, or ``None`` if it has never been rated."""
    card = cards.card_of(item, key)
    if card is None:
        return None
    rating = next((x for x in reversed(cards.ratings(item)) if x is not None), None)
    mech = next((r["primary"] for r in reversed(item) if isinstance(r.get("primary"), str)), None)
    if mech is None:
        mech = next(
            (
                str(r["mechanisms"][0])
                for r in reversed(item)
                if isinstance(r.get("mechanisms"), list) and r["mechanisms"]
            ),
            None,
        )
    score = next(
        (
            float(r["score"])
            for r in reversed(item)
            if r.get("event") == "attempt" and is_score(r.get("score"))
        ),
        None,
    )
    return DueItem(
        set=key[0],
        exercise=key[1],
        mechanism=mech,
        due=cards.due_time(card),
        state=_STATES[int(card["state"])],
        last_rating=cards.RATING_NAMES.get(rating) if isinstance(rating, int) else None,
        last_score=score,
    )


def _now(now: str | _dt.datetime | None) -> _dt.datetime:
    return cards.when(now) if now is not None else _dt.datetime.now(_dt.UTC)


def interleave(items: Sequence[DueItem]) -> list[DueItem]:
    """Take turns between mechanisms (each mechanism's most overdue first).

    >>> t = _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC)
    >>> mk = lambda e, m, h: DueItem("s", e, m, t + _dt.timedelta(hours=h), "review", None, None)
    >>> [d.exercise for d in interleave([mk("a1", "a", 0), mk("a2", "a", 1), mk("b1", "b", 2)])]
    ['a1', 'b1', 'a2']
    """
    groups: dict[str | None, list[DueItem]] = {}
    for d in sorted(items, key=lambda d: d.due):
        groups.setdefault(d.mechanism, []).append(d)
    queues = list(groups.values())  # ordered by each group's most overdue item
    out: list[DueItem] = []
    while queues:
        for q in queues:
            out.append(q.pop(0))
        queues = [q for q in queues if q]
    return out


def due(
    *,
    path: str | os.PathLike[str] | None = None,
    now: str | _dt.datetime | None = None,
    sets: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """The exercises due for review now, interleaved across mechanisms.

    ``now`` (default: the time now) is for simulations; ``sets`` keeps only those set ids;
    ``limit`` the first so many. Exercises never tried are not "due" (see
    :func:`review_order` for a set's untried exercises).
    """
    t = _now(now)
    wanted = set(sets) if sets is not None else None
    items = [d for d in schedule(path) if d.due <= t and (wanted is None or d.set in wanted)]
    out = interleave(items)
    return out[:limit] if limit is not None else out


def review_order(
    exercise_set: ExerciseSetLike,
    *,
    path: str | os.PathLike[str] | None = None,
    now: str | _dt.datetime | None = None,
) -> list[str]:
    """The set's exercise ids in practice order, from the FSRS schedule.

    First what is due now (most overdue first); then what was missed last time (rated Again,
    not yet due); then what has not been tried (in the set's order); then the rest, soonest
    due first. A revealed answer counts as missed.
    """
    t = _now(now)
    ids = list(exercise_set.ids)
    known = {d.exercise: d for d in schedule(path) if d.set == exercise_set.id}
    seen = [known[i] for i in ids if i in known]
    due_now = sorted((d for d in seen if d.due <= t), key=lambda d: d.due)
    missed = [d for d in seen if d.due > t and d.last_rating == "Again"]
    rest = sorted((d for d in seen if d.due > t and d.last_rating != "Again"), key=lambda d: d.due)
    new = [i for i in ids if i not in known]
    return (
        [d.exercise for d in due_now]
        + [d.exercise for d in missed]
        + new
        + [d.exercise for d in rest]
    )
