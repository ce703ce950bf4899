"""peerlearn._jsonschema: jsonschema imported without rfc3987_syntax building its grammar, and
its IRI formats answering exactly as with a plain import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("jsonschema")
pytest.importorskip("rfc3987_syntax")

SAMPLES = [
    "http://example.com/ä",
    "https://example.org/a?b=c#d",
    "no iri at all",
    "a b",
    "/relative/path",
    "mailto:someone@example.org",
    "",
    "http://[::1]/",
    "http://exa mple.com",
]

ANSWERS = """
import json, sys
{importer}
checker = jsonschema.FormatChecker()
answers = [[checker.conforms(s, f) for f in ("iri", "iri-reference")] for s in {samples!r}]
print(json.dumps({{"lark_at_import": {lark}, "answers": answers,
                  "formats": sorted(f for f in checker.checkers if f.startswith("iri"))}}))
"""


def _run(importer: str) -> dict:
    code = ANSWERS.format(
        importer=importer + "\nlark = 'lark' in sys.modules",
        samples=SAMPLES,
        lark="lark",
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_plain_import_builds_the_grammar_and_load_does_not_with_the_same_answers():
    """The library's cost shown: ``import jsonschema`` imports rfc3987_syntax, which builds a
    Lark grammar at import (python-jsonschema/jsonschema#1428). When this first assertion fails,
    jsonschema or rfc3987_syntax defers it itself: drop peerlearn._jsonschema."""
    plain = _run("import jsonschema")
    ours = _run("from peerlearn._jsonschema import load\njsonschema = load()")
    assert plain["lark_at_import"] is True
    assert ours["lark_at_import"] is False
    assert ours["formats"] == plain["formats"] == ["iri", "iri-reference"]
    assert ours["answers"] == plain["answers"]
    assert [a[0] for a in plain["answers"]][:3] == [True, True, False]


def test_the_stand_in_is_gone_after_the_import_and_the_real_module_comes_next():
    code = (
        "import sys\n"
        "from peerlearn._jsonschema import load\n"
        "load()\n"
        "print('rfc3987_syntax' in sys.modules)\n"
        "import rfc3987_syntax\n"
        "print(type(rfc3987_syntax).__name__, hasattr(rfc3987_syntax, 'is_valid_syntax'))\n"
        "print(load() is sys.modules['jsonschema'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "module", "True", "True"]


def test_a_broken_file_s_report_needs_no_grammar():
    """What an instructor waits for: a broken exercise set's report, in a fresh process."""
    code = (
        "import sys\n"
        "from peerlearn import exercises\n"
        "try:\n"
        "    exercises.loads('title: T\\nexercises: [{id: q, kind: essay}]\\n', name='x.yaml')\n"
        "except Exception as e:\n"
        "    print(type(e).__name__)\n"
        "print('jsonschema' in sys.modules, 'lark' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-2:] == ["True", "False"]
