"""Hostile exercise YAML (issue 14): nothing silently last-wins, nothing half-read, bounded work.

Duplicate keys, lone surrogates, deep nesting and alias bombs are refused with the file and the
line; legitimate anchors, merge keys and the same text as a number and a string still load. A
hypothesis suite mutates a valid file the ways a careless editor or an attacker would and checks
that the loader returns a set or raises ExerciseError, nothing else.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import exercises as ex
from peerlearn.exercises import loader
from peerlearn.exercises.model import ExerciseError

GOOD = """\
title: Love labour check
exercises:
  - id: q1
    kind: multiple-choice
    prompt: Which mechanism is about care that cannot be bought?
    options:
      - {text: Love labour, correct: true}
      - {text: Liminality}
  - id: q2
    kind: multiple-select
    prompt: Which are mechanisms?
    options:
      - {text: Love labour, correct: true}
      - {text: Liminality, correct: true}
      - {text: Lunch}
"""


def problems_of(text: str) -> list:
    with pytest.raises(ExerciseError) as info:
        ex.loads(text, name="q.yaml", kb=False)
    assert all(p.file == "q.yaml" for p in info.value.problems)
    return info.value.problems


def test_good_file_loads() -> None:
    s = ex.loads(GOOD, name="q.yaml", kb=False)
    assert [e.id for e in s.exercises] == ["q1", "q2"]


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        (
            GOOD.replace(
                "      - {text: Liminality}\n", "      - {text: Liminality}\n    options: []\n", 1
            ),
            9,
            "options",
        ),
        (
            GOOD.replace(
                "{text: Love labour, correct: true}",
                "{text: Love labour, correct: true, correct: false}",
                1,
            ),
            7,
            "correct",
        ),
        (GOOD + "title: Again\n", 16, "title"),
        (GOOD.replace("  - id: q2\n", "  - id: q2\n    id: q3\n"), 10, "id"),
    ],
)
def test_duplicate_keys_are_reported_not_last_wins(text: str, line: int, field: str) -> None:
    (problem,) = problems_of(text)
    assert (problem.line, problem.field) == (line, field)
    assert "appears twice in the same mapping" in problem.message
    assert "keep only the last" in problem.message


def test_every_duplicate_is_reported_at_once() -> None:
    text = GOOD + "title: A\ntitle: B\n"
    lines = [p.line for p in problems_of(text)]
    assert lines == [16, 17]


def test_merge_keys_numbers_and_anchors_are_not_duplicates() -> None:
    text = """\
title: Shared options
exercises:
  - &base
    id: q1
    kind: multiple-choice
    prompt: P
    options: &opts
      - {text: "1", correct: true}
      - {text: 2}
    explanation: {1: x}
  - <<: *base
    id: q2
    prompt: Overridden prompt
    options: *opts
"""
    with pytest.raises(ExerciseError) as info:  # {1: x} is no text; 1 and "1" are not one key
        ex.loads(text.replace("{1: x}", '{1: x, "1": y}'), name="q.yaml", kb=False)
    assert [p.field for p in info.value.problems] == ["explanation", "explanation"]
    s = ex.loads(text.replace("    explanation: {1: x}\n", ""), name="q.yaml", kb=False)
    assert s["q1"].prompt == "P" and s["q2"].prompt == "Overridden prompt"
    assert s["q2"].options == s["q1"].options


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("prompt: Which mechanism is", 'prompt: "\\ud800" #', 5),
        ("{text: Liminality}", '{text: "a\\udfff"}', 8),
        ("title: Love labour check", '"\\ud83d": x\ntitle: Love labour check', 1),
        ("{text: Lunch}", '{text: "\\udf70\\ud83c"}', 15),  # a pair in the wrong order
    ],
)
def test_lone_surrogates_are_refused_with_the_line(old: str, new: str, line: int) -> None:
    assert old in GOOD
    (problem,) = problems_of(GOOD.replace(old, new, 1))
    assert problem.line == line and "lone surrogate" in problem.message


def test_a_real_astral_character_written_as_an_escape_pair_loads() -> None:
    s = ex.loads(GOOD.replace("Lunch", '"Lunch \\ud83c\\udf70"'), name="q.yaml", kb=False)
    assert s["q2"].options[2].text == "Lunch \N{SHORTCAKE}"


@pytest.mark.parametrize(
    "nested",
    [
        "[" * 5000 + "]" * 5000,
        "{a: " * 3000 + "x" + "}" * 3000,
        "\n".join("  " * i + "- " for i in range(300)),
    ],
)
def test_deep_nesting_is_refused_with_a_line(nested: str) -> None:
    text = GOOD.replace(
        "prompt: Which mechanism is about care that cannot be bought?", "prompt: " + nested, 1
    )
    (problem,) = problems_of(text)
    assert problem.line is not None
    assert (
        f"more than {loader.MAX_DEPTH} levels" in problem.message
        or "not valid YAML" in problem.message
    )


def bomb(levels: int = 9) -> str:
    out = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        out.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("where", ["prompt", "options", "mechanisms", "explanation", "title"])
def test_alias_bombs_are_refused_wherever_they_land(where: str) -> None:
    head = "description: " + bomb().replace("\n", "\n  ").replace("l0:", "- l0:", 1)
    text = (
        bomb().replace("l", "x")
        + GOOD.replace(
            "    kind: multiple-choice\n", f"    kind: multiple-choice\n    {where}: *x8\n", 1
        )
        if where != "title"
        else bomb().replace("l", "x") + GOOD.replace("title: Love labour check", "title: *x8")
    )
    del head
    problems = problems_of(text)
    assert any("aliases (*name) expand to more than" in p.message for p in problems)


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    text = GOOD.replace("title: Love labour check", "title: &t [*t]")
    problems = problems_of(text)
    assert any("refers to itself" in p.message for p in problems)


def test_size_limit_holds_for_files_and_text(tmp_path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * loader.MAX_BYTES + b"\n")
    with pytest.raises(ExerciseError, match="limited to 1 MB"):
        ex.load(big)
    with pytest.raises(ExerciseError, match="limited to 1 MB"):
        ex.loads("#" * (loader.MAX_BYTES + 1))


def test_devices_and_folders_are_refused(tmp_path) -> None:
    from peerlearn._safefiles import NotARegularFileError

    with pytest.raises(NotARegularFileError, match="/dev/zero is a character device"):
        ex.load("/dev/zero")
    with pytest.raises(IsADirectoryError, match="expected an exercise-set YAML file"):
        ex.load(tmp_path)
    with pytest.raises(FileNotFoundError, match="no exercise-set file"):
        ex.load(tmp_path / "missing.yaml")
    problems = ex.validate_file("/dev/zero", kb=False)
    assert len(problems) == 1 and "character device" in problems[0].message


def test_ids_ending_in_a_newline_are_not_ids() -> None:
    (problem,) = problems_of(GOOD.replace("id: q1", 'id: "q1\\n"'))
    assert problem.field == "id" and "expected a short id" in problem.message


# ---------------------------------------------------------------------- mutations, fuzzed
LINES = GOOD.splitlines()
INSERTS = [
    '"\\ud800"',
    "&a",
    "*a",
    "<<: *a",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "!!python/object:os.system ''",
    "\t",
    "\x00",
    "\ufeff",
    "*undefined",
    "? ",
    "|",
    ">",
    "#",
    "'",
    '"',
    "\\",
    "%YAML 1.1",
    "---",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["dup", "insert", "indent", "drop", "anchor"]))
        if op == "dup":
            lines.insert(i, lines[i])
        elif op == "insert":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(INSERTS)) + lines[i][pos:]
        elif op == "indent":
            lines[i] = "  " * draw(st.integers(1, 40)) + lines[i]
        elif op == "drop":
            del lines[i]
            if not lines:
                lines = ["x"]
        else:
            lines.insert(0, bomb(draw(st.integers(1, 9))).replace("l", "a"))
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_raise_only_exercise_errors(text: str) -> None:
    try:
        s = ex.loads(text, name="q.yaml", kb=False)
    except ExerciseError as error:
        assert error.problems and all(p.file == "q.yaml" for p in error.problems)
        assert all("\ud800" not in str(p) for p in error.problems)
        return
    for exercise in s.exercises:  # what loads holds only real text
        assert "\ud800" not in exercise.prompt
