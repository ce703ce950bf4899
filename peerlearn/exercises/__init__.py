"""Exercises on the mechanisms of peer support: write them in YAML or Python, use them as widgets.

Five kinds: multiple choice, multiple select, matching, vignette (a short fictional scenario;
pick the mechanisms at work) and reflection (free text, saved). Feedback after each attempt
explains and cites its sources; retry and reveal; a score for the set; every attempt recorded in
the learner's progress file (:mod:`peerlearn.progress`).

>>> from peerlearn import exercises
>>> s = exercises.loads('''
... title: Love labour check
... exercises:
...   - id: q1
...     kind: multiple-choice
...     prompt: Which mechanism is about care that cannot be bought?
...     options:
...       - text: Love labour
...         correct: true
...         sources: [lynch2007]
...       - text: Liminality
...     sources: [lynch2007]
... ''')
>>> s.check("q1", "Love labour").headline
'✓ Correct'

Importing this package is light: YAML, pandas and ipywidgets load only when needed.

The package may import only the rooms below it (:mod:`peerlearn.knowledge`,
:mod:`peerlearn.citations`, :mod:`peerlearn.model`, :mod:`peerlearn.errors`,
:mod:`peerlearn._html`); never :mod:`peerlearn.widgets` (the exercise widgets are
:mod:`peerlearn.widgets.exercises`), :mod:`peerlearn.progress` or the command line. Inside it:
generator | interop | student | lms | assessed | bank > gift | moodle > _lmsparts > scoring >
loader | results > model > _validate | _html | order (the ``exercises`` contract in
pyproject.toml, exhaustive). Verbs such as
``ExerciseSet.widget()`` that reach upward are attached by :mod:`peerlearn._verbs`.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Exercise",
    "ExerciseError",
    "ExerciseSet",
    "Matching",
    "MechanismAtWork",
    "MultipleChoice",
    "MultipleSelect",
    "Option",
    "Pair",
    "Reflection",
    "Vignette",
    "builtin",
    "generate",
    "load",
    "loads",
    "student_version",
    "to_jupyterquiz",
    "to_myst",
    "validate_file",
]

_WHERE = {
    "Exercise": "model",
    "ExerciseError": "model",
    "ExerciseSet": "model",
    "Matching": "model",
    "MechanismAtWork": "model",
    "MultipleChoice": "model",
    "MultipleSelect": "model",
    "Option": "model",
    "Pair": "model",
    "Reflection": "model",
    "Vignette": "model",
    "builtin": "bank",
    "builtin_ids": "bank",
    "load": "loader",
    "loads": "loader",
    "validate_builtin": "bank",
    "validate_file": "loader",
    "generate": "generator",
    "student_version": "student",
    "to_jupyterquiz": "interop",
    "to_myst": "interop",
    "save_jupyterquiz": "interop",
    "save_myst": "interop",
    "Result": "scoring",
    "SetScore": "scoring",
    "AnswerError": "scoring",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'peerlearn.exercises' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
