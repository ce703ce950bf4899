"""Feedback after the deadline: each learner's graded answers with the keys, their rubric
levels, and whether the hand-in was late or its grade withdrawn; written one file a learner.

File names are readable and unambiguous: :func:`file_names` makes a plain ASCII slug of the
name ("Zoë O'Brien" → ``Zoe-OBrien.txt``) and adds a short stable hash of the full name only
when the slug would not tell learners apart ("Ana Smith" and "Ana-Smith" → two hashed names;
a name with no Latin letters → ``learner-<hash>``). ``index.csv`` in the folder maps every name
to its file. Nothing in the folder is replaced, and no symlink is followed
(:func:`peerlearn._safefiles.write_new`).

Room: :mod:`peerlearn.gradebook`; imports :mod:`peerlearn.exercises.scoring`,
:mod:`peerlearn._safefiles` and the standard library.

>>> file_names(["Ana Smith", "Ana-Smith", "Zoë O'Brien"])["Zoë O'Brien"]
'Zoe-OBrien.txt'
>>> sorted(file_names(["Ana Smith", "Ana-Smith"]).values())
['Ana-Smith-2b08e434.txt', 'Ana-Smith-fc881bac.txt']
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["INDEX", "feedback", "file_names", "release"]

#: The index file ``release`` writes beside the feedback (learner, file).
INDEX = "index.csv"


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9 _-]+", "", plain)
    plain = re.sub(r"[\s_-]+", "-", plain).strip("-")[:60]
    return plain or "learner"


def _hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def file_names(learners: Iterable[str]) -> dict[str, str]:
    """learner → a readable file name, unique in the folder even on a case-blind disk."""
    names = list(dict.fromkeys(learners))
    slugs = {n: _slug(n) for n in names}
    count = Counter(s.casefold() for s in slugs.values())
    out = {}
    for n, s in slugs.items():
        needs_hash = count[s.casefold()] > 1 or s == "learner"
        out[n] = f"{s}-{_hash(n)}.txt" if needs_hash else f"{s}.txt"
    return out


def feedback(gb: Any, learner: str) -> str:
    """The feedback for one learner (plain text); see :meth:`Gradebook.feedback`."""
    from peerlearn.exercises.scoring import check

    from .roster import normalise
    from .views import grades, is_late

    name = gb.roster.match(learner) or normalise(learner)
    row = gb.db.handin(name)
    if row is None:
        known = [r["learner"] for r in gb.db.rows("handins")]
        raise LookupError(f"no hand-in from {learner!r}; learners: {', '.join(known)}")
    out = [f"Feedback for {name}"]
    deadline = gb.deadline
    if is_late(row["exported"], deadline):
        out += ["", f"Handed in late: exported {row['exported']}, after the deadline "
                f"{deadline.isoformat()}."]  # fmt: skip
    if row["status"] != "current":
        out += [
            "",
            "Your grade is withdrawn for now: the file you handed in changed after it was "
            "graded. Export your progress again and hand in the new file, or talk to your "
            "instructor.",
            f"(Details: {row['note']})",
        ]
        return "\n".join(out) + "\n"
    kb = gb.kb if gb.kb is not None else False
    for (who, set_id, ex_id), v in sorted(grades(gb.db.rows("attempts")).items()):
        if who != name:
            continue
        ex = gb.bank[set_id][ex_id]
        result = check(ex, v["answer"], kb=kb)
        note = " (the answer was revealed first: grade 0)" if v["revealed_first"] else ""
        out += ["", f"{set_id} / {ex_id}: grade {v['grade']:.0%}{note}", ex.prompt.strip()]
        out.append(result.text())
    ratings: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in gb.db.rows("ratings"):
        if r["learner"] == name:
            ratings.setdefault((r["set_id"], r["exercise"]), []).append(r["detail"])
    for (set_id, ex_id), details in sorted(ratings.items()):
        title = details[0].get("rubric_title") or details[0].get("rubric_id") or "rubric"
        out += ["", f"{set_id} / {ex_id}: your reflection against the {title}"]
        for d in details:
            out.append(
                f"- {d['criterion_name']}: level {d['level']} of {d['levels']} "
                f"({d['level_name']}). {d['descriptor']}".rstrip()
            )
    return "\n".join(out) + "\n"


def release(gb: Any, folder: str | os.PathLike[str], *, mode: int = 0o600) -> list[Path]:
    """Write every learner's feedback into ``folder`` and an :data:`INDEX`; return the files.

    Every name is checked first: if any file the release would write is already there (or
    a symlink is), nothing is written and :class:`FileExistsError` names it — release into a
    new folder, or move the old feedback away. The folder must be a real folder (no symlink).
    """
    from peerlearn._safefiles import write_new

    from .views import csv_text

    target = Path(folder).expanduser()
    learners = [r["learner"] for r in gb.db.rows("handins")]
    names = file_names(learners)
    if target.is_symlink():
        raise NotADirectoryError(
            errno.ENOTDIR, f"{target} is a symlink; release into a real folder"
        )
    for n in [*names.values(), INDEX]:
        if os.path.lexists(target / n):
            raise FileExistsError(
                errno.EEXIST,
                f"{target / n} already exists; release never replaces a file: release into a "
                "new folder, or move the earlier feedback away",
            )
    written = [write_new(target, names[n], feedback(gb, n), mode=mode) for n in learners]
    index = [["learner", "file"], *([n, names[n]] for n in learners)]
    write_new(target, INDEX, csv_text(index), mode=mode)
    return written
