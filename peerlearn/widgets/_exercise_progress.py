"""The exercise widgets' glue to the learner's progress record: what they read and what they save.

Four things, each through :mod:`peerlearn.progress`'s public API and each turning a record it
cannot read or write into a message, never an error that takes the exercise away:

- :func:`option_seed`: the learner's option-order seed, kept beside their progress file;
- :func:`save_attempt`: an answer, a reveal or a reflection saved as an ``Attempt``;
- :func:`earlier_answer`: the learner's last record of one exercise, to show it again after a
  kernel restart;
- :func:`set_order`: a set's exercises in review order (missed ones first).

Room: ``peerlearn.widgets`` internals, below the exercise and set widgets, above
:mod:`._exercise_messages`. Imports :mod:`peerlearn.progress` and :mod:`peerlearn.exercises.order`
inside its functions (so importing it reads no file); no ipywidgets.

>>> earlier_answer("q1", "demo", path="/nonexistent/peerlearn/progress.jsonl") is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerlearn.exercises.results import Result

from ._exercise_messages import NOT_SAVED, progress_problem, written_time

__all__ = ["Earlier", "earlier_answer", "option_seed", "save_attempt", "set_order"]


def option_seed(progress_path: Any = None) -> str:
    """The learner's option-order seed, kept beside their progress file (``""`` if none)."""
    from peerlearn.exercises.order import learner_seed
    from peerlearn.progress import default_path
    from peerlearn.progress.files import check_browser_storage

    try:
        folder = Path(progress_path).expanduser().parent if progress_path else default_path().parent
        # JupyterLite without its storage: making the folder would only put it in memory
        check_browser_storage(folder)
    except Exception:  # no progress folder (a bad PEERLEARN_HOME, no storage): the class order
        return ""
    return learner_seed(folder)


def save_attempt(
    result: Result,
    *,
    set_id: str,
    mechanisms: Sequence[str],
    answer_seen: bool,
    prompt: str,
    path: Any = None,
) -> str:
    """Save one result to the progress record: ``""`` when saved, else the problem to show
    (whatever went wrong, the answer and its feedback stay on the page)."""
    from peerlearn.progress import Attempt, save

    try:
        attempt = Attempt.of(
            result, set_id=set_id, mechanisms=mechanisms, answer_seen=answer_seen, prompt=prompt
        )
        save(attempt, path)
    except Exception as e:
        return progress_problem(NOT_SAVED, e)
    return ""


@dataclass(frozen=True)
class Earlier:
    """The learner's last record of one exercise, as a widget shows it again.

    ``event`` is the record's (``"answer"``, ``"reveal"``, ``"reflection"``; ``""`` when the
    record could not be read, and then ``problem`` says why); ``answer`` the answer recorded;
    ``when`` its time as a reader writes it.
    """

    event: str
    answer: Any = None
    when: str = ""
    problem: str = ""


def earlier_answer(exercise_id: str, set_id: str, *, path: Any = None) -> Earlier | None:
    """The learner's last record of ``exercise_id`` in set ``set_id`` (``None`` if there is
    none); a record that cannot be read gives an :class:`Earlier` whose ``problem`` says so."""
    try:
        from peerlearn.progress import last

        rec = last(exercise_id, set_id, path=path)
    except Exception as e:
        return Earlier("", problem=progress_problem("ℹ ", e, reading=True))
    if not rec:
        return None
    return Earlier(
        str(rec.get("event") or "answer"), rec.get("answer"), written_time(rec.get("time"))
    )


def set_order(exercise_set: Any, *, path: Any = None) -> tuple[list[str], str]:
    """A set's exercise ids in review order (missed last time first, then untried, then the
    rest) and ``""``; when the record cannot be read, the set's own order and the problem."""
    from peerlearn.progress import review_order

    try:
        return list(review_order(exercise_set, path=path)), ""
    except Exception as e:
        return list(exercise_set.ids), progress_problem("ℹ ", e, reading=True, order=True)
