"""The review widget: a short session over what FSRS says is due, usable from any notebook."""

from __future__ import annotations

import datetime as dt

import pytest

from peerlearn import progress
from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
from peerlearn.widgets import ReviewSession, review

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def mc(i: str, mech: str) -> MultipleChoice:
    return MultipleChoice(
        id=i,
        prompt=f"Question {i} <about> {mech}?",
        mechanisms=(mech,),
        options=[Option("Right", correct=True), Option("Wrong")],
    )


SET = ExerciseSet(
    id="rev",
    title="Review <set> & co",
    exercises=[mc("a1", "love-labour"), mc("a2", "love-labour"), mc("b1", "liminality")],
)


def miss(item: str, mech: str, at: dt.datetime) -> None:
    progress.record("attempt", set_id="rev", exercise_id=item, score=0.0, mechanisms=[mech], at=at)


def test_session_over_due_items_interleaved_and_recorded():
    miss("a1", "love-labour", T0)
    miss("a2", "love-labour", T0 + dt.timedelta(seconds=1))
    miss("b1", "liminality", T0 + dt.timedelta(seconds=2))
    w = review([SET], kb=None)
    assert isinstance(w, ReviewSession)
    assert [d.exercise for d in w.items] == ["a1", "b1", "a2"]  # mechanisms take turns
    assert 'role="status"' in w.status.value and 'aria-live="polite"' in w.status.value
    assert "3 exercises are due" in w.status.value and "Love labour" in w.status.value
    assert "Review &lt;set&gt; &amp; co" in w.status.value  # escaped
    assert w.next_button.description == "Next exercise" and w.end_button.description
    q = w.current
    q.controls[0].value = 0  # "Right"
    q.check_button.click()
    rec = progress.last("a1", "rev")
    assert rec["score"] == 1.0 and rec["rating"] == 4  # right after a long gap: Easy
    assert rec["card"]["state"] == 2  # recorded, and the card moved on to review
    assert "a1" not in [d.exercise for d in progress.due()]  # no longer due
    w.next_button.click()
    assert w.position == 1 and w.current.exercise.id == "b1"
    w.current.controls[0].value = 1  # "Wrong"
    w.current.check_button.click()
    w.next_button.click()
    assert w.next_button.description == "Finish review"
    w.next_button.click()
    assert w.current is None and w.next_button.disabled
    assert "Review finished: 1 of 2 right first time" in w.status.value
    assert "1 not answered; it stays due" in w.status.value
    assert "1 exercise is still due: run the review again" in w.status.value  # b1: in 1 minute


def test_limit_and_sets():
    for n, (i, m) in enumerate([("a1", "love-labour"), ("b1", "liminality")]):
        miss(i, m, T0 + dt.timedelta(seconds=n))
    one = review([SET], limit=1, kb=False)
    assert len(one.items) == 1
    assert "2 exercises are due; this review takes 1" in one.status.value
    other = ExerciseSet(id="other", title="O", exercises=[mc("a1", "love-labour")])
    w = review([other], kb=False)
    assert w.items == []  # only the sets given; the others are named
    assert "2 more due from exercise sets not given here" in w.status.value
    with pytest.raises(ValueError, match="limit must be a whole number"):
        review([SET], limit=0, kb=False)


def test_nothing_due_says_when_next():
    progress.record(
        "attempt", set_id="rev", exercise_id="a1", score=1.0, mechanisms=["love-labour"]
    )
    w = review([SET], kb=False)
    assert w.items == [] and w.next_button.disabled
    assert "Nothing is due for review now. The next exercise falls due on" in w.status.value
    assert w.text() == "Nothing is due for review now."


def test_nothing_tried_yet():
    w = review([SET], kb=False)
    assert "Nothing to review yet" in w.status.value


def test_default_sets_are_the_packages_own():
    w = review()
    assert w.items == [] and "Nothing to review yet" in w.status.value
    assert len(w._found) > 20


def test_no_module_of_widgets_is_named_like_a_function_it_holds():
    """``pl.widgets.review`` is the function, however the widgets were imported before."""
    import importlib
    import inspect
    import pkgutil

    import peerlearn as pl
    import peerlearn.widgets as package

    names = [info.name for info in pkgutil.iter_modules(package.__path__)]
    for name in names:
        module = importlib.import_module(f"peerlearn.widgets.{name}")
        assert getattr(package, name) is module, f"widgets.{name} is not its module"
        public = set(getattr(module, "__all__", ()))
        assert name not in public, f"widgets.{name} holds a function of its own name"
    assert not set(names) & set(package.__all__), "a public name of widgets is also a module"
    # the session's module is imported now, and the package's name still gives the function
    assert inspect.isfunction(package.review) and package.review is review
    assert pl.widgets.review is review
    reviewing = importlib.import_module("peerlearn.widgets.reviewing")
    assert inspect.ismodule(reviewing) and reviewing.review is review


def test_no_two_modules_of_the_lower_rooms_share_the_name_pages():
    """The reflections page (progress) and page ranges (citations) are told apart by name."""
    from pathlib import Path

    import peerlearn

    root = Path(peerlearn.__file__).parent
    assert [p.relative_to(root).as_posix() for p in root.rglob("pages.py")] == ["progress/pages.py"]
