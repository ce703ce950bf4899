"""The source browser: the knowledge base's references as a filterable table, to export and cite.

Filter by category, year range, mechanism and free text; export what the filters show as BibTeX,
RIS or CSL-JSON (a download link, or a new file in the one export folder,
``$PEERLEARN_EXPORTS`` or ``~/peerlearn-exports``: the name typed is only a plain stem, nothing is
ever replaced, and under Voilà there is no save box at all), or copy it as an APA reference list.
In JupyterLite the export folder would be inside the browser tab, where the learner cannot see
it: there the save button offers the file, under the name typed, as a download instead.

Room: one widget (a sibling of explorer, conceptmap, timeline and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base`, :mod:`._selection`, ipywidgets and peerlearn
rooms below widgets (model, interchange, citations); never app, cli or _verbs.

>>> sb = SourceBrowser()
>>> sb.filter(category="theory", years=(1950, 1970))
>>> "festinger1954" in sb.shown_keys
True
>>> sb.filter(text="no such words anywhere")
>>> sb.shown_keys
[]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import ipywidgets as w

from .._html import Markup, concat, download_link, tag
from ._base import StaticFallbackMixin, problem_html, style_widget
from ._catalog import Catalog, Row, catalog
from ._selection import Selection, join, resolve, split

__all__ = ["FORMATS", "SourceBrowser", "filter_rows"]

#: format name → (label, file extension, MIME type)
FORMATS: dict[str, tuple[str, str, str]] = {
    "bibtex": ("BibTeX", "bib", "application/x-bibtex"),
    "ris": ("RIS", "ris", "application/x-research-info-systems"),
    "csl-json": ("CSL-JSON", "json", "application/vnd.citationstyles.csl+json"),
}
ALL = "__all__"


def _in_voila() -> bool:
    """Is this kernel serving a Voilà app? (Voilà sets these in its kernels' environment.)"""
    return any(os.environ.get(v) for v in ("VOILA_BASE_URL", "VOILA_SERVER_URL", "VOILA_KERNEL_ID"))


def _in_lite() -> bool:
    """Is this kernel JupyterLite's (Pyodide)? Its files live in the browser tab, out of sight."""
    return sys.platform == "emscripten"


def filter_rows(
    rows: Sequence[Row],
    *,
    category: str | None = None,
    years: tuple[int, int] | None = None,
    mechanism: str | None = None,
    text: str = "",
) -> list[Row]:
    """The rows that pass every filter (``None``/empty means no filter on that field).

    Free text matches when every word occurs in the reference (case-insensitive). A reference
    without a year passes only when no year range is given.
    """
    words = text.casefold().split()
    out = []
    for r in rows:
        if category and r.category != category:
            continue
        if years is not None and (r.year is None or not years[0] <= r.year <= years[1]):
            continue
        if mechanism and mechanism not in r.mechanisms:
            continue
        if words and not all(word in r.haystack for word in words):
            continue
        out.append(r)
    return out


class SourceBrowser(StaticFallbackMixin, w.VBox):
    """The references as a table with filters, export and an APA list.

    ``kb=`` chooses the knowledge base (default: the package's own); ``selection=`` shares the
    chosen source with the other tabs of :func:`peerlearn.explore`.
    """

    def __init__(self, kb: Any = None, *, selection: Selection | None = None, **kwargs: Any):
        self._cat: Catalog = catalog(kb)
        cat = self._cat
        self.selection = selection if selection is not None else Selection()
        self._row_html: dict[tuple[str, bool], Markup] = {}
        self._syncing = False
        from peerlearn.model import CATEGORIES

        years = [r.year for r in cat.rows if r.year is not None] or [2000]
        self._year_bounds = (min(years), max(years))
        present = [c for c in CATEGORIES if any(r.category == c for r in cat.rows)]
        wide = {"description_width": "initial"}
        self._category = w.Dropdown(
            options=[("All categories", ALL)] + [(CATEGORIES[c], c) for c in present],
            value=ALL,
            description="Category",
            style=wide,
            layout=w.Layout(width="auto"),
        )
        # two labelled number boxes, not an IntRangeSlider: its handles have no accessible name
        lo, hi = self._year_bounds
        self._year_from = w.BoundedIntText(
            value=lo,
            min=lo,
            max=hi,
            description="From year",
            style=wide,
            layout=w.Layout(width="11em"),
        )
        self._year_to = w.BoundedIntText(
            value=hi,
            min=lo,
            max=hi,
            description="To year",
            style=wide,
            layout=w.Layout(width="10em"),
        )
        self._mechanism = w.Dropdown(
            options=[("All mechanisms", ALL)] + [(m.name, m.id) for m in cat.mechanisms],
            value=ALL,
            description="Mechanism",
            style=wide,
            layout=w.Layout(width="auto"),
        )
        self._text = w.Text(
            description="Search",
            placeholder="words in author, title, journal…",
            continuous_update=True,
            style=wide,
            layout=w.Layout(width="20em"),
        )
        self._clear = w.Button(description="Clear filters", layout=w.Layout(width="auto"))
        self._clear.on_click(lambda _b: self.filter())
        self._table = w.HTML(layout=w.Layout(width="100%"))
        self._source = w.Dropdown(
            options=[],
            value=None,
            description="Show source",
            style=wide,
            layout=w.Layout(width="100%", max_width="52em"),
        )
        self._details = w.HTML()
        self._details.add_class("pl-source-details")  # the chosen source's card
        self._format = w.Dropdown(
            options=[(label, name) for name, (label, _, _) in FORMATS.items()],
            value="bibtex",
            description="Export format",
            style=wide,
            layout=w.Layout(width="auto"),
        )
        self._make_link = w.Button(
            description="Make download link",
            tooltip="A link that downloads the references the filters show",
            layout=w.Layout(width="auto"),
        )
        self._path = w.Text(
            description="File name",
            placeholder="peerlearn-references",
            tooltip="A plain name; the file is saved as a new file in the export folder",
            style=wide,
            layout=w.Layout(width="22em"),
        )
        self._save = w.Button(
            description="Save to export folder",
            tooltip="Save the references the filters show as a new file in the export folder",
            layout=w.Layout(width="auto"),
        )
        if _in_voila():  # a visitor of a web app must not write files on the server
            self._path.layout.display = "none"
            self._save.layout.display = "none"
        elif _in_lite():  # a file saved in the browser tab is out of sight: download it instead
            self._path.tooltip = "A plain name for the file your browser downloads"
            self._save.description = "Download with this name"
            self._save.tooltip = "Your browser saves the references the filters show as a file"
        self._apa_button = w.Button(
            description="APA reference list",
            tooltip="Show the references the filters show as an APA list to copy",
            layout=w.Layout(width="auto"),
        )
        self._export_out = w.HTML()
        self._export_out.add_class("pl-export-out")
        self._apa = w.Textarea(
            description="APA list",
            placeholder="Press “APA reference list” to fill this box; then select all and copy.",
            rows=8,
            style=wide,
            layout=w.Layout(width="100%", display="none"),
        )
        self._make_link.on_click(lambda _b: self._on_make_link())
        self._save.on_click(lambda _b: self._on_save())
        self._apa_button.on_click(lambda _b: self._on_apa())
        for control in (
            self._category,
            self._year_from,
            self._year_to,
            self._mechanism,
            self._text,
        ):
            control.observe(self._on_filter, names="value")
        self._format.observe(lambda _c: setattr(self._export_out, "value", ""), names="value")
        self._source.observe(self._on_source, names="value")
        self.selection.observe(self._on_selection, names="value")
        row = {"flex_flow": "row wrap", "align_items": "center"}
        super().__init__(
            [
                style_widget(),
                w.HBox(
                    [
                        self._category,
                        self._mechanism,
                        self._year_from,
                        self._year_to,
                        self._text,
                        self._clear,
                    ],
                    layout=w.Layout(**row),
                ),
                self._table,
                w.HBox([self._source], layout=w.Layout(**row)),
                self._details,
                w.HBox(
                    [self._format, self._make_link, self._path, self._save, self._apa_button],
                    layout=w.Layout(**row),
                ),
                self._export_out,
                self._apa,
            ],
            **kwargs,
        )
        self.add_class("pl-widget")
        self.add_class("pl-source-browser")
        self._rows: list[Row] = list(cat.rows)
        self._refresh()

    # ------------------------------------------------------------------ public API
    def filter(
        self,
        *,
        category: str | None = None,
        years: tuple[int, int] | None = None,
        mechanism: str | None = None,
        text: str = "",
    ) -> None:
        """Set every filter at once (no argument clears them all)."""
        if category is not None and category not in {v for _, v in self._category.options}:
            valid = ", ".join(v for _, v in self._category.options if v != ALL)
            msg = f"unknown category {category!r}; valid here: {valid}"
            raise ValueError(msg)
        if mechanism is not None:
            mechanism = split(resolve(mechanism, self._cat.neighbours, kind="mechanism"))[1]
        lo, hi = years if years is not None else self._year_bounds
        lo = max(min(lo, self._year_bounds[1]), self._year_bounds[0])
        hi = max(min(hi, self._year_bounds[1]), self._year_bounds[0])
        self._syncing = True
        try:
            self._category.value = category or ALL
            self._mechanism.value = mechanism or ALL
            self._year_from.value = min(lo, hi)
            self._year_to.value = max(lo, hi)
            self._text.value = text
        finally:
            self._syncing = False
        self._refresh()

    @property
    def shown_keys(self) -> list[str]:
        """The keys of the references the filters show, in the reference list's order."""
        return [r.key for r in self._rows]

    @property
    def table_html(self) -> str:
        return self._table.value

    @property
    def selected(self) -> str:
        """The reference key chosen here or in another tab (``""`` when no source is chosen)."""
        kind, ident = split(self.selection.value)
        return ident if kind == "source" else ""

    def select(self, key: str) -> None:
        """Choose a source by key (``"lynch2007"``)."""
        self.selection.value = resolve(key, self._cat.neighbours, kind="source")

    def export(self, format: str = "bibtex", path: str | os.PathLike[str] | None = None) -> str:
        """The shown references as ``"bibtex"``, ``"ris"`` or ``"csl-json"``; write to ``path``."""
        if format not in FORMATS:
            msg = f"unknown export format {format!r}; valid: {', '.join(FORMATS)}"
            raise ValueError(msg)
        return self._cat.kb.export(self.shown_keys, format=format, path=path)

    def apa(self) -> str:
        """The shown references as an APA reference list (one entry per paragraph)."""
        return self._cat.apa_list(self.shown_keys)

    # ------------------------------------------------------------------ callbacks
    def _on_filter(self, _change: dict[str, Any]) -> None:
        if not self._syncing:
            self._refresh()

    def _filters(self) -> dict[str, Any]:
        years = (self._year_from.value, self._year_to.value)
        years = (min(years), max(years))
        return {
            "category": None if self._category.value == ALL else self._category.value,
            "years": None if years == self._year_bounds else years,
            "mechanism": None if self._mechanism.value == ALL else self._mechanism.value,
            "text": self._text.value,
        }

    def _refresh(self) -> None:
        self._rows = filter_rows(self._cat.rows, **self._filters())
        self._draw_table()
        options = [(self._cat.option_label(join("source", r.key)), r.key) for r in self._rows]
        self._syncing = True
        try:
            self._source.options = options
            current = self.selected
            self._source.value = current if current in self.shown_keys else None
        finally:
            self._syncing = False
        self._export_out.value = ""

    def _draw_table(self) -> None:
        chosen = self.selected
        body = concat(self._row(r, r.key == chosen) for r in self._rows)
        total = len(self._cat.rows)
        caption = tag("caption", f"{len(self._rows)} of {total} references shown")
        head = tag(
            "thead",
            tag(
                "tr",
                concat(
                    tag("th", h, scope="col")
                    for h in ("No.", "Reference", "Title", "Year", "Category", "Mechanisms")
                ),
            ),
        )
        table = tag("table", caption, head, tag("tbody", body), class_="pl-table")
        self._table.value = str(
            tag(
                "div",
                table,
                class_="pl-table-wrap",
                tabindex="0",
                role="region",
                aria_label="References table (scrolls)",
            )
        )

    def _row(self, r: Row, chosen: bool) -> Markup:
        cached = self._row_html.get((r.key, chosen))
        if cached is None:
            from peerlearn.model import CATEGORIES

            mechs = "; ".join(self._cat.name(join("mechanism", m)) for m in r.mechanisms) or "—"
            label = ("▶ " if chosen else "") + r.label
            cached = tag(
                "tr",
                tag("td", r.n if r.n is not None else "", class_="pl-num"),
                tag("td", label),
                tag("td", r.title, self._cat.record_note(r.key)),
                tag("td", r.year if r.year is not None else "n.d.", class_="pl-num"),
                tag("td", CATEGORIES.get(r.category, r.category)),
                tag("td", mechs),
                class_="is-selected" if chosen else None,
                aria_current="true" if chosen else None,
            )
            self._row_html[(r.key, chosen)] = cached
        return cached

    def _on_source(self, change: dict[str, Any]) -> None:
        if not self._syncing and change["new"]:
            self.selection.value = join("source", change["new"])

    def _on_selection(self, _change: dict[str, Any]) -> None:
        key = self.selected
        self._syncing = True
        try:
            self._source.value = key if key in self.shown_keys else None
        finally:
            self._syncing = False
        self._details.value = self._cat.brief_html(join("source", key)) if key else ""
        self._draw_table()

    def _keys_or_note(self) -> list[str] | None:
        if not self._rows:
            self._export_out.value = str(
                tag("p", "No references match these filters. Loosen a filter to see some.")
            )
            return None
        return self.shown_keys

    def _on_make_link(self, stem: str = "peerlearn-references", note: str = "") -> None:
        if self._keys_or_note() is None:
            return
        fmt = self._format.value
        label, ext, mime = FORMATS[fmt]
        try:
            text = self.export(fmt)
        except Exception as exc:  # shown to the learner, not raised into the event loop
            self._export_out.value = problem_html(
                "The references could not be exported. Try another format, or fewer references.",
                exc,
            )
            return
        n = len(self._rows)
        link = download_link(
            text,
            f"{stem}.{ext}",
            mime,
            f"Download {n} reference{'s' if n != 1 else ''} ({label})",
        )
        self._export_out.value = str(tag("p", link, f" {note}" if note else ""))

    def _on_save(self) -> None:
        """Save into the export folder under a generated name; never replace, never elsewhere."""
        from peerlearn._safefiles import export_folder, safe_stem, save_new

        if _in_voila():  # hidden there; a crafted click message must not write either
            self._export_out.value = str(
                tag("p", "Saving files is turned off on this page. Use the download link instead.")
            )
            return
        if _in_lite():  # a file here would stay in the browser tab: offer a download
            try:
                stem = safe_stem(self._path.value)
            except Exception as exc:
                self._export_out.value = str(tag("p", f"Could not save: {exc}"))
                return
            note = (
                "In the browser version of the course your files are downloads: your browser "
                "saves this one where it keeps downloads (usually the Downloads folder)."
            )
            self._on_make_link(stem, note)
            return
        if self._keys_or_note() is None:
            return
        fmt = self._format.value
        label, ext, _ = FORMATS[fmt]
        try:
            stem = safe_stem(self._path.value)
            folder = export_folder()
            path = save_new(folder, stem, ext, self.export(fmt))
        except Exception as exc:  # shown to the learner, not raised into the event loop
            self._export_out.value = problem_html(
                "The file could not be saved. Try another file name, or use the download link.",
                exc,
            )
            return
        n = len(self._rows)
        self._export_out.value = str(
            tag(
                "p",
                f"Saved {n} reference{'s' if n != 1 else ''} ({label}) as a new file: {path}",
            )
        )

    def _on_apa(self) -> None:
        if self._keys_or_note() is None:
            return
        try:
            self._apa.value = self.apa()
        except Exception as exc:
            self._export_out.value = problem_html(
                "The reference list could not be formatted. Try fewer references, or export them.",
                exc,
            )
            return
        self._apa.layout.display = None

    # ------------------------------------------------------------------ static output
    def static_html(self) -> Markup:
        return Markup(self._table.value)
