"""The knowledge base as a graph: mechanisms, theories and sources, and every link between them.

Each item is a node whose id carries its kind (``"mechanism:liminality"``, ``"theory:liminality"``,
``"source:lynch2007"``: a mechanism and a theory may share a word). :class:`Graph` holds nodes and
undirected edges; :class:`Topology` builds it from a :class:`~peerlearn.knowledge.KnowledgeBase`
and answers what the views ask of it: what an item is linked to (``neighbours``), what a
mechanism reaches through its theories too (``reach``), which mechanisms a source backs and why
(``mechanisms_of_source``), and what a view offers to jump to (``jump_targets``).

It is pure: no drawing and no widget library (the widgets' catalog renders it, and
``widgets/_picture.py`` draws it). Room: :mod:`peerlearn.knowledge`, above :mod:`.base`;
imports the standard library and :mod:`peerlearn.model` (for types).

>>> from peerlearn.knowledge import default
>>> topo = Topology(default())
>>> topo.graph.node("source:lynch2007").label
'Lynch 2007'
>>> "source:lynch2007" in topo.neighbours["mechanism:love-labour"]
True
>>> "source:scheid1999" in topo.neighbours["mechanism:love-labour"]  # only through a theory
False
>>> "source:scheid1999" in topo.reach["mechanism:love-labour"]
True
>>> g = Graph(nodes=(Node("mechanism:a", "mechanism", "A"), Node("source:b", "source", "B")),
...           edges=(("mechanism:a", "source:b"),))
>>> g.neighbours()["source:b"]
['mechanism:a']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from peerlearn.knowledge.base import KnowledgeBase
    from peerlearn.model import Link, Reference

__all__ = ["KIND_NAMES", "Graph", "Node", "Topology", "join", "short_label", "split"]

#: The kinds of node, in the order a view lists them.
KIND_NAMES = ("mechanism", "theory", "source")


def split(value: str) -> tuple[str, str]:
    """``"kind:id"`` → ``(kind, id)``; ``""`` → ``("", "")``.

    >>> split("source:lynch2007")
    ('source', 'lynch2007')
    """
    if not value:
        return "", ""
    kind, _, ident = value.partition(":")
    return kind, ident


def join(kind: str, ident: str) -> str:
    """``(kind, id)`` → ``"kind:id"``; no id → ``""`` (nothing selected).

    >>> join("theory", "liminality"), join("theory", "")
    ('theory:liminality', '')
    """
    return f"{kind}:{ident}" if ident else ""


@dataclass(frozen=True)
class Node:
    """One node: ``id`` is ``"<kind>:<id>"`` (e.g. ``"source:lynch2007"``).

    ``label`` is the short text drawn on a picture, ``name`` the full accessible name.
    """

    id: str
    kind: str
    label: str
    name: str = ""
    group: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KIND_NAMES:
            msg = (
                f"unknown node kind {self.kind!r} for {self.id!r}: expected one of "
                f"{list(KIND_NAMES)}"
            )
            raise ValueError(msg)

    @property
    def full_name(self) -> str:
        return self.name or self.label

    @property
    def accessible_name(self) -> str:
        """The full name, starting with the visible label (WCAG 2.5.3: label in name)."""
        full = self.full_name
        return full if full.startswith(self.label) else f"{self.label}: {full}"


@dataclass(frozen=True)
class Graph:
    """Nodes and undirected edges between their ids."""

    nodes: tuple[Node, ...]
    edges: tuple[tuple[str, str], ...] = ()
    _index: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index = {n.id: n for n in self.nodes}
        if len(index) != len(self.nodes):
            counts = Counter(n.id for n in self.nodes)
            dupes = sorted(i for i, count in counts.items() if count > 1)
            msg = f"duplicate node ids in graph: {dupes}"
            raise ValueError(msg)
        for a, b in self.edges:
            for end in (a, b):
                if end not in index:
                    msg = f"edge ({a!r}, {b!r}) names unknown node {end!r}"
                    raise ValueError(msg)
        self._index.update(index)

    def node(self, node_id: str) -> Node:
        return self._index[node_id]

    def neighbours(self) -> dict[str, list[str]]:
        """Every node id → the ids it is linked to, in node order."""
        order = {n.id: i for i, n in enumerate(self.nodes)}
        out: dict[str, set[str]] = {n.id: set() for n in self.nodes}
        for a, b in self.edges:
            if a != b:
                out[a].add(b)
                out[b].add(a)
        return {k: sorted(v, key=order.__getitem__) for k, v in out.items()}


def short_label(ref: Reference) -> str:
    """A short label for a source on a picture: first author's family name (or the key's word for
    a corporate author) and the year with the key's letter, e.g. ``"Scott 2011a"``, ``"NICE 2016"``.
    """
    first = ref.authors[0] if ref.authors else None
    if first is None or first.literal:
        word = ref.key.rstrip("abcdefghijklmnopqrstuvwxyz").rstrip("0123456789") or ref.key
        initials = "".join(
            w[0] for w in (first.literal if first else "").split() if w[:1].isupper()
        )
        name = word.upper() if len(word) <= 6 or not initials else initials
    else:
        name = first.short()
    year = "n.d." if ref.year is None else str(ref.year)
    suffix = ref.key[-1] if ref.key[-1:].isalpha() and ref.key[-2:-1].isdigit() else ""
    return f"{name} {year}{suffix}"


class Topology:
    """The graph of one knowledge base and the questions the views ask of it (each answered
    once, then cached)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.mechanisms = kb.mechanisms_list()
        self.theories = kb.theories_list()
        self.references = kb.references_list()
        self._theory = {t.id: t for t in self.theories}

    @cached_property
    def graph(self) -> Graph:
        """Mechanisms, theories and sources, with every link between them."""
        nodes = [
            Node(join("mechanism", m.id), "mechanism", m.name, m.name) for m in self.mechanisms
        ]
        nodes += [Node(join("theory", t.id), "theory", t.name, t.name) for t in self.theories]
        nodes += [
            Node(
                join("source", r.key),
                "source",
                short_label(r),
                f"{r.label}, {r.title}" if r.title else r.label,
                r.category,
            )
            for r in self.references
        ]
        known = {n.id for n in nodes}
        edges: list[tuple[str, str]] = []
        for m in self.mechanisms:
            a = join("mechanism", m.id)
            edges += [(a, join("theory", link.target)) for link in m.theories]
            edges += [(a, join("source", link.target)) for link in m.sources]
        for t in self.theories:
            edges += [(join("theory", t.id), join("source", k)) for k in t.sources]
        # a folder loaded with validate=False may name ids that do not exist: leave those out
        seen: set[tuple[str, str]] = set()
        clean = []
        for a, b in edges:
            if a in known and b in known and (a, b) not in seen:
                seen.add((a, b))
                clean.append((a, b))
        return Graph(tuple(nodes), tuple(clean))

    def node_ids(self) -> list[str]:
        """Every node id: mechanisms, then theories, then sources, each in the data's order."""
        return [n.id for n in self.graph.nodes]

    @cached_property
    def order(self) -> dict[str, int]:
        """Node id → its place in :meth:`node_ids` (to sort links as the lists show them)."""
        return {node_id: i for i, node_id in enumerate(self.node_ids())}

    @cached_property
    def neighbours(self) -> dict[str, list[str]]:
        """Every node id → the ids it is linked to, in node order."""
        return self.graph.neighbours()

    @cached_property
    def reach(self) -> dict[str, list[str]]:
        """Like ``neighbours``, but a mechanism also reaches the sources linked to its theories."""
        out = {k: list(v) for k, v in self.neighbours.items()}
        for m in self.mechanisms:
            mid = join("mechanism", m.id)
            have = set(out[mid])
            for link in m.theories:
                for k in out.get(join("theory", link.target), []):
                    if split(k)[0] == "source" and k not in have:
                        have.add(k)
                        out[mid].append(k)
        return out

    @cached_property
    def links_by_ref(self) -> dict[str, list[Link]]:
        """Reference key → the mechanism links that point at it."""
        out: dict[str, list[Link]] = {}
        for m in self.mechanisms:
            for link in m.sources:
                out.setdefault(link.target, []).append(link)
        return out

    @cached_property
    def theories_by_ref(self) -> dict[str, list[str]]:
        """Reference key → the ids of the theories it is a source of."""
        out: dict[str, list[str]] = {}
        for t in self.theories:
            for key in t.sources:
                out.setdefault(key, []).append(t.id)
        return out

    def mechanisms_of_source(self, key: str) -> list[tuple[str, str, str]]:
        """(mechanism id, why, basis) for every mechanism a source backs, directly or via theory.

        >>> from peerlearn.knowledge import default
        >>> [m for m, _why, _basis in Topology(default()).mechanisms_of_source("riessman1965")]
        ['helper-role']
        """
        out: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for link in self.links_by_ref.get(key, ()):
            if link.source not in seen:
                seen.add(link.source)
                out.append((link.source, link.rationale, link.basis))
        for tid in self.theories_by_ref.get(key, ()):
            for link in self._theory[tid].mechanisms:
                if link.source not in seen:
                    seen.add(link.source)
                    out.append(
                        (link.source, f"Through {self._theory[tid].name}: {link.rationale}", "")
                    )
        order = {m.id: i for i, m in enumerate(self.mechanisms)}
        return sorted(out, key=lambda t: order.get(t[0], 99))

    def jump_targets(self, node_id: str) -> list[str]:
        """What a view offers to jump to: its mechanisms, theories and sources, in that order."""
        kind, ident = split(node_id)
        if kind == "source":
            mechs = [join("mechanism", m) for m, _, _ in self.mechanisms_of_source(ident)]
            rest = [n for n in self.neighbours[node_id] if split(n)[0] != "mechanism"]
            return mechs + rest
        rank = {kind: i for i, kind in enumerate(KIND_NAMES)}
        return sorted(self.neighbours[node_id], key=lambda n: rank[split(n)[0]])
