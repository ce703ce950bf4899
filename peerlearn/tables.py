"""The knowledge base's tables without pandas: what a learner's notebook shows, in any kernel.

The functions here mirror ``pl.references()``, ``pl.sources_for()`` and their siblings, which
return pandas DataFrames, but return a light :class:`~peerlearn.Table` instead: it shows itself
as an HTML table, prints as plain text, and selects, filters and counts in the ways the course
needs. The course's notebooks use these, so they run where pandas cannot be installed (a
JupyterLite site: pandas has no WebAssembly build outside Pyodide's CDN). ``.to_pandas()`` turns
any of them into the DataFrame.

Room: beside :mod:`peerlearn.course`, above the knowledge base (it reads ``knowledge.default()``
and the rows of :mod:`peerlearn.knowledge.tables`).

>>> from peerlearn import tables
>>> sources = tables.sources_for("lived-experience")
>>> sources.count("basis", label="links").columns
('basis', 'links')
>>> print(tables.references(["lynch2007"]).select("key", "year"))
key        year
lynch2007  2007
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from peerlearn._table import Table
from peerlearn.knowledge import default
from peerlearn.knowledge import tables as _rows

if TYPE_CHECKING:  # pragma: no cover
    from peerlearn.knowledge import KnowledgeBase

__all__ = [
    "Table",
    "glossary",
    "links",
    "mechanisms",
    "references",
    "search",
    "sources_for",
    "theories",
]


def _kb(kb: KnowledgeBase | None) -> KnowledgeBase:
    return default() if kb is None else kb


def references(keys: Iterable[str] | None = None, *, kb: KnowledgeBase | None = None) -> Table:
    """The references, one row each: all of them in the review's order, or these keys in order.

    >>> len(references()), references(["riessman1965"]).column("year")
    (58, [1965])
    """
    base = _kb(kb)
    return Table(_rows.reference_rows(base, keys), columns=_rows.COLUMNS["references"])


def mechanisms(*, kb: KnowledgeBase | None = None) -> Table:
    """The mechanisms: id, name, definition, number of theories and of sources."""
    return Table(_rows.mechanism_rows(_kb(kb)), columns=_rows.COLUMNS["mechanisms"])


def theories(*, kb: KnowledgeBase | None = None) -> Table:
    """The theories the references draw on."""
    return Table(_rows.theory_rows(_kb(kb)), columns=_rows.COLUMNS["theories"])


def glossary(*, kb: KnowledgeBase | None = None) -> Table:
    """The glossary of the field's terms."""
    return Table(_rows.glossary_rows(_kb(kb)), columns=_rows.COLUMNS["glossary"])


def sources_for(
    id: str, *, include_theories: bool = False, kb: KnowledgeBase | None = None
) -> Table:
    """The references linked to a mechanism or theory, each with its rationale and basis.

    >>> "lynch2007" in sources_for("love-labour").column("key")
    True
    """
    base = _kb(kb)
    rows = _rows.source_rows(base, id, include_theories=include_theories)
    return Table(rows, columns=_rows.COLUMNS["sources_for"])


def links(*, kb: KnowledgeBase | None = None) -> Table:
    """Every mechanism link: mechanism, theory, reference, rationale, basis."""
    return Table(_rows.link_rows(_kb(kb)), columns=_rows.COLUMNS["links"])


def search(text: str, *, kb: KnowledgeBase | None = None) -> Table:
    """Search references, mechanisms, theories and glossary: kind, id, name, match."""
    rows = _kb(kb).search_records(text)
    return Table(rows, columns=("kind", "id", "name", "match"))
