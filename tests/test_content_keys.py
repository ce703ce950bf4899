"""Keyed answers in the built-in bank agree with the package's own account (issue 13).

Four classes of check, each data-driven (they read the YAML bank, mechanisms.json and the
notebooks directly, not the loader):

1. Vignette keys agree with the mechanisms' own helps/strains text. Each mechanism has a few
   cue patterns, each anchored to a phrase that its helps or strains text names. A vignette
   whose scenario shows a cue must key that mechanism as at work: the package must not mark a
   learner wrong for applying its own account.
2. No pairing of a mechanism with a theory is keyed right in one item and wrong in another, and
   every mechanism -> theory pairing a matching item teaches is a link in mechanisms.json.
3. Exercise order: a notebook's exercises ask only about mechanisms the course has taught by
   then (vignette choices included).
4. Assessment levels: every scored item has a ``level``; at least 40 apply, at most 5 title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "peerlearn" / "data"
BANK = DATA / "exercises"
NOTEBOOKS = ROOT / "notebooks"

MECHS = json.loads((DATA / "mechanisms.json").read_text(encoding="utf-8"))["mechanisms"]
THEORIES = json.loads((DATA / "theories.json").read_text(encoding="utf-8"))["theories"]
BY_ID = {m["id"]: m for m in MECHS}
FIVE = [m["id"] for m in MECHS]

SETS: dict[str, dict[str, Any]] = {}
for _f in sorted(BANK.glob("*.yaml")):
    _d = yaml.safe_load(_f.read_text(encoding="utf-8"))
    SETS[_d["id"]] = _d


def items(kind: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [
        (sid, ex)
        for sid, s in SETS.items()
        for ex in s["exercises"]
        if kind is None or ex["kind"] == kind
    ]


# --- 1. vignette keys against the mechanisms' own account -------------------------------------

# mechanism -> [(phrase its helps/strains text names, pattern that shows it in a scenario)]
CUES: dict[str, list[tuple[str, str]]] = {
    "lived-experience": [
        ("disclosure", r"\bdisclos|felt the same|once found .* too|own (?:stay|life|recovery)\b"),
        ("experiential knowledge", r"what helped (?:him|her) when (?:he|she) used services"),
        ("discounted in practice", r"well enough"),
        ("role model seems too far ahead", r"never be like|further behind"),
        ("revisiting one's own history", r"shaky|shaken"),
    ],
    "love-labour": [
        ("friendship", r"friendship"),
        ("boundaries", r"boundar|personal (?:phone )?number"),
        ("drain", r"after closing|sleeping badly|at weekends|late at night"),
        ("endings can hurt", r"coming to an end|last session"),
    ],
    "liminality": [
        ("part friendship", r"friendship"),
        ("documentation", r"\bnotes in\b|on the file|records?\b|paperwork"),
        ("risk", r"expects him to report|\brisk\b"),
        ("belong nowhere", r"belong anywhere|between the staff room"),
        ("pull workers towards conventional practice", r"targets for closing cases"),
    ],
    "strengths-focussed-support": [
        ("practical", r"\bforms?\b|landlord|budget|spreadsheet|bills\b"),
        ("strengths", r"good at|used to enjoy|asks? whether (?:he|she) would like|healthy plants"),
        ("new connections", r"neighbour|and a drop-in|community garden|pottery class"),
    ],
    "helper-role": [
        ("purpose", r"purpose|felt useful|something to give|no longer being needed"),
        ("responsible for outcomes", r"let \w+ down|something bad will happen|what might happen"),
        ("self-worth", r"any use in this job|any good at this job"),
        ("helping role", r"offers to run|show a newcomer|help run a session"),
    ],
}


def _account(mid: str) -> str:
    m = BY_ID[mid]
    return " ".join([m["helps"], m["strains"], m["summary"]]).lower()


@pytest.mark.parametrize("mid", FIVE)
def test_every_cue_is_named_by_the_mechanism_itself(mid: str) -> None:
    for phrase, _ in CUES[mid]:
        assert phrase.lower() in _account(mid), f"{mid}: its account does not name {phrase!r}"


@pytest.mark.parametrize(
    ("sid", "ex"), items("vignette"), ids=[e["id"] for _, e in items("vignette")]
)
def test_vignette_keyed_absent_shows_no_cue_of_that_mechanism(sid: str, ex: dict) -> None:
    scenario = " ".join(ex["scenario"].split()).lower()
    at_work = {m["id"] for m in ex["mechanisms_at_work"]}
    for mid in ex.get("feedback_absent", {}):
        assert mid not in at_work
        for phrase, pattern in CUES[mid]:
            hit = re.search(pattern, scenario)
            assert not hit, (
                f"{sid}:{ex['id']} keys {mid} absent, but the scenario shows {hit.group(0)!r}, "
                f"which the {mid} account names ({phrase!r})"
            )


def test_the_concert_as_it_was_fails_the_cue_check() -> None:
    # The concert once keyed liminality absent; its scenario names the dual role.
    concert = next(e for _, e in items("vignette") if e["id"] == "the-concert")
    scenario = " ".join(concert["scenario"].split()).lower()
    assert any(re.search(p, scenario) for _, p in CUES["liminality"])
    assert "liminality" in {m["id"] for m in concert["mechanisms_at_work"]}


@pytest.mark.parametrize(
    ("sid", "ex"), items("vignette"), ids=[e["id"] for _, e in items("vignette")]
)
def test_vignette_feedback_says_why(sid: str, ex: dict) -> None:
    # Feedback for a mechanism at work (shown when it is picked or missed) points at the
    # scenario: it quotes it, or shares at least two content words with it.
    scenario = " ".join(ex["scenario"].split()).lower()
    words = set(re.findall(r"[a-z']{5,}", scenario))
    for m in ex["mechanisms_at_work"]:
        fb = " ".join(m["feedback"].split())
        quoted = [q for q in re.findall(r'"([^"]{6,})"', fb)]
        shared = words & set(re.findall(r"[a-z']{5,}", fb.lower()))
        assert quoted or len(shared) >= 2, f"{sid}:{ex['id']}:{m['id']}: feedback says no why"
        for q in quoted:
            parts = [p.strip(" .,;:").lower() for p in re.split(r"\.\.\.|\[[^\]]*\]", q)]
            for part in parts:
                if len(part) >= 6:
                    norm = part.replace("'", '"')
                    assert part in scenario or norm in scenario.replace("'", '"'), (
                        f"{sid}:{ex['id']}:{m['id']}: quotes {part!r}, not in the scenario"
                    )


# --- 2. mechanism/theory pairings agree across the bank and with the data ---------------------

THEORY_WORDS: dict[str, str] = {
    "social-learning": r"social learning|bandura",
    "social-comparison": r"social comparison|festinger",
    "experiential-knowledge": r"experiential knowledge|borkman",
    "helper-therapy": r"helper-therapy|helper therapy|riessman",
    "love-labour": r"love labour|lynch",
    "art-of-loving": r"art of loving|fromm",
    "emotional-labour": r"emotional labou?r|hochschild",
    "core-conditions": r"core conditions|rogers|therapeutic change",
    "hierarchy-of-needs": r"hierarchy of needs|maslow",
    "liminality": r"liminality|liminal",
    "social-support": r"social support|sarason",
    "critical-realism": r"critical realism|bhaskar",
    "family-scripts": r"family script|byng-hall",
    "recovery": r"recovery as|deegan",
    "mutuality": r"mutuality|mead",
    "habitus-field": r"habitus|bourdieu",
}
NAME_TO_MECH = {m["name"].lower(): m["id"] for m in MECHS}
LINKED = {(m["id"], t["id"]) for m in MECHS for t in m["theories"]}


def theories_named(text: str) -> set[str]:
    low = text.lower()
    return {tid for tid, pat in THEORY_WORDS.items() if re.search(pat, low)}


def keyed_pairings() -> list[tuple[str, str, bool, str]]:
    """(mechanism, theory, keyed right?, where) for every item that pairs the two."""
    out = []
    for sid, ex in items():
        where = f"{sid}:{ex['id']}"
        if ex["kind"] == "matching":
            for p in ex["pairs"]:
                mid = NAME_TO_MECH.get(p["left"].lower())
                if mid:
                    for tid in theories_named(p["right"]):
                        out.append((mid, tid, True, where))
        elif ex["kind"] in {"multiple-choice", "multiple-select"}:
            tags = ex.get("mechanisms", [])
            # Only items that ask which theory fits a single mechanism pair the two.
            if len(tags) != 1 or not re.search(r"\btheor(?:y|ies)\b", ex["prompt"].lower()):
                continue
            for o in ex["options"]:
                named = theories_named(o["text"])
                if len(named) == 1:
                    out.append((tags[0], named.pop(), bool(o.get("correct")), where))
    return out


def test_matching_pairings_are_links_in_the_data() -> None:
    for mid, tid, right, where in keyed_pairings():
        if right and where.endswith("mechanism-to-theory"):
            assert (mid, tid) in LINKED, f"{where}: {mid} -> {tid} is not a link in the data"


def test_no_pairing_is_keyed_right_in_one_item_and_wrong_in_another() -> None:
    pairs = keyed_pairings()
    right = {(m, t): w for m, t, ok, w in pairs if ok}
    for m, t, ok, w in pairs:
        if not ok:
            assert (m, t) not in right, f"{m}/{t}: wrong in {w}, right in {right[(m, t)]}"


def test_an_option_keyed_wrong_for_a_theory_question_is_not_linked_to_its_mechanism() -> None:
    # e.g. mutuality <-> helper role: the data links them, so no item may mark it wrong.
    for mid, tid, ok, where in keyed_pairings():
        if not ok and where.split(":")[1] not in SCENARIO_THEORY_ITEMS:
            assert (mid, tid) not in LINKED, f"{where}: {tid} keyed wrong but linked to {mid}"


# Items that ask which theory best explains a specific scene: a linked theory may still be the
# wrong explanation of that scene, so the pairing check above does not apply to them.
SCENARIO_THEORY_ITEMS: set[str] = set()


# --- 3. exercise order: taught before asked ---------------------------------------------------

# The notebook that teaches each mechanism (00 and 01 only name all five, from the abstract).
TEACHES = {
    "02_lived_experience.ipynb": "lived-experience",
    "03_love_labour.ipynb": "love-labour",
    "04_liminality.ipynb": "liminality",
    "05_strengths_focussed_support.ipynb": "strengths-focussed-support",
    "06_helper_role.ipynb": "helper-role",
}
COURSE = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def taught_by(nb: str) -> set[str]:
    return {m for name, m in TEACHES.items() if name <= nb}


def exercises_used(nb: str) -> list[dict[str, Any]]:
    """The bank exercises a course notebook shows: builtin sets, narrowed by id lists."""
    cells = json.loads((NOTEBOOKS / nb).read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    used: list[dict[str, Any]] = []
    for var, sid in re.findall(r"(\w+)\s*=\s*exercises\.builtin\(\"([\w-]+)\"\)", code):
        bank = {e["id"]: e for e in SETS[sid]["exercises"]}
        picked = set(re.findall(rf"{var}\[\"([\w.-]+)\"\]", code))
        for block in re.findall(rf"{var}\[i\]\s*for i in \[(.*?)\]", code, flags=re.S):
            picked |= set(re.findall(r"\"([\w.-]+)\"", block))
        if re.search(rf"for e in {var}\b", code):
            picked |= set(bank)
        used += [bank[i] for i in sorted(picked)]
    return used


def test_every_course_notebook_with_exercises_is_found() -> None:
    found = {nb for nb in COURSE if exercises_used(nb)}
    assert found == set(COURSE), set(COURSE) - found


@pytest.mark.parametrize("nb", COURSE)
def test_exercises_ask_only_about_mechanisms_taught_by_then(nb: str) -> None:
    taught = taught_by(nb)
    for ex in exercises_used(nb):
        where = f"{nb}:{ex['id']}"
        if ex["kind"] == "vignette":
            offered = {m["id"] for m in ex["mechanisms_at_work"]} | set(ex["feedback_absent"])
            assert offered <= taught, f"{where}: offers {offered - taught}, not yet taught"
            assert len(offered) >= 2, f"{where}: a vignette needs at least two choices"
        elif taught and ex.get("level") == "apply":
            tags = set(ex.get("mechanisms", []))
            assert tags <= taught, f"{where}: applies {tags - taught}, not yet taught"
        if not taught:
            # 00 and 01 only name the five mechanisms; nothing there asks to apply one.
            assert ex.get("level") != "apply" or not ex.get("mechanisms"), where


def test_vignettes_offer_every_mechanism_taught_where_they_are_used() -> None:
    for nb in COURSE:
        for ex in exercises_used(nb):
            if ex["kind"] == "vignette":
                offered = {m["id"] for m in ex["mechanisms_at_work"]} | set(ex["feedback_absent"])
                assert offered == taught_by(nb), f"{nb}:{ex['id']}: offers {sorted(offered)}"


# --- 4. assessment levels ---------------------------------------------------------------------

LEVELS = ("recall", "understand", "apply", "title")
TITLE_PROMPT = re.compile(
    r"\btitle\b.*\b(suggest|imply|tell|say|names?)\b|from (?:its|their) titles?"
)


def scored() -> list[tuple[str, dict[str, Any]]]:
    return [(s, e) for s, e in items() if e["kind"] != "reflection"]


def test_every_scored_item_has_a_level() -> None:
    for sid, ex in scored():
        assert ex.get("level") in LEVELS, f"{sid}:{ex['id']}: level {ex.get('level')!r}"


def test_vignettes_are_apply_items() -> None:
    for sid, ex in items("vignette"):
        assert ex["level"] == "apply", f"{sid}:{ex['id']}"


def test_items_that_read_a_title_say_so() -> None:
    for sid, ex in scored():
        if TITLE_PROMPT.search(" ".join(ex["prompt"].split()).lower()):
            assert ex["level"] == "title", f"{sid}:{ex['id']}: reads a title; level: title"


def test_apply_items_are_fictional_practice_situations() -> None:
    for sid, ex in scored():
        if ex["level"] == "apply":
            text = ex.get("scenario") or ex["prompt"]
            assert "(Fictional.)" in text, f"{sid}:{ex['id']}: mark the situation (Fictional.)"


def test_level_counts() -> None:
    levels = [ex["level"] for _, ex in scored()]
    assert levels.count("apply") >= 40, levels.count("apply")
    assert levels.count("title") <= 5, levels.count("title")


# --- 5. keys that issue 20 found wrong, item by item -------------------------------------------


def _item(sid: str, eid: str) -> dict[str, Any]:
    return next(e for e in SETS[sid]["exercises"] if e["id"] == eid)


def test_marcus_and_dee_names_each_strain_where_the_course_puts_it() -> None:
    ex = _item("helper-role", "marcus-and-dee")
    keys = {m["id"]: m for m in ex["mechanisms_at_work"]}
    assert {k: m["role"] for k, m in keys.items()} == {
        "lived-experience": "strains",
        "helper-role": "strains",
    }
    # Feeling shaky after telling one's own worst time is lived experience's strain ...
    assert "shaky" in keys["lived-experience"]["feedback"]
    assert "revisiting one's own history" in _account("lived-experience")
    # ... and the helper role's is a self-worth tied to the other person's response.
    assert "shaky" not in keys["helper-role"]["feedback"]
    assert "self-worth" in keys["helper-role"]["feedback"]
    assert "self-worth" in _account("helper-role")


def test_the_concert_keys_only_what_an_invitation_shows() -> None:
    ex = _item("vignettes", "the-concert")
    roles = {m["id"]: m["role"] for m in ex["mechanisms_at_work"]}
    assert roles == {"love-labour": "both", "liminality": "strains"}
    assert set(ex["feedback_absent"]) == set(FIVE) - set(roles)
    assert set(ex["mechanisms"]) == set(roles)


def test_liminality_helps_only_by_the_in_between_position() -> None:
    ex = _item("liminality", "how-it-helps")
    right = [o for o in ex["options"] if o.get("correct")]
    texts = " ".join(o["text"] for o in right).lower()
    assert "not treatment" not in texts  # a feature of peer support generally
    assert "gidugu2015" not in {k for o in right for k in o.get("sources", [])}
    helps = BY_ID["liminality"]["helps"].lower()
    assert "team discussions" in helps and "team discussions" in texts


def test_positive_emotional_labour_feedback_reads_nothing_from_the_title() -> None:
    ex = _item("love-labour", "positive-emotional-labour")
    for o in ex["options"]:
        fb = o.get("feedback", "")
        assert '"Facilitating"' not in fb
        assert "is something the organisation facilitates" not in fb
    right = next(o for o in ex["options"] if o.get("correct"))
    assert "which steps they recommend is for their paper to say" in " ".join(
        right["feedback"].split()
    )


def test_if_they_can_has_plausible_distractors_with_reasons() -> None:
    ex = _item("theories-matching", "if-they-can")
    wrong = [o for o in ex["options"] if not o.get("correct")]
    named = {t for o in wrong for t in theories_named(o["text"])}
    # Peer-focussed theories a learner might pick, not ones from another field entirely.
    assert named == {"helper-therapy", "social-support"}
    for o in wrong:
        assert len(o["feedback"].split()) >= 20, o["text"]
        assert all(("lived-experience", t) not in LINKED for t in theories_named(o["text"]))


def test_originators_asks_what_each_theory_looks_for_not_who_wrote_it() -> None:
    from peerlearn.exercises.generator import giveaway

    ex = _item("theories-matching", "originators")
    assert ex["level"] == "understand"
    for p in ex["pairs"]:
        assert p["right"].endswith("?"), p["right"]
        assert not giveaway(p["left"], p["right"]), p
        assert not re.fullmatch(r"[A-Z][a-z-]+", p["right"]), "a surname alone is recall"
