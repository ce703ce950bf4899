"""Reading-list exports as reference managers write them, made by hand for the tests.

Each writer follows its tool's documented output: Zotero's CSL-JSON export (ids
``"<library>/<item key>"``, years as text in ``date-parts``, Extra in ``note``, ``accessed``,
``journalAbbreviation``-derived ``container-title-short``, ``source``), Better BibTeX's CSL-JSON
(``id`` and ``citation-key`` the BibTeX key, ``keyword``), Mendeley's CSL citation data
(``citationItems`` with ``itemData``, UUID ids, empty ``dropping-particle``/
``non-dropping-particle``, ``parse-names: false``), pandoc's ``-t csljson`` (keys sorted, BibTeX
keys as ids) and pandoc's CSL YAML (``references:``, ``issued: 2007-05``), Zotero's BibTeX
(``urldate``, ``keywords``, ``file``, ``abstract``) and RIS (``Y2`` accessed, ``KW``, ``L1``,
``N1``, ``DA  - 2007///``).

The works are six of the review's references (authors, titles, journals and checked DOIs from
``peerlearn/data/references.json``); abstracts, keywords, URLs, file paths and dates accessed are
fixture placeholders, marked as such, not the works' real abstracts.

>>> len(json.loads(zotero_csl_json()))
6
"""

from __future__ import annotations

import json
from typing import Any

ABSTRACT = "Fixture placeholder: the export's abstract would stand here, several sentences long."

#: (zotero key, CSL item without id) for the six works.
WORKS: list[tuple[str, dict[str, Any]]] = [
    (
        "9G79BL7D",
        {
            "type": "article-journal",
            "title": "Love labour as a distinct and non-commodifiable form of care labour",
            "container-title": "The Sociological Review",
            "container-title-short": "Sociol Rev",
            "volume": "55",
            "issue": "3",
            "page": "550-570",
            "DOI": "10.1111/j.1467-954X.2007.00714.x",
            "author": [{"family": "Lynch", "given": "Kathleen"}],
            "issued": ("2007",),
        },
    ),
    (
        "QX4J2M8P",
        {
            "type": "article-journal",
            "title": "The “helper” therapy principle",
            "container-title": "Social Work",
            "volume": "10",
            "page": "27-32",
            "author": [{"family": "Riessman", "given": "Frank"}],
            "issued": ("1965",),
        },
    ),
    (
        "A2B3C4D5",
        {
            "type": "article-journal",
            "title": "Authenticity work: Mutuality and boundaries in peer support",
            "container-title": "Society and Mental Health",
            "volume": "1",
            "page": "173-184",
            "author": [{"family": "Scott", "given": "Anne"}],
            "issued": ("2011",),
        },
    ),
    (
        "E6F7G8H9",
        {
            "type": "article-journal",
            "title": "Having those conversations: The politics of risk in peer support practice",
            "container-title": "Health Sociology Review",
            "volume": "20",
            "issue": "2",
            "page": "187-201",
            "DOI": "10.5172/hesr.2011.20.2.187",
            "author": [
                {"family": "Scott", "given": "Anne"},
                {"family": "Doughty", "given": "Chris"},
                {"family": "Kahi", "given": "Hanna"},
            ],
            "issued": ("2011",),
        },
    ),
    (
        "K1L2M3N4",
        {
            "type": "book",
            "title": "The managed heart",
            "publisher": "University of California Press",
            "publisher-place": "Berkeley, CA",
            "author": [{"family": "Hochschild", "given": "Arlie Russell"}],
            "issued": ("1983",),
        },
    ),
    (
        "P5Q6R7S8",
        {
            "type": "report",
            "title": "Transition between inpatient mental health settings and community or care "
            "home settings",
            "genre": "NICE guideline",
            "number": "NG53",
            "publisher": "National Institute for Health and Care Excellence",
            "publisher-place": "Manchester",
            "author": [{"literal": "National Institute for Health and Care Excellence"}],
            "issued": ("2016", 8),
        },
    ),
]
BIBTEX_KEYS = [
    "lynchLoveLabourDistinct2007",
    "riessmanHelperTherapyPrinciple1965",
    "scottAuthenticityWorkMutuality2011",
    "scottHavingThoseConversations2011",
    "hochschildManagedHeart1983",
    "nationalinstituteforhealthandcareexcellenceTransitionInpatientMental2016",
]


def _date(parts: tuple[Any, ...], as_text: bool) -> dict[str, Any]:
    return {"date-parts": [[str(p) if as_text else int(p) for p in parts]]}


def zotero_csl_json(library: str = "2656243") -> str:
    """Zotero 7, File → Export Library… → CSL JSON (tab-indented, as Zotero writes it)."""
    items = []
    for n, (zkey, work) in enumerate(WORKS):
        item = {"id": f"{library}/{zkey}", **{k: v for k, v in work.items() if k != "issued"}}
        item["abstract"] = ABSTRACT
        item["language"] = "en"
        item["source"] = "DOI.org (Crossref)" if "DOI" in work else "Library Catalog"
        item["URL"] = (
            f"https://doi.org/{work['DOI']}" if "DOI" in work else "https://example.org/record"
        )
        item["accessed"] = {"date-parts": [["2024", 3, 5]]}
        item["issued"] = _date(work["issued"], as_text=n != 5)  # Zotero mixes text and numbers
        if n == 1:  # Extra holding a CSL variable Zotero has no field for, and a free note
            item["note"] = "original-date: 1965\nRead for week 2."
        items.append(item)
    return json.dumps(items, indent="\t", ensure_ascii=False)


def better_bibtex_csl_json() -> str:
    """Zotero's Better BibTeX, export as "Better CSL JSON": the citation key is the id."""
    items = []
    for key, (_, work) in zip(BIBTEX_KEYS, WORKS, strict=True):
        item = {"id": key, "citation-key": key, **{k: v for k, v in work.items() if k != "issued"}}
        item["issued"] = _date(work["issued"], as_text=False)
        item["abstract"] = ABSTRACT
        item["keyword"] = "peer support, fixture keyword"
        item["accessed"] = {"date-parts": [[2024, 3, 5]]}
        items.append(item)
    return json.dumps(items, indent=2, ensure_ascii=False)


def mendeley_csl_json() -> str:
    """Mendeley Cite's CSL citation data: clusters of citationItems with itemData."""
    clusters = []
    for n, (_, work) in enumerate(WORKS):
        uid = f"6b9b{n:04d}-1c2d-4e5f-8a9b-0c1d2e3f4a5b"
        data: dict[str, Any] = {"type": work["type"], "id": uid}
        data.update({k: v for k, v in work.items() if k not in ("issued", "author", "type")})
        data["author"] = [
            {
                **a,
                "parse-names": False,
                "dropping-particle": "",
                "non-dropping-particle": "",
            }
            for a in work["author"]
        ]
        data["issued"] = _date(work["issued"], as_text=False)
        data["abstract"] = ABSTRACT
        data["container-title-short"] = work.get("container-title-short", "")
        clusters.append(
            {
                "citationID": f"MENDELEY_CITATION_{uid}",
                "properties": {"noteIndex": 0},
                "isEdited": False,
                "manualOverride": {
                    "isManuallyOverridden": False,
                    "citeprocText": "",
                    "manualOverrideText": "",
                },
                "citationItems": [{"id": uid, "itemData": data, "isTemporary": False}],
            }
        )
    return json.dumps(clusters, indent=2, ensure_ascii=False)


def pandoc_csl_json() -> str:
    """``pandoc refs.bib -t csljson``: BibTeX keys as ids, variables sorted, numbers as numbers."""
    items = []
    for key, (_, work) in zip(BIBTEX_KEYS, WORKS, strict=True):
        item = {"id": key, **{k: v for k, v in work.items() if k != "issued"}}
        item["issued"] = _date(work["issued"], as_text=False)
        item["abstract"] = ABSTRACT
        item["page"] = work.get("page", "").replace("-", "–") or None
        items.append(dict(sorted((k, v) for k, v in item.items() if v is not None)))
    return json.dumps(items, indent=2, ensure_ascii=False)


def pandoc_csl_yaml() -> str:
    """pandoc's CSL YAML (a ``references:`` block): dates unquoted (``issued: 2016-08``)."""

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["---", "references:"]
    for key, (_, work) in zip(BIBTEX_KEYS, WORKS, strict=True):
        lines.append(f"- id: {key}")
        lines.append(f"  type: {work['type']}")
        lines.append("  author:")
        for p in work["author"]:
            if "literal" in p:
                lines.append(f"  - literal: {q(p['literal'])}")
            else:
                lines += [f"  - family: {q(p['family'])}", f"    given: {q(p['given'])}"]
        issued = work["issued"]
        date = issued[0] if len(issued) == 1 else f"{issued[0]}-{int(issued[1]):02d}"
        lines.append(f"  issued: {date}")
        for var in ("title", "container-title", "volume", "issue", "page", "publisher"):
            if work.get(var):
                lines.append(f"  {var}: {q(work[var])}")
        if work.get("DOI"):
            lines.append(f"  DOI: {work['DOI']}")
    return "\n".join([*lines, "..."]) + "\n"


_BIBTEX_TYPES = {"article-journal": "article", "book": "book", "report": "techreport"}


def zotero_bibtex() -> str:
    """Zotero's BibTeX export: abstract, urldate, keywords, file, month, note."""
    out = []
    for key, (_, work) in zip(BIBTEX_KEYS, WORKS, strict=True):
        a = []
        for p in work["author"]:
            a.append("{" + p["literal"] + "}" if "literal" in p else f"{p['family']}, {p['given']}")
        fields = [
            ("title", "{" + work["title"].replace("“", "``").replace("”", "''") + "}"),
            ("volume", work.get("volume")),
            ("number", work.get("issue") or work.get("number")),
            ("journal", work.get("container-title")),
            ("publisher", work.get("publisher")),
            ("address", work.get("publisher-place")),
            ("institution", None),
            ("doi", work.get("DOI")),
            ("url", f"https://doi.org/{work['DOI']}" if "DOI" in work else None),
            ("urldate", "2024-03-05"),
            ("author", " and ".join(a)),
            ("year", work["issued"][0]),
            ("month", "aug" if len(work["issued"]) > 1 else None),
            ("pages", work.get("page", "").replace("-", "--") or None),
            ("keywords", "peer support, fixture keyword"),
            ("abstract", ABSTRACT),
            (
                "file",
                f"Full Text PDF:/home/instructor/Zotero/storage/{key[:8].upper()}/paper.pdf"
                ":application/pdf",
            ),
        ]
        body = ",\n".join(f"\t{k} = {{{v}}}" for k, v in fields if v)
        out.append(f"@{_BIBTEX_TYPES[work['type']]}{{{key},\n{body}\n}}\n")
    return "\n".join(out)


_RIS_TYPES = {"article-journal": "JOUR", "book": "BOOK", "report": "RPRT"}


def zotero_ris() -> str:
    """Zotero's RIS export: no ID line, DA with slashes, Y2 accessed, KW, L1 file, N1 note."""
    out = []
    for _, work in WORKS:
        lines = [f"TY  - {_RIS_TYPES[work['type']]}", f"TI  - {work['title']}"]
        for p in work["author"]:
            lines.append(
                f"AU  - {p['literal']}" if "literal" in p else f"AU  - {p['family']}, {p['given']}"
            )
        if work.get("container-title"):
            lines.append(f"T2  - {work['container-title']}")
        lines.append(f"AB  - {ABSTRACT}")
        issued = work["issued"]
        lines.append(
            f"DA  - {issued[0]}/{int(issued[1]):02d}/"
            if len(issued) > 1
            else f"DA  - {issued[0]}///"
        )
        lines.append(f"PY  - {issued[0]}")
        for tag, var in (
            ("VL", "volume"),
            ("IS", "issue"),
            ("PB", "publisher"),
            ("CY", "publisher-place"),
            ("DO", "DOI"),
        ):
            if work.get(var):
                lines.append(f"{tag}  - {work[var]}")
        if work.get("page"):
            first, _, last = work["page"].partition("-")
            lines += [f"SP  - {first}", f"EP  - {last}"] if last else [f"SP  - {first}"]
        lines += [
            "UR  - https://example.org/record",
            "Y2  - 2024/03/05/10:12:40",
            "KW  - peer support",
            "KW  - fixture keyword",
            "L1  - file:///home/instructor/Zotero/storage/ABCD1234/paper.pdf",
            "N1  - Fixture placeholder note.",
            "ER  - ",
        ]
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


EXPORTS = {
    "zotero.json": zotero_csl_json,
    "better-bibtex.json": better_bibtex_csl_json,
    "mendeley.json": mendeley_csl_json,
    "pandoc.json": pandoc_csl_json,
    "references.yaml": pandoc_csl_yaml,
    "zotero.bib": zotero_bibtex,
    "zotero.ris": zotero_ris,
}
"""File name → writer, one per tool and format."""


def large_zotero_export(n: int = 1000, library: str = "2656243") -> str:
    """A Zotero CSL-JSON export of ``n`` fictional works (for scale: names and titles made up)."""
    families = [
        "Ahmed",
        "Brown",
        "Chen",
        "Davies",
        "Evans",
        "Fischer",
        "García",
        "Hughes",
        "Iqbal",
        "Jones",
    ]
    items = []
    for i in range(n):
        fam = families[i % len(families)]
        items.append(
            {
                "id": f"{library}/{i:08X}",
                "type": ("article-journal", "book", "chapter", "report")[i % 4],
                "title": f"A fictional study of peer support, number {i}",
                "container-title": "Journal of Fictional Examples",
                "volume": str(1 + i % 40),
                "issue": str(1 + i % 4),
                "page": f"{10 + i % 90}-{20 + i % 90}",
                "abstract": ABSTRACT,
                "language": "en",
                "source": "Fixture",
                "URL": "https://example.org/record",
                "accessed": {"date-parts": [["2024", 3, 5]]},
                "author": [
                    {"family": fam, "given": "A."},
                    {"family": families[(i + 3) % 10], "given": "B."},
                ],
                "issued": {"date-parts": [[str(1960 + i % 60)]]},
                "note": "Fixture note." if i % 3 else "original-date: 1950",
            }
        )
    return json.dumps(items, indent="\t", ensure_ascii=False)
