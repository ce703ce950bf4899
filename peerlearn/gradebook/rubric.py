"""Rubric levels for reflections: a level per criterion, per learner and reflection exercise.

The rubric has the shape agreed with the course content (``peerlearn/data/rubrics/*.json``)::

    {"id": "reflection", "title": "...", "levels": [{"level": 1, "name": "Beginning"}, ...],
     "criteria": [{"id": "...", "name": "...", "mechanisms": [...],
                   "descriptors": {"1": "...", "2": "...", ...}}, ...]}

:func:`as_dict` takes it as a dict, a path to its JSON file, or a loaded rubric object (frozen
dataclasses of the same fields); :func:`rate` checks the levels against it (unknown criteria
or levels are refused with what is valid) and stores each level with its name and descriptor,
so the released feedback says them even if the rubric file changes later.

Room: :mod:`peerlearn.gradebook`; imports :mod:`peerlearn._safefiles` and the standard library.

>>> rubric = {"id": "r", "title": "Reflection rubric",
...           "levels": [{"level": 1, "name": "Beginning"}, {"level": 2, "name": "Secure"}],
...           "criteria": [{"id": "links", "name": "Links to theory", "mechanisms": [],
...                         "descriptors": {"1": "Names a theory.", "2": "Uses it."}}]}
>>> checked(rubric, {"links": 2})["links"]["level_name"]
'Secure'
>>> checked(rubric, {"link": 2})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: the rubric 'r' has no criterion 'link' (did you mean 'links'?); its criteria: links
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["as_dict", "checked", "rate"]


def as_dict(rubric: Any) -> dict[str, Any]:
    """The rubric as a plain dict (from a dict, a JSON file's path or a dataclass object).

    ``None`` is the course's own reflection rubric (``peerlearn/data/rubrics/reflection.json``).
    """
    if rubric is None:
        from peerlearn.exercises.rubric import load

        return load().to_dict()
    if isinstance(rubric, Mapping):
        data = dict(rubric)
    elif isinstance(rubric, (str, os.PathLike)):
        from peerlearn._safefiles import read_regular

        p = Path(rubric).expanduser()
        try:
            data = json.loads(read_regular(p, limit=2_000_000, expected="a rubric (.json)"))
        except json.JSONDecodeError as e:
            msg = f"{p} line {e.lineno}: not JSON ({e.msg}); give a rubric file"
            raise ValueError(msg) from None
    elif dataclasses.is_dataclass(rubric) and not isinstance(rubric, type):
        data = dataclasses.asdict(rubric)
    else:
        raise TypeError(
            f"rubric={type(rubric).__name__}: give a dict, a path to a rubric's JSON file or a "
            "loaded rubric"
        )
    if not isinstance(data.get("criteria"), (list, tuple)) or not isinstance(
        data.get("levels"), (list, tuple)
    ):
        raise ValueError(
            f"the rubric {data.get('id', '?')!r} has no 'levels' and 'criteria' lists; see "
            "peerlearn/data/rubrics/reflection.json for the shape"
        )
    return data


def checked(rubric: Any, levels: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """criterion id → the level given with its names and descriptor; ``ValueError`` if a
    criterion or level is not the rubric's."""
    from peerlearn.errors import close_matches

    data = as_dict(rubric)
    rid = data.get("id", "?")
    level_names = {int(lv["level"]): str(lv.get("name", "")) for lv in data["levels"]}
    criteria = {str(c["id"]): c for c in data["criteria"]}
    if not levels:
        raise ValueError(f"no levels given; rate one or more of: {', '.join(criteria)}")
    out: dict[str, dict[str, Any]] = {}
    for cid, level in levels.items():
        if cid not in criteria:
            near = close_matches(str(cid), criteria)
            hint = f" (did you mean {', '.join(map(repr, near))}?)" if near else ""
            raise ValueError(
                f"the rubric {rid!r} has no criterion {cid!r}{hint}; its criteria: "
                f"{', '.join(criteria)}"
            )
        if isinstance(level, int) and not isinstance(level, bool):
            n: int | None = level
        elif isinstance(level, str) and level.strip().isdigit():
            n = int(level.strip())
        else:
            n = None
        if n is None or n not in level_names:
            valid = ", ".join(f"{k} ({v})" for k, v in sorted(level_names.items()))
            raise ValueError(
                f"level {level!r} for {cid!r} is not one of the rubric's levels: {valid}"
            )
        c = criteria[cid]
        descriptors = {str(k): v for k, v in dict(c.get("descriptors") or {}).items()}
        out[cid] = {
            "level": n,
            "level_name": level_names[n],
            "levels": max(level_names),
            "criterion_name": str(c.get("name", cid)),
            "descriptor": str(descriptors.get(str(n), "")),
            "rubric_id": rid,
            "rubric_title": str(data.get("title", "")),
        }
    return out


def _reflection(bank: Mapping[str, Any], exercise_id: str) -> tuple[str, Any]:
    if "/" in exercise_id:
        set_id, _, ex_id = exercise_id.partition("/")
        there = set_id in bank and ex_id in bank[set_id].ids
        found = [(set_id, bank[set_id][ex_id])] if there else []
    else:
        found = [(s.id, s[exercise_id]) for s in bank.values() if exercise_id in s.ids]
    if not found:
        raise ValueError(
            f"no exercise {exercise_id!r} in the gradebook's bank; give a reflection's id "
            "(or set-id/exercise-id)"
        )
    if len(found) > 1:
        sets = ", ".join(f"{s}/{exercise_id}" for s, _ in found)
        raise ValueError(f"{exercise_id!r} is in several sets; give one of: {sets}")
    set_id, ex = found[0]
    if ex.kind != "reflection":
        raise ValueError(
            f"{set_id}/{ex.id} is a {ex.kind}, not a reflection; rubrics rate reflections"
        )
    return set_id, ex


def rate(
    gb: Any, learner: str, exercise_id: str, levels: Mapping[str, Any], *, rubric: Any = None
) -> dict[str, dict[str, Any]]:
    """Check and store ``levels`` for ``learner``'s reflection ``exercise_id``; return them."""
    from .roster import normalise

    set_id, ex = _reflection(gb.bank, exercise_id)
    name = gb.roster.match(learner) or normalise(learner)
    if gb.db.handin(name) is None:
        known = ", ".join(r["learner"] for r in gb.db.rows("handins")) or "none yet"
        raise ValueError(f"no hand-in from {learner!r} in the gradebook; learners: {known}")
    rated = checked(rubric, levels)
    gb.db.rate(name, set_id, ex.id, rated)
    return rated
