"""Tiny builders of knowledge-base folders for the widget tests (unit and browser).

``write_hostile_kb(folder)`` writes a small, valid knowledge base whose every text field holds
markup an attacker (or a careless instructor) might put there: ``<script>``, ``<img onerror>``,
quotes and ampersands. A widget that escapes correctly shows these as text; one that does not
runs them, which sets ``window.__pwned`` in a browser.
"""

from __future__ import annotations

import json
from pathlib import Path

SCRIPT = "<script>window.__pwned='script'</script>"
IMG = "<img src=x onerror=\"window.__pwned='img'\">"
AMP = 'Tom & "Jerry" <b>bold</b>'
HOSTILE = (SCRIPT, IMG, AMP)


def _ref(key: str, n: int, year: int, category: str, title: str, **extra: object) -> dict:
    item = {
        "id": key,
        "type": "article-journal",
        "author": [{"family": f"Fam{IMG}", "given": "A."}],
        "issued": {"date-parts": [[year]]},
        "title": title,
        "container-title": f"Journal {AMP}",
        "volume": "1",
        "page": "1–9",
        "custom": {
            "n": n,
            "as_cited": f"As cited {SCRIPT} ({year})",
            "category": category,
            "authors_truncated": False,
        },
    }
    item.update(extra)
    return item


def write_hostile_kb(folder: Path) -> Path:
    """Write the hostile knowledge base into ``folder`` (created if needed) and return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    refs = [
        _ref("evil2001", 1, 2001, "empirical", f"Title {SCRIPT} one", DOI="10.1234/abc<def>"),
        _ref("evil2005", 2, 2005, "theory", f"Title {IMG} two"),
        _ref("plain2010", 3, 2010, "review", f"Title {AMP} three"),
        _ref("plain2010b", 4, 2010, "review", "A plain fourth title"),
        _ref("orphan1999", 5, 1999, "method", "An unlinked method paper"),
    ]
    refs[4]["custom"]["record_note"] = f"Note {IMG}"
    mechanisms = {
        "schema_version": 1,
        "mechanisms": [
            {
                "id": "liminality",
                "name": f"Liminality {SCRIPT}",
                "definition": f"Definition {IMG}",
                "summary": f"Summary {AMP}\n\nSecond paragraph {SCRIPT}",
                "helps": f"Helps {IMG}",
                "strains": f"Strains {SCRIPT}",
                "theories": [{"id": "liminality", "rationale": f"Why {IMG}", "basis": "curated"}],
                "sources": [
                    {"key": "evil2001", "rationale": f"Reason {SCRIPT}", "basis": "title"},
                    {"key": "plain2010", "rationale": f"Reason {AMP}", "basis": "abstract"},
                ],
            },
            {
                "id": "love-labour",
                "name": f"Love labour {AMP}",
                "definition": "A plain definition",
                "summary": "A plain summary",
                "helps": "Plain helps",
                "strains": "Plain strains",
                "theories": [
                    {"id": "helper-therapy", "rationale": "Plain reason", "basis": "curated"}
                ],
                "sources": [
                    {"key": "evil2005", "rationale": f"Reason {IMG}", "basis": "curated"},
                    {"key": "plain2010", "rationale": "Plain reason", "basis": "curated"},
                ],
            },
        ],
    }
    theories = {
        "schema_version": 1,
        "theories": [
            {
                "id": "liminality",
                "name": f"Liminality theory {IMG}",
                "originators": [f"Someone {SCRIPT}"],
                "sources": ["evil2005"],
                "year": 1998,
                "core_claim": f"Claim {AMP}",
                "key_concepts": [f"concept {IMG}"],
                "in_peer_support": f"Applies {SCRIPT}",
                "critiques": f"Limits {AMP}",
            },
            {
                "id": "helper-therapy",
                "name": "Helper therapy",
                "originators": ["F. Riessman"],
                "sources": ["plain2010b"],
                "year": 1965,
                "core_claim": "Helping helps the helper.",
            },
        ],
    }
    (folder / "references.json").write_text(json.dumps(refs, indent=1), encoding="utf-8")
    (folder / "mechanisms.json").write_text(json.dumps(mechanisms, indent=1), encoding="utf-8")
    (folder / "theories.json").write_text(json.dumps(theories, indent=1), encoding="utf-8")
    return folder
