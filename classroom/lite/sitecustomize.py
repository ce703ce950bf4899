"""peerlearn's JupyterLite site: Python looks for a module in the browser's storage last.

build.py adds this file to the site's own copy of Pyodide's standard library
(``static/pyodide/python_stdlib.zip``); Python runs it while it starts, before the kernel.

Why: Pyodide always puts ``''`` (the current folder) first on ``sys.path``, and the Pyodide kernel
makes the browser's storage (``/drive``) the current folder before it imports IPython and its own
modules. Python's path finder asks each folder of ``sys.path`` in turn, so every new module cost
one request to the storage (``/api/drive``, answered by the page through a service worker): about
a hundred while the kernel starts, each a round trip through a busy page.

What: a finder placed just before Python's own path finder looks in every other folder of
``sys.path`` first. A module found nowhere else (say, a learner's own ``.py`` file beside the
notebook) is still found, by the path finder that follows, in the current folder. A learner's
file named like a standard module no longer hides it.

Example (what the kernel's imports then do)::

    >>> import sys
    >>> any(f.__name__ == "DriveLast" for f in sys.meta_path)  # doctest: +SKIP
    True
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec, PathFinder

__all__ = ["DriveLast", "install"]


def _is_storage(entry: str) -> bool:
    return entry in ("", ".") or entry == "/drive" or entry.startswith("/drive/")


class DriveLast:
    """A meta path finder: top-level modules from every folder on ``sys.path`` but the storage."""

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if path is not None:  # a submodule: its package's own folders decide
            return None
        elsewhere = [p for p in sys.path if isinstance(p, str) and not _is_storage(p)]
        spec = PathFinder.find_spec(name, elsewhere, target)
        if spec is not None and spec.loader is None:  # a namespace package: let every folder in
            return None
        return spec

    @classmethod
    def invalidate_caches(cls) -> None:
        """Nothing of its own to forget (Python's path finder keeps the caches)."""


def install() -> None:
    """Put :class:`DriveLast` just before Python's path finder (once)."""
    if DriveLast in sys.meta_path:
        return
    where = sys.meta_path.index(PathFinder) if PathFinder in sys.meta_path else len(sys.meta_path)
    sys.meta_path.insert(where, DriveLast)


if sys.platform == "emscripten":
    install()
