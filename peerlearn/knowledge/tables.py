"""The knowledge base as pandas DataFrames: references, mechanisms, theories, glossary, links.

The room for the table views behind :meth:`KnowledgeBase.references` and its siblings; it reads
the knowledge base only through its public look-ups (the :class:`Queries` it needs), so it sits
below :mod:`peerlearn.knowledge.base` and never imports it. May import: the standard library and
:mod:`peerlearn.model` for types; pandas only inside each function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from peerlearn.model import Link, Mechanism, Reference, Term, Theory

__all__ = ["Queries", "glossary", "links", "mechanisms", "references", "sources_for", "theories"]


class Queries(Protocol):
    """The look-ups of a :class:`~peerlearn.knowledge.KnowledgeBase` the tables are built from."""

    def reference(self, key: str) -> Reference: ...
    def references_list(self) -> list[Reference]: ...
    def mechanisms_list(self) -> list[Mechanism]: ...
    def theories_list(self) -> list[Theory]: ...
    def terms_list(self) -> list[Term]: ...
    def mechanisms_for(self, id: str, *, include_theories: bool = False) -> list[Mechanism]: ...
    def source_links(self, id: str, *, include_theories: bool = False) -> list[Link]: ...


def references(kb: Queries) -> pd.DataFrame:
    """Every reference, one row each, in order (columns: see :meth:`KnowledgeBase.references`)."""
    import pandas as pd

    rows = []
    for r in kb.references_list():
        rows.append(
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
        )
    df = pd.DataFrame(rows)
    return df.astype({"n": "Int64", "year": "Int64"}) if len(df) else df


def mechanisms(kb: Queries) -> pd.DataFrame:
    """The mechanisms: id, name, definition, theories, sources (counts)."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "id": m.id,
                "name": m.name,
                "definition": m.definition,
                "theories": len(m.theories),
                "sources": len(m.sources),
            }
            for m in kb.mechanisms_list()
        ]
    )


def theories(kb: Queries) -> pd.DataFrame:
    """The theories: id, name, originators, year, core_claim, sources, mechanisms."""
    import pandas as pd

    return pd.DataFrame(
        [
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
    )


def glossary(kb: Queries) -> pd.DataFrame:
    """The glossary: id, term, definition, see_also, sources."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "id": g.id,
                "term": g.term,
                "definition": g.definition,
                "see_also": ", ".join(g.see_also),
                "sources": ", ".join(g.sources),
            }
            for g in kb.terms_list()
        ],
        columns=["id", "term", "definition", "see_also", "sources"],
    )


def sources_for(kb: Queries, id: str, *, include_theories: bool = False) -> pd.DataFrame:
    """The references linked to a mechanism (or a theory's sources), with each link's reason."""
    import pandas as pd

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
    return pd.DataFrame(
        rows, columns=["key", "label", "year", "as_cited", "rationale", "basis", "via"]
    )


def links(kb: Queries) -> pd.DataFrame:
    """Every mechanism link as a long table: mechanism, theory, reference, rationale, basis."""
    import pandas as pd

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
    return pd.DataFrame(rows, columns=["mechanism", "theory", "reference", "rationale", "basis"])
