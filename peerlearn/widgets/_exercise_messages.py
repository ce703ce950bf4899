"""What the exercise widgets say about the state of an answer: status notes, in whole sentences.

One place for every message an exercise or a set shows that is not feedback on the answer
itself (that comes from :mod:`peerlearn.exercises.scoring`): an info or error note in the
feedback's own style, a record's time as a reader writes it, a progress problem (one plain
sentence, the technical account folded under "Details"), what a widget says when it shows an
earlier answer again, and the notes under a set's title. All text is HTML-escaped; markers are
words and symbols (ℹ ✓ ✗), never colour alone.

Room: ``peerlearn.widgets`` internals, beside :mod:`._exercise_parts`, below the controls, the
progress glue and the widgets that show them. Imports :mod:`peerlearn.exercises.results` (plain
data) and, inside functions, :mod:`peerlearn.progress` for its learner sentences; no ipywidgets.

>>> "ℹ Choose an answer first." in note_html("info", "ℹ Choose an answer first.")
True
>>> restored("reveal", "1 December 2026 at 20:15").count("Try again")
1
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peerlearn._html import esc
from peerlearn.exercises.results import Result

__all__ = [
    "NOT_SAVED",
    "NO_RIGHT_ANSWER",
    "UNSAVED_REFLECTION",
    "changed_since",
    "note_html",
    "progress_problem",
    "restored",
    "set_notes",
    "written_time",
]

#: Said before a progress problem when an answer or reflection could not be saved.
NOT_SAVED = "✗ Not saved. "
#: A reflection's headline in a copy that saves nothing (never "Saved").
UNSAVED_REFLECTION = "✓ Done. This copy does not save reflections: keep a note."
#: A reflection's headline when its save failed: one state, never "✓ Saved" beside the problem.
NO_RIGHT_ANSWER = "ℹ There is no right answer: this is for your own learning."


def note_html(status: str, text: str) -> str:
    """A short note in the feedback's own style (``status``: info, correct, incorrect, ...)."""
    return Result(
        exercise_id="", kind="", answer=None, score=None, status=status, headline=text
    ).html(live=False)


def written_time(stamp: Any) -> str:
    """A record's time as a reader writes it: ``1 December 2026 at 20:15``.

    >>> written_time("2026-12-01T20:15:03.123456+00:00")
    '1 December 2026 at 20:15'
    >>> written_time("not a time")
    'an earlier session'
    """
    try:
        t = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return "an earlier session"
    return f"{t.day} {t:%B %Y at %H:%M}"


def progress_problem(
    marker: str, e: BaseException, *, reading: bool = False, order: bool = False
) -> str:
    """A progress problem for a learner: one plain sentence (no error number, path or cut-off
    text), the technical account folded under "Details"; all escaped. ``reading``: the record
    could not be read (an info note) rather than written; ``order``: say the set keeps its
    usual order."""
    from peerlearn.progress import details, learner_message

    text = marker + learner_message(e, reading=reading)
    if order:
        text += " The exercises are in their usual order."
    fold = (
        '<details class="peerlearn-details"><summary>Details</summary>'
        f"<p><code>{esc(details(e))}</code></p></details>"
    )
    return note_html("info" if reading else "incorrect", text) + fold


#: What a widget says over an earlier answer it shows again, by the record's event.
_RESTORED = {
    "reflection": "ℹ Your reflection as you saved it on {when}. Edit it and save again to keep a "
    "new version (the earlier one stays in your record).",
    "reveal": "ℹ You looked at the answer on {when}. Press “Try again” to answer it yourself.",
    "answer": "ℹ Your last answer, from {when}. Press “Try again” to change it.",
}


def restored(event: str, when: str) -> str:
    """The note over an earlier answer shown again: a ``"reflection"``, a ``"reveal"`` or an
    ``"answer"`` (any other event) recorded at ``when``."""
    return note_html("info", _RESTORED.get(event, _RESTORED["answer"]).format(when=when))


def changed_since(when: str) -> str:
    """The note when an earlier answer no longer fits the exercise (it was edited since)."""
    return note_html(
        "info",
        f"ℹ You answered this on {when}, but the exercise has changed since and that "
        "answer no longer fits it: please answer again.",
    )


def set_notes(*, reordered: bool, record: bool, unreadable: str) -> str:
    """The notes under a set's title: whether missed exercises come first, where answers are
    saved (unless the record could not be read: then ``unreadable``, a progress problem, says
    so instead).

    >>> set_notes(reordered=True, record=False, unreadable="")
    '<p><em>Exercises you missed last time come first.</em></p>'
    """
    notes = []
    if reordered:
        notes.append("Exercises you missed last time come first.")
    if record and not unreadable:
        notes.append("Your answers are saved to your own progress file on this computer.")
    head = f"<p><em>{esc(' '.join(notes))}</em></p>" if notes else ""
    return head + unreadable
