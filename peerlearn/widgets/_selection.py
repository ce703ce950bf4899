"""The selection that peerlearn's widgets share: one ``"<kind>:<id>"`` string.

Mechanism and theory ids can be the same word (``liminality`` is both), so a selection always
carries its kind: ``"mechanism:liminality"``, ``"theory:liminality"``, ``"source:lynch2007"``.
A plain id given by a learner is resolved mechanism first, then source, then theory.

Room: the lowest widget module, with :mod:`._picture` beside it. Imports only traitlets,
:mod:`peerlearn.errors`, :mod:`peerlearn.knowledge.graph` (the ``kind:id`` scheme: ``join``,
``split``) and the standard library: no other widget module.

>>> resolve("liminality", ["mechanism:liminality", "theory:liminality"])
'mechanism:liminality'
>>> resolve("liminality", ["mechanism:liminality", "theory:liminality"], kind="theory")
'theory:liminality'
>>> split("source:lynch2007")
('source', 'lynch2007')
"""

from __future__ import annotations

from collections.abc import Iterable

import traitlets

from peerlearn.knowledge.graph import join, split

__all__ = ["KIND_ORDER", "Selection", "join", "resolve", "split", "unknown"]

#: The order in which a bare id is tried.
KIND_ORDER = ("mechanism", "source", "theory")
_KIND_ALIASES = {"reference": "source", "ref": "source", "mech": "mechanism"}


class Selection(traitlets.HasTraits):
    """A shared selection; every widget of one :func:`peerlearn.explore` app links to one."""

    value = traitlets.Unicode("")


def unknown(what: str, value: str, valid: Iterable[str]) -> LookupError:
    """The error for an id the knowledge base does not hold: an ``UnknownIdError``
    (a ``LookupError``) naming close matches and, when there are few, every valid id."""
    from peerlearn.errors import UnknownIdError

    return UnknownIdError(what, value, sorted(set(valid)))


def resolve(value: str, known: Iterable[str], *, kind: str | None = None) -> str:
    """Turn ``"liminality"``, ``"theory:liminality"`` or ``""`` into a known ``"kind:id"``.

    Raises ``UnknownIdError`` (a ``LookupError``) naming close matches when nothing fits.
    """
    known_set = set(known)
    text = str(value).strip()
    if not text:
        return ""
    if kind is not None:
        kind = _KIND_ALIASES.get(kind, kind)
        if kind not in KIND_ORDER:
            msg = f"unknown kind {kind!r}: expected one of {', '.join(KIND_ORDER)}"
            raise ValueError(msg)
    if ":" in text:
        k, _, ident = text.partition(":")
        k = _KIND_ALIASES.get(k, k)
        if kind is not None and k != kind:
            msg = f"selection {value!r} is a {k}, but kind={kind!r} was asked for"
            raise ValueError(msg)
        candidate = f"{k}:{ident}"
        if candidate in known_set:
            return candidate
        raise unknown(k if k in KIND_ORDER else "item", ident, _ids(known_set, k))
    for k in (kind,) if kind else KIND_ORDER:
        candidate = f"{k}:{text}"
        if candidate in known_set:
            return candidate
    what = kind or "mechanism, source or theory"
    raise unknown(what, text, _ids(known_set, kind))


def _ids(known: set[str], kind: str | None) -> list[str]:
    return [split(k)[1] for k in known if kind is None or split(k)[0] == kind]
