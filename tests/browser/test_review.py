"""The review session and the reflections page in a real JupyterLab at 1280×720.

A fictional learner's record (made by ``notebooks/review.ipynb`` in a throw-away progress file)
has four missed exercises due and two reflections. The reflections page must show each text in
full with its prompt and a plain date, escaped; the review session must show its status (polite,
``role="status"``) and its first exercise in view, take keyboard input, announce its progress,
and pass axe with no serious or critical violation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 720}
REVIEW = ".jp-OutputArea-output .peerlearn-review"
PAGE = ".jp-OutputArea-output .peerlearn-reflections"


@pytest.fixture(scope="module")
def page(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(
        browser, lab, "review.ipynb", VIEWPORT, ready=REVIEW, ready_timeout=90_000
    ) as pg:
        yield pg


def in_view(box: dict) -> bool:
    return box["y"] >= 0 and box["y"] + min(box["height"], 40) <= VIEWPORT["height"]


def test_reflections_page_reads_back_in_full(page: object, screenshots: object) -> None:
    shown = page.locator(PAGE)  # type: ignore[attr-defined]
    shown.evaluate("el => el.scrollIntoView()")
    expect(shown).to_contain_text("Your reflections (2)")
    for text in (
        "Name the mechanisms at work & whether each helps or strains.",  # the prompt
        "<early> disclosure built trust.",  # escaped, shown as text
        "Love labour strains when messages arrive late at night.",  # in full
    ):
        expect(shown).to_contain_text(text, use_inner_text=True)
    expect(shown.locator("article")).to_have_count(2)
    date = shown.locator("article h4 time").first
    expect(date).to_have_attribute("datetime", re.compile(".+"))
    expect(date).not_to_contain_text(".", use_inner_text=True)  # plain date
    # a measure, read once the checks above have waited for the page
    size = shown.locator("article p").last.evaluate("el => getComputedStyle(el).fontSize")
    assert float(size.rstrip("px")) >= 12
    page.screenshot(path=str(screenshots / "review-reflections.png"))  # type: ignore[attr-defined]
    assert harness.run_axe(page, PAGE) == []


def test_review_session_in_view_and_keyboard_usable(page: object, screenshots: object) -> None:
    w = page.locator(REVIEW)  # type: ignore[attr-defined]
    w.evaluate("el => el.scrollIntoView()")
    status = w.locator('.peerlearn-review-status[role="status"][aria-live="polite"]')
    expect(status).to_contain_text("4 exercises are due; this review takes 3 (mixing ")
    expect(status).to_contain_text("Exercise 1 of 3")
    first_option = w.locator(".widget-radio-box label").first
    expect(first_option).to_be_visible()  # then both measured
    assert in_view(status.bounding_box()) and in_view(first_option.bounding_box())
    page.screenshot(path=str(screenshots / "review-widget.png"))  # type: ignore[attr-defined]
    assert harness.run_axe(page, REVIEW) == []

    first_option.click()
    w.get_by_role("button", name="Check answer").click()
    expect(w.get_by_role("button", name="Try again")).to_be_enabled()  # checked, with feedback
    nxt = w.get_by_role("button", name="Next exercise")
    nxt.focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    w.locator(".peerlearn-review-status", has_text="Exercise 2 of 3").wait_for()
    w.get_by_role("button", name="End review").click()
    for said in (
        "Review finished: ",
        "of 1 right first time",
        "2 not answered",
        "exercises are still due: run the review again",
    ):
        expect(status).to_contain_text(said)
    page.screenshot(path=str(screenshots / "review-finished.png"))  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]
