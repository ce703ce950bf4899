"""What the learner's record says: every record as a table, reflections, mastery, the last answer.

:func:`summary` says per mechanism how the learner did on the exercises *mainly about* it (an
exercise's first mechanism tag, kept with each attempt as ``primary``): the first attempt, the
latest attempt, and ``mastery`` — the score at the latest *review* (an attempt that FSRS rates,
see :mod:`.cards`: not a retry made straight after feedback, not after revealing the answer; a
reveal counts as 0). A mechanism with no such exercise tried is ``"not yet tried"`` with NaN
scores, never mastered. :func:`reflections` gives each reflection in full with its prompt and a
plain date; :func:`last` the learner's last answer to one exercise (to show it again after a
kernel restart). Mechanism names come from a knowledge base through
:func:`peerlearn.knowledge.resolve`.

Room: :mod:`peerlearn.progress`, above :mod:`.attempts`, :mod:`.cards` and :mod:`.store`.
Imports those, the standard library, and pandas and :mod:`peerlearn.knowledge` inside
functions; never exercises, widgets or cli.

>>> import pathlib, tempfile
>>> from peerlearn.progress.attempts import record
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("attempt", set_id="s", exercise_id="q1", score=0.5, mechanisms=["m"], path=mine)
>>> int(summary(mine, kb=False).loc["m", "missed"])
1
>>> last("q1", "s", path=mine)["score"]
0.5
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import cards
from .attempts import EVENTS, is_score, valid_records
from .store import load, resolve_path

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["STATUS", "history", "last", "mastery_rows", "reflections", "summary"]

#: What :func:`summary`'s ``status`` column may say.
STATUS = ("not yet tried", "learning", "mastered")
SUMMARY_COLUMNS = [
    "name",
    "exercises",
    "attempts",
    "first_attempt",
    "latest",
    "mastery",
    "missed",
    "status",
]


def history(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Every record as a table: time, event, set, exercise, kind, score, mechanisms, answer."""
    import pandas as pd

    p = resolve_path(path)
    recs = valid_records(load(p).records, str(p))
    cols = [
        "time",
        "event",
        "set",
        "exercise",
        "kind",
        "score",
        "mechanisms",
        "primary",
        "answer",
        "revealed",
    ]
    rows = copy.deepcopy([{c: r.get(c) for c in cols} for r in recs])  # the cache stays as read
    return pd.DataFrame(rows, columns=cols)


def plain_date(time: str) -> str:
    """A record's time as a plain local date and time, e.g. ``'5 January 2026, 10:00'``.

    >>> plain_date("2026-01-05T10:00:00+00:00")[:14]
    '5 January 2026'
    """
    try:
        t = cards.when(time).astimezone()
    except (TypeError, ValueError):
        return str(time)
    return f"{t.day} {t:%B %Y, %H:%M}"


def reflection_rows(
    path: str | os.PathLike[str] | None = None, *, sets: Iterable[Any] = ()
) -> list[dict[str, Any]]:
    """The rows of :func:`reflections` as plain dicts (no pandas: the reflections page)."""
    prompts: dict[tuple[str, str], str] = {}
    titles: dict[str, str] = {}
    for s in sets:
        if isinstance(getattr(s, "title", None), str):
            titles[str(s.id)] = s.title
        for ex in getattr(s, "exercises", ()):
            if isinstance(getattr(ex, "prompt", None), str):
                prompts[(str(s.id), str(ex.id))] = ex.prompt
    p = resolve_path(path)
    rows = []
    for r in valid_records(load(p).records, str(p)):
        if r["event"] != "reflection":
            continue
        prompt = r.get("prompt") if isinstance(r.get("prompt"), str) else None
        rows.append(
            {
                "date": plain_date(r["time"]),
                "set": r["set"],
                "set_title": titles.get(r["set"], ""),
                "exercise": r["exercise"],
                "prompt": prompt or prompts.get((r["set"], r["exercise"]), ""),
                "text": r.get("answer") if isinstance(r.get("answer"), str) else "",
                "time": r["time"],
            }
        )
    return rows


#: The columns of :func:`reflections`.
REFLECTION_COLUMNS = ("date", "set", "set_title", "exercise", "prompt", "text", "time")


def reflections(
    path: str | os.PathLike[str] | None = None, *, sets: Iterable[Any] = ()
) -> pd.DataFrame:
    """The learner's saved reflections, oldest first: date, set, exercise, prompt, text (in full).

    ``set_title`` is the set's title when ``sets`` has it.

    ``date`` is plain (``5 January 2026, 10:00``, local time); ``time`` keeps the exact time.
    The prompt is the one kept with the reflection; for reflections saved before prompts were
    kept, it is looked up in ``sets`` (exercise sets, or anything with ``id`` and
    ``exercises`` whose items have ``id`` and ``prompt``), else left empty. The whole text is in
    each cell; :func:`peerlearn.progress.reflections_page` shows them as a readable page.
    """
    import pandas as pd

    df = pd.DataFrame(reflection_rows(path, sets=sets), columns=list(REFLECTION_COLUMNS))
    df.attrs.update(peerlearn="reflections", source=str(resolve_path(path)))
    return df


def last(
    exercise_id: str, set_id: str, *, path: str | os.PathLike[str] | None = None
) -> dict[str, Any] | None:
    """The learner's latest record for one exercise (attempt, reflection or reveal), or ``None``.

    A copy of the record: ``event``, ``time``, ``answer``, ``score``, ``revealed``, ``kind``,
    ``mechanisms``, ``primary``, ``by_mechanism`` (and ``prompt`` for a reflection). Reading
    only: it works in a read-only folder. Costs the same however long the record is (the
    record is kept in memory, indexed by exercise, and only new lines are read).
    """
    p = resolve_path(path)
    item = load(p).by_item.get((str(set_id), str(exercise_id)), [])
    for r in reversed(item):
        if r.get("event") in EVENTS and isinstance(r.get("time"), str):
            return copy.deepcopy(dict(r))
    return None


def mechanism_names(kb: Any) -> dict[str, str]:
    """Mechanism id → name, in the knowledge base's order (``{}`` when ``kb`` is ``False``)."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    return {m.id: m.name for m in kb.mechanisms_list()} if kb is not None else {}


def _primary(item: Sequence[Mapping[str, Any]]) -> str | None:
    for r in reversed(item):
        p = r.get("primary")
        if isinstance(p, str) and p:
            return p
        mechs = r.get("mechanisms")
        if "primary" not in r and isinstance(mechs, list) and mechs:
            return str(mechs[0])
    return None


def _item_scores(item: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """First, latest and review score of one item, and its attempts (records oldest first)."""
    first = latest = review = None
    attempts = 0
    for r, rating in zip(item, cards.ratings(item), strict=True):
        scored = r["event"] == "attempt" and r.get("score") is not None
        if scored:
            attempts += 1
        if scored and not r.get("revealed"):
            latest = float(r["score"])
            first = latest if first is None else first
        if rating is not None and r["event"] == "reveal":  # a review: a reveal counts as 0
            review = 0.0
        elif rating is not None and is_score(r.get("score")):  # a rated attempt
            review = float(r["score"])
    return {"first": first, "latest": latest, "review": review, "attempts": attempts}


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def mastery_rows(
    recs: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> list[dict[str, Any]]:
    """One row per mechanism with the columns of :func:`summary` (``recs``: valid records)."""
    items: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for r in sorted(recs, key=lambda r: r["time"]):
        items.setdefault((r["set"], r["exercise"]), []).append(r)
    per: dict[str, list[dict[str, Any]]] = {}
    for item in items.values():
        mech = _primary(item)
        scores = _item_scores(item)
        if mech is not None and (scores["attempts"] or scores["review"] is not None):
            per.setdefault(mech, []).append(scores)
    rows = []
    for m in list(names) + sorted(m for m in per if m not in names):
        got = per.get(m, [])
        firsts = [s["first"] for s in got if s["first"] is not None]
        latests = [s["latest"] for s in got if s["latest"] is not None]
        reviews = [s["review"] for s in got if s["review"] is not None]
        mastery = _mean(reviews)
        missed = sum(1 for v in reviews if v < 1.0)
        status = STATUS[0] if not got else STATUS[2] if reviews and not missed else STATUS[1]
        rows.append(
            {
                "mechanism": m,
                "name": names.get(m, m),
                "exercises": len(got),
                "attempts": sum(s["attempts"] for s in got),
                "first_attempt": _mean(firsts),
                "latest": _mean(latests),
                "mastery": mastery,
                "missed": missed,
                "status": status,
            }
        )
    return rows


def summary(path: str | os.PathLike[str] | None = None, *, kb: Any = None) -> pd.DataFrame:
    """How the learner did per mechanism, one row each (indexed by mechanism id).

    Only exercises *mainly about* a mechanism count for it (their first mechanism tag). Columns:
    ``name``; ``exercises`` (such exercises tried); ``attempts``; ``first_attempt`` (mean score
    of the first attempt on each, 0–1); ``latest`` (mean score of the latest attempt);
    ``mastery`` (mean score at the latest review: a first try or a try after a break, not a
    retry within 10 minutes of feedback and not after revealing the answer; a reveal counts 0);
    ``missed`` (exercises below full at their latest review); ``status`` (``"not yet tried"``,
    ``"learning"`` or ``"mastered"``). Scores are NaN for a mechanism not yet tried.
    """
    import pandas as pd

    p = resolve_path(path)
    recs = valid_records(load(p).records, str(p))
    df = pd.DataFrame(
        mastery_rows(recs, mechanism_names(kb)), columns=["mechanism", *SUMMARY_COLUMNS]
    ).set_index("mechanism")
    df.attrs.update(peerlearn="summary", source=str(p))
    return df
