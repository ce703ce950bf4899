"""The lock-free progress record (JupyterLite): one journal per kernel session, merged on read.

CPython is put in the mode JupyterLite uses (``PEERLEARN_TEST_LOCK_FREE=1``, test-only): no lock
file is ever made, each process appends to its own session file, every reader merges them.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import warnings
from pathlib import Path

import pytest
from homes import use_home
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import progress
from peerlearn.progress import sessions, store


@pytest.fixture(autouse=True)
def lite_home(tmp_path, monkeypatch):
    home = tmp_path / "drive" / "peerlearn"
    use_home(monkeypatch, home)
    monkeypatch.setenv(sessions.TEST_ENV, "1")
    monkeypatch.setattr(sessions, "RESCAN_AFTER", 0.0)  # every read looks at the folder again
    sessions.new_session()
    store.forget()
    yield home
    store.forget()


def reload() -> None:
    """As a page reload does: a new kernel, a new session, nothing in memory."""
    sessions.new_session()
    store.forget()


def attempt(exercise="q1", score=1.0, set_id="s", path=None, **kw):
    kw.setdefault("mechanisms", ["love-labour"])
    return progress.record(
        "attempt", set_id=set_id, exercise_id=exercise, answer="x", score=score, path=path, **kw
    )


def reflect(exercise="r1", text="What I noticed", path=None):
    return progress.record(
        "reflection", set_id="s", exercise_id=exercise, answer=text, prompt="Notice?", path=path
    )


def session_files(home: Path) -> list[Path]:
    return sorted(home.glob("progress.journal.session-*.jsonl"))


def test_the_mode_is_on_in_tests_and_off_by_default(monkeypatch):
    assert sessions.lock_free()
    monkeypatch.delenv(sessions.TEST_ENV)
    assert sessions.lock_free() is False  # CPython: the locked design
    monkeypatch.setattr(sessions, "FORCE", True)
    assert sessions.lock_free()


def test_many_answers_in_one_session_are_all_kept_without_a_lock_file(lite_home, monkeypatch):
    import filelock

    def no_lock(*a, **k):
        raise AssertionError("a lock file was asked for in lock-free mode")

    monkeypatch.setattr(filelock, "FileLock", no_lock)
    monkeypatch.setattr(filelock, "SoftFileLock", no_lock)
    made = []
    for i in range(30):
        made.append(attempt(f"q{i % 6}", score=float(i % 2)))
        if i % 5 == 0:
            made.append(reflect(f"r{i}", f"reflection {i}"))
    assert [r["id"] for r in progress.records()] == [r["id"] for r in made]
    assert [p.name for p in lite_home.iterdir()] == [session_files(lite_home)[0].name]
    assert not list(lite_home.rglob("*.lock"))
    lines = session_files(lite_home)[0].read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in made]


def test_a_reload_reads_everything_and_starts_its_own_file(lite_home):
    first = [attempt("q1", 0.0), attempt("q1", 1.0), reflect()]
    reload()
    assert [r["id"] for r in progress.records()] == [r["id"] for r in first]
    assert progress.last("q1", "s")["score"] == 1.0
    second = attempt("q2", 1.0)
    assert len(session_files(lite_home)) == 2
    reload()
    assert [r["id"] for r in progress.records()] == [r["id"] for r in [*first, second]]
    assert progress.reflections()["text"].tolist() == ["What I noticed"]


def _write_many(args: tuple[str, int, int]) -> tuple[int, list[str]]:
    path, worker, n = args
    ids = []
    for i in range(n):
        rec = progress.record(
            "attempt" if i % 3 else "reflection",
            set_id="race",
            exercise_id=f"w{worker}-{i}",
            answer=f"answer {i}",
            score=1.0 if i % 3 else None,
            mechanisms=["liminality"],
            path=path,
        )
        ids.append(rec["id"])
    return os.getpid(), ids


def test_two_tabs_writing_at_once_lose_nothing(lite_home):
    path = str(lite_home / "progress.json")
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(3) as pool:
        written = pool.map(_write_many, [(path, w, 20) for w in range(3)])
    acknowledged = {i for _, ids in written for i in ids}
    assert len(acknowledged) == 60
    # one file per process (on a busy machine one pool process may take two of the tasks)
    assert len(session_files(lite_home)) == len({pid for pid, _ in written})
    reload()
    assert {r["id"] for r in progress.records(path)} == acknowledged
    assert len(progress.records(path)) == 60
    assert not list(lite_home.rglob("*.lock"))


def test_another_tab_s_answers_are_seen_by_every_view(lite_home, tmp_path):
    attempt("q1", 0.0, at="2026-01-05T10:00:00+00:00")
    other = lite_home / sessions.session_name(lite_home / "progress.json", "20260105T1000-aaaa")
    theirs = {
        "id": "from-tab-2",
        "time": "2026-01-05T10:30:00.000000+00:00",
        "event": "reflection",
        "set": "s",
        "exercise": "r1",
        "kind": "reflection",
        "answer": "Written in the second tab",
        "score": None,
        "mechanisms": [],
        "primary": None,
        "by_mechanism": {},
        "revealed": False,
        "prompt": "Notice?",
    }
    other.write_text(json.dumps(theirs) + "\n", encoding="utf-8")
    assert [r["id"] for r in progress.records()][-1] == "from-tab-2"
    assert progress.last("r1", "s")["answer"] == "Written in the second tab"
    assert len(progress.reflections_page()) == 1
    assert progress.history()["exercise"].tolist() == ["q1", "r1"]
    assert progress.summary(kb=False).loc["love-labour", "attempts"] == 1
    assert [d.exercise for d in progress.due(now="2026-01-06T10:00:00+00:00")] == ["q1"]
    hand_in = tmp_path / "hand-in" / "ana.json"
    out = progress.export(hand_in, learner="Ana", include_reflections=True)
    assert {r["id"] for r in json.loads(out.read_text("utf-8"))["records"]} >= {"from-tab-2"}
    table = progress.combine(out.parent)
    assert table.loc["Ana", "love-labour"] == 0.0
    with pytest.raises(ValueError, match="live progress file"):  # (no progress.json here)
        progress.export(progress.default_path())


def test_an_older_version_s_stale_lock_is_removed_and_its_files_read(lite_home, monkeypatch):
    # what peerlearn left in /drive/peerlearn before: a snapshot, a journal and a soft lock
    monkeypatch.delenv(sessions.TEST_ENV)
    old = [attempt("q1", 0.0), attempt("q2", 1.0)]
    assert (lite_home / "progress.json").exists()
    (lite_home / "progress.json.lock").write_text("")
    monkeypatch.setenv(sessions.TEST_ENV, "1")
    reload()
    assert [r["id"] for r in progress.records()] == [r["id"] for r in old]
    assert not (lite_home / "progress.json.lock").exists()
    new = attempt("q3")
    reload()
    assert [r["id"] for r in progress.records()] == [r["id"] for r in [*old, new]]
    assert store.read_file(lite_home / "progress.json")["records"][-1]["id"] == new["id"]
    assert not list(lite_home.rglob("*.lock"))


def test_a_torn_last_line_is_not_read_and_a_bad_line_is_skipped_and_kept(lite_home):
    attempt("q1")
    other = lite_home / sessions.session_name(lite_home / "progress.json", "20260101T0000-bbbb")
    good = {"id": "g1", "time": "2026-01-01T00:00:00+00:00", "event": "attempt", "set": "s",
            "exercise": "q9", "score": 1.0, "mechanisms": ["liminality"]}  # fmt: skip
    torn = json.dumps(dict(good, id="g2"))[:25]
    other.write_bytes((json.dumps(good) + "\n" + torn).encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a line still being written (or torn) is not reported
        assert "g1" in {r["id"] for r in progress.records()}
    assert len(progress.records()) == 2
    # the writer finishes its line: it is read then
    other.write_bytes((json.dumps(good) + "\n" + json.dumps(dict(good, id="g2")) + "\n").encode())
    assert {"g1", "g2"} <= {r["id"] for r in progress.records()}
    # a complete line that is not JSON: skipped with a warning naming file and line, kept
    with other.open("ab") as fh:
        fh.write(b'{"id": "g3", "oops\n' + json.dumps(dict(good, id="g4")).encode() + b"\n")
    with pytest.warns(progress.ProgressWarning, match=rf"{other.name} line 3 could not be read"):
        ids = {r["id"] for r in progress.records()}
    assert {"g1", "g2", "g4"} <= ids and "g3" not in ids
    assert b'"g3"' in other.read_bytes()


def test_a_failed_append_is_reported_and_the_next_starts_on_a_new_line(lite_home, monkeypatch):
    kept = attempt("q1")

    def half_then_full_disk(fd, data):
        os.write(fd, bytes(data)[: len(data) // 2])
        raise OSError(28, "No space left on device")

    real = sessions.write_all
    monkeypatch.setattr(sessions, "write_all", half_then_full_disk)
    with pytest.raises(progress.ProgressSaveError):
        attempt("q2")
    monkeypatch.setattr(sessions, "write_all", real)
    after = attempt("q3")
    reload()
    with pytest.warns(progress.ProgressWarning, match="could not be read"):
        ids = [r["id"] for r in progress.records()]
    assert ids == [kept["id"], after["id"]]


def test_a_save_opens_one_file_and_reads_are_cached_between_looks(lite_home, monkeypatch):
    attempt("q0")
    monkeypatch.setattr(sessions, "RESCAN_AFTER", 3600.0)
    progress.records()  # looked at once, now cached
    opened, listed = [], []
    real_open, real_listdir = os.open, os.listdir
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(p) or real_open(p, *a, **k))
    monkeypatch.setattr(os, "listdir", lambda p: listed.append(p) or real_listdir(p))
    for i in range(10):  # ten widgets restoring their last answers, then a save
        progress.last(f"q{i}", "s")
    attempt("q1")
    assert listed == []  # (each look at the folder is a round trip per file on the drive)
    assert [Path(p).name for p in opened] == [session_files(lite_home)[0].name]


def test_a_whole_rewrite_is_refused_in_lock_free_mode():
    rewrite = store.locked_doc(progress.default_path())
    with pytest.raises(progress.ProgressSaveError, match="lock-free"):
        rewrite.__enter__()


def test_an_earlier_time_is_merged_in_time_order(lite_home):
    late = attempt("q1", at="2026-02-01T10:00:00+00:00")
    early = attempt("q2", at="2026-01-01T10:00:00+00:00")
    assert [r["id"] for r in progress.records()] == [early["id"], late["id"]]
    reload()
    assert [r["id"] for r in progress.records()] == [early["id"], late["id"]]


def test_a_fifo_or_folder_named_like_a_session_file_is_skipped_without_hanging(lite_home):
    kept = attempt("q1")
    name = sessions.session_name(lite_home / "progress.json", "20260101T0000-fifo")
    os.mkfifo(lite_home / name)  # opening it to read would wait for a writer for ever
    (lite_home / sessions.session_name(lite_home / "progress.json", "20260101T0000-dir")).mkdir()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert [r["id"] for r in progress.records()] == [kept["id"]]
        assert attempt("q2")["exercise"] == "q2"
    said = " ".join(str(w.message) for w in caught)
    assert "a FIFO (named pipe), not a regular file" in said and "a folder, not a regular" in said
    assert {w.category for w in caught} == {progress.ProgressWarning}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.sampled_from(["save", "reflect", "reload", "tab2"]), max_size=20))
def test_any_mix_of_saves_reloads_and_a_second_tab_keeps_every_record_in_time_order(
    lite_home, steps
):
    for f in lite_home.glob("*"):
        f.unlink()
    reload()
    expected: set[str] = set()
    tab2 = lite_home / sessions.session_name(lite_home / "progress.json", "29991231T0000-tab2")
    for i, step in enumerate(steps):
        if step == "save":
            expected.add(attempt(f"q{i % 3}", score=float(i % 2))["id"])
        elif step == "reflect":
            expected.add(reflect(f"r{i}")["id"])
        elif step == "reload":
            reload()
        else:  # another tab's kernel appends to its own file
            line = dict(
                id=f"tab2-{i}",
                time=progress.store.now(),
                event="attempt",
                set="s",
                exercise="q9",
                score=1.0,
                mechanisms=["liminality"],
            )
            with tab2.open("ab") as fh:
                fh.write((json.dumps(line) + "\n").encode())
            expected.add(line["id"])
        got = progress.records()
        assert {r["id"] for r in got} == expected
        times = [r["time"] for r in got]
        assert times == sorted(times)
    assert not list(lite_home.glob("*.lock"))


def test_without_the_browser_storage_nothing_is_saved_and_the_learner_is_told(
    tmp_path, monkeypatch
):
    """JupyterLite 0.8 can start a kernel without ``/drive`` (its service worker was being
    registered again on a site's first reload): a save then must not make ``/drive`` in the
    kernel's memory and say "Saved" while the answer is lost at the next reload. It is refused
    with one plain sentence, the option order falls back to the class order without making the
    folder, and once the storage is there saving works again."""
    import sys

    from peerlearn.progress import files
    from peerlearn.widgets._exercise_progress import option_seed

    drive = tmp_path / "drive"  # not there: this tab has no storage
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(files, "DRIVE", str(drive))
    monkeypatch.delenv(files.ENV, raising=False)
    store.forget()
    assert progress.default_path() == drive / "peerlearn" / "progress.json"
    with pytest.raises(files.ProgressSaveError) as e:
        progress.record("attempt", set_id="00", exercise_id="q1", score=1.0)
    assert files.learner_message(e.value) == files.NO_STORAGE_MESSAGE
    assert "Reload the page" in files.learner_message(e.value)
    assert option_seed() == ""
    assert not drive.exists()
    drive.mkdir()  # the storage is back (after a reload)
    store.forget()
    progress.record("attempt", set_id="00", exercise_id="q1", score=1.0)
    assert [r["exercise"] for r in progress.records()] == ["q1"]
    assert option_seed() != ""
