"""jsonschema, imported without building rfc3987_syntax's grammar until an IRI is checked.

peerlearn imports jsonschema only to report what is wrong with a file that failed the quick check
(:mod:`peerlearn._quickcheck`). Importing it took about a second, nearly all of it
``rfc3987_syntax`` (installed with ``jsonschema[format-nongpl]``, which Jupyter's server needs)
building its Lark grammar as jsonschema's format module imports it: jsonschema 4.26 imports
``is_valid_syntax`` at import to register the ``iri`` and ``iri-reference`` formats
(python-jsonschema/jsonschema#1428). peerlearn checks no formats, and an instructor waited that
second for every report (once in the kernel, once more in each ``peerlearn validate``).

:func:`load` imports jsonschema with a stand-in for ``rfc3987_syntax`` whose ``is_valid_syntax``
imports the real module on its first call and hands over to it, then takes the stand-in away: the
formats are registered as before and check IRIs exactly as before (the real function does the
work), but the grammar is built only if someone checks an IRI. Where jsonschema is imported
already, or rfc3987_syntax is not installed, nothing is done. ``tests/test_jsonschema_import.py``
shows the cost with a plain import and checks the formats still answer as the real module does.

Room: below everything (the standard library only).

>>> load().Draft202012Validator({"type": "string"}).is_valid("x")
True
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Callable
from typing import Any

__all__ = ["load"]

_NAME = "rfc3987_syntax"


class _Deferred(types.ModuleType):
    """Stands in for rfc3987_syntax while jsonschema imports; each name it gives imports the real
    module when first called."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("__"):
            raise AttributeError(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            if isinstance(sys.modules.get(_NAME), _Deferred):
                del sys.modules[_NAME]
            return getattr(importlib.import_module(_NAME), name)(*args, **kwargs)

        call.__name__ = name
        return call


def load() -> Any:
    """The jsonschema module, imported as described above (``ImportError`` where it is missing)."""
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    stand_in = None
    if _NAME not in sys.modules and importlib.util.find_spec(_NAME) is not None:
        stand_in = sys.modules[_NAME] = _Deferred(_NAME)
    try:
        return importlib.import_module("jsonschema")
    finally:
        if stand_in is not None and sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]
