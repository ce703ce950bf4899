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


# ------------------------------------------------------------------ bad input, every command
def _bad_inputs(tmp) -> list[tuple[list[str], int, str]]:
    (tmp / "empty").mkdir()
    (tmp / "bad.yaml").write_text("title: [unclosed\n")
    (tmp / "dup.yaml").write_text("title: T\ntitle: U\nexercises: []\n")
    (tmp / "surrogate.yaml").write_text('title: "\\ud800"\nexercises: []\n')
    (tmp / "nj.ipynb").write_text("not json")
    t = str(tmp)
    return [
        (["cite", "nosuchkey"], 2, "unknown reference key 'nosuchkey'"),
        (["cite", "--style", "xyz"], 2, "invalid choice: 'xyz' (choose from 'apa'"),
        (["--data", f"{t}/nope", "cite"], 2, "does not exist"),
        (["--data", f"{t}/empty", "search", "x"], 1, "missing references.json"),
        (["export", "--format", "docx"], 2, "choose from 'bibtex'"),
        (["export", "-o", f"{t}/nodir/x.bib"], 2, "x.bib: no such file or folder; give a path"),
        (["export", "-o", f"{t}/empty"], 2, "empty: is a folder; give a file path"),
        (["export", "nokey"], 2, "unknown reference key 'nokey'"),
        (["search"], 2, "the following arguments are required: words"),
        (["validate", f"{t}/nope.yaml"], 2, "does not exist"),
        (["validate", f"{t}/bad.yaml"], 1, "bad.yaml:2: not valid YAML"),
        (["validate", f"{t}/dup.yaml"], 1, "dup.yaml:2: title: this key appears twice"),
        (["validate", f"{t}/surrogate.yaml"], 1, "lone surrogate U+D800"),
        (["student-version", f"{t}/nope.ipynb", f"{t}/o.ipynb"], 2, "no notebook at"),
        (["student-version", f"{t}/nj.ipynb", f"{t}/o.ipynb"], 1, "not a notebook"),
        (["lms", "scorm", f"{t}/q"], 2, "invalid choice: 'scorm'"),
        (["lms", "moodle", f"{t}/q.xml", f"{t}/bad.yaml"], 1, "bad.yaml:2: not valid YAML"),
        (["gradebook", "frob", "x"], 2, "invalid choice: 'frob'"),
        (["gradebook", "show", "nosuch", "--db", f"{t}/g.sqlite"], 2, "unknown view 'nosuch'"),
        (["init-kb", f"{t}/kb1", "--from", f"{t}/nope.json"], 2, "no such file"),
        (["init-kb", f"{t}/kb2", "--from", f"{t}/bad.yaml"], 1, "problem"),
        (["course", f"{t}/bad.yaml"], 2, "bad.yaml: already exists; give a new name"),
        ([], 2, "the following arguments are required: COMMAND"),
        (["cite", "\udcff"], 2, "\\udcff"),  # undecodable bytes in argv: shown escaped
    ]


def _commands() -> list[str]:
    import argparse

    from peerlearn.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_fails_in_one_line_with_the_right_status(tmp_path, capsys):
    cases = _bad_inputs(tmp_path)
    commands = _commands()
    first_words = {
        next((a for a in argv if not a.startswith("-") and "/" not in a), None)
        for argv, _, _ in cases
    }
    assert set(commands) <= first_words, f"no bad input for {set(commands) - first_words}"
    tried = 0
    for argv, status, words in cases:
        command = next((a for a in argv if a in commands), None)
        if argv and argv[0] not in ("--data",) and command is None and argv[0] != "cite":
            continue  # a command another helper has not landed yet
        try:
            got = main(argv)
        except SystemExit as e:  # argparse's usage errors
            got = e.code
        out, err = capsys.readouterr()
        text = out + err
        assert got == status, (argv, got, text)
        assert words in text, (argv, text)
        assert "Traceback" not in text
        for line in err.splitlines():
            assert line.startswith("peerlearn"), (argv, line)
        tried += 1
    assert tried >= len(cases) - 3


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch, capsys):
    import peerlearn.cli as cli

    def broken(_args):
        return ()[1]

    monkeypatch.setattr(cli, "_cmd_search", broken)
    monkeypatch.delenv("PEERLEARN_DEBUG", raising=False)
    assert main(["search", "x"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (IndexError: tuple index out of range)" in err


def test_closed_pipe_ends_quietly():
    # the reader goes away before peerlearn writes: every write fails with EPIPE
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerlearn", "cite"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141  # 128 + SIGPIPE, as tools killed by SIGPIPE end
    assert err == ""
    # as in a shell: `peerlearn cite | head -1` (the pipe may or may not fill first)
    shell = subprocess.run(
        f"{sys.executable} -m peerlearn cite | head -1", shell=True, capture_output=True, text=True
    )
    assert shell.stderr == "" and shell.stdout.startswith("Austin")
    assert len(shell.stdout.splitlines()) == 1


def test_fifo_given_to_validate_does_not_hang(tmp_path):
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("needs os.mkfifo")
    fifo = tmp_path / "quiz.yaml"
    os.mkfifo(fifo)
    out = subprocess.run(
        [sys.executable, "-m", "peerlearn", "validate", str(fifo)],
        capture_output=True,
        text=True,
        timeout=120,  # a hang guard, not a measurement
    )
    assert out.returncode == 1 and "FIFO" in out.stdout and "Traceback" not in out.stderr
