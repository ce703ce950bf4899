"""The reference-list engine: citeproc-py, wrapped, with this package's repairs.

citeproc-py renders with private-use markers instead of tags (:data:`~.styles.MARKUP`);
:func:`render` then drops a period after "?"/"!"/"." (defect 6), restores "et al." for
truncated author lists, numbers Vancouver entries (defect 4), gives an entry the style prints
nothing of (``{"id": "x", "type": "bill"}``) the text ``[no title] (x)``, and builds plain text and
escaped HTML with DOI links from the one marked string (defect 5). Pages are formatted before
the engine sees them (defect 3, :mod:`.page_ranges`); year suffixes come from :mod:`.intext`.

Imports: the standard library, :mod:`peerlearn.csl` and the lower citations modules
(styles, prepare, intext, pages); citeproc only inside :func:`render`.
"""

from __future__ import annotations

import copy
import html
import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.citations.intext import Cite, disambiguate
from peerlearn.citations.page_ranges import format_pages
from peerlearn.citations.prepare import CSLItem, Prepared, check_keys, prepare
from peerlearn.citations.styles import (
    CLOSERS,
    DASH,
    ETAL,
    LINK_CLOSE,
    LINK_OPEN,
    MARKS,
    MARKUP,
    OUTPUTS,
    TAGS,
    Spec,
    check_style,
    engine_style,
)
from peerlearn.csl import EN_DASH, bare_doi

__all__ = ["render", "render_bibliography", "render_entries", "render_reference"]

_ENGINE_LOCK = threading.RLock()


def _engine_item(item: CSLItem, spec: Spec, suffix: str, truncated: bool) -> CSLItem:
    out = copy.deepcopy(item)
    if "page" in out:
        out["page"] = format_pages(out["page"], spec.page_range_format)
        out["page-first"] = re.split(r"[,&\s]|" + DASH, out["page"])[0]
    if "DOI" in out:
        out["DOI"] = bare_doi(out["DOI"])
    if suffix:
        out["year-suffix"] = suffix
    if truncated and out.get("author"):
        out["author"] = [*out["author"], {"family": ETAL}]
    return out


_STOP = re.compile("([.?!\u2026])([" + CLOSERS + "\u2019\u201d'\"]*)\\.")


def _finish(raw: str, spec: Spec, doi: str | None) -> str:
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
        return _STOP.sub(r"\1\2", part).replace(DASH, EN_DASH)

    if not link:
        return repair(before)
    return repair(before) + LINK_OPEN + link + LINK_CLOSE + repair(after)


def _plain(marked: str) -> str:
    return MARKS.sub("", marked)


def _doi_href(doi: str) -> str:
    from urllib.parse import quote

    return "https://doi.org/" + quote(doi, safe="/:;,()._-!*'~@$+=")


def _html(marked: str, doi: str | None) -> str:
    escaped = html.escape(marked, quote=False)
    for mark, tag in TAGS.items():
        escaped = escaped.replace(mark, tag)
    if doi:
        href = html.escape(_doi_href(doi), quote=True)
        # single-quoted: the address then stands alone in JSON files such as data/rendered/*.json
        # (a double quote would be written \" there, gluing a backslash to the DOI for any tool
        # that scans the files for DOIs)
        escaped = escaped.replace(LINK_OPEN, f"<a href='{href}'>").replace(LINK_CLOSE, "</a>")
    return MARKS.sub("", escaped)


def _nothing_to_print(key: str) -> str:
    """The entry for an item the style prints nothing of (a bill with no title, date or
    author): its key, so the reader can find the entry and complete it."""
    return f"[no title] ({key})"


def render(
    prepared: Prepared, spec: Spec, keys: Sequence[str], cites: Mapping[str, Cite]
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
        style = engine_style(spec.name)
        bibliography = CitationStylesBibliography(
            style, CiteProcJSON(engine_items), engine_formatter.plain
        )
        for key in keys:
            bibliography.register(Citation([CitationItem(key.lower())]))
        if not spec.numeric:
            bibliography.sort()
        style.root.formatter = MARKUP
        try:  # one item at a time: citeproc-py leaves out an entry that renders empty
            rendered = [
                "".join(str(entry) for entry in style.render_bibliography([item]))
                for item in bibliography.items
            ]
        finally:
            style.root.formatter = engine_formatter.plain
        order = [original[k] for k in bibliography.keys]
    if spec.numeric:
        pairs = sorted(zip(order, rendered, strict=True), key=lambda p: prepared.position[p[0]])
    else:
        pairs = list(zip(order, rendered, strict=True))
    out = []
    for key, raw in pairs:
        doi = bare_doi(prepared.items[key]["DOI"]) if prepared.items[key].get("DOI") else None
        marked = _finish(raw, spec, doi) or _nothing_to_print(key)
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
    spec = check_style(style)
    prepared = prepare(items)
    if not isinstance(key, str):
        msg = f"key must be a reference key (str), got {type(key).__name__}"
        raise TypeError(msg)
    (key,) = check_keys(prepared, [key])
    return render(prepared, spec, [key], disambiguate(prepared, spec))[0][1]


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
    spec = check_style(style)
    prepared = prepare(items)
    chosen = list(prepared.order) if keys is None else check_keys(prepared, keys)
    if not chosen:
        return []
    rendered = render(prepared, spec, chosen, disambiguate(prepared, spec))
    return [(text, markup) for _, text, markup in rendered]
