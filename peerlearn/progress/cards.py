"""Spaced retrieval by FSRS: ratings from results, and each item's card, on plain record data.

Scheduling is done by the ``fsrs`` package (open-spaced-repetition's py-fsrs, the Free Spaced
Repetition Scheduler): this room only turns what the learner did into FSRS ratings and keeps
the cards as plain JSON in the progress record (``card`` and ``rating`` on each rated
attempt). The ratings, by design:

=========================================================  ===========
what happened                                              rating
=========================================================  ===========
score 0 (wrong), or the answer was revealed                Again (1)
a score between 0 and 1 (partly right)                     Hard (2)
full score                                                 Good (3)
full score, and the item was last tried                    Easy (4)
:data:`EASY_GAP` or more before (a long gap)
=========================================================  ===========

Not rated (recorded, but the card does not move): reflections and anything without a score;
attempts made after revealing the answer; and a *retry* — an attempt within
:data:`RETRY_WINDOW` of a rated attempt on the same item (trying again after feedback is
practice, not retrieval, so an item answered wrongly and then put right at once still comes
back soon). The scheduler is FSRS with its default parameters (desired retention 0.9, learning
steps of 1 and 10 minutes) and no fuzzing, so the same record always gives the same schedule.

:func:`schedule` is the one place a new record is rated and its item's card moved (called by
:func:`.attempts.save` with the item's earlier records, read under the lock).

Room: :mod:`peerlearn.progress`, above :mod:`.files` (for :class:`ProgressWarning` only). Imports
the standard library and ``fsrs`` (inside functions, so ``import peerlearn`` stays light).

>>> first = review(None, ("demo", "q1"), rating_for({"event": "attempt", "score": 0.0}, []),
...                "2026-01-05T10:00:00+00:00")
>>> first["state"], first["due"]
(1, '2026-01-05T10:01:00+00:00')
"""

from __future__ import annotations

import datetime as _dt
import math
import warnings
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from .files import ProgressWarning

__all__ = [
    "AGAIN",
    "EASY",
    "EASY_GAP",
    "GOOD",
    "HARD",
    "RETRY_WINDOW",
    "card_of",
    "due_time",
    "is_rating",
    "rating_for",
    "ratings",
    "review",
    "schedule",
    "time_of",
    "valid_card",
    "when",
]

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
#: A full score after at least this long since the item was last tried is rated Easy.
EASY_GAP = _dt.timedelta(days=7)
#: An attempt this soon after a rated attempt on the same item is a retry (not rated).
RETRY_WINDOW = _dt.timedelta(minutes=10)
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}

_SCHEDULER: Any = None


def _scheduler() -> Any:
    global _SCHEDULER
    if _SCHEDULER is None:
        try:
            from fsrs import Scheduler
        except ImportError as e:
            raise ImportError(
                "peerlearn's spaced review needs the fsrs package (pip install fsrs); "
                "answers are still recorded without it, and their cards are rebuilt later"
            ) from e
        _SCHEDULER = Scheduler(enable_fuzzing=False)
    return _SCHEDULER


def when(value: str | _dt.datetime) -> _dt.datetime:
    """A record's time (ISO text or datetime) as an aware UTC datetime (naive counts as UTC).

    Raises :class:`ValueError` for text that is not an ISO 8601 time, :class:`TypeError` for
    anything else (``None``, a number).

    >>> when(None)
    Traceback (most recent call last):
    ...
    TypeError: expected an ISO 8601 time (text); got None
    """
    if isinstance(value, str):
        t = _dt.datetime.fromisoformat(value)
    elif isinstance(value, _dt.datetime):
        t = value
    else:
        raise TypeError(f"expected an ISO 8601 time (text); got {value!r}")
    try:
        return t.replace(tzinfo=_dt.UTC) if t.tzinfo is None else t.astimezone(_dt.UTC)
    except OverflowError:  # year 1 or 9999 moved across a time zone
        raise ValueError(f"the time {value!r} is out of range") from None


def time_of(value: Any) -> _dt.datetime | None:
    """:func:`when`, or ``None`` for a time that cannot be read (a damaged record).

    >>> time_of("yesterday") is None, time_of(3) is None
    (True, True)
    """
    try:
        return when(value)
    except (TypeError, ValueError):
        return None


def is_rating(value: Any) -> bool:
    """An FSRS rating 1–4 (an ``int``, not a bool or a float)."""
    return type(value) is int and value in RATING_NAMES


def _legacy_rating(rec: Mapping[str, Any], earlier: Sequence[Mapping[str, Any]]) -> int | None:
    """The rating a record earns on its own terms (ignoring retries); ``None`` if unrated."""
    event = rec.get("event")
    if event == "reveal":
        return AGAIN
    score = rec.get("score")
    if event != "attempt" or rec.get("revealed") or not isinstance(score, (int, float)):
        return None
    if isinstance(score, bool) or not 0 <= score <= 1:
        return None
    if score == 0:
        return AGAIN
    if score < 1:
        return HARD
    tried = [r for r in earlier if r.get("event") == "attempt" and time_of(r.get("time"))]
    t = time_of(rec.get("time"))
    if tried and t is not None and t - when(tried[-1]["time"]) >= EASY_GAP:
        return EASY
    return GOOD


def rating_for(rec: Mapping[str, Any], earlier: Sequence[Mapping[str, Any]]) -> int | None:
    """The FSRS rating (1–4) of ``rec`` given the item's ``earlier`` records, or ``None``.

    >>> rating_for({"event": "attempt", "score": 0.5, "time": "2026-01-01T00:00:00"}, [])
    2
    """
    rating = _legacy_rating(rec, earlier)
    t = time_of(rec.get("time"))
    if rating is None or rec.get("event") == "reveal" or t is None:
        return rating
    for prev in reversed(earlier):
        if prev.get("rating") is None and _legacy_rating(prev, ()) is None:
            continue
        before = time_of(prev.get("time"))
        if before is None:
            break
        if t - before < RETRY_WINDOW:
            return None  # a retry right after feedback: practice, not a review
        break
    return rating


def ratings(item_records: Sequence[Mapping[str, Any]]) -> list[int | None]:
    """Each record's rating: the stored one (``None``: not rated); computed from the record
    where none is stored (version-1 files) or the stored one is not a rating (damaged)."""
    out: list[int | None] = []
    for i, r in enumerate(item_records):
        stored = r.get("rating")
        if "rating" in r and (stored is None or is_rating(stored)):
            out.append(stored)
        else:
            out.append(rating_for(r, item_records[:i]))
    return out


def _card_id(key: tuple[str, str]) -> int:
    return zlib.crc32(f"{key[0]}\x1f{key[1]}".encode()) + 1


def review(
    card: Mapping[str, Any] | None, key: tuple[str, str], rating: int, at: str | _dt.datetime
) -> dict[str, Any]:
    """The item's card (as JSON data) after a review with ``rating`` at time ``at``."""
    scheduler = _scheduler()  # first: it says what is missing if fsrs is not installed
    from fsrs import Card, Rating

    t = when(at)
    c = (
        # fsrs types the argument as its CardDict; a stored card is JSON, checked by valid_card
        Card.from_dict(dict(card))  # type: ignore[arg-type]
        if card
        else Card(card_id=_card_id(key), due=t)
    )
    new, _log = scheduler.review_card(c, Rating(rating), review_datetime=t)
    return dict(new.to_dict())


def card_of(
    item_records: Sequence[Mapping[str, Any]], key: tuple[str, str]
) -> dict[str, Any] | None:
    """The item's current card from its records (oldest first), or ``None`` if never rated.

    The last stored card that is sound (:func:`valid_card`; a damaged one is passed over), then
    any later rated records replayed (records from version-1 files carry no card, so their
    cards are rebuilt from the attempts); a record whose time cannot be read is passed over.
    """
    start, card = 0, None
    for i in range(len(item_records) - 1, -1, -1):
        stored = item_records[i].get("card")
        if stored is not None and valid_card(stored):
            start, card = i + 1, dict(stored)
            break
    rated = ratings(item_records) if start < len(item_records) else []
    for i in range(start, len(item_records)):
        r, rating = item_records[i], rated[i]
        if rating is not None and time_of(r.get("time")) is not None:
            card = review(card, key, rating, r["time"])
    return card


def _number(value: Any, low: float, high: float) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and low <= value <= high
    )


def valid_card(card: Any) -> bool:
    """Whether ``card`` is a card FSRS can go on from (as :func:`review` writes them).

    Each field is checked, since the file may hold anything and FSRS itself fails on damaged
    values (even with an ``AssertionError``): ``card_id`` a whole number, ``state`` 1–3,
    ``step`` ``None`` or 0 or more, ``stability`` and ``difficulty`` positive finite numbers
    (difficulty 1–10; both may be ``None`` only while learning), ``due`` an ISO time,
    ``last_review`` ``None`` or an ISO time.

    >>> valid_card({"card_id": 1, "state": 1, "step": 0, "stability": None,
    ...             "difficulty": None, "due": None, "last_review": None})
    False
    """
    if not isinstance(card, Mapping):
        return False
    state, step = card.get("state"), card.get("step")
    stability, difficulty = card.get("stability"), card.get("difficulty")
    learning_blank = state == 1 and stability is None and difficulty is None
    return (
        type(card.get("card_id")) is int
        and type(state) is int
        and state in (1, 2, 3)
        and (step is None or (type(step) is int and 0 <= step <= 1000))
        and (learning_blank or (_number(stability, 1e-3, 1e6) and _number(difficulty, 1, 10)))
        and time_of(card.get("due")) is not None
        and (card.get("last_review") is None or time_of(card.get("last_review")) is not None)
    )


def due_time(card: Mapping[str, Any]) -> _dt.datetime:
    """When the card is next due (aware UTC)."""
    return when(card["due"])


def schedule(rec: dict[str, Any], earlier: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Rate a new record and move its item's card: ``rec`` with ``rating`` (and ``card``) set.

    ``earlier``: the item's records before it, oldest first. Without fsrs (a bare JupyterLite,
    say) the rating is kept and the card rebuilt from it once fsrs is there; damaged earlier
    records only cost the card (a :class:`ProgressWarning`), never the answer.

    >>> rec = schedule({"set": "s", "exercise": "q", "event": "attempt", "score": 1.0,
    ...                 "time": "2026-01-05T10:00:00+00:00"}, [])
    >>> rec["rating"], rec["card"]["state"]
    (3, 1)
    """
    key = (rec["set"], rec["exercise"])
    rating = rating_for(rec, earlier)
    rec["rating"] = rating
    if rating is not None:
        try:
            rec["card"] = review(card_of(earlier, key), key, rating, rec["time"])
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
