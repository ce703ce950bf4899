"""The KnowledgeBase: references, mechanisms, theories and glossary linked both ways, and queries.

The room that builds frozen records (:mod:`peerlearn.model`) from files already read and answers
look-ups, links both ways, search and citations. Reading and checking files live in
:mod:`~peerlearn.knowledge.files` and :mod:`~peerlearn.knowledge.checks`; DataFrames in
:mod:`~peerlearn.knowledge.tables`. May import: the standard library, :mod:`peerlearn.errors`,
:mod:`peerlearn.model`, :mod:`peerlearn.knowledge.files` and (inside functions only)
:mod:`peerlearn.knowledge.tables`, :mod:`peerlearn.citations`, :mod:`peerlearn.interchange`.
Never exercises, progress, widgets or the command line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from peerlearn.csl import Repair
from peerlearn.errors import UnknownIdError
from peerlearn.model import (
    AUTHORS_CUT,
    Link,
    Mechanism,
    Person,
    Reference,
    ReferenceList,
    Review,
    Term,
    Theory,
)

from .files import Source, records

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["KnowledgeBase"]


class _References(Mapping[str, Reference]):
    """Key → :class:`Reference`, each built from its (checked) CSL item when first asked for:
    loading a 7,000-entry export need not build 7,000 records nobody looks up yet."""

    def __init__(self, items: Mapping[str, Mapping[str, Any]]) -> None:
        self._items, self._built = items, dict[str, Reference]()

    def __getitem__(self, key: str) -> Reference:
        ref = self._built.get(key)
        if ref is None:
            ref = self._built[key] = Reference.from_csl(self._items[key])
        return ref

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items


class KnowledgeBase:
    """References, mechanisms, theories and glossary, linked both ways.

    Build one with :func:`default` (the package's data) or :func:`load` (a folder of your own).
    Look-ups return frozen records; the table functions return pandas DataFrames.

    >>> from peerlearn.knowledge import default
    >>> kb = default()
    >>> len(kb.references_list())
    58
    >>> kb.theory("helper-therapy").sources[0]
    'riessman1965'
    """

    def __init__(
        self, sources: Mapping[str, Source], folder: str, *, notes: Sequence[str] = ()
    ) -> None:
        self.folder = folder
        #: What the package would like but the files lack, with counts (also warned on load).
        self.notes: tuple[str, ...] = tuple(notes)
        #: What reading the reference list changed, per entry and field (normalised, kept as
        #: written, dropped, skipped), each with file and line: :class:`peerlearn.csl.Repair`.
        self.repairs: tuple[Repair, ...] = tuple(sources["references"].repairs)
        items = [r for _, r in records(sources["references"], "")]
        self._refs = _References({r["id"]: r for r in items})
        #: Other names of a reference: the export's own id, Better BibTeX's citation key.
        self._aliases: dict[str, str] = {}
        for r in items:
            custom = r.get("custom") or {}
            for other in (custom.get("original_id"), custom.get("citation_key")):
                if isinstance(other, str) and other not in self._refs:
                    self._aliases.setdefault(other, r["id"])
        mechs = []
        for _, m in records(sources.get("mechanisms"), "mechanisms"):
            mid = m["id"]
            theories = tuple(
                Link(mid, t["id"], "theory", t.get("rationale", ""), t.get("basis", "curated"))
                for t in m.get("theories", ())
            )
            srcs = tuple(
                Link(
                    mid,
                    self._aliases.get(s["key"], s["key"]),
                    "reference",
                    s.get("rationale", ""),
                    s.get("basis", "curated"),
                    s.get("link_basis", ""),
                    s.get("link_rationale", ""),
                )
                for s in m.get("sources", ())
            )
            mechs.append(
                Mechanism(
                    id=mid,
                    name=m["name"],
                    definition=m["definition"],
                    summary=m.get("summary", ""),
                    helps=m.get("helps", ""),
                    strains=m.get("strains", ""),
                    key_terms=tuple(m.get("key_terms", ())),
                    theories=theories,
                    sources=srcs,
                )
            )
        self._mechs: dict[str, Mechanism] = {m.id: m for m in mechs}
        by_theory: dict[str, list[Link]] = {}
        by_ref: dict[str, list[Link]] = {}
        for mech in mechs:
            for link in mech.theories:
                by_theory.setdefault(link.target, []).append(link)
            for link in mech.sources:
                by_ref.setdefault(link.target, []).append(link)
        self._mech_links_by_ref = {k: tuple(v) for k, v in by_ref.items()}
        self._theories: dict[str, Theory] = {}
        for _, t in records(sources.get("theories"), "theories"):
            self._theories[t["id"]] = Theory(
                id=t["id"],
                name=t["name"],
                originators=tuple(t.get("originators", ())),
                sources=tuple(t.get("sources", ())),
                year=t.get("year"),
                core_claim=t.get("core_claim", ""),
                key_concepts=tuple(t.get("key_concepts", ())),
                in_peer_support=t.get("in_peer_support", ""),
                critiques=t.get("critiques", ""),
                mechanisms=tuple(by_theory.get(t["id"], ())),
                year_note=t.get("year_note", ""),
            )
        theories_by_ref: dict[str, list[str]] = {}
        for theory in self._theories.values():
            for key in theory.sources:
                theories_by_ref.setdefault(key, []).append(theory.id)
        self._theories_by_ref = {k: tuple(v) for k, v in theories_by_ref.items()}
        self._terms: dict[str, Term] = {}
        for _, g in records(sources.get("glossary"), "terms"):
            self._terms[g["id"]] = Term(
                id=g["id"],
                term=g["term"],
                definition=g["definition"],
                see_also=tuple(g.get("see_also", ())),
                sources=tuple(g.get("sources", ())),
            )
        self.review: Review | None = None
        rsrc = sources.get("review")
        if rsrc is not None:
            r = rsrc.data["review"]
            self.review = Review(
                key=r["key"],
                citation=_review_citation(r["csl"]),
                doi=r["csl"].get("DOI", ""),
                pmid=str(r.get("pmid", "")),
                method=r.get("method", ""),
                findings=tuple(r.get("findings", ())),
                conclusion=r.get("conclusion", ""),
                not_known=tuple(r.get("not_known", ())),
                csl=r["csl"],
            )

    def __repr__(self) -> str:
        return (
            f"<KnowledgeBase {self.folder!r}: {len(self._refs)} references, "
            f"{len(self._mechs)} mechanisms, {len(self._theories)} theories, "
            f"{len(self._terms)} glossary terms>"
        )

    # ---------------------------------------------------------------- records
    def reference(self, key: str) -> Reference:
        """The reference with this key (``"lynch2007"``) or its id in the export it came from.

        >>> from peerlearn.knowledge import default
        >>> default().reference("lynch2007").key
        'lynch2007'
        """
        try:
            return self._refs[key]
        except (KeyError, TypeError):
            pass
        try:
            return self._refs[self._aliases[key]]
        except (KeyError, TypeError):
            raise UnknownIdError("reference key", key, self._refs) from None

    def key_of(self, key_or_id: str) -> str:
        """The package's key for a key or an original id (``"2656243/9G79BL7D"`` → a key)."""
        return self.reference(key_or_id).key

    def as_cited(self, key: str) -> str:
        """The reference as the list cites it: ``custom.as_cited``, else the rendered APA entry."""
        ref = self.reference(key)
        return ref.as_cited or self.rendered("apa")[ref.key]["reference"]

    def mechanism(self, id: str) -> Mechanism:
        """The mechanism with this id (``"love-labour"``)."""
        try:
            return self._mechs[id]
        except (KeyError, TypeError):
            raise UnknownIdError("mechanism id", id, self._mechs) from None

    def theory(self, id: str) -> Theory:
        """The theory with this id (``"helper-therapy"``)."""
        try:
            return self._theories[id]
        except (KeyError, TypeError):
            raise UnknownIdError("theory id", id, self._theories) from None

    def term(self, id: str) -> Term:
        """The glossary term with this id (``"recovery"``)."""
        try:
            return self._terms[id]
        except (KeyError, TypeError):
            raise UnknownIdError("glossary id", id, self._terms) from None

    def references_list(self) -> list[Reference]:
        """Every reference, in the order of the source list."""
        return list(self._refs.values())

    def mechanisms_list(self) -> list[Mechanism]:
        """Every mechanism, in order."""
        return list(self._mechs.values())

    def theories_list(self) -> list[Theory]:
        """Every theory, in order."""
        return list(self._theories.values())

    def terms_list(self) -> list[Term]:
        """Every glossary term, in order."""
        return list(self._terms.values())

    def kind_of(self, id: str) -> str:
        """``"mechanism"``, ``"theory"``, ``"reference"`` or ``"term"``: what an id names.

        >>> from peerlearn.knowledge import default
        >>> default().kind_of("lynch2007")
        'reference'
        """
        for kind, table in (
            ("mechanism", self._mechs),
            ("theory", self._theories),
            ("reference", self._refs),
            ("term", self._terms),
        ):
            if id in table:
                return kind
        if isinstance(id, str) and id in self._aliases:
            return "reference"
        valid = [*self._mechs, *self._theories, *self._refs, *self._terms]
        raise UnknownIdError("mechanism id, theory id, reference key or glossary id", id, valid)

    # ---------------------------------------------------------------- links both ways
    def source_links(self, id: str, *, include_theories: bool = False) -> list[Link]:
        """The reference links of a mechanism, or a theory's sources as links.

        With ``include_theories=True`` a mechanism also brings the sources of its theories
        (the link's ``source`` then names the theory).
        """
        kind = self.kind_of(id)
        if kind == "mechanism":
            links = list(self._mechs[id].sources)
            if include_theories:
                seen = {link.target for link in links}
                for tl in self._mechs[id].theories:
                    for link in self._theory_source_links(tl.target):
                        if link.target not in seen:
                            seen.add(link.target)
                            links.append(link)
            return links
        if kind == "theory":
            return self._theory_source_links(id)
        raise UnknownIdError("mechanism or theory id", id, [*self._mechs, *self._theories])

    def _theory_source_links(self, theory_id: str) -> list[Link]:
        t = self._theories.get(theory_id)
        if t is None:
            return []
        return [
            Link(
                t.id,
                key,
                "reference",
                f"The course lists this work for {t.name}.",
                "curated",
            )
            for key in t.sources
        ]

    def mechanisms_for(self, id: str, *, include_theories: bool = False) -> list[Mechanism]:
        """The mechanisms a reference (or theory) is linked to: the mirror of ``sources_for``.

        With ``include_theories=True`` a reference also reaches the mechanisms of the theories it is
        a source of.

        >>> from peerlearn.knowledge import default
        >>> [m.id for m in default().mechanisms_for("riessman1965", include_theories=True)]
        ['helper-role']
        """
        kind = self.kind_of(id)
        if kind == "reference":
            id = self.key_of(id)
            ids = [link.source for link in self._mech_links_by_ref.get(id, ())]
            if include_theories:
                for tid in self._theories_by_ref.get(id, ()):
                    ids += [link.source for link in self._theories[tid].mechanisms]
        elif kind == "theory":
            ids = list(self._theories[id].mechanism_ids)
        elif kind == "mechanism":
            ids = [id]
        else:
            raise UnknownIdError("reference key or theory id", id, [*self._refs, *self._theories])
        order = list(self._mechs)
        return [self._mechs[m] for m in sorted(set(ids), key=order.index)]

    def theories_for(self, key: str) -> list[Theory]:
        """The theories a reference is a source of."""
        key = self.key_of(key)
        return [self._theories[t] for t in self._theories_by_ref.get(key, ())]

    def links_of(self, key: str) -> list[Link]:
        """Every mechanism link that points at a reference key or theory id."""
        kind = self.kind_of(key)
        if kind == "reference":
            return list(self._mech_links_by_ref.get(self.key_of(key), ()))
        if kind == "theory":
            return list(self._theories[key].mechanisms)
        return []

    # ---------------------------------------------------------------- tables (see .tables)
    def references(self) -> pd.DataFrame:
        """Every reference as a DataFrame, one row each, in the review's order.

        Columns: key, n, authors, year, title, container, volume, issue, pages, publisher, place,
        type, category, doi, as_cited, note, mechanisms (comma-separated mechanism ids).
        """
        from . import tables

        return tables.references(self)

    def mechanisms(self) -> pd.DataFrame:
        """The mechanisms as a DataFrame: id, name, definition, theories, sources (counts)."""
        from . import tables

        return tables.mechanisms(self)

    def theories(self) -> pd.DataFrame:
        """The theories as a DataFrame: id, name, originators, year, sources, mechanisms."""
        from . import tables

        return tables.theories(self)

    def glossary(self) -> pd.DataFrame:
        """The glossary as a DataFrame: id, term, definition, see_also, sources."""
        from . import tables

        return tables.glossary(self)

    def sources_for(self, id: str, *, include_theories: bool = False) -> pd.DataFrame:
        """The references linked to a mechanism (or a theory's sources), with each link's reason.

        Columns: key, label, year, as_cited, rationale, basis, via (the mechanism or theory id).
        """
        from . import tables

        return tables.sources_for(self, id, include_theories=include_theories)

    def links(self) -> pd.DataFrame:
        """Every mechanism link as a long table: mechanism, theory, reference, rationale, basis.

        Each row links a mechanism to either a theory (``reference`` empty) or a reference
        (``theory`` empty).
        """
        from . import tables

        return tables.links(self)

    # ---------------------------------------------------------------- search
    @cached_property
    def _search_index(self) -> list[tuple[str, str, str, str]]:
        """(kind, id, name, text) for every record, text case-folded once."""
        idx = []
        for m in self._mechs.values():
            text = " ".join([m.name, m.definition, m.summary, m.helps, m.strains, *m.key_terms])
            idx.append(("mechanism", m.id, m.name, text))
        for t in self._theories.values():
            text = " ".join(
                [
                    t.name,
                    *t.originators,
                    t.core_claim,
                    *t.key_concepts,
                    t.in_peer_support,
                    t.critiques,
                ]
            )
            idx.append(("theory", t.id, t.name, text))
        for r in self._refs.values():
            text = " ".join([r.as_cited, r.title, r.container, r.note, r.category])
            idx.append(("reference", r.key, r.label, text))
        for g in self._terms.values():
            idx.append(("term", g.id, g.term, f"{g.term} {g.definition}"))
        return [(k, i, n, " ".join(t.split())) for k, i, n, t in idx]

    def search_records(self, text: str) -> list[dict[str, str]]:
        """Search every record for ``text`` (case-insensitive; every word must occur).

        Returns dicts with kind, id, name and match (a short snippet around the first word).

        >>> from peerlearn.knowledge import default
        >>> [r["id"] for r in default().search_records("managed heart")]
        ['hochschild1983']
        """
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"search needs a non-empty string, got {text!r}")
        words = text.casefold().split()
        out = []
        for kind, rid, name, body in self._search_index:
            folded = body.casefold()
            if all(w in folded for w in words):
                at = folded.find(words[0])
                start = max(0, at - 40)
                snippet = ("…" if start else "") + body[start : at + 60].strip()
                out.append({"kind": kind, "id": rid, "name": name, "match": snippet + "…"})
        return out

    def search(self, text: str) -> pd.DataFrame:
        """Search references, mechanisms, theories and glossary: DataFrame kind, id, name, match."""
        import pandas as pd

        return pd.DataFrame(self.search_records(text), columns=["kind", "id", "name", "match"])

    # ---------------------------------------------------------------- citations
    def csl_items(self, keys: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The CSL-JSON items (as stored) for these keys, or all, in the given order."""
        return [dict(self._refs[k].csl) for k in self._key_list(keys)]

    def rendered(self, style: str = "apa") -> Mapping[str, Mapping[str, str]]:
        """Every reference pre-rendered in a style: key → reference, html, in_text, narrative.

        Rendered once per knowledge base and style (the package's own data ships the result, so
        this is a file read); widgets read citations from here, never from the engine.
        """
        from peerlearn.citations import STYLES, cached_bibliography

        _check_choice("style", style, STYLES)
        cache = self.__dict__.setdefault("_rendered", {})
        if style not in cache:
            cache[style] = cached_bibliography(self.csl_items(), style)
        return cache[style]

    def cite(self, key: str, style: str = "apa", form: str = "reference") -> str:
        """Format one reference: ``form`` is ``"reference"``, ``"in-text"`` or ``"narrative"``.

        Styles: ``"apa"`` (7th ed.), ``"harvard"`` (Cite Them Right) and ``"vancouver"``.

        >>> from peerlearn.knowledge import default
        >>> default().cite("lynch2007", form="in-text")
        '(Lynch, 2007)'
        >>> default().cite("lynch2007", form="narrative")
        'Lynch (2007)'
        """
        _check_choice("form", form, ("reference", "in-text", "narrative"))
        key = self.key_of(key)
        entry = self.rendered(style)[key]
        return entry[
            {"reference": "reference", "in-text": "in_text", "narrative": "narrative"}[form]
        ]

    def citation_html(self, key: str, style: str = "apa") -> str:
        """The reference-list entry as safe HTML (field values escaped, DOI as a link)."""
        key = self.key_of(key)
        return self.rendered(style)[key]["html"]

    def bibliography(
        self, keys: Iterable[str] | None = None, style: str = "apa", output: str = "text"
    ) -> list[str]:
        """Reference-list entries for these keys (all when None), sorted as the style sorts them.

        ``output="html"`` gives safe HTML (field values escaped, titles in italics, DOI links).
        Disambiguation (initials, year suffixes) is worked out within the list asked for.

        >>> from peerlearn.knowledge import default
        >>> default().bibliography(["riessman1965"])[0][:40]
        'Riessman, F. (1965). The “helper” therap'
        """
        from peerlearn.citations import STYLES, render_bibliography

        _check_choice("style", style, STYLES)
        return render_bibliography(
            self.csl_items(), self._key_list(keys), style=style, output=output
        )

    def _key_list(self, keys: Iterable[str] | str | None) -> list[str]:
        """Keys as a list (all when None; one key as a string); unknown keys raise."""
        if keys is None:
            return list(self._refs)
        keys = [keys] if isinstance(keys, str) else list(keys)
        return [self.reference(k).key for k in keys]

    def reference_list(
        self, keys: Iterable[str] | None = None, style: str = "apa", *, review: bool = True
    ) -> ReferenceList:
        """A reference list that displays itself in a notebook, followed by the review itself.

        >>> from peerlearn.knowledge import default
        >>> refs = default().reference_list(["lynch2007", "riessman1965"])
        >>> print(str(refs).splitlines()[0][:29])
        Lynch, K. (2007). Love labour
        >>> "text-indent" in refs._repr_html_()
        True
        """
        from peerlearn.citations import STYLES
        from peerlearn.citations.cache import cached_entries, cached_keyed_entries

        _check_choice("style", style, STYLES)
        entries = cached_keyed_entries(self.csl_items(), self._key_list(keys), style)
        cut = AUTHORS_CUT["review" if self.review else "list"]
        notes = tuple(
            cut if getattr(self._refs.get(k), "authors_truncated", False) else ""
            for k, _, _ in entries
        )
        text = tuple(t for _, t, _ in entries)
        html = tuple(h for _, _, h in entries)
        if not (review and self.review):
            return ReferenceList(text, html, notes=notes)
        ((review_text, review_html),) = cached_entries([dict(self.review.csl)], None, style)
        return ReferenceList(text, html, review_text, review_html, notes)

    def export(
        self,
        keys: Iterable[str] | None = None,
        format: str = "bibtex",
        path: str | os.PathLike[str] | None = None,
    ) -> str:
        """Export references as BibTeX, RIS or CSL-JSON text; write it to ``path`` if given
        (a new file: an existing file or a symlink there is refused).

        >>> from peerlearn.knowledge import default
        >>> print(default().export(["lynch2007"], format="ris").splitlines()[0])
        TY  - JOUR
        """
        from peerlearn.interchange import to_bibtex, to_csl_json, to_ris

        writers = {"bibtex": to_bibtex, "ris": to_ris, "csl-json": to_csl_json}
        _check_choice("format", format, tuple(writers))
        text = writers[format](self.csl_items(keys))
        if path is not None:  # a NEW file: never replaced, never through a symlink
            from peerlearn._safefiles import write_file

            write_file(path, text)
        return text


def _check_choice(name: str, value: object, valid: Sequence[str]) -> None:
    if value not in valid:
        raise ValueError(f"unknown {name} {value!r}; valid: " + ", ".join(repr(v) for v in valid))


def _review_citation(csl: Mapping[str, Any]) -> str:
    authors = ", ".join(str(Person.from_csl(a)) for a in csl.get("author", ()))
    custom = csl.get("custom") or {}
    year = ((csl.get("issued") or {}).get("date-parts") or [[""]])[0][0]
    doi = csl.get("DOI", "")
    text = (
        f"{authors} ({year}). {csl.get('title', '')}. {csl.get('container-title', '')}, "
        f"{csl.get('volume', '')}({csl.get('issue', '')}), {csl.get('page', '')}."
    )
    if doi:
        text += f" https://doi.org/{doi}"
    if custom.get("published_online"):
        text += f" (Published online {custom['published_online']}.)"
    return text
