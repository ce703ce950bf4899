"""The one place where peerlearn turns text into HTML (widgets, exercises, progress tables).

Every string that reaches a widget comes from data files, instructor files or the user, and any of
them may hold ``<``, ``&`` or quotes. So widgets never concatenate text into markup: they call the
builders here, which escape every text argument and every attribute value, and which build links
from parts (a DOI, a file name) rather than pasting strings together.

Already-built markup travels as :class:`Markup`, a ``str`` subclass that the builders pass through
unescaped; anything else is escaped.

>>> str(tag("p", "Lynch <2007>", class_="cite"))
'<p class="cite">Lynch &lt;2007&gt;</p>'
>>> str(doi_link("10.1111/j.1467-954X.2007.00714.x"))
'<a href="https://doi.org/10.1111/j.1467-954X.2007.00714.x" target="_blank" rel="noopener noreferrer">https://doi.org/10.1111/j.1467-954X.2007.00714.x</a>'
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote, urlsplit

__all__ = [
    "Markup",
    "attrs",
    "concat",
    "data_uri",
    "doi_link",
    "doi_url",
    "download_link",
    "esc",
    "link",
    "safe_url",
    "tag",
]

#: Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/), by name.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})
_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9:-]*$")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


class Markup(str):
    """A string of markup that is already safe: the builders do not escape it again.

    Only this module (and code that has escaped its inputs with it) should make one.

    >>> esc(Markup("<b>ok</b>"))
    Markup('<b>ok</b>')
    """

    __slots__ = ()

    def __html__(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"Markup({str.__repr__(self)})"

    def __add__(self, other: object) -> Markup:
        return Markup(str(self) + str(esc(other)))


def esc(value: object) -> Markup:
    """Escape ``value`` as HTML text (and attribute value); ``Markup`` and ``None`` pass through.

    >>> esc('<img src=x onerror="alert(1)">')
    Markup('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    >>> esc(None)
    Markup('')
    """
    if value is None:
        return Markup("")
    if isinstance(value, Markup):
        return value
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return Markup(html.escape(str(value), quote=True))


def concat(parts: Iterable[object], sep: object = "") -> Markup:
    """Join parts as markup, escaping every part (and ``sep``) that is not already markup.

    >>> concat(["a<b", Markup("<br>"), "c"])
    Markup('a&lt;b<br>c')
    """
    return Markup(str(esc(sep)).join(str(esc(p)) for p in parts))


def attrs(mapping: Mapping[str, object] | None = None, **kwargs: object) -> Markup:
    """Build an attribute list (with a leading space); ``None``/``False`` values are left out.

    A trailing underscore is dropped (``class_``) and other underscores become hyphens
    (``aria_label`` → ``aria-label``). ``True`` gives a bare attribute.

    >>> attrs(class_="x", aria_label='say "hi"', hidden=True, title=None)
    Markup(' class="x" aria-label="say &quot;hi&quot;" hidden')
    """
    items: dict[str, object] = dict(mapping or {})
    for key, value in kwargs.items():
        items[key.rstrip("_").replace("_", "-")] = value
    out = []
    for name, value in items.items():
        if not _NAME.match(name):
            msg = f"invalid HTML attribute name {name!r}: use letters, digits, '-' or ':'"
            raise ValueError(msg)
        if value is None or value is False:
            continue
        if value is True:
            out.append(f" {name}")
        else:
            out.append(f' {name}="{esc(value)}"')
    return Markup("".join(out))


def tag(name: str, *children: object, **attributes: object) -> Markup:
    """Build one element; text children are escaped, ``Markup`` children kept.

    >>> tag("li", "x & y", tag("em", "z"))
    Markup('<li>x &amp; y<em>z</em></li>')
    >>> tag("br")
    Markup('<br>')
    """
    if not _NAME.match(name):
        msg = f"invalid HTML tag name {name!r}"
        raise ValueError(msg)
    opening = f"<{name}{attrs(None, **attributes)}>"
    if name in _VOID:
        return Markup(opening)
    return Markup(f"{opening}{concat(children)}</{name}>")


def safe_url(url: str) -> str:
    """Return ``url`` if it is absolute http(s)/mailto or a same-page fragment; else raise.

    >>> safe_url("https://doi.org/10.1/x")
    'https://doi.org/10.1/x'
    >>> safe_url("javascript:alert(1)")
    Traceback (most recent call last):
    ...
    ValueError: unsafe link target 'javascript:alert(1)': use an http(s) or mailto URL ...
    """
    text = str(url).strip()
    if text.startswith("#"):
        return text
    scheme = urlsplit(text).scheme.lower()
    if scheme in _SAFE_SCHEMES and (scheme == "mailto" or urlsplit(text).netloc):
        return text
    msg = f"unsafe link target {url!r}: use an http(s) or mailto URL or '#fragment'"
    raise ValueError(msg)


def link(href: str, text: object, *, external: bool = True, **attributes: object) -> Markup:
    """A link whose target is checked by :func:`safe_url` and whose text is escaped.

    >>> print(link("https://example.org/?a=1&b=2", "A & B", external=False))
    <a href="https://example.org/?a=1&amp;b=2">A &amp; B</a>
    """
    target = safe_url(href)
    extra: dict[str, object] = {}
    if external and not target.startswith("#"):
        extra = {"target": "_blank", "rel": "noopener noreferrer"}
    return tag("a", text, href=target, **extra, **attributes)


_DOI = re.compile(r"^10\.\d{4,9}/\S+$")


def doi_url(doi: str) -> str:
    """The resolver URL for a DOI, built from its parts (each character percent-encoded as needed).

    >>> doi_url("doi:10.1111/j.1467-954X.2007.00714.x")
    'https://doi.org/10.1111/j.1467-954X.2007.00714.x'
    >>> doi_url("not a doi")
    Traceback (most recent call last):
    ...
    ValueError: not a DOI: 'not a doi' (expected '10.<registrant>/<suffix>', ...)
    """
    text = str(doi).strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
    if not _DOI.match(text):
        msg = (
            f"not a DOI: {doi!r} (expected '10.<registrant>/<suffix>', "
            "e.g. '10.1111/j.1467-954X.2007.00714.x')"
        )
        raise ValueError(msg)
    return "https://doi.org/" + quote(text, safe="/:;()._-")


def doi_link(doi: str, text: object = None) -> Markup:
    """A link to a DOI's resolver page; the link text defaults to the URL itself (as APA does)."""
    url = doi_url(doi)
    return link(url, url if text is None else text)


def data_uri(content: str | bytes, mime: str) -> str:
    """A base64 ``data:`` URI holding ``content`` (UTF-8 for text).

    >>> data_uri("a", "text/plain")
    'data:text/plain;charset=utf-8;base64,YQ=='
    """
    raw = content.encode("utf-8") if isinstance(content, str) else content
    charset = ";charset=utf-8" if isinstance(content, str) else ""
    return f"data:{mime}{charset};base64,{base64.b64encode(raw).decode('ascii')}"


_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


def download_link(content: str | bytes, filename: str, mime: str, text: object) -> Markup:
    """A link that downloads ``content`` as ``filename`` (the browser saves it; no server needed).

    >>> html = download_link("@book{x}", "my refs.bib", "application/x-bibtex", "Download")
    >>> 'download="my-refs.bib"' in html, html.startswith('<a href="data:application/x-bibtex;')
    (True, True)
    """
    base = str(filename).replace("\\", "/").rsplit("/", 1)[-1]  # a name, never a path
    name = _FILENAME.sub("-", base).strip("-.") or "download"
    return tag("a", text, href=data_uri(content, mime), download=name, class_="pl-download")
