"""peerlearn's widgets: explore mechanisms, theories and sources in JupyterLab or Voilà.

``explore()`` composes the mechanism explorer, the source browser, the concept map and the
timeline as tabs that share one selection. ``exercise_widget()`` and ``set_widget()`` show
exercises (:mod:`peerlearn.widgets.exercises`; ``ExerciseSet.widget()`` calls ``set_widget``).
``review()`` runs a short session over the exercises due for spaced review
(:mod:`peerlearn.widgets.reviewing`). Each module is named apart from the functions it
holds, so ``peerlearn.widgets.review`` is always the function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerlearn._lazy import lazy

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

if TYPE_CHECKING:  # pragma: no cover - what the lazy table below gives, for type checkers
    from .app import explore
    from .assessed import AssessedSetWidget, HandInWidget
    from .browser import SourceBrowser
    from .conceptmap import ConceptMap
    from .exercises import ExerciseSetWidget, ExerciseWidget, exercise_widget, set_widget
    from .explorer import MechanismExplorer
    from .reviewing import ReviewSession, review
    from .timeline import Timeline

# Imported when first asked for (peerlearn._lazy): ipywidgets loads only when a widget is.
# Not for type checkers: they read the imports above, and a module __getattr__ would make
# every misspelt name Any to them.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy(
        __name__,
        globals(),
        {
            "explore": ".app",
            "AssessedSetWidget": ".assessed",
            "HandInWidget": ".assessed",
            "ConceptMap": ".conceptmap",
            "ExerciseSetWidget": ".exercises",
            "ExerciseWidget": ".exercises",
            "exercise_widget": ".exercises",
            "set_widget": ".exercises",
            "MechanismExplorer": ".explorer",
            "SourceBrowser": ".browser",
            "Timeline": ".timeline",
            "ReviewSession": ".reviewing",
            "review": ".reviewing",
        },
    )
