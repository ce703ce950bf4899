"""The knowledge check before and after the module (issue 20): two parallel forms of application
items, so that an instructor can compare what a class could do before and after."""

from __future__ import annotations

import re

import pytest

from peerlearn import exercises
from peerlearn.exercises.generator import giveaway

A = exercises.builtin("check-before")
B = exercises.builtin("check-after")
FIVE = [
    "lived-experience",
    "love-labour",
    "liminality",
    "strengths-focussed-support",
    "helper-role",
]


def scored(s):
    return [e for e in s if e.kind != "reflection"]


def test_the_forms_ask_the_same_things_in_the_same_order() -> None:
    assert [e.id for e in scored(A)] == [e.id for e in scored(B)]
    assert [e.kind for e in A] == [e.kind for e in B]
    for a, b in zip(scored(A), scored(B), strict=True):
        assert a.tags == b.tags, a.id
        assert len(a.options) == len(b.options), a.id
        assert [o.correct for o in a.options] == [o.correct for o in b.options], a.id


def test_every_mechanism_once_in_each_form() -> None:
    for form in (A, B):
        assert sorted(m for e in scored(form) for m in e.tags) == sorted(FIVE)


def test_items_are_application_items_in_fictional_situations() -> None:
    from importlib import resources

    import yaml

    for name in ("09-check-before.yaml", "10-check-after.yaml"):
        text = (resources.files("peerlearn") / "data" / "exercises" / name).read_text("utf-8")
        for ex in yaml.safe_load(text)["exercises"]:
            if ex["kind"] != "reflection":
                assert ex["level"] == "apply", ex["id"]
                assert ex["prompt"].startswith("(Fictional.)"), ex["id"]


@pytest.mark.parametrize("form", [A, B], ids=["A", "B"])
def test_no_item_asks_for_a_title_or_a_year(form) -> None:
    for e in scored(form):
        text = " ".join([e.prompt, *(o.text for o in e.options)])
        assert not re.search(r"\b(19|20)\d\d\b", text), e.id
        assert "title" not in text.lower(), e.id


def test_no_prompt_or_option_is_shared_between_the_forms() -> None:
    prompts_a = {e.prompt for e in A}
    options_a = {o.text for e in scored(A) for o in e.options}
    for e in B:
        assert e.prompt not in prompts_a, e.id
    for e in scored(B):
        for o in e.options:
            assert o.text not in options_a, (e.id, o.text)


def test_the_situations_differ_not_only_in_names() -> None:
    # Beyond names, each pair of prompts shares few words: a different situation, same decision.
    for a, b in zip(scored(A), scored(B), strict=True):
        words = lambda t: set(re.findall(r"[a-z]{5,}", t.lower()))  # noqa: E731
        sa, sb = words(a.prompt), words(b.prompt)
        assert len(sa & sb) / len(sa | sb) < 0.45, a.id


def test_the_right_answer_is_not_given_away_by_the_prompt() -> None:
    for form in (A, B):
        for e in scored(form):
            right = [o.text for o in e.options if o.correct]
            wrong = [o.text for o in e.options if not o.correct]
            assert not (
                giveaway(e.prompt, right[0]) and not any(giveaway(e.prompt, w) for w in wrong)
            ), e.id


def test_every_option_says_why() -> None:
    for form in (A, B):
        for e in scored(form):
            for o in e.options:
                assert len(o.feedback.split()) >= 12, (e.id, o.text)
