"""The built-in exercise bank: the package's own sets in ``peerlearn/data/exercises/*.yaml``.

Each set is read once per knowledge base (sets are immutable) through :mod:`.loader`, with every
exercise required to cite at least one source; where PyYAML is missing (JupyterLite's Pyodide
offline) the JSON the wheel was built with (``data/exercises.json``, see ``setup.py``) is read.
Imports: :mod:`.loader`, :mod:`.model`, :mod:`peerlearn.errors`; never scoring or widgets.

>>> from peerlearn.exercises import bank
>>> "love-labour-check" in bank.builtin_ids() or len(bank.builtin_ids()) > 0
True
>>> bank.builtin("no-such-set")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
peerlearn.errors.UnknownIdError: ...
"""

from __future__ import annotations

import functools
import weakref
from importlib import resources
from typing import Any

from peerlearn.errors import Problem, UnknownIdError

from ._structure import checked_already
from .loader import MAX_BYTES, from_data, loads, resolve_kb, slug, too_big
from .model import ExerciseError, ExerciseSet

__all__ = ["builtin", "builtin_ids", "validate_builtin"]


def _bank() -> dict[str, Any]:
    folder = resources.files("peerlearn") / "data" / "exercises"
    if not folder.is_dir():
        return {}
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name
    )
    return {slug(f.name.split(".")[0]): f for f in files}


def builtin_ids() -> list[str]:
    """The file names (without extension) of the built-in exercise sets."""
    return list(_bank())


def builtin(id: str | None = None, *, kb: Any = None) -> Any:
    """The package's own exercise sets: one by id (file name without extension), or all.

    ``builtin()`` returns a list of every set; ``builtin("some-id")`` one set. Unknown ids raise
    :class:`peerlearn.errors.UnknownIdError` listing the valid ones. A set's own id reads only
    the file named after it (here, none before it is parsed):

    >>> from peerlearn.knowledge import resolve
    >>> _CACHE.pop(resolve(None), None) and None
    >>> builtin("vignettes").id, sorted(_CACHE[resolve(None)])
    ('vignettes', ['08-vignettes.yaml'])
    """
    bank = _bank()
    if id is None:
        return [_load_resource(f, kb) for f in bank.values()]
    if id not in bank:
        # a set may be asked for by its own id when it differs from the file name: the file
        # named after it ("05-helper-role" for "helper-role") is read first, so a notebook's
        # builtin("helper-role") parses one file, not every one before it
        named = [f for name, f in bank.items() if name.split("-", 1)[-1] == id]
        for f in [*named, *(f for f in bank.values() if f not in named)]:
            s = _load_resource(f, kb)
            if s.id == id:
                return s
        raise UnknownIdError("built-in exercise set", id, list(bank))
    return _load_resource(bank[id], kb)


@functools.cache
def _compiled_bank() -> dict[str, Any] | None:
    """The bank as compiled to JSON when the wheel was built (setup.py), used only where PyYAML
    is missing (JupyterLite's Pyodide has no PyYAML offline); None elsewhere."""
    import json

    try:
        import yaml  # noqa: F401
    except ImportError:
        pass
    else:
        return None
    f = resources.files("peerlearn") / "data" / "exercises.json"
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else None


_CACHE: weakref.WeakKeyDictionary[Any, dict[str, ExerciseSet]] = weakref.WeakKeyDictionary()


def _load_resource(resource: Any, kb: Any, *, checked: bool = True) -> ExerciseSet:
    """Load one built-in set (cached per knowledge base: sets are immutable).

    ``checked``: the set's structure is taken as checked (its meaning, keys included, is still
    checked), so that a learner's kernel needs no jsonschema; :func:`validate_builtin` checks
    it all (the test suite and ``peerlearn validate`` run it).
    """
    kb = resolve_kb(kb)
    try:
        cache = _CACHE.setdefault(kb, {})
    except TypeError:  # no knowledge base (kb=False), or one that cannot be weakly referenced
        cache = {}
    if checked and resource.name in cache:
        return cache[resource.name]
    with checked_already(checked):
        return _read_resource(resource, kb, cache)


def _read_resource(resource: Any, kb: Any, cache: dict[str, ExerciseSet]) -> ExerciseSet:
    name = f"peerlearn/data/exercises/{resource.name}"
    compiled = _compiled_bank()
    if compiled is not None and resource.name in compiled:
        s = from_data(
            compiled[resource.name],
            file=name,
            kb=kb if kb is not None else False,
            require_sources=True,
            default_id=slug(resource.name.split(".")[0]),
        )
        cache[resource.name] = s
        return s
    data = resource.read_bytes()
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    s = loads(
        data.decode("utf-8-sig"),
        name=name,
        kb=kb if kb is not None else False,
        require_sources=True,
    )
    cache[resource.name] = s
    return s


def validate_builtin(*, kb: Any = None) -> list[Problem]:
    """Every problem in the built-in bank, its structure checked against the schema too
    (each exercise needs at least one source key)."""
    problems: list[Problem] = []
    ids: dict[str, str] = {}
    for resource in _bank().values():
        try:
            s = _load_resource(resource, kb, checked=False)
        except ExerciseError as e:
            problems.extend(e.problems)
            continue
        if s.id in ids:
            problems.append(
                Problem(
                    s.path or resource.name,
                    None,
                    None,
                    "id",
                    f"set id {s.id!r} is also used by {ids[s.id]}",
                )
            )
        ids[s.id] = s.path or resource.name
    return problems
