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
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import math
import os
import tempfile
import uuid
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PeerlearnError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

    from .exercises.model import ExerciseSet
    from .exercises.scoring import Result

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

#: The environment variable that moves the progress folder (tests, shared machines).
ENV = "PEERLEARN_HOME"
FILE_NAME = "progress.json"
FORMAT = "peerlearn-progress"
SCHEMA_VERSION = 1
#: What a record's ``event`` may be.
EVENTS = ("attempt", "reveal", "reflection")
LOCK_TIMEOUT = 30.0
#: Files bigger than this are not read by :func:`combine` (a learner's record is far smaller).
MAX_COMBINE_BYTES = 50 * 1024 * 1024


class ProgressWarning(UserWarning):
    """A progress file was moved aside, or skipped, or a record in it was unreadable."""


class ProgressFileError(PeerlearnError, ValueError):
    """A progress file that is not a peerlearn progress record (the reason is in the message)."""


# -- where ----------------------------------------------------------------------------------------
def home() -> Path:
    """The folder that holds the progress file: ``$PEERLEARN_HOME`` or the user data folder."""
    env = os.environ.get(ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("peerlearn", appauthor=False))


def default_path() -> Path:
    """The learner's progress file (it may not exist yet)."""
    return home() / FILE_NAME


def _path(path: str | os.PathLike[str] | None) -> Path:
    return Path(path).expanduser() if path is not None else default_path()


# -- reading and writing --------------------------------------------------------------------------
def _empty(learner: str | None = None) -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "learner": learner, "records": []}


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


def _parse(data: bytes, name: str) -> dict[str, Any]:
    """Parse a progress file's bytes; raise :class:`ProgressFileError` saying what is wrong."""
    if not data.strip():
        raise ProgressFileError(f"{name} is empty")
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ProgressFileError(f"{name} is not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ProgressFileError(f"{name} is not valid JSON (line {e.lineno}: {e.msg})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProgressFileError(
            f"{name} is not a peerlearn progress file (expected a JSON object with "
            f'"format": "{FORMAT}")'
        )
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise ProgressFileError(
            f"{name} has schema_version {doc.get('schema_version')!r}; this version of peerlearn "
            f"reads {SCHEMA_VERSION}"
        )
    if not isinstance(doc.get("records"), list):
        raise ProgressFileError(f'{name} has no "records" list')
    return doc


def _lock(path: Path) -> Any:
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT)


def _move_aside(path: Path, reason: str) -> Path:
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, target)
    warnings.warn(
        f"peerlearn could not read the progress file {path} ({reason}). Nothing was deleted: "
        f"it was moved aside to {target}, and a new progress file was started.",
        ProgressWarning,
        stacklevel=4,
    )
    return target


def _read_or_recover(path: Path) -> dict[str, Any]:
    """The document at ``path`` (call with the lock held); a corrupted file is moved aside."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _empty()
    try:
        return _parse(data, str(path))
    except ProgressFileError as e:
        _move_aside(path, str(e).replace(str(path) + " ", "", 1))
        return _empty()


def _write(path: Path, doc: Mapping[str, Any]) -> None:
    """Write ``doc`` atomically: a temporary file in the same folder, flushed, then replaced."""
    text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError, AttributeError):  # make the rename durable where possible
        dirfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)


@contextlib.contextmanager
def _locked_doc(path: Path) -> Iterator[dict[str, Any]]:
    """Lock, read (recovering from corruption), let the caller change the doc, write it back."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path):
        doc = _read_or_recover(path)
        yield doc
        _write(path, doc)


def _read(path: Path) -> dict[str, Any]:
    """Read the learner's own file (moving it aside if it is corrupted)."""
    if not path.exists():
        return _empty()
    with _lock(path):
        return _read_or_recover(path)


def _jsonable(value: Any, what: str) -> Any:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise ValueError(
            f"{what} must be plain JSON data (text, numbers, lists, dicts): {e}"
        ) from None
    return value


# -- recording ------------------------------------------------------------------------------------
def record(
    event: str,
    *,
    set_id: str,
    exercise_id: str,
    answer: Any = None,
    score: float | None = None,
    mechanisms: Iterable[str] = (),
    by_mechanism: Mapping[str, float] | None = None,
    exercise_kind: str | None = None,
    revealed: bool = False,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Append one record (``event``: attempt, reveal or reflection) to the progress file.

    Returns the record written. The write is locked and atomic.
    """
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r}; expected one of {', '.join(EVENTS)}")
    if score is not None:
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ValueError(f"score must be a number from 0 to 1 (or None); got {score!r}")
        score = float(score)
    mechs = [mechanisms] if isinstance(mechanisms, str) else list(mechanisms)
    rec: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "time": _now(),
        "event": event,
        "set": str(set_id),
        "exercise": str(exercise_id),
        "kind": exercise_kind,
        "answer": _jsonable(answer, "answer"),
        "score": score,
        "mechanisms": mechs,
        "by_mechanism": {str(k): float(v) for k, v in (by_mechanism or {}).items()},
        "revealed": bool(revealed),
    }
    with _locked_doc(_path(path)) as doc:
        doc["records"].append(rec)
    return rec


def record_result(
    result: Result,
    *,
    set_id: str,
    mechanisms: Iterable[str] | None = None,
    revealed: bool = False,
    path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Record a :class:`~peerlearn.exercises.scoring.Result` (an attempt, reflection or reveal)."""
    if result.revealed:
        event = "reveal"
    elif result.kind == "reflection":
        event = "reflection"
    else:
        event = "attempt"
    mechs = tuple(mechanisms) if mechanisms is not None else result.mechanisms
    by_mech = dict(result.by_mechanism)
    if result.score is not None and not by_mech:
        by_mech = {m: result.score for m in mechs}
    return record(
        event,
        set_id=set_id,
        exercise_id=result.exercise_id,
        answer=result.answer,
        score=result.score,
        mechanisms=mechs,
        by_mechanism=by_mech if event == "attempt" else None,
        exercise_kind=result.kind,
        revealed=revealed,
        path=path,
    )


def records(path: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Every record in the progress file, oldest first (``[]`` when there is none yet)."""
    return list(_read(_path(path))["records"])


def _valid_records(recs: Iterable[Any], name: str, *, warn: bool = True) -> list[dict[str, Any]]:
    good, bad = [], 0
    for r in recs:
        if (
            isinstance(r, dict)
            and r.get("event") in EVENTS
            and isinstance(r.get("set"), str)
            and isinstance(r.get("exercise"), str)
            and isinstance(r.get("time"), str)
            and (r.get("score") is None or _is_score(r.get("score")))
            and isinstance(r.get("mechanisms", []), list)
        ):
            good.append(r)
        else:
            bad += 1
    if bad and warn:
        warnings.warn(
            f"{name}: {bad} record(s) could not be read and were left out of the summary "
            "(they are still in the file)",
            ProgressWarning,
            stacklevel=3,
        )
    return good


def _is_score(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= 1
    )


# -- tables ---------------------------------------------------------------------------------------
def history(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Every record as a table: time, event, set, exercise, kind, score, mechanisms, answer."""
    import pandas as pd

    p = _path(path)
    recs = _valid_records(records(p), str(p))
    cols = ["time", "event", "set", "exercise", "kind", "score", "mechanisms", "answer", "revealed"]
    return pd.DataFrame([{c: r.get(c) for c in cols} for r in recs], columns=cols)


def reflections(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The learner's saved reflections: time, set, exercise, text."""
    h = history(path)
    out = h[h["event"] == "reflection"][["time", "set", "exercise", "answer"]]
    return out.rename(columns={"answer": "text"}).reset_index(drop=True)


def _latest_scores(recs: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], dict[str, float]]:
    """(set, exercise) → mechanism → score, from the latest attempt made without a reveal."""
    latest: dict[tuple[str, str], dict[str, float]] = {}
    for r in sorted(recs, key=lambda r: r["time"]):
        if r["event"] != "attempt" or r.get("revealed") or r.get("score") is None:
            continue
        by_mech = r.get("by_mechanism")
        if isinstance(by_mech, dict) and by_mech:
            scores = {str(k): float(v) for k, v in by_mech.items() if _is_score(v)}
        else:
            scores = {str(m): float(r["score"]) for m in r.get("mechanisms") or []}
        latest[(r["set"], r["exercise"])] = scores
    return latest


def _names(kb: Any) -> dict[str, str]:
    from .exercises.loader import resolve_kb

    kb = resolve_kb(kb)
    return {m.id: m.name for m in kb.mechanisms_list()} if kb is not None else {}


def _mastery_rows(
    recs: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> list[dict[str, Any]]:
    latest = _latest_scores(recs)
    per: dict[str, list[float]] = {}
    for scores in latest.values():
        for m, s in scores.items():
            per.setdefault(m, []).append(s)
    attempts: dict[str, int] = {}
    for r in recs:
        if r["event"] == "attempt":
            for m in r.get("mechanisms") or []:
                attempts[str(m)] = attempts.get(str(m), 0) + 1
    ids = list(names) + sorted(m for m in {*per, *attempts} if m not in names)
    rows = []
    for m in ids:
        values = per.get(m, [])
        rows.append(
            {
                "mechanism": m,
                "name": names.get(m, m),
                "exercises": len(values),
                "attempts": attempts.get(m, 0),
                "mastery": sum(values) / len(values) if values else float("nan"),
                "missed": sum(1 for v in values if v < 1.0),
            }
        )
    return rows


def summary(path: str | os.PathLike[str] | None = None, *, kb: Any = None) -> pd.DataFrame:
    """Mastery per mechanism, one row each (indexed by mechanism id).

    Columns: ``name``; ``exercises`` (exercises attempted that test it); ``attempts``;
    ``mastery`` (mean score of the latest attempt on each exercise, 0–1; NaN when none);
    ``missed`` (exercises whose latest score is below full). Attempts made after revealing the
    answer do not count towards mastery.
    """
    import pandas as pd

    p = _path(path)
    recs = _valid_records(records(p), str(p))
    df = pd.DataFrame(
        _mastery_rows(recs, _names(kb)),
        columns=["mechanism", "name", "exercises", "attempts", "mastery", "missed"],
    ).set_index("mechanism")
    df.attrs.update(peerlearn="summary", source=str(p))
    return df


def review_order(
    exercise_set: ExerciseSet, *, path: str | os.PathLike[str] | None = None
) -> list[str]:
    """The set's exercise ids in review order: missed last time, then not yet tried, then mastered.

    Within each group the set's own order is kept (spaced retrieval: what was missed comes back
    first, what was answered fully right comes last).

    An exercise counts as missed when its latest attempt scored below full, or when its answer
    was revealed after (or instead of) the latest attempt.
    """
    p = _path(path)
    ids = list(exercise_set.ids)
    recs = [
        r for r in _valid_records(records(p), str(p), warn=False) if r["set"] == exercise_set.id
    ]
    state: dict[str, bool] = {}
    for r in sorted(recs, key=lambda r: r["time"]):
        if r["event"] == "attempt" and r.get("score") is not None:
            state[r["exercise"]] = bool(r.get("revealed")) or float(r["score"]) < 1.0
        elif r["event"] == "reveal":
            state[r["exercise"]] = True
    missed = [i for i in ids if state.get(i)]
    new = [i for i in ids if i not in state]
    mastered = [i for i in ids if i in state and not state[i]]
    return missed + new + mastered


# -- handing in and combining ---------------------------------------------------------------------
def export(
    path: str | os.PathLike[str],
    *,
    learner: str | None = None,
    source: str | os.PathLike[str] | None = None,
) -> Path:
    """Write a copy of the progress record to ``path`` (to hand in); return the path.

    ``learner`` puts a name in the copy (the instructor's class table shows it); ``source`` is
    the progress file to copy (default: the learner's own).
    """
    src = _path(source)
    target = Path(path).expanduser()
    if target.exists() and src.exists() and os.path.samefile(target, src):
        raise ValueError(f"{target} is the live progress file itself; export to another file")
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder; give a file name such as my-progress.json")
    doc = _read(src)
    out = dict(doc)
    out["records"] = list(doc["records"])
    if learner is not None:
        out["learner"] = str(learner)
    out["exported"] = _now()
    target.parent.mkdir(parents=True, exist_ok=True)
    _write(target, out)
    return target


def _expand(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p).expanduser()
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def combine(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, kb: Any = None
) -> pd.DataFrame:
    """A class table from learners' exported files (or a folder of them).

    One row per learner (the name in the file, else the file name), one column per mechanism,
    values the learner's mastery (NaN where not attempted). Files that cannot be read are
    skipped with a :class:`ProgressWarning` naming them; ``df.attrs["skipped"]`` lists them.
    :func:`hardest` and :func:`plot` show which mechanisms the class finds hardest.
    """
    import pandas as pd

    names = _names(kb)
    rows: dict[str, dict[str, float]] = {}
    files: dict[str, str] = {}
    skipped: list[tuple[str, str]] = []
    for p in _expand(paths):
        try:
            if p.stat().st_size > MAX_COMBINE_BYTES:
                raise ProgressFileError(f"{p} is larger than {MAX_COMBINE_BYTES:,} bytes")
            doc = _parse(p.read_bytes(), str(p))
        except (OSError, ProgressFileError) as e:
            reason = str(e)
            skipped.append((str(p), reason))
            warnings.warn(f"skipped {p}: {reason}", ProgressWarning, stacklevel=2)
            continue
        recs = _valid_records(doc["records"], str(p))
        learner = doc.get("learner") if isinstance(doc.get("learner"), str) else None
        learner = (learner or p.stem).strip() or p.stem
        if learner in rows:
            learner = f"{learner} ({p.name})"
        rows[learner] = {r["mechanism"]: r["mastery"] for r in _mastery_rows(recs, names)}
        files[learner] = str(p)
    columns = list(names) + sorted({m for r in rows.values() for m in r} - set(names))
    df = pd.DataFrame.from_dict(rows, orient="index", columns=columns, dtype=float)
    df.index.name = "learner"
    df.columns.name = "mechanism"
    df.attrs.update(peerlearn="class", skipped=skipped, files=files, names=dict(names))
    return df


def hardest(class_table: pd.DataFrame) -> pd.DataFrame:
    """Per mechanism: the class's mean mastery and how many learners attempted it, hardest first."""
    import pandas as pd

    names = class_table.attrs.get("names", {})
    out = pd.DataFrame(
        {
            "name": [names.get(m, m) for m in class_table.columns],
            "mean_mastery": class_table.mean(axis=0, skipna=True).to_numpy(),
            "learners": class_table.notna().sum(axis=0).to_numpy(),
        },
        index=pd.Index(class_table.columns, name="mechanism"),
    )
    return out.sort_values("mean_mastery", na_position="last", kind="stable")


# -- the plot -------------------------------------------------------------------------------------
@dataclass
class MasteryPlot:
    """A small bar chart with its alt text and the same numbers as a text table.

    In a notebook it shows as an image (with ``alt`` text) above an HTML table.
    """

    figure: Figure
    alt_text: str
    table: pd.DataFrame
    title: str
    _png: bytes | None = field(default=None, repr=False)

    def png(self) -> bytes:
        if self._png is None:
            import io

            buf = io.BytesIO()
            self.figure.savefig(buf, format="png", dpi=96, bbox_inches="tight")
            self._png = buf.getvalue()
        return self._png

    def text(self) -> str:
        """The chart as a plain-text table."""
        return f"{self.title}\n{self.table.to_string()}"

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        import base64

        from .exercises._html import esc

        img = base64.b64encode(self.png()).decode("ascii")
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in (idx, *row)) + "</tr>"
            for idx, row in zip(self.table.index, self.table.itertuples(index=False), strict=True)
        )
        head = "".join(
            f'<th scope="col">{esc(str(c))}</th>'
            for c in (self.table.index.name or "", *self.table.columns)
        )
        return (
            f'<figure class="peerlearn-mastery"><img src="data:image/png;base64,{img}" '
            f'alt="{esc(self.alt_text)}">'
            f"<figcaption>{esc(self.title)}</figcaption></figure>"
            f"<table><caption>{esc(self.title)} (table)</caption><thead><tr>{head}"
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )


def _pct(value: float) -> str:
    return "no attempts yet" if value != value else f"{value:.0%}"  # NaN check


def plot(
    table: pd.DataFrame | None = None,
    *,
    path: str | os.PathLike[str] | None = None,
    kb: Any = None,
) -> MasteryPlot:
    """Chart a :func:`summary` (mastery per mechanism) or a :func:`combine` class table
    (the class's mean mastery per mechanism, hardest first). With no table: the learner's summary.
    """
    from matplotlib.figure import Figure

    if table is None:
        table = summary(path, kb=kb)
    if table.attrs.get("peerlearn") == "class":
        shown = hardest(table)
        labels, values = list(shown["name"]), list(shown["mean_mastery"])
        counts = [f"{int(n)} learner(s)" for n in shown["learners"]]
        title = "Which mechanisms the class finds hardest (mean mastery, lowest first)"
        text_table = shown.assign(mean_mastery=[_pct(v) for v in values])
    else:
        labels, values = list(table["name"]), list(table["mastery"])
        counts = [f"{int(n)} exercise(s)" for n in table["exercises"]]
        title = "Mastery per mechanism (latest attempt on each exercise)"
        text_table = table[["name", "exercises", "attempts", "mastery", "missed"]].assign(
            mastery=[_pct(v) for v in values]
        )
    fig = Figure(figsize=(6.5, 0.5 + 0.45 * max(1, len(labels))))
    ax = fig.subplots()
    ys = list(range(len(labels)))[::-1]
    shown_values = [0.0 if v != v else v for v in values]
    ax.barh(ys, shown_values, color="#0072B2", height=0.6)  # Okabe–Ito blue
    for y, v, c in zip(ys, values, counts, strict=True):
        ax.text(
            min(1.0, (0.0 if v != v else v)) + 0.01, y, f"{_pct(v)} ({c})", va="center", fontsize=8
        )
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlim(0, 1.6)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"], fontsize=8)
    ax.set_xlabel("mastery", fontsize=8)
    ax.set_title(title, fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    alt = (
        f"Horizontal bar chart: {title}. "
        + "; ".join(
            f"{lab}: {_pct(v)} ({c})" for lab, v, c in zip(labels, values, counts, strict=True)
        )
        + "."
    )
    return MasteryPlot(figure=fig, alt_text=alt, table=text_table, title=title)
