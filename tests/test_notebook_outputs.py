"""Every notebook cell tagged ``nbval-check-output`` has a recorded expected output.

nbval compares a marked cell only when its stored reference was run; the notebooks are stored
without outputs, so the root ``conftest.py`` supplies the expectations recorded in
``tests/notebook_expected_outputs.json``. This test keeps that file in step with the notebooks.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
EXPECTED = json.loads((REPO / "tests" / "notebook_expected_outputs.json").read_text("utf-8"))
MARKED = [
    (p.relative_to(NOTEBOOKS).as_posix(), c)
    for p in sorted(NOTEBOOKS.rglob("*.ipynb"))
    if ".ipynb_checkpoints" not in p.parts
    for c in nbformat.read(p, as_version=4).cells
    if c.cell_type == "code" and "nbval-check-output" in c.get("metadata", {}).get("tags", [])
]


def test_course_checks_some_outputs():
    assert len(MARKED) >= 10


@pytest.mark.parametrize("rel,cell", MARKED, ids=[f"{r}::{c.id}" for r, c in MARKED])
def test_marked_cell_has_a_recorded_output(rel, cell):
    outputs = EXPECTED.get(rel, {}).get(cell.id)
    assert outputs, f"{rel} cell {cell.id}: run tools/record_expected_outputs.py {rel}"
    assert all(
        o.get("output_type") in {"stream", "execute_result", "display_data"} for o in outputs
    )


def test_no_stale_expectations():
    marked = {(r, c.id) for r, c in MARKED}
    stale = [(r, cid) for r, cells in EXPECTED.items() for cid in cells if (r, cid) not in marked]
    assert not stale, f"expected outputs for cells no longer marked: {stale}"
