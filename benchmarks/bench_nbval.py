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
* Beside the wall-clock ratio (the aim's), the ratio of processor time: pytest's and every
  process it waited for (the kernels, and what their cells ran), from ``getrusage``. Another
  process's busy loop lengthens the wall clock far more than it changes the processor time a
  run needs, so on a loaded machine the processor-time ratio is the steadier of the two.
* ``--slowest K``: the course run's K slowest cells (pytest's ``--durations``) and the seconds
  per notebook, to see where the time beyond the kernel starts goes.
* ``--against REF``: the course as of the git commit ``REF`` too (``git archive`` into a
  throw-away folder, run from there with the same Python), in the same rounds: one-cell, the
  course at ``REF``, the course here, in turn. A change's before and after then share one run's
  load, which on a busy machine swings more between runs than any cut.
* ``--bytecode``: peerlearn's modules compiled to bytecode first (``compileall``, into each
  repository's ``__pycache__``), as an installed package has them. Where
  ``PYTHONDONTWRITEBYTECODE`` is set and the repository holds none, each kernel otherwise
  compiles peerlearn from source, a cost the one-cell notebooks never pay.

On a loaded machine the figures are long; the ratio is what to compare.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def course(repo: Path) -> list[Path]:
    """Every course notebook of the repository ``repo``, sorted.

    >>> [p.name for p in course(REPO)][:1]
    ['00_start_here.ipynb']
    """
    return sorted(
        p for p in (repo / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )


COURSE = course(REPO)
AIM = 2.0


def export(ref: str, folder: Path) -> Path:
    """The repository's files as of the git commit ``ref``, written into ``folder``."""
    tar = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=REPO, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(folder, filter="data")
    return folder


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


def nbval(paths: list[Path], repo: Path = REPO) -> tuple[float, float, str]:
    """Seconds ``pytest --nbval-lax`` takes over ``paths`` (from the repository ``repo``, its
    peerlearn imported): wall clock, then processor time (user and system, of pytest and every
    process it waited for); and its output.

    A failed run stops the benchmark: a ratio of a failing run means nothing.
    """
    cmd = [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q"]
    cmd += ["--durations=0", "--durations-min=0"]  # every cell's time, for --slowest
    cmd += [str(p) for p in paths]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=3600)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if r.returncode != 0:
        sys.exit(f"nbval failed:\n{r.stdout[-4000:]}\n{r.stderr[-2000:]}")
    return seconds, cpu, r.stdout


def per_notebook(output: str) -> dict[str, float]:
    """Seconds per notebook from pytest's ``--durations`` lines (setup, call and teardown).

    >>> per_notebook("1.50s call  nb/a.ipynb::Cell 0\\n0.25s setup  nb/a.ipynb::Cell 0")
    {'nb/a.ipynb': 1.75}
    """
    found: dict[str, float] = defaultdict(float)
    for m in re.finditer(r"^([\d.]+)s \w+\s+(\S+\.ipynb)::", output, re.M):
        found[m.group(2)] += float(m.group(1))
    return dict(found)


def report(
    label: str, course_s: tuple[float, float], one_s: tuple[float, float], rounds: int, n: int
) -> None:
    """Two lines: the course's mean wall-clock time, the one-cell notebooks', their ratio against
    the aim; then the same in processor time."""
    ratio = course_s[0] / one_s[0]
    print(
        f"nbval{label}: the course {course_s[0] / rounds:.1f} s, {n} one-cell notebooks "
        f"{one_s[0] / rounds:.1f} s (mean of {rounds}); ratio {ratio:.2f}× "
        f"(aim ≤ {AIM:.0f}×: {'met' if ratio <= AIM else 'NOT met'})"
    )
    print(
        f"  processor time: the course {course_s[1] / rounds:.1f} s, one-cell "
        f"{one_s[1] / rounds:.1f} s; ratio {course_s[1] / one_s[1]:.2f}×"
    )


def slowest(output: str, k: int, repo: Path) -> None:
    """Seconds per notebook and the ``k`` slowest cells of one course run's output."""
    by_nb = sorted(per_notebook(output).items(), key=lambda kv: -kv[1])
    print("  seconds per notebook (last round, its cells' setup+call+teardown):")
    for name, s in by_nb:
        print(f"    {s:6.1f}  {name.replace(str(repo) + '/', '')}")
    cells = [ln for ln in output.splitlines() if re.match(r"^[\d.]+s (call|setup)", ln)]
    print(f"  the {k} slowest cells:")
    for line in cells[:k]:
        print("    " + line.replace(str(repo) + "/", ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs of each (1)")
    parser.add_argument("--slowest", type=int, default=15, help="slowest cells to list (15)")
    parser.add_argument(
        "--against", metavar="REF", help="also the course as of git REF, in the same rounds"
    )
    parser.add_argument(
        "--bytecode", action="store_true", help="bytecode written and read, as when installed"
    )
    args = parser.parse_args(argv)
    n = len(COURSE)
    tmp = Path(tempfile.mkdtemp(prefix="pl-bench-nbval-"))
    ones = one_cell_notebooks(tmp / "one-cell", n)
    runs = {"": (REPO, COURSE)}
    if args.against:
        base = export(args.against, tmp / "against")
        runs = {f" at {args.against}": (base, course(base)), **runs}
    if args.bytecode:
        for repo, _notebooks in runs.values():
            cmd = [sys.executable, "-m", "compileall", "-q", str(repo / "peerlearn")]
            subprocess.run(cmd, check=True)
    course_s = {label: [0.0, 0.0] for label in runs}
    out = dict.fromkeys(runs, "")
    one_s = [0.0, 0.0]
    for r in range(args.rounds):
        s, cpu, _ = nbval(ones)
        one_s[0] += s
        one_s[1] += cpu
        print(f"round {r + 1}: {n} one-cell notebooks {s:.1f} s ({cpu:.1f} s processor)")
        for label, (repo, notebooks) in runs.items():
            s, cpu, out[label] = nbval(notebooks, repo)
            course_s[label][0] += s
            course_s[label][1] += cpu
            print(
                f"round {r + 1}: the course{label} ({len(notebooks)} notebooks) {s:.1f} s "
                f"({cpu:.1f} s processor)",
                flush=True,
            )
    for label, (_repo, notebooks) in runs.items():
        wall, cpu = course_s[label]
        report(label, (wall, cpu), (one_s[0], one_s[1]), args.rounds, len(notebooks))
    print(f"per one-cell notebook (the kernel start nbval pays each time): {one_s[0] / n:.1f} s")
    for label, (repo, _notebooks) in runs.items():
        print(f"the course{label}:")
        slowest(out[label], args.slowest, repo)


if __name__ == "__main__":
    main()
