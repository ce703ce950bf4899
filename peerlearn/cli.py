"""The ``peerlearn`` command line: the same functions as the library, for a terminal.

    peerlearn cite lynch2007 scott2011a --style apa [--in-text]
    peerlearn export --format bibtex [KEY ...] [-o refs.bib]
    peerlearn search emotional labour
    peerlearn validate [PATH ...]          # package data, a folder, a data file or a quiz.yaml
    peerlearn student-version IN.ipynb OUT.ipynb
    peerlearn course DEST [--instructor] [--force]   # copy the course notebooks into DEST

Every command accepts ``--data FOLDER`` to use a knowledge base of your own.
Exit status: 0 on success, 1 when validation finds problems, 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .errors import PeerlearnError

__all__ = ["main"]


def _kb(args: argparse.Namespace):
    from . import knowledge

    return knowledge.load(args.data) if args.data else knowledge.default()


def _cmd_cite(args: argparse.Namespace) -> int:
    kb = _kb(args)
    form = "in-text" if args.in_text else "narrative" if args.narrative else "reference"
    keys = args.keys or [r.key for r in kb.references_list()]
    if form == "reference":
        for line in kb.bibliography(keys, style=args.style):
            print(line)
    else:
        for key in keys:
            print(kb.cite(key, style=args.style, form=form))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    kb = _kb(args)
    text = kb.export(args.keys or None, format=args.format, path=args.output)
    if args.output:
        print(
            f"wrote {len(args.keys) if args.keys else len(kb.references_list())} references "
            f"to {args.output}",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    rows = _kb(args).search_records(" ".join(args.words))
    if not rows:
        print(f"nothing matches {' '.join(args.words)!r}", file=sys.stderr)
        return 0
    for r in rows:
        print(f"{r['kind']:<10} {r['id']:<28} {r['name']}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from . import validate

    targets = args.paths or [None]
    bad = 0
    for target in targets:
        problems = validate(target)
        label = target or "peerlearn's own data"
        if problems:
            bad += 1
            print(f"{label}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"{label}: OK")
    return 1 if bad else 0


def _cmd_student(args: argparse.Namespace) -> int:
    from .exercises import student_version

    print(student_version(args.input, args.output, allow_uncertain=args.allow_uncertain))
    return 0


def _cmd_course(args: argparse.Namespace) -> int:
    from .course import copy_course

    report = copy_course(args.dest, instructor=args.instructor, force=args.force)
    print("\n".join(report.lines()))
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="peerlearn",
        description="The theory of peer support in mental health: cite, export, "
        "search and validate the knowledge base; make student versions of notebooks.",
    )
    p.add_argument("--data", metavar="FOLDER", help="a knowledge-base folder of your own")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("cite", help="format references (APA, Harvard or Vancouver)")
    c.add_argument("keys", nargs="*", metavar="KEY", help="reference keys (default: all)")
    c.add_argument("--style", default="apa", choices=["apa", "harvard", "vancouver"])
    g = c.add_mutually_exclusive_group()
    g.add_argument("--in-text", action="store_true", help="parenthetical in-text citation")
    g.add_argument("--narrative", action="store_true", help="narrative in-text citation")
    c.set_defaults(func=_cmd_cite)

    e = sub.add_parser("export", help="export references as BibTeX, RIS or CSL-JSON")
    e.add_argument("keys", nargs="*", metavar="KEY", help="reference keys (default: all)")
    e.add_argument("--format", default="bibtex", choices=["bibtex", "ris", "csl-json"])
    e.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    e.set_defaults(func=_cmd_export)

    s = sub.add_parser("search", help="search references, mechanisms, theories and glossary")
    s.add_argument("words", nargs="+")
    s.set_defaults(func=_cmd_search)

    v = sub.add_parser(
        "validate", help="check the package data, a knowledge-base folder or file, or a quiz YAML"
    )
    v.add_argument("paths", nargs="*", metavar="PATH")
    v.set_defaults(func=_cmd_validate)

    st = sub.add_parser("student-version", help="strip solutions and answer keys from a notebook")
    st.add_argument("input", metavar="IN.ipynb")
    st.add_argument("output", metavar="OUT.ipynb")
    st.add_argument(
        "--allow-uncertain",
        action="store_true",
        help="write it even when something looks like a solution but is not certainly one",
    )
    st.set_defaults(func=_cmd_student)

    co = sub.add_parser(
        "course", help="copy the course notebooks into a folder (edited copies are kept)"
    )
    co.add_argument("dest", metavar="DEST")
    co.add_argument("--instructor", action="store_true", help="the instructors' notebooks too")
    co.add_argument("--force", action="store_true", help="overwrite copies you have changed")
    co.set_defaults(func=_cmd_course)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["search", "helper", "therapy"])  # doctest: +ELLIPSIS
    mechanism  helper-role ...
    0
    """
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (PeerlearnError, ValueError, LookupError, OSError) as e:
        print(f"peerlearn {args.command}: {e}", file=sys.stderr)
        return 2
