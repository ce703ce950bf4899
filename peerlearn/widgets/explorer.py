"""The mechanism explorer: from a mechanism to its theories and sources, and back.

Choose a mechanism to see its definition, summary, how it can help and how it can strain, its
theories, and its sources as formatted citations (with DOI links) and the reason for each link.
Open a linked source or theory to see every mechanism it supports.

Its first view is built with as few widget models as it can (each costs several ms in
JupyterLite, in the kernel and again in the page): a row of linked items builds only the buttons
it shows, the rest when the row is expanded (or :attr:`~MechanismExplorer.jump_buttons` is read);
and the parts whose layout and style never change share frozen models (:mod:`._shared`).

Room: one widget (a sibling of browser, conceptmap, timeline and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base`, :mod:`._picture`, :mod:`._selection`,
:mod:`._shared`, ipywidgets and peerlearn rooms below widgets; never app, cli or _verbs.

>>> ex = MechanismExplorer()
>>> ex.select("liminality")
>>> ex.selected, ex.selected_kind
('liminality', 'mechanism')
>>> ex.select("lynch2007")
>>> [b.description for b in ex.jump_buttons][:1]
['Love labour (mechanism)']
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from .._html import Markup, concat, tag
from ._base import SelectableMixin, StaticFallbackMixin, style_html
from ._catalog import Catalog, catalog, icon
from ._picture import KINDS
from ._selection import Selection, split
from ._shared import (
    SharedButtonStyle,
    SharedDescriptionStyle,
    SharedHTMLStyle,
    SharedLayout,
    shared,
)

__all__ = ["JumpButton", "MechanismExplorer"]

INTRO = (
    "Choose a mechanism, a theory or a source. The buttons under “Open a linked item” open what "
    "the chosen item is linked to; “Back” returns to where you were."
)
_MAX_BUTTON = 48
#: A row of linked items shows this many buttons, then “Show all N”.
FIRST_BUTTONS = 4


def _short(text: str, limit: int = _MAX_BUTTON) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class JumpButton(w.Button):
    """A native button that opens one linked item: its label is the item's name, its
    :attr:`target` the item's node id (``"source:lynch2007"``), which a click selects.

    >>> JumpButton("theory:helper-therapy", description="Helper therapy").target
    'theory:helper-therapy'
    """

    def __init__(self, target: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._target = target

    @property
    def target(self) -> str:
        """The node id this button opens (read-only)."""
        return self._target


def _button_layout() -> w.Layout:
    return shared(SharedLayout, width="auto", margin="2px")


def _row_layout() -> w.Layout:
    return shared(SharedLayout, flex_flow="row wrap", align_items="center")


class _Row:
    """One row of linked items of one kind: its box and label, the items' node ids, the buttons
    built so far (the first few until the row is expanded), and its “Show all N” toggle (``None``
    when the row is short enough to show whole)."""

    __slots__ = ("box", "buttons", "expanded", "kind", "label", "more", "targets")

    def __init__(
        self, box: w.Box, kind: str, label: w.HTML, targets: list[str], more: w.Button | None
    ) -> None:
        self.box, self.kind, self.label, self.targets, self.more = box, kind, label, targets, more
        self.buttons: list[JumpButton] = []
        self.expanded = False


class MechanismExplorer(SelectableMixin, StaticFallbackMixin, w.VBox):
    """Browse mechanisms, theories and sources, each linked both ways.

    Parameters
    ----------
    kb:
        The knowledge base to explore (default: ``peerlearn.knowledge.default()``).
    selection:
        A shared :class:`~peerlearn.widgets._selection.Selection` (``explore()`` passes one so the
        tabs follow each other); by default the explorer has its own.
    start:
        What to show first (default: the first mechanism).
    """

    def __init__(
        self,
        kb: Any = None,
        *,
        selection: Selection | None = None,
        start: str | None = None,
        **kwargs: Any,
    ) -> None:
        self._cat: Catalog = catalog(kb)
        cat = self._cat
        self.selection = selection if selection is not None else Selection()
        self._syncing = False
        self._history: list[str] = []
        self._buttons: dict[str, tuple[w.Box, ...]] = {}
        wide = shared(SharedLayout, width="100%")
        html_style = shared(SharedHTMLStyle)

        def menu(kind: str, label: str, ids: list[str]) -> w.Dropdown:
            dd = w.Dropdown(
                options=[(_short(cat.option_label(i), 70), i) for i in ids],
                value=None,
                description=label,
                layout=shared(SharedLayout, width="auto", min_width="16em", max_width="34em"),
                style=shared(SharedDescriptionStyle, description_width="initial"),
            )
            dd.add_class(f"pl-menu-{kind}")
            dd.observe(self._on_menu, names="value")
            return dd

        ids = cat.node_ids()
        self._menus = {
            kind: menu(kind, label, [i for i in ids if split(i)[0] == kind])
            for kind, label in (
                ("mechanism", "Mechanism"),
                ("theory", "Theory"),
                ("source", "Source"),
            )
        }
        self._back = w.Button(
            description="Back",
            tooltip="Go back to the item you saw before",
            disabled=True,
            layout=shared(SharedLayout, width="auto"),
            style=shared(SharedButtonStyle),
        )
        self._back.on_click(lambda _b: self.back())
        # the name and definition first, then the links (short rows), then the rest of the view
        self._head = w.HTML(layout=wide, style=html_style)
        self._head.add_class("pl-view-head")
        self._view = w.HTML(layout=wide, style=html_style)
        self._view.add_class("pl-view")
        self._shown: Markup = Markup("")
        # the label that never changes carries the stylesheet: no hidden widget for it (as
        # style_widget gives the other views), two models fewer on the first view
        self._jump_label = w.HTML(
            str(concat([style_html(), tag("strong", "Open a linked item:")])),
            layout=shared(SharedLayout),
            style=html_style,
        )
        self._jump_label.add_class("pl-jump-label")
        self._jump = w.VBox(layout=wide)
        self._jump.add_class("pl-jump")
        self._rows: dict[w.Box, _Row] = {}  # a row's box (a child of self._jump) → the row
        controls = w.HBox([*self._menus.values(), self._back], layout=_row_layout())
        super().__init__(
            [controls, self._head, self._jump_label, self._jump, self._view],
            **kwargs,
        )
        self.add_class("pl-widget")
        self.add_class("pl-explorer")
        self.selection.observe(self._on_selection, names="value")
        if self.selection.value:
            self._show(self.selection.value)
        else:
            first = start or (ids[0] if ids else "")
            if first:
                self.select(first)
            else:
                self._view.value = str(tag("p", "This knowledge base is empty."))
        # Only what is shown is built now: the first view is what a learner waits for (in
        # JupyterLite every widget costs several times what it does in CPython). Every other
        # item's buttons are built on its first visit (a few ms each in CPython), then cached;
        # a collapsed row's hidden buttons when it is expanded.

    # ------------------------------------------------------------------ public API

    def back(self) -> None:
        """Return to the previous item, if any."""
        if len(self._history) >= 2:
            self._history.pop()
            previous = self._history.pop()
            self.selection.value = previous

    @property
    def view_html(self) -> str:
        """The HTML of the item shown, head and body (for tests and the static fallback)."""
        return self._shown

    @property
    def jump_buttons(self) -> tuple[JumpButton, ...]:
        """The buttons that open the items linked to what is shown, in row order (collapsed ones
        too: those not built yet are built now, and shown when their row is expanded)."""
        rows = [self._rows[box] for box in self._jump.children]
        return tuple(b for row in rows for b in self._built(row, len(row.targets)))

    def expand_links(self, expand: bool = True) -> None:
        """Show every linked item's button (``False``: only the first few of each row)."""
        for box in self._jump.children:
            row = self._rows[box]
            if row.more is not None:
                self._set_row(row, expand)

    # ------------------------------------------------------------------ callbacks (small)
    def _on_menu(self, change: dict[str, Any]) -> None:
        if self._syncing or change["new"] is None:
            return
        self.selection.value = change["new"]

    def _on_selection(self, change: dict[str, Any]) -> None:
        self._show(change["new"])

    def _on_jump(self, button: JumpButton) -> None:
        target = button.target
        self.selection.value = target
        self._menus[split(target)[0]].focus()  # keep keyboard focus on the page, near the news

    def _show(self, node_id: str) -> None:
        if node_id and node_id not in self._cat.neighbours:
            return  # a selection this knowledge base does not hold
        kind = split(node_id)[0]
        self._syncing = True
        try:
            for k, menu in self._menus.items():
                value = node_id if k == kind else None
                if menu.value != value:
                    menu.value = value
        finally:
            self._syncing = False
        if not node_id:
            self._head.value = str(tag("p", INTRO))
            self._view.value = ""
            self._shown = Markup("")
            self._jump.children = ()
            return
        self._shown = self._cat.details_html(node_id)
        self._head.value = self._cat.head_html(node_id)
        self._view.value = self._cat.body_html(node_id)
        self._jump.children = self._buttons_for(node_id)
        if not self._history or self._history[-1] != node_id:
            self._history.append(node_id)
            del self._history[:-50]
        self._back.disabled = len(self._history) < 2

    def _buttons_for(self, node_id: str) -> tuple[w.Box, ...]:
        """One row per kind (mechanisms, theories, sources): a label with the count, the first
        few buttons, and “Show all N” (a native button, so the keyboard reaches it) for the rest,
        whose buttons are built when the row is first expanded.
        """
        cached = self._buttons.get(node_id)
        if cached is None:
            groups: dict[str, list[str]] = {}
            for target in self._cat.jump_targets(node_id):
                groups.setdefault(split(target)[0], []).append(target)
            boxes = []
            for kind in KINDS:
                if kind not in groups:
                    continue
                targets = groups[kind]
                label = w.HTML(
                    str(tag("span", icon(kind), f" {KINDS[kind].plural} ({len(targets)}):")),
                    layout=shared(SharedLayout, width="8.5em", flex="0 0 auto"),
                    style=shared(SharedHTMLStyle),
                )
                more = None
                if len(targets) > FIRST_BUTTONS + 1:
                    more = w.Button(layout=_button_layout(), style=shared(SharedButtonStyle))
                    more.add_class("pl-jump-more")
                box = w.HBox([], layout=_row_layout())
                box.add_class("pl-jump-row")
                row = self._rows[box] = _Row(box, kind, label, targets, more)
                if more is not None:
                    more.on_click(lambda _b, row=row: self._set_row(row, not row.expanded))
                self._set_row(row, False)
                boxes.append(box)
            cached = self._buttons[node_id] = tuple(boxes)
        return cached

    def _button(self, target: str) -> JumpButton:
        kind = split(target)[0]
        noun = KINDS[kind].noun.lower()
        b = JumpButton(
            target,
            description=_short(self._cat.distinct_name(target)),
            tooltip=f"Open {noun}: {self._cat.option_label(target)}",
            layout=_button_layout(),  # shared: one model, not one per button
            style=shared(SharedButtonStyle),
        )
        b.add_class(f"pl-jump-{kind}")
        b.on_click(self._on_jump)
        return b

    def _built(self, row: _Row, n: int) -> list[JumpButton]:
        """The row's first ``n`` buttons, building those not built yet."""
        n = min(n, len(row.targets))
        row.buttons.extend(self._button(t) for t in row.targets[len(row.buttons) : n])
        return row.buttons[:n]

    def _set_row(self, row: _Row, expand: bool) -> None:
        if row.more is None:
            row.box.children = (row.label, *self._built(row, len(row.targets)))
            return
        n, plural = len(row.targets), KINDS[row.kind].plural.lower()
        row.expanded = expand
        if expand:
            row.more.description = f"Show fewer {plural}"
            row.more.tooltip = f"Show only the first {FIRST_BUTTONS} of the {n} {plural}"
            row.box.children = (row.label, *self._built(row, n), row.more)
        else:
            row.more.description = f"Show all {n} {plural}"
            row.more.tooltip = f"Show the other {n - FIRST_BUTTONS} {plural} linked here"
            row.box.children = (row.label, *self._built(row, FIRST_BUTTONS), row.more)

    # ------------------------------------------------------------------ static output
    def static_html(self) -> Markup:
        return tag("div", Markup(self._shown), class_="pl-explorer-static")

    def prefetch(self) -> None:
        """Build the HTML of every item now (the explorer otherwise builds each on first view)."""
        for node_id in self._cat.node_ids():
            self._cat.details_html(node_id)
