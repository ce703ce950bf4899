"""BibTeX out: :func:`to_bibtex` (bibtexparser 2); reading is :mod:`.bibtex_read`.

Records are clean (no ``custom`` content, DOI included); text is LaTeX-escaped so that it reads
back, via pylatexenc, as the same text. Corporate authors are braced, truncated author lists
end in ``and others``.

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.interchange._common`;
bibtexparser and pylatexenc only inside the functions that use them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.csl import ANY_DASH, particle_join
from peerlearn.interchange._common import (
    ExportError,
    checked,
    export_date,
    text_of,
)
from peerlearn.interchange._latex import balanced

__all__ = ["to_bibtex"]

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
    # BibTeX counts every brace, escaped or not, so a lone "\}" would end the field early:
    # literal braces are written as macros that hold only balanced braces.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# TeX ligatures ("--" is a dash, "``" a quote...) are broken up with "{}".
_LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[!?])(?=`)|(?<=[<>])(?=[<>])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# What a BibTeX key may hold: no spaces, commas, braces, quotes, "=", "#", "%" or backslashes.
_KEY = re.compile(r"[^\s,{}()=\"#%'~\\]+")
# A word "and" (any case, any whitespace around it) splits a BibTeX name list; so does a comma
# split a name into its parts, and "others" ends the list. bibtexparser 2.0 also skips escaped
# characters while it looks for " and " (so "\\%and" splits), hence the escapes in the pattern.
_AND = re.compile(r"(?:^|\s)(?:\\.)*a(?:\\.)*n(?:\\.)*d(?:\\.)*(?:\s|$)", re.IGNORECASE)
_OTHERS = re.compile(r"\s*others\s*", re.IGNORECASE)


def _needs_braces(written: str) -> bool:
    r"""Would this LaTeX name part split the list or the name if left bare?

    >>> _needs_braces("Smith"), _needs_braces("B and x"), _needs_braces(r"\%and x")
    (False, True, True)
    """
    return "," in written or bool(_AND.search(written)) or bool(_OTHERS.fullmatch(written))


def _latex(text: object) -> str:
    r"""Text as a LaTeX string that reads back (via pylatexenc) as the same text.

    >>> print(_latex("Information & documentation -- 50% ^_^"))
    Information \& documentation -{}- 50\% \textasciicircum{}\_\textasciicircum{}
    >>> print(_latex("a } b"))
    a \textbraceright{} b
    """
    escaped = "".join(_LATEX_SPECIALS.get(c, c) for c in str(text))
    return _LIGATURES.sub("{}", escaped)


def _verbatim(text: str) -> str:
    """A DOI or URL as written: braces that would not balance, backslashes and spaces encoded.

    >>> _verbatim("https://e.org/{x}"), _verbatim("https://e.org/a}b c")
    ('https://e.org/{x}', 'https://e.org/a%7Db%20c')
    """
    if balanced(text) and not re.search(r"[\\\s]", text):
        return text
    table = {"{": "%7B", "}": "%7D", "\\": "%5C"}
    return "".join(table.get(c, "%20" if c.isspace() else c) for c in text)


def _name_latex(text: str) -> str:
    r"""A name part as LaTeX; ``\%``, ``\&``... braced, since bibtexparser 2.0's name splitter
    skips a two-character escape while it looks for " and " (``A, \% and B`` loses the ``\%``).

    >>> print(_name_latex("Tom & Jerry"))
    Tom {\&} Jerry
    """
    return re.sub(r"\\([&%$#_])", r"{\\\1}", _latex(text))


def _brace_if(part: str, needed: bool) -> str:
    return "{" + part + "}" if needed else part


def _bibtex_name(name: Mapping[str, Any], key: str, var: str) -> str:
    def text(field: str) -> str:
        value = name.get(field)
        return "" if value is None else text_of(value, "BibTeX", key, f"{var}.{field}").strip()

    if text("literal") and not text("family"):
        return "{" + _latex(text("literal")) + "}"
    family = " ".join(particle_join(text("non-dropping-particle"), text("family")).split())
    if not family:
        raise ExportError(
            "BibTeX", key, var, f"a name {dict(name)!r} has no family name", "'family' or 'literal'"
        )
    suffix = text("suffix")
    given = " ".join(p for p in (text("given"), text("dropping-particle")) if p)
    latex_family = _name_latex(family)
    if not given and not suffix:
        # "First von Last" form: a second word would read as the family name, so brace it.
        written = _brace_if(latex_family, _needs_braces(latex_family) or " " in family)
    else:
        # A word ending in an apostrophe or hyphen may read back as a "von" part (lower-case,
        # or a macro such as \textbraceleft) and be glued to the next word: keep it whole.
        words = family.split()
        glued = any(w.endswith(("'", "\u2019", "-")) for w in words[:-1])
        parts = [_brace_if(latex_family, _needs_braces(latex_family) or glued)]
        for part in (suffix, given) if suffix else (given,):
            written_part = _name_latex(part)
            # An empty given name is written "{}": BibTeX readers refuse a trailing comma.
            parts.append(_brace_if(written_part, _needs_braces(written_part)) or "{}")
        written = ", ".join(parts)
    # bibtexparser 2.0's name splitter skips the first two characters of a name that follows
    # "and" when it starts with a backslash (tests/test_interchange_hostile.py shows it): an
    # empty group in front keeps them.
    return "{}" + written if written.startswith("\\") else written


def _bibtex_names(names: Sequence[Mapping[str, Any]], truncated: bool, key: str, var: str) -> str:
    out = [_bibtex_name(n, key, var) for n in names]
    if truncated:
        out.append("others")
    return " and ".join(out)


def to_bibtex(items: Sequence[Mapping[str, Any]]) -> str:
    """BibTeX records (bibtexparser 2), keys = CSL ids.

    Types: article-journal→article, book→book, chapter→incollection,
    report→techreport (else misc). Corporate authors in double braces;
    truncated author lists end in ``and others``; pages with ``--``.
    No field value can break a record: braces are written as ``\\textbraceleft{}`` /
    ``\\textbraceright{}``, name parts holding ``and`` or a comma are braced. A value that
    cannot be written (a dict as a title, month 13...) raises :class:`ExportError`.

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

    prepared = checked(items, "BibTeX")
    library = Library()
    for key in prepared.order:
        item = prepared.items[key]
        if not _KEY.fullmatch(key):
            raise ExportError(
                "BibTeX",
                key,
                "id",
                "this id cannot be a BibTeX key",
                "an id without spaces, commas, braces, quotes, '=', '#', '%', '~' or backslashes",
            )

        def value(var: str, item: Mapping[str, Any] = item, key: str = key) -> str:
            return text_of(item[var], "BibTeX", key, var)

        kind = item["type"]
        entry_type = _BIBTEX_TYPES.get(kind, "misc")
        fields: list[tuple[str, str]] = []
        for var in ("author", "editor"):
            if item.get(var):
                truncated = prepared.truncated[key] and var == "author"
                fields.append((var, _bibtex_names(item[var], truncated, key, var)))
        for var, name in _BIBTEX_FIELDS.items():
            if var == "container-title-short" and entry_type != "article":
                continue
            if item.get(var) not in (None, ""):
                fields.append(
                    (name, _verbatim(value(var)) if name in _VERBATIM else _latex(value(var)))
                )
        if item.get("container-title"):
            container = "journal" if entry_type == "article" else "booktitle"
            fields.append((container, _latex(value("container-title"))))
        if item.get("issue"):
            fields.append(
                ("number" if entry_type == "article" else "issue", _latex(value("issue")))
            )
        if item.get("number"):
            fields.append(("eid" if entry_type == "article" else "number", _latex(value("number"))))
        if item.get("page"):
            pages = "".join(_LATEX_SPECIALS.get(c, c) for c in value("page"))
            fields.append(("pages", ANY_DASH.sub("--", pages)))
        if item.get("publisher"):
            holder = {"techreport": "institution", "phdthesis": "school"}.get(
                entry_type, "publisher"
            )
            fields.append((holder, _latex(value("publisher"))))
        if item.get("genre"):
            fields.append(("type", _latex(value("genre"))))
        date = export_date(item, "issued", "BibTeX")
        if date:
            fields.append(("year", str(date.year)))
            if date.month:
                fields.append(("month", _MONTHS[date.month - 1]))
            elif date.season:
                fields.append(("month", date.season))
            if date.day:
                fields.append(("day", str(date.day)))
        original = export_date(item, "original-date", "BibTeX")
        if original:
            pieces = [str(original.year)] + [
                f"{p:02d}" for p in (original.month, original.day) if p is not None
            ]
            fields.append(("origdate", "-".join(pieces)))
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
