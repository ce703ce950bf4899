"""CSL-JSON item helpers shared by :mod:`peerlearn.citations` and :mod:`peerlearn.interchange`.

Both rooms take a list of CSL-JSON items (dicts, as in ``references.json``) that may carry
peerlearn's ``custom`` object. :func:`prepare` checks such a list once and hands back clean deep
copies without ``custom`` (only ``custom.authors_truncated`` is kept, as a flag per key). The
other helpers are the small pieces of CSL knowledge both rooms need: name particles, DOIs and
page-range dashes.

Imports: the standard library only (this room sits below citations and interchange, above
model and errors; it imports neither of its users).

>>> prepared = prepare([{"id": "a", "type": "book", "custom": {"authors_truncated": True}}])
>>> prepared.order, prepared.items["a"], prepared.truncated["a"]
(('a',), {'id': 'a', 'type': 'book'}, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ANY_DASH",
    "CSL_VARIABLES",
    "ENGINE_VARIABLES",
    "EN_DASH",
    "NAME_VARIABLES",
    "NAME_VARS",
    "PRIVATE_USE",
    "RANGE",
    "REPAIR_ACTIONS",
    "CSLItem",
    "Prepared",
    "Repair",
    "bare_doi",
    "particle_join",
    "prepare",
]

CSLItem = dict[str, Any]

# Private-use characters U+E000-U+E01F: peerlearn.citations uses them as markers inside engine
# output. Input containing any of them is refused, so a marker can never be forged.
PRIVATE_USE = re.compile("[\ue000-\ue01f]")

EN_DASH = "\u2013"
# A page range "879-85", "e12–e19": prefix, first page, prefix, last page.
RANGE = re.compile(r"([A-Za-z]*)(\d+)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*([A-Za-z]*)(\d+)")
# Any dash between pages (hyphen, "--", en dash, minus...), with the spaces around it.
ANY_DASH = re.compile(r"\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*")

NAME_VARS = (
    "author",
    "editor",
    "translator",
    "collection-editor",
    "container-author",
    "director",
    "interviewer",
    "recipient",
    "reviewed-author",
    "composer",
    "illustrator",
)
"""The CSL name variables whose values are checked as lists of name objects."""

NAME_VARIABLES = frozenset(
    {
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
)
"""The CSL 1.0.2 name variables a reader takes as lists of names (ingest, repair): the classic
ones of :data:`NAME_VARS` and the newer roles.

>>> "host" in NAME_VARIABLES and "author" in NAME_VARIABLES and "title" not in NAME_VARIABLES
True
"""

#: The top-level keys of a CSL 1.0.2 item (``id``, ``type`` and every item variable): what the
#: citation engine is given. A user's export may carry others (Zotero's ``seen``, a tool's own
#: fields); the knowledge base keeps them, the engine never sees them (citeproc-py warns about
#: each).
_CSL_WORDS = (
    "abstract accessed annote archive archive-place archive_collection archive_location "
    "author authority available-date call-number chair chapter-number citation-key "
    "citation-label collection-editor collection-number collection-title compiler composer "
    "container-author container-title container-title-short contributor curator dimensions "
    "director division DOI edition editor editorial-director event event-date event-place "
    "event-title executive-producer genre guest host id illustrator interviewer ISBN ISSN "
    "issue issued jurisdiction keyword language license locator medium narrator note number "
    "number-of-pages number-of-volumes organizer original-date original-publisher "
    "original-publisher-place original-title page page-first part-number part-title performer "
    "PMCID PMID printing producer publisher publisher-place recipient references "
    "reviewed-author reviewed-genre reviewed-title scale script-writer section series-creator "
    "source status submitted title title-short translator type URL version volume "
    "volume-title year-suffix "
)
CSL_VARIABLES = frozenset(_CSL_WORDS.split())
#: The CSL variables given to the citation engine. citeproc-py 0.11 reads only eleven name
#: variables as names (``citeproc.NAMES``); any other it reads as text, and a style that names
#: it (APA's director of a film) then fails with ``AttributeError: 'String' object has no
#: attribute 'parts'``. Those stay in the knowledge base and in exports, and never reach the
#: engine (``tests/test_ingest_csl_schema.py`` shows the failure and checks the list).
ENGINE_VARIABLES = CSL_VARIABLES - (
    NAME_VARIABLES
    - {  # the eleven that citeproc.NAMES reads as names
        "author",
        "collection-editor",
        "composer",
        "container-author",
        "editor",
        "editorial-director",
        "illustrator",
        "interviewer",
        "original-author",
        "recipient",
        "translator",
    }
)


#: What a reader may do to an entry or field it cannot take as written, instead of refusing the
#: whole file: ``normalised`` (read into CSL's form; the meaning kept), ``kept`` (kept as written,
#: but worth a look), ``dropped`` (the field left out; its value is in the message) and
#: ``skipped`` (the whole entry left out; nothing in it could be read).
REPAIR_ACTIONS = ("normalised", "kept", "dropped", "skipped")


@dataclass(frozen=True)
class Repair:
    """What a reader did to one entry or field of a file, instead of refusing the file.

    >>> print(Repair("lib.bib", 12, "smith2020", "pages", "dropped", "'12-x' is not a page"))
    lib.bib:12: smith2020: pages: dropped: '12-x' is not a page
    """

    file: str
    line: int | None
    record: str | None
    field: str | None
    action: str
    message: str

    def __str__(self) -> str:
        parts = [self.file + (f":{self.line}" if self.line else "")]
        parts += [p for p in (self.record, self.field) if p]
        return ": ".join([*parts, self.action, self.message])


@dataclass
class Prepared:
    """Checked items: keys in order, clean items by key, truncation flags, 1-based positions."""

    order: tuple[str, ...]
    items: dict[str, CSLItem]
    truncated: dict[str, bool]
    position: dict[str, int] = field(default_factory=dict)


def _thaw(value: Any) -> Any:
    """A plain JSON-like copy: mappings become dicts, tuples and lists become lists."""
    if isinstance(value, Mapping):
        return {str(k): _thaw(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_thaw(v) for v in value]
    return value


def _strip_custom(item: Mapping[str, Any]) -> CSLItem:
    return {str(k): _thaw(v) for k, v in item.items() if k != "custom"}


def _walk_strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _walk_strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _walk_strings(v)


def prepare(items: object) -> Prepared:
    """Validate ``items`` and return them without ``custom`` (deep copies)."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
        msg = (
            f"items must be a list of CSL-JSON dicts (the items of references.json), "
            f"got {type(items).__name__}"
        )
        raise TypeError(msg)
    order: list[str] = []
    clean: dict[str, CSLItem] = {}
    truncated: dict[str, bool] = {}
    lowered: dict[str, str] = {}
    for index, item in enumerate(items):
        where = f"item {index}"
        if not isinstance(item, Mapping):
            msg = f"{where} must be a CSL-JSON dict, got {type(item).__name__}"
            raise TypeError(msg)
        key = item.get("id")
        if not isinstance(key, str) or not key.strip():
            msg = f"{where} has no 'id'; every CSL-JSON item needs a non-empty string id"
            raise ValueError(msg)
        where = f"item {index} (id {key!r})"
        if not isinstance(item.get("type"), str) or not item["type"]:
            msg = (
                f"{where} has no 'type'; use a CSL type such as 'article-journal', "
                f"'book', 'chapter' or 'report'"
            )
            raise ValueError(msg)
        if key.lower() in lowered:
            first = lowered[key.lower()]
            msg = (
                f"{where}: duplicate id (already used by {first!r}); ids must be "
                f"unique, ignoring case"
            )
            raise ValueError(msg)
        lowered[key.lower()] = key
        for var in NAME_VARS:
            if var not in item:
                continue
            names = item[var]
            if not isinstance(names, list | tuple):
                msg = f"{where}: {var!r} must be a list of name objects, got {names!r}"
                raise ValueError(msg)
            for n, name in enumerate(names):
                if not isinstance(name, Mapping) or not (
                    isinstance(name.get("family"), str) or isinstance(name.get("literal"), str)
                ):
                    msg = (
                        f"{where}: {var}[{n}] must be a dict with 'family' (and usually "
                        f"'given') or 'literal', got {name!r}"
                    )
                    raise ValueError(msg)
        for text in _walk_strings({k: v for k, v in item.items() if k != "custom"}):
            if PRIVATE_USE.search(text):
                msg = f"{where} contains a private-use character (U+E000-U+E01F): {text!r}"
                raise ValueError(msg)
        custom = item.get("custom")
        flag = isinstance(custom, Mapping) and custom.get("authors_truncated") is True
        order.append(key)
        clean[key] = _strip_custom(item)
        truncated[key] = flag
    return Prepared(
        order=tuple(order),
        items=clean,
        truncated=truncated,
        position={k: i + 1 for i, k in enumerate(order)},
    )


def particle_join(particle: str, family: str) -> str:
    """A family name with its non-dropping particle (``van Busschbach``, ``D'Angelo``).

    >>> particle_join("van", "Busschbach"), particle_join("D'", "Angelo")
    ('van Busschbach', "D'Angelo")
    """
    if not particle:
        return family
    if particle.endswith(("'", "\u2019", "-")):
        return particle + family
    return f"{particle} {family}"


def bare_doi(doi: object) -> str:
    """A DOI without its resolver prefix (``https://doi.org/``, ``doi:``).

    >>> bare_doi("https://doi.org/10.1007/s10597-014-9693-z")
    '10.1007/s10597-014-9693-z'
    """
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", str(doi).strip(), flags=re.I)
