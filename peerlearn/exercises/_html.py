"""The one escaping helper of the exercises package, and the feedback colours.

Every piece of text an exercise shows (prompts, options, feedback, titles, citations) goes
through :func:`esc` before it becomes HTML. The widgets layer has its own helper
(``peerlearn.widgets._html``); exercises sit to its left in the data flow and do not import it.

>>> esc('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> paragraphs("one\\n\\ntwo <b>")
'<p>one</p><p>two &lt;b&gt;</p>'
"""

from __future__ import annotations

import html

__all__ = ["COLOURS", "esc", "paragraphs"]

#: Okabe–Ito colours, safe for the common colour-vision deficiencies. Colour is never the only
#: signal: every feedback line also carries a text marker (✓ / ✗ / ◐ and a word).
COLOURS = {
    "correct": "#009E73",  # bluish green
    "incorrect": "#D55E00",  # vermillion
    "partial": "#E69F00",  # orange
    "info": "#0072B2",  # blue
    "neutral": "#000000",
}


def esc(text: object) -> str:
    """HTML-escape any value (``&``, ``<``, ``>``, both quotes)."""
    return html.escape("" if text is None else str(text), quote=True)


def paragraphs(text: object) -> str:
    """Escape ``text``; blank-line-separated blocks become ``<p>``, single newlines ``<br>``."""
    blocks = [b.strip() for b in str(text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in blocks if b)
