"""Checks on the bibliographic data: ``peerlearn/data/references.json`` and ``review.json``.

The files are read directly with :mod:`json` (no ``peerlearn`` import), so these tests say
whether the data is right independently of the loader. Some compare with the facts the data was
made from, kept in ``tests/data`` (the review's printed reference list, the checked DOIs in
``dois.tsv`` and ``NOTES.md``; see ``tests/data/README.md``).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.fixed import REFERENCE_KEYS

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "peerlearn" / "data"
SEED = REPO / "tests" / "data"
EN_DASH = "\u2013"

#: The 58 reference keys, in the review's order (docs/ARCHITECTURE.md).
KEYS = list(REFERENCE_KEYS)

CATEGORIES = {"empirical", "review", "theory", "method", "policy", "practice"}
TYPES = {"article-journal", "book", "chapter", "report"}
MECHANISMS = [
    "lived-experience",
    "love-labour",
    "liminality",
    "strengths-focussed-support",
    "helper-role",
]
REPORTS = {
    "casp2006",
    "jcpmh2012",
    "mhccanada2012",
    "nice2016",
    "faulkner2012",
    "repper2013",
    "thomas2008",
}
CORPORATE = {"casp2006", "jcpmh2012", "mhccanada2012", "nice2016"}


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    return json.loads((DATA / "references.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_key(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


@pytest.fixture(scope="module")
def review() -> dict[str, Any]:
    return json.loads((DATA / "review.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    text = (SEED / "review-references.txt").read_text(encoding="utf-8")
    return [line[len("  • ") :].rstrip() for line in text.splitlines() if line.startswith("  • ")]


@pytest.fixture(scope="module")
def seed_dois() -> list[dict[str, str]]:
    with open(SEED / "dois.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def cited_year(as_cited: str) -> int:
    m = re.search(r"\((\d{4})\)\.", as_cited)
    assert m, f"no '(YYYY).' in {as_cited!r}"
    return int(m.group(1))


def issued_year(item: dict[str, Any]) -> int:
    return int(item["issued"]["date-parts"][0][0])


# --- shape ---------------------------------------------------------------------------------


def test_58_items_with_the_fixed_keys_in_order(items: list[dict[str, Any]]) -> None:
    assert len(KEYS) == 58 and len(set(KEYS)) == 58
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == KEYS


def test_n_is_the_position(items: list[dict[str, Any]]) -> None:
    assert [item["custom"]["n"] for item in items] == list(range(1, 59))


def test_only_standard_top_level_fields(items: list[dict[str, Any]]) -> None:
    allowed = {
        "id",
        "type",
        "author",
        "editor",
        "issued",
        "title",
        "container-title",
        "container-title-short",
        "volume",
        "issue",
        "page",
        "publisher",
        "publisher-place",
        "edition",
        "genre",
        "number",
        "DOI",
        "custom",
    }
    for item in items:
        extra = set(item) - allowed
        assert not extra, f"{item['id']}: unexpected fields {sorted(extra)}"
        assert item["type"] in TYPES, f"{item['id']}: type {item['type']!r}"
        assert item["title"].strip() == item["title"] != ""


def test_types_by_kind(by_key: dict[str, dict[str, Any]]) -> None:
    for key in REPORTS:
        assert by_key[key]["type"] == "report", key
    for key in ("bandura1969", "borkman1990", "brown2016", "mays2001"):
        item = by_key[key]
        assert item["type"] == "chapter", key
        assert item["container-title"] and item["editor"] and item["page"], key
    for item in by_key.values():
        if item["type"] == "article-journal":
            for field in ("container-title", "container-title-short", "volume", "page"):
                assert item.get(field), f"{item['id']}: missing {field}"
        if item["type"] in ("book", "report", "chapter"):
            assert item.get("publisher") and item.get("publisher-place"), item["id"]


def test_chapter_editors(by_key: dict[str, dict[str, Any]]) -> None:
    def names(key: str) -> list[str]:
        return [f"{e['family']} {e['given']}" for e in by_key[key]["editor"]]

    assert names("borkman1990") == ["Powell T. J."]
    assert names("brown2016") == ["Russo J.", "Sweeney A."]
    assert names("mays2001") == ["Fulop N.", "Allen P.", "Clarke A.", "Black N."]
    assert by_key["borkman1990"]["container-title"] == "Working with self-help"
    assert (
        by_key["bandura1969"]["container-title"] == "Handbook of socialization theory and research"
    )


def test_names(items: list[dict[str, Any]]) -> None:
    initials = re.compile(r"^[A-Z]\.( [A-Z]\.)*$")
    for item in items:
        people = item.get("author", []) + item.get("editor", [])
        assert item.get("author"), f"{item['id']}: no authors"
        for p in people:
            text = json.dumps(p, ensure_ascii=False)
            assert "et al" not in text, f"{item['id']}: 'et al.' stored in a name: {text}"
            if "literal" in p:
                assert set(p) == {"literal"}, f"{item['id']}: {text}"
                continue
            assert initials.match(p["given"]), f"{item['id']}: given {p['given']!r}"
            assert " " not in p["family"] or p["family"] == "Rebeiro Gruhl", text
            assert not p["family"].startswith(("van ", "von ", "de ")), text
        is_corporate = any("literal" in p for p in item["author"])
        assert is_corporate == (item["id"] in CORPORATE), item["id"]
    castelein = items[KEYS.index("castelein2008")]["author"][2]
    assert castelein == {"non-dropping-particle": "van", "family": "Busschbach", "given": "J. T."}


def test_ids_follow_the_rule(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert re.fullmatch(r"[a-z]+\d{4}[ab]?", item["id"]), item["id"]
        if item["id"] in CORPORATE:
            continue
        first = item["author"][0]["family"].lower()
        ascii_family = re.sub(r"[^a-z]", "", first.replace("í", "i"))
        assert item["id"].startswith(ascii_family), item["id"]


def test_categories_in_vocabulary(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert item["custom"]["category"] in CATEGORIES, item["id"]


def test_some_categories(by_key: dict[str, dict[str, Any]]) -> None:
    expected = {
        "lloydevans2014": "review",
        "castelein2008": "empirical",
        "lynch2007": "theory",
        "casp2006": "method",
        "nice2016": "policy",
        "repper2013": "practice",
    }
    for key, category in expected.items():
        assert by_key[key]["custom"]["category"] == category, key


def test_authors_truncated_iff_et_al(items: list[dict[str, Any]]) -> None:
    for item in items:
        custom = item["custom"]
        assert isinstance(custom["authors_truncated"], bool), item["id"]
        assert custom["authors_truncated"] == ("et al." in custom["as_cited"]), item["id"]


def test_page_ranges(items: list[dict[str, Any]]) -> None:
    for item in items:
        page = item.get("page")
        if page is None:
            continue
        assert "-" not in page and "\u2014" not in page, f"{item['id']}: page {page!r}"
        if EN_DASH in page:
            start, end = page.split(EN_DASH)
            assert start.isdigit() and end.isdigit(), f"{item['id']}: page {page!r}"
            assert len(end) >= len(start) and int(end) >= int(start), f"{item['id']}: {page!r}"
        else:
            assert page.isdigit(), f"{item['id']}: page {page!r}"


def test_issued_year_is_the_cited_year(items: list[dict[str, Any]]) -> None:
    for item in items:
        assert issued_year(item) == cited_year(item["custom"]["as_cited"]), item["id"]
        assert item["id"].rstrip("ab").endswith(str(issued_year(item))), item["id"]


def test_record_notes_are_sentences(items: list[dict[str, Any]]) -> None:
    for item in items:
        note = item["custom"].get("record_note")
        if note is None:
            continue
        assert note.strip() == note and note.endswith("."), f"{item['id']}: {note!r}"
        assert len(note) > 40, item["id"]


def test_structured_corrections_have_a_note(by_key: dict[str, dict[str, Any]]) -> None:
    assert by_key["moran2011"]["volume"] == "22"
    assert by_key["moran2011"]["page"] == f"304{EN_DASH}319"
    assert by_key["proudfoot2012"]["page"] == "196"
    assert "Providers' perspectives" in by_key["mourra2014"]["title"].replace(
        "providers", "Providers"
    )
    assert not by_key["menjivar2006"]["title"].endswith("1")
    for key in ("moran2011", "proudfoot2012", "mourra2014", "menjivar2006", "brown2016"):
        assert by_key[key]["custom"].get("record_note"), key
    if by_key["bandura1969"].get("page"):
        assert "vol. 213. p. 262" in by_key["bandura1969"]["custom"]["record_note"]


# --- review.json -----------------------------------------------------------------------------


def test_review_record(review: dict[str, Any]) -> None:
    assert review["schema_version"] == 1
    rec = review["review"]
    assert rec["key"] == "watson2017"
    csl = rec["csl"]
    assert csl["id"] == "watson2017"
    assert csl["DOI"] == "10.1080/09638237.2017.1417559"
    assert (csl["volume"], csl["issue"], csl["page"]) == ("28", "6", f"677{EN_DASH}688")
    assert csl["container-title"] == "Journal of Mental Health"
    assert csl["issued"]["date-parts"][0][0] == 2019
    assert csl["custom"]["published_online"] == "2017-12-20"
    assert rec["pmid"] == "29260930"
    assert rec["findings"] == MECHANISMS
    assert rec["method"] and rec["conclusion"]
    assert rec["not_known"] and all(s.endswith(".") for s in rec["not_known"])


# --- against the seed ----------------------------------------------------------------------


def test_as_cited_equals_the_seed_exactly(
    items: list[dict[str, Any]], seed_lines: list[str]
) -> None:
    assert len(seed_lines) == 58
    for item, line in zip(items, seed_lines, strict=True):
        assert item["custom"]["as_cited"] == line, f"{item['id']} differs from the seed"


def test_dois_are_exactly_those_of_dois_tsv(
    items: list[dict[str, Any]], seed_dois: list[dict[str, str]], review: dict[str, Any]
) -> None:
    table = {row["n"]: row["doi"] for row in seed_dois}
    assert review["review"]["csl"]["DOI"] == table.pop("review")
    used = {str(item["custom"]["n"]): item["DOI"] for item in items if "DOI" in item}
    assert used == table
    for row in seed_dois:
        if row["n"] == "review":
            continue
        item = items[int(row["n"]) - 1]
        assert row["first_author"].split()[0] in item["custom"]["as_cited"].split(",")[0]
        assert cited_year(item["custom"]["as_cited"]) == int(row["year_as_cited"])


def test_every_record_difference_has_a_note(items: list[dict[str, Any]]) -> None:
    notes = (SEED / "NOTES.md").read_text(encoding="utf-8")
    section = notes.split("## Where the published record differs", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    rows = [r for r in rows if not r.startswith(("| reference", "|---"))]
    assert len(rows) >= 10
    for row in rows:
        cited = row.split("|")[1].strip()
        word = re.match(r"[^\W\d_][\w-]*", cited).group(0)
        year = re.search(r"\((\d{4})\)", cited).group(1)
        matches = [
            item
            for item in items
            if item["custom"]["as_cited"].startswith(word)
            and f"({year})" in item["custom"]["as_cited"]
        ]
        assert len(matches) == 1, f"NOTES row {cited!r} matches {[m['id'] for m in matches]}"
        assert matches[0]["custom"].get("record_note"), f"{matches[0]['id']}: no record_note"
