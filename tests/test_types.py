"""mypy passes on the package, and sees what its users write: the verbs, the facades' lazy names.

One mypy run (``[tool.mypy]`` in pyproject.toml) checks the package and a small file of user code
together; its cache lives in a temporary folder, so no run leaves files in the repository. The
user code reveals the types of the verbs :mod:`peerlearn._verbs` attaches (declared for type
checkers in :mod:`peerlearn.exercises.model`) and of names the facades import lazily, and holds
three mistakes mypy must name. Marked ``typecheck``: ``make test-fast`` leaves it to ``make lint``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy is in the test extras (pip install -e '.[test]')")

pytestmark = pytest.mark.typecheck

ROOT = Path(__file__).resolve().parents[1]
Run = subprocess.CompletedProcess[str]

USER_CODE = textwrap.dedent(
    """\
    import peerlearn
    from peerlearn.exercises import ExerciseSet, MultipleChoice, Option

    q = MultipleChoice(id="q1", prompt="?", options=[Option("a", correct=True), Option("b")])
    s = ExerciseSet(id="s", title="S", exercises=[q])
    reveal_type(s.check("q1", "a"))
    reveal_type(s.score({"q1": "a"}))
    reveal_type(s["q1"].solution())
    reveal_type(ExerciseSet.from_dict({}))
    reveal_type(s.problems())
    reveal_type(s.widget(record=False))
    reveal_type(peerlearn.REVIEW)
    reveal_type(peerlearn.exercises.loads)
    reveal_type(peerlearn.widgets.set_widget)
    s.widget(recrod=False)
    peerlearn.exercisess
    s.check("q1", "a").scroe
    """
)

# line → the revealed type (a pattern: "peerlearn\..*\.Result" holds wherever Result moves)
REVEALED = {
    6: r"peerlearn\.exercises\..*\.Result",
    7: r"peerlearn\.exercises\..*\.SetScore",
    8: r"peerlearn\.exercises\..*\.Result",
    9: r"peerlearn\.exercises\..*\.ExerciseSet",
    10: r"(builtins\.)?list\[peerlearn\.errors\.Problem\]",
    11: r"Any",  # an ExerciseSetWidget, which the model (below the widgets) may not name
    12: r"peerlearn\.model\.Review \| None",
    13: r"def \(text: (builtins\.)?str, .*\) -> peerlearn\.exercises\..*\.ExerciseSet",
    14: r"def \(exercise_set: .*\) -> peerlearn\.widgets\..*\.ExerciseSetWidget",
}
MISTAKES = {
    15: 'Unexpected keyword argument "recrod" for "widget" of "ExerciseSet"',
    16: 'Module has no attribute "exercisess"',
    17: '"Result" has no attribute "scroe"',
}


@pytest.fixture(scope="module")
def mypy_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, str]:
    """mypy on the package and the user code, in one process (the package is analysed once)."""
    tmp = tmp_path_factory.mktemp("mypy")
    user = tmp / "user_code.py"
    user.write_text(USER_CODE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp / "cache"), "peerlearn", str(user)],
        cwd=ROOT,  # pyproject.toml's [tool.mypy] is read from here
        env={**os.environ, "MYPYPATH": str(ROOT)},  # this checkout's peerlearn, as installed or not
        capture_output=True,
        text=True,
        timeout=900,
    )
    return result, str(user)


def _lines(output: str, path: str) -> list[tuple[int, str, str]]:
    """(line, error/note, message) for each of mypy's lines about ``path``."""
    found = []
    for line in output.splitlines():
        m = re.match(r"^(.+?):(\d+): (error|note): (.*)$", line)
        if m and Path(m[1]).resolve() == Path(path).resolve():
            found.append((int(m[2]), m[3], m[4]))
    return found


def test_mypy_passes_on_the_package(mypy_run):
    result, _ = mypy_run
    package = [
        line for line in result.stdout.splitlines() if re.match(r"^peerlearn[/\\].*: error:", line)
    ]
    assert not package, "mypy finds type errors in peerlearn:\n" + "\n".join(package)
    assert "error:" not in result.stderr, result.stderr


def test_mypy_sees_the_verbs_and_the_lazy_names(mypy_run):
    result, user = mypy_run
    lines = _lines(result.stdout, user)
    notes = [(n, m) for n, kind, m in lines if kind == "note"]
    revealed = {n: m.removeprefix("Revealed type is ").strip('"') for n, m in notes}
    assert set(REVEALED) <= set(revealed), result.stdout
    for n, pattern in REVEALED.items():
        assert re.fullmatch(pattern, revealed[n]), (n, revealed[n], pattern)
    errors = {n: m for n, k, m in lines if k == "error"}
    assert set(errors) == set(MISTAKES), result.stdout
    for n, expected in MISTAKES.items():
        assert expected in errors[n], (n, errors[n])
