"""Find the line of a value inside a JSON or YAML text; used only when reporting a problem.

PyYAML's composer keeps the start mark of every node, and JSON is (for our purposes) YAML, so one
walker serves both. This runs only on the error path, never when loading good data.

>>> text = '{"a": [\\n  {"id": "x"},\\n  {"id": "y"}\\n]}'
>>> line_of(text, ["a", 1, "id"])
3
"""

from __future__ import annotations

from collections.abc import Sequence


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """Return the 1-based line of the node at ``path`` (keys and indices), or the nearest parent."""
    try:
        import yaml

        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except Exception:
        return None
    if node is None:
        return None
    line = node.start_mark.line + 1
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if getattr(k, "value", None) == step:
                    child = (k, v)  # the last one wins, as in a JSON/YAML loader
            if child is not None:
                line = child[0].start_mark.line + 1
                node = child[1]
                continue
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(step, int)
            and 0 <= step < len(node.value)
        ):
            node = node.value[step]
            line = node.start_mark.line + 1
            continue
        break
    return line


def duplicate_key_lines(text: str) -> list[tuple[int, str]]:
    """Return (line, key) for every mapping key that appears twice in the same mapping.

    >>> duplicate_key_lines('{"a": 1,\\n "a": 2}')
    [(2, 'a')]
    """
    try:
        import yaml

        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except Exception:
        return []
    out: list[tuple[int, str]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for k, v in node.value:
                key = getattr(k, "value", None)
                if isinstance(key, str):
                    if key in seen:
                        out.append((k.start_mark.line + 1, key))
                    seen.add(key)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(out)
