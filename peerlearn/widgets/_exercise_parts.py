"""The small parts every exercise widget is made of: labels, sizes, the stylesheet, the summary.

Shared by the exercise widgets (:mod:`._exercise_controls`, :mod:`._exercise_item`,
:mod:`._exercise_set`) and the assessed set (:mod:`.assessed`): each option's label, the roles
a vignette asks for, a reflection box's height and word count, the stylesheet that lets long
labels wrap, and a set's summary page. Status notes are
:mod:`._exercise_messages`'s; the progress record is :mod:`._exercise_progress`'s.

Room: ``peerlearn.widgets`` internals, above :mod:`._base` (the one stylesheet helper). Imports
ipywidgets and :mod:`._base`; never a widget module above it.

>>> option_label(1, "liminality")
'B. liminality'
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from peerlearn._html import esc

from ._base import style_widget

__all__ = [
    "ROLE_CHOICES",
    "STYLESHEET",
    "option_label",
    "reflection_rows",
    "set_summary",
    "stylesheet",
    "word_count",
]

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _letter(i: int) -> str:
    return _LETTERS[i] if i < len(_LETTERS) else str(i + 1)


#: The roles a learner can give a mechanism in a vignette (value as the bank writes it).
ROLE_CHOICES = (
    ("(choose its role)", None),
    ("helps the relationship", "helps"),
    ("strains the relationship", "strains"),
    ("both helps and strains", "both"),
)


def reflection_rows(words: int | None) -> int:
    """How tall a reflection box is: about 15 words a row, 6 to 12 rows (a longer text scrolls
    inside the box, so the exercise still fits a laptop's screen).

    >>> reflection_rows(None), reflection_rows(50), reflection_rows(150), reflection_rows(300)
    (6, 6, 10, 12)
    """
    if not words:
        return 6
    return max(6, min(12, -(-int(words) // 15)))


def word_count(text: str) -> int:
    """Words as a reader counts them (runs of non-space).

    >>> word_count("It helped that  she listened.")
    5
    """
    return len(text.split())


def option_label(i: int, text: str) -> str:
    """A control's label: the option's letter and its full text (the stylesheet lets it wrap).

    >>> option_label(0, "love labour")
    'A. love labour'
    """
    return f"{_letter(i)}. {text}"


#: ipywidgets sizes its controls for one-line labels: HTML text gets a 28 px line height (it reads
#: double-spaced) and radio and tick-box labels neither wrap nor grow, so a long option is cut off
#: or runs over the next one. Inside an exercise, text flows and labels wrap instead.
STYLESHEET = """
.peerlearn-exercise .widget-html-content { line-height: 1.45; }
.peerlearn-exercise .widget-html-content p { margin: 0.35em 0; }
.peerlearn-exercise .widget-html-content h4 { margin: 0.3em 0 0.5em 0; }
.peerlearn-exercise .widget-radio-box label {
  height: auto; line-height: 1.4; white-space: normal; padding: 3px 0; display: flex;
  align-items: flex-start; gap: 0.4em;
}
.peerlearn-exercise .widget-radio-box input { flex: 0 0 auto; margin-top: 0.2em; order: -1; }
.peerlearn-exercise .widget-checkbox { height: auto; }
.peerlearn-exercise .widget-checkbox label {
  height: auto; line-height: 1.4; white-space: normal; overflow: visible; padding: 1px 0;
  display: flex; align-items: flex-start; gap: 0.4em;
}
.peerlearn-exercise .widget-checkbox input { flex: 0 0 auto; margin-top: 0.2em; }
.peerlearn-exercise textarea {
  font-family: var(--jp-content-font-family, system-ui, sans-serif);
  font-size: var(--jp-content-font-size1, 14px); line-height: 1.5;
}
.peerlearn-exercise .peerlearn-words { color: #4d4d4d; font-size: 0.92em; }
.peerlearn-exercise .peerlearn-role { flex-flow: row wrap; align-items: center; gap: 0 1em; }
/* a long answer (every option explained) scrolls in its own region, so the question, its
   controls and the start of the feedback stay on one laptop screen; browsers let the keyboard
   scroll it */
.peerlearn-feedback-region .pl-live { max-height: 12em; overflow-y: auto; }
.peerlearn-feedback-region .pl-live:empty { display: none; }
.peerlearn-set > .widget-html .widget-html-content { line-height: 1.45; }
.peerlearn-set > .widget-html h3 { margin: 0.2em 0 0.3em 0; }
.peerlearn-set > .widget-html p { margin: 0.2em 0; }
.peerlearn-exercise blockquote { margin: 0.4em 0 0.4em 1.5em; }
.peerlearn-pager-nav { gap: 4px 12px; margin: 4px 0; }
.peerlearn-pager-nav .peerlearn-position { min-width: 9em; text-align: center; }
.peerlearn-summary li { margin: 2px 0; }
.peerlearn-exercise button:focus-visible, .peerlearn-exercise input:focus-visible,
.peerlearn-exercise select:focus-visible, .peerlearn-exercise textarea:focus-visible {
  outline: 2px solid #0072b2; outline-offset: 2px;
}
"""


def stylesheet() -> W.HTML:
    """A hidden HTML widget that carries :data:`STYLESHEET` (it takes no room on the page)."""
    return style_widget(STYLESHEET)


def set_summary(widgets: list[Any], score_html: str = "") -> W.HTML:
    """An exercise set's last page: each question's state, what is left, the score so far.

    >>> from types import SimpleNamespace as NS
    >>> q = NS(exercise=NS(label="Question (multiple choice)"), result=None)
    >>> "1 still to answer" in set_summary([q]).value
    True
    """
    rows = []
    for n, w in enumerate(widgets, start=1):
        r = w.result
        state = "not answered yet" if r is None else (r.headline or "answered")
        rows.append(f"<li><strong>{n}.</strong> {esc(w.exercise.label)}: {esc(state)}</li>")
    todo = sum(1 for w in widgets if w.result is None)
    advice = (
        f"{todo} still to answer: choose one under “Go to”, or press Previous."
        if todo
        else "You have answered every question. Go back to any of them to look at it again."
    )
    return W.HTML(
        f"<h4>Summary of your answers</h4><p>{esc(advice)}</p>"
        f'<ol class="peerlearn-summary" style="padding-left:0;list-style:none">{"".join(rows)}</ol>'
        f"{score_html}"
    )
