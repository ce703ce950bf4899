"""Teaching content for a class: read its JSON files, and print them as one HTML page each.

:func:`load_json` reads a content file (the package's own under ``peerlearn/data``, or an
instructor's copy), checks it against its JSON Schema, and reports every problem with the file,
line and field. :func:`page` puts an HTML fragment (the rubric, the role-plays, the facilitator's
guide) in a printable page.

The fragment is already-escaped :class:`~peerlearn._html.Markup`; the page adds print CSS (A4,
serif, black on white, no colour needed to read it) so that it reads the same on screen, printed
or saved as PDF from a browser. :class:`Shown` lets a notebook display a fragment without
importing IPython here (Jupyter calls ``_repr_html_``).

>>> from peerlearn._html import tag
>>> "<h1>A &amp; B</h1>" in page("A & B", tag("p", "x"))
True
>>> Shown("<p>x</p>")._repr_html_()
'<p>x</p>'
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from importlib import resources
from typing import Any

from peerlearn._html import Markup, esc
from peerlearn.errors import DataValidationError, Problem

__all__ = [
    "CELL",
    "MECHANISM_NAMES",
    "NOTE",
    "PRINT_CSS",
    "Shown",
    "load_json",
    "page",
    "read_json",
]

MECHANISM_NAMES = {
    "lived-experience": "Lived experience",
    "love-labour": "Love labour",
    "liminality": "Liminality",
    "strengths-focussed-support": "Strengths-focussed support",
    "helper-role": "The helper role",
}
"""The five mechanisms' names as the printed materials (rubric, guide, role-plays) show them.

>>> MECHANISM_NAMES["helper-role"]
'The helper role'
"""

#: Inline styles for table cells and notes, so that a notebook (whose own CSS right-aligns
#: table cells) shows prose tables as they print.
CELL = "text-align: left; vertical-align: top"
NOTE = "font-weight: normal; font-size: 0.92em"

PRINT_CSS = """
.pl-print { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; color: #111; }
body.pl-print { max-width: 52em; margin: 2em auto; padding: 0 1em; }
.pl-print h1 { font-size: 1.6em; } .pl-print h2 { font-size: 1.3em; margin-top: 1.6em;
  border-bottom: 1px solid #999; } .pl-print h3 { font-size: 1.08em; margin: 1.1em 0 0.3em; }
.pl-print table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
.pl-print th, .pl-print td { border: 1px solid #777; padding: 0.35em 0.5em; vertical-align: top;
  text-align: left; }
.pl-print th { background: #eee; } .pl-print .pl-note { font-size: 0.92em; color: #333;
  font-weight: normal; } .pl-print caption { text-align: left; font-weight: bold; }
.pl-print .pl-label { font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em;
  font-size: 0.8em; border: 1px solid #333; padding: 0 0.3em; }
.pl-print section { break-inside: auto; } .pl-print .pl-card { border: 1px solid #555;
  padding: 0.6em 0.9em; margin: 0.8em 0; break-inside: avoid; }
.pl-print .pl-card h3 { margin-top: 0.2em; } .pl-print dt { font-weight: bold; margin-top: 0.5em; }
.pl-print dd { margin: 0.1em 0 0 1.5em; }
.pl-print ul.pl-check { list-style: none; padding-left: 0.3em; }
.pl-print ul.pl-check li::before { content: "\\2610\\00a0"; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body.pl-print { margin: 0; max-width: none; font-size: 10.5pt; }
  .pl-print h2 { break-before: auto; break-after: avoid; } .pl-print tr { break-inside: avoid; }
  .pl-print .pl-break, .pl-print .pl-roleplay + .pl-roleplay,
  .pl-print .pl-session + .pl-session { break-before: page; } }
"""


class Shown(Markup):
    """Markup that a notebook shows as HTML (``_repr_html_``), printed as the markup itself."""

    def _repr_html_(self) -> str:
        return str(self)


def page(title: str, body: Markup) -> str:
    """A whole HTML document (UTF-8, print CSS) holding ``body`` under the heading ``title``."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{PRINT_CSS}</style></head>\n"
        f'<body class="pl-print"><h1>{esc(title)}</h1>\n{body}\n</body></html>\n'
    )


def read_json(
    default: str,
    path: str | os.PathLike[str] | None,
    error: Callable[[list[Problem]], Exception],
) -> tuple[Any, str, str]:
    """The JSON of ``path`` (default: ``peerlearn/data/<default>``), its text and the file name
    to cite; text that is not JSON raises ``error([problem])``, the problem naming the line.

    >>> data, text, file = read_json("rubrics/reflection.json", None, ValueError)
    >>> file, "criteria" in data
    ('peerlearn/data/rubrics/reflection.json', True)
    """
    if path is None:
        ref = resources.files("peerlearn") / "data" / default
        text, file = ref.read_text(encoding="utf-8"), f"peerlearn/data/{default}"
    else:
        file = os.fspath(path)
        with open(file, encoding="utf-8") as fh:
            text = fh.read()
    try:
        return json.loads(text), text, file
    except json.JSONDecodeError as exc:
        raise error([Problem(file, exc.lineno, None, None, f"not JSON: {exc.msg}")]) from None


def load_json(
    default: str, schema: str, path: str | os.PathLike[str] | None = None, *, what: str
) -> Any:
    """Read ``path`` (default: ``peerlearn/data/<default>``) and check it against the schema
    ``peerlearn/data/schemas/<schema>``; a :class:`DataValidationError` lists every problem with
    its line, the record (the item's id) and field, and what would be valid, in the plain words
    of :func:`peerlearn.exercises._structure.say`. (fastjsonschema's quick yes first; jsonschema
    is imported only for a file that fails it, to report every problem.)"""
    from peerlearn._locate import Lines

    from ._structure import field_name, schema_issues

    data, text, file = read_json(
        default, path, lambda problems: DataValidationError(problems, what=what)
    )
    found = schema_issues(schema, data)
    if found:
        lines = Lines(text)
        problems = []
        for at, message in found:
            record, rest = _record(data, at)
            problems.append(Problem(file, lines.of(list(at)), record, field_name(rest), message))
        raise DataValidationError(sorted(problems, key=lambda p: p.line or 0), what=what)
    return data


def _record(data: Any, at: tuple[Any, ...]) -> tuple[str | None, tuple[Any, ...]]:
    """The item a path is in (by its id, e.g. a role-play's) and the rest of the path."""
    if len(at) >= 2 and isinstance(at[1], int) and isinstance(data, dict):
        items = data.get(at[0])
        item = items[at[1]] if isinstance(items, list) and at[1] < len(items) else None
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            return item["id"], at[2:]
    return None, at
