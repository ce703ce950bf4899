"""Tiny builders for synthetic test inputs: a knowledge-base folder, records, links, and
exercise sets.

>>> import tempfile, pathlib
>>> folder = make_kb(pathlib.Path(tempfile.mkdtemp()))
>>> sorted(p.name for p in folder.iterdir())
['glossary.json', 'mechanisms.json', 'references.json', 'theories.json']

An exercise set that loads, with only what a test cares about said (``None`` leaves a field out):

>>> from peerlearn import exercises
>>> text = exercise_yaml(exercise("reflection", id="r", prompt="P", sources=None), title="T")
>>> s = exercises.loads(text)
>>> (s.id, s.title, s["r"].prompt, s["r"].sources)
('untitled', 'T', 'P', ())
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml


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


# ---------------------------------------------------------------------- exercise sets
#: One valid exercise of each kind, against the package's own knowledge base.
EXERCISES: dict[str, dict[str, Any]] = {
    "multiple-choice": {
        "prompt": "Which mechanism is about care that cannot be bought?",
        "options": [{"text": "Love labour", "correct": True}, {"text": "Liminality"}],
        "sources": ["lynch2007"],
    },
    "multiple-select": {
        "prompt": "Which are theories?",
        "options": [
            {"text": "Social comparison", "correct": True},
            {"text": "Helper-therapy principle", "correct": True},
            {"text": "Lived experience"},
        ],
        "sources": ["festinger1954"],
    },
    "matching": {
        "prompt": "Match each theory to its originator.",
        "pairs": [
            {"left": "Helper-therapy principle", "right": "Riessman"},
            {"left": "Social comparison", "right": "Festinger"},
        ],
        "sources": ["riessman1965"],
    },
    "vignette": {
        "fictional": True,
        "scenario": "(Fictional.) Sam tells Jo that she too once sat in this waiting room.",
        "prompt": "Which mechanisms are at work here?",
        "mechanisms_at_work": [{"id": "lived-experience", "role": "helps"}],
        "sources": ["gillard2015"],
    },
    "reflection": {"prompt": "What stays with you?", "sources": ["lynch2007"]},
}


def _merged(base: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    out = {**copy.deepcopy(base), **fields}
    return {k: v for k, v in out.items() if v is not None}


def exercise(kind: str = "multiple-choice", id: str | None = None, **fields: Any) -> dict:
    """One valid exercise of ``kind`` (id: the kind's initials) with ``fields`` overriding its
    own; a field given as ``None`` is left out."""
    ident = id or "".join(w[0] for w in kind.split("-"))
    return _merged({"id": ident, "kind": kind, **EXERCISES[kind]}, fields)


def exercise_set(*items: dict, title: str = "A set", **fields: Any) -> dict:
    """A valid exercise-set mapping: ``items`` (one multiple-choice exercise if none), a title,
    and ``fields`` (``id``, ``description``, ``mechanisms``, ``schema_version``...)."""
    return _merged({"title": title}, {**fields, "exercises": list(items) or [exercise()]})


def exercise_yaml(*items: dict, **fields: Any) -> str:
    """:func:`exercise_set` written as YAML, in the order a person would write it."""
    return yaml.safe_dump(exercise_set(*items, **fields), sort_keys=False, allow_unicode=True)


def write_exercise_set(path: Path, *items: dict, **fields: Any) -> Path:
    """Write :func:`exercise_yaml` to ``path`` (UTF-8) and return it."""
    path.write_text(exercise_yaml(*items, **fields), encoding="utf-8")
    return path
