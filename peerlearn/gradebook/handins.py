"""Reading one hand-in and checking it against the instructor's bank, with the keys.

:func:`check_handin` reads a file made by :func:`peerlearn.progress.export` *without locking or
writing anything* (no ``.lock`` file is left in the hand-in folder), and either returns a
:class:`HandIn` whose every attempt is re-scored with the instructor's keys, or raises
:class:`Rejected` saying why: not a progress file (foreign), a live progress file rather than an
export, changed after export (checksum), no learner name, a record that is not well formed, an
exercise that is not in its set, an answer that is not an answer to its exercise, a recorded
score the answer does not earn, or mechanisms that are not the exercise's. A symlink (or a
symlink loop) is refused as such, never followed. The learner's name is Unicode-normalised
(NFC, :func:`.roster.normalise`).

Records on sets that are not in the bank (a generated quiz, say) are not graded; they are
counted in :attr:`HandIn.ignored`.

Room: :mod:`peerlearn.gradebook`, above :mod:`.db`. Imports :mod:`peerlearn.progress`,
:mod:`peerlearn.exercises`, :mod:`peerlearn._safefiles` and the standard library.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerlearn._safefiles import NotARegularFileError, read_regular
from peerlearn.exercises.scoring import AnswerError, check
from peerlearn.progress.attempts import EVENTS, is_score
from peerlearn.progress.classes import MAX_COMBINE_BYTES, checksum
from peerlearn.progress.store import ProgressFileError, parse

from .roster import normalise

__all__ = ["HandIn", "Rejected", "check_handin", "index_bank"]

_encode_str = json.encoder.encode_basestring  # what json.dumps(text, ensure_ascii=False) gives


class Rejected(ValueError):
    """A file that the gradebook will not import; the message says why and what to do."""

    def __init__(self, file: str, reason: str, sha256: str | None = None) -> None:
        super().__init__(f"{file}: {reason}")
        self.file, self.reason, self.sha256 = file, reason, sha256


@dataclass(frozen=True)
class HandIn:
    """A checked hand-in: who, from which file, and every graded attempt (re-scored)."""

    learner: str
    file: str
    sha256: str
    exported: str
    attempts: tuple[dict[str, Any], ...]
    ignored: int = 0
    reflections_included: bool = False
    notes: tuple[str, ...] = field(default=())


def index_bank(sets: Iterable[Any]) -> dict[str, Any]:
    """Set id → set, refusing two sets with one id.

    >>> from peerlearn.exercises.model import ExerciseSet, Reflection
    >>> s = ExerciseSet(id="s", title="S", exercises=[Reflection(id="r", prompt="Think.")])
    >>> list(index_bank([s]))
    ['s']
    >>> index_bank([s, s])
    Traceback (most recent call last):
    ...
    ValueError: two exercise sets in the bank have the id 's'
    """
    out: dict[str, Any] = {}
    for s in sets:
        if s.id in out:
            raise ValueError(f"two exercise sets in the bank have the id {s.id!r}")
        out[s.id] = s
    return out


def _well_formed(r: Any) -> str | None:
    if not isinstance(r, dict):
        return "is not an object"
    for k in ("set", "exercise", "time"):
        if not isinstance(r.get(k), str):
            return f"has no text {k!r}"
    if r.get("event") not in EVENTS:
        return f"has event {r.get('event')!r}; expected one of {', '.join(EVENTS)}"
    if r.get("score") is not None and not is_score(r.get("score")):
        return f"has score {r.get('score')!r}; expected a number from 0 to 1 or null"
    if not isinstance(r.get("mechanisms", []), list):
        return "has mechanisms that are not a list"
    return None


def _grade(
    i: int, r: Mapping[str, Any], ex_set: Any, kb: Any, memo: dict[Any, Any] | None = None
) -> dict[str, Any]:
    """One record re-scored with the key; raises ``ValueError`` with the reason if it is wrong.

    ``memo`` keeps the key's score of each (set, exercise, answer) seen, so a class giving the
    same answers is scored once per distinct answer (the import's main cost otherwise)."""
    memo = {} if memo is None else memo
    where = f"record {i} ({r['set']} / {r['exercise']})"
    known = memo.get(ex_set.id)
    if known is None:  # the set's exercises and their tags, looked up once per import
        known = memo[ex_set.id] = {e.id: (e, list(ex_set.tags_for(e))) for e in ex_set}
    if r["exercise"] not in known:
        raise ValueError(
            f"{where}: exercise {r['exercise']!r} is not in the set {ex_set.id!r} (its "
            f"exercises: {', '.join(ex_set.ids)}); was the file changed, or is it another "
            "version of the set?"
        )
    ex, tags = known[r["exercise"]]
    if r.get("mechanisms") and tags and list(r["mechanisms"]) != tags:
        raise ValueError(
            f"{where}: the record names the mechanisms {r['mechanisms']}, but the exercise is "
            f"about {tags}; was the file changed?"
        )
    row: dict[str, Any] = {
        "set_id": r["set"],
        "exercise": r["exercise"],
        "kind": ex.kind,
        "event": r["event"],
        "time": r["time"],
        "answer": r.get("answer"),
        "recorded_score": r.get("score"),
        "mechanism": tags[0] if tags else None,
        "score": None,
        "by_mechanism": {},
    }
    if r["event"] == "reveal" or not ex.scored:
        return row
    if r["event"] != "attempt":
        raise ValueError(f"{where}: a {r['event']} record on a scored exercise ({ex.kind})")
    answer = r.get("answer")
    if isinstance(answer, str):  # most answers: the C encoder json.dumps would call anyway
        answer_json = _encode_str(answer)
    else:
        answer_json = json.dumps(answer, ensure_ascii=False, sort_keys=True)
    key = (ex_set.id, ex.id, answer_json)
    if key not in memo:
        try:
            memo[key] = check(ex, r.get("answer"), kb=kb).score
        except AnswerError as e:
            memo[key] = AnswerError(str(e))
    score = memo[key]
    if isinstance(score, AnswerError):
        msg = f"{where}: the answer {r.get('answer')!r} cannot be scored: {score}"
        raise ValueError(msg)
    rec = r.get("score")
    if rec is not None and score is not None and abs(rec - score) > 1e-9:
        raise ValueError(
            f"{where}: the record says score {rec:g}, but its answer scores "
            f"{score:g} with the key; was the file changed?"
        )
    row["score"] = score
    row["by_mechanism"] = {m: score for m in tags} if score is not None else {}
    row["answer_json"] = answer_json  # the database stores this text (made once)
    return row


def check_handin(
    path: str | os.PathLike[str],
    bank: Mapping[str, Any],
    *,
    kb: Any = None,
    max_bytes: int = MAX_COMBINE_BYTES,
    memo: dict[Any, Any] | None = None,
) -> HandIn:
    """Read and check one hand-in against ``bank`` (set id → set); raise :class:`Rejected`."""
    p = Path(path)
    file = str(p)
    try:
        data = read_regular(
            p, limit=max_bytes, expected="a peerlearn hand-in (.json)", nofollow=True
        )
    except NotARegularFileError as e:
        raise Rejected(
            file, f"is {e.kind}; hand-ins are read only as plain files (ask for the file itself)"
        ) from None
    except OSError as e:
        raise Rejected(file, f"cannot be read ({e.strerror or e})") from None
    sha = hashlib.sha256(data).hexdigest()
    if len(data) > max_bytes:
        raise Rejected(file, f"is larger than {max_bytes:,} bytes", sha)
    try:
        doc = parse(data, p.name)
    except ProgressFileError as e:
        raise Rejected(file, f"is not a hand-in: {e}", sha) from None
    if not isinstance(doc.get("exported"), str):
        raise Rejected(
            file,
            "is a live progress file, not a hand-in (it has no 'exported' time); ask for the "
            "copy made by peerlearn.progress.export(path, learner=...)",
            sha,
        )
    if doc.get("checksum") is not None and doc["checksum"] != checksum(doc):
        raise Rejected(file, "was changed after it was exported (its checksum does not match)", sha)
    learner = doc.get("learner")
    if not isinstance(learner, str) or not learner.strip():
        raise Rejected(
            file,
            "has no learner name; export it with peerlearn.progress.export(path, learner='Name')",
            sha,
        )
    attempts = []
    ignored = 0
    for i, r in enumerate(doc["records"]):
        bad = _well_formed(r)
        if bad:
            raise Rejected(file, f"record {i} {bad}; was the file changed?", sha)
        if r["set"] not in bank:
            ignored += 1
            continue
        try:
            attempts.append(_grade(i, r, bank[r["set"]], kb, memo))
        except ValueError as e:
            raise Rejected(file, str(e), sha) from None
    attempts.sort(key=lambda a: (a["time"], a["set_id"], a["exercise"]))
    return HandIn(
        learner=normalise(learner),
        file=file,
        sha256=sha,
        exported=doc["exported"],
        attempts=tuple(attempts),
        ignored=ignored,
        reflections_included=bool(doc.get("reflections_included")),
    )
