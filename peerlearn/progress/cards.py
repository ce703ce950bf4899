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

Room: :mod:`peerlearn.progress`, above :mod:`.store`. Imports the standard library and
``fsrs`` (inside functions, so ``import peerlearn`` stays light); no other progress module.

>>> first = review(None, ("demo", "q1"), rating_for({"event": "attempt", "score": 0.0}, []),
...                "2026-01-05T10:00:00+00:00")
>>> first["state"], first["due"]
(1, '2026-01-05T10:01:00+00:00')
"""

from __future__ import annotations

import datetime as _dt
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "AGAIN",
    "EASY",
    "EASY_GAP",
    "GOOD",
    "HARD",
    "RETRY_WINDOW",
    "card_of",
    "due_time",
    "rating_for",
    "ratings",
    "review",
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
    """A record's time (ISO text or datetime) as an aware UTC datetime (naive counts as UTC)."""
    t = _dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    t = t.replace(tzinfo=_dt.UTC) if t.tzinfo is None else t.astimezone(_dt.UTC)
    return t


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
    tried = [r for r in earlier if r.get("event") == "attempt" and isinstance(r.get("time"), str)]
    if tried and when(rec["time"]) - when(tried[-1]["time"]) >= EASY_GAP:
        return EASY
    return GOOD


def rating_for(rec: Mapping[str, Any], earlier: Sequence[Mapping[str, Any]]) -> int | None:
    """The FSRS rating (1–4) of ``rec`` given the item's ``earlier`` records, or ``None``.

    >>> rating_for({"event": "attempt", "score": 0.5, "time": "2026-01-01T00:00:00"}, [])
    2
    """
    rating = _legacy_rating(rec, earlier)
    if rating is None or rec.get("event") == "reveal" or not isinstance(rec.get("time"), str):
        return rating
    for prev in reversed(earlier):
        if prev.get("rating") is None and _legacy_rating(prev, ()) is None:
            continue
        if not isinstance(prev.get("time"), str):
            break
        if when(rec["time"]) - when(prev["time"]) < RETRY_WINDOW:
            return None  # a retry right after feedback: practice, not a review
        break
    return rating


def ratings(item_records: Sequence[Mapping[str, Any]]) -> list[int | None]:
    """Each record's rating (the stored one; computed for records from version-1 files)."""
    out: list[int | None] = []
    for i, r in enumerate(item_records):
        stored = r.get("rating")
        if "rating" in r and (stored is None or stored in RATING_NAMES):
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

    The last stored card, then any later rated records replayed (records from version-1 files
    carry no card, so their cards are rebuilt from the attempts).
    """
    start, card = 0, None
    for i in range(len(item_records) - 1, -1, -1):
        stored = item_records[i].get("card")
        if isinstance(stored, dict) and _valid_card(stored):
            start, card = i + 1, dict(stored)
            break
    for i in range(start, len(item_records)):
        r = item_records[i]
        if not isinstance(r.get("time"), str):
            continue
        rating = r.get("rating") if isinstance(r.get("rating"), int) else None
        if rating is None and "rating" not in r:
            rating = rating_for(r, item_records[:i])
        if rating in RATING_NAMES:
            card = review(card, key, rating, r["time"])
    return card


def _valid_card(card: Mapping[str, Any]) -> bool:
    try:
        when(card["due"])
        return int(card["state"]) in (1, 2, 3)
    except (KeyError, TypeError, ValueError):
        return False


def due_time(card: Mapping[str, Any]) -> _dt.datetime:
    """When the card is next due (aware UTC)."""
    return when(card["due"])
