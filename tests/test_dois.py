"""No DOI appears anywhere in the package or the course unless it was checked.

The checked DOIs are those of ``../shared/seed/dois.tsv`` (the references' DOIs are compared with
it in test_reference_data.py); without the seed folder, the DOIs of references.json and the review.
Every text file under peerlearn/ and notebooks/ is scanned as text, so a DOI inside a docstring, an
exercise, a notebook or a pre-rendered citation counts too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "dois.tsv"
DOI = re.compile(r"10\.[0-9]{4,9}/[^\"' ,;)<>\\\]\s]+")
TEXT = {".py", ".json", ".yaml", ".yml", ".ipynb", ".md", ".js", ".css", ".txt"}


def _checked() -> set[str]:
    if SEED.exists():
        rows = SEED.read_text(encoding="utf-8").splitlines()[1:]
        return {row.split("\t")[3].lower() for row in rows if row.count("\t") >= 3}
    data = REPO / "peerlearn" / "data"
    refs = json.loads((data / "references.json").read_text(encoding="utf-8"))
    review = json.loads((data / "review.json").read_text(encoding="utf-8"))["review"]["csl"]
    return {r["DOI"].lower() for r in refs if r.get("DOI")} | {review["DOI"].lower()}


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
