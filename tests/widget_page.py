"""Reaching a widget's parts as the browser does, for the tests that run widgets without one.

A control is found by its visible label (:func:`control`), an element by its CSS class
(:func:`part`) and its HTML by the state the browser is sent (:func:`shown`), what Jupyter
displays by IPython's own formatter (:func:`displayed`), never by the private attribute that
holds it; so a test checks what a learner (or a screen reader) meets on the page, and a
widget's insides can be redrawn without touching its tests.

>>> import ipywidgets as W
>>> box = W.VBox([W.Button(description="Check answer"), W.HTML("<p>hi</p>")])
>>> _ = box.children[1].add_class("pl-note")
>>> control(box, "Check answer").description, shown(box, "pl-note")
('Check answer', '<p>hi</p>')
"""

from __future__ import annotations

__all__ = ["classes", "control", "displayed", "part", "shown", "tree"]


def tree(widget: object) -> list[object]:
    """``widget`` and every widget under it, through their public ``children``."""
    out = [widget]
    for child in getattr(widget, "children", ()):
        out += tree(child)
    return out


def control(root: object, label: str) -> object:
    """The one control under ``root`` whose visible label (``description``) is ``label``: what a
    learner, or a screen reader, finds on the page. Exactly one, so every label is unambiguous."""
    found = [c for c in tree(root) if getattr(c, "description", None) == label]
    assert len(found) == 1, f"{len(found)} controls labelled {label!r} on the page"
    return found[0]


def classes(widget: object) -> tuple[str, ...]:
    """A widget's CSS classes, as the browser gets them (its synchronised state)."""
    return tuple(widget.get_state().get("_dom_classes", ()))  # type: ignore[attr-defined]


def part(root: object, css_class: str) -> object:
    """The one widget under ``root`` with this CSS class: an element of the page as the browser
    finds it. Exactly one, so every class named here is unambiguous."""
    found = [c for c in tree(root) if hasattr(c, "get_state") and css_class in classes(c)]
    assert len(found) == 1, f"{len(found)} elements with class {css_class!r} on the page"
    return found[0]


def shown(root: object, css_class: str) -> str:
    """The HTML of the one element under ``root`` with this CSS class, as the browser gets it
    (the widget's synchronised state)."""
    return part(root, css_class).get_state()["value"]  # type: ignore[attr-defined]


def displayed(widget: object) -> dict[str, str]:
    """What Jupyter gets to show ``widget``: its MIME bundle, through IPython's own display
    formatter (as a notebook, Voilà or nbconvert ask for it)."""
    from IPython.core.formatters import DisplayFormatter

    data, _metadata = DisplayFormatter().format(widget)
    return data
