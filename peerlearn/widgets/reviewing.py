"""A short review session: the exercises the FSRS schedule says are due, one at a time.

:func:`review` shows what :func:`peerlearn.progress.due` lists now (interleaved across
mechanisms), at most ``limit`` exercises, each as the ordinary exercise widget
(:class:`~peerlearn.widgets.exercises.ExerciseWidget`, so answers are checked, explained and
recorded as anywhere else — and recording moves each item's card). Native controls only
("Next exercise", "End review" buttons with visible names, reachable by keyboard); the status
line is announced politely to screen readers (``role="status"``); all text is escaped. When
nothing is due it says so, and when the next review falls due.

It works from any notebook: ``pl.widgets.review()`` (the package's exercise sets) or
``review(sets=[my_set])``.

Part of the widgets room (beside :mod:`.exercises`): it may import ipywidgets,
:mod:`peerlearn.exercises`, :mod:`peerlearn.progress` and :mod:`peerlearn._html`.

>>> import datetime as dt, pathlib, tempfile
>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> from peerlearn.progress import record
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(
...     id="q1", prompt="Which mechanism is about care that cannot be bought?",
...     mechanisms=("love-labour",),
...     options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("attempt", set_id="demo", exercise_id="q1", score=0.0, mechanisms=["love-labour"],
...            at="2026-01-05T10:00:00+00:00", path=mine)
>>> w = review([s], progress_path=mine, kb=False)
>>> [d.exercise for d in w.items], w.position
(['q1'], 0)
>>> "1 exercise is due" in w.status.value
True
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any

import ipywidgets as W

from peerlearn._html import concat, tag
from peerlearn.exercises.model import Exercise, ExerciseSet
from peerlearn.exercises.scoring import Result

from ._exercise_parts import stylesheet
from .exercises import ExerciseWidget

__all__ = ["ReviewSession", "review"]


_STYLE = (
    ".peerlearn-review > .widget-html .widget-html-content { line-height: 1.45; }"
    ".peerlearn-review-status { margin: 0.3em 0 0.6em 0; }"
)


def _when(value: Any) -> _dt.datetime:
    from peerlearn.progress.cards import when

    return when(value)


def _plain(t: _dt.datetime) -> str:
    local = t.astimezone()
    return f"{local.day} {local:%B %Y at %H:%M}"


def _status(text: str) -> str:
    return str(tag("p", text, role="status", aria_live="polite", class_="peerlearn-review-status"))


class ReviewSession(W.VBox):
    """A review session over the exercises due now (see :func:`review`).

    For code and tests: ``items`` (the :class:`~peerlearn.progress.DueItem` list, in order),
    ``position`` (the index shown), ``current`` (the :class:`ExerciseWidget` shown, or
    ``None``), ``next_button``, ``end_button``, ``status`` (an ``HTML`` widget),
    ``first_results`` (exercise → the first result checked in this session).
    """

    def __init__(
        self,
        sets: Sequence[ExerciseSet],
        *,
        limit: int = 5,
        kb: Any = None,
        record: bool = True,
        progress_path: Any = None,
        now: Any = None,
    ) -> None:
        from peerlearn.knowledge import resolve
        from peerlearn.progress import due
        from peerlearn.progress.schedule import schedule

        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be a whole number of exercises, 1 or more; got {limit!r}")
        self.kb = resolve(kb)
        self.record = record
        self.progress_path = progress_path
        self._now = _when(now) if now is not None else None
        self._found: dict[tuple[str, str], tuple[ExerciseSet, Exercise]] = {}
        for s in sets:
            for ex in s.exercises:
                self._found[(s.id, ex.id)] = (s, ex)
        due_now = due(path=progress_path, now=now)
        found = [d for d in due_now if (d.set, d.exercise) in self._found]
        self.items = found[:limit]
        self.total_due = len(found)
        #: due exercises from sets not given here (another notebook's own set, say)
        self.elsewhere = len(due_now) - len(found)
        self._later = [d for d in schedule(progress_path) if (d.set, d.exercise) in self._found]
        self.position = 0
        self.current: ExerciseWidget | None = None
        self.first_results: dict[str, Result] = {}
        self.status = W.HTML(value="")
        self.next_button = W.Button(
            description="Next exercise",
            tooltip="Go on to the next exercise due for review",
            layout=W.Layout(width="auto", min_height="32px"),
        )
        self.end_button = W.Button(
            description="End review",
            tooltip="Stop this review now; what you answered is saved",
            layout=W.Layout(width="auto", min_height="32px"),
        )
        self.next_button.on_click(lambda _b: self.next())
        self.end_button.on_click(lambda _b: self.end())
        self.slot = W.VBox(layout=W.Layout(width="auto"))
        heading = W.HTML(str(tag("h3", "Review: what is due now")))
        buttons = W.HBox([self.next_button, self.end_button])
        super().__init__(
            children=[
                stylesheet(),
                W.HTML(f"<style>{_STYLE}</style>", layout=W.Layout(display="none")),
                heading,
                self.status,
                self.slot,
                buttons,
            ],
            layout=W.Layout(width="auto", max_width="100%"),
        )
        self.add_class("peerlearn-review")
        if self.items:
            self._show()
        else:
            self._nothing_due()

    # -- what is shown ---------------------------------------------------------------------------
    def _mechanisms(self) -> str:
        names: list[str] = []
        lookup = {m.id: m.name for m in self.kb.mechanisms_list()} if self.kb else {}
        for d in self.items:
            name = lookup.get(d.mechanism or "", d.mechanism or "")
            if name and name not in names:
                names.append(name)
        return ", ".join(names)

    def _show(self) -> None:
        d = self.items[self.position]
        s, ex = self._found[(d.set, d.exercise)]
        self.current = ExerciseWidget(
            ex,
            set_id=s.id,
            tags=s.tags_for(ex),
            number=self.position + 1,
            kb=self.kb if self.kb is not None else False,
            record=self.record,
            progress_path=self.progress_path,
            on_result=self._on_result,
            restore=False,  # a review is a fresh retrieval: the last answer is not shown
        )
        self.slot.children = [self.current]
        n = len(self.items)
        about = self._mechanisms()
        total = self.total_due
        due_text = f"{total} exercise is due" if total == 1 else f"{total} exercises are due"
        if total > n:
            due_text += f"; this review takes {n}"
        if about:
            due_text += f" ({'mixing ' if ', ' in about else 'on '}{about})"
        self.status.value = _status(
            f"{due_text}. Exercise {self.position + 1} of {n}, from “{s.title}”."
            + self._elsewhere_text()
        )
        last = self.position == n - 1
        self.next_button.description = "Finish review" if last else "Next exercise"
        self.next_button.disabled = False
        self.end_button.disabled = False

    def _on_result(self, widget: ExerciseWidget, result: Result) -> None:
        self.first_results.setdefault(widget.exercise.id, result)

    def _next_due_text(self) -> str:
        from peerlearn.progress.schedule import schedule

        later = [d for d in schedule(self.progress_path) if (d.set, d.exercise) in self._found]
        if not later:
            return ""
        now = self._now if self._now is not None else _dt.datetime.now(_dt.UTC)
        still = sum(1 for d in later if d.due <= now)
        if still:
            more = "1 exercise is" if still == 1 else f"{still} exercises are"
            return f" {more} still due: run the review again to answer them."
        soonest = min(later, key=lambda d: d.due)
        return f" The next exercise falls due on {_plain(soonest.due)}."

    def _elsewhere_text(self) -> str:
        if not self.elsewhere:
            return ""
        return (
            f" {self.elsewhere} more due from exercise sets not given here: pass them with "
            "review(sets=[...])."
        )

    def _nothing_due(self) -> None:
        self.slot.children = []
        self.next_button.disabled = self.end_button.disabled = True
        if self._later:
            text = "Nothing is due for review now." + self._next_due_text()
        else:
            text = (
                "Nothing to review yet: the exercises you answer in the notebooks come back "
                "here when they are due (what you miss comes back sooner)."
            )
        self.status.value = _status(text + self._elsewhere_text())

    def next(self) -> None:
        """Show the next due exercise, or the end of the session after the last."""
        if self.position + 1 < len(self.items):
            self.position += 1
            self._show()
        else:
            self.end()

    def end(self) -> None:
        """End the session: say how it went and when the next review is due."""
        tried = [r for r in self.first_results.values() if r.score is not None]
        right = sum(1 for r in tried if r.score is not None and r.score >= 1.0)
        self.slot.children = []
        self.current = None
        self.next_button.disabled = self.end_button.disabled = True
        parts = [f"Review finished: {right} of {len(tried)} right first time."]
        if len(tried) < len(self.items):
            left = len(self.items) - len(tried)
            parts.append(
                "1 not answered; it stays due."
                if left == 1
                else f"{left} not answered; they stay due."
            )
        self.status.value = _status(" ".join(parts) + self._next_due_text())

    def text(self) -> str:
        """The session as plain text (what is due, in order)."""
        if not self.items:
            return "Nothing is due for review now."
        lines = [f"{len(self.items)} exercise(s) due:"]
        for d in self.items:
            s, ex = self._found[(d.set, d.exercise)]
            lines.append(f"- {s.title}: {ex.prompt.splitlines()[0] if ex.prompt else ex.id}")
        return "\n".join(lines)

    def html(self) -> str:
        """What is due as HTML (escaped), for a page without widgets."""
        items = [
            tag("li", f"{self._found[(d.set, d.exercise)][0].title}: {d.exercise}")
            for d in self.items
        ]
        return str(concat([tag("p", self.text().splitlines()[0]), tag("ul", *items)]))


def review(
    sets: Iterable[ExerciseSet] | None = None,
    *,
    limit: int = 5,
    kb: Any = None,
    record: bool = True,
    progress_path: Any = None,
    now: Any = None,
) -> ReviewSession:
    """A short review session over the exercises due now (default: the package's own sets).

    ``limit``: at most this many exercises; ``record``: save answers (and move each card);
    ``progress_path``: the progress file (default: the learner's own); ``now``: the time to
    review at (for demonstrations and tests).
    """
    if sets is None:
        from peerlearn.exercises.bank import builtin

        sets = builtin(kb=kb)
    return ReviewSession(
        list(sets),
        limit=limit,
        kb=kb,
        record=record,
        progress_path=progress_path,
        now=now,
    )
