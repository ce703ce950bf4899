"""The answer's one path to the progress file: an ``Attempt`` built once, saved in one call."""

from __future__ import annotations

import dataclasses
import inspect
import json
from types import SimpleNamespace

import pytest
from builders import exercise, exercise_yaml
from homes import use_home

from peerlearn import progress
from peerlearn.progress import Attempt, save, store


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    use_home(monkeypatch, tmp_path)
    store.forget()
    yield tmp_path
    store.forget()


def result(**kw):
    base = dict(
        exercise_id="q1",
        kind="multiple-choice",
        answer="Love labour",
        score=1.0,
        mechanisms=("love-labour",),
        by_mechanism={},
        revealed=False,
    )
    return SimpleNamespace(**{**base, **kw})


def test_an_attempt_is_frozen_and_checked_once():
    a = Attempt.of(result(), set_id="s")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.score = 0.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        a.by_mechanism["love-labour"] = 0.0  # type: ignore[index]
    with pytest.raises(ValueError, match="score must be a number from 0 to 1"):
        Attempt("attempt", set_id="s", exercise_id="q", score=1.5)
    with pytest.raises(ValueError, match=r"by_mechanism\['x'\] must be a number"):
        Attempt("attempt", set_id="s", exercise_id="q", by_mechanism={"x": 2})
    with pytest.raises(ValueError, match="answer must be plain JSON data"):
        Attempt("attempt", set_id="s", exercise_id="q", answer={1, 2})
    with pytest.raises(ValueError, match="at must be an ISO 8601 time"):
        Attempt("attempt", set_id="s", exercise_id="q", at="yesterday")


def test_what_counts_as_revealed_is_decided_by_progress():
    # the learner saw the answer, then answered: kept, marked revealed, not rated
    after = Attempt.of(result(), set_id="s", answer_seen=True)
    assert (after.event, after.revealed) == ("attempt", True)
    # the reveal itself is its own event, never "revealed" on top
    reveal = Attempt.of(result(score=None, revealed=True), set_id="s", answer_seen=True)
    assert (reveal.event, reveal.revealed) == ("reveal", False)
    assert dict(reveal.by_mechanism) == {}
    first = Attempt.of(result(score=0.5), set_id="s")
    assert (first.event, first.revealed, dict(first.by_mechanism)) == (
        "attempt",
        False,
        {"love-labour": 0.5},
    )
    refl = Attempt.of(result(kind="reflection", score=None), set_id="s", prompt="Why?")
    assert (refl.event, refl.prompt) == ("reflection", "Why?")
    assert Attempt.of(result(), set_id="s", prompt="Why?").prompt is None  # attempts keep none
    recs = [save(a) for a in (first, reveal, after)]
    assert [r["rating"] for r in recs] == [2, 1, None]  # Hard, Again, not rated


def test_the_record_on_disk_keeps_schema_2(home):
    a = Attempt.of(
        result(by_mechanism={"love-labour": 1.0, "helper-role": 0.0}),
        set_id="s",
        mechanisms=["love-labour", "helper-role"],
        at="2026-01-05T10:00:00+00:00",
    )
    rec = save(a)
    assert list(rec) == [
        "id",
        "time",
        "event",
        "set",
        "exercise",
        "kind",
        "answer",
        "score",
        "mechanisms",
        "primary",
        "by_mechanism",
        "revealed",
        "rating",
        "card",
    ]
    assert rec["primary"] == "love-labour" and rec["time"] == "2026-01-05T10:00:00.000000+00:00"
    doc = json.loads((home / "progress.json").read_text())
    assert doc["schema_version"] == 2
    assert progress.records() == [rec]
    # the keyword forms go the same way and write the same fields
    kw = progress.record_result(result(), set_id="t", at="2026-01-05T10:00:00+00:00")
    assert list(kw) == list(rec) and kw["card"]["state"] == rec["card"]["state"]


def test_the_store_only_appends(home):
    assert "prepare" not in inspect.signature(store.append).parameters
    rec = store.append(home / "progress.json", {"id": "x", "event": "attempt"})
    assert "rating" not in rec and progress.records() == [rec]


SET = exercise_yaml(
    exercise("multiple-choice", id="q1"),
    id="attempt-test",
    title="Attempt test",
    description="A set for the attempt tests.",
    mechanisms=["love-labour"],
)


def test_the_widget_hands_over_one_attempt(monkeypatch):
    from peerlearn import exercises as ex

    handed = []
    monkeypatch.setattr(progress, "save", lambda a, path=None: handed.append((a, path)))
    w = ex.loads(SET, name="attempt-test.yaml").widget(order="authored")
    q = w.items["q1"]
    q.reveal_button.click()  # the learner sees the answer, then answers
    q.retry_button.click()
    q.controls[0].value = 0
    q.check_button.click()
    assert [type(a) for a, _ in handed] == [Attempt, Attempt]
    assert [(a.event, a.revealed) for a, _ in handed] == [("reveal", False), ("attempt", True)]
    assert handed[1][0].mechanisms == ("love-labour",) and handed[1][0].primary == "love-labour"


def test_no_module_of_progress_is_named_like_a_function_it_holds():
    import importlib
    import pkgutil

    import peerlearn.progress as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"peerlearn.progress.{info.name}")
        bound = getattr(package, info.name)
        assert bound is module, f"progress.{info.name} is {bound!r}, not its module"
    import peerlearn.progress.attempts as attempts
    import peerlearn.progress.charts as charts

    assert inspect.ismodule(attempts) and inspect.ismodule(charts)
    assert progress.records is attempts.records and progress.plot is charts.plot
    assert progress.export.__module__ == "peerlearn.progress.classes"
    assert "hand in" in progress.export.__doc__ and "references" in progress.export.__doc__
