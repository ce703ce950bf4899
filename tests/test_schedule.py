"""Spaced retrieval by FSRS: ratings from results, a simulated learner over simulated days,
interleaving across mechanisms, and the same schedule from an old (version-1) file."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from peerlearn import exercises as ex
from peerlearn import progress
from peerlearn.progress import cards

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
ITEMS = {  # exercise → (mechanism it is mainly about, does the simulated learner know it?)
    "ll-1": ("love-labour", True),
    "ll-2": ("love-labour", False),
    "lim-1": ("liminality", True),
    "lim-2": ("liminality", False),
    "hr-1": ("helper-role", True),
    "hr-2": ("helper-role", False),
}


pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def answer(item: str, score: float, at: dt.datetime, path: Path | None = None) -> dict:
    mech, _ = ITEMS.get(item, ("love-labour", True))
    return progress.record(
        "attempt",
        set_id="sim",
        exercise_id=item,
        answer="x",
        score=score,
        mechanisms=[mech, "lived-experience"],
        at=at,
        path=path,
    )


def learner_score(item: str, times_seen: int) -> float:
    """Known items are answered right; weak ones wrong twice, then partly, then right."""
    if ITEMS[item][1]:
        return 1.0
    return 0.0 if times_seen < 2 else 0.5 if times_seen < 3 else 1.0


@pytest.mark.parametrize(
    "rec, earlier, rating",
    [
        ({"event": "attempt", "score": 0.0, "time": "2026-01-01T10:00:00"}, [], cards.AGAIN),
        ({"event": "attempt", "score": 0.4, "time": "2026-01-01T10:00:00"}, [], cards.HARD),
        ({"event": "attempt", "score": 1.0, "time": "2026-01-01T10:00:00"}, [], cards.GOOD),
        ({"event": "reveal", "time": "2026-01-01T10:00:00"}, [], cards.AGAIN),
        ({"event": "reflection", "time": "2026-01-01T10:00:00"}, [], None),
        ({"event": "attempt", "score": None, "time": "2026-01-01T10:00:00"}, [], None),
        ({"event": "attempt", "score": 1.0, "revealed": True, "time": "2026-01-01"}, [], None),
        (  # a long gap, then right: Easy
            {"event": "attempt", "score": 1.0, "time": "2026-01-09T10:00:00"},
            [{"event": "attempt", "score": 1.0, "time": "2026-01-01T10:00:00", "rating": 3}],
            cards.EASY,
        ),
        (  # a retry two minutes after a rated attempt: practice, not a review
            {"event": "attempt", "score": 1.0, "time": "2026-01-01T10:02:00"},
            [{"event": "attempt", "score": 0.0, "time": "2026-01-01T10:00:00", "rating": 1}],
            None,
        ),
    ],
)
def test_ratings_from_results(rec, earlier, rating):
    assert cards.rating_for(rec, earlier) == rating


def test_wrong_comes_back_sooner_than_right():
    answer("ll-1", 1.0, T0)
    answer("ll-2", 0.0, T0)
    answer("lim-1", 0.5, T0)
    when = {d.exercise: d.due for d in progress.schedule.schedule()}
    assert when["ll-2"] < when["lim-1"] < when["ll-1"]
    assert [d.exercise for d in progress.due(now=T0 + dt.timedelta(minutes=2))] == ["ll-2"]
    stored = progress.last("ll-2", "sim")
    assert stored["rating"] == cards.AGAIN and stored["card"]["state"] == 1  # kept in the record


def simulate(days: int, start: int = 0, path: Path | None = None, seen=None) -> dict:
    """A learner who reviews what is due at 9:00 each day (answering each due item once)."""
    seen = seen if seen is not None else {i: 0 for i in ITEMS}
    reviews: dict[str, list[int]] = {i: [] for i in ITEMS}
    for day in range(start, start + days):
        now = T0 + dt.timedelta(days=day)
        todo = list(ITEMS) if day == 0 else [d.exercise for d in progress.due(path=path, now=now)]
        for n, item in enumerate(todo):
            answer(item, learner_score(item, seen[item]), now + dt.timedelta(minutes=11 * n), path)
            seen[item] += 1
            reviews[item].append(day)
    return {"reviews": reviews, "seen": seen}


def test_simulated_learner_over_simulated_days():
    out = simulate(60)
    reviews = out["reviews"]
    known = [len(reviews[i]) for i in ITEMS if ITEMS[i][1]]
    weak = [len(reviews[i]) for i in ITEMS if not ITEMS[i][1]]
    assert min(weak) > max(known)  # what was missed comes back more often
    for item in ITEMS:
        gaps = [b - a for a, b in zip(reviews[item], reviews[item][1:], strict=False)]
        assert gaps and gaps[-1] >= gaps[0]  # intervals grow once it is known
        assert all(g >= 1 for g in gaps)
    schedule = {d.exercise: d for d in progress.schedule.schedule()}
    assert all(d.state == "review" for d in schedule.values())
    assert all(d.due > T0 + dt.timedelta(days=60) for d in schedule.values())
    total = len(progress.records())
    assert total == sum(len(v) for v in reviews.values())  # every answer recorded


def test_due_interleaves_mechanisms():
    for n, item in enumerate(ITEMS):
        answer(item, 0.0, T0 + dt.timedelta(seconds=n))
    got = progress.due(now=T0 + dt.timedelta(hours=1))
    mechs = [d.mechanism for d in got]
    assert sorted(d.exercise for d in got) == sorted(ITEMS)
    assert all(a != b for a, b in itertools.pairwise(mechs))  # never twice in a row
    assert [d.exercise for d in progress.due(now=T0 + dt.timedelta(hours=1), limit=2)] == [
        d.exercise for d in got[:2]
    ]
    assert progress.due(now=T0 + dt.timedelta(hours=1), sets=["other"]) == []


def test_review_order_follows_the_schedule():
    s = ex.ExerciseSet(
        id="sim", title="T", exercises=[ex.Reflection(id=i, prompt="P") for i in ITEMS]
    )
    assert progress.review_order(s) == list(ITEMS)  # nothing tried: the set's order
    answer("ll-1", 1.0, T0)
    answer("ll-2", 0.0, T0)
    order = progress.review_order(s, now=T0 + dt.timedelta(seconds=30))
    assert order == ["ll-2", "lim-1", "lim-2", "hr-1", "hr-2", "ll-1"]
    order = progress.review_order(s, now=T0 + dt.timedelta(days=30))  # both due: most overdue
    assert order[:2] == ["ll-2", "ll-1"]
    assert s.review_order() == progress.review_order(s)  # the ExerciseSet verb delegates


def test_same_schedule_from_an_old_file(tmp_path):
    """Nothing lost across versions: a version-1 file's attempts give the same cards as v2's."""
    new = tmp_path / "new" / "progress.json"
    seen = simulate(20, path=new)["seen"]
    old = tmp_path / "old" / "progress.json"
    v1 = []
    for r in progress.records(new):  # as peerlearn wrote them before: no primary, rating, card
        v1.append({k: v for k, v in r.items() if k not in ("primary", "rating", "card")})
    old.parent.mkdir()
    old.write_text(json.dumps({"format": "peerlearn-progress", "schema_version": 1, "records": v1}))
    a = [(d.exercise, d.due, d.state) for d in progress.schedule.schedule(new)]
    b = [(d.exercise, d.due, d.state) for d in progress.schedule.schedule(old)]
    assert a == b
    simulate(20, start=20, path=new, seen=dict(seen))  # continue both (the old one migrates)
    simulate(20, start=20, path=old, seen=dict(seen))
    assert len(progress.records(old)) == len(progress.records(new))
    assert [(d.exercise, d.due) for d in progress.schedule.schedule(old)] == [
        (d.exercise, d.due) for d in progress.schedule.schedule(new)
    ]
    assert json.loads(old.read_text())["schema_version"] == 2
    assert list(old.parent.glob("progress.v1-*.json"))


def test_without_fsrs_answers_are_kept_and_cards_rebuilt_later(monkeypatch):
    import sys

    answer("ll-1", 0.0, T0)
    with monkeypatch.context() as m:
        m.setitem(sys.modules, "fsrs", None)  # as if fsrs were not installed
        m.setattr(cards, "_SCHEDULER", None)
        rec = answer("ll-1", 1.0, T0 + dt.timedelta(days=1))
        assert rec["rating"] == cards.GOOD and "card" not in rec  # recorded all the same
        with pytest.raises(ImportError, match="pip install fsrs"):
            progress.due()
    (d,) = progress.schedule.schedule()
    assert d.exercise == "ll-1" and d.last_rating == "Good" and d.due > T0 + dt.timedelta(days=1)
