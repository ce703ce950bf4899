"""A learner's copy carries nothing the key can be read from, item by item, over every kind.

The test is an invariance: change any key field of any exercise (which option is right, which
pairs go together, which mechanisms are at work and their roles, every feedback, explanation,
source and tag) and the learner's copy must come out byte for byte the same. A copy that does
not change when the key does cannot tell the key. Over the built-in bank and over own sets
(one with tags, set mechanisms and a vignette without ``mechanisms:``).
"""

from __future__ import annotations

import dataclasses
import json
import textwrap

import pytest

from peerlearn import exercises
from peerlearn.exercises.assessed import ALLOWED, ALLOWED_SET, FIVE, learner_copy
from peerlearn.exercises.model import ExerciseSet, MechanismAtWork

OWN = textwrap.dedent(
    """
    id: own
    title: "Own set: week 4"
    mechanisms: [love-labour]
    exercises:
      - id: which
        kind: multiple-choice
        prompt: Which mechanism is about care that cannot be bought?
        mechanisms: [love-labour]
        options:
          - {text: Love labour, correct: true, feedback: Yes, sources: [lynch2007]}
          - {text: Liminality}
          - {text: Helper role}
      - id: ms
        kind: multiple-select
        prompt: Which are theories?
        options:
          - {text: Social comparison, correct: true}
          - {text: Helper-therapy principle, correct: true}
          - {text: Lived experience}
      - id: m
        kind: matching
        prompt: Match.
        pairs:
          - {left: Helper-therapy principle, right: Riessman}
          - {left: Social comparison, right: Festinger}
          - {left: Love labour, right: Lynch}
      - id: v
        kind: vignette
        fictional: true
        scenario: (Fictional.) Sam runs a drop-in.
        prompt: Which mechanisms are at work?
        mechanisms_at_work:
          - {id: lived-experience, role: helps}
      - id: r
        kind: reflection
        prompt: Think.
        explanation: Points to consider.
    """
)


def _sets():
    return [*exercises.builtin(), exercises.loads(OWN, name="own.yaml")]


def _other_key(e):
    """The same exercise with every key field changed (what a copy must not depend on)."""
    common = {"sources": ("casp2006",), "mechanisms": ("helper-role",), "explanation": "changed"}
    if e.kind == "multiple-choice":
        right = next(i for i, o in enumerate(e.options) if o.correct)
        moved = (right + 1) % len(e.options)
        opts = [dataclasses.replace(o, correct=i == moved, feedback=f"f{i}", sources=())
                for i, o in enumerate(e.options)]  # fmt: skip
        # and written in another order: the written order (right first) must not show either
        return dataclasses.replace(e, options=opts[::-1], **common)
    if e.kind == "multiple-select":
        opts = [dataclasses.replace(o, correct=not o.correct or i == 0, feedback="x")
                for i, o in enumerate(e.options)]  # fmt: skip
        return dataclasses.replace(e, options=opts[::-1], **common)
    if e.kind == "matching":
        rights = [p.right for p in e.pairs]
        rights = rights[1:] + rights[:1]  # every left now paired with another right
        pairs = [
            dataclasses.replace(p, right=r, feedback="x")
            for p, r in zip(e.pairs, rights, strict=True)
        ]
        return dataclasses.replace(e, pairs=pairs, **common)
    if e.kind == "vignette":
        offered = sorted({*FIVE, *e.at_work, *e.feedback_absent})
        now = [m for m in offered if m not in e.at_work] or offered[:1]
        at_work = [MechanismAtWork(id=m, role="strains", feedback="x") for m in now]
        absent = {m: "x" for m in offered if m not in now and m in FIVE}
        return dataclasses.replace(e, mechanisms_at_work=at_work, feedback_absent=absent, **common)
    return dataclasses.replace(e, **common)


@pytest.mark.parametrize("s", _sets(), ids=lambda s: s.id)
def test_changing_any_key_field_leaves_the_copy_unchanged(s):
    copy = learner_copy(s)
    for i, e in enumerate(s.exercises):
        changed = ExerciseSet(
            id=s.id, title=s.title, description=s.description, mechanisms=("liminality",),
            exercises=[*s.exercises[:i], _other_key(e), *s.exercises[i + 1:]],
        )  # fmt: skip
        assert learner_copy(changed) == copy, f"{s.id}/{e.id} ({e.kind}): the copy shows the key"


@pytest.mark.parametrize("s", _sets(), ids=lambda s: s.id)
def test_the_copy_holds_only_what_is_allowed(s):
    copy = learner_copy(s, kb=False)
    assert set(copy) <= ALLOWED_SET
    for item in copy["exercises"]:
        assert set(item) <= ALLOWED[item["kind"]], item["id"]
    text = json.dumps(copy)
    for word in ('"tags"', '"correct"', '"feedback"', '"sources"', '"explanation"', "at_work"):
        assert word not in text


def test_a_which_mechanism_item_and_a_vignette_carry_no_tags():
    s = exercises.loads(OWN, name="own.yaml")
    copy = learner_copy(s, kb=False)
    which = next(i for i in copy["exercises"] if i["id"] == "which")
    v = next(i for i in copy["exercises"] if i["id"] == "v")
    assert "tags" not in which and "mechanisms" not in copy
    assert set(v["mechanisms"]) == set(FIVE)  # all five offered, not just the one at work
