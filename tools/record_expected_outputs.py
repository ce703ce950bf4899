"""Record the expected outputs of notebook cells tagged ``nbval-check-output``.

Notebooks are stored without outputs, and nbval compares only cells whose stored reference was
run, so the expected outputs of tagged cells live beside the notebooks in
``tests/notebook_expected_outputs.json``; the root ``conftest.py`` hands them to nbval.

Run after changing a tagged cell or the data it prints (then review the diff):

    .venv/bin/python tools/record_expected_outputs.py            # every notebook
    .venv/bin/python tools/record_expected_outputs.py notebooks/03_love_labour.ipynb
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
EXPECTED = REPO / "tests" / "notebook_expected_outputs.json"
MARK = "nbval-check-output"  # a cell tag, as nbval reads it


def marked(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    """The code cells tagged :data:`MARK`."""
    return [
        c
        for c in nb.cells
        if c.cell_type == "code" and MARK in c.get("metadata", {}).get("tags", [])
    ]


def record(path: Path) -> dict[str, list[dict]]:
    nb = nbformat.read(path, as_version=4)
    if not marked(nb):
        return {}
    NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(path.parent)}}).execute()
    out = {}
    for cell in marked(nb):
        outputs = [dict(o) for o in cell.outputs]
        for o in outputs:
            o.pop("execution_count", None)
        out[cell.id] = outputs
    return out


def main(argv: list[str]) -> int:
    os.environ.setdefault("PEERLEARN_HOME", tempfile.mkdtemp(prefix="peerlearn-record-"))
    paths = [Path(a).resolve() for a in argv] or sorted(
        p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )
    data = json.loads(EXPECTED.read_text()) if EXPECTED.exists() else {}
    for path in paths:
        rel = path.relative_to(NOTEBOOKS).as_posix()
        outputs = record(path)
        if outputs:
            data[rel] = outputs
            print(f"{rel}: {len(outputs)} tagged cell(s) recorded")
        else:
            data.pop(rel, None)
    EXPECTED.write_text(json.dumps(dict(sorted(data.items())), indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
