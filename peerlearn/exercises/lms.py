"""Exercise sets to a learning-management system: QTI 1.2, QTI 2.1, GIFT and Moodle XML.

==========  =============================================  =====================================
format      for                                            written by
==========  =============================================  =====================================
``qti12``   Canvas Classic Quizzes, Blackboard (QTI 1.2)   text2qti (from its plain-text format)
``qti21``   Canvas New Quizzes (QTI 2.1 packages)          lxml, item by item (see below)
``gift``    Moodle (Question bank → Import → GIFT)         :mod:`.gift` (a plain-text format)
``moodle``  Moodle (Question bank → Import → Moodle XML)   :mod:`.moodle` (lxml)
==========  =============================================  =====================================

Options are never in the written order (authors put the right one first): every format gets
them in the class's shuffled order (:mod:`.order`) and, where it can say so, asks the LMS to
shuffle for each learner (QTI 2.1 ``shuffle="true"``, text2qti's ``Shuffle answers: true``,
Moodle XML ``<shuffleanswers>``). A text XML cannot hold is refused, naming the exercise, before
anything is written (:func:`check_texts`; the loader refuses it first, with file and line).

Every choice keeps its feedback and its sources (formatted as in-text citations); each
question's explanation and sources become its general feedback. What a format cannot express is
*reported* in the :class:`LmsExport` (``.notes``), never dropped in silence: text2qti has no
matching questions, so a matching exercise becomes one multiple-choice question per pair; no
format asks a vignette's roles (what each mechanism does), so a vignette becomes a
multiple-answer question on which mechanisms are at work (all five offered), its text says so,
and each mechanism's feedback gives its role; GIFT and Moodle XML matching have no per-pair
feedback, so that feedback goes into the general feedback; reflections become essay questions
(not scored) with the points to consider as feedback.

Why QTI 2.1 is written here with lxml and not by qti-package-maker: its QTI 2.1 writer (version
26.7) has no feedback at all and its multiple-choice response processing sets no score; the
tests show both (``tests/test_lms.py``).

Room: the top of :mod:`peerlearn.exercises`, beside interop. Imports the model and the scoring
(for citations); text2qti and lxml inside functions; never progress, widgets or the command line.

>>> from peerlearn.exercises.model import ExerciseSet, MultipleChoice, Option
>>> s = ExerciseSet(id="demo", title="Demo", exercises=[MultipleChoice(id="q1",
...     prompt="Which is about care?", options=[Option("Love labour", correct=True,
...     feedback="Yes: care that cannot be bought."), Option("Liminality")])])
>>> print(to_gift(s, kb=False)[0].splitlines()[2])
::q1::[html]Which is about care?{
"""

from __future__ import annotations

import html
import io
import os
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._lmsparts import (
    LmsExport,
    choices_in_order,
    cite_sources,
    general_feedback,
    join_parts,
    notes_for,
    rights,
    safe_id,
    vignette_text,
    weight_text,
    xml_text,
)
from .gift import to_gift
from .model import ExerciseSet
from .moodle import to_moodle_xml

__all__ = [
    "FORMATS",
    "LmsExport",
    "save_bank",
    "save_lms",
    "to_gift",
    "to_moodle_xml",
    "to_text2qti",
]

#: The formats :func:`save_lms` writes, and the file each is.
FORMATS = {"qti12": ".zip", "qti21": ".zip", "gift": ".gift.txt", "moodle": ".moodle.xml"}


# -- text2qti → QTI 1.2 --------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!$])")  # what Python-Markdown unescapes


def _md(text: str) -> str:
    """Plain text for text2qti's Markdown: HTML and Markdown specials escaped, ``$`` too."""
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", escaped)


def _md_block(text: str, indent: str) -> str:
    paras = [p for p in re.split(r"\n\s*\n", str(text).strip()) if p.strip()]
    return f"\n{indent}\n{indent}".join(_md(p) for p in paras)


def to_text2qti(exercise_set: ExerciseSet, *, kb: Any = None) -> tuple[str, list[tuple[str, str]]]:
    """The set in text2qti's plain-text quiz format, and the notes on what changed shape."""
    from peerlearn.knowledge import resolve

    kb = resolve(kb)
    lines = [f"Quiz title: {_md(exercise_set.title)}"]
    if exercise_set.description:
        lines.append(f"Quiz description: {_md(exercise_set.description)}")
    lines.append("Shuffle answers: true")  # Canvas shuffles each learner's options
    lines.append("")
    notes: list[tuple[str, str]] = []
    n = 0

    def question(title: str, text: str, general: str) -> None:
        nonlocal n
        n += 1
        head = f"{n}.  "
        lines.extend(
            ["", f"Title: {' '.join(title.split())}", head + _md_block(text, " " * len(head))]
        )
        if general:
            lines.append(f"... {_md(general)}")

    for ex in exercise_set:
        e: Any = ex
        notes += notes_for(e, "qti12")
        general = general_feedback(e, kb)
        if e.kind in ("multiple-choice", "multiple-select", "vignette"):
            text = vignette_text(e) if e.kind == "vignette" else e.prompt
            question(e.id, text, general)
            single = e.kind == "multiple-choice"
            for i, (choice, right, fb) in enumerate(choices_in_order(e, kb, exercise_set.id)):
                if single:
                    mark = f"{'*' if right else ''}{chr(97 + i)})"
                else:
                    mark = "[*]" if right else "[ ]"
                lines.append(f"{mark} {_md(choice)}")
                if fb:
                    lines.append(f"... {_md(fb)}")
        elif e.kind == "matching":
            menu = rights(e, exercise_set.id)
            for p in e.pairs:
                question(f"{e.id}: {p.left}", f"{e.prompt} — {p.left}", general)
                for i, r in enumerate(menu):
                    lines.append(f"{'*' if r == p.right else ''}{chr(97 + i)}) {_md(r)}")
                    if r == p.right and (p.feedback or p.sources):
                        lines.append(
                            f"... {_md(join_parts(p.feedback, cite_sources(p.sources, kb)))}"
                        )
        elif e.kind == "reflection":
            question(e.id, e.prompt, general)
            lines.append("____")
        else:  # pragma: no cover - every kind is handled above
            notes.append((e.id, f"{e.kind}: not exported (no form in text2qti)"))
    return "\n".join(lines) + "\n", notes


def _need(module: str, package: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ModuleNotFoundError(
            f"this export needs {package}, which is not installed: pip install 'peerlearn[lms]'"
        )


def _save_qti12(exercise_set: ExerciseSet, target: Path, kb: Any) -> LmsExport:
    _need("text2qti", "text2qti")
    from text2qti.config import Config
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    text, notes = to_text2qti(exercise_set, kb=kb)
    config = Config()  # not Config.load(): never read or create a file in the user's home
    config["latex_render_url"] = ""
    try:
        quiz = Quiz(text, config=config, source_name=f"{exercise_set.id}.txt")
    except Exception as e:  # text2qti's own error type; say which set and why
        raise ValueError(
            f"text2qti could not build the QTI 1.2 quiz for set {exercise_set.id!r}: {e}"
        ) from None
    _write(target, QTI(quiz).zip_bytes())
    questions = sum(1 for q in quiz.questions_and_delims if type(q).__name__ == "Question")
    return LmsExport(target, "qti12", questions, notes)


# -- QTI 2.1 (lxml) -------------------------------------------------------------------------------
QTI21_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
_RP = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"


def _qti21_item(e: Any, kb: Any, set_id: str = "") -> Any:
    from lxml import etree
    from lxml.builder import ElementMaker

    m = ElementMaker(namespace=QTI21_NS, nsmap={None: QTI21_NS})
    general = general_feedback(e, kb)
    ident = re.sub(r"[^A-Za-z0-9_.-]", "_", f"item_{e.id}")
    decls, interaction, fbs, processing = [], None, [], []
    if e.kind in ("multiple-choice", "multiple-select", "vignette"):
        ch = choices_in_order(e, kb, set_id)
        single = e.kind == "multiple-choice"
        ids = [f"choice_{i + 1}" for i in range(len(ch))]
        right = [i for i, (_, r, _) in zip(ids, ch, strict=True) if r]
        k = len(right)
        decls.append(
            m.responseDeclaration(
                m.correctResponse(*[m.value(i) for i in right]),
                m.mapping(
                    *[
                        m.mapEntry(mapKey=i, mappedValue=weight_text((1 if r else -1) / k))
                        for i, (_, r, _) in zip(ids, ch, strict=True)
                    ],
                    defaultValue="0",
                    lowerBound="0",
                ),
                identifier="RESPONSE",
                cardinality="single" if single else "multiple",
                baseType="identifier",
            )
        )
        interaction = m.choiceInteraction(
            *[m.simpleChoice(c, identifier=i) for i, (c, _, _) in zip(ids, ch, strict=True)],
            responseIdentifier="RESPONSE",
            shuffle="true",  # each learner's own order, where the delivery system shuffles
            maxChoices="1" if single else "0",
        )
        fbs = [
            m.modalFeedback(fb, outcomeIdentifier="FEEDBACK", identifier=i, showHide="show")
            for i, (_, _, fb) in zip(ids, ch, strict=True)
            if fb
        ]
        processing = [
            m.responseProcessing(
                m.responseCondition(
                    m.responseIf(
                        m.isNull(m.variable(identifier="RESPONSE")),
                        m.setOutcomeValue(m.baseValue("0", baseType="float"), identifier="SCORE"),
                    ),
                    m.responseElse(
                        m.setOutcomeValue(m.mapResponse(identifier="RESPONSE"), identifier="SCORE")
                    ),
                ),
                m.setOutcomeValue(
                    m.multiple(m.variable(identifier="RESPONSE"))
                    if single
                    else m.variable(identifier="RESPONSE"),
                    identifier="FEEDBACK",
                ),
            )
        ]
    elif e.kind == "matching":
        lefts = [f"left_{i + 1}" for i in range(len(e.pairs))]
        menu = rights(e, set_id)
        rids = {r: f"right_{i + 1}" for i, r in enumerate(menu)}
        pairs = [f"{li} {rids[p.right]}" for li, p in zip(lefts, e.pairs, strict=True)]
        w = weight_text(1 / len(pairs))
        decls.append(
            m.responseDeclaration(
                m.correctResponse(*[m.value(p) for p in pairs]),
                m.mapping(*[m.mapEntry(mapKey=p, mappedValue=w) for p in pairs], defaultValue="0"),
                identifier="RESPONSE",
                cardinality="multiple",
                baseType="directedPair",
            )
        )
        interaction = m.matchInteraction(
            m.simpleMatchSet(
                *[
                    m.simpleAssociableChoice(p.left, identifier=li, matchMax="1")
                    for li, p in zip(lefts, e.pairs, strict=True)
                ]
            ),
            m.simpleMatchSet(
                *[
                    m.simpleAssociableChoice(r, identifier=rids[r], matchMax=str(len(e.pairs)))
                    for r in menu
                ]
            ),
            responseIdentifier="RESPONSE",
            shuffle="true",
            maxAssociations=str(len(pairs)),
        )
        pair_fb = [
            join_parts(f"{p.left} → {p.right}:", p.feedback, cite_sources(p.sources, kb))
            for p in e.pairs
            if p.feedback or p.sources
        ]
        general = join_parts(general, *pair_fb)
        processing = [m.responseProcessing(template=_RP + "map_response")]
    else:  # reflection
        decls.append(
            m.responseDeclaration(identifier="RESPONSE", cardinality="single", baseType="string")
        )
        interaction = m.extendedTextInteraction(responseIdentifier="RESPONSE", expectedLines="8")
    text = vignette_text(e) if e.kind == "vignette" else e.prompt
    body = [m.p(para.strip()) for para in re.split(r"\n\s*\n", text.strip()) if para.strip()]
    outcomes = [
        m.outcomeDeclaration(identifier="SCORE", cardinality="single", baseType="float"),
        m.outcomeDeclaration(identifier="FEEDBACK", cardinality="multiple", baseType="identifier"),
    ]
    if general:  # showHide="hide": shown unless FEEDBACK holds "general", so always shown
        fbs.append(
            m.modalFeedback(
                general, outcomeIdentifier="FEEDBACK", identifier="general", showHide="hide"
            )
        )
    item = m.assessmentItem(
        *decls,
        *outcomes,
        m.itemBody(*body, interaction),
        *processing,
        *fbs,
        identifier=ident,
        title=e.id,
        adaptive="false",
        timeDependent="false",
    )
    return etree.tostring(item, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def check_texts(exercise_set: ExerciseSet) -> None:
    """Refuse, naming the exercise and field, a text no export can carry (see
    :func:`._lmsparts.xml_text`); the loader refuses these already, with file and line."""

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            xml_text(value, where)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}: {k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{where}[{i}]")

    d = exercise_set.to_dict()
    for k in ("title", "description"):
        walk(d.get(k, ""), f"set {exercise_set.id!r}: {k}")
    for e in d["exercises"]:
        walk(e, f"set {exercise_set.id!r}, exercise {e['id']!r}")


def _save_qti21(exercise_set: ExerciseSet, target: Path, kb: Any) -> LmsExport:
    _need("lxml", "lxml")
    from lxml import etree
    from lxml.builder import ElementMaker

    notes: list[tuple[str, str]] = []
    files: dict[str, bytes] = {}
    for ex in exercise_set:
        notes += notes_for(ex, "qti21")
        files[f"items/{safe_id(ex.id)}.xml"] = _qti21_item(ex, kb, exercise_set.id)
    m = ElementMaker(namespace=QTI21_NS, nsmap={None: QTI21_NS})
    test = m.assessmentTest(
        m.testPart(
            m.assessmentSection(
                *[
                    m.assessmentItemRef(identifier=f"ref_{i}", href=href)
                    for i, href in enumerate(files)
                ],
                identifier="section",
                title=exercise_set.title,
                visible="true",
            ),
            identifier="part",
            navigationMode="nonlinear",
            submissionMode="individual",
        ),
        identifier=re.sub(r"[^A-Za-z0-9_.-]", "_", exercise_set.id),
        title=exercise_set.title,
    )
    files["test.xml"] = etree.tostring(test, xml_declaration=True, encoding="UTF-8")
    cp = "http://www.imsglobal.org/xsd/imscp_v1p1"
    c = ElementMaker(namespace=cp, nsmap={None: cp})
    res = [
        c.resource(
            c.file(href=h),
            identifier=f"res_{i}",
            href=h,
            type="imsqti_item_xmlv2p1" if h != "test.xml" else "imsqti_test_xmlv2p1",
        )
        for i, h in enumerate(files)
    ]
    manifest = c.manifest(
        c.organizations(), c.resources(*res), identifier=f"peerlearn_{exercise_set.id}"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "imsmanifest.xml",
            etree.tostring(manifest, xml_declaration=True, encoding="UTF-8", pretty_print=True),
        )
        for name, data in files.items():
            z.writestr(name, data)
    _write(target, buf.getvalue())
    return LmsExport(target, "qti21", len(exercise_set), notes)


def save_lms(
    exercise_set: ExerciseSet,
    path: str | os.PathLike[str],
    *,
    format: str,
    kb: Any = None,
) -> LmsExport:
    """Write ``exercise_set`` for an LMS: ``format`` ``"qti12"``, ``"qti21"``, ``"gift"`` or
    ``"moodle"`` (Moodle XML).

    Returns an :class:`LmsExport` whose ``notes`` list what the format could not carry as it
    was (see the module). Written mode 0644 (the file is for sharing with the LMS), as a new
    file: an existing file is never replaced, a symlink never followed (choose another name).
    """
    from peerlearn.knowledge import resolve

    if format not in FORMATS:
        raise ValueError(f"unknown LMS format {format!r}; expected one of {', '.join(FORMATS)}")
    kb = resolve(kb)
    target = Path(path).expanduser()
    if target.is_dir():
        raise IsADirectoryError(
            f"{target} is a folder; give a file name such as quiz{FORMATS[format]}"
        )
    check_texts(exercise_set)
    if format == "qti12":
        result = _save_qti12(exercise_set, target, kb)
    elif format == "qti21":
        result = _save_qti21(exercise_set, target, kb)
    elif format == "moodle":
        data, notes = to_moodle_xml(exercise_set, kb=kb)
        _write(target, data)
        result = LmsExport(target, "moodle", len(exercise_set), notes)
    else:
        text, notes = to_gift(exercise_set, kb=kb)
        _write(target, text)
        result = LmsExport(target, "gift", len(exercise_set), notes)
    return result


def _write(target: Path, data: bytes | str) -> None:
    """The export as a NEW file, mode 0644 (for sharing with the LMS); its folder is made when
    missing. An existing file is never replaced, a symlink never followed."""
    from peerlearn._safefiles import write_file

    write_file(target, data, mode=0o644, create=True)


def save_bank(
    sets: Sequence[ExerciseSet],
    folder: str | os.PathLike[str],
    *,
    format: str,
    kb: Any = None,
) -> list[LmsExport]:
    """Write each set of a bank (e.g. ``exercises.builtin()``) to ``folder/<set id><ending>``.

    One file per set, as an LMS imports one quiz (or question category) at a time. Refuses to
    replace a file that is already there (remove it, or write to a new folder).
    """
    if format not in FORMATS:
        raise ValueError(f"unknown LMS format {format!r}; expected one of {', '.join(FORMATS)}")
    target = Path(folder).expanduser()
    paths = [target / f"{safe_id(s.id)}{FORMATS[format]}" for s in sets]
    taken = [str(p) for p in paths if os.path.lexists(p)]  # a dangling symlink too
    if taken:
        raise FileExistsError(f"not replacing files already there: {', '.join(taken)}")
    if len(set(paths)) != len(paths):
        raise ValueError("two sets in the bank have the same id; give each set its own id")
    target.mkdir(parents=True, exist_ok=True)
    return [save_lms(s, p, format=format, kb=kb) for s, p in zip(sets, paths, strict=True)]
