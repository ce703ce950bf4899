"""BibTeX and biblatex in: :func:`read_bibtex` (keeps what it can, says what it did) and the
strict :func:`from_bibtex` (bibtexparser 2, pylatexenc via :mod:`._latex`).

What Better BibTeX, Mendeley, JabRef and hand-written files hold is read field by field; a field
that cannot be read is left out and named, a block bibtexparser cannot parse is skipped and named
(with its line and a plain reason), and bibtexparser's own log lines are caught, never printed.
Fields CSL has no variable for (JabRef's ``file``, ``groups``, ``owner``…) are kept, as written,
in ``custom.bibtex``.

Imports: the standard library, :mod:`peerlearn.csl` and the interchange helpers; bibtexparser
only inside the functions that use it.

>>> reading = read_bibtex("@book{a, title = {T}, subtitle = {S}, year = {soon}}")
>>> reading.items[0]["title"], [str(r) for r in reading.repairs]
('T: S', [":1: a: year: dropped: 'soon' is not a year; write it as 2007"])
"""

from __future__ import annotations

import logging
import re
from typing import Any

from peerlearn.csl import CSLItem, Repair, bare_doi
from peerlearn.interchange._common import Reading, order_csl, page_from_text
from peerlearn.interchange._latex import LATEX_MARKS, decode, verbatim

__all__ = ["BIBTEX_TYPES", "from_bibtex", "read_bibtex"]

#: BibTeX and biblatex entry types and the CSL type each is read as.
BIBTEX_TYPES = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "collection": "book",
    "mvcollection": "book",
    "proceedings": "book",
    "mvproceedings": "book",
    "reference": "book",
    "inbook": "chapter",
    "bookinbook": "chapter",
    "suppbook": "chapter",
    "incollection": "chapter",
    "suppcollection": "chapter",
    "inreference": "entry-encyclopedia",
    "booklet": "pamphlet",
    "manual": "report",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "misc": "document",
    "patent": "patent",
    "periodical": "periodical",
    "suppperiodical": "article-journal",
    "dataset": "dataset",
    "software": "software",
    "artwork": "graphic",
    "image": "graphic",
    "audio": "song",
    "music": "song",
    "video": "motion_picture",
    "movie": "motion_picture",
    "letter": "personal_communication",
    "legislation": "legislation",
    "jurisdiction": "legal_case",
    "legal": "legal_case",
    "standard": "standard",
    "performance": "performance",
    "review": "review",
    "preprint": "article",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# BibTeX/biblatex field -> CSL variable, read as text (LaTeX decoded).
_TEXT = {
    "shorttitle": "title-short",
    "series": "collection-title",
    "volume": "volume",
    "volumes": "number-of-volumes",
    "edition": "edition",
    "isbn": "ISBN",
    "issn": "ISSN",
    "address": "publisher-place",
    "location": "publisher-place",
    "note": "note",
    "annote": "annote",
    "abstract": "abstract",
    "language": "language",
    "langid": "language",
    "shortjournal": "container-title-short",
    "journalabbreviation": "container-title-short",
    "keywords": "keyword",
    "type": "genre",
    "chapter": "chapter-number",
    "pagetotal": "number-of-pages",
    "version": "version",
    "eventtitle": "event-title",
    "venue": "event-place",
    "pmid": "PMID",
    "pmcid": "PMCID",
    "archiveprefix": "archive",
    "callnumber": "call-number",
    "library": "archive_location",
    "howpublished": "medium",
}
_PUBLISHER = ("publisher", "institution", "school", "organization")
_NAMES = {"author": "author", "editor": "editor", "translator": "translator"}
_TITLES = {  # the CSL variable, then the fields joined into it in order, with their joiners
    "title": (("title", ""), ("subtitle", ": "), ("titleaddon", ". ")),
    "container-title": (
        ("journal", ""),
        ("journaltitle", ""),
        ("journalsubtitle", ": "),
        ("booktitle", ""),
        ("booksubtitle", ": "),
        ("booktitleaddon", ". "),
    ),
}
_TITLE_FIELDS = {f for parts in _TITLES.values() for f, _ in parts}
_VERBATIM = {"doi", "url", "eprint", "file", "pdf"}
_DATES = {"year", "month", "day", "date", "urldate", "origdate", "eventdate"}
_IGNORED = {"eprinttype", "eprintclass", "primaryclass"}  # read with eprint
# fields read outside the per-field loop of _item (titles, the date of issue, eprint's parts)
_READ_ELSEWHERE = frozenset(_TITLE_FIELDS | (_DATES - {"urldate", "origdate"}) | _IGNORED)


_ISO_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?\s*")
_YEAR = re.compile(r"\{?\s*(\d{4})\s*\}?")


def _value(raw: str, strings: dict[str, str]) -> str:
    """A field's value as written, without its braces or quotes, ``#`` joins and ``@string``
    macros resolved (bibtexparser's middleware leaves ``"T " # j`` as it is; a test shows it).

    >>> _value('"Journal of " # jx # {, Part 2}', {"jx": "X"})
    'Journal of X, Part 2'
    """
    raw = raw.strip()
    if "#" not in raw:
        return _piece(raw, strings)
    parts, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(raw[start:i])
            start = i + 1
    parts.append(raw[start:])
    return "".join(_piece(p.strip(), strings) for p in parts)


def _piece(part: str, strings: dict[str, str]) -> str:
    if len(part) > 1 and part[0] + part[-1] in ("{}", '""'):
        return part[1:-1]
    return strings.get(part.lower(), part)


def _date_parts(text: str) -> list[list[int]] | None:
    """biblatex's ``date`` (ISO 8601, ranges with ``/``), or None when it is not one."""
    out = []
    for part in text.strip().split("/")[:2]:
        m = _ISO_DATE.fullmatch(part)
        if not m:
            if part.strip() in ("", ".."):  # open range
                continue
            return None
        out.append([int(p) for p in m.groups() if p is not None])
    return out or None


class _Entry:
    """One entry being read: its item and the repairs said about it."""

    def __init__(self, line: int, key: str, repairs: list[Repair]) -> None:
        self.line, self.key, self.repairs = line, key, repairs

    def say(self, field: str | None, action: str, message: str) -> None:
        self.repairs.append(Repair("", self.line, self.key, field, action, message))

    def text(self, field: str, value: str) -> str:
        if not LATEX_MARKS.search(value):  # decode's own first step: plain text (most fields)
            return " ".join(value.split())
        try:
            text, kept = decode(value)
        except ValueError as error:
            self.say(field, "kept", f"{error}; kept as written: {value!r}")
            return re.sub(r"\s+", " ", value).strip()
        if kept:
            self.say(field, "kept", "LaTeX kept as written: " + ", ".join(dict.fromkeys(kept)))
        return text


# "Family, Given" in plain letters (with . ' -), each word of the family name starting with a
# capital (no particle, no braces, no LaTeX): bibtexparser's name splitting gives family and
# given as written (tests compare, one of them a property test). ASCII first (quicker), then
# the same in any script's letters.
_PLAIN_NAME = re.compile(r"([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*), ([A-Za-z][A-Za-z.' -]*)")
_WORDS_NAME = re.compile(r"([\w.'-]+(?: [\w.'-]+)*), ([\w.' -]+)")
_NOT_LETTER = re.compile(r"[\d_]")  # what \w holds besides letters (and other numerals)


def _plain_names(value: str) -> list[dict[str, str]] | None:
    """The names of a field of plain "Family, Given" names, or None (bibtexparser splits it)."""
    out = []
    if "--" in value or "''" in value:  # LaTeX's dash and quote: decoded by the long way
        return None
    for raw in value.strip().split(" and "):
        m = _PLAIN_NAME.fullmatch(raw)
        if m is None:
            if raw.isascii():
                return None
            m = _WORDS_NAME.fullmatch(raw)
            # bibtexparser reads a word not starting with a capital letter as a particle (von)
            if (
                m is None
                or _NOT_LETTER.search(raw)
                or not m[2][0].isalpha()
                or not all(w[0].isalpha() and w[0].isupper() for w in m[1].split(" "))
            ):
                return None
        out.append({"family": m[1], "given": " ".join(m[2].split())})
    return out


def _names(entry: _Entry, field: str, value: str) -> tuple[list[dict[str, str]], bool]:
    if "{" not in value and "\\" not in value:  # fast path (most exports); the rest below
        plain = _plain_names(value)
        if plain is not None:
            return plain, False
    from bibtexparser.middlewares.names import (
        parse_single_name_into_parts,
        split_multiple_persons_names,
    )

    out: list[dict[str, str]] = []
    truncated = False
    for raw in split_multiple_persons_names(value):
        raw = raw.strip()
        if not raw:
            continue
        if raw.casefold() == "others":
            truncated = True
            continue
        if raw.startswith("{") and raw.endswith("}") and "}" not in raw[1:-1].replace("{", ""):
            out.append({"literal": entry.text(field, raw[1:-1])})
            continue
        try:
            parts = parse_single_name_into_parts(raw)
        except ValueError:
            cleaned = raw.strip(" ,")
            if not cleaned:
                entry.say(field, "dropped", f"the name {raw!r} has no letters")
                continue
            entry.say(field, "normalised", f"the name {raw!r} could not be split; kept whole")
            out.append({"literal": entry.text(field, cleaned)})
            continue
        family = entry.text(field, " ".join(parts.last))
        if not family:
            out.append({"literal": entry.text(field, raw)})
            continue
        person = {"family": family}
        if parts.von:
            person["non-dropping-particle"] = entry.text(field, " ".join(parts.von))
        if parts.first:
            person["given"] = entry.text(field, " ".join(parts.first))
        if parts.jr:
            person["suffix"] = entry.text(field, " ".join(parts.jr))
        out.append(person)
    return out, truncated


def _issued(entry: _Entry, fields: dict[str, str], item: CSLItem) -> None:
    year, month, day = (fields.get(k, "").strip() for k in ("year", "month", "day"))
    if fields.get("date"):
        parts = _date_parts(fields["date"])
        if parts:
            item["issued"] = {"date-parts": parts}
            return
        if not year:
            entry.say("date", "dropped", f"{fields['date']!r} is not a date; write it as 2007-05")
            return
    if not year:
        return
    match = _YEAR.fullmatch(year)
    if not match:
        entry.say("year", "dropped", f"{year!r} is not a year; write it as 2007")
        return
    ymd = [int(match[1])]
    if month:
        name = month.strip("{} ").lower()[:3]
        number = _MONTHS.index(name) + 1 if name in _MONTHS else None
        if number is None and name.isdigit() and 1 <= int(name) <= 12:
            number = int(name)
        if number is None:
            entry.say("month", "dropped", f"{month!r} is not a month; write it as 1-12 or may")
        else:
            ymd.append(number)
            if day.isdigit() and 1 <= int(day) <= 31:
                ymd.append(int(day))
            elif day:
                entry.say("day", "dropped", f"{day!r} is not a day; write it as 1-31")
    item["issued"] = {"date-parts": [ymd]}


def _item(entry: _Entry, kind: str, fields: dict[str, str]) -> CSLItem:
    item: CSLItem = {"id": entry.key, "type": BIBTEX_TYPES.get(kind, "document")}
    if kind not in BIBTEX_TYPES:
        entry.say("type", "normalised", f"@{kind} is no BibTeX or biblatex type; read as document")
    custom: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for var, title_parts in _TITLES.items():
        pieces = [(fields[f], j) for f, j in title_parts if f in fields and fields[f].strip()]
        if pieces:
            text = ""
            for value, joiner in pieces:
                piece = entry.text(var, value)
                text += (joiner if text and joiner else (" " if text else "")) + piece
            item[var] = text
    for name, value in fields.items():
        if name in _READ_ELSEWHERE:  # none is a name a branch below reads
            continue
        text_var = _TEXT.get(name)  # the commonest fields first (no branch below reads these)
        if text_var is not None:
            item.setdefault(text_var, entry.text(name, value))
        elif name in _NAMES:
            people, truncated = _names(entry, name, value)
            if people:
                item[_NAMES[name]] = people
            if truncated and name == "author":
                custom["authors_truncated"] = True
        elif name in ("number", "issue", "eid"):
            issue = name == "issue" or (name == "number" and kind == "article")
            var = "issue" if issue else "number"
            item.setdefault(var, entry.text(name, value))
        elif name == "pages":
            item["page"] = page_from_text(entry.text(name, value.replace("--", "-")))
        elif name in _PUBLISHER:
            item.setdefault("publisher", entry.text(name, value))
        elif name in ("doi", "url"):
            text = verbatim(value)
            item["DOI" if name == "doi" else "URL"] = bare_doi(text) if name == "doi" else text
        elif name == "urldate":
            parts = _date_parts(value)
            if parts:
                item["accessed"] = {"date-parts": parts[:1]}
            else:
                entry.say(name, "dropped", f"{value!r} is not a date; write it as 2024-03-05")
        elif name == "origdate":
            parts = _date_parts(value)
            if parts:
                item["original-date"] = {"date-parts": parts[:1]}
            else:
                entry.say(name, "dropped", f"{value!r} is not a date; write it as 1965")
        elif name not in _DATES:
            extra[name] = verbatim(value) if name in _VERBATIM else value
    if "eprint" in fields:
        extra["eprinttype"] = fields.get("eprinttype") or fields.get("archiveprefix") or ""
    _issued(entry, fields, item)
    if extra:
        custom["bibtex"] = extra
    if custom:
        item["custom"] = custom
    return order_csl(item)


def read_bibtex(text: str) -> Reading:
    """CSL-JSON items from BibTeX or biblatex, keeping what can be kept (see the module).

    ``repairs`` say, per entry and field, what was normalised, kept as written, dropped or
    skipped, each with its line (``file`` is left empty for the caller to fill in).
    """
    import bibtexparser

    if not isinstance(text, str):
        msg = f"BibTeX must be text (str), got {type(text).__name__}"
        raise TypeError(msg)
    logged: list[logging.LogRecord] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(record)

    logger = logging.getLogger("bibtexparser")
    handler, propagate = Catch(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:  # the splitter only: values are unenclosed and macros resolved here, in one pass
        library = bibtexparser.parse_string(text, parse_stack=[])
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    reasons = _abort_reasons(logged)
    strings: dict[str, str] = {}
    for macro in library.strings:
        strings[macro.key.lower()] = _value(str(macro.value), strings)
    repairs: list[Repair] = []
    found: list[tuple[int, Any]] = [((e.start_line or 0) + 1, e) for e in library.entries]
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        name = type(block).__name__
        entry = getattr(block, "ignore_error_block", None)
        if name == "DuplicateFieldKeyBlock" and entry is not None:
            found.append((line, entry))
            keys = ", ".join(sorted(getattr(block, "duplicate_keys", ()) or ()))
            repairs.append(
                Repair(
                    "",
                    line,
                    entry.key,
                    keys or None,
                    "dropped",
                    "this field is given twice in one entry; the first value is kept",
                )
            )
        elif name == "DuplicateBlockKeyBlock" and entry is not None:
            found.append((line, entry))
            previous = getattr(block, "previous_block", None)
            first = (previous.start_line or 0) + 1 if previous is not None else "?"
            repairs.append(
                Repair(
                    "",
                    line,
                    entry.key,
                    None,
                    "kept",
                    f"the key {entry.key!r} is also used on line {first}; both entries are kept "
                    "(each gets its own key)",
                )
            )
        else:
            head = re.match(r"\s*@\s*(\w*)\s*[{(]\s*([^,\s]*)", block.raw or "")
            record = f"@{head[1]}{{{head[2]}}}" if head else None
            why = reasons.get(block.start_line or 0) or getattr(
                getattr(block, "error", None), "abort_reason", ""
            )
            repairs.append(
                Repair(
                    "",
                    line,
                    record,
                    None,
                    "skipped",
                    "this BibTeX entry could not be read"
                    + (f": {_plain(why)}" if why else "")
                    + "; an entry is @type{key, field = {value}, ...} with balanced braces",
                )
            )
    found.sort(key=lambda found_entry: found_entry[0])
    items: list[CSLItem] = []
    lines: list[int | None] = []
    for line, block in found:
        entry = _Entry(line, block.key, repairs)
        fields: dict[str, str] = {}
        for f in block.fields:
            key = f.key.lower()
            if key in fields:
                continue
            raw = f.value
            if type(raw) is not str:
                raw = str(raw)
            if "#" in raw:
                fields[key] = _value(raw, strings)
                continue
            raw = raw.strip()  # _value's own first step, inlined: most values are one piece
            first = raw[:1]
            if len(raw) > 1 and ((first == "{" and raw[-1] == "}") or first == '"' == raw[-1]):
                fields[key] = raw[1:-1]
            else:
                fields[key] = strings.get(raw.lower(), raw)
        items.append(_item(entry, block.entry_type.lower(), fields))
        lines.append(line)
    repairs.sort(key=lambda r: r.line or 0)
    return Reading(items, lines, repairs)


def _abort_reasons(logged: list[logging.LogRecord]) -> dict[int, str]:
    """bibtexparser's "Parsing of `@x` block (line N) aborted …" messages, by block line."""
    out = {}
    for record in logged:
        m = re.search(r"\(line (\d+)\) aborted on line (\d+).*?:\s*(.*)", record.getMessage(), re.S)
        if m:
            out[int(m[1])] = f"{m[3].strip()} (line {int(m[2]) + 1})"
    return out


def _plain(reason: str) -> str:
    """bibtexparser's reason in plain words (its backticks and internal wording softened)."""
    reason = re.sub(r"\s+", " ", reason).strip()
    reason = reason.replace("Unexpectedly reached end of file", "the file ends before it does")
    reason = reason.replace("Unexpected block start: ", "a new entry starts (")
    reason = reason.replace(". Was still looking for", ") while still looking for")
    reason = reason.replace("field-value closing", "the end of a field,")
    return reason.replace("`", "'").rstrip(".")


def from_bibtex(text: str) -> list[CSLItem]:
    """CSL-JSON items from BibTeX, refusing anything :func:`read_bibtex` would have to repair.

    LaTeX is decoded, ``{{Corporate}}`` authors become ``literal`` names, ``and others`` sets
    ``custom.authors_truncated``. What cannot be read as written raises ``ValueError`` naming
    the line (use :func:`read_bibtex` to keep the rest).

    >>> from_bibtex("@book{fromm1956, author = {Fromm, E.}, title = {The art of loving},"
    ...             " year = 1956}")  # doctest: +NORMALIZE_WHITESPACE
    [{'id': 'fromm1956', 'type': 'book', 'author': [{'family': 'Fromm', 'given': 'E.'}],
      'issued': {'date-parts': [[1956]]}, 'title': 'The art of loving'}]
    """
    reading = read_bibtex(text)
    for repair in reading.repairs:
        if repair.action != "kept" or repair.field is None:
            where = f"BibTeX line {repair.line}" + (f" ({repair.record})" if repair.record else "")
            field = f"{repair.field}: " if repair.field else ""
            raise ValueError(f"{where}: {field}{repair.message}")
    return reading.items
