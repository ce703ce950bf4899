"""Small pieces the native-ipywidgets widgets share: their stylesheet and a static fallback."""

from __future__ import annotations

from functools import cache
from typing import Any

from .._html import Markup, tag
from ._picture import asset
from ._selection import resolve, split

__all__ = ["SelectableMixin", "StaticFallbackMixin", "style_html", "style_widget"]


@cache
def style_html() -> Markup:
    """The ``<style>`` element for the explorer, source browser and timeline."""
    css = asset("widgets.css")
    if "</" in css:  # pragma: no cover - our own file; never let it close the element
        msg = "widgets.css must not contain '</'"
        raise ValueError(msg)
    return Markup(f"<style>{css}</style>")


def style_widget() -> Any:
    """An HTML widget that only carries the stylesheet (it takes no room on the page)."""
    import ipywidgets as w

    return w.HTML(str(style_html()), layout=w.Layout(display="none"))


class StaticFallbackMixin:
    """Add a ``text/html`` fallback to a widget's display bundle.

    JupyterLab and Voilà draw the live widget; nbconvert's HTML export, print and any front end
    without the widget manager show :meth:`static_html` instead, so an exported notebook still
    shows what the learner was looking at.
    """

    def static_html(self) -> Markup:  # pragma: no cover - overridden
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
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
