"""Options in an order of the learner's own: "always pick the first" no longer passes.

The built-in bank writes the right option first in every multiple-choice question; every route
(practice widget, assessed widget, learner's copy, exports) used to keep that order. These tests
score "always pick the first shown option" over the whole bank for many learners, check that one
learner sees one order everywhere and across reloads, and that answers are kept by identity.
"""

from __future__ import annotations

import pytest

from peerlearn import exercises
from peerlearn.exercises.assessed import AssessedSet, learner_copy
from peerlearn.exercises.order import SEED_FILE, learner_seed, shown_order, shuffled
from peerlearn.exercises.scoring import check
from peerlearn.widgets import AssessedSetWidget
from peerlearn.widgets.exercises import ExerciseSetWidget, ExerciseWidget

SEEDS = [f"learner-{i}" for i in range(40)]


@pytest.fixture(scope="module")
def bank():
    return exercises.builtin()


def _first(s, e, seed):
    """The option a learner with ``seed`` sees first."""
    texts = [o.text for o in e.options]
    return e.options[shown_order(texts, seed=seed, set_id=s.id, exercise_id=e.id)[0]]


def _choice_items(bank):
    return [(s, e) for s in bank for e in s if e.kind in ("multiple-choice", "multiple-select")]


def test_the_written_order_is_a_cue_in_the_bank(bank):
    """Why this matters: the right option is written first in every multiple-choice item."""
    mcs = [e for s in bank for e in s if e.kind == "multiple-choice"]
    assert len(mcs) >= 50 and all(e.options[0].correct for e in mcs)


def test_always_first_does_not_pass_for_any_learner(bank):
    items = _choice_items(bank)
    firsts = []
    for seed in SEEDS:
        total = 0.0
        for s, e in items:
            first = _first(s, e, seed)
            answer = first.text if e.kind == "multiple-choice" else [first.text]
            total += check(e, answer, kb=False).score
        firsts.append(total / len(items))
        assert total < 0.6 * len(items), seed  # full marks would be 1.0 per item
    # over many learners, the first shown option is right about as often as chance says
    mcs = [e for _, e in items if e.kind == "multiple-choice"]
    chance = sum(1 / len(e.options) for e in mcs) / len(mcs)
    right_first = [
        sum(_first(s, e, seed).correct for s, e in items if e.kind == "multiple-choice") / len(mcs)
        for seed in SEEDS
    ]
    assert abs(sum(right_first) / len(right_first) - chance) < 0.1


def test_the_order_depends_on_the_choices_not_their_written_order():
    texts = ["Love labour", "Liminality", "Lived experience", "Helper role"]
    a = shuffled(texts, seed="ana", set_id="s", exercise_id="q")
    b = shuffled(list(reversed(texts)), seed="ana", set_id="s", exercise_id="q")
    assert a == b  # the same for the same learner whatever order the source holds
    orders = {tuple(shuffled(texts, seed=s, set_id="s", exercise_id="q")) for s in SEEDS}
    assert len(orders) > 10  # learners differ


def test_a_learner_seed_is_made_once_and_kept(tmp_path):
    one = learner_seed(tmp_path / "home")
    assert one and (tmp_path / "home" / SEED_FILE).read_text().strip() == one
    assert learner_seed(tmp_path / "home") == one  # a reload, a restart
    assert learner_seed(tmp_path / "other") != one
    assert learner_seed(None) == ""


def test_practice_and_assessed_widgets_show_one_order_stable_across_reloads(bank, tmp_path):
    s = exercises.builtin("03-liminality")
    live = tmp_path / "home" / "progress.json"
    first = ExerciseSetWidget(s, record=False, order="authored", kb=False, progress_path=live)
    again = ExerciseSetWidget(s, record=False, order="authored", kb=False, progress_path=live)
    copy = AssessedSetWidget(learner_copy(s, kb=False), record=False, progress_path=live)
    seed = learner_seed(live.parent)
    assert first.items[s.ids[0]].seed == seed == copy.seed
    for item in copy.items:
        e = s[item.item["id"]]
        if e.kind == "multiple-choice":
            practice = [lab[3:] for lab, _ in first.items[e.id].controls[0].options]
            assert practice == [lab[3:] for lab, _ in again.items[e.id].controls[0].options]
            assert list(item.control.options) == practice  # the assessed widget: same order
            assert practice == shuffled([o.text for o in e.options], seed=seed, set_id=s.id,
                                        exercise_id=e.id)  # fmt: skip
        elif e.kind == "multiple-select":
            practice = [c.description[3:] for c in first.items[e.id].controls]
            assert [label for label, _ in item.choices] == practice
        elif e.kind == "matching":
            menus = [v for _, v in first.items[e.id].controls[0].options if v]
            assert [v for _, v in item.menus[0].options if v] == menus
            assert menus == shuffled(list(e.rights), seed=seed, set_id=s.id, exercise_id=e.id)


def test_answers_are_kept_by_identity_not_position(tmp_path):
    s = exercises.builtin("03-liminality")
    mc = next(e for e in s if e.kind == "multiple-choice")
    right = next(i for i, o in enumerate(mc.options) if o.correct)
    orders = set()
    for seed in SEEDS[:8]:
        q = ExerciseWidget(mc, set_id=s.id, record=False, kb=False, seed=seed)
        # the control's value is the option's own position, whatever its place on screen
        assert sorted(v for _, v in q.controls[0].options) == list(range(len(mc.options)))
        shown = [v for _, v in q.controls[0].options]
        q.controls[0].value = right
        assert q.check().score == 1.0
        orders.add(tuple(shown))
    assert len(orders) > 1  # shown in different places, scored the same
    copy = AssessedSet(learner_copy(s, kb=False))
    text = mc.options[right].text
    assert copy.answer(mc.id, text)["answer"] == text  # the copy records the text


def test_assessed_always_first_scores_below_full_marks(bank, tmp_path):
    """The learner's copy (shuffled for the class) seen through many learners' widgets."""
    for seed in SEEDS[:10]:
        total = possible = 0.0
        for s in bank:
            w = AssessedSetWidget(learner_copy(s, kb=False), record=False, seed=seed)
            for item in w.items:
                e = s[item.item["id"]]
                if e.kind == "multiple-choice":
                    answer = item.control.options[0]
                elif e.kind == "multiple-select":
                    answer = [item.choices[0][1]]
                else:
                    continue
                total += check(e, answer, kb=False).score
                possible += 1
        assert total < 0.6 * possible, seed


def test_jupyterquiz_and_myst_do_not_keep_the_written_order(bank):
    from peerlearn.exercises.interop import to_jupyterquiz, to_myst

    jq_first, myst_first = [], []
    for s in bank:
        questions = iter(to_jupyterquiz(s, kb=False))
        myst = to_myst(s, kb=False)
        for e in s:
            if e.kind == "matching":
                for _ in e.pairs:
                    next(questions)
            elif e.kind in ("multiple-choice", "vignette", "multiple-select"):
                q = next(questions)
                if e.kind == "multiple-choice":
                    jq_first.append(q["answers"][0]["correct"])
                    right = next(o.text for o in e.options if o.correct)
                    first = myst.split(e.prompt, 1)[1].split("- **A.** ", 1)[1].split("\n")[0]
                    myst_first.append(first == right)
    assert 0 < sum(jq_first) < len(jq_first) / 2
    assert 0 < sum(myst_first) < len(myst_first) / 2


def test_a_planted_fifo_gives_the_class_order(tmp_path):
    import os

    fifo = tmp_path / "fifo"
    fifo.mkdir()
    os.mkfifo(fifo / SEED_FILE)
    assert learner_seed(fifo) == ""  # refused at once, never waited on


def test_a_read_only_folder_gives_the_class_order(tmp_path):
    import os

    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):  # running as root: the folder stays writable
            pytest.skip("cannot make a read-only folder as this user")
        assert learner_seed(ro) == ""
    finally:
        ro.chmod(0o700)
