"""The explorer, the concept map and the timeline fit a laptop: geometry at 1280×720.

A learner's laptop shows JupyterLab at about 1280×720 with the file browser open. With the app
scrolled to the top of the notebook, the selected item's name, definition and first link must be
in view; long lists are collapsed behind native, keyboard-reachable disclosures that give their
counts; the concept map's details appear beside the map, in view; every label drawn is at least
12 px on screen and no two marks overlap. These tests read bounding boxes, not only text.

One notebook run serves the module (about 6 s); each test leaves the app in a known state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

OUTPUT = ".jp-OutputArea-output:has(.pl-app)"
VIEWPORT = {"width": 1280, "height": 720}

#: The visible part of the notebook (its scrolling panel), in page coordinates.
SCROLLER_JS = """el => {
    let s = el.parentElement;
    while (s && !(s.scrollHeight > s.clientHeight && getComputedStyle(s).overflowY !== 'visible'))
        { s = s.parentElement; }
    const r = (s || document.documentElement).getBoundingClientRect();
    return {top: Math.max(r.top, 0), bottom: Math.min(r.bottom, window.innerHeight)};
}"""

#: Each drawn label's font size on screen: its CSS size times the picture's scale.
LABEL_SIZES_JS = """root => {
    const svg = root.querySelector('.pl-svg');
    const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('.pl-label')]
        .filter(t => getComputedStyle(t).display !== 'none' && t.textContent.trim())
        .map(t => ({text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * k}));
}"""


@pytest.fixture(scope="module")
def page(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(
        browser, lab, "explorer.ipynb", VIEWPORT, ready=f"{OUTPUT} .pl-explorer"
    ) as pg:
        yield pg


def visible_area(page: object, selector: str) -> dict[str, float]:
    """Scroll ``selector`` to the top of the notebook and return the notebook's visible band."""
    el = page.locator(selector).first  # type: ignore[attr-defined]
    el.evaluate("el => el.scrollIntoView({block: 'start'})")
    return el.evaluate(SCROLLER_JS)


def box(locator: object) -> dict[str, float]:
    """Where ``locator`` is drawn, measured once it is visible (the view may still be drawing
    after a choice: a loaded machine once measured the first link before it was there)."""
    expect(locator).to_be_visible()  # type: ignore[arg-type]
    b = locator.bounding_box()  # type: ignore[attr-defined]
    assert b is not None, f"{locator} is not on the page"
    return b


def assert_in_view(b: dict[str, float], area: dict[str, float], what: str) -> None:
    assert b["y"] >= area["top"] - 1 and b["y"] + b["height"] <= area["bottom"] + 1, (
        f"{what} is at {b['y']:.0f}–{b['y'] + b['height']:.0f} px; "
        f"the notebook shows {area['top']:.0f}–{area['bottom']:.0f} px at 1280×720"
    )
    assert b["x"] >= 0 and b["x"] + b["width"] <= VIEWPORT["width"], f"{what} is off to the side"


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def explorer(page: object) -> object:
    return page.locator(f"{OUTPUT} .pl-explorer")  # type: ignore[attr-defined]


def choose_mechanism(page: object, name: str) -> None:
    explorer(page).locator(".pl-menu-mechanism select").select_option(label=name)
    explorer(page).locator(".pl-view-head h3", has_text=name).wait_for()


MECHANISMS = [
    "Lived experience",
    "Love labour",
    "The liminal position of the peer worker",
    "Strengths-focussed social and practical support",
    "The helper role",
]


@pytest.mark.parametrize("name", MECHANISMS)
def test_name_definition_and_first_link_are_in_view(
    page: object, name: str, screenshots: object
) -> None:
    choose_mechanism(page, name)
    ex = explorer(page)
    area = visible_area(page, f"{OUTPUT} .pl-app")
    assert_in_view(box(ex.locator(".pl-view-head h3")), area, f"{name}: the heading")
    assert_in_view(box(ex.locator(".pl-definition")), area, f"{name}: the definition")
    first = ex.locator(".pl-jump .pl-jump-row button").first
    assert_in_view(box(first), area, f"{name}: the first linked item")
    height = box(ex)["height"]
    print(f"mechanism view {name!r}: {height:.0f} px tall at 1280×720")
    if name == "Love labour":
        page.screenshot(path=str(screenshots / "layout-mechanism.png"))  # type: ignore[attr-defined]


def test_long_lists_are_collapsed_with_counts_and_open_from_the_keyboard(page: object) -> None:
    choose_mechanism(page, "Lived experience")
    ex = explorer(page)
    more = ex.locator(".pl-view details.pl-more")
    expect(more.first).to_be_attached()  # at least one
    summary = more.filter(has_text="Sources").locator("summary")
    expect(summary).to_have_text(re.compile(r"^\s*Sources \("), use_inner_text=True)
    expect(more.filter(has_text="Sources")).not_to_have_attribute("open", re.compile(".*"))
    citations = ex.locator(".pl-view .pl-citations li").first
    expect(citations).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    citations.wait_for(state="visible")
    # the row of source buttons shows a few, then "Show all N sources" (a native button)
    row = ex.locator(".pl-jump-row", has=page.locator(".pl-jump-source"))  # type: ignore[attr-defined]
    toggle = row.locator("button.pl-jump-more")
    expect(toggle).to_have_text(re.compile(r"^Show all "), use_inner_text=True)
    # counted and read once the row is drawn (the expect above waited for it)
    shown = row.locator(".pl-jump-source").count()
    label = toggle.inner_text()
    total = int(label.split()[2])
    assert shown < total
    toggle.focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "([row, n]) => row.querySelectorAll('.pl-jump-source').length === n",
        arg=[row.element_handle(), total],
    )
    expect(toggle).to_have_text(re.compile(r"^Show fewer"), use_inner_text=True)
    toggle.click()


def test_the_same_name_twice_says_which_is_which(page: object) -> None:
    choose_mechanism(page, "Love labour")
    ex = explorer(page)
    theory = ex.locator(".pl-jump .pl-jump-theory", has_text="Love labour")
    # \s: a no-break space counts as a space
    expect(theory).to_have_text(
        re.compile(r"^\s*Love\slabour\s\(theory\)\s*$"), use_inner_text=True
    )


def test_map_details_beside_the_map_and_legible_labels(page: object, screenshots: object) -> None:
    page.locator(f"{OUTPUT} .lm-TabBar-tab", has_text="Concept map").click()  # type: ignore[attr-defined]
    cmap = page.locator(f"{OUTPUT} .pl-conceptmap")  # type: ignore[attr-defined]
    cmap.locator(".pl-svg").wait_for()
    area = visible_area(page, f"{OUTPUT} .pl-conceptmap .pl-svg")
    node = cmap.locator('[data-node="mechanism:helper-role"]')
    node.click()
    details = cmap.locator(".pl-details")
    details.locator("h4", has_text="The helper role").wait_for()
    svg = box(cmap.locator(".pl-svg"))
    d = box(details)
    # beside the map (to its right), its top in view with the clicked node
    assert d["x"] >= svg["x"] + svg["width"] - 1, (svg, d)
    top = {"x": d["x"], "y": d["y"], "width": d["width"], "height": min(d["height"], 120)}
    assert_in_view(top, area, "the top of the map's details")
    assert_in_view(box(node), area, "the clicked node")
    # measured once the details above were waited for (the map is drawn whole, at once)
    sizes = cmap.locator(".pl-picture-root").evaluate(LABEL_SIZES_JS)
    small = [s for s in sizes if s["px"] < 12 - 0.05]
    assert sizes and not small, f"labels under 12 px on screen: {small[:5]}"
    # every theory and source carries a mark, and the key names what each stands for
    marks = cmap.locator(".pl-mark")
    # the number of theories and sources, read from the drawn map (waited for above)
    expect(marks).to_have_count(cmap.locator(".pl-theory, .pl-source").count())
    key = cmap.locator("details.pl-key")
    expect(key.locator("summary")).to_contain_text("Key:", use_inner_text=True)
    page.screenshot(path=str(screenshots / "layout-conceptmap.png"))  # type: ignore[attr-defined]


def test_timeline_squares_are_labelled_legibly_and_apart(page: object, screenshots: object) -> None:
    page.locator(f"{OUTPUT} .lm-TabBar-tab", has_text="Timeline").click()  # type: ignore[attr-defined]
    tl = page.locator(f"{OUTPUT} .pl-timeline")  # type: ignore[attr-defined]
    tl.locator(".pl-svg").wait_for()
    visible_area(page, f"{OUTPUT} .pl-timeline .pl-svg")
    squares = tl.locator(".pl-node")
    expect(squares.nth(10)).to_be_attached()  # more than ten
    n = squares.count()  # then counted and measured: the timeline is drawn whole, at once
    boxes = tl.evaluate(
        """el => [...el.querySelectorAll('.pl-node')].map(g => {
            const r = g.querySelector('.pl-shape').getBoundingClientRect();
            const t = g.querySelector('.pl-mark').getBoundingClientRect();
            return {text: g.querySelector('.pl-mark').textContent,
                    shape: {x: r.x, y: r.y, width: r.width, height: r.height},
                    mark: {x: t.x, y: t.y, width: t.width, height: t.height}};
        })"""
    )
    assert len(boxes) == n and all(b["text"].strip() for b in boxes)
    sizes = tl.locator(".pl-picture-root").evaluate(LABEL_SIZES_JS)
    assert not [s for s in sizes if s["px"] < 12 - 0.05]
    clashes = [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if overlaps(a["mark"], b["mark"])
        or overlaps(a["mark"], b["shape"])
        or overlaps(a["shape"], b["mark"])
    ]
    assert clashes == []
    page.screenshot(path=str(screenshots / "layout-timeline.png"))  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]
