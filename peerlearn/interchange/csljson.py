"""CSL-JSON out: :func:`to_csl_json`, the items without ``custom``, as Zotero and pandoc read it.

The text is JSON that any reader accepts: ``NaN``, lone surrogates and values JSON cannot hold
(a date object from YAML, a set) raise :class:`~peerlearn.interchange._common.ExportError`
naming the item.

Imports: the standard library, :mod:`peerlearn.csl` and :mod:`peerlearn.interchange._common`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from peerlearn.interchange._common import ExportError, checked

_SURROGATE = re.compile("[\ud800-\udfff]")

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
    prepared = checked(items, "CSL-JSON")
    out = []
    for key in prepared.order:
        item = prepared.items[key]
        try:
            text = json.dumps(item, ensure_ascii=False, indent=2, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise ExportError(
                "CSL-JSON", key, "value", str(error), "strings, numbers, lists and objects"
            ) from None
        bad = _SURROGATE.search(text)
        if bad:
            problem = f"a lone surrogate U+{ord(bad.group()):04X} is not Unicode text"
            raise ExportError("CSL-JSON", key, "text", problem, "valid Unicode text")
        out.append(item)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
