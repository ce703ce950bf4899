"""Vignettes ask what their prompts say: the mechanisms at work *and* whether each helps or
strains; feedback for a miss says why (issue 12)."""

from __future__ import annotations

import textwrap

import pytest

import peerlearn as pl
from peerlearn import exercises as ex
from peerlearn.exercises import scoring

SET = textwrap.dedent(
    """
    id: roles
    title: Roles
    exercises:
      - id: v
        kind: vignette
        fictional: true
        scenario: (Fictional.) Sam tells Jo that she too once sat in this waiting room.
        prompt: Which mechanisms are at work here, and does each help or strain the relationship?
        mechanisms_at_work:
          - {id: lived-experience, role: helps, feedback: Sam's disclosure builds trust.}
          - {id: liminality, role: both}
      - id: m
        kind: matching
        prompt: Match each theory to its originator.
        pairs:
          - {left: Helper-therapy principle, right: Riessman}
          - {left: Social comparison, right: Festinger, feedback: Festinger wrote in 1954.}
          - {left: Experiential knowledge, right: Borkman}
    """
)


@pytest.fixture(scope="module")
def the_set() -> ex.ExerciseSet:
    return ex.loads(SET, name="roles.yaml")


def test_a_dict_of_roles_is_an_answer_as_the_instructor_notebook_says(the_set) -> None:
    full = the_set.check("v", {"lived-experience": "helps", "liminality": "both"})
    assert full.score == 1.0 and full.headline == "✓ Correct"
    assert full.answer == {"lived-experience": "helps", "liminality": "both"}
    # names work as keys too, as they do in a list
    by_name = the_set.check("v", {"Lived experience": "helps", "liminality": "both"})
    assert by_name.score == 1.0


@pytest.mark.parametrize(
    ("answer", "score", "by_mech"),
    [
        # right ticks, one role opposite: 0.5 + 0.5·0 for lived experience
        ({"lived-experience": "strains", "liminality": "both"}, 0.75, (0.5, 1.0)),
        # "helps" where the answer is "both": half the role's credit
        ({"lived-experience": "helps", "liminality": "helps"}, 0.875, (1.0, 0.75)),
        # one role not given
        ({"lived-experience": "helps", "liminality": None}, 0.75, (1.0, 0.5)),
        # one missed, one right
        ({"lived-experience": "helps"}, 0.5, (1.0, 0.0)),
        # a wrong tick costs a whole mechanism
        ({"lived-experience": "helps", "liminality": "both", "love-labour": "helps"}, 0.5, None),
    ],
)
def test_roles_earn_partial_credit(the_set, answer, score, by_mech) -> None:
    r = the_set.check("v", answer)
    assert r.score == score
    if by_mech is not None:
        assert (r.by_mechanism["lived-experience"], r.by_mechanism["liminality"]) == by_mech


def test_a_wrong_role_says_what_it_does_here(the_set) -> None:
    text = the_set.check("v", {"lived-experience": "strains", "liminality": "both"}).text()
    assert (
        "◐ Lived experience: at work, but you said 'strains'; it helps the relationship here"
        " — Sam's disclosure builds trust." in text
    )


def test_a_list_still_scores_the_ticks_alone(the_set) -> None:
    assert the_set.check("v", ["lived-experience", "liminality"]).score == 1.0


def test_a_missed_mechanism_says_why(the_set) -> None:
    text = the_set.check("v", {"liminality": "both"}).text()
    assert (
        "✗ Lived experience: missed — it is at work here — Sam's disclosure builds trust." in text
    )
    # without the bank's own feedback, the mechanism's definition reminds what to look for
    text = the_set.check("v", {"lived-experience": "helps"}).text()
    definition = pl.mechanism("liminality").definition
    assert f"missed — it is at work here — Recall what it is: {definition}" in text


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"lived-experience": "hinders"}, r"'hinders' is not a role.*'helps', 'strains', 'both'"),
        ({"lived-experience": ["helps"]}, r"not a role"),
        ({"helping": "helps"}, r"'helping' is not a mechanism.*helper-role"),
    ],
)
def test_bad_roles_are_named_with_what_is_valid(the_set, answer, message) -> None:
    with pytest.raises(scoring.AnswerError, match=message):
        the_set.check("v", answer)


def test_a_wrong_match_says_where_the_choice_belongs_and_which_partner_is_right(the_set) -> None:
    # Since issue 20 a wrong pair also says which partner is right and why ("which and why").
    r = the_set.check(
        "m",
        {
            "Helper-therapy principle": "Festinger",
            "Social comparison": "Riessman",
            "Experiential knowledge": "Borkman",
        },
    )
    text = r.text()
    assert (
        "✗ Helper-therapy principle → Festinger: not a match — “Festinger” belongs with "
        "Social comparison: Festinger wrote in 1954." in text
    )
    assert "✗ Social comparison → Riessman: not a match — “Riessman” belongs with Helper" in text
    # the right partner, with its pair's feedback as the why
    assert "Social comparison goes with “Festinger”: Festinger wrote in 1954." in text
    assert "Helper-therapy principle goes with “Riessman”." in text
