"""Exercise widgets: set answers on the native controls, click, read the feedback HTML."""

from __future__ import annotations

import textwrap

import ipywidgets as W
import pytest
from widget_page import tree

from peerlearn import exercises as ex
from peerlearn import progress
from peerlearn.widgets._base import LiveHTML
from peerlearn.widgets._exercise_parts import reflection_rows
from peerlearn.widgets._pager import Pager
from peerlearn.widgets.exercises import ExerciseSetWidget, ExerciseWidget

pytestmark = pytest.mark.usefixtures("progress_home")  # tests/conftest.py


SET = textwrap.dedent(
    """
    id: widget-test
    title: Widget test
    description: A set for the widget tests.
    mechanisms: [love-labour]
    exercises:
      - id: q1
        kind: multiple-choice
        prompt: Which mechanism is about care that cannot be bought?
        options:
          - text: Love labour
            correct: true
            feedback: Lynch sets love labour apart from paid care work.
            sources: [lynch2007]
          - text: Liminality
            feedback: Liminality is about being in between.
        sources: [lynch2007]
        explanation: Love labour is care in primary relationships.
      - id: s1
        kind: multiple-select
        prompt: Which are theories?
        options:
          - {text: Social comparison, correct: true}
          - {text: Helper-therapy principle, correct: true}
          - {text: Lived experience, feedback: One of the five mechanisms.}
        sources: [festinger1954]
      - id: m1
        kind: matching
        prompt: Match each theory to its originator.
        pairs:
          - {left: Helper-therapy principle, right: Riessman}
          - {left: Social comparison, right: Festinger}
        sources: [riessman1965]
      - id: v1
        kind: vignette
        fictional: true
        title: Sam and the drop-in
        scenario: (Fictional.) Sam tells Jo that she too once sat in this waiting room.
        prompt: Which mechanisms are at work here?
        mechanisms_at_work:
          - {id: lived-experience, role: helps, feedback: Disclosure builds trust.}
          - {id: liminality, role: strains, feedback: Sam is unsure whether to tell the team.}
        sources: [gillard2015]
      - id: r1
        kind: reflection
        prompt: Think of a time someone helped you.
        explanation: Consider what made it help.
        sources: [lynch2007]
    """
)


@pytest.fixture
def the_set():
    return ex.loads(SET, name="widget-test.yaml")


@pytest.fixture
def widget(the_set):
    return the_set.widget(order="authored")


def native(w: ExerciseWidget) -> list[W.Widget]:
    return list(w.controls)


def test_set_widget_is_a_native_ipywidget(widget, the_set):
    assert isinstance(widget, W.VBox)
    assert isinstance(widget, ExerciseSetWidget)
    assert widget.order == list(the_set.ids)
    allowed = (W.RadioButtons, W.Checkbox, W.Dropdown, W.Textarea)
    for item in widget.items.values():
        for c in item.controls:
            assert isinstance(c, allowed)
            assert c.description, "every control has a visible label"
            assert not getattr(c, "description_allow_html", False)
        for b in (item.check_button, item.retry_button, item.reveal_button):
            if b is not None:
                assert isinstance(b, W.Button) and b.description
    assert "<h3>Widget test</h3>" in widget.header.value
    assert "Score:" in widget.score_html.value and "0 of 4" in widget.score_html.value


def test_a_set_shows_one_question_at_a_time_and_keeps_each_answer(widget):
    pager = widget.pager
    first, second = (widget.items[i] for i in widget.order[:2])
    assert pager.stage.children == (first,) and pager.position_text == "Question 1 of 5"
    assert pager.previous_button.disabled and not pager.next_button.disabled
    for control in (pager.previous_button, pager.next_button, pager.go_to):
        assert control.description  # labelled; native buttons and a menu: keyboard reachable
    first.controls[0].value = 0
    first.check_button.click()
    feedback = first.feedback.value
    pager.next_button.click()
    assert pager.stage.children == (second,) and pager.position_text == "Question 2 of 5"
    pager.previous_button.click()  # back: the answer, its feedback and the lock are as they were
    assert pager.stage.children == (first,)
    assert first.controls[0].value == 0 and first.feedback.value == feedback
    assert first.controls[0].disabled and not first.retry_button.disabled
    pager.go_to.value = 5  # the summary after the last question
    assert pager.position_text == "Summary" and pager.next_button.disabled
    summary = pager.stage.children[0].value
    assert "4 still to answer" in summary and "✓ Correct" in summary and "1 of 4" in summary
    assert "not answered yet" in summary
    pager.go_to.value = 4
    assert pager.next_button.description == "Summary" and pager.stage.children == (
        widget.items[widget.order[4]],
    )


def test_multiple_choice_check_retry_reveal(widget, progress_home):
    q = widget.items["q1"]
    radio = q.controls[0]
    assert isinstance(radio, W.RadioButtons) and radio.value is None
    q.check_button.click()
    assert "Choose an answer first" in q.feedback.value
    assert q.attempts == 0
    radio.value = 1
    q.check_button.click()
    assert "✗ Not quite" in q.feedback.value
    assert "Liminality is about being in between." in q.feedback.value
    assert radio.disabled and q.check_button.disabled and not q.retry_button.disabled
    q.retry_button.click()
    assert q.feedback.value == "" and not radio.disabled and radio.value == 1
    radio.value = 0
    q.check_button.click()
    assert "✓ Correct" in q.feedback.value
    assert "(Lynch, 2007)" in q.feedback.value
    assert "Love labour is care in primary relationships." in q.feedback.value
    assert q.attempts == 2
    assert "1 of 4" in widget.score_html.value
    q.reveal_button.click()
    assert "ℹ The answer" in q.feedback.value and q.revealed
    recs = progress.records()
    assert [(r["event"], r["exercise"], r["score"]) for r in recs] == [
        ("attempt", "q1", 0.0),
        ("attempt", "q1", 1.0),
        ("reveal", "q1", None),
    ]
    assert recs[0]["answer"] == "Liminality"
    assert recs[0]["mechanisms"] == ["love-labour"]  # the set's tags
    assert recs[0]["set"] == "widget-test"


def test_multiple_select(widget):
    q = widget.items["s1"]
    boxes = q.controls
    assert [type(b) for b in boxes] == [W.Checkbox] * 3
    # shown in the learner's own order, lettered A, B, C as shown; found here by text
    assert [b.description[:3] for b in boxes] == ["A. ", "B. ", "C. "]
    box = {b.description[3:]: b for b in boxes}
    assert set(box) == {"Social comparison", "Helper-therapy principle", "Lived experience"}
    box["Social comparison"].value = True
    q.check_button.click()
    assert "◐ Partly right" in q.feedback.value
    assert "1 more option" in q.feedback.value
    q.retry_button.click()
    box["Helper-therapy principle"].value = True
    q.check_button.click()
    assert "✓ Correct" in q.feedback.value
    assert widget.score().total == 1.0


def test_matching(widget):
    q = widget.items["m1"]
    d1, d2 = q.controls
    assert isinstance(d1, W.Dropdown) and d1.description == "1. Helper-therapy principle"
    assert d1.value is None
    assert set(v for _, v in d1.options if v) == {"Riessman", "Festinger"}
    d1.value = "Riessman"
    q.check_button.click()
    assert "Choose a match for every item first" in q.feedback.value
    d2.value = "Riessman"
    q.check_button.click()
    assert "◐ Partly right (score 0.50)" in q.feedback.value
    assert "not a match" in q.feedback.value


def test_vignette_widget(widget, progress_home):
    q = widget.items["v1"]
    assert "A fictional scenario" in q.header.value
    labels = [c.description for c in q.controls]
    assert labels[0] == "Lived experience" and len(labels) == 5
    roles = q.role_controls
    # one role menu per tick box, in the same order, each named after its mechanism
    assert [r.description for r in roles.values()] == [
        f"Role of {c.description}:" for c in q.controls
    ]
    assert next(iter(roles)) == "lived-experience"
    # a role menu appears only beside a ticked mechanism, labelled with its name (it is put in
    # the tick box's row, not hidden: the row's children are what a learner can see and reach)
    assert not any(r in tree(q) for r in roles.values())
    q.controls[0].value = True
    q.controls[2].value = True  # the liminal position
    shown = [mid for mid, r in roles.items() if r in tree(q)]
    assert shown == ["lived-experience", "liminality"]
    row = next(r for r in q.children if q.controls[0] in getattr(r, "children", ()))
    assert row.children == (q.controls[0], roles["lived-experience"])  # the menu beside its tick
    q.controls[2].value = False  # unticked: its menu goes, keeping nothing on the page
    assert roles["liminality"] not in tree(q)
    q.controls[2].value = True
    assert roles["liminality"].description == "Role of The liminal position of the peer worker:"
    assert [v for _, v in roles["liminality"].options] == [None, "helps", "strains", "both"]
    q.check_button.click()
    assert "helps, strains or both" in q.feedback.value  # a role is asked for each tick
    assert q.attempts == 0 and progress.records() == []
    roles["lived-experience"].value = "helps"
    roles["liminality"].value = "both"  # it strains here: half the role's credit
    q.check_button.click()
    html = q.feedback.value
    assert "◐ Partly right (score 0.88)" in html
    assert "at work, but you said &#x27;both&#x27;; it strains the relationship here" in html
    assert "Sam is unsure whether to tell the team." in html
    assert "rightly left out" in html
    assert all(r.disabled for r in roles.values())
    q.retry_button.click()
    roles["liminality"].value = "strains"
    q.check_button.click()
    assert "✓ Correct" in q.feedback.value
    first, second = progress.records()
    assert first["answer"] == {"lived-experience": "helps", "liminality": "both"}
    assert first["by_mechanism"] == {"lived-experience": 1.0, "liminality": 0.75}
    assert second["answer"] == {"lived-experience": "helps", "liminality": "strains"}
    assert second["score"] == 1.0


def test_reflection_saved(widget, progress_home):
    q = widget.items["r1"]
    (area,) = q.controls
    assert isinstance(area, W.Textarea)
    q.check_button.click()
    assert "Write something first" in q.feedback.value
    area.value = "She listened <without> judging."
    q.check_button.click()
    assert "✓ Saved" in q.feedback.value
    assert "Consider what made it help." in q.feedback.value
    assert not area.disabled  # a reflection can be edited and saved again
    (rec,) = progress.records()
    assert rec["event"] == "reflection" and rec["answer"] == "She listened <without> judging."
    assert rec["score"] is None
    q.reveal_button.click()  # "Points to consider" is not recorded
    assert len(progress.records()) == 1
    assert list(progress.reflections()["text"]) == ["She listened <without> judging."]


def test_record_false_writes_nothing(the_set, progress_home):
    w = the_set.widget(record=False, order="authored")
    q = w.items["q1"]
    q.controls[0].value = 0
    q.check_button.click()
    assert "✓ Correct" in q.feedback.value
    assert not (progress_home / "progress.json").exists()
    assert "progress file" not in w.header.value


def test_missed_items_come_first_next_time(the_set):
    w = the_set.widget()
    assert w.order == list(the_set.ids)
    w.items["m1"].controls[0].value = "Festinger"
    w.items["m1"].controls[1].value = "Riessman"
    w.items["m1"].check_button.click()
    w.items["q1"].controls[0].value = 0
    w.items["q1"].check_button.click()
    w.items["s1"].reveal_button.click()
    again = the_set.widget()
    assert again.order[:2] == ["s1", "m1"]
    assert "missed last time come first" in again.header.value
    assert the_set.review_order() == again.order
    assert the_set.widget(order="authored").order == list(the_set.ids)
    custom = ["r1", "v1", "m1", "s1", "q1"]
    assert the_set.widget(order=custom, record=False).order == custom
    with pytest.raises(ValueError, match="each exercise id"):
        the_set.widget(order=["q1"])
    with pytest.raises(ValueError, match="'review', 'authored'"):
        the_set.widget(order="random")


def test_unwritable_progress_is_reported_not_fatal(the_set, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    w = the_set.widget(progress_path=blocker / "progress.json", order="authored")
    q = w.items["q1"]
    q.controls[0].value = 0
    q.check_button.click()
    assert "✓ Correct" in q.feedback.value
    assert "✗ Not saved. Your answers cannot be saved" in q.feedback.value  # the home is a file
    assert q.controls[0].value == 0  # the answer stays


@pytest.mark.parametrize(
    "error",
    [OSError("disk full"), RuntimeError("lock timed out"), progress.ProgressHomeError("bad home")],
)
def test_any_recording_error_keeps_the_attempt_and_says_so(the_set, monkeypatch, error):
    def broken(*_a, **_k):
        raise error

    monkeypatch.setattr(progress, "save", broken)
    w = the_set.widget(order="authored")
    q = w.items["q1"]
    q.controls[0].value = 0
    result = q.check()
    assert result is not None and result.score == 1.0 and q.result is result
    assert "✓ Correct" in q.feedback.value
    assert "✗ Not saved. " + progress.learner_message(error) in q.feedback.value
    assert f"<summary>Details</summary><p><code>{type(error).__name__}: {error}" in q.feedback.value
    assert q.controls[0].value == 0 and q.attempts == 1


def test_a_quiz_shows_when_its_record_cannot_be_read(the_set, monkeypatch):
    def broken(*_a, **_k):
        raise OSError("permission denied")

    monkeypatch.setattr(progress, "review_order", broken)
    monkeypatch.setattr(progress, "last", broken)
    w = the_set.widget()
    assert w.order == list(the_set.ids)
    assert "could not be read just now" in w.header.value
    assert "usual order" in w.header.value and "OSError: permission denied" in w.header.value
    assert "earlier answers could not be read" in w.items["q1"].feedback.value
    w.items["q1"].controls[0].value = 0
    assert w.items["q1"].check().score == 1.0


def test_after_a_restart_each_exercise_shows_the_last_answer_and_try_again(the_set):
    w = the_set.widget(order="authored")
    w.items["q1"].controls[0].value = 1
    w.items["q1"].check_button.click()
    w.items["m1"].controls[0].value = "Riessman"
    w.items["m1"].controls[1].value = "Festinger"
    w.items["m1"].check_button.click()
    v = w.items["v1"]
    v.controls[0].value = True
    v.role_controls["lived-experience"].value = "strains"
    v.check_button.click()
    w.items["s1"].reveal_button.click()
    w.items["r1"].controls[0].value = "She listened."
    w.items["r1"].check_button.click()

    again = the_set.widget(order="authored")  # a new kernel: built from the record alone
    q = again.items["q1"]
    assert q.controls[0].value == 1 and q.controls[0].disabled
    assert "Your last answer, from " in q.feedback.value and "✗ Not quite" in q.feedback.value
    assert not q.retry_button.disabled
    q.retry_button.click()
    assert not q.controls[0].disabled
    m = again.items["m1"]
    assert [c.value for c in m.controls] == ["Riessman", "Festinger"]
    assert "✓ Correct" in m.feedback.value
    v2 = again.items["v1"]
    assert v2.controls[0].value and v2.role_controls["lived-experience"].value == "strains"
    assert "◐ Partly right" in v2.feedback.value
    assert "You looked at the answer on " in again.items["s1"].feedback.value
    r = again.items["r1"]
    assert r.controls[0].value == "She listened." and not r.controls[0].disabled
    assert "Your reflection as you saved it on " in r.feedback.value
    # the set's score counts the restored results
    assert again.score().total == w.score().total
    # nothing new was recorded by showing them
    assert len(progress.records()) == 5


@pytest.mark.parametrize(
    ("eid", "answer"),
    [
        ("q1", "An option since removed"),
        ("m1", {"Helper-therapy principle": "Bandura", "Social comparison": "Festinger"}),
        ("v1", {"a-mechanism-since-removed": "helps"}),
        ("s1", "not a list"),
    ],
)
def test_a_last_answer_that_no_longer_fits_is_said(the_set, eid, answer):
    progress.record("attempt", set_id="widget-test", exercise_id=eid, answer=answer)
    q = the_set.widget(order="authored").items[eid]
    assert "the exercise has changed since" in q.feedback.value
    assert not q.controls[0].disabled and q.result is None


def test_feedback_is_one_polite_live_region_that_stays(widget):
    q = widget.items["q1"]
    assert isinstance(q.feedback, LiveHTML)
    esm = q.feedback.get_state()["_esm"]  # the front-end code, as the browser receives it
    assert "aria-live" in esm and 'role", "status"' in esm
    q.controls[0].value = 0
    q.check_button.click()
    # the region is the widget's own element; the feedback inside it is not a second region
    assert "aria-live" not in q.feedback.value and "✓ Correct" in q.feedback.value


def test_reflection_box_fits_the_expected_length_with_a_live_word_count():
    s = ex.loads(
        textwrap.dedent(
            """
            id: words
            title: Words
            exercises:
              - id: long
                kind: reflection
                prompt: In about 300 words, describe a scene.
                words: 300
              - id: short
                kind: reflection
                prompt: One sentence.
            """
        ),
        name="words.yaml",
    )
    w = s.widget(record=False, kb=False)
    long, short = w.items["long"], w.items["short"]
    assert long.controls[0].rows == reflection_rows(300) == 12
    assert short.controls[0].rows == 6
    assert long.controls[0].continuous_update  # the count follows the typing
    assert long.word_count.value == "0 words (about 300 asked)"
    long.controls[0].value = "It  helped that she listened."
    assert long.word_count.value == "5 words (about 300 asked)"
    assert short.word_count.value == "0 words"
    assert "var(--jp-content-font-family" in _all_html(w)  # the notebook's font, not monospace


HOSTILE = textwrap.dedent(
    """
    id: hostile
    title: <script>alert('title')</script>
    description: <img src=x onerror="alert('description')">
    exercises:
      - id: q1
        kind: multiple-choice
        prompt: <script>alert('prompt')</script> & <img src=x onerror=alert(1)>
        options:
          - text: <img src=x onerror="alert('option')">
            correct: true
            feedback: <script>alert('feedback')</script>
          - text: <b onmouseover=alert(2)>bold</b>
        explanation: <iframe src=javascript:alert(3)></iframe>
      - id: m1
        kind: matching
        prompt: <svg onload=alert(4)>
        pairs:
          - {left: "<script>l</script>", right: "<img src=x onerror=alert(5)>"}
          - {left: b, right: c}
      - id: v1
        kind: vignette
        fictional: true
        title: <script>alert('vtitle')</script>
        scenario: <img src=x onerror=alert(6)>
        prompt: <script>alert('vprompt')</script>
        mechanisms_at_work:
          - {id: love-labour, role: both, feedback: "<img src=x onerror=alert(7)>"}
      - id: r1
        kind: reflection
        prompt: <script>alert('reflect')</script>
        explanation: <img src=x onerror=alert(8)>
    """
)


def _all_html(w: W.Widget) -> str:
    out = []
    stack = [w]
    while stack:
        x = stack.pop()
        if isinstance(x, (W.HTML, LiveHTML)):
            out.append(x.value)
        stack.extend(getattr(x, "children", ()))
        if isinstance(x, Pager):  # every page and the summary, reached through "Go to"
            for _label, position in x.go_to.options:
                x.go_to.value = position
                stack.extend(x.stage.children)
    return "\n".join(out)


def test_hostile_file_renders_escaped():
    s = ex.loads(HOSTILE, name="hostile.yaml")
    w = s.widget(order="authored")
    q = w.items["q1"]
    q.controls[0].value = 0
    q.check_button.click()
    w.items["m1"].reveal_button.click()
    v = w.items["v1"]
    v.controls[1].value = True
    v.check_button.click()
    r = w.items["r1"]
    r.controls[0].value = "<script>alert('mine')</script>"
    r.check_button.click()
    html = _all_html(w)
    for raw in ("<script", "<img", "<iframe", "<svg", "<b "):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(&#x27;prompt&#x27;)&lt;/script&gt; &amp; &lt;img" in html
    assert "&lt;img src=x onerror=&quot;alert(&#x27;option&#x27;)&quot;&gt;" in html
    assert "&lt;script&gt;alert(&#x27;feedback&#x27;)&lt;/script&gt;" in html
    assert "&lt;iframe" in html and "&lt;svg onload" in html
    # native controls show text, not HTML
    assert any(label[3:].startswith("<img") for label, _ in q.controls[0].options)
    assert not getattr(q.controls[0], "description_allow_html", False)


def test_long_options_are_full_wrapping_labels(the_set):
    long = "x" * 80
    s = ex.ExerciseSet(
        id="long",
        title="Long",
        exercises=[
            ex.MultipleChoice(
                id="q", prompt="P", options=[ex.Option(long + "1", True), ex.Option(long + "2")]
            )
        ],
    )
    w = s.widget(record=False, kb=False)
    radio = w.items["q"].controls[0]
    # the full text is the control's own label (the stylesheet lets it wrap), said once
    labels = [label for label, _ in radio.options]
    assert [label[:3] for label in labels] == ["A. ", "B. "]
    assert sorted(label[3:] for label in labels) == [f"{long}1", f"{long}2"]
    assert long + "1" not in _all_html(w)
    assert "white-space: normal" in _all_html(w)


@pytest.mark.parametrize("bad", ["lots", 0, 2.5, True, 100000])
def test_a_bad_words_hint_names_the_file_line_and_what_is_valid(bad):
    text = textwrap.dedent(
        f"""
        id: words
        title: Words
        exercises:
          - id: r
            kind: reflection
            prompt: Write.
            words: {bad!r}
        """
    )
    with pytest.raises(ex.ExerciseError) as info:
        ex.loads(text, name="words.yaml")
    message = str(info.value)
    assert "words.yaml:8" in message and "words:" in message
    assert "whole number of words from 1 to 5000" in message


def test_a_set_of_one_question_has_no_pager_to_move_with(the_set):
    one = ex.ExerciseSet(id="one", title="One", exercises=[the_set["q1"]])
    w = one.widget(record=False, kb=False)
    nav = w.pager.children[1]
    assert nav.layout.display == "none" and w.pager.stage.children == (w.items["q1"],)


def test_an_assessed_set_is_paged_and_its_summary_says_what_is_unsaved(the_set):
    from peerlearn.exercises.assessed import learner_copy
    from peerlearn.widgets.assessed import AssessedSetWidget

    w = AssessedSetWidget(learner_copy(the_set), record=False)
    assert w.pager.stage.children == (w.items[0],) and w.pager.position_text.endswith("of 5")
    w.items[0].control.value = w.items[0].control.options[0]
    w.items[0].save_answer()
    w.pager.go_to.value = len(w.items)  # the summary
    summary = w.pager.stage.children[0].value
    assert "4 answers are not saved yet" in summary and "<strong>1.</strong> saved" in summary
