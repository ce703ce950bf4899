"""What the widgets share: the stylesheet, a static fallback, one selection, and NodePicture.

NodePicture (an SVG built in Python, clickable by node) is the base of the concept map and the
timeline; it lives here, below both, so neither imports the other.

Room: ``peerlearn.widgets`` internals. Imports only the lowest widget modules
(:mod:`._picture`, :mod:`._selection`, and :mod:`._shared` inside a function),
:mod:`peerlearn._html`, anywidget, traitlets; never the catalog or any widget above it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anywidget
import traitlets

from .._html import Markup, concat, tag
from ._picture import asset, shipped_style, style_element
from ._selection import Selection, resolve, split

__all__ = [
    "LiveHTML",
    "NodePicture",
    "SelectableMixin",
    "StaticFallbackMixin",
    "problem_html",
    "style_html",
    "style_widget",
]


def problem_html(sentence: str, error: BaseException) -> str:
    """A problem as a learner sees it: one plain sentence saying what happened and what to do
    next, then the technical account (the error's kind and whole message) folded under
    "Details", all escaped. An error that carries its own ``learner_message`` (the progress
    store's errors do) is said in those words.

    >>> html = problem_html("Your list could not be saved. Try again.", OSError(28, "No space"))
    >>> "<summary>Details</summary>" in html and "OSError: [Errno 28] No space" in html
    True
    """
    own = getattr(error, "learner_message", None)
    text = own if isinstance(own, str) and own else sentence
    detail = " ".join(str(error).split())
    detail = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return str(
        concat(
            [
                tag("p", text, class_="pl-problem"),
                tag(
                    "details",
                    tag("summary", "Details"),
                    tag("p", tag("code", detail)),
                    class_="peerlearn-details",
                ),
            ]
        )
    )


def style_html() -> Markup:
    """The ``<style>`` element for the explorer, source browser and timeline."""
    return shipped_style("widgets.css")


def style_widget(css: str | None = None) -> Any:
    """An HTML widget that only carries a stylesheet (it takes no room on the page):
    ``widgets.css`` by default, or the CSS given. One frozen model per stylesheet, shown by
    every widget that asks for it (:func:`._shared.shared`): a view built later costs no model.

    >>> style_widget() is style_widget() and style_widget().layout.display == "none"
    True
    """
    from ._shared import SharedHTML, SharedHTMLStyle, SharedLayout, shared

    html = style_html() if css is None else style_element(css)
    return shared(
        SharedHTML,
        value=str(html),
        layout=shared(SharedLayout, display="none"),
        style=shared(SharedHTMLStyle),
    )


class StaticFallbackMixin:
    """Add a ``text/html`` fallback to a widget's display bundle.

    JupyterLab and Voilà draw the live widget; nbconvert's HTML export, print and any front end
    without the widget manager show :meth:`static_html` instead, so an exported notebook still
    shows what the learner was looking at.
    """

    def static_html(self) -> Markup:  # pragma: no cover - overridden
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        # a mixin: the widget class it is mixed into (untyped ipywidgets) has the method
        bundle = super()._repr_mimebundle_(**kwargs)  # type: ignore[misc]
        if bundle is None:  # pragma: no cover
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        data["text/html"] = str(
            tag("div", style_html(), self.static_html(), class_="pl-static pl-widget")
        )
        return data, metadata


class SelectableMixin:
    """``select()``, ``selected`` and ``selected_kind`` over a shared ``self.selection``.

    The explorer and the composed app both show one selection, held as ``"kind:id"`` in a
    :class:`~peerlearn.widgets._selection.Selection`; the class needs ``self.selection`` and
    ``self._cat`` (the knowledge base's :class:`~peerlearn.widgets._catalog.Catalog`).
    """

    selection: Any
    _cat: Any

    @property
    def selected(self) -> str:
        """The id of what is shown (a mechanism id, theory id or reference key)."""
        return split(self.selection.value)[1]

    @property
    def selected_kind(self) -> str:
        """``"mechanism"``, ``"theory"`` or ``"source"`` (``""`` when nothing is shown)."""
        return split(self.selection.value)[0]

    def select(self, value: str, kind: str | None = None) -> None:
        """Show a mechanism id, reference key or theory id (or ``"kind:id"``).

        A bare id is looked up as a mechanism, then a source, then a theory; ``kind=`` settles
        ids that two kinds share (``liminality`` is a mechanism and a theory).
        """
        self.selection.value = resolve(value, self._cat.neighbours, kind=kind)


class LiveHTML(anywidget.AnyWidget):
    """HTML in one polite live region (``role="status"``, ``aria-live="polite"``) that stays for
    the widget's life, so a screen reader reads out each new ``value`` without focus moving
    (an ipywidgets ``HTML`` widget cannot carry these attributes on its own element).

    >>> box = LiveHTML(value="<p>✓ Correct</p>")
    >>> box.value
    '<p>✓ Correct</p>'
    """

    _esm = """
    function render({ model, el }) {
      const region = document.createElement("div");
      region.className = "pl-live";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      el.append(region);
      // a region that may scroll (CSS caps its height) is reached by Tab, so the keyboard can
      // scroll it (WCAG 2.1.1)
      if (model.get("scrolls")) { region.tabIndex = 0; }
      const show = () => { region.innerHTML = model.get("value"); };
      model.on("change:value", show);
      show();
      return () => model.off("change:value", show);
    }
    export default { render };
    """

    value = traitlets.Unicode("").tag(sync=True)
    #: the region may scroll (its CSS caps its height): it is then in the Tab order
    scrolls = traitlets.Bool(False).tag(sync=True)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:  # pragma: no cover
            return None
        data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
        data["text/html"] = self.value  # already escaped by whoever built it
        return data, metadata


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
                shipped_style("conceptmap.css"),
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
