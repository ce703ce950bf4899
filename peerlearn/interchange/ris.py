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

from peerlearn.csl import EN_DASH, CSLItem, bare_doi, particle_join
from peerlearn.interchange._common import (
    ExportDate,
    ExportError,
    checked,
    export_date,
    order_csl,
    page_from_text,
    parse_int_date,
    split_particle,
    text_of,
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


# Every character str.splitlines() breaks at: none may reach a RIS line, or a value could write
# its own "TY  -" / "ER  -" lines.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _one_line(text: str) -> str:
    r"""A value for one RIS line: line breaks become spaces (RIS has no way to escape them).

    >>> _one_line("A title\nER  - \nTY  - JOUR")
    'A title ER  -  TY  - JOUR'
    """
    return _LINE_BREAKS.sub(" ", text).strip()


def _ris_name(name: Mapping[str, Any], key: str, var: str) -> str:
    def text(field: str) -> str:
        value = name.get(field)
        return "" if value is None else text_of(value, "RIS", key, f"{var}.{field}").strip()

    if text("literal") and not text("family"):
        return text("literal")
    family = particle_join(text("non-dropping-particle"), text("family"))
    given = " ".join(p for p in (text("given"), text("dropping-particle")) if p)
    suffix = text("suffix")
    if suffix:
        return ", ".join([family, given, suffix])
    # "Family," keeps a family-only name a person; a name without a comma reads as a literal.
    return f"{family}, {given}" if given else f"{family},"


def _ris_date(date: ExportDate, key: str) -> tuple[str, str | None]:
    """``PY`` and ``DA`` values: ``2001`` and ``2001/05/14/`` (a season goes in the last part)."""
    if not 0 <= date.year <= 9999:
        raise ExportError(
            "RIS", key, "issued", f"year {date.year} has more than four digits", "0-9999"
        )
    year = f"{date.year:04d}"
    if date.month is None and date.season is None:
        return year, None
    month = f"{date.month:02d}" if date.month else ""
    day = f"{date.day:02d}" if date.day else ""
    return year, f"{year}/{month}/{day}/{date.season or ''}"


def to_ris(items: Sequence[Mapping[str, Any]]) -> str:
    """RIS records (rispy, no numbered header lines); ID = CSL id.

    Types: JOUR, BOOK, CHAP, RPRT (else GEN). Editors go in A2, the journal or
    book title in T2, its abbreviation in J2, pages in SP/EP. Every value is one line (line
    breaks become spaces) and ``;`` in a URL is written ``%3B`` (rispy splits ``UR`` at ``;``),
    so no value can add or end a record. A value that cannot be written (a dict as a title,
    month 13...) raises :class:`ExportError`.

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

    prepared = checked(items, "RIS")
    records = []
    for key in prepared.order:
        item = prepared.items[key]

        def value(var: str, item: Mapping[str, Any] = item, key: str = key) -> str:
            return text_of(item[var], "RIS", key, var)

        record: dict[str, Any] = {
            "type_of_reference": _RIS_TYPES.get(item["type"], "GEN"),
            "id": key,
        }
        if item.get("author"):
            record["authors"] = [_ris_name(n, key, "author") for n in item["author"]]
        if item.get("editor"):
            record["secondary_authors"] = [_ris_name(n, key, "editor") for n in item["editor"]]
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
                record[name] = bare_doi(value(var)) if var == "DOI" else value(var)
        if item.get("page"):
            page = value("page")
            match = re.fullmatch(r"\s*(\S+?)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(\S+)\s*", page)
            if match and "," not in page:
                record["start_page"], record["end_page"] = match.groups()
            else:
                record["start_page"] = page
        date = export_date(item, "issued", "RIS")
        if date:
            record["year"], da = _ris_date(date, key)
            if da:
                record["date"] = da
        original = export_date(item, "original-date", "RIS")
        if original:
            record["original_publication"] = str(original.year)
        if item.get("ISBN") or item.get("ISSN"):
            record["issn"] = value("ISBN" if item.get("ISBN") else "ISSN")
        if item.get("URL"):
            record["urls"] = [value("URL").replace(";", "%3B")]
        if item.get("note"):
            record["notes"] = [value("note")]
        records.append(_order_ris(_single_lines(record)))
    return rispy.dumps(records, implementation=_Writer) if records else ""


def _single_lines(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in record.items():
        if isinstance(value, list):
            out[name] = [_one_line(v) for v in value]
        else:
            out[name] = _one_line(value)
    return out


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
        if record.get("keywords"):  # KW lines, one tag each
            item["keyword"] = ", ".join(str(k).strip() for k in record["keywords"])
        accessed = re.findall(r"\d+", str(record.get("access_date") or ""))
        if accessed and len(accessed[0]) == 4:  # Y2: 2024/03/05/10:12:40
            item["accessed"] = {"date-parts": [[int(p) for p in accessed[:3]]]}
        if record.get("notes"):
            item["note"] = "\n".join(str(n) for n in record["notes"])
        items.append(order_csl(item))
    return items
