"""Every course notebook at a laptop's 1280×720: each peerlearn widget fits about one screen.

Each learner notebook (00–08) and each instructors' notebook is opened in JupyterLab in a
1280×720 window, Run All, and every widget output is measured: its height must be at most
``LIMIT`` px. The explorer app is measured on each of its tabs (mechanisms, sources, concept map,
timeline). The concept map's label boxes are read from the page: no label may overlap a mark
(a node's shape) or another label, and its key and details must sit inside the window's width.

Why 720 px: it is the window's height. JupyterLab's menu, tab bar, toolbar and status bar take
about 130 px of it, so a widget of 720 px scrolled to its top shows all but its last lines, and
one scroll shows the rest: "about one screen". The issue measured 1,120–5,281 px before.

Screenshots at 1280×720 go to ``screenshots/screens-<notebook>-<n>.png`` (each widget scrolled
to the top of the notebook); the heights are printed (``pytest -s``) for the release notes.
Every DOM check waits (Playwright's ``expect``); the heights are read once the page is settled.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import harness
import pytest

from .test_course import COURSE, NAMES, SOURCE, run_all

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 720}
LIMIT = 720  # px per widget output; see the module docstring
TABS = ("Mechanisms", "Sources", "Concept map", "Timeline")

#: Every widget output of the notebook: its height, and whether it is the explorer app.
OUTPUTS_JS = """() => [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output')]
  .map((o, i) => ({i, o}))
  .filter(({o}) => o.querySelector('.jupyter-widgets'))
  .map(({o, i}) => ({
    i,
    height: Math.round(o.getBoundingClientRect().height),
    app: !!o.querySelector('.pl-app'),
    set: !!o.querySelector('.peerlearn-set'),
    kind: [...(o.querySelector('[class*="pl-"], [class*="peerlearn-"]') || {classList: []})
      .classList].filter(c => /^(pl-|peerlearn-)/.test(c)).join(' '),
  }))"""

#: The concept map's drawn boxes in page pixels: labels (text) and marks (node shapes).
MAP_BOXES_JS = """root => {
  const svg = root.querySelector('svg.pl-svg');
  const shown = e => getComputedStyle(e).display !== 'none';
  const box = e => { const r = e.getBoundingClientRect();
    return {node: (e.closest('.pl-node') || {dataset: {}}).dataset.node || '',
            text: e.textContent.trim(), x: r.x, y: r.y, width: r.width, height: r.height}; };
  return {
    labels: [...svg.querySelectorAll('.pl-label')].filter(e => shown(e) && e.textContent.trim())
      .map(box),
    marks: [...svg.querySelectorAll('.pl-shape')].filter(shown).map(box),
  };
}"""


def overlap(a: dict[str, float], b: dict[str, float], slack: float = 0.5) -> bool:
    """Whether two boxes share more than ``slack`` px each way (anti-aliasing aside)."""
    return not (
        a["x"] + a["width"] <= b["x"] + slack
        or b["x"] + b["width"] <= a["x"] + slack
        or a["y"] + a["height"] <= b["y"] + slack
        or b["y"] + b["height"] <= a["y"] + slack
    )


def map_clashes(boxes: dict[str, list[dict]]) -> list[str]:
    """Each label that meets a mark or another label, in words.

    >>> b = {"x": 0, "y": 0, "width": 10, "height": 10}
    >>> map_clashes({"labels": [dict(b, text="A", node="n")], "marks": [dict(b, x=20, node="m")]})
    []
    >>> map_clashes({"labels": [dict(b, text="A", node="n")], "marks": [dict(b, x=5, node="m")]})
    ["label 'A' (n) meets the mark of m"]
    """
    labels, marks = boxes["labels"], boxes["marks"]
    found = [
        f"label {a['text']!r} ({a['node']}) meets the mark of {m['node']}"
        for a in labels
        for m in marks
        if overlap(a, m)
    ]
    found += [
        f"label {a['text']!r} meets label {b['text']!r}"
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if overlap(a, b)
    ]
    return found


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


def shoot(page: object, output: object, path: Path) -> None:
    output.evaluate("el => el.scrollIntoView({block: 'start'})")  # type: ignore[attr-defined]
    page.screenshot(path=str(path))  # type: ignore[attr-defined]


def measure_app(page: object, output: object, stem: str, shots: Path) -> dict[str, object]:
    """The explorer app's height on each tab, and the concept map's label boxes."""
    from playwright.sync_api import expect

    found: dict[str, object] = {}
    for tab in TABS:
        output.locator(".lm-TabBar-tab", has_text=tab).first.click()  # type: ignore[attr-defined]
        expect(output.locator(".lm-TabBar-tab.lm-mod-current", has_text=tab)).to_have_count(1)  # type: ignore[attr-defined]
        if tab in ("Concept map", "Timeline"):
            cls = ".pl-conceptmap" if tab == "Concept map" else ".pl-timeline"
            expect(output.locator(f"{cls} svg.pl-svg")).to_be_visible()  # type: ignore[attr-defined]
        found[tab] = round(output.bounding_box()["height"])  # type: ignore[attr-defined]
        shoot(page, output, shots / f"screens-{stem}-{tab.replace(' ', '-').lower()}.png")
        if tab == "Concept map":
            cmap = output.locator(".pl-conceptmap")  # type: ignore[attr-defined]
            cmap.locator('[data-node="mechanism:helper-role"]').click()
            details = cmap.locator(".pl-details")
            expect(details.locator("h4", has_text="The helper role")).to_be_visible()
            found["map boxes"] = cmap.locator(".pl-picture-root").evaluate(MAP_BOXES_JS)
            width = VIEWPORT["width"]
            for what, loc in (("details", details), ("key", cmap.locator(".pl-key"))):
                b = loc.bounding_box()
                found[f"{what} right edge"] = round(b["x"] + b["width"]) if b else width + 1
            found["Concept map (selected)"] = round(output.bounding_box()["height"])  # type: ignore[attr-defined]
            shoot(page, output, shots / f"screens-{stem}-map-selected.png")
    output.locator(".lm-TabBar-tab", has_text=TABS[0]).first.click()  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("name", NAMES)
def test_every_widget_fits_about_one_screen(
    name: str, course: Path, laptop: object, lab: harness.Server, screenshots: Path
) -> None:
    from playwright.sync_api import expect

    page = laptop
    count = len(json.loads((course / name).read_text(encoding="utf-8"))["cells"])
    run_all(page, lab, name, count)
    outputs = page.locator(".jp-NotebookPanel .jp-OutputArea-output:has(.jupyter-widgets)")  # type: ignore[attr-defined]
    expect(page.locator(".jp-NotebookPanel .jp-OutputArea-output")).not_to_have_count(0)  # type: ignore[attr-defined]
    expect(page.get_by_text("Loading widget...")).to_have_count(0)  # type: ignore[attr-defined]
    # the notebook declares the kernel the server has: no "Select Kernel" dialog on Run All
    expect(page.locator(".jp-Dialog")).to_have_count(0)  # type: ignore[attr-defined]
    stem = name.removesuffix(".ipynb").replace("/", "-")
    measured = page.evaluate(OUTPUTS_JS)  # type: ignore[attr-defined]
    problems: list[str] = []
    for n, m in enumerate(measured):
        out = outputs.nth(n)
        shoot(page, out, screenshots / f"screens-{stem}-{n + 1}.png")
        heights = {"shown": m["height"]}
        if m["app"]:
            app = measure_app(page, out, stem, screenshots)
            boxes = app.pop("map boxes")
            problems += map_clashes(boxes)  # type: ignore[arg-type]
            for edge in ("details right edge", "key right edge"):
                if app.pop(edge) > VIEWPORT["width"]:  # type: ignore[operator]
                    problems.append(f"the map's {edge} is off-screen")
            heights.update(app)  # type: ignore[arg-type]
        if m["set"]:  # the longest a question gets: its answer shown with every explanation
            reveal = out.locator(".peerlearn-exercise button", has_text="Show answer").first
            if reveal.count():
                reveal.click()
                expect(out.locator(".peerlearn-feedback").first).to_be_visible()
                heights["answer shown"] = round(out.bounding_box()["height"])  # type: ignore[index]
                shoot(page, out, screenshots / f"screens-{stem}-{n + 1}-answer.png")
        print(f"SCREENS {name} widget {n + 1} ({m['kind'][:40]}): {heights}")
        problems += [
            f"widget {n + 1} ({k}) is {h} px tall, over {LIMIT} px"
            for k, h in heights.items()
            if h > LIMIT  # type: ignore[operator]
        ]
    problems += page.errors  # type: ignore[attr-defined]
    assert problems == [], f"{name} at 1280×720:\n" + "\n".join(problems)


def test_the_course_is_measured() -> None:
    assert len(NAMES) == len(COURSE) >= 9
