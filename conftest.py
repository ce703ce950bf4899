"""Session-wide test settings.

- No test or notebook run writes into the real user data folder (PEERLEARN_HOME).
- nbval gets the expected outputs of notebook cells tagged ``nbval-check-output``.

The notebooks are stored without outputs (so learners open clean notebooks and diffs stay
readable), and nbval compares only cells whose stored reference was run. The expected outputs of
the tagged cells therefore live in ``tests/notebook_expected_outputs.json``, recorded by
``tools/record_expected_outputs.py``; this hook puts them on each tagged cell before it runs.
A tagged cell with no recorded output fails with a message that says how to record it.

nbval's markers are cell tags (``nbval-check-output``, ``nbval-ignore-output``, ``nbval-skip``,
``nbval-raises-exception``), which nbval reads natively, never ``# NBVAL_...`` comments: a
learner sees the cell's code, not the test's bookkeeping.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import nbformat
import pytest


def pytest_configure(config):
    # always a fresh folder: a learner's own PEERLEARN_HOME must never receive test attempts
    os.environ["PEERLEARN_HOME"] = tempfile.mkdtemp(prefix="peerlearn-test-home-")


HERE = Path(__file__).parent / "notebooks"
EXPECTED_FILE = Path(__file__).parent / "tests" / "notebook_expected_outputs.json"
MARK = "nbval-check-output"  # a cell tag


def _expected() -> dict:
    return json.loads(EXPECTED_FILE.read_text(encoding="utf-8")) if EXPECTED_FILE.exists() else {}


def pytest_collection_modifyitems(session, config, items):
    expected = None
    for item in items:
        cell = getattr(item, "cell", None)
        path = Path(str(getattr(item, "fspath", "")))
        tags = (cell or {}).get("metadata", {}).get("tags", [])
        if cell is None or HERE not in path.parents or MARK not in tags:
            continue
        expected = _expected() if expected is None else expected
        rel = path.relative_to(HERE).as_posix()
        outputs = expected.get(rel, {}).get(cell.get("id", ""))
        if outputs is None:
            item.add_marker(
                pytest.mark.xfail(
                    reason=f"{rel}: cell {cell.get('id')!r} is tagged {MARK} but has no expected "
                    "output recorded; run tools/record_expected_outputs.py",
                    strict=True,
                    run=False,
                )
            )
            continue
        cell["outputs"] = [nbformat.from_dict(o) for o in outputs]
        cell["execution_count"] = 1
