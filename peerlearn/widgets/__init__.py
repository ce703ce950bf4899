"""peerlearn's widgets: explore mechanisms, theories and sources in JupyterLab or Voilà.

``explore()`` composes the mechanism explorer, the source browser, the concept map and the
timeline as tabs that share one selection. ``exercise_widget()`` and ``set_widget()`` show
exercises (:mod:`peerlearn.widgets.exercises`; ``ExerciseSet.widget()`` calls ``set_widget``).
``review()`` runs a short session over the exercises due for spaced review
(:mod:`peerlearn.widgets.reviewing`). Each module is named apart from the functions it
holds, so ``peerlearn.widgets.review`` is always the function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "AssessedSetWidget",
    "ConceptMap",
    "ExerciseSetWidget",
    "ExerciseWidget",
    "HandInWidget",
    "MechanismExplorer",
    "ReviewSession",
    "SourceBrowser",
    "Timeline",
    "exercise_widget",
    "explore",
    "review",
    "set_widget",
]

if TYPE_CHECKING:  # pragma: no cover
    from .app import explore
    from .assessed import AssessedSetWidget, HandInWidget
    from .browser import SourceBrowser
    from .conceptmap import ConceptMap
    from .exercises import ExerciseSetWidget, ExerciseWidget, exercise_widget, set_widget
    from .explorer import MechanismExplorer
    from .reviewing import ReviewSession, review
    from .timeline import Timeline

_WHERE = {
    "explore": "app",
    "AssessedSetWidget": "assessed",
    "HandInWidget": "assessed",
    "ConceptMap": "conceptmap",
    "ExerciseSetWidget": "exercises",
    "ExerciseWidget": "exercises",
    "exercise_widget": "exercises",
    "set_widget": "exercises",
    "MechanismExplorer": "explorer",
    "SourceBrowser": "browser",
    "Timeline": "timeline",
    "ReviewSession": "reviewing",
    "review": "reviewing",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing peerlearn.widgets does not import ipywidgets until a widget is asked for.
    if name in _WHERE:
        from importlib import import_module

        module = import_module(f".{_WHERE[name]}", __name__)
        return getattr(module, name)
    msg = f"module 'peerlearn.widgets' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
