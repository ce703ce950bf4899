"""Reading reflections back: the learner's reflections as a page (HTML in a notebook, or text).

:func:`reflections_page` gives a :class:`Reflections` object: in a notebook it shows as a
readable page (each reflection under its date and prompt, the whole text with its paragraphs,
every text escaped by :mod:`peerlearn._html`), ``text()`` gives the same as plain text (a
terminal, a screen reader's transcript, a file to keep) and ``table`` the DataFrame of
:func:`peerlearn.progress.reflections`.

Room: :mod:`peerlearn.progress`, above :mod:`.views`. Imports :mod:`.views`,
:mod:`peerlearn._html` and the standard library; never exercises, widgets or cli.

>>> import pathlib, tempfile
>>> from peerlearn.progress.attempts import record
>>> mine = pathlib.Path(tempfile.mkdtemp()) / "progress.json"
>>> _ = record("reflection", set_id="s", exercise_id="r1", answer="I learnt <that>...",
...            prompt="What did you learn?", at="2026-01-05T10:00:00+00:00", path=mine)
>>> page = reflections_page(mine)
>>> "I learnt &lt;that&gt;..." in page._repr_html_(), len(page)
(True, 1)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from peerlearn._html import Markup, concat, tag
from peerlearn._table import Table

from .store import resolve_path
from .views import REFLECTION_COLUMNS, reflection_rows

__all__ = ["Reflections", "reflections_page"]

_STYLE = (
    ".peerlearn-reflections{font:inherit;line-height:1.5;max-width:46em}"
    ".peerlearn-reflections article{border-left:4px solid #0072B2;padding:.25em 0 .25em 1em;"
    "margin:0 0 1.25em 0}"
    ".peerlearn-reflections h3{margin:.2em 0 .6em 0}"
    ".peerlearn-reflections h4{font-size:1.05em;margin:.2em 0}"
    ".peerlearn-reflections .prompt{font-style:italic;margin:.2em 0 .5em 0}"
    ".peerlearn-reflections .meta{font-size:.9em;color:#444;margin:0}"
)


@dataclass(frozen=True, repr=False)
class Reflections:
    """The learner's reflections, to read back (see :func:`reflections_page`).

    ``table`` is a light :class:`~peerlearn._table.Table` (no pandas, so the page works in
    JupyterLite); ``table.to_pandas()`` gives the DataFrame.
    """

    table: Table
    source: str

    def __len__(self) -> int:
        return len(self.table)

    def text(self) -> str:
        """Every reflection as plain text: date, prompt, then the whole text."""
        if not len(self.table):
            return "No reflections saved yet."
        out = [f"Your reflections ({len(self.table)})", ""]
        for row in self._rows():
            out.append(f"{row.date} — {row.set_title or f'{row.set} / {row.exercise}'}")
            if row.prompt:
                out.append(f"Prompt: {row.prompt}")
            out.extend([row.text or "(empty)", ""])
        return "\n".join(out).rstrip() + "\n"

    def html(self) -> Markup:
        """The page as HTML (every text escaped)."""
        if not len(self.table):
            body: Any = tag(
                "p",
                "No reflections saved yet. When you write one in an exercise and press Save, "
                "it appears here.",
            )
        else:
            body = concat(self._article(row) for row in self._rows())
        heading = tag("h3", f"Your reflections ({len(self.table)})")
        return concat(
            [
                tag("style", Markup(_STYLE)),
                tag(
                    "section",
                    heading,
                    body,
                    class_="peerlearn-reflections",
                    aria_label="Your reflections",
                ),
            ]
        )

    def _rows(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(**r) for r in self.table]

    @staticmethod
    def _article(row: Any) -> Markup:
        paragraphs = [p for p in (row.text or "").split("\n\n") if p.strip()] or ["(empty)"]
        parts = [
            tag("h4", tag("time", row.date, datetime=row.time)),
            tag("p", row.set_title or f"{row.set} / {row.exercise}", class_="meta"),
        ]
        if row.prompt:
            parts.append(tag("p", row.prompt, class_="prompt"))
        parts.extend(tag("p", _lines(p)) for p in paragraphs)
        return tag("article", *parts)

    def _repr_html_(self) -> str:
        return str(self.html())

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:  # the plain-text alternative a notebook shows beside the HTML
        return self.text()


def _lines(paragraph: str) -> Markup:
    return concat((tag("span", line) for line in paragraph.split("\n")), Markup("<br>"))


def reflections_page(
    path: str | os.PathLike[str] | None = None, *, sets: Iterable[Any] = ()
) -> Reflections:
    """The learner's reflections as a page to read back (full text, prompt, plain date).

    ``sets``: exercise sets to look prompts up in, for reflections saved before prompts were
    kept with them (see :func:`peerlearn.progress.reflections`).
    """
    table = Table(reflection_rows(path, sets=sets), columns=REFLECTION_COLUMNS)
    return Reflections(table=table, source=str(resolve_path(path)))
