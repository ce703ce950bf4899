"""Every writer of a file a user names (or that lands in a shared folder) refuses symlinks and
never replaces a file (issue 18).

One table of writers, each a function ``write(path, overwrite)`` that makes the package write
the file ``path``, and its contract for a file already there: ``"never"`` (refused: choose
another name), ``"option"`` (refused unless the writer's explicit overwrite option, which
replaces a regular file) or ``"always"`` (a tool's own output folder, rebuilt each run: a
regular file is replaced). For every writer, whatever the contract: a symlink planted at the
target (to a file outside, or dangling), a symlink as the target's folder, and a FIFO at the
target are refused, nothing outside is written, and nothing hangs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import itertools
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from peerlearn import exercises, progress
from peerlearn._safefiles import write_file
from peerlearn.cli import main
from peerlearn.errors import PeerlearnError
from peerlearn.exercises.assessed import save_assessed
from peerlearn.exercises.interop import save_jupyterquiz, save_myst
from peerlearn.exercises.lms import save_bank, save_lms
from peerlearn.knowledge import default

REPO = Path(__file__).resolve().parents[1]
_n = itertools.count()
BOOK = {
    "id": "fromm1956",
    "type": "book",
    "title": "The art of loving",
    "author": [{"family": "Fromm", "given": "E."}],
    "issued": {"date-parts": [[1956]]},
}


def _set() -> exercises.ExerciseSet:
    return exercises.builtin()[0]


def _learner_copy(path: Path, overwrite: bool) -> None:
    key = path.parent.parent / f"keys-{next(_n)}" / "key.json"
    save_assessed(_set(), path, key)


def _key_file(path: Path, overwrite: bool) -> None:
    copy = path.parent.parent / f"copies-{next(_n)}" / "copy.json"
    save_assessed(_set(), copy, path)


def _student_version(path: Path, overwrite: bool) -> None:
    src = path.parent.parent / f"src-{next(_n)}.ipynb"
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}
    src.write_text(json.dumps(nb), encoding="utf-8")
    exercises.student_version(src, path, overwrite=overwrite)


def _lms(fmt: str) -> Callable[[Path, bool], None]:
    def write(path: Path, overwrite: bool) -> None:
        save_lms(_set(), path, format=fmt)

    return write


def _bank(path: Path, overwrite: bool) -> None:
    save_bank([_set()], path.parent, format="gift")


def _cli_export(path: Path, overwrite: bool) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["export", "lynch2007", "-o", str(path)])
    if status:
        raise OSError(f"status {status}: {err.getvalue()}")


def _init_kb(path: Path, overwrite: bool) -> None:
    from peerlearn.knowledge.starter import init_kb

    src = path.parent.parent / f"library-{next(_n)}.json"
    src.write_text(json.dumps([BOOK]), encoding="utf-8")
    init_kb(path.parent, src)


def _progress_export(path: Path, overwrite: bool) -> None:
    live = path.parent.parent / f"live-{next(_n)}.json"
    progress.record("attempt", set_id="s", exercise_id="e", score=1.0, mechanisms=[], path=live)
    progress.export(path, learner="Ana", source=live, overwrite=overwrite)


def _prerender(path: Path, overwrite: bool) -> None:
    from peerlearn.citations import prerender

    prerender([BOOK], path.parent)


def _handouts(path: Path, overwrite: bool) -> None:
    spec = importlib.util.spec_from_file_location("handouts", REPO / "classroom" / "handouts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module._write(path, "<p>handout</p>")


def _grade_csv(path: Path, overwrite: bool) -> None:
    import pandas as pd

    from peerlearn.gradebook.views import write_csv

    write_csv(pd.DataFrame({"learner": ["Ana"], "grade": [1.0]}), path)


def _chart(path: Path, overwrite: bool) -> None:
    from peerlearn.progress.charts import plot

    live = path.parent.parent / f"live-{next(_n)}.json"
    progress.record("attempt", set_id="s", exercise_id="q", score=1.0, mechanisms=["m"], path=live)
    plot(source=live, save=path, kb=False)


def _course(path: Path, overwrite: bool) -> None:
    """``peerlearn course``: its refusals are in the report (the other files still copy)."""
    from peerlearn.course import copy_course

    report = copy_course(path.parent, force=overwrite)
    for what in ("refused", "kept"):
        if path.name in getattr(report, what):
            raise FileExistsError(f"{path}: {what} ({report.lines()})")


def _write_file(path: Path, overwrite: bool) -> None:
    write_file(path, "text", overwrite=overwrite)


# (id, writer, file name it writes, contract for an existing regular file)
WRITERS = [
    ("save_assessed learner copy", _learner_copy, "copy.json", "never"),
    ("save_assessed key file", _key_file, "key.json", "never"),
    ("student_version", _student_version, "student.ipynb", "option"),
    ("save_lms gift", _lms("gift"), "quiz.gift.txt", "never"),
    ("save_lms moodle", _lms("moodle"), "quiz.xml", "never"),
    ("save_lms qti21", _lms("qti21"), "quiz.zip", "never"),
    ("save_bank", _bank, f"{_set().id}.gift.txt", "never"),
    ("save_jupyterquiz", lambda p, o: save_jupyterquiz(_set(), p), "quiz.json", "never"),
    ("save_myst", lambda p, o: save_myst(_set(), p), "quiz.md", "never"),
    ("ExerciseSet.save", lambda p, o: _set().save(p), "set.yaml", "never"),
    (
        "KnowledgeBase.export",
        lambda p, o: default().export(["lynch2007"], path=p),
        "r.bib",
        "never",
    ),
    ("peerlearn export -o", _cli_export, "refs.bib", "never"),
    ("init-kb references", _init_kb, "references.json", "never"),
    ("progress.export", _progress_export, "hand-in.json", "option"),
    ("gradebook write_csv", _grade_csv, "grades.csv", "never"),
    ("citations prerender", _prerender, "apa.json", "always"),
    ("classroom/handouts.py", _handouts, "index.html", "always"),
    ("progress.plot save=", _chart, "chart.png", "never"),
    ("peerlearn course", _course, "00_start_here.ipynb", "option"),
    ("_safefiles.write_file", _write_file, "out.txt", "option"),
]
IDS = [w[0] for w in WRITERS]


def _fmt_ok(writer_id: str) -> None:
    if writer_id == "save_lms qti21":
        pytest.importorskip("lxml")


@pytest.fixture
def place(tmp_path: Path) -> tuple[Path, Path]:
    """``(out, outside)``: the folder a writer writes into, and a folder outside it."""
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    return out, outside


def _refused(write: Callable[[Path, bool], None], path: Path, overwrite: bool = False) -> None:
    with pytest.raises((OSError, ValueError, PeerlearnError)) as info:
        write(path, overwrite)
    text = str(info.value)
    assert path.name in text or str(path.parent) in text, text  # the message names the file


@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_writes_a_new_file(place, writer_id, write, name, contract):
    _fmt_ok(writer_id)
    out, _ = place
    write(out / name, False)
    assert (out / name).is_file() and not (out / name).is_symlink()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]  # no temporary left


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_symlink_to_a_file_outside_is_refused(place, writer_id, write, name, contract, overwrite):
    _fmt_ok(writer_id)
    out, outside = place
    secret = outside / "precious.txt"
    secret.write_text("keep me", encoding="utf-8")
    os.chmod(secret, 0o600)
    (out / name).symlink_to(secret)
    _refused(write, out / name, overwrite)
    assert secret.read_text(encoding="utf-8") == "keep me"
    assert (secret.stat().st_mode & 0o777) == 0o600  # not chmod-ed either
    assert (out / name).is_symlink()


@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_dangling_symlink_is_refused(place, writer_id, write, name, contract):
    _fmt_ok(writer_id)
    out, outside = place
    (out / name).symlink_to(outside / "planted.txt")
    _refused(write, out / name, True)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_symlink_as_the_folder_is_refused(place, writer_id, write, name, contract):
    _fmt_ok(writer_id)
    out, outside = place
    link = out / "linked"
    link.symlink_to(outside, target_is_directory=True)
    _refused(write, link / name, True)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_fifo_is_refused_without_hanging(place, writer_id, write, name, contract):
    _fmt_ok(writer_id)
    out, _ = place
    os.mkfifo(out / name)
    caught: list[BaseException] = []

    def run() -> None:
        try:
            write(out / name, True)
        except BaseException as e:  # reported below
            caught.append(e)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(60)
    if t.is_alive():  # unblock the writer (or reader) so the test run can end
        fd = os.open(out / name, os.O_RDWR | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail(f"{writer_id} hung on a FIFO at {out / name}")
    assert caught and isinstance(caught[0], (OSError, ValueError, PeerlearnError)), caught
    assert name in str(caught[0]) or str(out) in str(caught[0])


@pytest.mark.parametrize(("writer_id", "write", "name", "contract"), WRITERS, ids=IDS)
def test_an_existing_file_is_kept_unless_the_option_says_replace(
    place, writer_id, write, name, contract
):
    _fmt_ok(writer_id)
    out, _ = place
    target = out / name
    target.write_text("the user's own file", encoding="utf-8")
    if contract == "always":  # a tool's own output folder: rebuilt, the regular file replaced
        write(target, False)
        assert target.read_text(encoding="utf-8") != "the user's own file"
        return
    _refused(write, target, False)
    assert target.read_text(encoding="utf-8") == "the user's own file"
    if contract == "option":
        write(target, True)
        assert target.read_text(encoding="utf-8") != "the user's own file"
        assert not target.is_symlink()


def test_the_refusal_says_what_to_do(tmp_path):
    target = tmp_path / "student.ipynb"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError) as info:
        _student_version(target, False)
    assert "choose another file name" in str(info.value) and "--force" in str(info.value)
    (tmp_path / "link.json").symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(FileExistsError, match="symbolic link; peerlearn never writes through"):
        write_file(tmp_path / "link.json", "x", overwrite=True)


def test_save_assessed_writes_neither_file_when_one_is_refused(tmp_path):
    copy, key = tmp_path / "copies" / "copy.json", tmp_path / "keys" / "key.json"
    key.parent.mkdir()
    key.symlink_to(tmp_path / "planted.json")
    with pytest.raises(FileExistsError, match=r"key\.json is a symbolic link"):
        save_assessed(_set(), copy, key)
    assert not copy.exists() and not (tmp_path / "planted.json").exists()


def test_cli_student_version_force_replaces_only_a_regular_file(tmp_path, capsys):
    src = tmp_path / "src.ipynb"
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}
    src.write_text(json.dumps(nb), encoding="utf-8")
    out = tmp_path / "out.ipynb"
    assert main(["student-version", str(src), str(out)]) == 0
    assert main(["student-version", str(src), str(out)]) != 0
    err = capsys.readouterr().err
    assert "out.ipynb already exists" in err and "--force" in err and "[Errno" not in err
    assert main(["student-version", str(src), str(out), "--force"]) == 0


def test_a_link_planted_at_the_old_temporary_name_receives_nothing(tmp_path):
    """save_assessed used to write the key to ``.key.json.tmp`` through whatever was there."""
    copy, key = tmp_path / "copies" / "copy.json", tmp_path / "keys" / "key.json"
    key.parent.mkdir()
    outside = tmp_path / "learners-can-read.json"
    (key.parent / ".key.json.tmp").symlink_to(outside)
    save_assessed(_set(), copy, key)
    assert not outside.exists() and json.loads(key.read_text())["answers"]
    assert (key.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("errno_name", ["EPERM", "ENOSYS", "no os.link (Pyodide)"])
def test_without_hard_links_the_new_name_is_still_exclusive(tmp_path, monkeypatch, errno_name):
    import errno

    def no_link(*args, **kwargs):
        raise OSError(getattr(errno, errno_name), "no hard links here")

    if errno_name.startswith("no os.link"):  # as in JupyterLite: tried there with node + pyodide
        monkeypatch.delattr(os, "link")
    else:
        monkeypatch.setattr(os, "link", no_link)
    out = write_file(tmp_path / "a.txt", "first", mode=0o600)
    assert out.read_text() == "first" and (out.stat().st_mode & 0o777) == 0o600
    with pytest.raises(FileExistsError, match="already exists"):
        write_file(tmp_path / "a.txt", "second")
    assert out.read_text() == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary left
