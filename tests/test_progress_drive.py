"""The progress record on JupyterLite's own drive: Pyodide in node, with the DriveFS code the
pyodide kernel mounts at ``/drive`` (taken from the installed extension) over an in-memory
contents service (tests/drive/harness.mjs). Checks what the browser's drive does differently
from a disk: every open file is fetched whole and written back whole on close, so the number
of drive requests per save is what a learner waits for.

Skipped when node, Pyodide (.classroom/node_modules/pyodide) or the pyodide-kernel extension
is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.lite  # (selected with the other JupyterLite tests)

REPO = Path(__file__).resolve().parents[1]
HARNESS = REPO / "tests" / "drive" / "harness.mjs"
PYODIDE = REPO / ".classroom" / "node_modules" / "pyodide"
LABEXT = (
    Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static"
)


def run_in_pyodide(script: str, tmp_path: Path, latency: float = 0, locks: bool = False) -> dict:
    """Run ``script`` in Pyodide with /drive mounted; it prints one JSON line at the end."""
    if not (shutil.which("node") and (PYODIDE / "pyodide.mjs").exists() and LABEXT.is_dir()):
        pytest.skip("node, Pyodide or the pyodide-kernel extension is not installed")
    file = tmp_path / "script.py"
    file.write_text(script, encoding="utf-8")
    env = dict(
        os.environ,
        LABEXT=str(LABEXT),
        PYODIDE=str(PYODIDE),
        SRC=str(REPO),
        SITE=sysconfig.get_paths()["purelib"],
        LATENCY=str(latency),
        LOCKS="1" if locks else "0",
    )
    env.pop("PEERLEARN_HOME", None)  # the kernel's default: /drive/peerlearn
    done = subprocess.run(
        ["node", str(HARNESS), str(file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


SESSION = """
import json, os, sys, warnings
import js
from peerlearn import progress
from peerlearn.progress import sessions, store

# the folder is looked at again after RESCAN_AFTER seconds: on a loaded machine eight saves can
# take longer than that, so the count per save is measured with the rescan held off
sessions.RESCAN_AFTER = float("inf")
out = {"platform": sys.platform, "lock_free": sessions.lock_free(), "home": str(progress.home())}
os.makedirs("/drive/peerlearn", exist_ok=True)
open("/drive/peerlearn/progress.json.lock", "w").close()  # what an older version left behind
kept, per_save = [], []
for i in range(8):  # a notebook's exercises, each answered once wrongly and once rightly
    before = js.drive_requests()
    kept.append(progress.record("attempt", set_id="00", exercise_id=f"q{i // 2}", answer=i % 2,
                                score=float(i % 2), mechanisms=["love-labour"]))
    per_save.append(js.drive_requests() - before)
kept.append(progress.record("reflection", set_id="00", exercise_id="r1", answer="Thoughts",
                            prompt="What did you notice?"))
before = js.drive_requests()
for i in range(10):  # ten widgets showing their last answers
    progress.last(f"q{i}", "00")
out["requests_for_ten_last"] = js.drive_requests() - before
out["per_save"] = per_save
store.forget(); sessions.new_session()  # a page reload: a new kernel
out["after_reload"] = [r["id"] for r in progress.records()] == [r["id"] for r in kept]
kept.append(progress.record("attempt", set_id="01", exercise_id="x", score=1.0,
                            mechanisms=["liminality"]))
store.forget(); sessions.new_session()
out["after_second_reload"] = [r["id"] for r in progress.records()] == [r["id"] for r in kept]
out["files"] = json.loads(js.drive_files())
out["counts"] = json.loads(js.drive_counts())
print(json.dumps(out))
"""


def test_a_whole_session_on_jupyterlite_s_drive(tmp_path):
    out = run_in_pyodide(SESSION, tmp_path)
    assert (out["platform"], out["lock_free"], out["home"]) == (
        "emscripten",
        True,
        "/drive/peerlearn",
    )
    assert out["after_reload"] and out["after_second_reload"]
    # after the first save of a session (which also looks at the folder and removes the stale
    # lock), a save is one fetch and one write-back of the session's own file
    assert out["per_save"][1:] == [2] * 7, out["per_save"]
    assert out["requests_for_ten_last"] == 0  # read once, then from memory
    names = [Path(f).name for f in out["files"]]
    assert not [n for n in names if n.endswith(".lock") or "probe" in n], names
    assert len([n for n in names if n.startswith("progress.journal.session-")]) == 2
    # reading never writes a file back (DriveFS writes back a file opened with O_NONBLOCK):
    # one write per save (8 attempts, a reflection, one after the reload), none for the reads,
    # and the stale lock file this script made
    assert out["counts"]["put"] == len(out["per_save"]) + 2 + 1, out["counts"]


FOLD = """
import asyncio, json, warnings
import js
from peerlearn import progress
from peerlearn.progress import fold, sessions, store

fold.FOLD_IDLE = 0.0  # every earlier session counts as idle (the hour is not waited for)
sessions.RESCAN_AFTER = float("inf")
out = {}
kept = []
for s in range(12):  # twelve earlier kernels (reloads), three answers each
    store.forget(); sessions.new_session()
    for i in range(3):
        kept.append(progress.record("attempt", set_id="00", exercise_id=f"q{(s + i) % 4}",
                                    answer=i, score=float(i % 2), mechanisms=["liminality"])["id"])
store.forget(); sessions.new_session()
before = js.drive_requests()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    seen = [r["id"] for r in progress.records()]  # (by time; ties: file: Pyodide's clock is ms)
    out["first_read_ok"] = sorted(seen) == sorted(kept)
out["first_read_before"] = js.drive_requests() - before
out["files_before"] = len(json.loads(js.drive_files()))
before = js.drive_requests()
for _ in range(2000):  # the read planned a fold, run by the event loop after this "cell"
    await asyncio.sleep(0)
    if len(json.loads(js.drive_files())) == 1:
        break
out["fold_requests"] = js.drive_requests() - before
out["files_after"] = sorted(json.loads(js.drive_files()))
out["same_here"] = [r["id"] for r in progress.records()] == seen
store.forget(); sessions.new_session()
before = js.drive_requests()
out["same_after_reload"] = [r["id"] for r in progress.records()] == seen
out["first_read_after"] = js.drive_requests() - before
print(json.dumps(out))
"""


def test_a_fold_on_jupyterlite_s_drive_runs_after_the_cell_and_keeps_every_record(tmp_path):
    """Pyodide's event loop runs the fold a read planned; DriveFS's rename, O_EXCL create,
    read-back and delete (each a request to the contents service) leave one file."""
    out = run_in_pyodide(FOLD, tmp_path)
    assert out["first_read_ok"] and out["same_here"] and out["same_after_reload"], out
    assert out["files_before"] == 12
    (only,) = out["files_after"]
    assert only.endswith("-folded.jsonl"), only
    # a new kernel's first read: a listing and a fetch per file (13 before, 2 after)
    assert (out["first_read_before"], out["first_read_after"]) == (13, 2), out


TWO_TABS = """
import json, os
from pathlib import Path
import js
from peerlearn import progress
from peerlearn.progress import fold, sessions, store

fold.FOLD_IDLE = 0.0
sessions.RESCAN_AFTER = 0.0
path = Path("/drive/peerlearn/progress.json")
kept = []
for s in range(12):
    store.forget(); sessions.new_session()
    for i in range(2):
        kept.append(progress.record("attempt", set_id="00", exercise_id=f"q{s}-{i}", answer=i,
                                    score=1.0, mechanisms=["liminality"])["id"])
store.forget(); sessions.new_session()
names = store.fold_plan(path)
tab2 = Path("/drive2/peerlearn")
def line(rid):
    return (json.dumps({"id": rid, "event": "attempt", "set": "00", "exercise": rid,
                        "time": "9999-" + rid}) + "\\n").encode()
# the second tab opens its file to append: DriveFS fetches it whole now, before the fold
fd = os.open(tab2 / names[0], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
os.stat(tab2 / names[1])  # it knows another file (its DriveFS holds the node)
work = fold.steps(path, names)  # the first tab folds, a step at a time
next(work); next(work)  # it has claimed (renamed) and read the two files
os.write(fd, line("late-1")); os.close(fd)  # the second tab's write-back, by the old name
sessions.append_line(tab2 / names[1], line("late-2"))  # an append after the claim
done = fold.finish(work)  # the fold writes, verifies and deletes what it claimed
victim = Path("/drive/peerlearn") / names[0]
store.forget(); sessions.new_session()
got = [r["id"] for r in progress.records()]
print(json.dumps({"folded": bool(done and done.output), "got": got, "kept": kept,
                  "files": sorted(Path(f).name for f in json.loads(js.drive_files())),
                  "victim": victim.read_text().splitlines()}))
"""


def test_a_second_tab_writing_across_a_fold_on_jupyterlite_s_drive_loses_nothing(tmp_path):
    """Two DriveFS instances over one storage (two tabs): a write-back of a file fetched before
    the fold's rename re-creates it by its old name, with its old lines and the new one; an
    append after the rename makes the file again. Nothing lost, nothing read twice."""
    out = run_in_pyodide(TWO_TABS, tmp_path)
    assert out["folded"], out["files"]
    assert sorted(out["got"]) == sorted([*out["kept"], "late-1", "late-2"]), out
    assert len(out["files"]) == 3, out["files"]  # the folded file and the two made again
    # the write-back put the file back whole, as fetched before the rename, plus the new line
    victim = [json.loads(v)["id"] for v in out["victim"]]
    assert len(victim) == 3 and set(victim[:2]) <= set(out["kept"]) and victim[2] == "late-1"


ALIVE = """
import asyncio, json
from pathlib import Path
import js
from peerlearn import progress
from peerlearn.progress import alive, fold, sessions, store

fold.FOLD_IDLE = 0.0  # every earlier session counts as idle: only the question keeps a live one
sessions.RESCAN_AFTER = 0.0
path = Path("/drive/peerlearn/progress.json")
out, sids, kept = {}, [], []
for s in range(12):  # twelve kernels, each holding its lock (as if all twelve tabs were open)
    store.forget(); sids.append(sessions.new_session())
    kept.append(progress.record("attempt", set_id="00", exercise_id=f"q{s}", answer=1,
                                score=1.0, mechanisms=["liminality"])["id"])
out["locks"] = json.loads(js.lock_names())
out["sids"] = sids
live = sids[5]
for sid in sids:
    if sid != live:
        js.end_worker(alive.LOCK_PREFIX + sid)  # those tabs closed: their workers ended


def files():
    return sorted(json.loads(js.drive_files()))


async def settle(test, n=300):
    for _ in range(n):
        await asyncio.sleep(0.01)
        if test():
            return True
    return False


js.set_query_answers(False)  # the lock manager does not answer: nothing is folded
store.forget(); sessions.new_session()
progress.records()
await settle(lambda: False, 60)  # (past alive.WAIT: the fold gave up)
out["no_answer"] = files()
js.set_query_answers(True)
store.forget(); sessions.new_session()
progress.records()  # plans; the event loop asks, waits for the answer, folds the others
await settle(lambda: any(f.endswith("-folded.jsonl") for f in files())
             and not any("-folding-" in f for f in files()))
out["files"] = files()
out["live_file"] = "peerlearn/" + sessions.session_name(path, live)
store.forget(); sessions.new_session()
out["ids"] = [r["id"] for r in progress.records()]
out["kept"] = kept
print(json.dumps(out))
"""


def test_on_jupyterlite_s_drive_a_fold_asks_the_lock_manager_and_leaves_a_live_session(tmp_path):
    """alive.py's JavaScript in Pyodide, over an in-memory ``navigator.locks``: each session
    holds its lock; with no answer nothing is folded; with the answer (awaited on the event
    loop) the eleven ended sessions are folded and the live one's file stays."""
    out = run_in_pyodide(ALIVE, tmp_path, locks=True)
    assert out["locks"] == ["peerlearn-session:" + s for s in out["sids"]], out["locks"]
    assert len(out["no_answer"]) == 12 and not any("-folding-" in f for f in out["no_answer"])
    folded = [f for f in out["files"] if f.endswith("-folded.jsonl")]
    assert sorted(out["files"]) == sorted([out["live_file"], *folded]) and len(folded) == 1, out
    assert sorted(out["ids"]) == sorted(out["kept"]) and len(out["ids"]) == 12
