"""Tiny builders for synthetic test inputs: a knowledge-base folder, records, links.

>>> import tempfile, pathlib
>>> folder = make_kb(pathlib.Path(tempfile.mkdtemp()))
>>> sorted(p.name for p in folder.iterdir())
['glossary.json', 'mechanisms.json', 'references.json', 'theories.json']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def ref(
    key: str = "smith2020", year: int = 2020, title: str = "A study of peer support", **custom: Any
) -> dict:
    """One CSL-JSON reference item in peerlearn's format."""
    c = {"as_cited": f"Smith J. ({year}). {title}.", "category": "empirical"}
    c.update(custom)
    return {
        "id": key,
        "type": "article-journal",
        "author": [{"family": key.rstrip("0123456789ab").title(), "given": "J."}],
        "issued": {"date-parts": [[year]]},
        "title": title,
        "container-title": "Journal of Examples",
        "custom": c,
    }


def mech(
    id: str = "helping",
    sources: list[str] | None = None,
    theories: list[str] | None = None,
    name: str | None = None,
) -> dict:
    """One mechanism record with links to the given reference keys and theory ids."""
    return {
        "id": id,
        "name": name or id.replace("-", " ").capitalize(),
        "definition": f"The {id} mechanism.",
        "summary": "A summary.",
        "helps": "How it helps.",
        "strains": "How it strains.",
        "key_terms": [],
        "theories": [
            {"id": t, "rationale": "Because.", "basis": "curated"} for t in theories or []
        ],
        "sources": [{"key": k, "rationale": "Because.", "basis": "title"} for k in sources or []],
    }


def theory(id: str = "helping-theory", sources: list[str] | None = None) -> dict:
    return {
        "id": id,
        "name": id.replace("-", " ").capitalize(),
        "originators": ["A. Person"],
        "sources": sources or ["smith2020"],
        "year": 2020,
        "core_claim": "A claim.",
        "key_concepts": ["a concept"],
        "in_peer_support": "How it applies.",
        "critiques": "Its limits.",
    }


def make_kb(
    folder: Path,
    refs: list[dict] | None = None,
    mechs: list[dict] | None = None,
    theories: list[dict] | None = None,
    terms: list[dict] | None = None,
) -> Path:
    """Write a small, valid knowledge-base folder (override any part) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    refs = [ref("smith2020"), ref("jones2019", 2019, "Helping helps")] if refs is None else refs
    theories = [theory("helping-theory", ["jones2019"])] if theories is None else theories
    mechs = (
        [mech("helping", ["smith2020", "jones2019"], ["helping-theory"])]
        if mechs is None
        else mechs
    )
    terms = (
        [
            {
                "id": "peer",
                "term": "Peer",
                "definition": "Someone alike.",
                "see_also": ["helping"],
                "sources": [],
            }
        ]
        if terms is None
        else terms
    )
    for n, r in enumerate(refs, 1):  # each reference its own place in the list, unless given
        if isinstance(r.get("custom"), dict):
            r["custom"].setdefault("n", n)
    write(folder / "references.json", refs)
    write(folder / "mechanisms.json", {"schema_version": 1, "mechanisms": mechs})
    write(folder / "theories.json", {"schema_version": 1, "theories": theories})
    write(folder / "glossary.json", {"schema_version": 1, "terms": terms})
    return folder


def write(path: Path, data: Any) -> Path:
    """Write ``data`` as indented JSON (so problems have lines to point at)."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path
