"""The learner's record: every attempt and reflection, kept safe in a local file, and review.

Each attempt (time, set, exercise, answer, score, mechanisms, the mechanism it is mainly about)
is appended as it happens to a journal beside ``progress.json`` in the user data folder
(``platformdirs``), in ``$PEERLEARN_HOME`` when that is set, or in ``/drive/peerlearn`` in
JupyterLite. Appends are locked (``filelock``) and fsync-ed, so an attempt costs the same at the
10,000th record as at the 10th; the journal is compacted into ``progress.json`` now and then
(atomic: a temporary file, then ``os.replace``). In JupyterLite, where no lock file can work,
nothing is locked: each kernel session appends to its own journal and reads merge them all
(:mod:`.sessions`). Two open notebooks (or tabs), kill -9 or a full disk lose nothing; a file
that cannot be read is never dropped but moved aside with a warning that says where it went;
old (version-1) files are migrated, keeping a copy. A damaged record is skipped with a
:class:`ProgressWarning` by every view, never a crash. When saving fails, the error's
``learner_message`` (:func:`learner_message`) says so in one plain sentence.

>>> import pathlib, tempfile
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"   # default: default_path()
>>> _ = record("attempt", set_id="demo", exercise_id="q1", answer="Love labour", score=1.0,
...            mechanisms=["love-labour"], path=mine)
>>> [r["exercise"] for r in records(mine)]
['q1']
>>> float(summary(mine).loc["love-labour", "mastery"])
1.0
>>> last("q1", "demo", path=mine)["answer"]
'Love labour'

``summary()`` says per mechanism how the first and latest attempts and the latest review went
(only exercises mainly about it count; "not yet tried" is never mastered) and ``plot()`` draws
it with alt text and a text table; ``due()`` lists what the FSRS schedule says to review now,
interleaved across mechanisms, and ``review_order(set)`` orders a set for practice;
``reflections()`` / ``reflections_page()`` read reflections back in full; ``last(exercise,
set)`` gives the last answer (for a widget after a kernel restart); ``export(path)`` writes a
copy to hand in; ``combine(paths)`` gives an instructor the class table.

The rooms, bottom to top: :mod:`.files` (where; parsing, migrating, locking, atomic writes),
:mod:`.sessions` (JupyterLite's lock-free session journals), :mod:`.store` (the snapshot and
the journal, and the merged reads), :mod:`.cards` (FSRS ratings and cards),
:mod:`.records` (recording and checking records), :mod:`.views` (history, reflections,
summary, last answer) beside :mod:`.schedule` (due, review order), :mod:`.pages` (the
reflections page), :mod:`.classes` (export, combine, hardest) and :mod:`.plot`. progress knows
exercises only as plain data (duck typing): it may import :mod:`peerlearn.knowledge`,
:mod:`peerlearn.model`, :mod:`peerlearn.errors`, :mod:`peerlearn._html`,
:mod:`peerlearn._safefiles`, the standard library, filelock and platformdirs (and pandas,
matplotlib and fsrs inside functions); never :mod:`peerlearn.exercises`, the widgets or the
command line."""

from __future__ import annotations

# Every room is imported here, eagerly: ``records`` and ``plot`` are both a submodule and a
# function of this package, and the function is the name that must stay bound (importing a
# submodule for the first time would rebind the package attribute to the module).
from .classes import MAX_COMBINE_BYTES, combine, export, hardest
from .files import details, learner_message
from .pages import Reflections, reflections_page
from .plot import MasteryPlot, plot
from .records import EVENTS, record, record_result, records
from .schedule import DueItem, due, review_order
from .store import (
    ENV,
    FILE_NAME,
    FORMAT,
    LOCK_TIMEOUT,
    SCHEMA_VERSION,
    ProgressFileError,
    ProgressHomeError,
    ProgressSaveError,
    ProgressWarning,
    default_path,
    home,
    read_file,
)
from .views import history, last, reflections, summary

__all__ = [
    "ENV",
    "EVENTS",
    "DueItem",
    "MasteryPlot",
    "ProgressHomeError",
    "ProgressSaveError",
    "ProgressWarning",
    "Reflections",
    "combine",
    "default_path",
    "due",
    "export",
    "hardest",
    "history",
    "home",
    "last",
    "learner_message",
    "plot",
    "record",
    "record_result",
    "records",
    "reflections",
    "reflections_page",
    "review_order",
    "summary",
]

# Not in ``__all__`` (as before), but importable from here as before.
_ALSO = (
    FILE_NAME,
    details,
    FORMAT,
    LOCK_TIMEOUT,
    MAX_COMBINE_BYTES,
    SCHEMA_VERSION,
    ProgressFileError,
    read_file,
)
