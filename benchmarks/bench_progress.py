"""The cost of recording an attempt as the record grows, and of summary(), as ratios from one run.

    python benchmarks/bench_progress.py [N]      (N records, default 10,000)

Prints (no assertions: timing on shared 2-core machines is noisy):
- the median cost of an attempt with 10 records already there and with N (the 10,000th against
  the 10th), each the median of 41 attempts in a row, on the same disk (so each one includes
  the lock, one appended line and its fsync), and the ratio; the first attempt of a fresh
  process at N (it reads the record once) and the worst attempt (a compaction) for the record;
- summary() at 10 and at N records (the record already read, as in a notebook; and cold, as
  after a kernel restart), and due() at N;
- a saved attempt in the lock-free mode JupyterLite uses (one journal per kernel session, no
  lock file; see :mod:`peerlearn.progress.sessions`) against the locked mode, at 10 records
  and at N (the N in an older version's snapshot and journal), as ratios. (On JupyterLite's
  drive what counts is the round trips to the browser's storage: about 2 per save lock-free
  against 19 with the soft lock; CPython timings show the rest.)

The records are made by :func:`peerlearn.progress.record` itself (in a memory-backed folder
when there is one, to be quick), then copied to a temporary folder on disk for the timings.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from peerlearn import progress
from peerlearn.progress import sessions, store

MECHS = [
    "lived-experience",
    "love-labour",
    "liminality",
    "strengths-focussed-support",
    "helper-role",
]


def fill(path: Path, n: int) -> None:
    t0 = time.perf_counter()
    for i in range(n):
        item = i % 60
        progress.record(
            "attempt",
            set_id=f"set-{item // 10}",
            exercise_id=f"q{item}",
            answer=["an option text of ordinary length"],
            score=float(i % 3 == 0),
            mechanisms=[MECHS[item % 5], MECHS[(item + 1) % 5]],
            path=path,
        )
    print(f"  (made {n:,} records in {time.perf_counter() - t0:.1f} s)")


def attempts(path: Path, k: int = 41) -> list[float]:
    out = []
    for i in range(k):
        t = time.perf_counter()
        progress.record(
            "attempt",
            set_id="bench",
            exercise_id=f"b{i}",
            answer="x",
            score=1.0,
            mechanisms=["liminality"],
            path=path,
        )
        out.append(time.perf_counter() - t)
    return out


def timed(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    warnings.simplefilter("ignore", progress.ProgressWarning)
    fast = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    disk = Path(tempfile.mkdtemp(prefix="bench-progress-"))
    scratch = Path(tempfile.mkdtemp(prefix="bench-progress-", dir=fast))
    try:
        small = disk / "small" / "progress.json"
        fill(small, 10)
        a10 = attempts(small)
        big_src = scratch / "progress.json"
        fill(big_src, n - 1)
        big = disk / "big" / "progress.json"
        big.parent.mkdir()
        for f in big_src.parent.iterdir():
            if f.name.startswith("progress.") and not f.name.endswith(".lock"):
                shutil.copy2(f, big.parent / f.name)
        store._CACHE.clear()  # a fresh process: nothing read yet
        t = time.perf_counter()
        attempts(big, 1)
        first = time.perf_counter() - t
        aN = attempts(big)
        m10, mN = statistics.median(a10), statistics.median(aN)
        print(f"attempt with 10 records:     {m10 * 1e3:7.2f} ms (median of {len(a10)})")
        print(f"attempt with {n:,} records: {mN * 1e3:7.2f} ms (median of {len(aN)})")
        print(f"ratio {n:,}th / 10th attempt: {mN / m10:.2f}  (flat: about 1)")
        print(f"  first attempt of a fresh process at {n:,}: {first * 1e3:.1f} ms (reads it once)")
        print(f"  worst of those {len(aN)} attempts: {max(aN) * 1e3:.1f} ms")

        s10 = timed(lambda: progress.summary(small, kb=False))
        sN = timed(lambda: progress.summary(big, kb=False))

        def cold() -> None:
            store._CACHE.clear()
            progress.summary(big, kb=False)

        sNc = timed(cold, 3)
        dN = timed(lambda: progress.due(path=big))
        print(f"summary() at 10 records:     {s10 * 1e3:7.1f} ms")
        print(
            f"summary() at {n:,} records: {sN * 1e3:7.1f} ms (ratio {sN / s10:.1f}); cold "
            f"(after a kernel restart) {sNc * 1e3:.1f} ms"
        )
        print(f"due() at {n:,} records:     {dN * 1e3:7.1f} ms")
        sizes = {f.name: f.stat().st_size for f in big.parent.iterdir()}
        print(f"  files at {n:,}: " + ", ".join(f"{k} {v:,} B" for k, v in sorted(sizes.items())))
        lock_free_vs_locked(disk, big_src.parent, n, m10, mN)
    finally:
        shutil.rmtree(disk, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)


def lock_free_vs_locked(disk: Path, big_src: Path, n: int, m10: float, mN: float) -> None:
    """A saved attempt lock-free (JupyterLite's mode) against locked, at 10 and at n records."""
    sessions.FORCE = True
    try:
        sessions.new_session()
        store.forget()
        small = disk / "lite-small" / "progress.json"
        fill(small, 10)
        l10 = statistics.median(attempts(small))
        big = disk / "lite-big" / "progress.json"
        big.parent.mkdir()
        for f in big_src.iterdir():  # an older version's snapshot and journal, read as the base
            if f.name.startswith("progress.") and not f.name.endswith(".lock"):
                shutil.copy2(f, big.parent / f.name)
        sessions.new_session()
        store.forget()  # a new kernel: nothing read yet
        t = time.perf_counter()
        attempts(big, 1)
        first = time.perf_counter() - t
        lN = statistics.median(attempts(big))
        locks = [f.name for f in disk.rglob("lite-*/*.lock")]
    finally:
        sessions.FORCE = None
        store.forget()
    print(f"lock-free attempt with 10 records:     {l10 * 1e3:7.2f} ms (locked {m10 * 1e3:.2f} ms)")
    print(f"lock-free attempt with {n:,} records: {lN * 1e3:7.2f} ms (locked {mN * 1e3:.2f} ms)")
    print(
        f"ratio lock-free / locked: {l10 / m10:.2f} at 10 records, {lN / mN:.2f} at {n:,}; "
        f"lock-free {n:,}th / 10th: {lN / l10:.2f}"
    )
    print(f"  first lock-free attempt of a new session at {n:,}: {first * 1e3:.1f} ms (reads it)")
    print(f"  lock files made in lock-free mode: {len(locks)}")


if __name__ == "__main__":
    os.environ.setdefault("PEERLEARN_HOME", tempfile.mkdtemp(prefix="bench-home-"))
    main()
