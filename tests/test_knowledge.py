"""The knowledge-base loader: look-ups, links both ways, tables, and every kind of bad input."""

from __future__ import annotations

import json

import pytest
from builders import make_kb, mech, ref, theory, write

import peerlearn as pl
from peerlearn import knowledge
from peerlearn.errors import DataValidationError, UnknownIdError


# ----------------------------------------------------------------------------- a small folder
def test_load_small_folder(kb_folder):
    kb = pl.load(kb_folder)
    assert [r.key for r in kb.references_list()] == ["smith2020", "jones2019"]
    assert kb.mechanism("helping").source_keys == ("smith2020", "jones2019")
    assert [m.id for m in kb.mechanisms_for("jones2019")] == ["helping"]
    assert kb.theory("helping-theory").mechanism_ids == ("helping",)
    assert "3 references" not in repr(kb) and "2 references" in repr(kb)


def test_links_both_ways_small(kb_folder):
    kb = pl.load(kb_folder)
    df = kb.sources_for("helping")
    assert list(df["key"]) == ["smith2020", "jones2019"]
    assert set(df.columns) >= {"key", "rationale", "basis", "via"}
    assert list(kb.sources_for("helping-theory")["key"]) == ["jones2019"]
    assert [m.id for m in kb.mechanisms_for("helping-theory")] == ["helping"]


def test_yaml_folder_loads_the_same(tmp_path):
    yaml = pytest.importorskip("yaml")
    folder = make_kb(tmp_path / "kb")
    data = json.loads((folder / "mechanisms.json").read_text())
    (folder / "mechanisms.json").unlink()
    (folder / "mechanisms.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    assert pl.load(folder).mechanism("helping").name == "Helping"


def test_optional_files_may_be_absent(tmp_path):
    folder = make_kb(tmp_path / "kb", mechs=[mech("helping", ["smith2020"])])
    (folder / "theories.json").unlink()
    (folder / "glossary.json").unlink()
    kb = pl.load(folder)
    assert kb.theories_list() == [] and kb.review is None
    assert len(kb.glossary()) == 0


# ----------------------------------------------------------------------------- bad input
def problems_of(folder, *, strict=False):
    with pytest.raises(DataValidationError) as info:
        pl.load(folder, strict=strict)
    assert isinstance(info.value, ValueError)
    return info.value.problems, str(info.value)


def test_bad_json_gives_file_and_line(kb_folder):
    (kb_folder / "mechanisms.json").write_text(
        '{"schema_version": 1,\n "mechanisms": [\n  {"id": }\n]}'
    )
    problems, msg = problems_of(kb_folder)
    assert problems[0].file == "mechanisms.json" and problems[0].line == 3
    assert "not valid JSON" in msg


def test_bad_yaml_gives_file_and_line(kb_folder):
    (kb_folder / "mechanisms.json").unlink()
    (kb_folder / "mechanisms.yaml").write_text(
        "schema_version: 1\nmechanisms:\n  - id: [unclosed\n"
    )
    problems, msg = problems_of(kb_folder)
    assert problems[0].file == "mechanisms.yaml" and problems[0].line is not None
    assert "not valid YAML" in msg


def test_wrong_type_names_record_field_and_line(tmp_path):
    bad = ref("smith2020")
    bad["title"] = {"en": "A title"}
    folder = make_kb(
        tmp_path / "kb",
        refs=[ref("jones2019"), bad],
        mechs=[mech("helping", ["jones2019"])],
        theories=[theory("t", ["jones2019"])],
    )
    (r,) = pl.load(folder).repairs  # the reading list loads; the title is left out, said
    assert (r.file, r.record, r.field, r.action) == (
        "references.json",
        "smith2020",
        "title",
        "dropped",
    )
    lines = (folder / "references.json").read_text().splitlines()
    assert '"title": {' in lines[r.line - 1]
    assert r.message.startswith("expected text; got a mapping (key: value lines)")
    problems, msg = problems_of(folder, strict=True)
    assert [p.field for p in problems] == ["title"] and "dropped: " in msg


def test_link_to_missing_key_suggests_close_match(tmp_path):
    folder = make_kb(tmp_path / "kb", mechs=[mech("helping", ["smith2020", "smith2021"])])
    problems, msg = problems_of(folder)
    (p,) = problems
    assert p.record == "helping" and p.field == "sources[1].key"
    assert "unknown reference key 'smith2021'" in msg and "smith2020" in msg
    lines = (folder / "mechanisms.json").read_text().splitlines()
    assert '"smith2021"' in lines[p.line - 1]


def test_duplicate_ids_and_duplicate_keys(tmp_path):
    folder = make_kb(tmp_path / "kb", refs=[ref("smith2020"), ref("smith2020"), ref("jones2019")])
    kb = pl.load(folder)  # the second gets a key of its own; links by the id find the first
    assert [r.key for r in kb.references_list()] == ["smith2020", "smith2020a", "jones2019"]
    assert "an earlier entry's too" in kb.repairs[0].message
    assert kb.mechanism("helping").source_keys[0] == "smith2020"
    text = (
        (folder / "theories.json").read_text().replace('"year": 2020', '"year": 2020, "year": 2021')
    )
    (folder / "theories.json").write_text(text)
    problems, _msg = problems_of(folder)
    assert any(p.file == "theories.json" and "duplicate key 'year'" in p.message for p in problems)


def test_every_problem_reported_at_once(tmp_path):
    m = mech("helping", ["nope2000"], ["no-theory"])
    m["basis_extra"] = True
    m["sources"][0]["basis"] = "the review"
    folder = make_kb(tmp_path / "kb", mechs=[m])
    problems, _msg = problems_of(folder)
    text = " | ".join(str(p) for p in problems)
    assert "nope2000" in text and "no-theory" in text
    assert "expected one of title, abstract, curated; got the text 'the review'" in text
    assert "basis_extra" in text
    assert len(problems) >= 4


def test_missing_required_file_and_folder(tmp_path):
    folder = make_kb(tmp_path / "kb")
    (folder / "references.json").unlink()
    _problems, msg = problems_of(folder)
    assert "missing references.json" in msg
    with pytest.raises(FileNotFoundError, match="does not exist"):
        pl.load(tmp_path / "nowhere")


def test_unknown_ids_raise_lookup_errors_with_suggestions(kb_folder):
    kb = pl.load(kb_folder)
    with pytest.raises(LookupError, match="Did you mean 'smith2020'"):
        kb.reference("smith2021")
    with pytest.raises(UnknownIdError, match="Valid: 'helping'"):
        kb.mechanism("helpin")
    with pytest.raises(UnknownIdError):
        kb.sources_for("smith2020")  # a reference is not a mechanism or theory
    with pytest.raises(ValueError, match="unknown style 'mla'"):
        kb.cite("smith2020", style="mla")
    with pytest.raises(ValueError, match="non-empty"):
        kb.search("  ")


def test_validate_single_file_and_cli(tmp_path, capsys):
    from peerlearn.cli import main

    folder = make_kb(tmp_path / "kb", mechs=[mech("helping", ["ghost1999"])])
    assert pl.validate(folder)  # the folder: link problem found
    assert pl.validate(folder / "mechanisms.json") == []  # a single file: its schema only
    write(folder / "mechanisms.json", {"schema_version": 2, "mechanisms": []})
    assert main(["validate", str(folder / "mechanisms.json")]) == 1
    out = capsys.readouterr().out
    said = "schema_version: expected the format's version, 1; got the number 2"
    assert f"mechanisms.json:2: {said}" in out
    assert main(["validate", str(tmp_path / "notes.txt.json")]) == 2
    (tmp_path / "other.json").write_text("{}")
    assert main(["validate", str(tmp_path / "other.json")]) == 1


# ----------------------------------------------------------------------------- the package's data
def test_package_data_validates():
    assert pl.validate() == []


def test_package_data_loads_like_a_user_folder():
    from importlib import resources

    folder = resources.files("peerlearn") / "data"
    kb = pl.load(str(folder))
    assert len(kb.references_list()) == 58
    assert [m.id for m in kb.mechanisms_list()] == [
        m.id for m in knowledge.default().mechanisms_list()
    ]


def test_contract_tables():
    refs = pl.references()
    assert len(refs) == 58
    for col in ("key", "year", "title", "as_cited", "category", "doi", "note", "mechanisms"):
        assert col in refs.columns
    mechs = pl.mechanisms()
    assert list(mechs["id"]) == [
        "lived-experience",
        "love-labour",
        "liminality",
        "strengths-focussed-support",
        "helper-role",
    ]
    assert len(pl.mechanism("love-labour").summary.split()) >= 150
    assert len(pl.theories()) >= 12
    assert "key" in pl.sources_for("love-labour").columns
    assert set(pl.links().columns) == {"mechanism", "theory", "reference", "rationale", "basis"}


def test_every_link_resolves_both_ways():
    kb = knowledge.default()
    for m in kb.mechanisms_list():
        for link in m.sources:
            assert m in kb.mechanisms_for(link.target)
        for link in m.theories:
            assert m in kb.mechanisms_for(link.target)
            assert link in kb.theory(link.target).mechanisms
        assert set(kb.sources_for(m.id)["key"]) == set(m.source_keys)
    for r in kb.references_list():
        for m in kb.mechanisms_for(r.key):
            assert r.key in m.source_keys


def test_no_link_claims_the_review_as_basis():
    kb = knowledge.default()
    for m in kb.mechanisms_list():
        for link in (*m.theories, *m.sources):
            assert link.basis in {"title", "abstract", "curated"}
            assert link.rationale.strip().endswith(".")


def test_review_record():
    review = pl.REVIEW
    assert review.doi == "10.1080/09638237.2017.1417559"
    assert review.findings == tuple(pl.mechanisms()["id"])
    assert "Watson" in review.citation


def test_unknown_mechanism_lists_the_five():
    with pytest.raises(UnknownIdError) as info:
        pl.mechanism("love-labor")
    msg = str(info.value)
    assert "Did you mean 'love-labour'" in msg
    for mid in ("lived-experience", "liminality", "helper-role", "strengths-focussed-support"):
        assert mid in msg


def test_search_spans_all_kinds():
    kinds = set(pl.search("emotional")["kind"])
    assert {"theory", "reference"} <= kinds
    assert pl.search("zzzzzz").empty


def test_import_is_light():
    import subprocess
    import sys

    code = (
        "import sys, peerlearn; "
        "heavy = [m for m in ('pandas', 'ipywidgets', 'yaml', 'citeproc', 'bibtexparser', 'rispy', "
        "'jsonschema', 'matplotlib', 'anywidget') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_resolve_names_what_it_was_given(kb_folder):
    kb = pl.load(kb_folder)
    assert knowledge.resolve(None) is knowledge.default()
    assert knowledge.resolve(kb) is kb
    assert knowledge.resolve(False) is None
    assert knowledge.resolve(str(kb_folder)).mechanisms_list() == kb.mechanisms_list()
    assert knowledge.resolve(kb_folder).folder == str(kb_folder)
    with pytest.raises(TypeError, match=r"KnowledgeBase.*folder path.*got list \['x'\]"):
        knowledge.resolve(["x"])


# ------------------------------------------------------------------- notes in reference lists
def test_reference_list_notes_a_cut_author_list_in_a_list_of_ones_own(tmp_path):
    from peerlearn.model import AUTHORS_CUT

    cut = ref("smith2020", title="Peer <support> & more", authors_truncated=True)
    kb = pl.load(make_kb(tmp_path / "kb", refs=[cut, ref("jones2019", 2019, "Helping helps")]))
    refs = kb.reference_list()
    assert refs.notes == ("", AUTHORS_CUT["list"])  # APA order: Jones, then Smith
    jones, smith = str(refs).splitlines()
    assert "et al." not in jones and "[" not in jones
    # the names the record holds, "et al." as it gave them, then the note; no name made up
    assert smith.startswith("Smith, J., et al. (2020).")
    assert smith.endswith(f"[{AUTHORS_CUT['list']}]") and "review" not in smith
    page = refs._repr_html_()
    assert page.count('class="peerlearn-note"') == 1 and "review" not in page
    assert "Peer &lt;support&gt; &amp; more" in page and "<support>" not in page


def test_reference_list_notes_what_the_review_cut():
    from peerlearn.model import AUTHORS_CUT

    refs = pl.reference_list(["castelein2008", "lynch2007"], review=False)
    castelein, lynch = str(refs).splitlines()
    assert castelein.endswith(f"[{AUTHORS_CUT['review']}]") and "[" not in lynch
    assert refs._repr_html_().count(AUTHORS_CUT["review"]) == 1
    # the widgets say the same words
    from peerlearn.widgets._wording import AUTHORS_TRUNCATED, OWN_LIST_NOTES

    assert (AUTHORS_TRUNCATED, OWN_LIST_NOTES[1]) == (AUTHORS_CUT["review"], AUTHORS_CUT["list"])


def test_reference_list_escapes_its_notes():
    from peerlearn.model import ReferenceList

    refs = ReferenceList(("A. (2020). T.",), ("A. (2020). <i>T</i>.",), notes=("<b>&</b>",))
    assert "[&lt;b&gt;&amp;&lt;/b&gt;]" in refs._repr_html_() and "<b>" not in refs._repr_html_()
    assert str(refs) == "A. (2020). T. [<b>&</b>]"
