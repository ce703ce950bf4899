"""RIS out and in: :func:`to_ris` and :func:`from_ris` (rispy).

Records are clean (no ``custom`` content, DOI included) and have no numbered header lines.
Reading accepts other tools' output (numbered headers, CRLF, ``ER  -`` without a space).

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.interchange._common`;
rispy only inside the functions that use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.csl import EN_DASH, CSLItem, bare_doi, particle_join, prepare
from peerlearn.interchange._common import (
    date_parts,
    order_csl,
    page_from_text,
    parse_int_date,
    split_particle,
)

__all__ = ["from_ris", "to_ris"]


_RIS_TYPES = {
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "chapter": "CHAP",
    "report": "RPRT",
    "thesis": "THES",
    "paper-conference": "CPAPER",
    "webpage": "ELEC",
}
_CSL_FROM_RIS = {v: k for k, v in _RIS_TYPES.items()} | {"CONF": "paper-conference"}


def _ris_name(name: Mapping[str, Any]) -> str:
    if name.get("literal") and not name.get("family"):
        return str(name["literal"])
    family = particle_join(str(name.get("non-dropping-particle", "")), str(name["family"]))
    given = " ".join(p for p in (name.get("given", ""), name.get("dropping-particle", "")) if p)
    parts = [family, given] if given or name.get("suffix") else [family, ""]
    if name.get("suffix"):
        parts.append(str(name["suffix"]))
    return ", ".join(parts).rstrip(", ") if not name.get("suffix") else ", ".join(parts)


def to_ris(items: Sequence[Mapping[str, Any]]) -> str:
    """RIS records (rispy, no numbered header lines); ID = CSL id.

    Types: JOUR, BOOK, CHAP, RPRT (else GEN). Editors go in A2, the journal or
    book title in T2, its abbreviation in J2, pages in SP/EP.

    >>> print(to_ris([{"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...     "author": [{"family": "Fromm", "given": "E."}], "issued": {"date-parts": [[1956]]},
    ...     "publisher": "Thorsons", "publisher-place": "London"}]).strip())
    TY  - BOOK
    ID  - fromm1956
    AU  - Fromm, E.
    TI  - The art of loving
    PY  - 1956
    PB  - Thorsons
    CY  - London
    ER  -
    """
    import rispy

    class _Writer(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""

    prepared = prepare(items)
    records = []
    for key in prepared.order:
        item = prepared.items[key]
        record: dict[str, Any] = {
            "type_of_reference": _RIS_TYPES.get(item["type"], "GEN"),
            "id": key,
        }
        if item.get("author"):
            record["authors"] = [_ris_name(n) for n in item["author"]]
        if item.get("editor"):
            record["secondary_authors"] = [_ris_name(n) for n in item["editor"]]
        simple = {
            "title": "title",
            "container-title": "secondary_title",
            "container-title-short": "alternate_title1",
            "collection-title": "tertiary_title",
            "title-short": "short_title",
            "volume": "volume",
            "issue": "number",
            "number": "note",
            "edition": "edition",
            "publisher": "publisher",
            "publisher-place": "place_published",
            "DOI": "doi",
            "abstract": "abstract",
            "language": "language",
            "genre": "type_of_work",
        }
        for var, name in simple.items():
            if item.get(var) not in (None, ""):
                record[name] = bare_doi(item[var]) if var == "DOI" else str(item[var])
        if item.get("page"):
            page = str(item["page"])
            match = re.fullmatch(r"\s*(\S+?)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(\S+)\s*", page)
            if match and "," not in page:
                record["start_page"], record["end_page"] = match.groups()
            else:
                record["start_page"] = page
        parts = date_parts(item)
        if parts:
            record["year"] = str(parts[0])
            if len(parts) > 1:
                record["date"] = "/".join(
                    [str(parts[0])]
                    + [f"{int(p):02d}" for p in parts[1:3]]
                    + [""] * (3 - len(parts))
                )
        original = date_parts(item, "original-date")
        if original:
            record["original_publication"] = str(original[0])
        if item.get("ISBN") or item.get("ISSN"):
            record["issn"] = str(item.get("ISBN") or item.get("ISSN"))
        if item.get("URL"):
            record["urls"] = [str(item["URL"])]
        if item.get("note"):
            record["notes"] = [str(item["note"])]
        records.append(_order_ris(record))
    return rispy.dumps(records, implementation=_Writer) if records else ""


_RIS_ORDER = (
    "type_of_reference",
    "id",
    "authors",
    "secondary_authors",
    "title",
    "short_title",
    "secondary_title",
    "alternate_title1",
    "tertiary_title",
    "volume",
    "number",
    "start_page",
    "end_page",
    "year",
    "date",
    "original_publication",
    "edition",
    "publisher",
    "place_published",
    "note",
    "type_of_work",
    "issn",
    "doi",
    "urls",
    "language",
    "notes",
    "abstract",
)


def _order_ris(record: dict[str, Any]) -> dict[str, Any]:
    rank = {name: i for i, name in enumerate(_RIS_ORDER)}
    return dict(sorted(record.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _ris_person(raw: str) -> dict[str, str]:
    raw = raw.strip()
    if "," not in raw:
        return {"literal": raw}
    family, rest = (p.strip() for p in raw.split(",", 1))
    person = split_particle(family)
    pieces = [p.strip() for p in rest.split(",")]
    if pieces and pieces[0]:
        person["given"] = pieces[0]
    if len(pieces) > 1 and pieces[1]:
        person["suffix"] = pieces[1]
    return person


def from_ris(text: str) -> list[CSLItem]:
    """CSL-JSON items from RIS (rispy); the inverse of :func:`to_ris`.

    ``AU  - Family, Given`` becomes a person (lower-case leading words of the
    family name are its particle); a name without a comma becomes ``literal``.

    >>> record = "TY  - BOOK\\nID  - fromm1956\\nAU  - Fromm, E.\\nPY  - 1956\\nER  - \\n"
    >>> from_ris(record)  # doctest: +NORMALIZE_WHITESPACE
    [{'id': 'fromm1956', 'type': 'book', 'author': [{'family': 'Fromm', 'given': 'E.'}],
      'issued': {'date-parts': [[1956]]}}]
    """
    import rispy

    if not isinstance(text, str):
        msg = f"from_ris expects RIS text (str), got {type(text).__name__}"
        raise TypeError(msg)
    if not re.search(r"^TY  - ", text, flags=re.M):
        msg = (
            "RIS text has no record: each record starts with a line 'TY  - JOUR' "
            "(or BOOK, CHAP, RPRT) and ends with 'ER  - '"
        )
        raise ValueError(msg)
    try:
        records = rispy.loads(text, skip_unknown_tags=True)
    except (OSError, ValueError, KeyError, IndexError) as error:
        msg = f"RIS text could not be read: {error}"
        raise ValueError(msg) from None
    items: list[CSLItem] = []
    for index, record in enumerate(records, start=1):
        kind = str(record.get("type_of_reference", "GEN")).strip()
        key = str(record.get("id") or f"ris{index}").strip()
        item: CSLItem = {"id": key, "type": _CSL_FROM_RIS.get(kind, "document")}
        authors = [*record.get("authors", []), *record.get("first_authors", [])]
        if authors:
            item["author"] = [_ris_person(a) for a in authors]
        if record.get("secondary_authors"):
            item["editor"] = [_ris_person(a) for a in record["secondary_authors"]]
        simple = {
            "title": "title",
            "primary_title": "title",
            "secondary_title": "container-title",
            "journal_name": "container-title",
            "alternate_title1": "container-title-short",
            "tertiary_title": "collection-title",
            "short_title": "title-short",
            "volume": "volume",
            "number": "issue",
            "note": "number",
            "edition": "edition",
            "publisher": "publisher",
            "place_published": "publisher-place",
            "doi": "DOI",
            "abstract": "abstract",
            "language": "language",
            "type_of_work": "genre",
        }
        for name, var in simple.items():
            if record.get(name) and var not in item:
                item[var] = str(record[name]).strip()
        start, end = record.get("start_page"), record.get("end_page")
        if start and end:
            item["page"] = f"{str(start).strip()}{EN_DASH}{str(end).strip()}"
        elif start:
            item["page"] = page_from_text(str(start))
        year = record.get("year") or record.get("publication_year") or record.get("date") or ""
        match = re.search(r"\d{4}", str(year))
        if match:
            date = str(record.get("date") or "")
            pieces = re.findall(r"\d+", date)
            month = pieces[1] if len(pieces) > 1 else None
            day = pieces[2] if len(pieces) > 2 else None
            item["issued"] = parse_int_date(match.group(), month, day)
        elif year:
            msg = f"RIS record {index} ({key}): year {year!r} is not a year; expected PY  - 2007"
            raise ValueError(msg)
        if record.get("original_publication"):
            pieces = re.findall(r"\d+", str(record["original_publication"]))
            if pieces:
                item["original-date"] = {"date-parts": [[int(p) for p in pieces[:3]]]}
        if record.get("issn"):
            code = str(record["issn"]).strip()
            item["ISSN" if re.fullmatch(r"\d{4}-?\d{3}[\dXx]", code) else "ISBN"] = code
        if record.get("urls"):
            item["URL"] = str(record["urls"][0]).strip()
        if record.get("notes"):
            item["note"] = "\n".join(str(n) for n in record["notes"])
        items.append(order_csl(item))
    return items
