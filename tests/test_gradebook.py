"""The class gradebook, tried as an instructor would: a simulated class of 30, made through the
public API (attempts, reveals, reflections, a resubmission, tampered and foreign files),
imported twice, and into a second gradebook: the same tables every time."""

from __future__ import annotations

import csv
import json
import random
import shutil
import stat
from pathlib import Path

import pandas as pd
import pytest

from peerlearn import exercises, progress
from peerlearn.cli import main
from peerlearn.exercises.assessed import key_answer
from peerlearn.exercises.scoring import check
from peerlearn.gradebook import Gradebook, GradebookFileError
from peerlearn.progress.classes import checksum

SET = "03-liminality"
N = 30


def wrong_answer(ex, rng):
    """A wrong answer of the right shape (and a fixed one, so the test can count it)."""
    if ex.kind == "multiple-choice":
        return next(o.text for o in ex.options if not o.correct)
    if ex.kind == "multiple-select":
        right = [o.text for o in ex.options if o.correct]
        wrong = [o.text for o in ex.options if not o.correct]
        return right[1:] + wrong[:1]
    if ex.kind == "matching":
        key = key_answer(ex)
        lefts = list(key)
        key[lefts[0]], key[lefts[1]] = key[lefts[1]], key[lefts[0]]
        return key
    if ex.kind == "vignette":
        absent = sorted(ex.feedback_absent)
        return list(ex.at_work[1:]) + absent[:1]
    raise AssertionError(ex.kind)


def attempt(ex_set, ex, answer, path):
    result = check(ex, answer)
    progress.record_result(result, set_id=ex_set.id, mechanisms=ex_set.tags_for(ex), path=path)
    return result.score


@pytest.fixture(scope="module")
def bank():
    return [exercises.builtin(SET)]


@pytest.fixture(scope="module")
def simulated(tmp_path_factory, bank):
    """30 learners' hand-ins, and what the test expects the gradebook to find."""
    root = tmp_path_factory.mktemp("class")
    handins = root / "hand-ins"
    s = bank[0]
    expected: dict[str, dict[str, float]] = {}  # learner → exercise → grade
    for i in range(N):
        rng = random.Random(i)
        learner = f"Learner {i:02d}"
        live = root / "homes" / f"l{i:02d}" / "progress.json"
        grades = {}
        for ex in s:
            if not ex.scored:
                progress.record(
                    "reflection", set_id=s.id, exercise_id=ex.id, answer=f"private {i}", path=live
                )
                continue
            if i % 10 == 9:  # reveals first, then answers rightly: grade 0
                progress.record("reveal", set_id=s.id, exercise_id=ex.id, path=live)
                attempt(s, ex, key_answer(ex), live)
                grades[ex.id] = 0.0
                continue
            right = rng.random() < 0.3 + i / 50
            score = attempt(s, ex, key_answer(ex) if right else wrong_answer(ex, rng), live)
            if not right and i % 3 == 0:  # tries again, rightly
                score = attempt(s, ex, key_answer(ex), live)
            grades[ex.id] = score
        progress.export(
            handins / f"learner_{i:02d}.json",
            learner=learner,
            source=live,
            include_reflections=(i == 7),
        )
        expected[learner] = grades
    # a resubmission: learner 4 puts a wrong answer right and exports again
    live4 = root / "homes" / "l04" / "progress.json"
    first_wrong = next(e for e, g in expected["Learner 04"].items() if g < 1)
    attempt(s, s[first_wrong], key_answer(s[first_wrong]), live4)
    progress.export(handins / "learner_04_again.json", learner="Learner 04", source=live4)
    expected["Learner 04"][first_wrong] = 1.0
    # tampered: a score edited by hand (checksum left as it was) ...
    doc = json.loads((handins / "learner_10.json").read_text())
    doc["learner"] = "Learner 10b"
    doc["records"][0]["score"] = 1.0
    (handins / "tampered_checksum.json").write_text(json.dumps(doc))
    # ... a determined learner who also recomputes the checksum, and a mechanism id changed
    doc2 = json.loads((handins / "learner_05.json").read_text())
    doc2["learner"] = "Learner 05b"
    rec = next(r for r in doc2["records"] if r["event"] == "attempt" and r["score"] == 0)
    rec["score"] = 1.0
    doc2["checksum"] = checksum(doc2)
    (handins / "tampered_score.json").write_text(json.dumps(doc2))
    doc3 = json.loads((handins / "learner_06.json").read_text())
    doc3["learner"] = "Learner 06b"
    doc3["records"][0]["mechanisms"] = ["made-up-mechanism"]
    doc3["checksum"] = checksum(doc3)
    (handins / "tampered_mechanism.json").write_text(json.dumps(doc3))
    # foreign files: not a progress file at all, and a live (un-exported) progress file
    (handins / "notes.json").write_text('{"hello": 1}')
    shutil.copy(root / "homes" / "l08" / "progress.json", handins / "progress.json")
    (handins / "readme.txt").write_text("not a hand-in, and not a .json file")
    return {"root": root, "handins": handins, "expected": expected}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def tables(gb: Gradebook) -> list[pd.DataFrame]:
    return [gb.by_learner(), gb.by_mechanism(), gb.by_question(), gb.attempts(), gb.rejected()]


def test_a_class_of_30_imported_twice_gives_the_same_tables(simulated, bank, tmp_path):
    handins = simulated["handins"]
    before = snapshot(handins)
    for p in handins.glob("learner_*.json"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o644  # readable by the instructor
    gb = Gradebook(tmp_path / "gradebook.sqlite", bank=bank)
    first = gb.import_handins(handins)
    assert len(first.added) == N and not first.replaced
    assert first.older == [str(handins / "learner_04.json")]
    reasons = dict(first.rejected)
    assert set(map(lambda f: Path(f).name, reasons)) == {
        "tampered_checksum.json", "tampered_score.json", "tampered_mechanism.json",
        "notes.json", "progress.json",
    }  # fmt: skip
    assert "checksum does not match" in reasons[str(handins / "tampered_checksum.json")]
    assert "scores 0 with the key" in reasons[str(handins / "tampered_score.json")]
    assert "made-up-mechanism" in reasons[str(handins / "tampered_mechanism.json")]
    assert "not a hand-in" in reasons[str(handins / "notes.json")]
    assert "live progress file" in reasons[str(handins / "progress.json")]
    t1 = tables(gb)

    again = gb.import_handins(handins)
    assert not again.added and not again.replaced and len(again.unchanged) == N
    for a, b in zip(t1, tables(gb), strict=True):
        pd.testing.assert_frame_equal(a, b)
    other = Gradebook(tmp_path / "other.sqlite", bank=bank)
    other.import_handins(handins)
    for a, b in zip(t1, tables(other), strict=True):
        pd.testing.assert_frame_equal(a, b)

    # the hand-in folder is never written to: same files, same bytes, no .lock files
    assert snapshot(handins) == before
    assert not list(handins.glob("*.lock"))

    # the grades are what the simulation made
    learners = t1[0]
    expected = simulated["expected"]
    assert sorted(learners.index) == sorted(expected)
    for learner, grades in expected.items():
        assert learners.loc[learner, "points"] == pytest.approx(sum(grades.values()))
        assert learners.loc[learner, "correct"] == sum(1 for g in grades.values() if g >= 1)
    assert learners.loc["Learner 04", "file"] == "learner_04_again.json"

    # by question: facility is the mean grade, wrong choices are counted
    s = bank[0]
    questions = t1[2]
    for ex in (e for e in s if e.scored):
        row = questions.loc[(s.id, ex.id)]
        want = sum(g[ex.id] for g in expected.values()) / N
        assert row["facility"] == pytest.approx(want)
        assert row["learners"] == N
    mc = next(e for e in s if e.kind == "multiple-choice")
    wrong_text = next(o.text for o in mc.options if not o.correct)
    wrong_final = sum(1 for g in expected.values() if g[mc.id] < 1) - N // 10
    row = questions.loc[(s.id, mc.id)]
    if wrong_final:
        assert f"{wrong_text} ×{wrong_final}" in row["wrong_choices"]

    # reflections are only there for the learner who ticked to include them
    att = t1[3]
    refl = att[att["event"] == "reflection"]
    assert set(refl["learner"]) == {"Learner 07"}

    # by mechanism: one row per mechanism any scored question is tagged with (every tag counts)
    mech = t1[1]
    assert set(mech.index) == {m for e in s if e.scored for m in s.tags_for(e)}
    assert (mech["learners"] == N).all()
    for m in mech.index:
        tagged = [e for e in s if e.scored and m in s.tags_for(e)]
        assert mech.loc[m, "questions"] == len(tagged)
        want = sum(g[e.id] for g in expected.values() for e in tagged) / (N * len(tagged))
        assert mech.loc[m, "mean_grade"] == pytest.approx(want)


def test_resubmission_in_a_later_import_replaces_the_earlier(simulated, bank, tmp_path):
    handins = simulated["handins"]
    first_only = tmp_path / "first"
    first_only.mkdir()
    shutil.copy(handins / "learner_04.json", first_only)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=bank)
    assert gb.import_handins(first_only).added
    old_points = gb.by_learner().loc["Learner 04", "points"]
    second = tmp_path / "second"
    second.mkdir()
    shutil.copy(handins / "learner_04_again.json", second)
    report = gb.import_handins(second)
    assert report.replaced == [str(second / "learner_04_again.json")]
    assert gb.by_learner().loc["Learner 04", "points"] == old_points + 1
    # the earlier file again is older than what is stored: nothing changes
    assert gb.import_handins(first_only).older == [str(first_only / "learner_04.json")]
    assert gb.by_learner().loc["Learner 04", "points"] == old_points + 1
    assert len(gb.handins()) == 1


def test_views_plot_csv_and_feedback(simulated, bank, tmp_path):
    gb = Gradebook(tmp_path / "gb.sqlite", bank=bank)
    gb.import_handins(simulated["handins"])
    chart = gb.plot("question", save=tmp_path / "questions.png")
    assert (tmp_path / "questions.png").read_bytes()[:4] == b"\x89PNG"
    assert "lowest first" in chart.title and "learner(s)" in chart.alt_text
    gb.plot("mechanism", save=tmp_path / "mechanisms.png")
    with pytest.raises(ValueError, match="picture"):
        gb.plot(save=tmp_path / "gradebook.sqlite")

    with pytest.raises(ValueError, match="no canvas id for 30 learner"):
        gb.lms_csv(tmp_path / "canvas.csv", assignment="Liminality quiz")
    ids = {f"Learner {i:02d}": f"{1000 + i}" for i in range(N)}
    canvas = gb.lms_csv(tmp_path / "canvas.csv", assignment="Liminality quiz", ids=ids)
    rows = list(csv.reader(canvas.open(encoding="utf-8")))
    assert rows[2][:2] == ["Learner 00", "1000"]
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Liminality quiz"]
    assert rows[1][0] == "Points Possible" and int(rows[1][5]) == sum(
        1 for e in bank[0] if e.scored
    )
    assert len(rows) == N + 2 and stat.S_IMODE(canvas.stat().st_mode) == 0o644
    with pytest.raises(FileExistsError, match="never replaces"):
        gb.lms_csv(tmp_path / "canvas.csv", ids=ids)
    ids["Learner 00"] = "l00"
    moodle = gb.lms_csv(tmp_path / "moodle.csv", lms="moodle", ids=ids)
    rows = list(csv.reader(moodle.open(encoding="utf-8")))
    assert rows[0] == ["Username", "peerlearn"] and ["l00", rows[1][1]] == rows[1]
    with pytest.raises(ValueError, match="canvas, moodle"):
        gb.lms_csv(tmp_path / "x.csv", lms="blackboard", ids=ids)

    text = gb.feedback("Learner 09")
    assert "the answer was revealed first: grade 0" in text and "Sources:" in text
    files = gb.release(tmp_path / "feedback")
    assert len(files) == N and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert (tmp_path / "feedback" / "index.csv").is_file()
    with pytest.raises(LookupError, match="Learner 00"):
        gb.feedback("Nobody")


def test_gradebook_refuses_bad_places(simulated, bank, tmp_path):
    with pytest.raises(ValueError, match="inside the hand-in folder"):
        Gradebook(simulated["handins"] / "gb.sqlite", bank=bank).import_handins(
            simulated["handins"]
        )
    assert not (simulated["handins"] / "gb.sqlite").exists() or pytest.fail("wrote there")
    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("just text")
    with pytest.raises(GradebookFileError, match="not a gradebook"):
        Gradebook(not_db, bank=bank)
    with pytest.raises(GradebookFileError, match="folder exists"):
        Gradebook(tmp_path / "no" / "such" / "gb.sqlite", bank=bank).by_learner()
    with pytest.raises(FileNotFoundError, match="no hand-in folder"):
        Gradebook(tmp_path / "gb.sqlite", bank=bank).import_handins(tmp_path / "missing")


def test_gradebook_cli_twice(simulated, tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    handins = str(simulated["handins"])
    assert main(["gradebook", "import", handins, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"{N} added" in out and "rejected" in out and "tampered_score.json" in out
    assert main(["gradebook", "import", handins, "--db", db]) == 0
    assert f"0 added, 0 replaced, {N} unchanged" in capsys.readouterr().out
    assert (
        main(["gradebook", "show", "questions", "--db", db, "--plot", str(tmp_path / "q.png")]) == 0
    )
    assert "facility" in capsys.readouterr().out and (tmp_path / "q.png").exists()
    # the CLI takes LMS ids from a class list with an id column (Moodle's Username)
    assert (
        main(["gradebook", "lms-csv", str(tmp_path / "g.csv"), "--db", db, "--lms", "moodle"]) == 2
    )
    assert "no moodle id for 30 learner(s)" in capsys.readouterr().err
    roster = tmp_path / "class.csv"
    roster.write_text(
        "Name,Username\n" + "".join(f"Learner {i:02d},user{i:02d}\n" for i in range(N)),
        encoding="utf-8",
    )
    assert main(["gradebook", "lms-csv", str(tmp_path / "g.csv"), "--db", db, "--lms",
                 "moodle", "--roster", str(roster)]) == 0  # fmt: skip
    rows = list(csv.reader((tmp_path / "g.csv").open(encoding="utf-8")))
    assert rows[0] == ["Username", "peerlearn"] and rows[1][0] == "user00" and len(rows) == N + 1
    assert main(["gradebook", "lms-csv", str(tmp_path / "c.csv"), "--db", db,
                 "--roster", str(roster)]) == 0  # fmt: skip
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert [r[1] for r in rows[2:]] == [f"user{i:02d}" for i in range(N)]  # Canvas's ID column
    assert main(["gradebook", "release", str(tmp_path / "fb"), "--db", db]) == 0
    assert len(list((tmp_path / "fb").glob("*.txt"))) == N
    assert main(["gradebook", "release", str(tmp_path / "fb"), "--db", db]) == 2  # never replaces
    assert "already exists" in capsys.readouterr().err


def test_export_leaves_reflections_out_unless_asked(tmp_path):
    live = tmp_path / "p.json"
    progress.record("reflection", set_id="s", exercise_id="r", answer="my private text", path=live)
    progress.record("attempt", set_id="s", exercise_id="q", score=1.0, mechanisms=["m"], path=live)
    out = progress.export(tmp_path / "h.json", learner="Ana", source=live)
    doc = json.loads(out.read_text())
    assert "my private text" not in out.read_text() and doc["reflections_left_out"] == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out = progress.export(
        tmp_path / "h2.json", learner="Ana", source=live, include_reflections=True
    )
    assert "my private text" in out.read_text()
    assert not list(tmp_path.glob("h*.lock"))


def test_plot_path_and_picture_cannot_be_confused(tmp_path):
    live = tmp_path / "p.json"
    progress.record("attempt", set_id="s", exercise_id="q", score=1.0, mechanisms=["m"], path=live)
    table = progress.summary(live, kb=False)
    with pytest.raises(ValueError, match="save="):
        progress.plot(table, path=tmp_path / "x.png")
    with pytest.raises(ValueError, match="save="):
        progress.plot(table, path=live)  # a table and a progress file: which one?
    with pytest.raises(ValueError, match="picture"):
        progress.plot(table, save=tmp_path / "chart.json")
    progress.plot(table, save=tmp_path / "x.png")
    assert (tmp_path / "x.png").read_bytes()[:4] == b"\x89PNG"
    assert progress.plot(path=live, kb=False).table is not None  # the old name still reads


def test_an_empty_gradebook_has_empty_tables(bank, tmp_path):
    (tmp_path / "none").mkdir()
    gb = Gradebook(tmp_path / "gb.sqlite", bank=bank)
    assert str(gb.import_handins(tmp_path / "none")).startswith("0 added")
    assert gb.handins().empty and gb.attempts().empty and gb.by_learner().empty
    assert list(gb.attempts().columns)[:3] == ["learner", "seq", "set_id"]
    rows = list(csv.reader(gb.lms_csv(tmp_path / "c.csv").open(encoding="utf-8")))
    assert rows[1][5] == str(sum(1 for e in bank[0] if e.scored))  # out of, even with no one
    assert gb.by_question()["learners"].eq(0).all()


def test_combine_refuses_what_is_not_a_hand_in(simulated, tmp_path):
    handins = simulated["handins"]
    with pytest.warns(progress.ProgressWarning) as caught:
        table = progress.combine(handins)
    skipped = {Path(f).name: why for f, why in table.attrs["skipped"]}
    assert "live progress file" in skipped["progress.json"]
    assert "checksum does not match" in skipped["tampered_checksum.json"]
    assert "made-up-mechanism" in skipped["tampered_mechanism.json"]
    assert "not a peerlearn progress file" in skipped["notes.json"]
    assert len(caught) == len(skipped)
    assert table.attrs["files"]["Learner 04"].endswith("learner_04_again.json")
    assert str(handins / "learner_04.json") in table.attrs["superseded"]
    assert "Learner 04" in table.index and len(table) == N + 1  # + the recomputed-checksum copy
    assert not list(handins.glob("*.lock"))


def test_a_class_list_refuses_other_names(simulated, bank, tmp_path):
    roster = [f"learner {i:02d}" for i in range(N) if i != 7]
    gb = Gradebook(tmp_path / "gb.sqlite", bank=bank, roster=roster)
    report = gb.import_handins(simulated["handins"])
    reasons = {Path(f).name: why for f, why in report.rejected}
    assert "'Learner 07' is not on the class list" in reasons["learner_07.json"]
    assert "did you mean" in reasons["learner_07.json"]
    assert "with the key" in reasons["tampered_score.json"]  # checked before the name
    assert sorted(gb.by_learner().index) == sorted(roster)  # spelt as the list spells them


def test_cli_roster(simulated, tmp_path, capsys):
    names = tmp_path / "class.txt"
    names.write_text("\n".join(f"Learner {i:02d}" for i in range(3)) + "\n", encoding="utf-8")
    db = str(tmp_path / "r.sqlite")
    assert main(["gradebook", "import", str(simulated["handins"]), "--db", db,
                 "--roster", str(names)]) == 0  # fmt: skip
    assert "3 added" in capsys.readouterr().out
