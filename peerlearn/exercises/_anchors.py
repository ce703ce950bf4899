"""What a generated self-check item may rest on (issue 20): links anchored in a work's own title
or abstract, what the built-in bank teaches together, and the originators the data names.

The generator (:mod:`.generator`) drills only anchored links, never offers as a wrong option a work
the bank teaches with that mechanism, and pairs a theory with a work only when it is by a named
originator. Kept apart from the generator because it reads the bank (through the loader).

>>> import peerlearn as pl
>>> m = pl.mechanism("liminality")
>>> [s.target for s in m.sources if anchored(s)][:2]
['little1998', 'murphy1988']
>>> by_originator(pl.default(), pl.theory("liminality"))
False
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["anchored", "anchored_theory", "bank_pairs", "by_originator"]


def anchored(link: Any) -> bool:
    """A link the data anchors in the work itself: basis title or abstract, not curated."""
    return link.basis in {"title", "abstract"} and link.link_basis != "curated"


def anchored_theory(kb: Any, m: Any, theory: Any) -> bool:
    """The mechanism links one of the theory's works on its title or abstract."""
    return any(anchored(s) and s.target in theory.sources for s in m.sources)


def bank_pairs(kb: Any) -> frozenset[tuple[str, str]]:
    """(mechanism id, reference key) for every work the built-in bank cites in an item about that
    mechanism: what the bank teaches as going with it. Empty for a list of one's own."""
    if getattr(kb, "review", None) is None:
        return frozenset()
    return _builtin_pairs()


@functools.cache
def _builtin_pairs() -> frozenset[tuple[str, str]]:
    from .bank import builtin

    pairs: set[tuple[str, str]] = set()
    for s in builtin(kb=False):
        for e in s:
            keys = set(e.sources) | {
                k for o in getattr(e, "options", ()) if o.correct for k in o.sources
            }
            pairs |= {(m, k) for m in e.tags for k in keys}
    return frozenset(pairs)


def by_originator(kb: Any, t: Any) -> bool:
    """The first work listed for a theory is by a person the data names as its originator."""
    if not t.sources:
        return False
    ref = kb.reference(t.sources[0])
    families = [a.family for a in ref.authors if a.family]
    return bool(families) and any(families[0] in o for o in t.originators)
