"""The progress journal: flat-cost appends that lose nothing (kill -9, concurrency, full disk),
hostile and broken files moved aside and reported, read-only folders readable, old files migrated.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import progress
from peerlearn.progress import files, store

REPO = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


def attempt(exercise="q1", score=1.0, path=None, **kw):
    kw.setdefault("mechanisms", ["love-labour"])
    return progress.record(
        "attempt", set_id="s", exercise_id=exercise, answer="x", score=score, path=path, **kw
    )


def journal(home: Path) -> Path:
    return home / "progress.journal.jsonl"


def v1_file(path: Path, n: int = 3) -> bytes:
    """A progress file as peerlearn wrote it before the journal (schema version 1)."""
    recs = [
        {
            "id": f"old{i}",
            "time": f"2026-01-0{i + 1}T10:00:00.000000+00:00",
            "event": "attempt",
            "set": "s",
            "exercise": f"q{i}",
            "kind": "multiple_choice",
            "answer": "Love labour",
            "score": float(i % 2),
            "mechanisms": ["love-labour", "liminality"],
            "by_mechanism": {"love-labour": float(i % 2)},
            "revealed": False,
        }
        for i in range(n)
    ]
    recs.append(
        {
            "id": "old-r",
            "time": "2026-01-05T10:00:00.000000+00:00",
            "event": "reflection",
            "set": "s",
            "exercise": "r1",
            "kind": "reflection",
            "answer": "What I noticed ...",
            "score": None,
            "mechanisms": [],
            "by_mechanism": {},
            "revealed": False,
        }
    )
    doc = {"format": "peerlearn-progress", "schema_version": 1, "learner": None, "records": recs}
    data = json.dumps(doc, indent=1).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


# -- flat cost, structurally (no timing) ----------------------------------------------------------
def test_an_attempt_appends_one_line_and_does_not_reread_the_snapshot(progress_home, monkeypatch):
    for i in range(50):
        attempt(f"q{i}")
    lines_before = journal(progress_home).read_bytes().count(b"\n")

    def no_rereading(*a, **k):
        raise AssertionError("the snapshot was read again")

    monkeypatch.setattr(store, "read_regular", no_rereading)
    attempt("q-next")
    assert journal(progress_home).read_bytes().count(b"\n") == lines_before + 1
    assert progress.last("q-next", "s")["exercise"] == "q-next"


def test_compaction_keeps_every_record_and_drops_duplicates(progress_home, monkeypatch):
    monkeypatch.setattr(store, "COMPACT_MIN_BYTES", 2000)
    recs = [attempt(f"q{i}") for i in range(40)]
    snapshot = json.loads((progress_home / "progress.json").read_text("utf-8"))
    assert snapshot["records"]  # compacted at least once
    # compacted when the journal is as big as the snapshot: amortised, a constant cost per record
    snap_size = (progress_home / "progress.json").stat().st_size
    assert journal(progress_home).stat().st_size < max(2000, snap_size)
    assert [r["id"] for r in progress.records()] == [r["id"] for r in recs]
    # a crash between writing the snapshot and emptying the journal leaves duplicates
    with journal(progress_home).open("ab") as fh:
        fh.write((json.dumps(snapshot["records"][0]) + "\n").encode())
    store.forget()
    assert [r["id"] for r in progress.records()] == [r["id"] for r in recs]


# -- kill -9 and concurrent writers ---------------------------------------------------------------
CHILD = textwrap.dedent(
    """
    import sys
    from peerlearn.progress import record, store
    store.COMPACT_MIN_BYTES = 3000  # compact often, so kills land inside compactions too
    path, tag = sys.argv[1], sys.argv[2]
    i = 0
    while True:
        rec = record("attempt", set_id="k", exercise_id=f"{tag}-{i}", answer="x" * 200,
                     score=1.0, mechanisms=["liminality"], path=path)
        print(rec["id"], flush=True)
        i += 1
    """
)


def test_kill_minus_9_loses_no_acknowledged_record(tmp_path):
    path = tmp_path / "k" / "progress.json"
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    acknowledged: list[str] = []
    for k in range(8):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), f"run{k}"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert child.stdout is not None
        for _ in range(15 + 7 * k):  # let it write a while, then kill it wherever it is
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        acknowledged.extend(x.strip() for x in child.stdout.read().splitlines() if x.strip())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", progress.ProgressWarning)  # torn tails are reported
        attempt("after", path=path)  # the next write repairs and cleans up
        ids = {r["id"] for r in progress.records(path)}
    assert acknowledged and set(acknowledged) <= ids
    assert not list(path.parent.glob(".progress.json.*.tmp"))


def _append_many(args: tuple[str, int, int]) -> int:
    path, worker, n = args
    store.COMPACT_MIN_BYTES = 1500  # writers compact while others append
    for i in range(n):
        progress.record(
            "attempt", set_id="race", exercise_id=f"w{worker}-{i}", score=1.0, path=path
        )
    return n


def test_concurrent_writers_across_compactions_lose_nothing(tmp_path):
    path = str(tmp_path / "shared" / "progress.json")
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(4) as pool:
        assert sum(pool.map(_append_many, [(path, w, 25) for w in range(4)])) == 100
    recs = progress.records(path)
    assert sorted(r["exercise"] for r in recs) == sorted(
        f"w{w}-{i}" for w in range(4) for i in range(25)
    )
    assert json.loads(Path(path).read_text("utf-8"))["records"]  # compactions happened


# -- a full disk ----------------------------------------------------------------------------------
def test_full_disk_during_compaction_keeps_everything(progress_home, monkeypatch):
    monkeypatch.setattr(store, "COMPACT_MIN_BYTES", 1500)
    attempt("q0")
    real_replace = os.replace

    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.warns(progress.ProgressWarning, match="could not compact .*nothing was lost"):
        for i in range(1, 15):
            attempt(f"q{i}")
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert [r["exercise"] for r in progress.records()] == [f"q{i}" for i in range(15)]
    assert not list(progress_home.glob(".progress.json.*.tmp"))
    attempt("q15")  # compaction works again
    assert len(json.loads((progress_home / "progress.json").read_text())["records"]) == 16


# -- broken and hostile files ---------------------------------------------------------------------
def test_torn_last_line_is_moved_aside_and_reported(progress_home):
    attempt("q1")
    with journal(progress_home).open("ab") as fh:
        fh.write(b'{"id": "half-writ')
    assert [r["exercise"] for r in progress.records()] == ["q1"]  # a reader ignores it
    with pytest.warns(progress.ProgressWarning, match="unfinished by an interrupted write"):
        attempt("q2")
    (aside,) = progress_home.glob("progress.journal.torn-*.jsonl")
    assert aside.read_bytes() == b'{"id": "half-writ\n'
    assert [r["exercise"] for r in progress.records()] == ["q1", "q2"]


def test_unreadable_journal_line_is_kept_then_moved_aside(progress_home, monkeypatch):
    attempt("q1")
    with journal(progress_home).open("ab") as fh:
        fh.write(b"[[[not a record\n")
    store.forget()
    with pytest.warns(progress.ProgressWarning, match="line 2 could not be read"):
        assert [r["exercise"] for r in progress.records()] == ["q1"]
    monkeypatch.setattr(store, "COMPACT_MIN_BYTES", 1)
    with pytest.warns(progress.ProgressWarning, match="moved aside"):
        attempt("q2")
    (aside,) = progress_home.glob("progress.journal.corrupt-*.jsonl")
    assert aside.read_bytes() == b"[[[not a record\n"


def test_nan_and_infinity_scores_do_not_stop_later_records(progress_home):
    progress_home.mkdir(parents=True)
    (progress_home / "progress.json").write_text(
        '{"format": "peerlearn-progress", "schema_version": 2, "records": ['
        '{"id": "n", "time": "2026-01-01T00:00:00+00:00", "event": "attempt", "set": "s",'
        ' "exercise": "q0", "score": NaN, "mechanisms": ["love-labour"]},'
        '{"id": "i", "time": "2026-01-01T00:00:01+00:00", "event": "attempt", "set": "s",'
        ' "exercise": "q0", "score": Infinity, "mechanisms": ["love-labour"]}]}'
    )
    attempt("q1")
    with pytest.warns(progress.ProgressWarning, match="2 record"):
        assert progress.summary().loc["love-labour", "exercises"] == 1
    with progress.store.locked_doc(progress.default_path()):  # a full rewrite works too
        pass
    doc = json.loads((progress_home / "progress.json").read_text())  # standard JSON again
    assert [r["score"] for r in doc["records"]] == ["NaN", "Infinity", 1.0]  # kept, as text


def test_deeply_nested_file_is_moved_aside_and_reported(progress_home):
    progress_home.mkdir(parents=True)
    deep = b"[" * 100_000 + b"]" * 100_000
    (progress_home / "progress.json").write_bytes(deep)
    with pytest.warns(progress.ProgressWarning, match="nested too deeply.*moved aside"):
        attempt("q1")
    (aside,) = progress_home.glob("progress.corrupt-*.json")
    assert aside.read_bytes() == deep
    assert [r["exercise"] for r in progress.records()] == ["q1"]


def test_one_broken_file_does_not_abort_the_class_table(tmp_path):
    src = tmp_path / "ana-live.json"
    attempt("q1", path=src)
    folder = tmp_path / "hand-in"
    progress.export(folder / "ana.json", learner="Ana", source=src)
    (folder / "deep.json").write_bytes(b'{"records": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    (folder / "nan.json").write_bytes(b"NaN")
    os.mkfifo(folder / "fifo.json")
    with pytest.raises(progress.ProgressFileError, match="nested too deeply"):
        progress.read_file(folder / "deep.json")
    with pytest.raises(OSError, match="FIFO"):
        progress.read_file(folder / "fifo.json")
    with pytest.warns(progress.ProgressWarning) as caught:
        table = progress.combine(folder)
    assert list(table.index) == ["Ana"]
    said = " ".join(str(w.message) for w in caught)
    assert "deep.json" in said and "fifo.json" in said and "nan.json" in said


def test_orphaned_temporary_files_are_removed_on_the_next_write(progress_home):
    attempt("q1")
    orphans = [progress_home / f".progress.json.{n}.tmp" for n in ("a1b2", "zz")]
    for o in orphans:
        o.write_bytes(b"x" * 1000)
    keep = progress_home / ".other.json.a1.tmp"  # not ours: left alone
    keep.write_bytes(b"y")
    attempt("q2")
    assert not any(o.exists() for o in orphans) and keep.exists()


def test_lone_surrogate_answer_is_kept(progress_home, monkeypatch):
    monkeypatch.setattr(store, "COMPACT_MIN_BYTES", 1)
    progress.record("reflection", set_id="s", exercise_id="r", answer="half \ud83d a pair")
    attempt("q2")  # compacts
    store.forget()
    assert progress.records()[0]["answer"] == "half \ud83d a pair"


# -- where ----------------------------------------------------------------------------------------
def test_home_that_is_a_file_is_refused_clearly(tmp_path, monkeypatch):
    f = tmp_path / "notes.txt"
    f.write_text("mine")
    monkeypatch.setenv("PEERLEARN_HOME", str(f))
    with pytest.raises(progress.ProgressHomeError, match=r"PEERLEARN_HOME=.*notes\.txt.*a file"):
        attempt("q1")
    with pytest.raises(NotADirectoryError):  # an OSError, as a widget catches
        progress.records()
    assert f.read_text() == "mine"


def test_relative_home_is_resolved_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PEERLEARN_HOME", "rel-home-for-test")
    first = progress.home()
    assert first == tmp_path / "rel-home-for-test"
    attempt("q1")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert progress.home() == first
    attempt("q2")
    assert [r["exercise"] for r in progress.records()] == ["q1", "q2"]
    assert not (elsewhere / "rel-home-for-test").exists()


READER = textwrap.dedent(
    """
    import sys, warnings
    warnings.simplefilter("error")
    from peerlearn import progress
    path = sys.argv[1]
    recs = progress.records(path)
    last = progress.last("q1", "s", path=path)
    try:
        progress.record("attempt", set_id="s", exercise_id="q9", score=1.0, path=path)
    except OSError as e:
        print("save refused:", type(e).__name__, e)
    print(len(recs), last["exercise"])
    """
)


def test_read_only_folder_can_be_read(tmp_path):
    folder = tmp_path / "ro"
    path = folder / "progress.json"
    attempt("q1", path=path)
    attempt("q2", path=path)
    (folder / "progress.json.lock").unlink()
    script = tmp_path / "reader.py"
    script.write_text(READER)
    run = [sys.executable, str(script), str(path)]
    if os.geteuid() == 0:  # root ignores permissions: a read-only bind mount instead
        if not shutil.which("unshare"):
            pytest.skip("needs unshare (util-linux) to make a read-only folder as root")
        mount = f"mount --bind -o ro {folder} {folder} && exec {' '.join(run)}"
        run = ["unshare", "-rm", "sh", "-c", mount]
    else:
        folder.chmod(0o555)
    try:
        out = subprocess.run(run, capture_output=True, text=True, cwd=REPO, timeout=120)
    finally:
        folder.chmod(0o755)
    assert out.returncode == 0, out.stderr
    assert "save refused: ProgressSaveError" in out.stdout and str(folder) in out.stdout
    assert out.stdout.strip().endswith("2 q1")
    assert not (folder / "progress.json.lock").exists()


# -- old files ------------------------------------------------------------------------------------
def test_version_1_file_is_migrated_and_nothing_is_lost(progress_home):
    live = progress_home / "progress.json"
    original = v1_file(live)
    recs = progress.records()
    assert [r["id"] for r in recs] == ["old0", "old1", "old2", "old-r"]
    assert recs[0]["primary"] == "love-labour"
    assert live.read_bytes() == original  # reading changes nothing
    attempt("q-new")
    (backup,) = progress_home.glob("progress.v1-*.json")
    assert backup.read_bytes() == original
    doc = json.loads(live.read_text("utf-8"))
    assert doc["schema_version"] == 2
    assert [r["id"] for r in progress.records()][:4] == ["old0", "old1", "old2", "old-r"]
    assert progress.summary().loc["love-labour", "exercises"] == 4
    assert {d.exercise for d in progress.due(now="2027-01-01T00:00:00+00:00")} >= {
        "q0",
        "q1",
        "q2",
    }


def test_no_lock_or_file_is_made_by_reading(progress_home):
    assert progress.records() == [] and progress.last("q", "s") is None
    assert not progress_home.exists()


# -- JupyterLite ----------------------------------------------------------------------------------
def test_jupyterlite_home_is_the_browser_drive(monkeypatch):
    monkeypatch.delenv("PEERLEARN_HOME")
    monkeypatch.setattr(files.sys, "platform", "emscripten")
    assert progress.home() == Path("/drive/peerlearn")


def test_soft_lock_of_a_closed_tab_is_taken_over(progress_home, monkeypatch):
    """JupyterLite has only filelock's soft lock: a lock file outlives a closed tab."""
    import filelock

    monkeypatch.setattr(filelock, "FileLock", filelock.SoftFileLock)
    monkeypatch.setattr(files, "LOCK_TIMEOUT", 0.3)
    progress_home.mkdir(parents=True)
    lock = progress_home / "progress.json.lock"
    lock.write_text("")
    with pytest.raises(progress.ProgressSaveError, match=r"lock file .*progress\.json\.lock"):
        attempt("q1")  # a fresh soft lock: someone may be writing, so wait, then say so
    old = time.time() - files.STALE_SOFT_LOCK - 5
    os.utime(lock, (old, old))
    attempt("q2")  # a stale one: taken over
    assert [r["exercise"] for r in progress.records()] == ["q2"]


def test_a_fifo_or_folder_in_place_of_the_file_is_moved_aside(progress_home):
    progress_home.mkdir(parents=True)
    live = progress_home / "progress.json"
    os.mkfifo(live)
    with pytest.warns(progress.ProgressWarning, match="FIFO.*moved aside"):
        attempt("q1")  # does not hang, and the attempt is saved
    assert [r["exercise"] for r in progress.records()] == ["q1"]
    (aside,) = progress_home.glob("progress.corrupt-*.json")
    assert aside.is_fifo()


def test_a_fifo_in_place_of_the_journal_does_not_hang(progress_home):
    attempt("q1")
    journal(progress_home).unlink()
    os.mkfifo(journal(progress_home))
    store.forget()
    with pytest.raises(OSError, match="FIFO"):  # reading says what is wrong, at once
        progress.records()
    with pytest.warns(progress.ProgressWarning, match="FIFO.*moved aside"):
        attempt("q2")  # a write moves it aside and goes on
    assert [r["exercise"] for r in progress.records()] == ["q2"]


# -- any answer survives appending and compacting (hypothesis) ------------------------------------
ANSWERS = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),  # any text, lone surrogates included
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    answers=st.lists(ANSWERS, min_size=1, max_size=6), threshold=st.sampled_from([1, 400, 10**6])
)
def test_any_answer_round_trips_through_journal_and_snapshot(tmp_path, answers, threshold):
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "progress.json"  # one folder per example
    old = store.COMPACT_MIN_BYTES
    store.COMPACT_MIN_BYTES = threshold
    try:
        for i, a in enumerate(answers):
            progress.record("reflection", set_id="h", exercise_id=f"r{i}", answer=a, path=path)
    finally:
        store.COMPACT_MIN_BYTES = old
    store.forget()  # read back from disk, as a new process would
    assert [r["answer"] for r in progress.records(path)] == answers
