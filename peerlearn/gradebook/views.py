"""What the gradebook shows: by learner, by mechanism, by question; a chart; an LMS grade CSV.

Every view is a pandas DataFrame built from the rows of :mod:`.db` (so importing the same
hand-ins twice gives equal tables). A learner's *grade* on a question is the key's score of
their latest attempt, or 0 when they revealed the answer before that attempt (the answer was
shown); a question not attempted has no grade (NaN), and counts 0 in the total.

Room: :mod:`peerlearn.gradebook`, above :mod:`.db`. Imports the standard library,
:mod:`peerlearn.progress.charts` (the chart type, colour-blind-safe with alt text and a table) and
pandas / matplotlib inside functions.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from peerlearn.progress.charts import MasteryPlot

__all__ = [
    "LMS_FORMATS",
    "by_learner",
    "by_mechanism",
    "by_question",
    "grades",
    "is_late",
    "lms_csv",
    "plot",
    "write_csv",
]

#: The grade CSV shapes :func:`lms_csv` writes.
LMS_FORMATS = ("canvas", "moodle")


def grades(attempts: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(learner, set, exercise) → the grade, the answer graded and how many attempts.

    >>> rows = [{"learner": "Ana", "set_id": "s", "exercise": "q", "event": e, "time": t,
    ...          "seq": i, "score": sc, "answer": None, "kind": "multiple-choice",
    ...          "mechanism": "m"} for i, (e, t, sc) in enumerate(
    ...     [("attempt", "1", 0.0), ("reveal", "2", None), ("attempt", "3", 1.0)])]
    >>> g = grades(rows)[("Ana", "s", "q")]
    >>> g["grade"], g["attempts"], g["revealed_first"]
    (0.0, 2, True)
    """
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    revealed: set[tuple[str, str, str]] = set()
    for a in sorted(attempts, key=lambda a: (a["learner"], a["time"], a["seq"])):
        key = (a["learner"], a["set_id"], a["exercise"])
        if a["event"] == "reveal":
            revealed.add(key)
            continue
        if a["score"] is None:
            continue
        g = out.setdefault(key, {"attempts": 0})
        g.update(
            grade=0.0 if key in revealed else float(a["score"]),
            answer=a["answer"],
            kind=a["kind"],
            mechanism=a["mechanism"],
            # every mechanism the question is tagged with (by_mechanism counts it under each)
            mechanisms=sorted(a.get("by_mechanism") or {}) or [a["mechanism"]],
            revealed_first=key in revealed,
        )
        g["attempts"] += 1
    return out


def _questions(bank: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(s.id, ex) for s in bank.values() for ex in s if ex.scored]


def is_late(exported: str, deadline: datetime | None) -> bool:
    """Whether a hand-in exported at ``exported`` (ISO 8601) is after ``deadline``.

    >>> from datetime import datetime, UTC
    >>> is_late("2026-03-02T09:00:00+00:00", datetime(2026, 3, 1, 17, tzinfo=UTC))
    True
    """
    if deadline is None:
        return False
    t = datetime.fromisoformat(exported)
    return (t if t.tzinfo else t.replace(tzinfo=UTC)) > deadline


def by_learner(
    handins: Sequence[Mapping[str, Any]],
    attempts: Sequence[Mapping[str, Any]],
    bank: Mapping[str, Any],
    *,
    deadline: datetime | None = None,
) -> pd.DataFrame:
    """One row per learner: questions attempted, correct, points (sum of grades), out of, %,
    ``late`` (exported after ``deadline``), ``status`` (``current``, or ``disputed: why`` — the
    hand-in changed after it was graded, and its grade is withdrawn: NaN)."""
    import pandas as pd

    per: dict[str, list[dict[str, Any]]] = {}
    for (learner, _, _), v in grades(attempts).items():
        per.setdefault(learner, []).append(v)
    total = len(_questions(bank))
    rows = []
    nan = float("nan")
    for h in handins:
        mine = per.get(h["learner"], [])
        points = sum(v["grade"] for v in mine)
        standing = h.get("status", "current") == "current"
        rows.append(
            {
                "learner": h["learner"],
                "attempted": len(mine) if standing else nan,
                "correct": sum(1 for v in mine if v["grade"] >= 1.0) if standing else nan,
                "points": round(points, 6) if standing else nan,
                "out_of": total,
                "percent": round(100 * points / total, 2) if total and standing else nan,
                "late": is_late(h["exported"], deadline),
                "status": "current" if standing else f"disputed: {h.get('note') or ''}".strip(),
                "file": Path(h["file"]).name,
                "exported": h["exported"],
            }
        )
    cols = ["learner", "attempted", "correct", "points", "out_of", "percent", "late", "status",
            "file", "exported"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols).set_index("learner")


def by_mechanism(attempts: Sequence[Mapping[str, Any]], names: Mapping[str, str]) -> pd.DataFrame:
    """One row per mechanism: learners graded, questions, mean grade (hardest first); a
    question tagged with several mechanisms counts under every one of them."""
    import pandas as pd

    per: dict[str, list[float]] = {}
    who: dict[str, set[str]] = {}
    questions: dict[str, set[tuple[str, str]]] = {}
    for (learner, set_id, ex), v in grades(attempts).items():
        for m in [m or "(none)" for m in v["mechanisms"]]:
            per.setdefault(m, []).append(v["grade"])
            who.setdefault(m, set()).add(learner)
            questions.setdefault(m, set()).add((set_id, ex))
    rows = [
        {
            "mechanism": m,
            "name": names.get(m, m),
            "learners": len(who[m]),
            "questions": len(questions[m]),
            "mean_grade": round(sum(per[m]) / len(per[m]), 6),
        }
        for m in sorted(per)
    ]
    df = pd.DataFrame(rows, columns=["mechanism", "name", "learners", "questions", "mean_grade"])
    return df.set_index("mechanism").sort_values(["mean_grade", "name"], kind="stable")


def _wrong_choices(ex: Any, answer: Any) -> list[str]:
    """The wrong things one answer chose, as short readable labels."""
    kind = ex.kind
    if kind == "multiple-choice":
        right = {o.text for o in ex.options if o.correct}
        return [str(answer)] if isinstance(answer, str) and answer not in right else []
    if kind == "multiple-select":
        right = {o.text for o in ex.options if o.correct}
        picked = answer if isinstance(answer, list) else []
        return [str(a) for a in picked if a not in right] + [
            f"(missed) {t}" for t in sorted(right - set(map(str, picked)))
        ]
    if kind == "matching" and isinstance(answer, dict):
        key = {p.left: p.right for p in ex.pairs}
        return [f"{left} → {right}" for left, right in answer.items() if key.get(left) != right]
    if kind == "vignette":
        at_work = set(ex.at_work)
        named = set(answer) if isinstance(answer, list) else set()
        return [f"{m} (not at work)" for m in sorted(named - at_work)] + [
            f"(missed) {m}" for m in sorted(at_work - named)
        ]
    return []


def by_question(attempts: Sequence[Mapping[str, Any]], bank: Mapping[str, Any]) -> pd.DataFrame:
    """One row per scored question: learners, facility (mean grade) and the wrong choices made.

    ``wrong_choices`` lists each wrong option (or pair, or mechanism) with how many learners'
    graded answers chose it, most chosen first, e.g. ``"Carl Rogers ×3; Paulo Freire ×1"``.
    """
    import pandas as pd

    per: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for (_, set_id, ex_id), v in grades(attempts).items():
        per.setdefault((set_id, ex_id), []).append(v)
    rows = []
    for set_id, ex in _questions(bank):
        mine = per.get((set_id, ex.id), [])
        wrong: Counter[str] = Counter()
        for v in mine:
            wrong.update(dict.fromkeys(_wrong_choices(ex, v["answer"]), 1))
        rows.append(
            {
                "set": set_id,
                "exercise": ex.id,
                "kind": ex.kind,
                "prompt": " ".join(ex.prompt.split()),
                "learners": len(mine),
                "facility": round(sum(v["grade"] for v in mine) / len(mine), 6)
                if mine
                else float("nan"),
                "wrong_choices": "; ".join(f"{k} ×{n}" for k, n in wrong.most_common()),
            }
        )
    cols = ["set", "exercise", "kind", "prompt", "learners", "facility", "wrong_choices"]
    return pd.DataFrame(rows, columns=cols).set_index(["set", "exercise"])


def plot(table: pd.DataFrame, *, save: str | os.PathLike[str] | None = None) -> MasteryPlot:
    """A bar chart of :func:`by_mechanism` (``mean_grade``) or :func:`by_question`
    (``facility``), lowest first, with alt text and the numbers as a table.

    ``save`` writes the picture (``.png``, ``.svg`` or ``.pdf``); nothing else is a path here.
    """
    from peerlearn.progress.charts import IMAGE_SUFFIXES, bar_chart

    if save is not None and Path(save).suffix.lower() not in IMAGE_SUFFIXES:
        raise ValueError(
            f"save={str(save)!r}: give a picture's file name ending in {', '.join(IMAGE_SUFFIXES)}"
        )
    if "mean_grade" in table.columns:
        col, what = "mean_grade", "mechanism"
        labels = list(table["name"])
        counts = [f"{n} learner(s)" for n in table["learners"]]
    elif "facility" in table.columns:
        col, what = "facility", "question"
        labels = [f"{s} / {e}" for s, e in table.index]
        counts = [f"{n} learner(s)" for n in table["learners"]]
    else:
        raise ValueError("plot() draws gradebook.by_mechanism() or gradebook.by_question()")
    order = sorted(range(len(labels)), key=lambda i: (_nan0(table[col].iloc[i]), labels[i]))
    labels = [labels[i] for i in order]
    values = [float(table[col].iloc[i]) for i in order]
    counts = [counts[i] for i in order]
    title = f"Class result by {what} (mean grade, lowest first)"
    shown = table.iloc[order].assign(**{col: [_pct(v) for v in values]})
    return bar_chart(
        labels,
        values,
        counts,
        title=title,
        table=shown,
        axis="mean grade",
        missing=_pct(float("nan")),
        save=save,
    )


def _nan0(v: Any) -> float:
    v = float(v)
    return 0.0 if v != v else v


def _pct(v: float) -> str:
    return "no grades" if v != v else f"{v:.0%}"


def csv_text(rows: Sequence[Sequence[Any]]) -> str:
    """CSV text of ``rows``, every cell made safe for a spreadsheet (no formula injection)."""
    from peerlearn._safefiles import csv_cell

    buf = io.StringIO()
    w = csv.writer(buf)
    for row in rows:
        w.writerow([csv_cell(c) for c in row])
    return buf.getvalue()


def write_csv(table: pd.DataFrame, path: str | os.PathLike[str], *, mode: int = 0o644) -> Path:
    """Write a view as a NEW CSV file (never replacing one, never through a symlink), every
    text cell safe for a spreadsheet (a leading ``=``, ``+``, ``-``, ``@`` gets a ``'``)."""
    from peerlearn._safefiles import write_new

    flat = table.reset_index()
    rows = [list(flat.columns), *([_plain(v) for v in r] for r in flat.itertuples(index=False))]
    target = Path(path).expanduser()
    return write_new(target.parent, target.name, csv_text(rows), mode=mode)


def _plain(v: Any) -> Any:
    if isinstance(v, float) and v != v:
        return ""
    return v


def lms_csv(
    table: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    lms: str = "canvas",
    assignment: str = "peerlearn",
    ids: Mapping[str, str] | None = None,
    out_of: int | None = None,
) -> Path:
    """Write a :func:`by_learner` table as a grade CSV that Canvas or Moodle imports.

    ``lms="canvas"``: Canvas's gradebook CSV (``Student, ID, SIS User ID, SIS Login ID,
    Section, <assignment>``); Canvas matches rows on ``ID``, so ``ids`` gives learner name →
    Canvas user id. ``lms="moodle"``: Moodle's *Import grades from CSV* (``Username,
    <assignment>``); map the ``Username`` column to "username"; ``ids`` gives name → Moodle
    username. Every learner in the table needs an id (a clear error names those without: an
    LMS would otherwise match by display name, or not at all). Points are the sum of grades
    (one per question); set the LMS assignment's maximum to ``out_of``. A withdrawn (disputed)
    grade is written as an empty cell, which both LMSs read as "no grade". Every text cell is
    safe for a spreadsheet (OWASP: a leading ``=``, ``+``, ``-``, ``@`` gets a ``'``). The file
    is new (mode 0644): an existing file or symlink is never replaced. Lateness is not a column:
    Canvas makes a new assignment of every column it does not know (the table's ``late`` column,
    :func:`write_csv` and the released feedback carry it).
    """
    from peerlearn._safefiles import write_new

    if lms not in LMS_FORMATS:
        raise ValueError(f"unknown LMS {lms!r}; expected one of {', '.join(LMS_FORMATS)}")
    ids = dict(ids or {})
    missing = [str(n) for n in table.index if not ids.get(str(n))]
    if missing:
        column = "ID" if lms == "canvas" else "Username"
        raise ValueError(
            f"no {lms} id for {len(missing)} learner(s): {', '.join(map(repr, missing[:5]))}"
            f"{' …' if len(missing) > 5 else ''}; give a class list with an id column (CSV "
            f"with 'name' and 'id' columns: {lms}'s {column}), e.g. --roster class.csv"
        )
    rows: list[list[Any]] = []
    if lms == "canvas":
        rows.append(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment])
        if out_of is None:
            out_of = int(table["out_of"].max()) if len(table) else 0
        rows.append(["Points Possible", "", "", "", "", out_of])
        for learner, row in table.iterrows():
            rows.append([learner, ids[str(learner)], "", "", "", _plain(row["points"])])
    else:
        rows.append(["Username", assignment])
        for learner, row in table.iterrows():
            rows.append([ids[str(learner)], _plain(row["points"])])
    target = Path(path).expanduser()
    return write_new(target.parent, target.name, csv_text(rows), mode=0o644)
