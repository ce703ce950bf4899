"""The exceptions peerlearn raises, and the :class:`Problem` record they carry.

Every error names the thing that was wrong, where it was (file and line for files) and what
would have been valid.

>>> from peerlearn.errors import Problem
>>> print(Problem("mechanisms.json", 12, "love-labour", "sources[0].key", "unknown key 'x'"))
mechanisms.json:12: love-labour: sources[0].key: unknown key 'x'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "DataValidationError",
    "KnowledgeBaseWarning",
    "PeerlearnError",
    "Problem",
    "UnknownIdError",
    "close_matches",
]


class PeerlearnError(Exception):
    """Base class of every error peerlearn raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file: where it is and what would be valid."""

    file: str
    line: int | None
    record: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class KnowledgeBaseWarning(UserWarning):
    """A knowledge base loaded, but lacks what the package would show (reported with counts)."""


class DataValidationError(PeerlearnError, ValueError):
    """A data file (or folder) did not validate; ``.problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem], what: str = "knowledge base") -> None:
        self.problems = list(problems)
        n = len(self.problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{what}: {n} problem{'s' if n != 1 else ''} found:\n{lines}")


def close_matches(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Return up to ``n`` choices close to ``word`` (case-insensitive).

    >>> close_matches("love-labor", ["love-labour", "liminality", "helper-role"])
    ['love-labour']
    """
    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    found = difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.6)
    prefix = [c for c in choices if c.lower().startswith(word.lower()) and word]
    out: list[str] = []
    for c in [lowered[f] for f in found] + prefix:
        if c not in out:
            out.append(c)
    return out[:n]


class UnknownIdError(PeerlearnError, LookupError):
    """An id or key that is not in the knowledge base.

    The message suggests close matches and, when there are few valid ids, lists them all.

    >>> err = UnknownIdError("mechanism id", "love-labor", ["love-labour", "liminality"])
    >>> print(err)  # doctest: +NORMALIZE_WHITESPACE
    unknown mechanism id 'love-labor'. Did you mean 'love-labour'?
    Valid: 'liminality', 'love-labour'.
    """

    def __init__(self, kind: str, value: object, valid: Iterable[str]) -> None:
        valid = sorted(valid)
        self.kind, self.value, self.valid = kind, value, valid
        self.suggestions = close_matches(str(value), valid)
        msg = f"unknown {kind} {value!r}."
        if self.suggestions:
            msg += " Did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if len(valid) <= 20:
            msg += " Valid: " + ", ".join(repr(v) for v in valid) + "."
        else:
            msg += (
                f" There are {len(valid)} valid values; list them with the matching table function."
            )
        super().__init__(msg)

    def __str__(self) -> str:  # LookupError would repr() the message otherwise
        return str(self.args[0])
