"""Every course notebook as a learner meets it: opened in JupyterLab, Run All, then read.

Each notebook of ``notebooks/`` (00–08 and ``instructors/``) runs in the session's JupyterLab
server from a throw-away copy (``<workdir>/notebooks/course``), with ``PEERLEARN_HOME`` in a
temporary folder. After every cell has run, the test fails on what only a browser shows: a
traceback or stray stderr in an output, a widget that did not render ("Error displaying widget",
"Loading widget..." left over, an empty widget output), an uncaught page error, or a console
error. It saves a screenshot of the whole notebook to ``screenshots/course-<name>.png`` (the
lab's settings turn off virtual scrolling, so every cell is in the page). One interaction per
kind of widget a notebook shows (an exercise checked, a reflection saved) proves that the
kernel answers; the explorer's own behaviour is tested in ``test_lab.py`` and ``test_voila.py``.
The explorer app notebook is opened in Voilà.

The same pass measures issue 21's screens (tests/browser/test_screens.py says what and why): the
page is a laptop's 1280×720, and once the notebook has run (and the learner has answered) every
peerlearn widget output is measured by :func:`harness.measure_widgets`. Each notebook is run
once in the session, not once per check (issue 22: the suite ran every notebook twice).
"""

from __future__ import annotations

import ast
import functools
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SOURCE = harness.REPO / "notebooks"
COURSE = sorted(SOURCE.glob("[0-9][0-9]_*.ipynb")) + sorted(SOURCE.glob("instructors/*.ipynb"))
NAMES = [str(p.relative_to(SOURCE)) for p in COURSE]

#: Calls whose value, as a cell's last expression, is a widget.
WIDGET_CALLS = {"widget", "explore", "exercise_widget", "SourceBrowser", "ConceptMap"}

#: stderr a notebook shows on purpose: {notebook: [(cell number from 1, regex), ...]}.
#: None of the notebooks writes to stderr today (instructors/03 prints its warnings to stdout),
#: so any stderr output is a failure.
EXPECTED_STDERR: dict[str, list[tuple[int, str]]] = {}

#: Words like "Error" a notebook prints on purpose in stdout: {notebook: [(cell from 1, regex)]}.
#: instructors/03 prints the student version it made, whose stubs read "raise
#: NotImplementedError()" (nbgrader's convention); no traceback. (Cell 10: the notebook's Lite
#: note and check are cells 1 and 2.)
EXPECTED_ERROR_WORDS: dict[str, list[tuple[int, str]]] = {
    "instructors/03_student_versions_and_progress.ipynb": [(10, r"NotImplementedError\(\)")],
}

#: Console errors that are the lab's own and harmless here. The test venv also holds the
#: JupyterLite build tools (``.[lite]``), whose Pyodide-kernel extension JupyterLab loads and
#: cannot wire up outside JupyterLite; a learner's JupyterLab (``.[lab]``) has no such extension.
HARMLESS_CONSOLE: tuple[str, ...] = (
    "Shared module @jupyterlite/services doesn't exist in shared scope default",
)

#: What Voilà's page asks a CDN for (harness.py's offline note): Font Awesome, which fails here.
VOILA_CDN = re.compile(r"^https://cdn\.jsdelivr\.net/npm/@fortawesome/fontawesome-free@")

RUN_TIMEOUT = 120_000  # ms: the longest notebook runs in a few seconds on 2 cores
WIDGET_TIMEOUT = 20_000  # ms for "Loading widget..." to go


def widget_cells(path: Path) -> list[int]:
    """Indexes (from 0) of the code cells whose output is a widget.

    A cell shows a widget when its last statement is a call in ``WIDGET_CALLS`` (``x.widget()``,
    ``pl.explore()``, ``SourceBrowser()``...) or a name the cell assigned such a call to.

    >>> widget_cells(SOURCE / "explorer_app.ipynb")
    [1]
    """
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] != "code":
            continue
        try:
            body = ast.parse("".join(cell["source"])).body
        except SyntaxError:  # a cell with magics: not one of ours
            continue
        if not body or not isinstance(body[-1], ast.Expr):
            continue

        def is_widget_call(node: ast.AST) -> bool:
            if not isinstance(node, ast.Call):
                return False
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            return name in WIDGET_CALLS

        last = body[-1].value
        widget_names = {
            t.id
            for s in body
            if isinstance(s, ast.Assign) and is_widget_call(s.value)
            for t in s.targets
            if isinstance(t, ast.Name)
        }
        if is_widget_call(last) or (isinstance(last, ast.Name) and last.id in widget_names):
            found.append(i)
    return found


@pytest.fixture(scope="module")
def course(lab: harness.Server) -> Path:
    """The notebooks, copied into the lab's root (the servers read files when asked for them)."""
    dest = lab.root / "course"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return dest


@pytest.fixture()
def course_page(browser: object, lab: harness.Server) -> Iterator[object]:
    """A page at a laptop's 1280×720 (:data:`harness.LAPTOP`, where the screens are measured)
    whose uncaught errors and console errors are kept in ``page.errors``."""
    with harness.lab_page(
        browser, lab, viewport=harness.LAPTOP, console_errors=HARMLESS_CONSOLE
    ) as page:
        yield page


# ---------------------------------------------------------------------------- reading the page
CELLS = ".jp-NotebookPanel .jp-WindowedPanel-viewport > .jp-Cell"

CELLS_JS = """(sel) => [...document.querySelectorAll(sel)].map((cell, i) => ({
  i,
  code: cell.classList.contains('jp-CodeCell'),
  prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
  outputs: [...cell.querySelectorAll('.jp-OutputArea-output')].map(o => ({
    mime: o.dataset.mimeType || null,
    text: o.textContent,
    height: o.getBoundingClientRect().height,
    // a widget view (ipywidgets or anywidget) is a Lumino widget inside the output
    widgets: o.querySelectorAll(':scope > .lm-Widget, .jupyter-widgets').length,
    // ipywidgets' stand-in for a view that failed ("Click to show javascript error.")
    broken: o.querySelectorAll('.jupyter-widgets-error-widget').length,
  })),
}))"""

DONE_JS = """([sel, count]) => {
  const all = document.querySelectorAll(sel);
  if (all.length !== count) { return false; }
  const cells = [...all].filter(c => c.classList.contains('jp-CodeCell'));
  const prompts = cells.map(c => c.querySelector('.jp-InputPrompt').textContent);
  if (prompts.some(p => p.includes('*'))) { return false; }
  if (prompts.every(p => /\\[\\d+\\]/.test(p))) { return true; }
  // a cell failed: Run All stops there, later cells keep an empty prompt
  return [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output')]
    .some(o => o.textContent.includes('Traceback'));
}"""


def run_all(page: object, lab: harness.Server, name: str, count: int) -> list[dict]:
    """Open ``course/<name>`` (``count`` cells), Run All Cells, wait for the last cell and the
    widgets; return what each cell shows (``problems_in`` says what is wrong with it)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    harness.open_lab_notebook(page, lab, f"course/{name}")
    try:
        page.wait_for_function(DONE_JS, arg=[CELLS, count], timeout=RUN_TIMEOUT)  # type: ignore[attr-defined]
        page.locator(".jp-StatusBar-Widget", has_text="| Idle").first.wait_for(  # type: ignore[attr-defined]
            timeout=RUN_TIMEOUT
        )
        page.wait_for_function(  # type: ignore[attr-defined]
            "() => ![...document.querySelectorAll('.jp-OutputArea-output')]"
            ".some(o => o.textContent.includes('Loading widget...'))",
            timeout=WIDGET_TIMEOUT,
        )
    except PlaywrightTimeout:
        pass  # what is still running or loading shows in the cells, and problems_in names it
    return page.evaluate(CELLS_JS, CELLS)  # type: ignore[attr-defined]


def problems_in(name: str, cells: list[dict], count: int, expected_widgets: list[int]) -> list[str]:
    """What a learner would see go wrong, one line each, naming the cell (from 1)."""
    found = []
    if len(cells) != count:
        found.append(f"the page shows {len(cells)} cells, the notebook has {count}")
    allowed = EXPECTED_STDERR.get(name, [])
    for cell in cells:
        n = cell["i"] + 1
        if cell["code"] and not re.search(r"\[\d+\]", cell["prompt"]):
            found.append(f"cell {n} did not run or never finished (prompt {cell['prompt']!r})")
        for out in cell["outputs"]:
            text = out["text"]
            if out["mime"] == "application/vnd.jupyter.stderr" and not any(
                c == n and re.search(rx, text) for c, rx in allowed
            ):
                found.append(f"cell {n} wrote to stderr: {text[:300]!r}")
            elif out["mime"] in ("application/vnd.jupyter.stdout", "text/plain") and (
                "Traceback" in text
                or re.search(
                    r"\b\w*Error\b",
                    functools.reduce(
                        lambda t, rx: re.sub(rx, "", t),
                        [rx for c, rx in EXPECTED_ERROR_WORDS.get(name, []) if c == n],
                        text,
                    ),
                )
            ):
                found.append(f"cell {n} shows an error: {text[:300]!r}")
            if "Loading widget..." in text:
                found.append(f"cell {n}: 'Loading widget...' after {WIDGET_TIMEOUT / 1000:.0f} s")
            if "Error displaying widget" in text or out["broken"]:
                found.append(f"cell {n}: a widget failed to display: {text.strip()[:200]!r}")
    for i in expected_widgets:
        outs = cells[i]["outputs"] if i < len(cells) else []
        if not any(o["widgets"] > 0 and o["height"] > 20 for o in outs):
            found.append(f"cell {i + 1} should show a widget but shows {outs!r:.300}")
    return found


NEXT_FRAMES_JS = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def next_frames(page: object) -> None:
    """Wait until the page has drawn twice (after a resize or a scroll), not a fixed time."""
    page.evaluate(NEXT_FRAMES_JS)  # type: ignore[attr-defined]


def full_screenshot(page: object, path: Path) -> None:
    """The whole notebook in one picture: the window made as tall as the notebook."""
    size = page.evaluate(  # type: ignore[attr-defined]
        """() => {
          const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
          const cells = s.querySelectorAll('.jp-WindowedPanel-viewport > .jp-Cell');
          const last = cells[cells.length - 1].getBoundingClientRect().bottom;
          const top = s.getBoundingClientRect().top;
          return {top, content: last - top + s.scrollTop};
        }"""
    )
    height = int(size["top"] + size["content"] + 40)
    page.set_viewport_size({"width": 1280, "height": max(900, height)})  # type: ignore[attr-defined]
    page.evaluate(  # type: ignore[attr-defined]
        "() => { document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer')"
        ".scrollTop = 0; }"
    )
    next_frames(page)
    page.screenshot(  # type: ignore[attr-defined]
        path=str(path), clip={"x": 0, "y": 0, "width": 1280, "height": height}
    )


# ------------------------------------------------------------------------------ interactions
def check_an_exercise(page: object, _home: Path) -> None:
    """A learner answers the first multiple-choice question and checks it (a set shows one
    question at a time: Next until one shows)."""
    from playwright.sync_api import expect

    sets = page.locator(".jp-OutputArea-output .peerlearn-set")  # type: ignore[attr-defined]
    radios = page.locator(".jp-OutputArea-output .widget-radio-box")  # type: ignore[attr-defined]
    # the reads below only steer (which set, whether to press Next), once run_all has waited for
    # the widgets; each step's result is waited for with expect
    for i in range(sets.count()):
        nav = sets.nth(i).locator(".peerlearn-pager-nav")
        while (
            not radios.count()
            and nav.is_visible()
            and nav.get_by_role("button", name="Next").is_enabled()
        ):
            shown = nav.locator(".peerlearn-position").inner_text()
            nav.get_by_role("button", name="Next").click()
            expect(nav.locator(".peerlearn-position")).not_to_have_text(shown)
    box = page.locator(".jp-OutputArea-output .widget-radio-box").first  # type: ignore[attr-defined]
    exercise = page.locator(  # type: ignore[attr-defined]
        ".jp-OutputArea-output .widget-vbox:has(> .widget-radio)"
    ).first
    box.locator("input[type=radio]").first.check()
    exercise.locator("button", has_text="Check answer").click()
    exercise.locator(".peerlearn-feedback").wait_for()
    expect(exercise.locator("button", has_text="Try again")).to_be_enabled()


def save_a_reflection(page: object, home: Path) -> None:
    """A learner writes a reflection and saves it: it lands in PEERLEARN_HOME."""
    from playwright.sync_api import expect

    area = page.locator(".jp-OutputArea-output textarea").last  # type: ignore[attr-defined]
    area.fill("A reflection written by the browser test.")
    area.blur()
    exercise = page.locator(".jp-OutputArea-output .widget-vbox:has(textarea)").last  # type: ignore[attr-defined]
    exercise.locator("button", has_text="Save reflection").click()
    # the kernel writes the record before it sends the feedback: once "Saved" shows, it is there
    expect(exercise.locator(".peerlearn-feedback")).to_contain_text("Saved")
    from peerlearn import progress

    saved = [r.get("answer") for r in progress.records(home / "progress.json")]
    assert "A reflection written by the browser test." in saved


#: One interaction per kind of notebook: a course notebook (exercise set and reflection) and an
#: instructor notebook (a set shown with ``record=False``).
INTERACTIONS: dict[str, list[Callable[[object, Path], None]]] = {
    "00_start_here.ipynb": [check_an_exercise, save_a_reflection],
    "instructors/01_building_exercise_sets.ipynb": [check_an_exercise],
}


# ------------------------------------------------------------------------------------- tests
@pytest.mark.parametrize("name", NAMES)
def test_course_notebook_runs_clean_in_lab(
    name: str,
    course: Path,
    course_page: object,
    lab: harness.Server,
    workdir: Path,
    screenshots: Path,
) -> None:
    page = course_page
    count = len(json.loads((course / name).read_text(encoding="utf-8"))["cells"])
    cells = run_all(page, lab, name, count)
    # the notebook declares the kernel the server has: no "Select Kernel" dialog on Run All
    expect(page.locator(".jp-Dialog")).to_have_count(0)  # type: ignore[attr-defined]
    problems = problems_in(name, cells, count, widget_cells(course / name))
    for interact in INTERACTIONS.get(name, []):
        interact(page, workdir / "peerlearn-home")
    # issue 21: every widget about one screen at 1280×720, as the learner left it (an answer
    # checked shows its feedback; measure_widgets also shows one answer of each set)
    lines, too_big = harness.measure_widgets(page, name, screenshots)
    for line in lines:
        print(f"SCREENS {line}")
    problems += [f"at 1280×720: {p}" for p in too_big]
    stem = name.removesuffix(".ipynb").replace("/", "-")
    full_screenshot(page, screenshots / f"course-{stem}.png")
    problems += page.errors  # type: ignore[attr-defined]
    # axe: peerlearn's own markup (every output) must have no serious or critical violation;
    # JupyterLab's own (the rest of the notebook panel) is reported, not failed
    outputs = ".jp-NotebookPanel .jp-OutputArea-output"
    ours = harness.run_axe_on_all(page, outputs)
    lab_own = harness.run_axe_on_all(page, ".jp-NotebookPanel", exclude=outputs)
    print(
        f"axe {name}: peerlearn {[v['id'] for v in ours]}; JupyterLab {[v['id'] for v in lab_own]}"
    )
    problems += [f"axe (peerlearn's markup): {v['id']} ({v['impact']}): {v['nodes']}" for v in ours]
    assert problems == [], f"{name}:\n" + "\n".join(problems)


def test_explorer_app_in_voila(
    course: Path, new_page: object, voila: harness.Server, screenshots: Path
) -> None:
    page = new_page
    console: list[str] = []
    failed: list[str] = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    page.on("requestfailed", lambda r: failed.append(r.url))  # type: ignore[attr-defined]
    harness.open_voila(page, voila, "course/explorer_app.ipynb")
    app = page.locator(".pl-app")  # type: ignore[attr-defined]
    app.locator(".pl-explorer").wait_for(timeout=60_000)
    expect(app.locator(".jupyter-widgets").first).to_be_attached()
    expect(app.locator(".pl-menu-mechanism select")).to_have_count(1)
    expect(app.locator(".lm-TabBar-tab").nth(3)).to_be_attached()  # at least four tabs
    for bad in ("Error displaying widget", "Loading widget", "Traceback"):
        expect(page.locator("body")).not_to_contain_text(bad)  # type: ignore[attr-defined]
    # Voilà's lab template scrolls inside #rendered_cells: grow the window to show it all (a
    # measure, read once the checks above have waited for the app)
    height = page.evaluate(  # type: ignore[attr-defined]
        "() => { const s = document.querySelector('#rendered_cells');"
        " return s ? s.scrollHeight : document.documentElement.scrollHeight; }"
    )
    page.set_viewport_size({"width": 1280, "height": max(900, int(height) + 20)})  # type: ignore[attr-defined]
    next_frames(page)
    page.screenshot(path=str(screenshots / "course-explorer_app-voila.png"), full_page=True)  # type: ignore[attr-defined]
    # Voilà loads every federated extension of the venv; the JupyterLite build tools' Pyodide
    # extension (test venv only, see HARMLESS_CONSOLE) fails there as in JupyterLab
    lite = "reading 'LicensesClient'"
    assert [e for e in page.errors if lite not in e] == []  # type: ignore[attr-defined]
    # the only failures: Voilà's template asking a CDN for Font Awesome, offline here
    assert [u for u in failed if not VOILA_CDN.match(u)] == []
    offline = "Failed to load resource: net::ERR_NAME_NOT_RESOLVED"
    assert [m for m in console if m != offline and lite not in m] == []
    assert console.count(offline) <= len(failed)
