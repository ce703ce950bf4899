"""The friendly verbs of exercise sets, attached at the top so the model imports nothing above it.

:mod:`peerlearn.exercises.model` is plain data: frozen dataclasses that import only the standard
library, :mod:`peerlearn.errors` and the exercise checks below them. Yet learners and authors
write ``s.widget()``, ``s.score(answers)``, ``s.check("q1", "Love labour")`` or
``s.to_myst()``, and those need the loader, the scoring, the export formats, the widgets and
the progress record, all of which import the model. Defining the verbs in the model would make
every one of those rooms a circle with it.

So the verbs live here, at the top of the package, as thin one-line delegations whose imports
point *down* (to :mod:`peerlearn.exercises.scoring`, :mod:`~peerlearn.exercises.loader`,
:mod:`~peerlearn.exercises.interop`, :mod:`peerlearn.widgets.exercises` and
:mod:`peerlearn.progress`), and are attached to the model's classes when this module is
imported. ``peerlearn/__init__.py`` imports it, and Python always runs ``peerlearn/__init__.py``
before any submodule, so the verbs are there whenever an :class:`ExerciseSet` exists. Each
import happens inside its verb, so ``import peerlearn`` stays light (no YAML, pandas or
ipywidgets).

Type checkers and IDEs do not run this module: the model declares each verb under ``if
TYPE_CHECKING:`` in its class body, and ``tests/test_verbs.py`` holds each declaration to the
function attached here (signature, ``classmethod`` or not, docstring).

This module may import any room of the package; only the facade (``peerlearn/__init__.py``)
imports it.

>>> from peerlearn.exercises import ExerciseSet, MultipleChoice, Option
>>> q = MultipleChoice(id="q1", prompt="?", options=[Option("a", correct=True), Option("b")])
>>> ExerciseSet(id="s", title="S", exercises=[q]).check("q1", "a", kb=False).score
1.0
>>> ExerciseSet.widget.__qualname__
'ExerciseSet.widget'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from peerlearn.errors import Problem
from peerlearn.exercises.model import PYTHON_FILE, Exercise, ExerciseSet

if TYPE_CHECKING:  # pragma: no cover
    from peerlearn.exercises.results import Result, SetScore

__all__: list[str] = []


# -- Exercise ---------------------------------------------------------------------------------
def _exercise_check(self: Exercise, answer: Any, *, kb: Any = None) -> Result:
    """Score ``answer`` and explain it.

    Answer forms: :mod:`peerlearn.exercises.scoring`.
    """
    from peerlearn.exercises.scoring import check

    return check(self, answer, kb=kb)


def _exercise_solution(self: Exercise, *, kb: Any = None) -> Result:
    """The answer revealed: every correct choice with its feedback, and the explanation."""
    from peerlearn.exercises.scoring import solution

    return solution(self, kb=kb)


# -- ExerciseSet ------------------------------------------------------------------------------
def _from_dict(
    cls: type[ExerciseSet],
    data: Any,
    *,
    kb: Any = None,
    file: str = PYTHON_FILE,
    require_sources: bool = False,
) -> ExerciseSet:
    """Build (and fully check, knowledge base included) a set from plain data."""
    from peerlearn.exercises.loader import from_data

    return from_data(data, file=file, kb=kb, require_sources=require_sources)


def _problems(self: ExerciseSet, *, kb: Any = None, require_sources: bool = False) -> list[Problem]:
    """Every problem with this set, knowledge-base checks included; ``[]`` when valid."""
    from peerlearn.exercises.loader import problems

    return problems(self, kb=kb, require_sources=require_sources)


def _set_check(self: ExerciseSet, exercise_id: str, answer: Any, *, kb: Any = None) -> Result:
    """Score one answer to the exercise ``exercise_id``."""
    return self[exercise_id].check(answer, kb=kb)


def _score(self: ExerciseSet, answers: Mapping[str, Any], *, kb: Any = None) -> SetScore:
    """Score answers given as ``{exercise id: answer}``; unanswered exercises score 0."""
    from peerlearn.exercises.scoring import score_set

    return score_set(self, answers, kb=kb)


def _widget(
    self: ExerciseSet,
    *,
    record: bool = True,
    order: str | Sequence[str] = "review",
    kb: Any = None,
    progress_path: Any = None,
) -> Any:  # an ExerciseSetWidget: the model that declares this verb may not name the widgets
    """The set as an ipywidgets widget.

    See :func:`peerlearn.widgets.exercises.set_widget`.
    """
    from peerlearn.widgets.exercises import set_widget

    return set_widget(self, record=record, order=order, kb=kb, progress_path=progress_path)


def _review_order(self: ExerciseSet, *, path: Any = None) -> list[str]:
    """Exercise ids with the ones missed last time first (see :mod:`peerlearn.progress`)."""
    from peerlearn.progress import review_order

    return review_order(self, path=path)


def _to_jupyterquiz(self: ExerciseSet) -> list[dict[str, Any]]:
    """The set as jupyterquiz questions (see :mod:`peerlearn.exercises.interop`)."""
    from peerlearn.exercises.interop import to_jupyterquiz

    return to_jupyterquiz(self)


def _to_myst(self: ExerciseSet, **kwargs: Any) -> str:
    """The set as MyST ``exercise``/``solution`` blocks."""
    from peerlearn.exercises.interop import to_myst

    return to_myst(self, **kwargs)


# -- attach -----------------------------------------------------------------------------------
def _attach(cls: type, name: str, func: Callable[..., Any], *, wrap: Any = None) -> None:
    """Set ``cls.name`` to ``func`` (wrapped, e.g. in ``classmethod``), named as a method."""
    func.__name__ = name
    func.__qualname__ = f"{cls.__name__}.{name}"
    setattr(cls, name, wrap(func) if wrap else func)


_attach(Exercise, "check", _exercise_check)
_attach(Exercise, "solution", _exercise_solution)
_attach(ExerciseSet, "from_dict", _from_dict, wrap=classmethod)
_attach(ExerciseSet, "problems", _problems)
_attach(ExerciseSet, "check", _set_check)
_attach(ExerciseSet, "score", _score)
_attach(ExerciseSet, "widget", _widget)
_attach(ExerciseSet, "review_order", _review_order)
_attach(ExerciseSet, "to_jupyterquiz", _to_jupyterquiz)
_attach(ExerciseSet, "to_myst", _to_myst)
