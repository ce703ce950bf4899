"""The assessed widget in a real JupyterLab: the learner's own option order, roles asked, saved.

The notebook (``notebooks/assessed.ipynb``) shows a learner's copy of a set with a fictional
vignette and a multiple-choice question. The options appear in the order this learner's seed
gives (the seed file the widget made in PEERLEARN_HOME), not the written order; a ticked
mechanism asks its role; a save without the role is refused in words; with it, the record in the
learner's progress file holds ``{mechanism: role}`` and no score.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

OUT = ".jp-OutputArea-output"
LIMINAL = "The liminal position of the peer worker"


@pytest.fixture(scope="module")
def page(browser: object, lab: harness.Server) -> Iterator[object]:
    with harness.lab_page(
        browser, lab, "assessed.ipynb", harness.LAPTOP, ready=f"{OUT} .peerlearn-exercise"
    ) as pg:
        yield pg


def test_options_in_the_learners_own_order(page: object, workdir: Path) -> None:
    from peerlearn import exercises
    from peerlearn.exercises.order import SEED_FILE, shuffled

    seed = (workdir / "peerlearn-home" / SEED_FILE).read_text().strip()
    mc = next(e for e in exercises.builtin("love-labour") if e.kind == "multiple-choice")
    expected = shuffled([o.text for o in mc.options], seed=seed, set_id="browser-assessed",
                        exercise_id=mc.id)  # fmt: skip
    # one question at a time (the pager): the multiple-choice question is the second
    harness.go_to_question(page, 2, of=2, within=OUT)
    radios = page.locator(f"{OUT} .widget-radio-box label")  # type: ignore[attr-defined]
    expect(radios).to_have_text(expected, use_inner_text=True)  # each label, in this order
    harness.go_to_question(page, 1, of=2, within=OUT)  # back to the vignette


def test_a_ticked_mechanism_asks_its_role_and_the_answer_is_saved_with_it(
    page: object, workdir: Path, screenshots: Path
) -> None:
    item = page.locator(f"{OUT} .widget-vbox:has(> .widget-button)").first  # type: ignore[attr-defined]
    expect(item.locator("select:visible")).to_have_count(0)
    item.get_by_label(LIMINAL, exact=True).check()
    role = item.get_by_label(f"Role of {LIMINAL}:")
    expect(role).to_be_visible()
    item.get_by_role("button", name="Save answer").click()
    status = item.locator(".pl-live")
    expect(status).to_contain_text("choose whether each mechanism you ticked helps")
    role.select_option(label="strains the relationship")
    item.get_by_role("button", name="Save answer").click()
    expect(status).to_contain_text("Saved at")
    page.screenshot(path=str(screenshots / "assessed-vignette-roles.png"))  # type: ignore[attr-defined]
    progress = workdir / "peerlearn-home" / "progress.journal.jsonl"
    expect(page.locator(f"{OUT} .pl-live", has_text="Saved at")).to_have_count(1)  # type: ignore[attr-defined]
    recs = [json.loads(line) for line in progress.read_text().splitlines() if line.strip()]
    rec = next(r for r in recs if r.get("set") == "browser-assessed")
    assert rec["answer"] == {"liminality": "strains"} and rec["score"] is None
