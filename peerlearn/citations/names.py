"""Names as cited in text: short family names, initials, and sort forms.

Imports: the standard library and :mod:`peerlearn.csl`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from peerlearn.csl import particle_join

__all__ = ["fold", "initials", "person", "short_name", "title_key"]


def short_name(name: Mapping[str, Any]) -> str:
    """The family name as cited in text: particle + family, or the literal."""
    if "literal" in name and not name.get("family"):
        return str(name["literal"])
    return particle_join(str(name.get("non-dropping-particle", "")), str(name.get("family", "")))


def initials(given: str, sep: str = ". ") -> str:
    """Initials of a given name, CSL ``initialize-with`` style.

    >>> initials("C. R.")
    'C. R.'
    >>> initials("Carl Ransom")
    'C. R.'
    >>> initials("Jean-Paul", ".")
    'J.-P.'
    """
    out: list[str] = []
    for token in re.split(r"[\s.]+", given.strip()):
        if not token:
            continue
        pieces = [p for p in token.split("-") if p]
        if not pieces:
            continue
        out.append("-".join(p[0].upper() + sep.strip() for p in pieces) + sep[len(sep.strip()) :])
    return "".join(out).strip()


def person(name: Mapping[str, Any]) -> tuple[str, str]:
    """Identity of a person: (short family name, initials); literals by text."""
    return (short_name(name).casefold(), initials(str(name.get("given", ""))).casefold())


def fold(text: str) -> str:
    """Case- and accent-insensitive sort form."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def title_key(title: str) -> str:
    """Sort form of a title, ignoring a leading "A", "An" or "The" (APA 7 §9.47)."""
    return fold(re.sub(r"^(?:a|an|the)\s+", "", title.strip(), flags=re.IGNORECASE))
