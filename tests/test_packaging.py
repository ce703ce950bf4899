"""Packaging stays honest: environment.yml matches pyproject.toml, the README's commands exist,
package data ships, and the code is lint-clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _split(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req)
    assert m, req
    return _norm(m.group(1)), m.group(2).replace(" ", "")


def _pyproject() -> dict[str, str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text())
    reqs = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["test"]
    return dict(_split(r) for r in reqs)


def _environment() -> dict[str, str]:
    import yaml

    env = yaml.safe_load((REPO / "environment.yml").read_text())
    out: dict[str, str] = {}
    for dep in env["dependencies"]:
        items = dep["pip"] if isinstance(dep, dict) else [dep]
        for item in items:
            if item.startswith("-e") or item.startswith("python=") or item == "pip":
                continue
            name, spec = _split(item)
            out[name] = spec
    return out


def test_environment_yml_matches_pyproject():
    py, env = _pyproject(), _environment()
    assert set(py) == set(env), (
        f"only in pyproject.toml: {sorted(set(py) - set(env))}; "
        f"only in environment.yml: {sorted(set(env) - set(py))}"
    )
    differ = {k: (py[k], env[k]) for k in py if py[k] != env[k]}
    assert not differ, f"version bounds differ (pyproject, environment.yml): {differ}"


def test_environment_yml_pins_python_311():
    import yaml

    env = yaml.safe_load((REPO / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]
    assert "-e ." in next(d for d in env["dependencies"] if isinstance(d, dict))["pip"]


def test_readme_gives_the_two_commands_and_makefile_has_them():
    readme = (REPO / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
    make = (REPO / "Makefile").read_text()
    assert re.search(r"^lab:", make, re.M) and re.search(r"^test:", make, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text()


def test_package_data_is_declared():
    data = tomllib.loads((REPO / "pyproject.toml").read_text())
    globs = data["tool"]["setuptools"]["package-data"]["peerlearn"]
    assert "data/*" in globs and "data/**/*" in globs


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(),
    reason="ruff is not installed (pip install -e '.[test]')",
)
def test_ruff_is_clean():
    ruff = (
        str(Path(sys.executable).parent / "ruff")
        if (Path(sys.executable).parent / "ruff").exists()
        else "ruff"
    )
    out = subprocess.run(
        [ruff, "check", "peerlearn", "tests", "benchmarks", "tools", "notebooks", "conftest.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    fmt = subprocess.run(
        [
            ruff,
            "format",
            "--check",
            "peerlearn",
            "tests",
            "benchmarks",
            "tools",
            "notebooks",
            "conftest.py",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert fmt.returncode == 0, "run `make format`:\n" + fmt.stdout + fmt.stderr
