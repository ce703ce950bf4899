"""What the widgets show, computed once per knowledge base and cached.

A :class:`Catalog` wraps a :class:`~peerlearn.knowledge.KnowledgeBase` and builds, lazily and only
once, everything a selection shows: the HTML of each mechanism, theory and source, the concept-map
picture, the rows of the source table. Widget callbacks then only look things up, so a selection
change does no repeated work. What is linked to what (the graph, neighbours, reach, the
mechanisms a source backs) is not worked out here: :class:`~peerlearn.knowledge.graph.Topology`,
a pure room below the widgets, answers it, and the catalog renders its answers.

Every string from the knowledge base passes through :mod:`peerlearn._html`.

Room: ``peerlearn.widgets`` internals, below every widget. Imports :mod:`._picture`,
:mod:`._selection` (and may import :mod:`._base`), knowledge (its graph), model, citations and
:mod:`peerlearn._html`; never a widget module (conceptmap, timeline, explorer, ...), cli or _verbs.

>>> cat = catalog()
>>> cat.node_ids()[0]
'mechanism:lived-experience'
>>> "<h3" in cat.details_html("mechanism:love-labour")
True
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from peerlearn.knowledge.graph import Graph, Topology

from .._html import Markup, concat, doi_link, esc, tag
from ._picture import KINDS, map_picture, shape
from ._selection import join, split
from ._wording import BASIS_TEXT, OWN_BASIS_TEXT, wording

if TYPE_CHECKING:  # pragma: no cover
    from peerlearn.knowledge import KnowledgeBase

__all__ = ["Catalog", "Row", "catalog"]

_CACHE: weakref.WeakKeyDictionary[Any, Catalog] = weakref.WeakKeyDictionary()


def catalog(kb: KnowledgeBase | None = None) -> Catalog:
    """The (cached) catalog of a knowledge base; ``None`` means the package's own, and a folder
    path is loaded once (:func:`peerlearn.knowledge.require`)."""
    from peerlearn.knowledge import require

    kb = require(kb)
    cat = _CACHE.get(kb)
    if cat is None:
        cat = _CACHE[kb] = Catalog(kb)
    return cat


@dataclass(frozen=True)
class Row:
    """One reference as the source browser filters and shows it."""

    key: str
    n: int | None
    label: str
    year: int | None
    title: str
    category: str
    mechanisms: tuple[str, ...]
    doi: str
    haystack: str  # case-folded text that free-text search looks in


def icon(kind: str) -> Markup:
    """The small shape that stands for a kind of item (as on the map), hidden from readers."""
    r = 6.0 if kind != "mechanism" else 7.0
    return tag(
        "svg",
        shape(kind, 9, 9, r),
        width=18,
        height=18,
        viewBox="0 0 18 18",
        aria_hidden="true",
        focusable="false",
        class_="pl-icon",
    )


def _paragraphs(text: str) -> Markup:
    parts = [p.strip() for p in str(text).split("\n\n") if p.strip()]
    return concat(tag("p", " ".join(p.split())) for p in parts)


def _fact(name: str, value: object, note: str = "") -> Markup:
    value = concat([value, tag("div", note, class_="pl-note")]) if note else value
    return tag("tr", tag("th", name, scope="row"), tag("td", value))


def _basis(basis: str, whose: str = "review") -> Markup:
    """``(basis: curated — peerlearn's teaching judgment)``: the word the data and the notebooks
    use, then what it means (``whose="list"``: "this list's", for a knowledge base of one's own).

    >>> str(_basis("curated", "list"))
    '<span class="pl-basis">(basis: curated — this list&#x27;s teaching judgment)</span>'
    """
    meaning = (BASIS_TEXT if whose == "review" else OWN_BASIS_TEXT).get(basis)
    text = f"{basis} — {meaning}" if meaning else basis
    return tag("span", f"(basis: {text})", class_="pl-basis")


#: Lists longer than this are collapsed (a ``<details>`` with the count in its summary).
OPEN_UP_TO = 3


def _listing(title: str, content: Markup, count: int, *, empty: str = "There are none.") -> Markup:
    """A titled list with its count: shown open when short, collapsed when long.

    >>> str(_listing("Sources", Markup("<ol></ol>"), 12))[:45]
    '<details class="pl-more"><summary><h4>Sources'
    """
    heading = tag("h4", f"{title} ({count})")
    if count == 0:
        return concat([heading, tag("p", empty)])
    if count <= OPEN_UP_TO:
        return concat([heading, content])
    return tag("details", tag("summary", heading), content, class_="pl-more")


class Catalog:
    """Cached views of one knowledge base for the widgets."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.topology = Topology(kb)
        self.mechanisms = kb.mechanisms_list()
        self.theories = kb.theories_list()
        self.references = kb.references_list()
        self._mech = {m.id: m for m in self.mechanisms}
        self._theory = {t.id: t for t in self.theories}
        self._ref = {r.key: r for r in self.references}
        self._html: dict[str, Markup] = {}
        self._brief: dict[str, Markup] = {}
        self._split: dict[str, tuple[Markup, Markup]] = {}
        self._views_built = 0
        self._cite: dict[str, Markup] = {}
        self.links_note, self.truncated_note, self._whose = wording(kb)

    # ------------------------------------------------------------------ ids and names
    def node_ids(self) -> list[str]:
        return self.topology.node_ids()

    def name(self, node_id: str) -> str:
        kind, ident = split(node_id)
        if kind == "mechanism":
            return self._mech[ident].name
        if kind == "theory":
            return self._theory[ident].name
        return self._ref[ident].label

    @cached_property
    def _shared_names(self) -> set[str]:
        """Names (case-folded) that more than one kind of item carries, e.g. "Love labour"."""
        kinds: dict[str, set[str]] = {}
        for n in self.graph.nodes:
            kinds.setdefault(n.name.casefold(), set()).add(n.kind)
        return {name for name, ks in kinds.items() if len(ks) > 1}

    def distinct_name(self, node_id: str) -> str:
        """The name, with its kind added when an item of another kind has the same name.

        >>> cat = catalog()
        >>> cat.distinct_name("theory:love-labour"), cat.distinct_name("source:lynch2007")
        ('Love labour (theory)', 'Lynch (2007)')
        """
        name = self.name(node_id)
        if name.casefold() in self._shared_names:
            return f"{name} ({KINDS[split(node_id)[0]].noun.lower()})"
        return name

    def option_label(self, node_id: str) -> str:
        """A one-line label for menus and buttons."""
        kind, ident = split(node_id)
        if kind == "source":
            r = self._ref[ident]
            title = r.title if len(r.title) <= 60 else r.title[:59].rstrip() + "…"
            return f"{r.label}: {title}" if title else r.label
        return self.name(node_id)

    # ------------------------------------------------------------------ the graph (pure: Topology)
    @property
    def graph(self) -> Graph:
        """Mechanisms, theories and sources, with every link between them."""
        return self.topology.graph

    @property
    def neighbours(self) -> dict[str, list[str]]:
        return self.topology.neighbours

    @property
    def reach(self) -> dict[str, list[str]]:
        """Like ``neighbours``, but a mechanism also reaches the sources linked to its theories."""
        return self.topology.reach

    def mechanisms_of_source(self, key: str) -> list[tuple[str, str, str]]:
        """(mechanism id, why, basis) for every mechanism a source backs, directly or via theory."""
        return self.topology.mechanisms_of_source(key)

    def jump_targets(self, node_id: str) -> list[str]:
        """What a view offers to jump to: its mechanisms, theories and sources, in that order."""
        return self.topology.jump_targets(node_id)

    # ------------------------------------------------------------------ citations
    @cached_property
    def _bibliography(self) -> dict[str, dict[str, str]]:
        """Every reference formatted in APA, read once from the citation cache.

        ``citations.cached_bibliography`` reads the pre-rendered files shipped in
        ``peerlearn/data/rendered/`` (or renders once and remembers), so one call here gives the
        HTML and text of every entry; an empty dict if the citation engine is missing.
        """
        try:
            from peerlearn import citations
        except ImportError:  # pragma: no cover - citation engine not installed
            return {}
        return citations.cached_bibliography(self.kb.csl_items(), "apa")

    def citation(self, key: str) -> Markup:
        """The APA reference-list entry as safe HTML, with a DOI link where there is one."""
        cached = self._cite.get(key)
        if cached is not None:
            return cached
        ref = self._ref[key]
        entry = self._bibliography.get(key)
        # citations escapes field values and builds the DOI link itself (its point 5)
        html = Markup(entry["html"]) if entry else esc(ref.as_cited or f"{ref.label}. {ref.title}")
        if ref.doi and "doi.org" not in html:
            with contextlib.suppress(ValueError):  # a malformed DOI is left out, never linked
                html = concat([html, " ", doi_link(ref.doi)])
        self._cite[key] = html
        return html

    def citation_text(self, key: str) -> str:
        """The APA reference-list entry as plain text."""
        entry = self._bibliography.get(key)
        return entry["reference"] if entry else self._ref[key].as_cited

    def apa_list(self, keys: Iterable[str]) -> str:
        """An APA reference list (sorted as APA sorts) for these keys, one entry per paragraph;
        an entry whose authors the review (or the list) cut short says so in brackets after it."""
        keys = list(keys)
        if not keys:
            return ""
        try:
            entries = self.kb.bibliography(keys, style="apa")
        except ImportError:  # pragma: no cover - citation engine not installed
            entries = sorted(self.citation_text(k) for k in keys)
        cut = {self.citation_text(k) for k in keys if self._ref[k].authors_truncated}
        return "\n\n".join(f"{e} [{self.truncated_note}]" if e in cut else e for e in entries)

    # ------------------------------------------------------------------ the source table
    @cached_property
    def rows(self) -> list[Row]:
        rows = []
        for r in self.references:
            mechs = tuple(m for m, _, _ in self.mechanisms_of_source(r.key))
            hay = " ".join(
                [r.key, r.as_cited, r.title, r.container, r.note, r.label, r.category]
                + [str(a) for a in r.authors]
            ).casefold()
            rows.append(Row(r.key, r.n, r.label, r.year, r.title, r.category, mechs, r.doi, hay))
        return rows

    # ------------------------------------------------------------------ HTML, built once each
    def details_html(self, node_id: str) -> Markup:
        """The full view of a mechanism, theory or source (cached): its head, then its body."""
        cached = self._html.get(node_id)
        if cached is None:
            head, body = self._parts(node_id)
            cached = self._html[node_id] = tag(
                "article", head, body, class_="pl-entity", data_id=node_id
            )
        return cached

    @property
    def views_built(self) -> int:
        """How many item views were built so far: each is built on its first visit, then
        looked up (read-only; what shows that a second visit builds nothing)."""
        return self._views_built

    def head_html(self, node_id: str) -> Markup:
        """What a view shows first: the heading and the definition (core claim, citation)."""
        return tag("div", self._parts(node_id)[0], class_="pl-entity pl-entity-head")

    def body_html(self, node_id: str) -> Markup:
        """The rest of a view, its long lists collapsed (``<details>``) with their counts."""
        return tag("div", self._parts(node_id)[1], class_="pl-entity pl-entity-body")

    def _parts(self, node_id: str) -> tuple[Markup, Markup]:
        cached = self._split.get(node_id)
        if cached is None:
            kind, ident = split(node_id)
            build = {
                "mechanism": self._mechanism_html,
                "theory": self._theory_html,
                "source": self._source_html,
            }[kind]
            cached = self._split[node_id] = build(ident)
            self._views_built += 1
        return cached

    def brief_html(self, node_id: str) -> Markup:
        """A short view for the concept map and the timeline (cached)."""
        cached = self._brief.get(node_id)
        if cached is None:
            cached = self._brief[node_id] = self._brief_html(node_id)
        return cached

    def _heading(self, node_id: str, level: str = "h3") -> Markup:
        kind, _ = split(node_id)
        return tag(level, icon(kind), f" {KINDS[kind].noun}: {self.name(node_id)}")

    def _mechanism_html(self, ident: str) -> tuple[Markup, Markup]:
        m = self._mech[ident]
        theories = [
            tag(
                "li",
                icon("theory"),
                " ",
                tag("strong", self.distinct_name(join("theory", link.target)))
                if link.target in self._theory
                else tag("strong", link.target),
                f" — {link.rationale} ",
                _basis(link.basis, self._whose),
            )
            for link in sorted(
                m.theories, key=lambda lk: self.topology.order.get(join("theory", lk.target), 0)
            )
        ]
        # sources in the order of the reference list (as the buttons above them), not link order
        sources = [
            tag(
                "li",
                tag("div", self.citation(link.target), self.record_note(link.target)),
                tag(
                    "div",
                    f"Why linked: {link.rationale} ",
                    _basis(link.basis, self._whose),
                    class_="pl-why",
                ),
            )
            for link in sorted(
                m.sources, key=lambda lk: self.topology.order.get(join("source", lk.target), 0)
            )
            if link.target in self._ref
        ]
        head = concat(
            [
                self._heading(join("mechanism", ident)),
                tag("p", tag("strong", "Definition. "), m.definition, class_="pl-definition"),
            ]
        )
        body = concat(
            [
                _paragraphs(m.summary),
                tag("h4", "How it can help"),
                _paragraphs(m.helps),
                tag("h4", "How it can strain"),
                _paragraphs(m.strains),
                _listing("Theories", tag("ul", concat(theories), class_="pl-links"), len(theories)),
                _listing(
                    "Sources", tag("ol", concat(sources), class_="pl-citations"), len(sources)
                ),
                tag("p", self.links_note, class_="pl-note"),
            ]
        )
        return head, body

    def record_note(self, key: str) -> Markup:
        """The citation, then a note where the record differs or its author list was cut short."""
        ref = self._ref[key]
        notes = []
        if ref.note:
            notes.append(tag("div", tag("strong", "Note on the record: "), ref.note))
        if ref.authors_truncated:
            notes.append(tag("div", self.truncated_note))
        return tag("div", concat(notes), class_="pl-record-note") if notes else Markup("")

    def _mech_list(self, items: list[tuple[str, str, str]]) -> Markup:
        lis = [
            tag(
                "li",
                icon("mechanism"),
                " ",
                tag("strong", self.distinct_name(join("mechanism", mid))),
                f" — {why} ",
                _basis(basis, self._whose) if basis else "",
            )
            for mid, why, basis in items
            if mid in self._mech
        ]
        return _listing(
            "Mechanisms it supports",
            tag("ul", concat(lis), class_="pl-links"),
            len(lis),
            empty="No mechanism is linked to it here.",
        )

    def _source_html(self, key: str) -> tuple[Markup, Markup]:
        r = self._ref[key]
        from peerlearn.model import CATEGORIES

        facts = [
            _fact("Category", CATEGORIES.get(r.category, r.category) or "—"),
            _fact("Year", r.year if r.year is not None else "n.d."),
        ]
        if r.as_cited:  # a list of one's own may have none: the citation above is the one
            facts.append(_fact(f"As the {self._whose} cites it", r.as_cited))
        if r.note:
            facts.append(_fact("Note on the record", r.note))
        if r.authors_truncated:
            facts.append(_fact("Authors", self.truncated_note))
        mechs = self.mechanisms_of_source(key)
        theories = [
            tag("li", icon("theory"), " ", tag("strong", self.distinct_name(join("theory", t))))
            for t in self.topology.theories_by_ref.get(key, ())
        ]
        head = concat(
            [
                self._heading(join("source", key)),
                tag("div", self.citation(key), class_="pl-citation pl-definition"),
            ]
        )
        body = concat(
            [
                tag("table", tag("tbody", concat(facts)), class_="pl-facts"),
                self._mech_list(mechs),
                _listing(
                    "Theories linked to it",
                    tag("ul", concat(theories), class_="pl-links"),
                    len(theories),
                ),
                tag("p", self.links_note, class_="pl-note"),
            ]
        )
        return head, body

    def _theory_html(self, ident: str) -> tuple[Markup, Markup]:
        t = self._theory[ident]
        mechs = [(link.source, link.rationale, link.basis) for link in t.mechanisms]
        sources = [
            tag("li", tag("div", self.citation(k), self.record_note(k), class_="pl-citation"))
            for k in t.sources
            if k in self._ref
        ]
        facts = [
            _fact("Originators", ", ".join(t.originators) or "—"),
            # the year of the theory's first listed source, not of the idea; the data says so
            _fact("Year of the listed source", t.year or "—", t.year_note),
        ]
        head = concat(
            [
                self._heading(join("theory", ident)),
                tag("p", tag("strong", "Core claim. "), t.core_claim, class_="pl-definition"),
            ]
        )
        parts: list[object] = [tag("table", tag("tbody", concat(facts)), class_="pl-facts")]
        if t.key_concepts:
            parts += [
                tag("h4", "Key concepts"),
                tag("ul", concat(tag("li", c) for c in t.key_concepts)),
            ]
        if t.in_peer_support:
            parts += [tag("h4", "In peer support"), _paragraphs(t.in_peer_support)]
        if t.critiques:
            parts += [tag("h4", "Limits and critiques"), _paragraphs(t.critiques)]
        parts += [
            self._mech_list(mechs),
            _listing(
                "Sources linked to it",
                tag("ol", concat(sources), class_="pl-citations"),
                len(sources),
            ),
            tag("p", self.links_note, class_="pl-note"),
        ]
        return head, concat(parts)

    def _brief_html(self, node_id: str) -> Markup:
        kind, ident = split(node_id)
        if kind == "mechanism":
            lead = tag("p", self._mech[ident].definition)
        elif kind == "theory":
            lead = tag("p", self._theory[ident].core_claim)
        else:
            lead = tag("div", self.citation(ident), class_="pl-citation")
        groups = []
        for other in KINDS:
            linked = [n for n in self.neighbours[node_id] if split(n)[0] == other]
            if linked:
                names = concat((self.name(n) for n in linked), sep="; ")
                groups.append(tag("li", tag("strong", f"{KINDS[other].plural}: "), names))
        links = (
            tag("ul", concat(groups), class_="pl-brief-links")
            if groups
            else tag("p", "Nothing is linked to it here.")
        )
        return concat([self._heading(node_id, "h4"), lead, links])

    # ------------------------------------------------------------------ pictures
    def concept_map_picture(self) -> Markup:
        cached = self._html.get("__map__")
        if cached is None:
            cached = self._html["__map__"] = map_picture(
                self.graph, "Concept map of mechanisms, theories and sources"
            )
        return cached
