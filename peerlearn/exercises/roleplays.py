"""Role-plays for practice in pairs or threes: fictional scenarios, a brief per role, an
observer's checklist tied to the mechanisms, and debrief questions, on paper or in a notebook.

The content is ``peerlearn/data/facilitation/roleplays.json`` (schema
``data/schemas/roleplays.v1.json``); this module reads it and renders one role-play, or all, as
escaped HTML (:func:`to_html`, :func:`show` in a notebook, :func:`to_page` for printing: one card
per role, so that each person can be handed only their own brief).

>>> [r["id"] for r in load()][:2]
['whether-to-share', 'holding-a-boundary']
>>> "Observer" in to_html("whether-to-share")
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from peerlearn._html import Markup, concat, tag

from ._printable import MECHANISM_NAMES, Shown, load_json, page

__all__ = ["MECHANISM_NAMES", "load", "note", "show", "to_html", "to_page"]


def _data(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    return load_json(
        "facilitation/roleplays.json", "roleplays.v1.json", path, what="role-plays file"
    )


def load(path: str | os.PathLike[str] | None = None) -> list[dict[str, Any]]:
    """Every role-play, as checked plain data (default: the package's own file)."""
    return list(_data(path)["roleplays"])


def note(path: str | os.PathLike[str] | None = None) -> str:
    """The note printed above every role-play: fictional, play a role, step out at any time."""
    return str(_data(path)["note"])


def _pick(ids: str | Iterable[str] | None, plays: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from peerlearn.errors import UnknownIdError

    if ids is None:
        return plays
    wanted = [ids] if isinstance(ids, str) else list(ids)
    by_id = {r["id"]: r for r in plays}
    for i in wanted:
        if i not in by_id:
            raise UnknownIdError("role-play", i, list(by_id))
    return [by_id[i] for i in wanted]


def _mechs(ids: Iterable[str]) -> str:
    return ", ".join(MECHANISM_NAMES.get(m, m) for m in ids)


def _one(r: Mapping[str, Any]) -> Markup:
    who = "pairs" if r["group"] == "pairs" else "threes"
    head = concat(
        [
            tag("h2", r["title"]),
            tag(
                "p",
                tag("span", "Fictional", class_="pl-label"),
                f" In {who} · about {r['minutes']} minutes · mechanisms: {_mechs(r['mechanisms'])}",
            ),
            tag("p", tag("em", "The moment: "), r["moment"]),
            tag("p", r["scenario"]),
        ]
    )
    roles = concat(
        tag("div", tag("h3", f"Role: {role['name']}"), tag("p", role["brief"]), class_="pl-card")
        for role in r["roles"]
    )
    checks = tag(
        "ul",
        *[
            tag("li", c["text"], " ", tag("span", f"({_mechs(c['mechanisms'])})", class_="pl-note"))
            for c in r["checklist"]
        ],
        class_="pl-check",
    )
    debrief = tag("ol", *[tag("li", q) for q in r["debrief"]])
    return Markup(
        tag(
            "section",
            head,
            roles,
            tag("h3", "Observer's checklist"),
            checks,
            tag("h3", "Debrief"),
            debrief,
            id=f"roleplay-{r['id']}",
            class_="pl-roleplay",
        )
    )


def to_html(
    ids: str | Iterable[str] | None = None, *, path: str | os.PathLike[str] | None = None
) -> Markup:
    """One role-play (an id), several (a list) or all (``None``) as escaped HTML."""
    data = _data(path)
    parts = [tag("p", tag("strong", data["note"]))]
    parts += [_one(r) for r in _pick(ids, list(data["roleplays"]))]
    return Markup(tag("div", concat(parts), class_="pl-print"))


def show(ids: str | Iterable[str] | None = None) -> Shown:
    """Role-plays for a notebook cell: ``roleplays.show("holding-a-boundary")``."""
    return Shown(to_html(ids))


def to_page(ids: str | Iterable[str] | None = None) -> str:
    """The role-plays as one printable HTML page (each starts on a new sheet)."""
    body = to_html(ids)
    return page("Role-plays for practice in pairs or threes", Markup(body))
