"""pl.explore()'s first view with few widget models (issue 17): what is shown is built, what is
hidden is built when shown, and the layouts and styles many widgets share are frozen.

Every widget model costs a comm message, a model and a view in the page and, in JupyterLite,
several milliseconds of Python in the browser; the explorer is on the way to the first widget a
learner sees in notebook 00.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import ipywidgets as W
import pytest
from widget_page import classes, part, tree

import peerlearn as pl
from peerlearn.widgets import MechanismExplorer, explore
from peerlearn.widgets._catalog import catalog
from peerlearn.widgets._shared import (
    SharedButtonStyle,
    SharedHTML,
    SharedLayout,
    SharedModelError,
    frozen,
    shared,
)
from peerlearn.widgets.explorer import FIRST_BUTTONS, JumpButton

REPO = Path(__file__).resolve().parents[1]

COUNT = r"""
import json, collections
import ipywidgets, anywidget  # noqa: F401  (loaded in a notebook before the cell runs)
from ipywidgets.widgets.widget import _instances
import peerlearn as pl
from peerlearn.widgets._catalog import catalog
catalog()  # the knowledge base and its HTML: no widget models
before = set(_instances)
app = pl.explore()
new = [type(m).__name__ for k, m in _instances.items() if k not in before]
print(json.dumps(collections.Counter(new)))
"""


def source_row(ex: MechanismExplorer) -> W.Box:
    return next(
        r for r in part(ex, "pl-jump").children if "pl-jump-source" in classes(r.children[1])
    )


def new_models(before: set[str]) -> list[W.Widget]:
    from ipywidgets.widgets.widget import _instances

    return [m for k, m in _instances.items() if k not in before]


def model_ids() -> set[str]:
    from ipywidgets.widgets.widget import _instances

    return set(_instances)


# ---------------------------------------------------------------------- the first view's models
def test_the_first_view_of_explore_is_44_widget_models_not_91() -> None:
    # in a fresh process, as a learner's kernel builds it (shared models made on first use)
    out = subprocess.run(
        [sys.executable, "-c", COUNT], capture_output=True, text=True, check=True, cwd=REPO
    )
    made = Counter(json.loads(out.stdout.strip().splitlines()[-1]))
    # The app (ExplorerApp, its Layout, its header HTML, the Tab and its Layout, the three
    # unopened tabs' VBoxes): 8. The explorer (itself and its Layout, 3 menus, Back, the menus'
    # HBox, the head, the "Open a linked item" label that also carries the stylesheet, the rows'
    # VBox, the view): 11; the first mechanism's two rows of links (two HBoxes, two labels, two
    # "Show all N" buttons, 8 of its 23 buttons): 14. Shared, frozen, made once per kernel: the
    # "Opening this tab…" line the three unopened tabs show, 7 layouts and 3 styles: 11.
    # Before: 91 (all 23 buttons, a Layout and a style for nearly every widget, two hidden
    # stylesheet widgets, three "Opening" lines).
    assert sum(made.values()) <= 44, made
    assert made["JumpButton"] <= 2 * FIRST_BUTTONS, made
    assert made["Layout"] <= 3, made  # the app's, the Tab's and the explorer's: public, own


def test_a_second_explorer_makes_none_of_the_shared_models_again() -> None:
    explore()
    before = model_ids()
    explore()
    made = new_models(before)
    assert not [m for m in made if frozen(m)]
    assert len(made) <= 44 - 11


# ---------------------------------------------------------------------- buttons built when shown
def test_a_collapsed_row_builds_only_the_buttons_it_shows() -> None:
    before = model_ids()
    ex = MechanismExplorer(start="lived-experience")
    m = pl.mechanism("lived-experience")
    row = source_row(ex)
    _label, *shown, more = row.children
    assert len(shown) == FIRST_BUTTONS and len(m.source_keys) > FIRST_BUTTONS + 1
    built = [b for b in new_models(before) if isinstance(b, JumpButton)]
    on_page = [b for b in tree(ex) if isinstance(b, JumpButton)]
    assert built == on_page and len(built) < len(m.source_keys) + len(m.theory_ids)
    assert more.description == f"Show all {len(m.source_keys)} sources"


def test_expanding_a_row_builds_and_shows_the_rest_once() -> None:
    ex = MechanismExplorer(start="lived-experience")
    m = pl.mechanism("lived-experience")
    row = source_row(ex)
    first = row.children[1 : 1 + FIRST_BUTTONS]
    more = row.children[-1]
    before = model_ids()
    more.click()
    made = new_models(before)
    rest = len(m.source_keys) - FIRST_BUTTONS
    assert [type(b) for b in made] == [JumpButton] * rest  # the buttons and nothing else
    shown = row.children[1:-1]
    assert len(shown) == len(m.source_keys) and shown[:FIRST_BUTTONS] == first
    assert {b.target for b in shown} == {f"source:{k}" for k in m.source_keys}
    assert all(b.description and b.tooltip.startswith("Open source: ") for b in shown)
    assert all("pl-jump-source" in classes(b) for b in shown)
    assert more.description == "Show fewer sources"
    # collapsing and expanding again reuses them
    before = model_ids()
    more.click()
    more.click()
    assert new_models(before) == [] and row.children[1:-1] == shown


def test_jump_buttons_lists_every_linked_item_in_row_order_building_the_hidden_ones() -> None:
    ex = MechanismExplorer(start="lived-experience")
    targets = catalog().jump_targets("mechanism:lived-experience")
    buttons = ex.jump_buttons
    order = ["mechanism", "theory", "source"]
    assert [b.target for b in buttons] == sorted(
        targets, key=lambda t: order.index(t.split(":")[0])
    )
    assert ex.jump_buttons == buttons  # built once
    # the row still shows the first few, and shows the same buttons when expanded
    row = source_row(ex)
    assert len(row.children) == FIRST_BUTTONS + 2
    ex.expand_links()
    assert set(row.children[1:-1]) <= set(buttons)
    ex.expand_links(False)
    assert len(row.children) == FIRST_BUTTONS + 2


@pytest.mark.parametrize("how", ["expanded", "read from jump_buttons"])
def test_a_button_built_later_opens_its_item(how: str) -> None:
    ex = MechanismExplorer(start="lived-experience")
    row = source_row(ex)
    if how == "expanded":
        row.children[-1].click()
        button = row.children[-2]  # the last source, built by the click
    else:
        button = [b for b in ex.jump_buttons if b.target.startswith("source:")][-1]
    assert button not in row.children[1 : 1 + FIRST_BUTTONS]
    button.click()
    kind, key = button.target.split(":")
    assert (ex.selected_kind, ex.selected) == (kind, key)
    assert any(b.target == "mechanism:lived-experience" for b in ex.jump_buttons)
    ex.back()
    assert ex.selected == "lived-experience"


# ---------------------------------------------------------------------- shared models stay put
def models_of(root: object) -> list[W.Widget]:
    """Every widget under ``root`` and the layout and style models they point to."""
    out = []
    for widget in tree(root):
        out.append(widget)
        for name in ("layout", "style"):
            model = getattr(widget, name, None)
            if isinstance(model, W.Widget):
                out.append(model)
    return out


def test_models_shared_by_two_widgets_are_frozen_and_never_change() -> None:
    app = explore(start="lived-experience")
    for title in ("Sources", "Concept map", "Timeline"):
        app.show(title)
    widgets = models_of(app)
    uses = Counter(m.model_id for m in widgets)
    shared_ids = {i for i, n in uses.items() if n > 1}
    assert len(shared_ids) >= 8
    by_id = {m.model_id: m for m in widgets}
    assert all(frozen(by_id[i]) for i in shared_ids), [
        type(by_id[i]).__name__ for i in shared_ids if not frozen(by_id[i])
    ]
    frozen_models = [m for m in by_id.values() if frozen(m)]
    states = {m.model_id: m.get_state() for m in frozen_models}
    # everything a learner can do in the explorer: every item, every row open and closed,
    # a click on a linked item, Back; and every other tab's own controls are built
    ex = app.explorer
    for node in catalog().node_ids():
        app.select(node)
        ex.expand_links()
        ex.expand_links(False)
        for row in part(ex, "pl-jump").children:
            if "pl-jump-more" in classes(row.children[-1]):
                row.children[-1].click()
    ex.jump_buttons[0].click()
    ex.back()
    assert {m.model_id: m.get_state() for m in frozen_models} == states


def test_a_shared_model_refuses_a_change_and_says_what_to_do() -> None:
    button = W.Button(layout=shared(SharedLayout, width="auto", margin="2px"))
    with pytest.raises(SharedModelError, match=r"shared by many widgets.*widget\.layout = "):
        button.layout.display = "none"
    with pytest.raises(SharedModelError, match=r"style = ipywidgets\.ButtonStyle"):
        shared(SharedButtonStyle).button_color = "red"
    with pytest.raises(SharedModelError, match="_dom_classes"):
        shared(SharedHTML, value="<p>fixed</p>").add_class("pl-note")
    assert button.layout.display is None
    button.layout = W.Layout(display="none")  # a widget of its own: fine
    assert shared(SharedLayout, width="auto", margin="2px").display is None
    with pytest.raises(TypeError, match="only frozen models"):
        shared(W.Layout)


def test_a_closed_shared_model_is_made_again() -> None:
    layout = shared(SharedLayout, width="3em")
    layout.close()
    again = shared(SharedLayout, width="3em")
    assert again is not layout and again.comm is not None and again.width == "3em"


# ---------------------------------------------------------------------- where layouts change
WIDGETS = REPO / "peerlearn" / "widgets"


def style_writes(source: str) -> list[str]:
    """Each ``X.layout.attr = ...`` or ``X.style.attr = ...`` (and ``+=``), and each
    ``X.layout.set_trait(...)``, ``X.layout.set_state(...)`` or ``setattr(X.layout, ...)`` in
    ``source``, as ``X.layout.attr`` (or ``X.layout.set_trait``, ``setattr(X.layout)``)."""

    def styled(node: ast.AST) -> bool:
        return isinstance(node, ast.Attribute) and node.attr in {"layout", "style"}

    found = []
    for node in ast.walk(ast.parse(source)):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AugAssign, ast.AnnAssign))
            else []
        )
        for t in targets:
            if isinstance(t, ast.Attribute) and styled(t.value):
                found.append(ast.unparse(t))
        if isinstance(node, ast.Call):
            f = node.func
            if (
                isinstance(f, ast.Attribute)
                and f.attr in {"set_trait", "set_state"}
                and styled(f.value)
            ):
                found.append(ast.unparse(f))
            if isinstance(f, ast.Name) and f.id == "setattr" and node.args and styled(node.args[0]):
                found.append(f"setattr({ast.unparse(node.args[0])})")
    return found


def test_style_writes_sees_every_way_of_changing_a_layout() -> None:
    source = """
x.layout.display = "none"
x.style.button_color += "red"
x.layout.set_trait("width", "1em")
x.style.set_state({"font_weight": "bold"})
setattr(self.button.layout, "display", None)
x.layout = Layout(width="1em")  # a new model of its own: no write to a shared one
x.value = 3
"""
    assert style_writes(source) == [
        "x.layout.display",
        "x.style.button_color",
        "x.layout.set_trait",
        "x.style.set_state",
        "setattr(self.button.layout)",
    ]


def calls_shared(source: str) -> bool:
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "shared"
        for n in ast.walk(ast.parse(source))
    )


def imports_shared(source: str) -> bool:
    """Whether ``source`` imports :mod:`peerlearn.widgets._shared` or a name from it."""
    return any(
        isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[-1] == "_shared"
        for n in ast.walk(ast.parse(source))
    )


def test_no_module_that_changes_a_layout_or_style_makes_shared_ones() -> None:
    # a widget whose layout or style is changed after it is made (hidden, resized) must have its
    # own; the modules that give widgets shared ones change none, and a module that changes one
    # does not even import the shared models (the shared models refuse a write at run time too,
    # but a write on a path no test takes would reach a learner)
    writers, sharers = set(), set()
    for path in sorted(WIDGETS.glob("*.py")):
        source = path.read_text("utf-8")
        if style_writes(source):
            writers.add(path.name)
        if calls_shared(source) or imports_shared(source):
            sharers.add(path.name)
    # the explorer, and every part of an exercise set (the pager, each exercise, its controls)
    assert {
        "explorer.py",
        "app.py",
        "_pager.py",
        "_exercise_set.py",
        "_exercise_item.py",
        "_exercise_controls.py",
    } <= sharers
    assert "browser.py" in writers  # the check sees the writes there are
    assert not writers & sharers, writers & sharers


def python(cell: str) -> str:
    """A code cell without its IPython magics and shell lines."""
    return "\n".join(x for x in cell.splitlines() if not x.lstrip().startswith(("%", "!")))


def test_the_course_changes_only_the_layouts_of_the_widgets_it_makes() -> None:
    import nbformat

    writes = [
        write
        for path in sorted((REPO / "notebooks").rglob("*.ipynb"))
        for cell in nbformat.read(path, as_version=4).cells
        if cell.cell_type == "code"
        for write in style_writes(python(cell.source))
    ]
    # only ``name.layout.x`` (an app, explorer or tab a notebook holds), whose layouts are its own
    assert all(w.count(".") == 2 for w in writes), writes
    app = explore()
    assert not any(frozen(m.layout) for m in (app, app.explorer, app.tabs))


# ====================================================================== exercise sets (lean2)
# An exercise set shows one exercise a page: each exercise's widgets are made when its page is
# first shown, and the layouts and styles that never change are shared frozen models. Every
# learner notebook shows one or more sets; in JupyterLite each model is a comm message and
# Python work in the browser's kernel.
SET_COUNT = r"""
import json, sys, collections
import ipywidgets, anywidget  # noqa: F401  (loaded in a notebook before the cell runs)
from ipywidgets.widgets.widget import _instances
from peerlearn import exercises
method_set = exercises.builtin("review-and-method")
# notebook 00's warm-up set, as the notebook builds it
warm_up = exercises.ExerciseSet(id=method_set.id, title="Warm-up: what the review's abstract says",
    mechanisms=method_set.mechanisms, exercises=[method_set[i] for i in
    ["five-mechanisms", "successes-and-difficulties", "further-work"]])
the_set = warm_up if sys.argv[1] == "warm-up" else method_set
before = set(_instances)
w = the_set.widget()
new = [type(m).__name__ for k, m in _instances.items() if k not in before]
print(json.dumps([len(the_set.exercises), collections.Counter(new)]))
"""


@pytest.mark.parametrize("which", ["warm-up", "all twelve"])
def test_the_first_view_of_an_exercise_set_is_one_exercises_models(which: str, tmp_path) -> None:
    # in a fresh process with an empty progress folder, as a learner's first kernel builds it
    env = {**__import__("os").environ, "PEERLEARN_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", SET_COUNT, which],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env=env,
    )
    exercises_in_set, made = json.loads(out.stdout.strip().splitlines()[-1])
    assert exercises_in_set == (3 if which == "warm-up" else 12)
    # The set (ExerciseSetWidget and its own Layout, its header and score line): 4. The pager
    # (itself, Previous, Next, the "Go to" menu, the position line, the stage, the nav row): 7.
    # The first exercise, a multiple select of 8 options (ExerciseWidget and its own Layout, the
    # heading, the "Tick every option" label, 8 tick boxes, the button row and its 3 buttons,
    # the feedback region): 17. Shared, frozen, made once per kernel: the stylesheet, 6 layouts
    # and 5 styles: 12. Before: 115 for the warm-up set and 358 for the twelve (every exercise's
    # widgets, a Layout and a style for nearly every widget).
    assert sum(made.values()) <= 40, made
    assert made["ExerciseWidget"] == 1, made  # the page shown; the rest when first shown
    assert made["Layout"] <= 2, made  # the set's and the exercise's: code may resize them


@pytest.fixture
def review_set():
    from peerlearn import exercises

    return exercises.builtin("review-and-method")


def test_moving_to_a_page_builds_it_once_and_keeps_it(review_set, progress_home) -> None:
    w = review_set.widget(order="authored")
    assert w.items.built == [w.order[0]]
    before = model_ids()
    w.pager.next_button.click()
    second = w.items.made(w.order[1])
    assert second is not None and w.pager.stage.children == (second,)
    assert w.items.built == w.order[:2]
    assert second in new_models(before)
    # going back and forth again makes nothing new: the page, its answer and feedback stay
    w.pager.previous_button.click()
    before = model_ids()
    w.pager.next_button.click()
    assert w.pager.stage.children == (second,)
    assert not [m for m in new_models(before) if isinstance(m, W.DOMWidget)]
    # the "Go to" menu builds the page it goes to, and only that one
    w.pager.go_to.value = 7
    assert w.items.built == [*w.order[:2], w.order[7]]
    assert w.pager.stage.children == (w.items[w.order[7]],)
    assert len(w.items) == 12 and list(w.items) == w.order  # keys and length make nothing
    assert w.items.built == [*w.order[:2], w.order[7]]


def test_answers_restored_from_progress_show_on_pages_built_later(
    review_set, progress_home
) -> None:
    first = review_set.widget(order="authored")
    q = first.items["successes-and-difficulties"]  # the third page, read by code
    q.controls[0].value = next(v for _, v in q.controls[0].options if v is not None)
    q.check_button.click()
    answered = q.result
    first.items["checking-a-citation"].reveal_button.click()
    assert answered is not None
    # a kernel restart: a new widget reads the record, builds only the first page
    again = review_set.widget(order="authored")
    assert again.items.built == [again.order[0]]
    # the score line and the summary count the restored answer before its page is built
    assert again.score().results["successes-and-difficulties"].score == answered.score
    assert "checking-a-citation" in again.score().unanswered  # a reveal is no answer
    assert len(again.score().unanswered) == 10  # the reflection is not scored
    again.pager.go_to.value = len(again.order)  # the summary
    summary = again.pager.stage.children[0].value
    row = summary.split("<li>")[1 + again.order.index("successes-and-difficulties")]
    assert row.startswith("<strong>3.</strong>") and answered.headline in row, row
    assert "11 still to answer" in summary
    assert again.items.built == [again.order[0]]  # the summary built no page
    # the page shows the answer, locked, with "Your last answer" when it is first shown
    again.pager.go_to.value = again.order.index("successes-and-difficulties")
    page = again.items.made("successes-and-difficulties")
    assert page is not None and again.pager.stage.children == (page,)
    assert page.controls[0].value == q.controls[0].value
    assert page.controls[0].disabled and not page.retry_button.disabled
    assert "Your last answer, from " in page.feedback.value
    assert page.result == answered
    shown = again.items["checking-a-citation"]
    assert shown.revealed and "You looked at the answer on " in shown.feedback.value


def test_an_answer_on_a_later_page_is_saved_and_scored(review_set, progress_home) -> None:
    from peerlearn import progress

    w = review_set.widget(order="authored")
    assert "0 of " in w.score_html.value
    w.pager.go_to.value = w.order.index("method-texts")  # a matching exercise, 8th page
    page = w.pager.stage.children[0]
    assert page is w.items["method-texts"] and page.exercise.kind == "matching"
    for menu, pair in zip(page.controls, page.exercise.pairs, strict=True):
        menu.value = pair.right
    page.check_button.click()
    assert "✓ Correct" in page.feedback.value
    assert w.score().results["method-texts"].score == 1.0
    assert "1 of " in w.score_html.value
    (record,) = progress.records()
    assert record["exercise"] == "method-texts" and record["score"] == 1.0
    assert w.items.built == [w.order[0], "method-texts"]


def test_an_answer_that_no_longer_fits_is_said_when_its_page_is_built(
    review_set, progress_home
) -> None:
    from peerlearn import progress

    progress.record(
        "attempt",
        set_id=review_set.id,
        exercise_id="what-was-reviewed",
        answer="An option since removed",
    )
    w = review_set.widget(order="authored")
    assert "what-was-reviewed" not in w.score().results  # counted neither before nor after
    page = w.items["what-was-reviewed"]
    assert page.result is None and "the exercise has changed since" in page.feedback.value
    assert "what-was-reviewed" not in w.score().results


def exercise_set_states(w) -> None:
    """Everything a learner can do in a set: every page, each answered, checked, tried again,
    revealed; a vignette's mechanisms ticked and unticked; the summary."""
    for n, eid in enumerate(w.order):
        w.pager.go_to.value = n
        q = w.items[eid]
        for c in q.controls:
            if isinstance(c, W.Checkbox):
                c.value = True
            elif isinstance(c, (W.RadioButtons, W.Dropdown)):
                c.value = [v for _, v in c.options if v is not None][-1]
            else:
                c.value = "It helped that she listened."
        for role in q.role_controls.values():
            role.value = "helps"
        q.check_button.click()
        if not q.retry_button.disabled:
            q.retry_button.click()
        for c in q.controls:
            if isinstance(c, W.Checkbox):
                c.value = False
        if q.reveal_button is not None:
            q.reveal_button.click()
    w.pager.go_to.value = len(w.order)
    w.pager.previous_button.click()


def test_an_exercise_sets_shared_models_are_frozen_and_never_change(progress_home) -> None:
    from peerlearn import exercises

    sets = [exercises.builtin("review-and-method"), exercises.builtin("lived-experience")]
    widgets = [s.widget(order="authored") for s in sets]
    for w in widgets:  # build every page
        for eid in w.order:
            w.items[eid]
    models = [m for w in widgets for m in models_of(w)]
    uses = Counter(m.model_id for m in models)
    by_id = {m.model_id: m for m in models}
    shared_ids = {i for i, n in uses.items() if n > 1}
    assert len(shared_ids) >= 8
    assert all(frozen(by_id[i]) for i in shared_ids), [
        type(by_id[i]).__name__ for i in shared_ids if not frozen(by_id[i])
    ]
    frozen_models = [m for m in by_id.values() if frozen(m)]
    states = {m.model_id: m.get_state() for m in frozen_models}
    for w in widgets:
        exercise_set_states(w)
    assert {m.model_id: m.get_state() for m in frozen_models} == states


def test_a_single_exercise_widget_shares_its_unchanging_models(review_set) -> None:
    from peerlearn.widgets import exercise_widget

    exercise_widget(review_set["five-mechanisms"], record=False)  # the shared ones exist
    before = model_ids()
    q = exercise_widget(review_set["five-mechanisms"], record=False)
    made = Counter(type(m).__name__ for m in new_models(before))
    # itself and its own Layout, the heading, the label, 8 tick boxes, the button row, 3
    # buttons, the feedback region: no layout or style of their own but the exercise's
    assert sum(made.values()) <= 17, made
    assert made["Layout"] == 1 and not frozen(q.layout)


def test_an_assessed_set_builds_each_question_when_its_page_is_shown(progress_home) -> None:
    from peerlearn import exercises
    from peerlearn.exercises.assessed import learner_copy
    from peerlearn.widgets.assessed import AssessedSetWidget

    full = exercises.builtin("review-and-method")
    w = AssessedSetWidget(learner_copy(full), record=False)
    assert len(w.items) == 12 and w.pager.built == [0]
    assert w.pager.stage.children == (w.items[0],)
    w.pager.go_to.value = 5
    assert w.pager.built == [0, 5] and w.pager.stage.children == (w.items[5],)
    w.items[5].control.value = w.items[5].control.options[0]
    assert w.items[5].save_answer() is not None
    w.pager.go_to.value = 12  # the summary: built no other question
    summary = w.pager.stage.children[0].value
    assert "11 answers are not saved yet" in summary and "<strong>6.</strong> saved" in summary
    assert w.pager.built == [0, 5]
    assert [i.item["id"] for i in w.items] == list(w.copy.ids)  # every one, in order, on reading
