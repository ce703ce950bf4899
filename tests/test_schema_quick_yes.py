"""The quick yes before the full schema check of teaching content (issue 22, nbval time).

The facilitator's guide, the role-plays and a rubric file are checked against their JSON Schemas
through :func:`peerlearn.exercises._structure.schema_issues`: fastjsonschema's compiled check
first, jsonschema (every error, in plain words) only for data that fails it. Importing jsonschema
costs about two seconds where its format checkers are installed, so a valid file must never
reach it; and a quick yes must always be jsonschema's yes, or a bad file would pass unreported.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn.exercises import _structure

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "peerlearn" / "data"
#: schema -> the package's own file of that shape
SHIPPED = {
    "facilitation-guide.v1.json": DATA / "facilitation" / "guide.json",
    "roleplays.v1.json": DATA / "facilitation" / "roleplays.json",
    "rubric.v1.json": DATA / "rubrics" / "reflection.json",
}


def _full(name: str, data: Any) -> bool:
    return _structure.validator_for(_structure.load_schema(name)).is_valid(data)


def test_every_shipped_file_is_there() -> None:
    for path in SHIPPED.values():
        assert path.is_file(), path


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_the_shipped_files_get_a_quick_yes(name: str) -> None:
    data = json.loads(SHIPPED[name].read_text(encoding="utf-8"))
    assert _structure.schema_issues(name, data) == []
    assert _full(name, data)


def _places(data: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``data`` (the root included)."""
    out = [at]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _places(v, (*at, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _places(v, (*at, i))
    return out


REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 700),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
    st.sampled_from(["", " ", "x", "pairs", "threes", "love-labour", "Not An Id", "1"]),
    st.just([]),
    st.just({}),
    st.lists(st.text(max_size=3), max_size=2),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SHIPPED)), st.data())
def test_a_quick_yes_is_jsonschemas_yes_and_a_no_gets_its_report(name: str, draw) -> None:
    """Each file with one to three places changed (a value replaced, a field dropped or one
    added): fastjsonschema and jsonschema agree, and what fails is reported, every problem."""
    data = copy.deepcopy(json.loads(SHIPPED[name].read_text(encoding="utf-8")))
    for _ in range(draw.draw(st.integers(1, 3))):
        at = draw.draw(st.sampled_from(_places(data)))
        if not at:
            continue
        *parent_path, last = at
        parent = data
        for step in parent_path:
            parent = parent[step]
        how = draw.draw(st.sampled_from(["replace", "drop", "add"]))
        if how == "replace":
            parent[last] = draw.draw(REPLACEMENTS)
        elif how == "drop":
            del parent[last]
        elif isinstance(parent[last], dict):
            parent[last][draw.draw(st.sampled_from(["x", "notes", "id"]))] = "added"
    quick = _structure.quick_yes(name, data)
    full = _full(name, data)
    assert quick == full
    assert (_structure.schema_issues(name, data) == []) == full


def test_valid_content_is_loaded_without_importing_jsonschema(tmp_path: Path) -> None:
    """The guide, the role-plays and an instructor's own valid rubric file, in a fresh process:
    jsonschema is never imported; a broken rubric file then imports it for the report."""
    own = tmp_path / "rubric.json"
    own.write_text(SHIPPED["rubric.v1.json"].read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "r", "title": "T", "levels": [], "criteria": []}', encoding="utf-8")
    script = f"""
import sys
from peerlearn.exercises import facilitation, roleplays, rubric
facilitation.load()
roleplays.load()
rubric.load({str(own)!r})
print("after valid files:", "jsonschema" in sys.modules)
try:
    rubric.load({str(broken)!r})
except rubric.RubricError as e:
    print("broken:", len(e.problems), "problems")
print("after a broken file:", "jsonschema" in sys.modules)
"""
    env = {"PYTHONPATH": str(ROOT), "PEERLEARN_HOME": str(tmp_path / "home"), "PATH": "/usr/bin"}
    env.update({k: v for k, v in os.environ.items() if k == "PYTHONDONTWRITEBYTECODE"})
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "after valid files: False",
        "broken: 2 problems",
        "after a broken file: True",
    ]
