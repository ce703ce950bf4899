"""One printable HTML page around a fragment: the rubric, the role-plays, the facilitator's guide.

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

from peerlearn._html import Markup, esc

__all__ = ["PRINT_CSS", "Shown", "page"]

PRINT_CSS = """
.pl-print { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; color: #111; }
body.pl-print { max-width: 52em; margin: 2em auto; padding: 0 1em; }
.pl-print h1 { font-size: 1.6em; } .pl-print h2 { font-size: 1.3em; margin-top: 1.6em;
  border-bottom: 1px solid #999; } .pl-print h3 { font-size: 1.08em; margin: 1.1em 0 0.3em; }
.pl-print table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
.pl-print th, .pl-print td { border: 1px solid #777; padding: 0.35em 0.5em; vertical-align: top;
  text-align: left; }
.pl-print th { background: #eee; } .pl-print .pl-note { font-size: 0.92em; color: #333; }
.pl-print .pl-label { font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em;
  font-size: 0.8em; border: 1px solid #333; padding: 0 0.3em; }
.pl-print section { break-inside: auto; } .pl-print .pl-card { border: 1px solid #555;
  padding: 0.6em 0.9em; margin: 0.8em 0; break-inside: avoid; }
.pl-print ul.pl-check { list-style: none; padding-left: 0.3em; }
.pl-print ul.pl-check li::before { content: "\\2610\\00a0"; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body.pl-print { margin: 0; max-width: none; font-size: 10.5pt; }
  .pl-print h2 { break-before: auto; break-after: avoid; } .pl-print tr { break-inside: avoid; }
  .pl-print .pl-break { break-before: page; } }
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
