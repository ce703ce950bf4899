"""Taking a reference manager's export as it is: Zotero, Better BibTeX, Mendeley, pandoc.

The room that turns the reference list of a folder, in whatever shape a tool wrote it, into the
shape the rest of the package reads: items unwrapped (pandoc's ``references:``, Mendeley's
``citationItems``), Zotero's "Extra" (``note``) ``Key: value`` lines read as the CSL convention
says, dates as whole-number ``date-parts`` in range (years 1000–2100), page numbers in range,
keys in the package's ``lynch2007`` style (a/b suffixes where two agree; the original id kept as
``custom.original_id`` and usable), a category inferred from the CSL type where it can be
(otherwise ``"unclassified"``). What it cannot read becomes a :class:`~peerlearn.errors.Problem`
with file, line, record and field; what the package would like but the export lacks becomes one
note with counts. May import: the standard library, :mod:`peerlearn.errors`, :mod:`peerlearn.csl`,
:mod:`peerlearn.knowledge.files`.

>>> from peerlearn.knowledge.files import Source
>>> items = [{"id": "2656243/9G79BL7D", "type": "book", "title": "Love labour",
...           "author": [{"family": "Lynch", "given": "K."}],
...           "issued": {"date-parts": [["2007"]]}}]
>>> src = Source("export.json", "export.json", "", items, False)
>>> problems = []
>>> notes = normalise({"references": src}, problems)
>>> src.data[0]["id"], src.data[0]["issued"], src.data[0]["custom"]["original_id"], problems
('lynch2007', {'date-parts': [[2007]]}, '2656243/9G79BL7D', [])
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, MutableMapping
from typing import Any

from peerlearn.csl import NAME_VARS, bare_doi
from peerlearn.errors import Problem

from .files import Source

__all__ = ["CSL_TYPES", "KEY_PATTERN", "YEARS", "derive_key", "normalise", "parse_date"]

#: A key in the package's style: family name, year (or ``nd``), optional letters.
KEY_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*")
#: The years a reference may carry.
YEARS = range(1000, 2101)

#: Every item type of CSL 1.0.2.
_TYPE_WORDS = (
    "article article-journal article-magazine article-newspaper bill book broadcast chapter "
    "classic collection dataset document entry entry-dictionary entry-encyclopedia event "
    "figure graphic hearing interview legal_case legislation manuscript map motion_picture "
    "musical_score pamphlet paper-conference patent performance periodical "
    "personal_communication post post-weblog regulation report review review-book software "
    "song speech standard thesis treaty webpage "
)
CSL_TYPES = frozenset(_TYPE_WORDS.split())
_POLICY_TYPES = {"bill", "legislation", "regulation", "treaty", "legal_case", "hearing", "standard"}
_DATE_VARS = ("issued", "accessed", "original-date", "event-date", "submitted", "available-date")
# the CSL 1.0.2 name variables: the classic ones csl.py checks, and the newer roles
_NAME_VARS = {
    *NAME_VARS,
    "chair",
    "compiler",
    "contributor",
    "curator",
    "editorial-director",
    "executive-producer",
    "guest",
    "host",
    "narrator",
    "organizer",
    "performer",
    "producer",
    "script-writer",
    "series-creator",
}
_TEXT_WORDS = (
    "abstract annote archive archive_collection archive_location archive-place authority "
    "call-number chapter-number citation-key citation-label collection-number "
    "collection-title container-title container-title-short dimensions division DOI edition "
    "event event-place event-title genre ISBN ISSN issue jurisdiction keyword language "
    "license locator medium number number-of-pages number-of-volumes original-publisher "
    "original-publisher-place original-title page part-number part-title PMCID PMID printing "
    "publisher publisher-place references reviewed-genre reviewed-title scale section source "
    "status title title-short URL version volume volume-title year-suffix "
)
_TEXT_VARS = set(_TEXT_WORDS.split())
_BY_FOLDED = {v.casefold(): v for v in (*_TEXT_VARS, *_NAME_VARS, *_DATE_VARS, "type")}
_EXTRA_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$")
_LEGACY = re.compile(r"\{:([A-Za-z][A-Za-z _-]*):\s*([^}]+)\}")
_DATE_TEXT = re.compile(r"(-?\d{1,7})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ].*)?")
_UNDATED = {"", "n.d.", "n. d.", "nd", "no date", "s.d.", "undated", "forthcoming", "in press"}


# --------------------------------------------------------------------------- dates
def parse_date(value: Any) -> tuple[dict[str, Any] | None, str]:
    """A CSL date from what tools write (date-parts of numbers or text, ``raw``, EDTF text).

    Returns (date, "") or (None, why); (None, "") means undated (``n.d.``).

    >>> parse_date({"date-parts": [["2014", "5", "12"]]})
    ({'date-parts': [[2014, 5, 12]]}, '')
    >>> parse_date("2007-05")
    ({'date-parts': [[2007, 5]]}, '')
    >>> parse_date({"date-parts": [["n.d."]]})
    (None, '')
    >>> parse_date({"date-parts": [[2001000]]})[1]
    'year 2001000 is out of range; a year is a number from 1000 to 2100'
    """
    if isinstance(value, bool):
        return None, f"{value!r} is not a date"
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
        if isinstance(value.get("raw"), str):
            return parse_date(value["raw"])
        if isinstance(value.get("literal"), str):
            return parse_date(value["literal"]) if value["literal"].strip() else (None, "")
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
            if isinstance(part, str) and re.fullmatch(r"\s*-?\d{1,7}\s*", part):
                part = int(part)
            if isinstance(part, bool) or not isinstance(part, int):
                hint = (
                    "; the letter that tells two works of one year apart is added by peerlearn"
                    if what == "year"
                    and isinstance(part, str)
                    and re.fullmatch(r"\d{4}[a-z]", part)
                    else ""
                )
                return None, f"{what} {part!r} is not a whole number{hint}"
            nums.append(part)
        year, *rest = nums
        if year not in YEARS:
            return None, f"year {year} is out of range; a year is a number from 1000 to 2100"
        if rest and not 1 <= rest[0] <= 12:
            return None, f"month {rest[0]} is out of range; a month is a number from 1 to 12"
        if len(rest) > 1 and not 1 <= rest[1] <= 31:
            return None, f"day {rest[1]} is out of range; a day is a number from 1 to 31"
        clean.append(nums)
    out["date-parts"] = clean
    return out, ""


_PAGE_NUMBER = re.compile(r"\d+")


def _page_problem(page: Any) -> str:
    text = str(page)
    for num in _PAGE_NUMBER.findall(text):
        if len(num) > 6:
            return f"page number {num} is out of range; pages are numbers up to 999999"
    m = re.fullmatch(r"\s*(\d+)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(\d+)\s*", text)
    if m:
        first, last = m.groups()
        if len(last) < len(first):  # "879-85" means 879-885
            last = first[: len(first) - len(last)] + last
        if int(last) < int(first):
            return f"page range {text!r} ends before it starts; write it as first–last"
    return ""


# --------------------------------------------------------------------------- keys
def _ascii_letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def derive_key(item: Mapping[str, Any]) -> str:
    """The package-style key of an item: first author's family name and year (``lynch2007``).

    The first editor, a corporate name or the title's first word stands in for a missing
    author; ``nd`` for a missing year.

    >>> item = {"author": [{"family": "Coatsworth-Puspoky"}], "issued": {"date-parts": [[2006]]}}
    >>> derive_key(item)
    'coatsworthpuspoky2006'
    >>> derive_key({"title": "Ümlaut studies"})
    'umlautnd'
    """
    name = ""
    for var in ("author", "editor"):
        people = item.get(var)
        if isinstance(people, list) and people and isinstance(people[0], Mapping):
            first = people[0]
            literal = str(first.get("literal") or "")
            name = _ascii_letters(str(first.get("family") or "")) or _corporate(literal)
            if name:
                break
    if not name:
        words = str(item.get("title") or "").split()
        name = next((w for w in (_ascii_letters(w) for w in words) if w), "")
    name = name or "ref"
    parts = (
        (item.get("issued") or {}).get("date-parts")
        if isinstance(item.get("issued"), Mapping)
        else None
    )
    year = parts[0][0] if parts and isinstance(parts[0], list) and parts[0] else None
    return f"{name}{year if isinstance(year, int) and 1000 <= year <= 9999 else 'nd'}"


def _corporate(name: str) -> str:
    """A corporate author's short form: its acronym in brackets, or its capitals' initials.

    >>> _corporate("National Institute for Health and Care Excellence (NICE)")
    'nice'
    >>> _corporate("Mental Health Commission of Canada"), _corporate("Mind")
    ('mhcc', 'mind')
    """
    bracket = re.search(r"\(([A-Z][A-Za-z]{1,9})\)", name)
    if bracket:
        return bracket[1].lower()
    words = [w for w in re.split(r"[\s-]+", name) if w]
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) >= 3:
        return _ascii_letters("".join(w[0] for w in capitals))
    return _ascii_letters(name)


def _suffix(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


_NAME_HINTS = ("parse-names", "static-ordering", "comma-suffix", "isInstitution")


def _clean_name(person: Any) -> Any:
    """A name without the empty parts and parsing hints some tools write (Mendeley's
    ``"dropping-particle": ""``, ``"parse-names": false``), which carry nothing to cite."""
    if not isinstance(person, Mapping):
        return person
    return {k: v for k, v in person.items() if v != "" and k not in _NAME_HINTS}


# --------------------------------------------------------------------------- Extra lines
def _extra_fields(note: str) -> tuple[list[tuple[str, str]], str]:
    """(variable, value) pairs from Zotero's Extra, and what remains of the note."""
    found: list[tuple[str, str]] = []

    def legacy(m: re.Match[str]) -> str:
        var = _BY_FOLDED.get(m[1].strip().replace(" ", "-").replace("_", "-").casefold())
        if var is None:
            return m[0]
        found.append((var, m[2].strip()))
        return ""

    note = _LEGACY.sub(legacy, note)
    kept = []
    for line in note.splitlines():
        m = _EXTRA_LINE.match(line)
        name = m[1].strip().replace(" ", "-").replace("_", "-").casefold() if m else ""
        var = _BY_FOLDED.get(name) or ("citation-key" if name == "citation-key" else None)
        if m and var is not None:
            found.append((var, m[2]))
        else:
            kept.append(line)
    return found, "\n".join(kept).strip()


def _apply_extra(item: MutableMapping[str, Any]) -> int:
    note = item.get("note")
    if not isinstance(note, str) or ":" not in note:
        return 0
    found, rest = _extra_fields(note)
    if not found:
        return 0
    for var, value in found:
        if var in _NAME_VARS:
            family, _, given = value.partition("||")
            person = (
                {"family": family.strip(), "given": given.strip()}
                if given
                else {"literal": family.strip()}
            )
            if var not in item or isinstance(item[var], list):
                item.setdefault(var, []).append(person)
        elif var == "type":
            if value.strip() in CSL_TYPES:
                item["type"] = value.strip()
        elif var in _DATE_VARS:
            item.setdefault(var, value)
        else:
            item.setdefault(var, value)
    if rest:
        item["note"] = rest
    else:
        del item["note"]
    return len(found)


# --------------------------------------------------------------------------- unwrapping
def _unwrap(src: Source) -> None:
    """Items as a list: pandoc's ``references:``, an ``items`` list or Mendeley's citations."""
    data = src.data
    if isinstance(data, Mapping):
        for key in ("references", "items"):
            if isinstance(data.get(key), list):
                src.data = list(data[key])
                src.item_paths = [[key, i] for i in range(len(src.data))]
                return
        return
    if isinstance(data, list) and any(
        isinstance(x, Mapping) and isinstance(x.get("citationItems"), list) for x in data
    ):
        items, paths = [], []
        for i, cluster in enumerate(data):
            inner = cluster.get("citationItems") if isinstance(cluster, Mapping) else None
            for j, c in enumerate(inner if isinstance(inner, list) else []):
                if isinstance(c, Mapping) and isinstance(c.get("itemData"), Mapping):
                    items.append(dict(c["itemData"]))
                    paths.append([i, "citationItems", j, "itemData"])
        src.data, src.item_paths = items, paths


# --------------------------------------------------------------------------- the whole list
def normalise(sources: Mapping[str, Source], problems: list[Problem]) -> list[str]:
    """Bring the reference list to the package's shape, in place; return notes with counts.

    Mechanism, theory and glossary links that name an original id are rewritten to the key.
    """
    src = sources.get("references")
    if src is None:
        return []
    _unwrap(src)
    if not isinstance(src.data, list):
        return []
    counts: Counter[str] = Counter()
    taken: set[str] = set()
    derive: list[MutableMapping[str, Any]] = []
    for i, item in enumerate(src.data):
        if not isinstance(item, MutableMapping):
            continue
        rid = item.get("id")
        label = rid if isinstance(rid, str) else f"item {i}"

        def bad(field: str, msg: str, _i: int = i, _label: Any = label) -> None:
            path: list[Any] = [_i, *field.split(".")]
            problems.append(Problem(src.name, src.line(path), str(_label), field, msg))

        counts["extra"] += _apply_extra(item)
        if not isinstance(item.get("type"), str) or not item["type"]:
            item["type"] = "document"
            counts["no type"] += 1
        elif item["type"] not in CSL_TYPES:
            bad(
                "type",
                f"unknown CSL type {item['type']!r}; use one of CSL's types such as "
                "'article-journal', 'book', 'chapter', 'report'",
            )
            item["type"] = "document"  # reported once, here
        for var in _DATE_VARS:
            if var not in item:
                continue
            date, why = parse_date(item[var])
            if why:
                bad(var, why)
                del item[var]  # reported here, with the reason; not again by the schema
            elif date is None:
                del item[var]
            else:
                item[var] = date
        if isinstance(item.get("DOI"), str):  # some tools keep the resolver: https://doi.org/…
            item["DOI"] = bare_doi(item["DOI"])
        if (
            "page" in item
            and isinstance(item["page"], (str, int))
            and not isinstance(item["page"], bool)
        ):
            why = _page_problem(item["page"])
            if why:
                bad("page", why)
        for var in _NAME_VARS & item.keys():
            if isinstance(item[var], list):
                item[var] = [_clean_name(p) for p in item[var]]
        custom = item.get("custom")
        if custom is None:
            custom = item["custom"] = {}
        if not isinstance(custom, MutableMapping):
            continue  # the schema names it
        if isinstance(item.get("citation-key"), str):  # Better BibTeX; citeproc-py has no use
            custom.setdefault("citation_key", item.pop("citation-key"))
        if "category" not in custom:
            custom["category"] = "policy" if item["type"] in _POLICY_TYPES else "unclassified"
            counts["category " + custom["category"]] += 1
        if not custom.get("as_cited"):
            counts["no as_cited"] += 1
        for what in ("title", "author", "issued"):
            if not item.get(what) and not (what == "author" and item.get("editor")):
                counts[f"no {what}"] += 1
        if isinstance(rid, str) and KEY_PATTERN.fullmatch(rid):
            taken.add(rid)
        else:
            derive.append(item)
    aliases = _derive_keys(derive, taken)
    counts["derived"] = len(derive)
    _relink(sources, aliases)
    return _notes(counts, len(src.data), src.name, sources)


def _derive_keys(items: list[MutableMapping[str, Any]], taken: set[str]) -> dict[str, str]:
    bases = [derive_key(item) for item in items]
    shared = Counter(bases)
    aliases: dict[str, str] = {}
    for item, base in zip(items, bases, strict=True):
        key, n = base, 0
        if shared[base] > 1 or base in taken:
            while (key := base + _suffix(n)) in taken:
                n += 1
        taken.add(key)
        original = item.get("id")
        if original is not None:
            item["custom"]["original_id"] = str(original)
            aliases[str(original)] = key
        ck = item["custom"].get("citation_key")
        if isinstance(ck, str) and ck != key:
            aliases.setdefault(ck, key)
        item["id"] = key
    return aliases


def _relink(sources: Mapping[str, Source], aliases: Mapping[str, str]) -> None:
    if not aliases:
        return
    mech = sources.get("mechanisms")
    if mech is not None and isinstance(mech.data, Mapping):
        for m in mech.data.get("mechanisms") or []:
            for link in (m.get("sources") or []) if isinstance(m, Mapping) else []:
                if isinstance(link, MutableMapping) and isinstance(link.get("key"), str):
                    link["key"] = aliases.get(link["key"], link["key"])
    for stem, listkey in (("theories", "theories"), ("glossary", "terms")):
        s = sources.get(stem)
        if s is None or not isinstance(s.data, Mapping):
            continue
        for rec in s.data.get(listkey) or []:
            keys = rec.get("sources") if isinstance(rec, MutableMapping) else None
            if isinstance(keys, list):
                rec["sources"] = [aliases.get(k, k) if isinstance(k, str) else k for k in keys]


def _notes(counts: Counter[str], n: int, name: str, sources: Mapping[str, Source]) -> list[str]:
    def plural(k: int, one: str, many: str) -> str:
        return f"{k} {one if k == 1 else many}"

    notes = []
    if counts["derived"]:
        notes.append(
            f"{counts['derived']} of {n} references got a key made from author and year "
            "(lynch2007, with a/b where two agree); their original ids still work in look-ups"
        )
    if counts["extra"]:
        notes.append(
            plural(counts["extra"], "field was", "fields were") + " read from Zotero's Extra lines"
        )
    policy, unclassified = counts["category policy"], counts["category unclassified"]
    if policy or unclassified:
        how = [f"{policy} set to 'policy' from their CSL type"] if policy else []
        how += [f"{unclassified} 'unclassified'"] if unclassified else []
        notes.append(
            f"{policy + unclassified} of {n} references have no custom.category: " + ", ".join(how)
        )
    if counts["no as_cited"]:
        notes.append(
            f"{counts['no as_cited']} of {n} references have no custom.as_cited: the rendered "
            "reference stands in"
        )
    for what in ("title", "author", "issued", "type"):
        if counts[f"no {what}"]:
            notes.append(f"{counts[f'no {what}']} of {n} references have no {what}")
    notes = [f"{name}: {note}" for note in notes]
    mechs = sources.get("mechanisms")
    listed = mechs.data.get("mechanisms") if mechs and isinstance(mechs.data, Mapping) else None
    if mechs is not None and listed == []:
        notes.append(
            f"{mechs.name} lists no mechanism yet: only the reference list is shown "
            "(uncomment an example in it to start)"
        )
    if "mechanisms" not in sources:
        notes.append(
            "no mechanisms.yaml (or .json): only the reference list is shown; "
            "'peerlearn init-kb FOLDER' writes a starter file"
        )
    return notes
