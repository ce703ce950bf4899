"""Assessed mode end to end: the instructor writes a learner's copy (no keys) and a key file;
the learner answers in the widget (no feedback) and hands in (reflections only if ticked); the
gradebook scores with the full set and releases feedback afterwards."""

from __future__ import annotations

import json
import stat

import pytest

from peerlearn import exercises, progress
from peerlearn.exercises.assessed import (
    AssessedSet,
    answer_key,
    key_answer,
    learner_copy,
    load_learner_copy,
    save_assessed,
)
from peerlearn.gradebook import Gradebook
from peerlearn.widgets import AssessedSetWidget, HandInWidget

SET = "03-liminality"


@pytest.fixture(scope="module")
def full():
    return exercises.builtin(SET)


def secrets_of(s) -> list[str]:
    """Texts that would tell right from wrong: feedback, explanations, pair feedback."""
    out = []
    for ex in s:
        out.append(ex.explanation)
        for o in getattr(ex, "options", ()):
            out.append(o.feedback)
        for p in getattr(ex, "pairs", ()):
            out.append(p.feedback)
        for m in getattr(ex, "mechanisms_at_work", ()):
            out.append(m.feedback)
        out += list(getattr(ex, "feedback_absent", {}).values())
    return [t for t in out if t and len(t) > 20]


def test_learner_copy_carries_no_keys(full, tmp_path):
    lp, kp = save_assessed(full, tmp_path / "share" / "quiz.json", tmp_path / "keys" / "key.json")
    text = lp.read_text("utf-8")
    assert '"correct"' not in text and "feedback" not in text and "explanation" not in text
    assert '"sources"' not in text and "at_work" not in text
    for secret in secrets_of(full):
        assert secret not in text, secret[:40]
    assert stat.S_IMODE(lp.stat().st_mode) == 0o644 and stat.S_IMODE(kp.stat().st_mode) == 0o600
    key = json.loads(kp.read_text("utf-8"))
    assert key["answers"] == {e.id: key_answer(e) for e in full if e.scored}
    assert key == answer_key(full)
    # matching rights shuffled, vignette mechanisms by name: not the key's order
    copy = load_learner_copy(lp)
    m = next(e for e in full if e.kind == "matching")
    assert sorted(copy.items[m.id]["rights"]) == sorted(m.rights)
    v = next(e for e in full if e.kind == "vignette")
    names = copy.items[v.id]["mechanism_names"]
    listed = [names[i] for i in copy.items[v.id]["mechanisms"]]
    assert listed == sorted(listed, key=str.casefold) and set(names) >= set(v.at_work)
    with pytest.raises(ValueError, match="same folder"):
        save_assessed(full, tmp_path / "a" / "q.json", tmp_path / "a" / "k.json")


def test_answers_are_checked_against_the_choices_only(full):
    copy = AssessedSet(learner_copy(full))
    mc = next(e for e in full if e.kind == "multiple-choice")
    with pytest.raises(ValueError, match="not a choice") as info:
        copy.answer(mc.id, "something else")
    assert all(o.text in str(info.value) for o in mc.options)  # names what would be valid
    with pytest.raises(KeyError, match="no exercise"):
        copy.answer("nope", "x")


def test_assessed_widget_records_without_feedback_then_gradebook_scores(full, tmp_path):
    live = tmp_path / "home" / "progress.json"
    lp, _ = save_assessed(full, tmp_path / "share" / "quiz.json", tmp_path / "keys" / "k.json")
    w = AssessedSetWidget(lp, progress_path=live)
    assert len(w.items) == len(full)
    empty = w.items[0].save_answer()
    assert empty is None and "Nothing to save" in w.items[0].status.value
    expected = 0.0
    for item, ex in zip(w.items, full, strict=True):
        key = key_answer(ex)
        if ex.kind == "multiple-choice":
            item.control.value = key
            expected += 1
        elif ex.kind == "multiple-select":
            for t in item.ticks:
                t.value = t.description in key
            expected += 1
        elif ex.kind == "vignette":
            roles = {m.id: m.role for m in ex.mechanisms_at_work}
            for t, (label, mid) in zip(item.ticks, item.choices, strict=True):
                assert label != mid  # the learner sees the mechanism's name
                t.value = mid in key
            assert item.save_answer() is None and "helps, strains or both" in item.status.value
            for mid, role in roles.items():  # the roles are asked, and scored, as in practice
                item.roles[mid].value = role
            expected += 1
        elif ex.kind == "matching":
            lefts = list(key)
            for menu in item.menus:  # the first two swapped: 1 of 3 right
                other = {lefts[0]: lefts[1], lefts[1]: lefts[0]}.get(menu.description)
                menu.value = key[other] if other else key[menu.description]
            expected += (len(lefts) - 2) / len(lefts)
        else:
            item.control.value = "my private thoughts on being in between"
        assert item.save_answer() is not None
        shown = item.status.value
        assert "Saved at" in shown
        for word in ("Correct", "correct", "✓", "✗", "Not quite", "Right", "Sources"):
            assert word not in shown  # nothing that tells right from wrong
    recs = progress.records(live)
    assert all(r["score"] is None for r in recs) and len(recs) == len(full)

    hand = HandInWidget(progress_path=live, folder=tmp_path / "out")
    assert hand.write() is None and "name" in hand.status.value  # asks for a name first
    hand.name.value = "Ana Learner"
    path = hand.write()
    assert path is not None and "without your reflections" in hand.status.value
    assert "my private thoughts" not in path.read_text("utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644

    handins = tmp_path / "handins"
    handins.mkdir()
    path.rename(handins / path.name)
    gb = Gradebook(tmp_path / "gb.sqlite", bank=[full])
    assert gb.import_handins(handins).added
    row = gb.by_learner().loc["Ana Learner"]
    assert row["points"] == pytest.approx(expected)
    feedback = gb.feedback("Ana Learner")  # released afterwards, with the keys
    assert "Sources:" in feedback and "✓" in feedback
    released = gb.release(tmp_path / "released")
    assert released[0].read_text("utf-8") == feedback


def test_hand_in_with_reflections_when_ticked(full, tmp_path):
    live = tmp_path / "p.json"
    progress.record("reflection", set_id="s", exercise_id="r", answer="mine to share", path=live)
    hand = HandInWidget(progress_path=live, folder=tmp_path / "out")
    hand.name.value = "Ben"
    hand.include.value = True
    path = hand.write()
    assert "mine to share" in path.read_text("utf-8") and "with your reflections" in (
        hand.status.value
    )


def test_every_control_is_labelled(full, tmp_path):
    lp, _ = save_assessed(full, tmp_path / "share" / "q.json", tmp_path / "keys" / "k.json")
    w = AssessedSetWidget(lp, record=False)
    for item in w.items:
        controls = getattr(item, "ticks", None) or getattr(item, "menus", None) or [item.control]
        assert all(c.description.strip() for c in controls), item.item["id"]
        assert item.save.description == "Save answer" and item.save.tooltip
    hand = HandInWidget(folder=tmp_path / "out")
    assert hand.name.description and hand.include.description and hand.button.description
    assert hand.include.value is False  # reflections stay out unless the learner ticks


def test_assessed_vignette_roles_are_asked_checked_scored_and_fed_back(full):
    from peerlearn.exercises.scoring import check

    v = next(e for e in full if e.kind == "vignette")
    copy = AssessedSet(learner_copy(full))
    item = copy.items[v.id]
    assert set(item["roles"]) == {"helps", "strains", "both"}
    m = v.mechanisms_at_work[0]
    wrong = "strains" if m.role == "helps" else "helps"
    with pytest.raises(ValueError, match="not a role"):
        copy.answer(v.id, {m.id: "maybe"})
    right = copy.answer(v.id, {x.id: x.role for x in v.mechanisms_at_work})["answer"]
    assert check(v, right).score == 1.0
    said = copy.answer(v.id, {m.id: wrong})["answer"]
    result = check(v, said)
    assert result.score < 1.0
    text = " ".join(line.label for line in result.lines)
    assert f"you said {wrong!r}" in text  # the feedback says what the learner said, not "it helps"
