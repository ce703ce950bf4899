"""Every course notebook at a laptop's 1280×720: each peerlearn widget fits about one screen.

Each learner notebook (00–08) and each instructors' notebook is opened in JupyterLab in a
1280×720 window, Run All, and every widget output is measured: its height must be at most
``harness.LIMIT`` px. The explorer app is measured on each of its tabs (mechanisms, sources,
concept map, timeline). The concept map's label boxes are read from the page: no label may
overlap a mark (a node's shape) or another label, and its key and details must sit inside the
window's width.

Why 720 px: it is the window's height. JupyterLab's menu, tab bar, toolbar and status bar take
about 130 px of it, so a widget of 720 px scrolled to its top shows all but its last lines, and
one scroll shows the rest: "about one screen". The issue measured 1,120–5,281 px before.

Screenshots at 1280×720 go to ``screenshots/screens-<notebook>-<n>.png`` (each widget scrolled
to the top of the notebook); the heights are printed (``pytest -s``) for the release notes.
Every DOM check waits (Playwright's ``expect``); the heights are read once the page is settled.
The measuring and the limits are :func:`harness.measure_widgets`, shared with the Lite session
test (tests/lite/test_lite_session.py), which measures the same in JupyterLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import harness
import pytest

from .test_course import COURSE, NAMES, SOURCE, run_all

pytestmark = pytest.mark.browser

VIEWPORT = harness.LAPTOP


@pytest.fixture(scope="module")
def course(lab: harness.Server) -> Path:
    import shutil

    dest = lab.root / "course"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return dest


@pytest.fixture()
def laptop(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(browser, lab, viewport=VIEWPORT) as page:
        yield page


@pytest.mark.parametrize("name", NAMES)
def test_every_widget_fits_about_one_screen(
    name: str, course: Path, laptop: object, lab: harness.Server, screenshots: Path
) -> None:
    from playwright.sync_api import expect

    page = laptop
    count = len(json.loads((course / name).read_text(encoding="utf-8"))["cells"])
    run_all(page, lab, name, count)
    # the notebook declares the kernel the server has: no "Select Kernel" dialog on Run All
    expect(page.locator(".jp-Dialog")).to_have_count(0)  # type: ignore[attr-defined]
    lines, problems = harness.measure_widgets(page, name, screenshots)
    for line in lines:
        print(f"SCREENS {line}")
    problems += page.errors  # type: ignore[attr-defined]
    assert problems == [], f"{name} at 1280×720:\n" + "\n".join(problems)


def test_the_course_is_measured() -> None:
    assert len(NAMES) == len(COURSE) >= 9
