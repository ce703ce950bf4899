"""The reflection rubric (issue 20): the agreed shape, ids that exist, the review's point, errors
that say where, escaped HTML, and the course showing it beside every mechanism reflection."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peerlearn.errors import UnknownIdError
from peerlearn.exercises import rubric

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT / "peerlearn" / "data" / "rubrics" / "reflection.json"
DATA = json.loads(FILE.read_text(encoding="utf-8"))
MECHS = {
    m["id"] for m in json.loads((ROOT / "peerlearn/data/mechanisms.json").read_text())["mechanisms"]
}
CONCLUSION = json.loads((ROOT / "peerlearn/data/review.json").read_text())["review"]["conclusion"]


def test_the_file_has_the_agreed_shape() -> None:
    r = rubric.load()
    assert r.id == "reflection" and r.title
    assert [lv.level for lv in r.levels] == [1, 2, 3, 4]
    for c in r.criteria:
        assert [n for n, _ in c.descriptors] == [1, 2, 3, 4], c.id
        assert set(c.mechanisms) <= MECHS, c.id
    assert len({c.id for c in r.criteria}) == len(r.criteria)


def test_every_mechanism_is_named_by_some_criterion() -> None:
    assert {m for c in rubric.load().criteria for m in c.mechanisms} == MECHS


def test_helps_and_strains_rests_on_the_reviews_conclusion() -> None:
    # The review's abstract: the same mechanisms can lie behind what goes well and what goes wrong.
    assert "both what goes well and what goes wrong" in CONCLUSION
    c = rubric.load().criterion("helps-and-strains")
    assert "what goes well and what goes wrong" in c.descriptor(3)
    assert set(c.mechanisms) == MECHS


def test_higher_levels_build_on_lower_ones() -> None:
    for c in rubric.load().criteria:
        assert c.descriptor(4).startswith("As at 3"), c.id


def test_unknown_criterion_and_level_name_the_valid_ones() -> None:
    r = rubric.load()
    with pytest.raises(UnknownIdError, match="helps-and-strains"):
        r.criterion("helps-and-strain")
    with pytest.raises(UnknownIdError, match="1"):
        r.level_name(5)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["levels"].append({"level": 5, "name": "Beyond"}), "1 to 4"),
        (lambda d: d["criteria"][0]["descriptors"].pop("2"), "one descriptor per level"),
        (lambda d: d["criteria"][1].update(mechanisms=["love-labor"]), "love-labor"),
        (lambda d: d["criteria"][2].update(id=d["criteria"][0]["id"]), "its own"),
        (lambda d: d.pop("title"), "title: is required: expected the rubric's title"),
        (lambda d: d["levels"][1].update(level=3), "levels are numbered 1, 2, ... in turn"),
        (lambda d: d["criteria"][0].update(colour=1), "unknown field 'colour' in a criterion"),
    ],
)
def test_a_bad_rubric_says_what_and_where(tmp_path: Path, change, message: str) -> None:
    data = json.loads(json.dumps(DATA))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(rubric.RubricError) as err:
        rubric.load(path)
    text = str(err.value)
    assert message in text and "bad.json" in text


def test_not_json_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('{\n "id": "x",\n oops\n}', encoding="utf-8")
    with pytest.raises(rubric.RubricError) as err:
        rubric.load(path)
    assert err.value.problems[0].line == 3


def test_html_is_a_table_with_every_descriptor_escaped(tmp_path: Path) -> None:
    data = json.loads(json.dumps(DATA))
    data["criteria"][0]["descriptors"]["1"] = "<script>x</script> & more"
    r = rubric.from_data(data)
    html = rubric.to_html(r)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<tr>") == len(r.criteria) + 1
    assert all(f"{lv.level}. {lv.name}" in html for lv in r.levels)
    assert rubric.show(r)._repr_html_() == str(html)
    page = rubric.to_page(r)
    assert page.startswith("<!doctype html>") and "@page" in page


REFLECTING = [
    "02_lived_experience.ipynb",
    "03_love_labour.ipynb",
    "04_liminality.ipynb",
    "05_strengths_focussed_support.ipynb",
    "06_helper_role.ipynb",
    "08_putting_it_together.ipynb",
]


@pytest.mark.parametrize("nb", REFLECTING)
def test_learners_see_the_rubric_before_they_write(nb: str) -> None:
    cells = json.loads((ROOT / "notebooks" / nb).read_text(encoding="utf-8"))["cells"]
    heads = [i for i, c in enumerate(cells) if "".join(c["source"]).startswith("## ")]
    start = next(i for i in heads if "".join(cells[i]["source"]).startswith("## Reflection"))
    end = next((i for i in heads if i > start), len(cells))
    code = ["".join(c["source"]) for c in cells[start:end] if c["cell_type"] == "code"]
    shown = [i for i, s in enumerate(code) if re.search(r"\brubric\.show\(\)", s)]
    asked = [i for i, s in enumerate(code) if "exercise_widget" in s or ".widget()" in s]
    assert shown and asked and shown[0] < asked[0], nb


def test_the_plain_shape_round_trips_and_is_the_files() -> None:
    r = rubric.load()
    assert rubric.from_data(r.to_dict()) == r
    assert r.to_dict() == DATA


def test_the_rubric_schema_is_its_one_description_of_structure(tmp_path: Path) -> None:
    """The package's rubric passes its JSON Schema (``load()`` then takes it as checked, so a
    learner's kernel needs no jsonschema); a file's problems name their line."""
    from peerlearn.exercises import _structure

    validator = _structure.validator_for(_structure.load_schema("rubric.v1.json"))
    assert _structure.issues(validator, DATA) == []
    data = json.loads(json.dumps(DATA))
    data["criteria"][1]["descriptors"]["2"] = " "
    data["levels"][3]["name"] = 4
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(rubric.RubricError) as err:
        rubric.load(path)
    text = path.read_text(encoding="utf-8").splitlines()
    got = {(p.record, p.field): p for p in err.value.problems}
    name = got[("level 4", "name")]
    assert '"name": 4' in text[name.line - 1] and "got the number 4" in name.message
    descriptor = got[(f"criterion {data['criteria'][1]['id']!r}", "descriptors.2")]
    assert '"2": " "' in text[descriptor.line - 1] and "got an empty text" in descriptor.message
