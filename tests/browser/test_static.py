"""A static nbconvert HTML export shows the explorer's fallback: the item, the map, its text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import harness
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_nbconvert_html_export_shows_the_static_fallback(
    new_page: object, workdir: Path, screenshots: Path
) -> None:
    nb = workdir / "notebooks" / "explorer.ipynb"
    out = workdir / "static-export"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "jupyter",
            "nbconvert",
            "--to",
            "html",
            "--execute",
            # with saved widget state nbconvert would draw the live widget, which needs a CDN
            "--ExecutePreprocessor.store_widget_state=False",
            "--output-dir",
            str(out),
            str(nb),
        ],
        check=True,
        capture_output=True,
        env=harness._env({}),
        timeout=120,
    )
    html = (out / "explorer.html").read_text(encoding="utf-8")
    assert "A static copy of the explorer" in html
    page = new_page
    page.goto((out / "explorer.html").as_uri())  # type: ignore[attr-defined]
    output = ".jp-OutputArea-output:has(.pl-static)"
    page.locator(f"{output} h3", has_text="Mechanism: Lived experience").wait_for()  # type: ignore[attr-defined]
    # at least 77 nodes: the 77th is there
    expect(page.locator(f"{output} svg.pl-svg [data-node]").nth(76)).to_be_attached()  # type: ignore[attr-defined]
    page.locator(f"{output} .pl-text-alternative summary").click()  # type: ignore[attr-defined]
    expect(page.locator(f"{output} .pl-text-alternative")).to_contain_text(  # type: ignore[attr-defined]
        "Sources: ", use_inner_text=True
    )
    page.screenshot(path=str(screenshots / "static-export.png"))  # type: ignore[attr-defined]
    assert harness.run_axe(page, output) == []
