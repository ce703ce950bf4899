"""The course under nbval against as many one-cell notebooks, in one run (issue 22).

Run: ``.venv/bin/python benchmarks/bench_nbval.py [--rounds N] [--slowest K]``. Prints figures;
asserts nothing. Aim: the course (every ``notebooks/**/*.ipynb``) under ``pytest --nbval-lax``
takes at most 2× as long as the same number of notebooks holding one cell, ``print(1)``.

* Both runs are ``python -m pytest --nbval-lax -p no:cacheprovider -q`` from the repository
  (so the root ``conftest.py`` gives the tagged cells their expected outputs, and
  ``PEERLEARN_HOME`` is a throw-away folder), the same Python, the same kernel (``python3``).
  nbval starts one kernel per notebook: that fixed cost is what both runs share, and what the
  one-cell run is almost all of.
* The runs alternate (one-cell, course, one-cell, course...) ``--rounds`` times, so a machine
  whose load changes during the run weighs on both; the ratio is of the sums.
* ``--slowest K``: the course run's K slowest cells (pytest's ``--durations``) and the seconds
  per notebook, to see where the time beyond the kernel starts goes.

On a loaded machine the figures are long; the ratio is what to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COURSE = sorted(
    p for p in (REPO / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
)
AIM = 2.0


def one_cell_notebooks(folder: Path, n: int) -> list[Path]:
    """``n`` notebooks of one code cell, ``print(1)``, with the course's kernel, in ``folder``.

    >>> import tempfile
    >>> [p.name for p in one_cell_notebooks(Path(tempfile.mkdtemp()), 2)]
    ['one_00.ipynb', 'one_01.ipynb']
    """
    kernelspec = json.loads(COURSE[0].read_text(encoding="utf-8"))["metadata"]["kernelspec"]
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "one",
                "metadata": {},
                "outputs": [],
                "source": ["print(1)"],
            }
        ],
        "metadata": {"kernelspec": kernelspec, "language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"one_{i:02d}.ipynb" for i in range(n)]
    for p in paths:
        p.write_text(json.dumps(nb), encoding="utf-8")
    return paths


def nbval(paths: list[Path]) -> tuple[float, str]:
    """Seconds ``pytest --nbval-lax`` takes over ``paths`` (from the repository), and its output.

    A failed run stops the benchmark: a ratio of a failing run means nothing.
    """
    cmd = [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q"]
    cmd += ["--durations=0", "--durations-min=0"]  # every cell's time, for --slowest
    cmd += [str(p) for p in paths]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env=env, timeout=3600)
    seconds = time.perf_counter() - t0
    if r.returncode != 0:
        sys.exit(f"nbval failed:\n{r.stdout[-4000:]}\n{r.stderr[-2000:]}")
    return seconds, r.stdout


def per_notebook(output: str) -> dict[str, float]:
    """Seconds per notebook from pytest's ``--durations`` lines (setup, call and teardown).

    >>> per_notebook("1.50s call  nb/a.ipynb::Cell 0\\n0.25s setup  nb/a.ipynb::Cell 0")
    {'nb/a.ipynb': 1.75}
    """
    found: dict[str, float] = defaultdict(float)
    for m in re.finditer(r"^([\d.]+)s \w+\s+(\S+\.ipynb)::", output, re.M):
        found[m.group(2)] += float(m.group(1))
    return dict(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs of each (1)")
    parser.add_argument("--slowest", type=int, default=15, help="slowest cells to list (15)")
    args = parser.parse_args(argv)
    n = len(COURSE)
    ones = one_cell_notebooks(Path(tempfile.mkdtemp(prefix="pl-bench-nbval-")), n)
    course_s = one_s = 0.0
    out = ""
    for r in range(args.rounds):
        s, _ = nbval(ones)
        one_s += s
        print(f"round {r + 1}: {n} one-cell notebooks {s:.1f} s", flush=True)
        s, out = nbval(COURSE)
        course_s += s
        print(f"round {r + 1}: the course ({n} notebooks) {s:.1f} s", flush=True)
    ratio = course_s / one_s
    print(
        f"nbval: the course {course_s / args.rounds:.1f} s, {n} one-cell notebooks "
        f"{one_s / args.rounds:.1f} s (mean of {args.rounds}); ratio {ratio:.2f}× "
        f"(aim ≤ {AIM:.0f}×: {'met' if ratio <= AIM else 'NOT met'})"
    )
    print(f"per one-cell notebook (the kernel start nbval pays each time): {one_s / n:.1f} s")
    by_nb = sorted(per_notebook(out).items(), key=lambda kv: -kv[1])
    print("the course, seconds per notebook (last round, its cells' setup+call+teardown):")
    for name, s in by_nb:
        print(f"  {s:6.1f}  {name}")
    cells = [ln for ln in out.splitlines() if re.match(r"^[\d.]+s (call|setup)", ln)]
    print(f"the {args.slowest} slowest cells:")
    for line in cells[: args.slowest]:
        print("  " + line.replace(str(REPO) + "/", ""))


if __name__ == "__main__":
    main()
