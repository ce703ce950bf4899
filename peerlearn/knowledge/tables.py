"""The knowledge base as tables: references, mechanisms, theories, glossary, links.

Each table is built once as plain rows (dicts, ``*_rows``, with its columns in :data:`COLUMNS`):
:mod:`peerlearn.tables` shows them as light :class:`~peerlearn._table.Table` objects (no pandas,
so they work in JupyterLite) and the functions named after the tables here wrap the same rows in
pandas DataFrames (behind :meth:`KnowledgeBase.references` and its siblings).

The room for the table views behind :meth:`KnowledgeBase.references` and its siblings; it reads
the knowledge base only through its public look-ups (the :class:`Queries` it needs), so it sits
below :mod:`peerlearn.knowledge.base` and never imports it. May import: the standard library and
:mod:`peerlearn.model` for types; pandas only inside each function.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from peerlearn.model import Link, Mechanism, Reference, Term, Theory

__all__ = [
    "COLUMNS",
    "Queries",
    "glossary",
    "glossary_rows",
    "link_rows",
    "links",
    "mechanism_rows",
    "mechanisms",
    "reference_rows",
    "references",
    "source_rows",
    "sources_for",
    "theories",
    "theory_rows",
]

#: The columns of each table, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "references": (
        "key", "n", "authors", "year", "title", "container", "volume", "issue", "pages",
        "publisher", "place", "type", "category", "doi", "as_cited", "note", "mechanisms",
    ),
    "mechanisms": ("id", "name", "definition", "theories", "sources"),
    "theories": ("id", "name", "originators", "year", "core_claim", "sources", "mechanisms"),
    "glossary": ("id", "term", "definition", "see_also", "sources"),
    "sources_for": ("key", "label", "year", "as_cited", "rationale", "basis", "via"),
    "links": ("mechanism", "theory", "reference", "rationale", "basis"),
}  # fmt: skip


class Queries(Protocol):
    """The look-ups of a :class:`~peerlearn.knowledge.KnowledgeBase` the tables are built from."""

    def reference(self, key: str) -> Reference: ...
    def references_list(self) -> list[Reference]: ...
    def mechanisms_list(self) -> list[Mechanism]: ...
    def theories_list(self) -> list[Theory]: ...
    def terms_list(self) -> list[Term]: ...
    def mechanisms_for(self, id: str, *, include_theories: bool = False) -> list[Mechanism]: ...
    def source_links(self, id: str, *, include_theories: bool = False) -> list[Link]: ...


def _frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(COLUMNS[name]))


def reference_rows(kb: Queries, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Every reference (or these keys, in order), one dict each (columns: ``COLUMNS``)."""
    refs = kb.references_list() if keys is None else [kb.reference(k) for k in keys]
    return [
        {
            "key": r.key,
            "n": r.n,
            "authors": "; ".join(str(a) for a in r.authors)
            + ("; et al." if r.authors_truncated else ""),
            "year": r.year,
            "title": r.title,
            "container": r.container,
            "volume": r.volume,
            "issue": r.issue,
            "pages": r.pages,
            "publisher": r.publisher,
            "place": r.place,
            "type": r.type,
            "category": r.category,
            "doi": r.doi,
            "as_cited": r.as_cited,
            "note": r.note,
            "mechanisms": ", ".join(m.id for m in kb.mechanisms_for(r.key)),
        }
        for r in refs
    ]


def references(kb: Queries) -> pd.DataFrame:
    """Every reference, one row each, in order (columns: see :meth:`KnowledgeBase.references`)."""
    df = _frame("references", reference_rows(kb))
    return df.astype({"n": "Int64", "year": "Int64"}) if len(df) else df


def mechanism_rows(kb: Queries) -> list[dict[str, Any]]:
    """The mechanisms: id, name, definition, theories, sources (counts)."""
    return [
        {
            "id": m.id,
            "name": m.name,
            "definition": m.definition,
            "theories": len(m.theories),
            "sources": len(m.sources),
        }
        for m in kb.mechanisms_list()
    ]


def mechanisms(kb: Queries) -> pd.DataFrame:
    """The mechanisms: id, name, definition, theories, sources (counts)."""
    return _frame("mechanisms", mechanism_rows(kb))


def theory_rows(kb: Queries) -> list[dict[str, Any]]:
    """The theories: id, name, originators, year, core_claim, sources, mechanisms."""
    return [
        {
            "id": t.id,
            "name": t.name,
            "originators": ", ".join(t.originators),
            "year": t.year,
            "core_claim": t.core_claim,
            "sources": ", ".join(t.sources),
            "mechanisms": ", ".join(t.mechanism_ids),
        }
        for t in kb.theories_list()
    ]


def theories(kb: Queries) -> pd.DataFrame:
    """The theories: id, name, originators, year, core_claim, sources, mechanisms."""
    return _frame("theories", theory_rows(kb))


def glossary_rows(kb: Queries) -> list[dict[str, Any]]:
    """The glossary: id, term, definition, see_also, sources."""
    return [
        {
            "id": g.id,
            "term": g.term,
            "definition": g.definition,
            "see_also": ", ".join(g.see_also),
            "sources": ", ".join(g.sources),
        }
        for g in kb.terms_list()
    ]


def glossary(kb: Queries) -> pd.DataFrame:
    """The glossary: id, term, definition, see_also, sources."""
    return _frame("glossary", glossary_rows(kb))


def source_rows(kb: Queries, id: str, *, include_theories: bool = False) -> list[dict[str, Any]]:
    """The references linked to a mechanism (or a theory's sources), with each link's reason."""
    rows = []
    for link in kb.source_links(id, include_theories=include_theories):
        ref = kb.reference(link.target)
        rows.append(
            {
                "key": ref.key,
                "label": ref.label,
                "year": ref.year,
                "as_cited": ref.as_cited,
                "rationale": link.rationale,
                "basis": link.basis,
                "via": link.source,
            }
        )
    return rows


def sources_for(kb: Queries, id: str, *, include_theories: bool = False) -> pd.DataFrame:
    """The references linked to a mechanism (or a theory's sources), with each link's reason."""
    return _frame("sources_for", source_rows(kb, id, include_theories=include_theories))


def link_rows(kb: Queries) -> list[dict[str, Any]]:
    """Every mechanism link as a long table: mechanism, theory, reference, rationale, basis."""
    rows = []
    for m in kb.mechanisms_list():
        for link in m.theories:
            rows.append(
                {
                    "mechanism": m.id,
                    "theory": link.target,
                    "reference": "",
                    "rationale": link.rationale,
                    "basis": link.basis,
                }
            )
        for link in m.sources:
            rows.append(
                {
                    "mechanism": m.id,
                    "theory": "",
                    "reference": link.target,
                    "rationale": link.rationale,
                    "basis": link.basis,
                }
            )
    return rows


def links(kb: Queries) -> pd.DataFrame:
    """Every mechanism link as a long table: mechanism, theory, reference, rationale, basis."""
    return _frame("links", link_rows(kb))
