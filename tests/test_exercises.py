"""Exercise sets: model, YAML loader and validation, scoring and feedback, the built-in bank."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from builders import EXERCISES, exercise, exercise_yaml

from peerlearn import exercises as ex
from peerlearn.exercises import bank, loader, scoring
from peerlearn.exercises.model import (
    ExerciseError,
    ExerciseSet,
    Matching,
    MechanismAtWork,
    MultipleChoice,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Vignette,
)

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def quiz(body: str) -> str:
    return textwrap.dedent(body).lstrip("\n")


GOOD = quiz(
    """
    title: Love labour check
    mechanisms: [love-labour]
    exercises:
      - id: q1
        kind: multiple-choice
        prompt: Which mechanism is about care that cannot be bought?
        options:
          - text: Love labour
            correct: true
            feedback: Lynch sets love labour apart from paid care work.
            sources: [lynch2007]
          - text: Liminality
            feedback: Liminality is about being in between.
        sources: [lynch2007]
        explanation: Love labour is care in primary relationships.
      - id: s1
        kind: multiple-select
        prompt: Which are theories?
        options:
          - {text: Social comparison, correct: true}
          - {text: Helper-therapy principle, correct: true}
          - {text: Lived experience, feedback: One of the five mechanisms.}
        sources: [festinger1954, riessman1965]
      - id: m1
        kind: matching
        prompt: Match each theory to its originator.
        pairs:
          - {left: Helper-therapy principle, right: Riessman, feedback: Riessman 1965.}
          - {left: Social comparison, right: Festinger}
          - {left: Love labour, right: Lynch}
        sources: [riessman1965, festinger1954]
      - id: v1
        kind: vignette
        fictional: true
        title: Sam and the drop-in
        scenario: |
          (Fictional.) Sam tells Jo that she too once sat in this waiting room.
        prompt: Which mechanisms are at work here?
        mechanisms_at_work:
          - id: lived-experience
            role: helps
            feedback: Sam's disclosure builds trust.
          - id: liminality
            role: strains
            feedback: Sam is unsure whether to tell the team.
        feedback_absent:
          love-labour: No ongoing care is described.
        sources: [gillard2015]
      - id: r1
        kind: reflection
        prompt: Think of a time someone helped you.
        explanation: Consider what made it help.
        sources: [lynch2007]
    """
)


@pytest.fixture
def good_set():
    return ex.loads(GOOD, name="good.yaml")


def problems_of(text: str, **kw) -> list:
    with pytest.raises(ExerciseError) as info:
        ex.loads(text, name="quiz.yaml", **kw)
    return info.value.problems


# -- import cost ----------------------------------------------------------------------------------
def test_import_is_light():
    code = (
        "import sys, peerlearn.exercises, peerlearn.exercises.model, peerlearn.progress;"
        "print(sorted(m for m in ('pandas','ipywidgets','yaml','matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_resolve():
    for name in ex.__all__:
        assert getattr(ex, name) is not None
    with pytest.raises(AttributeError):
        ex.no_such_thing  # noqa: B018


# -- loading --------------------------------------------------------------------------------------
def test_load_good_file(tmp_path, good_set):
    p = tmp_path / "my-quiz.yaml"
    p.write_text(GOOD, encoding="utf-8")
    s = ex.load(p)
    assert s.id == "my-quiz"  # default: the file stem
    assert s.title == "Love labour check"
    assert [e.kind for e in s] == [
        "multiple-choice",
        "multiple-select",
        "matching",
        "vignette",
        "reflection",
    ]
    assert s["q1"].options[0] == Option(
        "Love labour", True, "Lynch sets love labour apart from paid care work.", ("lynch2007",)
    )
    assert s.tags_for("q1") == ("love-labour",)  # set-level tags
    assert s.tags_for("v1") == ("lived-experience", "liminality")  # from the answer key
    assert s.path == str(p)
    assert len(good_set) == 5


def test_architecture_example_loads_and_scores():
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Exercise set format") :]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    s = ex.loads(block, name="example.yaml")
    assert s.id == "love-labour-check"
    assert [e.kind for e in s] == ["multiple-choice", "matching", "vignette", "reflection"]
    assert s.check("q1", "love labour").score == 1.0
    assert s.check("m1", {"Helper-therapy principle": "Riessman"}).score == 0.5
    assert s.check("v1", ["lived-experience"]).score == 1.0


def test_yaml_round_trip(good_set):
    again = ex.loads(good_set.to_yaml(), name="again.yaml")
    assert again.to_dict() == {**good_set.to_dict(), "id": good_set.id}
    assert again == ExerciseSet(**{**again.__dict__})


def test_numbers_and_yes_no_kept_as_written():
    s = ex.loads(
        quiz(
            """
            id: years
            title: 1965
            exercises:
              - id: 1
                kind: multiple-choice
                prompt: When?
                options:
                  - {text: 1965, correct: true}
                  - {text: 1.10}
                  - {text: Yes}
            """
        )
    )
    assert s.title == "1965"
    assert s["1"].options[1].text == "1.10"
    assert s["1"].options[2].text == "Yes"


def test_size_limit(tmp_path):
    p = tmp_path / "big.yaml"
    p.write_bytes(b"# " + b"x" * loader.MAX_BYTES)
    with pytest.raises(ExerciseError, match="limited to 1 MB") as info:
        ex.load(p)
    assert info.value.problems[0].file == str(p)
    with pytest.raises(ExerciseError, match="limited to 1 MB"):
        ex.loads("#" * (loader.MAX_BYTES + 1))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no exercise-set file"):
        ex.load(tmp_path / "nope.yaml")
    with pytest.raises(IsADirectoryError):
        ex.load(tmp_path)
    assert "cannot read" in ex.validate_file(tmp_path / "nope.yaml")[0].message


def test_not_utf8(tmp_path):
    p = tmp_path / "latin.yaml"
    p.write_bytes(b"title: ok\n\nprompt: caf\xe9\n")
    problems = ex.validate_file(p)
    assert problems[0].line == 3 and "UTF-8" in problems[0].message


# -- validation: every problem at once, with line, exercise id, field -----------------------------
def test_malformed_yaml_gives_line():
    text = "title: T\nexercises:\n  - id: q1\n    prompt: [unclosed\n  - id: q2\n"
    (p,) = problems_of(text)
    assert p.file == "quiz.yaml"
    assert p.line in (4, 5)
    assert "not valid YAML" in p.message


def test_tab_and_colon_hints():
    (p,) = problems_of("title: T\nexercises:\n\t- id: q1\n")
    assert p.line == 3 and "tabs" in p.message
    (p,) = problems_of("title: a: b\n")
    assert p.line == 1 and "quotes" in p.message


def test_python_tags_are_refused_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"title: !!python/object/apply:os.system ['touch {marker}']\nexercises: []\n"
    (p,) = problems_of(text)
    assert p.line == 1 and "not allowed" in p.message
    assert not marker.exists()


def test_bad_value_gets_line():
    (p,) = problems_of("title: T\nwhen: 2001-13-01\n")
    assert p.line == 2 and "could not read" in p.message


def test_every_problem_reported_at_once():
    text = quiz(
        """
        title: Broken
        exercises:
          - id: q1
            kind: multiple-choice
            prompt: Pick one
            options:
              - {text: A, correct: true}
              - {text: B, correct: true}
          - id: q1
            kind: multiple-chioce
            prompt: Again
          - id: q3
            kind: matching
            prompt: Match
            pairs:
              - {left: X, right: Y}
            sources: [lynch2008]
          - id: v1
            kind: vignette
            scenario: Someone.
            prompt: Which?
            mechanisms_at_work:
              - {id: love-labor, role: hurts}
          - id: r1
            kind: reflection
            promt: Typo
        """
    )
    problems = problems_of(text)
    by = {(p.record, p.field): p for p in problems}
    mc = by[("q1", "options")]
    assert mc.line == 6 and "exactly one" in mc.message and "multiple-select" in mc.message
    dup = by[("q1", "id")]
    assert dup.line == 9 and "duplicate" in dup.message and "line 3" in dup.message
    kind = by[("q1", "kind")]
    assert kind.line == 10 and "did you mean 'multiple-choice'" in kind.message
    pairs = by[("q3", "pairs")]
    assert "at least 2" in pairs.message
    src = by[("q3", "sources[0]")]
    assert src.line == 17 and "'lynch2007'" in src.message
    fic = by[("v1", "fictional")]
    assert "fictional: true" in fic.message
    mid = by[("v1", "mechanisms_at_work[0].id")]
    assert "did you mean 'love-labour'" in mid.message and "helper-role" in mid.message
    role = by[("v1", "mechanisms_at_work[0].role")]
    assert "helps, strains, both" in role.message
    typo = by[("r1", "promt")]
    assert "did you mean 'prompt'" in typo.message and typo.line == 26
    assert by[("r1", "prompt")].message.startswith("is required")
    assert len(problems) >= 10
    # the error is a ValueError whose message lists the problems with file and line
    err = ExerciseError(problems, what="quiz.yaml")
    assert isinstance(err, ValueError)
    assert "quiz.yaml:10: q1: kind:" in str(err)


def test_set_level_problems():
    problems = problems_of("id: Bad Id!\nschema_version: 2\ndescription: [x]\nexercises: {}\n")
    fields = {p.field: p.message for p in problems}
    assert "expected a short id" in fields["id"]
    assert (
        "schema_version" in fields["schema_version"]
        and "reads schema_version 1" in (fields["schema_version"])
    )
    assert "title" in fields and fields["title"].startswith("is required")
    assert "expected text" in fields["description"]
    assert "at least one exercise" in fields["exercises"]
    (p,) = problems_of("- just\n- a list\n")
    assert "mapping" in p.message and "a list of 2" in p.message
    (p,) = problems_of("")
    assert "nothing" in p.message


def test_field_of_another_kind_is_named():
    problems = problems_of(
        quiz(
            """
            title: T
            exercises:
              - id: q
                kind: reflection
                prompt: P
                pairs: []
            """
        )
    )
    assert "belongs to matching exercises" in problems[0].message


def test_yes_no_not_bool_for_correct_and_duplicates():
    problems = problems_of(
        quiz(
            """
            title: T
            exercises:
              - id: q
                kind: multiple-select
                prompt: P
                options:
                  - {text: A, correct: "yes"}
                  - {text: a}
                  - {text: B, correct: true, sources: 7}
              - id: m
                kind: matching
                prompt: P
                pairs:
                  - {left: X, right: 1}
                  - {left: x, right: 2}
            """
        )
    )
    messages = {p.field: p.message for p in problems}
    assert "expected true or false" in messages["options[0].correct"]
    assert "duplicate option" in messages["options[1].text"]
    assert "expected a list of reference keys" in messages["options[2].sources"]
    assert "duplicate left-hand text" in messages["pairs[1].left"]


def test_feedback_absent_checks():
    problems = problems_of(
        quiz(
            """
            title: T
            exercises:
              - id: v
                kind: vignette
                fictional: yes
                scenario: S
                prompt: P
                mechanisms_at_work: [{id: liminality, role: both}]
                feedback_absent: {liminality: x, lived-experince: y, helper-role: [z]}
            """
        )
    )
    messages = {p.field: p.message for p in problems}
    assert "is in mechanisms_at_work" in messages["feedback_absent.liminality"]
    assert "lived-experience" in messages["feedback_absent.lived-experince"]
    assert "expected feedback text" in messages["feedback_absent.helper-role"]


def test_builtin_requires_sources():
    text = exercise_yaml(exercise("reflection", id="r", prompt="P", sources=None), title="T")
    assert ex.loads(text).id == "untitled"
    (p,) = problems_of(text, require_sources=True)
    assert p.field == "sources" and "at least one" in p.message


def test_kb_false_skips_knowledge_checks():
    text = exercise_yaml(exercise("reflection", id="r", sources=["nobody1999"]), title="T")
    assert problems_of(text)[0].field == "sources[0]"
    assert ex.loads(text, kb=False)["r"].sources == ("nobody1999",)


def test_own_knowledge_base(kb_folder):
    import peerlearn as pl

    kb = pl.load(kb_folder)
    text = exercise_yaml(
        exercise("reflection", id="r", sources=["smith2020"], mechanisms=["helping"]), title="Own"
    )
    assert ex.loads(text, kb=kb)["r"].mechanisms == ("helping",)
    assert problems_of(text)[0].field == "sources[0]"  # not in the default knowledge base


def test_the_tests_builder_writes_a_valid_set_of_every_kind(tmp_path):
    from builders import write_exercise_set

    items = [exercise(kind) for kind in EXERCISES]
    s = ex.load(write_exercise_set(tmp_path / "built.yaml", *items, mechanisms=["love-labour"]))
    assert (s.id, [e.kind for e in s]) == ("built", list(EXERCISES))
    assert ex.validate_file(tmp_path / "built.yaml") == []
    with pytest.raises(ExerciseError, match="belongs to matching"):  # an override reaches it
        ex.loads(exercise_yaml(exercise("reflection", pairs=[])))


def test_validate_file(tmp_path):
    p = tmp_path / "q.yaml"
    p.write_text("title: T\nexercises:\n  - {id: r, kind: nope, prompt: P}\n", encoding="utf-8")
    (problem,) = ex.validate_file(p)
    assert (problem.file, problem.line, problem.record, problem.field) == (str(p), 3, "r", "kind")
    p.write_text(GOOD, encoding="utf-8")
    assert ex.validate_file(p) == []


def test_peerlearn_validate_reads_quiz_files(tmp_path):
    import peerlearn as pl

    p = tmp_path / "quiz.yaml"
    p.write_text("title: T\nexercises: []\n", encoding="utf-8")
    (problem,) = pl.validate(p)
    assert problem.field == "exercises"


# -- Python authoring -----------------------------------------------------------------------------
def test_python_authoring_matches_yaml(good_set):
    s = ExerciseSet(
        id="good",
        title="Love labour check",
        mechanisms=["love-labour"],
        exercises=[
            MultipleChoice(
                id="q1",
                prompt="Which mechanism is about care that cannot be bought?",
                options=[
                    Option(
                        "Love labour",
                        correct=True,
                        feedback="Lynch sets love labour apart from paid care work.",
                        sources=["lynch2007"],
                    ),
                    {"text": "Liminality", "feedback": "Liminality is about being in between."},
                ],
                sources="lynch2007",
                explanation="Love labour is care in primary relationships.",
            ),
            MultipleSelect(
                id="s1",
                prompt="Which are theories?",
                options=[
                    Option("Social comparison", True),
                    Option("Helper-therapy principle", True),
                    Option("Lived experience", feedback="One of the five mechanisms."),
                ],
                sources=["festinger1954", "riessman1965"],
            ),
            Matching(
                id="m1",
                prompt="Match each theory to its originator.",
                pairs=[
                    Pair("Helper-therapy principle", "Riessman", "Riessman 1965."),
                    Pair("Social comparison", "Festinger"),
                    Pair("Love labour", "Lynch"),
                ],
                sources=["riessman1965", "festinger1954"],
            ),
            Vignette(
                id="v1",
                title="Sam and the drop-in",
                scenario="(Fictional.) Sam tells Jo that she too once sat in this waiting room.\n",
                prompt="Which mechanisms are at work here?",
                mechanisms_at_work=[
                    MechanismAtWork("lived-experience", "helps", "Sam's disclosure builds trust."),
                    MechanismAtWork(
                        "liminality", "strains", "Sam is unsure whether to tell the team."
                    ),
                ],
                feedback_absent={"love-labour": "No ongoing care is described."},
                sources=["gillard2015"],
            ),
            Reflection(
                id="r1",
                prompt="Think of a time someone helped you.",
                explanation="Consider what made it help.",
                sources=["lynch2007"],
            ),
        ],
    )
    assert s.to_dict() == {**good_set.to_dict(), "id": "good"}
    assert s.problems() == []
    assert ExerciseSet.from_dict(s.to_dict()).to_dict() == s.to_dict()


def test_python_authoring_errors():
    with pytest.raises(ExerciseError) as info:
        MultipleChoice(id="q", prompt="", options=[Option("a", True), Option("a", True)])
    fields = sorted(p.field for p in info.value.problems)
    assert fields == ["options", "options[1].text", "prompt"]
    assert info.value.problems[0].file == "<python>"
    with pytest.raises(ExerciseError, match="fictional"):
        Vignette(
            id="v",
            prompt="P",
            scenario="S",
            fictional=False,
            mechanisms_at_work=[MechanismAtWork("liminality", "both")],
        )
    with pytest.raises(ExerciseError, match="duplicate exercise id"):
        ExerciseSet(id="s", title="T", exercises=[Reflection(id="r", prompt="P")] * 2)
    with pytest.raises(ExerciseError, match="at least one exercise"):
        ExerciseSet(id="s", title="T", exercises=[])
    s = ExerciseSet(id="s", title="T", exercises=[Reflection(id="r", prompt="P", sources=["x1"])])
    (p,) = s.problems()  # knowledge-base checks on demand
    assert p.field == "sources[0]" and p.record == "r"
    with pytest.raises(ExerciseError):
        s.widget(record=False)


def test_set_access(good_set):
    assert good_set[0].id == "q1"
    assert good_set["m1"].rights == ("Riessman", "Festinger", "Lynch")
    with pytest.raises(LookupError, match=r"unknown exercise id 'q2'\. Valid: 'm1', 'q1'"):
        good_set["q2"]
    assert "exercises=5" in repr(good_set)
    from peerlearn.exercises.model import Exercise

    assert Exercise.from_dict({"id": "r", "kind": "reflection", "prompt": "P"}).scored is False
    with pytest.raises(ExerciseError):
        Exercise.from_dict({"id": "r", "kind": "essay", "prompt": "P"})


# -- scoring and feedback -------------------------------------------------------------------------
def test_multiple_choice(good_set):
    right = good_set.check("q1", 0)
    assert (right.score, right.correct, right.status) == (1.0, True, "correct")
    assert right.headline == "✓ Correct"
    assert right.answer == "Love labour"
    (line,) = right.lines
    assert line.text.startswith("Lynch sets") and line.cite == "(Lynch, 2007)"
    assert right.explanation.startswith("Love labour is care")
    assert right.sources == "(Lynch, 2007)"
    assert right.by_mechanism == {}  # no tags of its own; the set's tags apply when recorded
    wrong = good_set.check("q1", "  liminality ")
    assert (wrong.score, wrong.correct, wrong.headline) == (0.0, False, "✗ Not quite")
    assert "Liminality is about being in between." in wrong.text()
    assert wrong.explanation == "" and wrong.sources == ""  # kept for the reveal
    with pytest.raises(scoring.AnswerError, match="0–1"):
        good_set.check("q1", 5)
    with pytest.raises(scoring.AnswerError, match="not a list"):
        good_set.check("q1", [0])
    with pytest.raises(scoring.AnswerError, match="'Love labour'"):
        good_set.check("q1", "Loving")


def test_multiple_select_partial_credit(good_set):
    assert good_set.check("s1", [0, 1]).score == 1.0
    half = good_set.check("s1", ["Social comparison"])
    assert half.score == 0.5 and half.status == "partial" and half.headline.startswith("◐")
    assert "1 more option" in half.text()
    assert good_set.check("s1", [0, 2]).score == 0.0  # 1 right − 1 wrong
    zero = good_set.check("s1", [2])
    assert zero.score == 0.0  # floored at 0
    assert "One of the five mechanisms." in zero.text()
    assert good_set.check("s1", []).score == 0.0


def test_matching(good_set):
    pairs = {
        "Helper-therapy principle": "Riessman",
        "Social comparison": "Festinger",
        "Love labour": "Lynch",
    }
    full = good_set.check("m1", pairs)
    assert full.score == 1.0 and "Riessman 1965." in full.text()
    r = good_set.check("m1", ["Festinger", "Riessman", None])
    assert r.score == 0.0
    assert "not a match" in r.text() and "not matched yet" in r.text()
    assert "Riessman" not in r.lines[1].label.split("→")[0]
    r = good_set.check("m1", {"Love labour": "Lynch"})
    assert r.score == pytest.approx(1 / 3)
    with pytest.raises(scoring.AnswerError, match="left-hand"):
        good_set.check("m1", {"Nope": "Lynch"})
    with pytest.raises(scoring.AnswerError, match="right-hand"):
        good_set.check("m1", {"Love labour": "Fromm"})
    with pytest.raises(scoring.AnswerError, match="3 pairs"):
        good_set.check("m1", ["Lynch"])


def test_vignette_feedback_per_mechanism(good_set):
    full = good_set.check("v1", ["lived-experience", "The liminal position of the peer worker"])
    assert full.score == 1.0
    text = full.text()
    assert "✓ Lived experience: at work; it helps the relationship here" in text
    assert "it strains the relationship here — Sam is unsure" in text
    assert "✓ Love labour: rightly left out — No ongoing care is described." in text
    assert full.by_mechanism == {"lived-experience": 1.0, "liminality": 1.0}
    part = good_set.check("v1", ["lived-experience", "love-labour"])
    assert part.score == 0.0  # (1 − 1) / 2
    assert "✗ Love labour: not at work here" in part.text()
    # a miss says why: the bank's own feedback for that mechanism (issue 12)
    assert "✗ Liminality" not in part.text()
    assert "missed — it is at work here — Sam is unsure whether to tell the team." in part.text()
    assert part.by_mechanism == {"lived-experience": 1.0, "liminality": 0.0, "love-labour": 0.0}
    assert good_set.check("v1", ["lived-experience"]).score == 0.5
    with pytest.raises(scoring.AnswerError, match="helper-role"):
        good_set.check("v1", ["helping"])


def test_reflection(good_set):
    r = good_set.check("r1", "It helped that she listened.")
    assert r.score is None and r.correct is None and r.status == "saved"
    assert r.explanation == "Consider what made it help."
    assert "Points to consider" in r.html()
    with pytest.raises(scoring.AnswerError, match="write something"):
        good_set.check("r1", "   ")
    with pytest.raises(scoring.AnswerError, match="expected text"):
        good_set.check("r1", 3)


def test_solutions(good_set):
    sol = good_set["q1"].solution()
    assert sol.revealed and sol.status == "info"
    assert [line.status for line in sol.lines] == ["correct", "incorrect"]
    assert sol.lines[0].label == "The answer: Love labour"
    assert good_set["s1"].solution().lines[2].label == "Leave unticked: Lived experience"
    assert len(good_set["m1"].solution().lines) == 3
    v = good_set["v1"].solution().text()
    assert "Sam is unsure" in v and "it strains the relationship here" in v
    assert good_set["r1"].solution().headline == "ℹ Points to consider"


def test_set_score(good_set):
    score = good_set.score({"q1": 0, "s1": [0], "r1": "text"})
    assert (score.total, score.possible) == (1.5, 4)
    assert score.unanswered == ("m1", "v1")
    assert str(score) == "1.5 of 4 (38%); 2 not answered yet"
    assert "Score:" in score.html()
    with pytest.raises(scoring.AnswerError, match="no exercise 'zz'"):
        good_set.score({"zz": 1})


def test_feedback_html_is_escaped_and_marked():
    s = ExerciseSet(
        id="x",
        title="T",
        exercises=[
            MultipleChoice(
                id="q",
                prompt="<b>p</b>",
                options=[Option("<i>a</i>", True, "<script>alert(1)</script>"), Option("b")],
            )
        ],
    )
    html = s.check("q", 0, kb=False).html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;i&gt;a&lt;/i&gt;" in html
    assert "✓" in html and "#009E73" in html
    assert 'role="status"' in html


def test_cite_keys_falls_back(good_set):
    assert scoring.cite_keys([], kb=None) == ""
    assert scoring.cite_keys(["lynch2007", "scheid1999"]) == "(Lynch, 2007; Scheid, 1999)"
    assert scoring.cite_keys(["nobody"]) == "(nobody)"
    assert scoring.cite_keys(["lynch2007"], kb=False) == "(lynch2007)"


# -- the built-in bank and the schema -------------------------------------------------------------
def test_builtin_bank_loads():
    sets = ex.builtin()
    assert sets, "the built-in bank is empty"
    kinds = {e.kind for s in sets for e in s}
    assert kinds == {"multiple-choice", "multiple-select", "matching", "vignette", "reflection"}
    for s in sets:
        assert all(e.sources for e in s), s.id
    first = bank.builtin_ids()[0]
    assert ex.builtin(first).id == sets[0].id
    assert ex.builtin(sets[0].id).to_dict() == sets[0].to_dict()
    with pytest.raises(LookupError, match="built-in exercise set"):
        ex.builtin("no-such-set")
    assert bank.validate_builtin() == []


def _schema_validator():
    import jsonschema

    schema = json.loads(
        (ROOT / "peerlearn" / "data" / "schemas" / "exercise-set.v1.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_agrees_with_loader(good_set):
    import yaml

    v = _schema_validator()
    assert list(v.iter_errors(yaml.safe_load(GOOD))) == []
    assert list(v.iter_errors(good_set.to_dict())) == []
    for path in sorted((ROOT / "peerlearn" / "data" / "exercises").glob("*.yaml")):
        assert list(v.iter_errors(yaml.safe_load(path.read_text("utf-8")))) == [], path.name
    bad = [
        {"title": "T", "exercises": []},
        {
            "title": "T",
            "exercises": [
                {
                    "id": "q",
                    "kind": "multiple-choice",
                    "prompt": "P",
                    "options": [{"text": "a", "correct": True}, {"text": "b", "correct": True}],
                }
            ],
        },
        {
            "title": "T",
            "exercises": [
                {
                    "id": "v",
                    "kind": "vignette",
                    "prompt": "P",
                    "scenario": "S",
                    "mechanisms_at_work": [{"id": "liminality", "role": "both"}],
                }
            ],
        },
        {"title": "T", "exercises": [{"id": "r", "kind": "reflection", "prompt": "P", "x": 1}]},
    ]
    for data in bad:
        with pytest.raises(ExerciseError):
            ExerciseSet.from_dict(data)
    two_right = bad.pop(1)  # how many options are right is meaning (_validate), not structure
    assert list(v.iter_errors(two_right)) == []
    for data in bad:
        assert list(v.iter_errors(data)), data


def test_the_format_is_written_once_in_the_schema():
    """_validate reads the kinds, roles and the id pattern from the schema; the structure itself
    is checked by jsonschema against it (tests/test_exercises_schema.py)."""
    from peerlearn.exercises import _validate

    schema = json.loads(
        (ROOT / "peerlearn" / "data" / "schemas" / "exercise-set.v1.json").read_text("utf-8")
    )
    defs = schema["$defs"]
    assert list(_validate.ROLES) == defs["mechanism-at-work"]["properties"]["role"]["enum"]
    assert list(_validate.KINDS) == defs["exercise"]["properties"]["kind"]["enum"]
    assert _validate.KINDS == (
        "multiple-choice", "multiple-select", "matching", "vignette", "reflection"
    )  # fmt: skip
    for kind in _validate.KINDS:  # each kind's own fields, beside the fields every kind has
        own = defs[kind]["properties"]
        assert set(defs["exercise"]["properties"]) <= set(own), kind
    assert _validate.ID_RE.match("love-labour.q1") and not _validate.ID_RE.match("q1\n")
