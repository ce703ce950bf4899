"""Load a knowledge-base folder, validate it, link it both ways and look things up.

The package's own data (``peerlearn/data``) is simply the default folder: an instructor's own review
or an extended reading list in the same formats loads the same way with :func:`load`.

>>> kb = default()
>>> kb.mechanism("love-labour").name
'Love labour'
>>> [m.id for m in kb.mechanisms_for("lynch2007")]
['love-labour']
>>> kb.reference("lynch2007").year
2007

The knowledge room: its entry points live here; :mod:`.files` reads a folder, :mod:`.checks`
validates it, :mod:`.base` holds the :class:`KnowledgeBase` and :mod:`.tables` its DataFrames.
It sits above :mod:`peerlearn.citations` and :mod:`peerlearn.interchange` and below exercises,
progress and widgets: it may import the standard library, :mod:`peerlearn.errors`,
:mod:`peerlearn.model`, :mod:`peerlearn._locate`, citations and interchange — never exercises,
progress, widgets or the command line. It is pure: pandas, PyYAML, jsonschema and the citation
engine are imported only inside the functions that need them.
"""

from __future__ import annotations

import os
from pathlib import Path

from peerlearn.errors import DataValidationError, Problem

from .base import KnowledgeBase
from .checks import validate_sources
from .files import FILES, MAX_BYTES, SUFFIXES, parse, read_folder, read_package

__all__ = ["FILES", "MAX_BYTES", "KnowledgeBase", "default", "load", "resolve", "validate"]

# --------------------------------------------------------------------------- entry points
_DEFAULT: KnowledgeBase | None = None


def default() -> KnowledgeBase:
    """The package's own knowledge base (loaded once; validated by the tests, not on each load)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = KnowledgeBase(read_package(), "peerlearn/data")
    return _DEFAULT


def load(folder: str | os.PathLike[str], *, validate: bool = True) -> KnowledgeBase:
    """Load a knowledge-base folder of your own (same formats as ``peerlearn/data``).

    The folder is validated first; every problem is reported at once in a
    :class:`~peerlearn.errors.DataValidationError` with file, line, record and field.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "references.json").write_text("[]")
    >>> load(d)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn.errors.DataValidationError: knowledge base '...': 1 problem found:
      - ...: missing mechanisms.json (or .yaml): a knowledge-base folder needs references.json, ...
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(
            f"knowledge-base folder {str(folder)!r} does not exist or is not a folder; "
            "give a folder holding references.json and mechanisms.json"
        )
    problems: list[Problem] = []
    sources = read_folder(folder, problems)
    if validate:
        problems += validate_sources(sources)
    if problems:
        raise DataValidationError(problems, what=f"knowledge base {str(folder)!r}")
    return KnowledgeBase(sources, str(folder))


def resolve(kb: KnowledgeBase | str | os.PathLike[str] | bool | None) -> KnowledgeBase | None:
    """The knowledge base a function was given: ``None`` → :func:`default`, a KnowledgeBase as
    itself, a folder path → :func:`load`, and ``False`` → ``None`` (no knowledge-base checks).

    >>> resolve(None) is default()
    True
    >>> resolve(42)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: kb must be a KnowledgeBase, a knowledge-base folder path, ...; got int 42
    """
    if kb is False:
        return None
    if kb is None:
        return default()
    if isinstance(kb, KnowledgeBase):
        return kb
    if isinstance(kb, (str, os.PathLike)):
        return load(kb)
    raise TypeError(
        "kb must be a KnowledgeBase, a knowledge-base folder path, None (the package's own) "
        f"or False (no knowledge-base checks); got {type(kb).__name__} {kb!r:.60}"
    )


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Check the package's data (no argument), a folder, or one data file; return every problem.

    A single file is recognised by its name (``references.json``, ``mechanisms.yaml`` …); links to
    other files are checked only when a whole folder is given.

    >>> validate()
    []
    """
    problems: list[Problem] = []
    if path is None:
        sources = read_package()
    else:
        p = Path(path)
        if p.is_dir():
            sources = read_folder(p, problems)
        elif p.is_file():
            stem = p.name.split(".")[0]
            if stem not in FILES or p.suffix not in SUFFIXES:
                return [
                    Problem(
                        p.name,
                        None,
                        None,
                        None,
                        "not a knowledge-base file; expected one of "
                        + ", ".join(f"{s}.json" for s in FILES)
                        + " (or .yaml), or a folder",
                    )
                ]
            src = parse(str(p), p.name, p.read_text(encoding="utf-8"), problems)
            sources = {stem: src} if src is not None else {}
        else:
            raise FileNotFoundError(f"{str(p)!r} does not exist; give a data file or a folder")
    return problems + validate_sources(sources)
