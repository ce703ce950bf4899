"""The timeline: the sources by year (across) and category (rows), linked to the shared selection.

The same anywidget as the concept map, with another picture: choose a mechanism or theory in any
tab and the sources linked to it are outlined here; click a source (or Enter/Space on it) to
choose it.

Room: one widget (a sibling of explorer, browser, conceptmap and exercises, which it does not
import). Imports :mod:`._catalog`, :mod:`._base` (for :class:`NodePicture`), :mod:`._picture`,
:mod:`._selection`, model and :mod:`peerlearn._html`; never app, cli or _verbs.

>>> tl = Timeline()
>>> tl.select("love-labour")
>>> "source:lynch2007" in tl.neighbours[tl.selected]
True
"""

from __future__ import annotations

from typing import Any

from peerlearn.knowledge.graph import Node

from .._html import Markup, concat, tag
from ._base import NodePicture
from ._picture import Placed, legend_html, marks, node_markup, svg_picture
from ._selection import Selection, join

__all__ = ["Timeline", "timeline_picture"]

HELP = (
    "Each square is a source, placed by year (across) and category (rows), with its number (the "
    "same as on the concept map; the text version below names each). Choose a mechanism or "
    "theory in another tab to outline the sources linked to it here. Click a square, or press Tab "
    "to reach the picture, the arrow keys to move from source to source (in order of year) and "
    "Enter or Space to choose one."
)

_LEFT, _RIGHT, _TOP, _LANE, _PAD = 170.0, 24.0, 30.0, 20.0, 8.0
_WIDTH = 800.0
_HALF = 5.0  # a square's half-size
_MARK = 17.0  # room for a number of up to two digits at 12 px, right of its square


def _lanes(xs: list[float]) -> list[int]:
    """A lane (0, 1, ...) for each item at x (sorted by x) so that no two items' square and
    number overlap in one lane: the first lane with room, as a beeswarm does.

    >>> _lanes([10.0, 12.0, 60.0, 61.0])
    [0, 1, 0, 1]
    """
    ends: list[float] = []
    out = []
    for x in xs:
        left = x - _HALF - 2
        for lane, end in enumerate(ends):
            if end <= left:
                ends[lane] = x + _HALF + _MARK
                out.append(lane)
                break
        else:
            ends.append(x + _HALF + _MARK)
            out.append(len(ends) - 1)
    return out


def timeline_picture(cat: Any) -> Markup:
    """The timeline SVG (with help, legend and a text version) for a catalog."""
    from peerlearn.model import CATEGORIES

    keys = marks(cat.graph)
    refs = sorted(cat.references, key=lambda r: (r.year if r.year is not None else 9999, r.n or 0))
    cats = [c for c in CATEGORIES if any(r.category == c for r in refs)]
    cats += sorted({r.category for r in refs} - set(cats))
    years = [r.year for r in refs if r.year is not None] or [2000]
    y0, y1 = (min(years) // 5) * 5, -(-max(years) // 5) * 5
    y1 = max(y1, y0 + 5)
    width = _WIDTH
    per_year = (width - _LEFT - _RIGHT - _MARK) / (y1 - y0)

    def x_of(r: Any) -> float:
        return round(_LEFT + ((r.year if r.year is not None else y1) - y0) * per_year, 1)

    lane: dict[str, int] = {}
    depth: dict[str, int] = {}
    for c in cats:
        in_row = [r for r in refs if r.category == c]
        lanes = _lanes([x_of(r) for r in in_row])
        lane.update({r.key: n for r, n in zip(in_row, lanes, strict=True)})
        depth[c] = max(lanes, default=0) + 1
    row_top: dict[str, float] = {}
    y = _TOP
    for c in cats:
        row_top[c] = y
        y += depth[c] * _LANE + 2 * _PAD
    height = y + 34
    axis: list[Markup] = []
    for c in cats:
        mid = row_top[c] + (depth[c] * _LANE + 2 * _PAD) / 2
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
        axis.append(tag("line", x1=x, x2=x, y1=_TOP - 6, y2=height - 30, stroke_width=0.5))
        if year % 10 == 0:
            axis.append(tag("text", year, x=x, y=height - 12, text_anchor="middle"))
    nodes = []
    for i, r in enumerate(refs):
        node_id = join("source", r.key)
        x = x_of(r)
        yy = round(row_top[r.category] + _PAD + _LANE / 2 + lane[r.key] * _LANE, 1)
        node = Node(node_id, "source", r.label, cat.graph.node(node_id).name)
        p = Placed(node, x, yy, size=_HALF, label_side="mark", mark=keys.get(node_id, ""))
        label = tag(
            "text",
            p.mark,
            x=round(x + _HALF + 2, 1),
            y=yy,
            dominant_baseline="central",
            class_="pl-label pl-mark",
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
            tag(
                "li",
                f"{r.year if r.year is not None else 'n.d.'}: "
                f"{keys.get(join('source', r.key), '')} {r.label}, {r.title}",
            )
            for r in in_row
        )
        items.append(tag("li", tag("strong", CATEGORIES.get(c, c)), tag("ul", entries)))
    text = tag(
        "details",
        tag("summary", "Text version of the timeline (sources by category and year, by number)"),
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
