"""Build hook: the wheel carries the course and a JSON copy of the exercise bank.

Everything else about the package is declared in pyproject.toml. At build time this copies

- the repository's ``notebooks/`` folder into the package as ``peerlearn/_course/`` (read by
  ``peerlearn course DEST``; an editable install reads the checkout's ``notebooks/`` instead), and
- the exercise bank (``peerlearn/data/exercises/*.yaml``) into one JSON file,
  ``peerlearn/data/exercises.json``, so that a kernel without PyYAML (JupyterLite's Pyodide,
  offline) can still load it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", ".*")


def compile_bank(folder: Path) -> dict[str, object]:
    """The exercise bank as {file name: the file's parsed data}."""
    import yaml

    return {
        f.name: yaml.safe_load(f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.yaml"))
    }


class BuildWithCourse(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads notebooks/ and the YAML files in place
        pkg = Path(self.build_lib) / "peerlearn"
        notebooks = HERE / "notebooks"
        if notebooks.is_dir():
            shutil.rmtree(pkg / "_course", ignore_errors=True)
            shutil.copytree(notebooks, pkg / "_course", ignore=SKIP)
        bank = HERE / "peerlearn" / "data" / "exercises"
        if bank.is_dir():
            data = compile_bank(bank)
            (pkg / "data" / "exercises.json").write_text(
                json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8"
            )


setup(cmdclass={"build_py": BuildWithCourse})
