"""Content checks for peerlearn's built-in exercise bank (peerlearn/data/exercises/*.yaml).

These tests read the YAML files directly with PyYAML, so they do not depend on the exercise
loader. They check the bank against the exercise-set format in docs/ARCHITECTURE.md and
against the bank's own content rules (counts, sources, vignettes, language).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.fixed import REFERENCE_KEYS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "peerlearn" / "data"
BANK = DATA / "exercises"
BANK_FILES = sorted(BANK.glob("*.yaml"))

MECHANISM_IDS = {
    "lived-experience",
    "love-labour",
    "liminality",
    "strengths-focussed-support",
    "helper-role",
}
SCORED_KINDS = {"multiple-choice", "multiple-select", "matching", "vignette"}
KINDS = SCORED_KINDS | {"reflection"}
ROLES = {"helps", "strains", "both"}

# The 58 fixed reference keys (docs/ARCHITECTURE.md), used when references.json is absent.
EMBEDDED_KEYS = list(REFERENCE_KEYS)

# Keys allowed at each level, as the format in docs/ARCHITECTURE.md describes them.
SET_KEYS = {"schema_version", "id", "title", "description", "mechanisms", "exercises"}
COMMON_KEYS = {"id", "kind", "prompt", "sources", "mechanisms", "explanation", "level"}
KIND_KEYS = {
    "multiple-choice": {"options"},
    "multiple-select": {"options"},
    "matching": {"pairs"},
    "vignette": {"fictional", "title", "scenario", "mechanisms_at_work", "feedback_absent"},
    "reflection": set(),
}
OPTION_KEYS = {"text", "correct", "feedback", "sources"}
PAIR_KEYS = {"left", "right"}
AT_WORK_KEYS = {"id", "role", "feedback"}

# Language the bank must not use (person-first, respectful wording).
BANNED = [
    r"\bsufferers?\b",
    r"\bsuffers? from\b",
    r"\bsuffering from\b",
    r"\bmentally ill\b",
    r"\bschizophrenics?\b",
    r"\bpsychotics\b",
    r"\ba psychotic\b",
    r"\blunatics?\b",
    r"\bcrazy\b",
    r"\bnutters?\b",
    r"\bpsychos?\b",
    r"\bcommitted suicide\b",
    r"\bmanic depressives?\b",
    r"\bthe disabled\b",
    r"\bvictims? of mental\b",
]
# Statistics the bank must not state (it never reports numerical results).
STATISTICS = [r"\d\s*%", r"\bp\s*[<=>]\s*0?\.\d", r"\bodds ratio\b", r"\beffect size of\b"]
FICTION_MARKER = re.compile(r"\bfictional\b", re.IGNORECASE)


def _reference_keys() -> set[str]:
    path = DATA / "references.json"
    if path.exists():
        items = json.loads(path.read_text(encoding="utf-8"))
        return {item["id"] for item in items}
    return set(EMBEDDED_KEYS)


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{path.name}: top level must be a mapping"
    return data


def _strings(value: Any) -> list[str]:
    """Every string anywhere inside a loaded YAML value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


SETS = {p.name: _load(p) for p in BANK_FILES}
KEYS = _reference_keys()


def _items(kind: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, ex)
        for name, data in SETS.items()
        for ex in data["exercises"]
        if kind is None or ex.get("kind") == kind
    ]


def _ids(kind: str | None = None) -> list[str]:
    return [f"{name}:{ex.get('id')}" for name, ex in _items(kind)]


def test_embedded_keys_are_the_fixed_58() -> None:
    assert len(EMBEDDED_KEYS) == 58
    assert len(set(EMBEDDED_KEYS)) == 58


def test_bank_exists() -> None:
    assert len(BANK_FILES) >= 9, [p.name for p in BANK_FILES]


def test_no_duplicate_yaml_keys() -> None:
    class StrictLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node)
            line = key_node.start_mark.line + 1
            assert key not in seen, f"{node.start_mark.name}, line {line}: duplicate key {key!r}"
            seen.add(key)
        return loader.construct_mapping(node)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    for path in BANK_FILES:
        with path.open(encoding="utf-8") as fh:
            yaml.load(fh, Loader=StrictLoader)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_header(name: str) -> None:
    data = SETS[name]
    assert set(data) <= SET_KEYS, f"{name}: unknown keys {set(data) - SET_KEYS}"
    assert data.get("schema_version", 1) == 1
    assert isinstance(data.get("title"), str) and data["title"].strip(), f"{name}: no title"
    assert isinstance(data.get("exercises"), list) and data["exercises"], f"{name}: no exercises"
    for mech in data.get("mechanisms", []):
        assert mech in MECHANISM_IDS, f"{name}: unknown set mechanism {mech!r}"


def test_set_ids_unique() -> None:
    ids = [data.get("id", Path(name).stem) for name, data in SETS.items()]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)


@pytest.mark.parametrize("name", sorted(SETS))
def test_item_ids_unique_and_kinds_valid(name: str) -> None:
    exercises = SETS[name]["exercises"]
    ids = [ex.get("id") for ex in exercises]
    assert all(isinstance(i, str) and i for i in ids), f"{name}: an item has no id"
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"{name}: duplicate ids {dupes}"
    for ex in exercises:
        kind = ex.get("kind")
        assert kind in KINDS, f"{name}:{ex['id']}: kind {kind!r} not in {sorted(KINDS)}"
        allowed = COMMON_KEYS | KIND_KEYS[kind]
        assert set(ex) <= allowed, f"{name}:{ex['id']}: unknown keys {set(ex) - allowed}"
        assert isinstance(ex.get("prompt"), str) and ex["prompt"].strip()


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_set_has_a_reflection(name: str) -> None:
    kinds = [ex["kind"] for ex in SETS[name]["exercises"]]
    assert "reflection" in kinds, f"{name}: no reflection item"


@pytest.mark.parametrize(("name", "ex"), _items(), ids=_ids())
def test_sources_resolve(name: str, ex: dict[str, Any]) -> None:
    sources = ex.get("sources")
    assert isinstance(sources, list) and sources, f"{name}:{ex['id']}: needs sources"
    option_sources = [k for opt in ex.get("options", []) for k in opt.get("sources", [])]
    for key in sources + option_sources:
        assert key in KEYS, f"{name}:{ex['id']}: unknown reference key {key!r}"


@pytest.mark.parametrize(("name", "ex"), _items(), ids=_ids())
def test_mechanism_ids_valid(name: str, ex: dict[str, Any]) -> None:
    used = list(ex.get("mechanisms", []))
    used += [m.get("id") for m in ex.get("mechanisms_at_work", [])]
    used += list(ex.get("feedback_absent", {}))
    for mech in used:
        assert mech in MECHANISM_IDS, f"{name}:{ex['id']}: unknown mechanism {mech!r}"


def _check_options(name: str, ex: dict[str, Any]) -> list[bool]:
    options = ex.get("options")
    assert isinstance(options, list) and len(options) >= 2, f"{name}:{ex['id']}: options"
    for opt in options:
        assert set(opt) <= OPTION_KEYS, f"{name}:{ex['id']}: option keys {set(opt)}"
        assert isinstance(opt.get("text"), str) and opt["text"].strip()
        assert isinstance(opt.get("correct"), bool), f"{name}:{ex['id']}: correct must be bool"
        # Bank policy: every option, right or wrong, explains itself.
        assert isinstance(opt.get("feedback"), str) and opt["feedback"].strip(), (
            f"{name}:{ex['id']}: option {opt['text']!r} has no feedback"
        )
    texts = [opt["text"] for opt in options]
    assert len(texts) == len(set(texts)), f"{name}:{ex['id']}: repeated option text"
    return [opt["correct"] for opt in options]


@pytest.mark.parametrize(("name", "ex"), _items("multiple-choice"), ids=_ids("multiple-choice"))
def test_multiple_choice(name: str, ex: dict[str, Any]) -> None:
    correct = _check_options(name, ex)
    assert correct.count(True) == 1, f"{name}:{ex['id']}: needs exactly one correct option"


@pytest.mark.parametrize(("name", "ex"), _items("multiple-select"), ids=_ids("multiple-select"))
def test_multiple_select(name: str, ex: dict[str, Any]) -> None:
    correct = _check_options(name, ex)
    assert correct.count(True) >= 1, f"{name}:{ex['id']}: needs a correct option"
    assert correct.count(False) >= 1, f"{name}:{ex['id']}: needs an incorrect option"


@pytest.mark.parametrize(("name", "ex"), _items("matching"), ids=_ids("matching"))
def test_matching(name: str, ex: dict[str, Any]) -> None:
    pairs = ex.get("pairs")
    assert isinstance(pairs, list) and len(pairs) >= 2, f"{name}:{ex['id']}: ≥2 pairs"
    for pair in pairs:
        assert set(pair) == PAIR_KEYS, f"{name}:{ex['id']}: pair keys {set(pair)}"
        assert all(isinstance(pair[k], str) and pair[k].strip() for k in PAIR_KEYS)
    lefts = [p["left"] for p in pairs]
    rights = [p["right"] for p in pairs]
    assert len(set(lefts)) == len(lefts), f"{name}:{ex['id']}: repeated left"
    assert len(set(rights)) == len(rights), f"{name}:{ex['id']}: repeated right"


@pytest.mark.parametrize(("name", "ex"), _items("vignette"), ids=_ids("vignette"))
def test_vignette(name: str, ex: dict[str, Any]) -> None:
    where = f"{name}:{ex['id']}"
    assert ex.get("fictional") is True, f"{where}: fictional must be true"
    assert isinstance(ex.get("title"), str) and ex["title"].strip(), f"{where}: title"
    scenario = ex.get("scenario")
    assert isinstance(scenario, str), f"{where}: scenario"
    assert FICTION_MARKER.search(scenario), f"{where}: scenario lacks a fiction marker"
    words = len(scenario.split())
    assert 80 <= words <= 160, f"{where}: scenario has {words} words (80–160)"
    at_work = ex.get("mechanisms_at_work")
    assert isinstance(at_work, list) and at_work, f"{where}: mechanisms_at_work"
    ids = [m.get("id") for m in at_work]
    assert len(ids) == len(set(ids)), f"{where}: a mechanism listed twice"
    for m in at_work:
        assert set(m) <= AT_WORK_KEYS, f"{where}: keys {set(m)}"
        assert m.get("role") in ROLES, f"{where}: role {m.get('role')!r} not in {ROLES}"
        assert isinstance(m.get("feedback"), str) and m["feedback"].strip()
    absent = ex.get("feedback_absent", {})
    assert not set(absent) & set(ids), f"{where}: feedback_absent names a mechanism at work"
    # Bank policy: every mechanism offered and not at work gets feedback too. Which mechanisms
    # a vignette offers depends on where the course uses it (tests/test_content_keys.py checks
    # that they are exactly the mechanisms taught by then).
    assert set(absent) | set(ids) <= MECHANISM_IDS, f"{where}: unknown mechanism offered"
    assert len(set(absent) | set(ids)) >= 2, f"{where}: a vignette offers at least two choices"
    assert all(isinstance(v, str) and v.strip() for v in absent.values())


def test_totals() -> None:
    kinds = Counter(ex["kind"] for _, ex in _items())
    scored = sum(kinds[k] for k in SCORED_KINDS)
    assert scored >= 60, kinds
    # The 60 scored items are met even without counting the vignettes.
    assert scored - kinds["vignette"] >= 60, kinds
    assert kinds["vignette"] >= 12, kinds


def test_vignettes_show_strain() -> None:
    roles = Counter(m["role"] for _, ex in _items("vignette") for m in ex["mechanisms_at_work"])
    straining = [
        ex["id"]
        for _, ex in _items("vignette")
        if any(m["role"] in {"strains", "both"} for m in ex["mechanisms_at_work"])
    ]
    assert roles["helps"] and roles["strains"] and roles["both"], roles
    assert len(straining) >= 6, straining
    at_work = {m["id"] for _, ex in _items("vignette") for m in ex["mechanisms_at_work"]}
    assert at_work == MECHANISM_IDS


def test_every_mechanism_is_covered() -> None:
    tags = Counter(
        mech
        for _, ex in _items()
        if ex["kind"] in SCORED_KINDS
        for mech in ex.get("mechanisms", [])
    )
    for mech in MECHANISM_IDS:
        assert tags[mech] >= 8, f"only {tags[mech]} scored items tagged {mech}"


def test_language() -> None:
    for name, data in SETS.items():
        for text in _strings(data):
            for pattern in BANNED:
                match = re.search(pattern, text, re.IGNORECASE)
                assert not match, f"{name}: avoid {match.group(0)!r} in {text[:60]!r}"
            for pattern in STATISTICS:
                match = re.search(pattern, text, re.IGNORECASE)
                assert not match, f"{name}: no statistics ({match.group(0)!r})"
