"""The facilitator's guide: a taught module (6 to 10 hours) as sessions, kept as data and
rendered by one small function.

The content is ``peerlearn/data/facilitation/guide.json`` (schema
``data/schemas/facilitation-guide.v1.json``): per session its aims, a timed plan, the notebook
parts to set before and during, two or three discussion prompts tied to the mechanisms and their
tensions, one group activity (often a role-play from :mod:`.roleplays`, named by id), and what to
watch for (safety, disclosure in the room, self-care, co-facilitation). :func:`to_html` renders
it; :func:`to_page` makes the printable page.

>>> g = load()
>>> g["minutes"], sum(s["minutes"] for s in g["sessions"])
(480, 480)
>>> "Watch for" in to_html(g)
True
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from peerlearn._html import Markup, concat, tag

from ._printable import CELL, MECHANISM_NAMES, Shown, load_json, page

__all__ = ["load", "show", "to_html", "to_page"]

_WATCH = (
    ("safety", "Safety"),
    ("disclosure", "Disclosure in the room"),
    ("self_care", "Self-care"),
    ("co_facilitation", "Co-facilitating"),
)


def load(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The guide as checked plain data (default: the package's own file)."""
    return load_json(
        "facilitation/guide.json", "facilitation-guide.v1.json", path, what="facilitator's guide"
    )


def _hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if m else f"{h} hours"


def _parts(parts: list[Mapping[str, Any]]) -> Markup:
    return tag(
        "ul",
        *[tag("li", tag("code", p["notebook"]), ": ", "; ".join(p["sections"])) for p in parts],
    )


def _session(s: Mapping[str, Any], roleplay_titles: Mapping[str, str]) -> Markup:
    plan = tag(
        "table",
        tag("thead", tag("tr", tag("th", "Minutes", scope="col"), tag("th", "What", scope="col"))),
        tag(
            "tbody",
            *[
                tag(
                    "tr",
                    tag("td", str(b["minutes"]), style=CELL),
                    tag("td", b["activity"], style=CELL),
                )
                for b in s["plan"]
            ],
        ),
    )
    prompts = tag(
        "ol",
        *[
            tag(
                "li",
                p["text"],
                tag("br"),
                tag(
                    "span",
                    f"Mechanisms: {', '.join(MECHANISM_NAMES.get(m, m) for m in p['mechanisms'])}. "
                    f"Tension: {p['tension']}",
                    class_="pl-note",
                ),
            )
            for p in s["prompts"]
        ],
    )
    act = s["group_activity"]
    extra = []
    if act["roleplay"]:
        title = roleplay_titles.get(act["roleplay"], act["roleplay"])
        extra.append(f' Role-play: “{title}” (roleplays.show("{act["roleplay"]}")).')
    if act["exercises"]:
        extra.append(f" Exercises to follow up: {', '.join(act['exercises'])}.")
    activity = tag(
        "div",
        tag("h3", f"Group activity: {act['title']} ({act['minutes']} min)"),
        tag("p", act["how"], *extra),
        class_="pl-card",
    )
    watch = tag(
        "dl", *[concat([tag("dt", label), tag("dd", s["watch_for"][k])]) for k, label in _WATCH]
    )
    return Markup(
        tag(
            "section",
            tag("h2", f"{s['title']} ({s['minutes']} minutes)"),
            tag("h3", "Aims"),
            tag("ul", *[tag("li", a) for a in s["aims"]]),
            tag("h3", "Set before the session"),
            _parts(s["before"]),
            tag("h3", "Use during the session"),
            _parts(s["during"]),
            tag("h3", "Plan"),
            plan,
            tag("h3", "Discussion prompts"),
            prompts,
            activity,
            tag("h3", "Watch for"),
            watch,
            id=f"session-{s['id']}",
            class_="pl-session",
        )
    )


def to_html(guide: Mapping[str, Any] | None = None) -> Markup:
    """The whole guide as escaped HTML: the module at a glance, ground rules, then each session."""
    from .roleplays import load as load_roleplays

    g = guide if guide is not None else load()
    titles = {r["id"]: r["title"] for r in load_roleplays()}
    glance = tag(
        "table",
        tag(
            "thead",
            tag(
                "tr",
                tag("th", "Session", scope="col"),
                tag("th", "Minutes", scope="col"),
                tag("th", "Group activity", scope="col"),
            ),
        ),
        tag(
            "tbody",
            *[
                tag(
                    "tr",
                    tag("td", tag("a", s["title"], href=f"#session-{s['id']}"), style=CELL),
                    tag("td", str(s["minutes"]), style=CELL),
                    tag("td", s["group_activity"]["title"], style=CELL),
                )
                for s in g["sessions"]
            ],
            tag("tr", tag("th", "In all", scope="row"), tag("td", _hours(g["minutes"])), tag("td")),
        ),
    )
    head = concat(
        [
            tag("p", g["about"]),
            tag("p", tag("strong", "Who it is for: "), g["audience"]),
            tag("h2", "The module at a glance"),
            glance,
            tag("h2", "Ground rules to agree in the first session"),
            tag("ul", *[tag("li", r) for r in g["ground_rules"]]),
        ]
    )
    sessions = concat(_session(s, titles) for s in g["sessions"])
    return Markup(tag("div", head, sessions, class_="pl-print"))


def show(guide: Mapping[str, Any] | None = None) -> Shown:
    """The guide for a notebook cell: ``facilitation.show()``."""
    return Shown(to_html(guide))


def to_page(guide: Mapping[str, Any] | None = None) -> str:
    """The guide as one printable HTML page."""
    g = guide if guide is not None else load()
    return page(g["title"], to_html(g))
