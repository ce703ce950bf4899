"""The controls of each exercise kind: build them, read the answer they hold, put one back.

One class per kind, each with one job: the native ipywidgets controls a learner answers with
(``inputs``, laid out as ``rows``, after a short instruction in ``intro``), the answer they hold
now (:meth:`Controls.answer`, ``None`` while it is incomplete, with :meth:`Controls.incomplete`
saying what is missing), and the same answer put back into them (:meth:`Controls.fill`, for an
answer read from the progress record). Options are shown in the learner's own order
(:func:`peerlearn.exercises.order.shown_order`), never the written one; the answer always names
them as written, so the order never reaches a record.

=================  ================================================  ==========================
kind               controls                                          answer
=================  ================================================  ==========================
multiple choice    one RadioButtons                                  the option's written index
multiple select    one Checkbox per option                           sorted written indexes
matching           one Dropdown per item                             {item: its match}
vignette           a Checkbox per mechanism, then a role Dropdown    {mechanism id: role}
reflection         one Textarea and a live word count                the text
=================  ================================================  ==========================

Every control's layout and style is a frozen shared model (:mod:`._shared`): nothing here
changes one after it is made (a vignette's role menu is shown by putting it in its row, not by
changing its layout), except a reflection box's, which is its own.

Room: ``peerlearn.widgets`` internals, below :mod:`._exercise_item` (which lays the controls out
with their buttons and feedback), above :mod:`._exercise_parts`. Imports ipywidgets,
:mod:`peerlearn.exercises` (order, scoring's mechanism names); never :mod:`peerlearn.progress`.

>>> from peerlearn.exercises.model import MultipleChoice, Option
>>> ex = MultipleChoice(id="q1", prompt="Which?", options=[Option("Love labour", correct=True),
...     Option("Liminality")])
>>> c = controls_for(ex, seed="", set_id="demo")
>>> c.answer() is None, c.incomplete()
(True, 'Choose an answer first.')
>>> c.fill("Liminality")
>>> c.answer()
1
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import ipywidgets as W

from peerlearn.exercises._html import esc
from peerlearn.exercises.model import Exercise

from ._exercise_parts import ROLE_CHOICES, option_label, reflection_rows, word_count
from ._shared import (
    SharedCheckboxStyle,
    SharedDescriptionStyle,
    SharedHTMLStyle,
    SharedLabelStyle,
    SharedLayout,
    shared,
)

__all__ = [
    "LONG_TEXT",
    "ChoiceControls",
    "Controls",
    "MatchingControls",
    "ReflectionControls",
    "SelectControls",
    "VignetteControls",
    "controls_for",
]

#: Matching: texts longer than this are also listed in full (a menu cannot wrap).
LONG_TEXT = 60


def wide() -> W.Layout:
    """A control as wide as its label needs, never wider than the exercise (shared, frozen)."""
    return shared(SharedLayout, width="auto", max_width="100%")


def labelled() -> Any:
    """A labelled control's style: the label as wide as its words (shared, frozen)."""
    return shared(SharedDescriptionStyle, description_width="initial")


def label(text: str) -> W.Label:
    """A short instruction before the controls."""
    return W.Label(text, layout=shared(SharedLayout), style=shared(SharedLabelStyle))


class Controls:
    """The controls of one exercise (a subclass per kind; :func:`controls_for` picks it).

    ``inputs``: the controls that hold the answer; ``roles``: a vignette's role menus by
    mechanism id (empty for other kinds); ``intro``: what stands before the controls; ``rows``:
    how they are laid out; ``word_count``: a reflection's live count (``None`` otherwise).
    """

    kind: ClassVar[str] = ""
    #: What to say when :meth:`answer` is ``None``.
    asks_first: ClassVar[str] = ""

    def __init__(
        self, exercise: Exercise, *, seed: str, set_id: str, kb: Any, record: bool = True
    ) -> None:
        self.exercise: Any = exercise
        self.seed = seed
        self.set_id = set_id
        self.kb = kb
        self.record = record
        self.inputs: list[W.DOMWidget] = []
        self.roles: dict[str, W.Dropdown] = {}
        self.intro: list[W.Widget] = []
        self.word_count: W.HTML | None = None
        self.build()
        self.rows: list[W.Widget] = self.layout()

    def build(self) -> None:
        """Make ``inputs`` (and ``intro``, ``roles``)."""
        raise NotImplementedError

    def layout(self) -> list[W.Widget]:
        """The controls as they stand on the page (by default, one under another)."""
        return list(self.inputs)

    def answer(self) -> Any:
        """The answer the controls hold now, or ``None`` when it is not complete."""
        raise NotImplementedError

    def fill(self, answer: Any) -> None:
        """Put a recorded answer back (``ValueError``, ``KeyError``, ``IndexError``,
        ``TypeError`` or traitlets' ``TraitError`` when it no longer fits the exercise)."""
        raise NotImplementedError

    def incomplete(self) -> str:
        """What is missing from the answer, as one sentence saying what to do."""
        return self.asks_first

    @property
    def lockable(self) -> list[W.DOMWidget]:
        """Every control a checked answer locks: the inputs and a vignette's role menus."""
        return [*self.inputs, *self.roles.values()]

    def shown_order(self, texts: Sequence[str]) -> list[int]:
        """The order the learner sees ``texts`` in: position k shows ``texts[order[k]]``."""
        from peerlearn.exercises.order import shown_order

        return shown_order(texts, seed=self.seed, set_id=self.set_id, exercise_id=self.exercise.id)


class ChoiceControls(Controls):
    """Multiple choice: one RadioButtons whose values are the options' written positions."""

    kind = "multiple-choice"
    asks_first = "Choose an answer first."

    def build(self) -> None:
        texts = [o.text for o in self.exercise.options]
        order = self.shown_order(texts)  # values stay the options' own positions (identity)
        self.inputs = [
            W.RadioButtons(
                options=[(option_label(k, texts[i]), i) for k, i in enumerate(order)],
                value=None,
                description="Your answer",
                layout=wide(),
                style=labelled(),
            )
        ]

    def answer(self) -> Any:
        return self.inputs[0].value

    def fill(self, answer: Any) -> None:
        self.inputs[0].value = [o.text for o in self.exercise.options].index(answer)


class SelectControls(Controls):
    """Multiple select: one tick box per option, in the learner's order."""

    kind = "multiple-select"
    asks_first = "Tick at least one option first."

    def build(self) -> None:
        texts = [o.text for o in self.exercise.options]
        self.order = self.shown_order(texts)  # box k shows option order[k]
        self.inputs = [
            W.Checkbox(
                value=False,
                description=option_label(k, texts[i]),
                indent=False,
                layout=wide(),
                style=shared(SharedCheckboxStyle),
            )
            for k, i in enumerate(self.order)
        ]
        self.intro = [label("Tick every option that applies:")]

    def answer(self) -> Any:
        picks = sorted(i for i, c in zip(self.order, self.inputs, strict=True) if c.value)
        return picks or None

    def fill(self, answer: Any) -> None:
        texts = [o.text for o in self.exercise.options]
        picks = {texts.index(a) for a in answer}
        for i, c in zip(self.order, self.inputs, strict=True):
            c.value = i in picks


class MatchingControls(Controls):
    """Matching: one menu per item, its matches in the learner's order; long texts also
    listed in full beside them (a menu cannot wrap)."""

    kind = "matching"
    asks_first = "Choose a match for every item first."

    def build(self) -> None:
        ex = self.exercise
        rights = list(ex.rights)
        shuffled = [rights[i] for i in self.shown_order(rights)]
        lefts = [p.left for p in ex.pairs]
        self.inputs = [
            W.Dropdown(
                options=[("(choose a match)", None), *[(r, r) for r in shuffled]],
                index=0,  # shows "(choose a match)"; value=None would show an empty box
                description=f"{i + 1}. {left}",
                layout=wide(),
                style=labelled(),
            )
            for i, left in enumerate(lefts)
        ]
        self.intro = [label("Choose the match for each item:")]
        if any(len(t) > LONG_TEXT for t in [*lefts, *rights]):
            lis = "".join(
                f"<li><strong>{i + 1}.</strong> {esc(t)}</li>" for i, t in enumerate(lefts)
            )
            ris = "".join(f"<li>{esc(t)}</li>" for t in shuffled)
            self.intro.append(
                W.HTML(
                    "<p><strong>Items</strong></p>"
                    f'<ol style="list-style:none;padding-left:0">{lis}</ol>'
                    f"<p><strong>Matches to choose from</strong></p><ul>{ris}</ul>",
                    layout=shared(SharedLayout),
                    style=shared(SharedHTMLStyle),
                )
            )

    def answer(self) -> Any:
        values = [c.value for c in self.inputs]
        if any(v is None for v in values):
            return None
        return {p.left: v for p, v in zip(self.exercise.pairs, values, strict=True)}

    def fill(self, answer: Any) -> None:
        for p, c in zip(self.exercise.pairs, self.inputs, strict=True):
            c.value = answer[p.left]


class VignetteControls(Controls):
    """A vignette: a tick box per mechanism it offers; ticking one puts its role menu (helps,
    strains, both) beside it, and unticking takes it away (keeping its choice)."""

    kind = "vignette"
    asks_first = "Tick at least one mechanism first."

    def build(self) -> None:
        from peerlearn.exercises.scoring import mechanism_names

        ex = self.exercise
        names = mechanism_names(self.kb, [*ex.at_work, *ex.feedback_absent])
        for mid, name in names.items():
            tick = W.Checkbox(
                value=False,
                description=name,
                indent=False,
                layout=wide(),
                style=shared(SharedCheckboxStyle),
            )
            role = W.Dropdown(
                options=ROLE_CHOICES,
                value=None,
                description=f"Role of {name}:",
                layout=shared(SharedLayout, width="auto"),
                style=labelled(),
            )
            self.inputs.append(tick)
            self.roles[mid] = role
        self.intro = [
            label(
                "Tick each mechanism you see at work, then say whether it helps the "
                "relationship, strains it, or both:"
            )
        ]

    def layout(self) -> list[W.Widget]:
        rows = []
        for tick, role in zip(self.inputs, self.roles.values(), strict=True):
            row = W.HBox([tick], layout=shared(SharedLayout))
            row.add_class("peerlearn-role")

            def show(change: dict[str, Any], row: W.HBox = row, role: W.Dropdown = role) -> None:
                row.children = (row.children[0], role) if change["new"] else row.children[:1]

            tick.observe(show, names="value")
            rows.append(row)
        return rows

    def answer(self) -> Any:
        picks = [mid for mid, c in zip(self.roles, self.inputs, strict=True) if c.value]
        roles = {mid: self.roles[mid].value for mid in picks}
        if not picks or any(r is None for r in roles.values()):
            return None
        return roles

    def fill(self, answer: Any) -> None:
        roles = dict(answer) if isinstance(answer, dict) else dict.fromkeys(answer)
        unknown = set(roles) - set(self.roles)
        if unknown:
            raise ValueError(f"not mechanisms of this vignette: {sorted(unknown)}")
        for (mid, role), c in zip(self.roles.items(), self.inputs, strict=True):
            c.value = mid in roles
            role.value = roles.get(mid)

    def incomplete(self) -> str:
        if any(c.value for c in self.inputs):
            return "Choose whether each mechanism you ticked helps, strains or both."
        return self.asks_first


class ReflectionControls(Controls):
    """A reflection: one text box sized to the words asked, and a live word count."""

    kind = "reflection"
    asks_first = "Write something first."

    def build(self) -> None:
        self.words = getattr(self.exercise, "words", None)
        area = W.Textarea(
            value="",
            placeholder=(
                "Write your reflection here. It is saved to your own progress file."
                if self.record
                else "Write your reflection here (this copy is not saved)."
            ),
            description="Your reflection",
            rows=reflection_rows(self.words),
            # every keystroke reaches the kernel in order (so "Save" sees the whole text) and
            # keeps the word count live
            continuous_update=True,
            layout=shared(SharedLayout, width="100%"),
            style={"description_width": "initial"},
        )
        self.inputs = [area]
        self.word_count = W.HTML(layout=shared(SharedLayout), style=shared(SharedHTMLStyle))
        self.word_count.add_class("peerlearn-words")
        area.observe(lambda _c: self.count_words(), names="value")
        self.count_words()

    def layout(self) -> list[W.Widget]:
        assert self.word_count is not None
        return [self.inputs[0], self.word_count]

    def count_words(self) -> None:
        """Show the words written so far (and about how many are asked)."""
        if self.word_count is None:
            return
        n = word_count(self.inputs[0].value)
        text = f"{n} word{'' if n == 1 else 's'}"
        if self.words:
            text += f" (about {self.words} asked)"
        self.word_count.value = esc(text)

    def answer(self) -> Any:
        text = self.inputs[0].value
        return text if text.strip() else None

    def fill(self, answer: Any) -> None:
        if not isinstance(answer, str):
            raise ValueError("a reflection is text")
        self.inputs[0].value = answer


_KINDS: dict[str, type[Controls]] = {
    c.kind: c
    for c in (
        ChoiceControls,
        SelectControls,
        MatchingControls,
        VignetteControls,
        ReflectionControls,
    )
}


def controls_for(
    exercise: Exercise, *, seed: str = "", set_id: str = "", kb: Any = None, record: bool = True
) -> Controls:
    """The controls for ``exercise``'s kind. ``seed`` and ``set_id`` give the learner's option
    order; ``kb`` the knowledge base for a vignette's mechanism names (``None``: their ids);
    ``record``: whether a reflection is saved (its placeholder says so)."""
    return _KINDS[exercise.kind](exercise, seed=seed, set_id=set_id, kb=kb, record=record)
