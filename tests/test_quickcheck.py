"""The quick checks shipped compiled (peerlearn/_quickcheck): up to date, used only for their
own schema, a yes only where jsonschema says yes, and the data checked left as it was."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerlearn import _quickcheck
from peerlearn.exercises import _structure

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "compile_quick_checks", ROOT / "tools" / "compile_quick_checks.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def test_every_shipped_module_is_what_the_tool_makes_of_the_schema_now():
    """A schema edited without running the tool fails here (the package would still be right:
    a module whose hash differs is not used, only slower)."""
    for key, schema in TOOL.schemas().items():
        path = ROOT / "peerlearn" / "_quickcheck" / f"{_quickcheck.module_name(key)}.py"
        assert path.exists(), f"run tools/compile_quick_checks.py: {path.name} is missing"
        assert path.read_text(encoding="utf-8") == TOOL.render(key, schema), (
            f"run tools/compile_quick_checks.py: {path.name} is not up to date"
        )
    assert TOOL.main(["--check"]) == 0


def test_fastjsonschema_without_details_fails_on_const_and_an_enum_stands_in():
    """The library falls short: ``detailed_exceptions=False`` raises KeyError on ``const``
    (fastjsonschema 2.22.3). When this test fails, the library is fixed: drop ``as_enums``."""
    fastjsonschema = pytest.importorskip("fastjsonschema")
    schema = {"type": "object", "properties": {"kind": {"const": "reflection"}}}
    with pytest.raises(KeyError, match="definition_rule"):
        fastjsonschema.compile(schema, detailed_exceptions=False)
    check = fastjsonschema.compile(_quickcheck.as_enums(schema), detailed_exceptions=False)
    check({"kind": "reflection"})
    with pytest.raises(fastjsonschema.JsonSchemaException):
        check({"kind": "essay"})


def test_the_shipped_code_is_used_for_its_own_schema_only():
    schema = _structure.quick_schema()
    shipped = _quickcheck.quick_check("exercise-set", schema)
    assert shipped is not None and shipped.__closure__[0].cell_contents.__module__ == (
        "peerlearn._quickcheck.exercise_set"
    )
    # the same key with a schema edited since: compiled afresh, and the edit counts
    edited = copy.deepcopy(schema)
    edited["required"] = [*edited.get("required", []), "colour"]
    edited["properties"]["colour"] = {"type": "string"}
    fresh = _quickcheck.quick_check("exercise-set", edited)
    data = {"title": "T", "exercises": [{"id": "q", "kind": "reflection", "prompt": "Why?"}]}
    assert shipped(data) is True
    assert fresh(data) is False and fresh({**data, "colour": "blue"}) is True


def test_a_part_of_a_schema_is_checked_by_its_schema_s_shipped_code():
    """One exercise (``clean_exercise``) and the review's own CSL item are checked by the
    functions the exercise set's and the reference list's modules hold for those definitions,
    and a part compiled afresh (no shipped module) answers the same."""
    from peerlearn.knowledge.checks import _fast, quick_schema

    item = {"id": "q", "kind": "reflection", "prompt": "Why?"}
    cases = [
        (_structure.fast("exercise"), "exercise_set", item, {**item, "kind": "essay"}),
        (
            _fast("review-csl"),
            "references",
            {"id": "watson2019", "type": "article-journal"},
            {"id": "Watson 2019", "type": "article-journal"},
        ),
    ]
    for check, module, good, bad in cases:
        assert check.__closure__[0].cell_contents.__module__ == f"peerlearn._quickcheck.{module}"
        assert check(good) is True and check(bad) is False
    fresh = _quickcheck.quick_check("not-shipped", quick_schema("references"), "reference")
    assert fresh(cases[1][2]) is True and fresh(cases[1][3]) is False


def test_a_quick_check_leaves_the_data_as_it_was():
    """fastjsonschema fills in defaults unless told not to: an option's ``correct: false``."""
    data = {
        "title": "T",
        "exercises": [
            {
                "id": "q",
                "kind": "multiple-choice",
                "prompt": "Which?",
                "options": [{"text": "a", "correct": True}, {"text": "b"}],
            }
        ],
    }
    before = copy.deepcopy(data)
    assert _structure.fast_yes(data) is True
    assert data == before


def test_the_shipped_checks_work_without_fastjsonschema():
    """JupyterLite's site has no fastjsonschema: the shipped code needs none."""
    code = (
        "import sys; sys.modules['fastjsonschema'] = None\n"
        "from peerlearn.exercises import _structure\n"
        "from peerlearn.knowledge import checks\n"
        "ok = {'title': 'T', 'exercises': [{'id': 'q', 'kind': 'reflection', 'prompt': 'Why?'}]}\n"
        "print(_structure.fast_yes(ok), _structure.fast_yes({'title': 1}),"
        " checks._fast_valid('glossary', {'no': 1}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.split() == ["True", "False", "False"]


CONTENT = {
    "facilitation-guide": "facilitation/guide.json",
    "roleplays": "facilitation/roleplays.json",
    "rubric": "rubrics/reflection.json",
}


def _data_files():
    for stem in TOOL.KNOWLEDGE:
        path = ROOT / "peerlearn" / "data" / f"{stem}.json"
        if path.exists():
            yield stem, json.loads(path.read_text(encoding="utf-8"))
    for key, name in CONTENT.items():
        yield key, json.loads((ROOT / "peerlearn" / "data" / name).read_text(encoding="utf-8"))


def test_the_package_s_own_data_gets_a_quick_yes():
    found = dict(_data_files())
    assert set(found) == set(TOOL.schemas()) - {"exercise-set"}
    for key, data in found.items():
        assert _quickcheck.quick_check(key, TOOL.schemas()[key])(data), key


values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2, 3000), st.text(max_size=4)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TOOL.schemas())), values, st.data())
def test_the_quick_answer_is_jsonschema_s(key, value, draw):
    """On data near a valid record (one field of a real file set to anything): a quick yes
    exactly where jsonschema says yes."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = TOOL.schemas()[key]
    check = _quickcheck.quick_check(key, schema)
    base = {"title": "T", "exercises": [{"id": "q", "kind": "reflection", "prompt": "Why?"}]}
    if key != "exercise-set":
        files = dict(_data_files())
        base = files.get(key, {})
    data = copy.deepcopy(base)
    target = data
    if isinstance(data, dict) and data:
        name = draw.draw(st.sampled_from(sorted(data)))
        inner = data[name]
        if isinstance(inner, list) and inner and isinstance(inner[0], dict):
            target = inner[0]
            name = draw.draw(st.sampled_from(sorted(target)))
        target[name] = value
    full = jsonschema.Draft7Validator(_quickcheck.as_enums(schema)).is_valid(data)
    assert check(data) == full
