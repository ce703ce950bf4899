"""What every LMS export shares: the report, citations, general feedback, the choices.

:func:`choices_in_order` gives a choice-like exercise's choices in the class's shuffled order
(:mod:`.order`, seed ``""``): authors write the right option first, so no export keeps the
written order, even where the format cannot shuffle (GIFT). A vignette offers all five
mechanisms, so the list of choices never tells which are at work.

Room: below :mod:`.lms`, :mod:`.gift` and :mod:`.moodle`, above :mod:`.scoring`. Imports the
scoring (for citations and mechanism names) and :mod:`.order`.

GIFT and Moodle XML write the same things of each exercise, each in its own syntax:
:func:`lms_question` works them out once (the question text, the general feedback with a
matching exercise's per-pair feedback, each choice's share of the mark, the notes).

>>> join_parts(" a ", "", "b")
'a b'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .order import shuffled
from .scoring import cite_keys, mechanism_names

__all__ = [
    "FIVE",
    "GradedChoice",
    "LmsExport",
    "LmsQuestion",
    "category",
    "choices_in_order",
    "cite_sources",
    "general_feedback",
    "graded_choices",
    "join_parts",
    "lms_question",
    "notes_for",
    "paragraphs",
    "rights",
    "safe_id",
    "unix_lines",
    "vignette_text",
    "weight_text",
    "xml_text",
]

#: The five mechanisms (the review's, fixed): every vignette offers them all.
FIVE = (
    "lived-experience",
    "love-labour",
    "liminality",
    "strengths-focussed-support",
    "helper-role",
)


def unix_lines(text: str) -> str:
    """Carriage returns (alone or before a line feed) as line feeds."""
    return str(text).replace("\r\n", "\n").replace("\r", "\n")


def paragraphs(text: str) -> list[str]:
    r"""Author text's paragraphs (split at blank lines, any line ending), each folded to one line.

    >>> paragraphs("Love\r\n  labour\n \nLiminality")
    ['Love labour', 'Liminality']
    """
    parts = re.split(r"\n\s*\n", unix_lines(text).strip())
    return [" ".join(p.split()) for p in parts if p.strip()]


def category(title: str) -> str:
    """A set title as one safe segment of a Moodle category path (GIFT's ``$CATEGORY``, Moodle
    XML's ``<category>``): Moodle does not unescape it and ``/`` starts a subcategory, so ``:``
    becomes `` -``, braces and brackets parentheses, ``/`` ``-``; GIFT's other specials, ``$``,
    ``<`` and ``>`` are dropped; all white space (line breaks too) is one space.

    >>> category("Week 4: mechanisms {draft}/v2")
    'Week 4 - mechanisms (draft)-v2'
    """
    t = " ".join(unix_lines(title).split())
    t = t.replace(":", " -").replace("/", "-")
    t = re.sub(r"[{\[]", "(", re.sub(r"[}\]]", ")", t))
    t = re.sub(r"[~=#\\$<>]", "", t)
    return " ".join(t.split()) or "exercises"


def safe_id(text: str) -> str:
    """An identifier safe in XML and file names."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def xml_text(text: str, where: str) -> str:
    """``text`` checked for what XML 1.0 cannot hold (the loader refuses it; a set built some
    other way gets a clear error naming the exercise, never lxml's bare ``ValueError``)."""
    bad = re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", text)
    if bad:
        raise ValueError(
            f"{where}: holds the control character U+{ord(bad.group()):04X}, which XML cannot "
            "carry; remove it from the exercise set"
        )
    return text


@dataclass
class LmsExport:
    """What :func:`save_lms` wrote, and what the format could not carry as it was."""

    path: Path
    format: str
    questions: int
    notes: list[tuple[str, str]] = field(default_factory=list)

    def __str__(self) -> str:
        head = f"wrote {self.path} ({self.format}, {self.questions} questions)"
        return "\n".join([head, *(f"  {ex}: {note}" for ex, note in self.notes)])


def cite_sources(sources: Sequence[str], kb: Any) -> str:
    """The in-text citation of ``sources`` (the keys themselves without a knowledge base)."""
    return (
        cite_keys(sources, kb)
        if sources and kb is not None
        else ("(" + "; ".join(sources) + ")" if sources else "")
    )


def join_parts(*parts: str) -> str:
    """The non-blank parts, stripped, joined by one space."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def general_feedback(ex: Any, kb: Any) -> str:
    """An exercise's general feedback: its explanation (a reflection's "points to consider",
    labelled only when it has some) and its sources."""
    src = cite_sources(ex.sources, kb)
    label = "Points to consider:" if ex.kind == "reflection" and ex.explanation.strip() else ""
    return join_parts(label, ex.explanation, f"Sources: {src}" if src else "")


def weight_text(w: float) -> str:
    """A grade weight as the shortest decimal text (``0.5``, ``33.33333``)."""
    return f"{w:.5f}".rstrip("0").rstrip(".")


#: Said under a vignette's prompt in every export: an LMS question cannot ask the roles, so the
#: learner is told what is asked, and that the feedback gives each role (never "you said").
VIGNETTE_ASKS = (
    "Here, choose every mechanism at work; the feedback then says whether each helps the "
    "relationship, strains it, or both."
)


def vignette_text(ex: Any) -> str:
    """A vignette's question text: its (fictional) title, scenario, prompt and what is asked."""
    title = f"{ex.title} (a fictional scenario)" if ex.title else "A fictional scenario"
    return f"{title}\n\n{ex.scenario.strip()}\n\n{ex.prompt.strip()}\n\n{VIGNETTE_ASKS}"


def choices_in_order(ex: Any, kb: Any, set_id: str = "") -> list[tuple[str, bool, str]]:
    """(text, correct, feedback with sources) for choice-like kinds (vignettes included), in the
    class's shuffled order (:mod:`.order`): never the written order, where the right one leads.
    A vignette offers all five mechanisms (and any it names), so the choices show no key."""
    return shuffled(_written_choices(ex, kb), set_id=set_id, exercise_id=ex.id, text=_first)


def _first(choice: tuple[str, bool, str]) -> str:
    return choice[0]


def _written_choices(ex: Any, kb: Any) -> list[tuple[str, bool, str]]:
    if ex.kind in ("multiple-choice", "multiple-select"):
        return [
            (o.text, o.correct, join_parts(o.feedback, cite_sources(o.sources, kb)))
            for o in ex.options
        ]
    from ._validate import ROLES

    at_work = {m.id: m for m in ex.mechanisms_at_work}
    names = mechanism_names(kb, [*FIVE, *ex.at_work, *ex.feedback_absent])
    return [
        (
            name,
            mid in at_work,
            join_parts(f"At work: {ROLES[at_work[mid].role]}.", at_work[mid].feedback)
            if mid in at_work
            else ex.feedback_absent.get(mid, "Not at work here."),
        )
        for mid, name in names.items()
    ]


class GradedChoice(NamedTuple):
    """One choice as a quiz format grades it: its text, whether it is right, its feedback (with
    sources), and its share of the mark in percent as Moodle writes it (``"100"``, ``"0"``,
    ``"50"``, ``"-33.33333"``)."""

    text: str
    right: bool
    feedback: str
    fraction: str


def graded_choices(ex: Any, kb: Any, set_id: str = "") -> list[GradedChoice]:
    """:func:`choices_in_order` with each choice's share of the mark: a multiple choice's right
    option 100 and the others 0; otherwise (multiple select, vignette) each right one 100/k and
    each wrong one −100/k, for k right ones (so guessing them all scores nothing).

    >>> from peerlearn.exercises.model import MultipleSelect, Option
    >>> ex = MultipleSelect(id="q", prompt="Which?", options=[Option("a", correct=True),
    ...     Option("b", correct=True), Option("c")])
    >>> sorted(c.fraction for c in graded_choices(ex, None))
    ['-50', '50', '50']
    """
    choices = choices_in_order(ex, kb, set_id)
    k = sum(1 for _, right, _ in choices if right)
    single = ex.kind == "multiple-choice"
    return [
        GradedChoice(
            text,
            right,
            feedback,
            ("100" if right else "0")
            if single
            else weight_text(100 / k)
            if right
            else weight_text(-100 / k),
        )
        for text, right, feedback in choices
    ]


@dataclass(frozen=True)
class LmsQuestion:
    """What every quiz format writes of one exercise, worked out once: the question text (a
    vignette's scenario and what is asked), the general feedback (a matching exercise's per-pair
    feedback added, as neither GIFT nor Moodle XML carries it per pair), the graded choices of
    the choice-like kinds (empty for matching and reflection) and the notes on what changed."""

    exercise: Any
    stem: str
    general: str
    choices: list[GradedChoice]
    notes: list[tuple[str, str]]


def lms_question(ex: Any, kb: Any, set_id: str = "", fmt: str = "gift") -> LmsQuestion:
    """One exercise as :class:`LmsQuestion` for format ``fmt`` (its notes, see
    :func:`notes_for`)."""
    general = general_feedback(ex, kb)
    if ex.kind == "matching":
        pair_feedback = [
            join_parts(f"{p.left} → {p.right}:", p.feedback, cite_sources(p.sources, kb))
            for p in ex.pairs
            if p.feedback or p.sources
        ]
        general = join_parts(general, *pair_feedback)
    choice_like = ex.kind in ("multiple-choice", "multiple-select", "vignette")
    return LmsQuestion(
        exercise=ex,
        stem=vignette_text(ex) if ex.kind == "vignette" else ex.prompt,
        general=general,
        choices=graded_choices(ex, kb, set_id) if choice_like else [],
        notes=notes_for(ex, fmt),
    )


def rights(ex: Any, set_id: str = "") -> list[str]:
    """A matching exercise's right-hand texts in the class's shuffled order."""
    return shuffled(list(ex.rights), set_id=set_id, exercise_id=ex.id)


def notes_for(ex: Any, fmt: str) -> list[tuple[str, str]]:
    """(exercise id, note) for what format ``fmt`` cannot carry of ``ex`` as it is."""
    notes = []
    if ex.kind == "vignette":
        notes.append(
            (
                ex.id,
                "vignette: asked as multiple answers (which mechanisms are at "
                "work); the roles each plays are in the feedback, not asked",
            )
        )
    if ex.kind == "matching" and fmt == "qti12":
        notes.append(
            (
                ex.id,
                f"matching: text2qti has no matching questions, so it is "
                f"{len(ex.pairs)} multiple-choice questions, one per pair",
            )
        )
    no_pair_feedback = {"gift": "GIFT", "moodle": "Moodle XML", "qti21": "QTI 2.1 as written here"}
    if (
        ex.kind == "matching"
        and fmt in no_pair_feedback
        and any(p.feedback or p.sources for p in ex.pairs)
    ):
        notes.append(
            (
                ex.id,
                f"matching: {no_pair_feedback[fmt]} has no per-pair feedback; each pair's "
                "feedback and sources are in the general feedback",
            )
        )
    if ex.kind == "reflection":
        notes.append(
            (
                ex.id,
                "reflection: an essay question, not scored; the points to "
                "consider are its feedback",
            )
        )
    return notes
