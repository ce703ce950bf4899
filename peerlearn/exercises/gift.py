"""Exercise sets as Moodle GIFT text (Question bank → Import → GIFT format).

Every text is written as HTML with an explicit ``[html]`` marker before it, so a text that
itself starts ``[html]``, ``[plain]`` or ``[markdown]`` is shown as written and never switches
the format; its own ``<``, ``>`` and ``&`` are escaped, so nothing in it is markup, and a
``->`` in a matching item becomes ``-&gt;``, which GIFT's matching parser does not split on.
GIFT's specials (``~ = # { } :`` and ``\\``) are backslash-escaped. Carriage returns are line
breaks. Paragraphs become ``<p>`` elements.

The category line is different: Moodle reads ``$CATEGORY:`` as a path without unescaping it
(a ``\\:`` arrives as ``&&058;``), and ``/`` would start a subcategory; the set title goes
through :func:`._lmsparts.category` (no GIFT special, no ``/``, one line).

Options are written in the class's shuffled order (:func:`._lmsparts.choices_in_order`): GIFT has no
shuffle flag of its own (Moodle's quiz setting shuffles at delivery, where it is on).

Room: beside :mod:`.moodle`, below :mod:`.lms`; imports :mod:`._lmsparts`.

>>> _gift("a -> b")
'a -&gt; b'
"""

from __future__ import annotations

import html
import re
from typing import Any

from ._lmsparts import (
    category,
    choices_in_order,
    cite_sources,
    general_feedback,
    join_parts,
    notes_for,
    paragraphs,
    unix_lines,
    vignette_text,
    weight_text,
)
from .model import ExerciseSet

__all__ = ["to_gift"]

_MARK = "[html]"


def _escape(text: str) -> str:
    return re.sub(r"([~=#{}:\\])", r"\\\1", text)


def _gift(text: str) -> str:
    """One text as GIFT HTML: escaped, paragraphs as ``<p>``, lines joined (no marker)."""
    out = [html.escape(p, quote=False) for p in paragraphs(text)]
    body = "".join(f"<p>{p}</p>" for p in out) if len(out) > 1 else "".join(out)
    return _escape(body)


def _text(text: str) -> str:
    """A text with its explicit format marker."""
    return _MARK + _gift(text)


def _plain(text: str) -> str:
    """A matching right-hand text (Moodle keeps it as plain text: no marker, no markup)."""
    return _escape(" ".join(unix_lines(text).split()))


def to_gift(exercise_set: ExerciseSet, *, kb: Any = None) -> tuple[str, list[tuple[str, str]]]:
    """The set as Moodle GIFT text (one question per exercise), and the notes on what changed."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    out = [f"$CATEGORY: $course$/peerlearn/{category(exercise_set.title)}", ""]
    notes: list[tuple[str, str]] = []
    for ex in exercise_set:
        e: Any = ex
        notes += notes_for(e, "gift")
        general = general_feedback(e, kb)
        text = vignette_text(e) if e.kind == "vignette" else e.prompt
        body: list[str] = []
        if e.kind == "multiple-choice":
            body = [
                f"{'=' if r else '~'}{_text(c)}" + (f"#{_text(fb)}" if fb else "")
                for c, r, fb in choices_in_order(e, kb, exercise_set.id)
            ]
        elif e.kind in ("multiple-select", "vignette"):
            ch = choices_in_order(e, kb, exercise_set.id)
            k = sum(1 for _, r, _ in ch if r)
            body = [
                f"~%{weight_text(100 / k) if r else weight_text(-100 / k)}%{_text(c)}"
                + (f"#{_text(fb)}" if fb else "")
                for c, r, fb in ch
            ]
        elif e.kind == "matching":  # Moodle shuffles the right-hand menus itself
            body = [f"={_text(p.left)} -> {_plain(p.right)}" for p in e.pairs]
            pair_fb = [
                join_parts(f"{p.left} → {p.right}:", p.feedback, cite_sources(p.sources, kb))
                for p in e.pairs
                if p.feedback or p.sources
            ]
            general = join_parts(general, *pair_fb)
        if general:
            body.append(f"####{_text(general)}")
        out.append(f"::{_escape(e.id)}::{_text(text)}{{")
        out.extend(f"\t{b}" for b in body)
        out += ["}", ""]
    return "\n".join(out), notes
