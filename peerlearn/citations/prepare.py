"""Input for the citation functions: checked items, checked keys, and their fingerprint.

The item checks themselves (types, ids, name lists, no private-use characters, ``custom``
removed) live in :mod:`peerlearn.csl`, shared with :mod:`peerlearn.interchange`; this module
builds on them and adds what only rendering needs: only CSL variables kept (a user's export
may carry other top-level keys, such as Zotero's ``seen``: the knowledge base keeps them, the
engine never sees them), reference keys checked against the list
(:class:`~peerlearn.errors.UnknownIdError` with close matches) and the fingerprint that tells
whether a pre-rendered file is current.

Imports: the standard library, :mod:`peerlearn.csl`, :mod:`peerlearn.citations.styles` and
(inside a function) :mod:`peerlearn.errors`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from peerlearn.citations.styles import RENDER_VERSION
from peerlearn.csl import ENGINE_VARIABLES, CSLItem, Prepared
from peerlearn.csl import prepare as _checked

__all__ = ["CSLItem", "Prepared", "check_keys", "fingerprint", "fingerprint_of", "prepare"]


def prepare(items: object) -> Prepared:
    """:func:`peerlearn.csl.prepare` (checked deep copies without ``custom``), then only the
    top-level keys that are CSL variables the engine reads (:data:`~peerlearn.csl.ENGINE_VARIABLES`)
    kept.

    >>> prepare([{"id": "a", "type": "book", "seen": "2024-03-05"}]).items["a"]
    {'id': 'a', 'type': 'book'}
    """
    prepared = _checked(items)
    for key, item in prepared.items.items():
        prepared.items[key] = {k: v for k, v in item.items() if k in ENGINE_VARIABLES}
    return prepared


def _unknown_key(key: object, valid: Sequence[str]) -> LookupError:
    from peerlearn.errors import UnknownIdError

    return UnknownIdError("reference key", key, valid)


def check_keys(prepared: Prepared, keys: object) -> list[str]:
    """``keys`` (one key or several) checked against ``prepared``, without repeats."""
    if isinstance(keys, str):
        keys = [keys]
    if not isinstance(keys, Iterable):
        msg = f"keys must be a reference key or a list of keys, got {type(keys).__name__}"
        raise TypeError(msg)
    out: list[str] = []
    for key in keys:
        if key not in prepared.items:
            raise _unknown_key(key, prepared.order)
        if key not in out:
            out.append(key)
    return out


def fingerprint(items: Sequence[Mapping[str, Any]]) -> str:
    """SHA-256 of what rendering depends on, for checking pre-rendered files.

    The canonical JSON (sorted keys, no spaces, UTF-8) of the items in order,
    ``custom`` reduced to ``authors_truncated``, prefixed by
    :data:`RENDER_VERSION`. Editing ``custom.as_cited`` does not change it.

    >>> fingerprint([{"id": "a", "type": "book"}]) == fingerprint([{"type": "book", "id": "a"}])
    True
    """
    prepared = prepare(items)
    return fingerprint_of(prepared)


def fingerprint_of(prepared: Prepared) -> str:
    """:func:`fingerprint` of items already prepared."""
    payload = [
        {**prepared.items[k], "custom": {"authors_truncated": prepared.truncated[k]}}
        for k in prepared.order
    ]
    text = json.dumps(
        {"render_version": RENDER_VERSION, "items": payload},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
