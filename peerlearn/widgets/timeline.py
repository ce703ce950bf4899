"""The timeline: the sources by year (across) and category (rows), linked to the shared selection.

The same anywidget as the concept map, with another picture: choose a mechanism or theory in any
tab and its sources are outlined here; click a source (or Enter/Space on it) to choose it.

Room: one widget (a sibling of explorer, browser, conceptmap and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base` (for :class:`NodePicture`), :mod:`._picture`,
:mod:`._selection`, model and :mod:`peerlearn._html`; never app, cli or _verbs.

>>> tl = Timeline()
>>> tl.select("love-labour")
>>> "source:lynch2007" in tl.neighbours[tl.selected]
True
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .._html import Markup, concat, tag
from ._base import NodePicture
from ._picture import Node, Placed, legend_html, node_markup, svg_picture
from ._selection import Selection, join

__all__ = ["Timeline", "timeline_picture"]

HELP = (
    "Each square is a source, placed by year (across) and category (rows). Choose a mechanism or "
    "theory in another tab to outline its sources here. Click a square, or press Tab to reach the "
    "picture, the arrow keys to move from source to source (in order of year) and Enter or Space "
    "to choose one."
)

_LEFT, _RIGHT, _TOP, _STEP, _PAD = 190.0, 30.0, 40.0, 12.0, 14.0


def timeline_picture(cat: Any) -> Markup:
    """The timeline SVG (with help, legend and a text version) for a catalog."""
    from peerlearn.model import CATEGORIES

    refs = sorted(cat.references, key=lambda r: (r.year if r.year is not None else 9999, r.n or 0))
    cats = [c for c in CATEGORIES if any(r.category == c for r in refs)]
    cats += sorted({r.category for r in refs} - set(cats))
    years = [r.year for r in refs if r.year is not None] or [2000]
    y0, y1 = (min(years) // 5) * 5, -(-max(years) // 5) * 5
    y1 = max(y1, y0 + 5)
    width = 980.0
    per_year = (width - _LEFT - _RIGHT) / (y1 - y0)
    stacks: dict[tuple[str, int | None], int] = defaultdict(int)
    slot: dict[str, int] = {}
    for r in refs:
        slot[r.key] = stacks[(r.category, r.year)]
        stacks[(r.category, r.year)] += 1
    depth = {c: max([n for (cc, _), n in stacks.items() if cc == c] or [1]) for c in cats}
    row_top: dict[str, float] = {}
    y = _TOP
    for c in cats:
        row_top[c] = y
        y += depth[c] * _STEP + 2 * _PAD
    height = y + 40
    axis: list[Markup] = []
    for c in cats:
        mid = row_top[c] + (depth[c] * _STEP + 2 * _PAD) / 2
        axis.append(
            tag(
                "text",
                CATEGORIES.get(c, c).split(" or ")[0].split(",")[0].capitalize(),
                x=_LEFT - 12,
                y=round(mid, 1),
                text_anchor="end",
                dominant_baseline="central",
            )
        )
        axis.append(
            tag("line", x1=_LEFT, x2=width - _RIGHT, y1=row_top[c], y2=row_top[c], stroke_width=0.5)
        )
    for year in range(y0, y1 + 1, 5):
        x = round(_LEFT + (year - y0) * per_year, 1)
        axis.append(tag("line", x1=x, x2=x, y1=_TOP - 6, y2=height - 34, stroke_width=0.5))
        if year % 10 == 0:
            axis.append(tag("text", year, x=x, y=height - 16, text_anchor="middle"))
    placed = []
    for r in refs:
        yr = r.year if r.year is not None else y1
        x = round(_LEFT + (yr - y0) * per_year, 1)
        yy = round(row_top[r.category] + _PAD + _STEP / 2 + slot[r.key] * _STEP, 1)
        node = Node(
            join("source", r.key), "source", r.label, cat.graph.node(join("source", r.key)).name
        )
        placed.append(Placed(node, x, yy, size=4.5))
    nodes = []
    for i, p in enumerate(placed):
        label = tag(
            "text",
            p.node.label,
            x=p.x,
            y=round(p.y - 10, 1),
            text_anchor="middle",
            class_="pl-label pl-timeline-label",
        )
        nodes.append(node_markup(p, label=label, first=i == 0))
    body = concat(
        [
            tag("g", concat(axis), class_="pl-axis", aria_hidden="true"),
            tag("g", concat(nodes), class_="pl-nodes"),
        ]
    )
    svg = svg_picture(
        body,
        width=width,
        height=height,
        title="Timeline of the sources by year and category",
        description=f"{len(refs)} sources from {min(years)} to {max(years)}, one row a category.",
    )
    items = []
    for c in cats:
        in_row = [r for r in refs if r.category == c]
        entries = concat(
            tag("li", f"{r.year if r.year is not None else 'n.d.'}: {r.label}, {r.title}")
            for r in in_row
        )
        items.append(tag("li", tag("strong", CATEGORIES.get(c, c)), tag("ul", entries)))
    text = tag(
        "details",
        tag("summary", "Text version of the timeline (sources by category and year)"),
        tag("ul", concat(items)),
        class_="pl-text-alternative",
    )
    return concat([tag("p", HELP, class_="pl-help"), legend_html(["source"]), svg, text])


class Timeline(NodePicture):
    """Sources by year and category; a selection anywhere outlines the sources it reaches."""

    def __init__(self, kb: Any = None, *, selection: Selection | None = None, **kwargs: Any):
        from ._catalog import catalog

        cat = catalog(kb)
        picture = cat._html.get("__timeline__")
        if picture is None:
            picture = cat._html["__timeline__"] = timeline_picture(cat)
        super().__init__(
            picture=picture,
            neighbours=cat.reach,
            details=cat.brief_html,
            label="Timeline of the sources",
            selection=selection,
            **kwargs,
        )
        self.add_class("pl-timeline")
