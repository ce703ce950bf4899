"""The README's tour runs as written, and the commands it names exist."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(), re.S)


def test_readme_tour_runs():
    tour = _python_blocks()[0]
    assert "pl.references()" in tour
    namespace: dict = {}
    exec(compile(tour, "README.md (tour)", "exec"), namespace)
    assert namespace["m"].id == "love-labour"


def test_readme_cli_commands_are_real():
    from peerlearn.cli import _parser

    sub = next(a for a in _parser()._actions if a.dest == "command")
    bash = "\n".join(re.findall(r"```bash\n(.*?)```", (REPO / "README.md").read_text(), re.S))
    used = set(re.findall(r"^peerlearn ([a-z-]+)", bash, re.M))
    assert used and used <= set(sub.choices), used - set(sub.choices)


def test_readme_minimal_exercise_set_loads(tmp_path):
    from peerlearn import exercises

    block = re.search(r"```yaml\n(.*?)```", (REPO / "README.md").read_text(), re.S).group(1)
    path = tmp_path / "quiz.yaml"
    path.write_text(block)
    quiz = exercises.load(path)
    assert quiz.title == "Love labour check"
