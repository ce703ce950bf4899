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

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, MutableMapping
from dataclasses import replace
from typing import Any

from peerlearn.csl import NAME_VARIABLES, Repair, bare_doi
from peerlearn.errors import Problem

from .files import Source
from .forms import (
    CSL_TYPES,
    YEARS,
    csl_type,
    is_plain_name,
    page_note,
    parse_date,
    person,
    suffixed_year,
)

__all__ = ["CSL_TYPES", "KEY_PATTERN", "YEARS", "derive_key", "normalise", "parse_date"]

#: A key in the package's style: family name, year (or ``nd``), optional letters.
KEY_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:[0-9]{4}|nd)[a-z]*")
_POLICY_TYPES = {"bill", "legislation", "regulation", "treaty", "legal_case", "hearing", "standard"}
_DATE_VARS = ("issued", "accessed", "original-date", "event-date", "submitted", "available-date")
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
_BY_FOLDED = {v.casefold(): v for v in (*_TEXT_VARS, *NAME_VARIABLES, *_DATE_VARS, "type")}
_EXTRA_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+?)\s*$")
_LEGACY = re.compile(r"\{:([A-Za-z][A-Za-z _-]*):\s*([^}]+)\}")

_NOT_LETTER = re.compile(r"[^a-z]")
_LINK = re.compile(r"https?://")


# --------------------------------------------------------------------------- keys
def _ascii_letters(text: str) -> str:
    if text.isascii():
        return _NOT_LETTER.sub("", text.lower())
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_LETTER.sub("", folded.lower())


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
        if (
            isinstance(people, list)
            and people
            and (type(people[0]) is dict or isinstance(people[0], Mapping))
        ):
            first = people[0]
            literal = str(first.get("literal") or "")
            name = _ascii_letters(str(first.get("family") or "")) or _corporate(literal)
            if name:
                break
    if not name:
        words = str(item.get("title") or "").split()
        name = next((w for w in (_ascii_letters(w) for w in words) if w), "")
    name = name or "ref"
    issued = item.get("issued")
    parts = (
        issued.get("date-parts") if type(issued) is dict or isinstance(issued, Mapping) else None
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
        if var in NAME_VARIABLES:
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
        items: list[dict[str, Any]] = []
        paths: list[list[str | int]] = []
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

    What an entry holds in a form the package cannot use is read into CSL's form where that
    keeps its meaning, otherwise left out; each is a :class:`~peerlearn.csl.Repair` in
    ``sources["references"].repairs`` (``problems`` gets only what stops a whole file).
    Mechanism, theory and glossary links that name an original id are rewritten to the key.
    Files of one's own without ``schema_version`` are read as the current version.
    """
    for stem in ("mechanisms", "theories", "glossary", "review"):
        own = sources.get(stem)
        if own is not None and isinstance(own.data, MutableMapping):
            own.data.setdefault("schema_version", 1)
    src = sources.get("references")
    if src is None:
        return []
    _unwrap(src)
    if not isinstance(src.data, list):
        return []
    counts: Counter[str] = Counter()
    taken: set[str] = set()
    derive: list[MutableMapping[str, Any]] = []
    said: list[tuple[int, Repair]] = []
    controls = has_controls(src)
    unclassified = uncited = 0  # counted apart from counts: most items add one to each
    for i, item in enumerate(src.data):
        if type(item) is not dict and not isinstance(item, MutableMapping):
            continue
        rid = item.get("id")
        label = rid if isinstance(rid, str) else f"item {i}"

        def say(path: list[Any], action: str, msg: str, _i: int = i, _l: Any = label) -> None:
            field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)[1:]
            line = src.line([_i, *path])
            said.append((_i, Repair(src.name, line, str(_l), field, action, msg)))

        if controls:
            for var in [k for k in item if k != "custom"]:
                item[var] = _controls(item[var], [var], say)
        extra = _apply_extra(item)
        if extra:
            counts["extra"] += extra
        _read_item(item, say, counts)
        custom = item.get("custom")
        if custom is None:
            custom = item["custom"] = {}
        elif type(custom) is not dict and not isinstance(custom, MutableMapping):
            continue  # the schema names it
        if isinstance(item.get("citation-key"), str):  # Better BibTeX; citeproc-py has no use
            custom.setdefault("citation_key", item.pop("citation-key"))
        if "category" not in custom:
            if item["type"] in _POLICY_TYPES:
                custom["category"] = "policy"
                counts["category policy"] += 1
            else:
                custom["category"] = "unclassified"
                unclassified += 1
        if not custom.get("as_cited"):
            uncited += 1
        for what in ("title", "author", "issued"):
            if not item.get(what) and not (what == "author" and item.get("editor")):
                counts[f"no {what}"] += 1
        if isinstance(rid, str) and KEY_PATTERN.fullmatch(rid) and rid not in taken:
            taken.add(rid)
        else:
            if isinstance(rid, str) and rid in taken:
                say(
                    ["id"],
                    "normalised",
                    f"the id {rid!r} is an earlier entry's too; this "
                    "entry gets a key of its own (look-ups by the id find the earlier one)",
                )
            derive.append(item)
    counts["category unclassified"] += unclassified
    counts["no as_cited"] += uncited
    aliases = _derive_keys(derive, taken)
    for i, repair in said:  # named as the checks name a record: key, and the file's own id
        key = src.data[i].get("id")
        if key != repair.record:
            repair = replace(repair, record=f"{key} (id {repair.record!r} in the file)")
        src.repairs.append(repair)
    counts["derived"] = len(derive)
    _relink(sources, aliases)
    return _notes(counts, len(src.data), src.name, sources)


_ALIASES = {"shortTitle": "title-short", "journalAbbreviation": "container-title-short"}
_DOI = re.compile(r"10\.[0-9]{4,9}/\S+|10/[a-z0-9]+", re.I)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# how JSON text writes a control character: a reading list without one is not walked
_CONTROL_ESCAPED = re.compile(r"\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])


def holds_control(text: str) -> bool:
    """Whether ``text`` holds a character :data:`_CONTROL` matches, found quickly: a text of
    Latin-1 characters only (most reading lists) is tested as its bytes, deleting those
    characters in one pass in C (a third of the regular expression's time on a 3 MB file).

    >>> holds_control("Café\\n\\tau lait"), holds_control("Caf\\x85"), holds_control("Ω\\x07")
    (False, True, True)
    """
    try:
        data = text.encode("latin-1")  # a copy of the characters, one byte each
    except UnicodeEncodeError:
        return _CONTROL.search(text) is not None
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def has_controls(src: Source) -> bool:
    """Whether the file's text may hold a control character (checked once per file)."""
    if src.format == "json":
        return bool(_CONTROL_ESCAPED.search(src.text)) or holds_control(src.text)
    if src.format in ("bibtex", "ris"):  # no escapes: a control character is in the text
        return holds_control(src.text)
    return True  # YAML may write one as an escape ("\e", "\x1b")


def _controls(value: Any, path: list[Any], say: Any) -> Any:
    """Strings without control characters (the citation engine and every export fail on them)."""
    if isinstance(value, str):
        if _CONTROL.search(value):
            found = sorted({f"U+{ord(c):04X}" for c in _CONTROL.findall(value)})
            say(
                path,
                "normalised",
                f"control character {', '.join(found)} removed (it cannot be printed or exported)",
            )
            return _CONTROL.sub("", value.replace("\x85", " "))
        return value
    if isinstance(value, list):
        return [_controls(v, [*path, i], say) for i, v in enumerate(value)]
    if isinstance(value, MutableMapping):
        for k in list(value):
            value[k] = _controls(value[k], [*path, k], say)
    return value


def _read_item(item: MutableMapping[str, Any], say: Any, counts: Counter[str]) -> None:
    """One item's values in CSL's form, each change said (see :mod:`.forms`)."""
    for old, new in _ALIASES.items():
        if old in item and new not in item and isinstance(item[old], str):
            item[new] = item.pop(old)
    kind = item.get("type")
    if type(kind) is not str or kind not in CSL_TYPES:  # what readers make is CSL's already
        if kind in (None, ""):
            counts["no type"] += 1
        kind, why = csl_type(kind)
        if why:
            say(["type"], "normalised", why)
        item["type"] = kind
    for var in _DATE_VARS:
        if var not in item:
            continue
        date, why = parse_date(item[var])
        if why:
            date, how = suffixed_year(item[var])
            if date is None:
                say([var], "dropped", f"{why}; {_short(item.pop(var))} was left out")
                continue
            say([var], "normalised", how)
        if date is None:
            del item[var]
        else:
            item[var] = date
    doi = item.get("DOI")
    if isinstance(doi, str):
        bare = bare_doi(doi)
        found = _DOI.search(bare)
        if found and found[0] != bare:
            say(["DOI"], "normalised", f"{doi!r} read as the DOI {found[0]!r}")
            bare = found[0]
        elif not found and _LINK.match(bare) and not item.get("URL"):
            say(["DOI"], "normalised", f"{doi!r} is a link, not a DOI; kept as the URL")
            item["URL"], bare = bare, ""
        if bare:
            item["DOI"] = bare
        else:
            del item["DOI"]
    for var in _TEXT_VARS & item.keys():
        value = item[var]
        if type(value) is str:  # as CSL has it (all a reader makes)
            continue
        if (isinstance(value, float) and math.isfinite(value)) or type(value) is int:
            item[var] = str(
                int(value) if isinstance(value, float) and value.is_integer() else value
            )
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            item[var] = ", ".join(value) if var == "keyword" else "; ".join(value)
            if var != "keyword":
                say([var], "normalised", f"a list of {len(value)} texts was joined with '; '")
    if "page" in item:
        why = page_note(item["page"])
        if why:
            say(["page"], "kept", why)
    for var in NAME_VARIABLES & item.keys():
        _read_names(item, var, say)


def _read_names(item: MutableMapping[str, Any], var: str, say: Any) -> None:
    value = item[var]
    if type(value) is list and value and all(map(is_plain_name, value)):
        item[var] = list(value)  # CSL's names as person() keeps them (what readers make); a
        return  # list of this item's own (a YAML alias may share one), as the long way gives
    if isinstance(value, str):
        people = [p for p in re.split(r"\s+and\s+|;", value) if p.strip()]
        say([var], "normalised", f"names written as text ({value!r}) were read one by one")
        value = people
    elif isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list):
        return  # the schema names it
    kept = []
    for j, one in enumerate(value):
        name, why = person(one)
        if name is None:
            say([var, j], "dropped", f"{why}; {_short(one)} was left out")
            continue
        if why and not isinstance(item[var], str):
            say([var, j], "normalised", why)
        kept.append(name)
    if kept:
        item[var] = kept
    else:
        del item[var]


def _derive_keys(items: list[MutableMapping[str, Any]], taken: set[str]) -> dict[str, str]:
    """Keys for the items, in one pass: each base resumes its suffix search where it stopped
    (``taken`` only grows), so n items sharing one base cost n steps, not n²/2."""
    bases = [derive_key(item) for item in items]
    shared = Counter(bases)
    kept = set(taken)  # keys as the file gave them: never an alias for another entry
    resume: dict[str, int] = {}
    aliases: dict[str, str] = {}
    for item, base in zip(items, bases, strict=True):
        key = base
        if shared[base] > 1 or base in taken:
            n = resume.get(base, 0)
            while (key := base + _suffix(n)) in taken:
                n += 1
            resume[base] = n + 1
        taken.add(key)
        original = item.get("id")
        if original is not None:
            item["custom"]["original_id"] = str(original)
            if str(original) not in kept:
                aliases.setdefault(str(original), key)
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
