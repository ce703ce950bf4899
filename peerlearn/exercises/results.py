"""What a checked answer gives back: feedback lines, a result, a set's score.

Plain data with its own text and HTML (every piece of text escaped; a marker and a word beside
every colour). :mod:`.scoring` builds these; the widgets, the progress record and the command
line read them.

Room: inside :mod:`peerlearn.exercises`, beside the model and below scoring. Imports only
:mod:`._html` and the standard library.

>>> r = Result(exercise_id="q", kind="multiple-choice", answer="x", score=1.0,
...            status="correct", headline="✓ Correct", lines=(Line("correct", "Right: x"),))
>>> print(r.text())
✓ Correct
✓ Right: x
>>> 'role="status"' in r.html()
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._html import COLOURS, esc, paragraphs

__all__ = ["MARKERS", "AnswerError", "Line", "Result", "SetScore"]

#: status → (text marker, word). Colour is never the only signal.
MARKERS: Mapping[str, tuple[str, str]] = {
    "correct": ("✓", "Correct"),
    "incorrect": ("✗", "Not quite"),
    "partial": ("◐", "Partly right"),
    "missed": ("✗", "Missed"),
    "info": ("ℹ", "The answer"),
    "saved": ("✓", "Saved"),
}
_COLOUR_OF = {
    "correct": COLOURS["correct"],
    "saved": COLOURS["correct"],
    "incorrect": COLOURS["incorrect"],
    "missed": COLOURS["incorrect"],
    "partial": COLOURS["partial"],
    "info": COLOURS["info"],
}


class AnswerError(ValueError):
    """An answer that does not fit its exercise (an option that is not there, say)."""


@dataclass(frozen=True)
class Line:
    """One line of feedback: a status, what it is about, the explanation and its citation."""

    status: str
    label: str
    text: str = ""
    cite: str = ""

    def as_text(self) -> str:
        mark = MARKERS.get(self.status, ("•", ""))[0]
        out = f"{mark} {self.label}"
        if self.text:
            out += f" — {self.text}"
        if self.cite:
            out += f" {self.cite}"
        return out

    def html(self) -> str:
        mark = MARKERS.get(self.status, ("•", ""))[0]
        colour = _COLOUR_OF.get(self.status, COLOURS["info"])
        out = (
            f'<li style="border-left:4px solid {colour};padding-left:6px;margin:2px 0;'
            f'list-style:none"><strong>{esc(mark)} {esc(self.label)}</strong>'
        )
        if self.text:
            out += f" — {esc(self.text)}"
        if self.cite:
            out += f' <span class="peerlearn-cite">{esc(self.cite)}</span>'
        return out + "</li>"


@dataclass(frozen=True)
class Result:
    """What one attempt earned, and why.

    ``answer`` is the answer in plain JSON form (option texts, ``{left: right}``, mechanism ids,
    text), as it is recorded in the learner's progress file.
    """

    exercise_id: str
    kind: str
    answer: Any
    score: float | None
    status: str
    headline: str
    lines: tuple[Line, ...] = ()
    explanation: str = ""
    sources: str = ""
    mechanisms: tuple[str, ...] = ()
    by_mechanism: Mapping[str, float] = field(default_factory=dict, hash=False)
    revealed: bool = False

    @property
    def correct(self) -> bool | None:
        """``True`` for a full score, ``False`` below it, ``None`` when not scored."""
        return None if self.score is None else self.score >= 1.0

    def text(self) -> str:
        """The feedback as plain text (for a terminal or a screen reader's transcript)."""
        out = [self.headline, *(line.as_text() for line in self.lines)]
        if self.explanation:
            out.append(f"Why: {self.explanation}")
        if self.sources:
            out.append(f"Sources: {self.sources}")
        return "\n".join(out)

    def html(self, *, live: bool = True) -> str:
        """The feedback as HTML; every piece of text is escaped.

        ``live``: mark it as a polite live region (``role="status"``), so screen readers read
        it out when it appears; ``False`` where a live region already holds it (the widgets).
        """
        colour = _COLOUR_OF.get(self.status, COLOURS["info"])
        region = ' role="status" aria-live="polite"' if live else ""
        parts = [
            f'<div class="peerlearn-feedback"{region}>',
            f'<p style="border-left:6px solid {colour};padding-left:6px;margin:4px 0">'
            f"<strong>{esc(self.headline)}</strong></p>",
        ]
        if self.lines:
            parts.append('<ul style="padding-left:0;margin:4px 0">')
            parts.extend(line.html() for line in self.lines)
            parts.append("</ul>")
        if self.explanation:
            label = "Points to consider" if self.kind == "reflection" else "Why"
            parts.append(f"<div><strong>{label}:</strong>{paragraphs(self.explanation)}</div>")
        if self.sources:
            parts.append(f"<p><strong>Sources:</strong> {esc(self.sources)}</p>")
        parts.append("</div>")
        return "".join(parts)

    def _repr_html_(self) -> str:
        return self.html()

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class SetScore:
    """The score for a set: the sum of exercise scores over the number of scored exercises."""

    set_id: str
    results: Mapping[str, Result]
    total: float
    possible: int
    unanswered: tuple[str, ...] = ()

    @property
    def fraction(self) -> float:
        return self.total / self.possible if self.possible else 0.0

    def __str__(self) -> str:
        text = f"{self.total:g} of {self.possible} ({self.fraction:.0%})"
        if self.unanswered:
            text += f"; {len(self.unanswered)} not answered yet"
        return text

    def html(self) -> str:
        return f'<p class="peerlearn-score"><strong>Score:</strong> {esc(str(self))}</p>'
