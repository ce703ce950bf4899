"""The forms tools write a CSL value in, read into the one form the package uses.

Each function takes one value as an export holds it and returns the value in CSL's form and, when
the reading changed what the value says or could not keep it, why (a sentence for the report).
Readings that only change the notation are silent: a year as text (``"2007"``), pandoc's
CSL-YAML dates (``issued: [{year: 1968}]``, ``issued: {year: 1968, month: 5}``), EDTF text
(``2007-05``), ``raw`` and ``literal`` dates, Zotero's ``shortTitle``/``journalAbbreviation``.
May import: the standard library and :mod:`peerlearn.csl`.

>>> csl_type("video")
('motion_picture', "type 'video' is no CSL type; read as 'motion_picture'")
>>> parse_date([{"year": 1968}])
({'date-parts': [[1968]]}, '')
>>> person("Lynch, Kathleen")
({'family': 'Lynch', 'given': 'Kathleen'}, 'a name written as text was read as family, given')
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "CSL_TYPES",
    "TYPE_ALIASES",
    "YEARS",
    "csl_type",
    "is_plain_name",
    "page_note",
    "parse_date",
    "person",
]

#: The years a reference may carry.
YEARS = range(1000, 2101)
#: Every item type of CSL 1.0.2.
CSL_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)
#: Types tools write that CSL 1.0.2 does not have (Zotero's item types, CSL 0.8 and
#: citeproc-js names, BibTeX words), folded to lower case with hyphens, and the CSL type each
#: is read as.
TYPE_ALIASES = {
    "journal-article": "article-journal",
    "journal": "article-journal",
    "magazine-article": "article-magazine",
    "newspaper-article": "article-newspaper",
    "book-section": "chapter",
    "book-chapter": "chapter",
    "inbook": "chapter",
    "incollection": "chapter",
    "conference-paper": "paper-conference",
    "inproceedings": "paper-conference",
    "proceedings-article": "paper-conference",
    "video": "motion_picture",
    "video-recording": "motion_picture",
    "film": "motion_picture",
    "tv-broadcast": "broadcast",
    "radio-broadcast": "broadcast",
    "podcast": "broadcast",
    "audio": "song",
    "audio-recording": "song",
    "sound": "song",
    "music": "song",
    "computer-program": "software",
    "program": "software",
    "blog-post": "post-weblog",
    "blogpost": "post-weblog",
    "forum-post": "post",
    "web-page": "webpage",
    "website": "webpage",
    "online": "webpage",
    "web": "webpage",
    "encyclopedia-article": "entry-encyclopedia",
    "dictionary-entry": "entry-dictionary",
    "letter": "personal_communication",
    "email": "personal_communication",
    "instant-message": "personal_communication",
    "personal-communication": "personal_communication",
    "legal-case": "legal_case",
    "case": "legal_case",
    "statute": "legislation",
    "artwork": "graphic",
    "image": "graphic",
    "presentation": "speech",
    "preprint": "article",
    "techreport": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "musical-score": "musical_score",
    "motion-picture": "motion_picture",
    "misc": "document",
    "generic": "document",
    "other": "document",
    "standard-document": "standard",
}
_DATE_TEXT = re.compile(r"(-?\d{1,7})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ].*)?")
_UNDATED = {"", "n.d.", "n. d.", "nd", "no date", "s.d.", "undated", "forthcoming", "in press"}
_SUFFIXED = re.compile(r"\s*(\d{4})([a-z])\s*")
_SEASON_WORDS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def csl_type(value: Any) -> tuple[str, str]:
    """The CSL type for a type as written, and what was done ("" when it was CSL's already).

    >>> csl_type("article-journal"), csl_type("journalArticle")[0], csl_type("zine")[0]
    (('article-journal', ''), 'article-journal', 'document')
    """
    if isinstance(value, str) and value in CSL_TYPES:
        return value, ""
    if not isinstance(value, str) or not value.strip():
        return "document", "" if value in (
            None,
            "",
        ) else f"type {value!r} is not text; read as 'document'"
    folded = re.sub(r"(?<=[a-z])(?=[A-Z])", "-", value.strip()).lower().replace("_", "-")
    folded = re.sub(r"[\s-]+", "-", folded)
    found = (
        folded
        if folded in CSL_TYPES
        else folded.replace("-", "_")
        if folded.replace("-", "_") in CSL_TYPES
        else TYPE_ALIASES.get(folded)
    )
    if found is None:
        return "document", f"type {value!r} is no CSL type; read as 'document'"
    return found, f"type {value!r} is no CSL type; read as {found!r}"


def _yaml_date(value: Any) -> Any:
    """pandoc's CSL-YAML date forms as date-parts: ``[{year: 1968}]``, ``{year: 1968}``."""
    if isinstance(value, Mapping) and "year" in value and "date-parts" not in value:
        value = [value]
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        parts = [
            [v.get(k) for k in ("year", "month", "day") if v.get(k) is not None] for v in value
        ]
        return {"date-parts": parts}
    return value


_INT_TEXT = re.compile(r"\s*-?\d{1,7}\s*")


def parse_date(value: Any) -> tuple[dict[str, Any] | None, str]:
    """A CSL date from what tools write (date-parts of numbers or text, ``raw``, EDTF text,
    pandoc's YAML forms). Returns (date, "") or (None, why); (None, "") means undated.

    >>> parse_date({"date-parts": [["2014", "5", "12"]]})
    ({'date-parts': [[2014, 5, 12]]}, '')
    >>> parse_date("2007-05")
    ({'date-parts': [[2007, 5]]}, '')
    >>> parse_date({"date-parts": [["n.d."]]})
    (None, '')
    >>> parse_date({"date-parts": [[2001000]]})[1]
    'year 2001000 is out of range; a year is a number from 1000 to 2100'
    """
    if type(value) is str and len(value) == 4 and value.isdigit() and int(value) in YEARS:
        return {"date-parts": [[int(value)]]}, ""  # fast path: a year as text (Extra lines)
    if type(value) is dict and len(value) == 1:  # fast path: what readers already give
        parts = value.get("date-parts")
        if type(parts) is list and len(parts) == 1 and _clean_parts(parts[0]):
            return value, ""
    value = _yaml_date(value)
    if isinstance(value, bool):
        return None, f"{value!r} is not a date"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        value = {"date-parts": [[value]]}
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() in _UNDATED:
            return None, ""
        m = _DATE_TEXT.fullmatch(text)
        if not m:
            return None, f"{value!r} is not a date; write it as 2007, 2007-05 or 2007-05-12"
        value = {"date-parts": [[p for p in m.groups() if p is not None]]}
    if not isinstance(value, Mapping):
        return (
            None,
            "a date is an object with date-parts, e.g. {'date-parts': [[2007]]}; "
            f"got {type(value).__name__}",
        )
    out = {k: v for k, v in value.items() if k in ("season", "circa", "literal")}
    parts = value.get("date-parts")
    if parts is None:
        for key in ("raw", "edtf", "literal"):
            if isinstance(value.get(key), str):
                text = value[key]
                return parse_date(text) if text.strip() else (None, "")
        return None, "a date needs date-parts, e.g. {'date-parts': [[2007]]}"
    if not isinstance(parts, list) or not parts or len(parts) > 2:
        return None, "date-parts is a list of one date (or two, for a range), e.g. [[2007, 5]]"
    clean: list[list[int]] = []
    for one in parts:
        if not isinstance(one, list) or not one or len(one) > 3:
            return None, "each date in date-parts is [year], [year, month] or [year, month, day]"
        if isinstance(one[0], str) and one[0].strip().casefold() in _UNDATED:
            return None, ""
        nums = []
        for what, part in zip(("year", "month", "day"), one, strict=False):
            if isinstance(part, float) and part.is_integer():
                part = int(part)
            if isinstance(part, str) and _INT_TEXT.fullmatch(part):
                part = int(part)
            if isinstance(part, bool) or not isinstance(part, int):
                hint = (
                    "; the letter that tells two works of one year apart is added by peerlearn"
                    if what == "year" and isinstance(part, str) and _SUFFIXED.fullmatch(part)
                    else ""
                )
                return None, f"{what} {part!r} is not a whole number{hint}"
            nums.append(part)
        year, *rest = nums
        if year not in YEARS:
            return None, f"year {year} is out of range; a year is a number from 1000 to 2100"
        if (rest and 13 <= rest[0] <= 16) or (rest and 21 <= rest[0] <= 24):
            out.setdefault("season", rest[0] % 4 or 4)  # CSL reads 13-16, 21-24 as seasons
            rest = []
        if rest and not 1 <= rest[0] <= 12:
            return None, f"month {rest[0]} is out of range; a month is a number from 1 to 12"
        if len(rest) > 1 and not 1 <= rest[1] <= 31:
            return None, f"day {rest[1]} is out of range; a day is a number from 1 to 31"
        clean.append([year, *rest])
    out["date-parts"] = clean
    return out, ""


def _clean_parts(one: Any) -> bool:
    """[year], [year, month] or [year, month, day] of plain ints in range (no season)."""
    if type(one) is not list or not 1 <= len(one) <= 3:
        return False
    if any(type(p) is not int for p in one) or one[0] not in YEARS:
        return False
    return (len(one) < 2 or 1 <= one[1] <= 12) and (len(one) < 3 or 1 <= one[2] <= 31)


def suffixed_year(value: Any) -> tuple[dict[str, Any] | None, str]:
    """``2007a`` (a year with the letter a style adds) read as 2007, said so; else (None, "").

    >>> suffixed_year({"date-parts": [["2007a"]]})[0]
    {'date-parts': [[2007]]}
    """
    parts = value.get("date-parts") if isinstance(value, Mapping) else None
    text = value if isinstance(value, str) else None
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        text = parts[0][0] if isinstance(parts[0][0], str) and len(parts[0]) == 1 else None
    m = _SUFFIXED.fullmatch(text) if isinstance(text, str) else None
    if not m or int(m[1]) not in YEARS:
        return None, ""
    return (
        {"date-parts": [[int(m[1])]]},
        f"year {text!r} read as {m[1]}; the letter is added by peerlearn where two works of one "
        "year need it",
    )


_PAGE_RANGE = re.compile(r"\s*(\d+)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(\d+)\s*")


def page_note(page: Any) -> str:
    """Why a page value is worth a look (kept as written either way), or "".

    Long numbers are fine (an article number such as ``1900615`` is a page in CSL).

    >>> page_note("1900615"), page_note("200-100")
    ('', "page range '200-100' ends before it starts; kept as written")
    """
    m = _PAGE_RANGE.fullmatch(str(page))
    if not m:
        return ""
    first, last = m.groups()
    if len(last) < len(first):  # "879-85" means 879-885
        last = first[: len(first) - len(last)] + last
    if int(last) < int(first):
        return f"page range {str(page)!r} ends before it starts; kept as written"
    return ""


_NAME_KEYS = {
    "family",
    "given",
    "literal",
    "non-dropping-particle",
    "dropping-particle",
    "suffix",
}
_PLAIN_NAME = {"family", "given", "literal"}
_NAME_HINTS = ("parse-names", "static-ordering", "comma-suffix", "isInstitution")


def is_plain_name(value: Any) -> bool:
    """Whether a name is CSL's already as :func:`person` keeps it: family (and given) or literal,
    each a non-empty text, nothing else (what readers make).

    >>> is_plain_name({"family": "Lynch", "given": "K."}), is_plain_name({"given": "K."})
    (True, False)
    """
    return (
        type(value) is dict
        and value.keys() <= _PLAIN_NAME
        and ("family" in value or "literal" in value)
        and all(type(v) is str and v for v in value.values())
    )


def person(value: Any) -> tuple[dict[str, Any] | None, str]:
    """A CSL name from what tools write; (None, why) when nothing in it is a name.

    Empty parts and parsing hints (Mendeley's ``"dropping-particle": ""``, ``parse-names``) are
    left out silently; a name written as text, a given name alone, or parts CSL lacks are said.

    >>> person({"given": "Ann", "family": "", "parse-names": False})
    ({'literal': 'Ann'}, 'a name with only a given name was kept as written')
    """
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, "an empty name"
        if "," in text:
            family, given = (p.strip() for p in text.split(",", 1))
            name = {"family": family, "given": given} if given else {"family": family}
            return name, "a name written as text was read as family, given"
        return {"literal": text}, "a name written as text was kept whole"
    if not isinstance(value, Mapping):
        return None, f"a name is an object with family and given; got {type(value).__name__}"
    plain = value.keys() <= _PLAIN_NAME and ("family" in value or "literal" in value)
    if plain and all(type(v) is str and v for v in value.values()):
        return dict(value), ""  # fast path: the parts a reader writes, all texts
    out: dict[str, Any] = {}
    unknown = []
    for k, v in value.items():
        if k in _NAME_HINTS or v in ("", None):
            continue
        if k not in _NAME_KEYS:
            unknown.append(k)
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
            v = str(v)
        if not isinstance(v, str):
            unknown.append(k)
            continue
        out[k] = v
    why = f"{', '.join(map(repr, unknown))} left out (no part of a CSL name)" if unknown else ""
    if "family" in out or "literal" in out:
        return out, why
    rest = " ".join(out[k] for k in ("given", "dropping-particle", "suffix") if k in out)
    if rest:
        return {"literal": rest}, "a name with only a given name was kept as written"
    return None, "a name without any part" + (f" ({why})" if why else "")
