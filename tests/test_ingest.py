"""An instructor's own reading list, straight from Zotero, Better BibTeX, Mendeley, pandoc, BibTeX
or RIS (issue 10): every export loads untouched, keys in the package's style, original ids usable,
what is missing reported once with counts, and everything takes the folder (explore, generate,
the command line's --data, validate, init-kb).

The exports are written by tests/ingest_exports.py, by hand, in each tool's documented shape.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from ingest_exports import EXPORTS, WORKS, large_zotero_export, zotero_csl_json

import peerlearn as pl
from peerlearn.errors import DataValidationError, KnowledgeBaseWarning

KEYS = ["lynch2007", "riessman1965", "scott2011a", "scott2011b", "hochschild1983", "nihce2016"]


def _load(path: Path) -> pl.KnowledgeBase:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kb = pl.load(path)
    found = [w for w in caught if issubclass(w.category, KnowledgeBaseWarning)]
    assert len(found) == 1, "what the export lacks is reported once"
    assert str(found[0].message).count("\n  - ") == len(kb.notes)
    return kb


@pytest.fixture(params=sorted(EXPORTS))
def export(request, tmp_path) -> Path:
    """One tool's export, alone in a folder, under the name the tool gives it."""
    name = request.param
    folder = tmp_path / name.replace(".", "-")
    folder.mkdir()
    (folder / name).write_text(EXPORTS[name](), encoding="utf-8")
    return folder / name


# ----------------------------------------------------------------------------- any export loads
def test_every_export_loads_as_a_folder_and_as_a_file(export):
    for path in (export.parent, export):
        kb = _load(path)
        assert [r.key for r in kb.references_list()] == KEYS
        assert kb.reference("scott2011b").authors[1].family == "Doughty"
        assert kb.reference("nihce2016").authors[0].literal.startswith("National Institute")
        assert kb.reference("nihce2016").year == 2016
        assert {r.category for r in kb.references_list()} == {"unclassified"}
        assert kb.mechanisms_list() == [] and kb.review is None
        text = kb.cite("lynch2007")
        assert text.startswith("Lynch, K. (2007). Love labour")
        assert kb.as_cited("riessman1965") == kb.cite("riessman1965")  # rendered stands in
        assert any("no custom.as_cited" in n for n in kb.notes)
        assert any("no mechanisms" in n for n in kb.notes)


def test_original_ids_are_kept_and_usable(tmp_path):
    (tmp_path / "My Library.json").write_text(zotero_csl_json(), encoding="utf-8")
    kb = _load(tmp_path)
    ref = kb.reference("2656243/9G79BL7D")
    assert ref.key == "lynch2007" and ref.csl["custom"]["original_id"] == "2656243/9G79BL7D"
    assert kb.key_of("2656243/E6F7G8H9") == "scott2011b"
    assert kb.cite("2656243/9G79BL7D", form="in-text") == "(Lynch, 2007)"
    assert kb.kind_of("2656243/QX4J2M8P") == "reference"
    assert any("6 of 6 references got a key" in n for n in kb.notes)


def test_zotero_fields_dates_and_extra_lines(tmp_path):
    (tmp_path / "zotero.json").write_text(zotero_csl_json(), encoding="utf-8")
    kb = _load(tmp_path)
    riessman = kb.reference("riessman1965").csl
    assert riessman["original-date"] == {"date-parts": [[1965]]}  # read from Extra
    assert riessman["note"] == "Read for week 2."  # the rest of Extra is kept
    assert riessman["accessed"] == {"date-parts": [[2024, 3, 5]]}
    assert kb.reference("lynch2007").csl["abstract"].startswith("Fixture placeholder")
    assert any("1 field was read from Zotero's Extra" in n for n in kb.notes)


def test_better_bibtex_citation_keys_work_in_lookups(tmp_path):
    (tmp_path / "bbt.json").write_text(EXPORTS["better-bibtex.json"](), encoding="utf-8")
    kb = _load(tmp_path)
    assert kb.reference("lynchLoveLabourDistinct2007").key == "lynch2007"
    assert kb.reference("lynch2007").csl["keyword"] == "peer support, fixture keyword"


def test_pandoc_yaml_dates_stay_text_and_become_date_parts(tmp_path):
    (tmp_path / "references.yaml").write_text(EXPORTS["references.yaml"](), encoding="utf-8")
    assert "issued: 2016-08\n" in (tmp_path / "references.yaml").read_text()
    kb = _load(tmp_path)
    assert kb.reference("nihce2016").csl["issued"] == {"date-parts": [[2016, 8]]}


NG = [{"family": "Ng"}]


def test_keys_get_a_b_suffixes_and_keep_existing_keys(tmp_path):
    items = [
        {"id": "x1", "type": "book", "title": "One", "author": [{"family": "Ng"}], "issued": 2001},
        {"id": "ng2001", "type": "book", "title": "Two", "author": [{"family": "Ng"}]},
        {
            "id": "x3",
            "type": "book",
            "title": "Three",
            "author": [{"family": "Ng"}],
            "issued": 2001,
        },
        {"id": "x4", "type": "book", "title": "Über alles", "issued": {"literal": "n.d."}},
    ]
    (tmp_path / "references.json").write_text(json.dumps(items), encoding="utf-8")
    kb = _load(tmp_path)
    assert [r.key for r in kb.references_list()] == ["ng2001a", "ng2001", "ng2001b", "ubernd"]
    assert kb.reference("ubernd").year is None and kb.reference("ubernd").label.endswith("(n.d.)")


def test_category_inferred_from_the_csl_type_where_it_can_be(tmp_path):
    items = [
        {"id": "a", "type": "legislation", "title": "Mental Health Act", "issued": 1983},
        {"id": "b", "type": "dataset", "title": "Survey", "issued": 2020},
        {"id": "c", "type": "book", "title": "T", "custom": {"category": "theory"}},
    ]
    (tmp_path / "references.json").write_text(json.dumps(items), encoding="utf-8")
    kb = _load(tmp_path)
    assert [r.category for r in kb.references_list()] == ["policy", "unclassified", "theory"]
    assert any("1 set to 'policy' from their CSL type, 1 'unclassified'" in n for n in kb.notes)


def test_mechanisms_need_no_theories_and_may_link_by_original_id(tmp_path):
    (tmp_path / "My Library.json").write_text(zotero_csl_json(), encoding="utf-8")
    (tmp_path / "mechanisms.yaml").write_text(
        "schema_version: 1\nmechanisms:\n"
        "  - id: caring-work\n    name: Caring work\n"
        "    definition: Care given in a relationship.\n"
        "    sources:\n"
        "      - key: 2656243/9G79BL7D\n        rationale: Its title names love labour.\n"
        "        basis: title\n"
        "      - key: hochschild1983\n        rationale: Emotional labour.\n"
        "        basis: curated\n",
        encoding="utf-8",
    )
    kb = _load(tmp_path)
    m = kb.mechanism("caring-work")
    assert m.theories == () and m.source_keys == ("lynch2007", "hochschild1983")
    assert [x.id for x in kb.mechanisms_for("2656243/9G79BL7D")] == ["caring-work"]


def test_a_thousand_item_export_loads_and_its_problems_come_in_one_pass(tmp_path):
    (tmp_path / "My Library.json").write_text(large_zotero_export(1000), encoding="utf-8")
    kb = _load(tmp_path)
    assert len(kb.references_list()) == 1000
    assert len({r.key for r in kb.references_list()}) == 1000
    items = json.loads(large_zotero_export(1000))
    for item in items[::10]:
        item["issued"] = {"date-parts": [["20071"]]}  # a typo year in every tenth item
    (tmp_path / "My Library.json").write_text(json.dumps(items, indent=1), encoding="utf-8")
    kb = _load(tmp_path)  # one odd field never refuses a reading list: it is left out, said
    assert len(kb.references_list()) == 1000 and len(kb.repairs) == 100
    assert kb.reference("2656243/0000000A").year is None
    assert any("100 values could not be taken as written (100 dropped)" in n for n in kb.notes)
    with pytest.raises(DataValidationError) as err:
        pl.load(tmp_path, strict=True)
    problems = err.value.problems
    assert len(problems) == 100
    assert all(p.field == "issued" and "out of range" in p.message for p in problems)
    assert all(p.message.startswith("dropped: ") for p in problems)
    assert problems[1].line is not None and problems[1].line > problems[0].line
    assert problems[1].record.endswith("(id '2656243/0000000A' in the file)")  # as the file has it


# ----------------------------------------------------------------------------- everything takes it
def _instructor_kb(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zotero.json").write_text(zotero_csl_json(), encoding="utf-8")
    (folder / "mechanisms.yaml").write_text(
        "schema_version: 1\nmechanisms:\n"
        "  - id: caring-work\n    name: Caring work\n    definition: Care in a relationship.\n"
        "    sources:\n      - key: lynch2007\n        rationale: Its title.\n"
        "        basis: title\n",
        encoding="utf-8",
    )
    return folder


def test_explore_takes_a_folder_path_and_says_nothing_of_a_review(tmp_path):
    from peerlearn.widgets._catalog import catalog
    from peerlearn.widgets._wording import OWN_LIST_NOTES

    folder = _instructor_kb(tmp_path / "kb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KnowledgeBaseWarning)
        app = pl.explore(kb=str(folder))  # was: TypeError: cannot create weak reference to 'str'
        assert app._cat is catalog(folder)  # one load for every view given the same folder
    html = app._cat.details_html("mechanism:caring-work") + app._cat.details_html(
        "source:lynch2007"
    )
    assert app._cat.links_note == OWN_LIST_NOTES[0]
    assert "review" not in " ".join(OWN_LIST_NOTES)
    text = str(html).lower().replace("the sociological review", "")  # a journal's name
    assert "review" not in text and "watson" not in text


def test_cli_validates_a_quiz_against_an_instructors_folder(tmp_path, capsys):
    from peerlearn.cli import main

    folder = _instructor_kb(tmp_path / "mykb")
    quiz = tmp_path / "myquiz.yaml"
    quiz.write_text(
        "schema_version: 1\nid: my-quiz\ntitle: My quiz\nexercises:\n"
        "  - id: q1\n    kind: multiple-choice\n    prompt: Which work names love labour?\n"
        "    options:\n      - text: Lynch (2007)\n        correct: true\n"
        "        feedback: Its title does.\n      - text: Riessman (1965)\n"
        "        correct: false\n        feedback: It is about helping.\n"
        "    sources: [2656243/9G79BL7D, riessman1965]\n    mechanisms: [caring-work]\n",
        encoding="utf-8",
    )
    assert main(["validate", str(quiz)]) == 1  # against the package's data: unknown ids
    assert "caring-work" in capsys.readouterr().out
    assert main(["--data", str(folder), "validate", str(quiz)]) == 0
    assert main(["validate", "--data", str(folder), str(quiz)]) == 0
    assert main(["validate", str(folder), str(quiz)]) == 0  # the folder named beside it
    out = capsys.readouterr().out
    assert f"{quiz} (against the knowledge base {folder}): OK" in out
    assert "note: " in out  # what the export lacks, with counts
    assert main(["--data", str(folder), "cite", "2656243/9G79BL7D", "--in-text"]) == 0
    assert capsys.readouterr().out.strip() == "(Lynch, 2007)"
    assert main(["search", "--data", str(folder), "love", "labour"]) == 0


def test_init_kb_writes_a_starter_and_never_replaces_a_file(tmp_path, capsys):
    from peerlearn.cli import main

    export = tmp_path / "my-library.json"
    export.write_text(zotero_csl_json(), encoding="utf-8")
    folder = tmp_path / "course-kb"
    assert main(["init-kb", str(folder), "--from", str(export)]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "OK" in out and "note:" in out
    starter = (folder / "mechanisms.yaml").read_text(encoding="utf-8")
    assert "lynch2007" in starter and "rationale" in starter and "basis" in starter
    # uncomment the example: it validates as written
    lines = starter.splitlines()
    start = lines.index("mechanisms: []")
    body = [ln[2:] if ln.startswith("# ") else ln for ln in lines[start + 1 :]]
    (folder / "mechanisms.yaml").write_text(
        "\n".join([*lines[:start], "mechanisms:", *body]) + "\n", encoding="utf-8"
    )
    kb = _load(folder)
    assert kb.mechanism("first-mechanism").source_keys == ("lynch2007", "riessman1965")
    edited = (folder / "mechanisms.yaml").read_text(encoding="utf-8")
    assert main(["init-kb", str(folder), "--from", str(export)]) == 0  # same export: kept
    assert (folder / "mechanisms.yaml").read_text(encoding="utf-8") == edited
    other = tmp_path / "other.ris"
    other.write_text(EXPORTS["zotero.ris"](), encoding="utf-8")
    assert main(["init-kb", str(folder), "--from", str(other)]) == 2  # a different list: refused
    assert "never replaces" in capsys.readouterr().err
    assert main(["init-kb", str(tmp_path / "x"), "--from", str(tmp_path / "nope.json")]) == 2


def test_generate_takes_the_folder(tmp_path):
    from peerlearn.exercises import generate

    folder = _instructor_kb(tmp_path / "kb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KnowledgeBaseWarning)
        (q,) = generate(n=1, kb=str(folder), seed="class A")
        assert (
            q.prompt == "Which of these works does the course link to the mechanism “Caring work”?"
        )
        assert [o.text for o in q.options if o.correct] == [
            "Lynch (2007), Love labour as a distinct and non-commodifiable form of care labour"
        ]
        with pytest.raises(ValueError, match="supports 1 "):  # one mechanism, one link
            generate(n=2, kb=str(folder))
    assert len(WORKS) == 6


@pytest.mark.parametrize("name", ["zotero.bib", "zotero.ris"])
def test_bibtex_and_ris_keep_keywords_accessed_dates_abstracts_and_urls(tmp_path, name):
    (tmp_path / name).write_text(EXPORTS[name](), encoding="utf-8")
    kb = _load(tmp_path / name)
    csl = kb.reference("lynch2007").csl
    assert csl["accessed"] == {"date-parts": [[2024, 3, 5]]}
    assert csl["keyword"] == "peer support, fixture keyword"
    assert csl["abstract"].startswith("Fixture placeholder")
    assert csl["URL"].startswith("https://")
    assert kb.reference("nihce2016").csl["issued"]["date-parts"][0][:2] == [2016, 8]


def test_the_guide_s_example_loads_and_its_commands_exist(tmp_path):
    import re

    from peerlearn.cli import _parser

    guide = (Path(__file__).resolve().parents[1] / "docs" / "YOUR_OWN_READING_LIST.md").read_text()
    (block,) = re.findall(r"```yaml\n(.*?)```", guide, re.S)
    (tmp_path / "mechanisms.yaml").write_text(block, encoding="utf-8")
    (tmp_path / "My Library.json").write_text(zotero_csl_json(), encoding="utf-8")
    kb = _load(tmp_path)
    assert kb.mechanism("caring-work").source_keys == ("lynch2007", "hochschild1983")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    bash = "\n".join(re.findall(r"```bash\n(.*?)```", guide, re.S))
    used = set(re.findall(r"^peerlearn (?:--data \S+ )?([a-z-]+)", bash, re.M))
    assert used and used <= set(sub.choices)


def test_validate_takes_an_export_file(tmp_path):
    for name in ("My Library.json", "zotero.bib", "zotero.ris"):
        key = name if name in EXPORTS else "zotero.json"
        (tmp_path / name).write_text(EXPORTS[key](), encoding="utf-8")
        assert pl.validate(tmp_path / name) == [], name
    (tmp_path / "broken.bib").write_text("@article{x, title = {unclosed", encoding="utf-8")
    (p,) = pl.validate(tmp_path / "broken.bib")  # nothing in it can be read: refused
    assert (p.file, p.line, p.record) == ("broken.bib", 1, "@article{x}")
    assert "BibTeX entry could not be read: the file ends before it does" in p.message


def test_validate_tells_a_csl_yaml_reading_list_from_a_quiz_by_content(tmp_path, capsys):
    """``pl.validate("refs.yaml")`` reads a CSL-YAML reading list as one (it used to check it as
    a quiz, while the CLI read it right); both decide with ``knowledge.files.is_reading_list``."""
    from peerlearn.cli import main

    (tmp_path / "refs.yaml").write_text(EXPORTS["references.yaml"](), encoding="utf-8")
    items = "".join(
        f"- id: w{i}\n  type: book\n  title: Work {i}\n  issued: {2000 + i}\n" for i in range(2)
    )
    (tmp_path / "list.yml").write_text("# my list\n" + items, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(items + "  issued: [{year: 0}]\n", encoding="utf-8")
    (tmp_path / "quiz.yaml").write_text("schema_version: 1\nexercises: 3\n", encoding="utf-8")
    assert pl.validate(tmp_path / "refs.yaml") == []
    assert pl.validate(tmp_path / "list.yml") == []
    assert main(["validate", str(tmp_path / "refs.yaml"), str(tmp_path / "list.yml")]) == 0
    capsys.readouterr()
    problems = pl.validate(tmp_path / "bad.yaml")  # a reading-list problem, named as one
    assert problems and all(p.file == "bad.yaml" for p in problems)
    assert not any("exercise" in p.message for p in problems)
    quiz = pl.validate(tmp_path / "quiz.yaml")  # still checked as an exercise set
    assert quiz and any("exercises" in f"{p.field} {p.message}" for p in quiz)


def test_a_doi_with_its_resolver_is_read_and_a_bad_one_named(tmp_path):
    items = [
        {
            "id": "a",
            "type": "book",
            "title": "T",
            "author": NG,
            "issued": 2001,
            "DOI": "https://doi.org/10.1111/j.1467-954X.2007.00714.x",
        },
        {"id": "b", "type": "book", "title": "U", "author": NG, "issued": 2002, "DOI": "n/a"},
    ]
    (tmp_path / "references.json").write_text(json.dumps(items, indent=1), encoding="utf-8")
    kb = _load(tmp_path)
    (r,) = kb.repairs
    assert (r.record, r.field, r.action) == ("ng2002 (id 'b' in the file)", "DOI", "dropped")
    text = (tmp_path / "references.json").read_text(encoding="utf-8")
    line = text[: text.index('"DOI": "n/a"')].count("\n") + 1
    assert "a DOI: 10.NNNN/suffix" in r.message and "'n/a' was left out" in r.message
    assert r.line == line
    with pytest.raises(DataValidationError) as err:
        pl.load(tmp_path, strict=True)
    (p,) = err.value.problems
    assert (p.field, p.line) == ("DOI", line) and p.message.startswith("dropped: ")
    assert kb.reference("a").doi == "10.1111/j.1467-954X.2007.00714.x"


def test_own_files_without_schema_version_are_read_as_the_current_version(tmp_path):
    """docs/ARCHITECTURE.md: a mechanism needs only id, name and definition (issue 19)."""
    (tmp_path / "My Library.json").write_text(zotero_csl_json(), encoding="utf-8")
    (tmp_path / "mechanisms.yaml").write_text(
        "mechanisms:\n  - id: caring-work\n    name: Caring work\n"
        "    definition: Care given in a relationship.\n",
        encoding="utf-8",
    )
    (tmp_path / "glossary.yaml").write_text(
        "terms:\n  - id: care\n    term: Care\n    definition: Looking after someone.\n",
        encoding="utf-8",
    )
    kb = _load(tmp_path)
    assert kb.mechanism("caring-work").name == "Caring work" and kb.term("care").term == "Care"
    assert pl.validate(tmp_path) == []
    (tmp_path / "mechanisms.yaml").write_text("schema_version: 2\nmechanisms: []\n")
    with pytest.raises(DataValidationError, match="schema_version"):
        pl.load(tmp_path)  # a version peerlearn does not know is still refused
