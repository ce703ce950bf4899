"""Damaged records never take a view away: due(), summary(), review_order(), the reflections page
and the review widget skip what they cannot read (with a ProgressWarning naming it) and go on.

Issue 17: ``progress.due()`` crashed with ``AttributeError`` when a card's ``due`` was ``null``
or a number. The class of problem: any field of a stored card or record (due, stability,
difficulty, state, step, last_review, card_id, rating, time, score, mechanisms...) may hold
anything, since a progress file can be edited by hand or by another tool.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import progress
from peerlearn.progress import cards, store

GOOD_CARD = {
    "card_id": 7,
    "state": 2,
    "step": None,
    "stability": 8.9,
    "difficulty": 6.4,
    "due": "2026-01-16T00:00:00+00:00",
    "last_review": "2026-01-07T00:00:00+00:00",
}
NOW = "2026-03-01T00:00:00+00:00"  # everything above is due by then


def rec(exercise: str, **fields) -> dict:
    base = {
        "id": f"id-{exercise}",
        "time": "2026-01-07T00:00:00.000000+00:00",
        "event": "attempt",
        "set": "s",
        "exercise": exercise,
        "kind": "multiple-choice",
        "answer": 0,
        "score": 1.0,
        "mechanisms": ["love-labour"],
        "primary": "love-labour",
        "by_mechanism": {},
        "revealed": False,
        "rating": 3,
        "card": dict(GOOD_CARD),
    }
    base.update(fields)
    return base


def write(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"format": "peerlearn-progress", "schema_version": 2, "learner": None, "records": []}
    path.write_text(json.dumps(doc), encoding="utf-8")
    lines = [json.dumps(r, allow_nan=True) for r in records]
    path.with_name("progress.journal.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store.forget()


def every_view(path: Path) -> list[str]:
    """Run every view over the record; return the exercises due (the good ones must be there)."""
    from peerlearn.widgets.review import ReviewSession

    due = [d.exercise for d in progress.due(path=path, now=NOW)]
    progress.summary(path, kb=False)
    progress.history(path)
    progress.reflections_page(path).text()
    progress.review_order(SimpleNamespace(id="s", ids=["good", "bad", "new"]), path=path, now=NOW)
    progress.last("bad", "s", path=path)
    exercise_set = progress_set()
    ReviewSession([exercise_set], progress_path=path, record=False, kb=False, now=NOW)
    return due


def progress_set():
    from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option

    def mc(i):
        return MultipleChoice(
            id=i, prompt="Which?", options=[Option("Love labour", correct=True), Option("No")]
        )

    return ExerciseSet(id="s", title="S", exercises=[mc("good"), mc("bad"), mc("new")])


@pytest.mark.parametrize("due", [None, 12345, 1.5, "", "not a time", [], {}, True])
def test_a_card_whose_due_is_not_a_time_does_not_take_the_review_away(tmp_path, due):
    path = tmp_path / "progress.json"
    write(path, [rec("good"), rec("bad", card=dict(GOOD_CARD, due=due))])
    with pytest.warns(progress.ProgressWarning, match="'bad' in set 's'"):
        got = every_view(path)
    assert "good" in got
    assert "bad" in got  # its card passed over, the schedule goes on from its rating


def wild() -> st.SearchStrategy:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(
            ["2026-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "NaN", "1e400"]
        ),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )


CARD_FIELDS = ["card_id", "state", "step", "stability", "difficulty", "due", "last_review"]
RECORD_FIELDS = ["rating", "time", "score", "event", "mechanisms", "primary", "revealed", "card"]


@st.composite
def damaged_record(draw) -> dict:
    card = dict(GOOD_CARD)
    for f in draw(st.lists(st.sampled_from(CARD_FIELDS), max_size=4, unique=True)):
        if draw(st.booleans()):
            card[f] = draw(wild())
        else:
            card.pop(f)
    r = rec("bad", card=card)
    for f in draw(st.lists(st.sampled_from(RECORD_FIELDS), max_size=3, unique=True)):
        r[f] = draw(wild())
    return r


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(bad=st.lists(damaged_record(), min_size=1, max_size=3))
def test_fuzzed_cards_and_records_never_crash_a_view(tmp_path, bad):
    path = tmp_path / "progress.json"
    records = [rec("good")] + [dict(b, id=f"bad-{i}") for i, b in enumerate(bad)]
    write(path, records)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = every_view(path)
        # and a new answer to the damaged exercise is still saved
        new = progress.record(
            "attempt", set_id="s", exercise_id="bad", score=1.0, mechanisms=["m"], path=path
        )
    assert "good" in got
    assert [w for w in caught if not issubclass(w.category, progress.ProgressWarning)] == []
    assert progress.records(path)[-1]["id"] == new["id"]


def test_valid_card_accepts_what_fsrs_writes_and_refuses_the_rest():
    card = cards.review(None, ("s", "q"), cards.AGAIN, "2026-01-05T10:00:00+00:00")
    assert cards.valid_card(card)
    for _ in range(3):
        card = cards.review(card, ("s", "q"), cards.GOOD, card["due"])
        assert cards.valid_card(card)
    assert not cards.valid_card(dict(card, state=2, stability=None))  # FSRS: AssertionError
    assert not cards.valid_card(dict(card, difficulty=-5.0))  # FSRS: complex numbers
    assert not cards.valid_card(dict(card, state=True))
    assert not cards.valid_card(None)


def test_a_stored_rating_that_is_not_a_rating_is_worked_out_again(tmp_path):
    path = tmp_path / "progress.json"
    odd = [rec("bad", rating=True, card=None), rec("odd", rating=2.0, card=None, score=0.0)]
    write(path, [rec("good"), *odd, rec("retry", rating=None, card=None)])
    items = {d.exercise: d for d in progress.due(path=path, now=NOW)}
    assert sorted(items) == ["bad", "good", "odd"]  # a stored None: a retry, not rated
    assert (items["bad"].last_rating, items["odd"].last_rating) == ("Good", "Again")


def test_without_fsrs_due_says_what_is_missing_rather_than_blaming_the_records(
    tmp_path, monkeypatch
):
    path = tmp_path / "progress.json"
    write(path, [rec("good", card=None)])

    def no_fsrs():
        raise ImportError("peerlearn's spaced review needs the fsrs package (pip install fsrs)")

    monkeypatch.setattr(cards, "_scheduler", no_fsrs)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ImportError, match="pip install fsrs"):
            progress.due(path=path, now=NOW)
