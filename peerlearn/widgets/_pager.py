"""One page at a time: Previous / Next, the position ("Question 3 of 10"), a "Go to" menu, and a
summary page after the last, so a set of ten questions takes one screen at 1280×720, not five.

Every page is a widget made once and kept: moving between pages swaps which one is shown, so
what a learner answered, the feedback and the locked or unlocked state stay as they were. The
controls are native ipywidgets buttons and a labelled menu (keyboard reachable); the position
is a polite live region, so a screen reader says where the learner is after each move.

Room: ``peerlearn.widgets`` internals, beside :mod:`._exercise_parts`. Imports ipywidgets and
:mod:`._base` (the live region); never a widget module above it.

>>> import ipywidgets as W
>>> p = Pager([W.Label("one"), W.Label("two")], ["First", "Second"], summary=lambda: W.Label("end"))
>>> p.position_text
'Question 1 of 2'
>>> p.next_button.click(); p.position_text, p.stage.children[0].value
('Question 2 of 2', 'two')
>>> p.next_button.click(); p.position_text, p.stage.children[0].value
('Summary', 'end')
>>> p.previous_button.click(); p.stage.children[0].value
'two'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as W

from peerlearn._html import esc

from ._base import LiveHTML

__all__ = ["Pager"]


class Pager(W.VBox):
    """Show ``pages`` one at a time, then ``summary()`` (built afresh each time it is shown).

    ``names``: one short name per page for the "Go to" menu. ``noun``: what a page is
    ("Question"). Attributes for code and tests: ``position`` (0-based; ``len(pages)`` is the
    summary), ``previous_button``, ``next_button``, ``go_to`` (a Dropdown), ``stage`` (the Box
    that holds the page shown), ``position_text``.
    """

    def __init__(
        self,
        pages: Sequence[W.Widget],
        names: Sequence[str],
        *,
        summary: Callable[[], W.Widget] | None = None,
        noun: str = "Question",
    ) -> None:
        self.pages = list(pages)
        self.noun = noun
        self._summary = summary
        self.position = 0
        last = len(self.pages) - (0 if summary else 1)
        self.previous_button = W.Button(
            description="Previous", icon="arrow-left", tooltip=f"Go to the previous {noun.lower()}"
        )
        self.next_button = W.Button(
            description="Next", icon="arrow-right", tooltip=f"Go to the next {noun.lower()}"
        )
        options = [(f"{i}. {name}", i - 1) for i, name in enumerate(names, start=1)]
        if summary is not None:
            options.append(("Summary of your answers", len(self.pages)))
        self.go_to = W.Dropdown(
            options=options,
            value=0,
            description="Go to",
            layout=W.Layout(width="auto", max_width="24em"),
            style={"description_width": "initial"},
        )
        self.position_html = LiveHTML()
        self.position_html.add_class("peerlearn-position")
        self.stage = W.Box(layout=W.Layout(display="block", width="100%"))
        self.previous_button.on_click(lambda _b: self.show(self.position - 1))
        self.next_button.on_click(lambda _b: self.show(self.position + 1))
        self._moving = False
        self.go_to.observe(lambda c: self.show(c["new"]) if not self._moving else None, "value")
        self._last = last
        nav = W.HBox(
            [self.previous_button, self.position_html, self.next_button, self.go_to],
            layout=W.Layout(align_items="center", flex_flow="row wrap"),
        )
        nav.add_class("peerlearn-pager-nav")
        if len(self.pages) <= 1:  # one question: nothing to move between
            nav.layout.display = "none"
        super().__init__(children=[self.stage, nav])
        self.add_class("peerlearn-pager")
        self.show(0)

    @property
    def position_text(self) -> str:
        """Where the learner is, in words: ``Question 3 of 10`` or ``Summary``."""
        if self.position >= len(self.pages):
            return "Summary"
        return f"{self.noun} {self.position + 1} of {len(self.pages)}"

    def show(self, position: int) -> None:
        """Show page ``position`` (clamped to the pages and the summary)."""
        position = max(0, min(int(position), self._last))
        moved = position != self.position
        self.position = position
        summary = self._summary  # position is len(pages) only when there is a summary
        page: Any = (
            self.pages[position] if position < len(self.pages) or summary is None else summary()
        )
        self.stage.children = (page,)
        self.position_html.value = f"<strong>{esc(self.position_text)}</strong>"
        self.previous_button.disabled = position == 0
        at_end = position >= self._last
        self.next_button.disabled = at_end
        self.next_button.description = (
            "Summary" if self._summary and position == len(self.pages) - 1 else "Next"
        )
        self._moving = True
        try:
            self.go_to.value = position
        finally:
            self._moving = False
        if moved and at_end and position > 0:
            self.previous_button.focus()  # Next is now off: the focus is never lost to the page
        elif moved and position == 0 and self._last > 0:
            self.next_button.focus()
