"""The exercises' feedback colours and paragraph helper, on top of peerlearn's one escaping helper.

Every piece of text an exercise shows (prompts, options, feedback, titles, citations) goes
through :func:`peerlearn._html.esc` before it becomes HTML.
Imports: :mod:`peerlearn._html` only.

>>> esc('<img src=x onerror="alert(1)">')
Markup('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
>>> paragraphs("one\\n\\ntwo <b>")
'<p>one</p><p>two &lt;b&gt;</p>'
"""

from __future__ import annotations

from .._html import OKABE_ITO, esc

__all__ = ["COLOURS", "esc", "paragraphs"]

#: Okabe–Ito colours, safe for the common colour-vision deficiencies. Colour is never the only
#: signal: every feedback line also carries a text marker (✓ / ✗ / ◐ and a word).
COLOURS = {
    "correct": OKABE_ITO["bluish_green"],
    "incorrect": OKABE_ITO["vermillion"],
    "partial": OKABE_ITO["orange"],
    "info": OKABE_ITO["blue"],
    "neutral": OKABE_ITO["black"],
}


def paragraphs(text: object) -> str:
    """Escape ``text``; blank-line-separated blocks become ``<p>``.

    Single newlines are the hard wrapping of YAML source, not line breaks, so they join the
    lines with a space (as Markdown does) and the text reflows to the width of the page.

    >>> paragraphs("a long line\\nwrapped here")
    '<p>a long line wrapped here</p>'
    """
    blocks = [b.strip() for b in str(text or "").replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{esc(' '.join(b.split()))}</p>" for b in blocks if b)
