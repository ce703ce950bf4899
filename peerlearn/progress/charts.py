"""The mastery chart: a small bar chart with alt text and the same numbers as a text table.

:func:`plot` charts a learner's :func:`~peerlearn.progress.summary` or, for an instructor, a
:func:`~peerlearn.progress.combine` class table (hardest mechanisms first), through
:func:`bar_chart`, the one bar chart (the gradebook's charts are drawn by it too). The chart is a
:class:`MasteryPlot`: an image with alt text above an HTML table in a notebook, plain text in a
terminal.

Room: the top of :mod:`peerlearn.progress`. Imports :mod:`.views`, :mod:`.classes`,
:mod:`peerlearn._html`, the standard library, and matplotlib inside functions; never exercises,
widgets or cli.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerlearn._html import esc

from .classes import hardest
from .views import summary

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["IMAGE_SUFFIXES", "MasteryPlot", "bar_chart", "plot"]


@dataclass
class MasteryPlot:
    """A small bar chart with its alt text and the same numbers as a text table.

    In a notebook it shows as an image (with ``alt`` text) above an HTML table.
    """

    figure: Figure
    alt_text: str
    table: pd.DataFrame
    title: str
    _png: bytes | None = field(default=None, repr=False)

    def png(self) -> bytes:
        if self._png is None:
            import io

            buf = io.BytesIO()
            self.figure.savefig(buf, format="png", dpi=96, bbox_inches="tight")
            self._png = buf.getvalue()
        return self._png

    def save(self, to: str | os.PathLike[str]) -> Path:
        """Write the chart to ``to`` (``.png``, ``.svg`` or ``.pdf``, mode 0644); return its path.

        The picture's alt text is :attr:`alt_text` (put it beside the picture where you show it).
        The file is new: an existing file or a symlink there is never replaced or followed
        (:func:`peerlearn._safefiles.write_new`).
        """
        import io

        from peerlearn._safefiles import write_new

        target = Path(to).expanduser()
        suffix = target.suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            raise ValueError(
                f"{target}: give a picture's file name ending in {', '.join(IMAGE_SUFFIXES)}"
            )
        buf = io.BytesIO()
        self.figure.savefig(buf, format=suffix[1:], dpi=96, bbox_inches="tight")
        return write_new(target.parent, target.name, buf.getvalue(), mode=0o644)

    def text(self) -> str:
        """The chart as a plain-text table."""
        return f"{self.title}\n{self.table.to_string()}"

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        import base64

        img = base64.b64encode(self.png()).decode("ascii")
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in (idx, *row)) + "</tr>"
            for idx, row in zip(self.table.index, self.table.itertuples(index=False), strict=True)
        )
        head = "".join(
            f'<th scope="col">{esc(str(c))}</th>'
            for c in (self.table.index.name or "", *self.table.columns)
        )
        return (
            f'<figure class="peerlearn-mastery"><img src="data:image/png;base64,{img}" '
            f'alt="{esc(self.alt_text)}">'
            f"<figcaption>{esc(self.title)}</figcaption></figure>"
            f"<table><caption>{esc(self.title)} (table)</caption><thead><tr>{head}"
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )


def _pct(value: float) -> str:
    return "no attempts yet" if value != value else f"{value:.0%}"  # NaN check


#: File endings :meth:`MasteryPlot.save` writes (matplotlib's formats that read well).
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")


def _check_paths(table: Any, source: Any, save: Any) -> None:
    """Refuse the mix-up of the progress file (read) and the picture (written)."""
    if source is not None and Path(source).suffix.lower() in IMAGE_SUFFIXES:
        raise ValueError(
            f"source={str(source)!r} names a picture, but source= is the progress file to read; "
            f"to write the chart, pass save={str(source)!r}"
        )
    if table is not None and source is not None:
        raise ValueError(
            "plot() was given a table and a source= progress file; give one of them (to write "
            "the chart to a file, pass save='chart.png')"
        )
    if save is not None and Path(save).suffix.lower() not in IMAGE_SUFFIXES:
        raise ValueError(
            f"save={str(save)!r}: the chart is written as a picture; give a file name ending "
            f"in {', '.join(IMAGE_SUFFIXES)}"
        )


def plot(
    table: pd.DataFrame | None = None,
    *,
    source: str | os.PathLike[str] | None = None,
    save: str | os.PathLike[str] | None = None,
    kb: Any = None,
    path: str | os.PathLike[str] | None = None,
) -> MasteryPlot:
    """Chart a :func:`summary` (mastery per mechanism) or a :func:`combine` class table
    (the class's mean mastery per mechanism, hardest first).

    The two paths have different names so they cannot be mixed up: ``source`` is the progress
    file to read when no table is given (default: the learner's own); ``save`` is the picture
    to write (``.png``, ``.svg`` or ``.pdf``; nothing is written without it). ``path`` is the
    old name of ``source``: it still works with no table, and is refused (with a message
    naming ``save=``) where it would have been silently ignored or names a picture.

    >>> import pathlib, tempfile
    >>> from peerlearn.progress.attempts import record
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = record("attempt", set_id="s", exercise_id="q", score=1.0, mechanisms=["m"],
    ...            path=d / "p.json")
    >>> chart = plot(source=d / "p.json", save=d / "chart.png", kb=False)
    >>> (d / "chart.png").read_bytes()[:4]
    b'\x89PNG'
    >>> plot(chart.table, path=d / "x.png")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: source='.../x.png' names a picture, but source= is the progress file ...
    """
    if path is not None:
        if source is not None:
            raise ValueError("give source= (the progress file) only once; path= is its old name")
        source = path
    _check_paths(table, source, save)
    if table is None:
        table = summary(source, kb=kb)
    if table.attrs.get("peerlearn") == "class":
        shown = hardest(table)
        labels, values = list(shown["name"]), list(shown["mean_mastery"])
        counts = [f"{int(n)} learner(s)" for n in shown["learners"]]
        title = "Which mechanisms the class finds hardest (mean mastery, lowest first)"
        text_table = shown.assign(mean_mastery=[_pct(v) for v in values])
    else:
        labels, values = list(table["name"]), list(table["mastery"])
        counts = [f"{int(n)} exercise(s)" for n in table["exercises"]]
        title = "Mastery per mechanism (latest attempt on each exercise)"
        text_table = table[["name", "exercises", "attempts", "mastery", "missed"]].assign(
            mastery=[_pct(v) for v in values]
        )
    return bar_chart(
        labels, values, counts, title=title, table=text_table, axis="mastery", save=save
    )


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    counts: Sequence[str],
    *,
    title: str,
    table: pd.DataFrame,
    axis: str = "mastery",
    missing: str = "no attempts yet",
    save: str | os.PathLike[str] | None = None,
) -> MasteryPlot:
    """The one bar chart of peerlearn's shares (0 to 1): horizontal bars, first label on top.

    Used by :func:`plot` and by :func:`peerlearn.gradebook.views.plot`. Each bar is labelled
    with its percentage and its count (``counts``, e.g. ``"3 learner(s)"``); a NaN share is
    drawn as no bar and said as ``missing``. Colour-blind-safe (one Okabe–Ito blue, the numbers
    written beside the bars), with alt text naming every bar, and ``table`` (the same numbers,
    for a screen reader or a terminal) beside it. ``save`` writes the picture (``.png``,
    ``.svg`` or ``.pdf``).

    >>> import pandas as pd
    >>> c = bar_chart(["Love labour", "Helper role"], [0.5, float("nan")], ["2 learner(s)"] * 2,
    ...               title="Class result", table=pd.DataFrame({"share": ["50%", "-"]}))
    >>> c.alt_text.split(". ", 1)[1]
    'Love labour: 50% (2 learner(s)); Helper role: no attempts yet (2 learner(s)).'
    """
    from matplotlib.figure import Figure

    if save is not None and Path(save).suffix.lower() not in IMAGE_SUFFIXES:
        raise ValueError(
            f"save={str(save)!r}: the chart is written as a picture; give a file name ending "
            f"in {', '.join(IMAGE_SUFFIXES)}"
        )

    def pct(v: float) -> str:
        return missing if v != v else f"{v:.0%}"  # NaN check

    fig = Figure(figsize=(6.5, 0.5 + 0.45 * max(1, len(labels))))
    ax = fig.subplots()
    ys = list(range(len(labels)))[::-1]
    drawn = [0.0 if v != v else float(v) for v in values]
    ax.barh(ys, drawn, color="#0072B2", height=0.6)  # Okabe–Ito blue
    for y, v, d, c in zip(ys, values, drawn, counts, strict=True):
        ax.text(min(1.0, d) + 0.01, y, f"{pct(v)} ({c})", va="center", fontsize=8)
    ax.set_yticks(ys, list(labels), fontsize=8)
    ax.set_xlim(0, 1.6)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"], fontsize=8)
    ax.set_xlabel(axis, fontsize=8)
    ax.set_title(title, fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    alt = (
        f"Horizontal bar chart: {title}. "
        + "; ".join(
            f"{lab}: {pct(v)} ({c})" for lab, v, c in zip(labels, values, counts, strict=True)
        )
        + "."
    )
    chart = MasteryPlot(figure=fig, alt_text=alt, table=table, title=title)
    if save is not None:
        chart.save(save)
    return chart
