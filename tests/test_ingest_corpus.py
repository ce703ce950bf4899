"""A corpus of exports in each reference manager's forms (tests/data/exports/, written by hand from
each tool's documented format; README there): every file loads, and what is kept is checked per
file, entry and field (issue 19).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import peerlearn as pl
from peerlearn.cli import main

EXPORTS = Path(__file__).parent / "data" / "exports"
FILES = sorted(p for p in EXPORTS.rglob("*") if p.is_file() and p.name != "README.md")
LOVE = "Love labour as a distinct and non-commodifiable form of care labour"
DOI = "10.1111/j.1467-954X.2007.00714.x"

#: file -> {key: {variable: value kept}} (a value of None: the variable is absent)
KEPT: dict[str, dict[str, dict[str, object]]] = {
    "zotero/My Library.json": {
        "lynch2007": {
            "title": LOVE,
            "DOI": DOI,
            "issued": {"date-parts": [[2007, 8]]},
            "accessed": {"date-parts": [[2024, 3, 5]]},
            "container-title-short": "Sociol Rev",  # from journalAbbreviation
            "note": "Read for week 2.",  # the rest of Extra
            "ISSN": "0038-0261",
            "language": "en",
        },
        "riessman1965": {
            "original-date": {"date-parts": [[1965]]},
            "title-short": "Helper therapy",
        },
        "nihce2016": {"author": [{"literal": "National Institute for Health and Care Excellence"}]},
        "fixture2019": {
            "type": "motion_picture",
            "director": [{"family": "Example", "given": "Ada"}],
        },
    },
    "zotero/better-bibtex.bib": {
        "lynch2007": {
            "title": "Love Labour as a Distinct and Non-Commodifiable Form of Care Labour",
            "issued": {"date-parts": [[2007, 8]]},
            "issue": "3",
            "page": "550–570",
            "accessed": {"date-parts": [[2024, 3, 5]]},
            "keyword": "care,fixture keyword",
            "language": "english",
        },
        "hochschild1983": {"title": "The Managed Heart", "publisher-place": "Berkeley, CA"},
        "bandura1969": {
            "type": "chapter",
            "container-title": "Handbook of Socialization Theory and Research",
            "editor": [{"family": "Goslin", "given": "D. A."}],
            "publisher": "Rand McNally & Company",
        },
        "nihce2016": {
            "type": "report",
            "author": [{"literal": "National Institute for Health and Care Excellence"}],
        },
        "example2019": {
            "medium": "https://example.org/~talks/peer",
            "note": "Fixture note: 50% of the talk is questions",
        },
    },
    "zotero/better-biblatex.bibtex": {
        "gillard2015": {
            "title": "Developing a Change Model for Peer Worker Interventions in Mental Health "
            "Services: A Qualitative Research Study",
            "container-title": "Epidemiology and Psychiatric Sciences",
            "container-title-short": "Epidemiol Psychiatr Sci",
            "DOI": "10.1017/S2045796014000407",
        },
        "example2021": {
            "type": "webpage",
            "title": "Fixture: Cu₂O Films and β-Blockers. A Made-up Web Page",
            "URL": "http://example.com/~user/page",
            "issued": {"date-parts": [[2021, 5, 12]]},
            "publisher": "Example Organisation",
            "publisher-place": "Berlin",
            "number-of-pages": "12",
        },
        "rechenbergnd": {
            "title": "Technisches Schreiben: (Nicht Nur) Für Informatiker",
            "issued": None,
        },
    },
    "zotero/better-csl.json": {"lynch2007": {"keyword": "care, fixture keyword", "DOI": DOI}},
    "zotero/better-csl.yaml": {
        "rogers1957": {"issued": {"date-parts": [[1957]]}, "volume": "21"},
        "scott2011": {
            "issued": {"date-parts": [[2011, 11]]},
            "accessed": {"date-parts": [[2024, 3, 5]]},
        },
    },
    "zotero/zotero.ris": {
        "lynch2007": {
            "container-title-short": "Sociol Rev",
            "page": "550–570",
            "accessed": {"date-parts": [[2024, 3, 5]]},
            "keyword": "care, fixture keyword",
            "note": "Fixture note.",
        },
        "borkman1990": {"type": "chapter", "editor": [{"family": "Powell", "given": "T. J."}]},
    },
    "mendeley/library.bib": {
        "lynch2007": {"title": LOVE, "keyword": "care,fixture keyword", "DOI": DOI},
        "gillard2015": {"PMID": "00000000", "archive": "arXiv"},
    },
    "mendeley/library.ris": {"lynch2007": {"page": "550–570", "ISSN": "0038-0261"}},
    "mendeley/citations.json": {
        "lynch2007": {"author": [{"family": "Lynch", "given": "Kathleen"}]},
        "hochschild1983": {"publisher-place": "Berkeley, CA"},
    },
    "jabref/library.bib": {
        "lynch2007": {"container-title": "The Sociological Review", "issue": "3"},
        "repper2011": {"container-title": "Journal of Mental Health", "volume": "20"},
        "borkman1990": {"type": "chapter", "container-title": "Working with self-help"},
    },
    "endnote/library.txt": {
        "lynch2007": {
            "title": LOVE,
            "container-title": "The Sociological Review",  # JF
            "container-title-short": "Sociol Rev",  # JA
            "abstract": "Fixture placeholder: the export's abstract would stand here.",  # N2
            "issued": {"date-parts": [[2007, 8]]},  # Y1 2007/08//
            "genre": "Article",  # M3
            "source": "Fixture database",  # DB
        },
        "nihce2016": {"type": "report", "citation-label": "Fixture label"},
        "example2020": {"type": "thesis", "genre": "PhD thesis", "publisher": "Example University"},
    },
    "endnote/library.ris": {
        "bandura1969": {
            "type": "chapter",
            "page": "213–262",
            "publisher": "Rand McNally & Company",
        },
        "example2022": {"type": "webpage", "accessed": {"date-parts": [[2024, 3, 5]]}},
        "example2019": {"type": "motion_picture"},
        "example2018": {"type": "paper-conference", "page": "e1900615"},
    },
    "pandoc/references.json": {
        "menjivar2006": {"author": [{"family": "Menjívar", "given": "Cecilia"}]}
    },
    "pandoc/references.yaml": {
        "riessman1965": {"issued": {"date-parts": [[1965]]}, "volume": "10"},
        "nice2016": {"issued": {"date-parts": [[2016, 8]]}},
        "fixture1968": {"issued": {"date-parts": [[1968]]}},  # issued: [- year: 1968]
    },
    "pandoc/odd-fields.json": {
        "example2019": {"DOI": "10/fqd6hj", "page": "1900615"},
        "example1968": {"type": "motion_picture", "issued": {"date-parts": [[1968]]}},
        "examplend": {
            "author": [
                {"family": "Example", "given": "Ada"},
                {"literal": "Bo"},
                {"family": "Sample", "given": "C."},
            ],
            "issued": None,
            "DOI": None,
            "accessed": {"date-parts": [[2024, 3, 5]]},
            "keyword": "peer support, fixture",
        },
    },
}

#: file -> (field, action) of each thing reading it changed (all others: nothing)
REPAIRED = {
    "pandoc/odd-fields.json": [
        ("type", "normalised"),
        ("author[0]", "normalised"),
        ("author[1]", "normalised"),
        ("author[2]", "normalised"),
        ("issued", "dropped"),
        ("DOI", "dropped"),
    ],
    "zotero/better-bibtex.bib": [],
}


def _load(path: Path) -> pl.KnowledgeBase:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pl.load(path)


def test_the_corpus_covers_each_manager_and_form():
    assert {p.parent.name for p in FILES} == {"zotero", "mendeley", "jabref", "endnote", "pandoc"}
    suffixes = {p.suffix for p in FILES}
    assert suffixes >= {".json", ".yaml", ".bib", ".bibtex", ".ris", ".txt"}
    assert set(KEPT) == {str(p.relative_to(EXPORTS)) for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(EXPORTS)))
def test_every_file_loads_and_keeps_each_field(path):
    name = str(path.relative_to(EXPORTS))
    kb = _load(path)
    assert set(KEPT[name]) <= {r.key for r in kb.references_list()}
    for key, fields in KEPT[name].items():
        csl = kb.reference(key).csl
        for var, value in fields.items():
            assert csl.get(var) == value, (name, key, var)
        kb.cite(key)  # what loads can be cited
    assert sorted((r.field, r.action) for r in kb.repairs) == sorted(REPAIRED.get(name, []))
    for r in kb.repairs:
        assert r.file == path.name and r.line and r.record and r.message


def test_what_bibtex_and_ris_have_no_variable_for_is_kept_in_custom():
    jabref = _load(EXPORTS / "jabref" / "library.bib")
    custom = jabref.reference("lynch2007").csl["custom"]["bibtex"]
    assert custom["file"] == ":papers/Lynch2007.pdf:PDF" and custom["groups"] == "Week 2"
    assert custom["owner"] == "instructor" and custom["timestamp"] == "2024-03-05"
    comment = jabref.reference("repper2011").csl["custom"]["bibtex"]["comment"]
    assert comment == "Fixture comment: Journal of Mental Health special issue placeholder"
    mendeley = _load(EXPORTS / "mendeley" / "library.bib")
    lynch = mendeley.reference("lynch2007").csl["custom"]["bibtex"]
    assert lynch["mendeley-groups"] == "Peer support course"
    assert lynch["file"].startswith(r":C$\backslash$:/Users/instructor/")
    endnote = _load(EXPORTS / "endnote" / "library.txt")
    ris = endnote.reference("lynch2007").csl["custom"]["ris"]
    assert ris["accession_number"] == "FIXTURE-0012" and ris["database_provider"]


def test_validate_reports_in_one_pass_and_strict_refuses(capsys):
    odd = EXPORTS / "pandoc" / "odd-fields.json"
    assert main(["validate", str(odd)]) == 0
    out = capsys.readouterr().out
    assert "6 values not taken as written" in out
    assert "odd-fields.json:24: examplend (id 'odd-fields' in the file): issued: dropped:" in out
    assert main(["validate", "--strict", str(odd)]) == 1
    assert "6 problems" in capsys.readouterr().out
    for path in FILES:
        if (
            str(path.relative_to(EXPORTS)) not in REPAIRED
            or not REPAIRED[str(path.relative_to(EXPORTS))]
        ):
            assert main(["validate", "--strict", str(path)]) == 0, path
    capsys.readouterr()


def test_a_file_with_nothing_readable_is_refused_and_the_formats_named(tmp_path):
    (tmp_path / "notes.txt").write_text("Just my notes.\n", encoding="utf-8")
    (p,) = pl.validate(tmp_path / "notes.txt")
    assert "neither RIS" in p.message and ".bibtex" in p.message and "CSL-YAML" in p.message
    (tmp_path / "list.nbib").write_text("PMID- 1\n", encoding="utf-8")
    (p,) = pl.validate(tmp_path / "list.nbib")
    assert "MEDLINE" in p.message and "RIS (.ris, or .txt as EndNote writes it)" in p.message
    (tmp_path / "empty.bib").write_text("Just text, no entry.\n", encoding="utf-8")
    (p,) = pl.validate(tmp_path / "empty.bib")
    assert "no BibTeX entry was found" in p.message


def test_a_bibtex_suffix_is_bibtex_not_json(tmp_path):
    text = (EXPORTS / "zotero" / "better-bibtex.bib").read_text(encoding="utf-8")
    for suffix in (".bibtex", ".biblatex", ".txt"):
        (tmp_path / f"library{suffix}").write_text(text, encoding="utf-8")
        assert len(_load(tmp_path / f"library{suffix}").references_list()) == 5


@pytest.mark.parametrize("name", ["endnote/library.txt", "zotero/better-biblatex.bibtex"])
def test_init_kb_takes_the_suffixes_tools_write(tmp_path, capsys, name):
    folder = tmp_path / "kb"
    assert main(["init-kb", str(folder), "--from", str(EXPORTS / name)]) == 0
    copied = {".txt": "references.ris", ".bibtex": "references.bib"}[Path(name).suffix]
    assert (folder / copied).exists() and "OK" in capsys.readouterr().out
    (tmp_path / "a.nbib").write_text("PMID- 1\n", encoding="utf-8")
    assert main(["init-kb", str(tmp_path / "x"), "--from", str(tmp_path / "a.nbib")]) == 2
    assert "MEDLINE" in capsys.readouterr().err
