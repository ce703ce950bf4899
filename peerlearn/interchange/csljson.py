"""CSL-JSON out: :func:`to_csl_json`, the items without ``custom``, as Zotero and pandoc read it.

Imports: the standard library and :mod:`peerlearn.csl`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.csl import prepare

__all__ = ["to_csl_json"]


def to_csl_json(items: Sequence[Mapping[str, Any]]) -> str:
    """CSL-JSON (the items without ``custom``), as Zotero and pandoc read it.

    >>> print(to_csl_json([{"id": "a", "type": "book", "custom": {"n": 1}}]), end="")
    [
      {
        "id": "a",
        "type": "book"
      }
    ]
    """
    prepared = prepare(items)
    return (
        json.dumps([prepared.items[k] for k in prepared.order], ensure_ascii=False, indent=2) + "\n"
    )
