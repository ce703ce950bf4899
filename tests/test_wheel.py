"""The wheel carries the course, needs no JupyterLab, and works from outside the source tree.

Builds the sdist and the wheel with the standard tool (``python -m build``, the wheel built from
the sdist), installs the wheel with ``--no-deps`` into a clean venv that borrows this venv's
installed dependencies through a ``.pth`` line (fast, no downloads), then runs ``peerlearn course``
and an import check with the working directory outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from homes import home_env

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    (whl,) = out.glob("peerlearn-*.whl")
    return whl


def _requires(whl: Path) -> list[str]:
    with zipfile.ZipFile(whl) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        text = z.read(meta).decode()
    return [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:")
    ]


def test_wheel_needs_no_jupyterlab_or_front_end(wheel):
    unconditional = [r for r in _requires(wheel) if "extra ==" not in r]
    names = {
        r.split(">")[0].split("=")[0].split("<")[0].split(";")[0].strip().lower()
        for r in unconditional
    }
    assert names and not names & {"jupyterlab", "voila", "jupyterhub", "notebook"}, unconditional
    assert any('extra == "lab"' in r and r.startswith("jupyterlab") for r in _requires(wheel))
    assert any('extra == "app"' in r and r.startswith("voila") for r in _requires(wheel))


def test_wheel_carries_the_course_and_data(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
    course = {n for n in names if n.startswith("peerlearn/_course/")}
    learner = sorted(p.name for p in (REPO / "notebooks").glob("*.ipynb"))
    assert {f"peerlearn/_course/{n}" for n in learner} <= course
    assert any(n.startswith("peerlearn/_course/instructors/") for n in course)
    assert not any(".ipynb_checkpoints" in n for n in names)
    assert "peerlearn/data/exercises.json" in names  # the bank for kernels without PyYAML
    assert any(n.startswith("peerlearn/data/rendered/") for n in names)


def test_wheel_installs_and_runs_outside_the_tree(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # borrow this venv's installed dependencies (and pip), not its editable peerlearn
    (site / "zz_borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(home_env(tmp_path / "home"))

    def run(*cmd: str) -> subprocess.CompletedProcess:
        r = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=180)
        assert r.returncode == 0, f"{cmd}: {r.stdout[-2000:]}{r.stderr[-2000:]}"
        return r

    run(str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel))
    check = run(
        str(py),
        "-c",
        "import peerlearn as pl, peerlearn.course as c; print(pl.__file__); print(c.source()); "
        "print(pl.mechanism('love-labour').name); print(len(pl.exercises.builtin_ids()))",
    )
    file, source, name, n = check.stdout.split("\n")[:4]
    assert file.startswith(str(env_dir)) and source.startswith(str(env_dir)), check.stdout
    assert name == "Love labour" and int(n) > 0
    cli = str(env_dir / "bin" / "peerlearn")
    first = run(cli, "course", "course")
    assert "0 kept" not in first.stdout and (work / "course" / "00_start_here.ipynb").exists()
    assert not (work / "course" / "instructors").exists()
    (work / "course" / "00_start_here.ipynb").write_text("{}")  # the learner's own edits
    again = run(cli, "course", "course", "--instructor")
    assert "kept 00_start_here.ipynb" in again.stdout
    assert (work / "course" / "00_start_here.ipynb").read_text() == "{}"
    assert (work / "course" / "instructors" / "example_set.yaml").exists()
    forced = run(cli, "course", "course", "--force")
    assert "overwrote 00_start_here.ipynb" in forced.stdout
    assert (work / "course" / "00_start_here.ipynb").read_text() != "{}"
