"""``explore()``: the mechanism explorer, source browser, concept map and timeline as tabs.

The four share one selection: choose a source in the table and the explorer, the map and the
timeline follow; set it from Python with ``app.select(...)`` and read it back.

The app is built lazily: the first tab (the mechanism explorer) at once, each other tab the
first time it is opened (or ``app.sources``, ``app.map``, ``app.timeline`` is read), and it then
shows the selection made meanwhile. In JupyterLite, where Python runs several times slower, this
makes the first view a quarter of the work.

Where it works: JupyterLab 4 and Voilà 0.5, offline (the widgets load nothing from the network).
In a static export (nbconvert to HTML, print) each widget falls back to plain HTML: the item
shown and the concept map with its text version. nbconvert prefers the live widget when the
notebook holds saved widget state, and that needs JavaScript from a CDN; export with
``--ExecutePreprocessor.store_widget_state=False`` (or from a notebook saved without widget
state, JupyterLab's default) to get the static copy.

On a closed network, Voilà's default template still asks CDNs for Font Awesome and MathJax:
icons drawn with Font Awesome come out blank and LaTeX in Markdown cells stays as raw text.
These widgets use neither; a course notebook that adds icons or equations will miss them.

Room: the top of ``peerlearn.widgets``. May import every widget module below it and any
peerlearn room below widgets; never cli or _verbs.

>>> app = explore()
>>> app.built
('Mechanisms',)
>>> app.select("helper-role")
>>> app.map.selected, app.timeline.selected
('mechanism:helper-role', 'mechanism:helper-role')
>>> app.built
('Mechanisms', 'Concept map', 'Timeline')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from .._html import Markup, concat, tag
from ._base import SelectableMixin, StaticFallbackMixin
from ._catalog import catalog
from ._picture import shipped_style
from ._selection import Selection
from ._shared import SharedHTML, SharedHTMLStyle, SharedLayout, shared
from .browser import SourceBrowser
from .conceptmap import ConceptMap
from .explorer import MechanismExplorer
from .timeline import Timeline

__all__ = ["ExplorerApp", "explore", "prepare"]

TITLES = ("Mechanisms", "Sources", "Concept map", "Timeline")
#: What a tab not yet built shows for the moment it takes to build.
OPENING = "Opening this tab…"


class ExplorerApp(SelectableMixin, StaticFallbackMixin, w.VBox):
    """The composed app. ``.explorer``, ``.sources``, ``.map`` and ``.timeline`` are its parts."""

    def __init__(self, kb: Any = None, *, start: str | None = None, **kwargs: Any) -> None:
        self._cat = catalog(kb)
        self.selection = Selection()
        self.explorer = MechanismExplorer(kb, selection=self.selection, start=start)
        makers: dict[str, Callable[[], w.Widget]] = {
            "Sources": lambda: SourceBrowser(kb, selection=self.selection),
            "Concept map": lambda: ConceptMap(kb, selection=self.selection),
            "Timeline": lambda: Timeline(kb, selection=self.selection),
        }
        self._makers = makers
        self._built: dict[str, w.Widget] = {"Mechanisms": self.explorer}
        # each later tab is a box that holds a line until the tab is first opened: one model for
        # the line and one layout, shared by the three boxes (none is seen before it is opened)
        opening = shared(
            SharedHTML,
            value=str(tag("p", OPENING, class_="pl-note")),
            layout=shared(SharedLayout),
            style=shared(SharedHTMLStyle),
        )
        self._slots = {title: w.VBox([opening], layout=shared(SharedLayout)) for title in makers}
        self.tabs = w.Tab(children=[self.explorer, *self._slots.values()], titles=TITLES)
        self.tabs.observe(self._on_tab, names="selected_index")
        review = getattr(self._cat.kb, "review", None)
        intro = (
            "The five mechanisms that Watson's review found to underpin peer support, the "
            "theories behind them and the studies they draw on."
            if review is not None
            else "Mechanisms, the theories behind them and the sources they draw on."
        )
        header = w.HTML(
            str(
                concat(
                    [tag("h2", "Peer support: mechanisms, theories and sources"), tag("p", intro)]
                )
            ),
            layout=shared(SharedLayout),
            style=shared(SharedHTMLStyle),
        )
        # the stylesheet comes with the explorer (always built, in the first tab; a hidden tab's
        # <style> still applies), so the app needs no widget of its own for it
        super().__init__([header, self.tabs], **kwargs)
        self.add_class("pl-widget")
        self.add_class("pl-app")

    # ------------------------------------------------------------------ the tabs, built lazily
    @property
    def built(self) -> tuple[str, ...]:
        """The titles of the tabs built so far, in tab order."""
        return tuple(t for t in TITLES if t in self._built)

    def _part(self, title: str) -> Any:
        part = self._built.get(title)
        if part is None:
            part = self._built[title] = self._makers[title]()
            self._slots[title].children = (part,)
        return part

    def _on_tab(self, change: dict[str, Any]) -> None:
        index = change["new"]
        if isinstance(index, int) and 0 < index < len(TITLES):
            self._part(TITLES[index])

    @property
    def sources(self) -> SourceBrowser:
        """The source browser (the "Sources" tab), built on first use."""
        return self._part("Sources")

    @property
    def map(self) -> ConceptMap:
        """The concept map (the "Concept map" tab), built on first use."""
        return self._part("Concept map")

    @property
    def timeline(self) -> Timeline:
        """The timeline (the "Timeline" tab), built on first use."""
        return self._part("Timeline")

    def show(self, tab: str) -> None:
        """Bring a tab to the front: one of :data:`TITLES` (``"Concept map"``, …)."""
        if tab not in TITLES:
            msg = f"unknown tab {tab!r}; valid: {', '.join(TITLES)}"
            raise ValueError(msg)
        self.tabs.selected_index = TITLES.index(tab)

    def static_html(self) -> Markup:
        note = tag(
            "p",
            "A static copy of the explorer: the item selected and the concept map. Run the "
            "notebook in JupyterLab or Voilà to explore.",
            class_="pl-note",
        )
        # the concept map as it would show now, drawn without building the map's widget
        if "Concept map" in self._built:
            return concat([note, self.explorer.static_html(), self.map.static_html()])
        details = self._cat.brief_html(self.selection.value) if self.selection.value else ""
        picture = tag(
            "div",
            Markup(self._cat.concept_map_picture()),
            tag("div", Markup(details), class_="pl-details"),
            class_="pl-picture-root",
        )
        return concat([note, self.explorer.static_html(), shipped_style("conceptmap.css"), picture])


def explore(kb: Any = None, *, start: str | None = None, **kwargs: Any) -> ExplorerApp:
    """The explorer app for a notebook cell or a Voilà page.

    ``kb`` is a knowledge base from ``peerlearn.load(folder)`` (default: the package's own);
    ``start`` what to show first (default: the first mechanism).
    """
    return ExplorerApp(kb, start=start, **kwargs)


def prepare(kb: Any = None, *, start: str | None = None) -> None:
    """Make now, and keep, what the explorer's first view shows of ``kb`` (default: the package's
    own): the menus' labels, the first item's view and links, and the concept map of the static
    copy. No widget is made; the catalog keeps them for the life of the kernel, so a later
    :func:`explore` finds them made.

    JupyterLite's saved start calls it (classroom/lite/build.py): the knowledge base is the
    package's own data, the same in every learner's browser, and in the browser this work is a
    third of the explorer's first view.

    >>> prepare()
    >>> explore().explorer.view_html == catalog().details_html(catalog().node_ids()[0])
    True
    """
    cat = catalog(kb)
    ids = cat.node_ids()
    for node_id in ids:
        cat.option_label(node_id)
    first = start or (ids[0] if ids else "")
    if first:
        cat.details_html(first)
        cat.head_html(first)
        cat.body_html(first)
        cat.brief_html(first)
        for target in cat.jump_targets(first):
            cat.distinct_name(target)
            cat.option_label(target)
    cat.concept_map_picture()
