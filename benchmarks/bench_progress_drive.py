"""A saved answer on JupyterLite's drive: lock-free (one journal per session) against the locked
design (filelock's soft lock), as ratios from one run.

    python benchmarks/bench_progress_drive.py [LATENCY_MS]     (default 30)

Runs Pyodide in node with the DriveFS code the pyodide kernel mounts at ``/drive`` and an
in-memory contents service whose every request costs LATENCY_MS (the round trip through the
site's service worker; the issue measured about 90 ms a request on a loaded machine while the
kernel started) — see tests/drive/harness.mjs. For each mode: the drive requests and the time of
each of 12 saves in one session, the first save of a session, and a reload's first read. Prints
(no assertions): medians and the ratio lock-free / locked.

Then a term of lock-free sessions: 100 earlier kernels' journals (3 answers each, made at 0 ms a
request), a new kernel's first read of them, the fold that read plans (run by the event loop after
the "cell", as in the kernel), and the next kernel's first read: times, requests, the ratio
after / before, all in one run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HARNESS = REPO / "tests" / "drive" / "harness.mjs"
PYODIDE = REPO / ".classroom" / "node_modules" / "pyodide"
LABEXT = (
    Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static"
)

SCRIPT = """
import json, statistics, time, warnings
import js
warnings.simplefilter("ignore")
from peerlearn import progress
from peerlearn.progress import sessions, store
sessions.FORCE = {lock_free}
import fsrs  # imported before timing: both modes need it, once per kernel
times, requests = [], []
for i in range(13):
    r, t = js.drive_requests(), time.perf_counter()
    progress.record("attempt", set_id="00", exercise_id=f"q{{i % 4}}", answer=i % 2,
                    score=float(i % 2), mechanisms=["love-labour"])
    times.append(time.perf_counter() - t)
    requests.append(js.drive_requests() - r)
store.forget(); sessions.new_session()
r, t = js.drive_requests(), time.perf_counter()
n = len(progress.records())
read = (time.perf_counter() - t, js.drive_requests() - r)
print(json.dumps({{"times": times, "requests": requests, "read": read, "n": n,
                  "files": json.loads(js.drive_files())}}))
"""

TERM = """
import asyncio, json, time, warnings
import js
warnings.simplefilter("ignore")
from peerlearn import progress
from peerlearn.progress import fold, sessions, store
import fsrs
sessions.RESCAN_AFTER = float("inf")
fold.FOLD_IDLE = 0.0  # the earlier sessions count as idle (the hour is not waited for)
js.set_latency(0)
for s in range({sessions}):
    store.forget(); sessions.new_session()
    for i in range(3):
        progress.record("attempt", set_id="00", exercise_id=f"q{{(s + i) % 8}}", answer=i,
                        score=float(i % 2), mechanisms=["love-labour"])
js.set_latency({latency})

def first_read():
    store.forget(); sessions.new_session()
    r, t = js.drive_requests(), time.perf_counter()
    ids = [r["id"] for r in progress.records()]
    return ids, time.perf_counter() - t, js.drive_requests() - r

before = first_read()
files_before = len(json.loads(js.drive_files()))
r, t = js.drive_requests(), time.perf_counter()
while len(json.loads(js.drive_files())) > 1:  # the fold the read planned, a step per file
    await asyncio.sleep(0)
folding = (time.perf_counter() - t, js.drive_requests() - r)
after = first_read()
print(json.dumps({{"before": before[1:], "after": after[1:], "fold": folding,
                  "same": before[0] == after[0], "n": len(after[0]),
                  "files": [files_before, len(json.loads(js.drive_files()))]}}))
"""


def run(lock_free: bool, latency: float, script_text: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bench.py"
        text = script_text or SCRIPT.format(lock_free=lock_free)
        script.write_text(text, encoding="utf-8")
        env = dict(
            os.environ,
            LABEXT=str(LABEXT),
            PYODIDE=str(PYODIDE),
            SRC=str(REPO),
            SITE=sysconfig.get_paths()["purelib"],
            LATENCY=str(latency),
        )
        env.pop("PEERLEARN_HOME", None)
        done = subprocess.run(
            ["node", str(HARNESS), str(script)], capture_output=True, text=True, env=env, check=True
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def main() -> None:
    latency = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    if not (shutil.which("node") and (PYODIDE / "pyodide.mjs").exists() and LABEXT.is_dir()):
        sys.exit("needs node, .classroom/node_modules/pyodide and the pyodide-kernel extension")
    print(f"JupyterLite's drive, {latency:g} ms per request (Pyodide in node, DriveFS in memory)")
    got = {}
    for name, lock_free in (("locked", False), ("lock-free", True)):
        out = run(lock_free, latency)
        later = out["times"][1:]
        got[name] = median(later)
        files = sorted(Path(f).name for f in out["files"])
        print(
            f"{name:>9}: first save {out['times'][0] * 1e3:6.0f} ms ({out['requests'][0]} "
            f"requests); later saves median {median(later) * 1e3:6.0f} ms, worst "
            f"{max(later) * 1e3:.0f} ms ({median(out['requests'][1:])} requests each); "
            f"a reload reads {out['n']} records in {out['read'][0] * 1e3:.0f} ms "
            f"({out['read'][1]} requests)"
        )
        print(f"{'':>9}  files left: {', '.join(files)}")
    print(f"ratio lock-free / locked (median save): {got['lock-free'] / got['locked']:.2f}")
    term = run(True, latency, TERM.format(sessions=100, latency=latency))
    (t0, n0), (t1, n1), (tf, nf) = term["before"], term["after"], term["fold"]
    print(
        f"a term: {term['files'][0]} session files, {term['n']} records; a new kernel's first "
        f"read {t0 * 1e3:.0f} ms ({n0} requests); the fold {tf * 1e3:.0f} ms ({nf} requests, "
        f"once, a step per file after the cell); then {term['files'][1]} file, first read "
        f"{t1 * 1e3:.0f} ms ({n1} requests); same records, same order: {term['same']}"
    )
    print(f"ratio first read after / before the fold: {t1 / t0:.3f} ({n1}/{n0} requests)")


if __name__ == "__main__":
    main()
