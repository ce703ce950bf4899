"""No DOI appears anywhere in the package or the course unless it was checked.

The checked DOIs are those of ``tests/data/dois.tsv`` (the references' DOIs are compared with it
in test_reference_data.py).
Every text file under peerlearn/ and notebooks/ is scanned as text, so a DOI inside a docstring, an
exercise, a notebook or a pre-rendered citation counts too.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHECKED = REPO / "tests" / "data" / "dois.tsv"
DOI = re.compile(r"10\.[0-9]{4,9}/[^\"' ,;)<>\\\]\s]+")
TEXT = {".py", ".json", ".yaml", ".yml", ".ipynb", ".md", ".js", ".css", ".txt"}


def _checked() -> set[str]:
    rows = CHECKED.read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[3].lower() for row in rows if row.count("\t") >= 3}


def test_every_doi_in_the_package_and_course_was_checked():
    checked = _checked()
    unknown = []
    for folder in ("peerlearn", "notebooks"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix not in TEXT or "__pycache__" in path.parts or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8").replace("\\n", " ")
            for match in DOI.finditer(text):
                doi = match.group(0).rstrip(".").lower()
                if doi not in checked:
                    unknown.append(f"{path.relative_to(REPO)}: {match.group(0)}")
    assert not unknown, "DOIs not in the checked list:\n" + "\n".join(unknown)
