"""Session fixtures for the real-browser tests: JupyterLab, Voilà and Debian's chromium.

Each server runs on a free port on 127.0.0.1 from a throw-away copy of ``notebooks/`` and is
stopped (with its kernels) at the end of the session. Without chromium (or playwright, or axe-core)
the tests are skipped with a message saying how to install it; when the environment variable
``CI`` is set they fail instead, so CI can never pass by skipping them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import harness
from homes import home_env  # tests/homes.py (tests/ is on sys.path: tests/conftest.py)
from kbfactory import write_hostile_kb


@pytest.fixture(scope="session")
def _browser_ready() -> None:
    why = harness.missing()
    if why is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="session")
def workdir() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="pl-browser-"))
    harness.copy_notebooks(root / "notebooks")
    write_hostile_kb(root / "hostile-kb")
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def server_env(workdir: Path) -> dict[str, str]:
    env = {
        "PEERLEARN_HOSTILE_KB": str(workdir / "hostile-kb"),
        # exercise widgets record attempts: keep them out of the real user data folder
        **home_env(workdir / "peerlearn-home"),
    }
    # Until the package's own data is complete, PEERLEARN_TEST_KB lets the explorer notebook
    # run on another folder; unset, it shows the package's own knowledge base.
    if os.environ.get("PEERLEARN_TEST_KB"):
        env["PEERLEARN_TEST_KB"] = os.environ["PEERLEARN_TEST_KB"]
    return env


@pytest.fixture(scope="session")
def lab(
    _browser_ready: None, workdir: Path, server_env: dict[str, str]
) -> Iterator[harness.Server]:
    server = harness.start_lab(workdir / "notebooks", server_env)
    yield server
    with contextlib.suppress(OSError):
        server.delete_sessions()
    harness.stop(server)


@pytest.fixture(scope="session")
def voila(
    _browser_ready: None, workdir: Path, server_env: dict[str, str]
) -> Iterator[harness.Server]:
    server = harness.start_voila(workdir / "notebooks", server_env)
    yield server
    harness.stop(server)


@pytest.fixture(scope="package")
def browser(_browser_ready: None) -> Iterator[object]:
    """One Chromium for the browser tests, closed when they are done (package scope, not the
    session's): while Playwright's sync API is open, its event loop counts as running in this
    thread (it runs in a greenlet), so every test after it would see ``asyncio.get_running_loop()``
    answer and ``asyncio.run()`` refuse (the progress fold's tests found it: they took the test
    process for a kernel). tests/test_browser_fixture_closes.py checks it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = harness.launch(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    harness.SCREENSHOTS.mkdir(exist_ok=True)
    return harness.SCREENSHOTS


@pytest.fixture()
def new_page(browser: object) -> Iterator[object]:
    """A fresh page (1280×900) whose console errors are collected in ``page.errors``."""
    with harness.browser_page(browser, {"width": 1280, "height": 900}) as page:
        yield page
