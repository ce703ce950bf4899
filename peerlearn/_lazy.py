"""The one lazy-import mechanism of the package's facades: a table, name → the module it is in.

A facade (``peerlearn/__init__.py``, ``peerlearn/exercises/__init__.py``,
``peerlearn/widgets/__init__.py``) names what it offers without importing it: importing the facade
stays light (no YAML, pandas or ipywidgets), and a name is imported the first time it is asked
for (PEP 562's module ``__getattr__``), then kept in the facade's globals so the next lookup is a
plain attribute. Type checkers and IDEs do not run ``__getattr__``: each facade also imports every
lazy name under ``if TYPE_CHECKING:`` and builds its ``__getattr__`` under ``if not
TYPE_CHECKING:`` (to a type checker a module ``__getattr__`` would make every misspelt name
``Any``); ``tests/test_facades.py`` checks the imports and the table agree.

The table maps a name to a module, relative to the facade (``".model"``): the name is that
module's attribute of the same name, except when the module *is* the name (``"exercises":
".exercises"``), which gives the submodule itself (each module is named apart from the functions
it holds, so the two cannot be confused). A callable instead of a module is a value computed on
each lookup and never cached (``peerlearn.REVIEW``, the review of the current knowledge base).

>>> getattr_, dir_ = lazy("peerlearn.exercises", {}, {"ExerciseSet": ".model"})
>>> getattr_("ExerciseSet").__name__
'ExerciseSet'
>>> dir_()
['ExerciseSet']
>>> getattr_("Nothing")
Traceback (most recent call last):
...
AttributeError: module 'peerlearn.exercises' has no attribute 'Nothing'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

__all__ = ["lazy"]

Target = str | Callable[[], Any]


def lazy(
    module: str, namespace: MutableMapping[str, Any], table: Mapping[str, Target]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the facade ``module`` (its ``globals()`` given as
    ``namespace``) for the names in ``table``: name → relative module, or → a callable.

    An unknown name raises :class:`AttributeError` naming the module, as Python's own lookup
    does; ``__dir__`` lists the facade's globals and every lazy name.
    """

    def __getattr__(name: str) -> Any:
        target = table.get(name)
        if target is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        if callable(target):
            return target()
        found = importlib.import_module(target, module)
        value = found if found.__name__ == f"{module}.{name}" else getattr(found, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *table})

    return __getattr__, __dir__
