r"""LaTeX in BibTeX fields to plain text, without losing characters (pylatexenc, with workarounds).

pylatexenc reads most of what reference managers write (accents, dashes, quotes, ``\emph``), but
on its own it falls short for a reading list; each case is shown in
``tests/test_interchange_latex.py``:

- ``\url{http://example.com/~user}`` comes out as ``<http://example.com/ user>`` (``~`` read as
  a space): URLs, DOIs, e-prints and file paths are taken verbatim (:func:`verbatim`), and
  ``\url``/``\href`` targets inside other fields are protected before decoding;
- ``\href{url}{text}`` with a target pylatexenc cannot split raises ``IndexError``;
- math ``Cu$_2$O`` comes out as ``Cu_2O``: simple sub- and superscripts and Greek letters
  become their Unicode characters (``Cu₂O``), any other math is kept as written (``$…$``);
- an unknown command (``\foo``, ``\LaTeX``) is silently dropped, ``\today`` becomes today's
  date and ``\cite{x}`` becomes ``<cit.>``: these are kept as written and named;
- a bare ``%`` (which BibTeX reads as a character) starts a LaTeX comment that eats the rest
  of the line: it is read as a percent sign.

Imports: the standard library; pylatexenc only inside the functions that use it.

>>> decode(r"Cu$_2$O at \url{http://example.com/~user}")
('Cu₂O at http://example.com/~user', [])
>>> decode(r"\foo{} and $\frac{a}{b}$")
('\\foo and $\\frac{a}{b}$', ['$\\frac{a}{b}$', '\\foo'])
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["LATEX_MARKS", "balanced", "decode", "verbatim"]

_SUB = dict(
    zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)
)
_SUP = dict(zip("0123456789+-=()in", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ", strict=True))
_GREEK = (  # noqa: SIM905 (pairs read better as one text)
    "alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ iota ι kappa κ "
    "lambda λ mu μ nu ν xi ξ pi π rho ρ sigma σ tau τ upsilon υ phi ϕ varphi φ chi χ psi ψ "
    "omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Phi Φ Psi Ψ Omega Ω "
    "pm ± times × cdot · le ≤ leq ≤ ge ≥ geq ≥ approx ≈ sim ∼ infty ∞ circ ∘ degree ° "
    "rightarrow → to → leftarrow ← prime ′"
).split()
_MATH_MACROS = dict(zip(_GREEK[::2], _GREEK[1::2], strict=True))
_PLAIN_MATH = re.compile(r"[A-Za-z0-9 .,;:!?/|+\-=()\[\]<>']")
_MATH = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")
_URL = re.compile(r"\\(?:url|path)\s*\{([^{}]*)\}")
_HREF = re.compile(r"\\href\s*\{([^{}]*)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_KEEP = ("today", "cite", "citet", "citep", "parencite", "textcite", "autocite", "ref", "label")
_LOGOS = {"LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2e", "XeTeX": "XeTeX"}
#: What pylatexenc reads as anything but itself (tests/test_interchange_latex.py checks that
#: text without these decodes to itself): commands, groups, math, ties, comments, ligatures.
#: The same as ``[\\{}$~%&^_#`]|--|''|!`|\?``` (a test compares them), written as alternatives
#: that each start with one character, so that the search skips ahead over the characters no
#: alternative starts with (a third of the time on an abstract; the class first made it try
#: every alternative at every character).
LATEX_MARKS = re.compile(r"\\|\{|\}|\$|~|%|&|\^|_|#|`|--|''|!`|\?`")
_VERBATIM_MARKS = re.compile(r"[\\{}]")
_URL_WRAPPER = re.compile(r"\\(?:url|path)\s*\{(.*)\}", re.S)
_VERBATIM_ESCAPE = re.compile(r"\\([_%&#$~{}])")


def _math_text(body: str) -> str | None:
    """Simple math as Unicode text (``_2`` → ``₂``, ``\\alpha`` → ``α``), else ``None``."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c in "_^":
            table = _SUB if c == "_" else _SUP
            macro = re.match(r"\\[A-Za-z]+", body[i + 1 :])
            if body[i + 1 : i + 2] == "{":
                end = body.find("}", i + 2)
                if end < 0:
                    return None
                arg, i = body[i + 2 : end], end + 1
            elif macro:
                arg, i = macro[0], i + 1 + macro.end()
            else:
                arg, i = body[i + 1 : i + 2], i + 2
            if c == "^" and arg in ("\\circ", "\\prime"):
                out.append("°" if arg == "\\circ" else "′")
                continue
            if not arg or any(ch not in table for ch in arg):
                return None
            out.append("".join(table[ch] for ch in arg))
        elif c == "\\":
            m = re.match(r"\\([A-Za-z]+)\s*", body[i:])
            if not m or m[1] not in _MATH_MACROS:
                return None
            out.append(_MATH_MACROS[m[1]])
            i += m.end()
        elif _PLAIN_MATH.fullmatch(c):
            out.append(c)
            i += 1
        else:
            return None
    return "".join(out)


@cache
def _decoder() -> Any:
    """pylatexenc's decoder with the workarounds above; building it is slow, so once."""
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    context = get_default_latex_context_db().filter_context()
    context.add_context_category(
        "peerlearn",
        prepend=True,
        macros=[
            # to_bibtex writes literal braces as \textbraceleft{} / \textbraceright{}
            MacroTextSpec("textbraceleft", simplify_repl="{"),
            MacroTextSpec("textbraceright", simplify_repl="}"),
            # pylatexenc reads \textasciicircum as U+02C6; a caret is meant
            MacroTextSpec("textasciicircum", simplify_repl="^"),
            MacroTextSpec("relax", simplify_repl=""),
            *(MacroTextSpec(name, simplify_repl=text) for name, text in _LOGOS.items()),
        ],
    )

    class Decoder(LatexNodes2Text):
        unknown: list[str]

        def macro_node_to_text(self, node: Any) -> str:
            name = node.macroname
            if name in _KEEP or self.latex_context.get_macro_spec(name) is None:
                self.unknown.append("\\" + name)
                return str(node.latex_verbatim())
            return str(super().macro_node_to_text(node))

    return Decoder(latex_context=context, math_mode="verbatim")


def decode(value: str) -> tuple[str, list[str]]:
    r"""A field's LaTeX as text, and the commands or math kept as written (to be reported).

    ``\url``/``\href`` targets stay as written; simple math becomes Unicode; anything pylatexenc
    cannot read raises ``ValueError`` (the caller keeps the value as written and says so).

    >>> decode(r"50% of {\'e}l{\`e}ves -- \href{http://a.org/~b}{site}")
    ('50% of élèves – site <http://a.org/~b>', [])
    """
    if not LATEX_MARKS.search(value):  # plain text (most fields): pylatexenc would give it back
        return " ".join(value.split()), []
    protected: list[str] = []
    kept: list[str] = []

    def protect(text: str) -> str:
        protected.append(text)
        return f"\uf8f0{len(protected) - 1}\uf8f1"

    def math(m: re.Match[str]) -> str:
        plain = _math_text(m[1])
        if plain is None:
            kept.append(m[0])
            return protect(m[0])
        return protect(plain)

    text = _HREF.sub(lambda m: m[2] + " <" + protect(_unescape(m[1])) + ">", value)
    text = _URL.sub(lambda m: protect(_unescape(m[1])), text)
    text = _MATH.sub(math, text)
    text = re.sub(r"(?<!\\)%", r"\\%", text)
    decoder = _decoder()
    decoder.unknown = kept
    try:
        out = decoder.latex_to_text(text)
    except Exception as error:  # pylatexenc raises IndexError, KeyError... on odd input
        raise ValueError(f"the LaTeX could not be read ({type(error).__name__})") from None
    out = re.sub(r"\s+", " ", out).strip()
    out = re.sub("\uf8f0(\\d+)\uf8f1", lambda m: protected[int(m[1])], out)
    return out, kept


def _unescape(text: str) -> str:
    return _VERBATIM_ESCAPE.sub(r"\1", text.strip())


def verbatim(value: str) -> str:
    r"""A URL, DOI, e-print or file field as written: only a ``\url{}`` wrapper and escapes of
    ``_ % & # $ ~ { }`` are removed (``~`` is a tilde here, not a space).

    >>> verbatim(r"\url{http://example.com/~user/a\_b}")
    'http://example.com/~user/a_b'
    """
    text = value.strip()
    if not _VERBATIM_MARKS.search(text):  # fast path: a plain URL or DOI, nothing to remove
        return text
    m = _URL_WRAPPER.fullmatch(text)
    if m:
        text = m[1]
    while text.startswith("{") and text.endswith("}") and balanced(text[1:-1]):
        text = text[1:-1]
    return _unescape(text)


def balanced(text: str) -> bool:
    """Whether every ``{`` in ``text`` is closed by a later ``}`` and no ``}`` is left over.

    >>> balanced("{Love} {labour}"), balanced("}{")
    (True, False)
    """
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0
