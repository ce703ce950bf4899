"""The records of the knowledge base: small, frozen, typed.

They are built by :mod:`peerlearn.knowledge`; users meet them through ``pl.reference(key)``,
``pl.mechanism(id)``, ``pl.theory(id)`` and ``pl.term(id)``.

>>> p = Person(family="Rogers", given="C. R.")
>>> str(p)
'Rogers, C. R.'
>>> Person(literal="NICE").short()
'NICE'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from peerlearn._html import tag

__all__ = [
    "AUTHORS_CUT",
    "BASES",
    "CATEGORIES",
    "Link",
    "Mechanism",
    "Person",
    "Reference",
    "Review",
    "Term",
    "Theory",
]

#: What a link's ``basis`` may be: what supports the link. Never the review (its abstract names the
#: mechanisms but not which references support which).
BASES: Mapping[str, str] = {
    "title": "the linked work's own title says so",
    "abstract": "the linked work's own abstract says so",
    "curated": "peerlearn's curated teaching judgment",
}

#: Beside every entry whose author list was cut short with "et al." (``custom.authors_truncated``),
#: by whose list it is: the review the package's knowledge base is built on, or a list of one's own.
#: The explorer, the Sources table and reference lists all say it; no name is ever made up.
AUTHORS_CUT: Mapping[str, str] = {
    "review": "The review lists this work with “et al.”; APA 7 lists up to 20 authors. Check the "
    "published record for the full author list.",
    "list": "The list gives this work with “et al.”; APA 7 lists up to 20 authors. Check the "
    "published record for the full author list.",
}

#: The reference categories (``custom.category`` in references.json).
CATEGORIES: Mapping[str, str] = {
    "empirical": "empirical study",
    "review": "review of evidence",
    "theory": "theory or conceptual work",
    "method": "research method or appraisal tool",
    "policy": "policy or guidance",
    "practice": "practice account, commentary or service report",
    "unclassified": "not yet classified",
}


@dataclass(frozen=True, slots=True)
class Person:
    """An author or editor: a family name with initials, or a corporate ``literal`` name."""

    family: str = ""
    given: str = ""
    literal: str = ""
    particle: str = ""

    def short(self) -> str:
        """The name as a list of authors shows it: family name (with particle) or literal."""
        if self.literal:
            return self.literal
        return f"{self.particle} {self.family}".strip()

    def __str__(self) -> str:
        if self.literal:
            return self.literal
        return f"{self.short()}, {self.given}" if self.given else self.short()

    @classmethod
    def from_csl(cls, d: Mapping[str, Any]) -> Person:
        return cls(
            family=str(d.get("family", "")),
            given=str(d.get("given", "")),
            literal=str(d.get("literal", "")),
            particle=str(d.get("non-dropping-particle", d.get("dropping-particle", ""))),
        )


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference of the review's list, kept exactly as cited (``as_cited``) beside its fields.

    ``csl`` holds the CSL-JSON item the record was built from (what citation engines read).
    """

    key: str
    n: int | None
    type: str
    authors: tuple[Person, ...]
    authors_truncated: bool
    year: int | None
    title: str
    container: str
    container_short: str
    volume: str
    issue: str
    pages: str
    publisher: str
    place: str
    editors: tuple[Person, ...]
    doi: str
    as_cited: str
    category: str
    note: str
    csl: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def doi_url(self) -> str:
        """``https://doi.org/<doi>``, or ``""`` when the reference has no checked DOI."""
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def author_names(self) -> str:
        """Authors as a short string: ``"Lynch"``, ``"Scott & Doughty"``, ``"Gidugu et al."``."""
        names = [a.short() for a in self.authors]
        if not names:
            return ""
        if len(names) > 2 or self.authors_truncated:
            return f"{names[0]} et al."
        return " & ".join(names)

    @property
    def label(self) -> str:
        """A short human label such as ``"Lynch (2007)"``."""
        return f"{self.author_names} ({self.year if self.year else 'n.d.'})"

    @classmethod
    def from_csl(cls, item: Mapping[str, Any]) -> Reference:
        custom = item.get("custom") or {}
        parts = ((item.get("issued") or {}).get("date-parts") or [[None]])[0]
        year = parts[0] if parts else None
        return cls(
            key=item["id"],
            n=custom.get("n"),
            type=item.get("type", ""),
            authors=tuple(Person.from_csl(a) for a in item.get("author", ())),
            authors_truncated=bool(custom.get("authors_truncated", False)),
            year=int(year) if year is not None else None,
            title=item.get("title", ""),
            container=item.get("container-title", ""),
            container_short=item.get("container-title-short", ""),
            volume=str(item.get("volume", "")),
            issue=str(item.get("issue", "")),
            pages=str(item.get("page", "")),
            publisher=item.get("publisher", ""),
            place=item.get("publisher-place", ""),
            editors=tuple(Person.from_csl(a) for a in item.get("editor", ())),
            doi=item.get("DOI", ""),
            as_cited=custom.get("as_cited", ""),
            category=custom.get("category", ""),
            note=custom.get("record_note", ""),
            csl=item,
        )


@dataclass(frozen=True, slots=True)
class Link:
    """A link from a mechanism (``source``) to a theory id or reference key (``target``).

    Every link is peerlearn's own teaching account, with a one-sentence ``rationale`` and a
    ``basis`` from :data:`BASES`.
    """

    source: str
    target: str
    kind: str  # "theory" or "reference"
    rationale: str
    basis: str
    # "curated" when the link itself is the course's reading of a work whose title or abstract
    # does not say it (``basis`` then covers only what ``rationale`` reports of the work).
    link_basis: str = ""
    link_rationale: str = ""


@dataclass(frozen=True, slots=True)
class Mechanism:
    """One of the review's five mechanisms, with peerlearn's summary and links."""

    id: str
    name: str
    definition: str
    summary: str
    helps: str
    strains: str
    key_terms: tuple[str, ...]
    theories: tuple[Link, ...]
    sources: tuple[Link, ...]

    @property
    def theory_ids(self) -> tuple[str, ...]:
        return tuple(link.target for link in self.theories)

    @property
    def source_keys(self) -> tuple[str, ...]:
        return tuple(link.target for link in self.sources)


@dataclass(frozen=True, slots=True)
class Theory:
    """A theory the review's references draw on; ``mechanisms`` is derived from mechanism links."""

    id: str
    name: str
    originators: tuple[str, ...]
    sources: tuple[str, ...]
    year: int | None
    core_claim: str
    key_concepts: tuple[str, ...]
    in_peer_support: str
    critiques: str
    mechanisms: tuple[Link, ...]
    year_note: str = ""  # what ``year`` is: the year of the listed source, not of the idea

    @property
    def mechanism_ids(self) -> tuple[str, ...]:
        return tuple(link.source for link in self.mechanisms)


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry."""

    id: str
    term: str
    definition: str
    see_also: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Review:
    """The review itself: its citation, DOI and what its abstract reports."""

    key: str
    citation: str
    doi: str
    pmid: str
    method: str
    findings: tuple[str, ...]
    conclusion: str
    not_known: tuple[str, ...]
    csl: Mapping[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def __str__(self) -> str:
        return self.citation


@dataclass(frozen=True, slots=True)
class ReferenceList:
    """A formatted reference list that shows itself in a notebook (hanging indents, italics).

    ``entries``/``html`` are the list's entries as text and as safe HTML; ``notes`` the note
    beside each entry ("" for none: an entry whose author list was cut short with "et al." says
    so, see :data:`AUTHORS_CUT`); ``review`` and ``review_html`` the review the course is built
    on, shown after the list when given. ``str()`` gives plain text, one entry a line, a note in
    brackets after its entry.
    """

    entries: tuple[str, ...]
    html: tuple[str, ...]
    review: str = ""
    review_html: str = ""
    notes: tuple[str, ...] = ()

    def note(self, i: int) -> str:
        """The note beside entry ``i`` ("" for none)."""
        return self.notes[i] if i < len(self.notes) else ""

    def texts(self) -> list[str]:
        """Each entry as text with its note, if any, in brackets after it."""
        return [f"{e} [{self.note(i)}]" if self.note(i) else e for i, e in enumerate(self.entries)]

    def htmls(self) -> list[str]:
        """Each entry as safe HTML with its note, if any, escaped, in a span after it."""
        return [
            f"{h} {tag('span', f'[{self.note(i)}]', class_='peerlearn-note')}"
            if self.note(i)
            else h
            for i, h in enumerate(self.html)
        ]

    def __str__(self) -> str:
        lines = self.texts()
        if self.review:
            lines += ["", "The review this course is built on:", self.review]
        return "\n".join(lines)

    def __len__(self) -> int:
        return len(self.entries)

    def _repr_html_(self) -> str:
        hanging = 'style="padding-left:2em;text-indent:-2em;margin:0.4em 0"'
        parts = [f"<p {hanging}>{entry}</p>" for entry in self.htmls()]
        if self.review_html:
            parts += [
                "<p><strong>The review this course is built on:</strong></p>",
                f"<p {hanging}>{self.review_html}</p>",
            ]
        return '<div class="peerlearn-references">' + "".join(parts) + "</div>"
