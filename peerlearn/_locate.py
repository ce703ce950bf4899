"""Find the lines of values inside a JSON or YAML text: composed once, asked many times.

The base room for line finding. PyYAML's composer keeps the start mark of every node, and JSON
is (for our purposes) YAML, so one tree serves both. A text is composed once (libyaml when
present) however many problems it has, and every walk keeps a seen-set, so an alias bomb (a
small file whose aliases expand to billions of nodes) costs no more than its own size.
May import: the standard library; PyYAML only inside functions.

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

__all__ = ["Lines", "compose", "duplicate_key_lines", "expanded_size", "line_of"]


def _loader_class() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str) -> Any:
    """The YAML node tree of ``text`` (``None`` when empty); raises what PyYAML raises."""
    loader = _loader_class()(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


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


def expanded_size(root: Any, limit: int) -> int:
    """How many nodes the tree holds once aliases are expanded, counted up to ``limit``.

    Each distinct node is visited once (sizes are memoised), so a bomb is measured in the time
    its text takes to read.

    >>> bomb = "a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]\\n"
    >>> expanded_size(compose(bomb), 10**6)  # the root, 3 keys, 3 + 7 + 15 values
    29
    """
    import yaml

    if root is None:
        return 0
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # nodes whose children are being counted: met again = a cycle
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        if isinstance(node, yaml.MappingNode):
            children = [c for pair in node.value for c in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            sizes[id(node)] = 1
            continue
        if done:
            open_.discard(id(node))
            total = 1 + sum(sizes[id(c)] for c in children)
            sizes[id(node)] = min(total, limit + 1)
        elif id(node) in open_:
            return limit + 1  # a recursive alias expands without end
        else:
            open_.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


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
