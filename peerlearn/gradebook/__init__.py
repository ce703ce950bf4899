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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .db import Database, GradebookFileError
from .handins import HandIn, Rejected, check_handin, index_bank

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from peerlearn.progress.charts import MasteryPlot

__all__ = ["Gradebook", "GradebookFileError", "ImportReport", "Rejected"]


@dataclass
class ImportReport:
    """What :meth:`Gradebook.import_handins` did with each file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)

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
        return "\n".join([head, *(f"  rejected {f}: {why}" for f, why in self.rejected)])


def _expand(folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    items = [folder] if isinstance(folder, (str, os.PathLike)) else list(folder)
    out: list[Path] = []
    for item in items:
        p = Path(item).expanduser()
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix == ".json"))
        elif p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"no hand-in folder or file at {p}")
    return out


class Gradebook:
    """A class gradebook in one SQLite file (created if missing), graded against ``bank``.

    ``bank``: the exercise sets the hand-ins answer (default: the package's built-in sets),
    with their keys; ``kb``: the knowledge base (mechanism names; default the package's);
    ``roster``: the class list, when given a hand-in under a name not on it is refused (the
    gradebook otherwise takes the name written in the file, which a learner could forge).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        bank: Iterable[Any] | None = None,
        kb: Any = None,
        roster: Iterable[str] | None = None,
    ) -> None:
        from peerlearn.knowledge import resolve

        # the class list: hand-ins under any other name are refused (a name is matched without
        # regard to case or spacing, and stored as the list spells it)
        self.roster = {" ".join(n.split()).casefold(): " ".join(n.split()) for n in roster or ()}

        if bank is None:
            from peerlearn.exercises.loader import builtin

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
    def import_handins(
        self, folder: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
    ) -> ImportReport:
        """Import every ``*.json`` hand-in in ``folder`` (or the files given); see the module."""
        files = _expand(folder)
        here = self.path.resolve()
        for f in files:
            if here.parent == f.resolve().parent:
                raise ValueError(
                    f"the gradebook {self.path} is inside the hand-in folder {f.parent}; keep it "
                    "elsewhere (the hand-in folder is never written to)"
                )
        report = ImportReport()
        checked: dict[str, HandIn] = {}
        for f in files:
            try:
                h = check_handin(f, self.bank, kb=self.kb if self.kb is not None else False)
            except Rejected as e:
                self.db.reject(str(f), e.sha256, e.reason)
                report.rejected.append((str(f), e.reason))
                continue
            if self.roster:
                listed = self.roster.get(h.learner.casefold())
                if listed is None:
                    from peerlearn.errors import close_matches

                    near = close_matches(h.learner, self.roster.values())
                    hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
                    reason = f"{h.learner!r} is not on the class list{hint}"
                    self.db.reject(str(f), h.sha256, reason)
                    report.rejected.append((str(f), reason))
                    continue
                h = replace(h, learner=listed)
            other = checked.get(h.learner)
            if other is not None:  # two files from one learner in this folder: the later wins
                loser, h = (other, h) if (other.exported, other.file) < (h.exported, h.file) else (
                    h, other)  # fmt: skip
                report.older.append(loser.file)
                self.db.forget_rejection(loser.file)
            checked[h.learner] = h
        for learner, h in checked.items():
            stored = self.db.handin(learner)
            if stored is not None and stored["sha256"] == h.sha256:
                report.unchanged.append(h.file)
                continue
            if stored is not None and stored["exported"] > h.exported:
                report.older.append(h.file)
                continue
            self.db.replace(
                {"learner": learner, "file": h.file, "sha256": h.sha256,
                 "exported": h.exported, "ignored": h.ignored},
                h.attempts,
            )  # fmt: skip
            (report.added if stored is None else report.replaced).append(h.file)
        return report

    # -- views -------------------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.kb.mechanisms_list()} if self.kb is not None else {}

    def handins(self) -> pd.DataFrame:
        """The hand-ins imported: learner, file, SHA-256, export time, records graded."""
        import pandas as pd

        cols = ["learner", "file", "sha256", "exported", "records", "ignored"]
        return pd.DataFrame(self.db.rows("handins"), columns=cols).set_index("learner")

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
        """Per learner: attempted, correct, points, out of, percent (see :mod:`.views`)."""
        from .views import by_learner

        return by_learner(self.db.rows("handins"), self.db.rows("attempts"), self.bank)

    def by_mechanism(self) -> pd.DataFrame:
        """Per mechanism: learners, questions and the class's mean grade, hardest first."""
        from .views import by_mechanism

        return by_mechanism(self.db.rows("attempts"), self._names())

    def by_question(self) -> pd.DataFrame:
        """Per question: learners, facility and the wrong choices made (most chosen first)."""
        from .views import by_question

        return by_question(self.db.rows("attempts"), self.bank)

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
        """Write the grades as a CSV that Canvas or Moodle imports (see :func:`.views.lms_csv`)."""
        from .views import lms_csv

        out_of = sum(1 for s in self.bank.values() for ex in s if ex.scored)
        table = self.by_learner()
        return lms_csv(table, path, lms=lms, assignment=assignment, ids=ids, out_of=out_of)

    # -- feedback, released after the deadline -----------------------------------------------
    def feedback(self, learner: str) -> str:
        """The feedback for one learner's graded answers, with the keys (plain text)."""
        from peerlearn.exercises.scoring import check

        from .views import grades

        g = grades(self.db.rows("attempts"))
        if self.db.handin(learner) is None:
            known = [r["learner"] for r in self.db.rows("handins")]
            raise LookupError(f"no hand-in from {learner!r}; learners: {', '.join(known)}")
        out = [f"Feedback for {learner}"]
        for (who, set_id, ex_id), v in sorted(g.items()):
            if who != learner:
                continue
            ex = self.bank[set_id][ex_id]
            result = check(ex, v["answer"], kb=self.kb if self.kb is not None else False)
            note = " (the answer was revealed first: grade 0)" if v["revealed_first"] else ""
            out += ["", f"{set_id} / {ex_id}: grade {v['grade']:.0%}{note}", ex.prompt.strip()]
            out.append(result.text())
        return "\n".join(out) + "\n"

    def release(self, folder: str | os.PathLike[str], *, mode: int = 0o600) -> list[Path]:
        """Write each learner's :meth:`feedback` to ``folder/<learner>.txt``; return the files.

        ``mode`` 0600 by default: feedback is private (hand it out through the LMS, or choose a
        mode that suits your server). Files already there are replaced only by new feedback.
        """
        import hashlib

        from peerlearn._safefiles import UnsafeNameError, safe_stem

        target = Path(folder).expanduser()
        target.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for row in self.db.rows("handins"):
            try:
                stem = safe_stem(row["learner"], "learner")
            except UnsafeNameError:  # a name that is not a plain file name: a stable stand-in
                stem = "learner-" + hashlib.sha256(row["learner"].encode()).hexdigest()[:12]
            p = target / f"{stem}.txt"
            n = 2
            while p in written:
                p, n = target / f"{stem}-{n}.txt", n + 1
            p.write_text(self.feedback(row["learner"]), encoding="utf-8")
            os.chmod(p, mode)
            written.append(p)
        return written
