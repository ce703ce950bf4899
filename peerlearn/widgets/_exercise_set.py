"""A whole exercise set as a widget: its title and notes, one exercise a page, the running score.

The set's assembly: it checks the set (every problem at once, before anything is drawn), puts
the exercises in order (review order from the progress record through
:mod:`._exercise_progress`, the authored order, or a list of ids), makes an
:class:`~._exercise_item.ExerciseWidget` for each, pages them (:mod:`._pager`) with a summary
last, and keeps the score of the latest checked attempts.

Room: ``peerlearn.widgets`` internals, below the public facade :mod:`.exercises` (where
:class:`ExerciseSetWidget` is imported from), above :mod:`._exercise_item`.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which?", options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> w = ExerciseSetWidget(s, record=False, kb=False)
>>> w.order, w.score().possible
(['q1'], 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ipywidgets as W

from peerlearn.exercises._html import esc, paragraphs
from peerlearn.exercises.loader import problems as set_problems
from peerlearn.exercises.model import ExerciseError, ExerciseSet
from peerlearn.exercises.scoring import SetScore

from ._exercise_item import ExerciseWidget
from ._exercise_messages import set_notes
from ._exercise_parts import set_summary, stylesheet
from ._exercise_progress import set_order
from ._pager import Pager

__all__ = ["ExerciseSetWidget", "chosen_order"]


def chosen_order(exercise_set: ExerciseSet, order: str | Sequence[str]) -> list[str] | None:
    """The ids in the order asked for: ``"authored"`` the set's own, a list of every id once
    as given; ``None`` for ``"review"`` (the progress record decides). Anything else is a
    ``ValueError`` naming what is valid.

    >>> from types import SimpleNamespace as NS
    >>> chosen_order(NS(id="s", ids=["a", "b"]), ["b", "a"])
    ['b', 'a']
    """
    ids = list(exercise_set.ids)
    if isinstance(order, str):
        if order == "review":
            return None
        if order == "authored":
            return ids
        raise ValueError(
            f"order must be 'review', 'authored' or a list of exercise ids; got {order!r}"
        )
    wanted = list(order)
    unknown = [i for i in wanted if i not in ids]
    if unknown or sorted(wanted) != sorted(ids):
        raise ValueError(
            f"order must list each exercise id of set {exercise_set.id!r} once "
            f"({', '.join(ids)}); got {wanted!r}"
        )
    return wanted


class ExerciseSetWidget(W.VBox):
    """A whole set: title, description, each exercise, and the running score.

    ``items`` maps exercise id → :class:`ExerciseWidget`; ``order`` is the ids as shown;
    ``score()`` gives the :class:`SetScore` so far.
    """

    def __init__(
        self,
        exercise_set: ExerciseSet,
        *,
        record: bool = True,
        order: str | Sequence[str] = "review",
        kb: Any = None,
        progress_path: Any = None,
    ) -> None:
        from peerlearn.knowledge import resolve

        kb = resolve(kb)
        problems = set_problems(exercise_set, kb=kb if kb is not None else False)
        if problems:
            raise ExerciseError(problems, what=f"exercise set {exercise_set.id!r}")
        self.exercise_set = exercise_set
        ids = chosen_order(exercise_set, order)
        unreadable = ""
        reordered = False
        if ids is None:
            ids, unreadable = set_order(exercise_set, path=progress_path)
            reordered = ids != list(exercise_set.ids)
        self.order = ids
        self.items: dict[str, ExerciseWidget] = {}
        for n, eid in enumerate(ids, start=1):
            ex = exercise_set[eid]
            self.items[eid] = ExerciseWidget(
                ex,
                set_id=exercise_set.id,
                tags=exercise_set.tags_for(ex),
                number=n,
                kb=kb if kb is not None else False,
                record=record,
                progress_path=progress_path,
                on_result=lambda _w, _r: self._update_score(),
            )
        self.header = W.HTML(
            f"<h3>{esc(exercise_set.title)}</h3>{paragraphs(exercise_set.description)}"
            + set_notes(reordered=reordered, record=record, unreadable=unreadable)
        )
        self.score_html = W.HTML(value="")
        self._update_score()
        # one question at a time (the set fits a laptop's screen); each stays made, so its
        # answer and feedback are there when the learner comes back to it
        self.pager = Pager(
            list(self.items.values()),
            [
                w.exercise.label if w.exercise.kind != "vignette" else "Vignette"
                for w in self.items.values()
            ],
            summary=self._summary,
        )
        super().__init__(children=[stylesheet(), self.header, self.pager])
        self.add_class("peerlearn-set")

    def _summary(self) -> W.Widget:
        """The last page: each question's state, the score so far, and how to go back."""
        return set_summary(list(self.items.values()), self.score_html.value)

    def score(self) -> SetScore:
        """The score so far: each exercise's latest checked attempt."""
        results = {i: w.result for i, w in self.items.items() if w.result is not None}
        scored = [i for i, w in self.items.items() if w.exercise.scored]
        total = sum((results[i].score or 0.0) for i in scored if i in results)
        unanswered = tuple(i for i in scored if i not in results)
        return SetScore(self.exercise_set.id, results, round(total, 4), len(scored), unanswered)

    def _update_score(self) -> None:
        score = self.score()
        # a set of reflections only has nothing to score: say nothing rather than "0 of 0"
        self.score_html.value = score.html() if score.possible else ""
