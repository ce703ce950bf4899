"""peerlearn's JupyterLite site: Python looks for a module in the browser's storage last, and not
at all while the kernel starts.

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

And while the kernel starts (until ``pyodide_kernel`` is imported) no module is looked for in the
storage at all: no learner's code can run before then, and what the kernel's own modules try and
do not find (``_winapi``, ``winreg``, ``argcomplete``, ``colorama``, ... about twenty names, each
a request: Python's path finder asks the current folder last) is not on the storage either. The
storage's folders get a path-entry finder of ours (:class:`StorageFinder`, Python's own
``FileFinder`` that finds nothing until the kernel has started); from then on it is Python's.

Example (what the kernel's imports then do)::

    >>> import sys
    >>> any(f.__name__ == "DriveLast" for f in sys.meta_path)  # doctest: +SKIP
    True
"""

from __future__ import annotations

import sys
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    ExtensionFileLoader,
    FileFinder,
    ModuleSpec,
    PathFinder,
    SourceFileLoader,
    SourcelessFileLoader,
)

__all__ = ["DriveLast", "StorageFinder", "install", "kernel_started", "storage_hook"]

# what Python's own FileFinder for a folder is made with (importlib's default path hook)
_LOADERS = (
    (ExtensionFileLoader, EXTENSION_SUFFIXES),
    (SourceFileLoader, SOURCE_SUFFIXES),
    (SourcelessFileLoader, BYTECODE_SUFFIXES),
)


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


def kernel_started() -> bool:
    """Whether the Pyodide kernel has been imported (its ``kernel_instance`` made): from then on
    a learner's code may run, and import a module of the learner's own from the storage."""
    return hasattr(sys.modules.get("pyodide_kernel"), "kernel_instance")


class StorageFinder(FileFinder):
    """Python's finder for one folder of the storage, which finds nothing until the kernel has
    started (each look is a request to the page; nothing of a learner's is wanted before)."""

    def find_spec(self, fullname: str, target: object = None) -> ModuleSpec | None:
        if not kernel_started():
            return None
        return super().find_spec(fullname, target)


def storage_hook(path: str) -> StorageFinder:
    """A path hook: a :class:`StorageFinder` for a folder of the storage (``/drive``...).

    Made without asking the storage anything (Python's own hook first checks that the folder
    exists: one request).
    """
    if not _is_storage(path):
        raise ImportError(f"{path} is not in the browser's storage")
    return StorageFinder(path, *_LOADERS)


def install() -> None:
    """Put :class:`DriveLast` just before Python's path finder and :func:`storage_hook` first
    among the path hooks (once)."""
    if storage_hook not in sys.path_hooks:
        sys.path_hooks.insert(0, storage_hook)
    if DriveLast in sys.meta_path:
        return
    where = sys.meta_path.index(PathFinder) if PathFinder in sys.meta_path else len(sys.meta_path)
    sys.meta_path.insert(where, DriveLast)


if sys.platform == "emscripten":
    install()
