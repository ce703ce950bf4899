"""Exercise sets as Moodle XML (Question bank → Import → Moodle XML format).

The format Moodle users reach for: it carries per-option feedback and matching natively. One
``<quiz>`` with a category question (``$course$/top/peerlearn/<set title>``, the title made
safe by :func:`._lmsparts.category`) and one ``<question>`` per exercise:

=================  ============================  ===============================================
exercise           Moodle question type          how
=================  ============================  ===============================================
multiple choice    ``multichoice``, single       one answer at fraction 100, the rest 0
multiple select    ``multichoice``, not single   right answers 100/k each, wrong −100/k
matching           ``matching``                  one ``subquestion`` per pair; Moodle shuffles
                                                 the right-hand menu (``shuffleanswers``)
vignette           ``multichoice``, not single   which of the five mechanisms are at work, as
                                                 for multiple select; each mechanism's feedback
                                                 says its role (Moodle cannot ask the roles)
reflection         ``essay`` (mark 0)            the points to consider for the grader
                                                 (``graderinfo``) and as general feedback
=================  ============================  ===============================================

Vignettes are multiple-answer questions, not ``description`` items: the "which mechanisms are
at work" part is scorable, and a description would drop it. Every multichoice has
``<shuffleanswers>true</shuffleanswers>`` and is written in the class's shuffled order too.
Texts are HTML (``format="html"``), every author text escaped; a matching right-hand text is
plain, as Moodle keeps it. What the format cannot carry as written (per-pair feedback, the
roles) is reported in the notes.

Room: beside :mod:`.gift`, below :mod:`.lms`; imports :mod:`._lmsparts` and lxml (inside the
function).

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which is about care?", options=[Option("Love labour", correct=True),
...     Option("Liminality")])])
>>> b"<shuffleanswers>true</shuffleanswers>" in to_moodle_xml(s, kb=False)[0]
True
"""

from __future__ import annotations

import html
from typing import Any

from ._lmsparts import category, lms_question, paragraphs, unix_lines, xml_text
from .model import ExerciseSet

__all__ = ["to_moodle_xml"]


def _html(text: str) -> str:
    """Author text as HTML: escaped, one ``<p>`` per paragraph."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(text))


Notes = list[tuple[str, str]]


def to_moodle_xml(exercise_set: ExerciseSet, *, kb: Any = None) -> tuple[bytes, Notes]:
    """The set as a Moodle XML file (bytes, UTF-8) and the notes on what changed shape."""
    from lxml import etree

    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    E = etree.Element
    sub = etree.SubElement

    def text_el(parent: Any, tag: str, value: str, *, fmt: str | None = "html", **at: str) -> Any:
        el = sub(parent, tag, attrib=at)
        if fmt:
            el.set("format", fmt)
        sub(el, "text").text = xml_text(value, f"set {exercise_set.id!r}: {where}")
        return el

    quiz = E("quiz")
    where = "title"
    cat = sub(quiz, "question", type="category")
    text_el(cat, "category", f"$course$/top/peerlearn/{category(exercise_set.title)}", fmt=None)
    if exercise_set.description:
        text_el(cat, "info", _html(exercise_set.description))
    notes: list[tuple[str, str]] = []
    for ex in exercise_set:
        e: Any = ex
        where = f"exercise {e.id!r}"
        parts = lms_question(e, kb, exercise_set.id, "moodle")
        notes += parts.notes
        general = parts.general
        kind = {"matching": "matching", "reflection": "essay"}.get(e.kind, "multichoice")
        q = sub(quiz, "question", type=kind)
        text_el(q, "name", e.id, fmt=None)
        text_el(q, "questiontext", _html(parts.stem))
        text_el(q, "generalfeedback", _html(general))
        sub(q, "defaultgrade").text = "0" if e.kind == "reflection" else "1"
        sub(q, "penalty").text = "0.3333333" if e.kind != "reflection" else "0"
        sub(q, "hidden").text = "0"
        sub(q, "idnumber").text = ""
        if e.kind == "matching":
            sub(q, "shuffleanswers").text = "true"
            for p in e.pairs:
                sq = text_el(q, "subquestion", _html(p.left))
                ans = sub(sq, "answer")
                sub(ans, "text").text = xml_text(" ".join(unix_lines(p.right).split()), where)
        elif e.kind == "reflection":
            sub(q, "responseformat").text = "editor"
            sub(q, "responserequired").text = "1"
            sub(q, "responsefieldlines").text = "15"
            sub(q, "attachments").text = "0"
            sub(q, "attachmentsrequired").text = "0"
            text_el(q, "graderinfo", _html(general))
            text_el(q, "responsetemplate", "")
        else:
            single = e.kind == "multiple-choice"
            sub(q, "single").text = "true" if single else "false"
            sub(q, "shuffleanswers").text = "true"
            sub(q, "answernumbering").text = "abc"
            for c in parts.choices:
                a = text_el(q, "answer", _html(c.text), fraction=c.fraction)
                text_el(a, "feedback", _html(c.feedback))
    data = etree.tostring(quiz, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data, notes
