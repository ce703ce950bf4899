"""Moodle XML, the GIFT fixes and control characters: exports an LMS reads as written.

- Moodle XML is read back with lxml and checked against the structure of Moodle's documented
  XML format (question/format/xml: ``<quiz>``, a category question, ``multichoice`` with
  ``single``/``shuffleanswers`` and ``answer@fraction`` from Moodle's grade list, ``matching``
  with ``subquestion``/``answer``, ``essay``), every text compared with the set it came from.
- GIFT is read back by gift-pegjs (tests/lms/read_gift.js), as in tests/test_lms.py.
- Every export of the bank and of a hostile set parses with lxml; a control character is
  refused at load with file and line, and by every writer with the exercise named.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import zipfile

import pytest
from lxml import etree
from lxml import html as lxml_html

from peerlearn import exercises
from peerlearn.exercises.lms import save_bank, save_lms, to_gift, to_moodle_xml
from peerlearn.exercises.model import (
    ExerciseError,
    ExerciseSet,
    Matching,
    MultipleChoice,
    Option,
    Pair,
    Reflection,
)
from tests.test_lms import HOSTILE, hostile_set, norm, read_gift

#: Moodle's grade fractions (question_bank::fraction_options_full), as percentages.
MOODLE_FRACTIONS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0]  # fmt: skip


def _text(el) -> str:
    """The plain text of a Moodle ``<text>`` holding HTML."""
    t = el.findtext("text") or ""
    return norm(lxml_html.fromstring(f"<div>{t}</div>").text_content()) if t else ""


def read_moodle(data: bytes) -> list[dict]:
    """Read Moodle XML with lxml, checking the documented structure; return the questions."""
    root = etree.fromstring(data)
    assert root.tag == "quiz"
    qs = root.findall("question")
    assert qs[0].get("type") == "category"
    assert qs[0].find("category/text").text.startswith("$course$/top/peerlearn/")
    out = []
    for q in qs[1:]:
        kind = q.get("type")
        assert kind in ("multichoice", "matching", "essay"), kind
        assert q.find("questiontext").get("format") == "html"
        item = {
            "type": kind,
            "name": q.findtext("name/text"),
            "stem": _text(q.find("questiontext")),
        }
        item["general"] = _text(q.find("generalfeedback"))
        assert float(q.findtext("defaultgrade")) >= 0 and q.findtext("hidden") == "0"
        if kind == "multichoice":
            assert q.findtext("single") in ("true", "false")
            assert q.findtext("shuffleanswers") == "true"
            answers = []
            for a in q.findall("answer"):
                f = float(a.get("fraction"))
                assert any(abs(abs(f) - g) < 1e-4 for g in MOODLE_FRACTIONS), f
                answers.append((_text(a), f, _text(a.find("feedback"))))
            positive = sum(f for _, f, _ in answers if f > 0)
            assert positive == pytest.approx(100, abs=0.001)
            if q.findtext("single") == "true":
                assert sorted(f for _, f, _ in answers)[-2:] == [0, 100]
            item["answers"] = answers
        elif kind == "matching":
            assert q.findtext("shuffleanswers") == "true"
            subs = q.findall("subquestion")
            assert len(subs) >= 2
            item["pairs"] = [(_text(s), norm(s.findtext("answer/text"))) for s in subs]
        else:
            assert q.findtext("responseformat") == "editor"
            item["graderinfo"] = _text(q.find("graderinfo"))
        out.append(item)
    return out


def test_moodle_xml_of_the_whole_bank_reads_back():
    firsts = []
    for s in exercises.builtin():
        data, notes = to_moodle_xml(s)
        qs = read_moodle(data)
        assert [q["name"] for q in qs] == list(s.ids)
        for ex, q in zip(s, qs, strict=True):
            assert norm(ex.prompt) in q["stem"]
            if ex.kind in ("multiple-choice", "multiple-select"):
                got = {t: (f > 0, fb) for t, f, fb in q["answers"]}
                assert {t: r for t, (r, _) in got.items()} == {
                    norm(o.text): o.correct for o in ex.options
                }
                for o in ex.options:  # per-option feedback, natively
                    assert norm(o.feedback) in got[norm(o.text)][1]
                if ex.kind == "multiple-choice":
                    firsts.append(q["answers"][0][1] > 0)
            elif ex.kind == "vignette":
                assert q["type"] == "multichoice" and len(q["answers"]) >= 5  # all five offered
                right = [fb for _, f, fb in q["answers"] if f > 0]
                assert len(right) == len(ex.at_work)
                assert all(fb.startswith("At work: it ") for fb in right)  # its role, said
                assert "choose every mechanism at work" in q["stem"]
            elif ex.kind == "matching":
                assert sorted(q["pairs"]) == sorted((norm(p.left), norm(p.right)) for p in ex.pairs)
            else:
                assert q["type"] == "essay"
                if ex.explanation:
                    assert norm(ex.explanation) in q["graderinfo"]
        kinds = {e.kind for e in s}
        assert ("vignette" in kinds) == any("vignette:" in n for _, n in notes)
    assert 0 < sum(firsts) < len(firsts) / 2  # the written order (right first) is not kept


def test_moodle_xml_hostile_text_and_the_api_and_cli(tmp_path):
    report = save_lms(hostile_set(), tmp_path / "h.xml", format="moodle", kb=None)
    assert report.format == "moodle" and report.questions == 5
    qs = read_moodle(report.path.read_bytes())
    assert qs[0]["stem"] == norm("Which? " + HOSTILE)
    right = next(t for t, f, _ in qs[0]["answers"] if f > 0)
    assert right == norm("Right " + HOSTILE)
    assert "pair fb" in qs[2]["general"]
    assert any("Moodle XML has no per-pair feedback" in n for _, n in report.notes)
    bank = save_bank(exercises.builtin()[:2], tmp_path / "bank", format="moodle")
    assert all(r.path.name.endswith(".moodle.xml") for r in bank)
    out = subprocess.run(
        [sys.executable, "-m", "peerlearn", "lms", "moodle", str(tmp_path / "cli")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    files = sorted((tmp_path / "cli").iterdir())
    assert len(files) == len(exercises.builtin_ids())
    for f in files:
        read_moodle(f.read_bytes())


# -- GIFT ------------------------------------------------------------------------------------------
def _gift_of(s: ExerciseSet, tmp_path) -> list[dict]:
    path = tmp_path / "q.gift"
    path.write_text(to_gift(s, kb=False)[0], encoding="utf-8")
    return read_gift(path)


def test_gift_category_is_a_safe_path_segment(tmp_path):
    s = ExerciseSet(
        id="s", title="Week 4: mechanisms {draft}/v2 #1 ~x =y\r\nnext line $z\\",
        exercises=[Reflection(id="r", prompt="Think.")],
    )  # fmt: skip
    path = tmp_path / "q.gift"
    path.write_text(to_gift(s, kb=False)[0], encoding="utf-8")
    import json

    out = subprocess.run(
        ["node", "tests/lms/read_gift.js", str(path)], capture_output=True, text=True, check=True
    )
    cat = next(q for q in json.loads(out.stdout) if q["type"] == "Category")
    # Moodle takes this line as it is (no unescaping): nothing it would keep as an escape, no
    # "/" that would make a subcategory, one line
    assert cat["title"] == "$course$/peerlearn/Week 4 - mechanisms (draft)-v2 1 x y next line z"


def test_gift_matching_with_arrows_is_not_re_paired(tmp_path):
    s = ExerciseSet(id="s", title="T", exercises=[Matching(id="m", prompt="Match.", pairs=[
        Pair("a -> b", "c -> d"), Pair("e->f", "g"), Pair("h", "i->")])])  # fmt: skip
    (q,) = _gift_of(s, tmp_path)
    got = [(norm(p["subquestion"]["text"]), norm(p["subanswer"])) for p in q["matchPairs"]]
    assert got == [("a -> b", "c -> d"), ("e->f", "g"), ("h", "i->")]


def test_gift_text_starting_with_a_format_marker_stays_text(tmp_path):
    s = ExerciseSet(id="s", title="T", exercises=[
        MultipleChoice(id="q", prompt="[markdown]*not emphasis*", explanation="[plain]x",
                       options=[Option("[html]<b>a</b>", correct=True, feedback="[moodle]f"),
                                Option("b")]),
    ])  # fmt: skip
    (q,) = _gift_of(s, tmp_path)
    assert q["stem"] == {"format": "html", "text": "[markdown]*not emphasis*"}
    a = next(c for c in q["choices"] if c["isCorrect"])
    assert a["text"]["format"] == "html" and norm(a["text"]["text"]) == "[html]<b>a</b>"
    assert norm(a["feedback"]["text"]) == "[moodle]f"
    assert (
        q["globalFeedback"]["format"] == "html" and norm(q["globalFeedback"]["text"]) == "[plain]x"
    )


def test_gift_carriage_returns_and_empty_points_to_consider(tmp_path):
    s = ExerciseSet(id="s", title="Week\r4\rmechanisms", exercises=[
        Reflection(id="r1", prompt="One\r\rtwo\r\nthree", sources=["lynch2007"]),
        Reflection(id="r2", prompt="Think.", explanation="Consider care."),
    ])  # fmt: skip
    r1, r2 = _gift_of(s, tmp_path)
    assert norm(r1["stem"]["text"]) == "One two three"
    assert "Points to consider" not in r1["globalFeedback"]["text"]
    assert norm(r1["globalFeedback"]["text"]) == "Sources: (lynch2007)"
    assert norm(r2["globalFeedback"]["text"]) == "Points to consider: Consider care."


# -- control characters ---------------------------------------------------------------------------
def test_a_control_character_is_refused_at_load_with_file_and_line(tmp_path):
    path = tmp_path / "quiz.yaml"
    path.write_text(textwrap.dedent('''
        title: T
        exercises:
          - id: q
            kind: multiple-choice
            prompt: "Which\\x01?"
            options:
              - {text: a, correct: true}
              - {text: b}
    '''), encoding="utf-8")  # fmt: skip
    with pytest.raises(ExerciseError) as info:
        exercises.load(path, kb=False)
    msg = str(info.value)
    assert "quiz.yaml:6" in msg and "U+0001" in msg and "remove it" in msg
    with pytest.raises(ExerciseError, match=r"U\+001F"):
        Reflection(id="r", prompt="a\x1fb")


@pytest.mark.parametrize("fmt", ["qti12", "qti21", "gift", "moodle"])
def test_a_writer_never_writes_what_xml_cannot_hold(tmp_path, fmt):
    s = hostile_set()
    bad = dataclasses.replace(s.exercises[0])
    object.__setattr__(bad, "prompt", "Which\x01?")  # past the checks, as no loader lets it
    object.__setattr__(s, "exercises", (bad, *s.exercises[1:]))
    with pytest.raises(ValueError, match=r"exercise 'mc'.*U\+0001"):
        save_lms(s, tmp_path / f"x.{fmt}", format=fmt, kb=None)
    assert not (tmp_path / f"x.{fmt}").exists()


@pytest.mark.parametrize("fmt", ["qti12", "qti21", "moodle"])
def test_every_xml_export_of_the_bank_and_hostile_text_is_well_formed(tmp_path, fmt):
    for s in [*exercises.builtin(), hostile_set()]:
        report = save_lms(s, tmp_path / f"{s.id}.{fmt}", format=fmt, kb=None)
        if fmt == "moodle":
            etree.fromstring(report.path.read_bytes())
            continue
        with zipfile.ZipFile(report.path) as z:
            for name in z.namelist():
                if name.endswith(".xml"):
                    etree.fromstring(z.read(name))  # raises if not well formed
            if fmt == "qti12":
                meta = next(n for n in z.namelist() if n.endswith("assessment_meta.xml"))
                assert b"<shuffle_answers>true</shuffle_answers>" in z.read(meta)
