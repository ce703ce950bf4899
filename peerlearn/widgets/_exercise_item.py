"""One exercise as a widget: its prompt, its controls, Check / Try again / Show answer, feedback.

The assembly and the actions of one exercise, and nothing else: the controls of its kind come
from :mod:`._exercise_controls`, what is read from and saved to the progress record goes through
:mod:`._exercise_progress`, and every status note is worded in :mod:`._exercise_messages`.
Feedback on the answer itself is :mod:`peerlearn.exercises.scoring`'s. Every control is a native
ipywidgets control with a visible label, reachable by keyboard; feedback sits in one polite live
region, so a screen reader announces it without the focus moving.

Room: ``peerlearn.widgets`` internals, below :mod:`._exercise_set` and the public facade
:mod:`.exercises` (where :class:`ExerciseWidget` is imported from), above the controls, the
progress glue and the messages.

>>> from peerlearn.exercises.model import MultipleChoice, Option
>>> q = ExerciseWidget(MultipleChoice(id="q1", prompt="Which is care that cannot be bought?",
...     options=[Option("Love labour", correct=True), Option("Liminality")]), record=False,
...     kb=False, seed="")
>>> q.controls[0].value = 0
>>> q.check_button.click()
>>> "✓ Correct" in q.feedback.value, q.retry_button.disabled
(True, False)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as W
from traitlets import TraitError

from peerlearn.exercises import scoring
from peerlearn.exercises._html import esc, paragraphs
from peerlearn.exercises.model import Exercise
from peerlearn.exercises.scoring import AnswerError, Result

from ._base import LiveHTML
from ._exercise_controls import controls_for
from ._exercise_messages import (
    NO_RIGHT_ANSWER,
    UNSAVED_REFLECTION,
    changed_since,
    note_html,
    restored,
)
from ._exercise_parts import stylesheet
from ._exercise_progress import Earlier, earlier_answer, option_seed, save_attempt
from ._shared import SharedButtonStyle, SharedHTMLStyle, SharedLayout, shared

__all__ = ["ExerciseWidget", "restored_result"]

#: What a restored answer that no longer fits the exercise raises (it is then said, not fatal).
NO_LONGER_FITS = (AnswerError, ValueError, TypeError, KeyError, IndexError, TraitError)


def restored_result(
    exercise: Exercise, earlier: Earlier | None, *, kb: Any = False
) -> Result | None:
    """The result an exercise shows again from the learner's last record (``None`` for none, a
    reveal, a reflection, a record that cannot be read or an answer that no longer fits), without
    making its widgets: what a set's score counts for a page not yet shown.

    >>> from peerlearn.exercises.model import MultipleChoice, Option
    >>> q = MultipleChoice(id="q1", prompt="Which?", options=[Option("Love labour", correct=True),
    ...     Option("Liminality")])
    >>> restored_result(q, Earlier("answer", "Love labour", "today")).score
    1.0
    """
    if earlier is None or earlier.problem or earlier.event in {"reflection", "reveal"}:
        return None
    try:
        return scoring.check(exercise, earlier.answer, kb=kb)
    except NO_LONGER_FITS:
        return None


def _header(exercise: Exercise, number: int | None) -> str:
    """The exercise's heading (a vignette's scenario with it) and its prompt, escaped."""
    head = f"{number}. " if number is not None else ""
    header = f"<h4>{esc(head + 'Question')} ({esc(exercise.label)})</h4>"
    if exercise.kind == "vignette":
        ex: Any = exercise
        title = ex.title or "A scenario"
        header = (
            f"<h4>{esc(head + 'Vignette')}: {esc(title)}</h4>"
            "<p><em>A fictional scenario: it describes no real person or service.</em></p>"
            f"<blockquote>{paragraphs(ex.scenario)}</blockquote>"
        )
    elif exercise.kind == "reflection":
        header = f"<h4>{esc(head + 'Reflection')}</h4>"
    return header + f'<div class="peerlearn-prompt">{paragraphs(exercise.prompt)}</div>'


class ExerciseWidget(W.VBox):
    """One exercise: its prompt, native controls, Check / Try again / Show answer, feedback.

    Attributes for code and tests: ``controls`` (the input widgets), ``role_controls`` (a
    vignette's role menus by mechanism id), ``word_count`` (a reflection's live count),
    ``check_button``, ``retry_button``, ``reveal_button`` (``None`` for a reflection without an
    explanation), ``feedback`` (an ``HTML`` widget), ``result`` (the latest :class:`Result`),
    ``attempts``, ``revealed``.

    ``restore``: show the learner's last answer from the progress record (when ``record``);
    ``earlier``: that record, when the caller has read it already (a set reads every exercise's
    to keep its score).

    The buttons, the heading, the button row and the feedback region share frozen layouts and
    styles (:mod:`._shared`); the exercise's own box keeps its own layout (code may resize it).
    """

    def __init__(
        self,
        exercise: Exercise,
        *,
        set_id: str = "",
        tags: Sequence[str] | None = None,
        number: int | None = None,
        kb: Any = None,
        record: bool = True,
        progress_path: Any = None,
        on_result: Callable[[ExerciseWidget, Result], None] | None = None,
        restore: bool = True,
        seed: str | None = None,
        earlier: Earlier | None = None,
    ) -> None:
        from peerlearn.knowledge import resolve

        self.exercise = exercise
        # options in the learner's own order (peerlearn.exercises.order), never the written one
        self.seed = option_seed(progress_path) if seed is None else seed
        self.set_id = set_id
        self.tags = tuple(tags if tags is not None else exercise.tags)
        self.kb = resolve(kb)
        self.record = record
        self.progress_path = progress_path
        self.on_result = on_result
        self.result: Result | None = None
        self.attempts = 0
        self.revealed = False

        plain = shared(SharedLayout)
        button = {"layout": plain, "style": shared(SharedButtonStyle)}
        self.header = W.HTML(_header(exercise, number), layout=plain, style=shared(SharedHTMLStyle))
        self._inputs = controls_for(
            exercise,
            seed=self.seed,
            set_id=set_id,
            kb=self.kb,
            record=record,
        )
        self.controls: list[W.DOMWidget] = self._inputs.inputs
        self.role_controls: dict[str, W.Dropdown] = self._inputs.roles
        self.word_count: W.HTML | None = self._inputs.word_count

        # one polite live region, kept for the widget's life: screen readers announce each new
        # feedback without focus moving
        self.feedback = LiveHTML(scrolls=True, layout=plain)
        self.feedback.add_class("peerlearn-feedback-region")
        if exercise.kind == "reflection":
            self.check_button = (
                W.Button(
                    description="Save reflection",
                    tooltip="Save what you wrote to your progress record",
                    **button,
                )
                if record
                else W.Button(description="Done", tooltip="Nothing is saved in this copy", **button)
            )
        else:
            self.check_button = W.Button(
                description="Check answer", tooltip="Check your answer and see feedback", **button
            )
        self.retry_button = W.Button(
            description="Try again",
            tooltip="Change your answer and check again",
            disabled=True,
            **button,
        )
        has_reveal = exercise.scored or bool(exercise.explanation)
        self.reveal_button: W.Button | None = (
            W.Button(
                description="Show answer" if exercise.scored else "Points to consider",
                tooltip="Show the answer with every explanation",
                **button,
            )
            if has_reveal
            else None
        )
        self.check_button.on_click(lambda _b: self.check())
        self.retry_button.on_click(lambda _b: self.retry())
        buttons: list[W.Widget] = [self.check_button]
        if exercise.kind != "reflection":
            buttons.append(self.retry_button)
        if self.reveal_button is not None:
            self.reveal_button.on_click(lambda _b: self.reveal())
            buttons.append(self.reveal_button)

        super().__init__(
            children=[
                stylesheet(),
                self.header,
                *self._inputs.intro,
                *self._inputs.rows,
                W.HBox(buttons, layout=plain),
                self.feedback,
            ],
            layout=W.Layout(border="1px solid #999999", padding="8px", margin="8px 0"),
        )
        self.add_class("peerlearn-exercise")
        if record and restore:  # a review session asks afresh (restore=False)
            self._restore(earlier)

    # -- the answer in the controls --------------------------------------------------------------
    def answer(self) -> Any:
        """The answer the controls hold now, or ``None`` when it is not complete."""
        return self._inputs.answer()

    def _set_locked(self, locked: bool, *, keep_focus: bool = False) -> None:
        """Lock the answer (Check off, Try again on) or unlock it. ``keep_focus``: the button
        pressed is about to be disabled, so the keyboard focus goes on to the control a
        learner needs next (Try again, or the first control), never lost to the page."""
        for c in self._inputs.lockable:
            c.disabled = locked
        self.check_button.disabled = locked
        self.retry_button.disabled = not locked
        if keep_focus:
            (self.retry_button if locked else self.controls[0]).focus()

    def _kb(self) -> Any:
        return self.kb if self.kb is not None else False

    # -- actions ---------------------------------------------------------------------------------
    def check(self) -> Result | None:
        """Check the current answer: show feedback, record it, return the result."""
        answer = self.answer()
        if answer is None:
            self.feedback.value = note_html("info", "ℹ " + self._inputs.incomplete())
            return None
        try:
            result = scoring.check(self.exercise, answer, kb=self._kb())
        except AnswerError as e:  # pragma: no cover - the controls only offer valid answers
            self.feedback.value = note_html("incorrect", f"✗ {e}")
            return None
        if self.exercise.kind == "reflection" and not self.record:
            # nothing is written anywhere: say so rather than "Saved"
            result = dataclasses.replace(result, headline=UNSAVED_REFLECTION)
        self.result = result
        if self.exercise.kind != "reflection":
            self.attempts += 1
            self._set_locked(True, keep_focus=True)
        not_saved = self._save(result)
        shown = result
        if not_saved and result.status == "saved":  # one state: never "✓ Saved" beside it
            shown = dataclasses.replace(result, status="info", headline=NO_RIGHT_ANSWER)
        self.feedback.value = not_saved + shown.html(live=False)
        if self.on_result is not None:
            self.on_result(self, result)
        return result

    def retry(self) -> None:
        """Unlock the controls (keeping the answer) and clear the feedback."""
        self._set_locked(False, keep_focus=True)
        self.feedback.value = ""

    def reveal(self) -> Result:
        """Show the answer with every explanation; later attempts are marked as after a reveal."""
        sol = scoring.solution(self.exercise, kb=self._kb())
        if not self.exercise.scored:
            self.feedback.value = sol.html(live=False)
            return sol
        self.revealed = True
        self._set_locked(True, keep_focus=True)
        self.feedback.value = sol.html(live=False) + self._save(sol)
        return sol

    def _save(self, result: Result) -> str:
        if not self.record:
            return ""
        return save_attempt(
            result,
            set_id=self.set_id,
            mechanisms=self.tags,
            answer_seen=self.revealed,
            prompt=self.exercise.prompt,
            path=self.progress_path,
        )

    # -- after a kernel restart: the learner's last answer ---------------------------------------
    def _restore(self, earlier: Earlier | None = None) -> None:
        """Show the learner's last answer and its result (from the progress record, read now
        unless ``earlier`` is given), with “Try again” to answer afresh; a record that cannot be
        read is said, not fatal."""
        if earlier is None:
            earlier = earlier_answer(self.exercise.id, self.set_id, path=self.progress_path)
        if earlier is None:
            return
        if earlier.problem:
            self.feedback.value = earlier.problem
            return
        try:
            if earlier.event == "reflection":
                self._inputs.fill(earlier.answer)
                self.feedback.value = restored("reflection", earlier.when)
                return
            if earlier.event == "reveal":
                self.revealed = True
                sol = scoring.solution(self.exercise, kb=self._kb())
                self._set_locked(True)
                self.feedback.value = restored("reveal", earlier.when) + sol.html(live=False)
                return
            self._inputs.fill(earlier.answer)
            result = scoring.check(self.exercise, earlier.answer, kb=self._kb())
        except NO_LONGER_FITS:
            self.feedback.value = changed_since(earlier.when)
            return
        self.result = result
        self._set_locked(True)
        self.feedback.value = restored("answer", earlier.when) + result.html(live=False)
