"""The Lite tests' built site and its server, one of each for the whole session (issue 22).

``tests/lite/test_lite.py`` (the build, its contents, the core loop) and
``tests/lite/test_lite_session.py`` (a learner's whole session) use the same site: built once
(``make lite-build``'s build, plus the test notebooks of ``tests/lite/site``) and served once
(``make lite``'s server). A fixture defined in a test module and imported by another is a second
fixture with a cache of its own, so the site used to be built, and served, once per module.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lite.test_lite import PYODIDE, _build, _need, lite_site


@pytest.fixture(scope="session")
def site() -> Iterator[Path]:
    _need(None if PYODIDE.exists() else f"no Pyodide runtime at {PYODIDE} (make lite-deps)")
    # a folder of our own: pytest's numbered tmp folders are pruned by other pytest runs
    work = Path(tempfile.mkdtemp(prefix="pl-lite-test-"))
    try:
        out = work / "site"
        t0 = time.monotonic()
        r = _build(out)  # may download the kernel's wheels into .classroom/wheels the first time
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        print(f"\nlite: site built in {time.monotonic() - t0:.1f} s")
        yield out
    finally:
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def served(site: Path) -> Iterator[str]:
    with lite_site.serve(site) as url:
        yield url
