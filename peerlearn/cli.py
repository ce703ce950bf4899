"""The ``peerlearn`` command line: the same functions as the library, for a terminal.

    peerlearn cite lynch2007 scott2011a --style apa [--in-text]
    peerlearn export --format bibtex [KEY ...] [-o refs.bib]
    peerlearn search emotional labour
    peerlearn validate [--strict] [PATH ...]   # package data, a folder, a data file or a quiz.yaml
    peerlearn student-version IN.ipynb OUT.ipynb [--allow-uncertain] [--force]
    peerlearn lms moodle|gift|qti12|qti21 OUT [SET.yaml ...]   # questions for an LMS
    peerlearn gradebook collect HOMES/ DEST/     # every learner's ~/hand-in.json from a hub's homes
    peerlearn gradebook import HANDINS/ [--db gradebook.sqlite] [--bank SET.yaml ...] [--roster F]
                                        [--deadline 2026-03-01T17:00+00:00]
    peerlearn gradebook show learners|mechanisms|questions [--csv FILE] [--plot FILE.png]
    peerlearn gradebook lms-csv FILE [--lms canvas|moodle] --roster class.csv   # name,id columns
    peerlearn gradebook rate LEARNER --exercise SET/ID --level CRITERION=N ... [--rubric R.json]
    peerlearn gradebook release FOLDER          # each learner's feedback, after the deadline
    peerlearn course DEST [--instructor] [--force]   # copy the course notebooks into DEST
    peerlearn init-kb FOLDER --from my-library.json   # your export + a starter mechanisms.yaml

Every command accepts ``--data FOLDER`` (before or after the command name) to use a knowledge
base of your own; ``validate`` then checks quizzes against it (as it does against a folder named
beside them: ``peerlearn validate mykb/ quiz.yaml``).
Exit status: 0 on success, 1 when the data is invalid (validation problems, a file that cannot
be read or exported), 2 on bad usage (an option, key or path); every failure is one line, never
a traceback, and a closed pipe (`peerlearn cite | head -1`) ends quietly.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from .errors import DataValidationError, PeerlearnError

if TYPE_CHECKING:  # pragma: no cover
    from .gradebook import Gradebook
    from .knowledge import KnowledgeBase

__all__ = ["main"]


def _kb(args: argparse.Namespace) -> KnowledgeBase:
    from . import knowledge

    if not args.data:
        return knowledge.default()
    import warnings

    with warnings.catch_warnings():  # what the folder lacks is for `validate` to say
        warnings.simplefilter("ignore", knowledge.KnowledgeBaseWarning)
        return knowledge.require(args.data)


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


def _quiz_kb(args: argparse.Namespace, targets: Sequence[str | None]) -> str | None:
    """The knowledge base quizzes are checked against: ``--data``, else the one knowledge-base
    folder named beside them (``peerlearn validate mykb/ quiz.yaml``), else the package's."""
    from pathlib import Path

    if args.data:
        return args.data
    folders = [t for t in targets if t is not None and Path(t).is_dir()]
    return folders[0] if len(folders) == 1 else None


def _cmd_validate(args: argparse.Namespace) -> int:
    import warnings
    from pathlib import Path

    from . import knowledge, validate
    from .knowledge.files import is_reading_list

    targets = args.paths or [args.data or None]
    kb_for_quizzes = _quiz_kb(args, targets)
    bad = 0
    for target in targets:
        is_quiz = (
            target is not None
            and Path(target).is_file()
            and Path(target).name.split(".")[0] not in knowledge.FILES
            and Path(target).suffix.lower() in (".yaml", ".yml")
            and not is_reading_list(target)
        )
        notes: tuple[str, ...] = ()
        if is_quiz and kb_for_quizzes is not None:
            from .errors import DataValidationError
            from .exercises import validate_file

            try:
                with warnings.catch_warnings(record=True):
                    warnings.simplefilter("always")
                    kb = knowledge.resolve(kb_for_quizzes)
                problems = validate_file(target, kb=kb)
            except DataValidationError as e:  # the quiz cannot be checked against a broken KB
                problems = list(e.problems)
                print(f"{target}: not checked: its knowledge base {kb_for_quizzes} has problems")
        elif is_quiz or target is None:
            problems = validate(target)
        else:
            problems, repairs, kb_notes = knowledge.inspect(target)
            if args.strict:
                from .knowledge.repair import as_problems

                problems += as_problems(repairs)
            elif not problems:
                notes = tuple(kb_notes)
                changed = [str(r) for r in repairs]
                if changed:
                    print(
                        f"{target}: read, with {len(changed)} value"
                        f"{'s' if len(changed) != 1 else ''} not taken as written "
                        "(--strict refuses them):"
                    )
                    for line in changed:
                        print(f"  {line}")
        label = target or "peerlearn's own data"
        if is_quiz and kb_for_quizzes is not None:
            label = f"{target} (against the knowledge base {kb_for_quizzes})"
        if problems:
            bad += 1
            print(f"{label}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"{label}: OK")
            for note in notes:
                print(f"  note: {note}")
    return 1 if bad else 0


def _cmd_init_kb(args: argparse.Namespace) -> int:
    from .knowledge.starter import init_kb

    report = init_kb(args.folder, args.source)
    print("\n".join(report.lines()))
    return 1 if report.problems else 0


def _cmd_student(args: argparse.Namespace) -> int:
    from .exercises import student_version

    print(
        student_version(
            args.input, args.output, allow_uncertain=args.allow_uncertain, overwrite=args.force
        )
    )
    return 0


def _cmd_lms(args: argparse.Namespace) -> int:
    from .exercises import builtin, load
    from .exercises.lms import save_bank, save_lms

    kb = _kb(args)
    if len(args.sets) == 1:  # one set: OUT is the file
        print(save_lms(load(args.sets[0], kb=kb), args.output, format=args.format, kb=kb))
        return 0
    sets = [load(p, kb=kb) for p in args.sets] if args.sets else builtin()
    for report in save_bank(sets, args.output, format=args.format, kb=kb):  # OUT is a folder
        print(report)
    return 0


def _cmd_gradebook(args: argparse.Namespace) -> int:
    from .gradebook import Gradebook

    if args.action == "collect":
        from .gradebook.collect import collect

        if not args.dest:
            raise ValueError("collect HOMES DEST: give the folder to collect into (DEST)")
        print(collect(args.target, args.dest, name=args.name))
        return 0
    bank = None
    if args.bank:
        from .exercises import load

        bank = [load(p) for p in args.bank]
    roster = None
    if args.roster:
        from .gradebook.roster import read_roster

        roster = read_roster(args.roster)
    kb = _kb(args) if args.data else None
    with Gradebook(args.db, bank=bank, kb=kb, roster=roster) as gb:
        if args.action == "import":
            report = gb.import_handins(args.target, deadline=args.deadline)
            print(report)
            print(f"gradebook: {args.db}")
            return 0
        if args.action == "release":
            files = gb.release(args.target)
            print(
                f"wrote feedback for {len(files)} learner(s) to {args.target} (mode 0600; "
                "index.csv says which file is whose)"
            )
            return 0
        if args.action == "lms-csv":
            path = gb.lms_csv(args.target, lms=args.lms, assignment=args.assignment)
            print(f"wrote {path} ({args.lms} grade CSV)")
            return 0
        if args.action == "rate":
            return _rate(gb, args)
        views = {
            "learners": gb.by_learner,
            "mechanisms": gb.by_mechanism,
            "questions": gb.by_question,
        }
        if args.target not in views:
            raise ValueError(f"unknown view {args.target!r}; expected one of {', '.join(views)}")
        table = views[args.target]()
        if args.csv:
            from .gradebook.views import write_csv

            write_csv(table, args.csv)
            print(f"wrote {args.csv}", file=sys.stderr)
        else:
            import pandas as pd

            with pd.option_context("display.width", 200, "display.max_colwidth", 60):
                print(table.to_string())
        if args.plot:
            from .gradebook.views import plot

            if args.target == "learners":
                raise ValueError("--plot draws mechanisms or questions, not learners")
            print(f"wrote {plot(table, save=args.plot).title} to {args.plot}", file=sys.stderr)
        return 0


def _rate(gb: Gradebook, args: argparse.Namespace) -> int:
    if not (args.exercise and args.level):
        raise ValueError(
            "rate LEARNER: give --exercise SET/ID and --level CRITERION=N (and --rubric FILE for "
            "a rubric of your own; the course's reflection rubric otherwise)"
        )
    levels = {}
    for item in args.level:
        criterion, sep, level = item.partition("=")
        if not sep or not criterion.strip():
            raise ValueError(f"--level {item!r}: write CRITERION=LEVEL, e.g. --level links=3")
        levels[criterion.strip()] = level.strip()
    rated = gb.rate(args.target, args.exercise, levels, rubric=args.rubric)
    for cid, d in rated.items():
        print(f"{args.target} / {args.exercise}: {cid} = level {d['level']} ({d['level_name']})")
    return 0


def _cmd_course(args: argparse.Namespace) -> int:
    from .course import copy_course

    report = copy_course(args.dest, instructor=args.instructor, force=args.force)
    print("\n".join(report.lines()))
    return 1 if report.refused else 0


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
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
    e.add_argument(
        "-o", "--output", metavar="FILE", help="write to the new file FILE instead of stdout"
    )
    e.set_defaults(func=_cmd_export)

    s = sub.add_parser("search", help="search references, mechanisms, theories and glossary")
    s.add_argument("words", nargs="+")
    s.set_defaults(func=_cmd_search)

    v = sub.add_parser(
        "validate", help="check the package data, a knowledge-base folder or file, or a quiz YAML"
    )
    v.add_argument("paths", nargs="*", metavar="PATH")
    v.add_argument(
        "--strict",
        action="store_true",
        help="refuse a reading list whose values had to be normalised, dropped or skipped",
    )
    v.set_defaults(func=_cmd_validate)

    st = sub.add_parser("student-version", help="strip solutions and answer keys from a notebook")
    st.add_argument("input", metavar="IN.ipynb")
    st.add_argument("output", metavar="OUT.ipynb")
    st.add_argument(
        "--allow-uncertain",
        action="store_true",
        help="write it even when something looks like a solution but is not certainly one",
    )
    st.add_argument(
        "--force", action="store_true", help="replace OUT.ipynb if it is there (never a link)"
    )
    st.set_defaults(func=_cmd_student)

    lm = sub.add_parser(
        "lms", help="write exercise sets for an LMS: Moodle XML, GIFT, QTI 1.2 or QTI 2.1"
    )
    lm.add_argument("format", choices=["moodle", "gift", "qti12", "qti21"])
    lm.add_argument("output", metavar="OUT", help="the file (one set) or a new folder (several)")
    lm.add_argument("sets", nargs="*", metavar="SET.yaml", help="default: the built-in bank")
    lm.set_defaults(func=_cmd_lms)

    gb = sub.add_parser(
        "gradebook", help="import a class's hand-ins into a gradebook; show it; grades for an LMS"
    )
    gb.add_argument("action", choices=["collect", "import", "show", "lms-csv", "rate", "release"])
    gb.add_argument("target", metavar="HANDINS|VIEW|FILE|LEARNER|HOMES")
    gb.add_argument("dest", nargs="?", metavar="DEST", help="collect: the folder to collect into")
    gb.add_argument("--db", default="gradebook.sqlite", metavar="FILE", help="the gradebook file")
    gb.add_argument(
        "--bank",
        nargs="+",
        metavar="SET.yaml",
        help="the exercise sets, with keys (default: built-in)",
    )
    gb.add_argument(
        "--roster",
        metavar="CLASS.csv",
        help="the class list: one name a line, or a CSV with name and id columns (LMS ids)",
    )
    gb.add_argument(
        "--deadline", metavar="ISO-TIME", help="import: hand-ins exported after it are late"
    )
    gb.add_argument("--name", default="hand-in.json", help="collect: the hand-in's file name")
    gb.add_argument("--exercise", metavar="SET/ID", help="rate: the reflection exercise")
    gb.add_argument(
        "--rubric", metavar="RUBRIC.json", help="rate: your rubric (default: the course's)"
    )
    gb.add_argument("--level", action="append", metavar="CRITERION=N", help="rate: a level")
    gb.add_argument("--csv", metavar="FILE", help="show: write the table as CSV")
    gb.add_argument("--plot", metavar="FILE.png", help="show: also write a chart")
    gb.add_argument("--lms", default="canvas", choices=["canvas", "moodle"])
    gb.add_argument("--assignment", default="peerlearn", help="lms-csv: the grade column's name")
    gb.set_defaults(func=_cmd_gradebook)

    ik = sub.add_parser(
        "init-kb",
        help="start a knowledge base of your own: your export beside a starter mechanisms.yaml",
    )
    ik.add_argument("folder", metavar="FOLDER")
    ik.add_argument(
        "--from",
        dest="source",
        metavar="EXPORT",
        help="your reference manager's export (CSL-JSON, BibTeX or RIS), copied into FOLDER",
    )
    ik.set_defaults(func=_cmd_init_kb)

    co = sub.add_parser(
        "course", help="copy the course notebooks into a folder (edited copies are kept)"
    )
    co.add_argument("dest", metavar="DEST")
    co.add_argument("--instructor", action="store_true", help="the instructors' notebooks too")
    co.add_argument("--force", action="store_true", help="overwrite copies you have changed")
    co.set_defaults(func=_cmd_course)
    for command in sub.choices.values():  # --data works after the command name too
        command.add_argument(
            "--data",
            metavar="FOLDER",
            default=argparse.SUPPRESS,
            help="a knowledge-base folder (or export file) of your own",
        )
    return p


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as ONE line naming what was wrong (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, _safe(f"{self.prog}: {message} (see '{self.prog} --help')") + "\n")


def _safe(text: str) -> str:
    """Text any terminal can print: one line, lone surrogates (from odd bytes) shown escaped."""
    one = "; ".join(line.strip() for line in str(text).splitlines() if line.strip())
    return one.encode("utf-8", "backslashreplace").decode("utf-8")


def _status(error: BaseException) -> int:
    """1 when the data read was invalid, 2 when the command line was (a key, a path, a value).

    Data errors: :class:`~peerlearn.errors.DataValidationError` (and ExerciseError), export
    errors, undecodable text, and any error class named ``...FileError`` (a file's contents)
    or carrying ``cli_status = 1``.
    """
    import json

    from .interchange._common import ExportError

    status = getattr(type(error), "cli_status", None)
    if isinstance(status, int):
        return status
    data = (DataValidationError, ExportError, UnicodeError, json.JSONDecodeError)
    if isinstance(error, data) or type(error).__name__.endswith("FileError"):
        return 1
    return 2


_OS_HINTS = {
    errno.ENOENT: "no such file or folder; give a path that exists (for output, in a folder "
    "that exists)",
    errno.EISDIR: "is a folder; give a file path",
    errno.ENOTDIR: "a part of this path is not a folder; give a path through folders",
    errno.EEXIST: "already exists; give a new name",
    errno.EACCES: "permission denied; choose a path you may read or write",
    errno.EPERM: "not permitted; choose a path you may read or write",
    errno.EROFS: "the disk is read-only; choose a writable folder",
    errno.ENOSPC: "the disk is full; free some space or choose another disk",
}


def _message(error: BaseException) -> str:
    """The error as one line; an OS error names its path and what would work instead."""
    if isinstance(error, OSError) and not isinstance(error, PeerlearnError):
        # a bare "[Errno 2] No such file or directory: 'x'" says what, not what to do
        hint = _OS_HINTS.get(error.errno or 0)
        name = error.filename if error.filename is not None else None
        if hint and name is not None and str(error).startswith("[Errno"):
            return f"{name}: {hint}"
        if name is None and len(error.args) == 2 and isinstance(error.args[1], str):
            return error.args[1]  # peerlearn's own message, without "[Errno 17] "
    return str(error)


def _report(command: str, error: BaseException) -> None:
    problems = getattr(error, "problems", None)
    if problems:
        for problem in problems:
            print(_safe(f"peerlearn {command}: {problem}"), file=sys.stderr)
        return
    print(_safe(f"peerlearn {command}: {_message(error)}"), file=sys.stderr)


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = getattr(args, "command", None) or "peerlearn"
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return status
    except BrokenPipeError:
        raise
    except (PeerlearnError, ValueError, OSError) as error:
        # not LookupError: a bare IndexError/KeyError is a bug (the handler below names it);
        # an unknown key is UnknownIdError, a PeerlearnError
        _report(command, error)
        return _status(error)
    except RecursionError:
        print(f"peerlearn {command}: the input is nested too deeply to read", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one line, never a traceback (PEERLEARN_DEBUG=1 shows it)
        if os.environ.get("PEERLEARN_DEBUG"):
            raise
        print(
            _safe(
                f"peerlearn {command}: internal error ({type(error).__name__}: {error}); "
                "please report it with the command you ran (PEERLEARN_DEBUG=1 shows details)"
            ),
            file=sys.stderr,
        )
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 invalid data, 2 bad usage).

    Every failure is one line on stderr naming the thing and what would be valid; no
    traceback. A closed output pipe (``peerlearn cite | head -1``) ends quietly with status
    141 (128 + SIGPIPE), as command-line tools killed by SIGPIPE do; Ctrl-C gives 130.

    >>> main(["search", "helper", "therapy"])  # doctest: +ELLIPSIS
    mechanism  helper-role ...
    0
    """
    try:
        return _run(argv)
    except BrokenPipeError:
        # Python's documented recipe (signal module, "Note on SIGPIPE"): point stdout at
        # devnull so that the interpreter's final flush does not fail again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout has no file descriptor (captured in tests)
            pass
        return 128 + 13
    except KeyboardInterrupt:
        print("peerlearn: interrupted", file=sys.stderr)
        return 130
