"""Starting a knowledge base of one's own: the export beside a starter ``mechanisms.yaml``.

The room behind ``peerlearn init-kb FOLDER --from my-library.json``: it copies a reference
manager's export into a folder (never over a file that is there), writes a ``mechanisms.yaml``
whose examples are comments naming the export's own keys, and validates the folder. Nothing the
user had is replaced: an existing ``mechanisms.yaml`` or reference list is kept and said so.
May import: the standard library and the knowledge package's entry points (inside functions).

>>> import tempfile, pathlib, json
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> item = {"id": "x", "type": "book", "title": "Love labour", "author": [{"family": "Lynch"}]}
>>> _ = (d / "lib.json").write_text(json.dumps([item]))
>>> report = init_kb(d / "kb", d / "lib.json")
>>> sorted(p.name for p in (d / "kb").iterdir()), report.problems
(['mechanisms.yaml', 'references.json'], [])
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from peerlearn._safefiles import read_regular, write_file
from peerlearn.errors import DataValidationError, PeerlearnError, Problem

__all__ = ["StarterReport", "init_kb", "starter_mechanisms"]

_SUFFIXES = {
    ".json": ".json",
    ".yaml": ".yaml",
    ".yml": ".yaml",
    ".bib": ".bib",
    ".bibtex": ".bib",
    ".biblatex": ".bib",
    ".ris": ".ris",
}


@dataclass
class StarterReport:
    """What :func:`init_kb` did: lines for a terminal, the folder's problems and notes."""

    folder: Path
    done: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Everything to print, problems last."""
        out = list(self.done) + [f"note: {n}" for n in self.notes]
        if self.problems:
            out.append(f"{self.folder}: {len(self.problems)} problem(s)")
            out += [f"  {p}" for p in self.problems]
        else:
            out.append(f"{self.folder}: OK — load it with peerlearn.load({str(self.folder)!r})")
        return out


def starter_mechanisms(keys: list[str], source_name: str) -> str:
    """The text of a starter ``mechanisms.yaml``: no mechanism yet, commented examples.

    >>> print(starter_mechanisms(["lynch2007"], "references.json").splitlines()[0])
    # mechanisms.yaml: the mechanisms your course teaches, each linked to sources with a reason.
    """
    first = keys[0] if keys else "smith2020"
    second = keys[1] if len(keys) > 1 else first
    shown = ", ".join(keys[:12]) + (f", … ({len(keys)} in all)" if len(keys) > 12 else "")
    return f"""\
# mechanisms.yaml: the mechanisms your course teaches, each linked to sources with a reason.
# Written by `peerlearn init-kb` beside {source_name}. Nothing below the line
# "mechanisms: []" is read until you uncomment a mechanism (remove the "# " at the start of
# its lines, and the "[]").
#
# A mechanism needs an id (lower-case words joined by hyphens), a name and a definition;
# summary, helps, strains and key_terms are optional. Link it to sources under `sources:`,
# each with
#   key        the reference's key (below) or the id your reference manager gave it
#   rationale  one sentence: why this work belongs with this mechanism
#   basis      what the link rests on:
#                title     the work's own title says so
#                abstract  the work's own abstract says so
#                curated   your own teaching judgement (the rationale says why)
# Links to theories (in a theories.yaml) are written the same way, with `id:` for `key:`.
# Run `peerlearn validate FOLDER` after each edit: every problem is named with its line.
#
# Keys of your references: {shown}
schema_version: 1
mechanisms: []
#   - id: first-mechanism
#     name: First mechanism
#     definition: One or two sentences saying what the mechanism is.
#     summary: A paragraph for learners (optional).
#     helps: How it helps (optional).
#     strains: Where it strains or what it costs (optional).
#     sources:
#       - key: {first}
#         rationale: One sentence saying why this work belongs with this mechanism.
#         basis: title
#       - key: {second}
#         rationale: One sentence; with basis curated, say what your judgement rests on.
#         basis: curated
"""


def init_kb(
    folder: str | os.PathLike[str], source: str | os.PathLike[str] | None = None
) -> StarterReport:
    """Make ``folder`` a knowledge base: copy the export ``source`` in (as ``references.*``),
    write a starter ``mechanisms.yaml`` and validate. Existing files are never replaced.

    Raises :class:`~peerlearn.errors.PeerlearnError` when ``source`` is missing or of a kind
    peerlearn does not read, or when the folder already holds a different reference list.
    """
    from peerlearn.knowledge import load

    folder = Path(folder)
    report = StarterReport(folder)
    if folder.exists() and not folder.is_dir():
        raise PeerlearnError(f"{str(folder)!r} is a file; give a folder for the knowledge base")
    folder.mkdir(parents=True, exist_ok=True)
    if source is not None:
        src = Path(source)
        if not src.is_file():
            raise PeerlearnError(
                f"--from {str(src)!r}: no such file; give a CSL-JSON, BibTeX (.bib) or RIS "
                "(.ris) export"
            )
        suffix = _SUFFIXES.get(src.suffix.lower())
        if src.suffix.lower() == ".txt":  # EndNote's RIS (or a BibTeX file) saved as text
            head = src.read_text(encoding="utf-8-sig", errors="replace")[:20000]
            suffix = ".ris" if "\nTY  - " in "\n" + head else ".bib"
        if suffix is None:
            from .files import unknown_format

            raise PeerlearnError(f"--from {str(src)!r}: {unknown_format(src.name)}")
        existing = [folder / f"references{s}" for s in sorted(set(_SUFFIXES.values()))]
        existing = [p for p in existing if p.exists()]
        target = folder / f"references{suffix}"
        if existing:
            # read without following a link or waiting on a FIFO planted there
            same = existing == [target] and read_regular(target, nofollow=True) == src.read_bytes()
            if not same:
                raise PeerlearnError(
                    f"{existing[0]} is already there: remove it (or choose another folder) "
                    "before copying a new export in; peerlearn never replaces a file"
                )
            report.done.append(f"kept {target} (the same as {src})")
        else:
            write_file(target, src.read_bytes())  # never replacing a file or following a link
            report.done.append(f"copied {src} to {target}")
    mech = [p for p in (folder / "mechanisms.yaml", folder / "mechanisms.json") if p.exists()]
    keys: list[str] = []
    try:
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            kb = load(folder)
        keys = [r.key for r in kb.references_list()]
    except DataValidationError as e:
        report.problems += e.problems
        kb = None
    if mech:
        report.done.append(f"kept your {mech[0].name}")
    elif kb is not None or not report.problems:
        name = next((p.name for p in folder.iterdir() if p.name.startswith("references")), "")
        path = folder / "mechanisms.yaml"
        write_file(path, starter_mechanisms(keys, name or "your references"))
        report.done.append(f"wrote {path} (commented examples; no mechanism yet)")
    if kb is not None:
        try:
            with warnings.catch_warnings(record=True):
                warnings.simplefilter("always")
                kb = load(folder)
            report.notes = list(kb.notes)
        except DataValidationError as e:
            report.problems += e.problems
    return report
