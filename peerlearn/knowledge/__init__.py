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

A reading list straight from a reference manager loads too: a folder (or a single file) holding
a CSL-JSON or CSL-YAML export as Zotero, Better BibTeX, Mendeley or pandoc write it, a BibTeX or
biblatex file (``.bib``, ``.bibtex``, ``.biblatex``) or RIS (``.ris``, EndNote's ``.txt``), with
or without ``mechanisms.yaml``. A reading list is never refused for one odd field: what cannot be
used as written is read into CSL's form or left out, and each such change is a
:class:`~peerlearn.csl.Repair` (file, line, entry, field, what was done) in ``kb.repairs``;
``strict=True`` (``peerlearn validate --strict``) refuses them instead. What the package would
like but the export lacks is reported once as a :class:`~peerlearn.errors.KnowledgeBaseWarning`
with counts (and kept in ``kb.notes``); what it cannot use at all (a file with nothing readable,
a mechanisms file that breaks its format) is a :class:`~peerlearn.errors.DataValidationError`.

The knowledge room: its entry points live here; :mod:`.files` reads a folder, :mod:`.ingest`
takes an export as it is, :mod:`.checks` validates it, :mod:`.base` holds the
:class:`KnowledgeBase` and :mod:`.tables` its DataFrames; :mod:`.graph` (above them, imported
on its own) sees it as nodes and links for the widgets to render.
It sits above :mod:`peerlearn.citations` and :mod:`peerlearn.interchange` and below exercises,
progress and widgets: it may import the standard library, :mod:`peerlearn.errors`,
:mod:`peerlearn.model`, :mod:`peerlearn._locate`, citations and interchange — never exercises,
progress, widgets or the command line. It is pure: pandas, PyYAML, jsonschema and the citation
engine are imported only inside the functions that need them.
"""

from __future__ import annotations

import contextlib
import gc
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

from peerlearn.csl import Repair
from peerlearn.errors import DataValidationError, KnowledgeBaseWarning, Problem

from .base import KnowledgeBase
from .checks import validate_sources
from .files import (
    EXPORT_SUFFIXES,
    FILES,
    MAX_BYTES,
    SUFFIXES,
    Source,
    read_file,
    read_folder,
    read_package,
    unknown_format,
)
from .ingest import normalise
from .repair import as_problems, repair_references

__all__ = [
    "FILES",
    "MAX_BYTES",
    "KnowledgeBase",
    "KnowledgeBaseWarning",
    "default",
    "inspect",
    "load",
    "require",
    "resolve",
    "validate",
]

# --------------------------------------------------------------------------- entry points
_DEFAULT: KnowledgeBase | None = None


def default() -> KnowledgeBase:
    """The package's own knowledge base (loaded once; validated by the tests, not on each load)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = KnowledgeBase(read_package(), "peerlearn/data")
    return _DEFAULT


def _read(path: Path, problems: list[Problem]) -> dict[str, Source]:
    """A folder's files, or one export file as the reference list."""
    if path.is_dir():
        return read_folder(path, problems)
    src = read_file(path, problems)
    return {"references": src} if src is not None else {}


def _read_and_repair(sources: dict[str, Source], problems: list[Problem]) -> list[str]:
    notes = normalise(sources, problems)
    if "references" in sources:
        repair_references(sources["references"])
    return notes


def _repair_note(repairs: list[Repair], name: str) -> list[str]:
    if not repairs:
        return []
    counts: dict[str, int] = {}
    for r in repairs:
        counts[r.action] = counts.get(r.action, 0) + 1
    what = ", ".join(f"{n} {action}" for action, n in counts.items())
    shown = "".join(f"\n      {r}" for r in repairs[:5])
    more = f"\n      … and {len(repairs) - 5} more" if len(repairs) > 5 else ""
    return [
        f"{name}: {len(repairs)} value{'s' if len(repairs) != 1 else ''} could not be taken as "
        f"written ({what}); kb.repairs lists each, `peerlearn validate --strict` refuses them:"
        + shown
        + more
    ]


def load(
    folder: str | os.PathLike[str], *, validate: bool = True, strict: bool = False
) -> KnowledgeBase:
    """Load a knowledge-base folder of your own, or a single reference-manager export file.

    The folder is validated first; every problem is reported at once in a
    :class:`~peerlearn.errors.DataValidationError` with file, line, record and field. What the
    package would like but the files lack (categories, ``as_cited``, mechanisms) is one
    :class:`~peerlearn.errors.KnowledgeBaseWarning` with counts, also kept in ``kb.notes``;
    so is a summary of what reading the reference list changed (``kb.repairs`` lists each).
    With ``strict=True`` those changes are refused as problems instead.

    >>> import tempfile, pathlib, warnings
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "My Library.json").write_text(
    ...     '[{"id": "http://zotero.org/users/1/items/AB12", "type": "book", '
    ...     '"title": "Love labour", "author": [{"family": "Lynch"}], '
    ...     '"issued": {"date-parts": [["2007"]]}}]')
    >>> with warnings.catch_warnings(record=True):
    ...     kb = load(d)
    >>> kb.reference("http://zotero.org/users/1/items/AB12").key
    'lynch2007'
    >>> load(d / "nothing-here")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    FileNotFoundError: knowledge-base folder '...nothing-here' does not exist; give a folder ...
    """
    path = Path(folder)
    if not path.exists():
        raise FileNotFoundError(
            f"knowledge-base folder {str(path)!r} does not exist; give a folder holding "
            "references.json (or a Zotero/Mendeley CSL-JSON, BibTeX or RIS export) and, if you "
            "like, mechanisms.yaml — or the export file itself"
        )
    problems: list[Problem] = []
    with _no_gc_pauses():
        sources = _read(path, problems)
        notes = _read_and_repair(sources, problems)
        repairs = sources["references"].repairs if "references" in sources else []
        if strict:
            problems += as_problems(repairs)
        if validate:
            problems += validate_sources(sources)
    if "references" not in sources and not problems:
        problems.append(Problem(str(path), None, None, None, "no reference list was read"))
    if problems:
        raise DataValidationError(problems, what=f"knowledge base {str(path)!r}")
    notes = _repair_note(repairs, sources["references"].name) + notes
    if notes:
        warnings.warn(
            KnowledgeBaseWarning(f"knowledge base {str(path)!r}:\n  - " + "\n  - ".join(notes)),
            stacklevel=2,
        )
    with _no_gc_pauses():
        return KnowledgeBase(sources, str(path), notes=notes)


@contextlib.contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Reading makes many small objects and no cycles: the cyclic collector, which would run
    over everything alive again and again while a 7,000-entry list is read (a third of the
    time), waits until the end (reference counting still frees what is dropped)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
        return _load_cached(Path(kb))
    raise TypeError(
        "kb must be a KnowledgeBase, a knowledge-base folder path, None (the package's own) "
        f"or False (no knowledge-base checks); got {type(kb).__name__} {kb!r:.60}"
    )


def require(kb: KnowledgeBase | str | os.PathLike[str] | None) -> KnowledgeBase:
    """:func:`resolve` for what cannot work without a knowledge base (widgets): ``False`` refused.

    >>> require(None) is default()
    True
    """
    found = resolve(kb)
    if found is None:
        raise TypeError("a knowledge base is needed here; kb=False is not allowed")
    return found


_LOADED: dict[tuple[str, tuple[tuple[str, int, int], ...]], KnowledgeBase] = {}


def _load_cached(path: Path) -> KnowledgeBase:
    """:func:`load`, once per folder as its files stand: several widgets given one folder path
    share one KnowledgeBase, and an edited file is read again."""
    try:
        real = path.resolve()
        entries = sorted(real.iterdir()) if real.is_dir() else [real]
        stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in entries)
    except OSError:
        return load(path)
    key = (str(real), stamp)
    if key not in _LOADED:
        if len(_LOADED) >= 8:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = load(path)
    return _LOADED[key]


def inspect(
    path: str | os.PathLike[str] | None = None,
) -> tuple[list[Problem], list[Repair], list[str]]:
    """Everything :func:`validate` finds, in one reading: (problems, repairs, notes).

    ``repairs`` are the changes reading the reference list made (normalised, kept as written,
    dropped, skipped), each with file, line, entry and field; ``notes`` what the files lack.

    >>> inspect()
    ([], [], [])
    """
    problems: list[Problem] = []
    if path is None:
        return validate_sources(read_package()), [], []
    p = Path(path)
    if p.is_dir():
        sources = read_folder(p, problems)
    elif p.exists():
        stem = p.name.split(".")[0]
        if stem not in FILES:
            stem = "references"
        suffixes = EXPORT_SUFFIXES if stem == "references" else SUFFIXES
        if p.suffix.lower() not in suffixes:
            what = ", ".join(f"{s}.json" for s in FILES) + " (or .yaml)"
            return (
                [
                    Problem(
                        p.name,
                        None,
                        None,
                        None,
                        f"{unknown_format(p.name)}; a knowledge-base file is one of {what}, "
                        "or give a folder",
                    )
                ],
                [],
                [],
            )
        src = read_file(p, problems)
        sources = {stem: src} if src is not None else {}
    else:
        raise FileNotFoundError(f"{str(p)!r} does not exist; give a data file or a folder")
    notes = _read_and_repair(sources, problems)
    repairs = list(sources["references"].repairs) if "references" in sources else []
    return problems + validate_sources(sources), repairs, notes


def validate(path: str | os.PathLike[str] | None = None, *, strict: bool = False) -> list[Problem]:
    """Check the package's data (no argument), a folder, or one data file; return every problem.

    A single file is recognised by its name (``references.json``, ``mechanisms.yaml`` …) or, for
    a reference list, by being an export (CSL-JSON or CSL-YAML, BibTeX, RIS); links to other
    files are checked only when a whole folder is given. What reading a reference list changed
    is no problem unless ``strict`` is true (:func:`inspect` gives those changes).

    >>> validate()
    []
    """
    problems, repairs, _ = inspect(path)
    return problems + (as_problems(repairs) if strict else [])
