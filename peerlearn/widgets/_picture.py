"""A picture of linked nodes (an SVG built in Python) that a learner can click or key through.

Why an anywidget with plain SVG, and not a network library? On this project's machines (JupyterLab
4.6, Voilà 0.5, offline Chromium, 77 nodes) we tried the alternatives:

* a small anywidget drawing plain SVG, with no URL imports, renders in JupyterLab and in Voilà,
  sends clicks and keys to Python, takes ``selected`` from Python, and axe-core finds nothing wrong;
* ipysigma draws on a canvas that the keyboard cannot reach, and axe reports critical ARIA and
  contrast failures;
* altair's ``JupyterChart`` loads its JavaScript from a CDN and shows nothing offline;
* plotly's ``FigureWidget`` ships about 5 MB for each figure;
* ipycytoscape has had no release since 2022.

So the picture is an SVG string built here, in Python, with :mod:`peerlearn._html` (every
label escaped). The same string is the static picture for print, nbconvert and screen readers that
skip the widget, and the JavaScript (``conceptmap.js``) only inserts it, wires clicks and keys, and
toggles classes when ``selected`` changes. Layout, text and escaping stay in Python, where they are
tested without a browser.

Meaning never rests on colour alone: each kind of node has its own shape (mechanism: circle,
theory: diamond, source: square) and a label; the selected node gets a dashed ring and a bold label;
linked nodes get a thick outline; others fade. Colours are from Okabe & Ito's palette.

Room: the lowest widget module, with :mod:`._selection` beside it. Imports only
:mod:`peerlearn._html`, the graph it draws (:mod:`peerlearn.knowledge.graph`: Graph, Node) and the
standard library: no widget module, no ipywidgets or anywidget.

>>> from peerlearn.knowledge.graph import Graph, Node
>>> g = Graph(
...     nodes=(Node("mechanism:a", "mechanism", "A <1>"), Node("source:b", "source", "B")),
...     edges=(("mechanism:a", "source:b"),),
... )
>>> g.neighbours()["source:b"]
['mechanism:a']
>>> "A &lt;1&gt;" in radial_svg(g)
True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from peerlearn.knowledge.graph import Graph, Node

from .._html import OKABE_ITO, Markup, concat, tag
from ._labels import At, Box, place, wrap

__all__ = [
    "KINDS",
    "Placed",
    "legend_html",
    "map_key",
    "map_picture",
    "marks",
    "radial_layout",
    "radial_svg",
    "shipped_style",
    "style_element",
    "svg_picture",
    "text_alternative",
]


@dataclass(frozen=True)
class Kind:
    """How one kind of node is drawn: a shape, a fill and a word for it."""

    name: str
    shape: str
    fill: str
    noun: str
    plural: str


#: Mechanism = vermillion circle, theory = blue diamond, source = bluish-green square.
#: Each fill has at least 3:1 contrast with white (WCAG 1.4.11) and a dark outline.
KINDS: dict[str, Kind] = {
    "mechanism": Kind("mechanism", "circle", OKABE_ITO["vermillion"], "Mechanism", "Mechanisms"),
    "theory": Kind("theory", "diamond", OKABE_ITO["blue"], "Theory", "Theories"),
    "source": Kind("source", "square", OKABE_ITO["bluish_green"], "Source", "Sources"),
}


@dataclass(frozen=True)
class Placed:
    """A node with its position (and the angle, in degrees, at which its label is written)."""

    node: Node
    x: float
    y: float
    angle: float = 0.0
    label_side: str = "below"  # below | outward | radial | mark
    size: float | None = None  # the shape's half-size; None: the kind's default
    mark: str = ""  # a short visible key ("B", "12") drawn instead of the label; see map_key()
    label_at: At | None = None  # where the label was placed (radial_layout); None: by the side

    def mark_box(self) -> Box:
        """The box of the node's shape (a diamond's points reach 1.3 times its half-size)."""
        r = (self.size or _SIZES[self.node.kind]) * (1.3 if self.node.kind == "theory" else 1.0)
        return Box(self.x - r, self.y - r, self.x + r, self.y + r)


def _circular_mean(angles: Sequence[float]) -> float:
    s = sum(math.sin(a) for a in angles)
    c = sum(math.cos(a) for a in angles)
    return math.atan2(s, c) % (2 * math.pi)


def marks(graph: Graph) -> dict[str, str]:
    """The short keys drawn for theories (A, B, ...) and sources (1, 2, ...), in node order.

    Their names do not fit on a picture that fits a laptop at a legible size (12 px or more), so
    the map draws these keys and :func:`map_key` lists what each stands for.

    >>> g = Graph(nodes=(Node("theory:t", "theory", "T"), Node("source:s", "source", "S")))
    >>> marks(g)
    {'theory:t': 'A', 'source:s': '1'}
    """
    out: dict[str, str] = {}
    theories = [n for n in graph.nodes if n.kind == "theory"]
    sources = [n for n in graph.nodes if n.kind == "source"]
    for i, n in enumerate(theories):
        letters = ""
        i += 1
        while i:  # A..Z, AA, AB, ...
            i, r = divmod(i - 1, 26)
            letters = chr(65 + r) + letters
        out[n.id] = letters
    out.update({n.id: str(i) for i, n in enumerate(sources, 1)})
    return out


def radial_layout(
    graph: Graph, *, radii: tuple[float, float, float] = (92.0, 170.0, 236.0)
) -> tuple[list[Placed], float]:
    """Place mechanisms on an inner ring, theories on a middle ring, sources on the outer ring.

    Each theory and source is put near the mean angle of the nodes it links to, so links stay
    short; the order is then spread evenly round its ring. Returns the placed nodes (in keyboard
    order: mechanisms, theories, sources, each clockwise from the top) and the picture's size
    (drawn at that size in CSS pixels, so its 12 px text stays 12 px on screen). Theories and
    sources carry a short mark (see :func:`marks`) instead of their names.
    """
    margin = 30.0
    keys = marks(graph)
    size = 2 * (radii[2] + margin)
    cx = cy = size / 2
    nbrs = graph.neighbours()
    rings = {k: [n for n in graph.nodes if n.kind == k] for k in KINDS}
    angle: dict[str, float] = {}
    start = -math.pi / 2  # 12 o'clock

    def spread(nodes: list[Node], offset: float) -> None:
        count = len(nodes)
        for i, n in enumerate(nodes):
            angle[n.id] = (start + offset + 2 * math.pi * i / max(count, 1)) % (2 * math.pi)

    spread(rings["mechanism"], 0.0)
    for kind in ("theory", "source"):
        wanted: list[tuple[float, int, Node]] = []
        for i, n in enumerate(rings[kind]):
            placed = [angle[m] for m in nbrs[n.id] if m in angle]
            # unlinked nodes go last (after every angle), in their given order
            key = (_circular_mean(placed) - start) % (2 * math.pi) if placed else 10.0 + i
            wanted.append((key, i, n))
        wanted.sort(key=lambda t: (t[0], t[1]))
        ordered = [n for _, _, n in wanted]
        # align the ring so the first node sits at its wished angle
        first = wanted[0][0] if wanted and wanted[0][0] < 10 else 0.0
        half_step = math.pi / max(len(ordered), 1)
        spread(ordered, first - half_step)
        rings[kind] = ordered

    placed_nodes: list[Placed] = []
    for kind, radius in zip(KINDS, radii, strict=True):
        for n in sorted(rings[kind], key=lambda n: (angle[n.id] - start) % (2 * math.pi)):
            a = angle[n.id]
            placed_nodes.append(
                Placed(
                    n,
                    round(cx + radius * math.cos(a), 1),
                    round(cy + radius * math.sin(a), 1),
                    math.degrees(a),
                    "below" if kind == "mechanism" else "mark",
                    mark=keys.get(n.id, ""),
                )
            )
    return place_labels(placed_nodes, size), size


def place_labels(placed: list[Placed], size: float) -> list[Placed]:
    """Each node with its label placed clear of every mark and every other label (see
    :mod:`._labels`): the small marks of sources and theories first, then the mechanisms'
    names, longest first."""
    avoid = [p.mark_box() for p in placed]
    # the longest names first: they need the most room
    order = sorted(
        range(len(placed)),
        key=lambda i: (placed[i].node.kind == "mechanism", -len(placed[i].node.label)),
    )
    out = list(placed)
    for i in order:
        p = placed[i]
        mechanism = p.node.kind == "mechanism"
        label = p.node.label
        lines = [wrap(label, w) for w in (14, 20, 10)] if mechanism else [[p.mark]]
        half = p.mark_box().x1 - p.x
        at = place(
            lines,
            (p.x, p.y),
            half,
            angle=math.radians(p.angle),
            size=13.0 if mechanism else 12.0,
            avoid=avoid,
            bounds=(0.0, 0.0, size, size),
        )
        avoid.append(at.box)
        out[i] = replace(p, label_at=at)
    return out


_SIZES = {"mechanism": 13.0, "theory": 8.0, "source": 6.0}


def shape(kind: str, x: float, y: float, r: float | None = None) -> Markup:
    """The SVG shape for a kind of node, centred on (x, y)."""
    k = KINDS[kind]
    r = _SIZES[kind] if r is None else r
    common = {"class_": "pl-shape", "fill": k.fill}
    if k.shape == "circle":
        return tag("circle", cx=x, cy=y, r=r, **common)
    if k.shape == "diamond":
        pts = f"{x},{y - r * 1.3} {x + r * 1.3},{y} {x},{y + r * 1.3} {x - r * 1.3},{y}"
        return tag("polygon", points=pts, **common)
    return tag("rect", x=x - r, y=y - r, width=2 * r, height=2 * r, **common)


def _lines(lines: list[str], tx: float, ty: float, first_dy: float, **attributes: object) -> Markup:
    # a space ends every line but the last, so the text reads (and is named) as written
    spans = [
        tag(
            "tspan",
            line + (" " if i < len(lines) - 1 else ""),
            x=tx,
            dy=(first_dy if i == 0 else 15),
        )
        for i, line in enumerate(lines)
    ]
    return tag("text", *spans, x=tx, y=ty, class_="pl-label", **attributes)


def _label(p: Placed) -> Markup:
    """The visible label: every word of ``node.label`` (screen readers get it in the name too)."""
    kind = p.node.kind
    r = p.size or _SIZES[kind]
    if p.label_at is not None:  # placed clear of every mark and label (place_labels)
        at = p.label_at
        if p.label_side == "mark":
            return tag("text", at.lines[0], x=at.x, y=at.y, class_="pl-label pl-mark",
                       text_anchor=at.anchor)  # fmt: skip
        return _lines(list(at.lines), at.x, at.y, 0, text_anchor=at.anchor)
    if p.label_side == "below":
        lines = wrap(p.node.label)
        # under the node, running outward (left of centre: leftward), so neighbours never meet
        cos = math.cos(math.radians(p.angle)) if p.angle else 0.0
        if abs(cos) < 0.3:
            return _lines(lines, p.x, p.y, r + 14, text_anchor="middle")
        tx = p.x + r if cos < 0 else p.x - r
        return _lines(lines, tx, p.y, r + 14, text_anchor="end" if cos < 0 else "start")
    a = p.angle % 360
    rad = math.radians(a)
    if p.label_side == "mark":
        gap = (r * 1.3 if kind == "theory" else r) + 10
        tx, ty = p.x + gap * math.cos(rad), p.y + gap * math.sin(rad)
        return tag(
            "text",
            p.mark,
            x=round(tx, 1),
            y=round(ty, 1),
            class_="pl-label pl-mark",
            text_anchor="middle",
            dominant_baseline="central",
        )
    if p.label_side == "outward":
        lines = wrap(p.node.label)
        cos, sin = math.cos(rad), math.sin(rad)
        gap = r * 1.3 + 5
        tx, ty = p.x + gap * cos, p.y + gap * sin
        anchor = "middle" if abs(cos) < 0.35 else ("start" if cos > 0 else "end")
        # lines go below a node in the lower half, above it in the upper half
        height = 14 * (len(lines) - 1)
        first = 10 if sin > 0.35 else (-height - 2 if sin < -0.35 else 4 - height / 2)
        return _lines(lines, round(tx, 1), round(ty, 1), round(first, 1), text_anchor=anchor)
    # radial label, written outward; flipped on the left half so it never reads upside down
    left = 90 < a < 270
    gap = r + 6
    tx, ty = p.x + gap * math.cos(rad), p.y + gap * math.sin(rad)
    rot = a + 180 if left else a
    return tag(
        "text",
        p.node.label,
        x=round(tx, 1),
        y=round(ty, 1),
        transform=f"rotate({round(rot, 1)} {round(tx, 1)} {round(ty, 1)})",
        class_="pl-label",
        text_anchor="end" if left else "start",
        dominant_baseline="central",
    )


def node_markup(p: Placed, *, label: Markup | None = None, first: bool = False) -> Markup:
    """One focusable node: a ``<g role="button">`` holding its shape, label and tooltip."""
    n = p.node
    noun = KINDS[n.kind].noun
    name = f"{noun} {p.mark}: {n.full_name}" if p.mark else f"{noun}: {n.accessible_name}"
    return tag(
        "g",
        tag("title", name),
        tag("circle", cx=p.x, cy=p.y, r=(p.size or _SIZES[n.kind]) * 1.3 + 4, class_="pl-halo"),
        shape(n.kind, p.x, p.y, p.size),
        _label(p) if label is None else label,
        class_=f"pl-node pl-{n.kind}",
        data_node=n.id,
        role="button",
        tabindex="0" if first else "-1",
        aria_pressed="false",
        aria_label=name,
    )


def edges_markup(edges: Iterable[tuple[str, str]], pos: dict[str, tuple[float, float]]) -> Markup:
    lines = []
    for a, b in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        lines.append(tag("line", x1=x1, y1=y1, x2=x2, y2=y2, data_a=a, data_b=b, class_="pl-edge"))
    return tag("g", concat(lines), class_="pl-edges", aria_hidden="true")


def svg_picture(
    body: Markup, *, width: float, height: float, title: str, description: str
) -> Markup:
    """Wrap markup in an ``<svg>`` that is a labelled group of buttons."""
    return tag(
        "svg",
        tag("title", title),
        tag("desc", description),
        body,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {round(width)} {round(height)}",
        width=round(width),
        height=round(height),
        class_="pl-svg",
        role="group",
        aria_label=title,
        font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        font_size="12",
    )


def radial_svg(graph: Graph, *, title: str = "Concept map") -> Markup:
    """The concept map as a static SVG string (the widget inserts this same markup)."""
    placed, size = radial_layout(graph)
    pos = {p.node.id: (p.x, p.y) for p in placed}
    nodes = concat(node_markup(p, first=(i == 0)) for i, p in enumerate(placed))
    counts = {k: sum(1 for n in graph.nodes if n.kind == k) for k in KINDS}
    desc = (
        f"{counts['mechanism']} mechanisms in the inner ring, {counts['theory']} theories in the "
        f"middle ring and {counts['source']} sources in the outer ring; lines join linked items. "
        "The text version below lists the same links."
    )
    return svg_picture(
        concat([edges_markup(graph.edges, pos), tag("g", nodes, class_="pl-nodes")]),
        width=size,
        height=size,
        title=title,
        description=desc,
    )


def legend_html(kinds: Iterable[str] = KINDS) -> Markup:
    """A legend naming each shape, drawn with the same shapes as the picture."""
    items = []
    for k in kinds:
        icon = tag(
            "svg",
            shape(k, 10, 10, 6 if k != "mechanism" else 7),
            width=20,
            height=20,
            viewBox="0 0 20 20",
            aria_hidden="true",
            focusable="false",
        )
        mark = {"theory": ", marked A, B, …", "source": ", marked 1, 2, …"}.get(k, "")
        items.append(tag("li", icon, f" {KINDS[k].noun} ({KINDS[k].shape}{mark})"))
    items.append(
        tag(
            "li",
            tag("span", "◌", class_="pl-legend-ring", aria_hidden="true"),
            " selected: dashed ring and bold label; linked: thick outline; others fade",
        )
    )
    return tag("ul", concat(items), class_="pl-legend", aria_label="Legend")


def text_alternative(
    graph: Graph, *, kinds: Sequence[str] = ("mechanism", "theory"), heading: str = "Text version"
) -> Markup:
    """The map as nested lists: each mechanism (then each theory) and what it links to."""
    nbrs = graph.neighbours()
    blocks = []
    for kind in kinds:
        items = []
        for n in graph.nodes:
            if n.kind != kind:
                continue
            groups = []
            for other in KINDS:
                linked = [graph.node(i) for i in nbrs[n.id] if graph.node(i).kind == other]
                if linked:
                    names = concat((m.full_name for m in linked), sep="; ")
                    groups.append(tag("li", f"{KINDS[other].plural}: ", names))
            inner = (
                tag("ul", concat(groups)) if groups else tag("p", "Nothing is linked to it here.")
            )
            items.append(tag("li", tag("strong", n.full_name), inner))
        blocks.append(tag("h4", KINDS[kind].plural))
        blocks.append(tag("ul", concat(items)))
    return tag(
        "details",
        tag("summary", heading),
        concat(blocks),
        class_="pl-text-alternative",
    )


def asset(name: str) -> str:
    """Read a file shipped next to this module (``conceptmap.js`` / ``conceptmap.css``)."""
    return files("peerlearn.widgets").joinpath(name).read_text(encoding="utf-8")


DetailsFn = Callable[[str], Markup]


def style_element(css: str, name: str = "the stylesheet") -> Markup:
    """CSS as a ``<style>`` element: the one way a widget's stylesheet reaches the page.

    >>> str(style_element("p { margin: 0 }"))
    '<style>p { margin: 0 }</style>'
    """
    if "</" in css:  # our own files only; still, never let the CSS close the element
        msg = f"{name} must not contain '</' (it would close the <style> element)"
        raise ValueError(msg)
    return Markup(f"<style>{css}</style>")


@cache
def shipped_style(name: str) -> Markup:
    """A stylesheet shipped next to this module (``widgets.css``, ``conceptmap.css``) as a
    ``<style>`` element, read once."""
    return style_element(asset(name), name)


# -- the concept map's picture (shared by the catalog's cache and the ConceptMap widget) ---------
#: The help line above the concept map.
MAP_HELP = (
    "Click an item, or press Tab to reach the picture, the arrow keys to move between items and "
    "Enter or Space to select one (Escape clears). Its details appear beside the map. Theories "
    "are marked with letters and sources with numbers: the key under the map names them."
)


def map_key(graph: Graph) -> Markup:
    """What each mark on the map stands for: theories by letter, sources by number.

    >>> g = Graph(nodes=(Node("theory:t", "theory", "T <1>"),))
    >>> "<li>T &lt;1&gt;</li>" in map_key(g)
    True
    """
    keys = marks(graph)
    blocks = []
    for kind, list_type in (("theory", "A"), ("source", "1")):
        nodes = [n for n in graph.nodes if n.kind == kind]
        if nodes:
            blocks.append(tag("h4", f"{KINDS[kind].plural} ({len(nodes)})"))
            blocks.append(
                tag(
                    "ol",
                    concat(tag("li", n.full_name) for n in nodes),
                    type=list_type,
                    aria_label=f"{KINDS[kind].plural}, by their mark on the map",
                )
            )
    total = ", ".join(
        f"{sum(1 for k in keys if k.startswith(kind + ':'))} {KINDS[kind].plural.lower()}"
        for kind in ("theory", "source")
    )
    return tag(
        "details",
        tag("summary", f"Key: what each letter and number stands for ({total})"),
        concat(blocks),
        class_="pl-key",
    )


def map_picture(graph: Graph, title: str) -> Markup:
    """The markup the concept map shows: help, legend, the SVG, its key and its text version."""
    return concat(
        [
            tag("p", MAP_HELP, class_="pl-help"),
            legend_html(),
            radial_svg(graph, title=title),
            map_key(graph),
            text_alternative(graph, heading="Text version of the map (every link as a list)"),
        ]
    )
