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

Where it runs (issue 22): in :func:`test_course.test_course_notebook_runs_clean_in_lab`, the
same pass that checks the notebook runs clean (its page is 1280×720), so each notebook is run in
JupyterLab once per session; it prints ``SCREENS <notebook> widget <n> ...`` and fails naming
the notebook and the widget over a limit. This module checks that the pass covers the course.
"""

from __future__ import annotations

import harness
import pytest

# the module, not its test function: a test imported here would be collected (and run) twice
from . import test_course

pytestmark = pytest.mark.browser


def test_the_course_is_measured() -> None:
    assert len(test_course.NAMES) == len(test_course.COURSE) >= 9
    # every course notebook goes through the pass that measures, at a laptop's size
    marks = test_course.test_course_notebook_runs_clean_in_lab.pytestmark  # type: ignore[attr-defined]
    (names,) = [m.args[1] for m in marks if m.name == "parametrize"]
    assert list(names) == test_course.NAMES
    assert harness.LAPTOP == {"width": 1280, "height": 720}
