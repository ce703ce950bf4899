"""The command line: the same functions as the library, with clear errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from builders import make_kb, mech

from peerlearn.cli import main


def test_cite_reference_and_in_text(capsys):
    assert main(["cite", "lynch2007"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lynch, K. (2007). Love labour")
    assert main(["cite", "lynch2007", "scott2011a", "--in-text"]) == 0
    assert capsys.readouterr().out.splitlines() == ["(Lynch, 2007)", "(Scott, 2011)"]
    assert main(["cite", "lynch2007", "--style", "vancouver"]) == 0
    assert "Lynch K" in capsys.readouterr().out


def test_cite_unknown_key_is_a_clear_error(capsys):
    assert main(["cite", "lynch2008"]) == 2
    err = capsys.readouterr().err
    assert "unknown reference key 'lynch2008'" in err and "lynch2007" in err


def test_export_formats(tmp_path, capsys):
    assert main(["export", "lynch2007", "--format", "bibtex"]) == 0
    assert "@article{lynch2007" in capsys.readouterr().out
    out = tmp_path / "refs.json"
    assert main(["export", "--format", "csl-json", "-o", str(out)]) == 0
    assert len(json.loads(out.read_text())) == 58
    assert "wrote 58 references" in capsys.readouterr().err


def test_search(capsys):
    assert main(["search", "liminal", "legality"]) == 0
    assert "menjivar2006" in capsys.readouterr().out
    assert main(["search", "qwertyuiop"]) == 0
    assert "nothing matches" in capsys.readouterr().err


def test_validate_package_and_user_folder(tmp_path, capsys):
    assert main(["validate"]) == 0
    assert "OK" in capsys.readouterr().out
    folder = make_kb(tmp_path / "kb", mechs=[mech("helping", ["ghost1999"])])
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "mechanisms.json:" in out and "ghost1999" in out


def test_data_option_uses_a_folder_of_your_own(tmp_path, capsys):
    folder = make_kb(tmp_path / "kb")
    assert main(["--data", str(folder), "search", "helps"]) == 0
    assert "jones2019" in capsys.readouterr().out


def test_python_dash_m_runs():
    out = subprocess.run(
        [sys.executable, "-m", "peerlearn", "cite", "riessman1965", "--narrative"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Riessman (1965)"


def test_student_version_command(tmp_path, capsys):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("What does Riessman's principle suggest?"),
        nbformat.v4.new_code_cell("answer = 'helpers may gain'", metadata={"tags": ["solution"]}),
        nbformat.v4.new_code_cell("# write your answer here"),
    ]
    src, out = tmp_path / "lesson.ipynb", tmp_path / "lesson-student.ipynb"
    nbformat.write(nb, src)
    assert main(["student-version", str(src), str(out)]) == 0
    assert str(out.name) in capsys.readouterr().out
    student = nbformat.read(out, as_version=4)
    assert [c.source for c in student.cells if c.cell_type == "code"] == [
        "# write your answer here"
    ]
    assert len(nbformat.read(src, as_version=4).cells) == 3  # the instructor's source is kept
    assert main(["student-version", str(src), str(src)]) == 2
    assert "refusing to write the student version over the source" in capsys.readouterr().err
