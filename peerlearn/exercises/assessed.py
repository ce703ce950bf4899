"""Assessed mode: the learner's copy of a set carries no keys; the instructor keeps a key file.

*Practice* mode is today's self-check: the set, keys and feedback are with the learner, who
sees the feedback at once. In *assessed* mode the instructor makes two files from one set
(:func:`save_assessed`):

- the **learner's copy** (``format: peerlearn-assessed-set``, mode 0644): only what
  :data:`ALLOWED` lists for each kind (ids, kinds, prompts, scenarios, the choices to pick
  from, a vignette's roles to choose from), so nothing that tells right from wrong: no
  ``correct`` flags, feedback, explanations, sources or tags (a vignette's tags are its
  mechanisms at work). Options and matching right-hand items are in a shuffled order
  (:mod:`.order`; authors write the right one first), a vignette's mechanisms by name, all
  five always offered; the widget shows each learner their own order;
- the **key file** (``format: peerlearn-answer-key``, mode 0600, for the instructor only): the
  full-score answer to every scored exercise, and the SHA-256 of the learner's copy it matches.

The learner answers with :class:`AssessedSet` (:func:`load_learner_copy`), which checks that an
answer is one of the choices (a vignette: ``{mechanism id: role}``, each role one of the copy's
``roles``, so the roles are asked, scored and fed back as in practice mode) but says nothing
about whether it is right, and gives the record
to save (an ``attempt`` with ``score: null``) with :func:`peerlearn.progress.record`. The
learner hands in :func:`peerlearn.progress.export`; the instructor's gradebook
(:mod:`peerlearn.gradebook`) scores the answers with the full set and releases feedback after.

Room: the top of :mod:`peerlearn.exercises`, beside interop. Imports the model and the
standard library; never progress, widgets or the command line.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which?", options=[Option("Love labour", correct=True, feedback="Yes: care."),
...                              Option("Liminality")])])
>>> copy = learner_copy(s)
>>> sorted(copy["exercises"][0]["options"]), "correct" in str(copy)
(['Liminality', 'Love labour'], False)
>>> answer_key(s)["answers"]
{'q1': 'Love labour'}
>>> AssessedSet(copy).answer("q1", "Liminality")["score"] is None
True
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._lmsparts import FIVE  # every vignette offers all five mechanisms
from .model import ExerciseSet

__all__ = [
    "ALLOWED",
    "AssessedSet",
    "answer_key",
    "key_answer",
    "learner_copy",
    "load_learner_copy",
    "save_assessed",
]

COPY_FORMAT = "peerlearn-assessed-set"
KEY_FORMAT = "peerlearn-answer-key"


def key_answer(exercise: Any) -> Any:
    """The full-score answer to one exercise, in the form progress records keep (``None`` for a
    reflection): an option's text, a list of texts, ``{left: right}`` or mechanism ids."""
    e: Any = exercise
    if e.kind == "multiple-choice":
        return next(o.text for o in e.options if o.correct)
    if e.kind == "multiple-select":
        return [o.text for o in e.options if o.correct]
    if e.kind == "matching":
        return {p.left: p.right for p in e.pairs}
    if e.kind == "vignette":
        return list(e.at_work)
    return None


#: What a learner's copy may hold, per kind: nothing else is written (an allow-list; the test
#: checks that changing any key field of any exercise leaves the copy unchanged).
ALLOWED: dict[str, frozenset[str]] = {
    "multiple-choice": frozenset({"id", "kind", "prompt", "options"}),
    "multiple-select": frozenset({"id", "kind", "prompt", "options"}),
    "matching": frozenset({"id", "kind", "prompt", "lefts", "rights"}),
    "vignette": frozenset(
        {"id", "kind", "prompt", "title", "scenario", "fictional", "mechanisms", "mechanism_names"}
        | {"roles"}
    ),
    "reflection": frozenset({"id", "kind", "prompt", "words"}),
}
ALLOWED_SET = frozenset({"format", "schema_version", "id", "title", "description", "exercises"})


def _item(e: Any, kb: Any = False, seed: str = "", set_id: str = "") -> dict[str, Any]:
    from .order import shuffled

    item: dict[str, Any] = {"id": e.id, "kind": e.kind, "prompt": e.prompt}
    mix = {"seed": seed, "set_id": set_id, "exercise_id": e.id}
    if e.kind in ("multiple-choice", "multiple-select"):
        item["options"] = shuffled([o.text for o in e.options], **mix)
    elif e.kind == "matching":
        item["lefts"] = [p.left for p in e.pairs]
        item["rights"] = shuffled(list(e.rights), **mix)
    elif e.kind == "vignette":
        from ._validate import ROLES
        from .scoring import mechanism_names

        ids_ = sorted({*FIVE, *e.at_work, *e.feedback_absent})
        names = mechanism_names(None if kb is False else kb, ids_)
        ids = sorted(names, key=lambda m: (names[m].casefold(), m))  # by name: no key order
        item.update(
            title=e.title,
            scenario=e.scenario,
            fictional=e.fictional,
            mechanisms=ids,
            mechanism_names={m: names[m] for m in ids},
            roles=dict(ROLES),
        )
    elif e.kind == "reflection" and e.words is not None:
        item["words"] = e.words
    extra = set(item) - ALLOWED[e.kind]
    if extra:  # pragma: no cover - a guard for whoever adds a field here
        raise AssertionError(f"a learner's copy may not hold {sorted(extra)} ({e.kind})")
    return item


def _refuse_self_check(exercise_set: ExerciseSet) -> None:
    """A generated quiz is a self-check of the course's map (see :mod:`.generator`), not
    assessment: refuse it, saying what to use instead."""
    if str(exercise_set.path or "").startswith("<generated"):
        raise ValueError(
            f"The set {exercise_set.id!r} was made by exercises.generate(): it is a self-check "
            "of the course's map (recall of which works and theories the course links), not a "
            "test of understanding, so it cannot be used for assessment. Use a set of "
            "application items instead, such as exercises.builtin('check-before'), or write "
            "your own set."
        )


def learner_copy(exercise_set: ExerciseSet, *, kb: Any = None, seed: str = "") -> dict[str, Any]:
    """The set as plain data with nothing that tells right from wrong (see the module).

    Only what :data:`ALLOWED` lists is written: no tags (a vignette's tags are its mechanisms
    at work; a "which mechanism" question's tags are its answer), no set ``mechanisms``.
    Options and matching right-hand items are in the order :mod:`.order` gives for ``seed``
    (default: the class order); the assessed widget then shows each learner their own order.
    ``kb`` gives the names of a vignette's mechanisms (default: the package's knowledge base;
    ``False``: names made from the ids). A generated quiz (a self-check) is refused with a
    ValueError."""
    from peerlearn.knowledge import resolve

    _refuse_self_check(exercise_set)
    kb = resolve(kb)
    return {
        "format": COPY_FORMAT,
        "schema_version": 1,
        "id": exercise_set.id,
        "title": exercise_set.title,
        "description": exercise_set.description,
        "exercises": [
            _item(e, kb if kb is not None else False, seed, exercise_set.id)
            for e in exercise_set.exercises
        ],
    }


def _digest(data: Mapping[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def answer_key(exercise_set: ExerciseSet, *, kb: Any = None, seed: str = "") -> dict[str, Any]:
    """The instructor's key file: the full-score answer to every scored exercise."""
    return {
        "format": KEY_FORMAT,
        "schema_version": 1,
        "set": exercise_set.id,
        "learner_copy_sha256": _digest(learner_copy(exercise_set, kb=kb, seed=seed)),
        "answers": {e.id: key_answer(e) for e in exercise_set.exercises if e.scored},
    }


def save_assessed(
    exercise_set: ExerciseSet,
    learner_path: str | os.PathLike[str],
    key_path: str | os.PathLike[str],
    *,
    kb: Any = None,
    seed: str = "",
) -> tuple[Path, Path]:
    """Write the learner's copy (0644) and the key file (0600); return both paths.

    Refuses to write the two to one file, or the key into the folder of the learner's copy
    (a folder shared with learners would share the key too). Both are NEW files, each written
    atomically (:func:`peerlearn._safefiles.write_file`): a file already at either path, or a
    symlink planted there (which would receive the key), is refused before anything is written.
    """
    from peerlearn._safefiles import write_file

    lp, kp = Path(learner_path).expanduser(), Path(key_path).expanduser()
    if lp.resolve() == kp.resolve():
        raise ValueError(f"the learner's copy and the key file are both {lp}; give two paths")
    if lp.resolve().parent == kp.resolve().parent:
        raise ValueError(
            f"the key file {kp} is in the same folder as the learner's copy {lp}; keep the key "
            "where learners cannot read it"
        )
    for p in (lp, kp):  # both checked first: never one written and the other refused
        if os.path.lexists(p):
            what = "a symbolic link" if p.is_symlink() else "already there"
            raise FileExistsError(
                f"{p} is {what}; peerlearn does not replace a file or write through a link: "
                "choose another file name or move it away (nothing was written)"
            )
    for p, data, mode in ((lp, learner_copy(exercise_set, kb=kb, seed=seed), 0o644),
                          (kp, answer_key(exercise_set, kb=kb, seed=seed), 0o600)):  # fmt: skip
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        write_file(p, text, mode=mode, create=True)
    return lp, kp


class AssessedSet:
    """A learner's copy of an assessed set: answer it without feedback.

    :meth:`answer` checks that an answer is one of the choices (naming the valid ones when it is
    not) and returns the keyword arguments for :func:`peerlearn.progress.record`.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping) or data.get("format") != COPY_FORMAT:
            raise ValueError(
                f'not a learner\'s copy of an assessed set (expected "format": "{COPY_FORMAT}")'
            )
        self.id = str(data["id"])
        self.title = str(data.get("title", ""))
        self.items = {str(e["id"]): dict(e) for e in data["exercises"]}

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.items)

    def answer(self, exercise_id: str, value: Any) -> dict[str, Any]:
        """The record of an answer (``score`` ``None``: only the instructor's key scores it)."""
        if exercise_id not in self.items:
            raise KeyError(
                f"no exercise {exercise_id!r} in {self.id!r}; its exercises: {', '.join(self.ids)}"
            )
        e = self.items[exercise_id]
        kind = e["kind"]
        if kind == "multiple-choice":
            _within([value], e["options"], exercise_id)
        elif kind == "vignette" and isinstance(value, Mapping):  # {mechanism id: role}
            _within(list(value), e["mechanisms"], exercise_id)
            roles = list(e.get("roles") or ())
            bad = [r for r in value.values() if r not in roles]
            if bad:
                raise ValueError(
                    f"{bad[0]!r} is not a role in {exercise_id!r}; the roles: {', '.join(roles)}"
                )
            value = dict(value)
        elif kind in ("multiple-select", "vignette"):
            if not isinstance(value, list):
                raise ValueError(f"{exercise_id!r} expects a list of choices; got {value!r}")
            _within(value, e["options" if kind == "multiple-select" else "mechanisms"], exercise_id)
        elif kind == "matching":
            if not isinstance(value, dict) or set(value) - set(e["lefts"]):
                raise ValueError(
                    f"{exercise_id!r} expects {{left: right}} with lefts from {e['lefts']}"
                )
            _within([v for v in value.values() if v is not None], e["rights"], exercise_id)
        elif not isinstance(value, str):
            raise ValueError(f"{exercise_id!r} is a reflection; give text")
        return {
            "event": "reflection" if kind == "reflection" else "attempt",
            "set_id": self.id,
            "exercise_id": exercise_id,
            "answer": value,
            "score": None,
            "mechanisms": [],  # the copy carries no tags: the gradebook takes them from the key
            "exercise_kind": kind,
        }


def _within(values: list[Any], choices: list[str], exercise_id: str) -> None:
    for v in values:
        if v not in choices:
            raise ValueError(
                f"{v!r} is not a choice of {exercise_id!r}; the choices: {', '.join(choices)}"
            )


def load_learner_copy(path: str | os.PathLike[str]) -> AssessedSet:
    """Read a learner's copy written by :func:`save_assessed`."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ValueError(f"{p}, line {e.lineno}: not JSON ({e.msg})") from None
    try:
        return AssessedSet(data)
    except ValueError as e:
        raise ValueError(f"{p}: {e}") from None
