"""The explorer app as a Voilà page, on the package's data and on a hostile knowledge base."""

from __future__ import annotations

import re

import harness
import pytest
from kbfactory import HOSTILE
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

APP = ".pl-app"


def open_lists(page: object) -> None:
    """Open every collapsed list of the explorer's view (a learner presses each summary)."""
    page.evaluate(  # type: ignore[attr-defined]
        "() => document.querySelectorAll('.pl-explorer details').forEach(d => { d.open = true; })"
    )


def test_voila_mechanism_source_and_back(
    new_page: object, voila: harness.Server, screenshots: object
) -> None:
    page = new_page
    harness.open_voila(page, voila, "explorer.ipynb")
    page.locator(f"{APP} .pl-explorer").wait_for(timeout=60_000)  # type: ignore[attr-defined]
    view = page.locator(f"{APP} .pl-explorer")  # type: ignore[attr-defined]
    page.locator(f"{APP} .pl-menu-mechanism select").select_option(
        label="The liminal position of the peer worker"
    )  # type: ignore[attr-defined]
    view.locator(".pl-view-head h3", has_text="The liminal position").wait_for()
    expect(view.locator(".pl-citations li").nth(2)).to_be_attached()  # at least three
    page.screenshot(path=str(screenshots / "voila-mechanism.png"), full_page=True)  # type: ignore[attr-defined]
    assert harness.run_axe(page, APP) == []
    source = page.locator(f"{APP} .pl-jump .pl-jump-source").first  # type: ignore[attr-defined]
    expect(source).to_be_visible()
    label = source.inner_text().strip()  # which source: steers the next wait, checks nothing
    source.click()
    view.locator(".pl-view-head h3", has_text=f"Source: {label}").wait_for()
    open_lists(page)
    expect(view).to_contain_text("Mechanisms it supports")
    expect(view).to_contain_text("The liminal position of the peer worker")
    page.locator(f"{APP} .pl-explorer button", has_text="Back").click()  # type: ignore[attr-defined]
    view.locator(".pl-view-head h3", has_text="The liminal position").wait_for()
    # the source browser: filter by mechanism and text, then an APA list to copy
    page.locator(f"{APP} .lm-TabBar-tab", has_text="Sources").click()  # type: ignore[attr-defined]
    browser = page.locator(f"{APP} .pl-source-browser")  # type: ignore[attr-defined]
    browser.locator("select").first.wait_for()
    browser.locator(".widget-text input[type=text]").first.fill("love labour")
    browser.locator("caption", has_text="references shown").wait_for()
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('.pl-source-browser caption').textContent.startsWith('58 ')"
    )
    expect(browser.locator(".pl-table")).to_contain_text("Lynch")
    browser.locator("button", has_text="APA reference list").click()
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('.pl-source-browser textarea').value.includes('Lynch, K.')"
    )
    browser.locator("button", has_text="Make download link").click()
    link = browser.locator("a.pl-download")
    link.wait_for()
    expect(link).to_have_attribute("download", "peerlearn-references.bib")
    page.screenshot(path=str(screenshots / "voila-sources.png"), full_page=True)  # type: ignore[attr-defined]
    assert harness.run_axe(page, APP) == []
    page.locator(f"{APP} .lm-TabBar-tab", has_text="Timeline").click()  # type: ignore[attr-defined]
    timeline = page.locator(f"{APP} .pl-timeline")  # type: ignore[attr-defined]
    timeline.locator(".pl-svg").wait_for()
    expect(timeline.locator(".pl-node.is-linked").nth(2)).to_be_attached()  # its sources
    timeline.screenshot(path=str(screenshots / "voila-timeline.png"))
    assert harness.run_axe(page, APP) == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_voila_hostile_data_is_shown_as_text_and_never_run(
    new_page: object, voila: harness.Server, screenshots: object
) -> None:
    page = new_page
    harness.open_voila(page, voila, "hostile.ipynb")
    page.locator(f"{APP} .pl-explorer").wait_for(timeout=60_000)  # type: ignore[attr-defined]
    view = page.locator(f"{APP} .pl-explorer")  # type: ignore[attr-defined]
    open_lists(page)
    expect(view).to_contain_text("<script>")
    expect(view).to_contain_text("<img src=x onerror=")
    page.locator(f"{APP} .pl-jump .pl-jump-source").first.click()  # type: ignore[attr-defined]
    page.locator(f"{APP} .lm-TabBar-tab", has_text="Concept map").click()  # type: ignore[attr-defined]
    cmap = page.locator(f"{APP} .pl-conceptmap")  # type: ignore[attr-defined]
    cmap.locator('[data-node="source:evil2005"]').click()
    cmap.locator(".pl-details h4").wait_for()
    expect(cmap.locator(".pl-details")).to_contain_text("<img")
    page.locator(f"{APP} .lm-TabBar-tab", has_text="Sources").click()  # type: ignore[attr-defined]
    page.locator(f"{APP} .pl-table").wait_for()  # type: ignore[attr-defined]
    # nothing the data holds became an element or ran (the flag a script would set: read once
    # every view above has been waited for; nothing to wait for when nothing ran)
    assert page.evaluate("window.__pwned") is None  # type: ignore[attr-defined]
    expect(page.locator(f"{APP} script, {APP} img")).to_have_count(0)  # type: ignore[attr-defined]
    # ...and it is shown, as text
    shown_as_text = re.compile("|".join(re.escape(h) for h in HOSTILE))
    expect(page.locator(APP)).to_contain_text(shown_as_text, use_inner_text=True)  # type: ignore[attr-defined]
    page.screenshot(path=str(screenshots / "voila-hostile.png"), full_page=True)  # type: ignore[attr-defined]
