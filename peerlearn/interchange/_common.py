"""Helpers shared by the exchange formats (not part of the public API).

Dates, field order and page and name pieces that both BibTeX and RIS need, on the way out
(:func:`date_parts`) and on the way in (:func:`order_csl`, :func:`split_particle`,
:func:`page_from_text`, :func:`parse_int_date`).

Exports check what they write (:func:`checked`, :func:`text_of`, :func:`export_date`) and
raise :class:`ExportError` naming the item, the field and what would be valid, so that no value
can break a record or crash a writer.

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.errors`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peerlearn.csl import ANY_DASH, EN_DASH, RANGE, CSLItem, Prepared, Repair, prepare
from peerlearn.errors import PeerlearnError

__all__ = [
    "ExportDate",
    "ExportError",
    "Reading",
    "checked",
    "date_parts",
    "export_date",
    "order_csl",
    "page_from_text",
    "parse_int_date",
    "split_particle",
    "text_of",
]


class ExportError(PeerlearnError, ValueError):
    """An item cannot be written in an exchange format; the message names item, field and fix.

    >>> print(ExportError("BibTeX", "lynch2007", "issued", "month 13 is not a month", "1-12"))
    BibTeX export: item 'lynch2007': issued: month 13 is not a month; expected 1-12
    """

    def __init__(self, fmt: str, key: object, field: str, problem: str, valid: str) -> None:
        self.format, self.key, self.field = fmt, key, field
        where = f"item {key!r}: " if key is not None else ""
        super().__init__(f"{fmt} export: {where}{field}: {problem}; expected {valid}")


@dataclass
class Reading:
    """What a reader made of a file: the items, the line each starts on, and what it repaired
    (:class:`peerlearn.csl.Repair`, with ``file`` left empty for the caller to fill in)."""

    items: list[CSLItem]
    lines: list[int | None]
    repairs: list[Repair] = field(default_factory=list)


# Characters no exchange format can carry: C0/C1 controls other than whitespace, lone surrogates.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def checked(items: object, fmt: str) -> Prepared:
    """:func:`peerlearn.csl.prepare`, its ``ValueError`` raised as :class:`ExportError`."""
    try:
        return prepare(items)
    except ValueError as error:
        raise ExportError(fmt, None, "items", str(error), "valid CSL-JSON items") from None


def text_of(value: object, fmt: str, key: str, field: str) -> str:
    """A field value as text: strings and numbers only, no control characters or surrogates.

    >>> text_of(12, "RIS", "a", "volume")
    '12'
    >>> text_of({"x": 1}, "RIS", "a", "title")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn.interchange._common.ExportError: RIS export: item 'a': title: a dict is not text; ...
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ExportError(fmt, key, field, f"a {type(value).__name__} is not text", "a string")
    if isinstance(value, float) and not math.isfinite(value):
        raise ExportError(fmt, key, field, f"{value} is not a number", "a finite number or text")
    text = str(value)
    bad = _BAD_CHARS.search(text)
    if bad:
        problem = f"character U+{ord(bad.group()):04X} at position {bad.start()} cannot be written"
        raise ExportError(fmt, key, field, problem, "text without control characters")
    return text


_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# CSL processors read months 13-16 and 21-24 as seasons (citeproc test date_VariousInvalidDates).
_SEASONS = {13: "Spring", 14: "Summer", 15: "Autumn", 16: "Winter"} | {
    21: "Spring",
    22: "Summer",
    23: "Autumn",
    24: "Winter",
}


@dataclass(frozen=True)
class ExportDate:
    """A checked CSL date: a year, maybe a month (1-12) or a season, maybe a day."""

    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None


def _int_part(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}\s*", value):
        return int(value)
    return None


def export_date(item: Mapping[str, Any], var: str, fmt: str) -> ExportDate | None:
    """The first date of ``item[var]``, checked; ``None`` when absent or literal-only.

    Month names (``"May"``) are read as months; months 13-16 and 21-24 as seasons, as CSL
    processors do. Anything else raises :class:`ExportError` naming the item and the value.

    >>> export_date({"issued": {"date-parts": [[2001, "May", 3]]}}, "issued", "RIS")
    ExportDate(year=2001, month=5, day=3, season=None)
    >>> export_date({"id": "a", "issued": {"date-parts": [[2001, 0]]}}, "issued", "RIS")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn.interchange._common.ExportError: RIS export: item 'a': issued: month 0 is not ...
    """
    key = item.get("id")
    value = item.get(var)
    if value is None:
        return None
    valid_date = "a CSL date such as {'date-parts': [[2007, 5]]} or {'literal': 'n.d.'}"
    if not isinstance(value, Mapping):
        raise ExportError(fmt, key, var, f"{value!r} is not a CSL date object", valid_date)
    if "date-parts" not in value:
        return None  # {"literal": "n.d."}, {"raw": ...}: no parts to write
    parts = value["date-parts"]
    if not isinstance(parts, Sequence) or isinstance(parts, str) or not parts:
        raise ExportError(fmt, key, var, f"date-parts {parts!r} is not a list of dates", valid_date)
    first = parts[0]
    if not isinstance(first, Sequence) or isinstance(first, str) or not 1 <= len(first) <= 3:
        raise ExportError(
            fmt, key, var, f"date-parts[0] {first!r} is not [year, month, day]", valid_date
        )
    year = _int_part(first[0])
    if year is None:
        hint = (
            "a whole-number year such as 2007 (a letter such as 2007a is added by the style; "
            "write {'literal': 'n.d.'} for an undated work)"
        )
        raise ExportError(fmt, key, var, f"year {first[0]!r} is not a number", hint)
    month = day = None
    season = None
    if len(first) > 1:
        raw = first[1]
        number = _int_part(raw)
        if number is None and isinstance(raw, str):
            name = raw.strip().lower().rstrip(".")
            for i, full in enumerate(_MONTH_NAMES, start=1):
                if len(name) >= 3 and full.startswith(name):
                    number = i
        if number is not None and number in _SEASONS:
            season = _SEASONS[number]
        elif number is None or not 1 <= number <= 12:
            shown = raw if number is None else number
            raise ExportError(
                fmt,
                key,
                var,
                f"month {shown!r} is not a month"
                if number is None
                else f"month {shown} is not a month",
                "1-12 (or 13-16 / 21-24 for a season)",
            )
        else:
            month = number
    if len(first) > 2 and season is None:
        day = _int_part(first[2])
        if day is None or not 1 <= day <= 31:
            raise ExportError(fmt, key, var, f"day {first[2]!r} is not a day", "1-31")
    return ExportDate(year, month, day, season)


def date_parts(item: Mapping[str, Any], var: str = "issued") -> list[Any]:
    """The first date-parts of a CSL date variable, or ``[]``."""
    value = item.get(var)
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            return list(parts[0])
    return []


_CSL_ORDER = (
    "id",
    "type",
    "author",
    "editor",
    "issued",
    "original-date",
    "title",
    "title-short",
    "container-title",
    "container-title-short",
    "collection-title",
    "volume",
    "issue",
    "number",
    "page",
    "edition",
    "genre",
    "publisher",
    "publisher-place",
    "DOI",
    "ISBN",
    "ISSN",
    "URL",
    "language",
    "note",
    "abstract",
    "custom",
)


class _Rank(dict[str, int]):
    """A variable's place in :data:`_CSL_ORDER`; any other variable after them all."""

    def __missing__(self, name: str) -> int:
        return len(_CSL_ORDER)


_RANK = _Rank({name: i for i, name in enumerate(_CSL_ORDER)})


def order_csl(item: dict[str, Any]) -> dict[str, Any]:
    """An imported item with its variables in the order of ``references.json`` (others after
    them, in the order given: the sort is stable).

    >>> order_csl({"zz": 1, "title": "T", "id": "a", "yy": 2})
    {'id': 'a', 'title': 'T', 'zz': 1, 'yy': 2}
    """
    return {name: item[name] for name in sorted(item, key=_RANK.__getitem__)}


def split_particle(family: str) -> dict[str, str]:
    """Leading lower-case words of a family name are its particle (``van Busschbach``)."""
    words = family.split(" ")
    i = 0
    while i < len(words) - 1 and words[i][:1].islower():
        i += 1
    if i == 0:
        return {"family": family}
    return {"family": " ".join(words[i:]), "non-dropping-particle": " ".join(words[:i])}


def page_from_text(page: str) -> str:
    """A page field read from a file: a range gets an en dash."""
    return ANY_DASH.sub(EN_DASH, page.strip()) if RANGE.search(page) else page.strip()


def parse_int_date(year: str, month: str | None = None, day: str | None = None) -> dict[str, Any]:
    """A CSL date from year, month and day strings."""
    parts: list[int] = [int(year)]
    if month:
        parts.append(int(month))
        if day:
            parts.append(int(day))
    return {"date-parts": [parts]}
