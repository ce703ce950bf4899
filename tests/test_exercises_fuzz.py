"""Property-based tests: on any input, ``load``/``loads`` either return a set or raise
``ExerciseError`` (never another exception), and every problem says where it is."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import exercises as ex
from peerlearn.exercises.model import KINDS, ExerciseError, ExerciseSet

FIELDS = [
    "id",
    "kind",
    "prompt",
    "options",
    "pairs",
    "text",
    "correct",
    "feedback",
    "sources",
    "mechanisms",
    "explanation",
    "fictional",
    "title",
    "scenario",
    "mechanisms_at_work",
    "feedback_absent",
    "role",
    "left",
    "right",
    "schema_version",
    "exercises",
    "description",
]
VALUES = [*KINDS, "lynch2007", "love-labour", "liminality", "helps", "strains", "both", "q1"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(VALUES),
    st.text(max_size=12),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(FIELDS), children, max_size=6),
    ),
    max_leaves=40,
)

items = st.dictionaries(
    st.sampled_from(["text", "correct", "feedback", "sources", "left", "right", "id", "role"]),
    scalars,
    max_size=5,
)
exercises = st.builds(
    lambda kind, extra, lists: {"id": "q", "kind": kind, "prompt": "P", **extra, **lists},
    st.sampled_from(KINDS),
    st.dictionaries(st.sampled_from(FIELDS), documents, max_size=4),
    st.dictionaries(
        st.sampled_from(["options", "pairs", "mechanisms_at_work"]), st.lists(items, max_size=5)
    ),
)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _only_exercise_error(call) -> None:
    try:
        result = call()
    except ExerciseError as e:
        assert e.problems
        for p in e.problems:
            assert p.file and p.message
            assert p.line is None or p.line >= 1
        assert isinstance(e, ValueError)
    else:
        assert isinstance(result, ExerciseSet)


@SETTINGS
@given(st.text(max_size=300))
def test_loads_arbitrary_text(text):
    _only_exercise_error(lambda: ex.loads(text, name="fuzz.yaml"))


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("{}[]:,-?!&*|>'\"#%@` \n\tabcx01")), max_size=200))
def test_loads_yaml_punctuation(text):
    _only_exercise_error(lambda: ex.loads(text, name="fuzz.yaml"))


@SETTINGS
@given(documents)
def test_loads_structured_documents(doc):
    text = yaml.safe_dump({"title": "T", "exercises": [doc]} if isinstance(doc, dict) else doc)
    _only_exercise_error(lambda: ex.loads(text, name="fuzz.yaml"))


@SETTINGS
@given(st.lists(exercises, min_size=1, max_size=3))
def test_loads_exercise_like_documents(exs):
    text = yaml.safe_dump({"title": "T", "exercises": exs})
    _only_exercise_error(lambda: ex.loads(text, name="fuzz.yaml"))


@SETTINGS
@given(st.dictionaries(st.sampled_from(FIELDS), documents, max_size=8))
def test_from_dict_structured(data):
    _only_exercise_error(lambda: ExerciseSet.from_dict(data))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_load_arbitrary_bytes(data):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "quiz.yaml"
        p.write_bytes(data)
        _only_exercise_error(lambda: ex.load(p))


def test_deep_nesting_and_alias_bombs():
    deep = "[" * 600 + "]" * 600
    _only_exercise_error(lambda: ex.loads(deep))
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 12):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]\n"
    bomb += "title: *l\nexercises: *l\n"
    _only_exercise_error(lambda: ex.loads(bomb))


ANSWER_SET = ex.loads(
    """
title: Answers
exercises:
  - id: mc
    kind: multiple-choice
    prompt: P
    options: [{text: a, correct: true}, {text: b}]
  - id: ms
    kind: multiple-select
    prompt: P
    options: [{text: a, correct: true}, {text: b}]
  - id: m
    kind: matching
    prompt: P
    pairs: [{left: a, right: "1"}, {left: b, right: "2"}]
  - id: v
    kind: vignette
    fictional: true
    scenario: S
    prompt: P
    mechanisms_at_work: [{id: liminality, role: both}]
  - id: r
    kind: reflection
    prompt: P
""",
    kb=False,
)
answers = st.recursive(
    st.one_of(scalars, st.sampled_from(["a", "b", "1", "2", "liminality", 0, 1])),
    lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(st.sampled_from(["a", "b"]), c)),
    max_leaves=8,
)


@SETTINGS
@given(st.sampled_from(ANSWER_SET.ids), answers)
def test_any_answer_scores_or_raises_answer_error(eid, answer):
    from peerlearn.exercises.scoring import AnswerError

    try:
        r = ANSWER_SET.check(eid, answer)
    except AnswerError as e:
        assert isinstance(e, ValueError) and str(e)
    else:
        assert r.score is None or 0.0 <= r.score <= 1.0
        assert r.html().startswith("<div")
