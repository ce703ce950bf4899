"""RIS out and in: :func:`to_ris`, :func:`read_ris` and :func:`from_ris` (rispy).

Records are clean (no ``custom`` content, DOI included) and have no numbered header lines.
Reading accepts other tools' output (numbered headers, CRLF, ``ER  -`` without a space).

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.interchange._common`;
rispy only inside the functions that use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.csl import EN_DASH, CSLItem, Repair, bare_doi, particle_join
from peerlearn.interchange._common import (
    ExportDate,
    ExportError,
    Reading,
    checked,
    export_date,
    order_csl,
    page_from_text,
    split_particle,
    text_of,
)

__all__ = ["RIS_TYPES", "from_ris", "read_ris", "to_ris"]


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


#: RIS types (the RIS specification's and EndNote's) and the CSL type each is read as.
RIS_TYPES = {
    "ABST": "article-journal",
    "ADVS": "motion_picture",
    "AGGR": "dataset",
    "ANCIENT": "classic",
    "ART": "graphic",
    "BILL": "bill",
    "BLOG": "post-weblog",
    "BOOK": "book",
    "CASE": "legal_case",
    "CHAP": "chapter",
    "CHART": "graphic",
    "CLSWK": "classic",
    "COMP": "software",
    "CONF": "paper-conference",
    "CPAPER": "paper-conference",
    "CTLG": "document",
    "DATA": "dataset",
    "DBASE": "dataset",
    "DICT": "entry-dictionary",
    "EBOOK": "book",
    "ECHAP": "chapter",
    "EDBOOK": "book",
    "EJOUR": "article-journal",
    "ELEC": "webpage",
    "ENCYC": "entry-encyclopedia",
    "EQUA": "document",
    "FIGURE": "figure",
    "GEN": "document",
    "GOVDOC": "report",
    "GRANT": "document",
    "HEAR": "hearing",
    "ICOMM": "personal_communication",
    "INPR": "article-journal",
    "JFULL": "periodical",
    "JOUR": "article-journal",
    "LEGAL": "legal_case",
    "MANSCPT": "manuscript",
    "MAP": "map",
    "MGZN": "article-magazine",
    "MPCT": "motion_picture",
    "MULTI": "document",
    "MUSIC": "musical_score",
    "NEWS": "article-newspaper",
    "PAMP": "pamphlet",
    "PAT": "patent",
    "PCOMM": "personal_communication",
    "RPRT": "report",
    "SER": "book",
    "SLIDE": "graphic",
    "SOUND": "song",
    "STAND": "standard",
    "STAT": "legislation",
    "STD": "standard",
    "THES": "thesis",
    "UNBILL": "bill",
    "UNPB": "manuscript",
    "VIDEO": "motion_picture",
    "WEB": "webpage",
}
# rispy's names for RIS tags -> CSL variables (the first one present wins)
_RIS_TEXT = {
    "title": "title",
    "primary_title": "title",
    "translated_title": "title",
    "secondary_title": "container-title",
    "journal_name": "container-title",
    "alternate_title3": "container-title",
    "alternate_title1": "container-title-short",
    "alternate_title2": "container-title-short",
    "tertiary_title": "collection-title",
    "short_title": "title-short",
    "volume": "volume",
    "number": "issue",
    "note": "number",
    "edition": "edition",
    "publisher": "publisher",
    "place_published": "publisher-place",
    "abstract": "abstract",
    "notes_abstract": "abstract",
    "language": "language",
    "type_of_work": "genre",
    "section": "section",
    "number_of_volumes": "number-of-volumes",
    "call_number": "call-number",
    "name_of_database": "source",
    "label": "citation-label",
}
_RIS_NAMES = {
    "authors": "author",
    "first_authors": "author",
    "secondary_authors": "editor",
    "tertiary_authors": "collection-editor",
    "subsidiary_authors": "translator",
}
_RIS_HANDLED = {
    *_RIS_TEXT,
    *_RIS_NAMES,
    "type_of_reference",
    "id",
    "start_page",
    "end_page",
    "year",
    "publication_year",
    "date",
    "original_publication",
    "issn",
    "urls",
    "doi",
    "keywords",
    "access_date",
    "notes",
    "end_of_reference",
}


def _date_in(value: str) -> list[int] | None:
    """``2007``, ``2007/05/12/``, ``2007///Spring``, ``2024-03-05``: date-parts, or None."""
    pieces = re.findall(r"\d+", value)
    if not pieces or len(pieces[0]) != 4:
        return None
    parts = [int(pieces[0])]
    for piece, top in zip(pieces[1:3], (12, 31), strict=False):
        if not 1 <= int(piece) <= top:
            break
        parts.append(int(piece))
    return parts


def _ris_record(
    record: dict[str, Any], index: int, line: int | None, repairs: list[Repair]
) -> CSLItem:
    kind = str(record.get("type_of_reference", "GEN")).strip().upper()
    key = str(record.get("id") or f"ris{index}").strip()

    def say(field: str | None, action: str, message: str) -> None:
        repairs.append(Repair("", line, key, field, action, message))

    item: CSLItem = {"id": key, "type": RIS_TYPES.get(kind, "document")}
    if kind not in RIS_TYPES:
        say("TY", "normalised", f"{kind!r} is no RIS type; read as document")
    for name, var in _RIS_NAMES.items():
        people = record.get(name) or []
        if people:
            item.setdefault(var, []).extend(_ris_person(str(a)) for a in people)
    for name, var in _RIS_TEXT.items():
        if record.get(name) and var not in item:
            item[var] = str(record[name]).strip()
    start, end = record.get("start_page"), record.get("end_page")
    if start and end:
        item["page"] = f"{str(start).strip()}{EN_DASH}{str(end).strip()}"
    elif start:
        item["page"] = page_from_text(str(start))
    for name in ("year", "publication_year", "date"):
        value = str(record.get(name) or "").strip()
        if not value:
            continue
        parts = _date_in(value)
        if parts is None:
            say(name, "dropped", f"{value!r} is not a year or a date; write PY  - 2007")
            continue
        if "issued" not in item or len(parts) > len(item["issued"]["date-parts"][0]):
            if "issued" in item and parts[0] != item["issued"]["date-parts"][0][0]:
                continue  # DA with another year than PY: PY is the year of publication
            item["issued"] = {"date-parts": [parts]}
    if record.get("original_publication"):
        parts = _date_in(str(record["original_publication"]))
        if parts:
            item["original-date"] = {"date-parts": [parts]}
    if record.get("issn"):
        code = str(record["issn"]).strip()
        item["ISSN" if re.fullmatch(r"\d{4}-?\d{3}[\dXx]", code) else "ISBN"] = code
    if record.get("doi"):
        item["DOI"] = bare_doi(record["doi"])
    urls = [u.strip() for u in record.get("urls") or [] if str(u).strip()]
    if urls:
        item["URL"] = urls[0]
    if record.get("keywords"):  # KW lines, one tag each
        item["keyword"] = ", ".join(str(k).strip() for k in record["keywords"])
    accessed = _date_in(str(record.get("access_date") or ""))
    if accessed:  # Y2: 2024/03/05/10:12:40
        item["accessed"] = {"date-parts": [accessed]}
    if record.get("notes"):
        item["note"] = "\n".join(str(n) for n in record["notes"])
    extra = {k: v for k, v in record.items() if k not in _RIS_HANDLED and v not in (None, "", [])}
    if len(urls) > 1:
        extra["urls"] = urls[1:]
    if extra:
        item["custom"] = {"ris": extra}
    return order_csl(item)


def read_ris(text: str) -> Reading:
    """CSL-JSON items from RIS (rispy), keeping what can be kept; ``repairs`` say what was done.

    Reads the RIS specification's tags and EndNote's (``N2`` abstracts, ``JF`` journal names,
    ``Y1`` dates, ``A1``-``A4`` people); tags CSL has no variable for stay in ``custom.ris``.
    rispy drops a last record without its ``ER  -`` line: it is closed first (a test shows it).

    >>> reading = read_ris("TY  - JOUR\\nTI  - A title\\nPY  - soon\\n")
    >>> reading.items[0]["title"], [r.action for r in reading.repairs]
    ('A title', ['dropped'])
    """
    import rispy

    if not isinstance(text, str):
        msg = f"RIS must be text (str), got {type(text).__name__}"
        raise TypeError(msg)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = [m.start() for m in re.finditer(r"^TY  - ", text, flags=re.M)]
    if not starts:
        msg = (
            "RIS text has no record: each record starts with a line 'TY  - JOUR' "
            "(or BOOK, CHAP, RPRT) and ends with 'ER  - '"
        )
        raise ValueError(msg)
    lines: list[int | None] = [text.count("\n", 0, at) + 1 for at in starts]
    if not re.search(r"^ER  -", text[starts[-1] :], flags=re.M):
        text = text.rstrip("\n") + "\nER  - \n"  # rispy would drop the last record
    try:
        records = rispy.loads(text, skip_unknown_tags=False)
    except (OSError, ValueError, KeyError, IndexError) as error:
        msg = f"RIS text could not be read: {error}"
        raise ValueError(msg) from None
    if len(records) != len(lines):
        lines = [None] * len(records)
    repairs: list[Repair] = []
    items = [
        _ris_record(record, i, line, repairs)
        for i, (record, line) in enumerate(zip(records, lines, strict=True), start=1)
    ]
    return Reading(items, list(lines), repairs)


def from_ris(text: str) -> list[CSLItem]:
    """CSL-JSON items from RIS (rispy); the inverse of :func:`to_ris`. Refuses what
    :func:`read_ris` would have to repair (``ValueError`` naming the record).

    ``AU  - Family, Given`` becomes a person (lower-case leading words of the
    family name are its particle); a name without a comma becomes ``literal``.

    >>> record = "TY  - BOOK\\nID  - fromm1956\\nAU  - Fromm, E.\\nPY  - 1956\\nER  - \\n"
    >>> from_ris(record)  # doctest: +NORMALIZE_WHITESPACE
    [{'id': 'fromm1956', 'type': 'book', 'author': [{'family': 'Fromm', 'given': 'E.'}],
      'issued': {'date-parts': [[1956]]}}]
    """
    reading = read_ris(text)
    for repair in reading.repairs:
        field = f"{repair.field}: " if repair.field else ""
        msg = f"RIS line {repair.line} (record {repair.record}): {field}{repair.message}"
        raise ValueError(msg)
    return reading.items
