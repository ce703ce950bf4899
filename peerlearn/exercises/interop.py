"""Export exercise sets to other tools: jupyterquiz JSON and MyST ``exercise``/``solution`` blocks.

jupyterquiz (jmshea/jupyterquiz) shows ``multiple_choice`` and ``many_choice`` questions and
inserts their text as HTML, so every text is HTML-escaped here (scenarios as ``<p>``
paragraphs, never ``<br>``). Matching exercises become one multiple-choice question per pair;
vignettes a many-choice question over the mechanisms; reflections have no jupyterquiz form and
are left out (listed in the return of :func:`save_jupyterquiz`). Citations stay in the
feedback: an option's own sources, else the exercise's on the right answer.

MyST output uses the ``exercise`` and ``solution`` directives of sphinx-exercise (Jupyter Book
1 wraps sphinx, myst-parser and sphinx-exercise; ``tests/test_exercises_tools.py`` builds a page
with them). Options are a list, one per line; a matching exercise is set as a task (numbered
items, lettered matches) with the key only in the solution; a reflection has a folded "points
to consider" only when it has some, never an empty solution.

Options, matching right-hand items and a vignette's mechanisms (all five always offered) are
written in the class's shuffled order (:mod:`.order`), never the written order, where authors
put the right option first; jupyterquiz shuffles the answers again as it shows them.

Imports (top of :mod:`peerlearn.exercises`, beside the generator and student versions): the
model, the scoring and :mod:`peerlearn.knowledge`; never widgets, progress or the command line.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(
...     id="q1", prompt="Which <mechanism>?",
...     options=[Option("Love labour", correct=True), Option("Liminality")])])
>>> to_jupyterquiz(s, kb=False)[0]["question"]
'Which &lt;mechanism&gt;?'
>>> print(to_myst(s, kb=False).splitlines()[2])
```{exercise}
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import Any

from .._html import esc as _esc
from ._lmsparts import FIVE
from .model import ROLES, ExerciseSet
from .order import shuffled
from .scoring import cite_keys, mechanism_names, solution

__all__ = ["save_jupyterquiz", "save_myst", "to_jupyterquiz", "to_myst"]


def esc(value: object) -> str:
    """Escape as HTML and return a plain ``str`` (exports are data, not markup objects)."""
    return str(_esc(value))


def _fb(text: str, cite: str) -> str:
    return esc(" ".join(x for x in (text, cite) if x))


def _paragraphs(text: str) -> str:
    r"""Escaped text as HTML paragraphs (one per blank-line-separated block; no ``<br>``).

    >>> _paragraphs("One\nline.\n\nTwo <b>.")
    '<p>One line.</p><p>Two &lt;b&gt;.</p>'
    """
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{esc(p)}</p>" for p in paras)


def _mixed(items: Any, set_id: str, ex_id: str) -> list[Any]:
    """Options (or matching rights) in the class's shuffled order (:mod:`.order`): the written
    order, where the right option leads, is never kept."""
    return shuffled(
        list(items), set_id=set_id, exercise_id=ex_id, text=lambda i: getattr(i, "text", i)
    )


def to_jupyterquiz(exercise_set: ExerciseSet, *, kb: Any = None) -> list[dict[str, Any]]:
    """The set as a list of jupyterquiz question dicts (``json.dumps`` it, or see
    :func:`save_jupyterquiz`). Text is HTML-escaped; reflections are left out."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    ckb = kb if kb is not None else False  # no knowledge base: cite by key
    out: list[dict[str, Any]] = []
    for ex in exercise_set:
        e: Any = ex
        ex_cite = cite_keys(ex.sources, ckb) if ex.sources else ""
        if ex.kind in ("multiple-choice", "multiple-select"):
            out.append(
                {
                    "question": esc(e.prompt),
                    "type": "multiple_choice" if ex.kind == "multiple-choice" else "many_choice",
                    "answers": [
                        {
                            "answer": esc(o.text),
                            "correct": o.correct,
                            "feedback": _fb(
                                o.feedback or ("Correct." if o.correct else "Incorrect."),
                                cite_keys([*o.sources, *(ex.sources if o.correct else ())], ckb),
                            ),
                        }
                        for o in _mixed(e.options, exercise_set.id, e.id)
                    ],
                }
            )
        elif ex.kind == "matching":
            rights = _mixed(e.rights, exercise_set.id, e.id)
            for p in e.pairs:
                out.append(
                    {
                        "question": esc(f"{e.prompt} — {p.left}"),
                        "type": "multiple_choice",
                        "answers": [
                            {
                                "answer": esc(r),
                                "correct": r == p.right,
                                "feedback": _fb(
                                    p.feedback or "Correct.",
                                    cite_keys([*p.sources, *ex.sources], ckb),
                                )
                                if r == p.right
                                else "Incorrect.",
                            }
                            for r in rights
                        ],
                    }
                )
        elif ex.kind == "vignette":
            at_work = {m.id: m for m in e.mechanisms_at_work}
            names = mechanism_names(kb, [*FIVE, *e.at_work, *e.feedback_absent])
            title = f"{e.title} (a fictional scenario)" if e.title else "A fictional scenario"
            question = f"{title}\n\n{e.scenario.strip()}\n\n{e.prompt}"
            answers = []
            for mid, name in names.items():
                if mid in at_work:
                    m = at_work[mid]
                    fb = f"At work: {ROLES[m.role]}. {m.feedback}".strip()
                else:
                    fb = f"Not at work here. {e.feedback_absent.get(mid, '')}".strip()
                answers.append(
                    {"answer": esc(name), "correct": mid in at_work, "feedback": _fb(fb, ex_cite)}
                )
            out.append(
                {"question": _paragraphs(question), "type": "many_choice", "answers": answers}
            )
    return out


def save_jupyterquiz(
    exercise_set: ExerciseSet, path: str | os.PathLike[str], *, kb: Any = None
) -> list[str]:
    """Write the jupyterquiz JSON to the NEW file ``path`` (never replacing a file or following a
    symlink); return the ids of exercises left out."""
    from peerlearn._safefiles import write_file

    text = json.dumps(to_jupyterquiz(exercise_set, kb=kb), ensure_ascii=False, indent=2) + "\n"
    write_file(path, text)
    return [ex.id for ex in exercise_set if ex.kind == "reflection"]


# -- MyST -----------------------------------------------------------------------------------------
def _md(text: str) -> str:
    """Text safe inside MyST Markdown: HTML escaped, backticks escaped (no code or roles), and
    no line can start a heading, list, table or block."""
    out = []
    # quote=False: apostrophes and quotes are plain text in Markdown, not "&#x27;"
    for line in html.escape(str(text), quote=False).replace("`", "\\`").splitlines():
        stripped = line.lstrip()
        numbered = re.match(r"^(\d+)([.)])(\s|$)", stripped)
        if numbered:
            stripped = f"{numbered.group(1)}\\{stripped[len(numbered.group(1)) :]}"
        elif stripped[:1] in ("-", "*", "+", "#", "|", "~", ":", "=", "\\"):
            stripped = "\\" + stripped
        out.append(stripped)
    return "\n".join(out)


def _fence(body: str) -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", body)), default=2)
    return "`" * max(3, longest + 1)


def _label(set_id: str, ex_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", f"{set_id}-{ex_id}")


def to_myst(exercise_set: ExerciseSet, *, kb: Any = None, dropdown: bool = True) -> str:
    """The set as MyST Markdown: a heading, then an ``exercise`` block and a ``solution`` block
    (folded when ``dropdown``) for each exercise. All text is escaped."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    ckb = kb if kb is not None else False  # no knowledge base: cite by key
    parts = [f"# {_md(exercise_set.title)}", ""]
    if exercise_set.description:
        parts += [_md(exercise_set.description), ""]
    for ex in exercise_set:
        e: Any = ex
        label = _label(exercise_set.id, ex.id)
        body: list[str] = []
        if ex.kind == "vignette":
            body += [f"**{_md(e.title or 'A scenario')}** (fictional)", "", _md(e.scenario), ""]
        body += [_md(e.prompt), ""]
        if ex.kind in ("multiple-choice", "multiple-select"):
            hint = "Choose one." if ex.kind == "multiple-choice" else "Choose all that apply."
            body += [hint, ""]
            options = _mixed(e.options, exercise_set.id, e.id)
            body += [f"- **{chr(65 + i)}.** {_md(o.text)}" for i, o in enumerate(options)]
        elif ex.kind == "matching":
            rights = _mixed(e.rights, exercise_set.id, e.id)
            body += [
                "Match each numbered item to one lettered item: write the letter beside the "
                "number (e.g. 1 – C).",
                "",
                "Items:",
                "",
                *[f"{i + 1}. {_md(p.left)}" for i, p in enumerate(e.pairs)],
                "",
                "To match them with:",
                "",
                *[f"- **{chr(65 + i)}.** {_md(r)}" for i, r in enumerate(rights)],
            ]
        elif ex.kind == "vignette":
            names = mechanism_names(kb, [*FIVE, *e.at_work, *e.feedback_absent])
            body += ["Tick each mechanism you think is at work:", ""]
            body += [f"- {_md(n)}" for n in names.values()]
        if ex.kind == "reflection" and ex.sources and not ex.explanation:
            body += ["", f"Sources: {_md(cite_keys(ex.sources, ckb))}"]
        text = "\n".join(body).rstrip()
        fence = _fence(text)
        parts += [f"{fence}{{exercise}}", f":label: {label}", "", text, fence, ""]

        if ex.kind == "reflection" and not ex.explanation:
            continue  # no solution block that would hold only sources
        sol = solution(ex, kb=kb if kb is not None else False)
        if ex.kind == "matching":
            letter = {r: chr(65 + i) for i, r in enumerate(rights)}
            lines = [
                f"- {i + 1} – {letter[p.right]}: {_md(p.left)} → {_md(p.right)}"
                + (f" — {_md(p.feedback)}" if p.feedback else "")
                + (f" {_md(cite_keys(p.sources, ckb))}" if p.sources else "")
                for i, p in enumerate(e.pairs)
            ]
        else:
            lines = [
                f"- {'✓' if ln.status == 'correct' else '✗'} {_md(ln.label)}"
                + (f" — {_md(ln.text)}" if ln.text else "")
                + (f" {_md(ln.cite)}" if ln.cite else "")
                for ln in sol.lines
            ]
        if sol.explanation:
            intro = ""
            if ex.kind == "reflection":
                intro = "Points to consider (there is no single right answer): "
            lines += ["", intro + _md(sol.explanation)]
        if sol.sources:
            lines += ["", f"Sources: {_md(sol.sources)}"]
        text = "\n".join(lines).strip()
        fence = _fence(text)
        opts = [f":label: {label}-solution"] + ([":class: dropdown"] if dropdown else [])
        parts += [f"{fence}{{solution}} {label}", *opts, "", text, fence, ""]
    return "\n".join(parts)


def save_myst(
    exercise_set: ExerciseSet,
    path: str | os.PathLike[str],
    *,
    kb: Any = None,
    dropdown: bool = True,
) -> Path:
    """Write :func:`to_myst` to the NEW file ``path`` (a ``.md`` file; never replacing a file or
    following a symlink); return the path."""
    from peerlearn._safefiles import write_file

    return write_file(path, to_myst(exercise_set, kb=kb, dropdown=dropdown))
