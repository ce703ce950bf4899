"""The explorer app in a real JupyterLab: pick a mechanism, open a source, use the concept map.

One notebook run serves every test of this module (a JupyterLab page takes ~6 s to start a
kernel and run); the tests go in order, each leaving the app in a known state.
"""

from __future__ import annotations

from collections.abc import Iterator

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

OUTPUT = ".jp-OutputArea-output:has(.pl-app)"


@pytest.fixture(scope="module")
def page(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(
        browser,
        lab,
        "explorer.ipynb",
        {"width": 1280, "height": 1200},
        ready=f"{OUTPUT} .pl-explorer",
    ) as pg:
        yield pg


def shot(page: object, path: object) -> None:
    """A screenshot of the window with the app's top in view (the notebook panel scrolls)."""
    page.locator(f"{OUTPUT} .pl-app").evaluate("el => el.scrollIntoView()")  # type: ignore[attr-defined]
    page.screenshot(path=str(path))  # type: ignore[attr-defined]


def view(page: object) -> object:
    """The item shown: its head (name, definition) and body, with every list opened."""
    page.evaluate(  # type: ignore[attr-defined]
        "() => document.querySelectorAll('.pl-explorer details').forEach(d => { d.open = true; })"
    )
    return page.locator(f"{OUTPUT} .pl-explorer")  # type: ignore[attr-defined]


def test_pick_a_mechanism_and_see_its_sources(page: object, screenshots: object) -> None:
    menu = page.locator(f"{OUTPUT} .pl-menu-mechanism select")  # type: ignore[attr-defined]
    menu.select_option(label="Love labour")
    heading = view(page).locator(".pl-view-head h3", has_text="Mechanism: Love labour")
    heading.wait_for()
    # the row of linked sources follows (new buttons are new widget views): the first few,
    # then "Show all N sources". Wait for this mechanism's row (its theory of the same name)
    # before pressing: pressed too early, it was the last view's button (a loaded run failed so)
    theory = page.locator(f"{OUTPUT} .pl-jump .pl-jump-theory", has_text="Love labour")  # type: ignore[attr-defined]
    expect(theory).to_be_visible()
    more = page.locator(f"{OUTPUT} .pl-jump .pl-jump-more", has_text="sources")  # type: ignore[attr-defined]
    more.click()
    page.locator(f"{OUTPUT} .pl-jump .pl-jump-source", has_text="Lynch (2007)").wait_for()  # type: ignore[attr-defined]
    citations = view(page).locator(".pl-citations li")
    citations.first.wait_for()
    view(page)  # the view's lists, opened
    expect(citations.nth(2)).to_be_attached()  # at least three
    expect(view(page)).to_contain_text("Lynch, K. (2007)")
    expect(view(page).locator('a[href^="https://doi.org/"]').first).to_be_attached()
    expect(citations.first).to_contain_text("Why linked:")
    shot(page, screenshots / "lab-mechanism.png")


def test_open_a_source_and_see_its_mechanisms(page: object, screenshots: object) -> None:
    button = page.locator(f"{OUTPUT} .pl-jump .pl-jump-source", has_text="Lynch (2007)")  # type: ignore[attr-defined]
    button.click()
    view(page).locator(".pl-view-head h3", has_text="Source: Lynch (2007)").wait_for()
    expect(view(page)).to_contain_text("Mechanisms it supports")
    expect(view(page)).to_contain_text("Love labour")
    source_menu = page.locator(f"{OUTPUT} .pl-menu-source select")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "s => s.selectedIndex >= 0 && s.options[s.selectedIndex].text.includes('Lynch')",
        arg=source_menu.element_handle(),
    )
    # the jump buttons now lead back to mechanisms
    back_to = page.locator(
        f"{OUTPUT} .pl-jump .pl-jump-mechanism", has_text="Love labour (mechanism)"
    )  # type: ignore[attr-defined]
    expect(back_to).to_have_count(1)  # waits: the view updates after the kernel answers
    shot(page, screenshots / "lab-source.png")


def test_explorer_passes_axe(page: object) -> None:
    assert harness.run_axe(page, OUTPUT) == []


def test_concept_map_click_keys_and_python_selection(page: object, screenshots: object) -> None:
    page.locator(f"{OUTPUT} .lm-TabBar-tab", has_text="Concept map").click()  # type: ignore[attr-defined]
    cmap = page.locator(f"{OUTPUT} .pl-conceptmap")  # type: ignore[attr-defined]
    cmap.locator(".pl-svg").wait_for()
    # the selection made in the explorer (a source, from the kernel) shows on the map
    expect(cmap.locator('[data-node="source:lynch2007"]')).to_have_attribute("aria-pressed", "true")
    # click a mechanism: its details show and its links are highlighted
    cmap.locator('[data-node="mechanism:helper-role"]').click()
    details = cmap.locator(".pl-details")
    details.locator("h4", has_text="Mechanism: The helper role").wait_for()
    expect(cmap.locator(".pl-node.is-linked").nth(2)).to_be_attached()
    expect(cmap.locator(".pl-edge.is-active").nth(2)).to_be_attached()
    # ...and the explorer (through the kernel) follows
    mech = page.locator(f"{OUTPUT} .pl-menu-mechanism select")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        # ipywidgets writes option labels with no-break spaces
        "el => el.selectedIndex >= 0 && "
        "el.options[el.selectedIndex].text.replace(/\\u00a0/g, ' ') === 'The helper role'",
        arg=mech.element_handle(),
    )
    # keyboard: the selected node holds the tab stop; arrows move, Enter selects
    focused = cmap.locator('.pl-node[tabindex="0"]')
    expect(focused).to_have_count(1)
    focused.focus()
    page.keyboard.press("ArrowRight")  # type: ignore[attr-defined]
    moved = cmap.locator(".pl-node:focus")
    expect(moved).to_have_count(1)
    expect(moved).not_to_have_attribute("data-node", "mechanism:helper-role")
    next_id = moved.get_attribute("data-node")  # read once the two checks above have waited
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        'id => document.querySelector(`[data-node="${id}"]`)'
        ".getAttribute('aria-pressed') === 'true'",
        arg=next_id,
    )
    # a figure printed, not checked (read once the selection above has been waited for)
    latency = float(cmap.locator(".pl-picture-root").get_attribute("data-latency") or "nan")
    print(f"lab concept map: selection to details {latency:.1f} ms")
    cmap.locator(".pl-svg").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "lab-conceptmap.png"))  # type: ignore[attr-defined]
    assert harness.run_axe(page, OUTPUT) == []
    assert page.errors == []  # type: ignore[attr-defined]
