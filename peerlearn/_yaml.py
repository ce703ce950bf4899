"""The one YAML reader, below every room: PyYAML's safe loader with line marks and bounds.

Every YAML text peerlearn reads goes through here: exercise sets (:mod:`peerlearn.exercises`),
knowledge-base folders (:mod:`peerlearn.knowledge.files`) and line finding for error messages
(:mod:`peerlearn._locate`). Plain data only (no tags that build Python objects). What PyYAML
would accept silently is refused with a line here:

- a key repeated in one mapping (PyYAML keeps the last one);
- lists and mappings nested more than :data:`MAX_DEPTH` levels (the scanner is stopped before
  it reads ahead through ``[[[[...``);
- aliases that expand past a bound (an *alias bomb*) or refer to themselves: measured on the
  composed node graph, each node once, so a bomb costs no more than its own size;
- a lone surrogate (``"\\ud800"``) in a string; control characters are refused by PyYAML's
  reader, and :func:`describe` gives their line and column;
- a value PyYAML cannot build (a 13th month) is an error with its line, not a Python traceback.

May import: the standard library; PyYAML only inside functions (``import peerlearn`` stays light).
It knows nothing of :class:`peerlearn.errors.Problem`: callers turn a :class:`Refusal` into
their own problems.

>>> data, root = read("a: 1\\nb: [x, y]\\n", max_values=100)
>>> data, root.start_mark.line
({'a': 1, 'b': ['x', 'y']}, 0)
>>> read("a: 1\\na: 2\\n", max_values=100)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
peerlearn._yaml.Refusal: line 2: this key appears twice in the same mapping (first on line 1); ...
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "MAX_DEPTH",
    "Refusal",
    "Trouble",
    "beyond",
    "compose",
    "describe",
    "expanded_size",
    "fast_loader",
    "read",
    "strict_loader",
]

#: How deeply lists and mappings may nest (peerlearn's files need about 6 levels).
MAX_DEPTH = 50
_MERGE = "tag:yaml.org,2002:merge"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SURROGATE = re.compile("[\ud800-\udfff]")
_DEEP = (
    f"lists and mappings nest more than {MAX_DEPTH} levels deep here; "
    "peerlearn's files need only a few"
)


@dataclass(frozen=True)
class Trouble:
    """One thing refused in a YAML text: its 1-based line (if known), the key, the message."""

    line: int | None
    key: str | None
    message: str


class Refusal(ValueError):
    """A YAML text that cannot be read as plain, bounded data; ``troubles`` says why and where."""

    def __init__(self, troubles: list[Trouble]) -> None:
        self.troubles = troubles
        super().__init__(
            "; ".join((f"line {t.line}: " if t.line else "") + t.message for t in troubles)
        )


def _without_dates(base: Any) -> dict[Any, Any]:
    return {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }


@functools.cache
def fast_loader(*, dates: bool = True) -> type:
    """PyYAML's safe loader (libyaml's when present): for composing and bulk reading.

    ``dates=False`` reads ``2019-05-01`` as text, not as a date (a knowledge base's CSL dates).

    >>> import yaml
    >>> yaml.load("d: 2019-05-01", Loader=fast_loader(dates=False))
    {'d': '2019-05-01'}
    """
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if dates:
        return base
    return type("DatelessLoader", (base,), {"yaml_implicit_resolvers": _without_dates(base)})


@functools.cache
def strict_loader(*, dates: bool = True) -> type:
    """PyYAML's safe loader that refuses what it would otherwise accept silently (pure Python).

    Odd values and lone surrogates become errors with a line; a key repeated in one mapping is
    recorded in ``.duplicates`` as (line, key, first line); nesting deeper than
    :data:`MAX_DEPTH` stops the parse; ``.aliases`` counts the aliases met.
    """
    import yaml

    class StrictLoader(yaml.SafeLoader):
        __doc__ = strict_loader.__doc__

        if not dates:
            yaml_implicit_resolvers = _without_dates(yaml.SafeLoader)

        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self.duplicates: list[tuple[int, str, int]] = []
            self.aliases = 0
            self._depth = 0

        def fetch_flow_collection_start(self, token_class: Any) -> None:
            # The scanner reads ahead through "[[[[..." (and slows down with every level)
            # before the composer sees the depth: stop it here.
            if self.flow_level >= MAX_DEPTH:
                raise yaml.scanner.ScannerError(None, None, _DEEP, self.get_mark())
            super().fetch_flow_collection_start(token_class)

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    mark = self.peek_event().start_mark
                    raise yaml.composer.ComposerError(None, None, _DEEP, mark)
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            if isinstance(node, yaml.MappingNode):
                first: dict[tuple[str, str], int] = {}
                for key, _value in node.value:
                    if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE:
                        continue
                    line = key.start_mark.line + 1
                    if (key.tag, key.value) in first:
                        self.duplicates.append((line, key.value, first[(key.tag, key.value)]))
                    else:
                        first[(key.tag, key.value)] = line
            return super().construct_mapping(node, deep=deep)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                value = super().construct_object(node, deep=deep)
            except yaml.YAMLError:
                raise
            except (ValueError, TypeError, OverflowError, KeyError) as e:
                raise yaml.constructor.ConstructorError(
                    None, None, f"could not read this value ({e})", node.start_mark
                ) from e
            if isinstance(value, str) and _SURROGATE.search(value):
                try:  # "\\ud83c\\udf70" (a JSON-style pair) is one character: join it
                    joined = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
                except UnicodeDecodeError:
                    joined = value
                bad = _SURROGATE.search(joined)
                if bad is None:
                    if node in self.constructed_objects:  # aliases of this node get it too
                        self.constructed_objects[node] = joined
                    return joined
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"this text holds a lone surrogate U+{ord(bad.group()):04X} (an escape such as "
                    '"\\ud800" that is not a character); write the character itself',
                    node.start_mark,
                )
            return value

    return StrictLoader


def compose(text: str) -> Any:
    """The YAML node tree of ``text`` (``None`` when empty); raises what PyYAML raises."""
    loader = fast_loader()(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _measure(root: Any, limit: int) -> tuple[int, Any]:
    """(size with aliases expanded, the node where ``limit`` was passed or a cycle met, else None).

    Each distinct node is visited once (sizes of shared nodes are remembered).
    """
    import yaml

    if root is None:
        return 0, None
    size: dict[int, int] = {}
    busy: set[int] = set()  # nodes whose children are being counted: met again = a cycle
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            busy.discard(key)
            total = 1 + sum(size[id(c)] for c in _children(node, yaml))
            if total > limit:
                return total, node
            size[key] = total
            continue
        if key in size:
            continue
        if key in busy:
            return limit + 1, node  # an alias inside its own anchor: endless
        if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            size[key] = 1
            continue
        busy.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node, yaml) if id(c) not in size)
    return size[id(root)], None


def _children(node: Any, yaml: Any) -> list[Any]:
    if isinstance(node, yaml.MappingNode):
        return [c for pair in node.value for c in pair]
    return list(node.value)


def expanded_size(root: Any, limit: int) -> int:
    """How many nodes the tree holds once aliases are expanded, counted up to ``limit`` (then
    ``limit + 1``); a bomb is measured in the time its text takes to read.

    >>> bomb = "a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]\\n"
    >>> expanded_size(compose(bomb), 10**6)  # the root, 3 keys, 3 + 7 + 15 values
    29
    >>> expanded_size(compose(bomb), 10)
    11
    """
    total, where = _measure(root, limit)
    return limit + 1 if where is not None else total


def beyond(root: Any, limit: int) -> Any:
    """The node where the expanded size first passes ``limit`` (or an alias refers to its own
    anchor), else ``None``."""
    return _measure(root, limit)[1]


_HINTS = {
    "mapping values are not allowed": "a colon inside unquoted text? put the text in quotes",
    "cannot start any token": "YAML indents with spaces, not tabs; quote text that starts "
    "with a special character",
    "could not determine a constructor": "peerlearn reads plain YAML data only: tags such as "
    "!!python/... are not allowed",
    "found undefined alias": "an *alias must refer to an &anchor defined above it",
}


def describe(e: Exception, text: str) -> Trouble:
    """PyYAML's error as a :class:`Trouble`: line, column and a hint for the common mistakes.

    >>> describe(_error("a: b: c"), "a: b: c").message  # doctest: +ELLIPSIS
    'not valid YAML (column 5): mapping values are not allowed here (a colon inside ...)'
    >>> describe(_error("a: \\x07"), "a: \\x07").line
    1
    """
    import yaml

    line = col = None
    if isinstance(e, yaml.MarkedYAMLError) and e.problem_mark is not None:
        line, col = e.problem_mark.line + 1, e.problem_mark.column + 1
        what = e.problem or "could not parse"
        if e.context:
            what = f"{e.context}, {what}"
    elif isinstance(e, yaml.reader.ReaderError):
        pos = max(0, min(e.position, len(text)))
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        what = f"character {e.character!r} is not allowed in YAML ({e.reason})"
    else:
        what = str(e) or type(e).__name__
    for needle, hint in _HINTS.items():
        if needle in what:
            what += f" ({hint})"
            break
    return Trouble(line, None, "not valid YAML" + (f" (column {col})" if col else "") + f": {what}")


def _error(text: str) -> BaseException:
    """The error the strict loader raises on ``text`` (for the examples above)."""
    try:
        read(text, max_values=100)
    except Refusal as e:
        return e.__cause__ or e
    raise AssertionError("expected an error")


def read(text: str, *, max_values: int, dates: bool = True) -> tuple[Any, Any]:
    """Read one YAML document strictly: (the data, its composed root node for line finding).

    Raises :class:`Refusal` listing what is wrong, with lines: not YAML, nested too deeply,
    aliases expanding past ``max_values`` values or into themselves, keys repeated in one mapping.
    """
    import yaml

    loader = None
    try:
        loader = strict_loader(dates=dates)(text)  # the reader checks every character here
        node = loader.get_single_node()
        if node is not None and loader.aliases:
            where = beyond(node, max_values)
            if where is not None:
                msg = (
                    f"its aliases (*name) expand to more than {max_values:,} values (or an "
                    "alias refers to itself); write the values out or use fewer aliases"
                )
                raise Refusal([Trouble(where.start_mark.line + 1, None, msg)])
        data = loader.construct_document(node) if node is not None else None
        if loader.duplicates:
            raise Refusal(
                [
                    Trouble(
                        line,
                        str(key),
                        f"this key appears twice in the same mapping (first on line {first}); "
                        "YAML would silently keep only the last: remove or rename one",
                    )
                    for line, key, first in loader.duplicates
                ]
            )
    except yaml.YAMLError as e:
        raise Refusal([describe(e, text)]) from e
    except RecursionError:
        msg = "the YAML is nested too deeply for peerlearn to read"
        raise Refusal([Trouble(None, None, msg)]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, node
