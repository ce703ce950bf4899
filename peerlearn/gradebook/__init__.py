"""A class gradebook: hand-ins imported into one SQLite file, scored with the keys, viewed.

The room for an instructor's class records, above :mod:`peerlearn.exercises` (the bank and its
keys) and :mod:`peerlearn.progress` (the hand-in files), below the widgets. As in nbgrader, the
gradebook is one SQLite file behind one module (:mod:`.db`), with a facade of verbs above it
(:class:`Gradebook`):

- :meth:`Gradebook.import_handins` adds a folder of hand-ins (files made by
  :func:`peerlearn.progress.export`), idempotently: a learner's resubmission replaces their
  earlier one, the same file twice changes nothing. Each is checked and re-scored with the
  instructor's keys (:mod:`.handins`); foreign or changed files are rejected with a reason.
  It never writes into the hand-in folder and takes no locks there.
- :meth:`~Gradebook.by_learner`, :meth:`~Gradebook.by_mechanism`, :meth:`~Gradebook.by_question`
  (facility and which wrong options were chosen) are DataFrames; :meth:`~Gradebook.plot` a
  chart (``save=`` is the only path it takes); :meth:`~Gradebook.lms_csv` a grade CSV for
  Canvas or Moodle; :meth:`~Gradebook.feedback` / :meth:`~Gradebook.release` the feedback, with
  the keys, after the deadline (assessed mode).

Also: :meth:`~Gradebook.rate` records rubric levels for reflections (:mod:`.rubric`); a
class list (:mod:`.roster`) names learners (Unicode NFC) and their LMS ids; ``deadline=`` at
import flags late hand-ins; a graded hand-in whose file changes afterwards has its grade
withdrawn (*disputed*) until the learner hands in again; :mod:`.collect` gathers hand-ins
from a hub's homes. One import is one transaction (:mod:`.db`).

The command line: ``peerlearn gradebook import HANDINS/ [--db gradebook.sqlite]``.

Imports: :mod:`peerlearn.exercises`, :mod:`peerlearn.progress`, :mod:`peerlearn.knowledge`,
:mod:`peerlearn._safefiles`, the standard library (pandas and matplotlib inside functions);
never the widgets or the command line.

>>> import pathlib, tempfile
>>> from peerlearn import exercises, progress
>>> from peerlearn.exercises.assessed import key_answer
>>> from peerlearn.exercises.scoring import check
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> s = exercises.builtin("02-love-labour")
>>> ex = next(e for e in s if e.scored)
>>> r = check(ex, key_answer(ex))
>>> _ = progress.record_result(r, set_id=s.id, mechanisms=s.tags_for(ex), path=d / "p.json")
>>> _ = progress.export(d / "hand-ins" / "ana.json", learner="Ana", source=d / "p.json")
>>> gb = Gradebook(d / "class.sqlite", bank=[s])
>>> print(gb.import_handins(d / "hand-ins"))
1 added, 0 replaced, 0 unchanged, 0 older, 0 rejected (1 file read)
>>> int(gb.by_learner().loc["Ana", "correct"])
1
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .db import Database, GradebookFileError
from .handins import HandIn, Rejected, check_handin, index_bank
from .roster import Roster, normalise

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from peerlearn.progress.charts import MasteryPlot

__all__ = ["Gradebook", "GradebookFileError", "ImportReport", "Rejected", "Roster"]


@dataclass
class ImportReport:
    """What :meth:`Gradebook.import_handins` did with each file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: (learner, why): a graded hand-in whose file changed afterwards; its grade is withdrawn
    disputed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def files(self) -> int:
        return sum(len(x) for x in (self.added, self.replaced, self.unchanged, self.older)) + len(
            self.rejected
        )

    def __str__(self) -> str:
        head = (
            f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} "
            f"unchanged, {len(self.older)} older, {len(self.rejected)} rejected "
            f"({self.files} file{'s' if self.files != 1 else ''} read)"
        )
        if self.disputed:
            head += f"; {len(self.disputed)} grade(s) withdrawn (disputed)"
        return "\n".join(
            [
                head,
                *(f"  rejected {f}: {why}" for f, why in self.rejected),
                *(f"  disputed {who}: {why}" for who, why in self.disputed),
            ]
        )


def _expand(folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The ``*.json`` files of the folders given (symlinks listed, never followed or resolved:
    :func:`.handins.check_handin` refuses them with a reason)."""
    items = [folder] if isinstance(folder, (str, os.PathLike)) else list(folder)
    out: list[Path] = []
    for item in items:
        p = Path(item).expanduser()
        if p.is_dir() and not p.is_symlink():
            out.extend(sorted(x for x in p.iterdir() if x.name.endswith(".json")))
        elif p.is_symlink() and p.is_dir():
            raise NotADirectoryError(
                f"the hand-in folder {p} is a symlink; give the real folder (links are not "
                "followed)"
            )
        elif os.path.lexists(p):
            out.append(p)
        else:
            raise FileNotFoundError(f"no hand-in folder or file at {p}")
    return out


def _parse_time(value: Any, what: str) -> datetime:
    """An ISO 8601 time (a naive one is taken as UTC)."""
    if isinstance(value, datetime):
        t = value
    else:
        try:
            t = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(
                f"{what} {value!r} is not a date and time; write e.g. 2026-03-01T17:00+00:00 "
                "(ISO 8601; without a zone, UTC)"
            ) from None
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)


class Gradebook:
    """A class gradebook in one SQLite file (created if missing), graded against ``bank``.

    ``bank``: the exercise sets the hand-ins answer (default: the package's built-in sets),
    with their keys; ``kb``: the knowledge base (mechanism names; default the package's);
    ``roster``: the class list (names, a name → LMS id mapping, or a :class:`.roster.Roster`);
    when given, a hand-in under a name not on it is refused (the gradebook otherwise takes the
    name written in the file, which a learner could forge). Names are compared in Unicode NFC.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        bank: Iterable[Any] | None = None,
        kb: Any = None,
        roster: Iterable[str] | Mapping[str, str] | Roster | None = None,
    ) -> None:
        from peerlearn.knowledge import resolve

        self.roster = roster if isinstance(roster, Roster) else Roster(roster or ())
        if bank is None:
            from peerlearn.exercises.bank import builtin

            bank = builtin(kb=kb)
        self.path = Path(path)
        self.bank = index_bank(bank)
        self.kb = resolve(kb)
        self._db: Database | None = None
        if self.path.exists():
            self._db = Database(self.path)  # refuse a file that is not a gradebook at once

    @property
    def db(self) -> Database:
        """The gradebook file (created at first use)."""
        if self._db is None:
            self._db = Database(self.path)
        return self._db

    def close(self) -> None:
        """Close the gradebook file."""
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> Gradebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- importing ---------------------------------------------------------------------------
    def _refuse_inside(self, folder: Any) -> None:
        items = [folder] if isinstance(folder, (str, os.PathLike)) else list(folder)
        home = self.path.parent if str(self.path.parent) else Path(".")
        for item in items:
            p = Path(item).expanduser()
            where = p if p.is_dir() else p.parent
            try:
                same = os.path.samefile(where, home)
            except OSError:
                continue
            if same:
                raise ValueError(
                    f"the gradebook {self.path} is inside the hand-in folder {where}; keep it "
                    "elsewhere (the hand-in folder is never written to)"
                )

    def _match(self, h: HandIn) -> tuple[HandIn | None, str | None]:
        """The hand-in under the class list's spelling, or ``None`` and the reason."""
        if not self.roster:
            return h, None
        listed = self.roster.match(h.learner)
        if listed is not None:
            return replace(h, learner=listed), None
        from peerlearn.errors import close_matches

        near = close_matches(h.learner, self.roster.names)
        hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
        return None, f"{h.learner!r} is not on the class list{hint}"

    def import_handins(
        self,
        folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        deadline: str | datetime | None = None,
    ) -> ImportReport:
        """Import every ``*.json`` hand-in in ``folder`` (or the files given); see the module.

        Files are read and checked first; then everything is compared with what is stored
        and written in ONE transaction (other imports wait), so two imports at once never keep
        the older hand-in. ``deadline`` (ISO 8601; stored in the gradebook) marks hand-ins
        exported after it as late in the views, the CSV and the released feedback.
        """
        files = _expand(folder)
        self._refuse_inside(folder)
        when = None if deadline is None else _parse_time(deadline, "the deadline").isoformat()
        kb = self.kb if self.kb is not None else False
        read: list[HandIn | Rejected] = []
        memo: dict[Any, Any] = {}  # each distinct answer scored once
        for f in files:
            try:
                read.append(check_handin(f, self.bank, kb=kb, memo=memo))
            except Rejected as e:
                read.append(e)
        report = ImportReport()
        db = self.db
        with db.transaction():
            if when is not None:
                db.set_setting("deadline", when)
            by_file = db.handins_by_file()
            folded = {r["learner"].casefold(): r["learner"] for r in by_file.values()}
            checked: dict[str, HandIn] = {}
            for item in read:
                if isinstance(item, Rejected):
                    self._rejected(item.file, item.sha256, item.reason, report, by_file)
                    continue
                h, why = self._match(item)
                if h is None:
                    self._rejected(item.file, item.sha256, str(why), report, by_file)
                    continue
                twin = folded.get(h.learner.casefold())
                if twin is not None and twin != h.learner:
                    why = (
                        f"the learner name {h.learner!r} differs only by case from {twin!r}, "
                        "already in the gradebook; give a class list (--roster) that says "
                        "whether they are one learner or two"
                    )
                    self._rejected(h.file, h.sha256, why, report, by_file)
                    continue
                folded[h.learner.casefold()] = h.learner
                other = checked.get(h.learner)
                if other is not None:  # two files from one learner here: the later export wins
                    later = (other.exported, other.file) < (h.exported, h.file)
                    loser, h = (other, h) if later else (h, other)
                    report.older.append(loser.file)
                    db.forget_rejection(loser.file)
                checked[h.learner] = h
            stored = {r["learner"]: r for r in by_file.values()}
            new = [
                self._store(learner, h, report, stored.get(learner))
                for learner, h in checked.items()
            ]
            db.replace_many(
                ({"learner": h.learner, "file": h.file, "sha256": h.sha256,
                  "exported": h.exported, "ignored": h.ignored}, h.attempts)
                for h in new if h is not None
            )  # fmt: skip
        return report

    def _rejected(
        self,
        file: str,
        sha: str | None,
        reason: str,
        report: ImportReport,
        by_file: Mapping[str, Mapping[str, Any]],
    ) -> None:
        self.db.reject(file, sha, reason)
        report.rejected.append((file, reason))
        graded = by_file.get(file)
        if graded is not None and graded["sha256"] != sha and graded["status"] == "current":
            why = (
                f"the file {file} was graded, then changed (now: {reason}); the grade is "
                "withdrawn until the learner hands in again or the original file is restored"
            )
            self.db.set_status(graded["learner"], "disputed", why)
            report.disputed.append((graded["learner"], why))

    def _store(
        self, learner: str, h: HandIn, report: ImportReport, stored: Mapping[str, Any] | None
    ) -> HandIn | None:
        """What to do with a checked hand-in, given the stored one: the hand-in to write, or
        ``None`` (unchanged, older, or disputed: said in ``report``)."""
        h = replace(h, learner=learner)
        if stored is not None and stored["sha256"] == h.sha256:
            if stored["status"] != "current":  # the original file is back
                self.db.set_status(learner, "current", None)
            report.unchanged.append(h.file)
            return None
        if stored is not None and stored["exported"] > h.exported:
            report.older.append(h.file)
            return None
        if stored is not None and stored["exported"] == h.exported:
            why = (
                f"{h.file} carries the export time of the graded hand-in {stored['file']} "
                "but different content (a file changed after export); the grade is withdrawn "
                "until the learner exports again"
            )
            self.db.reject(h.file, h.sha256, why)
            report.rejected.append((h.file, why))
            self.db.set_status(learner, "disputed", why)
            report.disputed.append((learner, why))
            return None
        (report.added if stored is None else report.replaced).append(h.file)
        return h

    @property
    def deadline(self) -> datetime | None:
        """The deadline stored at import (``None`` if none was given)."""
        value = self.db.setting("deadline")
        return None if value is None else _parse_time(value, "the stored deadline")

    # -- views -------------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.kb.mechanisms_list()} if self.kb is not None else {}

    def _graded(self) -> list[dict[str, Any]]:
        """The attempts of hand-ins whose grade stands (disputed ones are left out)."""
        out = {r["learner"] for r in self.db.rows("handins") if r["status"] != "current"}
        return [a for a in self.db.rows("attempts") if a["learner"] not in out]

    def handins(self) -> pd.DataFrame:
        """The hand-ins imported: learner, file, SHA-256, export time, records graded, status."""
        import pandas as pd

        from .db import HANDIN_COLUMNS

        return pd.DataFrame(self.db.rows("handins"), columns=list(HANDIN_COLUMNS)).set_index(
            "learner"
        )

    def rejected(self) -> pd.DataFrame:
        """The files refused, and why."""
        import pandas as pd

        return pd.DataFrame(self.db.rows("rejected"), columns=["file", "sha256", "reason"])

    def attempts(self) -> pd.DataFrame:
        """Every graded attempt (the key's score beside the score the learner's copy showed)."""
        import pandas as pd

        from .db import ATTEMPT_COLUMNS

        return pd.DataFrame(self.db.rows("attempts"), columns=list(ATTEMPT_COLUMNS))

    def by_learner(self) -> pd.DataFrame:
        """Per learner: attempted, correct, points, out of, percent, late, status (see
        :mod:`.views`); a disputed hand-in's grade is withdrawn (NaN) and its status says why."""
        from .views import by_learner

        return by_learner(
            self.db.rows("handins"), self.db.rows("attempts"), self.bank, deadline=self.deadline
        )

    def by_mechanism(self) -> pd.DataFrame:
        """Per mechanism: learners, questions and the class's mean grade, hardest first (a
        question tagged with several mechanisms counts under each)."""
        from .views import by_mechanism

        return by_mechanism(self._graded(), self._names())

    def by_question(self) -> pd.DataFrame:
        """Per question: learners, facility and the wrong choices made (most chosen first)."""
        from .views import by_question

        return by_question(self._graded(), self.bank)

    def plot(
        self, view: str = "mechanism", *, save: str | os.PathLike[str] | None = None
    ) -> MasteryPlot:
        """A chart of :meth:`by_mechanism` (``view="mechanism"``) or :meth:`by_question`;
        ``save="chart.png"`` also writes it."""
        from .views import plot

        tables = {"mechanism": self.by_mechanism, "question": self.by_question}
        if view not in tables:
            raise ValueError(f"unknown view {view!r}; expected 'mechanism' or 'question'")
        return plot(tables[view](), save=save)

    def lms_csv(
        self,
        path: str | os.PathLike[str],
        *,
        lms: str = "canvas",
        assignment: str = "peerlearn",
        ids: Mapping[str, str] | None = None,
    ) -> Path:
        """Write the grades as a CSV that Canvas or Moodle imports (see :func:`.views.lms_csv`).

        ``ids``: learner name → LMS id (default: the class list's ids); every learner must have
        one. The file is new: an existing file (or a symlink) is never replaced.
        """
        from .views import lms_csv

        out_of = sum(1 for s in self.bank.values() for ex in s if ex.scored)
        table = self.by_learner()
        given = {normalise(k): v for k, v in (ids or self.roster.ids()).items()}
        return lms_csv(table, path, lms=lms, assignment=assignment, ids=given, out_of=out_of)

    # -- rubric levels, feedback released after the deadline ---------------------------------
    def rate(
        self,
        learner: str,
        exercise_id: str,
        levels: Mapping[str, int],
        *,
        rubric: Any = None,
    ) -> dict[str, dict[str, Any]]:
        """Record a rubric level per criterion for one learner's reflection (see :mod:`.rubric`).

        ``exercise_id``: the reflection's id (``"set-id/exercise-id"`` when two sets share it);
        ``rubric``: the rubric as a dict of the agreed shape, a path to its JSON file, or a
        loaded rubric (default: the course's reflection rubric, ``exercises.rubric.load()``).
        Unknown criteria or levels are refused with what is valid.
        """
        from .rubric import rate

        return rate(self, learner, exercise_id, levels, rubric=rubric)

    def feedback(self, learner: str) -> str:
        """The feedback for one learner's graded answers, with the keys (plain text)."""
        from .release import feedback

        return feedback(self, learner)

    def release(self, folder: str | os.PathLike[str], *, mode: int = 0o600) -> list[Path]:
        """Write each learner's :meth:`feedback` into ``folder`` (see :func:`.release.release`):
        readable, unambiguous file names, an ``index.csv`` mapping names to files; nothing there
        is replaced or followed. ``mode`` 0600 by default (feedback is private)."""
        from .release import release

        return release(self, folder, mode=mode)
