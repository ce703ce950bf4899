"""Widget models that many widgets share and nobody changes: one ``Layout`` for every button that
looks alike, one stylesheet widget for every view, frozen so no widget can change it for the rest.

Every widget model costs a comm message, a model and a view in the page and, in JupyterLite,
several milliseconds of Python in the browser. A ``Layout`` or a style whose traits are set once
and never again need not be one per widget: :func:`shared` gives the one model with those traits,
made on first use (and made again if it was closed). Setting a synchronised trait of a shared
model (``widget.layout.display = "none"``, ``add_class``) raises :class:`SharedModelError`, which
says to give that widget its own model instead: a widget whose layout or style changes later
(hidden, resized, recoloured) must never be given a shared one.

Room: the bottom of ``peerlearn.widgets``, beside :mod:`._picture` and :mod:`._selection`.
Imports only ipywidgets; no other widget module.

>>> import ipywidgets as w
>>> auto = shared(SharedLayout, width="auto")
>>> auto is shared(SharedLayout, width="auto"), auto.width
(True, 'auto')
>>> try:
...     auto.width = "10em"
... except SharedModelError as error:
...     print(error)  # doctest: +NORMALIZE_WHITESPACE
This SharedLayout is shared by many widgets, so its width cannot be changed here. Give the widget
its own: widget.layout = ipywidgets.Layout(...).
"""

from __future__ import annotations

from typing import Any, TypeVar

import ipywidgets as w
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, LabelStyle

__all__ = [
    "SharedButtonStyle",
    "SharedCheckboxStyle",
    "SharedDescriptionStyle",
    "SharedHTML",
    "SharedHTMLStyle",
    "SharedLabelStyle",
    "SharedLayout",
    "SharedModelError",
    "frozen",
    "shared",
]


class SharedModelError(AttributeError):
    """A trait of a shared (frozen) widget model was set: give the widget its own model."""


class FrozenMixin:
    """Refuses every change to a synchronised trait once ``__init__`` has set them."""

    _frozen = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._frozen = True

    #: what to do instead, said in the error
    advice = "Make a widget of its own for what changes."

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen and name in self.keys:  # type: ignore[attr-defined]
            msg = (
                f"This {type(self).__name__} is shared by many widgets, so its {name} cannot be "
                f"changed here. {self.advice}"
            )
            raise SharedModelError(msg)
        super().__setattr__(name, value)


class SharedLayout(FrozenMixin, w.Layout):
    """A ``Layout`` that never changes (see :func:`shared`)."""

    advice = "Give the widget its own: widget.layout = ipywidgets.Layout(...)."


class SharedHTMLStyle(FrozenMixin, HTMLStyle):
    """An ``HTML`` widget's style that never changes."""

    advice = "Give the widget its own: widget.style = ipywidgets.HTMLStyle(...)."


class SharedButtonStyle(FrozenMixin, w.ButtonStyle):
    """A button's style that never changes."""

    advice = "Give the widget its own: widget.style = ipywidgets.ButtonStyle(...)."


class SharedDescriptionStyle(FrozenMixin, DescriptionStyle):
    """A labelled control's (a ``Dropdown``'s) style that never changes."""

    advice = "Give the widget its own: widget.style = ipywidgets.DescriptionStyle(...)."


class SharedCheckboxStyle(FrozenMixin, CheckboxStyle):
    """A tick box's style that never changes."""

    advice = "Give the widget its own: widget.style = ipywidgets.CheckboxStyle(...)."


class SharedLabelStyle(FrozenMixin, LabelStyle):
    """A ``Label``'s style that never changes."""

    advice = "Give the widget its own: widget.style = ipywidgets.LabelStyle(...)."


class SharedHTML(FrozenMixin, w.HTML):
    """An ``HTML`` widget that never changes (a stylesheet, a fixed note): one model, shown in as
    many places as need it."""


Model = TypeVar("Model", bound=w.Widget)
_MODELS: dict[tuple[type, tuple[tuple[str, Any], ...]], w.Widget] = {}


def shared(kind: type[Model], **traits: Any) -> Model:
    """The one live model of ``kind`` (one of the ``Shared*`` classes) with these traits.

    Trait values must be hashable (strings, numbers, ``None``) or shared models themselves.

    >>> shared(SharedButtonStyle) is shared(SharedButtonStyle)
    True
    """
    if not issubclass(kind, FrozenMixin):
        msg = f"shared() makes only frozen models (the Shared* classes), not {kind.__name__}"
        raise TypeError(msg)
    key = (kind, tuple(sorted(traits.items())))
    model = _MODELS.get(key)
    if model is None or model.comm is None:  # never made, or closed (Widget.close_all())
        model = _MODELS[key] = kind(**traits)
    return model


def frozen(model: object) -> bool:
    """Whether ``model`` is a shared model that refuses changes.

    >>> frozen(shared(SharedLayout)), frozen(w.Layout())
    (True, False)
    """
    return isinstance(model, FrozenMixin)
