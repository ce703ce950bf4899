"""Reading a knowledge-base folder (or one export file): which files, JSON, YAML, BibTeX or RIS.

The room that turns files (or the package's own ``peerlearn/data``) into :class:`Source` records:
name for messages, text, parsed value, and a way to find the line of any value. Reading is
bounded for any input: regular files only (a FIFO or device is refused, never read), a size
limit, a UTF-8 byte-order mark accepted, YAML without implicit dates and with aliases counted
(an alias bomb is refused before it is expanded), JSON errors labelled as JSON (nesting, huge
integers, ``NaN``), repeated keys found in the same single parse that gives their lines.
It knows nothing of schemas or of the KnowledgeBase.
May import: the standard library, :mod:`peerlearn.errors`, :mod:`peerlearn._locate`,
:mod:`peerlearn._yaml`; PyYAML and :mod:`peerlearn.interchange` only inside functions.

>>> problems = []
>>> src = parse("x.json", "x.json", '\\ufeff[{"id": "a"}]', problems)
>>> src.data, problems
([{'id': 'a'}], [])
>>> parse("x.json", "x.json", '[NaN]', problems) is None, problems[0].message
(True, 'not valid JSON: NaN is not a number JSON allows; write a number or null')
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from peerlearn._locate import Lines
from peerlearn._yaml import expanded_size, fast_loader
from peerlearn.csl import Repair
from peerlearn.errors import Problem

__all__ = [
    "EXPORT_SUFFIXES",
    "FILES",
    "FORMATS",
    "MAX_BYTES",
    "MAX_NODES",
    "SUFFIXES",
    "Source",
    "is_reading_list",
    "json_has_duplicate_keys",
    "parse",
    "read_file",
    "read_folder",
    "read_package",
    "records",
    "unknown_format",
]

#: The files of a knowledge-base folder: name → required?
FILES: Mapping[str, bool] = {
    "references": True,
    "mechanisms": False,
    "theories": False,
    "glossary": False,
    "review": False,
}
#: The file suffixes a knowledge-base file may have, in the order they are looked for.
SUFFIXES = (".json", ".yaml", ".yml")
#: What a reference list may also be: a reference manager's export, by the suffixes tools give
#: it (EndNote writes RIS as ``.txt``; Better BibTeX offers ``.bibtex``; biblatex users write
#: ``.biblatex``).
EXPORT_SUFFIXES = (".json", ".yaml", ".yml", ".bib", ".bibtex", ".biblatex", ".ris", ".txt")
_FORMAT_OF = {".bib": "bibtex", ".bibtex": "bibtex", ".biblatex": "bibtex", ".ris": "ris"}
#: The formats a reading list may be in, for messages.
FORMATS = (
    "CSL-JSON (.json, as Zotero, Better BibTeX, Mendeley and pandoc write it), CSL-YAML "
    "(.yaml, .yml), BibTeX or biblatex (.bib, .bibtex, .biblatex) and RIS (.ris, or .txt as "
    "EndNote writes it)"
)
_OTHER_FORMATS = {
    ".nbib": "a PubMed .nbib file is MEDLINE, not RIS: export the list from a reference "
    "manager as RIS or CSL-JSON (or choose 'RIS' in PubMed's 'Send to: Citation manager')",
    ".enw": "an EndNote .enw file is EndNote's own tagged format: export as RIS "
    "(File > Export, output style 'RefMan (RIS) Export') instead",
    ".rdf": "Zotero RDF is not read: export as CSL JSON or Better BibTeX instead",
    ".xml": "EndNote XML is not read: export as RIS (output style 'RefMan (RIS) Export') instead",
}
#: Largest data file peerlearn reads (a guard against loading something that is not ours).
MAX_BYTES = 5_000_000
#: Most values a YAML file may hold once its aliases are expanded.
MAX_NODES = 1_000_000


@dataclass
class Source:
    """One data file as read: its name for messages, its text and the parsed value.

    ``format`` is ``json``, ``yaml``, ``bibtex`` or ``ris``. ``repairs`` say what reading the
    reference list changed (normalised, kept as written, dropped, skipped). ``item_paths`` (set
    when the items were unwrapped from a wrapper such as pandoc's ``references:``) and
    ``item_lines`` (BibTeX and RIS: the line of each record) let :meth:`line` find a value's
    line in the file as written.
    """

    name: str
    path: str
    text: str
    data: Any
    is_yaml: bool
    format: str = "json"
    item_paths: list[list[str | int]] | None = None
    item_lines: list[int | None] | None = None
    lines: Lines | None = field(default=None, repr=False)
    repairs: list[Repair] = field(default_factory=list)
    #: Set once the data passed every value and schema check (so it is not checked twice).
    checked: bool = False

    def line(self, path: list[Any]) -> int | None:
        """The line of the value at ``path`` (a path into :attr:`data`), or its nearest parent."""
        if path and isinstance(path[0], int):
            if self.item_lines is not None:
                i = path[0]
                return self.item_lines[i] if 0 <= i < len(self.item_lines) else None
            if self.item_paths is not None and 0 <= path[0] < len(self.item_paths):
                path = [*self.item_paths[path[0]], *path[1:]]
        if self.format in ("bibtex", "ris"):
            return None
        if self.lines is None:
            self.lines = Lines(self.text)
        line = self.lines.of(path)
        if line is None and path and isinstance(path[0], int) and isinstance(self.data, list):
            line = self._line_of_record(path[0])
        return line

    def _line_of_record(self, index: int) -> int | None:
        """Where the text cannot be composed (PyYAML refuses some JSON, such as a lone surrogate
        escape), the line of the record's id: good enough to find the record."""
        record = self.data[index] if 0 <= index < len(self.data) else None
        rid = record.get("id") if isinstance(record, Mapping) else None
        if not isinstance(rid, str):
            return None
        at = self.text.find(json.dumps(rid))
        return self.text.count("\n", 0, at) + 1 if at >= 0 else None


# --------------------------------------------------------------------------- parsing
def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows; write a number or null")


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > 15:
        raise ValueError(
            f"the number {digits[:20]}{'…' if len(digits) > 20 else ''} has more digits than "
            "peerlearn reads (15); write it as text"
        )
    return int(digits)


def _parse_json(name: str, text: str, problems: list[Problem]) -> tuple[bool, Any, bool]:
    """(parsed?, value, a key repeated in some object?) from one parse of the text."""
    repeated = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        out = dict(items)
        if len(out) != len(items):
            repeated = True
        return out

    try:
        data = json.loads(
            text, parse_constant=_reject_constant, parse_int=_parse_int, object_pairs_hook=pairs
        )
        return True, data, repeated
    except json.JSONDecodeError as e:
        problems.append(Problem(name, e.lineno, None, None, f"not valid JSON: {e.msg}"))
    except RecursionError:
        problems.append(
            Problem(
                name,
                None,
                None,
                None,
                "not valid JSON for peerlearn: nested too deeply for Python to read "
                "(a knowledge-base file needs a few levels, never hundreds)",
            )
        )
    except ValueError as e:
        msg = str(e)
        line = None
        if "digits" in msg:
            hit = re.search(r"\d{16}", text)
            line = text.count("\n", 0, hit.start()) + 1 if hit else None
        problems.append(Problem(name, line, None, None, f"not valid JSON: {msg}"))
    return False, None, False


def _parse_yaml(name: str, text: str, problems: list[Problem]) -> tuple[bool, Any, Lines | None]:
    import yaml

    loader = fast_loader(dates=False)(text)  # the one YAML reader, dates read as text
    try:
        root = loader.get_single_node()
        if expanded_size(root, MAX_NODES) > MAX_NODES:
            problems.append(
                Problem(
                    name,
                    None,
                    None,
                    None,
                    f"not usable YAML: its aliases (*name) expand to more than {MAX_NODES:,} "
                    "values (an alias bomb?); write the values out or use fewer aliases",
                )
            )
            return False, None, None
        data = loader.construct_document(root) if root is not None else None
        return True, data, Lines(text, root)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        problems.append(Problem(name, line, None, None, f"not valid YAML: {e.problem or e}"))
    except RecursionError:
        problems.append(
            Problem(name, None, None, None, "not valid YAML for peerlearn: nested too deeply")
        )
    except (yaml.YAMLError, ValueError, TypeError) as e:
        problems.append(Problem(name, None, None, None, f"not valid YAML: {e}"))
    finally:
        loader.dispose()
    return False, None, None


def _parse_export(name: str, text: str, fmt: str, problems: list[Problem]) -> Source | None:
    """A BibTeX or RIS export: what can be read, with what was repaired; refused only when
    nothing in it can be read."""
    from dataclasses import replace

    from peerlearn.interchange import read_bibtex, read_ris

    try:
        reading = read_bibtex(text) if fmt == "bibtex" else read_ris(text)
    except ValueError as e:
        problems.append(Problem(name, None, None, None, str(e)))
        return None
    repairs = [replace(r, file=name) for r in reading.repairs]
    if not reading.items and text.strip():
        skipped = [r for r in repairs if r.action == "skipped"]
        for r in skipped:
            problems.append(Problem(name, r.line, r.record, r.field, r.message))
        if not skipped:
            problems.append(
                Problem(
                    name,
                    None,
                    None,
                    None,
                    "no BibTeX entry was found: an entry is @article{key, title = {...}, ...}; "
                    f"peerlearn reads {FORMATS}",
                )
            )
        return None
    src = Source(name, name, text, reading.items, False, fmt, item_lines=reading.lines)
    src.repairs = repairs
    return src


def _sniff(text: str) -> str | None:
    """The format of a ``.txt`` export, from its first lines: RIS (EndNote) or BibTeX."""
    head = text[:20000]
    if re.search(r"^TY  - ", head, flags=re.M):
        return "ris"
    if re.search(r"^\s*@[A-Za-z]+\s*[{(]", head, flags=re.M):
        return "bibtex"
    return None


def parse(path: str, name: str, text: str, problems: list[Problem]) -> Source | None:
    """Parse a file's text by its suffix (YAML, BibTeX, RIS, else JSON); failures become Problems.

    Repeated keys in one record are reported here, with their lines, from the same parse.
    """
    text = text.removeprefix("\ufeff")
    suffix = Path(name).suffix.lower()
    fmt = _FORMAT_OF.get(suffix) or (_sniff(text) if suffix == ".txt" else None)
    if fmt is not None:
        return _parse_export(name, text, fmt, problems)
    if suffix == ".txt":
        problems.append(
            Problem(
                name,
                1,
                None,
                None,
                "this .txt file is neither RIS (lines such as 'TY  - JOUR') nor BibTeX "
                f"(@article{{key, ...}}); peerlearn reads {FORMATS}",
            )
        )
        return None
    if suffix in (".yaml", ".yml"):
        ok, data, lines = _parse_yaml(name, text, problems)
        if not ok:
            return None
        src = Source(name, path, text, data, True, "yaml", lines=lines)
    else:
        ok, data, repeated = _parse_json(name, text, problems)
        if not ok:
            return None
        src = Source(name, path, text, data, False, "json")
        if not repeated:
            return src
    if src.lines is None:
        src.lines = Lines(text)
    for line, key in src.lines.duplicates():
        problems.append(
            Problem(name, line, None, key, f"duplicate key {key!r} in one record (keep one)")
        )
    return src


def unknown_format(name: str) -> str:
    """What to say of a file whose suffix names no format peerlearn reads.

    >>> unknown_format("list.nbib").startswith("a PubMed .nbib file is MEDLINE")
    True
    """
    hint = _OTHER_FORMATS.get(Path(name).suffix.lower())
    start = hint + "; " if hint else "not a format peerlearn reads; "
    return start + f"peerlearn reads {FORMATS}"


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    """A regular file's text (UTF-8, with or without a byte-order mark), or a Problem."""
    try:
        info = path.stat()
    except OSError as e:
        problems.append(Problem(path.name, None, None, None, f"cannot read: {e.strerror}"))
        return None
    if not stat.S_ISREG(info.st_mode):
        problems.append(
            Problem(
                path.name,
                None,
                None,
                None,
                "not a regular file (a folder, FIFO or device); give a JSON, YAML, BibTeX or "
                "RIS file",
            )
        )
        return None
    if info.st_size > MAX_BYTES:
        problems.append(
            Problem(path.name, None, None, None, f"file is larger than {MAX_BYTES:,} bytes")
        )
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        problems.append(Problem(path.name, None, None, None, f"cannot read: {e.strerror}"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        problems.append(Problem(path.name, line, None, None, f"not UTF-8 text: {e.reason}"))
        return None


def read_file(path: Path, problems: list[Problem]) -> Source | None:
    """Read and parse one file (JSON, YAML, BibTeX or RIS by its suffix)."""
    text = _read_text(path, problems)
    return None if text is None else parse(str(path), path.name, text, problems)


def _candidates(folder: Path, stem: str) -> list[Path]:
    suffixes = EXPORT_SUFFIXES if stem == "references" else SUFFIXES
    return [folder / f"{stem}{s}" for s in suffixes if (folder / f"{stem}{s}").exists()]


def _lone_export(folder: Path, problems: list[Problem]) -> Path | None:
    """A folder without references.*: its one reference-manager export, if it has exactly one."""
    found = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in EXPORT_SUFFIXES
        and p.suffix.lower() not in (".yaml", ".yml", ".txt")
        and p.name.split(".")[0] not in FILES
        and not p.name.startswith(".")
    )
    if len(found) == 1:
        return found[0]
    required = ", ".join(f"{s}.json" for s, r in FILES.items() if r)
    if found:
        msg = (
            "no references.json, and several files that could be the reference list ("
            + ", ".join(p.name for p in found)
            + "): rename the one to use references.json (or references.bib / references.ris)"
        )
    else:
        msg = (
            f"missing {required} (or .yaml, .bib, .ris): a knowledge-base folder needs its "
            f"reference list, an export from your reference manager; peerlearn reads {FORMATS}"
        )
    problems.append(Problem(str(folder), None, None, None, msg))
    return None


def read_folder(folder: Path, problems: list[Problem]) -> dict[str, Source]:
    """Read every knowledge-base file present in ``folder``; what goes wrong joins ``problems``.

    Two files for one part (``references.json`` beside ``references.yaml``) are refused:
    peerlearn would not know which one you meant.
    """
    sources: dict[str, Source] = {}
    for stem in FILES:
        found = _candidates(folder, stem)
        if len(found) > 1:
            problems.append(
                Problem(
                    str(folder),
                    None,
                    None,
                    None,
                    f"{' and '.join(p.name for p in found)} are both here: keep one of them "
                    f"(peerlearn would not know which {stem} file you meant)",
                )
            )
            continue
        path = (
            found[0]
            if found
            else (_lone_export(folder, problems) if stem == "references" else None)
        )
        if path is None:
            continue
        src = read_file(path, problems)
        if src is not None:
            sources[stem] = src
    return sources


def read_package() -> dict[str, Source]:
    """The package's own data files (``peerlearn/data/*.json``), trusted: no checks here."""
    root = resources.files("peerlearn") / "data"
    out = {}
    for stem in FILES:
        res = root / f"{stem}.json"
        text = res.read_text(encoding="utf-8")
        out[stem] = Source(f"{stem}.json", str(res), text, json.loads(text), False)
    return out


def is_reading_list(path: str | os.PathLike[str]) -> bool:
    r"""Whether a data file holds a reading list rather than an exercise set, by its content
    (``peerlearn validate`` and :func:`peerlearn.validate` both decide with this).

    A ``.yaml``/``.yml`` file is a reading list when it is CSL YAML: pandoc's top-level
    ``references:``, or a list of items; a ``.json`` file when it has no ``"exercises"``; a file
    of any other suffix (BibTeX, RIS, or one peerlearn does not read) is read as a reading list.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "refs.yaml").write_text("references:\n- id: a\n  type: book\n")
    >>> _ = (d / "quiz.yaml").write_text("schema_version: 1\nexercises: []\n")
    >>> is_reading_list(d / "refs.yaml"), is_reading_list(d / "quiz.yaml")
    (True, False)
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".yaml", ".yml"):
        return True
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as f:
            head = f.read(4000) if suffix != ".json" else f.read()
    except OSError:
        return suffix == ".json"
    if suffix == ".json":
        return '"exercises"' not in head
    lines = [ln for ln in head.splitlines() if ln.strip() and not ln.startswith(("#", "---"))]
    return any(line.startswith("references:") for line in lines) or bool(
        lines and lines[0].startswith("- ")  # a CSL-YAML list of items
    )


def json_has_duplicate_keys(text: str) -> bool:
    """Whether any JSON object repeats a key: the C parser's quick answer.

    Finding the lines means composing the whole document with PyYAML, so that is done only when
    this says there is something to find.

    >>> json_has_duplicate_keys('{"a": 1, "a": 2}'), json_has_duplicate_keys('{"a": {"a": 1}}')
    (True, False)
    """
    found = False

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        if not found and len({k for k, _ in pairs}) != len(pairs):
            found = True
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        return False
    return found


def records(src: Source | None, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The well-formed records of a file (index, record), skipping what the schema rejects.

    ``key`` names the list inside the file's top-level object; ``""`` when the file is the list.
    """
    if src is None:
        return []
    data = src.data
    items = data if key == "" else (data.get(key) if isinstance(data, Mapping) else None)
    if not isinstance(items, list):
        return []
    return [(i, r) for i, r in enumerate(items) if isinstance(r, Mapping)]
