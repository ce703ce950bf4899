"""The verbs are declared where type checkers look, and the declarations cannot drift.

:mod:`peerlearn._verbs` attaches ``ExerciseSet.widget()``, ``.score()``, ``.check()`` … to the
model's classes at import time (their imports point up, so they cannot live in the model).
:mod:`peerlearn.exercises.model` declares each one under ``if TYPE_CHECKING:`` in its class body,
for mypy, pyright and IDEs. These tests read those declarations from the model's source and hold
them to the functions attached at run time: the same verbs, signatures (names, kinds, defaults,
annotations), ``classmethod`` or not, and docstrings. tests/test_types.py shows mypy using them.
"""

from __future__ import annotations

import ast
import copy
import inspect
from pathlib import Path
from types import FunctionType
from typing import Any

import peerlearn  # noqa: F401  (runs peerlearn._verbs, which attaches the verbs)
from peerlearn.exercises import model

MODEL = Path(model.__file__)
VERBS = Path(__file__).resolve().parents[1] / "peerlearn" / "_verbs.py"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def declared_verbs(source: str) -> dict[tuple[str, str], ast.FunctionDef]:
    """(class, verb) → its declaration, for every def under ``if TYPE_CHECKING:`` in a class."""
    out = {}
    for cls in ast.parse(source).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in cls.body:
            if isinstance(node, ast.If) and _is_type_checking(node.test):
                for d in node.body:
                    if isinstance(d, ast.FunctionDef):
                        out[(cls.name, d.name)] = d
    return out


def attached_verbs() -> set[tuple[str, str]]:
    """(class, verb) for every ``_attach(Class, "verb", ...)`` call in peerlearn/_verbs.py."""
    found = set()
    for node in ast.walk(ast.parse(VERBS.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_attach"
        ):
            cls, name = node.args[0], node.args[1]
            assert isinstance(cls, ast.Name) and isinstance(name, ast.Constant)
            found.add((cls.id, name.value))
    return found


def _as_function(decl: ast.FunctionDef) -> FunctionType:
    """The declaration compiled as a plain function (decorators off) in the model's namespace."""
    bare = copy.copy(decl)
    bare.decorator_list = []
    bare.col_offset = 0
    module = ast.Module(
        body=[ast.ImportFrom(module="__future__", names=[ast.alias("annotations")], level=0), bare],
        type_ignores=[],
    )
    namespace: dict[str, Any] = dict(vars(model))
    exec(compile(ast.fix_missing_locations(module), str(MODEL), "exec"), namespace)
    return namespace[decl.name]


def _signature(func: Any) -> inspect.Signature:
    """The signature, ``self``/``cls`` unannotated (_verbs annotates it; a method need not)."""
    sig = inspect.signature(func)
    first, *rest = sig.parameters.values()
    return sig.replace(parameters=[first.replace(annotation=inspect.Parameter.empty), *rest])


def _words(doc: str | None) -> str:
    return " ".join((doc or "").split())


def mismatches(source: str) -> list[str]:
    """How the declarations in ``source`` (the model's text) differ from the verbs attached."""
    declared = declared_verbs(source)
    out = [f"{c}.{v} is attached but not declared" for c, v in attached_verbs() - set(declared)]
    for (cls_name, verb), decl in sorted(declared.items()):
        cls = getattr(model, cls_name)
        attached = cls.__dict__.get(verb)
        if attached is None:
            out.append(f"{cls_name}.{verb} is declared but not attached at run time")
            continue
        is_classmethod = isinstance(attached, classmethod)
        declared_classmethod = any(
            isinstance(d, ast.Name) and d.id == "classmethod" for d in decl.decorator_list
        )
        if is_classmethod != declared_classmethod:
            out.append(f"{cls_name}.{verb}: classmethod in one place only")
        func = attached.__func__ if is_classmethod else attached
        want, got = _signature(_as_function(decl)), _signature(func)
        if want != got:
            out.append(f"{cls_name}.{verb}: declared {want}, attached {got}")
        if _words(ast.get_docstring(decl)) != _words(func.__doc__):
            out.append(f"{cls_name}.{verb}: the docstrings differ")
    return out


def test_every_verb_is_declared_as_it_is_attached():
    assert mismatches(MODEL.read_text(encoding="utf-8")) == []


def test_the_declared_verbs_are_the_ones_users_call():
    declared = set(declared_verbs(MODEL.read_text(encoding="utf-8")))
    assert {("ExerciseSet", "widget"), ("ExerciseSet", "score"), ("Exercise", "check")} <= declared
    assert declared == attached_verbs()


def test_a_drifted_declaration_is_named():
    source = MODEL.read_text(encoding="utf-8")
    drifted = source.replace(
        "def score(self, answers: Mapping[str, Any], *, kb: Any = None)",
        "def score(self, answers: Mapping[str, Any], *, kb: Any = False)",
    ).replace("def to_myst(self, **kwargs: Any) -> str:", "def to_markdown(self) -> str:")
    assert drifted != source
    found = mismatches(drifted)
    assert any(m.startswith("ExerciseSet.score: declared") for m in found), found
    assert "ExerciseSet.to_markdown is declared but not attached at run time" in found
    assert "ExerciseSet.to_myst is attached but not declared" in found
