"""The mechanism explorer: from a mechanism to its theories and sources, and back.

Choose a mechanism to see its definition, summary, how it can help and how it can strain, its
theories, and its sources as formatted citations (with DOI links) and the reason for each link.
Open a linked source or theory to see every mechanism it supports.

Room: one widget (a sibling of browser, conceptmap, timeline and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base`, :mod:`._picture`, :mod:`._selection`, ipywidgets
and peerlearn rooms below widgets; never app, cli or _verbs.

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
from ipywidgets.widgets.widget_string import HTMLStyle

from .._html import Markup, tag
from ._base import SelectableMixin, StaticFallbackMixin, style_widget
from ._catalog import Catalog, catalog, icon
from ._picture import KINDS
from ._selection import Selection, split

__all__ = ["MechanismExplorer"]

INTRO = (
    "Choose a mechanism, a theory or a source. The buttons under “Open a linked item” open what "
    "the chosen item is linked to; “Back” returns to where you were."
)
_MAX_BUTTON = 48
#: A row of linked items shows this many buttons, then “Show all N”.
FIRST_BUTTONS = 4


def _short(text: str, limit: int = _MAX_BUTTON) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
        self._button_layout = w.Layout(width="auto", margin="2px")
        self._button_style = w.ButtonStyle()
        self._label_style = HTMLStyle()
        self._row_layout = w.Layout(flex_flow="row wrap", align_items="center")
        self._label_layout = w.Layout(width="8.5em", flex="0 0 auto")

        def menu(kind: str, label: str, ids: list[str]) -> w.Dropdown:
            dd = w.Dropdown(
                options=[(_short(cat.option_label(i), 70), i) for i in ids],
                value=None,
                description=label,
                layout=w.Layout(width="auto", min_width="16em", max_width="34em"),
                style={"description_width": "initial"},
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
            layout=w.Layout(width="auto"),
        )
        self._back.on_click(lambda _b: self.back())
        # the name and definition first, then the links (short rows), then the rest of the view
        self._head = w.HTML(layout=w.Layout(width="100%"))
        self._head.add_class("pl-view-head")
        self._view = w.HTML(layout=w.Layout(width="100%"))
        self._view.add_class("pl-view")
        self._shown: Markup = Markup("")
        self._jump_label = w.HTML(str(tag("strong", "Open a linked item:")))
        self._jump_label.add_class("pl-jump-label")
        self._jump = w.VBox(layout=w.Layout(width="100%"))
        self._jump.add_class("pl-jump")
        self._rows: dict[w.Box, tuple[w.HTML, list[w.Button], w.Button | None]] = {}
        controls = w.HBox(
            [*self._menus.values(), self._back],
            layout=w.Layout(flex_flow="row wrap", align_items="center"),
        )
        super().__init__(
            [style_widget(), controls, self._head, self._jump_label, self._jump, self._view],
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
        # item's buttons are built on its first visit (a few ms each in CPython), then cached.

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
    def jump_buttons(self) -> tuple[w.Button, ...]:
        """The buttons that open the items linked to what is shown (collapsed ones too)."""
        return tuple(b for row in self._jump.children for b in self._rows[row][1])

    def expand_links(self, expand: bool = True) -> None:
        """Show every linked item's button (``False``: only the first few of each row)."""
        for row in self._jump.children:
            if self._rows[row][2] is not None:
                self._set_row(row, expand)

    # ------------------------------------------------------------------ callbacks (small)
    def _on_menu(self, change: dict[str, Any]) -> None:
        if self._syncing or change["new"] is None:
            return
        self.selection.value = change["new"]

    def _on_selection(self, change: dict[str, Any]) -> None:
        self._show(change["new"])

    def _on_jump(self, button: w.Button) -> None:
        target = button._pl_target
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
        few buttons, and “Show all N” (a native button, so the keyboard reaches it) for the rest.
        """
        cached = self._buttons.get(node_id)
        if cached is None:
            groups: dict[str, list[w.Button]] = {}
            for target in self._cat.jump_targets(node_id):
                kind = split(target)[0]
                noun = KINDS[kind].noun.lower()
                b = w.Button(
                    description=_short(self._cat.distinct_name(target)),
                    tooltip=f"Open {noun}: {self._cat.option_label(target)}",
                    layout=self._button_layout,  # shared: one widget, not one per button
                    style=self._button_style,
                )
                b.add_class(f"pl-jump-{kind}")
                b._pl_target = target
                b.on_click(self._on_jump)
                groups.setdefault(kind, []).append(b)
            rows = []
            for kind in KINDS:
                if kind not in groups:
                    continue
                buttons = groups[kind]
                label = w.HTML(
                    str(tag("span", icon(kind), f" {KINDS[kind].plural} ({len(buttons)}):")),
                    layout=self._label_layout,
                    style=self._label_style,
                )
                more = None
                if len(buttons) > FIRST_BUTTONS + 1:
                    more = w.Button(layout=self._button_layout)
                    more.add_class("pl-jump-more")
                row = w.HBox([], layout=self._row_layout)
                row.add_class("pl-jump-row")
                self._rows[row] = (label, buttons, more)
                if more is not None:
                    more.on_click(lambda _b, row=row: self._set_row(row, not self._expanded(row)))
                self._set_row(row, False)
                rows.append(row)
            cached = self._buttons[node_id] = tuple(rows)
        return cached

    def _expanded(self, row: w.Box) -> bool:
        return len(row.children) - 2 == len(self._rows[row][1])

    def _set_row(self, row: w.Box, expand: bool) -> None:
        label, buttons, more = self._rows[row]
        if more is None:
            row.children = (label, *buttons)
            return
        plural = KINDS[split(buttons[0]._pl_target)[0]].plural.lower()
        if expand:
            more.description = f"Show fewer {plural}"
            more.tooltip = f"Show only the first {FIRST_BUTTONS} of the {len(buttons)} {plural}"
            row.children = (label, *buttons, more)
        else:
            more.description = f"Show all {len(buttons)} {plural}"
            more.tooltip = f"Show the other {len(buttons) - FIRST_BUTTONS} {plural} linked here"
            row.children = (label, *buttons[:FIRST_BUTTONS], more)

    # ------------------------------------------------------------------ static output
    def static_html(self) -> Markup:
        return tag("div", Markup(self._shown), class_="pl-explorer-static")

    def prefetch(self) -> None:
        """Build the HTML of every item now (the explorer otherwise builds each on first view)."""
        for node_id in self._cat.node_ids():
            self._cat.details_html(node_id)
