"""A local JupyterHub with simulated learners: each runs notebooks 00 and 02 and keeps their own
progress file (marker ``hub``; ``PEERLEARN_HUB_LEARNERS`` learners, default 3).

Spawns the learners together through the hub's REST API, runs every code cell of notebooks 00 and
02 in each learner's server through the Jupyter kernel websocket API, records one answer, and
checks that nothing failed and that every learner has their own progress file. Prints each
learner's spawn time and memory (no timed assertions). Needs configurable-http-proxy from npm
(``make hub-deps``); skipped without it, except under CI, where it fails.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import hubrun

pytestmark = pytest.mark.hub
LEARNERS = int(os.environ.get("PEERLEARN_HUB_LEARNERS", "3"))


@pytest.fixture(scope="module")
def hub() -> Iterator[hubrun.Hub]:
    why = hubrun.missing()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"the hub test cannot run in CI: {why}", pytrace=False)
        pytest.skip(why)
    # a folder of our own: pytest's numbered tmp folders are pruned by other pytest runs
    h = hubrun.Hub(LEARNERS, state=Path(tempfile.mkdtemp(prefix="pl-hub-test-")))
    try:
        h.start()
        yield h
    finally:
        left = h.stop()
        shutil.rmtree(h.state, ignore_errors=True)
        assert not left, f"processes left after the hub stopped (killed now): {left}"


@pytest.fixture(scope="module")
def class_ran(hub) -> dict[str, float]:
    spawn = hub.spawn_all(timeout=60 + 10 * LEARNERS)
    run = hub.run_all(timeout=120 + 10 * LEARNERS)
    hub.measure()
    bare = hub.open_kernel(hub.learners[0].name, "course/bare.ipynb")
    try:
        assert bare.execute("1 + 1", 60) is None
        bare_mib = hub.kernel_rss(hub.learners[0].name, bare.id)
    finally:
        bare.close()
    return {"spawn": spawn, "run": run, "bare_kernel": bare_mib}


def test_every_learner_runs_notebooks_00_and_02(hub, class_ran, capsys):
    rows = [
        f"{x.name:>10}  spawned after {x.spawn_s:5.1f} s  ran 00+02 in {x.run_s:5.1f} s  "
        f"server {x.server_mib:5.0f} MiB  kernels {x.kernels_mib:5.0f} MiB  "
        f"total {x.total_mib:5.0f} MiB"
        for x in hub.learners
    ]
    n = len(hub.learners)
    mean = sum(x.total_mib for x in hub.learners) / n
    kern = sum(x.kernels_mib for x in hub.learners) / n
    with capsys.disabled():
        print(
            f"\nhub: {n} learners spawned together in {class_ran['spawn']:.1f} s "
            f"({class_ran['spawn'] / n:.1f} s per learner); notebooks 00 and 02 in every "
            f"learner in {class_ran['run']:.1f} s"
        )
        print("\n".join(rows))
        print(
            f"hub: mean memory per learner {mean:.0f} MiB (server + kernel); the kernel after "
            f"notebooks 00 and 02 {kern:.0f} MiB, a bare kernel {class_ran['bare_kernel']:.0f} MiB"
        )
    problems = {x.name: x.errors for x in hub.learners if x.errors}
    assert not problems, problems
    assert all(x.server_mib > 0 and x.kernels_mib > 0 for x in hub.learners)


def test_each_learner_has_their_own_progress_file(hub, class_ran):
    from peerlearn import progress

    folders = [hub.progress_file(x.name).parent for x in hub.learners]
    empty = [str(f) for f in folders if not f.is_dir() or not any(f.iterdir())]
    assert not empty, f"no progress written in {empty}"
    assert len({f.resolve() for f in folders}) == len(folders)
    for x in hub.learners:  # read as the package reads it (snapshot plus journal)
        records = progress.records(path=hub.progress_file(x.name))
        assert len(records) == 1 and records[0]["set"] == "review-and-method", (x.name, records)
        assert records[0]["answer"] == "hub test"
    for x in hub.learners:  # and the course in every home, as nbgitpuller would put it
        assert (hub.home(x.name) / "course" / "00_start_here.ipynb").exists()
