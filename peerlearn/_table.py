"""A light table: rows of plain values that show themselves as an escaped HTML table.

The course shows small tables (the sources of a mechanism, five studies and their years). pandas
draws them well but has no WebAssembly build outside Pyodide's own CDN, so a learner's notebook in
JupyterLite cannot import it. :class:`Table` is what the learner's notebooks use instead: built
from records (dicts), it selects, filters and counts in the few ways the lessons need, shows
itself in a notebook as an HTML table (every cell escaped by :mod:`peerlearn._html`) and prints as
aligned plain text. ``to_pandas()`` gives the DataFrame to anyone who wants one.

Base room (beside :mod:`peerlearn._safefiles`): imports only the standard library and
:mod:`peerlearn._html`; pandas only inside :meth:`Table.to_pandas`.

>>> t = Table([{"key": "lynch2007", "year": 2007}, {"key": "riessman1965", "year": 1965}])
>>> t.column("key")
['lynch2007', 'riessman1965']
>>> print(t.where("year", 1965))
key           year
riessman1965  1965
>>> "<th scope=\\"col\\">key</th>" in t._repr_html_()
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from peerlearn._html import Markup, concat, tag

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Table"]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class Table:
    """Rows with named columns, as plain Python values; shown as HTML in a notebook.

    ``records``: dicts (one a row). ``columns``: their order (default: the keys of the first
    record, then any new key in the order met); a record without a column has ``None`` there.
    ``caption``: a line shown above the table in HTML (screen readers announce it).

    >>> t = Table([{"basis": "title"}, {"basis": "curated"}, {"basis": "title"}])
    >>> print(t.count("basis", label="links"))
    basis    links
    title        2
    curated      1
    """

    def __init__(
        self,
        records: Iterable[Mapping[str, Any]] = (),
        *,
        columns: Sequence[str] | None = None,
        caption: str | None = None,
    ) -> None:
        rows = [dict(r) for r in records]
        if columns is None:
            seen: dict[str, None] = {}
            for r in rows:
                seen.update(dict.fromkeys(r))
            columns = list(seen)
        self.columns: tuple[str, ...] = tuple(columns)
        if len(set(self.columns)) != len(self.columns):
            msg = f"a table's column names must differ; got {list(self.columns)}"
            raise ValueError(msg)
        self.caption = caption
        self._rows = [tuple(r.get(c) for c in self.columns) for r in rows]

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """Each row as a dict (column → value)."""
        return (dict(zip(self.columns, r, strict=True)) for r in self._rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return self.columns == other.columns and self._rows == other._rows

    __hash__ = None  # type: ignore[assignment]  # mutable-looking: compared by value, not hashed

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, in order.

        >>> Table([{"a": 1}]).records()
        [{'a': 1}]
        """
        return list(self)

    def _index(self, name: str) -> int:
        if name not in self.columns:
            msg = f"no column {name!r} in this table; its columns are: {', '.join(self.columns)}"
            raise KeyError(msg)
        return self.columns.index(name)

    def column(self, name: str) -> list[Any]:
        """The values of one column, top to bottom.

        >>> Table([{"a": 1}, {"a": 2}]).column("a")
        [1, 2]
        """
        i = self._index(name)
        return [r[i] for r in self._rows]

    # ------------------------------------------------------------------ new tables
    def _with(self, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
        out = Table(columns=columns, caption=self.caption)
        out._rows = [tuple(r) for r in rows]
        return out

    def select(self, *columns: str) -> Table:
        """A table of these columns only, in this order.

        >>> Table([{"a": 1, "b": 2}]).select("b").records()
        [{'b': 2}]
        """
        idx = [self._index(c) for c in columns]
        return self._with(columns, ([r[i] for i in idx] for r in self._rows))

    def where(self, column: str, value: Any) -> Table:
        """The rows whose ``column`` equals ``value`` (or, for a function, where it returns True).

        >>> t = Table([{"year": 1965}, {"year": 2007}])
        >>> len(t.where("year", 2007)), len(t.where("year", lambda y: y < 2000))
        (1, 1)
        """
        i = self._index(column)
        test: Callable[[Any], bool] = value if callable(value) else (lambda v: v == value)
        return self._with(self.columns, (r for r in self._rows if test(r[i])))

    def count(self, column: str, *, label: str = "count") -> Table:
        """How many rows hold each value of ``column``: most first, ties in the order met.

        >>> Table([{"k": "b"}, {"k": "a"}, {"k": "a"}]).count("k").records()
        [{'k': 'a', 'count': 2}, {'k': 'b', 'count': 1}]
        """
        counts: dict[Any, int] = {}
        for v in self.column(column):
            counts[v] = counts.get(v, 0) + 1
        ordered = sorted(counts.items(), key=lambda kv: -kv[1])  # sorted() keeps ties in order
        return self._with((column, label), ordered)

    def to_pandas(self) -> pd.DataFrame:
        """The same rows as a pandas DataFrame (pandas must be installed)."""
        import pandas as pd

        return pd.DataFrame(self.records(), columns=list(self.columns))

    # ------------------------------------------------------------------ showing
    def html(self) -> Markup:
        """The table as HTML: a header row, one row per record, every cell escaped."""
        head = tag("tr", concat(tag("th", c, scope="col") for c in self.columns))
        body = concat(tag("tr", concat(tag("td", _text(v)) for v in r)) for r in self._rows)
        parts: list[object] = []
        if self.caption:
            parts.append(tag("caption", self.caption))
        parts += [tag("thead", head), tag("tbody", body)]
        return tag("table", *parts, class_="pl-records")

    def _repr_html_(self) -> str:
        return str(self.html())

    def __str__(self) -> str:
        cells = [[str(c) for c in self.columns]] + [[_text(v) for v in r] for r in self._rows]
        numeric = [
            all(isinstance(r[i], (int, float)) or r[i] is None for r in self._rows)
            and bool(self._rows)
            for i in range(len(self.columns))
        ]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        lines = []
        for row in cells:
            out = [
                v.rjust(widths[i]) if numeric[i] else v.ljust(widths[i]) for i, v in enumerate(row)
            ]
            lines.append("  ".join(out).rstrip())
        return "\n".join(lines)

    def __repr__(self) -> str:  # what a console shows: the aligned text, as pandas does
        return str(self)
