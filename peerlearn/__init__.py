"""peerlearn: teach the mechanisms that underpin peer support in mental health.

The knowledge base behind Watson's review (J Ment Health 2019; 28(6):677–688) as Python
objects and pandas DataFrames (or, from :mod:`peerlearn.tables`, light tables that need no
pandas), with citations, widgets, exercises and a course.

>>> import peerlearn as pl
>>> pl.mechanism("love-labour").name
'Love labour'
>>> pl.cite("lynch2007", form="in-text")
'(Lynch, 2007)'

Importing peerlearn is light: pandas, ipywidgets and the citation engines are imported only by
the functions that need them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

# _verbs attaches ExerciseSet.widget(), .score(), .check() … to the exercise model, which imports
# nothing above it; importing it here means the verbs exist whenever an ExerciseSet does.
from . import _verbs  # noqa: F401
from ._lazy import lazy
from .errors import DataValidationError, PeerlearnError, Problem, UnknownIdError
from .knowledge import KnowledgeBase, default, load
from .model import Link, Mechanism, Reference, ReferenceList, Review, Term, Theory

if TYPE_CHECKING:  # pragma: no cover - what the lazy table below gives, for type checkers
    import pandas as pd

    from . import citations as citations
    from . import exercises as exercises
    from . import progress as progress
    from . import tables as tables
    from . import widgets as widgets
    from ._table import Table

    REVIEW: Review | None

__version__ = "0.1.0"

__all__ = [
    "REVIEW",
    "DataValidationError",
    "KnowledgeBase",
    "Link",
    "Mechanism",
    "PeerlearnError",
    "Problem",
    "Reference",
    "ReferenceList",
    "Review",
    "Table",
    "Term",
    "Theory",
    "UnknownIdError",
    "__version__",
    "bibliography",
    "cite",
    "default",
    "explore",
    "export",
    "glossary",
    "links",
    "load",
    "mechanism",
    "mechanisms",
    "mechanisms_for",
    "reference",
    "reference_list",
    "references",
    "search",
    "sources_for",
    "term",
    "theories",
    "theory",
    "validate",
]


def references() -> pd.DataFrame:
    """The review's 58 references, one row each (key, year, title, as_cited, category, doi, …).

    >>> references().shape[0]
    58
    """
    return default().references()


def reference(key: str) -> Reference:
    """One reference by key.

    >>> reference("lynch2007").as_cited[:8]
    'Lynch K.'
    """
    return default().reference(key)


def mechanisms() -> pd.DataFrame:
    """The five mechanisms (id, name, definition, number of theories and sources).

    >>> list(mechanisms()["id"])
    ['lived-experience', 'love-labour', 'liminality', 'strengths-focussed-support', 'helper-role']
    """
    return default().mechanisms()


def mechanism(id: str) -> Mechanism:
    """One mechanism by id: ``.summary``, ``.helps``, ``.strains``, ``.theories``, ``.sources``."""
    return default().mechanism(id)


def theories() -> pd.DataFrame:
    """The theories the references draw on."""
    return default().theories()


def theory(id: str) -> Theory:
    """One theory by id, e.g. ``"helper-therapy"``."""
    return default().theory(id)


def glossary() -> pd.DataFrame:
    """The glossary of the field's terms."""
    return default().glossary()


def term(id: str) -> Term:
    """One glossary term by id, e.g. ``"recovery"``."""
    return default().term(id)


def sources_for(id: str, *, include_theories: bool = False) -> pd.DataFrame:
    """The references linked to a mechanism or theory, each with its rationale and basis.

    >>> "lynch2007" in set(sources_for("love-labour")["key"])
    True
    """
    return default().sources_for(id, include_theories=include_theories)


def mechanisms_for(id: str, *, include_theories: bool = False) -> list[Mechanism]:
    """The mechanisms a reference key (or theory id) supports: the mirror of :func:`sources_for`."""
    return default().mechanisms_for(id, include_theories=include_theories)


def links() -> pd.DataFrame:
    """Every mechanism link: mechanism, theory, reference, rationale, basis."""
    return default().links()


def search(text: str) -> pd.DataFrame:
    """Search references, mechanisms, theories and glossary for ``text``."""
    return default().search(text)


def cite(key: str, style: str = "apa", form: str = "reference") -> str:
    """Format a reference: ``style`` apa/harvard/vancouver, ``form`` reference/in-text/narrative."""
    return default().cite(key, style=style, form=form)


def bibliography(
    keys: Iterable[str] | None = None, style: str = "apa", output: str = "text"
) -> list[str]:
    """A formatted reference list for these keys (all when None); ``output="html"`` for HTML."""
    return default().bibliography(keys, style=style, output=output)


def reference_list(
    keys: Iterable[str] | None = None, style: str = "apa", *, review: bool = True
) -> ReferenceList:
    """A formatted reference list for a notebook: hanging indents, italics, DOI links.

    The review the course is built on follows the list unless ``review=False``.
    """
    return default().reference_list(keys, style=style, review=review)


def export(
    keys: Iterable[str] | None = None,
    format: str = "bibtex",
    path: str | os.PathLike[str] | None = None,
) -> str:
    """Export references as ``"bibtex"``, ``"ris"`` or ``"csl-json"`` (all when no keys given)."""
    return default().export(keys, format=format, path=path)


def validate(path: str | os.PathLike[str] | None = None) -> list[Problem]:
    """Check the package's data, a knowledge-base folder or one data file; return every problem.

    With no argument the package's own data is checked: the knowledge base, then the built-in
    exercise bank. A file is checked as a reading list or an exercise set by its content (a CSL
    YAML list or ``references:``, a ``.json`` file without exercises, BibTeX, RIS or any other
    file is a reading list; a format peerlearn does not read is named, with those it reads).

    >>> validate()
    []
    """
    from pathlib import Path

    from . import knowledge

    if path is None:
        from .exercises import validate_builtin

        problems = knowledge.validate()
        # the bank's links to sources are only meaningful once the knowledge base is sound
        return problems or validate_builtin()
    if Path(path).is_file():
        from .knowledge.files import is_reading_list

        stem = Path(path).name.split(".")[0]  # decided by content, as the CLI does
        if stem not in knowledge.FILES and not is_reading_list(path):
            from .exercises import validate_file

            return validate_file(path)
    return knowledge.validate(path)


def explore(**kwargs: Any) -> Any:
    """The explorer app: mechanisms, sources, concept map and timeline in tabs (ipywidgets)."""
    from .widgets import explore as _explore

    return _explore(**kwargs)


def _review() -> Review | None:
    return default().review


# Imported when first asked for (peerlearn._lazy); REVIEW is read from the knowledge base each time.
# Not for type checkers: they read the imports above, and a module __getattr__ would make
# every misspelt name Any to them.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy(
        __name__,
        globals(),
        {
            "REVIEW": _review,
            "Table": "._table",
            "citations": ".citations",
            "exercises": ".exercises",
            "progress": ".progress",
            "tables": ".tables",
            "widgets": ".widgets",
        },
    )
