"""Every reference-manager export, untouched, opens in the explorer in a real JupyterLab (issue 10).

One notebook (``notebooks/own-lists.ipynb``) opens one explorer per export folder written here by
``tests/ingest_exports.py``: Zotero, Better BibTeX, Mendeley, pandoc JSON and YAML, BibTeX, RIS.
"""

from __future__ import annotations

import re
from pathlib import Path

import harness
import pytest
from ingest_exports import EXPORTS  # tests/ is on sys.path (tests/conftest.py)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TITLES = [
    "Love labour as a distinct and non-commodifiable form of care labour",
    "The managed heart",
]


def test_each_export_opens_in_the_explorer(
    browser: object, lab: harness.Server, workdir: Path, screenshots: Path
) -> None:
    root = workdir / "notebooks" / "own-lists"
    for name, write in EXPORTS.items():
        folder = root / name.replace(".", "-")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(write(), encoding="utf-8")
    with harness.lab_page(
        browser, lab, "own-lists.ipynb", {"width": 1280, "height": 1200}, timeout=60_000
    ) as page:
        apps = page.locator(".jp-OutputArea-output .pl-app")
        apps.nth(len(EXPORTS) - 1).locator(".pl-explorer").wait_for(timeout=90_000)
        expect(apps).to_have_count(len(EXPORTS))
        for name in EXPORTS:
            app = page.locator(f".pl-own-{name.replace('.', '-')}")
            expect(app).to_have_count(1)
            app.get_by_role("tab", name="Sources").click()
            for title in TITLES:
                expect(app).to_contain_text(title, use_inner_text=True)
            expect(app).not_to_contain_text("Watson", use_inner_text=True)
            expect(app).not_to_contain_text(
                re.compile("the review", re.IGNORECASE), use_inner_text=True
            )
        page.locator(".pl-own-zotero-json").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "own-lists-zotero-sources.png"))
        assert page.errors == []  # type: ignore[attr-defined]
