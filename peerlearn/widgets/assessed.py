"""Assessed mode for the learner: answer without feedback, then write the hand-in file.

:class:`AssessedSetWidget` shows a learner's copy of an assessed set
(:mod:`peerlearn.exercises.assessed`: no keys, no answer-revealing feedback) with native,
labelled, keyboard-reachable controls; *Save answer* records the answer in the learner's
progress file with no score and says only that it was saved (the instructor's gradebook scores
it with the keys and releases feedback later). :class:`HandInWidget` makes the file to hand in
(:func:`peerlearn.progress.export`): a name, a tick box to include reflections (unticked by
default: reflections are private) and a button; the file goes to a new name in the export
folder, readable by the instructor (mode 0644), and is offered as a download the browser saves
(in JupyterLite the export folder lives inside the browser tab, out of the learner's reach),
with a line saying where to send it.

>>> from peerlearn.exercises.assessed import learner_copy
>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which?", options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> w = AssessedSetWidget(learner_copy(s, kb=False), record=False)
>>> w.items[0].control.value = "Liminality"
>>> w.items[0].save_answer()["score"] is None, "Saved at" in w.items[0].status.value
(True, True)

Room: ``peerlearn.widgets`` views, beside :mod:`.exercises`. Imports ipywidgets,
:mod:`._base` (the live region), :mod:`._exercise_parts` (the stylesheet that lets long
labels wrap), :mod:`peerlearn.exercises.assessed`,
:mod:`peerlearn.progress`, :mod:`peerlearn._safefiles` and :mod:`peerlearn._html`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as W

from peerlearn._html import Markup, download_link, esc, tag
from peerlearn.exercises.assessed import AssessedSet, load_learner_copy

from ._base import LiveHTML, problem_html
from ._exercise_parts import ROLE_CHOICES, stylesheet
from ._exercise_progress import option_seed
from ._pager import Pager

__all__ = ["AssessedSetWidget", "HandInWidget"]

SAVED = (
    "Saved at {time}. Your answer is recorded; in this assessed set it is marked after you hand "
    "in, and feedback comes then. You can change it and save again until you hand in."
)


def _note(text: str, ok: bool = True) -> str:
    colour = "#0072B2" if ok else "#D55E00"  # Okabe–Ito blue / vermillion
    return f'<p style="border-left:4px solid {colour};padding-left:6px">{esc(text)}</p>'


def _problem(sentence: str, error: BaseException) -> str:
    colour = "#D55E00"  # Okabe–Ito vermillion, as _note's
    return (
        f'<div style="border-left:4px solid {colour};padding-left:6px">'
        + problem_html(sentence, error)
        + "</div>"
    )


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{esc(' '.join(p.split()))}</p>" for p in str(text).split("\n\n") if p.strip()
    )


class _Item(W.VBox):
    """One exercise of an assessed set: its text, its control, Save, and a status line."""

    def __init__(self, number: int, item: Mapping[str, Any], owner: AssessedSetWidget) -> None:
        self.item, self.owner = item, owner
        self.saved = False
        kind = item["kind"]
        head = f"<h4>{number}. {esc(item['prompt'])}</h4>"
        if kind == "vignette":
            title = item.get("title") or "A scenario"
            head = f"<h4>{number}. {esc(title)} (fictional)</h4>" + _paragraphs(item["scenario"])
            head += f"<p><strong>{esc(item['prompt'])}</strong></p>"
            head += (
                "<p>Tick each mechanism you think is at work here, then say whether it helps "
                "the relationship, strains it, or both.</p>"
            )
        self.text = W.HTML(head)
        wide = W.Layout(width="auto", max_width="100%")
        self.roles: dict[str, W.Dropdown] = {}
        if kind == "multiple-choice":
            self.control: Any = W.RadioButtons(
                options=owner.mine(item, "options"), value=None, description="Your answer",
                layout=wide,
            )  # fmt: skip
        elif kind in ("multiple-select", "vignette"):
            if kind == "multiple-select":
                self.choices = [(c, c) for c in owner.mine(item, "options")]
            else:
                names = item.get("mechanism_names") or {}
                self.choices = [(names.get(m, m), m) for m in item["mechanisms"]]
            self.ticks = [
                W.Checkbox(value=False, description=label, indent=False, layout=wide)
                for label, _ in self.choices
            ]
            self.control = W.VBox(self.ticks, layout=wide)
            if kind == "vignette" and item.get("roles"):  # each ticked mechanism's role
                offered = [c for c in ROLE_CHOICES if c[1] is None or c[1] in item["roles"]]
                rows = []
                for tick, (label, mid) in zip(self.ticks, self.choices, strict=True):
                    role = W.Dropdown(
                        options=offered, value=None, description=f"Role of {label}:",
                        style={"description_width": "initial"},
                        layout=W.Layout(width="auto", display="none"),
                    )  # fmt: skip
                    tick.observe(
                        lambda c, r=role: setattr(r.layout, "display", "" if c["new"] else "none"),
                        names="value",
                    )
                    self.roles[mid] = role
                    rows.append(W.HBox([tick, role]))
                    rows[-1].add_class("peerlearn-role")
                self.control = W.VBox(rows, layout=wide)
        elif kind == "matching":
            self.menus = [
                W.Dropdown(
                    options=[("(choose)", None)] + [(r, r) for r in owner.mine(item, "rights")],
                    value=None,
                    description=left,
                    style={"description_width": "initial"},
                    layout=wide,
                )
                for left in item["lefts"]
            ]
            self.control = W.VBox(self.menus, layout=wide)
        else:
            self.control = W.Textarea(
                placeholder="Write your reflection here", description="Your reflection",
                style={"description_width": "initial"},
                layout=W.Layout(width="auto", height="8em"),
            )  # fmt: skip
        self.save = W.Button(
            description="Save answer",
            tooltip=f"Save your answer to question {number} (it is not marked now)",
        )
        self.status = LiveHTML(value="")
        self.save.on_click(lambda _b: self.save_answer())
        super().__init__([self.text, self.control, self.save, self.status])

    def value(self) -> Any:
        kind = self.item["kind"]
        if kind == "multiple-choice":
            return self.control.value
        if kind in ("multiple-select", "vignette"):
            picks = [v for t, (_, v) in zip(self.ticks, self.choices, strict=True) if t.value]
            if kind == "vignette" and self.roles and picks:
                return {m: self.roles[m].value for m in picks}
            return picks
        if kind == "matching":
            return {m.description: m.value for m in self.menus if m.value is not None}
        return self.control.value

    def save_answer(self) -> dict[str, Any] | None:
        """Record the answer (no score, no feedback); return the record, or ``None``."""
        value = self.value()
        if value is None or value == "" or value == [] or value == {}:
            self.status.value = _note("Nothing to save yet. Choose or write an answer first, "
                                      "then press Save answer.", ok=False)  # fmt: skip
            return None
        if isinstance(value, dict) and self.roles and None in value.values():
            self.status.value = _note(
                "Not saved yet: choose whether each mechanism you ticked helps, strains or both.",
                ok=False,
            )
            return None
        try:
            rec = self.owner.copy.answer(self.item["id"], value)
            if self.owner.record:
                from peerlearn.progress import record

                record(**rec, path=self.owner.progress_path)
        except Exception as e:  # the answer stays in the controls; say why
            self.status.value = _problem(
                "Your answer could not be saved just now. It is still here: press Save answer "
                "again in a minute, and tell your instructor if it keeps failing.",
                e,
            )
            return None
        self.status.value = _note(SAVED.format(time=dt.datetime.now().strftime("%H:%M")))
        self.saved = True
        return rec


class AssessedSetWidget(W.VBox):
    """A learner's copy of an assessed set as a form: answer, save, no feedback.

    ``copy``: an :class:`~peerlearn.exercises.assessed.AssessedSet`, its data, or the path of
    a learner's copy; ``progress_path``: the progress file (default: the learner's own);
    ``record=False`` records nothing (a preview); ``seed``: the option order's seed (default:
    the learner's own, :func:`~peerlearn.exercises.order.learner_seed`).
    """

    def __init__(
        self,
        copy: AssessedSet | Mapping[str, Any] | str | os.PathLike[str],
        *,
        progress_path: str | os.PathLike[str] | None = None,
        record: bool = True,
        seed: str | None = None,
    ) -> None:
        # the learner's own option order (the same as in practice mode for this learner)
        self.seed = option_seed(progress_path) if seed is None else seed
        if isinstance(copy, (str, os.PathLike)):
            copy = load_learner_copy(copy)
        elif not isinstance(copy, AssessedSet):
            copy = AssessedSet(copy)
        self.copy, self.progress_path, self.record = copy, progress_path, record
        intro = W.HTML(
            f"<h3>{esc(copy.title)}</h3><p>This set is <strong>assessed</strong>: your answers "
            "are saved but not marked here, and there is no feedback until your instructor "
            "has marked the hand-ins.</p>"
        )
        # one question at a time, so the set fits a laptop's screen; answers stay when moving.
        # Each question's widgets are made when its page is first shown (or ``items[i]`` is
        # read): every widget model is a comm message, and Python work in JupyterLite's kernel
        ids = list(copy.ids)
        names = [
            " ".join(str(copy.items[k].get("title") or copy.items[k]["prompt"]).split())[:40]
            for k in ids
        ]
        self.pager = Pager(
            lambda i: _Item(i + 1, copy.items[ids[i]], self), names, summary=self._summary
        )
        #: the questions as a list (``items[i]`` makes question ``i + 1`` if it was not yet)
        self.items = self.pager.pages
        super().__init__([stylesheet(), intro, self.pager])  # long labels wrap, not cut
        self.add_class("peerlearn-exercise")

    def mine(self, item: Mapping[str, Any], field: str) -> list[str]:
        """An item's options (or rights) in this learner's order (see
        :mod:`peerlearn.exercises.order`)."""
        from peerlearn.exercises.order import shuffled

        return shuffled(
            list(item[field]), seed=self.seed, set_id=self.copy.id, exercise_id=str(item["id"])
        )

    def _summary(self) -> W.HTML:
        # a question whose page was never shown has nothing saved in this widget
        saved = [i in self.pager.built and self.items[i].saved for i in range(len(self.items))]
        rows = "".join(
            f"<li><strong>{i}.</strong> {'saved' if done else 'not saved yet'}</li>"
            for i, done in enumerate(saved, start=1)
        )
        todo = saved.count(False)
        advice = (
            f"{todo} answer{'s are' if todo != 1 else ' is'} not saved yet: choose the question "
            "under “Go to”, answer it and press Save answer."
            if todo
            else "Every answer is saved. When you are ready, write the file to hand in below."
        )
        return W.HTML(
            f"<h4>Summary of your answers</h4><p>{esc(advice)}</p>"
            f'<ol class="peerlearn-summary" style="list-style:none;padding-left:0">{rows}</ol>'
        )


#: Said under the download link unless the instructor gives their own line (``send_to=``).
SEND_TO = (
    "Send this file to your instructor the way your course collects work (for example, upload it "
    "to the assignment on your course's learning platform)."
)


#: JupyterLab draws a link in a widget's HTML as plain text: make the download look like a link
_LINK_STYLE = (
    ".peerlearn-handin a.pl-download{color:#0072B2;text-decoration:underline;font-weight:bold}"
)


class HandInWidget(W.VBox):
    """Make the file to hand in: your name, whether to include reflections, and a button.

    The button writes the hand-in (:func:`peerlearn.progress.export`) and offers it as a download
    the browser saves (a link holding the file itself, so it works in JupyterLite, JupyterLab and
    on a hub alike), with a line saying where to send it: ``send_to`` (the instructor's own
    words, e.g. "Upload it to the Week 3 assignment on Moodle.") or :data:`SEND_TO`. The file
    downloaded is byte for byte the file written, so the gradebook imports it unchanged.

    >>> import tempfile
    >>> from peerlearn.progress import record
    >>> home = tempfile.mkdtemp()
    >>> _ = record("reflection", set_id="s", exercise_id="r", answer="mine", path=f"{home}/p.json")
    >>> w = HandInWidget(progress_path=f"{home}/p.json", folder=home)
    >>> w.name.value = "Ana"
    >>> path = w.write()
    >>> 'download="Ana-' in w.status.value, w.download == path.read_bytes()
    (True, True)
    """

    def __init__(
        self,
        *,
        progress_path: str | os.PathLike[str] | None = None,
        folder: str | os.PathLike[str] | None = None,
        send_to: str | None = None,
    ) -> None:
        self.progress_path, self.folder = progress_path, folder
        self.send_to = send_to or SEND_TO
        #: the bytes of the last hand-in offered as a download (``None`` before the first)
        self.download: bytes | None = None
        self.name = W.Text(description="Your name", placeholder="as your instructor knows you")
        self.include = W.Checkbox(
            value=False,
            indent=False,
            description="Include my reflections (they are private: leave this unticked to "
            "keep them out of the hand-in)",
        )
        self.button = W.Button(
            description="Make my hand-in file",
            tooltip="Make the file to hand in, to download and send to your instructor",
            layout=W.Layout(width="fit-content"),  # the whole label, never cut short
        )
        self.status = LiveHTML(value="")
        self.button.on_click(lambda _b: self.write())
        self.include.layout = W.Layout(width="auto", max_width="100%")
        super().__init__([stylesheet(), self.name, self.include, self.button, self.status])
        self.add_class("peerlearn-exercise")
        self.add_class("peerlearn-handin")

    def write(self) -> Path | None:
        """Write the hand-in (a new file each time), offer it as a download; return its path."""
        from peerlearn._safefiles import export_folder, safe_stem
        from peerlearn.progress import export

        name = " ".join(self.name.value.split())
        if not name:
            self.status.value = _note("Give your name first, so your instructor knows whose "
                                      "work it is.", ok=False)  # fmt: skip
            return None
        try:
            folder = Path(self.folder) if self.folder is not None else export_folder()
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            target = folder / f"{safe_stem(name, 'hand-in')}-{stamp}.json"
            path = export(
                target,
                learner=name,
                source=self.progress_path,
                include_reflections=self.include.value,
            )
            data = path.read_bytes()  # the very bytes written: the checksum stays right
        except Exception as e:
            self.status.value = _problem(
                "Your hand-in file could not be made. Your answers are still saved; try again, "
                "and if it fails again, tell your instructor.",
                e,
            )
            return None
        self.download = data
        what = "with" if self.include.value else "without"
        link = download_link(
            data, path.name, "application/json", f"Download my hand-in file ({path.name})"
        )
        self.status.value = str(
            tag(
                "div",
                tag("style", Markup(_LINK_STYLE)),
                tag("p", f"Your hand-in file is ready ({what} your reflections). ", link),
                tag(
                    "p",
                    "Your browser saves it where it keeps downloads (usually the Downloads "
                    "folder). " + self.send_to,
                ),
                tag("details", tag("summary", "Details"), tag("p", f"A copy is kept at {path}.")),
                style="border-left:4px solid #0072B2;padding-left:6px",
            )
        )
        return path
