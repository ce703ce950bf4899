"""The concept map: mechanisms, theories and sources as an interactive network.

An anywidget drawing plain SVG (see :mod:`peerlearn.widgets._picture` for why this and not a
network library). Clicking a node, or Enter/Space on the focused one, selects it: its details show
under the map and its links are highlighted. A selection made from Python shows on the map.

>>> from peerlearn.widgets._picture import Graph, Node
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

import anywidget
import traitlets

from .._html import Markup, concat, tag
from ._picture import (
    KINDS,
    Graph,
    asset,
    legend_html,
    radial_svg,
    static_style,
    text_alternative,
)
from ._selection import Selection, resolve

__all__ = ["ConceptMap", "NodePicture"]

HELP = (
    "Click an item, or press Tab to reach the picture, the arrow keys to move between items and "
    "Enter or Space to select one (Escape clears). Its details appear below."
)


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


class NodePicture(anywidget.AnyWidget):
    """Base of the concept map and the timeline: an SVG built in Python, clickable by node.

    ``selected`` holds a ``"kind:id"`` (or ``""``); ``details`` the HTML shown for it, built once
    per node by the ``details`` function given (then cached), so a selection change does no
    repeated work.
    """

    _esm = asset("conceptmap.js")
    _css = asset("conceptmap.css")

    picture = traitlets.Unicode("").tag(sync=True)
    neighbours = traitlets.Dict().tag(sync=True)
    selected = traitlets.Unicode("").tag(sync=True)
    details = traitlets.Unicode("").tag(sync=True)
    label = traitlets.Unicode("Picture").tag(sync=True)

    def __init__(
        self,
        *,
        picture: Markup,
        neighbours: dict[str, list[str]],
        details: Callable[[str], Markup],
        label: str,
        selection: Selection | None = None,
        **kwargs: Any,
    ) -> None:
        self._details_fn = details
        self._details_cache: dict[str, str] = {}
        super().__init__(picture=str(picture), neighbours=neighbours, label=label, **kwargs)
        self.add_class("pl-widget")
        self._selection_link: traitlets.link | None = None
        if selection is not None:
            self.link_selection(selection)

    # --- selection -------------------------------------------------------------------------
    @traitlets.validate("selected")
    def _check_selected(self, proposal: dict[str, Any]) -> str:
        value = proposal["value"]
        if value and value not in self.neighbours:
            return resolve(value, self.neighbours)
        return value

    @traitlets.observe("selected")
    def _on_selected(self, change: dict[str, Any]) -> None:
        self.details = self.details_for(change["new"])

    def details_for(self, node_id: str) -> str:
        """The details HTML for a node id (``""`` for none), built once and cached."""
        if not node_id:
            return ""
        cached = self._details_cache.get(node_id)
        if cached is None:
            cached = self._details_cache[node_id] = str(self._details_fn(node_id))
        return cached

    def select(self, value: str, kind: str | None = None) -> None:
        """Select ``value`` (a mechanism id, a reference key, a theory id, or ``"kind:id"``).

        ``kind`` (``"mechanism"``, ``"theory"``, ``"source"``) settles ids shared by two kinds.
        Unknown ids raise ``UnknownIdError`` listing close matches.
        """
        self.selected = resolve(value, self.neighbours, kind=kind)

    def link_selection(self, selection: Selection) -> None:
        """Keep ``selected`` and a shared :class:`Selection` in step."""
        if self._selection_link is not None:
            self._selection_link.unlink()
        self._selection_link = traitlets.link((selection, "value"), (self, "selected"))

    # --- static output ---------------------------------------------------------------------
    def static_html(self) -> Markup:
        """The picture, its legend and text version, and the current details, as plain HTML."""
        return concat(
            [
                static_style(),
                tag(
                    "div",
                    Markup(self.picture),
                    tag("div", Markup(self.details), class_="pl-details"),
                    class_="pl-picture-root",
                ),
            ]
        )

    def _repr_mimebundle_(self, **kwargs: Any) -> tuple[dict, dict] | None:
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:  # pragma: no cover
            return None
        data, metadata = bundle
        # JupyterLab and Voilà draw the widget; nbconvert, print and readers without widget
        # support fall back to this static picture and its text version.
        data["text/html"] = str(self.static_html())
        return data, metadata


class ConceptMap(NodePicture):
    """Mechanisms (circles), theories (diamonds) and sources (squares) and the links between them.

    Pass ``kb=`` to map another knowledge base (default: the package's own), or ``graph=`` with
    a ``details`` function to draw any :class:`~peerlearn.widgets._picture.Graph`.
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


def map_picture(graph: Graph, title: str) -> Markup:
    """The markup the concept map shows: help, legend, the SVG and its text version."""
    return concat(
        [
            tag("p", HELP, class_="pl-help"),
            legend_html(),
            radial_svg(graph, title=title),
            text_alternative(graph, heading="Text version of the map (every link as a list)"),
        ]
    )
