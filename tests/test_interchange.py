"""Tests for peerlearn.interchange (BibTeX, RIS and CSL-JSON out; BibTeX and RIS in).

The items come from tests/citation_items.py, shared with tests/test_citations.py.
"""

from __future__ import annotations

import json
import re

import pytest

from peerlearn.citations import cached_bibliography
from peerlearn.interchange import from_bibtex, from_ris, to_bibtex, to_csl_json, to_ris
from tests.citation_items import awkward_items, check_html, keys_of, real_items, stripped


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, peerlearn.interchange; "
        "print([m for m in ('citeproc', 'bibtexparser', 'rispy', 'lxml', 'pandas', "
        "'peerlearn.citations') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_empty_exports() -> None:
    assert to_bibtex([]) == "" and to_ris([]) == "" and to_csl_json([]) == "[]\n"


def test_to_bibtex_records() -> None:
    text = to_bibtex(awkward_items())
    assert "@book{rogers1959," in text
    assert "@article{rogers1957," in text
    assert "@incollection{borkman1990," in text
    assert "@techreport{casp2006," in text
    assert "author = {{Critical Appraisal Skills Programme}}" in text
    assert "institution = {Public Health Resource Unit}" in text
    assert "author = {Castelein, S. and Bruggeman, R. J. and van Busschbach, J. T. and others}" in (
        text
    )
    assert "editor = {Powell, T. J.}" in text
    assert "booktitle = {Working with self-help}" in text
    assert "pages = {95--103}" in text
    assert "doi = {10.1108/MHSI-03-2017-0015}" in text
    assert "journal = {Social Science \\& Medicine}" in text
    assert "as cited" not in text and "custom" not in text
    import bibtexparser

    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert [e.key for e in library.entries] == keys_of(awkward_items())


def test_bibtex_round_trip() -> None:
    items = awkward_items()
    back = from_bibtex(to_bibtex(items))
    expected = stripped(items)
    for item, original in zip(expected, items, strict=True):
        if original.get("custom", {}).get("authors_truncated"):
            item["custom"] = {"authors_truncated": True}
    assert back == expected


def test_from_bibtex_reads_latex_and_month() -> None:
    text = r"""
    @article{m2006,
      author = {Menj{\'\i}var, Cecilia and {\relax Ma}rtin, J. and de la Cruz, Jr., Ana},
      title = {Liminal legality: {S}alvadoran and {G}uatemalan immigrants -- 50\% ``quoted''},
      journal = {American Journal of Sociology},
      year = {2006}, month = may, number = {4}, pages = {999--1037},
      doi = {10.1086/499509}
    }
    """
    (item,) = from_bibtex(text)
    assert item["author"][0] == {"family": "Menjívar", "given": "Cecilia"}
    assert item["author"][2] == {
        "family": "Cruz",
        "non-dropping-particle": "de la",
        "given": "Ana",
        "suffix": "Jr.",
    }
    assert item["title"] == "Liminal legality: Salvadoran and Guatemalan immigrants – 50% “quoted”"
    assert item["issued"] == {"date-parts": [[2006, 5]]}
    assert item["issue"] == "4" and item["page"] == "999–1037"


def test_from_bibtex_errors_name_the_line() -> None:
    with pytest.raises(ValueError, match="BibTeX line 3"):
        from_bibtex("@book{a, title = {A}}\n\n@book{a, title = {B}}\n")
    with pytest.raises(ValueError, match="not a year"):
        from_bibtex("@book{a, title = {A}, year = {soon}}")
    with pytest.raises(TypeError):
        from_bibtex(b"@book{a}")  # type: ignore[arg-type]


def test_to_ris_records() -> None:
    text = to_ris(awkward_items())
    assert not re.search(r"^\d+\.$", text, flags=re.M), "numbered header lines"
    records = text.strip().split("\n\n")
    assert [r.splitlines()[0] for r in records[:9]] == [
        "TY  - BOOK",
        "TY  - JOUR",
        "TY  - JOUR",
        "TY  - JOUR",
        "TY  - JOUR",
        "TY  - JOUR",
        "TY  - CHAP",
        "TY  - CHAP",
        "TY  - RPRT",
    ]
    chapter = records[6]
    for line in ("ID  - borkman1990", "A2  - Powell, T. J.", "T2  - Working with self-help"):
        assert line in chapter.splitlines()
    assert "SP  - 3\nEP  - 30" in chapter
    assert "AU  - Critical Appraisal Skills Programme" in records[8]
    assert "DO  - 10.1108/MHSI-03-2017-0015" in records[2]
    assert "AU  - van Busschbach, J. T." in records[9]
    assert all(r.rstrip().endswith("ER  -") for r in records)


def test_ris_round_trip() -> None:
    items = awkward_items()
    assert from_ris(to_ris(items)) == stripped(items)


def test_from_ris_reads_other_tools_output() -> None:
    """Numbered header lines, CRLF, "ER  -" without a space, PY with slashes, no ID."""
    text = (
        "1.\r\nTY  - JOUR\r\nAU  - Lynch, K.\r\nTI  - Love labour\r\n"
        "T2  - The Sociological Review\r\nPY  - 2007///\r\nSP  - 550\r\nEP  - 570\r\n"
        "ER  -\r\n\r\n2.\r\nTY  - BOOK\r\nAU  - Fromm, Erich\r\nTI  - The art of loving\r\n"
        "PY  - 1956\r\nER  - \r\n"
    )
    first, second = from_ris(text)
    assert first["id"] == "ris1" and first["type"] == "article-journal"
    assert first["page"] == "550–570" and first["issued"] == {"date-parts": [[2007]]}
    assert second["author"] == [{"family": "Fromm", "given": "Erich"}]


def test_from_ris_errors() -> None:
    with pytest.raises(ValueError, match="starts with a line 'TY  - JOUR'"):
        from_ris("just text")
    with pytest.raises(ValueError, match="not a year"):
        from_ris("TY  - BOOK\nID  - a\nPY  - soon\nER  - \n")


def test_csl_json_round_trip() -> None:
    items = awkward_items()
    assert json.loads(to_csl_json(items)) == stripped(items)


def test_text_survives_exports() -> None:
    """Hypothesis: any printable title survives BibTeX, RIS and HTML."""
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    alphabet = st.characters(
        codec="utf-8", categories=["L", "N", "P", "S", "Zs"], exclude_characters="\u00a0"
    )

    @hypothesis.settings(max_examples=40, deadline=None)
    @hypothesis.given(st.text(alphabet, min_size=1, max_size=40))
    def check(title: str) -> None:
        title = " ".join(title.split())
        hypothesis.assume(title and not re.search(r"[\u2000-\u200f\u2028-\u202f\u3000]", title))
        item = {"id": "x", "type": "book", "title": title, "issued": {"date-parts": [[2000]]}}
        assert from_bibtex(to_bibtex([item]))[0]["title"] == title
        assert from_ris(to_ris([item]))[0]["title"] == title
        entry = cached_bibliography([item])["x"]  # text and HTML from one rendering
        assert check_html(entry["html"]).text == entry["reference"]

    check()


def test_real_references_round_trip() -> None:
    items = real_items()
    expected = stripped(items)
    for item, original in zip(expected, items, strict=True):
        if original.get("custom", {}).get("authors_truncated"):
            item["custom"] = {"authors_truncated": True}
    assert from_bibtex(to_bibtex(items)) == expected
    assert from_ris(to_ris(items)) == stripped(items)
    assert json.loads(to_csl_json(items)) == stripped(items)
