"""Exercise sets as ipywidgets: native controls only, so they work in JupyterLab 4 and Voilà.

Every control is a standard ipywidgets control (RadioButtons, Checkbox, Dropdown, Textarea,
Button) with a visible label, reachable by keyboard. Feedback shows text markers (✓ / ✗ / ◐
with words), never colour alone; colours are Okabe–Ito. All text is HTML-escaped.

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

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as W
from traitlets import TraitError

from peerlearn.exercises import scoring
from peerlearn.exercises._html import esc, paragraphs
from peerlearn.exercises.loader import problems as set_problems
from peerlearn.exercises.model import Exercise, ExerciseError, ExerciseSet
from peerlearn.exercises.scoring import AnswerError, Result, SetScore
from peerlearn.exercises.scoring import mechanism_names as _mechanism_names

from ._base import LiveHTML
from ._exercise_parts import (
    ROLE_CHOICES,
    fill_controls,
    note_html,
    option_label,
    option_seed,
    reflection_rows,
    set_summary,
    stylesheet,
    wide_layout,
    word_count,
    written_time,
)
from ._pager import Pager

__all__ = ["ExerciseSetWidget", "ExerciseWidget", "exercise_widget", "set_widget"]

_LONG = 60  # matching: texts longer than this are also listed in full (a menu cannot wrap)


def _problem(marker: str, e: BaseException, *, reading: bool = False, order: bool = False) -> str:
    """A progress problem for a learner: one plain sentence (no error number, path or cut-off
    text), the technical account folded under "Details"; all escaped."""
    from peerlearn.progress import details, learner_message

    text = marker + learner_message(e, reading=reading)
    if order:
        text += " The exercises are in their usual order."
    fold = (
        '<details class="peerlearn-details"><summary>Details</summary>'
        f"<p><code>{esc(details(e))}</code></p></details>"
    )
    return note_html("info" if reading else "incorrect", text) + fold


class ExerciseWidget(W.VBox):
    """One exercise: its prompt, native controls, Check / Try again / Show answer, feedback.

    Attributes for code and tests: ``controls`` (the input widgets), ``check_button``,
    ``retry_button``, ``reveal_button`` (``None`` for a reflection without an explanation),
    ``feedback`` (an ``HTML`` widget), ``result`` (the latest :class:`Result`), ``attempts``.
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
        self._vignette_ids: list[str] = []
        self.role_controls: dict[str, W.Dropdown] = {}
        self.word_count: W.HTML | None = None
        self._rows: list[W.Widget] | None = None  # how the controls are laid out, if not as is

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
        self.header = W.HTML(
            header + f'<div class="peerlearn-prompt">{paragraphs(exercise.prompt)}</div>'
        )

        self.controls: list[W.DOMWidget] = []
        extra: list[W.Widget] = []
        build = getattr(self, f"_build_{exercise.kind.replace('-', '_')}")
        extra = build()

        # one polite live region, kept for the widget's life: screen readers announce each new
        # feedback without focus moving
        self.feedback = LiveHTML(scrolls=True)
        self.feedback.add_class("peerlearn-feedback-region")
        if exercise.kind == "reflection":
            self.check_button = (
                W.Button(
                    description="Save reflection",
                    tooltip="Save what you wrote to your progress record",
                )
                if record
                else W.Button(description="Done", tooltip="Nothing is saved in this copy")
            )
        else:
            self.check_button = W.Button(
                description="Check answer", tooltip="Check your answer and see feedback"
            )
        self.retry_button = W.Button(
            description="Try again", tooltip="Change your answer and check again", disabled=True
        )
        has_reveal = exercise.scored or bool(exercise.explanation)
        self.reveal_button: W.Button | None = (
            W.Button(
                description="Show answer" if exercise.scored else "Points to consider",
                tooltip="Show the answer with every explanation",
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
                *extra,
                *(self._rows if self._rows is not None else self.controls),
                W.HBox(buttons),
                self.feedback,
            ],
            layout=W.Layout(border="1px solid #999999", padding="8px", margin="8px 0"),
        )
        self.add_class("peerlearn-exercise")
        if record and restore:  # a review session asks afresh (restore=False)
            self._restore()

    # -- controls per kind -----------------------------------------------------------------------
    def _build_multiple_choice(self) -> list[W.Widget]:
        ex: Any = self.exercise
        texts = [o.text for o in ex.options]
        self._order = self._shown(texts)  # values stay the options' own positions (identity)
        radio = W.RadioButtons(
            options=[(option_label(k, texts[i]), i) for k, i in enumerate(self._order)],
            value=None,
            description="Your answer",
            layout=wide_layout(),
            style={"description_width": "initial"},
        )
        self.controls = [radio]
        return []

    def _build_multiple_select(self) -> list[W.Widget]:
        ex: Any = self.exercise
        texts = [o.text for o in ex.options]
        self._order = self._shown(texts)  # control k shows option self._order[k]
        self.controls = [
            W.Checkbox(
                value=False,
                description=option_label(k, texts[i]),
                indent=False,
                layout=wide_layout(),
            )
            for k, i in enumerate(self._order)
        ]
        return [W.Label("Tick every option that applies:")]

    def _build_matching(self) -> list[W.Widget]:
        ex: Any = self.exercise
        rights = list(ex.rights)
        shuffled = [rights[i] for i in self._shown(rights)]
        lefts = [p.left for p in ex.pairs]
        self.controls = [
            W.Dropdown(
                options=[("(choose a match)", None), *[(r, r) for r in shuffled]],
                index=0,  # shows "(choose a match)"; value=None would show an empty box
                description=f"{i + 1}. {left}",
                layout=wide_layout(),
                style={"description_width": "initial"},
            )
            for i, left in enumerate(lefts)
        ]
        extra: list[W.Widget] = [W.Label("Choose the match for each item:")]
        if any(len(t) > _LONG for t in [*lefts, *rights]):
            lis = "".join(
                f"<li><strong>{i + 1}.</strong> {esc(t)}</li>" for i, t in enumerate(lefts)
            )
            ris = "".join(f"<li>{esc(t)}</li>" for t in shuffled)
            extra.append(
                W.HTML(
                    "<p><strong>Items</strong></p>"
                    f'<ol style="list-style:none;padding-left:0">{lis}</ol>'
                    f"<p><strong>Matches to choose from</strong></p><ul>{ris}</ul>"
                )
            )
        return extra

    def _build_vignette(self) -> list[W.Widget]:
        ex: Any = self.exercise
        names = _mechanism_names(self.kb, [*ex.at_work, *ex.feedback_absent])
        self._vignette_ids = list(names)
        self.controls = []
        self._rows = []
        for mid, name in names.items():
            tick = W.Checkbox(value=False, description=name, indent=False, layout=wide_layout())
            role = W.Dropdown(
                options=ROLE_CHOICES,
                value=None,
                description=f"Role of {name}:",
                layout=W.Layout(width="auto", display="none"),
                style={"description_width": "initial"},
            )

            def show(change: dict[str, Any], role: W.Dropdown = role) -> None:
                role.layout.display = "" if change["new"] else "none"

            tick.observe(show, names="value")
            self.controls.append(tick)
            self.role_controls[mid] = role
            row = W.HBox([tick, role])
            row.add_class("peerlearn-role")
            self._rows.append(row)
        return [
            W.Label(
                "Tick each mechanism you see at work, then say whether it helps the "
                "relationship, strains it, or both:"
            )
        ]

    def _build_reflection(self) -> list[W.Widget]:
        words = getattr(self.exercise, "words", None)
        area = W.Textarea(
            value="",
            placeholder=(
                "Write your reflection here. It is saved to your own progress file."
                if self.record
                else "Write your reflection here (this copy is not saved)."
            ),
            description="Your reflection",
            rows=reflection_rows(words),
            # every keystroke reaches the kernel in order (so "Save" sees the whole text) and
            # keeps the word count live
            continuous_update=True,
            layout=W.Layout(width="100%"),
            style={"description_width": "initial"},
        )
        self.controls = [area]
        self._words = words
        self.word_count = W.HTML()
        self.word_count.add_class("peerlearn-words")
        area.observe(lambda _c: self._count_words(), names="value")
        self._count_words()
        self._rows = [area, self.word_count]
        return []

    def _count_words(self) -> None:
        if self.word_count is None:
            return
        n = word_count(self.controls[0].value)
        text = f"{n} word{'' if n == 1 else 's'}"
        if self._words:
            text += f" (about {self._words} asked)"
        self.word_count.value = esc(text)

    def _shown(self, texts: Sequence[str]) -> list[int]:
        from peerlearn.exercises.order import shown_order

        return shown_order(texts, seed=self.seed, set_id=self.set_id, exercise_id=self.exercise.id)

    # -- the answer in the controls --------------------------------------------------------------
    def answer(self) -> Any:
        """The answer the controls hold now, or ``None`` when it is not complete."""
        kind = self.exercise.kind
        if kind == "multiple-choice":
            return self.controls[0].value
        if kind == "multiple-select":
            picks = sorted(i for i, c in zip(self._order, self.controls, strict=True) if c.value)
            return picks or None
        if kind == "matching":
            ex: Any = self.exercise
            values = [c.value for c in self.controls]
            if any(v is None for v in values):
                return None
            return {p.left: v for p, v in zip(ex.pairs, values, strict=True)}
        if kind == "vignette":
            named = [
                mid for mid, c in zip(self._vignette_ids, self.controls, strict=True) if c.value
            ]
            roles = {mid: self.role_controls[mid].value for mid in named}
            if not named or any(r is None for r in roles.values()):
                return None
            return roles
        text = self.controls[0].value
        return text if text.strip() else None

    def _incomplete_message(self) -> str:
        if self.exercise.kind == "vignette" and any(c.value for c in self.controls):
            return "Choose whether each mechanism you ticked helps, strains or both."
        return {
            "multiple-choice": "Choose an answer first.",
            "multiple-select": "Tick at least one option first.",
            "matching": "Choose a match for every item first.",
            "vignette": "Tick at least one mechanism first.",
            "reflection": "Write something first.",
        }[self.exercise.kind]

    def _set_locked(self, locked: bool, *, keep_focus: bool = False) -> None:
        """Lock the answer (Check off, Try again on) or unlock it. ``keep_focus``: the button
        pressed is about to be disabled, so the keyboard focus goes on to the control a
        learner needs next (Try again, or the first control), never lost to the page."""
        for c in [*self.controls, *self.role_controls.values()]:
            c.disabled = locked
        self.check_button.disabled = locked
        self.retry_button.disabled = not locked
        if keep_focus:
            (self.retry_button if locked else self.controls[0]).focus()

    # -- actions ---------------------------------------------------------------------------------
    def check(self) -> Result | None:
        """Check the current answer: show feedback, record it, return the result."""
        answer = self.answer()
        if answer is None:
            self.feedback.value = note_html("info", "ℹ " + self._incomplete_message())
            return None
        try:
            result = scoring.check(
                self.exercise, answer, kb=self.kb if self.kb is not None else False
            )
        except AnswerError as e:  # pragma: no cover - the controls only offer valid answers
            self.feedback.value = note_html("incorrect", f"✗ {e}")
            return None
        if self.exercise.kind == "reflection" and not self.record:
            # nothing is written anywhere: say so rather than "Saved"
            result = dataclasses.replace(
                result, headline="✓ Done. This copy does not save reflections: keep a note."
            )
        self.result = result
        if self.exercise.kind != "reflection":
            self.attempts += 1
            self._set_locked(True, keep_focus=True)
        not_saved = self._save(result)
        shown = result
        if not_saved and result.status == "saved":  # one state: never "✓ Saved" beside it
            shown = dataclasses.replace(
                result,
                status="info",
                headline="ℹ There is no right answer: this is for your own learning.",
            )
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
        sol = scoring.solution(self.exercise, kb=self.kb if self.kb is not None else False)
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
        from peerlearn.progress import Attempt, save

        try:
            attempt = Attempt.of(
                result,
                set_id=self.set_id,
                mechanisms=self.tags,
                answer_seen=self.revealed,
                prompt=self.exercise.prompt,
            )
            save(attempt, self.progress_path)
        except Exception as e:
            return _problem("✗ Not saved. ", e)
        return ""

    # -- after a kernel restart: the learner's last answer ---------------------------------------
    def _restore(self) -> None:
        """Show the learner's last answer and its result (from the progress record), with
        “Try again” to answer afresh; a record that cannot be read is said, not fatal."""
        try:
            from peerlearn.progress import last

            rec = last(self.exercise.id, self.set_id, path=self.progress_path)
        except Exception as e:
            self.feedback.value = _problem("ℹ ", e, reading=True)
            return
        if not rec:
            return
        when = written_time(rec.get("time"))
        event = rec.get("event")
        try:
            if event == "reflection":
                fill_controls(self, rec.get("answer"))
                self.feedback.value = note_html(
                    "info",
                    f"ℹ Your reflection as you saved it on {when}. Edit it and save again to keep "
                    "a new version (the earlier one stays in your record).",
                )
                return
            if event == "reveal":
                self.revealed = True
                sol = scoring.solution(self.exercise, kb=self.kb if self.kb is not None else False)
                self._set_locked(True)
                self.feedback.value = note_html(
                    "info",
                    f"ℹ You looked at the answer on {when}. Press “Try again” to "
                    "answer it yourself.",
                ) + sol.html(live=False)
                return
            answer = rec.get("answer")
            fill_controls(self, answer)
            result = scoring.check(
                self.exercise, answer, kb=self.kb if self.kb is not None else False
            )
        except (AnswerError, ValueError, TypeError, KeyError, IndexError, TraitError):
            self.feedback.value = note_html(
                "info",
                f"ℹ You answered this on {when}, but the exercise has changed since and that "
                "answer no longer fits it: please answer again.",
            )
            return
        self.result = result
        self._set_locked(True)
        self.feedback.value = note_html(
            "info", f"ℹ Your last answer, from {when}. Press “Try again” to change it."
        ) + result.html(live=False)


def exercise_widget(exercise: Exercise, **kwargs: Any) -> ExerciseWidget:
    """One exercise as a widget (see :class:`ExerciseWidget` for the keywords)."""
    return ExerciseWidget(exercise, **kwargs)


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
        ids = list(exercise_set.ids)
        reordered = False
        unreadable = ""
        if isinstance(order, str):
            if order == "review":
                from peerlearn.progress import review_order

                try:
                    ids = review_order(exercise_set, path=progress_path)
                except Exception as e:
                    unreadable = _problem("ℹ ", e, reading=True, order=True)
                reordered = ids != list(exercise_set.ids)
            elif order != "authored":
                raise ValueError(
                    f"order must be 'review', 'authored' or a list of exercise ids; got {order!r}"
                )
        else:
            wanted = list(order)
            unknown = [i for i in wanted if i not in ids]
            if unknown or sorted(wanted) != sorted(ids):
                raise ValueError(
                    f"order must list each exercise id of set {exercise_set.id!r} once "
                    f"({', '.join(ids)}); got {wanted!r}"
                )
            ids = wanted
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
        head = f"<h3>{esc(exercise_set.title)}</h3>{paragraphs(exercise_set.description)}"
        notes = []
        if reordered:
            notes.append("Exercises you missed last time come first.")
        if record and not unreadable:
            notes.append("Your answers are saved to your own progress file on this computer.")
        if notes:
            head += f"<p><em>{esc(' '.join(notes))}</em></p>"
        head += unreadable
        self.header = W.HTML(head)
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
