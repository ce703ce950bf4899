"""Hostile and careless paths (issue 14): no hangs on FIFOs or devices, no file replaced or
written outside the export folder, whatever a visitor types into the source browser.

A FIFO case runs in a subprocess with a generous timeout: a regression then fails the test
instead of hanging the whole suite (the timeout guards against a hang; it measures nothing).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerlearn._safefiles import (
    ENV,
    NotARegularFileError,
    UnsafeNameError,
    check_regular,
    export_folder,
    read_regular,
    safe_stem,
    save_new,
)

REPO = Path(__file__).resolve().parents[1]
fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs os.mkfifo (POSIX)")


def run_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env
    )


# ------------------------------------------------------------------------- regular files only
@fifo_only
def test_read_regular_refuses_fifo_device_and_folder(tmp_path: Path) -> None:
    fifo = tmp_path / "quiz.yaml"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFileError, match=r"quiz\.yaml is a FIFO \(named pipe\)"):
        read_regular(fifo, expected="an exercise-set YAML file")
    with pytest.raises(NotARegularFileError, match="character device"):
        read_regular("/dev/zero", limit=10)
    with pytest.raises(IsADirectoryError, match="is a folder; expected a notebook"):
        read_regular(tmp_path, expected="a notebook")
    with pytest.raises(FileNotFoundError, match="no file at"):
        read_regular(tmp_path / "missing.yaml")
    with pytest.raises(NotARegularFileError):
        check_regular(fifo)


def test_read_regular_stops_after_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 5000)
    assert len(read_regular(big, limit=100)) == 101  # one past the limit: "too big" is known
    assert read_regular(big) == b"x" * 5000
    link = tmp_path / "link.yaml"
    link.symlink_to(big)
    assert len(read_regular(link, limit=10)) == 11  # a symlink to a regular file is fine


@fifo_only
@pytest.mark.parametrize(
    "call",
    [
        "from peerlearn.exercises import load; load(p)",
        "from peerlearn.exercises import validate_file; print(validate_file(p, kb=False))",
        "import peerlearn; print(peerlearn.validate(p))",
    ],
)
def test_exercise_loader_does_not_hang_on_a_fifo(tmp_path: Path, call: str) -> None:
    fifo = tmp_path / "quiz.yaml"
    os.mkfifo(fifo)
    out = run_python(f"p = {str(fifo)!r}\ntry:\n    {call}\nexcept Exception as e: print(e)")
    assert "not a regular file" in out.stdout and "FIFO" in out.stdout, out.stderr


@fifo_only
def test_progress_combine_does_not_hang_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "ana.json"
    os.mkfifo(fifo)
    code = (
        "import warnings; warnings.simplefilter('ignore')\n"
        f"from peerlearn import progress\ndf = progress.combine([{str(fifo)!r}], kb=False)\n"
        "print(df.attrs['skipped'])"
    )
    out = run_python(code)
    assert "FIFO" in out.stdout, out.stdout + out.stderr


@fifo_only
def test_cli_validate_does_not_hang_on_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "quiz.yaml"
    os.mkfifo(fifo)
    out = run_python(
        f"from peerlearn.cli import main; raise SystemExit(main(['validate', {str(fifo)!r}]))"
    )
    assert out.returncode == 1, out.stderr
    assert "FIFO" in out.stdout + out.stderr and "Traceback" not in out.stderr


# ------------------------------------------------------------------------ the export folder
def test_export_folder_is_fixed_and_absolute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert export_folder() == Path.home() / "peerlearn-exports"
    monkeypatch.setenv(ENV, str(tmp_path / "exports"))
    assert export_folder() == tmp_path / "exports"
    monkeypatch.setenv(ENV, "relative/exports")
    with pytest.raises(UnsafeNameError, match="relative path; set it to an absolute"):
        export_folder()


@pytest.mark.parametrize(
    "typed",
    [
        "../../progress",
        "/etc/passwd",
        "~/x",
        "..",
        ".hidden",
        "a/b",
        "a\\b",
        "-rf",
        "x" * 81,
        "nul\x00byte",
        "naïve\u202ename",
        "con:sole",
    ],
)
def test_safe_stem_refuses_paths_and_odd_names(typed: str) -> None:
    with pytest.raises(UnsafeNameError, match="not a plain name: use a plain name such as"):
        safe_stem(typed)


def test_safe_stem_accepts_plain_names() -> None:
    assert safe_stem("") == "peerlearn-references"
    assert safe_stem("  My refs.bib ") == "My-refs"
    assert safe_stem("week_3.v2") == "week_3"


def test_save_new_never_replaces_or_follows(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    precious = tmp_path / "progress.json"
    precious.write_text('{"records": ["all my work"]}')
    folder.mkdir()
    (folder / "refs.bib").write_text("mine")
    (folder / "refs-2.bib").symlink_to(precious)  # planted to redirect the write
    written = save_new(folder, "refs", "bib", "@book{a}")
    assert written == folder / "refs-3.bib" and written.read_text() == "@book{a}"
    assert (folder / "refs.bib").read_text() == "mine"
    assert precious.read_text() == '{"records": ["all my work"]}'
    for bad in ("../x", "/tmp/x"):
        with pytest.raises(UnsafeNameError):
            save_new(folder, bad, "bib", "x")
    with pytest.raises(UnsafeNameError, match="extension"):
        save_new(folder, "ok", "b/b", "x")


def test_save_new_refuses_a_symlinked_folder(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir()
    link = tmp_path / "exports"
    link.symlink_to(real)
    with pytest.raises(NotADirectoryError, match="is a symlink; expected a real folder"):
        save_new(link, "refs", "bib", "x")
    assert list(real.iterdir()) == []
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises((NotADirectoryError, FileExistsError)):
        save_new(afile, "refs", "bib", "x")


# ---------------------------------------------------------------- the source browser's box
@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from peerlearn.widgets.browser import SourceBrowser

    for name in ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_KERNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(ENV, str(tmp_path / "exports"))
    monkeypatch.chdir(tmp_path)
    sb = SourceBrowser()
    sb.filter(category="theory")
    return sb


def test_save_box_writes_only_new_files_in_the_export_folder(browser, tmp_path: Path) -> None:
    home = Path(os.environ["PEERLEARN_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    progress_file = home / "progress.json"
    progress_file.write_text('{"keep": true}')
    before = {p for p in tmp_path.rglob("*")}
    for typed in (str(progress_file), "../progress", "/etc/passwd", "~/.bashrc", "a/../../b"):
        browser._path.value = typed
        browser._on_save()
        assert "The file could not be saved." in browser._export_out.value
        assert "not a plain name" in browser._export_out.value
    assert {p for p in tmp_path.rglob("*")} == before
    assert progress_file.read_text() == '{"keep": true}'
    browser._path.value = ""
    browser._on_save()
    browser._on_save()
    folder = tmp_path / "exports"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["peerlearn-references-2.bib", "peerlearn-references.bib"]
    assert "as a new file" in browser._export_out.value
    assert (folder / "peerlearn-references.bib").read_text().startswith("@")
    assert "&lt;" not in browser._export_out.value or "<" not in str(folder)


def test_save_box_escapes_what_it_shows(browser) -> None:
    browser._path.value = "<script>alert(1)</script>"
    browser._on_save()
    assert "<script>" not in browser._export_out.value
    assert "&lt;script&gt;" in browser._export_out.value


def test_no_save_box_under_voila(monkeypatch: pytest.MonkeyPatch) -> None:
    from peerlearn.widgets.browser import SourceBrowser

    monkeypatch.setenv("VOILA_BASE_URL", "/")
    sb = SourceBrowser()
    assert sb._path.layout.display == "none" and sb._save.layout.display == "none"
    assert sb._make_link.layout.display != "none"  # the download link stays
    sb._on_save()  # a crafted click on the hidden button writes nothing either
    assert "Saving files is turned off on this page." in sb._export_out.value
    assert not Path(os.environ[ENV]).exists() or not list(Path(os.environ[ENV]).iterdir())
