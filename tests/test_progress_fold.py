"""Folding idle session journals (JupyterLite's lock-free record): many files become one, and
nothing is lost, doubled or reordered — with a writer appending meanwhile, two folders at once,
a failed write, torn lines.

CPython in the lock-free mode (``PEERLEARN_TEST_LOCK_FREE=1``), as tests/test_progress_lite.py.
:data:`fold.FOLD_IDLE` is 0 here unless a test says otherwise (every other session is idle).
"""

from __future__ import annotations

import asyncio
import errno
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
from peerlearn.progress import alive, fold, sessions, store


@pytest.fixture(autouse=True)
def lite_home(tmp_path, monkeypatch):
    home = tmp_path / "drive" / "peerlearn"
    use_home(monkeypatch, home)
    monkeypatch.setenv(sessions.TEST_ENV, "1")
    monkeypatch.setattr(sessions, "RESCAN_AFTER", 0.0)
    monkeypatch.setattr(fold, "FOLD_IDLE", 0.0)
    sessions.new_session()
    store.forget()
    yield home
    store.forget()


def reload() -> None:
    sessions.new_session()
    store.forget()


def attempt(exercise="q1", score=1.0, path=None):
    return progress.record(
        "attempt",
        set_id="s",
        exercise_id=exercise,
        answer="x",
        score=score,
        mechanisms=["love-labour"],
        path=path,
    )


def journals(home: Path) -> list[str]:
    return sorted(p.name for p in home.glob("progress.journal.session-*.jsonl"))


def ids(path=None) -> list[str]:
    return [r["id"] for r in progress.records(path)]


def sessions_of(n: int, per: int = 3) -> list[str]:
    """``n`` earlier kernel sessions of ``per`` answers each; then a new session (no file yet)."""
    made = []
    for s in range(n):
        reload()
        made += [attempt(f"q{(s + i) % 5}", float((s + i) % 2))["id"] for i in range(per)]
    reload()
    return made


def test_a_fold_leaves_one_file_plus_this_session_s_and_the_record_as_it_was(lite_home):
    made = sessions_of(12)
    own = attempt("q9")["id"]  # this session's own file: never folded
    before = progress.records()
    far = "2100-01-01T00:00:00+00:00"  # every card due: the whole schedule compared
    due_before = progress.due(now=far)
    assert len(due_before) == 6
    assert len(journals(lite_home)) == 13
    done = store.fold_sessions(lite_home / "progress.json")
    assert done is not None and len(done.gone) == 12 and not done.kept
    names = journals(lite_home)
    assert (
        len(names) == 2
        and done.output in names
        and sessions.session_name(lite_home / "progress.json") in names
    )
    assert progress.records() == before  # this process: same records, same order
    reload()  # a new kernel reads the folder: 2 files, the same record
    assert progress.records() == before
    assert ids() == [*made, own]
    assert progress.due(now=far) == due_before
    folded = (lite_home / done.output).read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in folded] == made  # each record once, in order


def test_a_fold_takes_an_earlier_fold_s_file_so_the_folder_stays_small(lite_home):
    first = sessions_of(10)
    store.fold_sessions(lite_home / "progress.json")
    second = sessions_of(9)
    done = store.fold_sessions(lite_home / "progress.json")  # 9 new + the earlier fold's file
    assert done is not None and done.output
    assert journals(lite_home) == [done.output]
    assert ids() == first + second


def test_it_folds_only_when_it_pays_and_only_idle_files(lite_home, monkeypatch):
    path = lite_home / "progress.json"
    sessions_of(fold.FOLD_AT - 1)
    assert store.fold_sessions(path) is None  # too few to be worth the requests
    sessions_of(3)
    monkeypatch.setattr(fold, "FOLD_IDLE", 3600.0)
    assert store.fold_sessions(path) is None  # written just now: not idle for an hour
    cursors = {n: sessions.Cursor() for n in journals(lite_home)}
    for n, c in cursors.items():
        sessions.read_session(lite_home / n, c)
    import datetime as dt

    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    assert fold.plan(path, cursors, own="") == []
    assert fold.plan(path, cursors, own="", now=later) == sorted(cursors)
    own = journals(lite_home)[0]
    assert own not in fold.plan(path, cursors, own=own, now=later)


def test_a_file_with_a_record_tied_in_time_with_a_file_left_out_is_left_out(lite_home):
    path = lite_home / "progress.json"
    lite_home.mkdir(parents=True)
    tie = "2026-01-01T00:00:00.000000+00:00"
    names = []
    for i in range(13):  # file 12 plays this session's own; files 3 and 12 share a time
        t = tie if i in (3, 12) else f"2025-12-{i + 10:02d}T00:00:00.000000+00:00"
        recs = [{"id": f"r{i}", "event": "attempt", "time": t}]
        recs.append({"id": f"r{i}b", "event": "attempt", "time": t[:10] + "T01" + t[13:]})
        names.append(sessions.session_name(path, f"20260101T0000{i:02d}-0000ab{i:02d}"))
        lines = "".join(json.dumps(r) + "\n" for r in recs)
        (lite_home / names[-1]).write_text(lines, "utf-8")
    cursors = {n: sessions.Cursor() for n in names}
    for n, c in cursors.items():
        sessions.read_session(lite_home / n, c)
    chosen = fold.plan(path, cursors, own=names[12])
    assert chosen == sorted(set(names) - {names[3], names[12]})
    before = ids()
    *_, done = fold.steps(path, chosen)
    assert done is not None and done.output
    reload()
    assert ids() == before


def test_an_append_after_the_rename_and_a_write_back_of_an_earlier_fetch_lose_nothing(lite_home):
    path = lite_home / "progress.json"
    made = sessions_of(12)
    names = store.fold_plan(path)
    victim, fetched_late = names[0], names[1]
    early_fetch = (lite_home / fetched_late).read_bytes()  # a tab's DriveFS open: whole file
    work = fold.steps(path, names)
    next(work)  # the first file is claimed (renamed) and read
    next(work)  # and the second
    assert not (lite_home / victim).exists()
    # that tab appends now: O_APPEND|O_CREAT makes its file again, with the new line only
    late = {"id": "late-1", "event": "attempt", "set": "s", "exercise": "q1", "time": "9999"}
    sessions.append_line(lite_home / victim, (json.dumps(late) + "\n").encode())
    # another tab had fetched its file before the rename and writes it back (whole) after
    back = {"id": "late-2", "event": "attempt", "set": "s", "exercise": "q2", "time": "9999-1"}
    (lite_home / fetched_late).write_bytes(early_fetch + (json.dumps(back) + "\n").encode())
    for _ in work:
        pass
    reload()
    got = ids()
    assert got == [*made, "late-1", "late-2"]  # nothing lost, nothing doubled


def test_a_writer_holding_its_file_open_across_the_rename_writes_again_under_its_name(
    lite_home, monkeypatch
):
    """On a disk the fold may rename (claim) a file between a writer's open and its write: the
    write lands in the claimed file, which the fold may already have read. append_line notices
    the name no longer leads to its file and writes the line again under the name."""
    file = lite_home / "progress.journal.session-20260101T000000-0000abcd.jsonl"
    file.parent.mkdir(parents=True)
    file.write_bytes(b'{"id": "a"}\n')
    claimed = file.with_name(file.name.replace(".jsonl", "-folding-x.jsonl"))
    real = sessions.write_all
    calls = []

    def rename_then_write(fd, data):
        if not calls:
            os.rename(file, claimed)  # the fold claims the file while it is open here
        calls.append(data)
        real(fd, data)

    monkeypatch.setattr(sessions, "write_all", rename_then_write)
    sessions.append_line(file, b'{"id": "b"}\n')
    assert file.read_bytes() == b'{"id": "b"}\n'  # under its name, for the next fold or reader
    assert claimed.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    assert len(calls) == 2


def unseen(monkeypatch) -> None:
    """No session answers the fold's question (:mod:`.alive`): as a tab the browser froze, or one
    whose files the question cannot see; the idle rule alone decides (and the writer races)."""
    monkeypatch.setattr(alive, "ask", lambda sids, own: alive.Question((), own))


def _write_loop(args: tuple[str, int]) -> list[str]:
    path, n = args
    reload()
    return [attempt(f"w{i % 7}", float(i % 2), path=path)["id"] for i in range(n)]


def _fold_loop(args: tuple[str, int]) -> int:
    path, rounds = args
    done = 0
    for _ in range(rounds):
        reload()
        done += store.fold_sessions(Path(path)) is not None
    return done


def test_a_real_writer_appending_while_folds_run_loses_nothing(lite_home, monkeypatch):
    unseen(monkeypatch)  # a live writer is never folded: this is the writer the question missed
    monkeypatch.setattr(fold, "FOLD_AT", 1)  # fold whatever there is, over and over
    path = str(lite_home / "progress.json")
    made = sessions_of(4)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        writer = pool.map_async(_write_loop, [(path, 150)])
        folds = pool.map_async(_fold_loop, [(path, 40)])
        written, folded = writer.get(120)[0], folds.get(120)[0]
    assert folded > 0
    reload()
    got = ids(path)
    assert sorted(got) == sorted([*made, *written])  # every record once
    assert len(got) == len(set(got))
    assert [i for i in got if i in set(written)] == written  # a session's records in order


def test_two_folders_at_once_lose_nothing(lite_home, monkeypatch):
    unseen(monkeypatch)  # (the test's own process wrote every file: alive to the folders)
    monkeypatch.setattr(fold, "FOLD_AT", 1)
    path = str(lite_home / "progress.json")
    made = sessions_of(30, per=2)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        pool.map(_fold_loop, [(path, 3), (path, 3)])
    reload()
    assert ids(path) == made
    assert len(journals(lite_home)) <= 3


def test_two_folders_interleaved_step_by_step_lose_nothing(lite_home):
    path = lite_home / "progress.json"
    made = sessions_of(14)
    names = store.fold_plan(path)
    first = fold.steps(path, names)
    for _ in range(7):  # the first folder claims and reads half, then stalls
        next(first)
    reload()  # another tab, another session: folds everything it sees, the claimed files too
    second = store.fold_sessions(path)
    assert second is not None and second.output
    *_, last = first  # the first folder wakes: its files are gone or taken; it folds what it read
    assert last is not None
    reload()
    assert ids() == made


def test_a_failed_write_leaves_every_record_readable_and_says_nothing(lite_home, monkeypatch):
    path = lite_home / "progress.json"
    made = sessions_of(11)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    real = fold.write_all
    monkeypatch.setattr(fold, "write_all", full)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing for the learner
        done = store.fold_sessions(path)
    assert done is not None and not done.output and len(done.kept) == 11
    assert not [n for n in journals(lite_home) if n.endswith("-folded.jsonl")]
    assert ids() == made  # this process
    reload()
    assert ids() == made  # a new kernel: the claimed files are read
    monkeypatch.setattr(fold, "write_all", real)
    done = store.fold_sessions(path)  # the next fold takes the claimed files
    assert done is not None and done.output and journals(lite_home) == [done.output]
    reload()
    assert ids() == made


def test_a_folder_that_cannot_be_renamed_in_is_left_as_it_was(lite_home, monkeypatch):
    path = lite_home / "progress.json"
    made = sessions_of(11)
    before = journals(lite_home)

    def read_only(src, dst):
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "rename", read_only)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.fold_sessions(path) is None
    assert journals(lite_home) == before
    reload()
    assert ids() == made


def test_a_torn_last_line_is_never_folded_away(lite_home):
    path = lite_home / "progress.json"
    made = sessions_of(11)
    torn_file = lite_home / journals(lite_home)[0]
    with open(torn_file, "ab") as fh:
        fh.write(b'{"id": "torn", "ev')  # a writer killed mid-append
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        done = store.fold_sessions(path)
    assert done is not None and done.output
    assert torn_file.exists() and torn_file.read_bytes().endswith(b'{"id": "torn", "ev')
    assert sorted(journals(lite_home)) == sorted([done.output, torn_file.name])
    reload()
    assert sorted(ids()) == sorted(made)


def test_a_line_torn_after_the_plan_stays_in_its_claimed_file(lite_home):
    path = lite_home / "progress.json"
    sessions_of(11)
    names = store.fold_plan(path)
    with open(lite_home / names[0], "ab") as fh:
        fh.write(b'{"id": "half')  # torn between the plan and the claim
    *_, done = fold.steps(path, names)
    assert done is not None and done.output and len(done.kept) == 1
    (kept,) = done.kept
    assert (lite_home / kept).read_bytes().endswith(b'{"id": "half')


def test_a_read_in_the_kernel_folds_after_the_cell_and_a_save_never_waits(lite_home):
    path = lite_home / "progress.json"
    made = sessions_of(12)

    async def kernel() -> tuple[int, int, list[str]]:
        mine = attempt("q1")["id"]  # the save reads the folder, finds 12 idle files, plans
        during = len(journals(lite_home))  # ... but folds only after the cell
        for _ in range(200):
            await asyncio.sleep(0)
            if len(journals(lite_home)) == 2:
                break
        return during, len(journals(lite_home)), [*made, mine]

    during, after, expected = asyncio.run(kernel())
    assert (during, after) == (13, 2)
    assert ids(path) == expected
    reload()
    assert ids(path) == expected


def test_every_read_between_a_fold_s_steps_gives_the_same_record(lite_home):
    """In the kernel a cell may run between two steps of a fold (and other tabs read any time):
    each read, of this kernel or of a new one, sees the same records in the same order."""
    path = lite_home / "progress.json"
    sessions_of(12)
    attempt("q9")
    before = progress.records()
    steps = 0
    for _ in fold.steps(path, store.fold_plan(path)):
        assert progress.records() == before  # this kernel, looking at the folder again
        steps += 1
    assert steps == 12 + 12 + 1  # a claim a step, a delete a step, then the result
    sessions_of(10)
    before = progress.records()
    for _ in fold.steps(path, store.fold_plan(path)):
        reload()  # a new kernel (a reload, another notebook) reading mid-fold
        assert progress.records() == before
    assert len(journals(lite_home)) == 1


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.sampled_from(["save", "save", "reload", "tab2", "fold", "half-fold"]), max_size=25
    )
)
def test_any_mix_of_saves_reloads_a_second_tab_and_folds_keeps_the_record(
    lite_home, monkeypatch, steps
):
    """Folds at any point (whole, or stopped half-way as a closed tab would leave them) among
    saves, reloads and another tab's appends: every read is the record as it would be without
    them, every record once, in time order."""
    monkeypatch.setattr(fold, "FOLD_AT", 1)
    for f in lite_home.glob("*"):
        f.unlink()
    reload()
    path = lite_home / "progress.json"
    expected: list[str] = []
    tab2 = lite_home / sessions.session_name(path, "29991231T000000-0000ab02")
    for i, step in enumerate(steps):
        before = progress.records()
        if step == "save":
            expected.append(attempt(f"q{i % 3}", score=float(i % 2))["id"])
        elif step == "reload":
            reload()
        elif step == "tab2":  # another tab's kernel appends to its own file
            line = {"id": f"tab2-{i}", "time": progress.store.now(), "event": "attempt"}
            with tab2.open("ab") as fh:
                fh.write((json.dumps(line) + "\n").encode())
            expected.append(line["id"])
        elif step == "fold":
            store.fold_sessions(path)
            assert progress.records() == before
        else:  # claims about half of the files, then the tab is closed
            names = store.fold_plan(path)
            work = fold.steps(path, names)
            for _ in range((len(names) + 1) // 2):
                next(work)
            assert progress.records() == before
        got = progress.records()
        assert [r["id"] for r in got] == expected
    reload()
    assert ids() == expected


def on_disk(home: Path) -> set[str]:
    """Every record id in the session files, as a new kernel would find them."""
    return {
        json.loads(line)["id"]
        for name in journals(home)
        for line in (home / name).read_text("utf-8").splitlines()
        if line.strip()
    }


def test_a_save_inside_a_non_atomic_rename_is_written_again_at_the_next_save(
    lite_home, monkeypatch
):
    """JupyterLite's contents service renames in three steps (get, save under the new name,
    remove the old): a tab's write-back landing between the first and the last is removed with
    the old name. That tab's next save finds its file shorter than what it wrote while a fold's
    files are there, and writes its earlier records again: the lost one is back."""
    path = lite_home / "progress.json"
    first = [attempt("q1")["id"], attempt("q2")["id"]]
    own = sessions.session_name(path)
    real_rename, lost = os.rename, []

    def three_steps(src, dst):
        data = Path(src).read_bytes()  # get
        lost.append(attempt("q3")["id"])  # this tab's save lands now
        Path(dst).write_bytes(data)  # save under the new name
        os.unlink(src)  # remove the old name: the save goes with it

    monkeypatch.setattr(os, "rename", three_steps)
    done = fold.finish(fold.steps(path, [own]))  # another tab folds this tab's idle file
    monkeypatch.setattr(os, "rename", real_rename)
    assert done is not None and done.output
    assert lost[0] not in on_disk(lite_home)  # the race, as JupyterLite's storage would do it
    later = attempt("q4")["id"]
    assert on_disk(lite_home) == {*first, *lost, later}
    reload()
    assert sorted(ids()) == sorted([*first, *lost, later])


def test_a_learner_s_deleted_files_are_not_written_again(lite_home):
    """Only a fold's files make a shorter file count as taken: files the learner deleted stay
    deleted (this kernel's next save writes its new record only)."""
    attempt("q1")
    attempt("q2")
    for f in lite_home.iterdir():
        f.unlink()
    new = attempt("q3")["id"]
    assert on_disk(lite_home) == {new}


# -- only sessions that are gone (alive.py): in CPython a session id carries its pid -----------
def _live_writer(path: str, ready, stop) -> None:
    reload()
    attempt("live", path=path)
    ready.set()
    stop.wait(60)
    attempt("live-after", path=path)  # a save after the others' fold: kept


def test_a_live_session_s_file_is_not_folded_until_its_process_has_ended(lite_home, monkeypatch):
    path = lite_home / "progress.json"
    made = sessions_of(12)  # earlier sessions of this process: gone (not its current one)
    ctx = multiprocessing.get_context("fork")
    ready, stop = ctx.Event(), ctx.Event()
    child = ctx.Process(target=_live_writer, args=(str(path), ready, stop))
    child.start()
    try:
        assert ready.wait(60)
        live = next(n for n in journals(lite_home) if n.endswith(f"-p{child.pid}.jsonl"))
        store.forget()
        assert live in store.fold_plan(path)  # idle by the rule (FOLD_IDLE is 0 here) ...
        done = store.fold_sessions(path)
        assert done is not None and done.output and len(done.gone) == 12
        assert live not in done.gone and live in journals(lite_home)  # ... but alive: not claimed
        assert not any("-folding-" in n for n in journals(lite_home))
    finally:
        stop.set()
        child.join(60)
    assert child.exitcode == 0
    monkeypatch.setattr(fold, "FOLD_AT", 1)
    reload()
    got = ids(path)
    assert got[: len(made)] == made and len(got) == len(made) + 2
    done = store.fold_sessions(path)  # its process has ended: now it is folded
    assert done is not None and live in done.gone
    reload()
    assert ids(path) == got


def test_a_session_id_names_its_process_and_its_claim_is_seen_as_a_fold_s(lite_home):
    sid = sessions.session_id()
    assert sid.endswith(f"-p{os.getpid()}")
    path = lite_home / "progress.json"
    name = sessions.session_name(path, f"20200101T000000-0a1b2c3d-p1-folding-{sid}")
    assert fold.by_a_fold(path, name) and fold.writer(path, name) is None
    assert fold.writer(path, sessions.session_name(path)) == sid
    question = alive.ask([sid, f"20200101T000000-0a1b2c3d-p{os.getpid()}"], own=sid)
    assert question.answered() and question.alive() == {sid}  # an earlier session: gone


class _Slow(alive.Question):
    """The browser's answer comes after ``polls`` looks (``None``: never)."""

    def __init__(self, sids, own, polls, live=()):
        super().__init__((), own)
        self.left, self.live = polls, set(live)

    def answered(self):
        if self.left is None:
            return False
        self.left -= 1
        return self.left < 0

    def alive(self):
        return None if self.left is None else self.live


def test_with_no_answer_in_time_nothing_is_folded_and_a_later_read_plans_again(
    lite_home, monkeypatch
):
    path = lite_home / "progress.json"
    made = sessions_of(12)
    monkeypatch.setattr(alive, "ask", lambda sids, own: _Slow(sids, own, None))
    waits = []
    monkeypatch.setattr(fold.time, "sleep", waits.append)  # fold.finish sleeps while it waits
    assert store.fold_sessions(path) is None
    assert waits and set(waits) == {alive.POLL}  # it waited, then gave up
    assert len(journals(lite_home)) == 12 and not any("-folding-" in n for n in journals(lite_home))
    monkeypatch.setattr(alive, "ask", lambda sids, own: _Slow(sids, own, 0))
    done = store.fold_sessions(path)  # the next time the answer comes: folded
    assert done is not None and len(done.gone) == 12
    assert ids(path) == made


def test_the_kernel_waits_for_the_answer_on_its_event_loop_and_folds_only_the_dead(
    lite_home, monkeypatch
):
    path = lite_home / "progress.json"
    made = sessions_of(13)
    first = journals(lite_home)[0]
    live = {fold.writer(path, first)}  # as if that tab had answered
    monkeypatch.setattr(alive, "ask", lambda sids, own: _Slow(sids, own, 5, live & set(sids)))

    async def kernel() -> tuple[int, int]:
        mine = attempt("q1")["id"]  # the save reads the folder and plans; the fold waits, then
        during = len(journals(lite_home))  # runs after the cell
        for _ in range(400):
            await asyncio.sleep(alive.POLL)
            if len(journals(lite_home)) == 3:
                break
        made.append(mine)
        return during, len(journals(lite_home))

    assert asyncio.run(kernel()) == (14, 3)  # the live tab's file, this session's, the fold's
    assert first in journals(lite_home)
    assert ids(path) == made
