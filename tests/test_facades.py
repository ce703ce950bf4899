"""The facades: one lazy mechanism (:mod:`peerlearn._lazy`), every name resolves, all stay light.

A facade is a package's ``__init__.py``. Those that import lazily (``peerlearn``,
``peerlearn.exercises``, ``peerlearn.widgets``) give :func:`peerlearn._lazy.lazy` a table of
names → modules, and import the same names under ``if TYPE_CHECKING:`` for type checkers and
IDEs. These tests read both from each facade's source and hold them together, resolve every name
in every facade's ``__all__`` and lazy table, and check ``dir()``, the error for an unknown name,
and that importing the facades (and listing them) imports none of the heavy libraries.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "peerlearn"


def _module_name(init: Path) -> str:
    return ".".join(init.parent.relative_to(ROOT).parts)


FACADES = sorted(_module_name(p) for p in PACKAGE.rglob("__init__.py") if "data" not in p.parts)


def _tree(module: str) -> ast.Module:
    path = ROOT.joinpath(*module.split("."), "__init__.py")
    return ast.parse(path.read_text(encoding="utf-8"))


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return False
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def lazy_table(module: str) -> dict[str, str | None]:
    """The facade's table as written: name → relative module (``None`` for a computed value)."""
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "lazy":
            table = node.args[2]
            assert isinstance(table, ast.Dict), f"{module}: give lazy() its table as a dict"
            return {
                k.value: v.value if isinstance(v, ast.Constant) else None
                for k, v in zip(table.keys, table.values, strict=True)
                if isinstance(k, ast.Constant)
            }
    return {}


def type_checking_names(module: str) -> dict[str, str | None]:
    """Names the facade gives type checkers under ``if TYPE_CHECKING:`` (peerlearn's own only):
    name → the module it is imported from, relative (``None`` for a bare declaration)."""
    out: dict[str, str | None] = {}
    for node in _tree(module).body:
        if not (isinstance(node, ast.If) and _is_type_checking(node.test)):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.level:
                for alias in stmt.names:
                    if stmt.module is None:  # from . import exercises: the submodule itself
                        out[alias.asname or alias.name] = "." + alias.name
                    else:
                        out[alias.asname or alias.name] = "." + stmt.module
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                out[stmt.target.id] = None
    return out


LAZY = [m for m in FACADES if lazy_table(m)]


def test_the_lazy_facades_are_found():
    assert {"peerlearn", "peerlearn.exercises", "peerlearn.widgets"} <= set(LAZY)


def test_no_facade_has_a_lazy_mechanism_of_its_own():
    """Every module-level ``__getattr__`` in the package comes from peerlearn._lazy."""
    own = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name in {"__getattr__", "__dir__"}:
                own.append(f"{path.relative_to(ROOT)}:{node.lineno}: def {node.name}")
    assert not own, "use peerlearn._lazy.lazy for a facade's lazy names:\n" + "\n".join(own)


@pytest.mark.parametrize("module", LAZY)
def test_type_checkers_see_every_lazy_name(module):
    """The ``if TYPE_CHECKING:`` imports name exactly the lazy table, from the same modules."""
    table, declared = lazy_table(module), type_checking_names(module)
    assert set(declared) == set(table), (
        f"{module}: only lazy: {sorted(set(table) - set(declared))}; "
        f"only for type checkers: {sorted(set(declared) - set(table))}"
    )
    for name, target in table.items():
        if target is not None:
            assert declared[name] == target, (module, name, declared[name], target)


@pytest.mark.parametrize("module", FACADES)
def test_every_public_and_lazy_name_resolves(module):
    facade = importlib.import_module(module)
    table = lazy_table(module)
    for name in [*facade.__all__, *table]:
        value = getattr(facade, name)
        target = table.get(name)
        if target is None:
            continue
        home = importlib.import_module(target, module)
        expected = home if home.__name__ == f"{module}.{name}" else getattr(home, name)
        assert value is expected, (module, name)


@pytest.mark.parametrize("module", FACADES)
def test_dir_lists_every_name(module):
    facade = importlib.import_module(module)
    missing = {*facade.__all__, *lazy_table(module)} - set(dir(facade))
    assert not missing, f"dir({module}) leaves out {sorted(missing)}"


@pytest.mark.parametrize("module", FACADES)
def test_an_unknown_name_is_named_with_its_module(module):
    facade = importlib.import_module(module)
    with pytest.raises(AttributeError, match=rf"module '{module}' has no attribute 'no_such_name'"):
        facade.no_such_name  # noqa: B018


def test_the_facades_stay_light():
    """Importing the lazy facades and listing them imports no heavy library."""
    code = (
        "import sys, peerlearn, peerlearn.exercises, peerlearn.widgets\n"
        "names = [dir(m) for m in (peerlearn, peerlearn.exercises, peerlearn.widgets)]\n"
        "heavy = ['pandas', 'ipywidgets', 'yaml', 'citeproc', 'lxml', 'jsonschema', 'matplotlib']\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_a_lazy_name_is_imported_once_then_kept():
    from peerlearn._lazy import lazy

    namespace: dict[str, object] = {}
    getattr_, dir_ = lazy("peerlearn", namespace, {"Table": "._table", "tables": ".tables"})
    table = getattr_("Table")
    assert namespace == {"Table": table}
    assert getattr_("tables") is importlib.import_module("peerlearn.tables")
    assert dir_() == ["Table", "tables"]
