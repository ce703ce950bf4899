"""The exercise format's structure is the JSON Schema's, checked by jsonschema (issue 22).

``peerlearn/data/schemas/exercise-set.v1.json`` is the one description of structure:
change it (a copy here) and the loader follows; ``exercises/_validate.py`` keeps the meaning.
Every problem jsonschema finds is said in plain words with the file, line, exercise and field.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import EXERCISES, exercise, exercise_set, exercise_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import exercises as ex
from peerlearn.exercises import _structure
from peerlearn.exercises.model import ExerciseError, ExerciseSet, Reflection

ROOT = Path(__file__).resolve().parents[1]


def problems_of(text: str, **kw) -> list:
    with pytest.raises(ExerciseError) as info:
        ex.loads(text, name="quiz.yaml", kb=False, **kw)
    return info.value.problems


@pytest.fixture
def schema_copy(monkeypatch):
    """A copy of the schema the loader then checks against (the package's one afterwards)."""
    schema = copy.deepcopy(_structure.FORMAT)
    monkeypatch.setattr(_structure, "FORMAT", schema)
    _structure.compiled.cache_clear()
    _structure.fast.cache_clear()
    yield schema
    monkeypatch.undo()
    _structure.compiled.cache_clear()
    _structure.fast.cache_clear()


def test_the_loader_follows_a_changed_copy_of_the_schema(schema_copy):
    common = schema_copy["$defs"]["exercise"]["properties"]
    common["level"]["enum"] = ["recall", "evaluate", None]
    common["id"]["pattern"] = "^q[0-9]+(?!\\n)$"
    schema_copy["$defs"]["reflection"]["properties"]["words"]["maximum"] = 50
    schema_copy["$defs"]["pair"]["required"] = ["left"]
    items = [
        exercise("reflection", id="q1", level="evaluate", words=40),  # valid only in the copy
        exercise("matching", id="q2", pairs=[{"left": "a"}, {"left": "b"}]),
    ]
    s = ex.loads(exercise_yaml(*items), kb=False)
    assert [e.id for e in s] == ["q1", "q2"] and s["q1"].words == 40
    problems = problems_of(
        exercise_yaml(exercise("reflection", id="r1", level="apply", words=60), title="T")
    )
    by = {p.field: p.message for p in problems}
    assert set(by) == {"id", "level", "words"}
    assert "expected one of recall, evaluate; got the text 'apply'" in by["level"]
    assert "got the number 60" in by["words"]


def test_a_new_kind_in_a_copy_of_the_schema_is_a_kind_for_the_loader(schema_copy):
    """A kind's shape is its definition, chosen by ``if``/``then`` on ``kind``."""
    defs = schema_copy["$defs"]
    defs["essay"] = copy.deepcopy(defs["reflection"])
    defs["essay"]["required"] = ["words"]
    defs["exercise"]["properties"]["kind"]["enum"].append("essay")
    defs["exercise"]["allOf"].append(
        {
            "if": {"properties": {"kind": {"const": "essay"}}, "required": ["kind"]},
            "then": {"$ref": "#/$defs/essay"},
        }
    )
    checked = _structure.check(exercise_set({"id": "e", "kind": "essay", "prompt": "P"}))
    assert checked.issues == [(("exercises", 0, "words"), checked.issues[0][1])]
    assert checked.issues[0][1].startswith("is required: expected a whole number of words")


def test_every_problem_says_where_and_what_would_be_valid():
    text = textwrap.dedent(
        """\
        title: T
        exercises:
          - id: q1
            kind: multiple-choice
            prompt: P
            options:
              - {text: A, correct: true, colour: red}
              - text: B
                correct: yes please
          - id: v1
            kind: vignette
            fictional: true
            prompt: P
            scenario: S
            mechanisms_at_work:
              - {id: liminality, role: hepls}
            level: aply
          - {id: r1, kind: reflexion, prompt: P}
        """
    )
    problems = problems_of(text)
    got = {(p.line, p.record, p.field): p.message for p in problems}
    assert got == {
        (7, "q1", "options[0].colour"): (
            "unknown field 'colour' in an option; allowed fields: text, correct, feedback, sources"
        ),
        (9, "q1", "options[1].correct"): "expected true or false; got the text 'yes please'",
        (16, "v1", "mechanisms_at_work[0].role"): (
            "expected one of helps, strains, both; got the text 'hepls' (did you mean 'helps'?)"
        ),
        (17, "v1", "level"): (
            "expected one of recall, understand, apply, title; got the text 'aply' "
            "(did you mean 'apply'?)"
        ),
        (18, "r1", "kind"): (
            "expected one of multiple-choice, multiple-select, matching, vignette, reflection; "
            "got the text 'reflexion' (did you mean 'reflection'?)"
        ),
    }
    assert all(p.file == "quiz.yaml" for p in problems)


def test_how_many_options_are_right_is_meaning_and_said_plainly():
    two = [{"text": "a", "correct": True}, {"text": "b", "correct": True}]
    (p,) = problems_of(exercise_yaml(exercise("multiple-choice", id="q", options=two)))
    assert p.message == (
        "a multiple-choice exercise needs exactly one option with correct: true; found 2 "
        "(use kind: multiple-select for several)"
    )
    none = [{"text": "a"}, {"text": "b"}]
    (p,) = problems_of(exercise_yaml(exercise("multiple-select", id="q", options=none)))
    assert "at least one option with correct: true; found none" in p.message
    (p,) = problems_of(exercise_yaml(exercise("multiple-choice", id="q", options=none[:1])))
    assert "at least 2 options" in p.message and "got a list of 1 item(s)" in p.message


def test_yes_numbers_and_dates_where_text_is_expected_are_the_text_written():
    text = textwrap.dedent(
        """\
        title: 1990
        exercises:
          - id: 2020
            kind: reflection
            prompt: yes
            explanation: 2020-01-01
        """
    )
    s = ex.loads(text, kb=False)
    assert (s.title, s.exercises[0].id, s.exercises[0].prompt) == ("1990", "2020", "yes")
    assert s.exercises[0].explanation == "2020-01-01"
    # but a number is no list of keys, and text is no yes/no value
    (p,) = problems_of(text.replace("kind: reflection", "kind: reflection\n    sources: 7"))
    assert p.field == "sources" and p.message.startswith("expected a list of reference keys")
    by = {p.field: p.message for p in problems_of(text.replace("kind: reflection", "kind: m"))}
    assert "got the text 'm'" in by["kind"]
    options = "kind: multiple-choice\n    options: [{text: a, correct: 'true'}, {text: b}]"
    by = {p.field: p.message for p in problems_of(text.replace("kind: reflection", options))}
    assert by["options[0].correct"] == "expected true or false; got the text 'true'"


def test_python_built_sets_are_checked_against_the_schema_too():
    with pytest.raises(ExerciseError) as info:
        Reflection(id="r 1", prompt="P", words=0)
    assert {p.field for p in info.value.problems} == {"id", "words"}
    assert all(p.file == "<python>" and p.record == "r 1" for p in info.value.problems)
    with pytest.raises(ExerciseError, match="unknown field 'colour'"):
        ExerciseSet.from_dict({"title": "T", "colour": 1, "exercises": [exercise("reflection")]})
    kinds = ExerciseSet.from_dict(exercise_set(*map(exercise, EXERCISES), id="t"))
    assert [e.kind for e in kinds] == list(EXERCISES)


def test_the_bank_is_checked_in_full_by_validate_builtin(monkeypatch):
    """A learner's kernel takes the bank's structure as checked (it needs no jsonschema);
    ``validate_builtin`` (the suite, ``peerlearn validate``) checks it against the schema."""
    from peerlearn.exercises import bank

    calls = []
    real = _structure.fast

    def counting(part=None):
        calls.append(part)
        return real(part)

    monkeypatch.setattr(_structure, "fast", counting)
    assert bank.builtin() and calls == []
    assert bank.validate_builtin() == [] and calls.count(None) == len(bank.builtin_ids())


BLOCKED = textwrap.dedent(
    """
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name.split(".")[0] in sys.argv[1].split(","):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    sys.meta_path.insert(0, Block())
    from peerlearn.exercises import ExerciseError, ExerciseSet, builtin
    sets = builtin()
    print("bank", len(sets), all(len(s) for s in sets))
    love = builtin("love-labour")
    mine = ExerciseSet(id="mine", title="Mine", exercises=[e for e in love if e.scored])
    print("mine", len(mine))
    for broken in ({"id": "t", "title": "T", "exercises": "none"}, {"id": "t", "title": "T",
            "exercises": [
            {"id": "q", "kind": "multiple-choice", "prompt": "P", "options": [{"text": "a"},
             {"text": "a"}]}]}):
        try:
            ExerciseSet.from_dict(broken)
        except ExerciseError as e:
            print("broken", e.problems[0].message)
    print("jsonschema" in sys.modules)
    """
)


def test_without_jsonschema_the_bank_and_sets_built_from_it_load():
    """As in JupyterLite's default site (no wasm build of rpds-py, which jsonschema needs, and
    no fastjsonschema): learners' notebooks build sets from the bank's exercises; a set that
    cannot be built says what it needs, and the meaning is checked still."""
    lite = "jsonschema,rpds,referencing,fastjsonschema"
    out = subprocess.run(
        [sys.executable, "-c", BLOCKED, lite], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.splitlines()
    assert out[0].startswith("bank ") and out[0].endswith(" True")
    assert out[1].startswith("mine ") and out[1] != "mine 0"
    assert out[2].startswith("broken this exercise set is not as the format describes")
    assert "jsonschema package" in out[2] and "peerlearn validate" in out[2]
    assert out[3].startswith("broken duplicate option 'a'")
    assert out[4] == "False"


def test_the_quick_yes_and_jsonschema_agree_on_the_bank_and_on_bad_sets():
    from builders import EXERCISES as KINDS_BUILT

    yaml = pytest.importorskip("yaml")
    for path in sorted((ROOT / "peerlearn" / "data" / "exercises").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert _structure.compiled().is_valid(data) and _structure.fast()(data) is True
    for kind in KINDS_BUILT:
        item = exercise(kind)
        assert _structure.compiled("exercise").is_valid(item)
        assert _structure.fast("exercise")(item) is True


# -------------------------------------------------------------------- fuzz: the words hold
items = st.dictionaries(
    st.sampled_from(["id", "kind", "prompt", "options", "pairs", "words", "level", "x"]),
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 6000),
        st.sampled_from([*EXERCISES, "q1", "", " ", "apply"]),
        st.lists(st.one_of(st.text(max_size=3), st.dictionaries(st.text(max_size=5), st.none()))),
    ),
    max_size=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(items, max_size=3))
def test_every_structural_error_is_said_in_words_with_a_field(exercises):
    """No jsonschema wording ("is not of type", "is a required property") reaches a person,
    and fastjsonschema's quick yes is jsonschema's yes (the schema uses draft-7 words only)."""
    data = {"title": "T", "exercises": exercises}
    assert _structure.fast_yes(data) == _structure.compiled().is_valid(data)
    checked = _structure.check(data)
    for path, message in checked.issues:
        assert message and "is not of type" not in message and "required property" not in message
        assert path == () or path[0] in ("exercises", "title")


def test_a_set_built_in_python_checks_its_structure_once(monkeypatch):
    """A notebook's ``ExerciseSet(...)`` of the bank's exercises: the set's structure is checked
    once, whole (its exercises with it); the exercises rebuilt from the cleaned data are checked
    for meaning only, as the loader's are (no second, per-exercise schema check)."""
    bank_set = ex.builtin("helper-role")
    parts: list[str | None] = []
    real = _structure.fast_yes

    def counted(data, part=None):
        parts.append(part)
        return real(data, part)

    monkeypatch.setattr(_structure, "fast_yes", counted)
    questions = ExerciseSet(
        id=bank_set.id,
        title=bank_set.title,
        exercises=[e for e in bank_set if e.kind != "reflection"],
    )
    assert parts == [None]
    assert questions.ids == tuple(e.id for e in bank_set if e.kind != "reflection")
    # a bad exercise is still refused by the set's own check, with its place named
    data = questions.to_dict()
    data["exercises"][0]["kind"] = "essay"
    with pytest.raises(ExerciseError) as caught:
        ExerciseSet.from_dict(data)
    assert any("kind" in (p.field or "") for p in caught.value.problems)
