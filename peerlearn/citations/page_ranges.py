"""Page ranges, formatted here because citeproc-py gets ``page-range-format`` wrong.

citeproc-py's defect 3 (see the package docstring): "expanded" (APA) never expands an
abbreviated range and "minimal" (Vancouver) corrupts some. Ranges are formatted by the CSL
rules and handed to the engine with :data:`~peerlearn.citations.styles.DASH`, a marker dash
the engine leaves alone.

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.citations.styles`.
"""

from __future__ import annotations

import re

from peerlearn.citations.styles import DASH
from peerlearn.csl import ANY_DASH, RANGE

__all__ = ["format_pages", "format_range"]


def format_range(chunk: str, range_format: str | None) -> str:
    """Format one page range by the CSL ``page-range-format`` rules.

    >>> format_range("879-85", "expanded").replace(DASH, "-")
    '879-885'
    >>> format_range("3-30", "minimal").replace(DASH, "-")
    '3-30'
    >>> format_range("1485-1494", "minimal").replace(DASH, "-")
    '1485-94'
    """
    match = RANGE.fullmatch(chunk.strip())
    if not match or match[1] or match[3]:  # only plain numbers ("e12-e19" stays as given)
        return ANY_DASH.sub(DASH, chunk.strip())
    prefix, first, prefix2, last = match.groups()
    full = last
    if len(last) < len(first):
        candidate = first[: len(first) - len(last)] + last
        if int(candidate) > int(first):
            full = candidate
    if range_format is None or int(full) <= int(first):
        return f"{prefix}{first}{DASH}{prefix2}{last}"
    if range_format in ("minimal", "minimal-two") and len(full) == len(first):
        common = 0
        while common < len(first) - 1 and first[common] == full[common]:
            common += 1
        keep = common if range_format == "minimal" else min(common, max(len(first) - 2, 0))
        full = full[keep:]
    return f"{prefix}{first}{DASH}{prefix2}{full}"


def format_pages(value: object, range_format: str | None) -> str:
    """Format every range in a page field ("3-30, 45-50") by :func:`format_range`."""
    chunks = re.split(r"(\s*[,&]\s*)", str(value))
    return "".join(
        c if re.fullmatch(r"\s*[,&]\s*", c) else format_range(c, range_format) for c in chunks
    )
