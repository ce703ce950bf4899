"""The architecture holds: import-linter's contracts pass, and they really refuse a bad import.

The rooms and their order are written down once, as contracts in ``pyproject.toml``
(``[tool.importlinter]``), and drawn in ``docs/ARCHITECTURE.md``. These tests run the linter on the
package as it is, then on a copy with one upward import added, to show that a broken rule is
caught and that the message names the import that broke it.

Inside the rooms, one rule instead of a line limit: a ``_private`` name stays in its module. No
module imports another's private name (``from x import _y``, a package ``__init__`` re-exporting
one included) or reaches for it as an attribute (``x._y``); a name two modules share is public
where it lives. :data:`ALLOWED` (empty) is where an exception would have to be argued.
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
def test_each_module_says_what_it_is_for(path):
    source = path.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source))
    rel = path.relative_to(ROOT).as_posix()
    assert doc and len(doc.split()) >= 5, f"{rel}: give the module a docstring (what it is for)"


# -- private names stay in their module --------------------------------------------------------
#: The private names allowed to cross modules: (importing module, module.name) → the seam it
#: belongs to. Empty now that every seam is redrawn; keep it so: make the name public where it
#: lives (or move the code that needs it there) rather than add an entry.
ALLOWED: dict[tuple[str, str], str] = {}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_names(root: Path) -> dict[str, Path]:
    out = {}
    for p in sorted((root / "peerlearn").rglob("*.py")):
        if "__pycache__" in p.parts:
            continue
        parts = list(p.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = p
    return out


def _absolute(module: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, *([target] if target else [])])


def private_imports(root: Path) -> list[tuple[str, int, str]]:
    """(module, line, module.name) for every private name of another peerlearn module used.

    Importing a private *module* (``from peerlearn import _html``) is fine: a module's name is
    its room, which import-linter keeps in order.
    """
    modules = _module_names(root)
    found: list[tuple[str, int, str]] = []
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound: dict[str, str] = {}  # local name -> the peerlearn module it names
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = _absolute(module, is_package, node.level, node.module)
                if source.split(".")[0] != "peerlearn":
                    continue
                for alias in node.names:
                    if f"{source}.{alias.name}" in modules:
                        bound[alias.asname or alias.name] = f"{source}.{alias.name}"
                    elif _is_private(alias.name) and source != module:
                        found.append((module, node.lineno, f"{source}.{alias.name}"))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "peerlearn":
                        bound[alias.asname or "peerlearn"] = (
                            alias.name if alias.asname else "peerlearn"
                        )
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and _is_private(node.attr)):
                continue
            chain, value = [], node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if not isinstance(value, ast.Name) or value.id not in bound:
                continue
            owner = ".".join([bound[value.id], *reversed(chain)])
            name = f"{owner}.{node.attr}"
            if owner in modules and owner != module and name not in modules:
                found.append((module, node.lineno, name))
    return sorted(set(found))


def test_no_private_name_crosses_modules():
    found = private_imports(ROOT)
    new = [
        f"{module}:{line} uses {name}"
        for module, line, name in found
        if (module, name) not in ALLOWED
    ]
    assert not new, (
        "a _private name is used outside its module; make it public where it lives "
        "(or move the code that needs it there):\n  " + "\n  ".join(new)
    )
    stale = set(ALLOWED) - {(module, name) for module, _line, name in found}
    assert not stale, f"these seams are redrawn: remove them from ALLOWED: {sorted(stale)}"


def test_the_private_name_rule_sees_every_form(tmp_path):
    pkg = tmp_path / "peerlearn"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from .a import _hidden\n",  # a package re-export counts too
        "_low.py": "def _x(): ...\n",
        "a.py": "def _hidden(): ...\ndef _own(): ...\nX = _own()\n",
        "b.py": "from peerlearn import _low\nfrom peerlearn.a import _hidden\n",  # module: fine
        "c.py": "import peerlearn.a as m\nimport peerlearn._low\nm._hidden()\n"
        "peerlearn._low._x()\n",
        "sub/__init__.py": "",
        "sub/d.py": "from .. import a\nfrom ..a import _own as mine\na._own()\nstr()._strip()\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    assert [(m, n) for m, _line, n in private_imports(tmp_path)] == [
        ("peerlearn", "peerlearn.a._hidden"),
        ("peerlearn.b", "peerlearn.a._hidden"),
        ("peerlearn.c", "peerlearn.a._hidden"),
        ("peerlearn.c", "peerlearn._low._x"),
        ("peerlearn.sub.d", "peerlearn.a._own"),
        ("peerlearn.sub.d", "peerlearn.a._own"),
    ]


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


_YAML_READERS = {"load", "load_all", "safe_load", "safe_load_all", "full_load", "unsafe_load"}
_YAML_READERS |= {"compose", "compose_all", "SafeLoader", "CSafeLoader", "Loader", "CLoader"}


def test_one_yaml_reader():
    """Only peerlearn/_yaml.py reads YAML (its bounds and line marks hold for every file)."""
    readers = []
    for path in _modules():
        if path == PACKAGE / "_yaml.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in _YAML_READERS
            ):
                readers.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.{node.attr}")
    assert not readers, "read YAML through peerlearn._yaml:\n  " + "\n  ".join(readers)
