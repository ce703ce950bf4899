"""The concept map: mechanisms, theories and sources as an interactive network.

An anywidget drawing plain SVG (see :mod:`peerlearn.widgets._picture` for why this and not a
network library). Clicking a node, or Enter/Space on the focused one, selects it: its details show
under the map and its links are highlighted. A selection made from Python shows on the map.

Room: one widget (a sibling of explorer, browser, timeline and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base` (for :class:`NodePicture`), :mod:`._picture`,
:mod:`._selection` and :mod:`peerlearn._html`; never app, cli or _verbs.

>>> from peerlearn.knowledge.graph import Graph, Node
>>> g = Graph(
...     nodes=(Node("mechanism:m", "mechanism", "M"), Node("source:s", "source", "S <b>")),
...     edges=(("mechanism:m", "source:s"),),
... )
>>> cmap = ConceptMap(graph=g)
>>> cmap.select("s")
>>> cmap.selected
'source:s'
>>> "S &lt;b&gt;" in cmap.details
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peerlearn.knowledge.graph import Graph

from .._html import Markup, concat, tag
from ._base import NodePicture
from ._picture import KINDS, map_picture
from ._selection import Selection

__all__ = ["ConceptMap", "NodePicture", "map_picture"]


def _default_details(graph: Graph) -> Callable[[str], Markup]:
    nbrs = graph.neighbours()

    def details(node_id: str) -> Markup:
        node = graph.node(node_id)
        linked = [graph.node(i).full_name for i in nbrs.get(node_id, [])]
        return concat(
            [
                tag("h4", f"{KINDS[node.kind].noun}: {node.full_name}"),
                tag("p", "Linked to: ", concat(linked, sep="; ") if linked else "nothing"),
            ]
        )

    return details


class ConceptMap(NodePicture):
    """Mechanisms (circles), theories (diamonds) and sources (squares) and the links between them.

    Pass ``kb=`` to map another knowledge base (default: the package's own), or ``graph=`` with
    a ``details`` function to draw any :class:`~peerlearn.knowledge.graph.Graph`.
    """

    def __init__(
        self,
        kb: Any = None,
        *,
        graph: Graph | None = None,
        details: Callable[[str], Markup] | None = None,
        selection: Selection | None = None,
        **kwargs: Any,
    ) -> None:
        title = "Concept map of mechanisms, theories and sources"
        if graph is None:
            from ._catalog import catalog

            cat = catalog(kb)
            graph = cat.graph
            details = details or cat.brief_html
            picture = cat.concept_map_picture()
        else:
            details = details or _default_details(graph)
            picture = map_picture(graph, title)
        super().__init__(
            picture=picture,
            neighbours=graph.neighbours(),
            details=details,
            label=title,
            selection=selection,
            **kwargs,
        )
        self.graph = graph
        self.add_class("pl-conceptmap")
