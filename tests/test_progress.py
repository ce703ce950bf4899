"""The learner's progress record: atomic, locked, recoverable; summaries and the class table."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

from peerlearn import exercises as ex
from peerlearn import progress

pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def attempt(exercise="q1", score=1.0, mechanisms=("love-labour",), set_id="s", path=None, **kw):
    return progress.record(
        "attempt",
        set_id=set_id,
        exercise_id=exercise,
        answer="x",
        score=score,
        mechanisms=mechanisms,
        path=path,
        **kw,
    )


def test_home_and_default_path(progress_home, monkeypatch):
    assert progress.home() == progress_home
    assert progress.default_path() == progress_home / "progress.json"
    monkeypatch.delenv("PEERLEARN_HOME")
    assert progress.home().name == "peerlearn"  # the platformdirs user data folder


def test_record_and_read_back(progress_home):
    assert progress.records() == []
    rec = attempt()
    assert set(rec) >= {"id", "time", "event", "set", "exercise", "answer", "score", "mechanisms"}
    doc = json.loads((progress_home / "progress.json").read_text("utf-8"))
    assert doc["format"] == "peerlearn-progress" and doc["schema_version"] == 2
    assert doc["records"] == []  # the snapshot; the attempt is appended to the journal
    journal = (progress_home / "progress.journal.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in journal] == [rec]
    assert progress.records() == [rec]
    assert not list(progress_home.glob("*.tmp"))  # the temporary file was renamed


def test_record_rejects_bad_input():
    with pytest.raises(ValueError, match="unknown event"):
        progress.record("guess", set_id="s", exercise_id="q")
    with pytest.raises(ValueError, match="from 0 to 1"):
        attempt(score=2)
    with pytest.raises(ValueError, match="plain JSON"):
        progress.record("attempt", set_id="s", exercise_id="q", answer=object())
    assert progress.records() == []


def _append_many(args: tuple[str, int, int]) -> int:
    path, worker, n = args
    for i in range(n):
        progress.record(
            "attempt",
            set_id="race",
            exercise_id=f"w{worker}-{i}",
            answer=i,
            score=1.0,
            mechanisms=["liminality"],
            path=path,
        )
    return n


def test_concurrent_writers_lose_nothing(tmp_path):
    path = str(tmp_path / "shared" / "progress.json")
    workers, n = 4, 15
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        done = pool.map(_append_many, [(path, w, n) for w in range(workers)])
    assert sum(done) == workers * n
    recs = progress.records(path)
    assert len(recs) == workers * n
    assert {r["exercise"] for r in recs} == {f"w{w}-{i}" for w in range(workers) for i in range(n)}
    assert len({r["id"] for r in recs}) == workers * n


def test_crash_mid_write_leaves_the_old_file(progress_home, monkeypatch):
    attempt("q1")
    files = ("progress.json", "progress.journal.jsonl")
    before = [(progress_home / f).read_bytes() for f in files]
    real_write = os.write

    def half_then_full(fd, data):  # a disk that fills up half way through the line
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(progress.store.os, "write", half_then_full)
    with pytest.raises(OSError, match="No space left"):
        attempt("q2")
    monkeypatch.setattr(progress.store.os, "write", real_write)
    assert [(progress_home / f).read_bytes() for f in files] == before  # cut back
    assert [r["exercise"] for r in progress.records()] == ["q1"]
    attempt("q3")
    assert [r["exercise"] for r in progress.records()] == ["q1", "q3"]
    assert not list(progress_home.glob(".progress.json.*"))  # no temporary file left


@pytest.mark.parametrize(
    "content, reason",
    [
        (b'{"format": "peerlearn-progress", "schema_version": 1, "records": [', "not valid JSON"),
        (b"", "is empty"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"records": []}', "not a peerlearn progress file"),
        (b'{"format": "peerlearn-progress", "schema_version": 9, "records": []}', "schema_version"),
    ],
)
def test_corrupted_file_is_moved_aside(progress_home, content, reason):
    progress_home.mkdir(parents=True)
    live = progress_home / "progress.json"
    live.write_bytes(content)
    with pytest.warns(progress.ProgressWarning, match=reason) as caught:
        attempt("q1")
    (aside,) = progress_home.glob("progress.corrupt-*.json")
    assert aside.read_bytes() == content  # nothing dropped
    assert str(aside) in str(caught[0].message) and str(live) in str(caught[0].message)
    assert [r["exercise"] for r in progress.records()] == ["q1"]


def test_corrupted_file_found_on_read(progress_home):
    progress_home.mkdir(parents=True)
    (progress_home / "progress.json").write_text("{oops")
    with pytest.warns(progress.ProgressWarning, match="moved aside"):
        assert progress.records() == []
    assert len(list(progress_home.glob("progress.corrupt-*.json"))) == 1


def test_unreadable_records_are_kept_but_skipped(progress_home):
    attempt("q1")
    live = progress_home / "progress.json"
    doc = json.loads(live.read_text("utf-8"))
    doc["records"].append({"event": "attempt", "score": "lots"})
    live.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.warns(progress.ProgressWarning, match="1 record"):
        df = progress.summary()
    assert df.loc["love-labour", "exercises"] == 1
    attempt("q2")
    assert len(progress.records()) == 3  # the odd record is still there


def test_summary_mastery_per_mechanism():
    attempt("q1", 0.0)
    attempt("q1", 1.0)  # put right at once (a retry): latest 1, but the review scored 0
    attempt("q2", 0.5, mechanisms=["love-labour", "helper-role"])  # mainly love labour
    attempt("q3", 1.0, mechanisms=["helper-role"], revealed=True)  # after a reveal: not mastery
    progress.record(
        "attempt",
        set_id="s",
        exercise_id="v1",
        score=0.5,
        mechanisms=["liminality", "helper-role"],
        by_mechanism={"liminality": 1.0, "helper-role": 0.0},
    )
    progress.record("reflection", set_id="s", exercise_id="r1", answer="text")
    df = progress.summary()
    assert list(df.index) == [
        "lived-experience",
        "love-labour",
        "liminality",
        "strengths-focussed-support",
        "helper-role",
    ]
    assert list(df.columns) == [
        "name",
        "exercises",
        "attempts",
        "first_attempt",
        "latest",
        "mastery",
        "missed",
        "status",
    ]
    ll = df.loc["love-labour"]
    assert (ll["exercises"], ll["attempts"], ll["missed"], ll["status"]) == (2, 3, 2, "learning")
    assert ll["first_attempt"] == pytest.approx(0.25)  # 0.0 and 0.5
    assert ll["latest"] == pytest.approx(0.75)  # 1.0 and 0.5
    assert ll["mastery"] == pytest.approx(0.25)  # the reviews: 0.0 and 0.5
    # only items mainly about a mechanism count: v1 and q2 give helper-role nothing
    assert df.loc["liminality", "mastery"] == 0.5
    assert df.loc["helper-role", "exercises"] == 1 and pd.isna(df.loc["helper-role", "mastery"])
    assert pd.isna(df.loc["lived-experience", "mastery"])
    assert df.loc["lived-experience", "status"] == "not yet tried"
    assert df.attrs["peerlearn"] == "summary"
    assert list(progress.history()["event"]).count("reflection") == 1


def test_plot_has_alt_text_and_table():
    attempt("q1", 0.5)
    p = progress.plot()
    assert "Love labour: 50% (1 exercise(s))" in p.alt_text
    assert "Lived experience: no attempts yet" in p.alt_text
    html = p._repr_html_()
    assert html.count("<img") == 1 and 'alt="Horizontal bar chart' in html
    assert "<table>" in html and "Love labour" in html
    assert "Mastery per mechanism" in p.text()
    assert p.png().startswith(b"\x89PNG")


def test_review_order():
    s = ex.ExerciseSet(
        id="s",
        title="T",
        exercises=[ex.Reflection(id=i, prompt="P") for i in ("a", "b", "c", "d", "e")],
    )
    assert progress.review_order(s) == ["a", "b", "c", "d", "e"]
    attempt("b", 1.0)
    attempt("c", 0.0)
    attempt("d", 0.0)
    attempt("d", 1.0)  # put right at once: a retry, so it still counts as missed (FSRS Again)
    progress.record("reveal", set_id="s", exercise_id="e")
    attempt("a", 0.0, set_id="other-set")
    # missed (in the set's order), then not yet tried, then answered right
    assert progress.review_order(s) == ["c", "d", "e", "a", "b"]


def test_export_and_combine(tmp_path, progress_home):
    attempt("q1", 1.0)
    attempt("q2", 0.0, mechanisms=["liminality"])
    mine = progress.export(tmp_path / "hand-in" / "ana.json", learner="Ana")
    doc = json.loads(mine.read_text("utf-8"))
    assert doc["learner"] == "Ana" and len(doc["records"]) == 2 and "exported" in doc
    with pytest.raises(ValueError, match="live progress file"):
        progress.export(progress.default_path())

    other = tmp_path / "other-home" / "progress.json"
    attempt("q1", 0.0, path=other)
    attempt("q2", 0.0, mechanisms=["liminality"], path=other)
    attempt("q3", 1.0, mechanisms=["helper-role"], path=other)
    progress.export(tmp_path / "hand-in" / "ben.json", source=other)
    (tmp_path / "hand-in" / "broken.json").write_text("{not json")
    (tmp_path / "hand-in" / "wrong.json").write_text('{"hello": 1}')

    with pytest.warns(progress.ProgressWarning) as caught:
        table = progress.combine(tmp_path / "hand-in")
    messages = " ".join(str(w.message) for w in caught)
    assert "broken.json" in messages and "wrong.json" in messages
    assert [Path(f).name for f, _ in table.attrs["skipped"]] == ["broken.json", "wrong.json"]
    assert list(table.index) == ["Ana", "ben"]  # the name in the file, else the file name
    assert table.loc["Ana", "love-labour"] == 1.0
    assert table.loc["ben", "love-labour"] == 0.0
    assert pd.isna(table.loc["Ana", "helper-role"])
    hard = progress.hardest(table)
    assert hard.index[0] == "liminality" and hard.loc["liminality", "mean_mastery"] == 0.0
    assert hard.loc["love-labour", "learners"] == 2
    p = progress.plot(table)
    assert "hardest" in p.title
    assert p.alt_text.index("The liminal position") < p.alt_text.index("Love labour")
    assert (tmp_path / "hand-in" / "broken.json").exists()  # never moved or changed


def test_combine_same_name_twice(tmp_path):
    # issue 11: a resubmission is counted once (the latest export); a live file is not a hand-in
    a = tmp_path / "a.json"
    attempt("q1", path=a)
    progress.export(tmp_path / "b.json", source=a)
    progress.export(tmp_path / "c.json", source=a, learner="b")
    with pytest.warns(progress.ProgressWarning, match="live progress file"):
        table = progress.combine([a, tmp_path / "b.json", tmp_path / "c.json"])
    assert list(table.index) == ["b"]
    assert table.attrs["files"]["b"].endswith("c.json")
    assert table.attrs["superseded"] == [str(tmp_path / "b.json")]


def test_nothing_written_to_real_home():
    assert os.environ["PEERLEARN_HOME"].endswith("peerlearn-home")
