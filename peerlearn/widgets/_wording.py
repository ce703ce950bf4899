"""What the explorer says about where its links and citations come from, by knowledge base.

The package's own knowledge base is built on a review, and its notes say so; a reading list of
one's own (a knowledge base without a review record) gets the same notes without any word of a
review. A widgets room at the bottom (texts only): imports only :mod:`peerlearn.model`, whose
``AUTHORS_CUT`` notes reference lists share.

>>> class OwnList:  # any knowledge base without a review
...     review = None
>>> links, authors, whose = wording(OwnList())
>>> "review" in links + authors, whose
(False, 'list')
"""

from __future__ import annotations

from typing import Any

from peerlearn.model import AUTHORS_CUT

__all__ = [
    "AUTHORS_TRUNCATED",
    "BASIS_TEXT",
    "LINKS_NOTE",
    "OWN_BASIS_TEXT",
    "OWN_LIST_NOTES",
    "wording",
]

#: What a link's basis means, for the package's own knowledge base.
BASIS_TEXT = {
    "title": "the linked work's own title",
    "abstract": "the linked work's own abstract",
    "curated": "peerlearn's teaching judgment",
}
#: The same for a list of one's own (no review): its curated links are the list's judgment.
OWN_BASIS_TEXT = {**BASIS_TEXT, "curated": "this list's teaching judgment"}

LINKS_NOTE = (
    "Every link here is peerlearn's own teaching account, with its reason and what it rests on. "
    "The review's abstract names the five mechanisms; it does not say which of its references "
    "support which mechanism."
)

#: Beside every entry whose author list the review cut short with "et al.".
AUTHORS_TRUNCATED = AUTHORS_CUT["review"]

#: The two notes above for a reading list of one's own (no review): nothing speaks of one.
OWN_LIST_NOTES = (
    "Every link here is this knowledge base's own teaching account (its mechanisms file), with "
    "its reason and what it rests on.",
    AUTHORS_CUT["list"],
)


def wording(kb: Any) -> tuple[str, str, str]:
    """(links note, note for an author list cut short, whose citation: "review" or "list")."""
    if getattr(kb, "review", None) is not None:
        return LINKS_NOTE, AUTHORS_TRUNCATED, "review"
    return (*OWN_LIST_NOTES, "list")
