"""Generated quizzes, jupyterquiz / MyST export, and student versions of notebooks."""

from __future__ import annotations

import html
import json
import os

import builders
import pytest

from peerlearn import exercises as ex
from peerlearn.exercises import generator as gen_module
from peerlearn.exercises.interop import save_jupyterquiz, save_myst, to_jupyterquiz, to_myst
from peerlearn.exercises.model import ExerciseError
from peerlearn.exercises.scoring import cite_keys

pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


# -- generate -------------------------------------------------------------------------------------
def test_same_seed_same_quiz():
    a = ex.generate(n=12, seed=42)
    b = ex.generate(n=12, seed=42)
    assert a.to_dict() == b.to_dict()
    assert a.to_dict() != ex.generate(n=12, seed=43).to_dict()
    assert len(a) == 12
    assert a.id == "generated-42" and "seed 42" in a.title
    assert {e.kind for e in a} == {"multiple-choice", "matching"}
    assert a.problems(require_sources=False) == []


@pytest.mark.parametrize("kind", sorted(gen_module.GENERATORS))
def test_each_question_type(kind):
    s = ex.generate(kind, n=1, seed=1)  # one prompt per matching type: one question of each
    assert len(s) == 1
    assert all(e.id.startswith(kind) for e in s)
    for e in s:
        sol = e.solution()
        assert sol.lines
        if e.kind == "multiple-choice":
            (right,) = [o for o in e.options if o.correct]
            assert e.check(right.text).score == 1.0
            assert len(e.options) >= 2


def test_generated_feedback_is_honest():
    s = ex.generate("source-for-mechanism", n=5, seed=3)
    for e in s:
        assert "the course" in e.prompt  # the course's own account, not the review's
        (right,) = [o for o in e.options if o.correct]
        assert "Basis:" in right.feedback
        assert "review" not in e.prompt.lower()


def test_generate_filters_and_errors(kb_folder):
    import peerlearn as pl

    s = ex.generate(n=3, seed=0, mechanisms="liminality")
    assert s.mechanisms == ("liminality",)
    assert all(set(e.tags) <= {"liminality"} for e in s if e.tags)
    with pytest.raises(LookupError, match="love-labour"):
        ex.generate(mechanisms=["love-labor"])
    with pytest.raises(ValueError, match="did you mean 'term-definition'"):
        ex.generate("term-definitions")
    with pytest.raises(ValueError, match="at least 1"):
        ex.generate(n=0)
    small = pl.load(kb_folder)
    with pytest.raises(ValueError, match="too little"):
        ex.generate("mechanism-theory", kb=small)
    with pytest.raises(ValueError, match="supports 0"):  # too small for any question
        ex.generate(kb=small, n=3, seed="class A")
    assert ex.generate(n=1, seed="class A").id == "generated-class-a"


def test_generated_set_is_usable_as_widget():
    w = ex.generate(n=3, seed=5).widget(record=False, order="authored")
    assert len(w.items) == 3


# -- jupyterquiz and MyST -------------------------------------------------------------------------
HOSTILE = """
id: hostile
title: "<script>alert(1)</script>"
exercises:
  - id: q1
    kind: multiple-choice
    prompt: "<img src=x onerror=alert(1)>"
    options:
      - {text: "<b>a</b>", correct: true, feedback: "<script>x</script>", sources: [lynch2007]}
      - {text: "# not a heading"}
  - id: s1
    kind: multiple-select
    prompt: "Pick | all ```"
    options:
      - {text: a, correct: true}
      - {text: b}
  - id: m1
    kind: matching
    prompt: Match
    pairs:
      - {left: "x | y", right: "1. one"}
      - {left: z, right: two}
  - id: v1
    kind: vignette
    fictional: true
    scenario: "(Fictional.) ```{eval-rst}\\nhello"
    prompt: Which?
    mechanisms_at_work: [{id: liminality, role: both, feedback: "In between."}]
  - id: r1
    kind: reflection
    prompt: Think.
"""


@pytest.fixture
def hostile():
    return ex.loads(HOSTILE, name="hostile.yaml")


def test_jupyterquiz_export(hostile, tmp_path):
    qs = to_jupyterquiz(hostile)
    assert [q["type"] for q in qs] == [
        "multiple_choice",
        "many_choice",
        "multiple_choice",
        "multiple_choice",
        "many_choice",
    ]
    text = json.dumps(qs)
    assert "<img" not in text and "<script" not in text and "<b>" not in text
    assert qs[0]["question"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert qs[0]["answers"][0] == {
        "answer": "&lt;b&gt;a&lt;/b&gt;",
        "correct": True,
        "feedback": "&lt;script&gt;x&lt;/script&gt; (Lynch, 2007)",
    }
    v = qs[4]
    assert [a["correct"] for a in v["answers"]].count(True) == 1
    assert "In between." in json.dumps(v)
    left_out = save_jupyterquiz(hostile, tmp_path / "quiz.json")
    assert left_out == ["r1"]
    assert json.loads((tmp_path / "quiz.json").read_text("utf-8")) == qs


def test_myst_export(hostile, tmp_path):
    md = to_myst(hostile)
    assert md.startswith("# &lt;script&gt;")
    assert "<img" not in md and "<script" not in md
    # a reflection without points to consider gets no (empty) solution block
    assert md.count("```{exercise}") == 5 and md.count("```{solution} hostile-") == 4
    assert ":label: hostile-q1" in md and ":class: dropdown" in md
    assert "- **B.** \\# not a heading" in md  # options one per line, as a list
    assert "```{eval-rst}" not in md  # text cannot open a directive
    assert "1. x | y" in md and "- **A.** 1\\. one" in md  # matching as a task
    assert "| --- |" not in md  # no table that reads like a (wrong) key
    assert "- 1 – A: x | y → 1\\. one" in md  # the key is in the solution only
    assert "✓ The answer: &lt;b&gt;a&lt;/b&gt;" in md
    p = save_myst(hostile, tmp_path / "quiz.md", dropdown=False)
    assert ":class: dropdown" not in p.read_text("utf-8")


def test_builtin_set_exports():
    s = ex.builtin()[0]
    assert to_jupyterquiz(s)
    assert s.to_myst().count("{exercise}") == len(s)


# -- student versions -----------------------------------------------------------------------------
def _nb(tmp_path, cells, metadata=None):
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": metadata or {}, "cells": cells}
    p = tmp_path / "instructor.ipynb"
    p.write_text(json.dumps(nb), encoding="utf-8")
    return p


def cell(source, tags=(), kind="code", **meta):
    c = {"cell_type": kind, "metadata": {"tags": list(tags), **meta}, "source": source}
    if kind == "code":
        c.update(
            outputs=[{"output_type": "stream", "name": "stdout", "text": "42"}], execution_count=3
        )
    return c


def test_student_version(tmp_path):
    src = _nb(
        tmp_path,
        [
            cell("question()", kind="markdown"),
            cell("answer = 42", tags=["solution"]),
            cell("key", tags=["answer-key", "other"], kind="markdown"),
            cell("quiz()", peerlearn={"answer_key": {"q1": 0}, "keep": 1}),
            cell("x = 1", peerlearn={"answer_key": "b"}),
        ],
        metadata={"peerlearn": {"answer_key": [1]}, "widgets": {"state": {}}, "kernelspec": {}},
    )
    before = src.read_bytes()
    out = tmp_path / "student" / "student.ipynb"
    report = ex.student_version(src, out)
    assert src.read_bytes() == before  # IN untouched
    nb = json.loads(out.read_text("utf-8"))
    stub = "# YOUR CODE HERE\nraise NotImplementedError()"
    # a cell whose metadata held a key: the key goes, and its code (which may show it) too
    assert [c["source"] for c in nb["cells"]] == ["question()", stub, stub]
    # metadata is an allow-list: what is left of "peerlearn" after its key goes is left out too
    assert "peerlearn" not in nb["cells"][1]["metadata"]
    assert "peerlearn" not in nb["cells"][2]["metadata"]
    assert report.dropped_metadata == 1
    assert "peerlearn" not in nb["metadata"] and "widgets" not in nb["metadata"]
    assert "kernelspec" in nb["metadata"]
    assert nb["cells"][1]["outputs"] == [] and nb["cells"][1]["execution_count"] is None
    assert report.removed_cells == (1, 2)
    assert report.stripped_keys == 3
    assert report.cleared_outputs == 2
    assert "removed 2 cells" in str(report)
    assert "42" not in out.read_text("utf-8")
    keep = ex.student_version(src, tmp_path / "keep.ipynb", clear_outputs=False)
    assert keep.cleared_outputs == 0
    kept = json.loads((tmp_path / "keep.ipynb").read_text("utf-8"))
    assert kept["cells"][1]["outputs"]


def test_student_version_refuses_to_overwrite_source(tmp_path):
    src = _nb(tmp_path, [cell("a")])
    before = src.read_bytes()
    with pytest.raises(ValueError, match="refusing"):
        ex.student_version(src, src)
    with pytest.raises(ValueError, match="refusing"):
        ex.student_version(src, tmp_path / "." / "instructor.ipynb")
    link = tmp_path / "link.ipynb"
    os.link(src, link)
    with pytest.raises(ValueError, match="refusing"):
        ex.student_version(src, link)
    assert src.read_bytes() == before


def test_student_version_bad_input(tmp_path):
    with pytest.raises(FileNotFoundError):
        ex.student_version(tmp_path / "none.ipynb", tmp_path / "out.ipynb")
    bad = tmp_path / "bad.ipynb"
    bad.write_text('{\n "cells": [\n  oops\n]}')
    with pytest.raises(ExerciseError) as info:
        ex.student_version(bad, tmp_path / "out.ipynb")
    assert info.value.problems[0].line == 3
    bad.write_text('{"cells": [], "nbformat": 3}')
    with pytest.raises(ExerciseError, match="nbformat 3"):
        ex.student_version(bad, tmp_path / "out.ipynb")
    bad.write_text("[]")
    with pytest.raises(ExerciseError, match="cells"):
        ex.student_version(bad, tmp_path / "out.ipynb")
    assert not (tmp_path / "out.ipynb").exists()


def test_student_version_cli(tmp_path, capsys):
    from peerlearn.cli import main

    src = _nb(tmp_path, [cell("a", tags=["solution"]), cell("b")])
    assert main(["student-version", str(src), str(tmp_path / "s.ipynb")]) == 0
    assert (tmp_path / "s.ipynb").exists()
    assert main(["student-version", str(src), str(src)]) == 2
    assert "refusing" in capsys.readouterr().err


# -- what learners and instructors saw in the course notebooks --------------------------------
_APOSTROPHE_SET = """
title: Riessman's principle
exercises:
  - id: q1
    kind: multiple-choice
    prompt: What does Riessman's helper-therapy principle suggest?
    options:
      - text: Helpers may benefit from helping.
        correct: true
      - text: Helpers lose out.
        correct: false
    sources: [riessman1965]
  - id: v1
    kind: vignette
    fictional: true
    scenario: |
      (Fictional.) Two people meet.

      They talk about what helped.
    prompt: Which mechanisms are at work?
    mechanisms_at_work:
      - id: lived-experience
        role: helps
    sources: [gillard2015]
"""


def test_to_myst_writes_apostrophes_as_text_and_still_escapes_markup():
    s = ex.loads(_APOSTROPHE_SET)
    text = to_myst(s)
    assert "Riessman's helper-therapy" in text and "&#x27;" not in text
    hostile = ex.loads(_APOSTROPHE_SET.replace("Two people meet.", "<script>x</script>"))
    assert "&lt;script&gt;" in to_myst(hostile)


def test_to_yaml_keeps_multiline_text_as_blocks_and_round_trips():
    s = ex.loads(_APOSTROPHE_SET)
    text = s.to_yaml()
    assert "scenario: |" in text
    again = ex.loads(text)
    assert again.to_dict() == s.to_dict()


def test_reflection_only_set_shows_no_score():
    pytest.importorskip("ipywidgets")
    s = ex.loads(builders.exercise_yaml(builders.exercise("reflection", id="r1"), title="Reflect"))
    w = s.widget(record=False)
    assert w.score_html.value == ""
    scored = ex.loads(_APOSTROPHE_SET).widget(record=False)
    assert "of 2" in scored.score_html.value


def test_reflection_that_is_not_recorded_does_not_claim_to_be_saved():
    pytest.importorskip("ipywidgets")
    s = ex.loads(builders.exercise_yaml(builders.exercise("reflection", id="r1"), title="Reflect"))
    item = s.widget(record=False).items["r1"]
    assert item.check_button.description == "Done"
    item.controls[0].value = "The same closeness can help and strain."
    item.check()
    assert "Saved" not in item.feedback.value and "does not save" in item.feedback.value
    recorded = s.widget(record=True).items["r1"]
    assert recorded.check_button.description == "Save reflection"


# -- the exports read well (issue 11) -----------------------------------------------------------
def test_jupyterquiz_keeps_citations_and_has_no_hard_breaks():
    s = ex.builtin("03-liminality")
    qs = to_jupyterquiz(s)
    text = json.dumps(qs)
    assert "<br>" not in text
    vignette = next(q for q in qs if q["question"].startswith("<p>"))
    assert vignette["question"].count("<p>") >= 3  # title, scenario, prompt as paragraphs
    assert "(a fictional scenario)" in vignette["question"]
    for exercise in s:
        if exercise.kind == "reflection" or not exercise.sources:
            continue
        cite = html.escape(cite_keys(exercise.sources), quote=True)
        assert cite in json.dumps(qs, ensure_ascii=False), exercise.id


@pytest.mark.filterwarnings("ignore:.*is deprecated. Check CHANGES for Sphinx API")
def test_myst_page_builds_with_sphinx_exercise(tmp_path):
    """Jupyter Book 1 is sphinx + myst-parser + sphinx-exercise (+ togglebutton for dropdowns);
    jupyter-book 2 is a node tool that may need the network, so the page is built with those
    directly, offline, with warnings as errors."""
    from sphinx.cmd.build import build_main

    src, out = tmp_path / "src", tmp_path / "html"
    src.mkdir()
    sets = ex.builtin()
    for s in sets:
        (src / f"{s.id}.md").write_text(s.to_myst(), encoding="utf-8")
    toc = "\n".join(s.id for s in sets)
    (src / "index.md").write_text(f"# Exercises\n\n```{{toctree}}\n{toc}\n```\n", encoding="utf-8")
    (src / "conf.py").write_text(
        'project = "peerlearn exercises"\n'
        'extensions = ["myst_parser", "sphinx_exercise", "sphinx_togglebutton"]\n'
        'html_theme = "sphinx_book_theme"\n',
        encoding="utf-8",
    )
    status = build_main(["-b", "html", "-q", "-W", "--keep-going", "-E", str(src), str(out)])
    assert status == 0
    from lxml import html as lxml_html

    for s in sets:
        page = lxml_html.parse(str(out / f"{s.id}.html")).getroot()
        exercises_ = page.find_class("exercise")
        solutions = page.find_class("solution")
        assert len(exercises_) == len(s)
        kept = [e for e in s if not (e.kind == "reflection" and not e.explanation)]
        assert len(solutions) == len(kept)
        assert all("dropdown" in sol.get("class") for sol in solutions)
        for box, exercise in zip(exercises_, s, strict=True):
            items = box.findall(".//li")
            if exercise.kind in ("multiple-choice", "multiple-select"):
                assert len(items) == len(exercise.options)  # one option per line
            if exercise.kind == "matching":
                assert len(items) == len(exercise.pairs) + len(exercise.rights)
                assert not box.findall(".//table")
