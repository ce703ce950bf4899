"""In-text citations, disambiguated as each style's CSL options ask.

citeproc-py ignores the ``disambiguate-*`` options (its defect 1, see the package docstring),
so in-text forms are built here, following the CSL 1.0.2 algorithm: the global given-name rule
(APA), add names, given names by cite (Harvard), then year suffixes. :func:`disambiguate`
works on the whole reference list; :func:`cite_text` formats a citation of some of its keys.

Imports: the standard library, :mod:`peerlearn.csl` and the lower citations modules
(styles, prepare, names).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peerlearn.citations.names import fold, person, short_name, title_key
from peerlearn.citations.names import initials as given_initials
from peerlearn.citations.prepare import Prepared, check_keys, prepare
from peerlearn.citations.styles import Spec, check_style
from peerlearn.csl import EN_DASH

__all__ = ["Cite", "cite_text", "disambiguate", "in_text"]


@dataclass
class Cite:
    """One item's in-text form: its names, year, and what disambiguation added."""

    key: str
    names: list[Mapping[str, Any]]
    truncated: bool
    year: str
    title: str
    fallback: str
    shown: int
    initials: set[int] = field(default_factory=set)
    suffix: str = ""

    def uses_et_al(self, spec: Spec) -> bool:
        return self.truncated or len(self.names) >= spec.et_al_min

    def visible(self, spec: Spec, shown: int | None = None) -> tuple[list[int], bool]:
        """Indexes of the names shown, and whether "et al." follows."""
        if not self.names:
            return [], False
        if not self.uses_et_al(spec):
            return list(range(len(self.names))), False
        count = min(shown if shown is not None else self.shown, len(self.names))
        return list(range(count)), self.truncated or count < len(self.names)

    def rendered_names(
        self, spec: Spec, shown: int | None = None, initials: set[int] | None = None
    ) -> tuple[tuple[str, ...], bool]:
        indexes, et_al = self.visible(spec, shown)
        marks = self.initials if initials is None else initials
        names = []
        for i in indexes:
            name = short_name(self.names[i])
            if i in marks and self.names[i].get("given") and not self.names[i].get("literal"):
                name = f"{given_initials(str(self.names[i]['given']))} {name}"
            names.append(name)
        return tuple(names) if names else (self.fallback,), et_al

    def identity(self, spec: Spec, shown: int | None = None) -> tuple[Any, ...]:
        return (*self.rendered_names(spec, shown), self.year)


def _year(item: Mapping[str, Any], spec: Spec) -> str:
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


def disambiguate(prepared: Prepared, spec: Spec) -> dict[str, Cite]:
    """Cites for every item, disambiguated as the style's CSL options ask."""
    cites: dict[str, Cite] = {}
    for key in prepared.order:
        item = prepared.items[key]
        names = list(item.get("author") or item.get("editor") or [])
        cites[key] = Cite(
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
                family = short_name(cite.names[0]).casefold()
                people.setdefault(family, set()).add(person(cite.names[0]))
        for cite in everyone:
            first = cite.names[0] if cite.names else None
            if first and not first.get("literal") and len(people[short_name(first).casefold()]) > 1:
                cite.initials.add(0)

    def groups() -> list[list[Cite]]:
        found: dict[tuple[Any, ...], list[Cite]] = {}
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
                    and person(other.names[i]) != person(cite.names[i])
                }
                if extra:
                    cite.initials |= extra
            for cite in group:
                if all(o.identity(spec) == cite.identity(spec) for o in group if o is not cite):
                    cite.initials.clear()

    # 4. Year suffixes (APA 7 §8.19) for cites that are still identical.
    if spec.year_suffix:
        for group in groups():
            group.sort(key=lambda c: (title_key(c.title), c.key))
            for index, cite in enumerate(group):
                cite.suffix = _suffix_letters(index)
    return cites


def _join_names(names: Sequence[str], et_al: bool, conjunction: str, spec: Spec) -> str:
    if et_al:
        return f"{names[0]} et al." if len(names) == 1 else ", ".join(names) + ", et al."
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} {conjunction} {names[1]}"
    comma = "," if spec.delimiter_precedes_last == "contextual" else ""
    return ", ".join(names[:-1]) + f"{comma} {conjunction} {names[-1]}"


def _cite_sort_key(cite: Cite) -> tuple[Any, ...]:
    names = tuple((fold(short_name(n)), fold(str(n.get("given", "")))) for n in cite.names)
    return (names or ((fold(cite.fallback), ""),), cite.truncated, cite.year, cite.suffix)


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
            parts.append(f"{run[0]}{EN_DASH}{run[-1]}")
        else:
            parts.extend(str(n) for n in run)
    return ",".join(parts)


def cite_text(
    prepared: Prepared,
    cites: Mapping[str, Cite],
    keys: Sequence[str],
    spec: Spec,
    narrative: bool,
) -> str:
    """The citation of ``keys`` (already checked) from the disambiguated ``cites``."""
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
        people = tuple(person(n) for n in cite.names[: len(names)]) if cite.names else ()
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
    spec = check_style(style)
    prepared = prepare(items)
    chosen = check_keys(prepared, keys)
    if not chosen:
        msg = "keys is empty; give at least one reference key"
        raise ValueError(msg)
    return cite_text(prepared, disambiguate(prepared, spec), chosen, spec, bool(narrative))
