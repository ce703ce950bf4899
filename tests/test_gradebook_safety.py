"""The gradebook and the course copy tried as an attacker would (issue 18, "Work lost or
misfiled on the way back"): symlinks planted where files are written, files that would be
replaced, names that a spreadsheet runs or that lose information, hand-ins changed after
grading, two imports at once, names in two Unicode forms or two cases."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import shutil
import stat
from pathlib import Path

import pytest

from peerlearn import exercises, progress
from peerlearn.cli import main
from peerlearn.course import copy_course
from peerlearn.exercises.assessed import key_answer
from peerlearn.exercises.scoring import check
from peerlearn.gradebook import Gradebook, GradebookFileError
from peerlearn.gradebook.collect import collect
from peerlearn.gradebook.release import file_names
from peerlearn.gradebook.roster import Roster, read_roster
from peerlearn.progress.classes import checksum

SET = "03-liminality"
RUBRIC = {
    "id": "test-reflection",
    "title": "test reflection rubric",
    "levels": [
        {"level": n, "name": name}
        for n, name in enumerate(["Beginning", "Developing", "Secure", "Deep"], 1)
    ],
    "criteria": [
        {
            "id": "links",
            "name": "Links to the mechanisms",
            "mechanisms": ["liminality"],
            "descriptors": {
                "1": "Names one.",
                "2": "Explains one.",
                "3": "Uses two.",
                "4": "Weighs them.",
            },
        },
        {
            "id": "self",
            "name": "Own practice",
            "mechanisms": [],
            "descriptors": {"1": "Absent.", "2": "Mentioned.", "3": "Examined.", "4": "Changed."},
        },
    ],
}


@pytest.fixture(scope="module")
def the_set():
    return exercises.builtin(SET)


@pytest.fixture(scope="module")
def template(tmp_path_factory, the_set):
    """One learner's export (all answers right), as a dict to copy under other names."""
    d = tmp_path_factory.mktemp("one")
    for ex in the_set:
        if ex.scored:
            r = check(ex, key_answer(ex))
            progress.record_result(
                r, set_id=the_set.id, mechanisms=the_set.tags_for(ex), path=d / "p.json"
            )
    return json.loads(progress.export(d / "x.json", learner="x", source=d / "p.json").read_text())


def handin(folder: Path, name: str, learner: str, template: dict, **extra) -> Path:
    doc = dict(template, learner=learner, **extra)
    doc["checksum"] = checksum(doc)
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


# -- writers: release, lms-csv, show --csv, course ------------------------------------------
def test_release_refuses_a_planted_symlink_and_never_replaces(tmp_path, the_set, template):
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    handin(tmp_path / "in", "a.json", "Ana Smith", template)
    gb.import_handins(tmp_path / "in")
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    os.chmod(outside, 0o644)
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "Ana-Smith.txt").symlink_to(outside)
    with pytest.raises(FileExistsError, match="never replaces"):
        gb.release(folder)
    assert outside.read_text() == "keep me" and stat.S_IMODE(outside.stat().st_mode) == 0o644
    assert sorted(p.name for p in folder.iterdir()) == ["Ana-Smith.txt"]  # nothing written
    (folder / "Ana-Smith.txt").unlink()
    (files,) = [gb.release(folder)]
    assert [p.name for p in files] == ["Ana-Smith.txt"]
    with pytest.raises(FileExistsError, match="already exists"):
        gb.release(folder)  # a second release into the same folder replaces nothing
    dangling = tmp_path / "gb-link.sqlite"
    dangling.symlink_to(tmp_path / "elsewhere.sqlite")
    with pytest.raises(GradebookFileError, match="symlink"):
        Gradebook(dangling, bank=[the_set]).import_handins(tmp_path / "in")
    assert not (tmp_path / "elsewhere.sqlite").exists()
    link = tmp_path / "link-folder"
    link.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(NotADirectoryError, match="symlink"):
        gb.release(link)


def test_release_names_are_readable_and_unambiguous(tmp_path, the_set, template):
    names = ["Ana Smith", "Ana-Smith", "Zoë O'Brien", "王芳", '=HYPERLINK("http://x","y")']
    for i, n in enumerate(names):
        handin(tmp_path / "in", f"{i}.json", n, template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    assert len(gb.import_handins(tmp_path / "in").added) == 5
    files = gb.release(tmp_path / "out")
    assert len({p.name.casefold() for p in files}) == 5
    got = file_names(names)
    assert got["Zoë O'Brien"] == "Zoe-OBrien.txt"
    assert got["Ana Smith"] != got["Ana-Smith"] and got["Ana Smith"].startswith("Ana-Smith-")
    assert got["王芳"].startswith("learner-")
    with (tmp_path / "out" / "index.csv").open(encoding="utf-8") as fh:
        index = {r["learner"]: r["file"] for r in csv.DictReader(fh)}
    assert index.pop('\'=HYPERLINK("http://x","y")').startswith("HYPERLINKhttpxy")
    assert index == {n: got[n] for n in names[:4]}
    for n, f in index.items():  # each file holds that learner's feedback, and only theirs
        assert (tmp_path / "out" / f).read_text(encoding="utf-8").startswith(f"Feedback for {n}\n")


def test_no_formula_reaches_any_csv(tmp_path, the_set, template):
    evil = '=HYPERLINK("http://evil.example","click")'
    handin(tmp_path / "in", "e.json", evil, template)
    handin(tmp_path / "in", "p.json", "+Plus", template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    gb.import_handins(tmp_path / "in")
    ids = {evil: "@SUM(1)", "+Plus": "-2"}
    cells = []
    for lms in ("canvas", "moodle"):
        with gb.lms_csv(tmp_path / f"{lms}.csv", lms=lms, ids=ids).open(encoding="utf-8") as fh:
            cells += [c for row in csv.reader(fh) for c in row]
    db = str(tmp_path / "gb.sqlite")
    assert (
        main(["gradebook", "show", "learners", "--db", db, "--csv", str(tmp_path / "v.csv")]) == 0
    )
    with (tmp_path / "v.csv").open(encoding="utf-8") as fh:
        cells += [c for row in csv.reader(fh) for c in row]
    gb.release(tmp_path / "fb")
    with (tmp_path / "fb" / "index.csv").open(encoding="utf-8") as fh:
        cells += [c for row in csv.reader(fh) for c in row]
    assert "'" + evil in cells and "'@SUM(1)" in cells and "'+Plus" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and c != "-")]
    # never replaced: a second CSV onto the first is refused, as is a planted symlink
    (tmp_path / "planted.csv").symlink_to(tmp_path / "target.csv")
    with pytest.raises(FileExistsError):
        gb.lms_csv(tmp_path / "planted.csv", ids=ids)
    assert not (tmp_path / "target.csv").exists()
    (tmp_path / "chart.png").symlink_to(tmp_path / "chart-target.png")  # the chart too
    with pytest.raises(FileExistsError, match="never replaces"):
        gb.plot("question", save=tmp_path / "chart.png")
    assert not (tmp_path / "chart-target.png").exists()


def test_course_refuses_symlinks_and_an_empty_destination(tmp_path, monkeypatch):
    dest = tmp_path / "course"
    dest.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (dest / "00_start_here.ipynb").symlink_to(outside / "created.ipynb")  # dangling
    r = copy_course(dest)
    assert "00_start_here.ipynb" in r.refused and not (outside / "created.ipynb").exists()
    (outside / "mine.ipynb").write_text("the learner's own file")
    (dest / "01_what_is_a_mechanism.ipynb").unlink()
    (dest / "01_what_is_a_mechanism.ipynb").symlink_to(outside / "mine.ipynb")
    r = copy_course(dest, force=True)
    assert "01_what_is_a_mechanism.ipynb" in r.refused
    assert (outside / "mine.ipynb").read_text() == "the learner's own file"
    # an edited regular file IS overwritten with --force, in DEST only
    (dest / "02_lived_experience.ipynb").write_text("{}")
    assert "02_lived_experience.ipynb" in copy_course(dest, force=True).overwritten
    # a folder in DEST that is a symlink is not followed
    course2 = tmp_path / "c2"
    course2.mkdir()
    (course2 / "instructors").symlink_to(outside, target_is_directory=True)
    r = copy_course(course2, instructor=True)
    assert r.refused and all(p.startswith("instructors/") for p in r.refused)
    assert sorted(p.name for p in outside.iterdir()) == ["mine.ipynb"]
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        with pytest.raises(ValueError, match="no destination folder"):
            copy_course(empty)
    assert main(["course", ""]) == 2
    assert main(["course", str(dest)]) == 1  # something refused: say so in the status


# -- reading hand-ins -----------------------------------------------------------------------
def test_a_symlink_loop_or_a_link_into_the_gradebook_folder_is_skipped(tmp_path, the_set, template):
    book = tmp_path / "book"
    book.mkdir()
    folder = tmp_path / "in"
    handin(folder, "ana.json", "Ana", template)
    (folder / "loop.json").symlink_to(folder / "loop.json")
    (folder / "peek.json").symlink_to(book / "gb.sqlite")
    gb = Gradebook(book / "gb.sqlite", bank=[the_set])
    report = gb.import_handins(folder)
    assert report.added == [str(folder / "ana.json")]
    reasons = {Path(f).name: why for f, why in report.rejected}
    assert set(reasons) == {"loop.json", "peek.json"}
    assert all("symbolic link" in why for why in reasons.values())
    assert main(["gradebook", "import", str(folder), "--db", str(book / "gb2.sqlite")]) == 0


def test_unicode_forms_and_case_twins(tmp_path, the_set, template):
    composed, decomposed = "Jos\u00e9 D\u00edaz", "Jose\u0301 Di\u0301az"
    handin(tmp_path / "in", "jose.json", decomposed, template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set], roster=[composed, "Ana Smith"])
    report = gb.import_handins(tmp_path / "in")
    assert report.added and not report.rejected
    assert list(gb.by_learner().index) == [composed]
    assert gb.feedback(decomposed).startswith(f"Feedback for {composed}")
    # a class list naming two learners who differ only by case is refused, not merged
    with pytest.raises(ValueError, match="differ only by case"):
        Roster(["Ana Smith", "ana smith"])
    listed = tmp_path / "class.csv"
    listed.write_text("name,id\nAna Smith,1\nana smith,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 3.*differ only by case|differ only by case.*line"):
        read_roster(listed)
    # without a class list, a hand-in whose name differs from a stored one only by case is refused
    handin(tmp_path / "in2", "a.json", "Ana Smith", template)
    handin(tmp_path / "in3", "b.json", "ana smith", template)
    gb2 = Gradebook(tmp_path / "gb2.sqlite", bank=[the_set])
    gb2.import_handins(tmp_path / "in2")
    report = gb2.import_handins(tmp_path / "in3")
    assert "differs only by case from 'Ana Smith'" in report.rejected[0][1]
    assert list(gb2.by_learner().index) == ["Ana Smith"]


def test_a_hand_in_changed_after_grading_withdraws_the_grade(tmp_path, the_set, template):
    folder = tmp_path / "in"
    p = handin(folder, "ana.json", "Ana", template)
    handin(folder, "ben.json", "Ben", template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    gb.import_handins(folder)
    assert gb.by_learner().loc["Ana", "status"] == "current"
    doc = json.loads(p.read_text())
    del doc["records"][-1]  # an answer taken away; the checksum left as it was
    p.write_text(json.dumps(doc))
    report = gb.import_handins(folder)
    assert [who for who, _ in report.disputed] == ["Ana"] and "withdrawn" in str(report)
    row = gb.by_learner().loc["Ana"]
    assert row["status"].startswith("disputed:") and row["points"] != row["points"]  # NaN
    assert "ana.json" not in list(gb.by_learner().query("status == 'current'")["file"])
    assert list(gb.by_mechanism()["learners"].unique()) == [1]  # Ben only
    assert "grade is withdrawn" in gb.feedback("Ana") and "Sources" not in gb.feedback("Ana")
    with (gb.lms_csv(tmp_path / "g.csv", ids={"Ana": "1", "Ben": "2"})).open() as fh:
        rows = list(csv.reader(fh))
    assert rows[2] == ["Ana", "1", "", "", "", ""] and rows[3][5] != ""
    # a recomputed checksum with the same export time is caught as well
    doc["checksum"] = checksum(doc)
    p.write_text(json.dumps(doc))
    report = gb.import_handins(folder)
    assert "export time of the graded hand-in" in report.rejected[0][1]
    # a new export from the learner settles it
    handin(tmp_path / "again", "ana2.json", "Ana", template, exported="2099-01-01T00:00:00+00:00")
    gb.import_handins(tmp_path / "again")
    assert gb.by_learner().loc["Ana", "status"] == "current"


def test_deadline_marks_late_hand_ins(tmp_path, the_set, template):
    handin(tmp_path / "in", "on.json", "On Time", template, exported="2026-03-01T16:59:00+00:00")
    handin(tmp_path / "in", "late.json", "Late", template, exported="2026-03-01T17:00:01+00:00")
    db = str(tmp_path / "gb.sqlite")
    args = ["gradebook", "import", str(tmp_path / "in"), "--db", db]
    assert main([*args, "--deadline", "2026-03-01T17:00"]) == 0  # no zone: UTC
    gb = Gradebook(db, bank=[the_set])
    assert gb.by_learner()["late"].to_dict() == {"Late": True, "On Time": False}
    assert "Handed in late" in gb.feedback("Late")
    assert "Handed in late" not in gb.feedback("On Time")
    assert main([*args, "--deadline", "next friday"]) == 2


def test_rubric_levels_are_recorded_checked_and_released(tmp_path, the_set, template):
    handin(tmp_path / "in", "ana.json", "Ana", template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    gb.import_handins(tmp_path / "in")
    refl = next(e for e in the_set if e.kind == "reflection")
    gb.rate("Ana", refl.id, {"links": 3, "self": "2"}, rubric=RUBRIC)
    with pytest.raises(ValueError, match=r"no criterion 'link'.*did you mean 'links'"):
        gb.rate("Ana", refl.id, {"link": 3}, rubric=RUBRIC)
    with pytest.raises(ValueError, match=r"level 5 .* 1 \(Beginning\)"):
        gb.rate("Ana", refl.id, {"links": 5}, rubric=RUBRIC)
    scored = next(e for e in the_set if e.scored)
    with pytest.raises(ValueError, match="not a reflection"):
        gb.rate("Ana", scored.id, {"links": 1}, rubric=RUBRIC)
    text = gb.feedback("Ana")
    assert "Links to the mechanisms: level 3 of 4 (Secure). Uses two." in text
    assert "Own practice: level 2 of 4 (Developing). Mentioned." in text
    rubric_file = tmp_path / "rubric.json"
    rubric_file.write_text(json.dumps(RUBRIC))
    db = str(tmp_path / "gb.sqlite")
    assert main(["gradebook", "rate", "Ana", "--db", db, "--exercise", f"{the_set.id}/{refl.id}",
                 "--rubric", str(rubric_file), "--level", "links=4"]) == 0  # fmt: skip
    assert "level 4 of 4 (Deep). Weighs them." in Gradebook(db, bank=[the_set]).feedback("Ana")
    assert main(["gradebook", "rate", "Ana", "--db", db, "--exercise", refl.id,
                 "--rubric", str(rubric_file), "--level", "links=9"]) == 2  # fmt: skip


def test_rubric_defaults_to_the_courses_reflection_rubric(tmp_path, the_set, template):
    from peerlearn.exercises import rubric as course_rubric

    handin(tmp_path / "in", "ana.json", "Ana", template)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[the_set])
    gb.import_handins(tmp_path / "in")
    refl = next(e for e in the_set if e.kind == "reflection")
    own = course_rubric.load()
    first = own.criteria[0]
    rated = gb.rate("Ana", refl.id, {first.id: 2})  # no rubric given: the course's own
    assert rated[first.id]["rubric_id"] == own.id
    assert first.name in gb.feedback("Ana")
    db = str(tmp_path / "gb.sqlite")
    assert main(["gradebook", "rate", "Ana", "--db", db, "--exercise", f"{the_set.id}/{refl.id}",
                 "--level", f"{first.id}=3"]) == 0  # fmt: skip


def test_collect_from_homes_is_safe(tmp_path, template):
    homes = tmp_path / "homes"
    for user in ("learner1", "learner2", "learner3", "learner4"):
        (homes / user).mkdir(parents=True)
    handin(homes / "learner1", "hand-in.json", "Ana", template)
    secret = tmp_path / "instructor-secret.json"
    secret.write_text("{}")
    (homes / "learner2" / "hand-in.json").symlink_to(secret)  # not followed
    (homes / "learner3" / "hand-in.json").write_bytes(b"x" * 2000)  # too big for the limit
    (homes / "evil").symlink_to(tmp_path, target_is_directory=True)  # a home that is a link
    dest = tmp_path / "collected"
    report = collect(homes, dest, max_bytes=1500 if False else 1_000_000)
    assert [Path(p).name for p in report.collected] == ["learner1.json", "learner3.json"]
    why = dict(report.skipped)
    assert "symbolic link" in why["learner2"] and "not a real folder" in why["evil"]
    assert "no hand-in.json" in why["learner4"]
    small = collect(homes, tmp_path / "small", max_bytes=1500)
    assert "larger than 1,500 bytes" in dict(small.skipped)["learner3"]
    # again: nothing changed, nothing copied; a resubmission lands beside, never over
    assert collect(homes, dest).unchanged == ["learner1", "learner3"]
    handin(homes / "learner1", "hand-in.json", "Ana", template, exported="2099-01-01T00:00:00Z")
    again = collect(homes, dest)
    assert len(again.collected) == 1 and Path(again.collected[0]).name.startswith("learner1-")
    assert stat.S_IMODE(Path(again.collected[0]).stat().st_mode) == 0o600
    assert main(["gradebook", "collect", str(homes), str(tmp_path / "cli")]) == 0


# -- two imports at once --------------------------------------------------------------------
def _import(db: str, folder: str, start) -> None:
    start.wait()
    with Gradebook(db, bank=[exercises.builtin(SET)]) as gb:
        gb.import_handins(folder)


def test_two_concurrent_imports_never_keep_the_older_hand_in(tmp_path, template):
    """Two processes import at once: one the older hand-ins, one the newer. Without one
    transaction per import (check and write together) the older one won in some runs."""
    old, new = tmp_path / "old", tmp_path / "new"
    n = 200
    for i in range(n):
        handin(old, f"{i}.json", f"L{i:02d}", template, exported="2026-01-01T00:00:00+00:00")
        handin(new, f"{i}.json", f"L{i:02d}", template, exported="2026-02-01T00:00:00+00:00")
    ctx = multiprocessing.get_context("spawn")
    for run in range(4):
        db = str(tmp_path / f"gb{run}.sqlite")
        Gradebook(db, bank=[]).db.close()  # made first, so both open the same file
        start = ctx.Event()
        first, second = (old, new) if run % 2 else (new, old)
        procs = [ctx.Process(target=_import, args=(db, str(f), start)) for f in (first, second)]
        for p in procs:
            p.start()
        start.set()
        for p in procs:
            p.join(120)
            assert p.exitcode == 0
        with Gradebook(db, bank=[exercises.builtin(SET)]) as gb:
            kept = gb.by_learner()["exported"]
        assert len(kept) == n and set(kept) == {"2026-02-01T00:00:00+00:00"}, run


def test_an_old_gradebook_file_is_upgraded(tmp_path, the_set, template):
    import sqlite3

    from peerlearn.gradebook.db import SCHEMA_VERSION

    db = tmp_path / "old.sqlite"
    con = sqlite3.connect(db)
    con.executescript(
        "CREATE TABLE handins (learner TEXT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT "
        "NULL, exported TEXT NOT NULL, records INTEGER NOT NULL, ignored INTEGER NOT NULL);"
        "CREATE TABLE attempts (learner TEXT, seq INTEGER, set_id TEXT, exercise TEXT, kind "
        "TEXT, event TEXT, time TEXT, answer TEXT, score REAL, recorded_score REAL, mechanism "
        "TEXT, by_mechanism TEXT, PRIMARY KEY (learner, seq));"
        "CREATE TABLE rejected (file TEXT PRIMARY KEY, sha256 TEXT, reason TEXT NOT NULL);"
        "INSERT INTO handins VALUES ('Ana', 'a.json', 'x', '2026-01-01T00:00:00+00:00', 0, 0);"
        "PRAGMA user_version = 1;"
    )
    con.close()
    gb = Gradebook(db, bank=[the_set])
    assert gb.by_learner().loc["Ana", "status"] == "current"
    assert gb.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    shutil.copy(db, tmp_path / "again.sqlite")
