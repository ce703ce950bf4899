"""A knowledge folder's format mistakes in the plain words an exercise set's get.

Each kind of mistake an instructor can make in their own folder's files (a wrong type, a missing
field, an unknown field with a near name, a value of the wrong form, a value not in a list of
choices, a name with neither a family nor a literal part, a too-long value where a list belongs)
is shown as the instructor sees it: through ``pl.load`` (a ``DataValidationError`` whose
problems have the file, line, record and field) and through ``peerlearn validate FOLDER`` on
the command line. The words come from :mod:`peerlearn._schema_words`, shared with exercise sets.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from builders import make_kb, mech, ref, theory

import peerlearn as pl
from peerlearn._schema_words import validator_for
from peerlearn.cli import main
from peerlearn.errors import DataValidationError
from peerlearn.knowledge.checks import schema_errors
from peerlearn.knowledge.files import Source

#: jsonschema's own wording, or a cut, that no message may show.
RAW = (
    "is not of type",
    "is a required property",
    "Additional properties",
    "was unexpected",
    "is not valid under",
    "does not match",
    "should be non-empty",
    "is not one of",
    "is too long",
    "is too short",
    "...",
    "^",
    "(?!",
)


def _review(**csl: Any) -> dict[str, Any]:
    item = {"id": "smith2020", "type": "article-journal", "title": "A study", **csl}
    item["issued"] = item.get("issued", {"date-parts": [[2020]]})
    return {"schema_version": 1, "review": {"key": "smith2020", "csl": item, "findings": []}}


def _set(data: dict[str, Any], path: list[Any], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    if value is _DELETE:
        del data[path[-1]]
    else:
        data[path[-1]] = value


_DELETE = object()
LONG = "Mary Smith and the members of the peer support research group " * 12

# (file, change to make, field as reported, message, text on the reported line)
CASES: list[tuple[str, list[Any], Any, str, str, str]] = [
    (
        "mechanisms.yaml",
        ["mechanisms", 0, "key_terms"],
        "peer",
        "mechanisms[0].key_terms",
        "expected a list; got the text 'peer'",
        "key_terms: peer",
    ),
    (
        "mechanisms.yaml",
        ["mechanisms", 0, "definition"],
        _DELETE,
        "mechanisms[0].definition",
        "is required but missing; add it",
        "- id: helping",
    ),
    (
        "mechanisms.yaml",
        ["mechanisms", 0, "nmae"],
        "Helping",
        "mechanisms[0].nmae",
        "unknown field 'nmae' in a mechanism (did you mean 'name'?); allowed fields: id, name, "
        "definition, summary, helps, strains, key_terms, theories, sources",
        "nmae: Helping",
    ),
    (
        "mechanisms.yaml",
        ["mechanisms", 0, "sources", 0, "basis"],
        "the review",
        "mechanisms[0].sources[0].basis",
        "expected one of title, abstract, curated; got the text 'the review'",
        "basis: the review",
    ),
    (
        "mechanisms.yaml",
        ["mechanisms", 0, "name"],
        "",
        "mechanisms[0].name",
        "expected a non-empty text; got an empty text",
        "name: ''",
    ),
    (
        "theories.yaml",
        ["theories", 0, "year"],
        "1990s",
        "theories[0].year",
        "expected a year as a whole number (1990), or nothing; got the text '1990s'",
        "year: 1990s",
    ),
    (
        "theories.yaml",
        ["theories", 0, "originators"],
        LONG,
        "theories[0].originators",
        "expected a list; got the text 'Mary Smith and the members of the peer …'",
        "originators: 'Mary Smith",
    ),
    (
        "theories.yaml",
        ["schema_version"],
        2,
        "schema_version",
        "expected the format's version, 1; got the number 2",
        "schema_version: 2",
    ),
    (
        "review.yaml",
        ["review", "csl", "DOI"],
        "doi 10.1000",
        "review.csl.DOI",
        "expected a DOI: 10.NNNN/suffix (or a shortDOI, 10/abcd), one line, no spaces; "
        "got the text 'doi 10.1000'",
        "DOI: doi 10.1000",
    ),
    (
        "review.yaml",
        ["review", "csl", "issued"],
        {"date-parts": [["2019a"]]},
        "review.csl.issued.date-parts[0][0]",
        "expected a whole number; got the text '2019a'",
        "- 2019a",
    ),
    (
        "review.yaml",
        ["review", "csl", "author"],
        [{"given": "Mary"}],
        "review.csl.author[0]",
        "needs 'family' or 'literal'; got a mapping with only 'given'",
        "- given: Mary",
    ),
    (
        "review.yaml",
        ["review", "csl", "type"],
        "journal-article",
        "review.csl.type",
        "expected one of article, article-journal,",
        "type: journal-article",
    ),
]


def _folder(tmp_path: Path, file: str, path: list[Any], value: Any) -> Path:
    """A good folder whose mechanisms, theories and review are YAML, with one mistake made."""
    folder = make_kb(
        tmp_path / "kb",
        refs=[ref("smith2020"), ref("jones2019", 2019)],
        mechs=[mech("helping", ["smith2020"], ["helping-theory"])],
        theories=[theory("helping-theory", ["jones2019"])],
    )
    files = {
        stem: json.loads((folder / f"{stem}.json").read_text())
        for stem in ("mechanisms", "theories")
    }
    files["review"] = _review()
    for stem, data in files.items():
        (folder / f"{stem}.json").unlink(missing_ok=True)
        if f"{stem}.yaml" == file:
            _set(data, path, value)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
        (folder / f"{stem}.yaml").write_text(text, encoding="utf-8")
    return folder


def _plain(message: str) -> None:
    for raw in RAW:
        assert raw not in message, (raw, message)
    said = ("; got ", "; allowed fields: ")
    assert any(w in message for w in said) or message.startswith("is required"), message


@pytest.mark.parametrize(("file", "path", "value", "field", "message", "on_line"), CASES)
def test_each_mistake_in_plain_words_with_file_and_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file: str,
    path: list[Any],
    value: Any,
    field: str,
    message: str,
    on_line: str,
) -> None:
    folder = _folder(tmp_path, file, path, value)
    with pytest.raises(DataValidationError) as info:
        pl.load(folder)
    (p,) = [p for p in info.value.problems if p.field == field]
    assert p.file == file and p.message.startswith(message), p
    _plain(p.message)
    lines = (folder / file).read_text(encoding="utf-8").splitlines()
    assert p.line is not None and on_line in lines[p.line - 1], (p.line, lines)
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{file}:{p.line}: " in out and f"{field}: {message}" in out, out


def test_every_problem_of_a_broken_file_is_plain(tmp_path: Path) -> None:
    """Many mistakes at once: each said once, in plain words, at its own place."""
    m = mech("Love Labour", ["smith2020"])
    m.update(name=["Love", "labour"], nmae="x", theories="peer", summary="")
    del m["definition"]
    folder = make_kb(tmp_path / "kb", mechs=[m, {"id": 3}, "helping"])
    with pytest.raises(DataValidationError) as info:
        pl.load(folder)
    problems = [p for p in info.value.problems if p.file == "mechanisms.json"]
    for p in problems:
        _plain(p.message)
        assert p.line is not None
    fields = [p.field for p in problems]
    assert len(fields) == len(set(fields))  # one problem per place
    said = {p.field: p.message for p in problems}
    assert said["mechanisms[0].theories"] == "expected a list; got the text 'peer'"
    assert said["mechanisms[1].id"].startswith("expected an id: lower-case words joined by")
    assert said["mechanisms[1].name"] == "is required but missing; add it"
    assert said["mechanisms[0].name"] == "expected text; got a list of 2 item(s)"
    assert said["mechanisms[2]"] == (
        "expected a mechanism: a mapping with id, name and definition; got the text 'helping'"
    )
    # a list where a text belongs is no reason to look up each of its letters as a link
    assert not [p for p in info.value.problems if p.field and p.field.startswith("theories[")]


RULES: list[tuple[dict[str, Any], Any, str]] = [
    ({"type": "string", "maxLength": 5}, "peer support", "expected a text of at most 5 characters"),
    ({"type": "array", "maxItems": 1}, [1, 2], "expected a list of at most 1 item(s)"),
    ({"type": "array", "minItems": 2}, [1], "expected a list of at least 2 item(s)"),
    ({"type": "integer", "minimum": 1}, 0, "expected a whole number of at least 1"),
    ({"type": "array", "uniqueItems": True}, [1, 1], "expected a list with no item twice"),
    ({"type": "string", "pattern": "^x+$"}, "y", "expected text in the form this field needs"),
    ({"const": 1}, 2, "expected 1; got the number 2"),
]


@pytest.mark.parametrize(("schema", "value", "words"), RULES)
def test_a_field_without_a_title_is_said_by_its_rule(
    schema: dict[str, Any], value: Any, words: str
) -> None:
    """The knowledge schemas' CSL fields have no words of their own: their rule is said."""
    from peerlearn._schema_words import issues

    ((path, message),) = issues(
        validator_for({"properties": {"f": schema}}), {"f": value}, own=True
    )
    assert path == ("f",) and message.startswith(words), message
    _plain(message)


def test_a_too_long_text_is_said_with_its_length_not_in_full() -> None:
    from peerlearn._schema_words import issues

    v = validator_for({"properties": {"f": {"type": "string", "maxLength": 10}}})
    ((_, message),) = issues(v, {"f": LONG}, own=True)
    assert message == (
        "expected a text of at most 10 characters; got the text 'Mary Smith and the members "
        f"of the peer …' ({len(LONG)} characters)"
    )


def test_every_knowledge_stem_is_said_in_plain_words() -> None:
    """Every stem ``schema_errors`` handles: the wrong type at the top, said plainly."""
    stems: dict[str, Callable[[], Any]] = {
        "mechanisms": lambda: {"schema_version": 1, "mechanisms": {}},
        "theories": lambda: {"schema_version": 1, "theories": "t"},
        "glossary": lambda: {"schema_version": 1, "terms": 1},
        "references": lambda: {"id": "x"},
        "review": lambda: {"schema_version": 1, "review": []},
    }
    for stem, make in stems.items():
        src = Source(f"{stem}.json", f"{stem}.json", "", make(), False)
        found = schema_errors(stem, src)
        assert found, stem
        for _path, message in found:
            _plain(message)
