"""The facilitator's guide and the role-plays (issue 20): timings that add up, every id they name
exists (notebook and section, exercise, mechanism, role-play), fictional and respectful content,
escaped HTML and errors that say where."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from peerlearn import exercises
from peerlearn.errors import DataValidationError, UnknownIdError
from peerlearn.exercises import facilitation, roleplays
from tests.test_bank_content import BANNED

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
GUIDE = facilitation.load()
PLAYS = roleplays.load()
PLAY_IDS = {r["id"] for r in PLAYS}
MECHS = {
    m["id"] for m in json.loads((ROOT / "peerlearn/data/mechanisms.json").read_text())["mechanisms"]
}
SESSIONS = GUIDE["sessions"]


def headings(nb: str) -> set[str]:
    cells = json.loads((NOTEBOOKS / nb).read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return {line[3:].strip() for line in text.splitlines() if line.startswith("## ")}


def exercise_exists(ref: str) -> bool:
    set_id, ex_id = ref.split("/")
    try:
        exercises.builtin(set_id)[ex_id]
    except (KeyError, LookupError):
        return False
    return True


# --- the guide --------------------------------------------------------------------------------


def test_the_module_is_six_to_ten_hours_and_the_sessions_add_up_to_it() -> None:
    assert 360 <= GUIDE["minutes"] <= 600
    assert sum(s["minutes"] for s in SESSIONS) == GUIDE["minutes"]


@pytest.mark.parametrize("s", SESSIONS, ids=[s["id"] for s in SESSIONS])
def test_each_session_plan_adds_up_to_its_length(s: dict) -> None:
    assert sum(b["minutes"] for b in s["plan"]) == s["minutes"], s["id"]


@pytest.mark.parametrize("s", SESSIONS, ids=[s["id"] for s in SESSIONS])
def test_the_group_activity_has_its_time_in_the_plan(s: dict) -> None:
    act = s["group_activity"]
    blocks = [b["minutes"] for b in s["plan"] if "group activity" in b["activity"].lower()]
    assert blocks == [act["minutes"]], s["id"]
    if act["roleplay"]:
        play = next(r for r in PLAYS if r["id"] == act["roleplay"])
        assert play["minutes"] <= act["minutes"], s["id"]


@pytest.mark.parametrize("s", SESSIONS, ids=[s["id"] for s in SESSIONS])
def test_every_notebook_part_a_session_sets_exists(s: dict) -> None:
    for part in s["before"] + s["during"]:
        assert (NOTEBOOKS / part["notebook"]).is_file(), part["notebook"]
        have = headings(part["notebook"])
        for section in part["sections"]:
            assert section in have, f"{s['id']}: {part['notebook']} has no section {section!r}"


def test_every_id_the_guide_names_exists() -> None:
    for s in SESSIONS:
        act = s["group_activity"]
        assert act["roleplay"] is None or act["roleplay"] in PLAY_IDS, s["id"]
        for ref in act["exercises"]:
            assert exercise_exists(ref), f"{s['id']}: no exercise {ref}"
        for p in s["prompts"]:
            assert p["mechanisms"] and set(p["mechanisms"]) <= MECHS, s["id"]
        for b in s["plan"]:
            for set_id in re.findall(r"\(set ([a-z-]+)\)", b["activity"]):
                assert exercises.builtin(set_id), set_id


def test_the_sessions_cover_every_mechanism_and_the_knowledge_check() -> None:
    named = {m for s in SESSIONS for p in s["prompts"] for m in p["mechanisms"]}
    assert named == MECHS
    plan = " ".join(b["activity"] for s in SESSIONS for b in s["plan"])
    assert "check-before" in plan and "check-after" in plan
    assert plan.index("check-before") < plan.index("check-after")


def test_every_session_says_what_to_watch_for() -> None:
    for s in SESSIONS:
        assert 2 <= len(s["prompts"]) <= 3, s["id"]
        for key in ("safety", "disclosure", "self_care", "co_facilitation"):
            assert len(s["watch_for"][key].split()) >= 8, (s["id"], key)


def test_the_guide_claims_nothing_about_the_review_beyond_its_abstract() -> None:
    text = json.dumps(GUIDE)
    assert "abstract" in GUIDE["about"]
    assert not re.search(r"the review (shows|found that|proves|demonstrates)", text, re.I)


# --- the role-plays ---------------------------------------------------------------------------


def test_the_moments_the_issue_names_have_a_role_play() -> None:
    assert {"whether-to-share", "holding-a-boundary", "the-staff-side"} <= PLAY_IDS
    assert {m for r in PLAYS for m in r["mechanisms"]} == MECHS


@pytest.mark.parametrize("r", PLAYS, ids=[r["id"] for r in PLAYS])
def test_a_role_play_is_fictional_and_complete(r: dict) -> None:
    assert r["fictional"] is True and r["scenario"].startswith("(Fictional.) ")
    assert len(r["roles"]) == (2 if r["group"] == "pairs" else 3)
    if r["group"] == "threes":
        assert any(role["id"] == "observer" for role in r["roles"])
    assert set(r["mechanisms"]) <= MECHS
    for c in r["checklist"]:
        assert set(c["mechanisms"]) <= set(r["mechanisms"]), (r["id"], c["text"])
    assert {m for c in r["checklist"] for m in c["mechanisms"]} == set(r["mechanisms"])
    for ref in r["exercises"]:
        assert exercise_exists(ref), f"{r['id']}: no exercise {ref}"


def test_language_is_respectful_everywhere() -> None:
    rubric = json.loads((ROOT / "peerlearn/data/rubrics/reflection.json").read_text())
    for name, data in (("guide", GUIDE), ("role-plays", PLAYS), ("rubric", rubric)):
        text = json.dumps(data, ensure_ascii=False).lower()
        for pattern in BANNED:
            assert not re.search(pattern, text), (name, pattern)


# --- rendering and errors ---------------------------------------------------------------------


def test_the_guide_renders_every_session_with_its_parts() -> None:
    html = facilitation.to_html()
    for s in SESSIONS:
        assert f'id="session-{s["id"]}"' in html
    for word in ("Aims", "Set before the session", "Discussion prompts", "Watch for"):
        assert html.count(f">{word}<") == len(SESSIONS), word
    page = facilitation.to_page()
    assert page.startswith("<!doctype html>") and "@page" in page


def test_role_plays_render_one_or_all_and_refuse_an_unknown_id() -> None:
    one = roleplays.to_html("holding-a-boundary")
    assert one.count("<section") == 1 and "Observer&#x27;s checklist" in one
    assert roleplays.to_html().count("<section") == len(PLAYS)
    assert roleplays.show(["the-staff-side"])._repr_html_().count("<section") == 1
    with pytest.raises(UnknownIdError, match="holding-a-boundary"):
        roleplays.to_html("holding-a-boundry")


def test_text_is_escaped(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GUIDE))
    data["sessions"][0]["aims"][0] = "<img src=x onerror=alert(1)>"
    html = facilitation.to_html(data)
    assert "<img" not in html and "&lt;img" in html


def test_a_bad_file_says_where_and_what(tmp_path: Path) -> None:
    data = json.loads((ROOT / "peerlearn/data/facilitation/roleplays.json").read_text())
    data["roleplays"][1]["fictional"] = False
    del data["roleplays"][2]["debrief"]
    path = tmp_path / "plays.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        roleplays.load(path)
    problems = err.value.problems
    ids = [r["id"] for r in data["roleplays"]]
    got = {(p.record, p.field): p.message for p in problems}
    assert got == {
        (ids[1], "fictional"): "expected true; got false (a yes/no value)",
        (ids[2], "debrief"): "is required",
    }
    assert all(p.file.endswith("plays.json") and p.line for p in problems)


def test_handouts_print_the_guide_role_plays_and_rubric(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "handouts"
    r = subprocess.run(
        [sys.executable, str(ROOT / "classroom/handouts.py"), "--out", str(out), "--no-notebooks"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    index = (out / "index.html").read_text(encoding="utf-8")
    for name, needle in (
        ("facilitators-guide.html", "Ground rules to agree in the first session"),
        ("role-plays.html", "Observer&#x27;s checklist"),
        ("reflection-rubric.html", "Sees that one mechanism can help and strain"),
    ):
        page = (out / name).read_text(encoding="utf-8")
        assert "@page" in page and needle in page, name
        assert f'href="{name}"' in index
