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

Options are written in the class's shuffled order (:func:`._lmsparts.lms_question`): GIFT has no
shuffle flag of its own (Moodle's quiz setting shuffles at delivery, where it is on).

Room: beside :mod:`.moodle`, below :mod:`.lms`; imports :mod:`._lmsparts`.

>>> _gift("a -> b")
'a -&gt; b'
"""

from __future__ import annotations

import html
import re
from typing import Any

from ._lmsparts import GradedChoice, category, lms_question, paragraphs, unix_lines
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


def _feedback(choice: GradedChoice) -> str:
    """A choice's feedback as GIFT writes it after the choice (nothing when it has none)."""
    return f"#{_text(choice.feedback)}" if choice.feedback else ""


def to_gift(exercise_set: ExerciseSet, *, kb: Any = None) -> tuple[str, list[tuple[str, str]]]:
    """The set as Moodle GIFT text (one question per exercise), and the notes on what changed."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    out = [f"$CATEGORY: $course$/peerlearn/{category(exercise_set.title)}", ""]
    notes: list[tuple[str, str]] = []
    for ex in exercise_set:
        q = lms_question(ex, kb, exercise_set.id, "gift")
        e: Any = ex
        notes += q.notes
        general = q.general
        body: list[str] = []
        if e.kind == "multiple-choice":
            body = [f"{'=' if c.right else '~'}{_text(c.text)}" + _feedback(c) for c in q.choices]
        elif e.kind in ("multiple-select", "vignette"):
            body = [f"~%{c.fraction}%{_text(c.text)}" + _feedback(c) for c in q.choices]
        elif e.kind == "matching":  # Moodle shuffles the right-hand menus itself
            body = [f"={_text(p.left)} -> {_plain(p.right)}" for p in e.pairs]
        if general:
            body.append(f"####{_text(general)}")
        out.append(f"::{_escape(e.id)}::{_text(q.stem)}{{")
        out.extend(f"\t{b}" for b in body)
        out += ["}", ""]
    return "\n".join(out), notes
