"""Score an answer, explain it, cite the sources behind the explanation.

Answers, by kind:

- multiple choice: the option's position (0-based) or its text;
- multiple select: a list of positions or texts (the options ticked);
- matching: ``{left: right}`` (or a list of rights in the order of the pairs; ``None`` = unmatched);
- vignette: ``{mechanism id (or name): role}`` for each mechanism the learner sees at work, the
  role one of ``helps``, ``strains``, ``both`` (``None``: not given); a plain list of ids scores
  only which mechanisms are at work;
- reflection: the text written.

Scores: multiple choice 1 or 0; multiple select and vignettes give partial credit, (right picks −
wrong picks) / number right, floored at 0, where a vignette's right pick with roles earns 0.5
for the tick and 0.5 × :func:`role_credit` for its role; matching the share of pairs matched
right;
reflections are recorded, not scored (``score`` is ``None``).

Imports: the model, :mod:`._html`, :mod:`peerlearn.knowledge` and :mod:`peerlearn.citations`
(the last two inside functions); never the loader, widgets, progress or the command line.

>>> from peerlearn.exercises.model import MultipleSelect, Option
>>> q = MultipleSelect(id="q", prompt="Pick the mechanisms", options=[
...     Option("Love labour", correct=True),
...     Option("Liminality", correct=True, feedback="The peer worker's in-between position."),
...     Option("Social comparison", feedback="A theory, not one of the five mechanisms.")])
>>> r = check(q, ["Love labour", "Social comparison"], kb=False)
>>> r.score, r.headline
(0.0, '✗ Not quite')
>>> check(q, [0, 1], kb=False).score
1.0
>>> print(check(q, [0], kb=False).text())
◐ Partly right (score 0.50)
✓ Right to tick: Love labour
✗ Missed: 1 more option should be ticked
✗ Should also be ticked: Liminality — The peer worker's in-between position.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .model import ROLES, Exercise, Option
from .results import MARKERS, AnswerError, Line, Result, SetScore

if TYPE_CHECKING:  # pragma: no cover
    from .model import ExerciseSet, Matching, MultipleChoice, Reflection, Vignette

__all__ = [
    "MARKERS",
    "AnswerError",
    "Line",
    "Result",
    "SetScore",
    "check",
    "cite_keys",
    "mechanism_names",
    "role_credit",
    "score_set",
    "solution",
]

# -- citations ------------------------------------------------------------------------------
_CITE_CACHE: weakref.WeakKeyDictionary[Any, dict[tuple[str, ...], str]] = (
    weakref.WeakKeyDictionary()
)


def cite_keys(keys: Iterable[str], kb: Any = None) -> str:
    """A parenthetical APA citation for reference keys, e.g. ``(Lynch, 2007; Scheid, 1999)``.

    Uses :func:`peerlearn.citations.in_text`; falls back to the keys themselves when the
    knowledge base or the citation engine cannot say more.

    >>> cite_keys(["lynch2007"], kb=False)
    '(lynch2007)'
    """
    keys = tuple(dict.fromkeys(keys))
    if not keys:
        return ""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    if kb is None:
        return "(" + "; ".join(keys) + ")"
    try:
        cache = _CITE_CACHE.setdefault(kb, {})
    except TypeError:
        cache = {}
    if keys in cache:
        return cache[keys]
    try:
        refs = [kb.reference(k) for k in keys]
    except LookupError:
        return "(" + "; ".join(keys) + ")"
    text = ""
    try:
        from peerlearn.citations import in_text

        text = in_text(kb.csl_items(), list(keys), style="apa")
    except (ImportError, AttributeError):
        text = ""
    if not text:
        text = "(" + "; ".join(f"{r.author_names}, {r.year or 'n.d.'}" for r in refs) + ")"
    cache[keys] = text
    return text


def mechanism_names(kb: Any, ids: Iterable[str] = ()) -> dict[str, str]:
    """Mechanism id → name, in the knowledge base's order (plus any ids it lacks)."""
    names: dict[str, str] = {}
    if kb is not None:
        names = {m.id: m.name for m in kb.mechanisms_list()}
    for mid in ids:
        names.setdefault(mid, mid.replace("-", " ").capitalize())
    return names


# -- answers --------------------------------------------------------------------------------
def _option_index(ex: MultipleChoice, answer: Any) -> int:
    options = ex.options
    if isinstance(answer, Option):
        answer = answer.text
    if isinstance(answer, int) and not isinstance(answer, bool):
        if 0 <= answer < len(options):
            return answer
    elif isinstance(answer, str):
        for i, o in enumerate(options):
            if o.text == answer:
                return i
        norm = " ".join(answer.split()).casefold()
        for i, o in enumerate(options):
            if " ".join(o.text.split()).casefold() == norm:
                return i
    listing = "; ".join(f"{i}: {o.text!r}" for i, o in enumerate(options))
    raise AnswerError(
        f"{answer!r} is not an option of exercise {ex.id!r}; expected a position "
        f"0–{len(options) - 1} or an option's text ({listing})"
    )


def _as_list(answer: Any, what: str, ex: Exercise) -> list[Any]:
    if answer is None:
        return []
    if isinstance(answer, (str, int)) and not isinstance(answer, bool):
        return [answer]
    if isinstance(answer, Iterable) and not isinstance(answer, Mapping):
        return list(answer)
    raise AnswerError(f"exercise {ex.id!r} expects a list of {what}; got {type(answer).__name__}")


def _headline(score: float) -> tuple[str, str]:
    if score >= 1.0:
        return "correct", "✓ Correct"
    if score <= 0.0:
        return "incorrect", "✗ Not quite"
    return "partial", f"◐ Partly right (score {score:.2f})"


def _cite_option(o: Any, kb: Any) -> str:
    return cite_keys(o.sources, kb) if o.sources else ""


def check(exercise: Exercise, answer: Any, *, kb: Any = None) -> Result:
    """Score one answer to one exercise and explain it."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    fn = _CHECKERS.get(exercise.kind)
    if fn is None:  # pragma: no cover - every kind has a checker
        raise AnswerError(f"cannot score exercises of kind {exercise.kind!r}")
    return fn(exercise, answer, kb)


def _result(
    ex: Exercise,
    answer: Any,
    score: float | None,
    status: str,
    headline: str,
    lines: list[Line],
    kb: Any,
    *,
    full: bool,
    by_mechanism: Mapping[str, float] | None = None,
) -> Result:
    """Assemble a result; the explanation and sources come with a full score (or a reveal)."""
    return Result(
        exercise_id=ex.id,
        kind=ex.kind,
        answer=answer,
        score=score,
        status=status,
        headline=headline,
        lines=tuple(lines),
        explanation=ex.explanation if full else "",
        sources=cite_keys(ex.sources, kb) if full else "",
        mechanisms=ex.tags,
        by_mechanism=dict(by_mechanism)
        if by_mechanism is not None
        else {m: score for m in ex.tags}
        if score is not None
        else {},
    )


def _check_choice(ex: MultipleChoice, answer: Any, kb: Any) -> Result:
    if isinstance(answer, (list, tuple, set, frozenset)):
        raise AnswerError(f"exercise {ex.id!r} is multiple choice: give one option, not a list")
    i = _option_index(ex, answer)
    o = ex.options[i]
    score = 1.0 if o.correct else 0.0
    status, headline = _headline(score)
    word = "Right" if o.correct else "Not this one"
    lines = [Line(status, f"{word}: {o.text}", o.feedback, _cite_option(o, kb))]
    return _result(ex, o.text, score, status, headline, lines, kb, full=o.correct)


def _check_select(ex: MultipleChoice, answer: Any, kb: Any) -> Result:
    picks = sorted({_option_index(ex, a) for a in _as_list(answer, "options", ex)})
    right = [i for i in picks if ex.options[i].correct]
    wrong = [i for i in picks if not ex.options[i].correct]
    n_correct = len(ex.correct_indices)
    score = max(0.0, (len(right) - len(wrong)) / n_correct)
    status, headline = _headline(score)
    lines = []
    for i in picks:
        o = ex.options[i]
        if o.correct:
            lines.append(
                Line("correct", f"Right to tick: {o.text}", o.feedback, _cite_option(o, kb))
            )
        else:
            lines.append(
                Line(
                    "incorrect", f"Should not be ticked: {o.text}", o.feedback, _cite_option(o, kb)
                )
            )
    missing = [o for i, o in enumerate(ex.options) if o.correct and i not in right]
    if missing:
        n = len(missing)
        lines.append(
            Line("missed", f"Missed: {n} more option{'s' if n > 1 else ''} should be ticked")
        )
        # which ones, and why each belongs (its own feedback)
        for o in missing:
            why = o.feedback or "It is one of the right answers too."
            lines.append(
                Line("missed", f"Should also be ticked: {o.text}", why, _cite_option(o, kb))
            )
    answer_texts = [ex.options[i].text for i in picks]
    return _result(ex, answer_texts, score, status, headline, lines, kb, full=score >= 1.0)


def _match_answer(ex: Matching, answer: Any) -> dict[str, str | None]:
    lefts = [p.left for p in ex.pairs]
    rights = set(ex.rights)
    if isinstance(answer, Mapping):
        chosen = dict(answer)
    elif isinstance(answer, (list, tuple)):
        if len(answer) != len(lefts):
            raise AnswerError(
                f"exercise {ex.id!r} has {len(lefts)} pairs; got a list of {len(answer)} answers"
            )
        chosen = dict(zip(lefts, answer, strict=True))
    else:
        raise AnswerError(
            f"exercise {ex.id!r} expects {{left: right}} for each pair; got {type(answer).__name__}"
        )
    for left, right in chosen.items():
        if left not in lefts:
            raise AnswerError(
                f"{left!r} is not a left-hand item of exercise {ex.id!r}; expected "
                "one of " + ", ".join(repr(x) for x in lefts)
            )
        if right is not None and (not isinstance(right, str) or right not in rights):
            raise AnswerError(
                f"{right!r} is not a right-hand item of exercise {ex.id!r}; "
                "expected one of " + ", ".join(repr(x) for x in ex.rights)
            )
    return {left: chosen.get(left) for left in lefts}


def _why_not(ex: Matching, pair: Any, got: str) -> str:
    """Why a match is wrong: what the chosen item does belong with (its pair's feedback, or its
    left-hand item), then which partner is right and why (that pair's feedback, or the item's
    explanation)."""
    owners = [p for p in ex.pairs if p.right == got and p.left != pair.left]
    parts = []
    if owners:
        owner = owners[0]
        tail = f": {owner.feedback}" if owner.feedback else "."
        parts.append(f"“{got}” belongs with {owner.left}{tail}")
    why = pair.feedback or ex.explanation
    parts.append(f"{pair.left} goes with “{pair.right}”" + (f": {why}" if why else "."))
    return " ".join(parts)


def _check_matching(ex: Matching, answer: Any, kb: Any) -> Result:
    chosen = _match_answer(ex, answer)
    lines = []
    n_right = 0
    for p in ex.pairs:
        got = chosen[p.left]
        if got is None:
            lines.append(Line("missed", f"{p.left}: not matched yet"))
        elif got == p.right:
            n_right += 1
            lines.append(Line("correct", f"{p.left} → {got}", p.feedback, _cite_option(p, kb)))
        else:
            lines.append(Line("incorrect", f"{p.left} → {got}: not a match", _why_not(ex, p, got)))
    score = n_right / len(ex.pairs)
    status, headline = _headline(score)
    return _result(ex, chosen, score, status, headline, lines, kb, full=score >= 1.0)


def _vignette_ids(ex: Vignette, kb: Any) -> dict[str, str]:
    ids = [*ex.at_work, *ex.feedback_absent]
    return mechanism_names(kb, ids)


def _mechanism_id(ex: Vignette, names: Mapping[str, str], value: Any) -> str:
    if isinstance(value, str):
        if value in names:
            return value
        norm = " ".join(value.split()).casefold()
        for mid, name in names.items():
            if norm in (mid.casefold(), name.casefold()):
                return mid
    raise AnswerError(
        f"{value!r} is not a mechanism of exercise {ex.id!r}; expected one of "
        + ", ".join(repr(m) for m in names)
    )


def _why_at_work(m: Any, mid: str, kb: Any) -> str:
    """Why a mechanism is at work: the bank's own feedback (the scene's cue, the part of the
    mechanism), or else the mechanism's definition."""
    if m.feedback:
        return m.feedback
    if kb is not None:
        try:
            return f"Recall what it is: {kb.mechanism(mid).definition}"
        except LookupError:
            return ""
    return ""


def role_credit(expected: str, given: str | None) -> float:
    """Credit for a role: 1 when right; 0.5 when one of the two is ``both`` (half the story);
    0 for the opposite role or none.

    >>> [role_credit("helps", r) for r in ("helps", "both", "strains", None)]
    [1.0, 0.5, 0.0, 0.0]
    """
    if given == expected:
        return 1.0
    if isinstance(given, str) and given in ROLES and "both" in (given, expected):
        return 0.5
    return 0.0


def _vignette_answer(ex: Vignette, names: Mapping[str, str], answer: Any) -> dict[str, Any]:
    """``{mechanism id: role or None}``: a dict gives roles, a list only the ticks."""
    if isinstance(answer, Mapping):
        out: dict[str, Any] = {}
        for key, role in answer.items():
            if role is not None and (not isinstance(role, str) or role not in ROLES):
                raise AnswerError(
                    f"{role!r} is not a role for {key!r} in exercise {ex.id!r}; expected one of "
                    + ", ".join(repr(r) for r in ROLES)
                    + " (or None when not given)"
                )
            out[_mechanism_id(ex, names, key)] = role
        return out
    return dict.fromkeys(_mechanism_id(ex, names, a) for a in _as_list(answer, "mechanisms", ex))


def _check_vignette(ex: Vignette, answer: Any, kb: Any) -> Result:
    """Which mechanisms are at work and, when the answer is ``{id: role}``, what each does.

    A list of ids scores the ticks: (right − wrong) / number at work. A dict also scores each
    role: a right tick earns 0.5, and 0.5 more times :func:`role_credit`; a wrong tick costs 1.
    """
    names = _vignette_ids(ex, kb)
    picks = _vignette_answer(ex, names, answer)
    with_roles = isinstance(answer, Mapping)
    at_work = {m.id: m for m in ex.mechanisms_at_work}
    wrong = [m for m in picks if m not in at_work]
    lines = []
    by_mech: dict[str, float] = {}
    for mid, name in names.items():
        absent_note = ex.feedback_absent.get(mid, "")
        m = at_work.get(mid)
        if m is not None and mid in picks:
            given = picks[mid]
            credit = 1.0 if not with_roles else 0.5 + 0.5 * role_credit(m.role, given)
            by_mech[mid] = credit
            if not with_roles or given == m.role:
                lines.append(Line("correct", f"{name}: at work; {ROLES[m.role]}", m.feedback))
            else:
                said = f"you said {given!r}" if given else "you gave no role"
                lines.append(
                    Line(
                        "partial",
                        f"{name}: at work, but {said}; {ROLES[m.role]}",
                        m.feedback,
                    )
                )
        elif m is not None:
            by_mech[mid] = 0.0
            lines.append(
                Line("missed", f"{name}: missed — it is at work here", _why_at_work(m, mid, kb))
            )
        elif mid in picks:
            by_mech[mid] = 0.0
            lines.append(Line("incorrect", f"{name}: not at work here", absent_note))
        else:
            lines.append(Line("correct", f"{name}: rightly left out", absent_note))
    earned = sum(by_mech.get(mid, 0.0) for mid in at_work)
    score = round(max(0.0, (earned - len(wrong)) / len(at_work)), 4)
    status, headline = _headline(score)
    ordered: Any = [mid for mid in names if mid in picks]
    if with_roles:
        ordered = {mid: picks[mid] for mid in ordered}
    return _result(
        ex, ordered, score, status, headline, lines, kb, full=score >= 1.0, by_mechanism=by_mech
    )


def _check_reflection(ex: Reflection, answer: Any, kb: Any) -> Result:
    if not isinstance(answer, str):
        raise AnswerError(
            f"exercise {ex.id!r} is a reflection: expected text; got {type(answer).__name__}"
        )
    if not answer.strip():
        raise AnswerError(f"exercise {ex.id!r}: write something before saving")
    return Result(
        exercise_id=ex.id,
        kind=ex.kind,
        answer=answer,
        score=None,
        status="saved",
        headline="✓ Saved. There is no right answer: this is for your own learning.",
        explanation=ex.explanation,
        sources=cite_keys(ex.sources, kb),
        mechanisms=ex.tags,
    )


# each checker takes its own kind of exercise: the kind, looked up first, decides which
_CHECKERS: dict[str, Callable[[Any, Any, Any], Result]] = {
    "multiple-choice": _check_choice,
    "multiple-select": _check_select,
    "matching": _check_matching,
    "vignette": _check_vignette,
    "reflection": _check_reflection,
}


def solution(exercise: Exercise, *, kb: Any = None) -> Result:
    """The revealed answer: what is right (and wrong) with every explanation and citation."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    ex: Any = exercise
    lines: list[Line] = []
    if ex.kind in ("multiple-choice", "multiple-select"):
        for o in ex.options:
            if o.correct:
                label = "The answer" if ex.kind == "multiple-choice" else "Tick"
                lines.append(Line("correct", f"{label}: {o.text}", o.feedback, _cite_option(o, kb)))
            else:
                label = "Not this one" if ex.kind == "multiple-choice" else "Leave unticked"
                lines.append(
                    Line("incorrect", f"{label}: {o.text}", o.feedback, _cite_option(o, kb))
                )
    elif ex.kind == "matching":
        for p in ex.pairs:
            lines.append(Line("correct", f"{p.left} → {p.right}", p.feedback, _cite_option(p, kb)))
    elif ex.kind == "vignette":
        at_work = {m.id: m for m in ex.mechanisms_at_work}
        for mid, name in _vignette_ids(ex, kb).items():
            if mid in at_work:
                m = at_work[mid]
                lines.append(Line("correct", f"{name}: at work; {ROLES[m.role]}", m.feedback))
            else:
                lines.append(
                    Line("incorrect", f"{name}: not at work here", ex.feedback_absent.get(mid, ""))
                )
    return Result(
        exercise_id=ex.id,
        kind=ex.kind,
        answer=None,
        score=None,
        status="info",
        headline="ℹ The answer" if ex.scored else "ℹ Points to consider",
        lines=tuple(lines),
        explanation=ex.explanation,
        sources=cite_keys(ex.sources, kb),
        mechanisms=ex.tags,
        revealed=True,
    )


def score_set(exercise_set: ExerciseSet, answers: Mapping[str, Any], *, kb: Any = None) -> SetScore:
    """Score ``{exercise id: answer}`` for a whole set; unanswered scored exercises count 0.

    >>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option, Reflection
    >>> s = ExerciseSet(id="s", title="S", exercises=[
    ...     MultipleChoice(id="a", prompt="?", options=[Option("x", correct=True), Option("y")]),
    ...     Reflection(id="r", prompt="Think.")])
    >>> str(score_set(s, {"a": "x"}, kb=False))
    '1 of 1 (100%)'
    """
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    unknown = [k for k in answers if k not in exercise_set.ids]
    if unknown:
        raise AnswerError(
            f"no exercise {unknown[0]!r} in set {exercise_set.id!r}; its exercises "
            "are " + ", ".join(exercise_set.ids)
        )
    results: dict[str, Result] = {}
    total = 0.0
    possible = 0
    unanswered = []
    for ex in exercise_set:
        if ex.scored:
            possible += 1
        if ex.id not in answers:
            if ex.scored:
                unanswered.append(ex.id)
            continue
        r = check(ex, answers[ex.id], kb=kb)
        results[ex.id] = r
        total += r.score or 0.0
    return SetScore(exercise_set.id, results, round(total, 4), possible, tuple(unanswered))
