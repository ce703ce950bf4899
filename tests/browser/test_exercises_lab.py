"""Exercise widgets in a real JupyterLab at 1280×720: roles, live feedback, focus, restart.

The test notebook (``notebooks/exercises.ipynb``) shows a fictional vignette from the bank, a
multiple-choice question and a reflection sized for about 300 words. A learner, by keyboard,
ticks a mechanism, gives its role and checks: the feedback appears in the exercise's polite live
region (the same element as before, so a screen reader announces it), the focus goes on to
"Try again" (never lost to the page, never pulled to the feedback) and is visible and in view.
After "Restart Kernel and Run All Cells" the exercise shows that last answer and its result.
The set shows one question at a time: Previous / Next (by keyboard) and "Go to" move between
them, the position is said in a polite live region, and what was typed stays on coming back.
"""

from __future__ import annotations

from collections.abc import Iterator

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

OUT = ".jp-OutputArea-output"
VIEWPORT = {"width": 1280, "height": 720}
LIMINAL = "The liminal position of the peer worker"


@pytest.fixture(scope="module")
def page(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(
        browser, lab, "exercises.ipynb", VIEWPORT, ready=f"{OUT} .peerlearn-exercise"
    ) as pg:
        yield pg


def vignette(page: object) -> object:
    return page.locator(f"{OUT} .peerlearn-exercise", has_text="Vignette").first  # type: ignore[attr-defined]


def go_to(page: object, n: int) -> None:
    """Show question ``n`` of the set through its "Go to" menu, and wait for it."""
    harness.go_to_question(page, n, of=3, within=OUT)


def test_one_question_at_a_time_each_with_one_polite_live_region(page: object) -> None:
    exercises = page.locator(f"{OUT} .peerlearn-exercise")  # type: ignore[attr-defined]
    nav = page.locator(f"{OUT} .peerlearn-pager-nav")  # type: ignore[attr-defined]
    position = nav.locator('.peerlearn-position .pl-live[role="status"][aria-live="polite"]')
    expect(position).to_have_text("Question 1 of 3")
    for n in (1, 2, 3):
        go_to(page, n)
        expect(exercises).to_have_count(1)
        expect(exercises.locator('.pl-live[role="status"][aria-live="polite"]')).to_have_count(1)
    go_to(page, 1)
    # by keyboard: Next, then Previous (the focus stays on the button pressed)
    nav.get_by_role("button", name="Next").focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    expect(position).to_have_text("Question 2 of 3")
    nav.get_by_role("button", name="Previous").focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    expect(position).to_have_text("Question 1 of 3")


def test_a_vignette_asks_each_ticked_mechanism_its_role_and_says_so_politely(
    page: object, screenshots: object
) -> None:
    v = vignette(page)
    region = v.locator(".pl-live").element_handle()
    expect(v.locator(".pl-live")).to_have_text("", use_inner_text=True)
    # a role menu shows only beside a ticked mechanism, named after it
    expect(v.locator("select:visible")).to_have_count(0)
    v.get_by_label(LIMINAL, exact=True).check()
    role = v.get_by_label(f"Role of {LIMINAL}:")
    role.wait_for()
    expect(v.locator("select:visible")).to_have_count(1)
    role.select_option(label="strains the relationship")
    check = v.locator("button", has_text="Check answer")
    check.focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "r => r.textContent.includes('Partly right')", arg=region
    )
    # the same region: announced, not replaced (read once the wait above has seen its new text;
    # a region replaced stays detached, so the read cannot come too early)
    assert region.evaluate("r => r.isConnected")
    live = v.locator(".pl-live")
    expect(live).to_contain_text(
        "at work, but you said 'strains'; it both helps and strains the relationship",
        use_inner_text=True,
    )
    expect(live).to_contain_text(
        "Tariq knows the team expects him to report this", use_inner_text=True
    )
    # focus went on to "Try again" (Check is now off), visibly and in view: waited for, then
    # its outline and place measured
    expect(v.locator("button", has_text="Try again")).to_be_focused()
    focused = page.evaluate(  # type: ignore[attr-defined]
        """() => { const a = document.activeElement; const r = a.getBoundingClientRect();
                   const s = getComputedStyle(a);
                   return {text: a.textContent.trim(), outline: s.outlineStyle,
                           top: r.top, bottom: r.bottom, height: r.height}; }"""
    )
    assert focused["text"] == "Try again", focused
    assert focused["outline"] != "none", focused
    assert focused["top"] >= 0 and focused["bottom"] <= VIEWPORT["height"], focused
    assert focused["height"] >= 24, focused  # WCAG 2.2 target size
    v.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "exercise-vignette-roles.png"))  # type: ignore[attr-defined]


def test_the_reflection_box_is_sized_in_the_notebook_font_with_a_live_count(
    page: object, screenshots: object
) -> None:
    go_to(page, 3)
    box = page.locator(f"{OUT} .peerlearn-exercise", has_text="Reflection").first  # type: ignore[attr-defined]
    area = box.locator("textarea")
    expect(area).to_be_visible()  # then measured
    style = area.evaluate(
        "a => ({rows: a.rows, font: getComputedStyle(a).fontFamily,"
        " height: a.getBoundingClientRect().height})"
    )
    # 12 rows at most (a longer text scrolls in the box): the question fits a laptop's screen
    assert style["rows"] == 12 and style["height"] > 180, style
    assert "monospace" not in style["font"].lower(), style
    area.click()
    page.keyboard.type("It helped that she listened.")  # type: ignore[attr-defined]
    box.locator(".peerlearn-words", has_text="5 words (about 300 asked)").wait_for()
    expect(area).to_be_focused()
    box.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "exercise-reflection.png"))  # type: ignore[attr-defined]
    go_to(page, 1)  # away and back: what was typed is still there
    go_to(page, 3)
    expect(page.locator(f"{OUT} .peerlearn-exercise textarea")).to_have_value(  # type: ignore[attr-defined]
        "It helped that she listened."
    )
    go_to(page, 1)


def test_exercises_pass_axe_with_wcag_22(page: object) -> None:
    found = harness.run_axe_on_all(page, f"{OUT}:has(.peerlearn-exercise)", wcag22=True)
    assert found == []


def test_after_a_restart_the_last_answer_and_its_result_come_back(
    page: object, screenshots: object
) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Kernel").first.click()  # type: ignore[attr-defined]
    page.locator(".lm-Menu-itemLabel", has_text="Restart Kernel and Run All Cells").first.click()  # type: ignore[attr-defined]
    page.locator(".jp-Dialog-button.jp-mod-accept").click()  # type: ignore[attr-defined]
    v = vignette(page)
    v.locator(".pl-live", has_text="Your last answer, from").wait_for(timeout=60_000)
    expect(v.get_by_label(LIMINAL, exact=True)).to_be_checked()
    role = v.get_by_label(f"Role of {LIMINAL}:")
    # the option shown (ipywidgets writes its labels with no-break spaces: expect's text
    # comparison takes them as spaces)
    expect(role.locator("option:checked")).to_have_text("strains the relationship")
    expect(v.locator(".pl-live")).to_contain_text("Partly right", use_inner_text=True)
    v.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "exercise-after-restart.png"))  # type: ignore[attr-defined]
    again = v.locator("button", has_text="Try again")
    expect(again).to_be_enabled()
    again.click()
    expect(v.get_by_label(LIMINAL, exact=True)).to_be_enabled()  # through the kernel
    go_to(page, 3)
    reflection = page.locator(f"{OUT} .peerlearn-exercise", has_text="Reflection").first  # type: ignore[attr-defined]
    expect(reflection.locator("textarea")).to_have_value("")  # typed, never saved
    assert page.errors == []  # type: ignore[attr-defined]
