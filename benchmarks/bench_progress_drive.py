"""A saved answer on JupyterLite's drive: lock-free (one journal per session) against the locked
design (filelock's soft lock), as ratios from one run.

    python benchmarks/bench_progress_drive.py [LATENCY_MS]     (default 30)

Runs Pyodide in node with the DriveFS code the pyodide kernel mounts at ``/drive`` and an
in-memory contents service whose every request costs LATENCY_MS (the round trip through the
site's service worker; the issue measured about 90 ms a request on a loaded machine while the
kernel started) — see tests/drive/harness.mjs. For each mode: the drive requests and the time of
each of 12 saves in one session, the first save of a session, and a reload's first read. Prints
(no assertions): medians and the ratio lock-free / locked.
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


def run(lock_free: bool, latency: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bench.py"
        script.write_text(SCRIPT.format(lock_free=lock_free), encoding="utf-8")
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


if __name__ == "__main__":
    main()
