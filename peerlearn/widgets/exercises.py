"""Exercise sets as ipywidgets: native controls only, so they work in JupyterLab 4 and Voilà.

Every control is a standard ipywidgets control (RadioButtons, Checkbox, Dropdown, Textarea,
Button) with a visible label, reachable by keyboard. Feedback shows text markers (✓ / ✗ / ◐
with words), never colour alone; colours are Okabe–Ito. All text is HTML-escaped.

The public face of the exercise widgets: :func:`exercise_widget` and :func:`set_widget`, and the
classes they make. Each concern lives in a module of its own below it:

- :mod:`._exercise_set`: a set's assembly (order, one exercise a page, the running score);
- :mod:`._exercise_item`: one exercise (prompt, controls, Check / Try again / Show answer);
- :mod:`._exercise_controls`: the controls of each kind, the answer they hold, one put back;
- :mod:`._exercise_progress`: the progress record (option seed, saving, earlier answers, order);
- :mod:`._exercise_messages`: the status notes, in whole sentences;
- :mod:`._exercise_parts`: labels, sizes, the stylesheet, the summary page.

Part of the widgets room: it may import ipywidgets, :mod:`peerlearn.exercises` (model, scoring,
loader), :mod:`peerlearn.progress` and :mod:`peerlearn.knowledge`; nothing in
:mod:`peerlearn.exercises` imports it. :meth:`ExerciseSet.widget` calls :func:`set_widget`.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(
...     id="q1", prompt="Which mechanism is about care that cannot be bought?",
...     options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> w = set_widget(s, record=False, kb=False)
>>> q = w.items["q1"]
>>> q.controls[0].value = 0
>>> q.check_button.click()
>>> "✓ Correct" in q.feedback.value
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peerlearn.exercises.model import Exercise, ExerciseSet

from ._exercise_item import ExerciseWidget
from ._exercise_set import ExerciseSetWidget

__all__ = ["ExerciseSetWidget", "ExerciseWidget", "exercise_widget", "set_widget"]


def exercise_widget(exercise: Exercise, **kwargs: Any) -> ExerciseWidget:
    """One exercise as a widget (see :class:`ExerciseWidget` for the keywords)."""
    return ExerciseWidget(exercise, **kwargs)


def set_widget(
    exercise_set: ExerciseSet,
    *,
    record: bool = True,
    order: str | Sequence[str] = "review",
    kb: Any = None,
    progress_path: Any = None,
) -> ExerciseSetWidget:
    """The set as a widget.

    ``record``: save each attempt and reflection to the progress file (``progress_path``, default
    :func:`peerlearn.progress.default_path`). ``order``: ``"review"`` (missed exercises first),
    ``"authored"``, or a list of exercise ids. ``kb``: the knowledge base for mechanism names and
    citations (default: the package's own).
    """
    return ExerciseSetWidget(
        exercise_set, record=record, order=order, kb=kb, progress_path=progress_path
    )
