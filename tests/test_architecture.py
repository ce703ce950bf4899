"""The architecture holds: import-linter's contracts pass, and they really refuse a bad import.

The rooms and their order are written down once, as contracts in ``pyproject.toml``
(``[tool.importlinter]``), and drawn in ``docs/ARCHITECTURE.md``. These tests run the linter on the
package as it is, then on a copy with one upward import added, to show that a broken rule is
caught and that the message names the import that broke it.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "peerlearn"
MAX_LINES = 600
LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
    "lint-imports"
)


def _lint(cwd: Path, config: Path) -> subprocess.CompletedProcess[str]:
    assert LINT_IMPORTS, "lint-imports is not installed (pip install -e '.[test]')"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [LINT_IMPORTS, "--no-logo", "--no-cache", str(config)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _contracts() -> list[dict]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def test_contracts_pass():
    result = _lint(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_contracts_cover_every_room():
    """The top-level contract is exhaustive: a new module must be given a room."""
    rooms = next(c for c in _contracts() if c["id"] == "rooms")
    assert rooms["exhaustive"] is True
    assert {c["type"] for c in _contracts()} >= {"layers", "acyclic_siblings", "forbidden"}


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("arch")
    shutil.copytree(PACKAGE, tmp / "peerlearn", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    return tmp


@pytest.mark.parametrize(
    ("module", "line", "names"),
    [
        # the knowledge model reaching up into the widgets, inside a function
        (
            "model.py",
            "def _upward():\n    from peerlearn.widgets import explore\n    return explore\n",
            ("peerlearn.model", "peerlearn.widgets"),
        ),
        # the exercise model reaching up into scoring (the circle the redesign removed)
        (
            "exercises/model.py",
            "def _upward():\n    from peerlearn.exercises import scoring\n    return scoring\n",
            ("peerlearn.exercises.model", "peerlearn.exercises.scoring"),
        ),
        # the learner's record reaching into the exercises (siblings that must not know each other)
        (
            "progress/__init__.py",
            "def _sideways():\n    import peerlearn.exercises.loader\n",
            ("peerlearn.progress", "peerlearn.exercises"),
        ),
    ],
)
def test_an_upward_import_is_refused_and_named(package_copy, module, line, names):
    target = package_copy / "peerlearn" / module
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(original + "\n\n" + line, encoding="utf-8")
        result = _lint(package_copy, package_copy / "pyproject.toml")
    finally:
        target.write_text(original, encoding="utf-8")
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "BROKEN" in out
    for name in names:
        assert name in out, out


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_module_says_what_it_is_for_and_stays_small(path):
    source = path.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source))
    rel = path.relative_to(ROOT).as_posix()
    assert doc and len(doc.split()) >= 5, f"{rel}: give the module a docstring (what it is for)"
    lines = source.count("\n")
    assert lines <= MAX_LINES, f"{rel}: {lines} lines; split it (at most {MAX_LINES})"


def test_import_peerlearn_stays_light():
    code = (
        "import sys, peerlearn\n"
        "heavy = ['pandas', 'ipywidgets', 'yaml', 'citeproc', 'lxml', 'jsonschema', 'matplotlib']\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"
