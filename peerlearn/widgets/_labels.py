"""Where a picture's labels go: measured boxes, placed so no label meets a mark or another label.

The server cannot measure text, so a label's box is estimated conservatively: every character
as wide as a wide average character of the font (0.63 em; system-ui's letters average about
0.5 em, capitals and "m" about 0.8 em), the line from its ascent to its descent. Each label then
tries the places round its mark, outward first, turning a little further each time, and
takes the first place that is inside the picture and clear of every mark and every label placed
before it. tests/test_widgets.py checks the result in CPython; tests/browser/test_screens.py
measures the same boxes in the browser.

Room: ``peerlearn.widgets`` internals below :mod:`._picture`; the standard library only.

>>> marks = [Box(90, 90, 110, 110)]
>>> at = place(["Love labour"], (100, 100), 10, angle=0, size=13, avoid=marks,
...            bounds=(0, 0, 300, 300))
>>> at.anchor, at.box.x0 > 110, any(at.box.meets(m) for m in marks)
('start', True, False)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["LINE", "At", "Box", "place", "text_box", "wrap"]

LINE = 15.0  # px between the baselines of a label's lines
EM_WIDTH = 0.63  # a character's width, in em, assumed for every character (conservative)
ASCENT, DESCENT = 1.0, 0.3  # a line's height above and below its baseline, in em


@dataclass(frozen=True)
class Box:
    """An axis-aligned box in the picture's pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    def meets(self, other: Box, gap: float = 1.0) -> bool:
        """Whether the two boxes come closer than ``gap`` px.

        >>> a = Box(0, 0, 10, 10)
        >>> a.meets(Box(12, 0, 20, 10)), a.meets(Box(10.5, 0, 20, 10))
        (False, True)
        """
        return not (
            self.x1 + gap <= other.x0
            or other.x1 + gap <= self.x0
            or self.y1 + gap <= other.y0
            or other.y1 + gap <= self.y0
        )

    def inside(self, bounds: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = bounds
        return self.x0 >= x0 and self.y0 >= y0 and self.x1 <= x1 and self.y1 <= y1


@dataclass(frozen=True)
class At:
    """A placed label: its lines, the anchor point (x, first baseline), the SVG anchor, its box."""

    lines: tuple[str, ...]
    x: float
    y: float
    anchor: str
    box: Box


def wrap(text: str, width: int = 14) -> list[str]:
    """Split a label into lines of about ``width`` characters (never cut: every word shows).

    >>> wrap("The liminal position of the peer worker")
    ['The liminal', 'position of', 'the peer', 'worker']
    >>> wrap("Strengths-focussed social and practical support", 20)
    ['Strengths-focussed', 'social and practical', 'support']
    >>> wrap("Strengths-focussed social and practical support")
    ['Strengths-', 'focussed', 'social and', 'practical', 'support']
    """
    out: list[str] = []
    line = ""
    words = [w for word in text.split() for w in _hyphen_parts(word, width)]
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    if line:
        out.append(line)
    return out


def _hyphen_parts(word: str, width: int) -> list[str]:
    """A word longer than a line, split after its hyphens ("Strengths-", "focussed")."""
    if len(word) <= width or "-" not in word.strip("-"):
        return [word]
    parts = word.split("-")
    return [p + "-" for p in parts[:-1]] + [parts[-1]]


def text_box(lines: Sequence[str], x: float, y: float, anchor: str, size: float) -> Box:
    """The box ``lines`` take when drawn at (x, first baseline y), estimated conservatively.

    >>> text_box(["ab"], 10, 20, "start", 10)
    Box(x0=10, y0=10.0, x1=22.6, y1=23.0)
    """
    width = max((len(s) for s in lines), default=0) * EM_WIDTH * size
    x0 = {"start": x, "end": x - width}.get(anchor, x - width / 2)
    bottom = y + (len(lines) - 1) * LINE + DESCENT * size
    return Box(x0, y - ASCENT * size, x0 + width, bottom)


def _candidate(
    lines: Sequence[str], at: tuple[float, float], reach: float, theta: float, size: float
) -> At:
    """``lines`` set beside the point ``at``, ``reach`` px away in the direction ``theta``."""
    cos, sin = math.cos(theta), math.sin(theta)
    x, y = at[0] + reach * cos, at[1] + reach * sin
    anchor = "middle" if abs(cos) < 0.35 else ("start" if cos > 0 else "end")
    height = (len(lines) - 1) * LINE + (ASCENT + DESCENT) * size
    if sin > 0.35:  # below the point: the box's top there
        top = y
    elif sin < -0.35:  # above: its bottom there
        top = y - height
    else:
        top = y - height / 2
    baseline = round(top + ASCENT * size, 1)
    x = round(x, 1)
    return At(tuple(lines), x, baseline, anchor, text_box(lines, x, baseline, anchor, size))


def place(
    lines: Sequence[str] | Sequence[Sequence[str]],
    at: tuple[float, float],
    radius: float,
    *,
    angle: float,
    size: float,
    avoid: Sequence[Box],
    bounds: tuple[float, float, float, float],
) -> At:
    """The first place for ``lines`` round a mark at ``at`` (of half-size ``radius``) that is
    inside ``bounds`` and meets no box of ``avoid``: outward (``angle``, radians) first, then
    turning either way by 15° steps, each a little further out. ``lines`` may also be a list of
    ways to break the label into lines, tried in turn. When nothing is free (a picture too
    crowded), the outward place is returned and the tests name the clash."""
    # mypy cannot narrow the union by its first item: a str there means lines is one way
    ways: list[Sequence[str]] = (
        [lines] if not lines or isinstance(lines[0], str) else list(lines)  # type: ignore[list-item]
    )
    for way in ways:
        for step in (2.0, 6.0, 12.0, 20.0, 32.0, 48.0):
            for turn in range(0, 13):
                for sign in (1, -1) if turn else (1,):
                    theta = angle + sign * math.radians(15 * turn)
                    c = _candidate(way, at, radius + step, theta, size)
                    if c.box.inside(bounds) and not any(c.box.meets(b) for b in avoid):
                        return c
    return _candidate(ways[0], at, radius + 2.0, angle, size)
