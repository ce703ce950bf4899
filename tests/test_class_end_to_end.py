"""A whole class, end to end, as an instructor on a hub would run it (issue 18's "done means").

30 simulated learners answer the liminality set through the public API and export their hand-in
into their hub home; among them one whose name the class list spells with a combining accent
(decomposed), one who hands in after the deadline, one who resubmits while a second import runs
at once (two processes), and one who changes their hand-in after the first import. Then:
collection from the homes → the gradebook (with the class list's LMS ids and the deadline) → the
LMS grade CSV → the released feedback. Every number is checked against a count the test keeps
itself while the learners answer (never read back from the gradebook).
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerlearn import exercises, progress
from peerlearn.cli import main
from peerlearn.exercises.assessed import key_answer
from peerlearn.exercises.scoring import check
from peerlearn.gradebook import Gradebook

SET = "03-liminality"
BANK = str(Path(exercises.__file__).parents[1] / "data" / "exercises" / f"{SET}.yaml")
N = 30
JOSE = "Jos\u00e9 D\u00edaz"  # as the learner types it (composed)
JOSE_ROSTER = unicodedata.normalize("NFD", JOSE)  # as the class list spells it (decomposed)
LATE, RESUBMITTER, TAMPERER = 7, 12, 20


def name_of(i: int) -> str:
    return JOSE if i == 3 else f"Learner {i:02d}"


def wrong_on(i: int, j: int) -> bool:
    """Learner ``i`` answers the ``j``-th multiple-choice question wrongly (a fixed pattern)."""
    return (i + j) % 4 == 0


def answer_all(s, i: int, live: Path, *, improved: bool = False) -> dict[str, float]:
    """Learner ``i`` answers every scored question; return the grades the test expects."""
    grades: dict[str, float] = {}
    mcs = [e for e in s if e.kind == "multiple-choice"]
    for ex in s:
        if not ex.scored:
            continue
        answer = key_answer(ex)
        if ex.kind == "multiple-choice" and wrong_on(i, mcs.index(ex)) and not improved:
            answer = next(o.text for o in ex.options if not o.correct)
        result = check(ex, answer)
        progress.record_result(result, set_id=s.id, mechanisms=s.tags_for(ex), path=live)
        grades[ex.id] = 1.0 if answer == key_answer(ex) else 0.0
    return grades


def gradebook(action: str, target: str, db: str, roster: str, *more: str) -> int:
    """``peerlearn gradebook ACTION TARGET`` with this class's gradebook, bank and class list."""
    return main(
        ["gradebook", action, target, "--db", db, "--bank", BANK, "--roster", roster, *more]
    )


def _import(db: str, folder: str, roster: str, start) -> None:
    start.wait()
    assert gradebook("import", folder, db, roster) == 0


@pytest.fixture(scope="module")
def the_class(tmp_path_factory):
    s = exercises.builtin(SET)
    root = tmp_path_factory.mktemp("class")
    homes = root / "homes"
    expected: dict[str, dict[str, float]] = {}
    for i in range(N):
        if i == LATE:
            continue  # hands in after the deadline, below
        home = homes / f"user{i:02d}"
        expected[name_of(i)] = answer_all(s, i, home / ".local" / "progress.json")
        progress.export(
            home / "hand-in.json", learner=name_of(i), source=home / ".local" / "progress.json"
        )
    deadline = datetime.now(UTC)
    home = homes / f"user{LATE:02d}"
    expected[name_of(LATE)] = answer_all(s, LATE, home / ".local" / "progress.json")
    progress.export(
        home / "hand-in.json", learner=name_of(LATE), source=home / ".local" / "progress.json"
    )
    roster = root / "class.csv"
    with roster.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "ID"])
        for i in range(N):
            w.writerow([JOSE_ROSTER if i == 3 else name_of(i), f"{5000 + i}"])
    return {"set": s, "root": root, "homes": homes, "expected": expected, "roster": roster,
            "deadline": deadline}  # fmt: skip


def hand_points(grades: dict[str, float]) -> float:
    return sum(grades.values())


def test_a_class_from_homes_to_released_feedback(the_class, tmp_path):
    s, homes, expected = the_class["set"], the_class["homes"], the_class["expected"]
    roster, deadline = str(the_class["roster"]), the_class["deadline"].isoformat()
    collected = tmp_path / "collected"
    db = str(tmp_path / "class.sqlite")

    # 1. collection from the homes, then the first import (with the deadline)
    assert main(["gradebook", "collect", str(homes), str(collected)]) == 0
    assert len(list(collected.glob("*.json"))) == N
    assert gradebook("import", str(collected), db, roster, "--deadline", deadline) == 0

    # 2. one learner resubmits (better answers) while a second import runs at once
    home = homes / f"user{RESUBMITTER:02d}"
    live = home / ".local" / "progress.json"
    expected[name_of(RESUBMITTER)] = answer_all(s, RESUBMITTER, live, improved=True)
    old_only = tmp_path / "old-only"
    old_only.mkdir()
    (old_only / "user12.json").write_bytes((collected / "user12.json").read_bytes())
    (home / "hand-in.json").unlink()
    progress.export(home / "hand-in.json", learner=name_of(RESUBMITTER), source=live)
    assert main(["gradebook", "collect", str(homes), str(collected)]) == 0
    assert len(list(collected.glob("user12*.json"))) == 2  # the first copy is never replaced
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_import, args=(db, str(f), roster, start))
             for f in (collected, old_only)]  # fmt: skip
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0

    # 3. one learner changes their collected hand-in after it was imported
    tampered = collected / f"user{TAMPERER:02d}.json"
    doc = json.loads(tampered.read_text(encoding="utf-8"))
    doc["records"] = [r for r in doc["records"] if r.get("score") != 0]  # hide the wrong answers
    tampered.write_text(json.dumps(doc), encoding="utf-8")
    assert (
        main(
            ["gradebook", "import", str(collected), "--db", db, "--bank", BANK, "--roster", roster]
        )
        == 0
    )

    # -- the gradebook, against the test's own count -------------------------------------------
    gb = Gradebook(db, bank=[s])
    table = gb.by_learner()
    assert len(table) == N
    assert JOSE in table.index and JOSE_ROSTER not in table.index  # one learner, in NFC
    standing = {n: g for n, g in expected.items() if n != name_of(TAMPERER)}
    for name, grades in standing.items():
        assert table.loc[name, "points"] == hand_points(grades), name
        assert table.loc[name, "correct"] == sum(1 for g in grades.values() if g == 1.0), name
        assert table.loc[name, "status"] == "current"
    assert table.loc[name_of(RESUBMITTER), "points"] == 10  # the resubmission, not the first
    # late: the learner who handed in after the deadline, and the resubmission (also after it)
    late = {name_of(LATE), name_of(RESUBMITTER)}
    assert set(table.index[table["late"]]) == late
    assert table.loc[name_of(TAMPERER), "status"].startswith("disputed:")
    assert table.loc[name_of(TAMPERER), "points"] != table.loc[name_of(TAMPERER), "points"]
    mech = gb.by_mechanism()
    assert mech.loc["liminality", "learners"] == N - 1
    assert mech.loc["lived-experience", "learners"] == N - 1  # the vignette's second tag
    all_grades = [g for grades in standing.values() for g in grades.values()]
    assert mech.loc["liminality", "mean_grade"] == pytest.approx(sum(all_grades) / len(all_grades))
    assert mech.loc["lived-experience", "mean_grade"] == 1.0
    mcs = [e for e in s if e.kind == "multiple-choice"]
    questions = gb.by_question()
    for ex in mcs:
        right = sum(1 for grades in standing.values() if grades[ex.id] == 1.0)
        assert questions.loc[(s.id, ex.id), "facility"] == pytest.approx(right / (N - 1))

    # -- the LMS grade CSV with the class list's ids ---------------------------------------------
    grades_csv = tmp_path / "canvas.csv"
    assert (
        main(
            [
                "gradebook",
                "lms-csv",
                str(grades_csv),
                "--db",
                db,
                "--bank",
                BANK,
                "--roster",
                roster,
            ]
        )
        == 0
    )
    with grades_csv.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == ["Points Possible", "", "", "", "", "10"]
    by_id = {r[1]: r for r in rows[2:]}
    assert len(by_id) == N
    for i in range(N):
        row = by_id[f"{5000 + i}"]
        if i == TAMPERER:
            assert row[5] == ""  # withdrawn: no grade
        else:
            assert float(row[5]) == hand_points(expected[name_of(i)]), i

    # -- the released feedback -------------------------------------------------------------------
    out = tmp_path / "feedback"
    assert (
        main(["gradebook", "release", str(out), "--db", db, "--bank", BANK, "--roster", roster])
        == 0
    )
    with (out / "index.csv").open(encoding="utf-8") as fh:
        index = {r["learner"]: r["file"] for r in csv.DictReader(fh)}
    assert len(index) == N and len(set(index.values())) == N
    assert index[JOSE] == "Jose-Diaz.txt"
    for name, grades in expected.items():
        text = (out / index[name]).read_text(encoding="utf-8")
        if name == name_of(TAMPERER):
            assert "grade is withdrawn" in text and "grade 100%" not in text
            continue
        assert text.count(": grade 100%") == sum(1 for g in grades.values() if g == 1.0), name
        assert text.count(": grade 0%") == sum(1 for g in grades.values() if g == 0.0), name
        assert ("Handed in late" in text) == (name in late), name
