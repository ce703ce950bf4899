"""What the record says back: mastery that says what it measures, reflections read back in full,
the last answer after a kernel restart."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from peerlearn import exercises as ex
from peerlearn import progress
from peerlearn.progress import store

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def test_every_first_attempt_wrong_is_not_mastery():
    """The bug: a learner got every first attempt wrong (and put each right after feedback), and
    summary() showed mastery 1.0 and 0 missed for every mechanism, even ones never studied
    (credit came from cross-tagged items)."""
    items = {"q-ll": ["love-labour", "liminality", "helper-role"], "q-lim": ["liminality"]}
    for n, (item, mechs) in enumerate(items.items()):
        t = T0 + dt.timedelta(hours=n)
        progress.record("attempt", set_id="s", exercise_id=item, score=0.0, mechanisms=mechs, at=t)
        progress.record(
            "attempt",
            set_id="s",
            exercise_id=item,
            score=1.0,
            mechanisms=mechs,
            at=t + dt.timedelta(minutes=1),
        )
    df = progress.summary()
    for mech in ("love-labour", "liminality"):
        row = df.loc[mech]
        assert row["first_attempt"] == 0.0 and row["latest"] == 1.0
        assert row["mastery"] == 0.0 and row["missed"] == 1 and row["status"] == "learning"
    for never in ("helper-role", "lived-experience", "strengths-focussed-support"):
        assert pd.isna(df.loc[never, "mastery"]) and df.loc[never, "status"] == "not yet tried"
        assert df.loc[never, "exercises"] == 0
    # a day later, right first time: the review counts, and the mechanism is mastered
    progress.record(
        "attempt",
        set_id="s",
        exercise_id="q-lim",
        score=1.0,
        mechanisms=["liminality"],
        at=T0 + dt.timedelta(days=1),
    )
    row = progress.summary().loc["liminality"]
    assert (row["mastery"], row["first_attempt"], row["status"]) == (1.0, 0.0, "mastered")


def test_primary_mechanism_is_recorded_and_can_be_given():
    rec = progress.record(
        "attempt",
        set_id="s",
        exercise_id="v",
        score=1.0,
        mechanisms=["liminality", "love-labour"],
        primary="love-labour",
    )
    assert rec["primary"] == "love-labour"
    df = progress.summary()
    assert df.loc["love-labour", "exercises"] == 1 and df.loc["liminality", "exercises"] == 0


def test_reflections_in_full_with_prompt_and_plain_date():
    long = "I noticed that " + "the peer worker's own story mattered. " * 12 + "\n\nSecond <b>."
    progress.record(
        "reflection",
        set_id="s08",
        exercise_id="synthesis",
        answer=long,
        prompt="What did you learn about <lived experience>?",
        at="2026-03-02T09:00:00+00:00",
    )
    progress.record("reflection", set_id="s00", exercise_id="old", answer="before prompts")
    table = progress.reflections(
        sets=[ex.ExerciseSet(id="s00", title="T", exercises=[ex.Reflection(id="old", prompt="P0")])]
    )
    assert list(table.columns) == [
        "date",
        "set",
        "set_title",
        "exercise",
        "prompt",
        "text",
        "time",
    ]
    assert table.loc[1, "set_title"] == "T"
    assert table.loc[0, "text"] == long  # the whole text
    assert table.loc[0, "prompt"] == "What did you learn about <lived experience>?"
    assert table.loc[1, "prompt"] == "P0"  # looked up for a reflection saved without one
    assert re.fullmatch(r"[12]? ?\d{1,2} March 2026, \d\d:\d\d", table.loc[0, "date"])
    assert "." not in table.loc[0, "date"]  # no microseconds

    page = progress.reflections_page()
    html = page._repr_html_()
    assert "&lt;lived experience&gt;" in html and "<lived experience>" not in html
    assert "Second &lt;b&gt;." in html and "<b>" not in html
    assert html.count("<article>") == 2 and 'aria-label="Your reflections"' in html
    assert "datetime=" in html
    text = page.text()
    assert long.split("\n\n")[0] in text and "Prompt: P0" not in text  # no sets given here
    assert "Your reflections (2)" in text


def test_no_reflections_page_says_so():
    page = progress.reflections_page()
    assert len(page) == 0 and "No reflections saved yet" in page._repr_html_()


def test_last_answer_after_a_restart(progress_home):
    assert progress.last("q1", "s") is None
    progress.record("attempt", set_id="s", exercise_id="q1", answer=["A"], score=0.0)
    progress.record("attempt", set_id="s", exercise_id="q1", answer=["B"], score=1.0)
    progress.record("attempt", set_id="other", exercise_id="q1", answer=["C"], score=0.0)
    store.forget()  # as after a kernel restart: nothing in memory
    got = progress.last("q1", "s")
    assert (got["answer"], got["score"], got["event"]) == (["B"], 1.0, "attempt")
    got["answer"].append("changed")  # a copy: the record is not changed
    assert progress.last("q1", "s")["answer"] == ["B"]
    assert progress.records()[1]["answer"] == ["B"]
