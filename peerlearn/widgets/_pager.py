"""One page at a time: Previous / Next, the position ("Question 3 of 10"), a "Go to" menu, and a
summary page after the last, so a set of ten questions takes one screen at 1280×720, not five.

Every page is a widget made once and kept: moving between pages swaps which one is shown, so
what a learner answered, the feedback and the locked or unlocked state stay as they were. Pages
may be given as a function instead (``pages=lambda i: ...``): page ``i`` is then made when it is
first shown (each widget model costs a comm message, a model and a view; several ms apiece in
JupyterLite), so a set of twelve questions makes one question's widgets on its first view. The
pager's own buttons, menu and boxes share frozen layouts and styles (:mod:`._shared`): nothing
here changes a layout or a style after it is made. The
controls are native ipywidgets buttons and a labelled menu (keyboard reachable); the position
is a polite live region, so a screen reader says where the learner is after each move.

Room: ``peerlearn.widgets`` internals, beside :mod:`._exercise_parts`. Imports ipywidgets,
:mod:`._base` (the live region) and :mod:`._shared`; never a widget module above it.

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
>>> lazy = Pager(lambda i: W.Label(f"page {i}"), ["First", "Second"])
>>> lazy.built
[0]
>>> lazy.next_button.click(); lazy.built, lazy.page(1) is lazy.stage.children[0]
([0, 1], True)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, overload

import ipywidgets as W

from peerlearn._html import esc

from ._base import LiveHTML
from ._shared import SharedButtonStyle, SharedDescriptionStyle, SharedLayout, shared

__all__ = ["Pager", "Pages"]


class Pages(Sequence[Any]):
    """A pager's pages as a list, each made when first read (``pager.pages``).

    >>> import ipywidgets as W
    >>> p = Pager(lambda i: W.Label(f"page {i}"), ["First", "Second"])
    >>> len(p.pages), p.built, p.pages[-1].value, p.built
    (2, [0], 'page 1', [0, 1])
    """

    def __init__(self, pager: Pager) -> None:
        self._pager = pager

    def __len__(self) -> int:
        return self._pager.count

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._pager.page(i) for i in range(self._pager.count)[index]]
        if -self._pager.count <= index < 0:
            index += self._pager.count
        return self._pager.page(index)


class Pager(W.VBox):
    """Show ``pages`` one at a time, then ``summary()`` (built afresh each time it is shown).

    ``pages``: the page widgets, or a function ``page(i)`` that makes page ``i`` (called once,
    when the page is first shown or asked for by :meth:`page`). ``names``: one short name per
    page for the "Go to" menu (their number is the number of pages). ``noun``: what a page is
    ("Question"). Attributes for code and tests: ``position`` (0-based; ``len(names)`` is the
    summary), ``previous_button``, ``next_button``, ``go_to`` (a Dropdown), ``stage`` (the Box
    that holds the page shown), ``position_text``, ``built`` (the pages made so far).
    """

    def __init__(
        self,
        pages: Sequence[W.Widget] | Callable[[int], W.Widget],
        names: Sequence[str],
        *,
        summary: Callable[[], W.Widget] | None = None,
        noun: str = "Question",
    ) -> None:
        if callable(pages):
            self._make: Callable[[int], W.Widget] = pages
            self._pages: dict[int, W.Widget] = {}
        else:
            given = list(pages)
            if len(given) != len(names):
                msg = f"Pager: {len(given)} pages but {len(names)} names; give one name a page"
                raise ValueError(msg)
            self._make = given.__getitem__
            self._pages = dict(enumerate(given))
        self.count = len(names)
        self.noun = noun
        self._summary = summary
        self.position = 0
        last = self.count - (0 if summary else 1)
        button = {"layout": shared(SharedLayout), "style": shared(SharedButtonStyle)}
        self.previous_button = W.Button(
            description="Previous",
            icon="arrow-left",
            tooltip=f"Go to the previous {noun.lower()}",
            **button,
        )
        self.next_button = W.Button(
            description="Next",
            icon="arrow-right",
            tooltip=f"Go to the next {noun.lower()}",
            **button,
        )
        options = [(f"{i}. {name}", i - 1) for i, name in enumerate(names, start=1)]
        if summary is not None:
            options.append(("Summary of your answers", self.count))
        self.go_to = W.Dropdown(
            options=options,
            value=0,
            description="Go to",
            layout=shared(SharedLayout, width="auto", max_width="24em"),
            style=shared(SharedDescriptionStyle, description_width="initial"),
        )
        self.position_html = LiveHTML(layout=shared(SharedLayout))
        self.position_html.add_class("peerlearn-position")
        self.stage = W.Box(layout=shared(SharedLayout, display="block", width="100%"))
        self.previous_button.on_click(lambda _b: self.show(self.position - 1))
        self.next_button.on_click(lambda _b: self.show(self.position + 1))
        self._moving = False
        self.go_to.observe(lambda c: self.show(c["new"]) if not self._moving else None, "value")
        self._last = last
        nav = W.HBox(
            [self.previous_button, self.position_html, self.next_button, self.go_to],
            # one question: nothing to move between
            layout=shared(
                SharedLayout,
                align_items="center",
                flex_flow="row wrap",
                **({"display": "none"} if self.count <= 1 else {}),
            ),
        )
        nav.add_class("peerlearn-pager-nav")
        super().__init__(children=[self.stage, nav], layout=shared(SharedLayout))
        self.add_class("peerlearn-pager")
        self.show(0)

    @property
    def pages(self) -> Pages:
        """Every page, as a list; reading one makes it if it was not yet."""
        return Pages(self)

    @property
    def built(self) -> list[int]:
        """The positions of the pages made so far, in order."""
        return sorted(self._pages)

    def page(self, position: int) -> W.Widget:
        """Page ``position`` (0-based), made now if it was not yet."""
        if not 0 <= position < self.count:
            msg = f"Pager: no page {position}; the pages are 0 to {self.count - 1}"
            raise IndexError(msg)
        if position not in self._pages:
            self._pages[position] = self._make(position)
        return self._pages[position]

    @property
    def position_text(self) -> str:
        """Where the learner is, in words: ``Question 3 of 10`` or ``Summary``."""
        if self.position >= self.count:
            return "Summary"
        return f"{self.noun} {self.position + 1} of {self.count}"

    def show(self, position: int) -> None:
        """Show page ``position`` (clamped to the pages and the summary)."""
        position = max(0, min(int(position), self._last))
        moved = position != self.position
        self.position = position
        summary = self._summary  # position is the page count only when there is a summary
        page: Any = self.page(position) if position < self.count or summary is None else summary()
        self.stage.children = (page,)
        self.position_html.value = f"<strong>{esc(self.position_text)}</strong>"
        self.previous_button.disabled = position == 0
        at_end = position >= self._last
        self.next_button.disabled = at_end
        self.next_button.description = (
            "Summary" if self._summary and position == self.count - 1 else "Next"
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
