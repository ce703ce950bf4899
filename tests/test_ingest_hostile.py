"""Hostile and broken knowledge-base files (issue 14, the loader's part): bounded time for any
input, nothing silently wrong, nothing accepted that the rest of the package cannot handle. Every
refusal names the file, the line where there is one, the record and the field. No timed
assertions: the sizes are chosen so a regression hangs or explodes in memory instead (benchmarks/
has the figures).
"""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path

import pytest
from builders import make_kb, mech, ref, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import peerlearn as pl
from peerlearn.errors import DataValidationError, KnowledgeBaseWarning, PeerlearnError

pytestmark = pytest.mark.filterwarnings("ignore::peerlearn.errors.KnowledgeBaseWarning")


def _problems(folder: Path, *, strict: bool = False) -> list:
    with pytest.raises(DataValidationError) as err:
        pl.load(folder, strict=strict)
    return err.value.problems


def _repairs(folder: Path) -> list:
    """What loading changed (the list still loads), checked against what --strict refuses."""
    kb = pl.load(folder)
    refused = _problems(folder, strict=True)
    assert [(p.file, p.line, p.record, p.field) for p in refused] == [
        (r.file, r.line, r.record, r.field) for r in kb.repairs
    ]
    assert [p.message for p in refused] == [f"{r.action}: {r.message}" for r in kb.repairs]
    return list(kb.repairs)


# ----------------------------------------------------------------------------- denial of service
def test_a_yaml_alias_bomb_is_refused_before_it_is_expanded(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "mechanisms.json").unlink()
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):  # 9**12 values once expanded: this would never finish if walked
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    (folder / "mechanisms.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (p,) = [p for p in _problems(folder) if p.file == "mechanisms.yaml"]
    assert "alias" in p.message and "1,000,000" in p.message


def test_a_recursive_alias_is_refused(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "mechanisms.json").unlink()
    (folder / "mechanisms.yaml").write_text("&a [*a, *a]\n", encoding="utf-8")
    (p,) = [p for p in _problems(folder) if p.file == "mechanisms.yaml"]
    assert "alias" in p.message


def test_many_problems_are_located_in_one_pass(tmp_path):
    refs = [ref(f"smith{1700 + i}", 1700 + i, f"Title {i}") for i in range(400)]
    for r in refs:
        r["type"] = "not-a-type"
    folder = make_kb(tmp_path / "kb", refs=refs, mechs=[mech("helping", ["smith1700"])])
    (folder / "theories.json").unlink()
    repairs = _repairs(folder)
    assert len(repairs) == 400 and all(r.field == "type" for r in repairs)
    assert all(r.action == "normalised" and "read as 'document'" in r.message for r in repairs)
    lines = [r.line for r in repairs]
    assert lines == sorted(lines) and len(set(lines)) == 400  # each on its own line


@pytest.mark.parametrize(
    ("field", "value", "action", "words"),
    [
        ("issued", {"date-parts": [[2001000]]}, "dropped", "year 2001000 is out of range"),
        ("issued", {"date-parts": [[2001000000]]}, "dropped", "year 2001000000 is out of range"),
        ("issued", {"date-parts": [[2007, 0]]}, "dropped", "month 0 is out of range"),
        ("issued", {"date-parts": [[2007, 5, 32]]}, "dropped", "day 32 is out of range"),
        ("issued", {"date-parts": [["2007a"]]}, "normalised", "added by peerlearn"),
        ("issued", "May 2007", "dropped", "not a date"),
        ("accessed", {"date-parts": [[1, 2]]}, "dropped", "year 1 is out of range"),
        ("page", "200-100", "kept", "ends before it starts"),
        ("type", "video", "normalised", "read as 'motion_picture'"),
        ("DOI", "10.1000/a 10.1000/b", "normalised", "read as the DOI '10.1000/a'"),
    ],
)
def test_odd_values_are_kept_or_left_out_naming_file_record_and_field(
    tmp_path, field, value, action, words
):
    bad = ref("jones2019", 2019)
    bad[field] = value
    folder = make_kb(tmp_path / "kb", refs=[ref(), bad])
    (r,) = _repairs(folder)
    assert (r.file, r.record, r.field, r.action) == ("references.json", "jones2019", field, action)
    assert words in r.message and r.line is not None


@pytest.mark.parametrize(
    ("field", "value", "read"),
    [
        ("page", "1900615", "1900615"),  # an article number is a page
        ("DOI", "10/fqd6hj", "10/fqd6hj"),  # a shortDOI resolves at doi.org as it is
        ("issued", [{"year": 1968}], {"date-parts": [[1968]]}),  # pandoc's CSL-YAML form
        ("issued", {"year": 1968, "month": 5}, {"date-parts": [[1968, 5]]}),
        ("issued", {"date-parts": [[2007, 13]]}, {"date-parts": [[2007]], "season": 1}),
        ("issued", {"edtf": "2016-08"}, {"date-parts": [[2016, 8]]}),
        ("volume", 5.0, "5"),
    ],
)
def test_forms_tools_write_are_read_without_a_word(tmp_path, field, value, read):
    odd = ref("jones2019", 2019)
    odd[field] = value
    folder = make_kb(tmp_path / "kb", refs=[ref(), odd])
    kb = pl.load(folder, strict=True)
    assert kb.reference("jones2019").csl[field] == read and kb.repairs == ()


def test_undated_works_load(tmp_path):
    undated = ref("jones2019", 2019)
    undated["issued"] = {"date-parts": [["n.d."]]}
    folder = make_kb(tmp_path / "kb", refs=[ref(), undated])
    assert pl.load(folder).reference("jones2019").year is None


def test_a_fifo_is_refused_not_read(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "theories.json").unlink()
    os.mkfifo(folder / "theories.json")  # reading it would block for ever
    (p,) = [p for p in _problems(folder) if p.file == "theories.json"]
    assert "not a regular file" in p.message


# ----------------------------------------------------------------------------- silently wrong
def test_a_duplicate_number_is_left_out(tmp_path):
    folder = make_kb(tmp_path / "kb", refs=[ref(n=3), ref("jones2019", 2019, n=3)])
    (r,) = _repairs(folder)
    assert (r.record, r.field, r.action) == ("jones2019", "custom.n", "dropped")
    assert "the number 3 is already smith2020's" in r.message and r.line


def test_two_files_for_one_part_are_refused(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "references.yaml").write_text("[]\n", encoding="utf-8")
    (p,) = _problems(folder)
    assert "references.json and references.yaml are both here" in p.message


def test_several_candidate_exports_are_named(tmp_path):
    (tmp_path / "a.json").write_text("[]", encoding="utf-8")
    (tmp_path / "b.bib").write_text("", encoding="utf-8")
    (p,) = _problems(tmp_path)
    assert "a.json, b.bib" in p.message


def test_json_with_a_byte_order_mark_loads(tmp_path):
    folder = make_kb(tmp_path / "kb")
    path = folder / "references.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(pl.load(folder).references_list()) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("[" + "9" * 5000 + "]", "more digits than peerlearn reads"),
        ('[{"id": NaN}]', "NaN is not a number JSON allows"),
        ('[{"id": 1,}]', "not valid JSON: Expecting property name"),
    ],
)
def test_json_errors_are_labelled_json(tmp_path, text, words):
    folder = make_kb(tmp_path / "kb")
    (folder / "references.json").write_text(text, encoding="utf-8")
    (p,) = _problems(folder)
    assert p.file == "references.json" and "JSON" in p.message and "YAML" not in p.message
    assert words in p.message


@pytest.mark.parametrize("where", ["mechanism", "reference"])
def test_ids_ending_in_a_newline_are_refused(tmp_path, where):
    if where == "reference":
        folder = make_kb(tmp_path / "kb", refs=[ref(), ref("jones2019", 2019)])
        data = json.loads((folder / "references.json").read_text())
        data[0]["id"] = "smith2020\n"
        write(folder / "references.json", data)
        kb = pl.load(folder)  # not the package's form: a key is made for it, the id is kept
        assert "smith2020" in [r.key for r in kb.references_list()]
        assert kb.reference("smith2020\n").key == "smith2020"
    else:
        m = mech("helping\n", ["smith2020"])
        folder = make_kb(tmp_path / "kb", mechs=[m])
        problems = _problems(folder)
        assert any(p.field == "mechanisms[0].id" and "hyphens" in p.message for p in problems)


# ----------------------------------------------------------------------------- crashes after a load
def _review(csl: dict) -> dict:
    return {"schema_version": 1, "review": {"key": "r2020", "csl": csl, "findings": []}}


@pytest.mark.parametrize(
    ("csl", "field"),
    [
        ({"id": "r2020", "type": "article-journal", "author": "Watson, E."}, "review.csl.author"),
        ({"id": "r2020", "type": "article-journal", "issued": "2019"}, "review.csl.issued"),
    ],
)
def test_a_review_whose_citation_would_crash_is_refused(tmp_path, csl, field):
    folder = make_kb(tmp_path / "kb")
    write(folder / "review.json", _review(csl))
    problems = _problems(folder)
    assert any((p.file, p.record, p.field) == ("review.json", "r2020", field) for p in problems)


def test_a_yaml_date_in_an_extra_field_stays_text(tmp_path):
    folder = make_kb(tmp_path / "kb")
    data = json.loads((folder / "references.json").read_text())
    (folder / "references.json").unlink()
    import yaml

    text = yaml.safe_dump(data, sort_keys=False) + "  seen: 2024-03-05\n"
    text = text.replace("  custom:", "  event-date: 2024-03-05\n  custom:", 1)
    (folder / "references.yaml").write_text(text, encoding="utf-8")
    kb = pl.load(folder)
    last = kb.references_list()[-1]
    assert last.csl["seen"] == "2024-03-05"
    assert kb.references_list()[0].csl["event-date"] == {"date-parts": [[2024, 3, 5]]}
    assert "2024" in kb.export(format="csl-json")  # no date object for json.dumps to choke on
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        kb.cite(last.key)
        kb.reference_list()
    # `seen` is no CSL variable: the knowledge base keeps it, the engine (which would warn
    # "arguments for Reference are unsupported: seen") never sees it
    assert [str(w.message) for w in seen if "unsupported" in str(w.message)] == []
    assert last.csl["seen"] == "2024-03-05"


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("\ud800 lone", "lone surrogate (U+D800)"),
        ("marker \ue001 inside", "private-use character U+E001"),
    ],
)
def test_characters_the_package_cannot_handle_are_left_out(tmp_path, title, words):
    folder = make_kb(tmp_path / "kb")
    data = json.loads((folder / "references.json").read_text())
    data[1]["title"] = title
    (folder / "references.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    (r,) = _repairs(folder)
    assert (r.record, r.field, r.action) == ("jones2019", "title", "dropped")
    assert words in r.message and r.line
    assert "title" not in pl.load(folder).reference("jones2019").csl


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # what is removed


def test_the_quick_control_test_finds_what_the_pattern_finds():
    """holds_control tests a Latin-1 text as bytes: the same answer as the pattern for every
    character up to U+03FF, alone and inside texts of one byte and of wider characters."""
    from peerlearn.knowledge.ingest import holds_control

    for code in range(0x400):
        char = chr(code)
        want = bool(_CONTROLS.search(char))
        for text in (char, f"Café {char} x\n", f"Ωmega {char}\t", "é" * 5 + char):
            assert holds_control(text) is want, (hex(code), text)


@pytest.mark.parametrize("wide", ["", "Ωmega "])
@pytest.mark.parametrize(
    ("char", "action", "words"),
    [
        ("\x07", "normalised", "control character U+0007 removed"),
        ("\x9f", "normalised", "control character U+009F removed"),
    ],
)
def test_control_characters_in_a_bibtex_file_are_removed_and_said(
    tmp_path, wide, char, action, words
):
    path = tmp_path / "list.bib"
    path.write_text(
        "@book{lynch2007, author = {Lynch, K.}, "
        f"title = {{{wide}Caf\u00e9{char}s}}, year = 2007}}\n",
        encoding="utf-8",
    )
    kb = pl.load(path)
    (r,) = kb.repairs
    assert (r.record, r.field, r.action, r.line) == ("lynch2007", "title", action, 1)
    assert words in r.message
    assert char not in kb.reference("lynch2007").csl["title"]


@pytest.mark.parametrize("wide", ["", "Ωmega "])
def test_a_private_use_character_in_a_bibtex_file_is_left_out(tmp_path, wide):
    path = tmp_path / "list.bib"
    path.write_text(
        f"@book{{lynch2007, author = {{Lynch, K.}}, title = {{{wide}a \ue001 b}}, year = 2007}}\n",
        encoding="utf-8",
    )
    kb = pl.load(path)
    (r,) = kb.repairs
    assert (r.record, r.field, r.action) == ("lynch2007", "title", "dropped")
    assert "private-use character U+E001" in r.message


def test_deep_nesting_is_left_out(tmp_path):
    folder = make_kb(tmp_path / "kb")
    data = json.loads((folder / "references.json").read_text())
    deep: object = "x"
    for _ in range(900):
        deep = {"a": deep}
    data[0]["custom"]["extra"] = deep
    (folder / "references.json").write_text(json.dumps(data), encoding="utf-8")
    (r,) = _repairs(folder)
    assert (r.record, r.field) == ("smith2020", "custom.extra")
    assert "nested more than 32 levels" in r.message


def test_yaml_values_that_are_not_json_are_refused(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "glossary.json").unlink()
    (folder / "glossary.yaml").write_text(
        "schema_version: 1\nterms:\n  - id: peer\n    term: Peer\n    definition: x\n"
        "    seen: !!set {a: null}\n    2020: year key\n",
        encoding="utf-8",
    )
    messages = [p.message for p in _problems(folder)]
    assert any("YAML set value is not a JSON value" in m for m in messages)
    assert any("the key 2020 is not text" in m for m in messages)


# ----------------------------------------------------------------------------- fuzzing
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
_FIELDS = st.sampled_from(
    ["id", "type", "title", "author", "editor", "issued", "page", "custom", "DOI", "note"]
)
_ITEM = st.dictionaries(_FIELDS, _JSON, max_size=8)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=st.lists(_ITEM, max_size=5), mechs=_JSON)
def test_arbitrary_json_raises_only_the_packages_errors(tmp_path_factory, items, mechs):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "references.json").write_text(json.dumps(items), encoding="utf-8")
    (folder / "mechanisms.json").write_text(json.dumps(mechs), encoding="utf-8")
    try:
        kb = pl.load(folder)
    except DataValidationError as e:
        assert all(p.file for p in e.problems)
        return
    for r in kb.references_list():  # what loads can be used
        kb.cite(r.key)
        assert r.label


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300), suffix=st.sampled_from([".json", ".yaml", ".bib", ".ris"]))
def test_arbitrary_text_raises_only_the_packages_errors(tmp_path_factory, text, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"references{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", KnowledgeBaseWarning)
            pl.load(path)
    except PeerlearnError:
        pass


@settings(max_examples=150, deadline=None)
@given(items=st.lists(_ITEM, max_size=3))
def test_the_fast_validator_agrees_with_jsonschema(items):
    from jsonschema import Draft202012Validator

    from peerlearn.knowledge.checks import _fast_valid, _schema

    full = Draft202012Validator(_schema("references")).is_valid(items)
    assert _fast_valid("references", items) == full


def test_fastjsonschema_falls_short_on_newer_keywords_and_the_draft7_copy_covers_it():
    """fastjsonschema knows drafts 4-7 only: it passes a link with ``link_basis`` and no
    ``link_rationale`` (``dependentRequired`` is a 2019-09 keyword). The draft-7 copy the loader
    compiles says ``dependencies`` instead, so the quick check and jsonschema agree."""
    import fastjsonschema
    from jsonschema import Draft202012Validator

    from peerlearn.knowledge.checks import _fast_valid, _schema

    schema = _schema("mechanisms")
    link = {"key": "smith2020", "rationale": "Because.", "basis": "title", "link_basis": "curated"}
    data = {
        "schema_version": 1,
        "mechanisms": [{"id": "m", "name": "M", "definition": "D.", "sources": [link]}],
    }
    if "dependentRequired" not in json.dumps(schema):
        pytest.skip("the mechanisms schema no longer uses dependentRequired")
    fastjsonschema.compile(schema)(data)  # the library alone: no complaint
    assert not Draft202012Validator(schema).is_valid(data)
    assert _fast_valid("mechanisms", data) is False


def test_every_csl_variable_of_the_wrong_shape_is_refused_or_usable(tmp_path):
    """A variable the schema once let through (``"ISBN": {...}``, ``"director": true``) loaded,
    then broke the citation engine or an export. Every CSL variable is now checked."""
    from peerlearn.csl import NAME_VARIABLES as _NAME_VARS
    from peerlearn.knowledge.ingest import _TEXT_VARS

    repaired = 0
    for var in sorted(_TEXT_VARS | _NAME_VARS):
        for i, value in enumerate(({"x": 1}, True, [{"given": "x"}])):
            folder = tmp_path / f"{var}-{i}"
            folder.mkdir()
            item = {"id": "a", "type": "book", "title": "T", "author": [{"family": "Ng"}]}
            item[var] = value
            (folder / "x.json").write_text(json.dumps([item]), encoding="utf-8")
            kb = pl.load(folder)  # never refused for one field
            assert kb.repairs, (var, value)
            assert all(r.field.startswith(var) for r in kb.repairs), (var, kb.repairs)
            repaired += 1
            kb.cite(kb.references_list()[0].key)
            for fmt in ("bibtex", "ris", "csl-json"):
                kb.export(format=fmt)
    assert repaired == 3 * len(_TEXT_VARS | _NAME_VARS)
