"""Find the lines of values inside a JSON or YAML text: composed once, asked many times.

The base room for line finding. PyYAML's composer keeps the start mark of every node, and JSON
is (for our purposes) YAML, so one tree serves both. A text is composed once
(:func:`peerlearn._yaml.compose`, libyaml when present) however many problems it has, and every
walk keeps a seen-set, so an alias bomb (a small file whose aliases expand to billions of nodes)
costs no more than its own size (:func:`peerlearn._yaml.expanded_size` measures one).
May import: the standard library, :mod:`peerlearn._yaml`; PyYAML only inside functions.

>>> text = '{"a": [\\n  {"id": "x"},\\n  {"id": "y"}\\n]}'
>>> line_of(text, ["a", 1, "id"])
3
>>> lines = Lines(text)
>>> lines.of(["a", 0]), lines.of(["a", 5])
(2, 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peerlearn._yaml import compose

__all__ = ["Lines", "duplicate_key_lines", "line_of"]


class Lines:
    """The lines of the nodes of one text; the text is composed on the first question only.

    >>> Lines('a: 1\\nb:\\n  - x\\n  - y\\n').of(["b", 1])
    4
    """

    def __init__(self, text: str, root: Any = None) -> None:
        self._text = text
        self._root = root
        self._composed = root is not None

    @property
    def root(self) -> Any:
        """The composed tree (``None`` if the text is empty or cannot be composed)."""
        if not self._composed:
            self._composed = True
            try:
                self._root = compose(self._text)
            except Exception:  # an unreadable text has no lines to give
                self._root = None
        return self._root

    def of(self, path: Sequence[str | int]) -> int | None:
        """The 1-based line of the node at ``path`` (keys and indices), or its nearest parent."""
        import yaml

        node = self.root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for step in path:
            if isinstance(node, yaml.MappingNode):
                child = None
                for k, v in node.value:
                    if getattr(k, "value", None) == step:
                        child = (k, v)  # the last one wins, as in a JSON/YAML loader
                if child is None:
                    break
                line = child[0].start_mark.line + 1
                node = child[1]
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(step, int)
                and 0 <= step < len(node.value)
            ):
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def duplicates(self) -> list[tuple[int, str]]:
        """(line, key) for every key that appears twice in one mapping; each node seen once."""
        import yaml

        root = self.root
        out: list[tuple[int, str]] = []
        stack = [root] if root is not None else []
        seen: set[int] = set()
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, yaml.MappingNode):
                keys: set[str] = set()
                for k, v in node.value:
                    key = getattr(k, "value", None)
                    if isinstance(key, str):
                        if key in keys:
                            out.append((k.start_mark.line + 1, key))
                        keys.add(key)
                    stack.append(v)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
        return sorted(out)


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """Return the 1-based line of the node at ``path`` (keys and indices), or the nearest parent.

    One question about one text; ask a :class:`Lines` when there are several.
    """
    return Lines(text).of(path)


def duplicate_key_lines(text: str) -> list[tuple[int, str]]:
    """Return (line, key) for every mapping key that appears twice in the same mapping.

    >>> duplicate_key_lines('{"a": 1,\\n "a": 2}')
    [(2, 'a')]
    """
    return Lines(text).duplicates()
