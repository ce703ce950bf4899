"""The learner's record: every attempt and reflection, kept safe in a local file.

Each attempt (time, set, exercise, answer, score, mechanisms) is written as it happens to
``progress.json`` in the user data folder (``platformdirs``), or in ``$PEERLEARN_HOME`` when that
is set. Writes are locked (``filelock``) and atomic (a temporary file, then ``os.replace``): two
open notebooks, or a crash mid-write, lose nothing. A file that cannot be read is never dropped:
it is renamed with a timestamp, with a warning that says where it went.

>>> import pathlib, tempfile
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"   # default: default_path()
>>> _ = record("attempt", set_id="demo", exercise_id="q1", answer="Love labour", score=1.0,
...            mechanisms=["love-labour"], path=mine)
>>> [r["exercise"] for r in records(mine)]
['q1']
>>> float(summary(mine).loc["love-labour", "mastery"])
1.0

``summary()`` gives mastery per mechanism (a DataFrame) and ``plot()`` a small chart with alt text
and a text table; ``review_order(set)`` puts missed exercises first; ``export(path)`` writes a
copy to hand in; ``combine(paths)`` gives an instructor the class table.

The rooms, bottom to top: :mod:`.store` (where the file is; locked, atomic, recovering reads and
writes), :mod:`.records` (recording and checking records), :mod:`.views` (history, reflections,
summary, review order), :mod:`.classes` (export, combine, hardest) and :mod:`.plot`. progress
knows exercises only as plain data (duck typing): it may import :mod:`peerlearn.knowledge`,
:mod:`peerlearn.model`, :mod:`peerlearn.errors`, :mod:`peerlearn._html`, the standard library,
filelock and platformdirs (and pandas and matplotlib inside functions); never
:mod:`peerlearn.exercises`, the widgets or the command line.
"""

from __future__ import annotations

# Every room is imported here, eagerly: ``records`` and ``plot`` are both a submodule and a
# function of this package, and the function is the name that must stay bound (importing a
# submodule for the first time would rebind the package attribute to the module).
from .classes import MAX_COMBINE_BYTES, combine, export, hardest
from .plot import MasteryPlot, plot
from .records import EVENTS, record, record_result, records
from .store import (
    ENV,
    FILE_NAME,
    FORMAT,
    LOCK_TIMEOUT,
    SCHEMA_VERSION,
    ProgressFileError,
    ProgressWarning,
    default_path,
    home,
)
from .views import history, reflections, review_order, summary

__all__ = [
    "ENV",
    "EVENTS",
    "MasteryPlot",
    "ProgressWarning",
    "combine",
    "default_path",
    "export",
    "hardest",
    "history",
    "home",
    "plot",
    "record",
    "record_result",
    "records",
    "reflections",
    "review_order",
    "summary",
]

# Not in ``__all__`` (as before), but importable from here as before.
_ALSO = (FILE_NAME, FORMAT, LOCK_TIMEOUT, MAX_COMBINE_BYTES, SCHEMA_VERSION, ProgressFileError)
