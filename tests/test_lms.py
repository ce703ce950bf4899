"""LMS export, each format read back by something other than the code that wrote it:

- GIFT by gift-pegjs (a PEG parser of GIFT, from the npm registry; tests/lms/read_gift.js);
- QTI 2.1 by citolab-qti-convert, which reads QTI 2.x items and upgrades them to QTI 3.0;
- QTI 1.2 (written by text2qti) by lxml against the structure Canvas's importer reads: no
  package installable here ships the QTI 1.2 XSD or a QTI 1.2 reader for Python 3.11.

Every kind a format cannot express is reported; per-option feedback and sources are kept.
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from peerlearn import exercises
from peerlearn.exercises.lms import FORMATS, save_bank, save_lms, to_gift
from peerlearn.exercises.model import (
    ExerciseSet,
    Matching,
    MechanismAtWork,
    MultipleChoice,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Vignette,
)
from peerlearn.exercises.scoring import cite_keys

LMS = Path(__file__).parent / "lms"
HOSTILE = "Costs $5 & <b>bold</b> {x} ~y =z #w: a\\b *star* _u_ `code` 1. [link](x)"


def norm(text: str) -> str:
    text = html.unescape(re.sub(r"</?p>", " ", text))  # paragraphs are <p> in HTML formats
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-")):
        text = text.replace(a, b)
    return " ".join(text.split())


def bank() -> list[ExerciseSet]:
    return exercises.builtin()


def hostile_set() -> ExerciseSet:
    return ExerciseSet(
        id="hostile",
        title="Hostile " + HOSTILE,
        exercises=(
            MultipleChoice(
                id="mc",
                prompt="Which? " + HOSTILE,
                options=(
                    Option("Right " + HOSTILE, correct=True, feedback="Yes " + HOSTILE),
                    Option("Wrong", feedback="No: " + HOSTILE),
                ),
                explanation="Because " + HOSTILE,
            ),
            MultipleSelect(
                id="ms",
                prompt="Pick",
                options=(
                    Option("A", True, "fa"),
                    Option("B", True, "fb"),
                    Option("C", False, "fc"),
                ),
            ),
            Matching(
                id="m",
                prompt="Match",
                pairs=(Pair("L1 " + HOSTILE, "R1", feedback="pair fb"), Pair("L2", "R2")),
            ),
            Vignette(
                id="v",
                prompt="Which are at work?",
                scenario="Line one.\n\nLine two " + HOSTILE,
                mechanisms_at_work=(MechanismAtWork("love-labour", feedback="care at work"),),
                feedback_absent={"liminality": "not here"},
                title="Ana",
            ),
            Reflection(id="r", prompt="Reflect " + HOSTILE, explanation="Consider this."),
        ),
    )


# -- GIFT, read by gift-pegjs ---------------------------------------------------------------------
def read_gift(path: Path) -> list[dict]:
    node = shutil.which("node")
    reader = LMS / "node_modules" / "gift-pegjs"
    if node is None or not reader.exists():
        pytest.fail(
            "the GIFT reader is missing: install it with `npm install --prefix tests/lms` "
            "(make test does this)"
        )
    out = subprocess.run(
        [node, str(LMS / "read_gift.js"), str(path)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    return [q for q in json.loads(out.stdout) if q["type"] != "Category"]


def test_gift_of_the_whole_bank_reads_back(tmp_path):
    firsts: list[bool] = []
    for s in bank():
        report = save_lms(s, tmp_path / f"{s.id}.gift", format="gift")
        questions = read_gift(report.path)
        assert [q["title"] for q in questions] == list(s.ids)
        for ex, q in zip(s, questions, strict=True):
            assert norm(ex.prompt) in norm(q["stem"]["text"])
            assert q["stem"]["format"] == "html"  # always an explicit format marker
            if ex.kind == "multiple-choice":
                assert q["type"] == "MC"
                got = [(norm(c["text"]["text"]), c["isCorrect"]) for c in q["choices"]]
                assert sorted(got) == sorted((norm(o.text), o.correct) for o in ex.options)
                firsts.append(got[0][1])  # in a shuffled order: the right one not always first
                by_text = {norm(c["text"]["text"]): c for c in q["choices"]}
                for o in ex.options:
                    c = by_text[norm(o.text)]
                    if o.feedback:  # per-option feedback kept, with its sources
                        assert norm(o.feedback) in norm(c["feedback"]["text"])
                    if o.sources:
                        assert norm(cite_keys(o.sources)) in norm(c["feedback"]["text"])
            elif ex.kind in ("multiple-select", "vignette"):
                assert q["type"] == "MC" and sum(c["weight"] > 0 for c in q["choices"]) == len(
                    ex.correct_indices if ex.kind == "multiple-select" else ex.at_work
                )
                assert sum(c["weight"] for c in q["choices"] if c["weight"] > 0) == pytest.approx(
                    100, abs=0.001
                )
            elif ex.kind == "matching":
                assert q["type"] == "Matching"
                got = [
                    (norm(p["subquestion"]["text"]), norm(p["subanswer"])) for p in q["matchPairs"]
                ]
                assert got == [(norm(p.left), norm(p.right)) for p in ex.pairs]
            else:
                assert q["type"] == "Essay"
            if ex.sources:
                assert norm(cite_keys(ex.sources)) in norm(q["globalFeedback"]["text"])
        kinds = {ex.kind for ex in s}
        noted = " ".join(n for _, n in report.notes)
        assert ("vignette" in kinds) == ("vignette:" in noted)
        assert ("reflection" in kinds) == ("reflection:" in noted)
    assert 0 < sum(firsts) < len(firsts) / 2, "the right option leads: the written order shows"


def test_gift_escapes_hostile_text(tmp_path):
    report = save_lms(hostile_set(), tmp_path / "h.gift", format="gift", kb=None)
    qs = read_gift(report.path)
    mc = qs[0]
    assert norm(mc["stem"]["text"]) == norm("Which? " + HOSTILE)
    right = next(c for c in mc["choices"] if c["isCorrect"])
    wrong = next(c for c in mc["choices"] if not c["isCorrect"])
    assert norm(right["text"]["text"]) == norm("Right " + HOSTILE)
    assert norm(wrong["feedback"]["text"]) == norm("No: " + HOSTILE)
    assert "Because" in mc["globalFeedback"]["text"]
    assert "pair fb" in qs[2]["globalFeedback"]["text"]  # per-pair feedback kept, and reported
    assert any("no per-pair feedback" in n for _, n in report.notes)


# -- QTI 2.1, read by citolab-qti-convert ------------------------------------------------------
Q3 = "{http://www.imsglobal.org/xsd/imsqtiasi_v3p0}"


def read_qti21(path: Path) -> dict[str, etree._Element]:
    from qti_convert import upgrade_qti2_to_qti3

    z = zipfile.ZipFile(path)
    manifest = etree.fromstring(z.read("imsmanifest.xml"))
    hrefs = [r.get("href") for r in manifest.iter("{*}resource")]
    assert set(hrefs) == set(z.namelist()) - {"imsmanifest.xml"}
    items = {}
    for h in hrefs:
        if h.startswith("items/"):
            q3 = etree.fromstring(upgrade_qti2_to_qti3(z.read(h)).encode("utf-8"))
            items[q3.get("title")] = q3
    return items


def texts(el, tag):
    return [norm("".join(e.itertext())) for e in el.iter(Q3 + tag)]


def test_qti21_of_the_whole_bank_reads_back(tmp_path):
    for s in bank():
        report = save_lms(s, tmp_path / f"{s.id}.zip", format="qti21")
        items = read_qti21(report.path)
        assert list(items) == list(s.ids)
        for ex in s:
            q = items[ex.id]
            correct = [norm(v.text) for v in q.iter(Q3 + "qti-value")]
            feedback = " ".join(texts(q, "qti-modal-feedback"))
            if ex.kind in ("multiple-choice", "multiple-select"):
                shown = texts(q, "qti-simple-choice")
                assert sorted(shown) == sorted(norm(o.text) for o in ex.options)
                ids = dict(
                    zip(
                        shown,
                        [c.get("identifier") for c in q.iter(Q3 + "qti-simple-choice")],
                        strict=True,
                    )
                )
                assert sorted(correct) == sorted(ids[norm(o.text)] for o in ex.options if o.correct)
                assert next(q.iter(Q3 + "qti-choice-interaction")).get("shuffle") == "true"
                for o in ex.options:
                    assert norm(o.feedback) in feedback
                    if o.sources:
                        assert norm(cite_keys(o.sources)) in feedback
            elif ex.kind == "matching":
                choices = texts(q, "qti-simple-associable-choice")
                assert choices[: len(ex.pairs)] == [norm(p.left) for p in ex.pairs]
                assert len(correct) == len(ex.pairs)
            elif ex.kind == "vignette":
                assert len(correct) == len(ex.at_work)
                assert all(norm(m.feedback) in feedback for m in ex.mechanisms_at_work)
            else:
                assert list(q.iter(Q3 + "qti-extended-text-interaction"))
            if ex.sources:
                assert norm(cite_keys(ex.sources)) in feedback


def test_qti_package_maker_falls_short_on_qti21(tmp_path):
    """Why QTI 2.1 is not written with qti-package-maker: no feedback, and no score set."""
    from qti_package_maker.package_interface import QTIPackageInterface

    p = QTIPackageInterface("demo", allow_mixed=True)
    p.add_item("MC", ("Which is love labour?", ["Care", "A threshold"], "Care"))
    out = tmp_path / "demo.zip"
    p.save_package("blackboard_qti_v2_1", outfile=str(out))
    z = zipfile.ZipFile(out)
    item = etree.fromstring(z.read(next(n for n in z.namelist() if "item_" in n)))
    assert not list(item.iter("{*}modalFeedback")) and not list(item.iter("{*}feedbackBlock"))
    response_if = next(item.iter("{*}responseIf"))
    assert not list(response_if.iter("{*}setOutcomeValue"))  # a right answer scores nothing


# -- QTI 1.2 (text2qti), read with lxml ---------------------------------------------------------
def read_qti12(path: Path) -> list[etree._Element]:
    z = zipfile.ZipFile(path)
    names = [n for n in z.namelist() if n.endswith(".xml") and "assessment_meta" not in n]
    quiz = [n for n in names if n != "imsmanifest.xml"]
    assert len(quiz) == 1
    root = etree.fromstring(z.read(quiz[0]))
    assert root.tag == "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}questestinterop"
    return list(root.iter("{*}item"))


def mattext(el) -> str:
    return norm(lxml_html.fromstring(el.text or "<p></p>").text_content())


def test_qti12_of_the_whole_bank_reads_back(tmp_path):
    for s in bank():
        report = save_lms(s, tmp_path / f"{s.id}.zip", format="qti12")
        items = read_qti12(report.path)
        expected = sum(len(e.pairs) if e.kind == "matching" else 1 for e in s)
        assert len(items) == expected == report.questions
        by_title = {i.get("title"): i for i in items}
        for ex in s:
            if ex.kind not in ("multiple-choice", "multiple-select"):
                continue
            item = by_title[ex.id]
            labels = list(item.iter("{*}response_label"))
            by_text = {mattext(next(lab.iter("{*}mattext"))): lab for lab in labels}
            assert sorted(by_text) == sorted(norm(o.text) for o in ex.options)
            labels = [by_text[norm(o.text)] for o in ex.options]  # in the written order
            fb = {
                f.get("ident"): mattext(next(f.iter("{*}mattext")))
                for f in item.iter("{*}itemfeedback")
            }
            for lab, o in zip(labels, ex.options, strict=True):
                if o.feedback:  # the choice's feedback, linked to the choice
                    assert norm(o.feedback) in fb[lab.get("ident") + "_fb"]
            if ex.sources:
                assert norm(cite_keys(ex.sources)) in fb["general_fb"]
            right = {v.text for v in item.iter("{*}varequal")}
            assert {
                lab.get("ident") for lab, o in zip(labels, ex.options, strict=True) if o.correct
            } <= right
        noted = " ".join(n for _, n in report.notes)
        assert any(e.kind == "matching" for e in s) == ("text2qti has no matching" in noted)


def test_qti12_escapes_hostile_text(tmp_path):
    report = save_lms(hostile_set(), tmp_path / "h.zip", format="qti12", kb=None)
    items = read_qti12(report.path)
    first = mattext(next(items[0].iter("{*}mattext")))
    assert first == norm("Which? " + HOSTILE)


def test_formats_and_bad_input(tmp_path):
    assert set(FORMATS) == {"qti12", "qti21", "gift", "moodle"}
    with pytest.raises(ValueError, match="qti12, qti21, gift, moodle"):
        save_lms(hostile_set(), tmp_path / "x", format="scorm", kb=None)
    with pytest.raises(IsADirectoryError, match="folder"):
        save_lms(hostile_set(), tmp_path, format="gift", kb=None)
    text, notes = to_gift(hostile_set(), kb=None)
    assert {ex for ex, _ in notes} == {"m", "v", "r"}
    assert io.StringIO(text).readline().startswith("$CATEGORY:")


def test_the_whole_bank_one_file_per_set(tmp_path):
    sets = bank()
    results = save_bank(sets, tmp_path / "gift", format="gift")
    assert [r.path.name for r in results] == [f"{s.id}.gift.txt" for s in sets]
    assert sum(len(read_gift(r.path)) for r in results) == sum(len(s) for s in sets)
    with pytest.raises(FileExistsError, match="not replacing"):
        save_bank(sets, tmp_path / "gift", format="gift")
