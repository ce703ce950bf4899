"""Feedback that says which and why (issue 20): a missed option is named with the reason it
belongs, and a wrong matching pair says which partner is right and why, in the bank too."""

from __future__ import annotations

import pytest

from peerlearn import exercises
from peerlearn.exercises import scoring
from peerlearn.exercises.model import Matching, MultipleSelect, Option, Pair


def test_missed_options_are_named_with_their_reasons() -> None:
    q = MultipleSelect(
        id="q",
        prompt="Which can strain peer work?",
        options=[
            Option("Blurred boundaries", correct=True, feedback="Caring without limits drains."),
            Option("Unclear roles", correct=True, feedback="The in-between place can isolate."),
            Option("Fresh air", feedback="Not a strain the course names."),
        ],
    )
    text = scoring.check(q, [], kb=False).text()
    assert "Missed: 2 more options should be ticked" in text
    assert "Should also be ticked: Blurred boundaries — Caring without limits drains." in text
    assert "Should also be ticked: Unclear roles — The in-between place can isolate." in text
    assert "Fresh air" not in text  # nothing said about options rightly left alone
    assert "Should also be ticked" not in scoring.check(q, [0, 1], kb=False).text()


def test_a_wrong_pair_names_the_right_partner_and_why() -> None:
    m = Matching(
        id="m",
        prompt="Match.",
        pairs=[
            Pair("Love labour", "Committed, mutual care", feedback="Lynch's idea."),
            Pair("Emotional labour", "Managing feelings for a wage"),
        ],
        explanation="Both are kinds of work with feelings.",
    )
    r = scoring.check(
        m, {"Love labour": "Managing feelings for a wage", "Emotional labour": None}, kb=False
    )
    text = r.text()
    assert "Love labour goes with “Committed, mutual care”: Lynch's idea." in text
    assert "“Managing feelings for a wage” belongs with Emotional labour." in text
    wrong = scoring.check(m, {"Emotional labour": "Committed, mutual care"}, kb=False).text()
    # without a pair's own feedback, the item's explanation says why
    assert (
        "Emotional labour goes with “Managing feelings for a wage”: Both are kinds of work" in wrong
    )


BANK = [(s.id, e) for s in exercises.builtin() for e in s]


@pytest.mark.parametrize(
    ("sid", "e"),
    [(s, e) for s, e in BANK if e.kind in {"multiple-select", "matching"}],
    ids=[f"{s}:{e.id}" for s, e in BANK if e.kind in {"multiple-select", "matching"}],
)
def test_every_bank_item_can_say_why(sid: str, e) -> None:
    if e.kind == "multiple-select":
        for o in e.options:
            if o.correct:
                assert o.feedback, f"{sid}:{e.id}: {o.text!r} needs a reason it belongs"
    else:
        assert e.explanation or all(p.feedback for p in e.pairs), f"{sid}:{e.id}"
