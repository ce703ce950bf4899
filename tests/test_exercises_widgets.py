"""Exercise widgets: set answers on the native controls, click, read the feedback HTML."""

from __future__ import annotations

import textwrap

import ipywidgets as W
import pytest

from peerlearn import exercises as ex
from peerlearn import progress
from peerlearn.widgets.exercises import ExerciseSetWidget, ExerciseWidget


@pytest.fixture(autouse=True)
def progress_home(tmp_path, monkeypatch):
    """Keep every progress write inside the test's own folder."""
    home = tmp_path / "peerlearn-home"
    monkeypatch.setenv("PEERLEARN_HOME", str(home))
    return home


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
    assert boxes[0].description == "A. Social comparison"
    boxes[0].value = True
    q.check_button.click()
    assert "◐ Partly right" in q.feedback.value
    assert "1 more option" in q.feedback.value
    q.retry_button.click()
    boxes[1].value = True
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
    q.controls[0].value = True
    q.controls[2].value = True  # the liminal position
    q.check_button.click()
    html = q.feedback.value
    assert "✓ Correct" in html
    assert "it strains the relationship here" in html
    assert "Sam is unsure whether to tell the team." in html
    assert "rightly left out" in html
    (rec,) = progress.records()
    assert rec["answer"] == ["lived-experience", "liminality"]
    assert rec["by_mechanism"] == {"lived-experience": 1.0, "liminality": 1.0}


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
    assert "could not be saved" in q.feedback.value


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
        if isinstance(x, W.HTML):
            out.append(x.value)
        stack.extend(getattr(x, "children", ()))
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
    assert q.controls[0].options[0][0].startswith("A. <img")
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
    assert [label for label, _ in radio.options] == [f"A. {long}1", f"B. {long}2"]
    assert long + "1" not in _all_html(w)
    assert "white-space: normal" in _all_html(w)
