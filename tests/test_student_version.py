"""Student versions you can trust: nbgrader's and otter's markers, tags in any case, metadata keys,
and anything uncertain reported (the run fails unless allowed). The marker notebooks are written
here, in the styles of nbgrader's documentation examples ("Problem Set 1": squares, sum of
squares, a Markdown solution cell) and of otter-assign."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerlearn.cli import main
from peerlearn.exercises import ExerciseError, student_version
from peerlearn.exercises.student import CODE_STUB, TEXT_STUB, normalise_tag

ROOT = Path(__file__).resolve().parents[1]

SQUARES_SOLUTION = [
    "if n < 1:",
    'raise ValueError("n must be greater than or equal to 1")',
    "return [i ** 2 for i in range(1, n + 1)]",
]
HIDDEN = "assert squares(10) == [1, 4, 9, 16, 25, 36, 49, 64, 81, 100]"
ESSAY = "Sums of squares grow as the cube of n, so the loop is quadratic in effort"


def code(source, **meta):
    return {"cell_type": "code", "metadata": meta, "source": source, "outputs": [],
            "execution_count": None}  # fmt: skip


def md(source, **meta):
    return {"cell_type": "markdown", "metadata": meta, "source": source}


def write(tmp_path, cells, metadata=None, name="source.ipynb"):
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": metadata or {}, "cells": cells}
    p = tmp_path / name
    p.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return p


def nbgrader_style(tmp_path):
    """A notebook marked up as nbgrader's examples are (regions, hidden tests, metadata)."""
    squares = (
        "def squares(n):\n"
        '    """Compute the squares of numbers from 1 to n."""\n'
        "    ### BEGIN SOLUTION\n"
        f"    {SQUARES_SOLUTION[0]}\n        {SQUARES_SOLUTION[1]}\n    {SQUARES_SOLUTION[2]}\n"
        "    ### END SOLUTION"
    )
    tests = (
        f'"""Check squares"""\nassert squares(1) == [1]\n'
        f"### BEGIN HIDDEN TESTS\n{HIDDEN}\n### END HIDDEN TESTS"
    )
    nbg = {
        "grade": False,
        "solution": True,
        "locked": False,
        "grade_id": "squares",
        "schema_version": 3,
    }
    return write(
        tmp_path,
        [
            md("For this problem set, we'll be using the Jupyter notebook."),
            code(squares, nbgrader=nbg),
            code(tests, nbgrader={"grade": True, "grade_id": "correct_squares", "points": 1}),
            md(ESSAY, nbgrader={**nbg, "grade_id": "essay"}),  # a Markdown solution cell
            code("## begin solution\nsecret_total = 5050\n## END Solution\nprint(1)"),  # other case
            code("x = 2 # SOLUTION\ny = 3"),  # otter's one-line form
            code("# BEGIN TESTS\nassert x == 2, 'otter test kept from learners'\n# END TESTS"),
            md("The answer is forty-two, as everyone knows", tags=["Solution"]),
            md("Ans: the helper therapy principle (Riessman)", tags=["SOLUTIONS"]),
            md("Key: 1-B 2-A 3-C of the matching exercise", tags=["answer_key"]),
            md("Model answer: mutual aid builds belonging", tags=["Answer Key"]),
            code("quiz(key=[1, 2])", peerlearn={"answer_key": [1, 2]}),
            code("check('q7')", answer_key="helpers benefit from helping"),
        ],
        metadata={
            "peerlearn": {"answer_key": {"q7": "helpers benefit"}},
            "kernelspec": {"name": "python3"},
        },
    )  # fmt: skip


def test_normalise_tag_any_case_and_plural():
    names = ["solution", "Solution", "SOLUTIONS", "answer_key", "answer-key", "Answer Keys"]
    assert {normalise_tag(t) for t in names} == {"solution", "answerkey"}


def test_nbgrader_markers_leave_no_solution_text(tmp_path):
    src = nbgrader_style(tmp_path)
    before = src.read_bytes()
    report = student_version(src, tmp_path / "student.ipynb")
    assert src.read_bytes() == before
    text = (tmp_path / "student.ipynb").read_text("utf-8")
    nb = json.loads(text)
    sources = [c["source"] for c in nb["cells"]]
    for secret in [*SQUARES_SOLUTION, HIDDEN, ESSAY, "secret_total", "x = 2", "otter test",
                   "forty-two", "Riessman", "1-B 2-A", "mutual aid", "key=[1, 2]",
                   "helpers benefit"]:  # fmt: skip
        assert secret not in text, secret
    assert sources[1].endswith("    # YOUR CODE HERE\n    raise NotImplementedError()")
    assert sources[1].startswith("def squares(n):")  # the question stays
    assert sources[2] == '"""Check squares"""\nassert squares(1) == [1]'  # visible test kept
    assert sources[3] == TEXT_STUB
    assert sources[4] == CODE_STUB + "\nprint(1)"
    assert sources[5] == "x = ...\ny = 3"
    assert sources[6] == ""
    assert sources[7] == CODE_STUB and sources[8] == CODE_STUB  # keyed cells: code replaced
    assert len(nb["cells"]) == 9
    assert nb["cells"][1]["metadata"]["nbgrader"]["grade_id"] == "squares"  # nbgrader keeps it
    assert "peerlearn" not in nb["metadata"] and nb["metadata"]["kernelspec"]
    assert report.removed_cells == (7, 8, 9, 10)
    assert report.stubbed_regions == 3 and report.removed_tests == 2
    assert report.stubbed_cells == (3, 11, 12)
    assert report.stripped_keys == 3
    assert not report.uncertain


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        (md("Notes", tags=["instructor-notes"]), "tag 'instructor-notes'"),
        (md("Notes", tags=["sol"]), "tag 'sol'"),
        (md("**Answer:** love labour"), "answer heading"),
        (md("## Solution\nIt is liminality."), "answer heading"),
        (code("answer = 'love labour'"), "answer in code"),
        (code("### BEGIN SOLUTION\nx = 1"), "no end marker"),
        (code("x = 1\n### END SOLUTION"), "solution marker"),
        (code("print(1)", jupyter={"rubric": {"q1": 2}}), "metadata.jupyter.rubric"),
    ],
)
def test_uncertain_things_are_reported_and_nothing_written(tmp_path, cell, why):
    src = write(tmp_path, [md("Question"), cell])
    out = tmp_path / "out.ipynb"
    with pytest.raises(ExerciseError) as info:
        student_version(src, out)
    message = str(info.value)
    assert why in message and "cell 1" in message and "allow_uncertain" in message
    assert not out.exists()
    report = student_version(src, out, allow_uncertain=True)
    assert report.uncertain and why in str(report)
    assert "### BEGIN SOLUTION\nx = 1" not in out.read_text("utf-8").replace("\\n", "\n")


def test_uncertain_problem_names_the_line_of_the_cell(tmp_path):
    src = write(tmp_path, [md("Question"), md("Notes", tags=["sol"])])
    with pytest.raises(ExerciseError) as info:
        student_version(src, tmp_path / "out.ipynb")
    p = info.value.problems[0]
    raw = src.read_text("utf-8").splitlines()
    assert p.file == str(src) and p.record == "cell 1"
    assert raw[p.line - 1].strip() == "{"  # the line where the cell's object starts
    assert '"sol"' in "\n".join(raw[p.line - 1 : p.line + 8])


def test_solution_text_repeated_elsewhere_is_reported(tmp_path):
    src = write(
        tmp_path,
        [
            md("The helper therapy principle is the answer here", tags=["solution"]),
            md("Recall: the helper therapy principle is the answer here."),
        ],
    )
    with pytest.raises(ExerciseError, match="also appears here"):
        student_version(src, tmp_path / "out.ipynb")


def test_cli_fails_on_uncertain_unless_allowed(tmp_path, capsys):
    src = write(tmp_path, [md("Q"), md("n", tags=["sol"])])
    out = tmp_path / "s.ipynb"
    assert main(["student-version", str(src), str(out)]) == 1  # 1: the data has problems
    err = capsys.readouterr().err
    assert "tag 'sol'" in err and "--allow-uncertain" in err and not out.exists()
    assert main(["student-version", "--allow-uncertain", str(src), str(out)]) == 0
    assert out.exists() and oct(out.stat().st_mode & 0o777) == "0o644"


COURSE = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", COURSE, ids=lambda p: p.name)
def test_every_course_notebook_has_a_clean_student_version(tmp_path, path):
    report = student_version(path, tmp_path / path.name)  # raises if anything looks uncertain
    nb = json.loads((tmp_path / path.name).read_text("utf-8"))
    assert not report.uncertain
    assert all(not c.get("outputs") for c in nb["cells"])
    text = json.dumps(nb)
    assert "BEGIN SOLUTION" not in text.upper() and "answer_key" not in text
    assert len(nb["cells"]) == len(json.loads(path.read_text("utf-8"))["cells"])


# -- every answer carrier of issue 18, as a class -------------------------------------------------
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5E"
    "rkJggg=="
)


def test_an_answer_key_inside_a_list_in_cell_metadata_is_removed(tmp_path):
    cell = code("check()", quiz=[{"id": "q1", "answer": "love labour"}])
    src = write(tmp_path, [md("Question"), cell])
    report = student_version(src, tmp_path / "out.ipynb")
    text = (tmp_path / "out.ipynb").read_text("utf-8")
    assert "love labour" not in text and report.stripped_keys == 1
    assert json.loads(text)["cells"][1]["source"] == CODE_STUB  # its code showed the answer


def test_a_solutions_key_inside_a_list_in_notebook_metadata_is_removed(tmp_path):
    meta = {"kernelspec": {"name": "python3"}, "quizzes": [{"solutions": ["1-B", "2-A"]}]}
    src = write(tmp_path, [md("Question")], metadata=meta)
    report = student_version(src, tmp_path / "out.ipynb")
    nb = json.loads((tmp_path / "out.ipynb").read_text("utf-8"))
    assert "1-B" not in json.dumps(nb) and report.stripped_keys == 1
    assert nb["metadata"] == {"kernelspec": {"name": "python3"}}


def test_metadata_is_an_allow_list_whatever_the_key_is_called(tmp_path):
    cell = code("x = 1", course_extras={"q3": "the helper role"}, tags=["keep"], editable=False)
    meta = {"kernelspec": {"name": "python3"}, "grading_extras": {"q3": "the helper role"}}
    src = write(tmp_path, [md("Question"), cell], metadata=meta)
    report = student_version(src, tmp_path / "out.ipynb")
    nb = json.loads((tmp_path / "out.ipynb").read_text("utf-8"))
    assert "the helper role" not in json.dumps(nb)
    assert nb["cells"][1]["metadata"] == {"tags": ["keep"], "editable": False}
    assert report.dropped_metadata == 2 and "allow-list" in str(report)


def test_an_image_attachment_inside_a_solution_region_goes_with_it(tmp_path):
    cell = md(
        "Question: draw the cycle.\n### BEGIN SOLUTION\n![cycle](attachment:answer.png)\n"
        "### END SOLUTION\n![given](attachment:given.png)"
    )
    cell["attachments"] = {"answer.png": {"image/png": PNG}, "given.png": {"image/png": PNG}}
    src = write(tmp_path, [cell])
    report = student_version(src, tmp_path / "out.ipynb")
    out = json.loads((tmp_path / "out.ipynb").read_text("utf-8"))["cells"][0]
    assert "answer.png" not in json.dumps(out) and list(out["attachments"]) == ["given.png"]
    assert report.removed_attachments == 1 and report.stubbed_regions == 1


def test_otter_solution_no_prompt_lines_and_regions_are_removed(tmp_path):
    cell = code(
        "x = 2 # SOLUTION NO PROMPT\ny = 3 # SOLUTION\n"
        "# BEGIN SOLUTION NO PROMPT\nsecret_total = 5050\n# END SOLUTION\nprint(y)"
    )
    src = write(tmp_path, [md("Question"), cell])
    report = student_version(src, tmp_path / "out.ipynb")
    out = json.loads((tmp_path / "out.ipynb").read_text("utf-8"))["cells"][1]["source"]
    assert out == "y = ...\nprint(y)"
    assert report.stubbed_regions == 3 and not report.uncertain


def test_an_unknown_otter_solution_comment_is_reported(tmp_path):
    src = write(tmp_path, [md("Question"), code("x = 2 # SOLUTION ONLY")])
    with pytest.raises(ExerciseError, match="solution marker"):
        student_version(src, tmp_path / "out.ipynb")


def test_nbgrader_mark_scheme_regions_are_removed(tmp_path):
    task = md(
        "Describe love labour in your own words.\n=== BEGIN MARK SCHEME ===\n"
        "Full marks: names care beyond the paid role (Lynch).\n=== END MARK SCHEME ===",
        nbgrader={"task": True, "grade": False, "solution": False, "grade_id": "t1", "points": 2},
    )
    src = write(tmp_path, [task])
    report = student_version(src, tmp_path / "out.ipynb")
    out = json.loads((tmp_path / "out.ipynb").read_text("utf-8"))["cells"][0]["source"]
    assert out == "Describe love labour in your own words."
    assert report.removed_schemes == 1 and "mark-scheme" in str(report)
