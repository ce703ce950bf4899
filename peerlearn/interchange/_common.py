"""Helpers shared by the exchange formats (not part of the public API).

Dates, field order and page and name pieces that both BibTeX and RIS need, on the way out
(:func:`date_parts`) and on the way in (:func:`order_csl`, :func:`split_particle`,
:func:`page_from_text`, :func:`parse_int_date`).

Imports: the standard library and :mod:`peerlearn.csl`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peerlearn.csl import ANY_DASH, EN_DASH, RANGE

__all__ = ["date_parts", "order_csl", "page_from_text", "parse_int_date", "split_particle"]


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


def order_csl(item: dict[str, Any]) -> dict[str, Any]:
    """An imported item with its variables in the order of ``references.json``."""
    rank = {name: i for i, name in enumerate(_CSL_ORDER)}
    return dict(sorted(item.items(), key=lambda kv: rank.get(kv[0], len(rank))))


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
