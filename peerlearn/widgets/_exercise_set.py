"""A whole exercise set as a widget: its title and notes, one exercise a page, the running score.

The set's assembly: it checks the set (every problem at once, before anything is drawn), puts
the exercises in order (review order from the progress record through
:mod:`._exercise_progress`, the authored order, or a list of ids), pages them (:mod:`._pager`)
with a summary last, and keeps the score of the latest checked attempts.

What is shown is built: an exercise's :class:`~._exercise_item.ExerciseWidget` is made when its
page is first shown (or when code asks for it through ``items``), then kept. Every widget model
costs a comm message, a model and a view in the page, and several ms of Python in JupyterLite; a
set of twelve made 358 models before its first view, and makes one exercise's now. The learner's
last answers are read from the progress record for every exercise at once, so the score line and
the summary count them before their pages are built, and each page shows its own when it is.

Room: ``peerlearn.widgets`` internals, below the public facade :mod:`.exercises` (where
:class:`ExerciseSetWidget` is imported from), above :mod:`._exercise_item`.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which?", options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> w = ExerciseSetWidget(s, record=False, kb=False)
>>> w.order, w.score().possible, w.items.built
(['q1'], 1, ['q1'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from types import SimpleNamespace
from typing import Any

import ipywidgets as W

from peerlearn.exercises._html import esc, paragraphs
from peerlearn.exercises.loader import problems as set_problems
from peerlearn.exercises.model import ExerciseError, ExerciseSet
from peerlearn.exercises.results import Result
from peerlearn.exercises.scoring import SetScore

from ._exercise_item import ExerciseWidget, restored_result
from ._exercise_messages import set_notes
from ._exercise_parts import set_summary, stylesheet
from ._exercise_progress import Earlier, earlier_answer, option_seed, set_order
from ._pager import Pager
from ._shared import SharedHTMLStyle, SharedLayout, shared

__all__ = ["ExerciseItems", "ExerciseSetWidget", "chosen_order"]


class ExerciseItems(Mapping[str, ExerciseWidget]):
    """A set's exercise widgets by id, in the order shown, each made when first asked for.

    Reading ``items[eid]`` (or iterating over the values) makes that exercise's widget once and
    keeps it; ``built`` lists the ids made so far. Iterating over the keys, ``len`` and ``in``
    make nothing.

    >>> from ipywidgets import Label
    >>> items = ExerciseItems(["a", "b"], lambda eid: Label(eid))
    >>> list(items), items.built, items["b"].value, items.built
    (['a', 'b'], [], 'b', ['b'])
    """

    def __init__(self, order: Sequence[str], make: Callable[[str], Any]) -> None:
        self._order = list(order)
        self._make = make
        self._made: dict[str, ExerciseWidget] = {}

    def __getitem__(self, eid: str) -> ExerciseWidget:
        if eid not in self._made:
            if eid not in self._order:
                raise KeyError(eid)
            self._made[eid] = self._make(eid)
        return self._made[eid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, eid: object) -> bool:
        return eid in self._order

    @property
    def built(self) -> list[str]:
        """The ids whose widgets are made, in the order shown."""
        return [i for i in self._order if i in self._made]

    def made(self, eid: str) -> ExerciseWidget | None:
        """``eid``'s widget if it is made, else ``None`` (never makes it)."""
        return self._made.get(eid)


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

    ``items`` maps exercise id → :class:`ExerciseWidget` (an :class:`ExerciseItems`: each is made
    when its page is first shown or when it is first read); ``order`` is the ids as shown;
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
        self.record = record
        self._kb = kb if kb is not None else False
        self._progress_path = progress_path
        self._seed = option_seed(progress_path)
        # the learner's last record of each exercise, read once for all: the score line and the
        # summary count the answers of pages not yet built; each page shows its own when built
        self._earlier: dict[str, Earlier | None] = {
            eid: earlier_answer(eid, exercise_set.id, path=progress_path) if record else None
            for eid in ids
        }
        self._restored = {
            eid: restored_result(exercise_set[eid], e, kb=self._kb)
            for eid, e in self._earlier.items()
        }
        self.items: ExerciseItems = ExerciseItems(ids, self._build)
        html = {"layout": shared(SharedLayout), "style": shared(SharedHTMLStyle)}
        self.header = W.HTML(
            f"<h3>{esc(exercise_set.title)}</h3>{paragraphs(exercise_set.description)}"
            + set_notes(reordered=reordered, record=record, unreadable=unreadable),
            **html,
        )
        self.score_html = W.HTML(value="", **html)
        self._update_score()
        # one question at a time (the set fits a laptop's screen); each is made when first shown
        # and then kept, so its answer and feedback are there when the learner comes back to it
        self.pager = Pager(
            lambda i: self.items[ids[i]],
            [
                ex.label if ex.kind != "vignette" else "Vignette"
                for ex in (exercise_set[eid] for eid in ids)
            ],
            summary=self._summary,
        )
        super().__init__(children=[stylesheet(), self.header, self.pager])
        self.add_class("peerlearn-set")

    def _build(self, eid: str) -> ExerciseWidget:
        """Exercise ``eid``'s widget, with the learner's last answer from the record read."""
        earlier = self._earlier[eid]
        widget = ExerciseWidget(
            self.exercise_set[eid],
            set_id=self.exercise_set.id,
            tags=self.exercise_set.tags_for(self.exercise_set[eid]),
            number=self.order.index(eid) + 1,
            kb=self._kb,
            record=self.record,
            progress_path=self._progress_path,
            on_result=lambda _w, _r: self._update_score(),
            restore=earlier is not None,
            seed=self._seed,
            earlier=earlier,
        )
        if widget.result != self._restored[eid]:  # the answer no longer fits its controls
            self._update_score()
        return widget

    def result(self, eid: str) -> Result | None:
        """Exercise ``eid``'s latest checked result (restored from the record while its page is
        not yet built), or ``None``."""
        widget = self.items.made(eid)
        return widget.result if widget is not None else self._restored[eid]

    def _summary(self) -> W.Widget:
        """The last page: each question's state, the score so far, and how to go back."""
        states = [
            SimpleNamespace(exercise=self.exercise_set[i], result=self.result(i))
            for i in self.order
        ]
        return set_summary(states, self.score_html.value)

    def score(self) -> SetScore:
        """The score so far: each exercise's latest checked attempt."""
        results = {i: r for i in self.order if (r := self.result(i)) is not None}
        scored = [i for i in self.order if self.exercise_set[i].scored]
        total = sum((results[i].score or 0.0) for i in scored if i in results)
        unanswered = tuple(i for i in scored if i not in results)
        return SetScore(self.exercise_set.id, results, round(total, 4), len(scored), unanswered)

    def _update_score(self) -> None:
        score = self.score()
        # a set of reflections only has nothing to score: say nothing rather than "0 of 0"
        self.score_html.value = score.html() if score.possible else ""
