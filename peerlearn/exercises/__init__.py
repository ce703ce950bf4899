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
loader > model > results > _validate | _html | order (the ``exercises`` contract in
pyproject.toml, exhaustive). Verbs such as ``ExerciseSet.widget()`` that reach upward are attached
by :mod:`peerlearn._verbs` and declared for type checkers in the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerlearn._lazy import lazy

if TYPE_CHECKING:  # pragma: no cover - what the lazy table below gives, for type checkers
    from .bank import builtin
    from .bank import builtin_ids as builtin_ids
    from .bank import validate_builtin as validate_builtin
    from .generator import generate
    from .interop import save_jupyterquiz as save_jupyterquiz
    from .interop import save_myst as save_myst
    from .interop import to_jupyterquiz, to_myst
    from .loader import load, loads, validate_file
    from .model import (
        Exercise,
        ExerciseError,
        ExerciseSet,
        Matching,
        MechanismAtWork,
        MultipleChoice,
        MultipleSelect,
        Option,
        Pair,
        Reflection,
        Vignette,
    )
    from .results import AnswerError as AnswerError
    from .results import Result as Result
    from .results import SetScore as SetScore
    from .student import student_version

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

# Imported when first asked for (peerlearn._lazy): YAML, pandas and ipywidgets only when needed.
# Not for type checkers: they read the imports above, and a module __getattr__ would make
# every misspelt name Any to them.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy(
        __name__,
        globals(),
        {
            "Exercise": ".model",
            "ExerciseError": ".model",
            "ExerciseSet": ".model",
            "Matching": ".model",
            "MechanismAtWork": ".model",
            "MultipleChoice": ".model",
            "MultipleSelect": ".model",
            "Option": ".model",
            "Pair": ".model",
            "Reflection": ".model",
            "Vignette": ".model",
            "builtin": ".bank",
            "builtin_ids": ".bank",
            "load": ".loader",
            "loads": ".loader",
            "validate_builtin": ".bank",
            "validate_file": ".loader",
            "generate": ".generator",
            "student_version": ".student",
            "to_jupyterquiz": ".interop",
            "to_myst": ".interop",
            "save_jupyterquiz": ".interop",
            "save_myst": ".interop",
            "Result": ".results",
            "SetScore": ".results",
            "AnswerError": ".results",
        },
    )
